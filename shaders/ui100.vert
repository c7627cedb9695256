// The user interface's vertices on a WebGL 1 context (GLSL ES 1.00), as ui.vert: a
// position in CSS pixels, the font atlas's texture coordinate and a colour (RGBA
// bytes, normalised). The attributes' locations are bound before the link.
precision highp float;
uniform mat4 u_projection; // CSS pixels of the display to clip space
attribute vec2 a_position;
attribute vec2 a_uv;
attribute vec4 a_colour;
varying vec2 v_uv;
varying vec4 v_colour;
void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = u_projection * vec4(a_position, 0.0, 1.0);
}
