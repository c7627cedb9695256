// Passwords too common to accept for a new account: a list of the passwords seen
// most often in leaks (the npm package popular-passwords, 41,622 entries of 8 or more
// characters, fetched by tools/setup.sh), read from its JSON array of strings and
// compared without regard to the case of Latin letters. The server loads it at start
// and refuses a registration whose password is in it (sync/registration.h). No I/O:
// the caller reads the file.
#pragma once
#include "core/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace huicai::sync {

class CommonPasswords {
public:
    // error.sync.bad_json when `json` is not an array of strings (detail: `name`).
    static Result<CommonPasswords> parse(std::string_view json, std::string_view name);
    bool contains(std::string_view password) const;
    std::size_t size() const { return m_words.size(); }

private:
    std::unordered_set<std::string> m_words; // lower-cased
};

} // namespace huicai::sync
