"""A report's strongest topics passed and its weakest did not (ux35: with every topic under
passing, a topic at 9 was exported as "Strongest")."""

from __future__ import annotations

from interviewer.core.report.groups import strong_and_weak
from interviewer.core.report.model import GroupScore


def topics(*averages: float | None) -> list[GroupScore]:
    """Topic rows ranked best first, as the report ranks them."""
    return [
        GroupScore(id=f"t{i}", title=f"T{i}", average=a, band=None, count=1)
        for i, a in enumerate(averages)
    ]


def test_no_topic_under_passing_is_strongest() -> None:
    assert strong_and_weak(topics(100.0, 9.1, 6.3, 0.0)) == (("t0",), ("t3", "t2"))
    assert strong_and_weak(topics(40.0, 9.0)) == ((), ("t1",))


def test_no_passing_topic_is_weakest() -> None:
    assert strong_and_weak(topics(95.0, 85.0)) == (("t0",), ())
    assert strong_and_weak(topics(95.0, 90.0, 72.0, 30.0)) == (("t0", "t1"), ("t3",))


def test_topics_without_an_average_are_not_ranked() -> None:
    assert strong_and_weak(topics(80.0, None)) == ((), ())
    assert strong_and_weak(topics(80.0, 20.0, None)) == (("t0",), ("t1",))
