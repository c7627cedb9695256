// City and county credentials (S5.2, S7.2): a city/county window publishes its
// scheme (requirements, procedure, time limit); the employer applies for its talent
// in the window's area; the window issues. Stacking (S5.1): a card holder's
// entitlements are the provincial items plus the services of held local credentials.
#include "core/access.h"
#include "core/workflow_credentials.h"
#include "workflow_fixture.h"

#include "core/green_channel.h"
#include "core/offers.h"

using namespace wf;

TEST_CASE("1. a local window publishes its scheme, the employer applies, the window issues", "[core][S5.2][S7.2]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T4", "E4", 4);
    w.ok(employerAdmin("E4"), AssignSpecialist{"T4", "S4"}, "2025-03-03");
    const PublishLocalCredentialScheme scheme{"JN", "泉城人才服务金卡", "济南市认定的高层次人才", "单位申报、窗口审核、发放", 10, {"子女入学协调", "市级人才公寓"}};
    w.fails(window("370000"), scheme, "2025-03-03", "error.local.province_window");
    PublishLocalCredentialScheme noLimit = scheme;
    noLimit.timeLimitDays = 0;
    w.fails(window("370100"), noLimit, "2025-03-03", "error.command.field");
    w.ok(window("370100"), scheme, "2025-03-03");
    CHECK(w.state.localSchemes.at("JN").window == "370100");
    // Published to society: every actor sees it.
    CHECK(visible(talent("T4"), "local_scheme/JN", w.state, w.ref.regions));

    w.fails(employerAdmin("E4"), ApplyLocalCredential{"L4", "JN", "T4"}, "2025-03-04", "error.local.out_of_region"); // Qingdao
    w.fails(employerAdmin("E4"), ApplyLocalCredential{"L1", "JN", "T1"}, "2025-03-04", "error.talent.unknown");
    w.ok(employerAdmin("E1"), ApplyLocalCredential{"L1", "JN", "T1"}, "2025-03-04");
    w.fails(employerAdmin("E1"), ApplyLocalCredential{"L2", "JN", "T1"}, "2025-03-04", "error.local.duplicate");
    CHECK(w.due(w.state.localCredentials.at("L1").clock) == d("2025-03-18")); // Tue 4 Mar + 10
    w.fails(window("370102"), IssueLocalCredential{"L1"}, "2025-03-05", "error.access.denied");
    w.ok(window("370100"), IssueLocalCredential{"L1"}, "2025-03-05");
    CHECK(w.state.localCredentials.at("L1").number == "370100-000001");
    w.fails(window("370100"), IssueLocalCredential{"L1"}, "2025-03-05", "error.workflow.illegal_transition");
}

TEST_CASE("2. entitlements stack: with a valid card, the provincial items and the schemes where the employer is", "[core][S5.1][S5.2]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1); // E1 is in Lixia (370102), a county of Jinan
    w.addTalent("T4", "E4", 4); // E4 is in Qingdao
    w.ok(window("370100"), PublishLocalCredentialScheme{"JN", "泉城卡", "条件", "程序", 10, {"市级人才公寓"}}, "2025-03-03");
    w.ok(window("370102"), PublishLocalCredentialScheme{"LX", "历下卡", "条件", "程序", 5, {"区级体检"}}, "2025-03-03");
    w.ok(window("370200"), PublishLocalCredentialScheme{"QD", "青岛卡", "条件", "程序", 5, {"青岛人才公寓"}}, "2025-03-03");
    auto at = [&](const char* talent, const char* on) { return entitlementsOf(w.state, talent, d(on), w.ref.catalog, w.ref.regions); };
    auto schemes = [](const Entitlements& e) {
        std::vector<std::string> out;
        for (const auto& l : e.local)
            out.push_back(l.scheme + (l.viaCard ? "+card" : "") + (l.credential.empty() ? "" : "+" + l.credential));
        return out;
    };
    using Names = std::vector<std::string>;
    // Without a card and without credentials, nothing.
    CHECK(at("T1", "2025-03-03").card.empty());
    CHECK(at("T1", "2025-03-03").provincialItems.empty());
    CHECK(at("T1", "2025-03-03").local.empty());

    // The card alone gives the province's items and, stacked, the Jinan and Lixia
    // schemes' services, with no credential of their own; not Qingdao's.
    w.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    const Entitlements e = at("T1", "2025-03-06");
    CHECK(e.card == "SDHC-2025-000001");
    CHECK(e.provincialItems.size() == 30);
    CHECK(e.provincialItems.front() == "A1");
    CHECK(schemes(e) == Names{"JN+card", "LX+card"});
    CHECK(e.local[0].items == std::vector<std::string>{"市级人才公寓"});

    // A credential held is listed with its number, once per scheme.
    w.ok(employerAdmin("E1"), ApplyLocalCredential{"L1", "JN", "T1"}, "2025-03-04");
    w.ok(window("370100"), IssueLocalCredential{"L1"}, "2025-03-05");
    CHECK(schemes(at("T1", "2025-03-06")) == Names{"JN+card+370100-000001", "LX+card"});

    // A talent who qualifies only locally: the credential is the way in.
    w.ok(employerAdmin("E4"), AssignSpecialist{"T4", "S4"}, "2025-03-04");
    w.ok(employerAdmin("E4"), ApplyLocalCredential{"L4", "QD", "T4"}, "2025-03-04");
    w.ok(window("370200"), IssueLocalCredential{"L4"}, "2025-03-05");
    const Entitlements local = at("T4", "2025-03-06");
    CHECK(local.card.empty());
    CHECK(local.provincialItems.empty());
    CHECK(schemes(local) == Names{"QD+370200-000001"});

    // When the card expires (five years), the province's items and the stacking go
    // with it; the credential stays.
    CHECK(at("T1", "2030-03-03").provincialItems.empty());
    CHECK(schemes(at("T1", "2030-03-03")) == Names{"JN+370100-000001"});
}

TEST_CASE("3. the window issues or refuses with reasons, as offered, and the employer may apply where the core lets it", "[core][S5.2][S7.2]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T4", "E4", 4);
    w.ok(window("370102"), PublishLocalCredentialScheme{"LX", "历下区人才卡", "区认定人才", "单位申报", 5, {"区级体检"}}, "2025-03-03");
    w.ok(window("370200"), PublishLocalCredentialScheme{"QD", "青岛人才卡", "市认定人才", "单位申报", 5, {"人才公寓"}}, "2025-03-03");
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    CHECK(credentialChoices(w.state, employerAdmin("E1"), w.ctx(d("2025-03-04"))) == Pairs{{"T1", "LX"}});
    CHECK(credentialChoices(w.state, employerAdmin("E4"), w.ctx(d("2025-03-04"))) == Pairs{{"T4", "QD"}});
    CHECK(credentialChoices(w.state, window("370102"), w.ctx(d("2025-03-04"))).empty());
    w.ok(employerAdmin("E1"), ApplyLocalCredential{"L1", "LX", "T1"}, "2025-03-04");
    CHECK(credentialChoices(w.state, employerAdmin("E1"), w.ctx(d("2025-03-04"))).empty()); // applied once
    auto offered = [&](const Actor& a) {
        std::vector<std::string> names;
        for (const auto& o : offers(w.state, a, "local_credential/L1", w.ctx(d("2025-03-05")))) names.push_back(o.command);
        return names;
    };
    using Names = std::vector<std::string>;
    CHECK(offered(window("370102")) == Names{"IssueLocalCredential", "RefuseLocalCredential"});
    CHECK(offered(window("370100")).empty()); // the scheme is the county's
    CHECK(offered(employerAdmin("E1")).empty());
    w.fails(window("370100"), RefuseLocalCredential{"L1", {"理由"}}, "2025-03-05", "error.access.denied");
    w.ok(window("370102"), RefuseLocalCredential{"L1", {"不符合区认定条件"}}, "2025-03-05");
    const LocalCredential& c = w.state.localCredentials.at("L1");
    CHECK(c.state == LocalCredentialState::Refused);
    CHECK(c.reasons == std::vector<std::string>{"不符合区认定条件"});
    CHECK(c.refusedOn == d("2025-03-05"));
    CHECK(offered(window("370102")).empty());
    w.fails(window("370102"), IssueLocalCredential{"L1"}, "2025-03-05", "error.workflow.illegal_transition");
    // The employer may apply again after a refusal.
    CHECK(credentialChoices(w.state, employerAdmin("E1"), w.ctx(d("2025-03-06"))) == Pairs{{"T1", "LX"}});
}
