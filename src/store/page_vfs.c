/* Implements the page VFS (page_vfs.h): a shim that forwards every call to the base VFS
 * and, for main database files, sets a bit per block written. */
#include "store/page_vfs.h"

#include <sqlite3.h>

#include <stdlib.h>
#include <string.h>

typedef struct Track Track;
struct Track {
    char* path;
    unsigned char* bits; /* one bit per block */
    unsigned cap;        /* blocks the bits can hold */
    unsigned count;      /* bits set */
    Track* next;
};

typedef struct {
    sqlite3_file base;
    Track* track; /* NULL: not a main database */
    sqlite3_file* real;
} PvFile;

static sqlite3_vfs g_vfs;
static sqlite3_vfs* g_base;
static Track* g_tracks;
static unsigned* g_taken;
static unsigned g_takenCap;

static Track* findTrack(const char* path) {
    for (Track* t = g_tracks; t; t = t->next)
        if (strcmp(t->path, path) == 0) return t;
    return NULL;
}

static Track* getTrack(const char* path) {
    Track* t = findTrack(path);
    if (t) return t;
    t = (Track*)calloc(1, sizeof(Track));
    if (!t) return NULL;
    t->path = (char*)malloc(strlen(path) + 1);
    if (!t->path) {
        free(t);
        return NULL;
    }
    strcpy(t->path, path);
    t->next = g_tracks;
    g_tracks = t;
    return t;
}

static void dropTrack(const char* path) {
    for (Track** at = &g_tracks; *at; at = &(*at)->next) {
        if (strcmp((*at)->path, path) != 0) continue;
        Track* t = *at;
        *at = t->next;
        free(t->bits);
        free(t->path);
        free(t);
        return;
    }
}

/* Sets the bits of blocks [first, last]; 0 when out of memory. */
static int markBlocks(Track* t, unsigned first, unsigned last) {
    if (last >= t->cap) {
        unsigned cap = t->cap ? t->cap : 64;
        while (cap <= last) cap *= 2;
        unsigned char* bits = (unsigned char*)realloc(t->bits, cap / 8);
        if (!bits) return 0;
        memset(bits + t->cap / 8, 0, (cap - t->cap) / 8);
        t->bits = bits;
        t->cap = cap;
    }
    for (unsigned b = first; b <= last; ++b) {
        unsigned char* byte = &t->bits[b / 8];
        const unsigned char bit = (unsigned char)(1u << (b % 8));
        if (!(*byte & bit)) {
            *byte |= bit;
            ++t->count;
        }
    }
    return 1;
}

/* ---- The file's methods: forwarded, writes and truncations recorded ---------------- */

#define REAL(f) (((PvFile*)(f))->real)

static int pvClose(sqlite3_file* f) {
    sqlite3_file* real = REAL(f);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

static int pvRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 off) {
    return REAL(f)->pMethods->xRead(REAL(f), buf, amt, off);
}

static int pvWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off) {
    const int rc = REAL(f)->pMethods->xWrite(REAL(f), buf, amt, off);
    Track* t = ((PvFile*)f)->track;
    if (rc == SQLITE_OK && t && amt > 0 &&
        !markBlocks(t, (unsigned)(off / HUICAI_PAGE_BLOCK), (unsigned)((off + amt - 1) / HUICAI_PAGE_BLOCK)))
        return SQLITE_IOERR_NOMEM;
    return rc;
}

static int pvTruncate(sqlite3_file* f, sqlite3_int64 size) {
    const int rc = REAL(f)->pMethods->xTruncate(REAL(f), size);
    Track* t = ((PvFile*)f)->track;
    if (rc == SQLITE_OK && t) {
        /* Blocks wholly past the end are gone: not taken (the store drops them). */
        const unsigned keep = (unsigned)((size + HUICAI_PAGE_BLOCK - 1) / HUICAI_PAGE_BLOCK);
        for (unsigned b = keep; b < t->cap; ++b) {
            unsigned char* byte = &t->bits[b / 8];
            const unsigned char bit = (unsigned char)(1u << (b % 8));
            if (*byte & bit) {
                *byte &= (unsigned char)~bit;
                --t->count;
            }
        }
    }
    return rc;
}

static int pvSync(sqlite3_file* f, int flags) { return REAL(f)->pMethods->xSync(REAL(f), flags); }
static int pvFileSize(sqlite3_file* f, sqlite3_int64* size) { return REAL(f)->pMethods->xFileSize(REAL(f), size); }
static int pvLock(sqlite3_file* f, int lock) { return REAL(f)->pMethods->xLock(REAL(f), lock); }
static int pvUnlock(sqlite3_file* f, int lock) { return REAL(f)->pMethods->xUnlock(REAL(f), lock); }
static int pvCheckReservedLock(sqlite3_file* f, int* out) { return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out); }
static int pvFileControl(sqlite3_file* f, int op, void* arg) { return REAL(f)->pMethods->xFileControl(REAL(f), op, arg); }
static int pvSectorSize(sqlite3_file* f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }
static int pvDeviceCharacteristics(sqlite3_file* f) { return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f)); }
static int pvShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return REAL(f)->pMethods->xShmMap(REAL(f), region, size, extend, out);
}
static int pvShmLock(sqlite3_file* f, int offset, int n, int flags) { return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags); }
static void pvShmBarrier(sqlite3_file* f) { REAL(f)->pMethods->xShmBarrier(REAL(f)); }
static int pvShmUnmap(sqlite3_file* f, int deleteFlag) { return REAL(f)->pMethods->xShmUnmap(REAL(f), deleteFlag); }
static int pvFetch(sqlite3_file* f, sqlite3_int64 off, int amt, void** out) { return REAL(f)->pMethods->xFetch(REAL(f), off, amt, out); }
static int pvUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p) { return REAL(f)->pMethods->xUnfetch(REAL(f), off, p); }

/* One table per version of the base file's methods: what it lacks, this lacks too. */
static const sqlite3_io_methods g_io1 = {1, pvClose, pvRead, pvWrite, pvTruncate, pvSync, pvFileSize, pvLock,
                                         pvUnlock, pvCheckReservedLock, pvFileControl, pvSectorSize, pvDeviceCharacteristics,
                                         NULL, NULL, NULL, NULL, NULL, NULL};
static const sqlite3_io_methods g_io2 = {2, pvClose, pvRead, pvWrite, pvTruncate, pvSync,
                                         pvFileSize, pvLock, pvUnlock, pvCheckReservedLock, pvFileControl,
                                         pvSectorSize, pvDeviceCharacteristics, pvShmMap, pvShmLock, pvShmBarrier, pvShmUnmap,
                                         NULL, NULL};
static const sqlite3_io_methods g_io3 = {3, pvClose, pvRead, pvWrite, pvTruncate, pvSync,
                                         pvFileSize, pvLock, pvUnlock, pvCheckReservedLock, pvFileControl,
                                         pvSectorSize, pvDeviceCharacteristics, pvShmMap, pvShmLock, pvShmBarrier, pvShmUnmap,
                                         pvFetch, pvUnfetch};

/* ---- The VFS: opening and deleting are ours, the rest is the base's ---------------- */

static int pvOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* outFlags) {
    (void)vfs;
    PvFile* p = (PvFile*)f;
    memset(p, 0, sizeof(*p));
    p->real = (sqlite3_file*)&p[1];
    const int rc = g_base->xOpen(g_base, name, p->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        p->base.pMethods = NULL;
        return rc;
    }
    if ((flags & SQLITE_OPEN_MAIN_DB) && name) {
        p->track = getTrack(name);
        if (!p->track) {
            p->real->pMethods->xClose(p->real);
            return SQLITE_NOMEM;
        }
    }
    const int version = p->real->pMethods->iVersion;
    p->base.pMethods = version >= 3 ? &g_io3 : version == 2 ? &g_io2
                                                            : &g_io1;
    return SQLITE_OK;
}

static int pvDelete(sqlite3_vfs* vfs, const char* name, int syncDir) {
    (void)vfs;
    const int rc = g_base->xDelete(g_base, name, syncDir);
    if (rc == SQLITE_OK || rc == SQLITE_IOERR_DELETE_NOENT) dropTrack(name);
    return rc;
}

static int pvAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
    (void)vfs;
    return g_base->xAccess(g_base, name, flags, out);
}
static int pvFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out) {
    (void)vfs;
    return g_base->xFullPathname(g_base, name, n, out);
}
static void* pvDlOpen(sqlite3_vfs* vfs, const char* name) {
    (void)vfs;
    return g_base->xDlOpen(g_base, name);
}
static void pvDlError(sqlite3_vfs* vfs, int n, char* msg) {
    (void)vfs;
    g_base->xDlError(g_base, n, msg);
}
static void (*pvDlSym(sqlite3_vfs* vfs, void* lib, const char* sym))(void) {
    (void)vfs;
    return g_base->xDlSym(g_base, lib, sym);
}
static void pvDlClose(sqlite3_vfs* vfs, void* lib) {
    (void)vfs;
    g_base->xDlClose(g_base, lib);
}
static int pvRandomness(sqlite3_vfs* vfs, int n, char* out) {
    (void)vfs;
    return g_base->xRandomness(g_base, n, out);
}
static int pvSleep(sqlite3_vfs* vfs, int us) {
    (void)vfs;
    return g_base->xSleep(g_base, us);
}
static int pvCurrentTime(sqlite3_vfs* vfs, double* out) {
    (void)vfs;
    return g_base->xCurrentTime(g_base, out);
}
static int pvGetLastError(sqlite3_vfs* vfs, int n, char* out) {
    (void)vfs;
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, n, out) : 0;
}
static int pvCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out) {
    (void)vfs;
    if (g_base->iVersion >= 2 && g_base->xCurrentTimeInt64) return g_base->xCurrentTimeInt64(g_base, out);
    double now = 0;
    const int rc = g_base->xCurrentTime(g_base, &now);
    *out = (sqlite3_int64)(now * 86400000.0);
    return rc;
}

int huicai_page_vfs_register(const char* base, int make_default) {
    if (g_base) return sqlite3_vfs_register(&g_vfs, make_default);
    const int rc = sqlite3_initialize();
    if (rc != SQLITE_OK) return rc;
    sqlite3_vfs* b = sqlite3_vfs_find(base);
    if (!b) return SQLITE_ERROR;
    g_base = b;
    memset(&g_vfs, 0, sizeof(g_vfs));
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = (int)sizeof(PvFile) + b->szOsFile;
    g_vfs.mxPathname = b->mxPathname;
    g_vfs.zName = HUICAI_PAGE_VFS_NAME;
    g_vfs.xOpen = pvOpen;
    g_vfs.xDelete = pvDelete;
    g_vfs.xAccess = pvAccess;
    g_vfs.xFullPathname = pvFullPathname;
    g_vfs.xDlOpen = pvDlOpen;
    g_vfs.xDlError = pvDlError;
    g_vfs.xDlSym = pvDlSym;
    g_vfs.xDlClose = pvDlClose;
    g_vfs.xRandomness = pvRandomness;
    g_vfs.xSleep = pvSleep;
    g_vfs.xCurrentTime = pvCurrentTime;
    g_vfs.xGetLastError = pvGetLastError;
    g_vfs.xCurrentTimeInt64 = pvCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, make_default);
}

int huicai_page_vfs_take(const char* path) {
    Track* t = findTrack(path);
    if (!t) return -1;
    if (t->count > g_takenCap) {
        unsigned* taken = (unsigned*)realloc(g_taken, t->count * sizeof(unsigned));
        if (!taken) return -1; /* the caller takes the file whole */
        g_taken = taken;
        g_takenCap = t->count;
    }
    unsigned n = 0;
    for (unsigned byte = 0; byte < t->cap / 8 && n < t->count; ++byte) {
        if (!t->bits[byte]) continue;
        for (unsigned bit = 0; bit < 8; ++bit)
            if (t->bits[byte] & (1u << bit)) g_taken[n++] = byte * 8 + bit;
        t->bits[byte] = 0;
    }
    t->count = 0;
    return (int)n;
}

const unsigned* huicai_page_vfs_blocks(void) { return g_taken; }

void huicai_page_vfs_mark_all(const char* path, long long size) {
    Track* t = getTrack(path);
    if (t && size > 0) markBlocks(t, 0, (unsigned)((size - 1) / HUICAI_PAGE_BLOCK));
}

void huicai_page_vfs_forget(const char* path) { dropTrack(path); }
