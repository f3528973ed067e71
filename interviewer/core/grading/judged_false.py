"""A statement the answer itself judges false: "Some warn that X, but that is a myth", "It is a
myth that X", "It is not true that X", "People say X. That is wrong." A wrong claim said so is
set aside (asides.py: never held against the candidate); a concept said so is denied, as if
"X" had been negated (veto59): "Some researchers warn that the policy can exploit flaws in the
reward model, but that is a misconception" denies reward hacking, and is no more credited for it
than "the policy cannot exploit the reward model".

Only a judgment that rejects a whole statement counts, not a phrase that only reports one ("people
say X" reports without judging, and "X, and they are right" endorses it), and only where nothing
in the statement is negated itself: "it is a myth that it does not learn from data" says that it
does (a double negative, `Asides.disbelieved`)."""

from __future__ import annotations

from collections.abc import Sequence

from .judged_subjects import statement_start, subject_only
from .judgments import JUDGMENTS
from .statement_judging import Judging

REJECTING_BEFORE = (
    ("myth", "that"),
    ("misconception", "that"),
    ("not", "true", "that"),
    ("untrue", "that"),
    ("false", "that"),
    ("not", "the", "case", "that"),
    ("wrong", "to", "think"),
    ("wrong", "to", "say"),
    ("wrong", "to", "believe"),
    ("wrong", "to", "assume"),
    ("wrong", "to", "claim"),
    ("mistake", "to", "think"),
    ("mistake", "to", "believe"),
    ("mistake", "to", "assume"),
)
"""Phrases that, before a statement in its segment, judge the statement after them false: a
"that"-clause or a verb of saying or believing after them, not a practice ("it is a mistake to
rely on BLEU alone" judges a practice, and a practice is no statement)."""


_FIRST_WORDS = frozenset(phrase[0] for phrase in REJECTING_BEFORE)
"""The words a REJECTING_BEFORE phrase can begin with: a segment's other words start none, so
`rejected_before` compares phrases only where one of these stands (lead59: the comparison at
every word cost about a tenth of a grade's time)."""

JUDGED_FALSE_WORDS = frozenset(judgment[-1] for judgment in JUDGMENTS)
"""No statement of a text without one of these words is judged false (speed67): a judgment
after it ends with one ("..., but that is a myth", "That is not true."), and every
REJECTING_BEFORE phrase holds one ("myth", "misconception", "true", "untrue", "false", "case",
"wrong", "mistake"). "Some warn that X, but that is a myth" holds "myth" and is read; "The
reward model scores each answer" holds none: `Asides.judged_false` reads nothing there."""


def rejected_before(words: Sequence[str]) -> int:
    """Where the statement starts after the last REJECTING_BEFORE phrase in `words` (the words
    of a segment before the statement), or -1 when none stands there."""
    end = -1
    for i, word in enumerate(words):
        if word not in _FIRST_WORDS:
            continue
        for phrase in REJECTING_BEFORE:
            if phrase[0] == word and tuple(words[i : i + len(phrase)]) == phrase:
                end = max(end, i + len(phrase))
    return end


def judged_false(
    words: Sequence[str], reach: Sequence[int], judging: Judging, first: int, last: int
) -> bool:
    """Whether the statement at words first..last that `judging` reads (statement_judging.py)
    is said judged false, with no negation in it but that of the judging phrase: by the clause
    right after it (judgments.judged_wrong_after: "..., but that is a myth"; "... That is
    wrong.") or by a REJECTING_BEFORE phrase before it in its segment ("it is a myth that ...";
    "it is not true that ..."). The clause judging it may follow the rest of its segment: "Some
    say X, just like Y, but that is a myth". Not when the words are only the statement's subject
    and its predicate says something of its own (judged_subjects.py: "the added noise costs
    accuracy, but that is false")."""
    start, end = judging.start, judging.end
    opening = rejected_before(words[start:first])
    if opening >= 0:
        return _plain(reach, start + opening, end) and not subject_only(
            words, start + opening, first, last, end
        )
    return (
        (judging.negated > judging.clause_end and judging.wrong_after_statement)
        or (judging.negated > end and judging.wrong_after_segment)
    ) and not subject_only(words, statement_start(words, start, first), first, last, end)


def _plain(reach: Sequence[int], start: int, end: int) -> bool:
    """Whether no negation stands in the statement from `start` to `end`: "it is a myth that it
    never costs accuracy" says that it does (a double negative)."""
    return not any(reach[p] >= start for p in range(start, end + 1))
