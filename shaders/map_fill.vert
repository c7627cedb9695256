#version 300 es
// The map's regions as triangles: a vertex in mesh units (1/1024 of a degree from the
// mesh's origin) is placed in CSS pixels by the view's affine map, then in clip space
// by the same projection as the user interface.
precision highp float;
uniform mat4 u_projection; // CSS pixels of the display to clip space
uniform vec4 u_affine;     // x' = a·x + b, y' = c·y + d
layout(location = 0) in vec2 a_position;
void main() {
    vec2 css = vec2(u_affine.x * a_position.x + u_affine.y, u_affine.z * a_position.y + u_affine.w);
    gl_Position = u_projection * vec4(css, 0.0, 1.0);
}
