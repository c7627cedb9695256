// The demo database: on the first start with an empty database (no users, no
// records) the server creates the accounts and runs the commands of
// assets/demo_seed.json through the core, each at today's date plus its `day`
// offset, so the records are realistic and some are overdue today. Every actor of
// the script gets an account (login from the script, the script's shared password).
#pragma once
#include "core/result.h"

#include <string>
#include <vector>

namespace huicai::serve {

class SyncService;

// Lines "login password role scope" for the accounts created, or an empty list when
// the database already held data. A command the core rejects is reported on stderr
// and skipped, so a changed rule never stops the server from starting.
Result<std::vector<std::string>> seedDemoIfEmpty(SyncService& sync);

} // namespace huicai::serve
