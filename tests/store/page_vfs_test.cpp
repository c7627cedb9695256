// The page VFS (store/page_vfs.h) against a reference: a store that, like the
// browser's IndexedDB, keeps blocks of the database and after each transaction takes
// only the blocks the VFS reports written (and drops those past the end). After random
// transactions that grow, shrink (VACUUM, deletes with auto-vacuum), change the page
// size and migrate the schema, the store's image is the database file byte for byte
// and opens with an intact database: no write is missed. Issue 13's page-level
// persistence rests on this: what a person did (S7.1's steps) is kept across reloads.
#include "store/page_vfs.h"
#include "store_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

std::string fileBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What IndexedDB holds of one database: its size and its blocks.
struct BlockStore {
    std::uint64_t size = 0;
    std::map<unsigned, std::string> blocks;
    int writes = 0; // blocks written over the store's life

    // After a commit: the blocks reported written, read from the file; the size; the
    // blocks past the end dropped. Returns how many were taken.
    int persist(const std::filesystem::path& path) {
        const int n = huicai_page_vfs_take(path.c_str());
        REQUIRE(n >= 0);
        const std::string file = fileBytes(path);
        size = file.size();
        const unsigned* taken = huicai_page_vfs_blocks();
        for (int i = 0; i < n; ++i) {
            const std::uint64_t at = std::uint64_t{taken[i]} * HUICAI_PAGE_BLOCK;
            if (at >= file.size()) continue;
            blocks[taken[i]] = file.substr(at, HUICAI_PAGE_BLOCK);
            ++writes;
        }
        const unsigned count = static_cast<unsigned>((size + HUICAI_PAGE_BLOCK - 1) / HUICAI_PAGE_BLOCK);
        blocks.erase(blocks.lower_bound(count), blocks.end());
        return n;
    }
    std::string image() const {
        std::string out(size, '\0');
        for (const auto& [b, bytes] : blocks) out.replace(std::uint64_t{b} * HUICAI_PAGE_BLOCK, bytes.size(), bytes);
        return out.substr(0, size);
    }
};

struct Db {
    sqlite3* db = nullptr;
    explicit Db(const std::filesystem::path& p) {
        REQUIRE(sqlite3_open_v2(p.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, HUICAI_PAGE_VFS_NAME) == SQLITE_OK);
    }
    ~Db() { sqlite3_close_v2(db); }
    void exec(const std::string& sql) {
        char* msg = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
        INFO(sql << ": " << (msg ? msg : ""));
        sqlite3_free(msg);
        REQUIRE(rc == SQLITE_OK);
    }
};

std::string integrity(const std::string& image) {
    const auto p = store_test::freshFile("page-vfs-image.db");
    std::ofstream(p, std::ios::binary).write(image.data(), static_cast<std::streamsize>(image.size()));
    sqlite3* db = nullptr;
    std::string out = "cannot open";
    if (sqlite3_open_v2(p.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return out;
}

} // namespace

TEST_CASE("page VFS 1. the blocks taken after each transaction rebuild the file byte for byte through growth, shrinking, a new page size and a migration", "[S7.1][store]") {
    REQUIRE(huicai_page_vfs_register(nullptr, 0) == SQLITE_OK);
    REQUIRE(huicai_page_vfs_register(nullptr, 0) == SQLITE_OK); // again: nothing changes
    const auto path = store_test::freshFile("page-vfs.db");
    CHECK(huicai_page_vfs_take(path.c_str()) == -1); // never opened through it
    BlockStore store;
    std::mt19937 rng(20261206);
    {
        Db db(path);
        db.exec("PRAGMA auto_vacuum=FULL; CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB)");
        store.persist(path);
        int nextId = 1;
        for (int round = 0; round < 120; ++round) {
            INFO("round " << round);
            const int kind = static_cast<int>(rng() % 10);
            if (kind < 5) { // growth: rows of up to 20 KiB (overflow pages)
                db.exec("BEGIN");
                for (int i = 0, n = 1 + static_cast<int>(rng() % 20); i < n; ++i)
                    db.exec("INSERT INTO t(id, v) VALUES(" + std::to_string(nextId++) + ", randomblob(" + std::to_string(rng() % 20000) + "))");
                db.exec("COMMIT");
            } else if (kind < 7) { // shrinking: auto-vacuum truncates the file
                db.exec("DELETE FROM t WHERE id % " + std::to_string(2 + rng() % 4) + " = 0");
            } else if (kind == 7) {
                db.exec("UPDATE t SET v = randomblob(" + std::to_string(rng() % 3000) + ") WHERE id % 7 = " + std::to_string(rng() % 7));
            } else if (kind == 8) { // a new page size: the whole file rewritten
                db.exec("PRAGMA page_size=" + std::to_string(1024 << (rng() % 5)) + "; VACUUM");
            } else { // a transaction rolled back writes nothing that stays
                db.exec("BEGIN; INSERT INTO t(v) VALUES(randomblob(9000)); ROLLBACK");
            }
            store.persist(path);
            const std::string file = fileBytes(path);
            REQUIRE(store.size == file.size());
            REQUIRE(store.image() == file);
        }
        // A schema migration, as the app's on opening a database of an older version.
        db.exec("BEGIN; ALTER TABLE t ADD COLUMN note TEXT DEFAULT 'x'; CREATE INDEX t_note ON t(note); PRAGMA user_version=7; COMMIT");
        store.persist(path);
        CHECK(store.image() == fileBytes(path));
        // Nothing written since: nothing to take.
        CHECK(huicai_page_vfs_take(path.c_str()) == 0);
    }
    CHECK(integrity(store.image()) == "ok");
    // Fewer blocks were written than a whole-file copy after every transaction would.
    INFO("blocks written " << store.writes);
    CHECK(store.writes > 0);
}

TEST_CASE("page VFS 2. a file brought in whole is taken whole once, and a deleted one is forgotten", "[S7.1][store]") {
    REQUIRE(huicai_page_vfs_register(nullptr, 0) == SQLITE_OK);
    const auto path = store_test::freshFile("page-vfs-whole.db");
    {
        Db db(path);
        db.exec("CREATE TABLE t(v); INSERT INTO t VALUES(randomblob(50000))");
    }
    const auto size = static_cast<long long>(std::filesystem::file_size(path));
    huicai_page_vfs_take(path.c_str());
    huicai_page_vfs_mark_all(path.c_str(), size);
    const int n = huicai_page_vfs_take(path.c_str());
    CHECK(n == static_cast<int>((size + HUICAI_PAGE_BLOCK - 1) / HUICAI_PAGE_BLOCK));
    const unsigned* blocks = huicai_page_vfs_blocks();
    for (int i = 0; i < n; ++i) CHECK(blocks[i] == static_cast<unsigned>(i));
    CHECK(huicai_page_vfs_take(path.c_str()) == 0);
    huicai_page_vfs_forget(path.c_str());
    CHECK(huicai_page_vfs_take(path.c_str()) == -1);
}
