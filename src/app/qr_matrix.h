// QrMatrix: the dark and light modules of a QR code for a short text, made by the
// QR Code generator library (Nayuki, from Debian's qr-code-generator sources) at
// error-correction level M, the smallest version that holds the text. Pure logic:
// the e-card draws it (src/ui/widgets/qr_code.h) and tests decode it.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace huicai::app {

// Texts longer than this are refused (empty matrix): far below version 40's capacity,
// so a text that is taken always fits.
inline constexpr std::size_t kQrMaxText = 512;

struct QrMatrix {
    int size = 0;                    // modules per side (21 for version 1 … 177); 0 when empty
    std::vector<unsigned char> dark; // size*size, row by row, 1 = dark

    bool empty() const { return size == 0; }
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x] != 0; }
};

QrMatrix encodeQr(std::string_view text);

} // namespace huicai::app
