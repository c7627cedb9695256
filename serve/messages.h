// The server's message catalog: every i18n key the server sends or prints, with
// its English text. The same keys and texts are in assets/i18n/serve.en.json (and
// serve.zh-CN.json for the web app); a test keeps the three in step. The server
// answers in English and clients translate by key.
#pragma once
#include <span>
#include <string_view>

namespace huicai::serve {

struct Message {
    std::string_view key;
    std::string_view english;
};

// Every key of the catalog, in a fixed order.
std::span<const Message> messages();

// The English text of `key`, or `key` itself when the catalog does not have it
// (a key from another module, e.g. the store's).
std::string_view englishMessage(std::string_view key);

// The error key for an HTTP error status (error.http.not_found for 404, ...);
// error.http.failed for statuses without a key of their own.
std::string_view httpErrorKey(int status);

} // namespace huicai::serve
