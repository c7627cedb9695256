// Implements App's side of the administrator's console and of the password screen:
// the calls of src/sync/admin.h sent with the session's token, each checked field by
// field first (console_forms.h) so that only a form the browser finds whole is sent,
// and their answers read into ConsoleState. A refusal keeps everything typed; a
// one-time password is kept only until the next call or the next user.
#include "app/app.h"

#include "app/console_forms.h"
#include "platform/platform.h"
#include "store/database.h"
#include "sync/endpoints.h"

#include <cstdlib>

namespace huicai::app {

namespace {

sync::Versions versions() { return sync::Versions{sync::kProtocolVersion, store::currentSchemaVersion()}; }

// The CSV picker's id, apart from the attachment fields' (1, 2, …).
constexpr int kCsvPicker = 900;
constexpr std::uint64_t kCsvMaxBytes = sync::kMaxImportBytes;

} // namespace

bool App::applyConsole(const Request& request) {
    ConsoleState& c = m_state.console;
    const Session& s = m_state.work.session;
    auto send = [&](const char* method, const std::string& path, const std::string& body) {
        platform::setTickHandler([this] { tick(); });
        return platform::httpSend(method, path, body, s.token);
    };
    if (std::holds_alternative<ChangePassword>(request)) {
        PasswordForm& f = c.password;
        f.tried = true;
        if (c.passwordCall.busy || !s.valid() || !checkPasswordForm(f).empty()) return true;
        c.passwordCall.start();
        m_consoleCalls[send("POST", sync::endpoint::kPassword,
                            sync::encodePasswordChange(sync::PasswordChange{versions(), f.current, f.next}))] =
            ConsoleCall::Password;
        return true;
    }
    if (std::holds_alternative<CheckHolidays>(request)) {
        HolidayForm& f = c.holidays;
        if (f.previewCall.busy || !checkHolidayYear(f.year).empty()) return true;
        f.checked = true;
        f.checkedYear = f.year;
        f.checkedText = f.text;
        f.notice = readHolidayNotice(std::atoi(f.year.c_str()), f.text);
        f.shifts.clear();
        f.previewCall.done();
        if (!f.notice) return true;
        LoadHolidayYear year;
        year.year = f.notice->year;
        year.off = f.notice->off;
        year.work = f.notice->work;
        if (!s.valid() || !m_state.work.server()) {
            f.shifts = holidayYearShifts(m_state.work.state, m_state.workContext(), year);
            return true;
        }
        f.previewCall.start();
        m_consoleCalls[send("POST", sync::endpoint::kHolidaysPreview,
                            sync::encodeHolidayPreviewRequest(sync::HolidayPreviewRequest{versions(), year}))] =
            ConsoleCall::HolidayPreview;
        return true;
    }
    if (!s.valid() || !m_state.work.server()) {
        // The console's server calls need a signed-in user; the demo has no accounts.
        if (std::holds_alternative<PickEmployerCsv>(request)) platform::openFilePicker(kCsvPicker, kCsvMaxBytes, platform::FileKinds::Csv);
        return std::holds_alternative<LoadAccounts>(request) || std::holds_alternative<CreateAccount>(request) ||
               std::holds_alternative<ResetAccount>(request) || std::holds_alternative<DisableAccount>(request) ||
               std::holds_alternative<PickEmployerCsv>(request) || std::holds_alternative<ImportEmployers>(request) ||
               std::holds_alternative<LoadAudit>(request) || std::holds_alternative<ExportAudit>(request);
    }
    if (std::holds_alternative<LoadAccounts>(request)) {
        if (c.accountsCall.busy) return true;
        c.accountsCall.start();
        m_consoleCalls[send("GET", sync::endpoint::kAccounts, "")] = ConsoleCall::Accounts;
    } else if (std::holds_alternative<CreateAccount>(request)) {
        NewAccountForm& f = c.newAccount;
        f.tried = true;
        if (c.createCall.busy || !checkNewAccount(f, s.actor, m_state.work.state, m_state.workContext()).empty()) return true;
        c.createCall.start();
        c.issued.reset();
        m_consoleCalls[send("POST", sync::endpoint::kAccounts,
                            sync::encodeNewAccount(sync::NewAccount{versions(), f.login, f.name, f.role, f.scope}))] =
            ConsoleCall::Create;
    } else if (auto* reset = std::get_if<ResetAccount>(&request)) {
        if (c.actionCall.busy) return true;
        c.actionCall.start();
        c.issued.reset();
        c.actionAccount = reset->id;
        m_consoleCalls[send("POST", sync::endpoint::kAccountsReset,
                            sync::encodeAccountReset(sync::AccountAction{versions(), reset->id, false}))] = ConsoleCall::Reset;
    } else if (auto* disable = std::get_if<DisableAccount>(&request)) {
        if (c.actionCall.busy) return true;
        c.actionCall.start();
        c.actionAccount = disable->id;
        m_consoleCalls[send("POST", sync::endpoint::kAccountsDisable,
                            sync::encodeAccountDisable(sync::AccountAction{versions(), disable->id, disable->disabled}))] =
            ConsoleCall::Disable;
    } else if (std::holds_alternative<PickEmployerCsv>(request)) {
        platform::openFilePicker(kCsvPicker, kCsvMaxBytes, platform::FileKinds::Csv);
    } else if (std::holds_alternative<ImportEmployers>(request)) {
        c.csvCheck = checkEmployerCsv(c.csvText, m_state.work.state, m_state.workContext());
        c.csvChecked = true;
        c.imported.reset();
        if (c.importCall.busy || !c.csvCheck.rejects.empty() || c.csvCheck.rows.empty()) return true;
        c.importCall.start();
        m_consoleCalls[send("POST", sync::endpoint::kEmployersImport,
                            sync::encodeImportRequest(sync::ImportRequest{versions(), c.csvText}))] = ConsoleCall::Import;
    } else if (std::holds_alternative<LoadAudit>(request)) {
        if (c.auditCall.busy || !checkAuditQuery(c.auditQuery).empty()) return true;
        c.auditCall.start();
        m_consoleCalls[send("GET", sync::endpoint::audit(c.auditQuery), "")] = ConsoleCall::Audit;
    } else if (std::holds_alternative<ExportAudit>(request)) {
        if (c.exportCall.busy || !checkAuditQuery(c.auditQuery).empty()) return true;
        c.exportCall.start();
        sync::AuditQuery all = c.auditQuery;
        all.offset = 0;
        const std::string name = "huicai-audit-" + m_state.work.today.iso() + ".csv";
        platform::setTickHandler([this] { tick(); });
        m_consoleCalls[platform::downloadFile(sync::endpoint::audit(all, true), s.token,
                                              name)] = ConsoleCall::Export;
    } else {
        return false;
    }
    return true;
}

bool App::consoleReply(int id, int status, const std::string& body) {
    auto call = m_consoleCalls.find(id);
    if (call == m_consoleCalls.end()) return false;
    const ConsoleCall kind = call->second;
    m_consoleCalls.erase(call);
    ConsoleState& c = m_state.console;
    auto failure = [&] { return answerError(status, body); };
    switch (kind) {
    case ConsoleCall::Password: {
        if (status != 200) {
            c.passwordCall.fail(failure());
            return true;
        }
        c.passwordCall.done();
        c.password = PasswordForm{};
        Session session = m_state.work.session;
        session.mustChangePassword = false;
        startSession(std::move(session));
        return true;
    }
    case ConsoleCall::Accounts: {
        auto list = status == 200 ? sync::decodeAccountList(body) : Result<std::vector<sync::AccountEntry>>(failure());
        if (!list) {
            c.accountsCall.fail(list.error());
            return true;
        }
        c.accountsCall.done();
        c.accounts = std::move(*list);
        c.accountsLoaded = true;
        return true;
    }
    case ConsoleCall::Create: {
        auto issued = status == 200 ? sync::decodeIssuedPassword(body) : Result<sync::IssuedPassword>(failure());
        if (!issued) {
            c.createCall.fail(issued.error());
            return true;
        }
        c.createCall.done();
        c.issued = std::move(*issued);
        const Role role = c.newAccount.role; // the next account is often of the same kind
        c.newAccount = NewAccountForm{};
        c.newAccount.role = role;
        applyConsole(LoadAccounts{});
        m_pump.kick(); // the new staff record comes with the next pull
        return true;
    }
    case ConsoleCall::Reset: {
        auto issued = status == 200 ? sync::decodeIssuedPassword(body) : Result<sync::IssuedPassword>(failure());
        c.actionAccount.clear();
        if (!issued) {
            c.actionCall.fail(issued.error());
            return true;
        }
        c.actionCall.done();
        c.issued = std::move(*issued);
        applyConsole(LoadAccounts{});
        return true;
    }
    case ConsoleCall::Disable:
        c.actionAccount.clear();
        if (status != 200) {
            c.actionCall.fail(failure());
            return true;
        }
        c.actionCall.done();
        applyConsole(LoadAccounts{});
        return true;
    case ConsoleCall::Import: {
        auto answer = status == 200 || status == 422 ? sync::decodeImportAnswer(body) : Result<sync::ImportAnswer>(failure());
        if (!answer) {
            c.importCall.fail(answer.error());
            return true;
        }
        c.importCall.done();
        if (status == 422) c.importCall.fail(makeError("error.import.rejected", std::to_string(answer->rejects.size())));
        c.imported = std::move(*answer);
        if (status == 200) {
            c.csvText.clear();
            c.csvName.clear();
            c.csvChecked = false;
            c.csvCheck = EmployerCsv{};
            m_pump.kick(); // the employers come with the next pull
            tick();
        }
        return true;
    }
    case ConsoleCall::Audit: {
        auto page = status == 200 ? sync::decodeAuditPage(body) : Result<sync::AuditPage>(failure());
        if (!page) {
            c.auditCall.fail(page.error());
            return true;
        }
        c.auditCall.done();
        c.audit = std::move(*page);
        return true;
    }
    case ConsoleCall::HolidayPreview: {
        auto shifts = status == 200 ? sync::decodeDeadlineShifts(body) : Result<std::vector<DeadlineShift>>(failure());
        if (!shifts) {
            c.holidays.previewCall.fail(shifts.error());
            return true;
        }
        c.holidays.previewCall.done();
        c.holidays.shifts = std::move(*shifts);
        return true;
    }
    case ConsoleCall::Export:
        if (status != 200) c.exportCall.fail(makeError(status == 0 ? "error.http.unreachable" : "error.http.status",
                                                       std::to_string(status)));
        else c.exportCall.done();
        return true;
    }
    return true;
}

bool App::takeConsoleFile(platform::PickedFile& file) {
    if (file.picker != kCsvPicker) return false;
    ConsoleState& c = m_state.console;
    c.imported.reset();
    c.importCall.done();
    if (file.tooLarge) {
        c.importCall.fail(makeError("error.import.too_large", std::to_string(kCsvMaxBytes)));
        return true;
    }
    c.csvName = file.name;
    c.csvText = std::move(file.bytes);
    c.csvCheck = checkEmployerCsv(c.csvText, m_state.work.state, m_state.workContext());
    c.csvChecked = true;
    return true;
}

} // namespace huicai::app
