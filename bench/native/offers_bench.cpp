// What the core's offers cost on a large state: N card applications under review at
// Lixia's window (370102), and the window's offers on one of them asked N times, as a
// queue that computed every row's controls would after each change. Each probe that
// reaches apply() copies the whole state, so the figure to watch is the time per
// record against N: the screens ask only for the records they draw (the selected
// application, the rows of an inbox), once per state version (app/offer_cache.h).
//   bench_offers [N ...]   (default 500 2000)
#include "core/apply.h"
#include "core/offers.h"
#include "data/asset_files.h"
#include "data/reference.h"
#include "resident_ids.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace huicai;

namespace {

bool run(State& s, const Context& ctx, const Actor& a, Payload p, int& seq) {
    auto r = apply(s, Command{"b" + std::to_string(++seq), a, std::move(p)}, ctx);
    if (!r) std::fprintf(stderr, "bench_offers: %s %s\n", r.error().key.c_str(), r.error().detail.c_str());
    return r.ok();
}

bool fill(State& s, const Context& ctx, int n) {
    const Actor root{"root", Role::SystemAdmin, ""}, adm{"ADM-E1", Role::EmployerAdmin, "E1"}, s1{"S1", Role::EmployerSpecialist, "E1"};
    int seq = 0;
    if (!run(s, ctx, root, RegisterEmployer{"E1", "济南某研究院", "370102"}, seq) ||
        !run(s, ctx, root, RegisterSpecialist{"ADM-E1", "人事处", Role::EmployerAdmin, "E1"}, seq) ||
        !run(s, ctx, adm, RegisterSpecialist{"S1", "王专员", Role::EmployerSpecialist, "E1"}, seq))
        return false;
    for (int i = 1; i <= n; ++i) {
        const std::string t = "T" + std::to_string(i), app = "CA" + std::to_string(i);
        RegisterTalent reg;
        reg.id = t;
        reg.name = "人才" + std::to_string(i);
        reg.category = "professional_technical";
        reg.idNumber = bench::residentId(i);
        reg.degree = Degree::Doctorate;
        reg.title = Title::FullSenior;
        reg.yearsInKeyPost = 5;
        reg.honours = {Honour{"国家级重点人才工程", HonourLevel::National, false, 2021}};
        reg.employer = "E1";
        if (!run(s, ctx, Actor{t, Role::Talent, t}, reg, seq) ||
            !run(s, ctx, Actor{t, Role::Talent, t}, SubmitCardApplication{app, CardClass::DirectIssue, "direct.1", {{"selection_notice", "入选通知.pdf"}}}, seq) ||
            !run(s, ctx, adm, AssignSpecialist{t, "S1"}, seq) || !run(s, ctx, s1, CompleteApplication{app, {{"employer_nomination", "推荐函.pdf"}}}, seq) ||
            !run(s, ctx, s1, SubmitToWindow{app}, seq))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    auto ref = loadReference(assetsDir());
    if (!ref) {
        std::fprintf(stderr, "bench_offers: %s %s\n", ref.error().key.c_str(), ref.error().detail.c_str());
        return 1;
    }
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
    if (sizes.empty()) sizes = {500, 2000};
    const Context ctx = ref->at(*Date::parse("2025-03-03"));
    const Actor window{"W-370102", Role::WindowSpecialist, "370102"};
    std::printf("%-8s %14s %14s %10s\n", "records", "offers/record", "check (copy)", "offers");
    for (int n : sizes) {
        State s;
        if (!fill(s, ctx, n)) return 1;
        const int asks = std::min(n, 200);
        std::size_t count = 0;
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 1; i <= asks; ++i) count += offers(s, window, recordKey("card_application", "CA" + std::to_string(i)), ctx).size();
        const auto t1 = std::chrono::steady_clock::now();
        (void)check(s, Command{"probe", window, ApproveAtWindow{"CA1", ""}}, ctx);
        const auto t2 = std::chrono::steady_clock::now();
        const double perRecord = std::chrono::duration<double, std::milli>(t1 - t0).count() / asks;
        const double perCheck = std::chrono::duration<double, std::milli>(t2 - t1).count();
        std::printf("%-8d %11.3f ms %11.3f ms %10zu\n", n, perRecord, perCheck, count / static_cast<std::size_t>(asks));
    }
    return 0;
}
