// The table of the huicai tool's subcommands.
#include "cli/cli.h"

#include <array>

namespace huicai::cli {

std::span<const Command> commands() {
    static const std::array<Command, 0> kCommands = {};
    return kCommands;
}

} // namespace huicai::cli
