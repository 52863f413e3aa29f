#!/usr/bin/env python3
# Makes renderer/fonts/be-vietnam-pro-<weight>.woff2: one file per weight holding the Latin,
# Latin Extended and Vietnamese subsets that @fontsource/be-vietnam-pro ships as three faces.
#
# Why: with three faces split by unicode-range, Vietnamese text changes face every few letters
# (ế, ạ, đ are in one subset, a, t, space in another), so Blink shapes and lays out a long field
# as hundreds of short runs; with one face it is one run. In bench:typing this was ~2.8 ms of the
# ~14 ms a key cost in a 20,000-character summary (textInput 7.8 → 5.9 ms, layout 3.3 → 1.9 ms).
# The glyphs are the package's own (same font version), only put in one file.
#
# Run after upgrading @fontsource/be-vietnam-pro (needs fontTools, Debian: python3-fonttools,
# python3-brotli):  python3 scripts/merge-ui-font.py
import pathlib
import sys
import tempfile

from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / 'node_modules/@fontsource/be-vietnam-pro/files'
TARGET = ROOT / 'renderer/fonts'
SUBSETS = ['latin', 'latin-ext', 'vietnamese']
WEIGHTS = [400, 500, 600, 700]


def merge(weight: int) -> pathlib.Path:
    with tempfile.TemporaryDirectory() as tmp:
        # The merger reads plain sfnt files: unpack each woff2 first.
        parts = []
        for subset in SUBSETS:
            font = TTFont(SOURCE / f'be-vietnam-pro-{subset}-{weight}-normal.woff2')
            font.flavor = None
            part = pathlib.Path(tmp) / f'{subset}.ttf'
            font.save(part)
            parts.append(str(part))
        merged = Merger(options=Options(drop_tables=[])).merge(parts)
    merged.flavor = 'woff2'
    out = TARGET / f'be-vietnam-pro-{weight}.woff2'
    merged.save(out)
    return out


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for weight in WEIGHTS:
        out = merge(weight)
        font = TTFont(out)
        print(f'{out.relative_to(ROOT)}: {len(font.getBestCmap())} characters, {out.stat().st_size} bytes')
    return 0


if __name__ == '__main__':
    sys.exit(main())
