"""A term equated to a list of terms: "LangChain is chains, agents, tools, memory and RAG".

A singular copula ("is", "means", "equals"; in notes the sign "=") between a term and a bare
term that opens a list asserts nothing a rubric could check: no one thing *is* five things; the
answer names them. keywords.py reads such an item ("LangChain is chains") as a bare term, as it
reads "Involves chains" (`keywords._FILLER_ITEM`), when the list goes on in the same sentence
with at least LIST_AFTER more bare terms.

A definition by kind keeps its determiner ("A GAN is two networks, a generator and a
discriminator, trained against each other"; "RAG is a pipeline: ..."), and a plural subject
names the members of a set ("The main risks are bias, misuse and privacy"): neither is read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .text import STOP_WORDS, Text

LINKS = frozenset("is means equals".split())
"""Singular copulas and their equivalents: "X is / means / equals Y"."""
SIGN_LINKS = "=≈"
"""The same written as a sign in notes: "X = A, B, C and D"."""
LIST_AFTER = 2
"""Bare terms the list holds after the equated one, in the same sentence: "X is A, B and C"."""
TERM_WORDS = 3
"""A term has at most this many content words (as a bare item, term_items.is_claim)."""

_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_SIGN_RE = re.compile(f"[{re.escape(SIGN_LINKS)}]")
"""Any link sign: a text with none has no word after one (`_sign_before`), which is then
not asked word by word (`_has_sign`)."""


def _has_sign(raw: str) -> bool:
    """Whether `raw` holds a link sign: what `_SIGN_RE.search` tells, a substring test per
    sign (the regex scanned a 550-character answer in 8 us, for every item asked about; this
    in well under 1 us)."""
    return any(map(raw.__contains__, SIGN_LINKS))


_COUNTS = frozenset("one two three four five six seven eight nine ten several both".split())
_PREPOSITIONS = frozenset(
    """within inside outside under above below across among beyond along against around near
    behind beside besides beneath toward towards upon onto""".split()
)
"""Prepositions the stop list lacks: "is within its own closed path" says where, not what."""
"""Words that count what follows ("is two networks, a generator and a discriminator"): the
complement is a kind, what follows names its members."""


def _bare_noun(text: Text, at: int) -> bool:
    """Whether the word at `at` opens a bare noun phrase: no function word, determiner or
    count ("a generator", "two networks" name things of a kind)."""
    word = text.words[at]
    return not (word in STOP_WORDS or word in _COUNTS or word in _PREPOSITIONS or word.isdigit())


def _sign_before(text: Text, i: int) -> bool:
    """Whether word `i` follows a link sign (SIGN_LINKS) alone between it and the word before."""
    gap = text.raw[text.spans[i - 1][1] : text.spans[i][0]].strip()
    return len(gap) == 1 and gap in SIGN_LINKS


def link_of(text: Text, first: int, last: int) -> tuple[int, int] | None:
    """(the subject's last word, the complement's first word) about the item's one link, a
    word (LINKS) or a sign (SIGN_LINKS), with words on either side; else None."""
    found = [(i - 1, i + 1) for i in range(first + 1, last) if text.words[i] in LINKS]
    if _has_sign(text.raw):
        found += [(i - 1, i) for i in range(first + 1, last + 1) if _sign_before(text, i)]
    return found[0] if len(found) == 1 else None


def has_link(text: Text, first: int, last: int) -> bool:
    """Whether the item holds a link word or sign (see `equated_term`)."""
    return not LINKS.isdisjoint(text.words[first : last + 1]) or (
        _has_sign(text.raw) and any(_sign_before(text, i) for i in range(first + 1, last + 1))
    )


def equated_term(
    text: Text,
    items: list[tuple[int, int]],
    k: int,
    is_claim: Callable[[int, int], bool],
    unled_claim: Callable[[int, int], bool] | None = None,
) -> bool:
    """Whether item k equates a term with a bare term that opens a list (see the module
    docstring): "subject LINK complement", the subject a bare term of its own (no pronoun,
    no verb), the complement at most TERM_WORDS content words and nothing else (no
    determiner, count or preposition: "is a framework" defines by kind, "is within its own
    path" says where), and at least LIST_AFTER bare items after it, with no determiner
    either, before the sentence ends. `is_claim`: term_items.is_claim of the text, perhaps
    remembered; `unled_claim`: the same not counting a sign before the item (`led=False`),
    which reads the complement of a sign link ("X = A + B + C"); without it, a sign link
    equates nothing."""
    first, last = items[k]
    link = link_of(text, first, last)
    if link is None or not _bare_noun(text, link[1]):
        return False
    subject_last, opening = link
    complement = text.words[opening : last + 1]
    signed = opening == subject_last + 1
    read_complement = unled_claim if signed else is_claim
    if (
        read_complement is None
        or len(complement) > TERM_WORDS
        or any(w in STOP_WORDS or w in _PREPOSITIONS for w in complement)
        or is_claim(first, subject_last)
        or read_complement(opening, last)
    ):
        return False
    bare_after = 0
    end = text.spans[last][1]
    for after_first, after_last in items[k + 1 :]:
        if _SENTENCE_BREAK.search(text.raw, end, text.spans[after_first][0]):
            break
        if _bare_noun(text, after_first) and not is_claim(after_first, after_last):
            bare_after += 1
        end = text.spans[after_last][1]
    return bare_after >= LIST_AFTER
