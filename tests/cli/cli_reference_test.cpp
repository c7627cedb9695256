// Runs the real huicai tool (HUICAI_CLI) as a child process and checks its output and
// exit codes for the calendar, id and catalog commands: working-day answers that
// round-trip (count D (add D N) == N), the no-data exit 2, loading another holidays
// file, identity checks, the catalogue listing and usage errors naming the argument.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct CliRun {
    int exit = -1;
    std::string out, err;
};

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

CliRun huicai(const std::vector<std::string>& args) {
    char errPath[] = "/tmp/huicai_cli_test_XXXXXX";
    const int fd = mkstemp(errPath);
    REQUIRE(fd >= 0);
    close(fd);
    std::string cmd = quote(HUICAI_CLI);
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " 2>" + quote(errPath);
    CliRun r;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = pclose(p);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream e(errPath);
    std::stringstream ss;
    ss << e.rdbuf();
    r.err = ss.str();
    std::remove(errPath);
    return r;
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string line; std::getline(ss, line);) out.push_back(line);
    return out;
}

} // namespace

TEST_CASE("cli calendar: add answers, numbered cases", "[S7.1][S7.4][cli][calendar]") {
    struct Case {
        int no;
        const char* from;
        const char* n;
        const char* expected;
    };
    const Case cases[] = {
        {1, "2025-09-30", "1", "2025-10-09"}, // National Day and Mid-Autumn 2025
        {2, "2025-09-26", "1", "2025-09-28"}, // make-up Sunday
        {3, "2026-02-13", "2", "2026-02-24"}, // Spring Festival 2026
        {4, "2025-09-30", "7", "2025-10-16"},
    };
    for (const Case& c : cases) {
        INFO("case " << c.no);
        CliRun r = huicai({"calendar", "add", c.from, c.n});
        CHECK(r.exit == 0);
        CHECK(trim(r.out) == c.expected);
    }
}

TEST_CASE("cli calendar: count D (add D N) == N through the tool", "[S7.1][S7.4][cli][calendar]") {
    const char* dates[] = {"2024-02-08", "2025-04-30", "2025-09-26", "2025-12-31", "2026-09-24"};
    const int ns[] = {0, 1, 5, 14};
    for (const char* d : dates)
        for (int n : ns) {
            INFO(d << " + " << n);
            CliRun add = huicai({"calendar", "add", d, std::to_string(n)});
            REQUIRE(add.exit == 0);
            CliRun count = huicai({"calendar", "count", d, trim(add.out)});
            REQUIRE(count.exit == 0);
            CHECK(trim(count.out) == std::to_string(n));
        }
}

TEST_CASE("cli calendar: a year with no data exits 2 naming the year and how to load it", "[S7.1][S7.4][cli][calendar]") {
    CliRun r = huicai({"calendar", "add", "2026-12-28", "10"});
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("2027") != std::string::npos);
    CHECK(r.err.find("--holidays") != std::string::npos);
    CliRun c = huicai({"calendar", "count", "2023-12-01", "2024-01-10"});
    CHECK(c.exit == 2);
    CHECK(c.err.find("2023") != std::string::npos);
}

TEST_CASE("cli calendar: --provisional counts a year with no data Monday to Friday and says so", "[S7.1][S7.4][cli][calendar]") {
    CliRun r = huicai({"calendar", "add", "2026-12-28", "10", "--provisional"});
    CHECK(r.exit == 0);
    CHECK(trim(r.out) == "2027-01-11");
    CHECK(r.err.find("provisional") != std::string::npos);
    CHECK(r.err.find("2027") != std::string::npos);
    CliRun c = huicai({"calendar", "count", "2026-12-28", "2027-01-11", "--provisional"});
    CHECK(c.exit == 0);
    CHECK(trim(c.out) == "10");
    CliRun firm = huicai({"calendar", "add", "2025-09-26", "7", "--provisional"});
    CHECK(firm.exit == 0);
    CHECK(trim(firm.out) == "2025-10-13");
    CHECK(firm.err.empty());
}

TEST_CASE("cli calendar: --holidays loads a new year's data", "[S7.1][cli][calendar]") {
    char path[] = "/tmp/huicai_holidays_2027_XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    const std::string json = R"({"years": {"2027": {"off": ["2027-01-01"], "work": []}}})";
    REQUIRE(write(fd, json.data(), json.size()) == static_cast<ssize_t>(json.size()));
    close(fd);
    CliRun r = huicai({"calendar", "add", "2026-12-31", "1", "--holidays", HUICAI_ASSETS_DIR "/holidays.json", "--holidays", path});
    CHECK(r.exit == 0);
    CHECK(trim(r.out) == "2027-01-04");
    CliRun years = huicai({"calendar", "years", "--holidays", path});
    CHECK(trim(years.out) == "2027");
    std::remove(path);
    CliRun missing = huicai({"calendar", "years", "--holidays", "/nonexistent/holidays.json"});
    CHECK(missing.exit == 2);
    CHECK(missing.err.find("/nonexistent/holidays.json") != std::string::npos);
}

TEST_CASE("cli calendar: bad input exits 2 naming the argument", "[S7.1][cli][calendar]") {
    struct Case {
        int no;
        std::vector<std::string> args;
        const char* named;
    };
    const Case cases[] = {
        {1, {"calendar", "add", "2025-13-01", "1"}, "2025-13-01"},
        {2, {"calendar", "add", "2025-10-01", "x"}, "'x'"},
        {3, {"calendar", "add", "2025-10-01", "-3"}, "'-3'"},
        {4, {"calendar", "count", "2025-10-01", "tomorrow"}, "tomorrow"},
        {5, {"calendar", "add", "2025-10-01", "1", "--bogus"}, "--bogus"},
        {6, {"calendar", "count", "2025-10-01"}, "count"},
        {7, {"calendar", "subtract", "2025-10-01", "1"}, "subtract"},
        {8, {"calendar"}, "usage"},
    };
    for (const Case& c : cases) {
        INFO("case " << c.no);
        CliRun r = huicai(c.args);
        CHECK(r.exit == 2);
        CHECK(r.err.find(c.named) != std::string::npos);
    }
}

TEST_CASE("cli id: check a resident identity number", "[S7.1][cli][id]") {
    CliRun ok = huicai({"id", "check", "11010519491231002X", "--today", "2026-03-01"});
    CHECK(ok.exit == 0);
    CHECK(ok.out.find("valid") == 0);
    CHECK(ok.out.find("birth date: 1949-12-31") != std::string::npos);
    CHECK(ok.out.find("sex: female") != std::string::npos);

    CliRun bad = huicai({"id", "check", "110105194912310021", "--today", "2026-03-01"});
    CHECK(bad.exit == 1);
    CHECK(bad.out.find("error.id.checksum") != std::string::npos);
    CHECK(bad.out.find("expected X") != std::string::npos);

    CliRun shortNo = huicai({"id", "check", "1101051949"});
    CHECK(shortNo.exit == 1);
    CHECK(shortNo.out.find("error.id.length") != std::string::npos);

    CliRun future = huicai({"id", "check", "11010519491231002X", "--today", "1949-12-30"});
    CHECK(future.exit == 1);
    CHECK(future.out.find("error.id.birthdate") != std::string::npos);

    CliRun usage = huicai({"id", "check"});
    CHECK(usage.exit == 2);
    CliRun badToday = huicai({"id", "check", "11010519491231002X", "--today", "soon"});
    CHECK(badToday.exit == 2);
    CHECK(badToday.err.find("soon") != std::string::npos);

    CHECK(huicai({"id", "passport", "E12345678", "USA"}).exit == 0);
    CliRun nat = huicai({"id", "passport", "E12345678", "XXX"});
    CHECK(nat.exit == 1);
    CHECK(nat.out.find("error.passport.nationality") != std::string::npos);
}

TEST_CASE("cli catalog: lists the 30 items in both languages", "[S4.2][cli][catalog]") {
    CliRun en = huicai({"catalog", "--lang", "en"});
    REQUIRE(en.exit == 0);
    const auto rows = lines(en.out);
    REQUIRE(rows.size() == 30);
    for (int i = 0; i < 30; ++i) {
        INFO(rows[i]);
        CHECK(rows[i].rfind("A" + std::to_string(i + 1) + "\t", 0) == 0);
    }
    CHECK(rows[12].find("Rail") != std::string::npos);
    CHECK(rows[12].find("Direct with the card") != std::string::npos);
    CHECK(rows[1].find("Public Security; ") != std::string::npos); // A2: two departments
    CHECK(rows[1].find("\t15") != std::string::npos);
    CHECK(rows[2].find("\t10*") != std::string::npos); // a configurable default

    CliRun zh = huicai({"catalog"});
    REQUIRE(zh.exit == 0);
    const auto zhRows = lines(zh.out);
    REQUIRE(zhRows.size() == 30);
    CHECK(zhRows[0].find("出入境服务") != std::string::npos);
    CHECK(zhRows[0].find("山东省公安厅") != std::string::npos);
    CHECK(zhRows[10].find("预约") != std::string::npos); // A11 booked

    CliRun fr = huicai({"catalog", "--lang", "fr"});
    CHECK(fr.exit == 2);
    CHECK(fr.err.find("fr") != std::string::npos);
}
