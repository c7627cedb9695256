#!/usr/bin/env bash
# Fails when a screen (src/ui/screens) sets a colour, a style variable, a column width
# or a gap of its own instead of asking the design system (src/ui/style) for a colour
# role, a component, a measure or a spacing step; prints each such line.
set -euo pipefail
cd "$(dirname "$0")/.."
rules=(
  'PushStyleColor|PushStyleVar => sets its own style (use a component of ui/style)'
  'IM_COL32|ImVec4\( => draws in a colour of its own (use colour(Tone::…))'
  'std::min\((ImGui::GetContentRegionAvail\(\)\.x|avail|width), *[0-9]+(\.[0-9]*)?f?\) => picks its own width (use measureWidth(Measure::…))'
  'Dummy\(ImVec2\(0, *[1-9][0-9]*(\.[0-9]*)?f?\)\) => picks its own gap (use space::k…)'
  '(Indent|Unindent)\([1-9] => picks its own indent (use space::k…)'
)
bad=0
for rule in "${rules[@]}"; do
  pattern=${rule%% => *}
  why=${rule#* => }
  while IFS= read -r hit; do
    echo "check_design: $hit: $why"
    bad=$((bad + 1))
  done < <(grep -nE "$pattern" src/ui/screens/*.cpp || true)
done
((bad == 0)) || { echo "check_design: $bad line(s) of screens bypass the design system" >&2; exit 1; }
echo "check_design: $(ls src/ui/screens/*.cpp | wc -l) screens use only the design system's colours, measures and steps"
