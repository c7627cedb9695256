// The glyph atlas at every text size of the settings and every device pixel ratio: the
// fonts are rasterised again for each (FontSet::build), at the device's pixels up to
// 2× (crisp, not a 1× bitmap stretched), and the atlas stays within 4096×4096, the
// texture size every WebGL2 phone supports, even with many more characters than the
// app's own text (a page of names). Past what the GPU's largest texture holds (a long
// queue of names at 200 %), every size is rasterised smaller and drawn as large.
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

// Notes `utf8` as drawn in the body and caption sizes (names, addresses, titles), as text widgets do.
void drawInBodyAndCaption(ui::FontSet& fonts, const std::string& utf8) {
    for (ui::TextStyle style : {ui::TextStyle::Body, ui::TextStyle::Caption}) {
        ImGui::NewFrame();
        ImGui::PushFont(fonts.font(style));
        fonts.note(utf8);
        ImGui::PopFont();
        ImGui::EndFrame();
    }
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
            drawInBodyAndCaption(fonts, more);
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

TEST_CASE("font atlas 2. characters beyond what the GPU's largest texture holds are rasterised smaller, every one kept and each size as large on screen", "[S4.1][a11y]") {
    const std::string dir = HUICAI_UI_FONT_DIR;
    const std::string font = fileText(dir + "/ui.ttf"), own = fileText(dir + "/ui.ttf.chars.txt");
    const std::string common = fileText(dir + "/common.ttf"), held = fileText(dir + "/common.ttf.chars.txt");
    REQUIRE_FALSE(common.empty());
    // 2048: what WebGL guarantees; 16384: a desktop GPU, where the atlas still keeps to 4096.
    const int gpuSide = GENERATE(2048, 16384);
    const int side = std::min(gpuSide, ui::FontSet::kMaxAtlasSide);
    INFO("the GPU's largest texture " << gpuSide);
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        // A window's long queue at 200 % on a 2× screen: every GB2312 character in the
        // body and caption sizes, the app's own text besides.
        ui::FontSet fonts;
        fonts.init(std::vector<unsigned char>(font.begin(), font.end()), own);
        fonts.setMaxTextureSize(gpuSide);
        fonts.setScale(2.0f);
        fonts.build(2.0f);
        fonts.holdAll();
        REQUIRE(fonts.takeFontRequest() == ui::FontSet::File::Common);
        fonts.setFont(ui::FontSet::File::Common, std::vector<unsigned char>(common.begin(), common.end()));
        drawInBodyAndCaption(fonts, held);
        REQUIRE(fonts.wantsRebuild());
        fonts.build(2.0f);
        const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        INFO("atlas " << atlas->TexWidth << "×" << atlas->TexHeight << ", drawn at " << 1.0f / ImGui::GetIO().FontGlobalScale << " device pixels per CSS pixel");
        CHECK(atlas->TexWidth <= side);
        CHECK(atlas->TexHeight <= side);
        // Every character is in the atlas.
        std::vector<char32_t> chars;
        for (size_t at = 0; at < held.size();) {
            const char32_t c = ui::decodeUtf8(held, at);
            if (c >= 0x4E00) chars.push_back(c);
        }
        REQUIRE(chars.size() > 6000);
        for (ui::TextStyle style : {ui::TextStyle::Body, ui::TextStyle::Caption}) {
            const size_t missing = std::count_if(chars.begin(), chars.end(), [&](char32_t c) {
                return fonts.font(style)->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr;
            });
            CHECK(missing == 0);
        }
        // Rasterised below the screen's pixels (it would not fit at 2), each size as
        // large on screen as the type scale says.
        const float raster = 1.0f / ImGui::GetIO().FontGlobalScale;
        CHECK(raster < 2.0f);
        CHECK(raster > 0.5f);
        for (ui::TextStyle style : {ui::TextStyle::Caption, ui::TextStyle::Body, ui::TextStyle::Heading, ui::TextStyle::Title}) {
            const float cssPixels = fonts.font(style)->FontSize / raster, wanted = ui::emPx(style) * 2.0f * fonts.linePerEm();
            CHECK(cssPixels >= wanted - 0.01f);
            CHECK(cssPixels < wanted + 1.0f / raster);
        }

        // The next build at this pixel ratio and text size starts where this one fitted.
        fonts.build(2.0f);
        CHECK(1.0f / ImGui::GetIO().FontGlobalScale == Approx(raster));
        CHECK(atlas->TexHeight <= side);
        // A smaller text size is fitted anew: its glyphs take a quarter of the area.
        fonts.setScale(1.0f);
        fonts.build(2.0f);
        CHECK(1.0f / ImGui::GetIO().FontGlobalScale > std::min(2.0f, raster * 1.5f) - 0.01f);
        CHECK(atlas->TexHeight <= side);

        // Back to the app's own text (another session): full resolution again.
        ui::FontSet fresh;
        fresh.init(std::vector<unsigned char>(font.begin(), font.end()), own);
        fresh.setMaxTextureSize(gpuSide);
        fresh.setScale(2.0f);
        fresh.build(2.0f);
        CHECK(ImGui::GetIO().FontGlobalScale == Approx(0.5f));
    }
    ImGui::DestroyContext(ctx);
}
