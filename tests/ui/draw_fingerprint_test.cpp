// drawFingerprint: the frames ImGui draws while it settles after an input often put
// exactly the same pixels on the canvas as the frame before; those are not drawn
// again. A change anyone can see (a hovered button, another size, another colour)
// is drawn.
#include "imgui_context.h"
#include "ui/draw_fingerprint.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cstdint>

namespace {

class Frames {
public:
    Frames() : m_ctx(screens::newHeadlessContext()) {}
    ~Frames() { ImGui::DestroyContext(m_ctx); }
    Frames(const Frames&) = delete;
    Frames& operator=(const Frames&) = delete;

    // One frame of a window with a button and a line of text; its fingerprint.
    std::uint64_t draw(ImVec2 mouse, ImVec2 size = {800, 600}, ImVec4 clear = {1, 1, 1, 1}) {
        ImGui::SetCurrentContext(m_ctx);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        io.AddMousePosEvent(mouse.x, mouse.y);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(size);
        ImGui::Begin("screen", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted("山东惠才卡");
        ImGui::Button("Sync now", ImVec2(200, 44));
        ImGui::End();
        ImGui::Render();
        return huicai::ui::drawFingerprint(*ImGui::GetDrawData(), clear);
    }

private:
    ImGuiContext* m_ctx = nullptr;
};

} // namespace

TEST_CASE("A frame that draws what the one before drew has its fingerprint, a hovered button another", "[ui][frames]") {
    Frames f;
    const ImVec2 away{700, 500};
    f.draw(away);
    const std::uint64_t settled = f.draw(away);
    CHECK(f.draw(away) == settled);
    CHECK(f.draw(away) == settled);

    // The button is drawn under the mouse in its hovered colour, then as before.
    const ImVec2 onButton{60, 45};
    const std::uint64_t hovered = f.draw(onButton);
    CHECK(hovered != settled);
    CHECK(f.draw(onButton) == hovered);
    f.draw(away);
    CHECK(f.draw(away) == settled);

    // Another size or clear colour is another picture.
    CHECK(f.draw(away, {390, 844}) != settled);
    f.draw(away);
    CHECK(f.draw(away, {800, 600}, {0, 0, 0, 1}) != settled);
    CHECK(f.draw(away) == settled);
}
