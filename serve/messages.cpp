// Implements the server's message catalog and the HTTP status to error key map.
#include "messages.h"

#include <array>

namespace huicai::serve {

namespace {

constexpr std::array kMessages{
    Message{"error.http.bad_request", "The request is malformed."},
    Message{"error.http.bad_json", "The request body is not valid JSON."},
    Message{"error.http.not_found", "Nothing is found at this address."},
    Message{"error.http.method_not_allowed", "This method is not allowed at this address."},
    Message{"error.http.payload_too_large", "The request body is larger than the server accepts."},
    Message{"error.http.uri_too_long", "The request address is too long."},
    Message{"error.http.range_not_satisfiable", "The requested range is outside the file."},
    Message{"error.http.request_timeout", "The request did not arrive in time."},
    Message{"error.http.content_encoding", "The server does not accept compressed request bodies."},
    Message{"error.http.media_type", "The server does not accept this kind of request body."},
    Message{"error.http.too_many_connections", "Too many connections from this address; try again shortly."},
    Message{"error.http.internal", "The server failed to handle the request."},
    Message{"error.http.unavailable", "The service is unavailable."},
    Message{"error.http.failed", "The request failed."},
    Message{"error.options.unknown", "Unknown option."},
    Message{"error.options.missing_value", "The option needs a value."},
    Message{"error.options.bad_port", "The port must be a number from 0 to 65535."},
    Message{"error.options.bad_size", "The size must be a whole number of bytes from 1 to 1073741824."},
    Message{"error.options.empty_value", "The option's value must not be empty."},
    Message{"error.options.bad_date", "The date must be a valid YYYY-MM-DD."},
    Message{"error.options.bad_number", "The value must be a whole number of at least 1."},
    Message{"error.options.bad_url", "The base URL must be an absolute http:// or https:// address without a query or fragment."},
    Message{"error.serve.root_missing", "The static files folder does not exist."},
    Message{"error.serve.data_dir", "The data folder cannot be created."},
    Message{"error.serve.bind_failed", "The server cannot listen at this address and port."},
    Message{"error.serve.password_list", "The list of common passwords cannot be read. Run tools/setup.sh."},
    Message{"error.serve.card_key", "A card signing key in the data folder cannot be created or read, or others may read it."},
    Message{"error.serve.card_key_current",
            "The current card signing key cannot be withdrawn: add a new one with --rotate-card-key in the same start."},
};

} // namespace

std::span<const Message> messages() { return kMessages; }

std::string_view englishMessage(std::string_view key) {
    for (const auto& m : kMessages)
        if (m.key == key) return m.english;
    return key;
}

std::string_view httpErrorKey(int status) {
    switch (status) {
    case 400: return "error.http.bad_request";
    case 404: return "error.http.not_found";
    case 405: return "error.http.method_not_allowed";
    case 408: return "error.http.request_timeout";
    case 413: return "error.http.payload_too_large";
    case 414: return "error.http.uri_too_long";
    case 415: return "error.http.media_type";
    case 416: return "error.http.range_not_satisfiable";
    case 500: return "error.http.internal";
    case 503: return "error.http.unavailable";
    default: return "error.http.failed";
    }
}

} // namespace huicai::serve
