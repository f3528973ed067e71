"""A thing said to happen by itself: "tokens spread evenly by themselves", "on its own".

"by", "itself" and "on its own" are stop words, so a rubric line "tokens spread evenly by
themselves" (a wrong claim: without a balancing loss they do not) kept only "tokens spread
evenly", and was found where a correct answer says a balancing loss keeps "tokens spread
evenly" (wrong_claims_probes56, genai-149). The qualifier is kept as a word of its own, found
in an answer that says any of its forms.
"""

from __future__ import annotations

from .words import Text

REFLEXIVE_STEM = "by-itself"
"""The stem the qualifier is read as, whichever form is written."""
_REFLEXIVES = frozenset("itself themselves himself herself".split())
_OWNERS = frozenset("its their his her".split())
_LAST_WORDS = _REFLEXIVES | {"own"}
"""The last word of every qualifier: a text without one says none."""


def reflexive_marks(text: Text) -> list[int]:
    """The index of the last word of each "by itself" ("by themselves") and "on its own" ("on
    their own", "of its own accord" left out: rare) in `text`."""
    words = text.words
    if _LAST_WORDS.isdisjoint(text.word_set):  # most answers: no word read at each word
        return []
    return [i for i in range(1, len(words)) if _by_itself(words, i) or _on_its_own(words, i)]


def _by_itself(words: list[str], i: int) -> bool:
    return words[i] in _REFLEXIVES and words[i - 1] == "by"


def _on_its_own(words: list[str], i: int) -> bool:
    return words[i] == "own" and i >= 2 and words[i - 1] in _OWNERS and words[i - 2] == "on"
