// The console's holiday years (#/admin/holidays). The working-day time limits count
// the official days off and make-up working days of each year; a year not yet loaded
// is counted Monday to Friday and every deadline in it shows as provisional. The
// administrator pastes the State Council's notice for a year (or ISO dates, a line
// each), sees what was read and, before saving, which open deadlines would move and by
// how much (the server's answer, over every record: app::CheckHolidays); saving is
// the LoadHolidayYear command, which syncs to every client. A year already loaded can
// be loaded again when the notice is amended.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/account_policy.h"
#include "ui/theme.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <cstdlib>

namespace huicai::ui {

namespace {

std::string dateList(const std::vector<Date>& days) {
    std::string out;
    for (const Date& d : days) out += (out.empty() ? "" : ", ") + d.iso().substr(5);
    return out;
}

void yearsLoaded(app::AppState& state, Ui& ui, float width) {
    heading(ui, state.tr("ui.holidays.years"));
    const auto& loaded = state.work.state.holidayYears;
    for (int y : state.work.calendar.years())
        if (!loaded.count(y)) wrappedText(ui, format(state.tr("ui.holidays.year_reference"), "year", std::to_string(y)), width);
    for (const auto& [y, h] : loaded)
        wrappedText(ui,
                    format(format(format(state.tr("ui.holidays.year_loaded"), "year", std::to_string(y)), "off",
                                  std::to_string(h.off.size())),
                           "work", std::to_string(h.work.size())),
                    width);
    const int next = state.work.today.year() + 1;
    if (!state.work.dueCalendar().hasYear(next))
        wrappedText(ui, format(state.tr("ui.holidays.year_missing"), "year", std::to_string(next)), width, colour(Tone::Warning));
}

void preview(app::AppState& state, Ui& ui, float width) {
    auto& f = state.console.holidays;
    if (!f.checked) return;
    if (!f.notice) {
        const std::string message = state.errorText(f.notice.error().key, f.notice.error().detail);
        notice(ui, format(state.tr("ui.console.refused"), "message", message), Tone::Danger, width);
        return;
    }
    const auto& n = *f.notice;
    wrappedText(ui, format(format(state.tr("ui.holidays.read"), "off", std::to_string(n.off.size())), "work", std::to_string(n.work.size())),
                width, colour(Tone::Primary));
    wrappedText(ui, state.tr("ui.holidays.off") + std::string(": ") + dateList(n.off), width);
    wrappedText(ui, state.tr("ui.holidays.work") + std::string(": ") + dateList(n.work), width);
    ImGui::Dummy(ImVec2(0, space::kTight));
    if (f.previewCall.busy || !f.previewCall.error.empty()) {
        callOutcome(state, ui, f.previewCall, width);
    } else if (f.shifts.empty()) {
        wrappedText(ui, state.tr("ui.holidays.no_shift"), width, colour(Tone::Muted));
    } else {
        wrappedText(ui, countText(state.i18n, "ui.holidays.shifts", "count", f.shifts.size()), width);
        for (const auto& s : f.shifts) {
            const int days = s.after - s.before;
            wrappedText(ui,
                        format(format(format(format(format(state.i18n.trCount("ui.holidays.shift", std::abs(days)), "what", state.tr(s.what)), "record", s.record),
                                             "before", s.before.iso()),
                                      "after", s.after.iso()),
                               "days", (days > 0 ? "+" : "") + std::to_string(days)),
                        width, colour(Tone::Muted));
        }
    }
    const bool stale = f.checkedText != f.text || f.checkedYear != f.year;
    ImGui::BeginDisabled(stale || f.previewCall.busy);
    if (button(ui, labelled(state, "ui.holidays.save", "holidays-save"))) {
        LoadHolidayYear p;
        p.year = n.year;
        p.off = n.off;
        p.work = n.work;
        ui.request(app::RunCommand{p});
        f.checked = false;
    }
    ImGui::EndDisabled();
    if (stale) wrappedText(ui, state.tr("ui.holidays.stale"), width, colour(Tone::Muted));
}

} // namespace

void adminHolidaysScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = state.work.actor();
    if (!consoleGate(state, ui, actor && loadsHolidays(*actor))) return;
    auto& f = state.console.holidays;
    heading(ui, state.tr("ui.holidays.title"));
    consoleTabs(state, ui);
    const float width = measureWidth(Measure::Form);
    wrappedText(ui, state.tr("ui.holidays.intro"), width, colour(Tone::Muted));
    yearsLoaded(state, ui, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, state.tr("ui.holidays.enter"));
    const auto problems = app::checkHolidayYear(f.year);
    fieldLabel(state, ui, "ui.holidays.year");
    searchField(ui, "##holidays-year", state.tr("ui.holidays.year_hint"), f.year, 120);
    fieldProblem(state, ui, problems, "year", "ui.holidays.year", width, true);
    fieldLabel(state, ui, "ui.holidays.notice");
    multilineField(ui, "##holidays-text", state.tr("ui.holidays.notice_hint"), f.text, width, 180);
    ImGui::BeginDisabled(!problems.empty() || f.text.empty());
    if (button(ui, labelled(state, "ui.holidays.check", "holidays-check"))) ui.request(app::CheckHolidays{});
    ImGui::EndDisabled();
    preview(state, ui, width);
}

} // namespace huicai::ui
