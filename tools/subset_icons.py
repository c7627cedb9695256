#!/usr/bin/python3
"""Subsets the icon font to the icons the app uses.

Reads the code points of src/ui/style/icons.h (each `Name = 0xf…,` line of the enum) and keeps only
those glyphs of Font Awesome 4.7 (Debian's fonts-font-awesome). Fails when the font
lacks one of them, so that a misspelt code point does not ship as a blank.
Run with Debian's python3 (fontTools): /usr/bin/python3 tools/subset_icons.py
  --font /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf
  --icons src/ui/style/icons.h --out build/fonts/icons.ttf
"""
import argparse
import os
import re
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", required=True)
    ap.add_argument("--icons", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    with open(args.icons, encoding="utf-8") as f:
        codes = sorted({int(m, 16) for m in re.findall(r"^\s*\w+ = 0x([0-9a-fA-F]{4,5}),", f.read(), re.M)})
    if not codes:
        sys.exit(f"subset_icons: no code points in {args.icons}")

    from fontTools.ttLib import TTFont
    cmap = TTFont(args.font).getBestCmap()
    missing = [f"{c:04x}" for c in codes if c not in cmap]
    if missing:
        sys.exit(f"subset_icons: {args.font} has no glyph for {', '.join(missing)}")

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    subprocess.run([sys.executable, "-m", "fontTools.subset", args.font,
                    "--unicodes=" + ",".join(f"{c:04x}" for c in codes),
                    "--output-file=" + args.out, "--no-hinting", "--name-IDs=*", "--notdef-outline"], check=True)
    print(f"subset_icons: {len(codes)} icons, {os.path.getsize(args.out)} bytes -> {args.out}")


if __name__ == "__main__":
    main()
