// The vertex colour times the font atlas's coverage on a WebGL 1 context (GLSL ES
// 1.00), as ui.frag; WebGL 1 has no one-channel red texture, so the atlas is an
// alpha texture there.
precision mediump float;
uniform sampler2D u_texture; // texture unit 0, a sampler's default: never set
varying vec2 v_uv;
varying vec4 v_colour;
void main() {
    gl_FragColor = v_colour * vec4(1.0, 1.0, 1.0, texture2D(u_texture, v_uv).a);
}
