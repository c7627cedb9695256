// The subcommands of the huicai tool. Each cli_*.cpp defines one run function;
// commands.cpp lists them.
#pragma once
#include <span>

namespace huicai::cli {

struct Command {
    const char* name;
    const char* usage;
    const char* summary;
    int (*run)(int argc, char** argv); // arguments after the command name
};

std::span<const Command> commands();

} // namespace huicai::cli
