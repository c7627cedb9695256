// The server's commit of a talent's self-registration: the RegisterTalent command
// applied through the core exactly as a pushed command is (rows with change-log
// sequences, access entries, audit) and the new account's app_user row, in one
// transaction, so there is never a talent without its account nor an account
// without its talent. A command the core refuses writes nothing and leaves the
// State as it was; a database failure (a login taken meanwhile hits the UNIQUE
// constraint) keeps nothing and reloads the State from the database.
#pragma once
#include "core/apply.h"
#include "store/server_repo.h"

namespace huicai::store {

class Database;

// The core's error when it refuses the command; error.store.* when the database
// fails (error.register.login_taken when the login exists).
Status commitRegistration(Database& db, State& state, const Command& command, const Context& ctx, const UserRow& user);

} // namespace huicai::store
