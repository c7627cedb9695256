// Implements loading the reference set from an assets folder.
#include "data/reference.h"

#include "data/asset_files.h"
#include "data/catalog_json.h"
#include "data/holidays_json.h"
#include "data/regions_json.h"
#include "data/talent_json.h"

#include <string_view>
#include <utility>
#include <vector>

namespace huicai {

namespace {

std::string pathIn(const std::string& dir, const char* name) {
    if (dir.empty()) return name;
    return dir.back() == '/' ? dir + name : dir + "/" + name;
}

// The parser's error with the file's path at the head of its detail.
Error inFile(const std::string& path, Error e) {
    if (e.detail.empty()) e.detail = path;
    else if (e.detail != path) e.detail = path + ": " + e.detail;
    return e;
}

// Reads `path` and stores parse(text) in `out`.
template <class T, class Parse>
Status loadFile(const std::string& path, T& out, Parse parse) {
    auto text = readTextFile(path);
    if (!text) return inFile(path, text.error());
    auto parsed = parse(std::string_view(*text));
    if (!parsed) return inFile(path, parsed.error());
    out = std::move(*parsed);
    return Ok{};
}

} // namespace

Result<Reference> loadReference(const std::string& assetsDir, std::optional<Catalog> catalog) {
    Reference ref;
    std::vector<int> years;
    const auto holidays = [&](std::string_view text) { return parseHolidaysInto(text, ref.calendar); };
    if (auto s = loadFile(pathIn(assetsDir, kHolidaysFile), years, holidays); !s) return s.error();
    if (catalog) ref.catalog = std::move(*catalog);
    else if (auto s = loadFile(pathIn(assetsDir, kCatalogFile), ref.catalog, parseCatalog); !s) return s.error();
    if (auto s = loadFile(pathIn(assetsDir, kRegionsFile), ref.regions, parseRegions); !s) return s.error();
    if (auto s = loadFile(pathIn(assetsDir, kTalentFile), ref.talent, parseTalentReference); !s) return s.error();
    return ref;
}

Result<Catalog> loadCatalogFile(const std::string& assetsDir) {
    Catalog catalog;
    if (auto s = loadFile(pathIn(assetsDir, kCatalogFile), catalog, parseCatalog); !s) return s.error();
    return catalog;
}

} // namespace huicai
