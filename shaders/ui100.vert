// The user interface's vertices on a WebGL 1 context (GLSL ES 1.00), as ui.vert: a
// position in CSS pixels, the font atlas's texture coordinate, a colour (RGBA bytes,
// normalised) and the constant transform to clip space (scale xy, offset zw). The
// attributes' locations are bound before the link.
precision highp float;
attribute vec2 a_position;
attribute vec2 a_uv;
attribute vec4 a_colour;
attribute vec4 a_transform;
varying vec2 v_uv;
varying vec4 v_colour;
void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = vec4(a_position * a_transform.xy + a_transform.zw, 0.0, 1.0);
}
