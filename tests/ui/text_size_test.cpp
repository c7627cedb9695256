// The text size (适老化) on App's frames: the settings offer 100, 130, 160 and 200 %;
// choosing one draws the body text at that share of 16 CSS px, the choice is kept in
// the browser's database across a reload, and the sign-in screen's larger-text switch
// toggles between the normal size and 160 % (S4.1: older talents are served too).
#include "headless_browser.h"

namespace {

using namespace huicai;
namespace headless = huicai::platform::headless;
using nlohmann::json;
using screens::Browser;

// The body text's size in CSS px, from the widget map's record of what was drawn.
float bodyEm() {
    std::map<float, int> counts;
    for (const auto& t : json::parse(headless::query(platform::Query::TextStyles)))
        if (t.at(1) == "body") ++counts[t.at(2).get<float>()];
    float best = 0;
    int most = 0;
    for (const auto& [em, n] : counts)
        if (n > most) std::tie(best, most) = std::tie(em, n);
    return best;
}

} // namespace

TEST_CASE("text size 1. each size of the settings draws the body text that much larger and is kept after a reload", "[S4.1][a11y]") {
    const int percent = GENERATE(130, 160, 200);
    Browser b(platform::Viewport{390, 844, 2});
    b.open("#/settings");
    CHECK(bodyEm() == Approx(16.0f).margin(0.5f));
    b.click(std::to_string(percent) + "%");
    b.frames(4);
    CHECK(bodyEm() >= 16.0f * percent / 100 - 0.25f);
    CHECK(bodyEm() < 16.0f * percent / 100 + 1.5f); // rounded up to the font's whole pixels only
    CHECK(b.widget(std::to_string(percent) + "%").value("selected", false));

    b.open("#/settings"); // a reload
    CHECK(bodyEm() >= 16.0f * percent / 100 - 0.25f);
    CHECK(b.widget(std::to_string(percent) + "%").value("selected", false));
}

TEST_CASE("text size 2. the sign-in screen's larger-text switch toggles 160 % and back", "[S4.1][a11y]") {
    Browser b(platform::Viewport{390, 844, 3});
    b.open("#/login", "en-GB");
    REQUIRE(b.widget("Larger text").is_object());
    CHECK_FALSE(b.widget("Larger text").value("selected", false));
    b.click("Larger text");
    b.frames(4);
    CHECK(bodyEm() >= 25.5f);
    CHECK(b.widget("Larger text").value("selected", false));
    b.click("Larger text");
    b.frames(4);
    CHECK(bodyEm() == Approx(16.0f).margin(0.5f));
}

TEST_CASE("text size 3. at 200 % on a GPU whose largest texture is 2048 pixels, the glyphs keep within it and the text is as large", "[S4.1][a11y]") {
    Browser b(platform::Viewport{1280, 800, 2});
    b.m_maxTextureSize = 2048; // what WebGL guarantees
    b.open("#/settings");
    b.click("200%");
    b.frames(4);
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    INFO("atlas " << atlas->TexWidth << "×" << atlas->TexHeight);
    CHECK(atlas->TexWidth <= 2048);
    CHECK(atlas->TexHeight <= 2048);
    CHECK(bodyEm() >= 32.0f - 0.25f);
    CHECK(bodyEm() < 32.0f + 1.5f);
    CHECK(b.widget("200%").value("selected", false));
}
