#version 300 es
// A region's fill: its value's colour on a three-stop ramp (given as uniforms, so the
// legend and the map share one ramp); no data as a hatch of two greys, never as a value's
// colour; a region outside the window's area plain; the hovered one tinted.
precision mediump float;
uniform float u_value;     // 0…1 on the ramp; below 0: no data
uniform int u_state;       // 0 normal, 1 hovered, 2 outside the window's area
uniform vec4 u_ramp[3];    // the ramp's colours at 0, ½ and 1
uniform vec4 u_noData;
uniform vec4 u_outside;
uniform vec4 u_hoverTint;  // mixed in by its alpha
uniform float u_dpr;       // device pixels per CSS pixel: the hatch keeps its size
layout(location = 0) out vec4 o_colour;

vec4 ramp(float t) {
    t = clamp(t, 0.0, 1.0);
    return t < 0.5 ? mix(u_ramp[0], u_ramp[1], t * 2.0) : mix(u_ramp[1], u_ramp[2], t * 2.0 - 1.0);
}

void main() {
    vec4 colour;
    if (u_state == 2) {
        colour = u_outside;
    } else if (u_value < 0.0) {
        float stripe = mod((gl_FragCoord.x + gl_FragCoord.y) / u_dpr, 8.0);
        colour = stripe < 2.5 ? mix(u_noData, vec4(1.0), 0.45) : u_noData;
    } else {
        colour = ramp(u_value);
    }
    if (u_state == 1) colour.rgb = mix(colour.rgb, u_hoverTint.rgb, u_hoverTint.a);
    o_colour = vec4(colour.rgb, 1.0);
}
