// The glyph atlas at every text size of the settings and every device pixel ratio: the
// fonts are rasterised again for each (FontSet::build), at the device's pixels up to
// 2× (crisp, not a 1× bitmap stretched), and the atlas stays within 4096×4096, the
// texture size every WebGL2 phone supports, even with many more characters than the
// app's own text (a page of names).
#include "ui/fonts.h"
#include "ui/style/type_scale.h"
#include "ui/widgets/utf8.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace huicai;

namespace {

std::string fileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

constexpr int kPhoneTextureSize = 4096; // WebGL2's MAX_TEXTURE_SIZE is at least 2048; phones of the last decade 4096 or more

} // namespace

TEST_CASE("font atlas 1. every text size at every pixel ratio is rasterised at the device's pixels and fits a phone's texture", "[S4.1][a11y]") {
    const std::string dir = HUICAI_UI_FONT_DIR;
    const std::string font = fileText(dir + "/ui.ttf"), own = fileText(dir + "/ui.ttf.chars.txt");
    const std::string common = fileText(dir + "/common.ttf"), held = fileText(dir + "/common.ttf.chars.txt");
    REQUIRE_FALSE(font.empty());
    REQUIRE_FALSE(common.empty());
    REQUIRE(own.size() > 1000);
    const float scale = GENERATE(1.0f, 1.3f, 1.6f, 2.0f);
    const float dpr = GENERATE(1.0f, 2.0f, 3.0f);
    // The app's own text, and with it 1,500 more characters of the subset drawn in the body
    // and caption sizes (names, addresses, documents' titles).
    const bool crowded = GENERATE(false, true);
    INFO("text " << scale * 100 << " %, dpr " << dpr << (crowded ? ", 1,500 more characters" : ""));
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        ui::FontSet fonts;
        fonts.init(std::vector<unsigned char>(font.begin(), font.end()), own);
        fonts.setScale(scale);
        fonts.build(dpr);
        if (crowded) {
            std::string more;
            size_t at = 0;
            for (int n = 0; n < 1500 && at < held.size();) {
                const size_t from = at;
                if (ui::decodeUtf8(held, at) >= 0x4E00) { // a CJK ideograph
                    more.append(held, from, at - from);
                    ++n;
                }
            }
            for (ui::TextStyle style : {ui::TextStyle::Body, ui::TextStyle::Caption}) {
                ImGui::NewFrame();
                ImGui::PushFont(fonts.font(style));
                fonts.note(more);
                ImGui::PopFont();
                ImGui::EndFrame();
            }
            // They wait for the common file, fetched after the first build.
            CHECK_FALSE(fonts.wantsRebuild());
            REQUIRE(fonts.takeFontRequest() == ui::FontSet::File::Common);
            fonts.setFont(ui::FontSet::File::Common, std::vector<unsigned char>(common.begin(), common.end()));
            REQUIRE(fonts.wantsRebuild());
            fonts.build(dpr);
            CHECK(fonts.atlasCharCount() >= 1500);
        }
        const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        INFO("atlas " << atlas->TexWidth << "×" << atlas->TexHeight);
        CHECK(atlas->TexWidth <= kPhoneTextureSize);
        CHECK(atlas->TexHeight <= kPhoneTextureSize);
        // Crisp: each style is rasterised at its em × the text size × the pixel ratio (up
        // to 2) and drawn scaled back to CSS pixels by the same factor.
        const float raster = std::clamp(dpr, 1.0f, 2.0f);
        CHECK(ImGui::GetIO().FontGlobalScale == Approx(1.0f / raster));
        for (ui::TextStyle style : {ui::TextStyle::Caption, ui::TextStyle::Body, ui::TextStyle::Heading, ui::TextStyle::Title}) {
            const ImFont* f = fonts.font(style);
            REQUIRE(f != nullptr);
            const float devicePixels = ui::emPx(style) * scale * fonts.linePerEm() * raster;
            CHECK(f->FontSize >= devicePixels - 0.01f);
            CHECK(f->FontSize < devicePixels + 1.0f);
        }
    }
    ImGui::DestroyContext(ctx);
}
