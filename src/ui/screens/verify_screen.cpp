// The handling agency's card check (#/verify): the QR payload of a talent's e-card,
// scanned or typed into one field, is checked on this device against the province's
// signature with the public keys and the revocation list of the workspace, on the
// workspace's date (core/card_payload.h, seal/ed25519.h), whether or not the card is
// in its records; the verdict shows as valid, valid and on record, or not valid with
// why (altered, unsigned, unknown key, revoked, expired, ...), with the signed card
// number, class, validity and masked holder. Card-shown services (A13-A18) start
// from this check.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/card_payload.h"
#include "seal/ed25519.h"
#include "ui/theme.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <optional>

namespace huicai::ui {

namespace {

// The form's transient fields: what was typed, and the verdict for that text.
struct VerifyForm {
    std::string input;
    std::string checked; // the input the verdict is for
    std::optional<CardVerification> result;
};

void verdictPanel(app::AppState& state, Ui& ui, const CardVerification& v, float width) {
    const char* key = v.verdict == CardVerdict::Valid        ? "ui.card.verify.valid"
                      : v.verdict == CardVerdict::ValidKnown ? "ui.card.verify.valid_known"
                                                             : "ui.card.verify.not_valid";
    const ImU32 ink = v.verdict == CardVerdict::NotValid ? colour(Tone::Warning) : colour(Tone::Success);
    const std::string verdict = state.tr(key);
    ui.fonts.note(verdict);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(verdict.c_str());
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x + 16, pos.y + size.y + 8), ink, 6);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 8, pos.y + 4));
    textColored(ui, colour(Tone::OnPrimary), verdict);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + size.y + 12));
    if (!v.reason.empty()) wrappedText(ui, state.tr(v.reason), width, ink);
    // Facts that failed the signature check are not shown: they are what a forger wrote.
    if (!v.signedFacts) return;
    wrappedText(ui, format(state.tr("ui.card.verify.signed"), "key", v.keyId), width, colour(Tone::Muted));
    if (v.verdict == CardVerdict::Valid) wrappedText(ui, state.tr("ui.card.verify.not_in_records"), width, colour(Tone::Muted));
    text(ui, format(state.tr("ui.card.number"), "number", v.number));
    text(ui, format(state.tr("ui.card.class"), "class", classLabel(state, v.cardClass)));
    if (!v.maskedHolder.empty()) text(ui, format(state.tr("ui.card.holder"), "name", v.maskedHolder));
    text(ui, format(state.tr("ui.card.verify.until"), "date", v.validUntil.iso()));
}

} // namespace

void verifyScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.card.verify.title"));
    if (!roleGate(state, ui, Role::HandlingSpecialist, "handling")) return;
    VerifyForm& f = screenForm<VerifyForm>(state, "verify");
    const float width = measureWidth(Measure::Form);
    wrappedText(ui, state.tr("ui.card.verify.intro"), width, colour(Tone::Muted));
    searchField(ui, "##verify-payload", state.tr("ui.card.verify.hint"), f.input, width);
    if (f.result && f.input != f.checked) f.result.reset(); // the verdict was for another text
    ImGui::BeginDisabled(f.input.empty());
    const bool pressed = button(ui, labelled(state, "ui.card.verify.check", "verify"));
    ImGui::EndDisabled();
    if (pressed && !f.input.empty()) {
        f.checked = f.input;
        f.result = verifyCardPayload(state.work.state, f.input, state.work.today, seal::verify);
    }
    ImGui::Dummy(ImVec2(0, space::kItem));
    if (f.result) verdictPanel(state, ui, *f.result, width);
}

} // namespace huicai::ui
