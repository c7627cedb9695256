#version 300 es
// The map's borders: each segment is an instance drawn as a quad around it, widened by
// half the line's width plus a pixel for the anti-aliased edge, in device pixels, so the
// line keeps its width at any zoom and device pixel ratio. The quad's corners come from
// a_corner: x along the segment (0 start, 1 end), y across it (-1 or 1).
precision highp float;
uniform mat4 u_projection; // CSS pixels of the display to clip space
uniform vec4 u_affine;     // mesh units to CSS pixels: x' = a·x + b, y' = c·y + d
uniform float u_halfWidth; // half the line's width, CSS pixels
uniform float u_dpr;
layout(location = 0) in vec2 a_corner;
layout(location = 1) in vec4 a_segment; // start (x, y) and end (z, w), mesh units
out float v_across;                     // device pixels from the line's middle

vec2 css(vec2 p) { return vec2(u_affine.x * p.x + u_affine.y, u_affine.z * p.y + u_affine.w); }

void main() {
    vec2 a = css(a_segment.xy), b = css(a_segment.zw);
    vec2 along = b - a;
    float len = length(along);
    vec2 dir = len > 0.0001 ? along / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    float reach = u_halfWidth + 1.0 / u_dpr; // CSS pixels to the quad's edge
    // The ends reach past the segment's points by the same amount, so joints close.
    vec2 p = mix(a, b, a_corner.x) + dir * (a_corner.x * 2.0 - 1.0) * reach + normal * a_corner.y * reach;
    v_across = a_corner.y * reach * u_dpr;
    gl_Position = u_projection * vec4(p, 0.0, 1.0);
}
