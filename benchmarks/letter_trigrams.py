"""Builds interviewer/core/grading/letter_trigrams.txt: the padded letter trigrams of every
word of an English word list, the bundled banks and rubrics and the grader's word lists that
at least MIN_WORDS of them spell (mashing.py reads a word
spelled mostly with trigrams outside it as keyboard mashing).

Usage: python benchmarks/letter_trigrams.py [--check]

--check prints how many trigrams the file holds and whether it matches what this builds.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from built_file import build_or_check

REPO = Path(__file__).resolve().parent.parent
GRADING = REPO / "interviewer" / "core" / "grading"
OUT = GRADING / "letter_trigrams.txt"
SOURCES = (
    sorted((REPO / "banks").glob("*.yaml"))
    + sorted((REPO / "rubrics").glob("*.yaml"))
    + [GRADING / "plain_words.txt", GRADING / "generic_words.txt"]
)
DICTIONARY = Path("/usr/share/dict/american-english")
"""Debian's wamerican word list (SCOWL, `apt-get install wamerican`): everyday English the
banks do not spell ("oxygen" was read as mashed without it); needed to build the file."""
_WORD_RE = re.compile(r"[a-z]+")
MIN_WORDS = 3
"""A trigram spelled by fewer distinct words than this is no common English spelling: the list
holds oddities and names ("asdic" spells "asd"). Chosen on 30 mashed and 60 real words
(tests/grading/test_mashing.py): 1 caught 15 mashed, 3 caught 24 and read no real word as
mashed but lower-case acronyms ("hnsw", "fsdp", "qkv"), which a bank's own words cover."""


def build() -> str:
    import sys

    sys.path.insert(0, str(REPO))
    from interviewer.core.grading.mashing import trigrams

    if not DICTIONARY.exists():
        raise SystemExit(f"{DICTIONARY} is missing: apt-get install wamerican")
    words: set[str] = set()
    for path in (*SOURCES, DICTIONARY):
        words.update(_WORD_RE.findall(path.read_text(encoding="utf-8").lower()))
    spelled: Counter[str] = Counter()
    for word in words:
        spelled.update(set(trigrams(word)))
    found = {t for t, n in spelled.items() if n >= MIN_WORDS}
    lines = [
        "# Letter trigrams of English as Debian's wamerican word list (SCOWL) and the bundled",
        "# banks, rubrics and word lists spell it (each in at least MIN_WORDS of their words),",
        "# padded with ^ and $ at a word's ends; built by benchmarks/letter_trigrams.py.",
    ]
    ordered = sorted(found)
    lines += [" ".join(ordered[i : i + 20]) for i in range(0, len(ordered), 20)]
    return "\n".join(lines) + "\n"


def _count(text: str) -> int:
    return sum(len(line.split()) for line in text.splitlines() if not line.startswith("#"))


def main() -> None:
    build_or_check(__doc__.splitlines()[0], OUT, build, _count, "trigrams")


if __name__ == "__main__":
    main()
