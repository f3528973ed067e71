"""speed60: the clause judging a statement is read once per statement (statement_judging.py,
`Asides.judging`), and `judged_false` and `dismissed_otherwise` share it. They must say what
3.44's code said: its `judged_false` and `judged_wrong_after` are kept here as the reference,
and compared on every statement (every first and last word) of the judged_false, asides and
judgments tests' sentences and of generated texts."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import asides, statement_judging
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.judged_false import rejected_before
from interviewer.core.grading.judged_subjects import statement_start, subject_only
from interviewer.core.grading.judgments import (
    CONTRACTED,
    JUDGING,
    JUDGMENTS,
    OPENING,
    _claim_named,
    _judged,
    _judging_clause,
    _judgment,
    judged_wrong_after,
)
from interviewer.core.grading.text import Text


def old_judged_wrong_after(
    words: Sequence[str], sentences: Sequence[int], clauses: Sequence[int], first: int, last: int
) -> bool:
    """3.44's `judgments.judged_wrong_after`, as it was."""
    k = last + 1
    while k < len(words) and clauses[k] == clauses[last]:
        if _claim_named(words, sentences, first) and _judgment(words, clauses, k, JUDGMENTS):
            return True
        k += 1
    judging = _judging_clause(words, sentences, clauses, k, last)
    if judging is None:
        return False
    k, same = judging
    return words[k] in (JUDGING | CONTRACTED if same else OPENING) and _judged(
        words, clauses, k, JUDGMENTS
    )


def old_judged_false(structure: Structure, positions: Sequence[int]) -> bool:
    """3.44's `Asides.judged_false` and `judged_false.judged_false`, as they were, with
    veto60's subject rule (judged_subjects.py) added at the lead's merge."""
    words, sentences, clauses, reach = (
        structure.text.words,
        structure.sentences,
        structure.clauses,
        structure.reach,
    )
    first, last = min(positions), max(positions)
    start, end = structure.start("segment", first), structure.segment_end(last)

    def plain(start: int, end: int) -> bool:
        return not any(reach[p] >= start for p in range(start, end + 1))

    opening = rejected_before(words[start:first])
    if opening >= 0:
        return plain(start + opening, end) and not subject_only(
            words, start + opening, first, last, end
        )
    clause_end = last
    while clause_end + 1 < len(words) and clauses[clause_end + 1] == clauses[last]:
        clause_end += 1
    return (
        (
            plain(start, clause_end)
            and old_judged_wrong_after(words, sentences, clauses, first, last)
        )
        or (plain(start, end) and old_judged_wrong_after(words, sentences, clauses, first, end))
    ) and not subject_only(words, statement_start(words, start, first), first, last, end)


def old_judged_wrong_around(structure: Structure, first: int, last: int) -> bool:
    """3.44's judgment part of `Asides.dismissed_otherwise`."""
    words, sentences, clauses = structure.text.words, structure.sentences, structure.clauses
    return any(
        old_judged_wrong_after(words, sentences, clauses, first, end)
        for end in (last, structure.segment_end(last))
    )


def same_as_before(text: str) -> None:
    """Every statement of `text` (each first and last word) is read as 3.44 read it."""
    structure = Structure.of(Text.of(text))
    words, sentences, clauses = structure.text.words, structure.sentences, structure.clauses
    for first in range(len(words)):
        for last in range(first, len(words)):
            positions = [first, last]
            assert structure.judged_false(positions) == old_judged_false(structure, positions)
            judging = structure.judging(first, last)
            assert (
                judging.wrong_after_statement or judging.wrong_after_segment
            ) == old_judged_wrong_around(structure, first, last)
            assert judged_wrong_after(
                words, sentences, clauses, first, last
            ) == old_judged_wrong_after(words, sentences, clauses, first, last)


TEXTS = [
    # test_veto59.py
    "Some researchers warn that the policy can exploit the reward model, but that is a myth.",
    "Many people say that beam search can miss the best sequence, but that is not true.",
    "People often claim that the noise costs accuracy. That is wrong.",
    "It is a myth that the policy can exploit the reward model.",
    "It is not true that the policy can exploit the reward model.",
    "Some say that the policy can exploit the reward model, just like PPO, but that is false.",
    "People say that the policy can exploit the reward model, and they are right.",
    "It is a myth that the policy cannot exploit the reward model.",
    "Some say the policy does not exploit the reward model, but that is a myth.",
    "It is a mistake to exploit the reward model.",
    "The policy can exploit the reward model, which is true of PPO as well.",
    # test_asides.py
    "It is a myth that quantization never costs accuracy.",
    "Unlike beam search, which keeps several drafts, sampling draws one token.",
    "The adapter does not change the base weights, and training is cheap.",
    # test_judgments.py
    "Some say the moon is cheese; that's simply wrong.",
    "You may hear that the moon is cheese. This is a misconception, since rock is not cheese.",
    "The claim that the moon is cheese is false.",
    "A popular belief that the moon is cheese is mistaken.",
    "Saying that the moon is cheese would be incorrect.",
    "One might think the moon is cheese. In fact, that is false.",
    "GPT fills in masked words, and nobody should doubt it.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_statement_is_judged_as_before(text: str) -> None:
    same_as_before(text)


WORDS = (
    "it is a myth not true that the claim some say model learns which wrong false never "
    "just like but and in fact that's a misconception , . ; x y"
).split()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=18))
def test_generated_statements_are_judged_as_before(tokens: list[str]) -> None:
    same_as_before(" ".join(tokens))


def test_the_judging_is_read_once_per_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    def counted(*args: object) -> statement_judging.Judging:
        calls.append((args[-2], args[-1]))  # type: ignore[arg-type]
        return statement_judging.judging_of(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(asides, "judging_of", counted)
    text = "Some say the policy can exploit the reward model, just like PPO, but that is false."
    structure = Structure.of(Text.of(text))
    words = structure.text.words
    exploit, model = words.index("exploit"), words.index("model")
    assert structure.judged_false([exploit, model])
    assert structure.dismissed_otherwise([exploit, words.index("reward"), model])
    assert structure.judged_false([model, exploit])
    assert calls == [(exploit, model)]
    judging = structure.judging(exploit, model)
    assert structure.judging(exploit, model) is judging
    # another statement, even with the same first word, has its own entry
    other = structure.judging(exploit, exploit)
    assert calls == [(exploit, model), (exploit, exploit)]
    assert other.clause_end == judging.clause_end and other.end == judging.end
    assert (judging.start, judging.end) == (0, words.index("ppo"))
    assert not judging.wrong_after_statement and judging.wrong_after_segment
    # a new Structure starts with nothing remembered
    assert Structure.of(Text.of(text)).judging(exploit, model) == judging
    assert len(calls) == 3
