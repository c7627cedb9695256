// Implements the employer import over the CSV check of data/employer_csv.h.
#include "employer_import.h"

#include "accounts.h"
#include "auth.h"

#include "core/account_policy.h"
#include "store/database.h"
#include "store/server_commit.h"
#include "sync/admin.h"

#include "data/employer_csv.h"

#include <set>

namespace huicai::serve {

namespace {
using nlohmann::json;
} // namespace

Reply importEmployers(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now) {
    auto admin = sync.userOf(authorization, now);
    if (!admin) return sync.error(SyncService::authStatus(admin.error()), admin.error());
    if (!importsEmployers(admin->actor())) return sync.error(403, makeError("error.admin.denied", "import"));
    auto req = sync::decodeImportRequest(body);
    if (!req) {
        if (req.error().detail == "csv: too long")
            return sync.error(413, makeError("error.import.too_large", std::to_string(sync::kMaxImportBytes)));
        return sync.error(400, req.error());
    }
    if (auto v = sync::checkVersions(req->versions, store::currentSchemaVersion()); !v)
        return sync.error(v.error().key == "error.sync.protocol_version" ? 426 : 409, v.error());
    return sync.withState([&](store::Database& db, State& state) -> Reply {
        auto user = sync.authenticate(db, authorization, now);
        if (!user) return sync.error(SyncService::authStatus(user.error()), user.error());
        const Context ctx = sync.reference().at(sync.today());
        const EmployerCsv checked = checkEmployerCsv(req->csv, state, ctx);
        if (!checked.rejects.empty() || checked.rows.empty()) {
            json rejects = json::array();
            for (const auto& r : checked.rejects)
                rejects.push_back(json{{"row", r.row}, {"key", r.error.key}, {"detail", r.error.detail}});
            if (rejects.empty()) rejects.push_back(json{{"row", 1}, {"key", "error.import.empty"}, {"detail", ""}});
            Reply reply = sync.error(422, makeError("error.import.rejected", std::to_string(rejects.size())));
            reply.body["rejects"] = std::move(rejects);
            return reply;
        }
        std::set<std::string> taken;
        for (const auto& row : checked.rows)
            if (!row.command.id.empty()) taken.insert(row.command.id);
        const std::string batch = newToken().substr(0, 12);
        std::vector<Command> commands;
        json ids = json::array();
        for (const auto& row : checked.rows) {
            RegisterEmployer payload = row.command;
            while (payload.id.empty() || (row.command.id.empty() && (state.employers.count(payload.id) || taken.count(payload.id)))) {
                payload.id = "E-" + newToken().substr(0, 10);
            }
            taken.insert(payload.id);
            ids.push_back(payload.id);
            commands.push_back(Command{"import-" + batch + "-" + std::to_string(row.line), user->actor(), std::move(payload)});
        }
        if (auto s = store::commitLocalBatch(db, state, commands, ctx); !s) return sync.error(adminStatus(s.error()), s.error());
        return Reply{200, json{{"imported", commands.size()}, {"ids", std::move(ids)}}};
    });
}

} // namespace huicai::serve
