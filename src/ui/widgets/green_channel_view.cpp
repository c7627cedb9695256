// Implements the green-channel pieces.
#include "ui/widgets/green_channel_view.h"

#include "core/deadline.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

namespace huicai::ui {

void localSchemeFacts(app::AppState& state, Ui& ui, const LocalScheme& s) {
    cappedText(ui, s.name + " · " + regionName(state, s.window), 2);
    wrappedText(ui, format(state.tr("ui.green.requirements"), "text", s.requirements));
    wrappedText(ui, format(state.tr("ui.green.procedure"), "text", s.procedure));
    std::string services;
    for (const auto& i : s.items) services += (services.empty() ? "" : "、") + i;
    wrappedText(ui, format(state.tr("ui.green.services"), "list", services));
    textColored(ui, colour(Tone::Muted), countText(state.i18n, "ui.green.days", "days", s.timeLimitDays) + " · " + format(state.tr("ui.green.published"), "date", s.publishedOn.iso()));
}

std::string localCredentialLine(app::AppState& state, const LocalCredential& c) {
    std::string line = std::string(state.tr("workflow.local_credential_state." + std::string(enumId(c.state))));
    switch (c.state) {
    case LocalCredentialState::Applied: {
        line += " " + c.appliedOn.iso();
        const auto due = dueDate(c.clock, state.work.dueCalendar());
        if (due && *due) line += " · " + format(state.tr("ui.green.due"), "date", (*due)->iso());
        break;
    }
    case LocalCredentialState::Issued:
        line += " " + (c.issuedOn ? c.issuedOn->iso() : std::string()) + " · " + format(state.tr("ui.green.number"), "number", c.number);
        break;
    case LocalCredentialState::Refused: {
        line += " " + (c.refusedOn ? c.refusedOn->iso() : std::string());
        for (const auto& r : c.reasons) line += " · " + r;
        break;
    }
    }
    return line;
}

} // namespace huicai::ui
