// The quarterly archive as tables for people: the preview on the archive screen, the
// CSV file that Excel opens (UTF-8 with a BOM, CRLF line ends, every field quoted,
// one block per section with its own header row) and the printable HTML page are all
// made from the same sections, so what is previewed is what is exported. Labels come
// from the i18n tables (keys "ui.oversight.*"), names from the catalogue and regions.
#pragma once
#include "app/i18n.h"
#include "core/catalog.h"
#include "core/model.h"
#include "core/model_archive.h"
#include "core/regions.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai::app {

struct ArchiveSection {
    std::string title;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // each as long as the header
};

struct ArchiveNames {
    const I18n& i18n;
    const Catalog& catalog;
    const RegionTree& regions;
    bool zh = true;               // Chinese names of items, departments and regions
    const State* state = nullptr; // the departments of cities and counties, when given
};

// "Archive of <window name> for <year> Q<quarter>".
std::string archiveTitle(const Archive& archive, const ArchiveNames& names);
// Summary, items served, overdue tasks, problems and suggestions, specialist corps,
// included lower windows (only when there are some).
std::vector<ArchiveSection> archiveSections(const Archive& archive, const ArchiveNames& names);

// One CSV field, always quoted, inner quotes doubled; text that a spreadsheet would
// run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe.
std::string csvField(std::string_view value);
// BOM, then the title line, then each section: its title, header and rows, with an
// empty line between sections; CRLF after every line.
std::string archiveCsv(const std::string& title, const std::vector<ArchiveSection>& sections);
// A standalone HTML page (UTF-8, print styles) with one table per section; every
// text escaped.
std::string archiveHtml(const std::string& title, const std::vector<ArchiveSection>& sections, std::string_view lang);
std::string htmlEscape(std::string_view value);
// "huicai-archive-<window>-<year>Q<quarter>.csv"
std::string archiveFileName(const Archive& archive, std::string_view extension);

} // namespace huicai::app
