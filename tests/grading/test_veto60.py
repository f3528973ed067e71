"""veto60: a verb that "never" stands on denies its object as an auxiliary's "not" does
(never_verbs.py)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def _structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def _denied(text: str, phrase: str) -> bool:
    structure = _structure(text)
    words = structure.text.words
    wanted = phrase.split()
    first = next(i for i in range(len(words)) if words[i : i + len(wanted)] == wanted)
    return structure.denied_from(list(range(first, first + len(wanted))))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The model never predicts the hidden tokens.", "hidden tokens"),
        ("The attention mask never blocks future positions.", "future positions"),
        ("The prefill phase never processes the prompt tokens in parallel.", "prompt tokens"),
        ("A diffusion model should never corrupt its training images.", "training images"),
        ("JSON mode never guarantees valid JSON.", "valid json"),
        ("The model must answer at once and never show intermediate reasoning.", "intermediate"),
    ],
)
def test_the_object_of_a_verb_after_never_is_denied(text: str, phrase: str) -> None:
    assert _denied(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # after a preposition: where the verb does not go, not a thing denied
        ("A token never attends to the tokens after it.", "tokens after"),
        ("The GPU never waits for the longest request.", "longest request"),
        # no verb right after "never", or a word between the verb and its object
        ("It never again computes the keys.", "keys"),
        ("It never quickly computes the keys.", "keys"),
        # neg61: past "but", ";" or "because" the verb's object is out of the negation's reach
        ("It never changes the weights but the adapters hold the update.", "adapters hold"),
        ("It never changes the weights; the adapters hold the update.", "adapters hold"),
        ("It never changes the weights because the adapters hold the update.", "adapters hold"),
        ("The model never waits because the keys are cached.", "keys are"),
        ("The model never stops, but the cache grows with every token.", "cache grows"),
        # not "never": a light verb stays the only way a plain negation reaches on
        ("The model always predicts the hidden tokens.", "hidden tokens"),
    ],
)
def test_still_not_denied_after_never(text: str, phrase: str) -> None:
    assert not _denied(text, phrase)


def test_never_and_a_verb_denies_a_point_in_a_grade(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-163"),
        "In LLM inference the prefill phase never processes the prompt tokens in parallel; it "
        "reads them one at a time, which is why prefill determines the time between output "
        "tokens rather than the time to first token.",
    )
    assert grade.contradictions and not grade.passed  # 64.8, nothing found, before veto60


def test_json_mode_never_guaranteeing_valid_json(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-158"),
        "JSON mode never guarantees syntactically valid JSON; it is only a hint added to the "
        "prompt, so it is no more reliable than asking nicely, and schema-constrained decoding "
        "is the same thing under another name.",
    )
    assert grade.contradictions  # 19.2 and nothing found before veto60
