"""What a reference denies: the content words in reach of its negations, which an answer must
speak to before its lack of a negation reads as saying the opposite."""

from __future__ import annotations

from .clauses import Structure
from .text import Text

_JOINS = frozenset("and or but while whereas".split())
"""Words that end, going back from a negation, the statement it denies."""


def _denial(structure: Structure, negator: int) -> set[int]:
    """The positions of what one negation denies: its reach, and the words before it back to
    its clause's start, a comma or a joining word ("keys must be hashable and cannot repeat"
    denies "repeat" only; "so a list cannot be a key" denies a list being one)."""
    text = structure.text
    said = {i for i, n in enumerate(structure.reach) if n == negator}
    j = negator - 1
    while (
        j >= 0
        and structure.clauses[j] == structure.clauses[negator]
        and text.words[j] not in _JOINS
        and "," not in text.raw[text.spans[j][1] : text.spans[j + 1][0]]
    ):
        said.add(j)
        j -= 1
    return said


def denied_stems(text: Text, question_stems: frozenset[str]) -> frozenset[str]:
    """The stems the text says only in what its negations deny (`_denial`), not the
    question's: "keys must be hashable and cannot repeat" denies {"repeat"}, "a dict is a
    hash table, so a list cannot be a key" {"list"}; "key" is said outside a denial too, and
    so names no denial of its own."""
    structure = Structure.of(text)
    inside: set[int] = set()
    for negator in structure.negators:
        inside |= _denial(structure, negator)
    content = set(text.content)
    denied = {text.stems[i] for i in inside & content}
    plain = {text.stems[i] for i in content - inside}
    return frozenset(denied - plain - question_stems)


def speaks_to_denial(answer_stems: frozenset[str], denied: frozenset[str]) -> bool:
    """Whether an answer with no negation says something the reference denies: only then can
    it read as saying the opposite. A reference whose denied words are all said plainly too
    (`denied` empty) is spoken to by any answer, as before."""
    return not denied or bool(answer_stems & denied)
