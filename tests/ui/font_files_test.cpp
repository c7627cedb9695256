// The UI face in three files (ui/fonts.h): the landing screens' text packed with the
// app, the rest of the app's text and of GB2312 fetched once after the first build, the full face only for a
// character in neither. A character waits (ImGui's fallback glyph) until the file that
// holds it has come, then joins the atlas at the next build; a file that cannot be
// fetched leaves its characters unavailable, asked for no more.
#include "headless_browser.h"
#include "ui/fonts.h"
#include "ui/style/icons.h"
#include "ui/widgets/utf8.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

using namespace huicai;

namespace {

std::vector<unsigned char> fontFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
std::string charList(const std::string& path) {
    const auto b = fontFile(path);
    return std::string(b.begin(), b.end());
}

constexpr const char* kFullFace = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

// Notes `utf8` as drawn in the body font, as a text widget does.
void draw(ui::FontSet& fonts, const std::string& utf8) {
    ImGui::NewFrame();
    ImGui::PushFont(fonts.font(ui::TextStyle::Body));
    fonts.note(utf8);
    ImGui::PopFont();
    ImGui::EndFrame();
}

// Whether the body font's glyphs include `c` (ImGui's fallback glyph does not count).
bool bodyHolds(const ui::FontSet& fonts, char32_t c) {
    const ImFont* f = fonts.font(ui::TextStyle::Body);
    return f && f->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
}

// Whether some font of the atlas has the glyph of `c` (the fallback does not count).
bool inSomeFont(char32_t c) {
    for (const ImFont* f : ImGui::GetIO().Fonts->Fonts)
        if (f->FindGlyphNoFallback(static_cast<ImWchar>(c))) return true;
    return false;
}

// The characters of the texts the app's last frame showed.
std::set<char32_t> shownChars(const screens::Browser& b) {
    std::set<char32_t> out;
    for (const auto& t : b.texts()) {
        const std::string s = t.get<std::string>();
        for (size_t i = 0; i < s.size();) out.insert(ui::decodeUtf8(s, i));
    }
    return out;
}

} // namespace

TEST_CASE("font files 1. a GB2312 character comes with the common file, a rarer one with the full face, each fetched once", "[S4.1][a11y]") {
    const std::string dir = HUICAI_UI_FONT_DIR;
    const std::string own = charList(dir + "/ui.ttf.chars.txt"), common = charList(dir + "/common.ttf.chars.txt");
    // 鑫 is in GB2312 and not in the app's text; 堃 (U+5803) is in neither, but in the face.
    REQUIRE(own.find("鑫") == std::string::npos);
    REQUIRE(common.find("鑫") != std::string::npos);
    REQUIRE(common.find("堃") == std::string::npos);
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        ui::FontSet fonts;
        fonts.init(fontFile(dir + "/ui.ttf"), own);
        CHECK_FALSE(fonts.takeFontRequest()); // nothing is fetched before the first build
        fonts.build(1.0f);
        CHECK(bodyHolds(fonts, U'A'));
        CHECK_FALSE(bodyHolds(fonts, U'惠')); // the first build: ASCII, then what a frame draws
        draw(fonts, "惠");
        REQUIRE(fonts.wantsRebuild()); // at hand in the subset: built at once
        fonts.build(1.0f);
        CHECK(bodyHolds(fonts, U'惠'));
        CHECK_FALSE(bodyHolds(fonts, U'鑫'));
        // Right after the first build: the common file, once.
        REQUIRE(fonts.takeFontRequest() == ui::FontSet::File::Common);
        CHECK_FALSE(fonts.takeFontRequest());

        // Both characters wait for it: nothing to rebuild yet, the full face not asked for.
        draw(fonts, "鑫堃");
        CHECK_FALSE(fonts.wantsRebuild());
        CHECK_FALSE(fonts.takeFontRequest());

        fonts.setFont(ui::FontSet::File::Common, fontFile(dir + "/common.ttf"));
        REQUIRE(fonts.wantsRebuild());
        // 堃 is not in it: now the full face is wanted.
        REQUIRE(fonts.takeFontRequest() == ui::FontSet::File::Full);
        CHECK_FALSE(fonts.takeFontRequest());
        fonts.build(1.0f);
        fonts.settle();
        CHECK(bodyHolds(fonts, U'鑫'));
        CHECK(fonts.fromFile(U'鑫', ui::FontSet::File::Common));
        CHECK_FALSE(bodyHolds(fonts, U'堃'));
        CHECK_FALSE(fonts.wantsRebuild());

        fonts.setFont(ui::FontSet::File::Full, fontFile(kFullFace));
        REQUIRE(fonts.wantsRebuild());
        fonts.build(1.0f);
        fonts.settle();
        CHECK(bodyHolds(fonts, U'堃'));
        CHECK(fonts.fromFile(U'堃', ui::FontSet::File::Full));
        CHECK(bodyHolds(fonts, U'鑫')); // still there after the merge of a third file
        CHECK(bodyHolds(fonts, U'惠'));
        CHECK_FALSE(fonts.wantsRebuild());
        CHECK_FALSE(fonts.takeFontRequest());

        // A character no file holds (U+4DAE) is settled as unavailable, not asked again.
        draw(fonts, "䶮");
        CHECK(fonts.wantsRebuild());
        fonts.build(1.0f);
        fonts.settle();
        draw(fonts, "䶮");
        CHECK_FALSE(fonts.wantsRebuild());
    }
    ImGui::DestroyContext(ctx);
}

TEST_CASE("font files 2. when the common file cannot be fetched its characters go to the full face, and without either they are not asked for again", "[S4.1]") {
    const std::string dir = HUICAI_UI_FONT_DIR;
    const bool fullFails = GENERATE(false, true);
    INFO((fullFails ? "the full face fails too" : "the full face comes"));
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        ui::FontSet fonts;
        fonts.init(fontFile(dir + "/ui.ttf"), charList(dir + "/ui.ttf.chars.txt"));
        fonts.build(1.0f);
        REQUIRE(fonts.takeFontRequest() == ui::FontSet::File::Common);
        draw(fonts, "鑫");
        fonts.setFont(ui::FontSet::File::Common, {});
        CHECK_FALSE(fonts.wantsRebuild());
        REQUIRE(fonts.takeFontRequest() == ui::FontSet::File::Full);
        fonts.setFont(ui::FontSet::File::Full, fullFails ? std::vector<unsigned char>{} : fontFile(kFullFace));
        REQUIRE(fonts.wantsRebuild());
        fonts.build(1.0f);
        fonts.settle();
        CHECK(bodyHolds(fonts, U'鑫') == !fullFails);
        // Drawn again: no rebuild, no request, whichever way it went.
        draw(fonts, "鑫");
        CHECK_FALSE(fonts.wantsRebuild());
        CHECK_FALSE(fonts.takeFontRequest());
    }
    ImGui::DestroyContext(ctx);
}

TEST_CASE("font files 3. the app asks for the common file once, after its first frame, and not for the full face on its own", "[S4.1]") {
    screens::Browser b({1280, 800, 1});
    b.open("#/catalog");
    const auto& fetches = platform::headless::page().fontFetches;
    REQUIRE(fetches.size() == 1);
    CHECK(fetches[0] == platform::FontFile::Common);
    b.frames(10);
    CHECK(fetches.size() == 1);
}

TEST_CASE("font files 4. the first frame rasterises only what it draws and shows every character of it, and the packed text is all there after it", "[S4.1][a11y]") {
    const std::string own = charList(std::string(HUICAI_UI_FONT_DIR) + "/ui.ttf.chars.txt");
    std::set<char32_t> held;
    for (size_t i = 0; i < own.size();) held.insert(ui::decodeUtf8(own, i));
    const auto bodyGlyphs = [] { return ImGui::GetIO().Fonts->Fonts[0]->Glyphs.Size; };
    screens::Browser b({1280, 800, 1});
    b.open("#/catalog", "zh-CN", 1);
    // The first frame: each packed character that it shows is drawn with its glyph.
    std::set<char32_t> shown;
    for (char32_t c : shownChars(b))
        if (c > 0x7F && held.count(c)) shown.insert(c);
    REQUIRE(shown.size() > 50);
    for (char32_t c : shown) {
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(inSomeFont(c));
    }
    // ... and little more of it: besides ASCII, the body font has far fewer glyphs than the subset.
    INFO(shown.size() << " characters shown, " << held.size() << " packed");
    constexpr int kAscii = 0x7F - 0x20;
    CHECK(static_cast<size_t>(bodyGlyphs() - kAscii) < held.size() / 2);
    // The next frame takes the rest of the packed text.
    b.frames(2);
    CHECK(static_cast<size_t>(bodyGlyphs()) >= held.size());
}

TEST_CASE("font files 5. the screens a visitor lands on draw only characters packed with the app, in both languages, and the rest of the app's text comes with the common file", "[S4.1][a11y]") {
    const std::string dir = HUICAI_UI_FONT_DIR;
    std::set<char32_t> packed, common;
    for (const auto& [list, into] : {std::pair{charList(dir + "/ui.ttf.chars.txt"), &packed},
                                     std::pair{charList(dir + "/common.ttf.chars.txt"), &common}})
        for (size_t i = 0; i < list.size();) into->insert(ui::decodeUtf8(list, i));
    const std::string lang = GENERATE("zh-CN", "en");
    const std::string hash = GENERATE("#/catalog", "#/login", "#/register", "#/demo", "#/verify", "#/settings");
    INFO(hash << " in " << lang);
    screens::Browser b({1280, 800, 1});
    b.open(hash, lang, 1);
    size_t drawn = 0;
    for (const auto& t : b.texts()) {
        const std::string s = t.get<std::string>();
        for (size_t i = 0; i < s.size();) {
            const char32_t c = ui::decodeUtf8(s, i);
            if (c <= 0x7F) continue;
            ++drawn;
            INFO("U+" << std::hex << static_cast<unsigned>(c) << " in " << s);
            CHECK(packed.count(c) == 1);
        }
    }
    if (lang == "zh-CN") CHECK(drawn > 20);
    // Whatever of the app's own text is not packed is in the file fetched after the first frame.
    const std::string own = charList(std::string(HUICAI_ASSETS_DIR) + "/i18n/workflow.zh-CN.json");
    for (size_t i = 0; i < own.size();) {
        const char32_t c = ui::decodeUtf8(own, i);
        if (c < 0x3400) continue;
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK((packed.count(c) + common.count(c)) == 1);
    }
}

TEST_CASE("font files 6. the first frame is laid out on a draft atlas of ImGui's own glyphs without icons, and its text and the icons drawn are in the atlas it is drawn on, no other character or icon", "[S4.1][a11y]") {
    const std::string dir = HUICAI_UI_FONT_DIR;
    const std::string own = charList(dir + "/ui.ttf.chars.txt");
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        ui::FontSet fonts;
        fonts.init(fontFile(dir + "/ui.ttf"), own);
        fonts.setIcons(fontFile(dir + "/icons.ttf"));
        fonts.buildDraft(1.0f);
        CHECK(fonts.draft());
        CHECK_FALSE(fonts.wantsRebuild()); // nothing drawn yet: the draft is what the frame loop replaces
        for (char32_t c : {U' ', U'.', U'?'}) CHECK(fonts.holds(c));
        for (char32_t c : {U'A', U'H', U'7'}) CHECK_FALSE(fonts.holds(c));
        const char32_t settings = static_cast<char32_t>(ui::Icon::Settings);
        CHECK_FALSE(fonts.holds(settings));
        const int draftGlyphs = fonts.font(ui::TextStyle::Body)->Glyphs.Size;

        // The frame notes its characters on the draft; the atlas it is drawn on holds them,
        // and every icon at each size.
        const std::string words = "惠才卡 Huicai";
        draw(fonts, words + ui::iconText(ui::Icon::Settings));
        CHECK(fonts.wantsRebuild());
        fonts.build(1.0f);
        CHECK_FALSE(fonts.draft());
        for (size_t i = 0; i < words.size();) {
            const char32_t c = ui::decodeUtf8(words, i);
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            CHECK(bodyHolds(fonts, c));
        }
        // The icons asked for (the frame's Settings icon among them) and no other.
        const auto& asked = ui::iconsAskedFor();
        CHECK(fonts.holds(settings));
        for (ui::Icon icon : ui::kIcons) {
            const auto c = static_cast<char32_t>(icon);
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            CHECK(fonts.holds(c) == (std::find(asked.begin(), asked.end(), c) != asked.end()));
        }
        // Of ASCII, only what the frame drew (and ImGui's space, fallback and dot); the
        // draft held those three alone (and the tab ImGui makes of the space).
        CHECK(bodyHolds(fonts, U'H'));
        for (char32_t c : {U'A', U'Z', U'q', U'7', U'#'}) {
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            CHECK_FALSE(bodyHolds(fonts, c));
        }
        CHECK(draftGlyphs == 4);

        // After the first frame every size has ASCII again.
        fonts.holdAll();
        CHECK(fonts.wantsRebuild());
        fonts.build(1.0f);
        for (char32_t c = 0x20; c < 0x7F; ++c) {
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            CHECK(fonts.holds(c));
        }
    }
    ImGui::DestroyContext(ctx);
}

TEST_CASE("font files 7. the first frame, laid out on the draft with every character as wide as its fallback, still draws each character it shows with its glyph, in both languages and at both sizes", "[S4.1][a11y]") {
    const platform::Viewport viewport = GENERATE(platform::Viewport{1280, 800, 1}, platform::Viewport{390, 844, 3});
    const std::string lang = GENERATE("zh-CN", "en");
    const std::string hash = GENERATE("#/catalog", "#/login", "#/register");
    INFO(hash << " in " << lang << " at " << viewport.cssWidth);
    screens::Browser b(viewport);
    b.open(hash, lang, 1);
    size_t checked = 0;
    for (char32_t c : shownChars(b)) {
        if (c <= 0x20 || c == 0x7F || ui::isIconCodePoint(c)) continue;
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(inSomeFont(c));
        ++checked;
    }
    CHECK(checked > 10);
}
