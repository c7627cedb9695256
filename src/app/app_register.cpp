// Implements App's self-registration (#/register): the employer search sent to
// GET /api/v1/employers (only the latest answer counts, so replies arriving out of
// order never show a stale list), the form checked field by field and sent to
// POST /api/v1/register, and its answer: a session like a sign-in's, so the new
// talent lands on their workspace at once, or the server's refusal shown with
// everything typed kept.
#include "app/app.h"

#include "platform/platform.h"
#include "store/database.h"
#include "sync/endpoints.h"

namespace huicai::app {

void App::findEmployers(const std::string& query) {
    auto& f = m_state.registerForm;
    loadReference(); // the talent categories the form offers
    if (auto today = Date::parse(platform::localDateIso())) f.today = *today;
    f.employersAsked = query;
    f.employersAskedOnce = true;
    f.employersBusy = true;
    platform::setTickHandler([this] { tick(); });
    m_employersCall = platform::httpSend("GET", sync::endpoint::employers({query, 0, 20}), "", "");
}

void App::submitRegistration() {
    auto& f = m_state.registerForm;
    if (f.busy) return;
    f.tried = true;
    f.error.clear();
    f.errorDetail.clear();
    if (auto today = Date::parse(platform::localDateIso())) f.today = *today;
    const auto request = f.request(store::currentSchemaVersion());
    if (!sync::checkRegistration(request, f.today).empty()) return; // the screen shows why
    f.busy = true;
    platform::setTickHandler([this] { tick(); });
    m_registerCall = platform::httpSend("POST", sync::endpoint::kRegister, sync::encodeRegister(request), "");
}

bool App::registrationReply(int id, int status, const std::string& body) {
    auto& f = m_state.registerForm;
    if (id == 0) return false;
    if (id == m_employersCall) {
        m_employersCall = 0;
        f.employersBusy = false;
        auto page = status == 200 ? sync::decodeEmployerPage(body) : Result<sync::EmployerPage>(answerError(status, body));
        if (!page) {
            f.employersError = page.error().key;
            f.employers.clear();
            return true;
        }
        f.employersError.clear();
        f.employers = std::move(page->employers);
        f.employersTotal = page->total;
        f.employersMore = page->more;
        return true;
    }
    if (id != m_registerCall) return false;
    m_registerCall = 0;
    f.busy = false;
    auto session = status == 200 ? parseLoginAnswer(body) : Result<Session>(answerError(status, body));
    if (!session) {
        f.error = session.error().key;
        f.errorDetail = session.error().detail;
        return true;
    }
    f = RegisterForm{}; // the next registration on this device starts empty
    startSession(std::move(*session));
    return true;
}

} // namespace huicai::app
