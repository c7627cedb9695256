// Staff queues read at a glance. Each record is a row of two lines: who and what, with
// a chip at the right (days left, a missing specialist); under it muted facts with a
// date at the right. The list is clipped, so a queue of 100k rows costs the rows in
// view. The selected record sits beside the list on a desk and is a page of its own on
// a phone, with a way back to the list (masterDetail).
#pragma once
#include "app/app_state.h"
#include "ui/style/icons.h"
#include "ui/style/palette.h"
#include "ui/ui.h"

#include <functional>
#include <string>
#include <string_view>

namespace huicai::ui {

struct RecordChip {
    std::string text; // none when empty
    Tone tone = Tone::Muted;
    Icon icon = Icon::None;
};

struct RecordRow {
    std::string id;       // unique in its list: the row's ImGui id and what a selection keeps
    std::string title;    // the first line
    std::string facts;    // the second line, muted; cut at the width
    std::string trailing; // the second line's end (a due date)
    RecordChip chip;      // the first line's end
};

// The chip of a clock: on time, due soon or overdue (tones success, warning, danger);
// no text without a running limit. `error` gets the calendar's error key when it
// cannot count the clock (a year without holiday data is counted, marked provisional).
RecordChip deadlineChip(const app::AppState& state, const Clock& clock, std::string* error = nullptr);

// A clock's due date as a row's trailing text, marked provisional when counted
// through a year without holiday data; empty without a running limit.
std::string dueTrailing(const app::AppState& state, const Clock& clock);

// A row's height: two lines of text, never under a finger's target.
float recordRowHeight();
// One row as wide as the space left, the `pos`-th (from 1) of `size` (an option of a
// list box to assistive technology); true when clicked.
bool recordRow(Ui& ui, const RecordRow& row, bool selected, int pos = 0, int size = 0);
// `count` rows, built by row(i) only for those in view, in a box of at most `maxShown`
// rows (a list that fits whole leaves the wheel and touch drags to the page). The
// index of the row clicked, or -1. A list box to assistive technology, named by the
// text just before it.
int recordList(Ui& ui, const char* id, int count, int maxShown, const std::function<RecordRow(int)>& row,
               const std::function<bool(int)>& selected);

// Keeps `selected` on a row of the list. `valid`: it is one of the rows shown. On a
// desk an invalid selection moves to `first` (the most urgent row; the detail is
// never empty while the list is not); on a phone it is cleared, so the list shows.
void keepSelection(const app::AppState& state, std::string& selected, bool valid, const std::string& first);

// On a desk the list and, beside it, the selected record (or `hintKey` when none); on
// a phone the list while nothing is selected, else the record under a back button
// that clears the selection. `id` keeps layouts of one screen apart.
void masterDetail(app::AppState& state, Ui& ui, const char* id, std::string& selected, std::string_view hintKey,
                  const std::function<void()>& list, const std::function<void()>& detail);

} // namespace huicai::ui
