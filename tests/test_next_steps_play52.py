""" "What to do next" lists what is weak, in order of how much it would help (play51 left it:
a topic averaging 80 was "worth revisiting" beside its 80 adequate question, as any topic
under the strong cutoff was, weakest average first)."""

from __future__ import annotations

from interviewer.core.report.model import GroupScore
from interviewer.core.report.next_steps import next_steps, points_short


def _topic(topic_id: str, average: float, count: int) -> GroupScore:
    return GroupScore(topic_id, topic_id.title(), average, None, count)


def test_weak_topics_come_in_order_of_the_points_they_lose_and_passing_ones_not_at_all():
    topics = [
        _topic("rag", 60.0, 2),  # 80 points short of full marks
        _topic("agents", 65.0, 4),  # 140: four answers at 65 cost the session more
        _topic("evals", 80.0, 1),  # passes: nothing to revisit
        _topic("tokens", 69.0, 1),  # 31
    ]
    steps = next_steps([], topics, None)
    assert [s.id for s in steps] == ["agents", "rag", "tokens"]
    assert [points_short(t) for t in topics] == [80.0, 140.0, 20.0, 31.0]
    assert steps[0].reason == "Average 65 over 4 questions."


def test_a_session_that_passed_everywhere_has_no_step():
    assert next_steps([], [_topic("evals", 80.0, 1), _topic("rag", 84.9, 3)], None) == ()
