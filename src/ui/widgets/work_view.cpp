// Implements the shared pieces of the demo's role screens.
#include "ui/widgets/work_view.h"

#include "app/deadline_chip.h"
#include "core/evaluation_scope.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/attachment_field.h"
#include "ui/widgets/evidence_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/step_progress.h"
#include "ui/widgets/text.h"

#include <array>

namespace huicai::ui {

namespace {

constexpr std::array<std::string_view, 8> kRoles = {"talent", "employer_admin", "employer_specialist",
                                                    "window_county", "window_city", "window_province",
                                                    "department", "handling"};

std::string tr(const app::AppState& s, std::string_view key) { return s.tr(key); }

// Who holds the application in `st`: its employer, its specialist or its window.
std::string holder(const app::AppState& state, const CardApplication& app) {
    switch (app.state) {
    case CardState::SubmittedByTalent: {
        auto e = state.work.state.employers.find(app.employer);
        return e == state.work.state.employers.end() ? app.employer : e->second.name;
    }
    case CardState::SpecialistAssigned:
    case CardState::CompletedByEmployer:
    case CardState::ReturnedForRevision: {
        auto t = state.work.state.talents.find(app.talent);
        return t == state.work.state.talents.end() ? std::string() : staffName(state, t->second.specialist);
    }
    case CardState::UnderWindowReview:
    case CardState::ApprovedAtWindow:
    case CardState::AtProvince:
    case CardState::ExpertPanel:
    case CardState::PanelApproved: return format(state.tr("ui.timeline.window"), "region", regionName(state, app.window));
    case CardState::Draft:
    case CardState::Issued:
    case CardState::Rejected: break;
    }
    return {};
}

} // namespace

std::span<const std::string_view> demoRoles() { return kRoles; }

std::string roleLabel(const app::AppState& state, std::string_view alias) {
    return tr(state, "ui.demo.role." + std::string(alias));
}

bool workReady(app::AppState& state, Ui& ui) {
    if (state.work.loaded) return true;
    heading(ui, state.tr(state.work.server() ? "ui.work.title" : "ui.demo.title"));
    if (!state.work.loadError.empty()) {
        wrappedText(ui, state.tr("ui.demo.load_failed"), 0, colour(Tone::Warning));
        wrappedText(ui, state.errorText(state.work.loadError, state.work.loadErrorDetail), 0, colour(Tone::Warning));
    }
    return false;
}

const Actor* windowScreenHead(app::AppState& state, Ui& ui, std::string_view titleKey) {
    if (!workReady(state, ui)) return nullptr;
    heading(ui, state.tr(std::string(titleKey)));
    if (!roleGate(state, ui, Role::WindowSpecialist, "window_county")) return nullptr;
    const Actor* actor = state.work.actor();
    if (!actor) return nullptr;
    textColored(ui, colour(Tone::Muted), format(state.tr("ui.timeline.window"), "region", regionName(state, actor->scope)));
    if (button(ui, labelled(state, "ui.grading.eval_back", "to-window")))
        ui.request(app::Navigate{app::Route{app::Screen::Window, {}}});
    return actor;
}

bool roleGate(app::AppState& state, Ui& ui, Role role, std::string_view alias) {
    const Actor* actor = state.work.actor();
    if (actor && actor->role == role) return true;
    const std::string acting = state.work.roleAlias();
    wrappedText(ui, format(state.tr("ui.demo.other_role"), "role", roleLabel(state, acting)), 0, colour(Tone::Muted));
    if (state.work.server()) {
        // A signed-in user acts only as themselves: back to their own workspace.
        if (button(ui, labelled(state, "ui.nav.workspace", "own-workspace")))
            ui.request(app::Navigate{app::Route{app::homeScreenOf(actor), {}}});
        return false;
    }
    if (button(ui, format(state.tr("ui.demo.act_as"), "role", roleLabel(state, alias)) + "##act-as"))
        ui.request(app::SetDemoRole{std::string(alias), true});
    return false;
}

void largerTextSwitch(app::AppState& state, Ui& ui) {
    const bool larger = state.textPercent >= app::kLargerText;
    if (choiceButton(ui, std::string(state.tr("ui.text.larger")) + "##larger-text", larger, Icon::None, A11yRole::Toggle))
        ui.request(app::SetTextSize{larger ? app::kTextSizes[0] : app::kLargerText});
}

void textSizeSwitch(app::AppState& state, Ui& ui) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float x = 0;
    for (int percent : app::kTextSizes) {
        const std::string label = format(state.tr("ui.settings.text_percent"), "n", std::to_string(percent));
        const float w = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2;
        // On one line while they fit (a phone at 200 % takes two).
        if (x > 0 && x + w <= ImGui::GetContentRegionAvail().x) ImGui::SameLine();
        else x = 0;
        x += w + style.ItemSpacing.x;
        if (choiceButton(ui, label + "##text-" + std::to_string(percent), state.textPercent == percent) && state.textPercent != percent)
            ui.request(app::SetTextSize{percent});
    }
}

std::string refusalText(const app::AppState& state) {
    const app::Workspace& d = state.work;
    if (d.error.empty()) return {};
    return format(state.tr("ui.demo.rejected"), "reason", state.errorText(d.error, d.errorDetail));
}

void refusalNotice(Ui& ui) {
    if (!ui.refusal.seen || ui.refusal.shown) return;
    notice(ui, ui.refusal.text, Tone::Danger);
    ui.refusal.shown = true;
}

std::string staffName(const app::AppState& state, const std::string& id) {
    auto s = state.work.state.staff.find(id);
    return s == state.work.state.staff.end() ? id : s->second.name;
}

std::string actorName(const app::AppState& state, const std::string& id) {
    const State& s = state.work.state;
    if (const Talent* t = findRow(s.talents, id)) return t->name;
    const Staff* st = findRow(s.staff, id);
    if (!st) return {};
    if (st->role == Role::WindowSpecialist && state.work.regions.region(st->org))
        return format(state.tr("ui.timeline.window"), "region", regionName(state, st->org)) + " " + st->name;
    return st->name;
}

std::string talentName(const app::AppState& state, const std::string& id) {
    auto t = state.work.state.talents.find(id);
    return t == state.work.state.talents.end() ? id : t->second.name;
}

std::string regionName(const app::AppState& state, const std::string& code) {
    const Region* r = state.work.regions.region(code);
    if (!r) return code;
    return state.zh() || r->nameEn.empty() ? r->nameZh : r->nameEn;
}

std::string stateLabel(const app::AppState& state, CardState s) {
    return tr(state, "workflow.card_state." + std::string(enumId(s)));
}

std::string classLabel(const app::AppState& state, CardClass c) {
    const CardClassInfo* info = state.work.talent.classInfo(c);
    if (!info) return std::string(cardClassId(c));
    return state.zh() ? info->nameZh : info->nameEn;
}

std::string basisLabel(const app::AppState& state, std::string_view basisId) {
    const EligibilityBasis* b = state.work.talent.basis(basisId);
    if (!b) return std::string(basisId);
    const std::string n = std::to_string(b->number);
    return classLabel(state, b->cardClass) + (state.zh() ? "（" + n + "）" : " (" + n + ")");
}

std::string basisText(const app::AppState& state, const EligibilityBasis& basis) {
    const std::string n = std::to_string(basis.number);
    return (state.zh() ? "（" + n + "）" : "(" + n + ") ") + (state.zh() ? basis.textZh : basis.textEn);
}

std::string labelled(const app::AppState& state, std::string_view key, const std::string& id) {
    return std::string(state.tr(key)) + "##" + id;
}

void timeline(app::AppState& state, Ui& ui, const CardApplication& app) {
    const WorkCalendar& cal = state.work.dueCalendar();
    stepProgress(state, ui, cardProgress(app, employerRegion(state.work.state, app.employer), state.work.regions),
                 measureWidth(Measure::Form));
    text(ui, format(state.tr("ui.timeline.state"), "state", stateLabel(state, app.state)));
    if (const std::string who = holder(state, app); !who.empty())
        text(ui, format(state.tr("ui.timeline.holder"), "who", who));
    if (!app.history.empty()) text(ui, format(state.tr("ui.timeline.since"), "date", app.history.back().at.iso()));
    auto due = dueDate(app.clock, cal);
    auto left = workingDaysLeft(app.clock, state.work.today, cal);
    if (!due || !left) {
        textColored(ui, colour(Tone::Warning), state.tr(!due ? due.error().key : left.error().key));
    } else if (due->has_value()) {
        wrappedText(ui, dueLine(state, app.clock, **due));
        if (left->has_value()) {
            text(ui, countText(state.i18n, "ui.timeline.days_left", "n", **left));
            clockChip(state, ui, app.clock);
        }
    } else if (app.clock.started() && app.clock.suspended() && left->has_value()) {
        // The card's limits are fixed (S5.1): the clock stops only while the
        // application is back with the employer for revision.
        wrappedText(ui, countText(state.i18n, "ui.timeline.clock_paused", "n", **left), 0, colour(Tone::Muted));
    } else if (isOpen(app)) {
        wrappedText(ui, state.tr("ui.timeline.clock_not_started"), 0, colour(Tone::Muted));
    }
    for (const auto& r : app.reasons) // kept by the core while the application is returned or rejected
        wrappedText(ui, format(state.tr("ui.timeline.reason"), "reason", r), 0, colour(Tone::Warning));
    evidenceList(state, ui, state.work.talent.basis(app.basis), app.evidence);
    ImGui::Dummy(ImVec2(0, space::kTight));
    textColored(ui, colour(Tone::Muted), state.tr("ui.timeline.history"));
    for (auto it = app.history.rbegin(); it != app.history.rend(); ++it) {
        const std::string who = actorName(state, it->actor);
        std::string line = it->at.iso() + "  " + (who.empty() ? "" : who + " ") + tr(state, "workflow.command." + it->command) +
                           " → " + tr(state, "workflow.card_state." + it->to);
        if (!it->window.empty()) line += " · " + regionName(state, it->window);
        wrappedText(ui, line);
    }
}

const CardApplication* latestApplication(const app::AppState& state, const std::string& talent) {
    const CardApplication* best = nullptr;
    for (const auto& [id, a] : state.work.state.cardApplications)
        if (a.talent == talent && (!best || a.submittedOn > best->submittedOn || (a.submittedOn == best->submittedOn && a.id > best->id)))
            best = &a;
    return best;
}

} // namespace huicai::ui
