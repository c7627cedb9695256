// JSON responses of the server. Every error, API or static, has one shape:
//   {"error":{"key":"error.http.not_found","message":"Nothing is found at this address.","detail":"/x"}}
// where key is a key of the serve i18n tables, message its English text, and
// detail (present only when there is one) names the path, option or value at fault.
// JSON responses are never cached (Cache-Control: no-store) nor compressed.
#pragma once
#include "core/result.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace huicai::serve {

// The {"error":{...}} object for a key of the catalog.
nlohmann::json errorJson(std::string_view key, std::string_view detail = {});

// Sets a JSON body with its Content-Type and Cache-Control: no-store.
void setJson(httplib::Response& res, int status, const nlohmann::json& body);

// Sets the error shape above as the whole response, replacing any content and
// representation headers set before.
void setError(httplib::Response& res, int status, std::string_view key, std::string_view detail = {});

// The status of a refused protocol or schema version: 426 Upgrade Required for a
// protocol the server does not speak, 409 Conflict for another schema.
int versionStatus(const Error& e);

// Makes cpp-httplib send the whole response whatever the Range header asked: it
// cuts every body, JSON errors included, by the request's ranges after the handler.
void ignoreRanges(const httplib::Request& req);

} // namespace huicai::serve
