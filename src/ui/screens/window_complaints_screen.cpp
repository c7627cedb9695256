// The window's complaint items (#/window/complaints, S8.1.2 (1)): where complaints
// concentrate on one service item, the window sends the item back to its competent
// department with the number of complaints and what they say; the department answers
// on its own inbox, and the item's handling agencies under it on theirs; the window
// closes the item once the department has answered. A form to flag an item
// (the item found by its name or code, one of its competent departments, the number
// of complaints, a summary), checked before it is sent, and the window's complaint
// items, newest first, each with its state, the answers and Close
// when the core offers it.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/access.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/complaint_view.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

constexpr size_t kItemChoices = 6; // items offered at once; the filter narrows the rest

struct ComplaintForm {
    std::string itemFilter, item, department, count, summary;
    std::string hint; // i18n key of the form's own check, or empty
};

void itemChoice(app::AppState& state, Ui& ui, ComplaintForm& f, float width) {
    textColored(ui, colour(Tone::Muted), state.tr("ui.complaint.item"));
    searchField(ui, "##complaint-item-filter", state.tr("ui.complaint.item_filter_hint"), f.itemFilter, width);
    startChoices();
    size_t shown = 0;
    for (const ServiceItem& i : state.catalog.items()) {
        if (shown == kItemChoices) break;
        if (!rowMatches(f.itemFilter, {i.code, i.nameZh, i.nameEn}) && i.code != f.item) continue;
        ++shown;
        if (choice(ui, itemName(state, i.code) + "##complaint-item-" + i.code, f.item == i.code) && f.item != i.code) {
            f.item = i.code;
            f.department = i.departments.size() == 1 ? i.departments.front() : std::string();
        }
    }
    const ServiceItem* item = state.catalog.item(f.item);
    if (!item) return;
    textColored(ui, colour(Tone::Muted), state.tr("ui.complaint.department"));
    startChoices();
    for (const auto& d : item->departments)
        if (choice(ui, departmentName(state, d) + "##complaint-dept-" + d, f.department == d)) f.department = d;
}

void flagForm(app::AppState& state, Ui& ui, ComplaintForm& f) {
    heading(ui, state.tr("ui.complaint.form_title"));
    const float width = measureWidth(Measure::Form);
    itemChoice(state, ui, f, width);
    searchField(ui, "##complaint-count", state.tr("ui.complaint.count_hint"), f.count, measureWidth(Measure::Field));
    searchField(ui, "##complaint-summary", state.tr("ui.complaint.summary_hint"), f.summary, width);
    if (!button(ui, labelled(state, "workflow.command.FlagComplaintItem", "flag-complaint"))) {
        if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
        return;
    }
    const auto count = positiveNumber(f.count);
    if (f.item.empty() || f.department.empty()) {
        f.hint = "ui.complaint.need_item";
    } else if (!count) {
        f.hint = "ui.complaint.need_count";
    } else if (f.summary.empty()) {
        f.hint = "ui.complaint.need_summary";
    } else {
        f.hint.clear();
        const std::string id = state.work.newId("K", state.work.state.complaints.size());
        ui.request(app::RunCommand{FlagComplaintItem{id, f.item, f.department, *count, f.summary}, [&f] {
                                       f.count.clear();
                                       f.summary.clear();
                                   }});
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

void complaintList(app::AppState& state, Ui& ui, const Actor& actor) {
    heading(ui, state.tr("ui.complaint.list_title"));
    std::vector<const ComplaintItem*> rows;
    for (const auto& [id, c] : state.work.state.complaints)
        if (visible(actor, recordKey("complaint", id), state.work.state, state.work.regions)) rows.push_back(&c);
    std::sort(rows.begin(), rows.end(), [](const ComplaintItem* a, const ComplaintItem* b) {
        return a->flaggedOn != b->flaggedOn ? a->flaggedOn > b->flaggedOn : a->id > b->id;
    });
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.complaint.none"));
        return;
    }
    clippedList(static_cast<int>(rows.size()), blockHeight(6, 1), [&](int i) {
        const ComplaintItem& c = *rows[static_cast<size_t>(i)];
        ImGui::Separator();
        cappedText(ui, c.flaggedOn.iso() + " · " + itemName(state, c.item) + " · " + departmentName(state, c.department), 2);
        cappedText(ui, format(countText(state.i18n, "ui.complaint.summary_line", "count", c.complaints), "text", c.summary), 2);
        const std::string status = state.tr("workflow.complaint_state." + std::string(enumId(c.state)));
        cappedText(ui, c.response.empty() ? status : status + " · " + format(state.tr("ui.complaint.response_line"), "text", c.response), 2,
                   c.state == ComplaintState::Closed ? colour(Tone::Muted) : colour(Tone::Warning));
        agencyResponses(state, ui, c);
        if (offerButton(state, ui, state.offersOn(recordKey("complaint", c.id)), "CloseComplaint", "close-" + c.id))
            ui.request(app::RunCommand{CloseComplaint{c.id}});
    });
}

} // namespace

void windowComplaintsScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.complaint.title");
    if (!actor) return;
    flagForm(state, ui, screenForm<ComplaintForm>(state, "window_complaints"));
    ImGui::Dummy(ImVec2(0, space::kItem));
    complaintList(state, ui, *actor);
}

} // namespace huicai::ui
