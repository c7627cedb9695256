// Implements the employer list and self-registration over SyncService's state.
#include "registration.h"

#include "api_router.h"
#include "api_sync.h"
#include "auth.h"
#include "responses.h"

#include "store/database.h"
#include "store/registration_commit.h"
#include "store/server_repo.h"
#include "sync/answers.h"
#include "sync/registration.h"

#include <httplib.h>

#include <algorithm>
#include <charconv>

namespace huicai::serve {

namespace {

std::string upper(std::string s) {
    for (auto& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

int registrationStatus(const Error& e) {
    if (e.key == "error.register.login_taken" || e.key == "error.register.refused") return 409;
    if (e.key.rfind("error.store.", 0) == 0 || e.key == "error.http.internal") return 500;
    return 422;
}

} // namespace

Reply listEmployers(SyncService& sync, const std::string& q, const std::string& offsetText, const std::string& limitText) {
    auto offset = queryNumber(offsetText, 0, 0, 1 << 30);
    if (!offset) return sync.error(400, makeError("error.sync.field", "offset"));
    auto limit = queryNumber(limitText, sync::kDefaultEmployerLimit, 1, sync::kMaxEmployerLimit);
    if (!limit) return sync.error(400, makeError("error.sync.field", "limit"));
    auto found = sync.withState([&](store::Database&, State& state) {
        std::vector<sync::EmployerEntry> all;
        for (const auto& [id, e] : state.employers) {
            sync::EmployerEntry entry{e.id, e.name, e.region};
            if (sync::employerMatches(entry, q)) all.push_back(std::move(entry));
        }
        return all;
    });
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    const std::size_t begin = std::min<std::size_t>(static_cast<std::size_t>(*offset), found.size());
    const std::size_t end = std::min(found.size(), begin + static_cast<std::size_t>(*limit));
    sync::EmployerPage page{{}, static_cast<int>(found.size()), end < found.size()};
    for (std::size_t i = begin; i < end; ++i) page.employers.push_back(std::move(found[i]));
    return Reply{200, sync::employerPageJson(page)};
}

Reply registerTalent(SyncService& sync, const std::string& body, const std::string& address, std::int64_t now) {
    auto req = sync::decodeRegister(body);
    if (!req) return sync.error(400, req.error());
    const int schema = store::currentSchemaVersion();
    if (auto v = sync::checkVersions(req->versions, schema); !v)
        return sync.error(v.error().key == "error.sync.protocol_version" ? 426 : 409, v.error());
    // Every request counts, accepted or not: its own throttle, apart from sign-ins.
    auto& throttle = sync.throttles().registrationByAddress;
    const std::string from = addressKey(address);
    if (auto wait = throttle.admit(from, now); wait > 0) return sync.rateLimited(wait);
    throttle.done(from, now, true);
    if (auto s = sync::checkNewLogin(req->login); !s) return sync.error(400, s.error());
    if (auto s = sync::checkNewPassword(req->password, &sync.commonPasswords()); !s) return sync.error(400, s.error());
    // The costly hash runs outside the lock.
    auto hash = hashPassword(req->password, sync.options().fastPasswords);
    if (!hash) return sync.error(500, makeError("error.http.internal", "password hash"));
    const std::string idNumber = upper(req->idNumber);
    return sync.withState([&](store::Database& db, State& state) -> Reply {
        if (store::userByLogin(db, req->login)) return sync.error(409, makeError("error.register.login_taken", req->login));
        if (!state.employers.count(req->employer))
            return sync.error(422, makeError("error.employer.unknown", req->employer));
        // A document already registered gets a refusal that does not say so: it
        // would tell anyone holding a person's number that the person has an account.
        for (const auto& [id, t] : state.talents)
            if (t.idType == req->idType && upper(t.idNumber) == idNumber)
                return sync.error(409, makeError("error.register.refused", ""));
        std::string id;
        do id = "T-" + newToken().substr(0, 10);
        while (state.talents.count(id) || store::userById(db, id));
        RegisterTalent payload;
        payload.id = id;
        payload.name = req->name;
        payload.category = req->category;
        payload.idType = req->idType;
        payload.idNumber = idNumber;
        payload.nationality = req->idType == IdType::ResidentId ? std::string("CHN") : upper(req->nationality);
        payload.employer = req->employer;
        const Actor actor{id, Role::Talent, id};
        const Command command{"register-" + id, actor, payload};
        const Context ctx = sync.reference().at(sync.today());
        const store::UserRow user{id, req->login, *hash, Role::Talent, id, req->name};
        if (auto s = store::commitRegistration(db, state, command, ctx, user); !s) return sync.error(registrationStatus(s.error()), s.error());
        const std::string token = newToken();
        const std::int64_t expires = now + sync.options().sessionTtl;
        if (auto s = store::insertSession(db, tokenHash(token), id, expires); !s) return sync.error(500, s.error());
        if (auto s = store::recordSignIn(db, id, now, address); !s) return sync.error(500, s.error());
        return Reply{200, sync::sessionAnswerJson(sync::SessionAnswer{
                              token, expires, sync::Versions{sync::kProtocolVersion, schema}, false,
                              sync::SessionUser{id, user.login, Role::Talent, id, user.displayName}})};
    });
}

void addRegistrationRoutes(ApiRouter& router, SyncService& sync) {
    router.add("GET", "/api/v1/employers", [&sync](const httplib::Request& req, httplib::Response& res) {
        auto r = listEmployers(sync, req.get_param_value("q"), req.get_param_value("offset"), req.get_param_value("limit"));
        setJson(res, r.status, r.body);
    });
    router.add("POST", "/api/v1/register", [&sync](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, registerTalent(sync, req.body, req.remote_addr, sync.now()));
    });
}

} // namespace huicai::serve
