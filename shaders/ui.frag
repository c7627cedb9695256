#version 300 es
// The vertex colour times the font atlas's coverage (one channel: the glyphs' alpha,
// and full where a shape has no glyph).
precision mediump float;
uniform sampler2D u_texture; // texture unit 0, a sampler's default: never set
in vec2 v_uv;
in vec4 v_colour;
layout(location = 0) out vec4 o_colour;
void main() {
    o_colour = v_colour * vec4(1.0, 1.0, 1.0, texture(u_texture, v_uv).r);
}
