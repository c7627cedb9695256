// `huicai catalog [--lang zh|en] [--catalog FILE]`: lists the 30 service items of
// Annex A, one per line, tab-separated: code, name, mode, competent departments
// (joined by "; "), time limit ("N" working days, "N*" for a configurable default,
// "-" for none). Mode labels come from the reference i18n table of that language.
#include "cli/cli_args.h"
#include "data/asset_files.h"
#include "data/catalog_json.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace huicai::cli {

namespace {

constexpr std::string_view kCatalogUsage = "catalog [--lang zh|en] [--catalog FILE]";

// The mode label from assets/i18n/reference.<lang>.json, or the mode id.
std::string modeLabel(const nlohmann::json& table, ObtainMode mode) {
    const std::string key = "reference.mode." + std::string(obtainModeId(mode));
    if (auto it = table.find(key); table.is_object() && it != table.end() && it->is_string()) return it->get<std::string>();
    return std::string(obtainModeId(mode));
}

} // namespace

int runCatalog(int argc, char** argv) {
    const ParsedArgs args = parseArgs(argc, argv, {"lang", "catalog"});
    if (!args.error.empty()) return usageError("catalog", kCatalogUsage, args.error);
    if (!args.positionals.empty()) return usageError("catalog", kCatalogUsage, "unexpected argument '" + args.positionals[0] + "'");
    const std::string lang = lastOption(args, "lang").value_or("zh");
    if (lang != "zh" && lang != "en") return usageError("catalog", kCatalogUsage, "--lang '" + lang + "' must be zh or en");
    const bool zh = lang == "zh";

    const std::string file = lastOption(args, "catalog").value_or(assetPath("catalog.json"));
    auto catalog = loadCatalog(file);
    if (!catalog) {
        std::fprintf(stderr, "huicai catalog: cannot load %s: %s (%s)\n", file.c_str(), catalog.error().key.c_str(),
                     catalog.error().detail.c_str());
        return 2;
    }
    nlohmann::json table;
    if (auto text = readTextFile(assetPath(zh ? "i18n/reference.zh-CN.json" : "i18n/reference.en.json")))
        table = nlohmann::json::parse(text->begin(), text->end(), nullptr, false);

    for (const ServiceItem& item : catalog->items()) {
        std::string departments;
        for (const auto& id : item.departments) {
            const Department* d = catalog->department(id);
            if (!departments.empty()) departments += "; ";
            departments += zh ? d->nameZh : d->nameEn;
        }
        std::string days = "-";
        if (item.promisedWorkingDays) days = std::to_string(*item.promisedWorkingDays) + (item.daysAreDefault ? "*" : "");
        std::printf("%s\t%s\t%s\t%s\t%s\n", item.code.c_str(), (zh ? item.nameZh : item.nameEn).c_str(),
                    modeLabel(table, item.mode).c_str(), departments.c_str(), days.c_str());
    }
    return 0;
}

} // namespace huicai::cli
