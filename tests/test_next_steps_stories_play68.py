"""play68: a practice session of an imported list with two behavioural questions, one story
scored 0 and the other with every STAR part told (82), said under "What to do next":
"Behavioural: Average 41 over 2 questions; missed all six STAR parts." The topic's step now
says how many of its stories missed the parts it names."""

from __future__ import annotations

import dataclasses

from interviewer.core.report import QuestionReport
from interviewer.core.report.model import ConceptHit, GroupScore
from interviewer.core.report.next_steps import STAR_PARTS, next_steps

TOPIC = GroupScore("behavioural", "Behavioural", 41.0, None, 2)


def story(position: int, score: float, missed: tuple[str, ...]) -> QuestionReport:
    told = tuple(ConceptHit(part, ("words",)) for part in STAR_PARTS if part not in missed)
    return QuestionReport(
        position=position, question_id=f"q{position}", prompt=f"Tell me about {position}.",
        topic="behavioural", topic_title="Behavioural", level="intermediate", answer="a",
        score=score, band="missing" if score < 30 else "adequate", matched=told, missed=missed,
        misconceptions=(), flags=(), seconds=20.0, time_limit=150, timed_out=False,
        skipped=False, feedback=(), reference_answer=None, grader_version=None,
    )  # fmt: skip


def test_one_story_of_two_missed_every_part() -> None:
    """Fails on the base: "...; missed all six STAR parts."."""
    questions = [story(1, 0.0, STAR_PARTS), story(2, 82.0, ())]
    step = next_steps(questions, [TOPIC], None)[0]
    assert (
        step.reason == "Average 41 over 2 questions; missed all six STAR parts in 1 of 2 stories."
    )


def test_two_stories_short_of_a_result_in_one() -> None:
    """Fails on the base: "...; missed 'Result'."."""
    topic = dataclasses.replace(TOPIC, average=60.0)
    questions = [story(1, 50.0, ("Result",)), story(2, 70.0, ())]
    step = next_steps(questions, [topic], None)[0]
    assert step.reason == "Average 60 over 2 questions; missed 'Result' in 1 of 2 stories."


def test_every_story_missing_them_says_nothing_more() -> None:
    """Passes on the base too (a guard): both stories missed every part."""
    questions = [story(1, 0.0, STAR_PARTS), story(2, 0.0, STAR_PARTS)]
    step = next_steps(questions, [dataclasses.replace(TOPIC, average=0.0)], None)[0]
    assert step.reason == "Average 0 over 2 questions; missed all six STAR parts."
