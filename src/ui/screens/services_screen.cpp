// The talent's services (#/services): what the Huicai Card entitles them to today —
// the provincial items plus the services of the city and county schemes where the
// talent's employer is, stacked through the card (S5.1 叠加) — and the services of each
// local credential held (S5.2), each scheme with where it comes from; booking a direct service with one of the item's agencies for a
// date (S7.3); the bookings; the service requests filed for them as timelines (who
// has it now, time limit left with the deadline chip); rating each finished service
// (S7.4 (4)); sending a problem or suggestion to their unit's window, and where each
// one sent is now (S6.2.1).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/workflow_credentials.h"
#include "ui/theme.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/problem_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

struct BookingForm {
    std::string item, agency;
    int stars = 5;
};

void bookingForm(app::AppState& state, Ui& ui, BookingForm& b) {
    const ServiceItem* item = state.catalog.item(b.item);
    if (!item) return;
    ImGui::Indent(space::kGroup);
    textColored(ui, colour(Tone::Muted), state.tr("ui.service.agency"));
    if (std::find(item->agencies.begin(), item->agencies.end(), b.agency) == item->agencies.end())
        b.agency = item->agencies.empty() ? std::string() : item->agencies.front();
    for (const auto& a : item->agencies) {
        if (choiceButton(ui, agencyName(state, a) + "##agency-" + a, a == b.agency)) b.agency = a;
    }
    std::string& date = serviceField(state, "book-date");
    if (date.empty()) date = (state.work.today + 1).iso();
    searchField(ui, "##book-date", state.tr("ui.service.date_hint"), date, measureWidth(Measure::Field));
    const auto parsed = Date::parse(date);
    if (!parsed) fieldError(ui, state.tr("ui.service.date_invalid"));
    if (button(ui, labelled(state, "workflow.command.BookDirectService", "book-confirm")) && parsed && !b.agency.empty()) {
        const std::string id = state.work.newId("BK", state.work.state.bookings.size());
        ui.request(app::RunCommand{BookDirectService{id, b.item, b.agency, *parsed}, [&b, &date] {
                                       b.item.clear();
                                       date.clear();
                                   }});
    }
    ImGui::Unindent(space::kGroup);
}

void itemRow(app::AppState& state, Ui& ui, const std::string& code, BookingForm& b) {
    const ServiceItem* item = state.catalog.item(code);
    if (!item) return;
    wrappedText(ui, "· " + itemName(state, code));
    if (!isDirectMode(item->mode) || item->agencies.empty()) return;
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.service.book", "book-" + code))) b.item = b.item == code ? std::string() : code;
    if (b.item == code) bookingForm(state, ui, b);
}

void entitlements(app::AppState& state, Ui& ui, const std::string& talent, BookingForm& b) {
    const Entitlements e = entitlementsOf(state.work.state, talent, state.work.today, state.catalog, state.work.regions);
    if (e.card.empty()) {
        wrappedText(ui, state.tr("ui.service.no_card"), 0, colour(Tone::Warning));
    } else {
        heading(ui, format(state.tr("ui.service.entitled"), "card", e.card));
        for (const auto& code : e.provincialItems) itemRow(state, ui, code, b);
    }
    // The city and county schemes: stacked through the card, or by a credential held (S5.1, S5.2).
    for (const auto& local : e.local) {
        ImGui::Dummy(ImVec2(0, space::kTight));
        const auto scheme = state.work.state.localSchemes.find(local.scheme);
        std::string source = local.viaCard ? std::string(state.tr("ui.service.local_via_card")) : std::string();
        if (!local.credential.empty())
            source += (source.empty() ? "" : " · ") + format(state.tr("ui.service.local_credential"), "number", local.credential);
        textColored(ui, colour(Tone::Muted), (scheme == state.work.state.localSchemes.end() ? local.scheme : scheme->second.name) + " · " + regionName(state, local.window) + " · " + source);
        for (const auto& service : local.items) wrappedText(ui, "· " + service);
    }
}

void talentBookings(app::AppState& state, Ui& ui, const std::string& talent) {
    bool any = false;
    for (const auto& [id, bk] : state.work.state.bookings) {
        if (bk.talent != talent) continue;
        if (!any) {
            ImGui::Dummy(ImVec2(0, space::kItem));
            heading(ui, state.tr("ui.service.my_bookings"));
            any = true;
        }
        text(ui, "· " + itemName(state, bk.item) + " · " + agencyName(state, bk.agency) + " · " +
                     format(state.tr("ui.service.booked_for"), "date", bk.forDate.iso()) + " · " +
                     state.tr("workflow.booking_state." + std::string(enumId(bk.state))));
    }
}

void rateForm(app::AppState& state, Ui& ui, const ServiceRequest& r, BookingForm& b) {
    const float width = measureWidth(Measure::Form);
    textColored(ui, colour(Tone::Muted), state.tr("ui.service.rate_prompt"));
    for (int s = 1; s <= 5; ++s) {
        if (s > 1) ImGui::SameLine(0, 4);
        if (choiceButton(ui, std::to_string(s) + "★##star-" + std::to_string(s) + "-" + r.id, b.stars == s)) b.stars = s;
    }
    std::string& comment = serviceField(state, "rate-" + r.id);
    searchField(ui, ("##rate-" + r.id).c_str(), state.tr("ui.service.comment_hint"), comment, width);
    if (button(ui, labelled(state, "workflow.command.RateService", "rate-" + r.id))) {
        ui.request(app::RunCommand{RateService{r.id, b.stars, comment}, [&comment] { comment.clear(); }});
    }
}

} // namespace

void servicesScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.service.talent_title"));
    if (!roleGate(state, ui, Role::Talent, "talent")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    if (button(ui, labelled(state, "ui.service.to_card_application", "to-talent")))
        ui.request(app::Navigate{app::Route{app::Screen::Talent, {}}});
    BookingForm& b = screenForm<BookingForm>(state, "services.booking");
    const std::string& talent = actor->scope;
    std::vector<const ServiceRequest*> requests;
    for (const auto& [id, r] : state.work.state.requests)
        if (r.talent == talent) requests.push_back(&r);
    // To rate first, then the newest.
    auto toRate = [&](const ServiceRequest* r) {
        return findOffer(state.offersOn(recordKey("request", r->id)), "RateService") != nullptr;
    };
    std::stable_sort(requests.begin(), requests.end(), [&](const ServiceRequest* a, const ServiceRequest* c) {
        const bool ra = toRate(a), rc = toRate(c);
        if (ra != rc) return ra;
        return a->filedOn > c->filedOn;
    });
    heading(ui, state.tr("ui.service.my_requests"));
    for (const ServiceRequest* r : requests) {
        ImGui::Separator();
        text(ui, r->id + " · " + itemName(state, r->item));
        requestTimeline(state, ui, *r);
        if (toRate(r)) rateForm(state, ui, *r, b);
    }
    if (requests.empty()) wrappedText(ui, state.tr("ui.service.no_requests"), 0, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kItem));
    entitlements(state, ui, talent, b);
    talentBookings(state, ui, talent);
    ImGui::Dummy(ImVec2(0, space::kItem));
    problemsAndSuggestions(state, ui, *actor, {});
}

} // namespace huicai::ui
