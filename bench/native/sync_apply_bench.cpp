// Server commands applied per second through the core vs raw SQLite inserts of the
// same rows. Both sides use a fresh database in the server's durable mode (WAL,
// synchronous=FULL) and one transaction per command, as a push does. The core side
// runs commitPushed() (decode-free: apply, rows with change-log sequences, audit,
// client sequence, push answer); the raw side writes the very rows the core side
// produced, already encoded. Prints both rates and their ratio, once with the
// server's full sync and once without waiting for the disk (the CPU cost alone).
//   bench_sync_apply [TALENTS]   (5 commands per talent; default 200)
#include "core/apply.h"
#include "data/asset_files.h"
#include "data/command_json.h"
#include "data/reference.h"
#include "resident_ids.h"
#include "store/database.h"
#include "store/raw_rows.h"
#include "store/server_commit.h"
#include "store/server_repo.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace huicai;

namespace {

Command cmd(const std::string& id, Actor actor, Payload p) { return Command{id, std::move(actor), std::move(p)}; }

std::vector<Command> workload(int talents) {
    const Actor root{"root", Role::SystemAdmin, ""};
    const Actor adm{"ADM-E1", Role::EmployerAdmin, "E1"};
    const Actor s1{"S1", Role::EmployerSpecialist, "E1"};
    std::vector<Command> out;
    out.push_back(cmd("setup-1", root, RegisterEmployer{"E1", "济南某研究院", "370102"}));
    out.push_back(cmd("setup-2", root, RegisterSpecialist{"ADM-E1", "人事处", Role::EmployerAdmin, "E1"}));
    out.push_back(cmd("setup-3", adm, RegisterSpecialist{"S1", "王专员", Role::EmployerSpecialist, "E1"}));
    for (int n = 1; n <= talents; ++n) {
        const std::string t = "T" + std::to_string(n), a = "CA" + std::to_string(n), p = "c" + std::to_string(n) + "-";
        const Actor talent{t, Role::Talent, t};
        RegisterTalent reg;
        reg.id = t;
        reg.name = "人才" + std::to_string(n);
        reg.category = "professional_technical";
        reg.idNumber = bench::residentId(n);
        reg.nationality = "CHN";
        reg.degree = Degree::Doctorate;
        reg.title = Title::FullSenior;
        reg.yearsInKeyPost = 5;
        reg.honours = {Honour{"国家级重点人才工程", HonourLevel::National, false, 2021}};
        reg.employer = "E1";
        out.push_back(cmd(p + "1", talent, reg));
        SubmitCardApplication submit;
        submit.id = a;
        submit.basis = "direct.1";
        submit.evidence = {{"selection_notice", "入选通知.pdf"}};
        out.push_back(cmd(p + "2", talent, submit));
        out.push_back(cmd(p + "3", adm, AssignSpecialist{t, "S1"}));
        out.push_back(cmd(p + "4", s1, CompleteApplication{a, {{"employer_nomination", "单位推荐函.pdf"}}}));
        out.push_back(cmd(p + "5", s1, SubmitToWindow{a}));
    }
    return out;
}

store::Database freshDb(const std::string& path, bool durable) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    auto db = store::Database::open(path);
    if (!db || !(durable ? db->useDurableWal() : db->useWalWithoutSync()) || !store::insertUser(*db, store::UserRow{"u", "u", "x", Role::SystemAdmin, "", "u"}) ||
        !store::insertClient(*db, "bench-client", "u")) {
        std::fprintf(stderr, "bench: cannot create %s\n", path.c_str());
        std::exit(1);
    }
    return std::move(*db);
}

} // namespace

namespace {
bool measure(const std::vector<Command>& commands, const Context& ctx, const std::filesystem::path& dir, bool durable) {
    // Through the core, remembering the rows each command wrote for the raw side.
    std::vector<std::vector<store::RawRow>> rows;
    State state;
    auto db = freshDb((dir / "core.sqlite").string(), durable);
    auto t0 = std::chrono::steady_clock::now();
    std::int64_t seq = 0;
    for (const auto& c : commands) {
        auto r = store::commitPushed(db, state, c, ctx, "bench-client", ++seq);
        if (!r || !r->applied) {
            std::fprintf(stderr, "bench: %s not applied: %s\n", c.id.c_str(), r ? r->errorKey.c_str() : r.error().detail.c_str());
            return false;
        }
        rows.emplace_back();
    }
    const double coreSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // The rows as they ended up (same kinds, ids and body sizes), per command.
    {
        State replay;
        for (std::size_t i = 0; i < commands.size(); ++i) {
            auto applied = apply(replay, commands[i], ctx);
            for (const auto& key : applied->changed) {
                auto parts = splitRecordKey(key);
                rows[i].push_back(store::RawRow{parts->first, parts->second, recordToJson(replay, key).dump()});
            }
        }
    }
    auto raw = freshDb((dir / "raw.sqlite").string(), durable);
    t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < commands.size(); ++i)
        if (auto s = store::writeRawRows(raw, rows[i], commands[i].id, static_cast<std::int64_t>(i + 1)); !s) {
            std::fprintf(stderr, "bench: raw write failed: %s\n", s.error().detail.c_str());
            return false;
        }
    const double rawSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double n = static_cast<double>(commands.size());
    std::printf("server apply benchmark: %zu commands, one transaction each (WAL, synchronous=%s)\n", commands.size(),
                durable ? "FULL, as the server runs" : "OFF, CPU cost only");
    std::printf("  through the core: %8.0f commands/s (%.3f s)\n", n / coreSeconds, coreSeconds);
    std::printf("  raw SQLite rows : %8.0f commands/s (%.3f s)\n", n / rawSeconds, rawSeconds);
    std::printf("  ratio core/raw  : %.2f (time), the core runs at %.0f%% of the raw insert rate\n", coreSeconds / rawSeconds,
                100.0 * rawSeconds / coreSeconds);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    const int talents = argc > 1 ? std::atoi(argv[1]) : 200;
    const auto ref = loadReference(assetsDir());
    if (!ref) {
        std::fprintf(stderr, "bench: cannot load the reference data: %s %s\n", ref.error().key.c_str(), ref.error().detail.c_str());
        return 1;
    }
    const Context ctx = ref->at(Date::fromYmd({2025, 6, 2}));
    const auto commands = workload(talents);
    const auto dir = std::filesystem::temp_directory_path() / "huicai-bench";
    std::filesystem::create_directories(dir);

    for (bool durable : {true, false})
        if (!measure(commands, ctx, dir, durable)) return 1;
    return 0;
}
