#version 300 es
// The user interface's vertices (Dear ImGui's draw lists): a position in CSS pixels,
// the font atlas's texture coordinate and a colour (RGBA bytes, normalised).
precision highp float;
uniform mat4 u_projection; // CSS pixels of the display to clip space
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;
out vec2 v_uv;
out vec4 v_colour;
void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = u_projection * vec4(a_position, 0.0, 1.0);
}
