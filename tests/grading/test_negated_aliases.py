"""A concept whose own meaning is a negation ("no flicker") is not denied by "does not flicker".

Play 22 found a correct answer to the video question scored 0 and told it "denies" temporal
consistency: the rubric's alias "flicker" names what the concept says is absent, so "objects do
not flicker" read as the concept denied, while "frames can flicker" was credited.
"""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader

VIDEO = Question(
    id="t-video",
    prompt="What does a video model have to do that an image model does not?",
    reference_answers=(
        "It generates many frames that stay consistent over time, so nothing flickers, with "
        "temporal attention across frames.",
    ),
    concepts=(
        Concept(
            "temporal consistency",
            3,
            ("temporal consistency", "flicker"),
            description="Frames stay consistent over time, with no flicker.",
        ),
        Concept(
            "temporal attention",
            2,
            ("temporal attention",),
            description="Temporal attention mixes information across frames.",
        ),
        Concept(
            "privacy",
            2,
            ("any single example",),
            description="The output barely changes whether or not any single example is used.",
        ),
    ),
)
BANK = Bank(id="t", title="t", version="1", questions=(VIDEO,))


@pytest.mark.parametrize(
    "answer",
    [
        "The frames must not flicker between one and the next.",
        "It must generate frames without flicker.",
        "Objects do not flicker or change identity between frames.",
    ],
)
def test_saying_the_absence_credits_a_concept_that_is_an_absence(grader, answer):
    grade = grader.grade(VIDEO, answer)
    assert "temporal consistency" in {m.concept for m in grade.matched}
    assert not grade.contradictions and "contradiction" not in grade.flags


def test_saying_the_absent_thing_happens_does_not_credit_it(grader):
    grade = grader.grade(VIDEO, "Frames can flicker from one to the next.")
    assert "temporal consistency" not in {m.concept for m in grade.matched}


def test_whether_or_not_is_no_negation_of_the_concept(grader):
    # the rule reads the description: "whether or not any single example" denies nothing
    grade = grader.grade(VIDEO, "Adding any single example barely changes the output.")
    assert "privacy" in {m.concept for m in grade.matched}


# -- the bundled bank: every alias of this shape ------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "answer", "concept"),
    [
        (
            "genai-194",
            "A video model must keep frames consistent so objects do not flicker or change "
            "identity between frames.",
            "temporal consistency",
        ),
        (
            "genai-194",
            "A video model must generate frames without flicker.",
            "temporal consistency",
        ),
        ("genai-148", "A fact is not cut in half.", "overlap"),
        ("genai-098", "The new policy cannot move too far.", "limits update size"),
        ("genai-151", "The bot must not mention competitors.", "policy checks"),
        ("genai-028", "It does not see the right-hand context.", "contrast with MLM"),
    ],
)
def test_bank_concepts_that_are_an_absence_are_credited_when_said(
    genai, genai_grader, qid, answer, concept
):
    grade = genai_grader.grade(genai.get(qid), answer)
    assert concept in {m.concept for m in grade.matched}
    assert concept not in {c.concept for c in grade.contradictions}


def test_the_real_wrong_video_answer_is_not_rewarded(genai, genai_grader):
    question = genai.get("genai-194")
    wrong = genai_grader.grade(
        question, "A video model does not need temporal consistency; frames can flicker."
    )
    right = genai_grader.grade(question, "A video model must generate frames without flicker.")
    assert "temporal consistency" not in {m.concept for m in wrong.matched}
    assert "contradiction" in wrong.flags
    assert wrong.score < right.score


# -- what denies nothing ------------------------------------------------------------------------

RLHF = Question(
    id="t-rlhf",
    prompt="How is a chatbot tuned with human feedback?",
    reference_answers=("A reward model trained on human preferences scores the outputs.",),
    concepts=(Concept("reward model", 3, ("reward model",)),),
)


def test_a_phrase_strewn_across_a_sentence_is_not_denied():
    grader = Grader(Bank(id="r", title="r", version="1", questions=(RLHF,)))
    grade = grader.grade(
        RLHF,
        "There is no reward for a wrong reply, and over many rounds of feedback the model learns.",
    )
    assert not grade.contradictions and "reward model" in grade.missed


@pytest.mark.parametrize(
    "sentence",
    ["Compare latency with and without caching.", "It holds whether or not caching is on."],
)
def test_a_negation_naming_both_sides_denies_nothing(sentence):
    from interviewer.core.grading.clauses import Structure
    from interviewer.core.grading.text import Text

    structure = Structure.of(Text.of(sentence))
    assert not structure.negators
