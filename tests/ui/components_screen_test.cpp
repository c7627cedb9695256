// The design system's notice, empty state, field parts and dialog as screens use
// them: a notice's words read as body text on its tint in both colour sets and stay
// inside its panel; a queue with nothing in it says so in an empty state; a form's
// problem shows under its field; clearing this browser's data asks first in a dialog
// that can be cancelled (S4.1: every talent is served, including those who read
// slowly or see less well).
#include "../core/workflow_fixture.h"
#include "screen_harness.h"
#include "ui/style/components.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <variant>

using namespace huicai;
using screens::ScreenHarness;

namespace {

// The laid-out texts that are part of `whole` (a wrapped sentence's lines).
std::vector<nlohmann::json> linesOf(const ScreenHarness& h, const std::string& whole) {
    std::vector<nlohmann::json> out;
    for (const auto& t : nlohmann::json::parse(h.laidOut())) {
        const std::string text = t["text"];
        if (text.size() >= 3 && whole.find(text) != std::string::npos) out.push_back(t);
    }
    return out;
}

// The seeded world with talent T1 of employer E1 and no application yet.
wf::World withTalent() {
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    return w;
}

bool requested(const app::Requests& requests, auto pred) {
    for (const auto& r : requests)
        if (pred(r)) return true;
    return false;
}

} // namespace

TEST_CASE("components 1. a notice's words read as body text on its tint, its icon as a graphic, in both colour sets", "[S4.1][style]") {
    for (ui::Contrast c : {ui::Contrast::Normal, ui::Contrast::High}) {
        ui::setContrast(c);
        for (ui::Tone tone : {ui::Tone::Success, ui::Tone::Warning, ui::Tone::Danger, ui::Tone::Primary}) {
            INFO(ui::toneName(tone) << (c == ui::Contrast::High ? " high" : " normal"));
            const ImU32 bg = ui::noticeBackground(tone);
            CHECK(ui::contrastRatio(ui::colour(ui::Tone::Text), bg) >= 7.0);
            CHECK(ui::contrastRatio(ui::colour(tone), bg) >= 3.0); // WCAG 1.4.11: the icon and stripe
            CHECK(bg != ui::colour(ui::Tone::Raised));             // and it is a tint, not the card
        }
    }
    ui::setContrast(ui::Contrast::Normal);
}

TEST_CASE("components 2. a command's outcome is a notice whose every line lies inside it, on a desk and a phone", "[S4.1][style]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    const wf::World w = withTalent();
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::employerAdmin("E1"));
    h.state.work.error = "error.command.field";
    h.state.work.errorDetail = "the contract date, the start of the review period and the name on the contract";
    h.draw(app::Screen::Employer);
    const std::string reason = ui::refusalText(h.state);
    const auto lines = linesOf(h, reason);
    REQUIRE(!lines.empty());
    std::string joined;
    for (const auto& l : lines) {
        joined += l["text"].get<std::string>();
        CHECK(l["x"].get<float>() + l["w"].get<float>() <= size.x); // nothing runs off the screen
    }
    CHECK(joined.size() + lines.size() >= reason.size()); // every word of it is drawn (a break may drop a space)
    if (size.x < 700) CHECK(lines.size() >= 2);           // and a phone wraps it
}

TEST_CASE("components 3. a queue with nothing in it says so in an empty state", "[S4.1][style]") {
    wf::World w;
    w.seed();
    ScreenHarness h;
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::window("370102"));
    h.draw(app::Screen::Window);
    CHECK(h.showsWrappedText(h.state.tr("ui.window.empty")));
}

TEST_CASE("components 4. clearing this browser's data asks first in a dialog: cancel keeps it, confirm clears it", "[S4.1][style]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    ScreenHarness h(lang, size);
    h.state.db = app::DbState::Saved;
    h.draw(app::Screen::Settings);
    const std::string open = h.state.tr("ui.settings.clear");
    const std::string confirm = h.state.tr("ui.settings.clear_confirm");
    const std::string cancel = h.state.tr("ui.settings.cancel");
    const auto clears = [](const app::Request& r) { return std::holds_alternative<app::ClearLocalData>(r); };
    CHECK(!h.shows(confirm));

    REQUIRE(h.click(app::Screen::Settings, open));
    CHECK(!requested(h.requests, clears)); // opening asks, it does not clear
    REQUIRE(h.shows(confirm));
    CHECK(h.showsText(h.state.tr("ui.settings.clear_title")));
    const ui::WidgetRecord* c = h.control(confirm);
    CHECK(c->x >= 0);
    CHECK(c->x + c->w <= size.x); // the dialog fits a phone
    REQUIRE(h.click(app::Screen::Settings, cancel));
    CHECK(!requested(h.requests, clears));
    CHECK(!h.shows(confirm));

    REQUIRE(h.click(app::Screen::Settings, open));
    REQUIRE(h.click(app::Screen::Settings, confirm));
    CHECK(requested(h.requests, clears));
    CHECK(!h.shows(confirm));
}

TEST_CASE("components 5. a command's outcome shows at the foot of every screen, wherever it is scrolled, until dismissed", "[S4.1][style]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    const wf::World w = withTalent();
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::talent("T1"));
    h.state.work.done = "UpdateTalentProfile";
    for (app::Screen screen : {app::Screen::Talent, app::Screen::Catalog, app::Screen::Settings}) {
        h.draw(screen);
        const std::string text = ui::format(h.state.tr("ui.demo.done"), "command", h.state.tr("workflow.command.UpdateTalentProfile"));
        const auto lines = linesOf(h, text);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0]["y"].get<float>() > size.y - 160); // at the foot, above the status bar
        CHECK(lines[0]["y"].get<float>() + lines[0]["h"].get<float>() < size.y);
        // What the page draws ends above it: the band covers nothing.
        const float top = lines[0]["y"].get<float>() - 20; // the band's top, above the notice's first line
        for (const auto& r : h.records()) {
            if (!r.visible || r.label.empty() || r.label == h.state.tr("ui.notice.dismiss")) continue;
            INFO(r.label);
            const bool above = r.y + r.h <= top, below = r.y >= lines[0]["y"].get<float>() + 20; // the status bar
            CHECK((above || below));
        }
    }
    REQUIRE(h.click(app::Screen::Settings, h.state.tr("ui.notice.dismiss")));
    CHECK(h.state.work.done.empty());
    CHECK_FALSE(h.shows(h.state.tr("ui.notice.dismiss")));
}
