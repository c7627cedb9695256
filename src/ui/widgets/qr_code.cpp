// Implements the QR code widget: the matrix is encoded once per payload, then each
// row's runs of dark modules are drawn as single rectangles (no anti-aliased edges).
#include "ui/widgets/qr_code.h"

#include "app/qr_matrix.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace huicai::ui {

namespace {

constexpr int kQuiet = 4; // modules of white around the code (ISO/IEC 18004)

const app::QrMatrix& cachedMatrix(std::string_view text) {
    static std::string lastText;
    static app::QrMatrix last;
    if (last.empty() || text != lastText) {
        lastText = std::string(text);
        last = app::encodeQr(text);
    }
    return last;
}

} // namespace

float qrCode(Ui& ui, std::string_view text, const std::string& label, float maxSide) {
    const app::QrMatrix& m = cachedMatrix(text);
    if (m.empty()) return 0;
    const float dpr = std::max(1.0f, ImGui::GetIO().DisplayFramebufferScale.x);
    const int modules = m.size + 2 * kQuiet;
    // Whole device pixels per module, at least two.
    const int modulePx = std::max(2, static_cast<int>(std::floor(maxSide * dpr / modules)));
    const float module = static_cast<float>(modulePx) / dpr;
    const float side = module * modules;

    ImVec2 pos = ImGui::GetCursorScreenPos();
    pos.x = std::round(pos.x * dpr) / dpr;
    pos.y = std::round(pos.y * dpr) / dpr;
    const ImGuiID id = ImGui::GetID(label.c_str());
    const ImRect bb(pos, ImVec2(pos.x + side, pos.y + side));
    ImGui::SetCursorScreenPos(pos);
    ImGui::ItemSize(bb);
    if (!ImGui::ItemAdd(bb, id)) return side;
    ui.map.annotate(id, std::string_view(label).substr(0, label.find("##")));

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(bb.Min, bb.Max, IM_COL32_WHITE);
    const ImU32 dark = IM_COL32_BLACK;
    auto edge = [&](int n) { return static_cast<float>(n * modulePx) / dpr; };
    for (int y = 0; y < m.size; ++y) {
        const float y0 = pos.y + edge(y + kQuiet), y1 = pos.y + edge(y + kQuiet + 1);
        for (int x = 0; x < m.size;) {
            if (!m.at(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m.size && m.at(end, y)) ++end;
            dl->AddRectFilled(ImVec2(pos.x + edge(x + kQuiet), y0), ImVec2(pos.x + edge(end + kQuiet), y1), dark);
            x = end;
        }
    }
    return side;
}

} // namespace huicai::ui
