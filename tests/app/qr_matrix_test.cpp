// The e-card's QR modules (S5.1): the encoder's grid has the finder patterns of a
// QR code at three corners, grows with the text, refuses texts beyond its bound, and
// a real decoder (zbarimg from zbar-tools, installed by tools/setup.sh) reads the
// payload back from an image drawn from the grid.
#include "app/qr_matrix.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <unistd.h>

using huicai::app::encodeQr;
using huicai::app::QrMatrix;

namespace {

// A 7×7 finder pattern with its top-left module at (x, y): a dark ring, a light ring
// and a dark 3×3 centre.
bool finderAt(const QrMatrix& m, int x, int y) {
    for (int dy = 0; dy < 7; ++dy)
        for (int dx = 0; dx < 7; ++dx) {
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
            const bool dark = ring != 2;
            if (m.at(x + dx, y + dy) != dark) return false;
        }
    return true;
}

// A binary PGM: `scale` pixels per module and a quiet zone of 4 modules.
void writePgm(const QrMatrix& m, const std::string& path, int scale) {
    const int side = (m.size + 8) * scale;
    std::ofstream out(path, std::ios::binary);
    out << "P5\n"
        << side << " " << side << "\n255\n";
    for (int py = 0; py < side; ++py)
        for (int px = 0; px < side; ++px) {
            const int x = px / scale - 4, y = py / scale - 4;
            const bool dark = x >= 0 && y >= 0 && x < m.size && y < m.size && m.at(x, y);
            out.put(static_cast<char>(dark ? 0 : 255));
        }
}

std::string run(const std::string& cmd) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[512];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

} // namespace

TEST_CASE("qr matrix: finder patterns, size by text length, and the bound", "[S5.1][app]") {
    struct Case {
        int n;
        std::string text;
        int minSize;
        int maxSize;
    };
    const Case cases[] = {
        {1, "A", 21, 21},                                             // version 1
        {2, "HUICAI1|SDHC-2026-000001|direct|2031-09-29|42", 25, 45}, // a card payload
        {3, std::string(300, 'x'), 57, 177},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        const QrMatrix m = encodeQr(c.text);
        REQUIRE_FALSE(m.empty());
        CHECK(m.size >= c.minSize);
        CHECK(m.size <= c.maxSize);
        CHECK((m.size - 17) % 4 == 0);
        REQUIRE(m.dark.size() == static_cast<std::size_t>(m.size * m.size));
        CHECK(finderAt(m, 0, 0));
        CHECK(finderAt(m, m.size - 7, 0));
        CHECK(finderAt(m, 0, m.size - 7));
        CHECK_FALSE(finderAt(m, m.size - 7, m.size - 7));
    }
    CHECK(encodeQr(std::string(huicai::app::kQrMaxText + 1, 'x')).empty());
}

TEST_CASE("qr matrix: zbarimg decodes the payload drawn from the grid", "[S5.1][app]") {
    REQUIRE(run("command -v zbarimg") != "");
    const std::string texts[] = {
        "HUICAI1|SDHC-2026-000001|direct|2031-09-29|42",
        "HUICAI1|SDHC-2025-000123|evaluation|2030-12-31|07",
    };
    int i = 0;
    for (const auto& text : texts) {
        INFO(text);
        const std::string path = "/tmp/huicai_qr_test_" + std::to_string(::getpid()) + "_" + std::to_string(i++) + ".pgm";
        writePgm(encodeQr(text), path, 4);
        CHECK(run("zbarimg --raw -q " + path + " 2>/dev/null") == text);
        std::remove(path.c_str());
    }
}
