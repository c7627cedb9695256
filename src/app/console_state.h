// ConsoleState: what the administrator's console (#/admin, #/admin/units,
// #/admin/holidays, #/admin/audit) and the password screen (#/password) hold while
// they are used: the server's last answers (accounts, audit page, import outcome),
// the forms as typed (kept whatever the server answers, so nothing is lost on a
// refusal) and the one-time password of an account just created or reset, shown once.
// App replaces the whole of it whenever the acting user changes, so nothing typed by
// one user is left for the next.
#pragma once
#include "core/actor.h"
#include "core/holiday_notice.h"
#include "core/holiday_preview.h"
#include "data/employer_csv.h"
#include "sync/admin.h"

#include <optional>
#include <string>
#include <vector>

namespace huicai::app {

// A call's outcome: under way, or the server's refusal (i18n key and detail).
struct CallState {
    bool busy = false;
    std::string error, errorDetail;
    void start() {
        busy = true;
        error.clear();
        errorDetail.clear();
    }
    void fail(const Error& e) {
        busy = false;
        error = e.key;
        errorDetail = e.detail;
    }
    void done() {
        busy = false;
        error.clear();
        errorDetail.clear();
    }
};

struct NewAccountForm {
    std::string login, name;
    Role role = Role::WindowSpecialist;
    std::string scope;      // the unit: region code, department, agency or employer id
    std::string unitFilter; // the text that narrows the list of units offered
    bool tried = false;     // a send was tried: show each field's problem under it
};

struct PasswordForm {
    std::string current, next, repeat;
    bool tried = false;
};

struct EmployerForm {
    std::string name, region, regionFilter;
    bool tried = false;
};

// A city's or county's department: the provincial one it mirrors and its region.
struct DepartmentForm {
    std::string nameZh, nameEn, region, regionFilter, counterpart, counterpartFilter;
    bool tried = false;
};

// A handling agency under a department of any level.
struct AgencyForm {
    std::string nameZh, nameEn, department, departmentFilter;
    bool tried = false;
};

struct HolidayForm {
    std::string year = "2027";
    std::string text;     // the notice pasted, or ISO dates a line each
    bool checked = false; // "Check" was pressed: `notice` and `shifts` answer `checkedText`
    std::string checkedYear, checkedText;
    Result<HolidayNotice> notice = makeError("error.holiday.empty", "");
    std::vector<DeadlineShift> shifts;
    CallState previewCall; // the server's preview of `shifts`
};

struct ConsoleState {
    // #/admin: the accounts the server lists for the acting user, a new account's form,
    // and the one-time password of the last account created or reset.
    std::vector<sync::AccountEntry> accounts;
    bool accountsLoaded = false;
    CallState accountsCall, createCall, actionCall;
    NewAccountForm newAccount;
    std::optional<sync::IssuedPassword> issued;
    std::string actionAccount; // the account a reset or disable is under way for

    // #/admin/units: one employer by hand, or many from a CSV file.
    EmployerForm employer;
    std::string csvText, csvName; // the file picked or text pasted, and its name
    bool csvChecked = false;
    EmployerCsv csvCheck; // the browser's check of csvText
    CallState importCall;
    std::optional<sync::ImportAnswer> imported; // the server's answer: imported or rejected

    // #/admin/departments
    DepartmentForm department;
    AgencyForm agency;

    // #/admin/holidays
    HolidayForm holidays;

    // #/admin/audit
    sync::AuditQuery auditQuery;
    std::optional<sync::AuditPage> audit;
    CallState auditCall, exportCall;

    // #/password
    PasswordForm password;
    CallState passwordCall;
};

} // namespace huicai::app
