// Tests of the reference set's loader (data/reference.h): the shipped assets load
// whole, and in a folder of copies where one file is missing or broken the loader
// fails with that file's parser key and a detail naming the file.
#include "data/asset_files.h"
#include "data/reference.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace huicai;
namespace fs = std::filesystem;

namespace {

const char* const kFiles[] = {kHolidaysFile, kCatalogFile, kRegionsFile, kTalentFile};

// A fresh folder holding copies of the four shipped files.
fs::path copiedAssets(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("huicai-reference-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const char* f : kFiles) fs::copy_file(fs::path(HUICAI_ASSETS_DIR) / f, dir / f);
    return dir;
}

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

} // namespace

TEST_CASE("reference: the shipped assets load whole", "[S4.2][S5.1][S6.1.1][S7.1][data][reference]") {
    auto ref = loadReference(HUICAI_ASSETS_DIR);
    if (!ref) FAIL(ref.error().key << " " << ref.error().detail);

    const std::vector<int> years{2024, 2025, 2026};
    CHECK(ref->calendar.years() == years);
    CHECK(*ref->calendar.isWorkingDay(*Date::parse("2025-10-01")) == false); // National Day

    REQUIRE(ref->catalog.items().size() == 30);
    CHECK(ref->catalog.items().front().code == "A1");
    CHECK(ref->catalog.items().back().code == "A30");
    CHECK_FALSE(ref->catalog.departments().empty());

    REQUIRE(ref->regions.province() != nullptr);
    CHECK(ref->regions.province()->code == "370000");
    CHECK(ref->regions.cities().size() == 16);
    REQUIRE(ref->regions.region("370100") != nullptr);
    CHECK(ref->regions.region("370100")->nameZh == "济南市");

    CHECK(ref->talent.categories().size() == 6);
    CHECK(ref->talent.classes().size() == 3);
    CHECK_FALSE(ref->talent.bases().empty());

    // The context and the view refer to the loaded parts, not to copies.
    const Date day = *Date::parse("2025-06-02");
    const Context ctx = ref->at(day);
    CHECK(ctx.now == day);
    CHECK(&ctx.catalog == &ref->catalog);
    CHECK(&ctx.regions == &ref->regions);
    const ReferenceView view = ref->view();
    CHECK(&view.calendar == &ref->calendar);
    CHECK(&view.talent == &ref->talent);

    // The same set from the folder the server and the tool use.
    CHECK(loadReference(assetsDir()).ok());
}

TEST_CASE("reference: a missing file fails with error.file.read naming it", "[S4.2][S5.1][S6.1.1][S7.1][data][reference]") {
    for (const char* name : kFiles) {
        INFO(name);
        const fs::path dir = copiedAssets("missing");
        fs::remove(dir / name);
        auto ref = loadReference(dir.string());
        REQUIRE_FALSE(ref.ok());
        CHECK(ref.error().key == "error.file.read");
        CHECK(ref.error().detail == (dir / name).string());
    }
    auto none = loadReference("/nonexistent/huicai-assets");
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().key == "error.file.read");
    CHECK(none.error().detail == "/nonexistent/huicai-assets/holidays.json");
}

TEST_CASE("reference: a broken file fails with its parser's key and names the file", "[S4.2][S5.1][S6.1.1][S7.1][data][reference]") {
    SECTION("text that is not JSON, in each of the four files") {
        for (const char* name : kFiles) {
            INFO(name);
            const fs::path dir = copiedAssets("broken");
            write(dir / name, "{ not json");
            auto ref = loadReference(dir.string() + "/"); // a trailing slash is the same folder
            REQUIRE_FALSE(ref.ok());
            CHECK(ref.error().key == "error.data.json");
            CHECK(startsWith(ref.error().detail, (dir / name).string() + ": "));
        }
    }
    SECTION("a mistyped field keeps its path after the file's") {
        const fs::path dir = copiedAssets("field");
        auto j = nlohmann::json::parse(std::ifstream(dir / kRegionsFile));
        j["cities"][2]["code"] = 370300;
        write(dir / kRegionsFile, j.dump());
        auto ref = loadReference(dir.string());
        REQUIRE_FALSE(ref.ok());
        CHECK(ref.error().key == "error.data.field");
        CHECK(ref.error().detail == (dir / kRegionsFile).string() + ": cities[2].code");
    }
    SECTION("a catalogue short of its 30 items fails validation, naming the file") {
        const fs::path dir = copiedAssets("catalogue");
        auto j = nlohmann::json::parse(std::ifstream(dir / kCatalogFile));
        j["items"].erase(j["items"].size() - 1);
        write(dir / kCatalogFile, j.dump());
        auto ref = loadReference(dir.string());
        REQUIRE_FALSE(ref.ok());
        CHECK(ref.error().key == "error.catalog.items");
        CHECK(startsWith(ref.error().detail, (dir / kCatalogFile).string() + ": "));
    }
}

TEST_CASE("reference: the catalogue loads alone, and the rest then takes it as read", "[S6.1.1][data][reference]") {
    // The app's first screen shows the catalogue; the other three files are read after it.
    const fs::path dir = copiedAssets("catalogue-first");
    for (const char* name : {kHolidaysFile, kRegionsFile, kTalentFile}) fs::remove(dir / name);
    auto catalog = loadCatalogFile(dir.string());
    if (!catalog) FAIL(catalog.error().key << " " << catalog.error().detail);
    REQUIRE(catalog->items().size() == 30);
    CHECK(catalog->items().front().code == "A1");

    // The rest: catalog.json is not read again (here it is gone), the catalogue given is kept.
    const fs::path whole = copiedAssets("catalogue-given");
    fs::remove(whole / kCatalogFile);
    CHECK_FALSE(loadReference(whole.string()).ok());
    auto ref = loadReference(whole.string(), *catalog);
    if (!ref) FAIL(ref.error().key << " " << ref.error().detail);
    CHECK(ref->catalog.items().size() == 30);
    CHECK(ref->regions.cities().size() == 16);
    CHECK(ref->talent.categories().size() == 6);

    // A broken catalogue fails alone with the parser's key, naming the file.
    write(dir / kCatalogFile, "{ not json");
    auto broken = loadCatalogFile(dir.string());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().key == "error.data.json");
    CHECK(startsWith(broken.error().detail, (dir / kCatalogFile).string() + ": "));
}
