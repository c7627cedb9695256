// Complaint items on screen (S8.1.2 (1)): the county window sends an item with
// concentrated complaints back to its competent department from #/window/complaints,
// the department answers on its inbox (#/department), the item's agency under it on
// its own (#/handling), and the window reads both answers and closes it —
// each control pressed through ImGui's input, in zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::commandOf;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("A complaint item is flagged by the window, answered by the department and closed by the window on their screens",
          "[S8.1.2][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const Actor window = wf::window("370102");
    const Actor dept = wf::department("sd_public_security");
    const auto Complaints = app::Screen::WindowComplaints;

    ScreenHarness win(lang, size);
    win.work(w.state, w.ref, wf::d("2025-06-02"), window);
    win.draw(Complaints);
    CHECK(win.showsWrappedText(win.state.tr("ui.complaint.none")));
    REQUIRE(win.type(Complaints, win.state.tr("ui.complaint.item_filter_hint"), "A2"));
    REQUIRE(win.click(Complaints, ui::itemName(win.state, "A2")));
    REQUIRE(win.click(Complaints, ui::departmentName(win.state, "sd_public_security")));
    // A count that is no number is caught on the screen, nothing is sent.
    REQUIRE(win.type(Complaints, win.state.tr("ui.complaint.count_hint"), "six"));
    REQUIRE(win.type(Complaints, win.state.tr("ui.complaint.summary_hint"), "居留许可办理慢"));
    REQUIRE(win.click(Complaints, win.commandLabel("FlagComplaintItem")));
    CHECK(commandOf(win.requests) == nullptr);
    CHECK(win.showsWrappedText(win.state.tr("ui.complaint.need_count")));
    win.state.work.screenForms.clear(); // start the form again
    REQUIRE(win.type(Complaints, win.state.tr("ui.complaint.item_filter_hint"), "A2"));
    REQUIRE(win.click(Complaints, ui::itemName(win.state, "A2")));
    REQUIRE(win.click(Complaints, ui::departmentName(win.state, "sd_public_security")));
    REQUIRE(win.type(Complaints, win.state.tr("ui.complaint.count_hint"), "6"));
    REQUIRE(win.type(Complaints, win.state.tr("ui.complaint.summary_hint"), "居留许可办理慢"));
    REQUIRE(win.click(Complaints, win.commandLabel("FlagComplaintItem")));
    runClicked(w, win, window, "2025-06-02");
    REQUIRE(w.state.complaints.size() == 1);
    const ComplaintItem& k = w.state.complaints.begin()->second;
    CHECK(k.item == "A2");
    CHECK(k.department == "sd_public_security");
    CHECK(k.complaints == 6);
    CHECK(k.window == "370102");
    win.work(w.state, w.ref, wf::d("2025-06-02"), window);
    win.draw(Complaints);
    CHECK(win.showsWrappedText("居留许可办理慢"));
    CHECK_FALSE(win.shows(win.commandLabel("CloseComplaint"))); // not answered yet

    // The department sees it and answers; another department does not see it.
    ScreenHarness other(lang, size);
    other.work(w.state, w.ref, wf::d("2025-06-03"), wf::department("sd_science_tech"));
    other.draw(app::Screen::Department);
    CHECK_FALSE(other.showsWrappedText("居留许可办理慢"));
    ScreenHarness dep(lang, size);
    dep.work(w.state, w.ref, wf::d("2025-06-03"), dept);
    dep.draw(app::Screen::Department);
    CHECK(dep.showsWrappedText("居留许可办理慢"));
    REQUIRE(dep.type(app::Screen::Department, dep.state.tr("ui.complaint.response_hint"), "已增派窗口人员"));
    REQUIRE(dep.click(app::Screen::Department, dep.commandLabel("RespondToComplaint")));
    runClicked(w, dep, dept, "2025-06-03");
    CHECK(k.state == ComplaintState::Responded);
    CHECK(k.response == "已增派窗口人员");
    dep.work(w.state, w.ref, wf::d("2025-06-03"), dept);
    dep.draw(app::Screen::Department);
    CHECK_FALSE(dep.shows(dep.commandLabel("RespondToComplaint")));

    // A2's agency under public security answers on its inbox; the permit office, under
    // science and technology, does not see the item.
    ScreenHarness permit(lang, size);
    permit.work(w.state, w.ref, wf::d("2025-06-03"), wf::agency("sd_foreign_work_permit"));
    permit.draw(app::Screen::Handling);
    CHECK_FALSE(permit.showsWrappedText("居留许可办理慢"));
    const Actor exit = wf::agency("sd_exit_entry");
    ScreenHarness ag(lang, size);
    ag.work(w.state, w.ref, wf::d("2025-06-03"), exit);
    ag.draw(app::Screen::Handling);
    CHECK(ag.showsWrappedText("居留许可办理慢"));
    REQUIRE(ag.type(app::Screen::Handling, ag.state.tr("ui.complaint.response_hint"), "增设晚间窗口"));
    REQUIRE(ag.click(app::Screen::Handling, ag.commandLabel("RespondToComplaint")));
    runClicked(w, ag, exit, "2025-06-03");
    REQUIRE(k.agencyResponses.size() == 1);
    ag.work(w.state, w.ref, wf::d("2025-06-03"), exit);
    ag.draw(app::Screen::Handling);
    CHECK_FALSE(ag.shows(ag.commandLabel("RespondToComplaint")));

    // The window reads both answers and closes it.
    win.work(w.state, w.ref, wf::d("2025-06-04"), window);
    win.draw(Complaints);
    CHECK(win.showsWrappedText("已增派窗口人员"));
    CHECK(win.showsWrappedText(ui::format(ui::format(win.state.tr("ui.complaint.agency_line"), "agency", ui::agencyName(win.state, "sd_exit_entry")),
                                          "text", "增设晚间窗口")));
    REQUIRE(win.click(Complaints, win.commandLabel("CloseComplaint")));
    runClicked(w, win, window, "2025-06-04");
    CHECK(k.state == ComplaintState::Closed);
    win.work(w.state, w.ref, wf::d("2025-06-04"), window);
    win.draw(Complaints);
    CHECK_FALSE(win.shows(win.commandLabel("CloseComplaint")));
}
