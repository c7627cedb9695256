// The one Catch2 main shared by every native test binary. The console is wider than
// Catch's 80 columns: its reporter indents a failing test's wrapped name to just after
// the name's first ": ", and with that past the width it printed dashes for ever.
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_CONSOLE_WIDTH 160
#include <catch2/catch.hpp>
