// The outbox (#/outbox): the signed-in user's commands that the server has not yet
// accepted, oldest first. Each shows what it does, the day it was made and whether it
// waits to be sent or was refused (with the reason in the user's language); a refused
// one can be tried again or discarded, a waiting one discarded. The whole list can be
// exported as JSON, and a sync started at once; the sync's progress is shown on top.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "ui/theme.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

namespace huicai::ui {

void syncProgressLine(app::AppState& state, Ui& ui) {
    const app::SyncProgress& p = state.work.sync;
    std::string line;
    ImU32 ink = colour(Tone::Muted);
    switch (p.phase) {
    case app::SyncPhase::Idle: line = state.tr(p.lastSyncMs ? "ui.sync.idle" : "ui.sync.never"); break;
    case app::SyncPhase::Pushing:
        line = countText(state.i18n, "ui.sync.pushing", "n", state.pendingChanges);
        break;
    case app::SyncPhase::Pulling:
        line = countText(state.i18n, "ui.sync.pulling", "n", p.recordsInRun);
        break;
    case app::SyncPhase::Waiting:
        line = state.tr("ui.sync.waiting");
        ink = colour(Tone::Warning);
        break;
    case app::SyncPhase::SignedOut:
        line = state.tr("ui.sync.signed_out");
        ink = colour(Tone::Warning);
        break;
    case app::SyncPhase::Stale:
        line = state.tr("ui.sync.stale");
        ink = colour(Tone::Warning);
        break;
    case app::SyncPhase::Stopped:
        line = state.tr("ui.sync.stopped");
        ink = colour(Tone::Warning);
        break;
    }
    wrappedText(ui, line, 0, ink);
    if (p.lastError && p.phase != app::SyncPhase::Idle)
        wrappedText(ui, state.errorText(p.lastError->key, p.lastError->detail), 0, colour(Tone::Muted));
}

void outboxScreen(app::AppState& state, Ui& ui) {
    heading(ui, state.tr("ui.outbox.title"));
    const app::Workspace& d = state.work;
    if (!d.server() || !d.session.valid()) {
        wrappedText(ui, state.tr("ui.outbox.signed_out"), 0, colour(Tone::Muted));
        if (button(ui, labelled(state, "ui.login.sign_in", "outbox-sign-in")))
            ui.request(app::Navigate{app::Route{app::Screen::Login, {}}});
        return;
    }
    syncProgressLine(state, ui);
    ImGui::BeginDisabled(state.readOnly);
    if (button(ui, labelled(state, "ui.outbox.sync_now", "sync-now"))) ui.request(app::SyncNow{});
    ImGui::SameLine();
    ImGui::BeginDisabled(d.outbox.empty());
    if (button(ui, labelled(state, "ui.outbox.export", "outbox-export"))) ui.request(app::ExportOutbox{});
    ImGui::EndDisabled();
    ImGui::Dummy(ImVec2(0, space::kItem));
    if (d.outbox.empty()) emptyState(ui, state.tr("ui.outbox.empty"));
    // Clipped: a client offline for long can hold thousands of entries. Each is three
    // lines: what and when, pending or why it was refused, and its buttons.
    clippedList(static_cast<int>(d.outbox.size()), blockHeight(2, 1), [&](int i) {
        const auto& e = d.outbox[static_cast<size_t>(i)];
        ImGui::Separator();
        const std::string what = state.tr("workflow.command." + e.name);
        text(ui, "#" + std::to_string(e.seq) + " · " + what + " · " + e.at.iso());
        if (e.rejected) {
            const std::string reason = e.error ? state.errorText(e.error->key, e.error->detail) : std::string();
            textColored(ui, colour(Tone::Warning), format(state.tr("ui.outbox.rejected"), "reason", reason));
            if (button(ui, labelled(state, "ui.outbox.retry", "retry-" + std::to_string(e.seq))))
                ui.request(app::RetryOutbox{e.seq});
            ImGui::SameLine();
        } else {
            textColored(ui, colour(Tone::Muted), state.tr("ui.outbox.pending"));
        }
        if (button(ui, labelled(state, "ui.outbox.discard", "discard-" + std::to_string(e.seq))))
            ui.request(app::DiscardOutbox{e.seq});
    });
    ImGui::EndDisabled();
}

} // namespace huicai::ui
