// Implements the attachment field and the attachment links of attachment_field.h.
// The attach button arms the file picker while the pointer is over it (App opens the
// picker in the pointerup itself) and asks for it when pressed.
#include "ui/widgets/attachment_field.h"

#include "core/attachment.h"
#include "ui/theme.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

namespace huicai::ui {

namespace {

std::string reasonOf(const app::AppState& state, const Error& e) { return state.errorText(e.key, e.detail); }

void fileRow(app::AppState& state, Ui& ui, const app::Attachment& a, float width) {
    std::string status;
    ImU32 ink = colour(Tone::Muted);
    switch (a.phase) {
    case app::UploadPhase::Declaring:
    case app::UploadPhase::Sending:
        if (a.received == 0 && a.phase == app::UploadPhase::Declaring) {
            status = state.tr("ui.attach.waiting");
        } else {
            const auto percent = a.size ? a.received * 100 / a.size : 0;
            status = format(state.tr("ui.attach.uploading"), "percent", std::to_string(percent));
        }
        break;
    case app::UploadPhase::Ready:
        status = state.tr(state.work.server() ? "ui.attach.done" : "ui.attach.kept_here");
        ink = colour(Tone::Success);
        break;
    case app::UploadPhase::Failed:
        status = format(state.tr("ui.attach.failed"), "reason", reasonOf(state, a.error));
        ink = colour(Tone::Warning);
        break;
    }
    wrappedText(ui, a.name + " · " + app::formatSize(a.size), width);
    wrappedText(ui, status, width, ink);
    const std::string id = a.field + "-" + a.sha256.substr(0, 12);
    if (a.phase == app::UploadPhase::Failed) {
        if (button(ui, labelled(state, "ui.attach.retry", "attach-retry-" + id)))
            ui.request(app::RetryAttachment{a.field, a.sha256});
        ImGui::SameLine();
    }
    if (button(ui, labelled(state, "ui.attach.remove", "attach-rm-" + id))) ui.request(app::RemoveAttachment{a.field, a.sha256});
}

} // namespace

std::optional<std::vector<std::string>> attachmentField(app::AppState& state, Ui& ui, const std::string& field,
                                                        std::string_view titleKey, float width, bool sizeHint) {
    if (!titleKey.empty()) textColored(ui, colour(Tone::Muted), state.tr(titleKey));
    for (const app::Attachment* a : state.attach.files.of(field)) {
        ImGui::PushID(a->sha256.c_str());
        fileRow(state, ui, *a, width);
        ImGui::PopID();
    }
    if (const Error* e = state.attach.files.pickError(field))
        wrappedText(ui, format(state.tr("ui.attach.refused"), "reason", reasonOf(state, *e)), width, colour(Tone::Warning));
    if (button(ui, labelled(state, "ui.attach.add", "attach-" + field), ImVec2(0, 0), Icon::Attach)) ui.request(app::PickAttachment{field});
    if (ImGui::IsItemHovered()) state.attach.armed = field;
    if (sizeHint) attachmentHint(state, ui, width);
    auto refs = state.attach.files.readyRefs(field);
    if (!refs) wrappedText(ui, state.tr("ui.attach.busy"), width, colour(Tone::Warning));
    return refs;
}

void attachmentHint(app::AppState& state, Ui& ui, float width) {
    wrappedText(ui, format(state.tr("ui.attach.hint"), "max", app::formatSize(app::Attachments::kMaxBytes)), width, colour(Tone::Muted));
}

void attachmentLink(app::AppState& state, Ui& ui, const std::string& sha256) {
    const auto local = state.attach.local.find(sha256);
    const std::string name = local != state.attach.local.end() ? local->second.name
                                                               : format(state.tr("ui.attach.unnamed"), "id", sha256.substr(0, 8));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour(Tone::Primary)));
    const bool pressed = button(ui, format(state.tr("ui.attach.download"), "name", name) + "##dl-" + sha256, ImVec2(0, 0), Icon::Download);
    ImGui::PopStyleColor();
    if (pressed) ui.request(app::DownloadAttachment{sha256});
}

void downloadStatus(app::AppState& state, Ui& ui) {
    if (!state.attach.downloading.empty()) textColored(ui, colour(Tone::Muted), state.tr("ui.attach.downloading"));
    if (!state.attach.downloadError.key.empty())
        wrappedText(ui, format(state.tr("ui.attach.download_failed"), "reason", reasonOf(state, state.attach.downloadError)), 0,
                    colour(Tone::Warning));
}

void attachmentLinks(app::AppState& state, Ui& ui, const std::vector<std::string>& entries) {
    bool any = false;
    for (const auto& entry : entries) {
        const auto sha = attachmentHash(entry);
        if (!sha) continue;
        if (!any) textColored(ui, colour(Tone::Muted), state.tr("ui.attach.attachments"));
        any = true;
        attachmentLink(state, ui, *sha);
    }
    if (any) downloadStatus(state, ui);
}

std::string freeTextEntries(const std::vector<std::string>& entries) {
    std::string out;
    for (const auto& e : entries)
        if (!attachmentHash(e)) out += (out.empty() ? "" : "、") + e;
    return out;
}

} // namespace huicai::ui
