// The reference set apply() reads (the working-day calendar, the service catalogue,
// the region tree and the talent reference) and its loader, which reads the four data
// files of an assets folder (the catalogue can be read alone first: it is all a
// visitor's first screen shows):
//   holidays.json  (format in holidays_json.h)
//   catalog.json   (catalog_json.h)
//   regions.json   (regions_json.h)
//   talent.json    (talent_json.h)
// The server, the command-line tool, the benchmarks and the tests load it from
// assetsDir() (asset_files.h); the browser from "/assets" in its virtual file system.
#pragma once
#include "core/apply.h"
#include "core/result.h"

#include <optional>
#include <string>

namespace huicai {

// The file names of the reference set inside an assets folder.
inline constexpr const char* kHolidaysFile = "holidays.json";
inline constexpr const char* kCatalogFile = "catalog.json";
inline constexpr const char* kRegionsFile = "regions.json";
inline constexpr const char* kTalentFile = "talent.json";

// A view of a reference set held elsewhere (a Reference, or parts kept apart).
struct ReferenceView {
    const WorkCalendar& calendar;
    const Catalog& catalog;
    const RegionTree& regions;
    const TalentReference& talent;

    Context at(Date now) const { return Context{now, calendar, catalog, regions, talent}; }
};

struct Reference {
    WorkCalendar calendar; // the official years of holidays.json
    Catalog catalog;
    RegionTree regions;
    TalentReference talent;

    // The Context of a command applied on `now`; it refers to this Reference.
    Context at(Date now) const { return Context{now, calendar, catalog, regions, talent}; }
    ReferenceView view() const { return ReferenceView{calendar, catalog, regions, talent}; }
};

// Reads and validates the four files of `assetsDir`, stopping at the first fault.
// The error keeps the parser's key (error.file.read, error.data.json,
// error.data.field, or a validate() key such as error.catalog.items) and its detail
// names the file: the path alone when the file cannot be read, else
// "<path>: <the parser's detail>".
// A catalogue already read (loadCatalogFile) is taken as it is, not read again.
Result<Reference> loadReference(const std::string& assetsDir, std::optional<Catalog> catalog = std::nullopt);

// Reads and validates catalog.json alone, with the same errors as loadReference.
Result<Catalog> loadCatalogFile(const std::string& assetsDir);

} // namespace huicai
