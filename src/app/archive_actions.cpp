// Implements the archive exports of archive_actions.h.
#include "app/archive_actions.h"

#include "app/archive_export.h"
#include "core/archive.h"
#include "platform/platform.h"

namespace huicai::app {

void exportArchive(AppState& state, const ExportArchive& request) {
    Workspace& w = state.work;
    const Actor* actor = w.actor();
    if (!actor) return;
    auto view = archiveView(w.state, actor->scope, request.year, request.quarter, state.workContext());
    if (!view) {
        w.error = view.error().key;
        w.errorDetail = view.error().detail;
        w.done.clear();
        return;
    }
    const ArchiveNames names{state.i18n, state.catalog, w.regions, state.zh(), &w.state};
    const std::string title = archiveTitle(*view, names);
    const auto sections = archiveSections(*view, names);
    if (request.printable)
        platform::openPrintable(archiveFileName(*view, "html"), archiveHtml(title, sections, state.lang));
    else
        platform::downloadText(archiveFileName(*view, "csv"), "text/csv;charset=utf-8", archiveCsv(title, sections));
}

} // namespace huicai::app
