// Database: a real SQLite file is created, migrated and reopened with its rows kept.
#include "store/database.h"

#include <catch2/catch.hpp>

#include <filesystem>

using huicai::store::Database;

namespace {
std::filesystem::path tempFile(const char* name) {
    auto dir = std::filesystem::temp_directory_path() / "huicai-tests";
    std::filesystem::create_directories(dir);
    auto p = dir / name;
    std::filesystem::remove(p);
    return p;
}
} // namespace

TEST_CASE("1. a new file is migrated to the current schema and a setting survives reopening", "[store]") {
    auto path = tempFile("settings.sqlite");
    {
        auto db = Database::open(path.string());
        REQUIRE(db.ok());
        CHECK(db->schemaVersion() == huicai::store::currentSchemaVersion());
        REQUIRE(db->setSetting("lang", "en").ok());
        REQUIRE(db->setSetting("lang", "zh-CN").ok());
    }
    auto again = Database::open(path.string());
    REQUIRE(again.ok());
    CHECK(again->setting("lang") == std::optional<std::string>("zh-CN"));
    CHECK(again->setting("missing") == std::nullopt);
    CHECK(again->integrityCheck() == "ok");
}

TEST_CASE("2. a file from a newer schema is refused, not damaged", "[store]") {
    auto path = tempFile("newer.sqlite");
    {
        auto db = Database::open(path.string());
        REQUIRE(db.ok());
        REQUIRE(db->exec("PRAGMA user_version=999").ok());
    }
    auto again = Database::open(path.string());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().key == "error.store.newer_schema");
}
