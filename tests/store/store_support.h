// Helpers for the store tests: a fresh temporary SQLite file, the real reference
// data (shippedReference()) and the worked example scripts of assets/examples as
// lists of dated commands.
#pragma once
#include "../core/shipped_reference.h"
#include "core/apply.h"
#include "data/replay.h"

#include <filesystem>
#include <memory>
#include <string>

namespace store_test {

// A path under the temp folder that does not exist yet (any old file, and its
// -wal/-shm siblings, removed).
std::filesystem::path freshFile(const std::string& name);

// The setup and command steps of assets/examples/<name>, in order.
std::vector<huicai::ReplayStep> exampleSteps(const std::string& name);

} // namespace store_test
