// RegisterForm: what the registration screen (#/register) holds while a talent
// fills it in: the fields typed (kept whatever the server answers, so nothing is
// lost on a refusal), the choices made, the employer search with the list the
// server last answered (GET /api/v1/employers) and the outcome of sending it.
#pragma once
#include "sync/registration.h"

#include <string>
#include <vector>

namespace huicai::app {

struct RegisterForm {
    std::string name, idNumber, nationality, login, password;
    IdType idType = IdType::ResidentId;
    std::string category = "professional_technical"; // a talent reference category id
    std::string employer, employerName;              // the chosen employer (id empty: none)

    // The employer search: the text typed, the text the shown list answers, the list.
    std::string employerQuery;
    std::string employersAsked;
    bool employersAskedOnce = false;
    bool employersBusy = false;
    std::vector<sync::EmployerEntry> employers;
    int employersTotal = 0;
    bool employersMore = false;
    std::string employersError; // i18n key of why the list could not be fetched

    Date today;                     // the browser's date, for the identity number's birth date (set by App)
    bool tried = false;             // a send was tried: show each field's problem under it
    bool busy = false;              // the registration is under way
    std::string error, errorDetail; // the server's refusal (i18n key)

    sync::RegisterRequest request(int schema) const {
        sync::RegisterRequest r;
        r.versions = sync::Versions{sync::kProtocolVersion, schema};
        r.login = login;
        r.password = password;
        r.name = name;
        r.category = category;
        r.idType = idType;
        r.idNumber = idNumber;
        r.nationality = idType == IdType::Passport ? nationality : std::string();
        r.employer = employer;
        return r;
    }
};

} // namespace huicai::app
