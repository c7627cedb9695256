// Implements addSystemAdministrator over the server's user repository.
#include "admin_account.h"

#include "auth.h"
#include "server.h"

#include "store/database.h"
#include "store/server_repo.h"
#include "sync/registration.h"

#include <sodium.h>
#include <sys/stat.h>

namespace huicai::serve {

std::string oneTimePassword() {
    static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    for (int i = 0; i < 16; ++i) out += kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))];
    return out;
}

Result<CreatedAccount> addSystemAdministrator(const std::filesystem::path& data, std::string_view login,
                                              std::string_view displayName) {
    if (auto s = sync::checkNewLogin(login); !s) return s.error();
    if (!initCrypto()) return makeError("error.serve.crypto", "libsodium");
    std::error_code ec;
    std::filesystem::create_directories(data, ec);
    const auto path = data / kDatabaseFile;
    const bool created = !std::filesystem::exists(path, ec);
    auto db = store::Database::open(path.string());
    if (!db) return db.error();
    if (created) ::chmod(path.c_str(), 0600);
    if (auto s = db->useDurableWal(); !s) return s.error();
    if (store::userByLogin(*db, login)) return makeError("error.admin.login_taken", std::string(login));
    CreatedAccount out{"ADMIN-" + newToken().substr(0, 10), std::string(login), oneTimePassword()};
    auto hash = hashPassword(out.password, false);
    if (!hash) return makeError("error.serve.crypto", "password hash");
    store::UserRow row{out.id, out.login, *hash, Role::SystemAdmin, "",
                       displayName.empty() ? std::string(login) : std::string(displayName), true, false};
    if (auto s = store::insertUser(*db, row); !s) return s.error();
    return out;
}

} // namespace huicai::serve
