/* The page VFS: a SQLite VFS over another one (the platform's default) that records,
 * for each main database file, which blocks of HUICAI_PAGE_BLOCK bytes were written
 * since they were last taken. The browser keeps its databases in memory and, after a
 * commit, writes only those blocks to IndexedDB (web/huicai_storage.js) instead of the
 * whole file. Blocks are a fixed size, not SQLite's page size: a block holds whole
 * pages or lies within one, so any page size is tracked exactly, and a page size
 * changed by VACUUM needs nothing special. Journals and temporary files pass through
 * untracked: a block is taken only between transactions, when the file is whole.
 * Single-threaded, as the browser's build of SQLite is. */
#ifndef HUICAI_STORE_PAGE_VFS_H
#define HUICAI_STORE_PAGE_VFS_H

#ifdef __cplusplus
extern "C" {
#endif

#define HUICAI_PAGE_BLOCK 4096
#define HUICAI_PAGE_VFS_NAME "huicai-pages"

/* Registers the VFS over `base` (NULL: the default VFS at the time of the call),
 * making it the default when `make_default`. Registering again does nothing. Returns
 * an SQLite result code. */
int huicai_page_vfs_register(const char* base, int make_default);

/* The blocks of the main database `path` written since the last take, in increasing
 * order, and forgets them: the count (0 when none), or -1 when the VFS never saw the
 * file (written by something else: the caller must take it whole). The numbers are
 * in huicai_page_vfs_blocks() until the next take. */
int huicai_page_vfs_take(const char* path);
const unsigned* huicai_page_vfs_blocks(void);

/* Marks every block of `path` below `size` bytes written (a file brought in whole,
 * such as a database migrated from the previous storage). */
void huicai_page_vfs_mark_all(const char* path, long long size);

/* Forgets what is recorded of `path` (its file was deleted). */
void huicai_page_vfs_forget(const char* path);

#ifdef __cplusplus
}
#endif

#endif
