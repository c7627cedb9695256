// MIME types of the web app's static files, chosen by file extension
// (case-insensitive); anything unknown is application/octet-stream, which with
// X-Content-Type-Options: nosniff the browser will not run or render.
#pragma once
#include <string_view>

namespace huicai::serve {

// The Content-Type for a file name or path, e.g. "application/wasm" for
// "huicai.3f9a1c2b.wasm".
std::string_view mimeTypeFor(std::string_view fileName);

} // namespace huicai::serve
