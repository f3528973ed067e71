"""A statement judged wrong by the words right after it: "Some say X; that is a myth", "People
assume X, which is incorrect", "You may hear that X. That is wrong.", "The claim that X is
false". What X says is set aside (clauses.Structure.dismissed), as after "it is a myth that":
neither credited as the candidate's own claim nor held against them as a wrong one.

A statement judged right after it is endorsed (veto55): "People often assume X, and they are
right", "A common belief is that X, and that belief is correct", "Many think X. That is true."
A dismissing phrase before it ("people assume") then dismisses nothing: X is the candidate's
own claim (`judged_right_after`)."""

from __future__ import annotations

from collections.abc import Sequence

from .text.function_words import FINITE_BE
from .unit_spans import unit_end, unit_start

JUDGING = frozenset(("which", "that", "this"))
"""Words that open a clause judging the one before: "..., which is wrong"."""
CONTRACTED = frozenset(("that's", "this's"))
"""A judging word and "is" written as one."""
OPENING = frozenset(("that", "this")) | CONTRACTED
"""Words that open a sentence judging the one before: "That is wrong."."""
ADVERBS = frozenset("simply just plainly completely totally actually quite also clearly".split())
"""Words that may stand between "is" and the judgment ("that is simply wrong")."""
JUDGMENTS = (
    ("wrong",),
    ("incorrect",),
    ("false",),
    ("untrue",),
    ("mistaken",),
    ("nonsense",),
    ("misleading",),
    ("inaccurate",),
    ("not", "accurate"),
    ("a", "misunderstanding"),
    ("a", "fallacy"),
    ("a", "myth"),
    ("a", "misconception"),
    ("a", "mistake"),
    ("not", "true"),
    ("not", "correct"),
    ("not", "right"),
    ("not", "the", "case"),
)
"""What the judging clause says of the statement, ending that clause."""
CLAIM_NOUNS = frozenset(
    "claim idea notion belief assumption view statement saying thinking claiming assuming".split()
)
"""Words that, as "the claim that X" or "saying that X", name a statement to be judged after it
("... is false", "... would be incorrect")."""
LEADING = frozenset(("in", "fact", "actually", "but", "and", "however"))
ENDORSING = frozenset(("they", "which", "that", "this", "those", "people", "he", "she"))
"""Words that open a clause judging the one before right: "..., and they are right"."""
ENDORSING_CONTRACTED = frozenset(("they're", "that's", "this's"))
ENDORSEMENTS = (("right",), ("correct",), ("true",), ("accurate",), ("not", "wrong"))
"""What an endorsing clause says of the statement, ending that clause."""
AGREEING = (("i", "agree"), ("rightly", "so"))
"""A clause that endorses the statement before it on its own: "..., and I agree", "..., and
rightly so"; it may go on only with "with them"/"with that"."""
"""Words that may open the judging sentence before "that" ("In fact, that is false.")."""


def judged_wrong_after(
    words: Sequence[str], sentences: Sequence[int], clauses: Sequence[int], first: int, last: int
) -> bool:
    """Whether the statement at words first..last is judged wrong right after it: by the
    clause after the one holding `last`, in its sentence ("..., which is incorrect"; "...; that
    is a myth"; "..., but that is wrong") or opening the next sentence ("That is wrong."), or,
    named as "the claim that ...", by its own clause ("... is false"). The judgment must end its
    clause: "that is wrong for GPT" judges something else."""
    end = unit_end(clauses, last)
    return named_judged_wrong(words, sentences, clauses, first, last, end) or judged_wrong_next(
        words, sentences, clauses, end
    )


def named_judged_wrong(
    words: Sequence[str],
    sentences: Sequence[int],
    clauses: Sequence[int],
    first: int,
    last: int,
    end: int,
) -> bool:
    """Whether the statement at words first..last, named as "the claim that ...", is judged
    wrong by the rest of its own clause, up to `end` ("... is false")."""
    return (
        last < end
        and _claim_named(words, sentences, first)
        and any(_judgment(words, clauses, k, JUDGMENTS) for k in range(last + 1, end + 1))
    )


def judged_wrong_next(
    words: Sequence[str], sentences: Sequence[int], clauses: Sequence[int], end: int
) -> bool:
    """Whether the clause after the one ending at word `end` judges it wrong, in its sentence
    ("..., which is incorrect") or opening the next one ("That is wrong.")."""
    judging = _judging_clause(words, sentences, clauses, end + 1, end)
    if judging is None:
        return False
    k, same = judging
    return words[k] in (JUDGING | CONTRACTED if same else OPENING) and _judged(
        words, clauses, k, JUDGMENTS
    )


def _judging_clause(
    words: Sequence[str], sentences: Sequence[int], clauses: Sequence[int], k: int, last: int
) -> tuple[int, bool] | None:
    """From `k`, the first word after the clause of the statement ending at `last`: where the
    clause that may judge it opens (past "but"/"and" in the same sentence, past "In fact,"
    opening the next one), and whether it is in the statement's sentence; None at the end."""
    if k >= len(words):
        return None
    if sentences[k] == sentences[last]:
        if words[k] in ("but", "and") and k + 1 < len(words) and clauses[k + 1] == clauses[k]:
            k += 1
        return k, True
    opening = sentences[k]
    while k < len(words) and words[k] in LEADING and sentences[k] == opening:
        k += 1  # "In fact, that is false."
    return (k, False) if k < len(words) else None


def judged_right_after(
    words: Sequence[str], sentences: Sequence[int], clauses: Sequence[int], last: int
) -> bool:
    """Whether the statement ending at word `last` is judged right by the clause after it, in
    its sentence ("..., and they are right"; "..., which is correct"; "..., and that belief is
    true"; "..., and I agree") or by the next sentence's opening ("That is true."; "They are
    right."). The judgment must end its clause: "which is true of GPT" judges something else,
    "that is partly right" is no endorsement."""
    judging = _judging_clause(words, sentences, clauses, unit_end(clauses, last) + 1, last)
    if judging is None:
        return False
    k = judging[0]
    clause = clauses[k]
    for agreeing in AGREEING:
        end = k + len(agreeing)
        if tuple(words[k:end]) == agreeing and all(c == clause for c in clauses[k:end]):
            rest = [w for w, c in zip(words[end:], clauses[end:], strict=False) if c == clause]
            return rest in ([], ["with", "them"], ["with", "that"], ["with", "this"])
    if words[k] in ENDORSING_CONTRACTED:
        return _verdict(words, clauses, k + 1, clause, ENDORSEMENTS)
    if words[k] not in ENDORSING:
        return False
    if k + 1 < len(words) and clauses[k + 1] == clause and words[k + 1] in CLAIM_NOUNS:
        k += 1  # "that belief is correct"
    return (
        k + 1 < len(words)
        and clauses[k + 1] == clause
        and _judgment(words, clauses, k + 1, ENDORSEMENTS)
    )


def _judged(
    words: Sequence[str], clauses: Sequence[int], k: int, verdicts: Sequence[tuple[str, ...]]
) -> bool:
    """Whether the judging word at `k` is followed by "is" and a judgment ending its clause."""
    if words[k] in CONTRACTED:
        return _verdict(words, clauses, k + 1, clauses[k], verdicts)
    return (
        k + 1 < len(words)
        and clauses[k + 1] == clauses[k]
        and _judgment(words, clauses, k + 1, verdicts)
    )


def _judgment(
    words: Sequence[str], clauses: Sequence[int], i: int, verdicts: Sequence[tuple[str, ...]]
) -> bool:
    """Whether "is" (or "would be") at `i` is followed by one of `verdicts` ending its clause."""
    if words[i] in ("would", "will") and i + 1 < len(words) and words[i + 1] == "be":
        i += 1
    elif words[i] not in FINITE_BE:
        return False
    return _verdict(words, clauses, i + 1, clauses[i], verdicts)


def _verdict(
    words: Sequence[str],
    clauses: Sequence[int],
    i: int,
    clause: int,
    verdicts: Sequence[tuple[str, ...]],
) -> bool:
    while i < len(words) and clauses[i] == clause and words[i] in ADVERBS:
        i += 1
    for judgment in verdicts:
        end = i + len(judgment)
        if tuple(words[i:end]) == judgment and all(clauses[j] == clause for j in range(i, end)):
            return end == len(words) or clauses[end] != clause
    return False


def _claim_named(words: Sequence[str], sentences: Sequence[int], first: int) -> bool:
    """Whether the statement at `first` follows "the claim that" (or "the idea that", ...)
    opening its sentence."""
    head = list(words[unit_start(sentences, first) : first])
    if head and head[0] in ("the", "a", "this"):
        head = head[1:]
    for i in range(min(3, len(head) - 1)):
        if head[i] in CLAIM_NOUNS and head[i + 1] == "that":
            return True
    return False
