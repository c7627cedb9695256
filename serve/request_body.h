// Request bodies within --max-body whatever their framing. The limit holds for the
// bytes as they arrive: a declared Content-Length above it is refused before any
// of the body is read, and a chunked body is cut the moment it passes it. Bodies
// are never inflated: the API takes none compressed, so a request Content-Encoding
// other than identity is refused, and what is read is what is kept.
#pragma once
#include <cstddef>

namespace httplib {
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace huicai::serve {

// Looks at a request's headers before any of its body is read and answers, ending
// the connection after the answer since the body stays unread:
//   415 error.http.content_encoding  a Content-Encoding other than identity
//   415 error.http.media_type        a multipart/form-data body
//   400 error.http.bad_request       a Transfer-Encoding other than chunked
//   413 error.http.payload_too_large a Content-Length above maxBody
// True when it answered.
bool refuseBeforeBody(const httplib::Request& req, httplib::Response& res, std::size_t maxBody);

// Reads the body (cpp-httplib removes any chunked framing) into req.body, reading
// no further once it passes maxBody: then 413, 408 when it did not arrive within
// the request time, 400 when the client cut it off; each of these ends the
// connection after the answer. True when the body is in req.body.
bool receiveBody(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader,
                 std::size_t maxBody);

} // namespace huicai::serve
