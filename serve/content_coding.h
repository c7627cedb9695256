// Content negotiation for the precompressed siblings of static files: which of
// identity, brotli (`name.br`) and gzip (`name.gz`) to send for a request's
// Accept-Encoding header. q-values are honoured (q=0 refuses a coding, `*` stands
// for codings not named); among acceptable siblings the higher q wins and brotli
// wins a tie, since it is the smaller.
#pragma once
#include <string_view>

namespace huicai::serve {

enum class ContentCoding {
    Identity,
    Brotli,
    Gzip
};

// The q-value (0 to 1) the header gives `coding` ("br", "gzip"); 0 when absent.
double acceptedQuality(std::string_view acceptEncoding, std::string_view coding);

ContentCoding chooseCoding(std::string_view acceptEncoding, bool haveBrotli, bool haveGzip);

} // namespace huicai::serve
