// Implements the audit trail's reading and the administration routes.
#include "api_admin.h"

#include "accounts.h"
#include "api_router.h"
#include "api_sync.h"
#include "employer_import.h"

#include "core/account_policy.h"
#include "core/date.h"
#include "core/deadline.h"
#include "core/holiday_preview.h"
#include "store/database.h"
#include "store/server_repo.h"
#include "sync/admin.h"

#include <httplib.h>

#include <charconv>
#include <memory>
#include <optional>

namespace huicai::serve {

namespace {

using nlohmann::json;

std::string auditCsv(const std::vector<store::AuditRow>& rows) {
    std::string out = "\xEF\xBB\xBF"
                      "seq,at,actor,role,unit,command,records\r\n";
    for (const auto& r : rows) {
        std::string records;
        for (const auto& key : r.records) records += (records.empty() ? "" : " ") + key;
        out += std::to_string(r.seq);
        for (const std::string* cell : {&r.at, &r.actor, &r.role, &r.unit, &r.command, static_cast<const std::string*>(&records)}) {
            out += ',';
            out += csvCell(*cell);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace

std::string csvCell(std::string_view text) {
    std::string cell(text);
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r'))
        cell.insert(cell.begin(), '\'');
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

AuditAnswer readAudit(SyncService& sync, const std::string& authorization, std::int64_t now,
                      const std::function<std::string(const char*)>& param) {
    auto user = sync.userOf(authorization, now);
    if (!user) return {sync.error(SyncService::authStatus(user.error()), user.error()), {}};
    if (!readsAudit(user->actor())) return {sync.error(403, makeError("error.admin.denied", "audit")), {}};
    store::AuditFilter filter{param("unit"), param("actor"), param("record"), param("from"), param("to"), 0, -1};
    for (const auto* date : {&filter.from, &filter.to})
        if (!date->empty() && !Date::parse(*date))
            return {sync.error(400, makeError("error.sync.field", std::string(date == &filter.from ? "from" : "to") + ": expected YYYY-MM-DD")), {}};
    const std::string format = param("format");
    if (!format.empty() && format != "csv" && format != "json")
        return {sync.error(400, makeError("error.sync.field", "format: csv or json")), {}};
    const bool csv = format == "csv";
    if (!csv) {
        auto offset = queryNumber(param("offset"), 0, 0, 1 << 30);
        if (!offset) return {sync.error(400, makeError("error.sync.field", "offset")), {}};
        auto limit = queryNumber(param("limit"), sync::kDefaultAuditLimit, 1, sync::kMaxAuditLimit);
        if (!limit) return {sync.error(400, makeError("error.sync.field", "limit")), {}};
        filter.offset = *offset;
        filter.limit = *limit;
    }
    auto rows = sync.database().with([&](store::Database& db) { return store::auditRows(db, filter); });
    if (!rows) return {sync.error(500, rows.error()), {}};
    if (csv) return {Reply{200, json()}, auditCsv(rows->rows)};
    sync::AuditPage page;
    for (auto& r : rows->rows)
        page.entries.push_back(sync::AuditEntry{r.seq, r.at, r.actor, r.role, r.unit, r.command, std::move(r.records)});
    page.total = rows->total;
    page.more = filter.offset + static_cast<int>(page.entries.size()) < rows->total;
    return {Reply{200, json::parse(sync::encodeAuditPage(page))}, {}};
}

Reply previewHolidays(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now) {
    auto user = sync.userOf(authorization, now);
    if (!user) return sync.error(SyncService::authStatus(user.error()), user.error());
    if (!loadsHolidays(user->actor())) return sync.error(403, makeError("error.admin.denied", "holidays"));
    auto req = sync::decodeHolidayPreviewRequest(body);
    if (!req) return sync.error(400, req.error());
    if (auto v = sync::checkVersions(req->versions, store::currentSchemaVersion()); !v)
        return sync.error(v.error().key == "error.sync.protocol_version" ? 426 : 409, v.error());
    return sync.withState([&](store::Database&, State& state) -> Reply {
        const Context ctx = sync.reference().at(sync.today());
        // The year as LoadHolidayYear would take it: its refusal, not an empty preview.
        WorkCalendar check = effectiveCalendar(state, ctx);
        if (auto s = check.setYear(req->year.year, req->year.off, req->year.work); !s) return sync.error(422, s.error());
        return Reply{200, json::parse(sync::encodeDeadlineShifts(holidayYearShifts(state, ctx, req->year)))};
    });
}

void addAdminRoutes(ApiRouter& router, SyncService& sync) {
    const auto auth = [](const httplib::Request& req) { return req.get_header_value("Authorization"); };
    router.add("POST", "/api/v1/password", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, changePassword(sync, auth(req), req.body, sync.now()));
    });
    router.add("GET", "/api/v1/admin/accounts", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, listAccounts(sync, auth(req), sync.now()));
    });
    router.add("POST", "/api/v1/admin/accounts", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, createAccount(sync, auth(req), req.body, sync.now()));
    });
    router.add("POST", "/api/v1/admin/accounts/reset", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, resetAccount(sync, auth(req), req.body, sync.now()));
    });
    router.add("POST", "/api/v1/admin/accounts/disable", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, disableAccount(sync, auth(req), req.body, sync.now()));
    });
    router.add("GET", "/api/v1/admin/audit", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        auto answer = readAudit(sync, auth(req), sync.now(), [&req](const char* name) { return req.get_param_value(name); });
        if (answer.reply.status != 200 || answer.csv.empty()) return sendReply(res, answer.reply);
        res.status = 200;
        res.set_header("Cache-Control", "no-store");
        res.set_header("Content-Disposition", "attachment; filename=\"audit.csv\"");
        // A fixed-length provider, as for JSON (responses.h): never compressed.
        auto text = std::make_shared<const std::string>(std::move(answer.csv));
        res.set_content_provider(text->size(), "text/csv; charset=utf-8",
                                 [text](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                     return sink.write(text->data() + offset, length);
                                 });
    });
    router.add("POST", "/api/v1/admin/holidays/preview", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, previewHolidays(sync, auth(req), req.body, sync.now()));
    });
    router.add("POST", "/api/v1/admin/employers/import", [&sync, auth](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, importEmployers(sync, auth(req), req.body, sync.now()));
    });
}

} // namespace huicai::serve
