// Implements the top bar: the app's title (wide layout only), the navigation buttons
// and the language buttons, which carry the same labels in every language; a second
// row with the demo's role switcher, or with the signed-in user, their workspace and
// the outbox with its count of unsent and refused changes.
#include "ui/theme.h"
#include "ui/widgets/bars.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

namespace huicai::ui {

namespace {

// The bar's buttons carry their icons on a desk; on a phone's width the words alone,
// so that the bar keeps to as few rows as it can.
Icon barIcon(const app::AppState& state, Icon icon) { return state.narrow ? Icon::None : icon; }

// "Acting as: [role ▾]": the switcher's combo is known to the widget map by its
// "switch role" label; each role in it by the role's name.
void roleSwitcher(app::AppState& state, Ui& ui) {
    const float left = ImGui::GetCursorScreenPos().x;
    const float right = left + ImGui::GetContentRegionAvail().x;
    ImGui::AlignTextToFramePadding();
    textColored(ui, colour(Tone::Muted), state.tr("ui.demo.acting_as"));
    ImGui::SameLine();
    const std::string current = roleLabel(state, state.work.role);
    ui.fonts.note(current);
    const float want = std::max(ImGui::CalcTextSize(current.c_str()).x + ImGui::GetFrameHeight() * 2, measurePx(Measure::Field) * 0.75f);
    if (ImGui::GetCursorScreenPos().x + want > right) { // under its label when the row has no room (large text)
        ImGui::NewLine();
        ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
    }
    ImGui::SetNextItemWidth(std::min(want, right - ImGui::GetCursorScreenPos().x));
    if (ImGui::BeginCombo("##demo-role", current.c_str())) {
        for (std::string_view alias : demoRoles()) {
            const std::string label = roleLabel(state, alias);
            ui.fonts.note(label);
            if (ImGui::Selectable((label + "##role-" + std::string(alias)).c_str(), state.work.role == alias))
                ui.request(app::SetDemoRole{std::string(alias)});
        }
        ImGui::EndCombo();
    }
    markCombo(ui, state.tr("ui.demo.switch_role"), current);
}

// Places the next button of `label` on this line after `gap`, or on the next line
// when it would run past the right edge (a phone's width, a long name).
void nextOnLine(const std::string& label, float gap) {
    ImGui::SameLine(0, gap);
    const float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// The signed-in person as the people they work with know them: their name and their
// unit ("王芳 · 济南某研究院", "张三 · 济南市服务窗口"); the account's name and role when the
// workspace does not hold them (the administrator, a workspace still loading).
std::string personLine(const app::AppState& state) {
    const app::Workspace& w = state.work;
    const Actor* a = w.actor();
    const std::string fallback = w.session.name + " · " + roleLabel(state, w.roleAlias());
    if (!a) return fallback;
    const State& s = w.state;
    std::string name, unit;
    auto employer = [&](const std::string& id) {
        const Employer* e = findRow(s.employers, id);
        return e ? e->name : std::string();
    };
    if (a->role == Role::Talent) {
        if (const Talent* t = findRow(s.talents, a->scope)) {
            name = t->name;
            unit = employer(t->employer);
        }
    } else {
        if (const Staff* st = findRow(s.staff, a->id)) name = st->name;
        switch (a->role) {
        case Role::EmployerAdmin:
        case Role::EmployerSpecialist: unit = employer(a->scope); break;
        case Role::WindowSpecialist: unit = format(state.tr("ui.timeline.window"), "region", regionName(state, a->scope)); break;
        case Role::DepartmentSpecialist: unit = departmentName(state, a->scope); break;
        case Role::HandlingSpecialist: unit = agencyName(state, a->scope); break;
        default: break;
        }
    }
    if (name.empty()) return fallback;
    return unit.empty() ? name : name + " · " + unit;
}

// "王芳 · 济南某研究院   [My workspace] [Outbox (2)] [Sync now]", wrapped at a phone's width
void userRow(app::AppState& state, Ui& ui) {
    ImGui::AlignTextToFramePadding();
    textColored(ui, colour(Tone::Muted), personLine(state));
    const app::Workspace& w = state.work;
    const app::Screen home = app::homeScreenOf(w.actor());
    const std::string workspace = state.tr("ui.nav.workspace");
    nextOnLine(withIcon(barIcon(state, Icon::Workspace), workspace), 12);
    if (choiceButton(ui, workspace + "##nav-workspace", state.route.screen == home, barIcon(state, Icon::Workspace), A11yRole::Link) &&
        state.route.screen != home)
        ui.request(app::Navigate{app::Route{home, {}}});
    std::string outbox = state.tr("ui.nav.outbox");
    const int n = state.pendingChanges + state.rejectedChanges;
    if (n > 0) outbox += " (" + std::to_string(n) + ")";
    nextOnLine(withIcon(barIcon(state, Icon::Outbox), outbox), 4);
    if (choiceButton(ui, outbox + "##nav-outbox", state.route.screen == app::Screen::Outbox, barIcon(state, Icon::Outbox), A11yRole::Link) &&
        state.route.screen != app::Screen::Outbox)
        ui.request(app::Navigate{app::Route{app::Screen::Outbox, {}}});
    const bool syncing = w.sync.phase == app::SyncPhase::Pushing || w.sync.phase == app::SyncPhase::Pulling;
    const std::string sync = state.tr(syncing ? "ui.status.syncing" : "ui.outbox.sync_now");
    nextOnLine(withIcon(barIcon(state, Icon::Sync), sync), 4);
    ImGui::BeginDisabled(syncing || state.readOnly);
    if (button(ui, sync + "##nav-sync", ImVec2(0, 0), barIcon(state, Icon::Sync)))
        ui.request(app::SyncNow{});
    ImGui::EndDisabled();
}

} // namespace

void languageSwitch(app::AppState& state, Ui& ui, const char* idSuffix) {
    const std::string zh = state.tr("ui.lang.zh-CN"), en = state.tr("ui.lang.en");
    ui.map.beginGroup(ImGui::GetID((std::string("##lang") + idSuffix).c_str()), A11yRole::RadioGroup, state.tr("ui.settings.language"));
    if (choiceButton(ui, zh + idSuffix + "zh", state.lang == "zh-CN") && state.lang != "zh-CN")
        ui.request(app::SetLanguage{"zh-CN"});
    ImGui::SameLine(0, 4);
    if (choiceButton(ui, en + idSuffix + "en", state.lang == "en") && state.lang != "en") ui.request(app::SetLanguage{"en"});
    ui.map.endGroup();
}

void topBar(app::AppState& state, Ui& ui) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float padY = 8, padX = state.narrow ? 10.0f : 20.0f;
    const bool signedIn = state.work.server() && state.work.session.valid();
    const bool demo = state.work.active && state.work.mode == app::WorkMode::Demo;
    const bool secondRow = demo || signedIn;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    // The bar's background goes under its rows once their number is known.
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->ChannelsSplit(2);
    drawList->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + padX, origin.y + padY));

    if (!state.narrow) {
        ImGui::AlignTextToFramePadding();
        textColored(ui, colour(Tone::Primary), state.tr("ui.app.title"));
        ImGui::SameLine(0, 24);
    }
    // The next tab on this row, or at the start of the next one when it would run past
    // the right edge (a phone at a large text size).
    bool navWrapped = false;
    const auto nextTab = [&](const std::string& shown) {
        ImGui::SameLine(0, 4);
        const float w = ImGui::CalcTextSize(shown.c_str(), nullptr, true).x + style.FramePadding.x * 2;
        if (ImGui::GetCursorScreenPos().x + w > origin.x + width - padX) {
            navWrapped = true;
            ImGui::NewLine();
            ImGui::SetCursorScreenPos(ImVec2(origin.x + padX, ImGui::GetCursorScreenPos().y + 4));
        }
    };
    ui.map.beginGroup(ImGui::GetID("##nav"), A11yRole::Navigation, state.tr("ui.nav.label"));
    const bool onCatalog = state.route.screen == app::Screen::Catalog || state.route.screen == app::Screen::Item;
    const bool onSettings = state.route.screen == app::Screen::Settings;
    if (choiceButton(ui, std::string(state.tr("ui.nav.catalog")) + "##nav-catalog", onCatalog, barIcon(state, Icon::Catalog), A11yRole::Link) &&
        state.route.screen != app::Screen::Catalog)
        ui.request(app::Navigate{app::Route{}});
    nextTab(withIcon(barIcon(state, Icon::Settings), state.tr("ui.nav.settings")));
    if (choiceButton(ui, std::string(state.tr("ui.nav.settings")) + "##nav-settings", onSettings, barIcon(state, Icon::Settings), A11yRole::Link) &&
        !onSettings)
        ui.request(app::Navigate{app::Route{app::Screen::Settings, {}}});
    if (demo) {
        nextTab(state.tr("ui.nav.demo"));
        if (choiceButton(ui, std::string(state.tr("ui.nav.demo")) + "##nav-demo", state.route.screen == app::Screen::Demo, Icon::None,
                         A11yRole::Link) &&
            state.route.screen != app::Screen::Demo)
            ui.request(app::Navigate{app::Route{app::Screen::Demo, {}}});
    }
    const bool onLogin = state.route.screen == app::Screen::Login;
    nextTab(state.tr(state.work.session.valid() ? "ui.nav.account" : "ui.nav.sign_in"));
    if (choiceButton(ui, std::string(state.tr(state.work.session.valid() ? "ui.nav.account" : "ui.nav.sign_in")) + "##nav-login",
                     onLogin, Icon::None, A11yRole::Link) &&
        !onLogin)
        ui.request(app::Navigate{app::Route{app::Screen::Login, {}}});
    ui.map.endGroup();

    // Language switch, right-aligned; on a row of its own, under the others, when the
    // navigation leaves no room for it (a phone's width, longer English labels).
    const std::string zh = state.tr("ui.lang.zh-CN"), en = state.tr("ui.lang.en");
    const float langW = ImGui::CalcTextSize(zh.c_str()).x + ImGui::CalcTextSize(en.c_str()).x + style.FramePadding.x * 4 + 4;
    const float langX = origin.x + width - padX - langW;
    const bool langRowOwn = navWrapped || ImGui::GetItemRectMax().x + 8 > langX;
    float bottom = ImGui::GetItemRectMax().y; // of the rows so far
    if (secondRow) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + padX, bottom + padY));
        if (demo) roleSwitcher(state, ui);
        else userRow(state, ui); // wraps at a phone's width
        bottom = ImGui::GetItemRectMax().y;
    }
    ImGui::SetCursorScreenPos(ImVec2(langX, langRowOwn ? bottom + padY : origin.y + padY));
    languageSwitch(state, ui, "##top-");
    if (langRowOwn) bottom = ImGui::GetItemRectMax().y;

    const float height = bottom + padY - origin.y;
    drawList->ChannelsSetCurrent(0);
    drawList->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), colour(Tone::Bar));
    drawList->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    ImGui::Dummy(ImVec2(0, 0));
}

} // namespace huicai::ui
