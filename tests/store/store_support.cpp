// Implements the store test helpers.
#include "store_support.h"

#include "data/asset_files.h"

#include <catch2/catch.hpp>

namespace store_test {

std::filesystem::path freshFile(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "huicai-store-tests";
    std::filesystem::create_directories(dir);
    auto p = dir / name;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(p.string() + suffix);
    return p;
}

std::vector<huicai::ReplayStep> exampleSteps(const std::string& name) {
    auto text = huicai::readTextFile(huicai::assetPath("examples/" + name));
    REQUIRE(text.ok());
    auto script = huicai::parseReplay(*text);
    REQUIRE(script.ok());
    std::vector<huicai::ReplayStep> steps = script->setup;
    steps.insert(steps.end(), script->commands.begin(), script->commands.end());
    return steps;
}

} // namespace store_test
