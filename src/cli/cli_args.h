// Argument helpers shared by the huicai subcommands: splitting positionals from
// "--name VALUE" / "--name=VALUE" options, strict number and date parsing, and the
// usage-error report (exit code 2) that names the argument at fault.
#pragma once
#include "core/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::cli {

struct ParsedArgs {
    std::vector<std::string> positionals;
    std::vector<std::pair<std::string, std::string>> options; // name without "--", value
    std::string error;                                        // non-empty on an unknown option or a missing value
};

// `known` lists the accepted option names (each takes a value). An argument that
// starts with "-" and is not a number is an option; "--" ends the options.
ParsedArgs parseArgs(int argc, char** argv, const std::vector<std::string_view>& known);

// The last value given for option `name`, if any; all values in order.
std::optional<std::string> lastOption(const ParsedArgs& args, std::string_view name);
std::vector<std::string> allOptions(const ParsedArgs& args, std::string_view name);

std::optional<int> parseInt(std::string_view s);   // whole string, base 10
std::optional<Date> parseDate(std::string_view s); // YYYY-MM-DD

// Prints "huicai COMMAND: MESSAGE" and the usage line to stderr; returns 2.
int usageError(std::string_view command, std::string_view usage, const std::string& message);

} // namespace huicai::cli
