// The QR code widget: a payload's modules (app/qr_matrix.h) drawn with ImGui's draw
// list on white with a quiet zone of four modules, every module a whole number of
// device pixels and its edges on the device-pixel grid, so it stays crisp and
// decodable at any device pixel ratio. The widget map knows it by `label` (without any "##id" suffix).
#pragma once
#include "ui/ui.h"

#include <string>
#include <string_view>

namespace huicai::ui {

// Draws the code of `text` at most `maxSide` CSS pixels wide (quiet zone included)
// as one item labelled `label`; returns the side drawn (0 when the text is too long).
float qrCode(Ui& ui, std::string_view text, const std::string& label, float maxSide);

} // namespace huicai::ui
