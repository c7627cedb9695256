// The talent's e-card (#/card): card number, class, holder and validity of the card
// issued to the acting talent (S5.1) — the validity period being this system's own
// policy, which the card says — and its QR code with the payload the province
// signed (core/card_payload.h) that a handling agency checks offline on #/verify.
// Until the signature has reached this device the card says it awaits it; a revoked
// card says so and shows no code.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/card_payload.h"
#include "seal/card_signing.h"
#include "ui/theme.h"
#include "ui/widgets/qr_code.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

void cardScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.card.title"));
    if (!roleGate(state, ui, Role::Talent, "talent")) return;
    const Actor* actor = state.work.actor();
    const Card* card = nullptr;
    for (const auto& [number, c] : state.work.state.cards)
        if (actor && c.holder == actor->scope && (!card || c.issuedOn >= card->issuedOn)) card = &c;
    if (!card) {
        emptyState(ui, state.tr("ui.card.none"));
        return;
    }
    const float width = measureWidth(Measure::Narrow);
    const float lineH = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + lineH * 6 + 24), colour(Tone::Primary), 12);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 16, pos.y + 12));
    ImGui::BeginGroup();
    textColored(ui, colour(Tone::OnPrimary), state.tr("ui.card.name"));
    textColored(ui, colour(Tone::OnPrimary), format(state.tr("ui.card.number"), "number", card->number));
    textColored(ui, colour(Tone::OnPrimary), format(state.tr("ui.card.class"), "class", classLabel(state, card->cardClass)));
    textColored(ui, colour(Tone::OnPrimary), format(state.tr("ui.card.holder"), "name", talentName(state, card->holder)));
    std::string valid = format(state.tr("ui.card.valid"), "from", card->issuedOn.iso());
    textColored(ui, colour(Tone::OnPrimary), format(valid, "until", card->validUntil.iso()));
    textColored(ui, colour(Tone::OnPrimary), state.tr(card->validOn(state.work.today) ? "ui.card.status_valid" : "ui.card.status_invalid"));
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + lineH * 6 + 32));
    ImGui::Dummy(ImVec2(width, 0));
    wrappedText(ui, state.tr("ui.card.validity_policy"), width, colour(Tone::Muted)); // the standard gives no period

    if (card->status == CardStatus::Revoked) {
        const auto rev = state.work.state.revocations.find(card->number);
        wrappedText(ui, format(state.tr("ui.card.revoked"), "reason", rev == state.work.state.revocations.end() ? "" : rev->second.reason),
                    width, colour(Tone::Warning));
        return;
    }
    const std::string payload = encodeCardPayload(*card);
    if (payload.empty()) {
        wrappedText(ui, state.tr("ui.card.awaiting_signature"), width, colour(Tone::Muted));
        return;
    }
    const float side = measureWidth(Measure::Field);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - side) * 0.5f));
    qrCode(ui, payload, std::string(state.tr("ui.card.qr")) + "##card-qr", side);
    wrappedText(ui, state.tr("ui.card.qr_hint"), width, colour(Tone::Muted));
    wrappedText(ui, payload, width, colour(Tone::Muted));
    if (card->seal && card->seal->key == seal::kDemoCardKeyId) wrappedText(ui, state.tr("ui.card.demo_key"), width, colour(Tone::Muted));
}

} // namespace huicai::ui
