// encodeQr: Nayuki's encoder (qrcodegen_encodeText, its C version) to a plain module grid.
#include "app/qr_matrix.h"

#include <qrcodegen.h>

#include <cstdint>
#include <string>
#include <vector>

namespace huicai::app {

QrMatrix encodeQr(std::string_view text) {
    QrMatrix m;
    if (text.size() > kQrMaxText) return m;
    const std::string z(text); // encodeText wants a NUL-terminated string
    std::vector<std::uint8_t> qr(qrcodegen_BUFFER_LEN_MAX), scratch(qrcodegen_BUFFER_LEN_MAX);
    // Medium error correction raised when it fits in the same version, any version, the
    // best mask: what the C++ QrCode::encodeText(text, Ecc::MEDIUM) does.
    if (!qrcodegen_encodeText(z.c_str(), scratch.data(), qr.data(), qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX,
                              qrcodegen_Mask_AUTO, true))
        return m;
    m.size = qrcodegen_getSize(qr.data());
    m.dark.resize(static_cast<std::size_t>(m.size) * m.size);
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) m.dark[static_cast<std::size_t>(y) * m.size + x] = qrcodegen_getModule(qr.data(), x, y) ? 1 : 0;
    return m;
}

} // namespace huicai::app
