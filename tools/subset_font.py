#!/usr/bin/python3
"""Subsets the CJK user-interface font for the web app.

Keeps every character of GB2312 (each valid two-byte code decoded), printable
ASCII, a few typographic marks, and every character of the given UTF-8 JSON files
(the i18n tables and the reference data), so that the app's own text never needs
the full font. Writes the subset font and two character lists next to it:
  <out>.chars.txt     every character the subset font holds (for the app to know
                      which characters it can add to its atlas without a download)
  <out>.ui_chars.txt  the characters of the JSON files plus ASCII (the glyphs the
                      app puts in its atlas at start-up)
Run with Debian's python3 (fontTools): /usr/bin/python3 tools/subset_font.py
  --font /usr/share/fonts/truetype/wqy/wqy-microhei.ttc --font-number 0
  --out build/fonts/ui.ttf assets/i18n/ui.zh-CN.json ...
"""
import argparse
import os
import subprocess
import sys
import tempfile


def gb2312_chars():
    chars = []
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def json_chars(paths):
    seen = set()
    for path in paths:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            seen.update(f.read())
    return {c for c in seen if ord(c) >= 0x20}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", required=True)
    ap.add_argument("--font-number", default="0")
    ap.add_argument("--out", required=True)
    ap.add_argument("inputs", nargs="*")
    args = ap.parse_args()

    ascii_chars = {chr(c) for c in range(0x20, 0x7F)}
    marks = set("·—–‘’“”…、。，；：？！（）《》〈〉「」『』【】〔〕％＋－／～　★☆✓✗←→↑↓•")
    ui = ascii_chars | json_chars(args.inputs) | marks
    everything = set(gb2312_chars()) | ui
    everything.discard("\n")

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as tmp:
        tmp.write("".join(sorted(everything)))
        text_file = tmp.name
    try:
        cmd = [sys.executable, "-m", "fontTools.subset", args.font,
               "--font-number=" + args.font_number, "--text-file=" + text_file,
               "--output-file=" + args.out, "--layout-features=*", "--no-hinting",
               "--name-IDs=*", "--notdef-outline"]
        subprocess.run(cmd, check=True)
    finally:
        os.unlink(text_file)

    # The font may lack some requested characters: list only what it really holds.
    from fontTools.ttLib import TTFont
    cmap = TTFont(args.out).getBestCmap()
    held = sorted(c for c in everything if ord(c) in cmap)
    with open(args.out + ".chars.txt", "w", encoding="utf-8") as f:
        f.write("".join(held))
    with open(args.out + ".ui_chars.txt", "w", encoding="utf-8") as f:
        f.write("".join(sorted(c for c in ui if ord(c) in cmap)))
    print(f"subset_font: {len(held)} characters, {os.path.getsize(args.out)} bytes -> {args.out}")


if __name__ == "__main__":
    main()
