// The table of the huicai tool's subcommands. To add one: declare its run function
// below and add one row to kCommands.
#include "cli/cli.h"

#include <array>

namespace huicai::cli {

int runCalendar(int argc, char** argv);
int runId(int argc, char** argv);
int runCatalog(int argc, char** argv);
int runReplay(int argc, char** argv);
int runAdmin(int argc, char** argv);

std::span<const Command> commands() {
    static const Command kCommands[] = {
        {"calendar", "calendar add DATE N | count FROM TO | years", "working days over official holiday data", runCalendar},
        {"id", "id check NUMBER | passport NUMBER NATION", "check a resident identity number or a passport", runId},
        {"catalog", "catalog [--lang zh|en]", "list the 30 green-channel service items", runCatalog},
        {"replay", "replay FILE.json", "run a script of workflow commands, print outcomes and state", runReplay},
        {"admin", "admin add-user | backup | restore", "accounts, backups and restores of a server's data folder", runAdmin},
    };
    return kCommands;
}

} // namespace huicai::cli
