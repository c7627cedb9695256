// The accessibility mirror the app sends the page (WidgetMap::a11yJson through
// platform::publishA11y), on the headless platform: every control the frame drew is a
// node with its name and role and every heading a heading; the language and screen
// toggles say which one is pressed; a frame that draws the same sends nothing; pressing
// a mirrored control does what a click does; a command's outcome is spoken (S4.1:
// every talent is served, those who cannot see the screen too).
#include "../core/workflow_fixture.h"
#include "headless_browser.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"
#include "ui/style/components.h"

#include <memory>
#include <set>

namespace {

using namespace huicai;
namespace headless = huicai::platform::headless;
using nlohmann::json;
using screens::Browser;

json mirror() { return json::parse(headless::page().a11y); }

// The mirror's node named `name` with `role` ("" any), or null.
json node(const std::string& name, const std::string& role = "") {
    const json m = mirror(); // kept: a loop over mirror().at(…) would read a destroyed object
    for (const auto& n : m.at("nodes"))
        if (n.at(2).get<std::string>() == name && (role.empty() || n.at(1).get<std::string>() == role)) return n;
    return json();
}

std::string flags(const json& n) { return n.at(7).get<std::string>(); }

// The employer administrator of E1 with `talents` talents (张三T1…), on their screen.
std::unique_ptr<screens::ScreenHarness> employerScreen(int talents) {
    wf::World w;
    w.seed();
    for (int i = 1; i <= talents; ++i) w.addTalent("T" + std::to_string(i), "E1", i);
    auto h = std::make_unique<screens::ScreenHarness>("zh-CN", screens::kDesk);
    h->work(w.state, w.ref, wf::d("2025-03-03"), wf::employerAdmin("E1"));
    h->draw(app::Screen::Employer);
    return h;
}

// The key of the group node `n` is in ("" the page), and that group's node.
std::string groupOf(const json& n) { return n.size() > 10 ? n.at(10).get<std::string>() : std::string(); }
json nodeByKey(const json& m, const std::string& key) {
    for (const auto& n : m.at("nodes"))
        if (n.at(0) == key) return n;
    return json();
}

} // namespace

TEST_CASE("mirror 1. every control drawn is a node with its name and role, every heading a heading", "[S4.1][a11y]") {
    const platform::Viewport viewport = GENERATE(platform::Viewport{1280, 800, 1}, platform::Viewport{390, 844, 3});
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    INFO(viewport.cssWidth << " " << lang);
    Browser b(viewport);
    b.open("#/demo", lang);
    const json widgets = b.widgets();
    REQUIRE(widgets.size() >= 8);
    for (const auto& w : widgets) {
        INFO(w.dump());
        const json n = node(w.at("label").get<std::string>(), w.at("role").get<std::string>());
        REQUIRE(n.is_array());
        CHECK(n.at(0) == "i" + std::to_string(w.at("id").get<unsigned>()));
    }
    for (const auto& h : b.headings()) CHECK(node(h.get<std::string>(), "heading").is_array());
    // The languages are radio buttons: the page's language is the checked one.
    const json zh = node("中文", "radio"), en = node("English", "radio");
    REQUIRE(zh.is_array());
    REQUIRE(en.is_array());
    CHECK((flags(zh).find('s') != std::string::npos) == (lang == "zh-CN"));
    CHECK((flags(en).find('s') != std::string::npos) == (lang == "en"));
}

TEST_CASE("mirror 2. a frame that draws what the last one drew sends the page nothing", "[S4.1][a11y]") {
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/demo");
    b.frames(3);
    const int sent = headless::page().a11yUpdates;
    b.frames(5);
    CHECK(headless::page().a11yUpdates == sent);
    b.click("English"); // the page changes: the mirror follows
    CHECK(headless::page().a11yUpdates > sent);
    CHECK(node("Local demo", "heading").is_array());
    CHECK_FALSE(node("本地演示", "heading").is_array());
}

TEST_CASE("mirror 3. pressing a mirrored control does what a click does, and a command's outcome is spoken", "[S4.1][S7.1][a11y]") {
    Browser b(platform::Viewport{1280, 800, 1});
    // The talent corrects their name and saves it by the mirror: "done" is spoken.
    b.open("#/talent");
    CHECK(mirror().at("live").empty());
    b.click("姓名（与证件一致）");
    ImGui::GetIO().AddInputCharactersUTF8("明");
    b.frames(4);
    const json save = node("保存", "button");
    REQUIRE(save.is_array());
    headless::pressA11y(static_cast<unsigned>(std::stoul(save.at(0).get<std::string>().substr(1))));
    b.frames(6);
    const json live = mirror().at("live");
    REQUIRE(live.size() == 1);
    CHECK(live.at(0).at(0).get<std::string>() == "已完成：完善人才信息");
    CHECK(live.at(0).at(1) == false); // done, not refused: spoken politely

    // A role picked by the mirror opens its screen.
    b.open("#/demo");
    const json role = node("区县窗口专员");
    REQUIRE(role.is_array());
    headless::pressA11y(static_cast<unsigned>(std::stoul(role.at(0).get<std::string>().substr(1))));
    b.frames(6);
    CHECK(headless::page().route == "#/window");
    CHECK(node("审核队列", "heading").is_array());
}

TEST_CASE("mirror 4. the sign-in fields are a form for password managers: named by their autocomplete token, a password never in the mirror, Enter in the page's form signs in", "[S4.1][a11y]") {
    Browser b(platform::Viewport{390, 844, 3});
    b.open("#/login");
    const auto field = [](const std::string& token) {
        const json m = mirror();
        for (const auto& n : m.at("nodes"))
            if (n.size() > 9 && n.at(9) == token) return n;
        return json();
    };
    const json account = field("username"), password = field("current-password");
    REQUIRE(account.is_array());
    REQUIRE(password.is_array());
    CHECK(account.at(1) == "textbox");
    CHECK(password.at(1) == "password");
    // Pressing the field drawn on the canvas puts the page's focus in its real input.
    b.click(password.at(2).get<std::string>());
    // What the page's inputs hold (typed, or filled by a password manager) is the app's.
    CHECK(headless::page().credentialFocus == password.at(0));
    const std::string accountKey = account.at(0), passwordKey = password.at(0);
    headless::pushEvent({platform::EventKind::CredentialInput, 2, accountKey, "t1"});
    headless::pushEvent({platform::EventKind::CredentialInput, 15, passwordKey, "s3cret-Passw0rd"});
    b.frames(3);
    CHECK(field("username").at(8) == "t1");
    CHECK(headless::page().a11y.find("s3cret") == std::string::npos);
    json signIn; // the form's button, under the fields (the top bar has a 登录 too)
    for (const auto& w : b.widgets())
        if (w.at("label") == "登录" && w.at("y").get<float>() > password.at(4).get<float>()) signIn = w;
    REQUIRE(signIn.is_object());
    CHECK_FALSE(signIn.value("disabled", false));
    // Enter in the form: the app signs in with what the fields hold.
    CHECK_FALSE(b.widget("正在登录…").is_object());
    headless::pushEvent({platform::EventKind::CredentialSubmit, 0, "", ""});
    b.frames(3);
    CHECK(b.widget("正在登录…").is_object());
}

namespace {

// Presses and releases `key` and draws until the app has taken it.
void press(Browser& b, ImGuiKey key, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    io.AddKeyEvent(key, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    b.frames(6);
}

// The name of the node the mirror says the keyboard is on ("" when none).
std::string focusName() {
    const json m = mirror();
    const std::string key = m.at("focus").get<std::string>();
    for (const auto& n : m.at("nodes"))
        if (n.at(0) == key) return n.at(2).get<std::string>();
    return "";
}

// Presses Tab (Shift+Tab) until the keyboard is on `name`; false after 80 presses.
bool tabTo(Browser& b, const std::string& name, bool back = false) {
    for (int i = 0; i < 80; ++i) {
        if (focusName() == name) return true;
        press(b, ImGuiKey_Tab, back);
    }
    return false;
}

} // namespace

TEST_CASE("mirror 5. the keyboard's place is the mirror's focus: Tab goes from the top bar into the page and back", "[S4.1][a11y]") {
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/demo");
    CHECK(mirror().at("focus") == ""); // nothing before a key is pressed
    press(b, ImGuiKey_Tab);
    CHECK(focusName() == "服务目录"); // the top bar's first control
    // On into the page (the top bar and the page are one Tab order), and back.
    REQUIRE(tabTo(b, "区县窗口专员"));
    REQUIRE(tabTo(b, "English", true));
    // A text field reached by Tab is being edited: the mirror names it for the input
    // method's textarea.
    b.click("人才");
    REQUIRE(tabTo(b, "姓名（与证件一致）"));
    CHECK(mirror().at("edit") == "姓名（与证件一致）");
    // The pointer takes over: no keyboard focus is claimed any more.
    b.click("中文");
    CHECK(mirror().at("focus") == "");
}

TEST_CASE("mirror 6. when the control the keyboard is on goes (its command done), the keyboard moves to the nearest one, and Tab goes on", "[S4.1][S6.1.4][a11y]") {
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/demo");
    b.click("用人单位管理员");
    REQUIRE(tabTo(b, "分配给王专员"));
    press(b, ImGuiKey_Enter);
    CHECK_FALSE(b.widget("分配给王专员").is_object()); // assigned: the button is gone
    const std::string now = focusName();
    CHECK_FALSE(now.empty());
    // Tab still moves (Dear ImGui alone would find nothing after a vanished item).
    press(b, ImGuiKey_Tab);
    CHECK_FALSE(focusName().empty());
    CHECK(focusName() != now);
}

TEST_CASE("mirror 7. a long list is one Tab stop (its chosen row) and the arrows move between its rows", "[S4.1][S6.1.4][a11y]") {
    auto screen = employerScreen(6);
    screens::ScreenHarness& h = *screen;
    const auto focus = [&] {
        const json m = json::parse(h.a11y());
        for (const auto& n : m.at("nodes"))
            if (n.at(0) == m.at("focus")) return n.at(2).get<std::string>();
        return std::string();
    };
    const auto isRow = [](const std::string& name) { return name.rfind("张三T", 0) == 0; };
    // Two rounds of Tab over the whole screen: of the six rows only one is a stop.
    std::set<std::string> rowStops;
    std::vector<std::string> visited;
    for (int i = 0; i < 80; ++i) {
        h.key(ImGuiKey_Tab);
        visited.push_back(focus());
        if (isRow(visited.back())) rowStops.insert(visited.back());
    }
    INFO(json(visited).dump());
    REQUIRE(rowStops.size() == 1);
    // The arrow keys go from that row to the next ones.
    for (int i = 0; i < 80 && !isRow(focus()); ++i) h.key(ImGuiKey_Tab);
    const std::string first = focus();
    h.key(ImGuiKey_DownArrow);
    CHECK(isRow(focus()));
    CHECK(focus() != first);
}

TEST_CASE("mirror 8. a control scrolled out of view that assistive technology presses is brought into view and pressed", "[S4.1][a11y]") {
    Browser b(platform::Viewport{390, 420, 3}); // a short phone screen: the settings run below it
    b.open("#/settings");
    const json clear = node("清除本地数据", "button"); // at the foot of the settings
    REQUIRE(clear.is_array());
    REQUIRE(flags(clear).find('o') != std::string::npos); // out of view
    CHECK_FALSE(node("清除", "button").is_array());
    headless::pressA11y(static_cast<unsigned>(std::stoul(clear.at(0).get<std::string>().substr(1))));
    b.frames(8);
    const json after = node("清除本地数据", "button");
    REQUIRE(after.is_array());
    CHECK(flags(after).find('o') == std::string::npos); // scrolled to
    CHECK(node("清除", "button").is_array());           // and pressed: it asks to confirm
}

TEST_CASE("mirror 9. the top bar's pages are links in a navigation, a choice is a radio group, a dialog holds what it shows", "[S4.1][a11y]") {
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/demo");
    json m = mirror();
    // The pages: links in the navigation named 主导航, the page shown marked current.
    const json settings = node("设置", "link"), catalog = node("服务目录", "link");
    REQUIRE(settings.is_array());
    REQUIRE(catalog.is_array());
    const json nav = nodeByKey(m, groupOf(settings));
    REQUIRE(nav.is_array());
    CHECK(nav.at(1) == "navigation");
    CHECK(nav.at(2) == "主导航");
    CHECK(groupOf(catalog) == nav.at(0));
    CHECK(flags(settings).find('s') == std::string::npos);
    // The languages: one radio group of two, 中文 checked.
    const json zh = node("中文", "radio"), en = node("English", "radio");
    REQUIRE(zh.is_array());
    CHECK(groupOf(zh) == groupOf(en));
    CHECK(nodeByKey(m, groupOf(zh)).at(1) == "radiogroup");
    CHECK(nodeByKey(m, groupOf(zh)).at(2) == "界面语言");
    b.open("#/settings");
    CHECK(flags(node("设置", "link")).find('s') != std::string::npos);
    // The text sizes: a radio group of their own, named by the label before them.
    const json size100 = node("100%", "radio");
    REQUIRE(size100.is_array());
    m = mirror();
    const json sizes = nodeByKey(m, groupOf(size100));
    CHECK(sizes.at(1) == "radiogroup");
    CHECK(sizes.at(0) != groupOf(node("中文", "radio")));
    // The clearing's confirmation: a dialog named by its title, holding its heading and buttons.
    b.click("清除本地数据");
    m = mirror();
    json dialog;
    for (const auto& n : m.at("nodes"))
        if (n.at(1) == "dialog") dialog = n;
    REQUIRE(dialog.is_array());
    const std::string title = dialog.at(2);
    CHECK_FALSE(title.empty());
    const json h = node(title, "heading");
    REQUIRE(h.is_array());
    CHECK(groupOf(h) == dialog.at(0));
    CHECK(groupOf(node("清除", "button")) == dialog.at(0));
    CHECK(groupOf(node("清除本地数据", "button")).empty()); // the page's, not the dialog's
}

TEST_CASE("mirror 10. a long list is a list box of options that say their place in the whole list and which is chosen", "[S4.1][S6.1.4][a11y]") {
    const json m = json::parse(employerScreen(9)->a11y());
    std::vector<json> rows;
    for (const auto& n : m.at("nodes"))
        if (n.at(1) == "option") rows.push_back(n);
    REQUIRE(rows.size() >= 6);
    const json list = nodeByKey(m, groupOf(rows.front()));
    REQUIRE(list.is_array());
    CHECK(list.at(1) == "listbox");
    CHECK(list.at(2) == "本单位人才"); // named by its title
    for (const auto& n : m.at("nodes")) CHECK((groupOf(n) != list.at(0) || n.at(1) == "option"));
    int chosen = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        INFO(rows[i].dump());
        CHECK(groupOf(rows[i]) == list.at(0));
        REQUIRE(rows[i].size() > 11);
        CHECK(rows[i].at(11) == json::array({static_cast<int>(i) + 1, 9}));
        if (flags(rows[i]).find('s') != std::string::npos) ++chosen;
        // What the row shows under its title is its description, not loose text in the list.
        CHECK(rows[i].at(12) == "未分配单位专员");
    }
    CHECK(chosen <= 1);
}

TEST_CASE("mirror 11. a field with a problem is invalid and the problem is its description", "[S4.1][a11y]") {
    ImGuiContext* ctx = screens::newHeadlessContext();
    ui::WidgetMap map;
    ui::RegionMapState regionMap;
    map.install(ctx, true);
    ui::FontSet fonts;
    app::Requests requests;
    const auto frame = [&](bool problem) {
        map.beginFrame();
        ImGui::GetIO().DisplaySize = ImVec2(800, 600);
        ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ui::Ui ui{fonts, map, requests, regionMap};
        ImGui::Begin("form");
        std::string date = "2026-13-40", name = "王芳";
        ui::searchField(ui, "##name", "姓名", name, 300);
        ui::searchField(ui, "##date", "预约日期", date, 300);
        if (problem) ui::fieldError(ui, "日期格式应为 YYYY-MM-DD");
        ImGui::End();
        ImGui::Render();
        map.endFrame();
        return json::parse(map.a11yJson());
    };
    const auto find = [](const json& m, const std::string& name) {
        for (const auto& n : m.at("nodes"))
            if (n.at(2) == name) return n;
        return json();
    };
    for (bool problem : {true, false}) {
        INFO(problem);
        frame(problem);
        const json m = frame(problem);
        const json date = find(m, "预约日期"), name = find(m, "姓名");
        REQUIRE(date.is_array());
        REQUIRE(name.is_array());
        CHECK((flags(date).find('i') != std::string::npos) == problem);
        CHECK(flags(name).find('i') == std::string::npos); // the field above it is not the one
        if (problem) {
            REQUIRE(date.size() > 12);
            CHECK(date.at(12) == "日期格式应为 YYYY-MM-DD");
        } else {
            CHECK(date.size() <= 11);
        }
    }
    ImGui::DestroyContext(ctx);
}

TEST_CASE("mirror 12. the first frame goes to the screen before its mirror is made, and the next frame makes it first, from what the first one drew", "[S4.1][a11y]") {
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/catalog", "zh-CN", 1);
    CHECK(headless::page().a11yUpdates == 0);
    const json headings = b.headings();
    REQUIRE_FALSE(headings.empty());
    b.frames(1);
    CHECK(headless::page().a11yUpdates >= 1);
    for (const auto& h : headings) CHECK(node(h.get<std::string>(), "heading").is_array());
}
