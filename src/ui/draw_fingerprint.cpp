// Implements drawFingerprint: a 64-bit multiply-xorshift hash over the draw data's
// bytes, eight at a time (a frame's vertices are a few hundred kilobytes).
#include "ui/draw_fingerprint.h"

#include <cstring>
#include <map>

namespace huicai::ui {

namespace {

class Hasher {
public:
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            word(w);
        }
        std::uint64_t tail = n; // the length keeps "ab" + "" apart from "a" + "b"
        for (std::size_t i = 0; i < n; ++i) tail = (tail << 8) | p[i];
        word(tail);
    }
    template <class T>
    void value(const T& v) {
        bytes(&v, sizeof v);
    }
    std::uint64_t done() const {
        std::uint64_t h = m_h;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return h;
    }

private:
    void word(std::uint64_t w) {
        w *= 0x87c37b91114253d5ULL;
        w = (w << 31) | (w >> 33);
        m_h = (m_h ^ (w * 0x4cf5ad432745937fULL)) * 0x9e3779b97f4a7c15ULL + 0x52dce729;
    }
    std::uint64_t m_h = 0x6a09e667f3bcc909ULL;
};

std::map<const void*, std::uint64_t>& callbackPrints() {
    static std::map<const void*, std::uint64_t> prints;
    return prints;
}

} // namespace

void noteCallbackFingerprint(const void* data, std::uint64_t print) { callbackPrints()[data] = print; }

std::uint64_t fingerprintBytes(const void* bytes, std::size_t n, std::uint64_t seed) {
    Hasher h;
    h.value(seed);
    h.bytes(bytes, n);
    return h.done();
}

std::uint64_t drawFingerprint(const ImDrawData& data, const ImVec4& clear) {
    Hasher h;
    h.value(data.DisplayPos);
    h.value(data.DisplaySize);
    h.value(data.FramebufferScale);
    h.value(clear);
    h.value(data.CmdListsCount);
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList* list = data.CmdLists[i];
        h.bytes(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        h.bytes(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            h.value(cmd.ClipRect);
            h.value(cmd.TextureId);
            h.value(cmd.VtxOffset);
            h.value(cmd.IdxOffset);
            h.value(cmd.ElemCount);
            h.value(cmd.UserCallback);
            if (cmd.UserCallback && cmd.UserCallbackData) {
                auto it = callbackPrints().find(cmd.UserCallbackData);
                h.value(it == callbackPrints().end() ? std::uint64_t(0) : it->second);
            }
        }
    }
    return h.done();
}

} // namespace huicai::ui
