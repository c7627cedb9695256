#!/usr/bin/env bash
# Fails when a C++ file of the project differs from what clang-format makes of it
# with the checked-in .clang-format; prints where the first differences are.
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
checked=()
for f in "${files[@]}"; do
  [[ $f == src/platform/*_web.cpp || ! -f $f ]] && continue
  checked+=("$f")
done
# One clang-format for every file (one process per file took a minute of CI); it names
# each file and line that differs.
if ! out=$(clang-format --style=file --dry-run --Werror "${checked[@]}" 2>&1); then
  head -60 <<<"$out"
  echo "check_format: files to format: clang-format -i <file> (the first differences are above)" >&2
  exit 1
fi
echo "check_format: ${#checked[@]} files follow .clang-format"
