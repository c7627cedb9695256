#!/usr/bin/env bash
# Fails when a C++ file of the project differs from what clang-format makes of it
# with the checked-in .clang-format; prints the files and the first differences.
# The *_web.cpp files of src/platform are left out: they hold JavaScript (EM_JS),
# which clang-format would lay out as C++.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check_format: clang-format is missing (run 'make setup' as root)" >&2; exit 2; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'serve/*.cpp' 'serve/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
else
  mapfile -t files < <(find src serve tests bench -name '*.cpp' -o -name '*.h' | sort)
fi
bad=0
diffs=$(mktemp)
trap 'rm -f "$diffs"' EXIT
for f in "${files[@]}"; do
  [[ $f == src/platform/*_web.cpp || ! -f $f ]] && continue
  if ! clang-format --style=file "$f" | diff -u --label "$f" --label "$f (clang-format)" "$f" - >"$diffs"; then
    echo "check_format: $f is not laid out as .clang-format says:"
    head -20 "$diffs"
    bad=$((bad + 1))
  fi
done
((bad == 0)) || { echo "check_format: $bad file(s) to format: clang-format -i <file>" >&2; exit 1; }
echo "check_format: ${#files[@]} files follow .clang-format"
