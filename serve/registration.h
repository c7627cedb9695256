// A talent's own account: GET /api/v1/employers (public: the registered employers'
// id, name and region, searchable and paged, for choosing one's unit) and
// POST /api/v1/register (public: checks the login, password, identity document and
// employer, then applies RegisterTalent through the core at the server's date as
// the new talent and creates the account in one transaction, and answers with a
// session exactly like POST /api/v1/session). Refusals use the API's error shape
// with keys error.register.* (assets/i18n/register.*.json) or the core's own
// (error.id.*, error.passport.*, error.name.characters, error.employer.unknown, ...);
// a document number already registered gets error.register.refused, which does not
// say why. Every registration request counts against its client address in its own
// throttle (Throttles::registrationByAddress): 10 at once, then 429 with Retry-After.
#pragma once
#include "sync_service.h"

#include <cstdint>
#include <string>

namespace huicai::serve {

class ApiRouter;

// `query` "q", "offset", "limit" (src/sync/API.md); error.sync.field when a number is bad.
Reply listEmployers(SyncService& sync, const std::string& q, const std::string& offset, const std::string& limit);
Reply registerTalent(SyncService& sync, const std::string& body, const std::string& address, std::int64_t now);

void addRegistrationRoutes(ApiRouter& router, SyncService& sync);

} // namespace huicai::serve
