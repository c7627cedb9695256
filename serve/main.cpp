// huicai-serve: parses the command line, opens the server, prints the line
// "huicai-serve: serving ROOT at http://HOST:PORT" once it listens, and serves until
// SIGTERM or SIGINT. The signal handler only writes the signal's number to a pipe;
// a watcher thread reads it and stops the server, which finishes the requests under
// way; then the database is closed and the exit status is 0. Exit status 1: the
// server could not start; 2: bad options.
#include "messages.h"
#include "options.h"
#include "server.h"

#include "huicai_version.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <thread>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1}; // written by onSignal, read by the watcher thread

extern "C" void onSignal(int sig) {
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(sig);
    [[maybe_unused]] auto n = write(g_signalPipe[1], &byte, 1);
    errno = saved;
}

void printError(const huicai::Error& e) {
    auto text = huicai::serve::englishMessage(e.key);
    std::fprintf(stderr, "huicai-serve: %.*s%s%s%s [%s]\n", static_cast<int>(text.size()), text.data(),
                 e.detail.empty() ? "" : " (", e.detail.c_str(), e.detail.empty() ? "" : ")", e.key.c_str());
}

bool installSignalHandlers() {
    if (pipe(g_signalPipe) != 0) return false;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    return sigaction(SIGTERM, &sa, nullptr) == 0 && sigaction(SIGINT, &sa, nullptr) == 0 &&
           sigaction(SIGPIPE, &ignore, nullptr) == 0; // a client that hangs up is not a reason to die
}

} // namespace

int main(int argc, char** argv) {
    using namespace huicai::serve;
    auto options = parseOptions(std::vector<std::string>(argv + 1, argv + argc));
    if (!options) {
        printError(options.error());
        std::fprintf(stderr, "%s", usageText().c_str());
        return 2;
    }
    if (options->help) {
        std::printf("%s", usageText().c_str());
        return 0;
    }
    if (options->version) {
        std::printf("huicai-serve %s\n", HUICAI_VERSION);
        return 0;
    }

    // Handlers first: a signal during the start is kept in the pipe and stops the
    // server as soon as the watcher runs, even before run().
    if (!installSignalHandlers()) {
        std::fprintf(stderr, "huicai-serve: cannot install signal handlers: %s\n", std::strerror(errno));
        return 1;
    }

    auto server = Server::open(*options);
    if (!server) {
        printError(server.error());
        return server.error().key == "error.serve.root_missing" ? 2 : 1;
    }
    auto port = (*server)->bind();
    if (!port) {
        printError(port.error());
        return 1;
    }

    Server& srv = **server;
    std::thread watcher([&srv] {
        pollfd pfd{g_signalPipe[0], POLLIN, 0};
        while (true) {
            if (poll(&pfd, 1, -1) < 0 && errno == EINTR) continue;
            unsigned char byte = 0;
            if (read(g_signalPipe[0], &byte, 1) != 1) continue;
            if (byte != 0) std::fprintf(stderr, "huicai-serve: %s received, stopping\n", strsignal(byte));
            srv.stop();
            return;
        }
    });

    if (!srv.demoAccounts().empty()) {
        std::printf("huicai-serve: demo database seeded; demo accounts (login password role scope):\n");
        for (const auto& line : srv.demoAccounts()) std::printf("  %s\n", line.c_str());
    }
    std::printf("huicai-serve: serving %s at %s%s%s\n", options->root.c_str(), srv.url().c_str(),
                options->baseUrl.empty() ? "" : ", reached at ", options->baseUrl.c_str());
    std::fflush(stdout);
    const bool ran = srv.run();

    // Wake the watcher when the server ended on its own (byte 0: no signal).
    const unsigned char wake = 0;
    [[maybe_unused]] auto n = write(g_signalPipe[1], &wake, 1);
    watcher.join();
    server->reset(); // closes the database
    if (!ran) {
        std::fprintf(stderr, "huicai-serve: the server stopped with an error\n");
        return 1;
    }
    std::fprintf(stderr, "huicai-serve: stopped\n");
    return 0;
}
