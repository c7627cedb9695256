// The colour roles: every text role is readable (WCAG AA, 4.5:1) on every background
// it is drawn on, in the normal and the high-contrast set; the high-contrast set is
// at least as strong as the normal one for each pair; the switch changes what
// colour() answers and ImGui's style follows theme::apply() (S4.1: every talent is
// served, older ones and those who see less well too).
#include "ui/style/palette.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>

#include <string>

using namespace huicai::ui;
using Catch::Matchers::WithinAbs;

TEST_CASE("palette 1. the contrast ratio is WCAG's: black on white 21, a colour on itself 1, mid grey 4.5 on white", "[S4.1][style]") {
    CHECK_THAT(contrastRatio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)), WithinAbs(21.0, 1e-9));
    CHECK_THAT(contrastRatio(IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 0, 255)), WithinAbs(21.0, 1e-9));
    CHECK_THAT(contrastRatio(IM_COL32(0x1f, 0x5f, 0xa8, 255), IM_COL32(0x1f, 0x5f, 0xa8, 255)), WithinAbs(1.0, 1e-9));
    // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1).
    CHECK(contrastRatio(IM_COL32(0x76, 0x76, 0x76, 255), IM_COL32(255, 255, 255, 255)) >= 4.5);
    CHECK(contrastRatio(IM_COL32(0x77, 0x77, 0x77, 255), IM_COL32(255, 255, 255, 255)) < 4.5);
}

TEST_CASE("palette 2. every text role meets 4.5:1 on every background in both sets, the high-contrast set never weaker", "[S4.1][style]") {
    const auto pairs = textPairs();
    REQUIRE(pairs.size() >= 24);
    for (const TextPair& p : pairs) {
        const double normal = contrastRatio(palette(Contrast::Normal)[p.text], palette(Contrast::Normal)[p.background]);
        const double high = contrastRatio(palette(Contrast::High)[p.text], palette(Contrast::High)[p.background]);
        INFO(std::string(toneName(p.text)) + " on " + std::string(toneName(p.background)) + ": normal " +
             std::to_string(normal) + ", high " + std::to_string(high));
        CHECK(normal >= 4.5);
        CHECK(high >= 4.5);
        CHECK(high >= normal - 1e-9);
    }
}

TEST_CASE("palette 3. success, warning and danger are told apart, and no two text roles of a set are the same colour", "[S4.1][style]") {
    for (Contrast c : {Contrast::Normal, Contrast::High}) {
        const Palette& p = palette(c);
        const Tone texts[] = {Tone::Text, Tone::Muted, Tone::Primary, Tone::Success, Tone::Warning, Tone::Danger};
        for (Tone a : texts)
            for (Tone b : texts)
                if (a != b) CHECK(p[a] != p[b]);
    }
}

TEST_CASE("palette 4. switching the set changes colour() and, after theme::apply, ImGui's text and background", "[S4.1][style]") {
    ImGuiContext* ctx = ImGui::CreateContext();
    setContrast(Contrast::Normal);
    theme::apply();
    const ImU32 normalText = ImGui::GetColorU32(ImGuiCol_Text);
    CHECK(colour(Tone::Muted) == palette(Contrast::Normal)[Tone::Muted]);
    setContrast(Contrast::High);
    CHECK(colour(Tone::Muted) == palette(Contrast::High)[Tone::Muted]);
    theme::apply();
    CHECK(ImGui::GetColorU32(ImGuiCol_Text) == palette(Contrast::High)[Tone::Text]);
    CHECK(ImGui::GetColorU32(ImGuiCol_Text) != normalText);
    CHECK(ImGui::GetColorU32(ImGuiCol_WindowBg) == palette(Contrast::High)[Tone::Surface]);
    setContrast(Contrast::Normal);
    theme::apply();
    CHECK(ImGui::GetColorU32(ImGuiCol_Text) == normalText);
    ImGui::DestroyContext(ctx);
}
