"""The usual way of things, said before the thing that changes it: "Normally the forward pass
stores every layer's activations ... With checkpointing you store activations only at some
checkpoints" says how training goes without checkpointing, not what checkpointing does.

Found on a blind correct_probes50 answer of genai-049 (cp50-009), read as the listed wrong
claim "stores every activation". A statement is said of the usual way when its sentence opens
with USUAL_OPENERS and "with X" follows it: opening the next sentence, or right after a
contrast ("but", "whereas", "while") later in its sentence; X is a word of letters, not a
pronoun ("With it, ...": the sentence named the thing itself), whose stem the sentence did not
hold before the "with" ("Normally checkpointing stores ... With checkpointing ...": a claim about
checkpointing).
"""

from __future__ import annotations

from collections.abc import Sequence

USUAL_OPENERS = (("normally",), ("ordinarily",), ("by", "default"))
"""Words that, opening a sentence, set it in the usual way of things."""
_CONTRASTS = frozenset(("but", "whereas", "while"))
_PRONOUNS = frozenset("it this that them these those they its such one".split())


def said_of_the_usual_way(
    words: Sequence[str], stems: Sequence[str], sentences: Sequence[int], first: int
) -> bool:
    """Whether the statement starting at word `first` is said of the usual way of things that
    a "with X" after it changes (module docstring)."""
    start = first
    while start > 0 and sentences[start - 1] == sentences[first]:
        start -= 1
    if not any(tuple(words[start : start + len(o)]) == o for o in USUAL_OPENERS):
        return False
    i = first + 1
    while i < len(words) and sentences[i] == sentences[first]:
        if words[i] == "with" and words[i - 1] in _CONTRASTS:
            return _changed_by(words, stems, start, i)
        i += 1
    return i < len(words) and words[i] == "with" and _changed_by(words, stems, start, i)


def _changed_by(words: Sequence[str], stems: Sequence[str], start: int, at: int) -> bool:
    """Whether the "with" at `at` names a thing (a word of letters, no pronoun) that the words
    from `start` up to the "with" do not name."""
    if at + 1 >= len(words):
        return False
    named = words[at + 1]
    return named.isalpha() and named not in _PRONOUNS and stems[at + 1] not in stems[start:at]
