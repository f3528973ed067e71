"""An answer as a reader of raw text (STAR grading's patterns) should see it: plain spaces, no
invisible characters, and look-alike letters written as the ASCII letters they look like
(fullwidth "Ｒｅｓｕｌｔ", a ligature, an accent typed on a Latin vowel from another keyboard,
curly quotes), as rubric mode reads each word (text.py: NFKC, `fold_accents`, "’" as "'").
Each character read keeps where it stands in the typed answer, so that evidence is given back
as typed. Letters of other scripts keep their marks."""

from __future__ import annotations

import unicodedata

from .text import INVISIBLE_RE, SPACES_RE, fold_accents

_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u02bc\u201c\u201d\u201e\u201f", "'''''\"\"\"\"")
"""Curly single quotes and the modifier apostrophe as "'", curly double quotes as '"'."""


def plain_text(typed: str) -> tuple[str, list[int] | None]:
    """`typed` as a reader of raw text sees it (see the module's docstring); and where each of
    its characters stands in `typed` (None when each stands where it was typed)."""
    if typed.isascii():
        return typed, None
    spaced = SPACES_RE.sub(" ", typed).translate(_QUOTES)
    read: list[str] = []
    typed_at: list[int] = []
    for i, c in enumerate(spaced):
        if c.isascii():
            read.append(c)
            typed_at.append(i)
            continue
        if INVISIBLE_RE.match(c) or (
            unicodedata.combining(c) and read and read[-1].isascii() and read[-1].isalpha()
        ):
            continue  # unseen, or an accent on a Latin letter
        for letter in _plain(c):
            read.append(letter)
            typed_at.append(i)
    text = "".join(read)
    if typed_at == list(range(len(typed))):
        return text, None
    return text, typed_at


def _plain(c: str) -> str:
    """One character as the ASCII it looks like when it is a look-alike letter, digit or
    fullwidth sign ("Ａ", "ﬁ", "é", "！"), else itself (text.fold_accents, which rubric mode
    reads words with)."""
    normal = unicodedata.normalize("NFKC", c)
    if normal != c and normal.isascii() and (normal.isalnum() or "\uff01" <= c <= "\uff5e"):
        return normal
    return fold_accents(c)  # an accented Latin letter without its accent, as rubric mode reads it
