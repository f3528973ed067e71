"""A denial that splits a rubric phrase's words (denied_between.py, deny48): the phrase's verb
denied after its thing ("its weights are never tweaked" against "tweaks the weights"), the
phrase split by "rather than", a limit denied ("no limit on the context window"); and a
subject's name in the possessive inside a statement ("GRPO drops PPO's value model") read as
the owner of its object, not as who says it (subjects/attribution.py). Found by wrong48's
blind probes (tests/data/wrong_claims_probes48.yaml) and deny47's notes."""

from __future__ import annotations

from functools import cache

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denied_between import (
    limit_denied,
    split_by_setting_aside,
    verb_denied,
)
from interviewer.core.grading.text import Text
from interviewer.resources import bundled_banks_dir


def _at(text: str, *marks: str) -> tuple[Structure, list[int]]:
    structure = Structure.of(Text.of(text))
    words = structure.text.words
    return structure, [words.index(m) for m in marks]


def _verb_denied(text: str, *marks: str) -> bool:
    s, positions = _at(text, *marks)
    return verb_denied(s.text.words, s.text.stems, s.clauses, s.reach, positions)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Its weights are never tweaked during training.", ("weights", "tweaked")),
        ("The weights are not updated at all.", ("weights", "updated")),
        ("The weights aren't updated by fine-tuning.", ("weights", "updated")),
        ("The text prompt is not used to condition the image.", ("text", "condition")),
        ("The weights are never even changed.", ("weights", "changed")),
        # lead68: a bare verb right after "not" or "never" (is_verb wants a subject before it)
        ("Frames never attend to other frames.", ("frames", "attend")),
        ("The discriminator does not see the condition.", ("discriminator", "see")),
    ],
)
def test_a_verb_denied_after_its_thing(text: str, marks: tuple[str, ...]) -> None:
    assert _verb_denied(text, *marks)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        # no negation between the words
        ("Its weights are tweaked during training.", ("weights", "tweaked")),
        # a degree, a possibility, a condition
        ("The weights are not always updated.", ("weights", "updated")),
        ("The weights might not be updated.", ("weights", "updated")),
        ("If the weights are not updated, nothing is learned.", ("weights", "updated")),
        # a relative clause says something of the thing; a contrast starts another claim
        ("It keeps examples aside that it never trains on.", ("examples", "trains")),
        ("The sample looks real but doesn't match the data.", ("real", "match")),
        # the negation before both words: Structure.denied reads it
        ("It does not update the weights.", ("update", "weights")),
        # a thing narrowed by a word before it: said of some of them only
        ("Legitimate requests aren't blocked by the filter.", ("requests", "blocked")),
        # a verb said both ways
        ("It lists what the agent is and isn't allowed to access.", ("agent", "access")),
        # the negation stands on another word than the phrase's verb
        ("The weights are not the thing that gets updated.", ("weights", "updated")),
        # lead68: after a copula's "not" a bare form is a noun or an adjective
        ("The main cost is not compute time.", ("cost", "compute")),
    ],
)
def test_other_sentences_are_not_read_as_a_verb_denied(text: str, marks: tuple[str, ...]) -> None:
    assert not _verb_denied(text, *marks)


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("There is no limit on their context window.", "context", True),
        ("There is no hard cap on the context window.", "context", True),
        ("There is no limit to context length.", "context", True),
        ("There is a limit on the context window.", "context", False),
        ("There is no reason to limit the context window.", "context", False),
        ("Attention has no limit, but the context window is fixed.", "context", False),
    ],
)
def test_a_limit_denied(text: str, mark: str, expected: bool) -> None:
    s, (first,) = _at(text, mark)
    assert limit_denied(s.text.words, s.clauses, first) is expected


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        (
            "They come from the same sequence, rather than from two different ones.",
            ("sequence", "different"),
            True,
        ),
        ("It retrains the whole model instead of the adapters.", ("model", "adapters"), True),
        (
            "They come from a different sequence rather than the same one.",
            ("different", "sequence"),
            False,
        ),
        (
            "They come from the same sequence. Rather than that, use two different ones.",
            ("sequence", "different"),
            False,
        ),
        # the clause goes back to its claim after what is set aside
        (
            "The developer rather than the end user usually writes it.",
            ("developer", "writes"),
            False,
        ),
    ],
)
def test_a_phrase_split_by_a_setting_aside(
    text: str, marks: tuple[str, ...], expected: bool
) -> None:
    s, positions = _at(text, *marks)
    assert (
        split_by_setting_aside(s.text.words, s.text.stems, s.sentences, sorted(positions))
        is expected
    )


@cache
def _genai() -> Bank:
    return load_bank(bundled_banks_dir() / "genai.yaml")


@cache
def _grader() -> Grader:
    return Grader(_genai())


def _grade(question_id: str, answer: str):
    return _grader().grade(_genai().get(question_id), answer)


def _credited(grade) -> set[str]:
    return {m.concept for m in grade.matched}


def _wrong(grade) -> set[str]:
    return {c.concept for c in grade.contradictions}


def test_weights_never_tweaked_deny_gradient_descent() -> None:
    grade = _grade(
        "genai-007",
        "A neural network learns from examples. Its weights are never tweaked during training; "
        "the data only flows forward through the layers.",
    )
    assert "gradient descent" in _wrong(grade)
    assert "gradient descent" not in _credited(grade)


def test_weights_tweaked_still_credit_gradient_descent() -> None:
    grade = _grade(
        "genai-007",
        "A neural network learns from examples. Its weights are tweaked during training to "
        "reduce the loss.",
    )
    assert "gradient descent" in _credited(grade)
    assert not grade.contradictions


def test_no_limit_on_the_context_window_does_not_credit_it() -> None:
    grade = _grade(
        "genai-036",
        "There is no limit on their context window, so they read any length of text.",
    )
    assert "context window" not in _credited(grade)
    assert "context window" in _wrong(grade)


def test_a_limited_context_window_is_credited() -> None:
    grade = _grade("genai-036", "Their context window is limited, so long text gets cut off.")
    assert "context window" in _credited(grade)


def test_a_phrase_split_by_rather_than_is_not_credited() -> None:
    grade = _grade(
        "genai-133",
        "Cross-attention is attention where the queries, keys and values all come from the "
        "same sequence, rather than from two different ones.",
    )
    # "different sequence" is not found across the "rather than"
    assert all(m.alias != "different sequence" for m in grade.matched)


def test_a_text_prompt_not_used_to_condition_is_not_credited() -> None:
    grade = _grade(
        "genai-133",
        "In Stable Diffusion the text prompt is not used to condition the image at all.",
    )
    assert "Stable Diffusion U-Net conditioning" not in _credited(grade)


def test_a_possessive_subject_inside_is_the_owner_of_the_object() -> None:
    grade = _grade(
        "genai-175",
        "GRPO drops PPO's value model. It samples a group of answers to each prompt.",
    )
    assert "GRPO drops the critic" in _credited(grade)
    assert not grade.contradictions


ZERO_SHOT = (
    "Zero-shot prompting means asking the model to do a task with no examples in the prompt, "
    "relying on what it learned in pretraining and instruction tuning. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Few-shot is always less reliable than zero-shot.",
        "Few-shot is much less reliable than zero-shot.",
        "Giving no examples is always more reliable than giving a couple of examples.",
    ],
)
def test_a_comparison_said_the_other_way_round_is_a_wrong_claim(sentence: str) -> None:
    grade = _grade("genai-052", ZERO_SHOT + sentence)
    assert "less reliable than few-shot" in _wrong(grade)
    assert "less reliable than few-shot" not in _credited(grade)


@pytest.mark.parametrize(
    "sentence",
    [
        "Zero-shot is less reliable than few-shot.",
        "Compared with few-shot, zero-shot is less reliable.",
        "Few-shot is more reliable than zero-shot.",
        "Few-shot is usually far more reliable than zero-shot.",
    ],
)
def test_a_comparison_said_the_right_way_is_credited(sentence: str) -> None:
    grade = _grade("genai-052", ZERO_SHOT + sentence)
    assert "less reliable than few-shot" in _credited(grade)
    assert not grade.contradictions


def test_weights_fixed_by_hand_and_never_tweaked_deny_gradient_descent() -> None:
    grade = _grade(
        "genai-007",
        "A neural network learns from examples. Its weights are fixed by hand and never "
        "tweaked during training; the data only flows forward through the layers.",
    )
    assert "gradient descent" in _wrong(grade)


def test_a_comparison_with_its_thing_on_its_own_side_is_no_reversal() -> None:
    # correct_probes41 (genai-100): "preferred one scores higher" found with "one" after "than"
    grade = _grade(
        "genai-100",
        "You collect prompts with several answers, people compare them, and you train the reward "
        "model so that the preferred answer gets a higher score than the rejected one.",
    )
    assert not grade.contradictions


def test_frames_never_attending_to_other_frames_deny_temporal_attention() -> None:
    """lead68's play: a fluent wrong answer on genai-207 was credited 'temporal attention'."""
    grade = _grade("genai-207", "Frames never attend to other frames; each is made on its own.")
    assert "temporal attention" not in _credited(grade)
    assert "temporal attention" in _wrong(grade)
