// The talent's entitlements on #/services (S5.1 叠加, S5.2): a card holder sees the
// province's items and, stacked through the card, the services of the city and
// county schemes where the employer is, each scheme with where it comes from; a
// talent without a card sees the services of the credential they hold.
#include "card_holder.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::ScreenHarness;

TEST_CASE("The talent's services list the schemes stacked through the card and the credentials held", "[S5.1][S5.2][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder(); // T1 of E1 (Lixia) holds a card
    w.addTalent("T4", "E4", 4);          // E4 in Qingdao, no card
    w.ok(wf::window("370100"), PublishLocalCredentialScheme{"JN", "泉城人才服务金卡", "条件", "程序", 10, {"人才公寓优先租住"}}, "2025-03-04");
    w.ok(wf::window("370200"), PublishLocalCredentialScheme{"QD", "青岛人才卡", "条件", "程序", 5, {"青岛人才公寓"}}, "2025-03-04");

    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-05"), wf::talent("T1"));
    h.draw(app::Screen::Services);
    CHECK(h.showsWrappedText("泉城人才服务金卡"));
    CHECK(h.showsWrappedText(h.state.tr("ui.service.local_via_card")));
    CHECK(h.showsWrappedText("· 人才公寓优先租住"));
    CHECK_FALSE(h.showsWrappedText("青岛人才卡")); // not where the employer is

    // Without a card, the credential held is the way in.
    w.ok(wf::employerAdmin("E4"), AssignSpecialist{"T4", "S4"}, "2025-03-05");
    w.ok(wf::employerAdmin("E4"), ApplyLocalCredential{"L4", "QD", "T4"}, "2025-03-05");
    w.ok(wf::window("370200"), IssueLocalCredential{"L4"}, "2025-03-06");
    ScreenHarness t4(lang, size);
    t4.work(w.state, w.ref, wf::d("2025-03-06"), wf::talent("T4"));
    t4.draw(app::Screen::Services);
    CHECK(t4.showsWrappedText(t4.state.tr("ui.service.no_card")));
    CHECK(t4.showsWrappedText("青岛人才卡"));
    CHECK(t4.showsWrappedText("· 青岛人才公寓"));
    CHECK_FALSE(t4.showsWrappedText(t4.state.tr("ui.service.local_via_card")));
}
