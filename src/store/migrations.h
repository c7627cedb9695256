// The ordered list of schema migrations. Migration i (1-based) takes a database from
// user_version i-1 to i. Append only: a released migration is never edited.
#pragma once
#include <span>
#include <string_view>

namespace huicai::store {

std::span<const std::string_view> migrations();

} // namespace huicai::store
