// The handling specialist's inbox (#/handling): the department tasks assigned to the
// acting handling agency, sorted by working days left with a deadline chip, to handle
// and record the result (granted or not) or to explain as overdue with a new date
// (S7.4 (3), (5)); the direct services booked with the agency, served when the card is
// shown (S7.3); the hotline and website requests forwarded to it, resolved with a
// note (S6.2.3); and the complaint items of its items that a window sent back to its
// department, which the agency answers too (S8.1.2 (1)).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "ui/theme.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/attachment_field.h"
#include "ui/widgets/complaint_view.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

// The tasks handed to the agency as rows; the selected one (beside them on a desk, a
// page of its own on a phone) with the talent's materials, its time limit and the
// result or overdue forms the core offers.
void tasks(app::AppState& state, Ui& ui, const std::string& agency, const std::string& filter, std::string& selected) {
    const auto inbox = taskInbox(state, filter, [&](const DepartmentTask& k) { return k.agency == agency; });
    auto find = [&] {
        return std::find_if(inbox.begin(), inbox.end(), [&](const DepartmentTask* k) { return k->id == selected; });
    };
    keepSelection(state, selected, find() != inbox.end(), inbox.empty() ? std::string() : inbox.front()->id);
    if (inbox.empty()) {
        emptyState(ui, state.tr("ui.service.inbox_empty"));
        return;
    }
    auto list = [&] {
        auto row = [&](int i) { return taskRow(state, *inbox[static_cast<size_t>(i)], true); };
        auto isSelected = [&](int i) { return inbox[static_cast<size_t>(i)]->id == selected; };
        if (const int hit =
                recordList(ui, "##handling-tasks", static_cast<int>(inbox.size()), state.narrow ? 6 : 8, row, isSelected);
            hit >= 0)
            selected = inbox[static_cast<size_t>(hit)]->id;
    };
    auto detail = [&] {
        auto it = find();
        if (it == inbox.end()) return;
        const DepartmentTask& k = **it;
        auto r = state.work.state.requests.find(k.request);
        heading(ui, r == state.work.state.requests.end() ? k.request : requestHeader(state, r->second), TextStyle::Heading,
                Tone::Text);
        if (r != state.work.state.requests.end()) {
            if (const std::string m = freeTextEntries(r->second.materials); !m.empty())
                wrappedText(ui, format(state.tr("ui.service.materials_list"), "list", m), 0, colour(Tone::Muted));
            attachmentLinks(state, ui, r->second.materials);
        }
        taskLines(state, ui, k);
        const auto& offers = taskOffers(state, k);
        handlingForm(state, ui, offers, k);
        overdueForm(state, ui, offers, k);
    };
    masterDetail(state, ui, "##handling-inbox", selected, "ui.list.select_hint", list, detail);
}

void agencyBookings(app::AppState& state, Ui& ui, const std::string& agency) {
    bool any = false;
    for (const auto& [id, b] : state.work.state.bookings) {
        if (b.agency != agency) continue;
        if (!any) {
            ImGui::Dummy(ImVec2(0, space::kItem));
            heading(ui, state.tr("ui.service.bookings_title"));
            any = true;
        }
        ImGui::Separator();
        text(ui, id + " · " + talentName(state, b.talent) + " · " + itemName(state, b.item));
        std::string line = format(state.tr("ui.service.booked_for"), "date", b.forDate.iso()) + " · " + b.card + " · " +
                           state.tr("workflow.booking_state." + std::string(enumId(b.state)));
        text(ui, line);
        if (offerButton(state, ui, state.offersOn(recordKey("booking", id)), "ServeBooking", "serve-" + id))
            ui.request(app::RunCommand{ServeBooking{id}});
    }
}

void agencyHotlines(app::AppState& state, Ui& ui, const std::string& agency) {
    bool any = false;
    const float width = measureWidth(Measure::Form);
    for (const auto& [id, h] : state.work.state.hotline) {
        if (h.agency != agency) continue;
        if (!any) {
            ImGui::Dummy(ImVec2(0, space::kItem));
            heading(ui, state.tr("ui.service.hotline_title"));
            any = true;
        }
        ImGui::Separator();
        text(ui, id + " · " + state.tr("workflow.channel." + std::string(enumId(h.channel))) + " · " +
                     state.tr("workflow.hotline_state." + std::string(enumId(h.state))));
        if (!h.talent.empty()) text(ui, talentName(state, h.talent));
        wrappedText(ui, h.content);
        const auto& offers = state.offersOn(recordKey("hotline", id));
        if (findOffer(offers, "ResolveHotlineRequest")) {
            std::string& note = serviceField(state, "resolve-" + id);
            searchField(ui, ("##resolve-" + id).c_str(), state.tr("ui.service.resolution_hint"), note, width);
            if (offerButton(state, ui, offers, "ResolveHotlineRequest", "resolve-" + id)) {
                ui.request(app::RunCommand{ResolveHotlineRequest{id, note}, [&note] { note.clear(); }});
            }
        } else if (!h.resolution.empty()) {
            wrappedText(ui, format(state.tr("ui.service.resolution"), "text", h.resolution), 0, colour(Tone::Success));
        }
    }
}

} // namespace

void handlingScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.service.handling_title"));
    if (!roleGate(state, ui, Role::HandlingSpecialist, "handling")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    std::string& selected = serviceField(state, "selected-handling");
    // On a phone an open task is a page of its own.
    const bool taskPage = state.narrow && !selected.empty();
    wrappedText(ui, agencyName(state, actor->scope), 0, colour(Tone::Muted)); // a long name (several stations) wraps
    if (!taskPage) {
        if (button(ui, labelled(state, "ui.card.verify.title", "to-verify")))
            ui.request(app::Navigate{app::Route{app::Screen::Verify, {}}});
        if (!state.narrow) ImGui::SameLine();
        if (button(ui, labelled(state, "ui.grading.nav", "to-grading")))
            ui.request(app::Navigate{app::Route{app::Screen::UnitGrading, {}}});
    }
    std::string& filter = serviceField(state, "filter-handling");
    if (!taskPage) filterField(state, ui, "##filter-handling", filter);
    tasks(state, ui, actor->scope, filter, selected);
    if (taskPage) return;
    agencyBookings(state, ui, actor->scope);
    agencyHotlines(state, ui, actor->scope);
    complaintsToAnswer(
        state, ui,
        [&](const ComplaintItem& c) { return std::find(c.agencies.begin(), c.agencies.end(), actor->scope) != c.agencies.end(); },
        "ui.complaint.agency_title");
}

} // namespace huicai::ui
