// Implements access_change.h. partyReaders() mirrors, in reverse, every read that
// partiesOf() in access.cpp makes; tests/core/access_change_test.cpp checks it
// against a brute-force comparison of every record's parties over random commands.
#include "core/access_change.h"

#include <algorithm>
#include <map>
#include <type_traits>

namespace huicai {

namespace {

struct Readers {
    std::string self;
    std::vector<std::string> keys;
    void add(std::string_view kind, const std::string& id) {
        if (id.empty()) return;
        std::string k = recordKey(kind, id);
        if (k != self && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
    }
};

// Every record whose parties go through addTalent(talentId) or talentParties(): they
// read the talent (its specialist and employer). The specialist's staff record reads
// which talents name it.
void talentReaders(const State& s, const std::string& talentId, Readers& r) {
    r.add("talent", talentId);
    if (const auto* t = findRow(s.talents, talentId)) {
        r.add("staff", t->specialist);
        r.add("employer", t->employer); // the unit's record names its talents
    }
    for (const auto& [id, a] : s.cardApplications)
        if (a.talent == talentId) r.add("card_application", id);
    for (const auto& [id, c] : s.cards)
        if (c.holder == talentId) r.add("card", id);
    for (const auto& [id, x] : s.recommendations)
        if (x.talent == talentId) r.add("recommendation", id);
    for (const auto& [id, c] : s.localCredentials)
        if (c.talent == talentId) r.add("local_credential", id);
    for (const auto& [id, b] : s.bookings)
        if (b.talent == talentId) r.add("booking", id);
    for (const auto& [id, q] : s.requests)
        if (q.talent == talentId) r.add("request", id);
    for (const auto& [id, k] : s.tasks)
        if (const auto* q = findRow(s.requests, k.request); q && q->talent == talentId) r.add("task", id);
    for (const auto& [id, i] : s.invitations)
        if (i.talent == talentId) r.add("invitation", id);
}

void employerReaders(const State& s, const std::string& employerId, Readers& r) {
    for (const auto& [id, st] : s.staff)
        if (st.org == employerId) r.add("staff", id);
    for (const auto& [id, t] : s.talents)
        if (t.employer == employerId) talentReaders(s, id, r);
    for (const auto& [id, p] : s.plans)
        if (p.unit == employerId) r.add("plan", id);
    for (const auto& [id, g] : s.grades)
        if (const auto* st = findRow(s.staff, g.specialist); st && st->org == employerId) r.add("grade", id);
}

} // namespace

std::vector<std::string> partyReaders(const State& s, std::string_view key) {
    Readers r{std::string(key), {}};
    const auto parts = splitRecordKey(key);
    if (!parts) return {};
    const auto& [kind, id] = *parts;
    if (kind == "employer") {
        employerReaders(s, id, r);
    } else if (kind == "staff") {
        if (const auto* st = findRow(s.staff, id)) r.add("employer", st->org); // names its specialists
        for (const auto& [gid, g] : s.grades)
            if (g.specialist == id) r.add("grade", gid);
    } else if (kind == "talent") {
        talentReaders(s, id, r);
    } else if (kind == "request") {
        if (const auto* q = findRow(s.requests, id)) r.add("talent", q->talent);
        for (const auto& [kid, k] : s.tasks)
            if (k.request == id) r.add("task", kid);
    } else if (kind == "task") {
        if (const auto* k = findRow(s.tasks, id)) {
            r.add("request", k->request);
            if (const auto* q = findRow(s.requests, k->request)) r.add("talent", q->talent);
        }
    } else if (kind == "booking") {
        if (const auto* b = findRow(s.bookings, id)) {
            r.add("talent", b->talent);
            r.add("card", b->card);
        }
    } else if (kind == "hotline") {
        if (const auto* h = findRow(s.hotline, id)) r.add("talent", h->talent);
    } else if (kind == "local_scheme") {
        for (const auto& [cid, c] : s.localCredentials)
            if (c.scheme == id) r.add("local_credential", cid);
    } else if (kind == "event") {
        for (const auto& [iid, i] : s.invitations)
            if (i.event == id) r.add("invitation", iid);
    }
    // Every other kind is read by no other record's parties.
    return r.keys;
}

Parties normalisedParties(Parties p) {
    for (auto* v : {&p.talents, &p.employers, &p.specialists, &p.windows, &p.departments, &p.agencies}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    return p;
}

void swapRecords(State& a, State& b, const std::vector<std::string>& keys) {
    for (const auto& key : keys) {
        const auto parts = splitRecordKey(key);
        if (!parts) continue;
        State::tables(a, [&](std::string_view kind, auto& ta) {
            if (kind != parts->first) return;
            State::tables(b, [&](std::string_view kindB, auto& tb) {
                if constexpr (std::is_same_v<std::decay_t<decltype(ta)>, std::decay_t<decltype(tb)>>) {
                    if (kindB != kind) return;
                    auto ia = ta.find(parts->second);
                    auto ib = tb.find(parts->second);
                    if (ia != ta.end() && ib != tb.end()) std::swap(ia->second, ib->second);
                    else if (ia != ta.end()) tb.insert(ta.extract(ia));
                    else if (ib != tb.end()) ta.insert(tb.extract(ib));
                }
            });
        });
    }
}

std::vector<AccessChange> accessChanges(State& after, State& before, const std::vector<std::string>& changed) {
    auto partiesIn = [](const State& s, const std::string& key) -> std::optional<Parties> {
        if (key.starts_with("holiday_year/")) return Parties{.everyone = true};
        if (!recordExists(s, key)) return std::nullopt;
        return normalisedParties(partiesOf(s, key));
    };
    std::vector<AccessChange> out;
    std::map<std::string, std::size_t, std::less<>> index;
    auto entry = [&](const std::string& key, bool isChanged) -> AccessChange& {
        auto [it, inserted] = index.emplace(key, out.size());
        if (inserted) out.push_back(AccessChange{key, isChanged, std::nullopt, std::nullopt});
        return out[it->second];
    };
    for (const auto& key : changed) entry(key, true);
    // Readers as the changed records are after the command...
    for (const auto& key : changed)
        for (const auto& reader : partyReaders(after, key)) entry(reader, false);
    for (auto& c : out) c.after = partiesIn(after, c.key);
    // ...and as they were before it (their references may have moved).
    swapRecords(after, before, changed);
    const std::size_t known = out.size();
    for (const auto& key : changed)
        for (const auto& reader : partyReaders(after, key)) entry(reader, false);
    for (auto& c : out) c.before = partiesIn(after, c.key);
    swapRecords(after, before, changed);
    for (std::size_t i = known; i < out.size(); ++i) out[i].after = partiesIn(after, out[i].key);
    // A record the command did not change keeps its entry only when its parties moved.
    std::vector<AccessChange> kept;
    for (auto& c : out)
        if (c.changed || c.moved()) kept.push_back(std::move(c));
    return kept;
}

} // namespace huicai
