// Implements the server repositories with prepared statements.
#include "store/server_repo.h"

#include "store/database.h"
#include "store/statement.h"

#include <nlohmann/json.hpp>

namespace huicai::store {

namespace {
std::optional<UserRow> readUser(Statement& st) {
    if (!st.step()) return std::nullopt;
    UserRow u;
    u.id = st.text(0);
    u.login = st.text(1);
    u.passwordHash = st.text(2);
    auto role = parseEnum<Role>(st.text(3));
    if (!role) return std::nullopt;
    u.role = *role;
    u.scope = st.text(4);
    u.displayName = st.text(5);
    u.mustChange = st.integer(6) != 0;
    u.disabled = st.integer(7) != 0;
    return u;
}
constexpr const char* kUserColumns = "SELECT id,login,password_hash,role,scope,display_name,must_change,disabled FROM app_user ";
} // namespace

Status insertUser(Database& db, const UserRow& u) {
    Statement st(db.handle(), "INSERT INTO app_user(id,login,password_hash,role,scope,display_name,must_change,disabled) "
                              "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    return st.bind(1, u.id)
        .bind(2, u.login)
        .bind(3, u.passwordHash)
        .bind(4, enumId(u.role))
        .bind(5, u.scope)
        .bind(6, u.displayName)
        .bind(7, std::int64_t{u.mustChange})
        .bind(8, std::int64_t{u.disabled})
        .run("insert user");
}

std::optional<UserRow> userByLogin(Database& db, std::string_view login) {
    Statement st(db.handle(), std::string(kUserColumns) + "WHERE login=?1");
    st.bind(1, login);
    return readUser(st);
}

std::optional<UserRow> userById(Database& db, std::string_view id) {
    Statement st(db.handle(), std::string(kUserColumns) + "WHERE id=?1");
    st.bind(1, id);
    return readUser(st);
}

std::int64_t userCount(Database& db) {
    Statement st(db.handle(), "SELECT count(*) FROM app_user");
    return st.step() ? st.integer(0) : -1;
}

std::vector<UserRow> allUsers(Database& db) {
    std::vector<UserRow> out;
    Statement st(db.handle(), std::string(kUserColumns) + "ORDER BY rowid");
    while (auto u = readUser(st)) out.push_back(std::move(*u));
    return out;
}

Status setPassword(Database& db, std::string_view userId, std::string_view passwordHash, bool mustChange) {
    Statement st(db.handle(), "UPDATE app_user SET password_hash=?2, must_change=?3 WHERE id=?1");
    return st.bind(1, userId).bind(2, passwordHash).bind(3, std::int64_t{mustChange}).run("set password");
}

Status setDisabled(Database& db, std::string_view userId, bool disabled) {
    Statement st(db.handle(), "UPDATE app_user SET disabled=?2 WHERE id=?1");
    return st.bind(1, userId).bind(2, std::int64_t{disabled}).run("set disabled");
}

std::int64_t enabledAdminCount(Database& db) {
    Statement st(db.handle(), "SELECT count(*) FROM app_user WHERE role=?1 AND disabled=0");
    st.bind(1, enumId(Role::SystemAdmin));
    return st.step() ? st.integer(0) : -1;
}

Status recordSignIn(Database& db, std::string_view userId, std::int64_t at, std::string_view address) {
    Statement st(db.handle(), "INSERT INTO sign_in(user_id,at,address) VALUES(?1,?2,?3)");
    return st.bind(1, userId).bind(2, at).bind(3, address).run("record sign-in");
}

std::map<std::string, std::int64_t> lastSignIns(Database& db) {
    std::map<std::string, std::int64_t> out;
    Statement st(db.handle(), "SELECT user_id,max(at) FROM sign_in GROUP BY user_id");
    while (st.step()) out[st.text(0)] = st.integer(1);
    return out;
}

Status insertSession(Database& db, std::string_view tokenHash, std::string_view userId, std::int64_t expiresAt) {
    Statement st(db.handle(), "INSERT INTO session(token_hash,user_id,expires_at) VALUES(?1,?2,?3)");
    return st.bind(1, tokenHash).bind(2, userId).bind(3, expiresAt).run("insert session");
}

std::optional<std::string> sessionUser(Database& db, std::string_view tokenHash, std::int64_t now) {
    Statement st(db.handle(), "SELECT user_id FROM session WHERE token_hash=?1 AND expires_at>?2");
    st.bind(1, tokenHash).bind(2, now);
    if (!st.step()) return std::nullopt;
    return st.text(0);
}

Status deleteSession(Database& db, std::string_view tokenHash) {
    Statement st(db.handle(), "DELETE FROM session WHERE token_hash=?1");
    return st.bind(1, tokenHash).run("delete session");
}

Status deleteSessionsOf(Database& db, std::string_view userId, std::string_view keepTokenHash) {
    if (keepTokenHash.empty()) {
        Statement all(db.handle(), "DELETE FROM session WHERE user_id=?1");
        return all.bind(1, userId).run("end sessions");
    }
    Statement st(db.handle(), "DELETE FROM session WHERE user_id=?1 AND token_hash<>?2");
    return st.bind(1, userId).bind(2, keepTokenHash).run("end sessions");
}

std::optional<ClientRow> clientById(Database& db, std::string_view clientId) {
    Statement st(db.handle(), "SELECT user_id,last_seq FROM client WHERE client_id=?1");
    st.bind(1, clientId);
    if (!st.step()) return std::nullopt;
    return ClientRow{st.text(0), st.integer(1)};
}

Status insertClient(Database& db, std::string_view clientId, std::string_view userId) {
    Statement st(db.handle(), "INSERT INTO client(client_id,user_id,last_seq) VALUES(?1,?2,0)");
    return st.bind(1, clientId).bind(2, userId).run("insert client");
}

Status setClientSeq(Database& db, std::string_view clientId, std::int64_t seq) {
    Statement st(db.handle(), "UPDATE client SET last_seq=?2 WHERE client_id=?1");
    return st.bind(1, clientId).bind(2, seq).run("update client");
}

Status insertPushResult(Database& db, std::string_view clientId, std::int64_t seq, const PushResultRow& row) {
    Statement st(db.handle(),
                 "INSERT INTO push_result(client_id,seq,command_id,status,error_key,error_detail) VALUES(?1,?2,?3,?4,?5,?6)");
    st.bind(1, clientId).bind(2, seq).bind(3, row.commandId).bind(4, row.applied ? "applied" : "rejected");
    if (row.applied) st.bindNull(5).bindNull(6);
    else st.bind(5, row.errorKey).bind(6, row.errorDetail);
    return st.run("insert push result");
}

std::optional<PushResultRow> pushResult(Database& db, std::string_view clientId, std::int64_t seq) {
    Statement st(db.handle(), "SELECT command_id,status,error_key,error_detail FROM push_result WHERE client_id=?1 AND seq=?2");
    st.bind(1, clientId).bind(2, seq);
    if (!st.step()) return std::nullopt;
    return PushResultRow{st.text(0), st.text(1) == "applied", st.text(2), st.text(3)};
}

Result<std::vector<ChangedRow>> recordsChangedAfter(Database& db, std::int64_t cursor, int limit) {
    std::vector<ChangedRow> out;
    Statement st(db.handle(), "SELECT seq,kind,id,body FROM record WHERE seq>?1 ORDER BY seq LIMIT ?2");
    st.bind(1, cursor).bind(2, static_cast<std::int64_t>(limit));
    while (st.step()) out.push_back(ChangedRow{st.integer(0), st.text(1), st.text(2), st.text(3)});
    if (st.failed()) return st.error("read changes");
    return out;
}

std::int64_t lastChangeSeq(Database& db) {
    Statement st(db.handle(), "SELECT coalesce(max(seq),0) FROM change_log");
    return st.step() ? st.integer(0) : 0;
}

std::int64_t auditRowsOf(Database& db, std::string_view commandId) {
    Statement st(db.handle(), "SELECT count(*) FROM audit WHERE command_id=?1");
    st.bind(1, commandId);
    return st.step() ? st.integer(0) : -1;
}

} // namespace huicai::store

namespace huicai::store {

Result<AuditRows> auditRows(Database& db, const AuditFilter& f) {
    // ?1 unit, ?2 actor, ?3 record prefix, ?4 from, ?5 to: an empty value does not filter.
    const std::string where =
        " FROM audit a LEFT JOIN app_user u ON u.id = a.actor"
        " WHERE (?1 = '' OR coalesce(u.scope, '') = ?1) AND (?2 = '' OR a.actor = ?2)"
        " AND (?3 = '' OR EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(a.changed) THEN a.changed ELSE '[]' END) c"
        "                         WHERE c.type = 'text' AND substr(c.value, 1, length(?3)) = ?3))"
        " AND (?4 = '' OR a.at >= ?4) AND (?5 = '' OR a.at <= ?5)";
    auto bindFilter = [&](Statement& st) { st.bind(1, f.unit).bind(2, f.actor).bind(3, f.record).bind(4, f.from).bind(5, f.to); };
    AuditRows out;
    {
        Statement count(db.handle(), "SELECT count(*)" + where);
        bindFilter(count);
        if (!count.step()) return count.error("count audit");
        out.total = static_cast<int>(count.integer(0));
    }
    Statement st(db.handle(), "SELECT a.seq, a.at, a.actor, a.role, coalesce(u.scope, ''), a.command, a.changed" + where +
                                  " ORDER BY a.seq DESC LIMIT ?6 OFFSET ?7");
    bindFilter(st);
    st.bind(6, static_cast<std::int64_t>(f.limit)).bind(7, static_cast<std::int64_t>(f.offset));
    while (st.step()) {
        AuditRow r{st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), {}};
        auto changed = nlohmann::json::parse(st.text(6), nullptr, false);
        if (changed.is_array())
            for (const auto& c : changed)
                if (c.is_string()) r.records.push_back(c.get<std::string>());
        out.rows.push_back(std::move(r));
    }
    if (st.failed()) return st.error("read audit");
    return out;
}

} // namespace huicai::store
