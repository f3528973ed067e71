""" "What to do next" lists an answer written and failed before a skip of the same band (play52:
a skip, stored as 0, came above an answer scored 2; both are `missing`, worth nothing, and only
the written one has wrong claims and missed concepts to unlearn)."""

from __future__ import annotations

from test_play25_screens import a_question

from interviewer.core.report.next_steps import next_steps


def test_a_failed_answer_comes_before_a_skip_of_the_same_band() -> None:
    questions = [
        a_question(1, 0.0, "skipped", skipped=True),
        a_question(2, 2.0, "missing", missed=("retrieval",)),
        a_question(3, 0.0, "missing", timed_out=True, unanswered=True),
        a_question(4, 45.0, "weak"),
        a_question(5, 12.0, "missing"),
        a_question(6, 90.0, "strong"),
    ]
    steps = next_steps(questions, [], None)
    assert [s.id for s in steps] == ["q2", "q5", "q1", "q3", "q4"]
    assert steps[0].reason == "Scored 2 (missing); missed 'retrieval'."
    assert steps[2].reason == "You skipped it."


def test_a_skip_still_comes_before_a_weak_answer() -> None:
    """A skip is 100 points short; an answer at 45 (weak) is 55 short: the skip first, as
    before (the band decides before whether anything was written)."""
    questions = [a_question(1, 45.0, "weak"), a_question(2, 0.0, "skipped", skipped=True)]
    assert [s.id for s in next_steps(questions, [], None)] == ["q2", "q1"]


def test_at_most_five_and_a_written_answer_is_not_crowded_out_by_skips() -> None:
    questions = [a_question(n, 0.0, "skipped", skipped=True) for n in range(1, 7)]
    questions.append(a_question(7, 5.0, "missing"))
    steps = next_steps(questions, [], None)
    assert [s.id for s in steps] == ["q7", "q1", "q2", "q3", "q4"]
