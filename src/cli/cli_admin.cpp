// `huicai admin`: running a server's data folder.
//   add-user --data DIR --login NAME --role system_admin [--name TEXT]
//       creates a system administrator (the server may be running) and prints the
//       generated one-time password as the last line; a login that exists exits 2
//   backup --data DIR --to FILE
//       a consistent backup of the database and the attachments while the server runs
//   restore --from FILE --data DIR [--replace]
//       brings a data folder back from a backup (the server stopped); a folder that
//       holds a database is refused unless --replace
#include "cli/cli_args.h"

#include "admin_account.h"
#include "backup.h"

#include "core/actor.h"
#include "core/model_fields.h"
#include "data/asset_files.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace huicai::cli {

namespace {

constexpr std::string_view kAdminUsage =
    "admin add-user --data DIR --login NAME --role system_admin [--name TEXT] | backup --data DIR --to FILE | "
    "restore --from FILE --data DIR [--replace]";

// The English text of an error key (assets/i18n/*.en.json), or the key itself.
std::string englishText(const std::string& key) {
    for (const char* table : {"i18n/admin.en.json", "i18n/register.en.json", "i18n/serve.en.json"}) {
        auto text = readTextFile(assetPath(table));
        if (!text) continue;
        const auto j = nlohmann::json::parse(*text, nullptr, false);
        if (j.is_object() && j.contains(key) && j[key].is_string()) return j[key].get<std::string>();
    }
    return key;
}

int failed(const char* what, const Error& e) {
    std::string text = englishText(e.key);
    if (auto at = text.find("{detail}"); at != std::string::npos) text.replace(at, 8, e.detail);
    else if (!e.detail.empty()) text += " (" + e.detail + ")";
    std::fprintf(stderr, "huicai admin %s: %s [%s]\n", what, text.c_str(), e.key.c_str());
    return e.key == "error.admin.login_taken" || e.key == "error.register.login_format" || e.key == "error.backup.exists" ||
                   e.key == "error.backup.data_not_empty" || e.key == "error.backup.no_backup"
               ? 2
               : 1;
}

void printSummary(const char* done, const std::string& file, const serve::BackupSummary& s) {
    std::printf("%s %s: schema %d, %zu attachments (%llu bytes), %llu bytes in all\n", done, file.c_str(), s.schema, s.files,
                static_cast<unsigned long long>(s.fileBytes), static_cast<unsigned long long>(s.size));
}

} // namespace

int runAdmin(int argc, char** argv) {
    std::vector<char*> rest;
    bool replace = false;
    for (int i = 0; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--replace") replace = true;
        else rest.push_back(argv[i]);
    }
    const ParsedArgs args = parseArgs(static_cast<int>(rest.size()), rest.data(), {"data", "login", "role", "name", "to", "from"});
    if (!args.error.empty()) return usageError("admin", kAdminUsage, args.error);
    if (args.positionals.size() != 1) return usageError("admin", kAdminUsage, "expected one subcommand");
    const std::string& sub = args.positionals[0];
    const auto data = lastOption(args, "data");
    if (!data || data->empty()) return usageError("admin", kAdminUsage, "--data DIR is required");

    if (sub == "add-user") {
        const auto login = lastOption(args, "login");
        if (!login) return usageError("admin", kAdminUsage, "--login NAME is required");
        const auto role = lastOption(args, "role");
        if (!role) return usageError("admin", kAdminUsage, "--role is required");
        if (*role != enumId(Role::SystemAdmin))
            return usageError("admin", kAdminUsage,
                              "--role '" + *role + "': only system_admin accounts are made here; staff accounts are made by "
                                                   "an administrator in the app");
        auto made = serve::addSystemAdministrator(*data, *login, lastOption(args, "name").value_or(""));
        if (!made) return failed("add-user", made.error());
        std::printf("created %s (%s, %s); it sets its own password at its first sign-in.\n"
                    "one-time password (shown once):\n%s\n",
                    made->login.c_str(), made->id.c_str(), role->c_str(), made->password.c_str());
        return 0;
    }
    if (sub == "backup") {
        const auto to = lastOption(args, "to");
        if (!to || to->empty()) return usageError("admin", kAdminUsage, "--to FILE is required");
        auto s = serve::backupDataFolder(*data, *to);
        if (!s) return failed("backup", s.error());
        printSummary("backed up to", *to, *s);
        return 0;
    }
    if (sub == "restore") {
        const auto from = lastOption(args, "from");
        if (!from || from->empty()) return usageError("admin", kAdminUsage, "--from FILE is required");
        auto s = serve::restoreDataFolder(*from, *data, replace);
        if (!s) return failed("restore", s.error());
        printSummary("restored from", *from, *s);
        return 0;
    }
    return usageError("admin", kAdminUsage, "unknown subcommand '" + sub + "'");
}

} // namespace huicai::cli
