// The query component of a URL as the API's GET calls take it: each value
// percent-encoded (everything but A-Z a-z 0-9 - . _ ~ as %XX), the server reading
// it back with its URL decoding.
#pragma once
#include <string>
#include <string_view>

namespace huicai::sync {

std::string percentEncode(std::string_view s);
// Appends "name=<percent-encoded value>" to `query`, with '&' before it unless
// `query` is empty.
void addQueryValue(std::string& query, std::string_view name, std::string_view value);

} // namespace huicai::sync
