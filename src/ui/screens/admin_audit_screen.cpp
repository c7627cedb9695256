// The console's audit trail (#/admin/audit): every command the server applied, with
// its actor, time and records, newest first, filtered by unit, actor, record and
// dates, a page at a time, and exported whole as a CSV file (GET /api/v1/admin/audit).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/account_policy.h"
#include "ui/theme.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

void filters(app::AppState& state, Ui& ui, float width) {
    auto& q = state.console.auditQuery;
    const auto problems = app::checkAuditQuery(q);
    struct Field {
        const char* id;
        const char* label;
        const char* hint;
        std::string* value;
        const char* name;
    };
    const Field fields[] = {
        {"##audit-unit", "ui.audit.unit", "ui.audit.unit_hint", &q.unit, "unit"},
        {"##audit-actor", "ui.audit.actor", "ui.audit.actor_hint", &q.actor, "actor"},
        {"##audit-record", "ui.audit.record", "ui.audit.record_hint", &q.record, "record"},
        {"##audit-from", "ui.audit.from", "ui.audit.date_hint", &q.from, "from"},
        {"##audit-to", "ui.audit.to", "ui.audit.date_hint", &q.to, "to"},
    };
    const float half = state.narrow ? width : (width - ImGui::GetStyle().ItemSpacing.x) / 2;
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        const auto& f = fields[i];
        if (!state.narrow && i % 2 == 1) ImGui::SameLine();
        ImGui::BeginGroup();
        fieldLabel(state, ui, f.label);
        searchField(ui, f.id, state.tr(f.hint), *f.value, half);
        fieldProblem(state, ui, problems, f.name, f.label, half, true);
        ImGui::EndGroup();
    }
    ImGui::BeginDisabled(!problems.empty());
    if (button(ui, labelled(state, "ui.audit.search", "audit-search"))) {
        q.offset = 0;
        ui.request(app::LoadAudit{});
    }
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.audit.export", "audit-export"))) ui.request(app::ExportAudit{});
    ImGui::EndDisabled();
    callOutcome(state, ui, state.console.exportCall, width);
}

void page(app::AppState& state, Ui& ui, float width) {
    auto& c = state.console;
    callOutcome(state, ui, c.auditCall, width);
    if (!c.audit) return;
    const auto& p = *c.audit;
    const int first = p.entries.empty() ? 0 : c.auditQuery.offset + 1;
    const int last = c.auditQuery.offset + static_cast<int>(p.entries.size());
    heading(ui, format(format(format(state.tr("ui.audit.count"), "first", std::to_string(first)), "last", std::to_string(last)),
                       "total", std::to_string(p.total)));
    for (const auto& e : p.entries) {
        ImGui::Separator();
        text(ui, e.at + " · " + std::string(state.tr("workflow.command." + e.command)));
        std::string records;
        for (const auto& r : e.records) records += (records.empty() ? "" : ", ") + r;
        wrappedText(ui, e.actor + " (" + e.role + (e.unit.empty() ? "" : ", " + e.unit) + ")", width, colour(Tone::Muted));
        if (!records.empty()) wrappedText(ui, records, width, colour(Tone::Muted));
    }
    ImGui::Separator();
    if (c.auditQuery.offset > 0) {
        if (button(ui, labelled(state, "ui.audit.previous", "audit-previous"))) {
            c.auditQuery.offset = std::max(0, c.auditQuery.offset - c.auditQuery.limit);
            ui.request(app::LoadAudit{});
        }
        if (p.more) ImGui::SameLine();
    }
    if (p.more && button(ui, labelled(state, "ui.audit.next", "audit-next"))) {
        c.auditQuery.offset += c.auditQuery.limit;
        ui.request(app::LoadAudit{});
    }
}

} // namespace

void adminAuditScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = state.work.actor();
    if (!consoleGate(state, ui, actor && readsAudit(*actor))) return;
    auto& c = state.console;
    heading(ui, state.tr("ui.audit.title"));
    consoleTabs(state, ui);
    const float width = measureWidth(Measure::Reading);
    if (!state.work.server()) {
        wrappedText(ui, state.tr("ui.console.server_only"), width, colour(Tone::Muted));
        return;
    }
    if (!c.audit && !c.auditCall.busy && c.auditCall.error.empty()) ui.request(app::LoadAudit{});
    filters(state, ui, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    page(state, ui, width);
}

} // namespace huicai::ui
