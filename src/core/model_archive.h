// The quarterly service work archive of a window (S6.1.1 (4), (6)): items served by
// item code, completions and the on-time count, the overdue list with the
// explanations and new dates given, problems and suggestions, and a summary of the
// specialist corps. A filing stores the archive as filed with the next-higher window.
#pragma once
#include "core/date.h"
#include "core/model_fields.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace huicai {

struct OverdueEntry {
    std::string request;
    std::string department;
    std::string item;
    std::optional<Date> promisedDue; // from the promised limit, extensions and suspensions
    std::optional<Date> due;         // the date now in force (a stated new date moves it)
    bool done = false;
    std::vector<std::string> explanations;
    std::vector<Date> newDates;

    bool operator==(const OverdueEntry&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("department", s.department);
        v("item", s.item);
        v("promised_due", s.promisedDue);
        v("due", s.due);
        v("done", s.done);
        v("explanations", s.explanations);
        v("new_dates", s.newDates);
    }
};

struct ProblemEntry {
    std::string id;
    std::string kind;
    std::string text;
    std::string raisedAt; // the window where it was raised

    bool operator==(const ProblemEntry&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("kind", s.kind);
        v("text", s.text);
        v("raised_at", s.raisedAt);
    }
};

struct CorpsSummary {
    int windowSpecialists = 0;
    int employerSpecialists = 0;
    int talents = 0;
    int talentsWithoutSpecialist = 0; // S6.1.4 gaps

    bool operator==(const CorpsSummary&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("window_specialists", s.windowSpecialists);
        v("employer_specialists", s.employerSpecialists);
        v("talents", s.talents);
        v("talents_without_specialist", s.talentsWithoutSpecialist);
    }
};

struct Archive {
    std::string window;
    int year = 0;
    int quarter = 1;
    std::map<std::string, int> itemsServed; // A-code -> requests completed + bookings served
    int completed = 0;                      // department tasks finished in the quarter
    int onTime = 0;                         // of those, finished by their promised due date (a new date stated
                                            // in an overdue explanation does not make a task on time)
    std::vector<OverdueEntry> overdue;
    std::vector<ProblemEntry> problems;
    CorpsSummary corps;
    std::vector<std::string> includes; // lower windows whose filed archives are rolled in

    // completed == 0: no rate.
    std::optional<double> onTimeRate() const {
        return completed == 0 ? std::nullopt : std::optional<double>(double(onTime) / double(completed));
    }
    bool operator==(const Archive&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("window", s.window);
        v("year", s.year);
        v("quarter", s.quarter);
        v("items_served", s.itemsServed);
        v("completed", s.completed);
        v("on_time", s.onTime);
        v("overdue", s.overdue);
        v("problems", s.problems);
        v("corps", s.corps);
        v("includes", s.includes);
    }
};

// Key "<region>:<year>:Q<quarter>".
struct ArchiveFiling {
    std::string id;
    std::string window;
    std::string filedWith; // the next-higher window; empty for the province
    Date filedOn;
    Archive archive;

    bool operator==(const ArchiveFiling&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("window", s.window);
        v("filed_with", s.filedWith);
        v("filed_on", s.filedOn);
        v("archive", s.archive);
    }
};

} // namespace huicai
