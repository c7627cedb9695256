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

    // One frame of a window with a button and a line of text (and, with `callback`, a
    // draw callback whose data is `callback`); its fingerprint.
    std::uint64_t draw(ImVec2 mouse, ImVec2 size = {800, 600}, ImVec4 clear = {1, 1, 1, 1}, void* callback = nullptr) {
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
        if (callback) ImGui::GetWindowDrawList()->AddCallback([](const ImDrawList*, const ImDrawCmd*) {}, callback);
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

TEST_CASE("A draw callback's noted fingerprint is the frame's: the map's view moved is drawn, the same view is not", "[ui][frames][S8.1.2]") {
    Frames f;
    const ImVec2 away{700, 500};
    int data = 0; // stands for the map's draw call: the same object from frame to frame
    huicai::ui::noteCallbackFingerprint(&data, 1);
    f.draw(away, {800, 600}, {1, 1, 1, 1}, &data);
    const std::uint64_t first = f.draw(away, {800, 600}, {1, 1, 1, 1}, &data);
    CHECK(f.draw(away, {800, 600}, {1, 1, 1, 1}, &data) == first);
    huicai::ui::noteCallbackFingerprint(&data, 2); // panned: the draw lists are the same, the call is not
    const std::uint64_t moved = f.draw(away, {800, 600}, {1, 1, 1, 1}, &data);
    CHECK(moved != first);
    huicai::ui::noteCallbackFingerprint(&data, 1);
    CHECK(f.draw(away, {800, 600}, {1, 1, 1, 1}, &data) == first);
}
