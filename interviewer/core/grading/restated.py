"""The question's words as an answer that restates it may write them: its own words, and what
its acronyms and short forms stand for ("large language models" for a question about "LLMs").

A restated question adds no word of its own (flags.answer_flags); spelling out the question's
acronym, or shortening its spelled-out term, adds none either. The acronyms are the bank's
(synonym groups holding a one-word short form of another member: "llm" = "large language
model", "genai" = "generative ai") and, for an answer key, those its references spell
(acronyms.py), and the short forms of short_forms.SHORT_FORMS ("dict" for "dictionary").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from .acronyms import initials, spelled_spans, written_acronyms
from .short_forms import SHORT_FORMS
from .text import STOP_WORDS, Text

_PLURAL_ACRONYM = re.compile(r"\b([A-Z]{3,6})s\b")
"""An acronym in the plural ("LLMs"), which acronyms.written_acronyms does not read."""
_SPLIT = str.maketrans({"-": " ", "‐": " ", "–": " ", "/": " "})
_ASKS_EXPANSION = re.compile(
    r"\bstands?\s+for\b|\bshort\s+for\b|\babbreviat|\bacronym|\bfull\s+form\b"
    r"|\bspell(?:ed|s)?\s+out\b",
    re.IGNORECASE,
)
_EXPAND_AN_ACRONYM = re.compile(
    r"\b[Ee]xpan(?:d|sion\s+of)\s+(?:the\s+)?[A-Z][A-Za-z]*[A-Z]s?\s*(?:[.?!:;,]|$)"
)
"""A question that asks what its acronym stands for ("What does ACID stand for?", "Expand
RAM.", "What is the full form of SQL?"): there the spelled-out term is the answer, not the
question again. "Expand" asks it only of an acronym that ends the clause: "How would you expand
an LLM's context window?" asks something else."""


def asks_for_expansion(prompt: str) -> bool:
    """Whether the question asks what its acronym or short form stands for."""
    return bool(_ASKS_EXPANSION.search(prompt) or _EXPAND_AN_ACRONYM.search(prompt))


def spells_an_acronym(
    text: Text, acronyms: frozenset[str], key_words: Collection[str] = ()
) -> bool:
    """Whether the text's content words, in order and across commas and "and", hold a run
    whose initials spell one of `acronyms` (lower case, three letters or more), each word of
    the run one of `key_words` when given (the key's own words: "atomicity, consistency,
    integrity, durability" spells "acid" with a wrong word and does not count)."""
    words = [text.words[i].lower() for i in text.content if text.words[i]]
    for acronym in acronyms:
        size = len(acronym)
        if size < 3:
            continue
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if "".join(w[0] for w in run) == acronym and (
                not key_words or all(w in key_words for w in run)
            ):
                return True
    return False


def spells(short: str, long: str) -> bool:
    """Whether the one word `short` is written with the beginnings of the words of `long`, in
    order, each content word giving at least its first letter and a function word none or some
    ("llm" of "large language model", "genai" of "generative ai", "rlhf" of "reinforcement
    learning from human feedback"); a plural "s" may close both."""
    short = short.lower()
    words = long.lower().translate(_SPLIT).split()
    if not short.isalnum() or len(words) < 2 or len(short) < len(words) - 2:
        return False
    if short.endswith("s") and words[-1].endswith("s") and not _spelled(short, words):
        short, words = short[:-1], [*words[:-1], words[-1][:-1]]
    return _spelled(short, words)


def _spelled(short: str, words: Sequence[str]) -> bool:
    if not words:
        return not short
    first, rest = words[0], words[1:]
    if first in STOP_WORDS and _spelled(short, rest):
        return True
    return any(
        short.startswith(first[:k]) and _spelled(short[k:], rest)
        for k in range(1, min(len(first), len(short)) + 1)
    )


StemPair = tuple[frozenset[str], frozenset[str]]
"""The stems of a short form and of what it stands for."""


def short_form_pairs(groups: Iterable[Sequence[str]]) -> list[tuple[str, str]]:
    """(short form, what it stands for) of every synonym group member that spells another,
    and of every short form of short_forms.SHORT_FORMS."""
    pairs = [(short, long) for short, longs in SHORT_FORMS.items() for long in longs]
    for group in groups:
        for short in group:
            if " " in short or "-" in short:
                continue
            pairs += [(short, long) for long in group if long != short and spells(short, long)]
    return pairs


def acronyms_written(text: str) -> frozenset[str]:
    """The acronyms the text writes in capitals, in the plural too ("LLMs"), lower-cased."""
    plural = {m.group(1).lower() for m in _PLURAL_ACRONYM.finditer(text)}
    return frozenset(written_acronyms(text) | plural)


def key_acronyms(prompt: str, references: Sequence[str]) -> list[tuple[str, str]]:
    """(acronym, what it stands for) of the acronyms an answer key or its question writes in
    capitals and spells out somewhere ("GIL" asked, "global interpreter lock" in the key)."""
    written: set[str] = set()
    for text in (prompt, *references):
        written |= acronyms_written(text)
    pairs: list[tuple[str, str]] = []
    for text in (prompt, *references):
        pairs += [(a, long) for a, long in initials(text).items() if a in written]
    return pairs


def stem_pairs(pairs: Iterable[tuple[str, str]], canon: Mapping[str, str] | None) -> list[StemPair]:
    """The pairs' stems (read through the bank's thesaurus, `canon`); none with an empty side."""
    result = []
    for short, long in pairs:
        short_stems = frozenset(Text.of(short, canon=canon).content_stems())
        long_stems = frozenset(Text.of(long, canon=canon).content_stems())
        if short_stems and long_stems:
            result.append((short_stems, long_stems))
    return result


def restated_stems(question_stems: frozenset[str], pairs: Iterable[StemPair]) -> frozenset[str]:
    """The question's stems, with those of what its acronyms and short forms stand for and of
    the acronyms and short forms of what it spells out (`pairs`: `stem_pairs`)."""
    asked = set(question_stems)
    for short_stems, long_stems in pairs:
        if short_stems <= question_stems:
            asked |= long_stems
        elif long_stems <= question_stems:
            asked |= short_stems
    return frozenset(asked)


def spelled_out(text: Text, acronyms: frozenset[str]) -> frozenset[str]:
    """The stems of the answer's words that spell one of `acronyms` (the question's), read as
    acronyms.initials reads a run: "large language models" for "LLMs"."""
    if not acronyms:
        return frozenset()
    spans = spelled_spans(text.raw, acronyms)
    if not spans:
        return frozenset()
    return frozenset(
        text.stems[i]
        for i in text.content
        if any(first <= text.spans[i][0] < last for first, last in spans)
    )
