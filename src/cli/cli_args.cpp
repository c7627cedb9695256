// Implements the huicai tool's argument helpers.
#include "cli/cli_args.h"

#include <charconv>
#include <cstdio>

namespace huicai::cli {

std::optional<int> parseInt(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

std::optional<Date> parseDate(std::string_view s) {
    auto d = Date::parse(s);
    if (!d) return std::nullopt;
    return *d;
}

ParsedArgs parseArgs(int argc, char** argv, const std::vector<std::string_view>& known) {
    ParsedArgs out;
    bool optionsEnded = false;
    for (int i = 0; i < argc; ++i) {
        std::string_view a = argv[i];
        if (optionsEnded || a.empty() || a[0] != '-' || parseInt(a)) {
            out.positionals.emplace_back(a);
            continue;
        }
        if (a == "--") {
            optionsEnded = true;
            continue;
        }
        std::string_view name = a.substr(a.starts_with("--") ? 2 : 1);
        std::optional<std::string> value;
        if (auto eq = name.find('='); eq != std::string_view::npos) {
            value = std::string(name.substr(eq + 1));
            name = name.substr(0, eq);
        }
        bool isKnown = false;
        for (auto k : known) isKnown = isKnown || k == name;
        if (!isKnown || !a.starts_with("--")) {
            out.error = "unknown option '" + std::string(a) + "'";
            return out;
        }
        if (!value) {
            if (i + 1 >= argc) {
                out.error = "option '--" + std::string(name) + "' needs a value";
                return out;
            }
            value = argv[++i];
        }
        out.options.emplace_back(std::string(name), *value);
    }
    return out;
}

std::optional<std::string> lastOption(const ParsedArgs& args, std::string_view name) {
    std::optional<std::string> v;
    for (const auto& [k, value] : args.options)
        if (k == name) v = value;
    return v;
}

std::vector<std::string> allOptions(const ParsedArgs& args, std::string_view name) {
    std::vector<std::string> v;
    for (const auto& [k, value] : args.options)
        if (k == name) v.push_back(value);
    return v;
}

int usageError(std::string_view command, std::string_view usage, const std::string& message) {
    std::fprintf(stderr, "huicai %.*s: %s\nusage: huicai %.*s\n", static_cast<int>(command.size()), command.data(),
                 message.c_str(), static_cast<int>(usage.size()), usage.data());
    return 2;
}

} // namespace huicai::cli
