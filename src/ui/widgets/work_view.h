// Pieces the demo's role screens share: the guard that the demo is loaded and the
// right role is acting, the notice of the last command (done, or the localised
// error of a rejection), names of people, places and states, the deadline chip and
// the application's timeline (its steps as a bar, who has it now, since when, time
// limit left, its documents per item, its history).
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <string>
#include <string_view>

namespace huicai::ui {

// The roles of the switcher, in its order (aliases of the seed's actors).
std::span<const std::string_view> demoRoles();
std::string roleLabel(const app::AppState& state, std::string_view alias);

// Draws why the demo could not start and returns false, or returns true.
bool workReady(app::AppState& state, Ui& ui);
// True when the acting user has `role`; otherwise draws a hint and a button that
// switches to the demo role `alias` (signed in: back to their own workspace), and
// returns false.
bool roleGate(app::AppState& state, Ui& ui, Role role, std::string_view alias);
// The head of a window's own screen (its evaluations, complaints, liaison, green
// channel): the title `titleKey`, the role gate, the window's region, a link back to
// its queue and the last command's notice. The acting window, or null when the
// screen stops at the gate.
const Actor* windowScreenHead(app::AppState& state, Ui& ui, std::string_view titleKey);
// The larger-text switch (长辈版 / Larger text) of the sign-in and talent screens: a
// toggle between the normal text size and kLargerText, pressed while the text is at
// least that large.
void largerTextSwitch(app::AppState& state, Ui& ui);
// The text sizes of kTextSizes as a row of toggles, the one in use pressed.
void textSizeSwitch(app::AppState& state, Ui& ui);
// "Refused: <reason>" of the last command, or empty.
std::string refusalText(const app::AppState& state);
// The refusal under a record's controls when one of them sent the refused command
// (Ui::refusal); at most once a frame.
void refusalNotice(Ui& ui);

std::string staffName(const app::AppState& state, const std::string& id);
std::string talentName(const app::AppState& state, const std::string& id);
// Who an actor is to a reader: a talent's or a staff member's name, a window's staff
// with their window ("济南市服务窗口 张三"); empty when the workspace does not know them.
std::string actorName(const app::AppState& state, const std::string& id);
std::string regionName(const app::AppState& state, const std::string& code);
std::string stateLabel(const app::AppState& state, CardState s);
std::string classLabel(const app::AppState& state, CardClass c);
// A basis as people read it: its class and its number in the clause ("直接颁发类（1）",
// "Direct issue (1)"), never its internal id; the id itself when the reference lacks it.
std::string basisLabel(const app::AppState& state, std::string_view basisId);
// The number and the clause's text of a basis ("（1）入选…" / "(1) Selected …").
std::string basisText(const app::AppState& state, const EligibilityBasis& basis);
// "label##id"
std::string labelled(const app::AppState& state, std::string_view key, const std::string& id);

// Who holds it now, since when, the due date and working days left, and the history.
void timeline(app::AppState& state, Ui& ui, const CardApplication& app);
// The talent's most recent application, or nullptr.
const CardApplication* latestApplication(const app::AppState& state, const std::string& talent);

} // namespace huicai::ui
