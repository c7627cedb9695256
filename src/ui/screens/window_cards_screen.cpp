// The Huicai Cards issued in the window's area (#/window/cards, S5.1, S7.1): each card
// with its number, holder, class, validity and status (a revoked card with the day,
// the window and the reason), newest first and narrowed by a filter on the holder's
// name or the number; where the core offers it (the window that issued the card, or
// one above it), the card is revoked with a reason, and the next sync carries the
// revocation to every agency that checks cards offline.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <map>

namespace huicai::ui {

namespace {

struct CardsForm {
    std::string filter;
    std::map<std::string, std::string> reasons; // card number → reason typed
};

std::string statusLine(const app::AppState& state, const Card& c) {
    if (c.status == CardStatus::Valid)
        return format(state.tr("ui.cards.valid_until"), "date", c.validUntil.iso());
    auto r = state.work.state.revocations.find(c.number);
    if (r == state.work.state.revocations.end()) return state.tr("ui.cards.revoked");
    return format(format(format(state.tr("ui.cards.revoked_line"), "date", r->second.on.iso()), "window",
                         regionName(state, r->second.window)),
                  "reason", r->second.reason);
}

void cardRow(app::AppState& state, Ui& ui, CardsForm& f, const Card& c) {
    ImGui::Separator();
    cappedText(ui, c.number + " · " + talentName(state, c.holder) + " · " + classLabel(state, c.cardClass), 2);
    cappedText(ui, statusLine(state, c), 2, c.status == CardStatus::Valid ? colour(Tone::Success) : colour(Tone::Warning));
    const std::vector<Offer>& offers = state.offersOn(recordKey("card", c.number));
    if (!findOffer(offers, "RevokeCard")) return;
    std::string& reason = f.reasons[c.number];
    const float width = measureWidth(Measure::Form);
    searchField(ui, ("##revoke-reason-" + c.number).c_str(), state.tr("ui.cards.reason_hint"), reason,
                state.narrow ? width : width * 0.7f);
    if (!state.narrow) ImGui::SameLine();
    ImGui::BeginDisabled(reason.empty());
    if (offerButton(state, ui, offers, "RevokeCard", "revoke-" + c.number))
        ui.request(app::RunCommand{RevokeCard{c.number, reason}, [&reason] { reason.clear(); }});
    ImGui::EndDisabled();
}

} // namespace

void windowCardsScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.cards.title");
    if (!actor) return;
    CardsForm& f = screenForm<CardsForm>(state, "window_cards");
    searchField(ui, "##cards-filter", state.tr("ui.cards.filter_hint"), f.filter,
                measureWidth(Measure::Form));
    std::vector<const Card*> rows;
    for (const auto& [number, c] : state.work.state.cards) {
        auto app = state.work.state.cardApplications.find(c.application);
        const std::string window = app == state.work.state.cardApplications.end() ? std::string() : app->second.window;
        if (!state.work.regions.isWithin(window, actor->scope)) continue; // the cards of the window's area
        if (rowMatches(f.filter, {number, talentName(state, c.holder)})) rows.push_back(&c);
    }
    std::sort(rows.begin(), rows.end(), [](const Card* a, const Card* b) {
        return a->issuedOn != b->issuedOn ? a->issuedOn > b->issuedOn : a->number > b->number;
    });
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.cards.none"));
        return;
    }
    clippedList(static_cast<int>(rows.size()), blockHeight(4, 1), [&](int i) { cardRow(state, ui, f, *rows[static_cast<size_t>(i)]); });
}

} // namespace huicai::ui
