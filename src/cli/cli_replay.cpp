// `huicai replay FILE.json [--holidays FILE]...`: runs a script of workflow commands
// (format: src/data/replay.h, assets/examples/README.md) against a fresh in-memory
// state with the real reference data, and prints a JSON report: each command's
// outcome (applied, or rejected with its error key), derived deadlines and the final
// state of every record. A rejected command is an outcome (exit 0); bad input
// (malformed JSON with its line, an unknown command, a missing or invalid field
// named by its path, a bad date) or missing reference data exits 2.
#include "cli/cli_args.h"
#include "data/asset_files.h"
#include "data/holidays_json.h"
#include "data/reference.h"
#include "data/replay.h"

#include <cstdio>

namespace huicai::cli {

namespace {
constexpr std::string_view kReplayUsage = "replay FILE.json [--holidays FILE]...";

int fail(const std::string& what, const Error& e) {
    std::fprintf(stderr, "huicai replay: %s: %s: %s\n", what.c_str(), e.key.c_str(), e.detail.c_str());
    return 2;
}
} // namespace

int runReplay(int argc, char** argv) {
    const ParsedArgs args = parseArgs(argc, argv, {"holidays"});
    if (!args.error.empty()) return usageError("replay", kReplayUsage, args.error);
    if (args.positionals.size() != 1) return usageError("replay", kReplayUsage, "expected one replay file");
    const std::string& path = args.positionals[0];

    auto ref = loadReference(assetsDir());
    if (!ref) return fail("reference data", ref.error());
    if (const std::vector<std::string> files = allOptions(args, "holidays"); !files.empty()) {
        ref->calendar = WorkCalendar{};
        for (const auto& f : files)
            if (auto r = loadHolidaysInto(f, ref->calendar); !r) return fail(f, r.error());
    }

    auto text = readTextFile(path);
    if (!text) return fail(path, text.error());
    auto script = parseReplay(*text);
    if (!script) return fail(path, script.error());
    auto report = huicai::runReplay(*script, ref->view());
    if (!report) return fail(path, report.error());
    std::printf("%s\n", report->dump(2).c_str());
    return 0;
}

} // namespace huicai::cli
