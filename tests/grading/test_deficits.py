"""A long phrase naming a shortcoming ("worse at remembering old routes"), found without its
deficit word, is said by a negation of the rest ("cannot remember old routes") and not by the
rest said plainly ("can remember old routes"), which says the opposite (deficits.py)."""

from __future__ import annotations

import pytest
from graded import matched_concepts
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.deficits import DEFICIT_WORDS, left_out_deficit
from interviewer.core.grading.matching import make_phrase

ROBOT = Question(
    id="t-robot",
    prompt="What are the limits of a delivery robot with a small memory?",
    reference_answers=(
        "It keeps only a small map, so it is worse at remembering old delivery routes, and it "
        "charges its battery at night.",
    ),
    concepts=(
        Concept(
            "forgets routes",
            2,
            ("worse at remembering old delivery routes",),
            description="A small map makes it forget routes it drove long ago.",
        ),
        Concept(
            "night charging",
            2,
            ("charges its battery at night",),
            description="It charges its battery at night.",
        ),
    ),
)
BANK = Bank(id="t", title="t", version="1", questions=(ROBOT,))


@pytest.mark.parametrize(
    "answer",
    [
        "Its small map means it cannot remember old delivery routes. It charges at night.",
        "With a small map it does not remember old delivery routes, and it charges at night.",
        "It can't remember old delivery routes well because its map is small.",
    ],
)
def test_a_negation_of_the_rest_says_the_shortcoming(grader, answer):
    grade = grader.grade(ROBOT, answer)
    assert "forgets routes" in matched_concepts(grade)
    assert not grade.contradictions and "contradiction" not in grade.flags


def test_the_rest_said_plainly_is_not_the_shortcoming(grader):
    grade = grader.grade(ROBOT, "It can remember old delivery routes very well.")
    assert "forgets routes" not in matched_concepts(grade)


def test_the_whole_phrase_is_found_as_before(grader):
    grade = grader.grade(ROBOT, "It is worse at remembering old delivery routes.")
    assert "forgets routes" in matched_concepts(grade)


def test_a_phrase_without_a_deficit_word_is_read_as_before(grader):
    # a plain phrase denied is still denied: "does not charge its battery at night"
    grade = grader.grade(ROBOT, "It does not charge its battery at night.")
    assert "night charging" not in matched_concepts(grade)


@given(st.sampled_from(sorted(DEFICIT_WORDS)), st.booleans())
def test_left_out_only_when_the_deficit_stem_is_not_said(word, said):
    phrase = make_phrase(f"robot {word} remembering old delivery routes")
    assert phrase is not None
    stems = [s for _, s, _ in phrase.tokens]
    deficit = [s for w, s, _ in phrase.tokens if w == word]
    kept = stems if said else [s for s in stems if s not in deficit]
    assert left_out_deficit(phrase, kept) == (bool(deficit) and not said)


FORGETTING = "loses previous knowledge"
"""genai-092's concept of catastrophic forgetting, whose alias "forgets old tasks" is looked for
without its deficit word ("old tasks")."""


def forgetting(genai: Bank, grader: Grader, answer: str) -> tuple[bool, bool]:
    """Whether `answer` to genai-092 is credited with FORGETTING, and whether it is read as
    denying it."""
    grade = grader.grade(genai.get("genai-092"), answer)
    return FORGETTING in matched_concepts(grade), FORGETTING in {
        c.concept for c in grade.contradictions
    }


@pytest.mark.parametrize("before", ["", "Sadly, ", "After fine-tuning, "])
@pytest.mark.parametrize("verb", ["can no longer do", "cannot do", "can't solve"])
def test_a_negated_rest_of_a_dropped_deficit_is_no_denial(
    before: str, verb: str, genai: Bank, genai_grader: Grader
) -> None:
    """genai-092's alias "forgets old tasks" is looked for as "old tasks" (its deficit word
    dropped when the phrase is made): "can no longer do the old tasks" says the loss, and had
    been read as denying catastrophic forgetting (probes39)."""
    answer = f"{before}it {verb} the old tasks."
    assert forgetting(genai, genai_grader, answer) == (True, False)  # credited, no denial


@pytest.mark.parametrize(
    "answer",
    [
        "It does not forget old tasks.",
        "After fine-tuning, it does not forget the old tasks.",
        # "never" before the dropped deficit word had not been read as denying it (credited)
        "The model never forgets the old tasks.",
        "After fine-tuning, it never forgets old tasks.",
        "The network hardly loses old skills.",
    ],
)
def test_a_denied_deficit_word_is_a_denial(answer: str, genai: Bank, genai_grader: Grader) -> None:
    """ "does not forget" / "never forgets the old tasks" is the opposite of catastrophic
    forgetting: denied, not credited (genai-092)."""
    assert forgetting(genai, genai_grader, answer) == (False, True)  # no credit, a denial


@pytest.mark.parametrize(
    "answer",
    ["The model does the old tasks well.", "It still handles its old skills fine."],
)
def test_the_rest_of_a_deficit_said_plainly_is_no_credit(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    credited, _ = forgetting(genai, genai_grader, answer)
    assert not credited


@pytest.mark.parametrize(
    "answer",
    [
        "It forgets old tasks.",
        "After fine-tuning, accuracy on the old tasks drops sharply.",
        "Its old skills are overwritten by the new training.",
    ],
)
def test_the_rest_with_a_sign_of_loss_is_credited(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    credited, _ = forgetting(genai, genai_grader, answer)
    assert credited
