"""What "too" denies: "a cross-encoder is too slow to score the whole corpus" says it cannot
score the whole corpus, and "a cross-encoder that scored the whole corpus would be far too
slow" names that scoring only to rule it out (flag60, stop 49: both flagged genai-200's wrong
claim 'cross-encoder scores the whole corpus' on correct answers; "using the biggest model for
everything would be too expensive" flagged genai-125's 'biggest model for everything').

- *"too X to VERB"*: the "to" after "too" and one or two words ("too slow to", "far too
  expensive to", "too many tokens to") is a negation whose reach is the rest of its clause, as
  "fails to"'s "fail" is (effort_verbs.py), when a verb follows it ("to score", "to fit", "to
  be"; not "too close to the boundary"). Not so after "all too" or "only too" ("it is all too
  easy to overfit" says it overfits), nor when "too" is itself denied ("not too slow to run
  on a laptop"). What stands before "too" is not in the reach: "the cross-encoder is slow" is
  still said by "the cross-encoder is too slow to ...".
- *what "too" needs*: a "without" after "too X" in its clause ("too much for a single GPU
  without sharding", "too slow without a cache") names what is needed, and denies nothing
  (cp60f-015, genai-186: "sharding" read as denied). Not "too" for "also" ("it works too
  without a reward model").
- *a subject ruled out by "too"*: a statement said wholly in the subject of a clause whose
  predicate is "would be / is / will be [far, much, way] too X" is supposed, not claimed, when
  that subject is a gerund ("Scoring ...", "Using the biggest model for everything ..."), an
  infinitive ("To score ...") or holds a relative clause or participle after its noun
  ("a cross-encoder that scored ...", "a cross-encoder scoring ..."), with no "and"
  or "but" between the statement and the predicate ("the cross-encoder scores the whole corpus
  and is too slow" claims both) and no "when", "if", "because" ... before the predicate
  ("forgetting happens when the learning rate is too low" claims that forgetting happens then:
  train answer d1002, a wrong answer the first version let go).
"""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import NEGATIONS
from .text import stem
from .text.function_words import BARE_BE_HAVE, COORDINATORS, CORE_RELATIVES
from .unit_spans import unit_start
from .verbs import is_verb

_NOT_DENYING = frozenset(("all", "only"))
"""Words before "too" that make it an emphasis of what follows, not a bar: "all too easy"."""
_NOT_A_DEGREE = frozenset(("without", "with", "and", "but", "or"))
"""Words after "too" that show it means "also" ("works too without a reward model")."""
_COPULAS = (
    ("would", "be"),
    ("will", "be"),
    ("could", "be"),
    ("might", "be"),
    ("is",),
    ("are",),
    ("was",),
    ("were",),
)
"""The forms of "be" whose "too X" rules out the clause's subject."""
_DEGREE_ADVERBS = frozenset("far much way simply just still often usually clearly".split())
"""Words that may stand between the copula and "too" ("would be far too slow")."""
_RELATIVES = CORE_RELATIVES
_JOINING = COORDINATORS
_SUBORDINATORS = frozenset(
    "when whenever if because since where after before until while as once unless".split()
)
"""Words that open a clause of their own before the copula: its "too" is said of that
clause's subject ("forgetting happens when the learning rate is too low")."""


def too_to(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the "to" of "too X to VERB": a negation of what follows it
    in its clause (see the module's docstring)."""
    if words[i] != "to" or i + 1 >= len(words):
        return False
    for too in (i - 2, i - 3):
        if too < 0 or words[too] != "too":
            continue
        if too > 0 and (words[too - 1] in _NOT_DENYING or _denied(words, too)):
            return False
        after = words[i + 1]
        return after in BARE_BE_HAVE or is_verb(after, stem(after), "to")
    return False


def needed_without(words: Sequence[str], clauses: Sequence[int], i: int) -> bool:
    """Whether the "without" at `i` names what a "too X" before it in its clause needs: "too
    much for a single GPU without sharding" says sharding is needed, not that it is absent."""
    j = i - 2
    while j >= 0 and clauses[j] == clauses[i] and i - j <= 8:
        if words[j] == "too" and words[j + 1] not in _NOT_A_DEGREE:
            return True
        j -= 1
    return False


def _denied(words: Sequence[str], too: int) -> bool:
    """Whether a negation stands right before "too" or one word before it ("not too",
    "isn't too", "is not far too")."""
    return any(
        words[j] in NEGATIONS or words[j].endswith(("n't", "n’t"))
        for j in range(max(0, too - 3), too)
    )


def ruled_out_subject(
    words: Sequence[str], stems: Sequence[str], clauses: Sequence[int], positions: Sequence[int]
) -> bool:
    """Whether the statement at `positions` is said wholly in the subject of a "would be too
    X" clause (see the module's docstring): "A cross-encoder that scored the whole corpus would
    be far too slow"."""
    first, last = min(positions), max(positions)
    clause = clauses[first]
    if clauses[last] != clause:
        return False
    start = unit_start(clauses, first)
    end = last + 1
    while end < len(words) and clauses[end] == clause:
        if words[end] in _JOINING:
            return False
        copula = _copula_at(words, end)
        if copula:
            at = end + copula
            while at < len(words) and words[at] in _DEGREE_ADVERBS:
                at += 1
            if at + 1 < len(words) and words[at] == "too" and clauses[at + 1] == clause:
                return _verbal_subject(words, stems, start, first, end)
            return False
        end += 1
    return False


def _copula_at(words: Sequence[str], i: int) -> int:
    """The number of words of the copula starting at `i` (0: none)."""
    for copula in _COPULAS:
        if tuple(words[i : i + len(copula)]) == copula:
            return len(copula)
    return 0


def _verbal_subject(
    words: Sequence[str], stems: Sequence[str], start: int, first: int, copula: int
) -> bool:
    """Whether the clause's subject, from `start` to the copula at `copula`, is a gerund, an
    infinitive, or a noun with a relative clause or participle after it, by the statement's
    first word `first`."""
    opening = words[start]
    if any(words[j] in _SUBORDINATORS for j in range(start, copula)):
        return False  # "forgetting happens when the rate is too low": the rate is too low
    if opening == "to" or (opening.endswith("ing") and is_verb(opening, stems[start], "by")):
        return True
    return any(
        words[j] in _RELATIVES or (words[j].endswith("ing") and is_verb(words[j], stems[j], "by"))
        for j in range(start + 1, min(first + 4, copula))
    )
