// The window specialist's quarterly archive (#/archive; S6.1.1 (4), (6)): a quarter
// picker, the archive as it stands (the window's own records rolled up with what its
// lower windows filed), whether and when it was filed with the next-higher window, the
// command that files it once the quarter has ended, and the CSV and printable-page
// exports. The preview is drawn from the same sections as the exports.
#include "ui/screens/screens.h"

#include "app/archive_export.h"
#include "core/archive.h"
#include "ui/theme.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

struct Picked {
    int year = 0, quarter = 0;
};
Picked s_picked; // the quarter shown; starts at the last ended quarter

void previousQuarter(Picked& p) {
    if (--p.quarter == 0) p.quarter = 4, --p.year;
}
void nextQuarter(Picked& p) {
    if (++p.quarter == 5) p.quarter = 1, ++p.year;
}

std::string quarterLabel(const app::AppState& state, const Picked& p) {
    return format(format(state.tr("ui.oversight.archive.quarter"), "year", std::to_string(p.year)), "quarter",
                  std::to_string(p.quarter));
}

void navRow(app::AppState& state, Ui& ui) {
    if (button(ui, labelled(state, "ui.oversight.nav.dashboard", "to-dashboard")))
        ui.request(app::Navigate{app::Route{app::Screen::Dashboard, {}}});
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.oversight.nav.queue", "to-queue")))
        ui.request(app::Navigate{app::Route{app::Screen::Window, {}}});
}

// One section: title, then a table of its rows (clipped, scrolling sideways when narrow).
void sectionTable(app::AppState& state, Ui& ui, const app::ArchiveSection& s, int index) {
    ImGui::Dummy(ImVec2(0, space::kTight));
    text(ui, s.title + "  ·  " + format(state.tr("ui.oversight.archive.rows"), "n", std::to_string(s.rows.size())));
    if (s.rows.empty()) {
        textColored(ui, colour(Tone::Muted), state.tr("ui.oversight.none"));
        return;
    }
    const float rowH = ImGui::GetTextLineHeightWithSpacing() + 4;
    const int shown = std::min<int>(int(s.rows.size()), 12);
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  (state.narrow ? ImGuiTableFlags_ScrollX : ImGuiTableFlags_SizingStretchProp);
    const std::string id = "##archive-section-" + std::to_string(index);
    if (!ImGui::BeginTable(id.c_str(), int(s.header.size()), flags, ImVec2(0, rowH * float(shown + 1) + 6))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const auto& h : s.header) {
        ui.fonts.note(h);
        ImGui::TableSetupColumn(h.c_str(), state.narrow ? ImGuiTableColumnFlags_WidthFixed : 0,
                                state.narrow ? std::max(90.0f, ImGui::CalcTextSize(h.c_str()).x + 12) : 0);
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(s.rows.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            ImGui::TableNextRow();
            for (const auto& f : s.rows[size_t(r)]) {
                ImGui::TableNextColumn();
                text(ui, f);
            }
        }
    ImGui::EndTable();
}

void filingStatus(app::AppState& state, Ui& ui, const std::string& window, const Picked& p) {
    const Region* upper = state.work.regions.parent(window);
    if (upper) textColored(ui, colour(Tone::Muted), format(state.tr("ui.oversight.archive.upper"), "window", regionName(state, upper->code)));
    const std::string id = window + ":" + std::to_string(p.year) + ":Q" + std::to_string(p.quarter);
    auto filed = state.work.state.archives.find(id);
    if (filed != state.work.state.archives.end()) {
        const auto& f = filed->second;
        const std::string line = f.filedWith.empty()
                                     ? format(state.tr("ui.oversight.archive.filed_top"), "date", f.filedOn.iso())
                                     : format(format(state.tr("ui.oversight.archive.filed"), "window",
                                                     regionName(state, f.filedWith)),
                                              "date", f.filedOn.iso());
        textColored(ui, colour(Tone::Success), line);
        return;
    }
    textColored(ui, colour(Tone::Muted), state.tr("ui.oversight.archive.not_filed"));
    if (state.work.today <= quarterEnd(p.year, p.quarter)) {
        wrappedText(ui, state.tr("ui.oversight.archive.open_quarter"), 0, colour(Tone::Muted));
        return;
    }
    if (button(ui, labelled(state, "workflow.command.FileQuarterlyArchive", "file-archive")))
        ui.request(app::RunCommand{FileQuarterlyArchive{p.year, p.quarter}});
}

} // namespace

void archiveScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.oversight.archive.title"));
    if (!roleGate(state, ui, Role::WindowSpecialist, "window_county")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    navRow(state, ui);

    if (s_picked.year == 0) {
        const auto today = state.work.today.ymd();
        s_picked = Picked{today.year, (today.month - 1) / 3 + 1};
        previousQuarter(s_picked);
    }
    if (button(ui, labelled(state, "ui.oversight.archive.prev", "prev-quarter"))) previousQuarter(s_picked);
    ImGui::SameLine();
    text(ui, quarterLabel(state, s_picked));
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.oversight.archive.next", "next-quarter"))) nextQuarter(s_picked);

    const std::string& window = actor->scope;
    filingStatus(state, ui, window, s_picked);
    int received = 0;
    for (const auto& [id, f] : state.work.state.archives)
        if (f.filedWith == window && f.archive.year == s_picked.year && f.archive.quarter == s_picked.quarter) ++received;
    if (received > 0)
        textColored(ui, colour(Tone::Muted), format(state.tr("ui.oversight.archive.received"), "n", std::to_string(received)));

    auto view = archiveView(state.work.state, window, s_picked.year, s_picked.quarter, state.workContext());
    if (!view) {
        wrappedText(ui, state.errorText(view.error().key, view.error().detail), 0, colour(Tone::Warning));
        return;
    }
    if (button(ui, labelled(state, "ui.oversight.archive.export_csv", "export-csv")))
        ui.request(app::ExportArchive{s_picked.year, s_picked.quarter, false});
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.oversight.archive.print", "print-archive")))
        ui.request(app::ExportArchive{s_picked.year, s_picked.quarter, true});

    const app::ArchiveNames names{state.i18n, state.catalog, state.work.regions, state.zh(), &state.work.state};
    ImGui::Dummy(ImVec2(0, space::kTight));
    wrappedText(ui, app::archiveTitle(*view, names), 0, colour(Tone::Primary));
    const auto sections = app::archiveSections(*view, names);
    for (size_t i = 0; i < sections.size(); ++i) sectionTable(state, ui, sections[i], int(i));
}

} // namespace huicai::ui
