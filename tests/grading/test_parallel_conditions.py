"""A condition that goes on with an earlier one of the same sentence ("when ..., since B ...,
when ...") is said of what the main clause names, not of the subject of the reason clause set
between them (subjects/parallel.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects.parallel import PARALLEL_OPENERS, parallel_start
from interviewer.core.grading.text import Text


def _question() -> Question:
    return Question(
        id="t",
        prompt="When would you take a paper map over a satnav, and when the reverse?",
        reference_answers=(
            "A paper map can be read and marked by hand; a satnav needs power and signal.",
        ),
        concepts=(
            Concept("marked by hand", 2.0, ("marked by hand",), about=("paper map",)),
            Concept("needs power", 2.0, ("needs power",), about=("satnav",)),
        ),
    )


def _contradictions(answer: str) -> list[str]:
    question = _question()
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    return [c.concept for c in grader.grade(question, answer).contradictions]


def test_a_later_condition_goes_on_with_the_main_clause() -> None:
    answer = (
        "I would take a paper map when hiking far from towns, since a satnav needs power, "
        "when I want the route marked by hand, and for the overview."
    )
    assert _contradictions(answer) == []


def test_a_condition_after_a_subject_of_its_own_is_said_of_that_subject() -> None:
    # "and concept drift, when ..." names its own subject: only an aside is passed over
    question = Question(
        id="d",
        prompt="What does a model monitor watch?",
        reference_answers=("Input drift: inputs move. Concept drift: the relationship changes.",),
        concepts=(
            Concept("inputs move", 2.0, ("inputs move",), about=("input drift",)),
            Concept("relation", 2.0, ("relationship between inputs",), about=("concept drift",)),
        ),
    )
    grader = Grader(Bank(id="d", title="d", version="1", questions=(question,)))
    answer = (
        "The monitor flags input drift, when the inputs move away from training, and concept "
        "drift, when the relationship between inputs and labels changes."
    )
    grade = grader.grade(question, answer)
    assert grade.contradictions == ()
    assert [m.concept for m in grade.matched] == ["inputs move", "relation"]


def test_a_claim_plainly_said_of_the_other_subject_is_still_a_swap() -> None:
    answer = "I would take a paper map when hiking, since a satnav is marked by hand."
    assert _contradictions(answer) == ["marked by hand"]


def _start(answer: str, word: str) -> int | None:
    text = Text.of(answer)
    return parallel_start(Answer.of(text), text.words.index(word))


def test_only_a_repeated_opener_after_a_break_starts_a_parallel_condition() -> None:
    said = "Use it when data is short, since B needs labels, when speed matters."
    assert _start(said, "speed") == Text.of(said).words.index("when")
    other = "Use it when data is short, since B needs labels, if speed matters."
    assert _start(other, "speed") is None
    assert _start("Use it when data is short and when speed matters.", "speed") is None


@settings(max_examples=40, deadline=None)
@given(
    opener=st.sampled_from(sorted(PARALLEL_OPENERS)),
    aside=st.sampled_from(["since", "because", "as", "though"]),
)
def test_any_repeated_opener_points_back_to_its_first_use(opener: str, aside: str) -> None:
    said = f"Pick the map {opener} hiking, {aside} the satnav needs power, {opener} routes matter."
    text = Text.of(said)
    at = parallel_start(Answer.of(text), text.words.index("routes"))
    assert at == text.words.index(opener)
    assert parallel_start(Answer.of(text), text.words.index("power")) is None
