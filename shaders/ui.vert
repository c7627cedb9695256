#version 300 es
// The user interface's vertices (Dear ImGui's draw lists): a position in CSS pixels,
// the font atlas's texture coordinate and a colour (RGBA bytes, normalised). The
// transform from CSS pixels to clip space is one constant attribute (scale xy, offset
// zw), so that the renderer looks up no uniform.
precision highp float;
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;
layout(location = 3) in vec4 a_transform;
out vec2 v_uv;
out vec4 v_colour;
void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = vec4(a_position * a_transform.xy + a_transform.zw, 0.0, 1.0);
}
