// The sign-in and registration screens say when they cannot work: the browser is
// offline or the server did not answer (AppState::serverOut); once it answers the note
// goes. Registering a talent (S5.1) and signing in need the server; the demo does not.
#include "app/i18n.h"
#include "headless_browser.h"

namespace {

using namespace huicai;
namespace headless = huicai::platform::headless;
using screens::Browser;

} // namespace

TEST_CASE("server out: sign-in and registration say so while offline or unanswered, and not once the server answers", "[S5.1][ui]") {
    const auto [hash, key] = GENERATE(std::pair<std::string, std::string>{"#/login", "ui.login.no_server"},
                                      std::pair<std::string, std::string>{"#/register", "ui.register.no_server"});
    app::I18n tables;
    tables.load(std::string(HUICAI_ASSETS_DIR) + "/i18n", "zh-CN");
    const std::string text = tables.tr(key);
    REQUIRE(text != key);
    // A few words: the note may wrap over lines.
    const std::string start = text.substr(0, text.find("，") == std::string::npos ? 12 : text.find("，"));
    INFO(hash << ": " << start);
    Browser b(platform::Viewport{1280, 3000, 1}); // the whole form on screen
    b.open(hash);
    // Each page event in turn, and whether the note shows after it.
    const std::pair<platform::Event, bool> steps[] = {{{platform::EventKind::ServerChanged, 1}, false},
                                                      {{platform::EventKind::ServerChanged, 0}, true},
                                                      {{platform::EventKind::ServerChanged, 1}, false},
                                                      {{platform::EventKind::OnlineChanged, 0}, true}};
    for (const auto& [event, shown] : steps) {
        INFO("event " << static_cast<int>(event.kind) << " " << event.value);
        headless::pushEvent(event);
        b.frames(3);
        CHECK(b.showsText(start) == shown);
    }
}
