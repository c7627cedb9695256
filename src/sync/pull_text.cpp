// Implements decodePullPageText. A page of plain changes is read straight from its
// text (each change's seq, kind and id, its record only scanned, json_scan.h, and kept
// as a view into the body), its frame (versions, cursor, more) checked by
// decodeParsedPullPage. Any other page is read through a small JSON tree of its frame
// and changes with each record replaced by a stand-in of its type, so that
// decodeParsedPullPage says what is wrong with it.
#include "sync/pull_text.h"

#include "sync/json_members.h"
#include "sync/json_scan.h"

#include <charconv>
#include <optional>

namespace huicai::sync {

namespace {

using json_members::Json;

Error badJson() { return makeError("error.sync.bad_json", "body"); }

// The value whose text is `v` (well formed): strings and integers directly, anything
// else through the parser (rare in a page's frame).
Json valueOf(std::string_view v) {
    if (v[0] == '"') return Json(*jsonStringText(v));
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec == std::errc() && end == v.data() + v.size()) return Json(n);
    return Json::parse(v.begin(), v.end(), nullptr, false);
}

// Reads the object at `at` ('{'), member by member: `onMember(name, valueText)` sees
// each value's text; returns the position after the object or kJsonBad.
template <class F>
std::size_t readObject(std::string_view t, std::size_t at, F&& onMember) {
    std::size_t i = skipJsonSpace(t, at + 1);
    if (i < t.size() && t[i] == '}') return i + 1;
    for (;;) {
        if (i >= t.size() || t[i] != '"') return kJsonBad;
        const std::size_t nameEnd = skipJsonValue(t, i);
        if (nameEnd == kJsonBad) return kJsonBad;
        const auto name = jsonStringText(t.substr(i, nameEnd - i));
        i = skipJsonSpace(t, nameEnd);
        if (i >= t.size() || t[i] != ':') return kJsonBad;
        i = skipJsonSpace(t, i + 1);
        const std::size_t end = onMember(*name, i);
        if (end == kJsonBad) return kJsonBad;
        i = skipJsonSpace(t, end);
        if (i >= t.size()) return kJsonBad;
        if (t[i] == '}') return i + 1;
        if (t[i] != ',') return kJsonBad;
        i = skipJsonSpace(t, i + 1);
    }
}

// The member value at `at`, put in `out[name]`: returns the position after it.
std::size_t plainMember(std::string_view t, std::size_t at, const std::string& name, Json& out) {
    const std::size_t end = skipJsonValue(t, at);
    if (end != kJsonBad) out[name] = valueOf(t.substr(at, end - at));
    return end;
}

// A change read straight from its text, as pullChange (answers.cpp) would take it:
// "seq" an integer literal in 1..kMaxSeq, "kind" and "id" strings that are not empty
// and not too long, "record" an object or null, nothing else, each once. nullopt for
// anything else: the page is then read through a tree, which says what is wrong.
std::optional<PullChangeText> directChange(std::string_view t, std::size_t& at) {
    PullChangeText out;
    bool seq = false, kind = false, id = false, record = false;
    const auto textOf = [&t](std::size_t v, std::size_t maxLen, bool& seen, std::string& into) -> std::size_t {
        if (seen || t[v] != '"') return kJsonBad;
        const std::size_t e = skipJsonValue(t, v);
        if (e == kJsonBad) return kJsonBad;
        auto s = jsonStringText(t.substr(v, e - v));
        if (!s || s->empty() || s->size() > maxLen) return kJsonBad;
        into = std::move(*s);
        seen = true;
        return e;
    };
    const std::size_t end = readObject(t, at, [&](const std::string& name, std::size_t v) -> std::size_t {
        if (name == "kind") return textOf(v, json_members::kMaxKind, kind, out.kind);
        if (name == "id") return textOf(v, json_members::kMaxText, id, out.id);
        if (name == "seq") {
            if (seq) return kJsonBad;
            const std::size_t e = skipJsonValue(t, v);
            if (e == kJsonBad) return kJsonBad;
            const auto [p, ec] = std::from_chars(t.data() + v, t.data() + e, out.seq);
            if (ec != std::errc() || p != t.data() + e || out.seq < 1 || out.seq > json_members::kMaxSeq)
                return kJsonBad;
            seq = true;
            return e;
        }
        if (name == "record") {
            if (record) return kJsonBad;
            const std::size_t e = skipJsonValue(t, v);
            if (e == kJsonBad || (t[v] != '{' && t.substr(v, e - v) != "null")) return kJsonBad;
            if (t[v] == '{') out.record = t.substr(v, e - v);
            record = true;
            return e;
        }
        return kJsonBad;
    });
    if (end == kJsonBad || !(seq && kind && id && record)) return std::nullopt;
    at = end;
    return out;
}

// The page read with each change straight from its text (directChange), its frame
// through decodeParsedPullPage with the changes left out (they come after every other
// check of the frame there). nullopt when a change, or the changes member, is anything
// but plain.
std::optional<Result<PullPageText>> readDirect(std::string_view body, std::size_t i) {
    Json frame = Json::object();
    std::vector<PullChangeText> changes;
    bool haveChanges = false;
    const std::size_t end = readObject(body, i, [&](const std::string& name, std::size_t at) -> std::size_t {
        if (name != "changes") return plainMember(body, at, name, frame);
        if (haveChanges || body[at] != '[') return kJsonBad;
        haveChanges = true;
        frame[name] = Json::array();
        std::size_t j = skipJsonSpace(body, at + 1);
        if (j < body.size() && body[j] == ']') return j + 1;
        for (;;) {
            if (j >= body.size() || body[j] != '{') return kJsonBad;
            auto change = directChange(body, j);
            if (!change) return kJsonBad;
            changes.push_back(std::move(*change));
            j = skipJsonSpace(body, j);
            if (j >= body.size()) return kJsonBad;
            if (body[j] == ']') return j + 1;
            if (body[j] != ',') return kJsonBad;
            j = skipJsonSpace(body, j + 1);
        }
    });
    if (end == kJsonBad || skipJsonSpace(body, end) != body.size()) return std::nullopt;
    auto page = decodeParsedPullPage(std::move(frame));
    if (!page) return Result<PullPageText>(page.error());
    return Result<PullPageText>(PullPageText{page->versions, page->cursor, page->more, std::move(changes)});
}

// The page read through a tree of its frame, with each record replaced by a stand-in
// of its type: every refusal as decodeParsedPullPage says it.
Result<PullPageText> readThroughTree(std::string_view body, std::size_t i) {
    Json frame = Json::object();
    std::vector<std::string_view> records; // by change, as found (last wins, as in a parsed object)
    const std::size_t end = readObject(body, i, [&](const std::string& name, std::size_t at) -> std::size_t {
        if (name != "changes" || body[at] != '[') return plainMember(body, at, name, frame);
        Json changes = Json::array();
        records.clear();
        std::size_t j = skipJsonSpace(body, at + 1);
        if (j < body.size() && body[j] == ']') {
            frame[name] = std::move(changes);
            return j + 1;
        }
        for (;;) {
            if (j >= body.size()) return kJsonBad;
            std::string_view record;
            if (body[j] != '{') { // not a change object: decodeParsedPullPage says so
                const std::size_t e = skipJsonValue(body, j);
                if (e == kJsonBad) return kJsonBad;
                changes.push_back(valueOf(body.substr(j, e - j)));
                j = e;
            } else {
                Json change = Json::object();
                j = readObject(body, j, [&](const std::string& member, std::size_t v) -> std::size_t {
                    if (member != "record") return plainMember(body, v, member, change);
                    const std::size_t e = skipJsonValue(body, v);
                    if (e == kJsonBad) return kJsonBad;
                    record = body.substr(v, e - v);
                    // A stand-in of the record's type: an object, null, or the value itself (refused).
                    change[member] = record[0] == '{' ? Json::object() : valueOf(record);
                    if (record[0] != '{') record = {};
                    return e;
                });
                if (j == kJsonBad) return kJsonBad;
                changes.push_back(std::move(change));
            }
            records.push_back(record);
            j = skipJsonSpace(body, j);
            if (j >= body.size()) return kJsonBad;
            if (body[j] == ']') break;
            if (body[j] != ',') return kJsonBad;
            j = skipJsonSpace(body, j + 1);
        }
        frame[name] = std::move(changes);
        return j + 1;
    });
    if (end == kJsonBad || skipJsonSpace(body, end) != body.size()) return badJson();

    auto page = decodeParsedPullPage(std::move(frame));
    if (!page) return page.error();
    PullPageText out{page->versions, page->cursor, page->more, {}};
    out.changes.reserve(page->changes.size());
    for (std::size_t k = 0; k < page->changes.size(); ++k) {
        auto& c = page->changes[k];
        out.changes.push_back(PullChangeText{c.seq, std::move(c.kind), std::move(c.id), c.record.is_null() ? std::string_view() : records[k]});
    }
    return out;
}

} // namespace

Result<PullPageText> decodePullPageText(std::string_view body) {
    std::size_t i = 0;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") i = 3; // a byte order mark, as the parser allows
    i = skipJsonSpace(body, i);
    if (i >= body.size()) return badJson();
    if (body[i] != '{') { // not an object: JSON or not?
        const std::size_t end = skipJsonValue(body, i);
        if (end == kJsonBad || skipJsonSpace(body, end) != body.size()) return badJson();
        return json_members::field("body", "expected an object");
    }
    if (auto page = readDirect(body, i)) return std::move(*page);
    return readThroughTree(body, i);
}

} // namespace huicai::sync
