// encodeQr: Nayuki's encoder (qrcodegen::QrCode::encodeText) to a plain module grid.
#include "app/qr_matrix.h"

#include <qrcodegen.hpp>

#include <string>

namespace huicai::app {

QrMatrix encodeQr(std::string_view text) {
    QrMatrix m;
    if (text.size() > kQrMaxText) return m;
    const std::string z(text); // encodeText wants a NUL-terminated string
    const auto qr = qrcodegen::QrCode::encodeText(z.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
    m.size = qr.getSize();
    m.dark.resize(static_cast<std::size_t>(m.size) * m.size);
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) m.dark[static_cast<std::size_t>(y) * m.size + x] = qr.getModule(x, y) ? 1 : 0;
    return m;
}

} // namespace huicai::app
