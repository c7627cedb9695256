#version 300 es
// The vertex colour times the font atlas (white where a shape has no glyph).
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_colour;
layout(location = 0) out vec4 o_colour;
void main() {
    o_colour = v_colour * texture(u_texture, v_uv);
}
