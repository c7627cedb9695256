// Implements the benchmark's command stream and pull pages.
#include "workload.h"

#include "data/command_json.h"
#include "store/database.h"
#include "sync/protocol.h"

#include <algorithm>
#include <cstdio>

namespace huicai::bench {

namespace {

const Actor kRoot{"root", Role::SystemAdmin, ""};
const Actor kAdmin{"ADM-E1", Role::EmployerAdmin, "E1"};
const Actor kSpecialist{"S1", Role::EmployerSpecialist, "E1"};

// A valid GB 11643 number, different for every n below 480,000.
std::string residentId(int n) {
    static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char* m = "10X98765432";
    const int k = n / 1000;
    char base[32]; // 17 digits; room for what the compiler cannot rule out
    std::snprintf(base, sizeof base, "370102%04d%02d%02d%03d", 1965 + k / 12 % 30, 1 + k % 12, 1 + n % 28, n % 1000);
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (base[i] - '0') * w[i];
    return std::string(base) + m[sum % 11];
}

Command talentCommand(int n, int step) {
    const std::string t = "T" + std::to_string(n), a = "CA" + std::to_string(n);
    const std::string id = "c" + std::to_string(n) + "-" + std::to_string(step + 1);
    switch (step) {
    case 0: {
        RegisterTalent reg;
        reg.id = t;
        reg.name = "人才" + std::to_string(n);
        reg.category = "professional_technical";
        reg.idNumber = residentId(n);
        reg.nationality = "CHN";
        reg.degree = Degree::Doctorate;
        reg.title = Title::FullSenior;
        reg.yearsInKeyPost = 5;
        reg.honours = {Honour{"国家级重点人才工程", HonourLevel::National, false, 2021}};
        reg.employer = "E1";
        return Command{id, Actor{t, Role::Talent, t}, reg};
    }
    case 1: {
        SubmitCardApplication submit;
        submit.id = a;
        submit.basis = "direct.1";
        submit.evidence = {{"selection_notice", "入选通知.pdf"}, {"selection_notice", "入选通知（公示页）.pdf"}};
        return Command{id, Actor{t, Role::Talent, t}, submit};
    }
    case 2: return Command{id, kAdmin, AssignSpecialist{t, "S1"}};
    case 3: return Command{id, kSpecialist, CompleteApplication{a, {{"employer_nomination", "单位推荐函.pdf"}, {"employer_nomination", "劳动合同.pdf"}}}};
    default: return Command{id, kSpecialist, SubmitToWindow{a}};
    }
}

} // namespace

Date benchDate() { return Date::fromYmd({2025, 6, 2}); }

Command Workload::next() {
    if (!m_setupDone) {
        const int step = m_step++;
        if (step == 2) m_setupDone = true, m_step = 0;
        switch (step) {
        case 0: return Command{"setup-1", kRoot, RegisterEmployer{"E1", "济南某研究院", "370102"}};
        case 1: return Command{"setup-2", kRoot, RegisterSpecialist{"ADM-E1", "人事处", Role::EmployerAdmin, "E1"}};
        default: return Command{"setup-3", kAdmin, RegisterSpecialist{"S1", "王专员", Role::EmployerSpecialist, "E1"}};
        }
    }
    if (m_step == 0) ++m_talent;
    const int step = m_step;
    m_step = (m_step + 1) % 5;
    return talentCommand(m_talent, step);
}

Status Workload::applyNext(State& state, const Context& ctx, std::vector<std::string>& changed) {
    const Command command = next();
    auto applied = apply(state, command, ctx);
    if (!applied) return makeError(applied.error().key, command.id + ": " + applied.error().detail);
    changed.insert(changed.end(), applied->changed.begin(), applied->changed.end());
    return Ok{};
}

std::vector<std::string> pullPages(const State& state, const std::vector<std::string>& keys, std::size_t perPage,
                                   std::int64_t firstSeq) {
    std::vector<std::string> pages;
    for (std::size_t start = 0; start < keys.size(); start += perPage) {
        const std::size_t end = std::min(keys.size(), start + perPage);
        Json changes = Json::array();
        for (std::size_t i = start; i < end; ++i) {
            auto kindId = splitRecordKey(keys[i]);
            if (!kindId) continue;
            Json record = recordToJson(state, keys[i]);
            auto idNumber = record.find("id_number");
            if (kindId->first == "talent" && idNumber != record.end() && idNumber->is_string()) {
                std::string n = idNumber->get<std::string>();
                for (std::size_t c = 3; c + 2 < n.size(); ++c) n[c] = '*';
                *idNumber = n;
            }
            changes.push_back(Json{{"seq", firstSeq + static_cast<std::int64_t>(i)},
                                   {"kind", kindId->first},
                                   {"id", kindId->second},
                                   {"record", std::move(record)}});
        }
        pages.push_back(Json{{"protocol", sync::kProtocolVersion},
                             {"schema", store::currentSchemaVersion()},
                             {"cursor", firstSeq + static_cast<std::int64_t>(end) - 1},
                             {"more", end < keys.size()},
                             {"changes", std::move(changes)}}
                            .dump());
    }
    return pages;
}

} // namespace huicai::bench
