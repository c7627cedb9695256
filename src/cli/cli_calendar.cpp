// `huicai calendar`: working-day arithmetic over the official holiday data.
//   add DATE N      the date of the N-th working day after DATE (DATE itself does not count)
//   count FROM TO   the number of working days in (FROM, TO], so count D (add D N) == N
//   years           the years that have holiday data
// --holidays FILE (repeatable) loads these files instead of assets/holidays.json, in
// order; a later file's years replace earlier ones. This is how an administrator
// loads a new year's data. A date in a year without data exits 2 naming the year,
// unless --provisional is given: then such a year counts Monday to Friday, the answer
// is printed as usual and stderr says which years it was counted provisionally for.
#include "cli/cli_args.h"
#include "data/asset_files.h"
#include "data/holidays_json.h"

#include <algorithm>
#include <cstdio>

namespace huicai::cli {

namespace {

constexpr std::string_view kCalendarUsage = "calendar add DATE N | count FROM TO | years [--holidays FILE]... [--provisional]";

int calendarError(const Error& e) {
    if (e.key == "error.calendar.no_data")
        std::fprintf(stderr,
                     "huicai calendar: no official holiday data for the year %s; working days cannot be computed.\n"
                     "Load that year's data with --holidays FILE (a holidays.json holding the year), or add it to %s;\n"
                     "--provisional counts such a year Monday to Friday.\n",
                     e.detail.c_str(), assetPath("holidays.json").c_str());
    else
        std::fprintf(stderr, "huicai calendar: %s: %s\n", e.key.c_str(), e.detail.c_str());
    return 2;
}

// Prints, on stderr, that an answer spanning a..b was counted through years with no data.
void provisionalNote(const WorkCalendar& calendar, Date a, Date b) {
    if (!calendar.isProvisionalBetween(a, b)) return;
    std::string years;
    for (int y = std::min(a, b).year(); y <= std::max(a, b).year(); ++y)
        if (!calendar.hasYear(y)) years += (years.empty() ? "" : ", ") + std::to_string(y);
    std::fprintf(stderr, "huicai calendar: provisional: no official holiday data for %s, counted Monday to Friday\n",
                 years.c_str());
}

} // namespace

int runCalendar(int argc, char** argv) {
    // --provisional is a flag (every other option takes a value).
    std::vector<char*> rest;
    bool provisional = false;
    for (int i = 0; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--provisional") provisional = true;
        else rest.push_back(argv[i]);
    }
    const ParsedArgs args = parseArgs(static_cast<int>(rest.size()), rest.data(), {"holidays"});
    if (!args.error.empty()) return usageError("calendar", kCalendarUsage, args.error);
    if (args.positionals.empty()) return usageError("calendar", kCalendarUsage, "missing subcommand");

    WorkCalendar calendar(provisional ? MissingYears::Provisional : MissingYears::Refuse);
    std::vector<std::string> files = allOptions(args, "holidays");
    if (files.empty()) files.push_back(assetPath("holidays.json"));
    for (const auto& file : files) {
        auto loaded = loadHolidaysInto(file, calendar);
        if (!loaded) {
            std::fprintf(stderr, "huicai calendar: cannot load holiday data from %s: %s (%s)\n", file.c_str(),
                         loaded.error().key.c_str(), loaded.error().detail.c_str());
            return 2;
        }
    }

    const std::string& sub = args.positionals[0];
    const auto& pos = args.positionals;
    if (sub == "years") {
        if (pos.size() != 1) return usageError("calendar", kCalendarUsage, "'years' takes no arguments");
        for (int y : calendar.years()) std::printf("%d\n", y);
        return 0;
    }
    if (sub == "add") {
        if (pos.size() != 3) return usageError("calendar", kCalendarUsage, "'add' needs DATE and N");
        auto from = parseDate(pos[1]);
        if (!from) return usageError("calendar", kCalendarUsage, "DATE '" + pos[1] + "' is not a date (YYYY-MM-DD)");
        auto n = parseInt(pos[2]);
        if (!n || *n < 0) return usageError("calendar", kCalendarUsage, "N '" + pos[2] + "' is not a whole number of 0 or more");
        auto r = calendar.addWorkingDays(*from, *n);
        if (!r) return calendarError(r.error());
        provisionalNote(calendar, *from, *r);
        std::printf("%s\n", r->iso().c_str());
        return 0;
    }
    if (sub == "count") {
        if (pos.size() != 3) return usageError("calendar", kCalendarUsage, "'count' needs FROM and TO");
        auto from = parseDate(pos[1]);
        if (!from) return usageError("calendar", kCalendarUsage, "FROM '" + pos[1] + "' is not a date (YYYY-MM-DD)");
        auto to = parseDate(pos[2]);
        if (!to) return usageError("calendar", kCalendarUsage, "TO '" + pos[2] + "' is not a date (YYYY-MM-DD)");
        auto r = calendar.countWorkingDays(*from, *to);
        if (!r) return calendarError(r.error());
        provisionalNote(calendar, *from, *to);
        std::printf("%d\n", *r);
        return 0;
    }
    return usageError("calendar", kCalendarUsage, "unknown subcommand '" + sub + "'");
}

} // namespace huicai::cli
