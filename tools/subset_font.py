#!/usr/bin/python3
"""Subsets the CJK user-interface font for the web app, in two files.

The first holds printable ASCII, a few typographic marks and every character of
the --first files (the text of the screens a visitor lands on: the shell, the
catalogue, sign-in): packed with the app and so drawn from its first frame. The
second holds the rest of the app's own text (every other given UTF-8 JSON file)
and the rest of GB2312 (each valid two-byte code decoded), which names, addresses
and documents' titles mostly use: the app fetches it right after its first frame.
Only what Dear ImGui reads is kept (no layout tables, no vertical metrics, no
hinting). Writes each font and, next to each, the list of characters it really
holds:
  <out>.chars.txt          what the first font holds (all of it goes into the
                           atlas at start-up)
  <common-out>.chars.txt   what the second holds (for the app to know which
                           characters will come with it and which only with the
                           full font)
Run with Debian's python3 (fontTools): /usr/bin/python3 tools/subset_font.py
  --font /usr/share/fonts/truetype/wqy/wqy-microhei.ttc --font-number 0
  --out build/fonts/ui.ttf --common-out build/fonts/common.ttf
  --first assets/i18n/ui.zh-CN.json ... assets/i18n/workflow.zh-CN.json ...
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


def subset(font, font_number, chars, out):
    """Writes the subset of `font` holding `chars` to `out` and returns what it holds."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as tmp:
        tmp.write("".join(sorted(chars)))
        text_file = tmp.name
    try:
        cmd = [sys.executable, "-m", "fontTools.subset", font,
               "--font-number=" + font_number, "--text-file=" + text_file,
               "--output-file=" + out, "--layout-features=", "--no-hinting",
               "--drop-tables+=vhea,vmtx,GDEF,GPOS,GSUB,FFTM", "--notdef-outline"]
        subprocess.run(cmd, check=True)
    finally:
        os.unlink(text_file)
    # The font may lack some requested characters: list only what it really holds.
    from fontTools.ttLib import TTFont
    cmap = TTFont(out).getBestCmap()
    held = sorted(c for c in chars if ord(c) in cmap)
    with open(out + ".chars.txt", "w", encoding="utf-8") as f:
        f.write("".join(held))
    print(f"subset_font: {len(held)} characters, {os.path.getsize(out)} bytes -> {out}")
    return held


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", required=True)
    ap.add_argument("--font-number", default="0")
    ap.add_argument("--out", required=True)
    ap.add_argument("--common-out", required=True)
    ap.add_argument("--first", action="append", default=[],
                    help="a file whose characters are packed with the app (repeatable)")
    ap.add_argument("inputs", nargs="*", help="the app's other text: fetched after the first frame")
    args = ap.parse_args()

    ascii_chars = {chr(c) for c in range(0x20, 0x7F)}
    marks = set("·—–‘’“”…、。，；：？！（）《》〈〉「」『』【】〔〕％＋－／～　★☆✓✗←→↑↓•")
    first = ascii_chars | json_chars(args.first) | marks
    first.discard("\n")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    own = set(subset(args.font, args.font_number, first, args.out))
    # The second file: the rest of the app's text and of GB2312, less what the first holds.
    rest = json_chars(args.inputs) | set(gb2312_chars())
    subset(args.font, args.font_number, rest - own, args.common_out)


if __name__ == "__main__":
    main()
