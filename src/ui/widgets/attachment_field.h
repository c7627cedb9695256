// The attachment field of a form ("添加附件 / Attach file"): the files chosen for it
// with name, size and upload progress, done or the localised error, each removable;
// and the attachment references of a record drawn as download links.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::ui {

// Draws field `field` (titled by i18n key `titleKey` unless it is empty; the size
// limit said under the button when `sizeHint`). Returns its "file:<sha256>"
// references once every file of it is ready; nullopt while one uploads or failed
// (a hint says the form waits for them).
std::optional<std::vector<std::string>> attachmentField(app::AppState& state, Ui& ui, const std::string& field,
                                                        std::string_view titleKey, float width, bool sizeHint = true);
// The size limit of attachments ("PDF, JPEG or PNG, at most 10 MB").
void attachmentHint(app::AppState& state, Ui& ui, float width);
// One attachment as a download link, named by the file's name when this tab picked it.
void attachmentLink(app::AppState& state, Ui& ui, const std::string& sha256);
// A download in flight or the reason the last one failed.
void downloadStatus(app::AppState& state, Ui& ui);
// The attachment references among `entries` as download links, named by the file's
// name when this tab picked it; free-text entries are left to the caller.
void attachmentLinks(app::AppState& state, Ui& ui, const std::vector<std::string>& entries);
// `entries` without attachment references, joined with "、".
std::string freeTextEntries(const std::vector<std::string>& entries);

} // namespace huicai::ui
