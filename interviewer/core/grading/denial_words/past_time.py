"""The phrases that set a statement in the past ("in the past", "used to", "older models"),
telling how things were rather than claiming how they are (`in_the_past`)."""

from __future__ import annotations

from collections.abc import Sequence

from .phrase_lists import by_first_word

PAST_TIME = (
    "in the past",
    "previously",
    "formerly",
    "traditionally",
    "historically",
    "used to",
    "back then",
    "until recently",
    "earlier ai",
    "older ai",
    "earlier systems",
    "older systems",
    "earlier models",
    "older models",
    "before generative ai",
    "before llms",
    "before deep learning",
    "before foundation models",
)
"""Phrases that set what follows them, in its segment, in the past: "in the past each model
was built for one narrow task" tells how things were, not a wrong claim about how they are;
so do the older systems named as such ("earlier AI was built by hand for one task")."""
PAST_TIME_WORDS = by_first_word(PAST_TIME)
_HABIT_NOT_USE = frozenset(("is", "are", "was", "were", "be", "been", "being", "get", "got"))
"""Before "used to", words that make it a use ("is used to keep the policy close"), not a
past habit."""
_OBJECT_OF = frozenset(
    "the a an its their his her our your all any each every these those this some "
    "on to from with of over for in at by as like than against versus vs into".split()
)
"""Before "previously", words that make it part of a noun phrase ("the previously computed
keys", "on previously unseen text"), not the time a claim is set in."""
_COMPARED_TO = frozenset("than like over versus vs against".split())
_COMPARING = frozenset("compared compare comparing relative similar".split())
"""Words that make "older models" the object of a comparison, not the time of a claim."""
_AUXILIARIES = frozenset("is are was were be been had has have".split())
_SEQUENCE_NOUNS = frozenset(
    "token tokens word words position positions context step steps state states key keys "
    "value values input inputs frame frames".split()
)
"""Beside "in the past", words that make it a place in the sequence ("tokens in the past",
"in the past tokens"), not a time."""


def _sets_the_time(words: Sequence[str], i: int, phrase: list[str], clause_start: int) -> bool:
    """Whether the PAST_TIME phrase at `i` sets its clause in the past, or is only part of a
    noun phrase: "used to" as a habit ("models used to be built", "we used to write rules"),
    not a use ("a matrix used to block positions"); "previously" opening a clause or after a
    verb ("was previously built"), not before a participle ("the previously generated
    tokens"); "older models" named as such, not as the object of a comparison ("compared
    with older models like GANs"); "in the past" as a time, not the past tokens."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + len(phrase)] if i + len(phrase) < len(words) else ""
    if phrase == ["used", "to"]:
        return before not in _HABIT_NOT_USE and (after in ("be", "have") or i - clause_start <= 2)
    if phrase == ["previously"]:
        return before not in _OBJECT_OF and (i - clause_start <= 2 or before in _AUXILIARIES)
    if phrase == ["in", "the", "past"]:
        return before not in _SEQUENCE_NOUNS and after not in _SEQUENCE_NOUNS
    if phrase[0] in ("earlier", "older"):
        compared = i > 1 and before in ("with", "to") and words[i - 2] in _COMPARING
        return before not in _COMPARED_TO and not compared
    return True


def in_the_past(words: Sequence[str], breaks: Sequence[bool] = ()) -> bool:
    """Whether the words before a statement, in its segment, hold a PAST_TIME phrase as whole
    words that sets them in the past (`_sets_the_time`); `breaks` says, for each word, whether
    a new clause starts after it (none known: one clause)."""
    clause_start = 0
    for i, word in enumerate(words):
        if i > 0 and i - 1 < len(breaks) and breaks[i - 1]:
            clause_start = i
        for phrase in PAST_TIME_WORDS.get(word, ()):
            if words[i : i + len(phrase)] != phrase:
                continue
            if _sets_the_time(words, i, phrase, clause_start):
                return True
    return False
