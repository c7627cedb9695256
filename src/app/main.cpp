// The web app's entry point: sets the App up with the shell that draws its screens and
// hands its frame to the main loop, which runs only while something changes.
#include "app/app.h"
#include "platform/platform.h"
#include "ui/shell.h"

#include <cstdio>
#include <memory>

int main() {
    huicai::platform::markMoment("main");
    auto app = std::make_shared<huicai::app::App>(huicai::ui::drawShell);
    if (!app->init()) {
        std::fprintf(stderr, "huicai: the app could not start\n");
        huicai::platform::reportStartFailure();
        return 1;
    }
    huicai::platform::markMoment("init");
    huicai::platform::runMainLoop([app] { app->frame(); });
    return 0;
}
