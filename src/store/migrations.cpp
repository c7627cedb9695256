// The schema, as the ordered list of migrations that build it.
#include "store/migrations.h"

#include <array>

namespace huicai::store {

namespace {
constexpr std::array<std::string_view, 1> kMigrations = {
    // 1: local settings.
    R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
)sql",
};
} // namespace

std::span<const std::string_view> migrations() { return kMigrations; }

} // namespace huicai::store
