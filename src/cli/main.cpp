// The huicai command-line tool: a table of subcommands, each in its own file
// (cli_*.cpp), registered in kCommands below. Exit codes: 0 success, 1 a negative
// answer or failed check, 2 bad input or missing data.
#include "cli/cli.h"

#include "huicai_version.h"

#include <cstdio>
#include <cstring>
#include <string_view>

namespace {

int printHelp(FILE* out) {
    std::fprintf(out,
                 "huicai %s - Shandong high-level talent green channel (高层次人才服务规范)\n"
                 "usage: huicai COMMAND [ARGS]\n\ncommands:\n",
                 HUICAI_VERSION);
    for (const auto& c : huicai::cli::commands()) std::fprintf(out, "  %-28s %s\n", c.usage, c.summary);
    std::fprintf(out, "  %-28s %s\n  %-28s %s\n", "--version", "print the version", "--help", "print this help");
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        printHelp(stderr);
        return 2;
    }
    std::string_view cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") return printHelp(stdout);
    if (cmd == "--version") {
        std::printf("huicai %s\n", HUICAI_VERSION);
        return 0;
    }
    for (const auto& c : huicai::cli::commands())
        if (cmd == c.name) return c.run(argc - 2, argv + 2);
    std::fprintf(stderr, "huicai: unknown command '%s' (see huicai --help)\n", argv[1]);
    return 2;
}
