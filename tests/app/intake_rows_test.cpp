// The window's intake desk lists: a window sees the hotline and website requests it
// recorded, newest first, and the problems and suggestions that reached it, those it
// holds now before those it passed up; a filter narrows both.
#include "app/intake_rows.h"

#include <catch2/catch.hpp>

using namespace huicai;

namespace {

Date day(const char* iso) { return *Date::parse(iso); }

HotlineRequest hotline(const char* id, const char* window, const char* on, const char* content) {
    HotlineRequest h;
    h.id = id;
    h.window = window;
    h.recordedOn = day(on);
    h.content = content;
    return h;
}

Problem problem(const char* id, const char* on, std::vector<std::string> path, const char* text) {
    Problem p;
    p.id = id;
    p.raisedOn = day(on);
    p.path = std::move(path);
    p.window = p.path.back();
    p.text = text;
    return p;
}

template <class T>
std::vector<std::string> ids(const std::vector<const T*>& rows) {
    std::vector<std::string> out;
    for (const T* r : rows) out.push_back(r->id);
    return out;
}

} // namespace

TEST_CASE("intake: a window's hotline and website requests, newest first, filtered", "[app][S6.2.3]") {
    State s;
    for (auto h : {hotline("HL-9", "370102", "2026-09-28", "落户咨询"), hotline("HL-10", "370102", "2026-09-28", "子女入学"),
                   hotline("HL-2", "370102", "2026-09-30", "出入境证件"), hotline("HL-1", "370102", "2026-09-01", "落户办理"),
                   hotline("HL-3", "370100", "2026-09-30", "城市窗口的")})
        s.hotline[h.id] = h;
    auto describe = [](const HotlineRequest& h) { return h.id + " " + h.content; };
    struct Case {
        int n;
        const char* window;
        const char* filter;
        std::vector<std::string> expected;
    };
    const Case cases[] = {
        {1, "370102", "", {"HL-2", "HL-10", "HL-9", "HL-1"}}, // day, then HL-10 after HL-9 of the same day
        {2, "370102", "落户", {"HL-9", "HL-1"}},
        {3, "370102", "HL-1", {"HL-10", "HL-1"}},
        {4, "370100", "", {"HL-3"}},
        {5, "370000", "", {}},
        {6, "370102", "没有", {}},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK(ids(app::windowHotlines(s, c.window, c.filter, describe)) == c.expected);
    }
}

TEST_CASE("intake: problems held by a window come before those it passed up", "[app][S6.2.1][S6.2.4]") {
    State s;
    for (auto p : {problem("P-1", "2026-09-01", {"370102", "370100"}, "county raised, now at the city"),
                   problem("P-2", "2026-09-20", {"370102"}, "held by the county"),
                   problem("P-3", "2026-09-25", {"370102", "370100", "370000"}, "at the province"),
                   problem("P-4", "2026-09-10", {"370102"}, "held, older"),
                   problem("P-5", "2026-09-29", {"370202"}, "another county")})
        s.problems[p.id] = p;
    auto describe = [](const Problem& p) { return p.id + " " + p.text; };
    struct Case {
        int n;
        const char* window;
        const char* filter;
        std::vector<std::string> expected;
        std::vector<bool> held;
    };
    const Case cases[] = {
        {1, "370102", "", {"P-2", "P-4", "P-3", "P-1"}, {true, true, false, false}},
        {2, "370100", "", {"P-1", "P-3"}, {true, false}},
        {3, "370000", "", {"P-3"}, {true}},
        {4, "370102", "held", {"P-2", "P-4"}, {true, true}},
        {5, "370200", "", {}, {}},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        const auto rows = app::windowProblems(s, c.window, c.filter, describe);
        std::vector<std::string> got;
        std::vector<bool> held;
        for (const auto& r : rows) {
            got.push_back(r.problem->id);
            held.push_back(r.held);
        }
        CHECK(got == c.expected);
        CHECK(held == c.held);
    }
}

TEST_CASE("intake: ids of one day sort by their number", "[app][S6.2.3]") {
    CHECK(app::newerId("HL-x-10", "HL-x-9"));
    CHECK_FALSE(app::newerId("HL-x-9", "HL-x-10"));
    CHECK(app::newerId("HL-x-3", "HL-x-2"));
    CHECK_FALSE(app::newerId("HL-x-2", "HL-x-2"));
}
