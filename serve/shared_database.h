// The server's one SQLite connection, shared by the request threads: every use
// goes through with(), which holds a mutex for the length of the call.
#pragma once
#include "store/database.h"

#include <mutex>
#include <utility>

namespace huicai::serve {

class SharedDatabase {
public:
    explicit SharedDatabase(store::Database db) : m_db(std::move(db)) {}

    template <class F>
    auto with(F&& f) {
        std::lock_guard lock(m_mutex);
        return std::forward<F>(f)(m_db);
    }

private:
    std::mutex m_mutex;
    store::Database m_db;
};

} // namespace huicai::serve
