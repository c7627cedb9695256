// The workflow's user-facing names and messages exist in both languages: every
// error key the workflow sources can produce, every role, state, command and grade
// name a screen shows (S6.1.1 (3): the system serves talents online in Chinese and
// English).
#include "core/command.h"
#include "core/workflow.h"
#include "data/asset_files.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <set>

using namespace huicai;

namespace {

nlohmann::json table(const std::string& name) {
    auto text = readTextFile(std::string(HUICAI_ASSETS_DIR) + "/i18n/" + name);
    REQUIRE(text.ok());
    auto j = nlohmann::json::parse(*text, nullptr, false);
    REQUIRE(j.is_object());
    return j;
}

template <class E>
void requireNames(const nlohmann::json& t, const char* prefix) {
    for (const auto& [value, id] : enumNames(E{})) {
        const std::string key = std::string(prefix) + std::string(id);
        INFO(key);
        CHECK(t.contains(key));
    }
}

} // namespace

TEST_CASE("1. every workflow error key and display name exists in Chinese and English", "[core]") {
    for (const char* lang : {"zh-CN", "en"}) {
        DYNAMIC_SECTION(lang) {
            const auto wf = table(std::string("workflow.") + lang + ".json");
            const auto ref = table(std::string("reference.") + lang + ".json");
            const std::regex key(R"re("(error\.[a-z_]+\.[a-z_]+)")re");
            std::set<std::string> keys;
            for (const auto& dir : {"src/core", "src/data"})
                for (const auto& f : std::filesystem::directory_iterator(std::string(HUICAI_SOURCE_DIR) + "/" + dir)) {
                    const auto name = f.path().filename().string();
                    const bool mine = name.starts_with("apply") || name.starts_with("access") || name.starts_with("archive") ||
                                      name.starts_with("workflow") || name.starts_with("deadline") ||
                                      name.starts_with("command") || name.starts_with("replay") || name.starts_with("model");
                    if (!mine) continue;
                    auto text = readTextFile(f.path().string());
                    REQUIRE(text.ok());
                    for (std::sregex_iterator it(text->begin(), text->end(), key), end; it != end; ++it)
                        keys.insert((*it)[1].str());
                }
            REQUIRE(keys.size() > 50);
            for (const auto& k : keys) {
                INFO(k);
                CHECK((wf.contains(k) || ref.contains(k)));
            }
            requireNames<Role>(wf, "workflow.role.");
            requireNames<CardState>(wf, "workflow.card_state.");
            requireNames<RequestState>(wf, "workflow.request_state.");
            requireNames<TaskState>(wf, "workflow.task_state.");
            requireNames<Grade>(wf, "workflow.grade.");
            requireNames<EvaluationMethod>(wf, "workflow.evaluation_method.");
            requireNames<EvidenceKind>(wf, "workflow.evidence_kind.");
            for (auto name : allCommandNames()) {
                INFO(name);
                CHECK(wf.contains("workflow.command." + std::string(name)));
                CHECK(commandRoles(name) != 0); // and every command has a role gate
            }
        }
    }
}
