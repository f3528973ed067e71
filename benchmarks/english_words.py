"""Builds interviewer/core/grading/english_words.txt: the English words a typo is never read into
another word from (typos.py): every all-lower-case word of three letters or more of SCOWL's
size-50 American and British lists, as Debian ships them (wamerican, wbritish).

Usage: python benchmarks/english_words.py [--check]

--check prints how many words the file holds and whether it matches what this builds.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson, http://wordlist.aspell.net/) is
under a permissive licence that asks for its copyright notice in every copy: the file's header
holds the notice as Debian's package ships it (/usr/share/doc/wamerican/copyright). Words with
a capital (names), an apostrophe or an accent are left out: an answer's word is compared
lower-cased, and a name is no reason to keep a misspelling.
"""

from __future__ import annotations

import re
from pathlib import Path

from built_file import build_or_check

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "interviewer" / "core" / "grading" / "english_words.txt"
LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
"""Debian's wamerican and wbritish (`apt-get install wamerican wbritish`), version
2020.12.07: SCOWL 2020.12.07, size 50; needed to build the file."""
NOTICE = Path("/usr/share/doc/wamerican/copyright")
_WORD_RE = re.compile(r"[a-z]{3,}")


def build() -> str:
    for path in (*LISTS, NOTICE):
        if not path.exists():
            raise SystemExit(f"{path} is missing: apt-get install wamerican wbritish")
    words: set[str] = set()
    for path in LISTS:
        words.update(
            w for w in path.read_text(encoding="utf-8").splitlines() if _WORD_RE.fullmatch(w)
        )
    lines = [
        "# English words (all lower-case, three letters or more) of SCOWL's size-50 American",
        "# and British lists as Debian's wamerican and wbritish 2020.12.07 ship them; built by",
        "# benchmarks/english_words.py. A word here is never read as a typo of another (typos.py).",
        "# SCOWL's copyright notice and licence, as Debian ships them:",
        "#",
    ]
    lines += [f"# {line}".rstrip() for line in NOTICE.read_text(encoding="utf-8").splitlines()]
    lines += sorted(words)
    return "\n".join(lines) + "\n"


def _count(text: str) -> int:
    return sum(1 for line in text.splitlines() if not line.startswith("#"))


def main() -> None:
    build_or_check(__doc__.splitlines()[0], OUT, build, _count, "words")


if __name__ == "__main__":
    main()
