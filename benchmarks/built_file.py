"""What the builders of a shipped word file share (english_words.py, letter_trigrams.py): write
the file, or with --check say whether the shipped one matches what the builder makes."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def build_or_check(
    description: str, out: Path, build: Callable[[], str], count: Callable[[str], int], unit: str
) -> None:
    """The command line of a builder: `build()` the text of `out` and write it, or with
    --check compare it with the shipped file; either way say how many `unit`s (`count`) it
    holds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args()
    text = build()
    size = count(text)
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{size} {unit}; shipped file {'matches' if same else 'DIFFERS'}")
        return
    out.write_text(text, encoding="utf-8")
    print(f"{size} {unit} written to {out.relative_to(REPO)}")
