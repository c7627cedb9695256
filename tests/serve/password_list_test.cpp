// The server's common-password list: the one tools/setup.sh installs is read whole
// at start, and a server without a readable list does not start rather than take
// any password.
#include "serve_support.h"
#include "sync_service.h"

#include "data/asset_files.h"
#include "sync/common_passwords.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace serve_test;

TEST_CASE("password list 1. the installed list holds the package's 41,622 passwords, the most common among them",
          "[serve][S5.1][security]") {
    auto text = huicai::readTextFile(huicai::serve::kCommonPasswordsFile);
    REQUIRE(text.ok());
    auto list = huicai::sync::CommonPasswords::parse(*text, "list");
    REQUIRE(list.ok());
    CHECK(list->size() == 41622);
    for (const char* common : {"12345678", "password", "iloveyou", "qwertyuiop", "1qaz2wsx", "qq123456"}) {
        INFO(common);
        CHECK(list->contains(common));
    }
    CHECK_FALSE(list->contains("Huicai-new-2026"));
}

TEST_CASE("password list 2. without a readable list the server does not start", "[serve][S5.1][security]") {
    auto site = makeSite();
    for (const std::string& bad : {(site->dir.path() / "missing.json").string(), (site->www / "index.html").string()}) {
        INFO(bad);
        ::setenv("HUICAI_COMMON_PASSWORDS", bad.c_str(), 1);
        auto server = huicai::serve::Server::open(testOptions(site->www, site->data));
        ::unsetenv("HUICAI_COMMON_PASSWORDS");
        REQUIRE_FALSE(server.ok());
        CHECK(server.error().key == "error.serve.password_list");
        CHECK(server.error().detail == bad);
    }
}
