// `huicai id`: checks a talent's identity document.
//   check NUMBER [--today YYYY-MM-DD]   a resident identity number (GB 11643-1999);
//                                       prints birth date, sex and region when valid
//   passport NUMBER NATIONALITY         a foreign talent's passport (ISO 3166-1 alpha-3)
// Exit 0 valid, 1 invalid (the reason is printed), 2 usage error. --today fixes the
// date a birth date may not be after; by default it is the machine's local date.
#include "cli/cli_args.h"
#include "core/resident_id.h"

#include <cstdio>
#include <ctime>

namespace huicai::cli {

namespace {

constexpr std::string_view kIdUsage = "id check NUMBER [--today YYYY-MM-DD] | id passport NUMBER NATIONALITY";

Date localToday() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return Date::fromYmd(Ymd{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
}

std::string reason(const Error& e) {
    if (e.key == "error.id.length") return "the number has " + e.detail + " characters, 18 are needed";
    if (e.key == "error.id.chars") return "character " + e.detail + " is not allowed (17 digits, then a digit or X)";
    if (e.key == "error.id.region") return "'" + e.detail + "' is not an administrative-division code (GB/T 2260)";
    if (e.key == "error.id.birthdate") return "'" + e.detail + "' is not a possible birth date";
    if (e.key == "error.id.checksum") return "wrong check character, " + e.detail;
    if (e.key == "error.passport.nationality") return "'" + e.detail + "' is not an ISO 3166-1 alpha-3 country code";
    if (e.key == "error.passport.number") return "a passport number has 5 to 20 letters or digits (" + e.detail + ")";
    return e.detail;
}

int invalid(const Error& e) {
    std::printf("invalid (%s): %s\n", e.key.c_str(), reason(e).c_str());
    return 1;
}

} // namespace

int runId(int argc, char** argv) {
    const ParsedArgs args = parseArgs(argc, argv, {"today"});
    if (!args.error.empty()) return usageError("id", kIdUsage, args.error);
    const auto& pos = args.positionals;
    if (pos.empty()) return usageError("id", kIdUsage, "missing subcommand");

    if (pos[0] == "check") {
        if (pos.size() != 2) return usageError("id", kIdUsage, "'check' needs exactly one NUMBER");
        Date today = localToday();
        if (auto t = lastOption(args, "today")) {
            auto d = parseDate(*t);
            if (!d) return usageError("id", kIdUsage, "--today '" + *t + "' is not a date (YYYY-MM-DD)");
            today = *d;
        }
        auto r = validateResidentId(pos[1], today);
        if (!r) return invalid(r.error());
        std::printf("valid\nbirth date: %s\nsex: %s\nregion: %s\n", r->birthDate.iso().c_str(),
                    r->sex == Sex::Male ? "male" : "female", r->regionCode.c_str());
        return 0;
    }
    if (pos[0] == "passport") {
        if (pos.size() != 3) return usageError("id", kIdUsage, "'passport' needs NUMBER and NATIONALITY");
        auto s = validatePassport(pos[1], pos[2]);
        if (!s) return invalid(s.error());
        std::printf("valid\n");
        return 0;
    }
    return usageError("id", kIdUsage, "unknown subcommand '" + pos[0] + "'");
}

} // namespace huicai::cli
