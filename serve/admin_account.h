// The first account of a system started without the demo: a system administrator
// created straight in the server's database (the server may be running: SQLite's
// write-ahead log lets both write), with a generated one-time password that the
// holder must replace at the first sign-in (must_change). No default or well-known
// password exists outside the demo.
#pragma once
#include "core/result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace huicai::serve {

struct CreatedAccount {
    std::string id; // the actor id, ADMIN-<10 hex>
    std::string login;
    std::string password; // shown once
};

// error.register.login_format for a login outside the rules, error.admin.login_taken
// when it exists.
Result<CreatedAccount> addSystemAdministrator(const std::filesystem::path& data, std::string_view login,
                                              std::string_view displayName);

// A password of 16 characters from an alphabet without look-alike characters.
std::string oneTimePassword();

} // namespace huicai::serve
