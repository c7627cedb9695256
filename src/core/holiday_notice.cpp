// Implements the holiday notice reader: each line is either a plain ISO line or
// text of the notice; the notice's text is normalised (full-width digits and
// punctuation to ASCII), stripped of parenthesised notes, cut into sentences at 。
// and scanned left to right, the dates met so far going to the days off at 放假 and
// to the make-up days at 上班.
#include "core/holiday_notice.h"

#include "core/calendar.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace huicai {

namespace {

constexpr std::string_view kYear = "年", kMonth = "月", kDay = "日", kTo = "至", kOff = "放假", kWork = "上班";
constexpr std::string_view kStop = "。", kListMark = "、", kHolidays = "节假日";

bool isNoticeDigit(char c) { return c >= '0' && c <= '9'; }

bool startsWith(std::string_view s, std::size_t at, std::string_view what) { return s.substr(at, what.size()) == what; }

std::size_t charLength(unsigned char b) { return b < 0x80 ? 1 : b >= 0xF0 ? 4
                                                            : b >= 0xE0   ? 3
                                                            : b >= 0xC0   ? 2
                                                                          : 1; }

std::string_view trim(std::string_view s) {
    const auto space = [](std::string_view t, std::size_t at) -> std::size_t {
        if (at < t.size() && (t[at] == ' ' || t[at] == '\t' || t[at] == '\r')) return 1;
        if (startsWith(t, at, "\u3000") || startsWith(t, at, "\uFEFF")) return 3;
        return 0;
    };
    for (std::size_t n; (n = space(s, 0)) != 0;) s.remove_prefix(n);
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
        else if (s.size() >= 3 && (s.ends_with("\u3000") || s.ends_with("\uFEFF"))) s.remove_suffix(3);
        else break;
    }
    return s;
}

// Full-width digits, parentheses, colon and space to ASCII; everything else as it is.
std::string normalise(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        // U+FF10..U+FF19 are EF BC 90..99; （ ） ： are EF BC 88, 89, 9A; U+3000 is E3 80 80.
        if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
            const auto c = static_cast<unsigned char>(s[i + 2]);
            if (c >= 0x90 && c <= 0x99) {
                out += static_cast<char>('0' + (c - 0x90));
                i += 3;
                continue;
            }
            if (c == 0x88) {
                out += '(';
                i += 3;
                continue;
            }
            if (c == 0x89) {
                out += ')';
                i += 3;
                continue;
            }
            if (c == 0x9A) {
                out += ':';
                i += 3;
                continue;
            }
        }
        if (startsWith(s, i, "\u3000")) {
            out += ' ';
            i += 3;
            continue;
        }
        out += s[i++];
    }
    return out;
}

std::string withoutNotes(std::string_view s) {
    std::string out;
    int depth = 0;
    for (char c : s) {
        if (c == '(') ++depth;
        else if (c == ')') depth = std::max(0, depth - 1);
        else if (depth == 0) out += c;
    }
    return out;
}

struct Reader {
    int year;
    std::vector<Date> off, work;
    std::vector<std::string> names;

    // "2027-01-01", "2027-02-05..2027-02-11", "work 2027-02-14", "上班 2027-02-14".
    Status plainLine(std::string_view line) {
        const Error unreadable = makeError("error.holiday.unreadable", std::string(line));
        std::string_view rest = line;
        std::vector<Date>* into = &off;
        if (rest.size() > 4 && (rest.substr(0, 4) == "work" || rest.substr(0, 4) == "WORK") && (rest[4] == ' ' || rest[4] == '\t')) {
            into = &work;
            rest = trim(rest.substr(4));
        } else if (startsWith(rest, 0, kWork)) {
            into = &work;
            rest = trim(rest.substr(kWork.size()));
        }
        std::string_view first = rest, last;
        if (auto dots = rest.find(".."); dots != std::string_view::npos) {
            first = trim(rest.substr(0, dots));
            last = trim(rest.substr(dots + 2));
        }
        auto from = Date::parse(first);
        if (!from || first.size() != 10) return unreadable;
        Date to = *from;
        if (!last.empty() || rest.find("..") != std::string_view::npos) {
            auto end = Date::parse(last);
            if (!end || last.size() != 10) return unreadable;
            to = *end;
        }
        if (from->year() != year || to.year() != year) return makeError("error.holiday.year", std::string(line));
        if (to < *from) return unreadable;
        for (Date d = *from; d <= to; d = d + 1) into->push_back(d);
        return Ok{};
    }

    // One line of the notice's text.
    Status noticeLine(std::string_view rawLine) {
        const std::string line = withoutNotes(normalise(rawLine));
        std::string_view text = line;
        while (!text.empty()) {
            const std::size_t stop = text.find(kStop);
            if (auto st = sentence(trim(text.substr(0, stop)), rawLine); !st) return st;
            if (stop == std::string_view::npos) break;
            text.remove_prefix(stop + kStop.size());
        }
        return Ok{};
    }

    // "<ordinal>、<name>:" at the start of a sentence: the clause's holiday.
    void clauseName(std::string_view s) {
        static constexpr std::string_view kOrdinals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        std::size_t at = 0;
        for (bool more = true; more;) {
            more = false;
            for (auto o : kOrdinals)
                if (startsWith(s, at, o)) {
                    at += o.size();
                    more = true;
                    break;
                }
        }
        if (at == 0 || !startsWith(s, at, kListMark)) return;
        at += kListMark.size();
        const std::size_t colon = s.find(':', at);
        if (colon == std::string_view::npos) return;
        const std::string_view name = trim(s.substr(at, colon - at));
        if (!name.empty()) names.emplace_back(name);
    }

    static std::optional<int> number(std::string_view s, std::size_t& at) {
        const std::size_t from = at;
        int n = 0;
        while (at < s.size() && isNoticeDigit(s[at]) && at - from < 6) n = n * 10 + (s[at++] - '0');
        if (at == from) return std::nullopt;
        return n;
    }

    Status sentence(std::string_view s, std::string_view rawLine) {
        clauseName(s);
        const auto detail = [&] { return std::string(trim(rawLine)); };
        const bool aboutDays = s.find(kOff) != std::string_view::npos || s.find(kWork) != std::string_view::npos ||
                               s.find(kHolidays) != std::string_view::npos;
        std::vector<std::pair<Date, Date>> pending;
        bool rangeOpen = false; // a 至 follows the last date
        std::size_t at = 0;
        while (at < s.size()) {
            if (isNoticeDigit(s[at])) {
                std::size_t p = at;
                int y = year;
                std::optional<int> m, dd;
                int first = *number(s, p);
                if (startsWith(s, p, kYear)) {
                    p += kYear.size();
                    std::size_t q = p;
                    auto mm = number(s, q);
                    if (mm && startsWith(s, q, kMonth)) {
                        y = first;
                        p = q;
                        first = *mm;
                    } else {
                        // "2026年" with no date after it: the year the text speaks of.
                        if (aboutDays && first != year) return makeError("error.holiday.year", detail());
                        at = p;
                        continue;
                    }
                }
                if (startsWith(s, p, kMonth)) {
                    p += kMonth.size();
                    m = first;
                    dd = number(s, p);
                    if (!dd || !startsWith(s, p, kDay)) {
                        at = p;
                        continue;
                    }
                    p += kDay.size();
                } else if (startsWith(s, p, kDay) && rangeOpen && !pending.empty()) {
                    m = pending.back().first.ymd().month;
                    dd = first;
                    p += kDay.size();
                } else {
                    at = p; // a count ("放假1天", "共8天") or another number
                    continue;
                }
                at = p;
                if (!aboutDays) {
                    rangeOpen = false;
                    continue;
                } // the date the notice was signed, …
                if (y != year) return makeError("error.holiday.year", detail());
                const Ymd ymd{y, *m, *dd};
                if (!isValidYmd(ymd)) return makeError("error.holiday.unreadable", detail());
                const Date date = Date::fromYmd(ymd);
                if (rangeOpen && !pending.empty()) {
                    if (date < pending.back().first) return makeError("error.holiday.unreadable", detail());
                    pending.back().second = date;
                } else {
                    pending.emplace_back(date, date);
                }
                rangeOpen = false;
            } else if (startsWith(s, at, kTo)) {
                at += kTo.size();
                std::size_t p = at;
                while (p < s.size() && s[p] == ' ') ++p;
                rangeOpen = !pending.empty() && p < s.size() && isNoticeDigit(s[p]);
            } else if (startsWith(s, at, kOff) || startsWith(s, at, kWork)) {
                std::vector<Date>& into = startsWith(s, at, kOff) ? off : work;
                for (auto [from, to] : pending)
                    for (Date d = from; d <= to; d = d + 1) into.push_back(d);
                pending.clear();
                rangeOpen = false;
                at += kOff.size();
            } else {
                at += charLength(static_cast<unsigned char>(s[at]));
            }
        }
        return Ok{};
    }
};

// A plain line starts with "work"/"上班" or with a digit and has no 月 in it.
bool isPlainLine(std::string_view line) {
    if (line.empty()) return false;
    if (startsWith(line, 0, "work") || startsWith(line, 0, "WORK")) return true;
    if (startsWith(line, 0, kWork)) {
        const std::string_view rest = trim(line.substr(kWork.size()));
        return !rest.empty() && isNoticeDigit(rest[0]);
    }
    return isNoticeDigit(line[0]) && line.find(kMonth) == std::string_view::npos;
}

void sortUnique(std::vector<Date>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

Result<HolidayNotice> readHolidayNotice(int year, std::string_view text) {
    Reader r{year, {}, {}, {}};
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        if (!line.empty()) {
            auto st = isPlainLine(line) ? r.plainLine(line) : r.noticeLine(line);
            if (!st) return st.error();
        }
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    sortUnique(r.off);
    sortUnique(r.work);
    if (r.off.empty() && r.work.empty()) return makeError("error.holiday.empty");
    for (Date d : r.work)
        if (std::binary_search(r.off.begin(), r.off.end(), d)) return makeError("error.holiday.overlap", d.iso());
    WorkCalendar check;
    if (auto st = check.setYear(year, r.off, r.work); !st) return st.error();
    return HolidayNotice{year, std::move(r.off), std::move(r.work), std::move(r.names)};
}

} // namespace huicai
