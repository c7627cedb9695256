#version 300 es
// A border's pixel: full colour within half the line's width, fading over the next
// device pixel (coverage from the distance to the line's middle).
precision highp float; // as the vertex shader: uniforms both stages use must agree
uniform vec4 u_colour;
uniform float u_halfWidth; // CSS pixels
uniform float u_dpr;
in float v_across;
layout(location = 0) out vec4 o_colour;
void main() {
    float coverage = clamp(u_halfWidth * u_dpr + 0.5 - abs(v_across), 0.0, 1.0);
    o_colour = vec4(u_colour.rgb, u_colour.a * coverage);
}
