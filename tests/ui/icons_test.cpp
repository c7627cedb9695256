// The icons: every icon of style/icons.h is in the subset icon font the build makes,
// and merged into every size of the type scale, so none draws as a blank; a button
// with an icon is still known by its words alone.
#include "ui/fonts.h"
#include "ui/style/icons.h"
#include "ui/widgets/utf8.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace huicai;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<unsigned char> bytes(const std::string& s) { return std::vector<unsigned char>(s.begin(), s.end()); }

} // namespace

TEST_CASE("Every icon drawn is in each size of the type scale from the next build once the icon font is merged, and none without it", "[ui][icons]") {
    const std::string dir = HUICAI_UI_FONT_DIR;
    const std::string ui = readFile(dir + "/ui.ttf"), icons = readFile(dir + "/icons.ttf");
    REQUIRE_FALSE(ui.empty());
    REQUIRE_FALSE(icons.empty());
    const bool withIcons = GENERATE(true, false);
    INFO("icon font merged: " << withIcons);
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        ui::FontSet fonts;
        fonts.init(bytes(ui), readFile(dir + "/ui.ttf.chars.txt"));
        if (withIcons) fonts.setIcons(bytes(icons));
        fonts.build(1.0f);
        // Each icon drawn (its text asked for) is in the next build.
        for (ui::Icon icon : ui::kIcons) {
            const std::string text = ui::iconText(icon);
            size_t at = 0;
            const char32_t c = ui::decodeUtf8(text, at);
            INFO(std::hex << static_cast<unsigned>(icon));
            CHECK(c == static_cast<char32_t>(icon));
            CHECK(at == text.size());
        }
        fonts.build(1.0f);
        CHECK_FALSE(fonts.wantsRebuild());
        for (ui::Icon icon : ui::kIcons) {
            INFO(std::hex << static_cast<unsigned>(icon));
            CHECK(fonts.holds(static_cast<char32_t>(icon)) == withIcons);
        }
        CHECK(fonts.holds(U'A')); // the text's own glyphs are there either way
    }
    ImGui::DestroyContext(ctx);
}
