// The evidence of a card application asked per document of its basis (S5.1), drawn
// natively: the talent's form has one field per document the basis lists and sends
// each description under its item; the specialist's completion waits until every
// item has a document and names what is missing; the timeline lists the documents per
// item and marks a missing one.
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::ScreenHarness;

using wf::kS1;

namespace {

std::string hintFor(const ScreenHarness& h, const wf::World& w, const std::string& basis, const std::string& item) {
    for (const auto& e : w.ref.talent.basis(basis)->evidence)
        if (e.id == item) return ui::format(h.state.tr("ui.evidence.paper_hint"), "item", h.state.lang == "zh-CN" ? e.nameZh : e.nameEn);
    return {};
}

std::string nameOf(const wf::World& w, const std::string& basis, const std::string& item, bool zh) {
    for (const auto& e : w.ref.talent.basis(basis)->evidence)
        if (e.id == item) return zh ? e.nameZh : e.nameEn;
    return {};
}

template <class T> const T* requested(const app::Requests& requests) {
    const app::RunCommand* c = screens::commandOf(requests);
    return c ? std::get_if<T>(&c->payload) : nullptr;
}

wf::World assigned() {
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.ok(wf::employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-01-06");
    return w;
}

} // namespace

TEST_CASE("1. the talent's form asks for each document of the basis and sends each under its item", "[S5.1][ui]") {
    wf::World w = assigned();
    for (const char* lang : {"zh-CN", "en"}) {
        ScreenHarness h(lang, std::string(lang) == "en" ? screens::kPhone : screens::kDesk);
        h.work(w.state, w.ref, wf::d("2025-03-03"), wf::talent("T1"));
        h.draw(app::Screen::Talent);
        // direct.1, the first basis, lists two documents: a field for each.
        const std::string notice = hintFor(h, w, "direct.1", "selection_notice");
        const std::string nomination = hintFor(h, w, "direct.1", "employer_nomination");
        REQUIRE(h.shows(notice));
        REQUIRE(h.shows(nomination));
        REQUIRE(h.type(app::Screen::Talent, notice, "Notice No. 12"));
        REQUIRE(h.click(app::Screen::Talent, h.commandLabel("SubmitCardApplication")));
        const auto* submit = requested<SubmitCardApplication>(h.requests);
        REQUIRE(submit);
        CHECK(submit->basis == "direct.1");
        // The nomination left empty is for the specialist.
        CHECK(submit->evidence == std::vector<EvidenceDocument>{{"selection_notice", "Notice No. 12"}});
    }
}

TEST_CASE("2. the specialist's completion waits for every document and takes the ones typed per item", "[S5.1][S7.1][ui]") {
    wf::World w = assigned();
    w.ok(wf::talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "入选通知"}}},
         "2025-03-03");
    ScreenHarness h;
    h.work(w.state, w.ref, wf::d("2025-03-03"), kS1);
    h.draw(app::Screen::Specialist);
    const std::string complete = h.commandLabel("CompleteApplication");
    CHECK_FALSE(h.enabled(complete));
    // The timeline marks the missing item; the core's reason names it.
    CHECK(h.showsText(ui::format(h.state.tr("ui.evidence.missing"), "item", nameOf(w, "direct.1", "employer_nomination", true))));
    CHECK(h.showsWrappedText(ui::format(h.state.tr("ui.evidence.given"), "item", nameOf(w, "direct.1", "selection_notice", true))));
    CHECK(h.showsWrappedText(ui::format(h.state.tr("error.card.evidence_missing"), "detail", "employer_nomination")));
    // The notice the talent gave stays folded; one button opens its field for another document.
    const std::string noticeHint = hintFor(h, w, "direct.1", "selection_notice");
    CHECK_FALSE(h.shows(noticeHint));
    REQUIRE(h.click(app::Screen::Specialist, h.state.tr("ui.evidence.more")));
    h.draw(app::Screen::Specialist);
    CHECK(h.shows(noticeHint));
    REQUIRE(h.type(app::Screen::Specialist, hintFor(h, w, "direct.1", "employer_nomination"), "单位推荐函"));
    CHECK(h.enabled(complete));
    REQUIRE(h.click(app::Screen::Specialist, complete));
    const auto* done = requested<CompleteApplication>(h.requests);
    REQUIRE(done);
    CHECK(done->evidence == std::vector<EvidenceDocument>{{"employer_nomination", "单位推荐函"}});
    // The core takes it: every item now has a document and the application may go on;
    // the form is emptied once it applied.
    screens::runClicked(w, h, kS1, "2025-03-03");
    CHECK(w.state.cardApplications.at("CA1").state == CardState::CompletedByEmployer);
    CHECK(h.state.work.fields["evidence-complete-CA1-employer_nomination"].empty());
}

TEST_CASE("3. the window's timeline lists the documents per item and the ones stored before items", "[S5.1][S7.1][ui]") {
    wf::World w = assigned();
    w.ok(wf::talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "鲁组字12号"}}},
         "2025-03-03");
    w.ok(kS1, CompleteApplication{"CA1", {{"employer_nomination", "推荐函"}}}, "2025-03-03");
    w.ok(kS1, SubmitToWindow{"CA1"}, "2025-03-03");
    w.state.cardApplications.at("CA1").evidence.push_back({"", "旧材料清单"});
    ScreenHarness h("en");
    h.work(w.state, w.ref, wf::d("2025-03-04"), wf::window("370102"));
    h.draw(app::Screen::Window);
    CHECK(h.showsText(ui::format(h.state.tr("ui.evidence.paper"), "document", "鲁组字12号")));
    CHECK(h.showsText(ui::format(h.state.tr("ui.evidence.paper"), "document", "推荐函")));
    CHECK(h.showsText(h.state.tr("ui.evidence.other")));
    CHECK(h.showsText(ui::format(h.state.tr("ui.evidence.paper"), "document", "旧材料清单")));
}
