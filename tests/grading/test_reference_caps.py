"""Reference mode's caps (reference_scoring/caps.py): a cap only takes points it has to, and
says so in a part of the explanation."""

from __future__ import annotations

from interviewer.core.grading.reference_scoring.caps import (
    CAP,
    OFF_TOPIC_CAP,
    cap_score,
    flag_caps,
)
from interviewer.core.grading.result import ScorePart


def test_cap_score_takes_only_what_is_above_the_cap() -> None:
    parts: list[ScorePart] = []
    assert cap_score(parts, 40.0, CAP, "denied", 1, "denies it") == 40.0
    assert parts == []
    assert cap_score(parts, 72.5, CAP, "denied", 2, "denies it") == CAP
    assert parts == [ScorePart("denied", 2.0, -22.5, "denies it: capped at 50")]


def test_flag_caps_off_topic_is_missing_and_the_others_weak() -> None:
    parts: list[ScorePart] = []
    assert flag_caps(parts, 80.0, ["keyword_list"], said_again=False) == CAP
    assert flag_caps(parts, 80.0, ["off_topic"], said_again=False) == OFF_TOPIC_CAP
    assert flag_caps(parts, 80.0, ["restates_question"], said_again=False) == CAP
    assert flag_caps(parts, 80.0, ["restates_question"], said_again=True) == OFF_TOPIC_CAP
    assert [p.signal for p in parts] == [
        "keyword_list",
        "off_topic",
        "restates_question",
        "restates_question",
    ]


def test_flag_caps_take_points_once_in_order() -> None:
    parts: list[ScorePart] = []
    assert flag_caps(parts, 90.0, ["negated", "off_topic"], said_again=False) == OFF_TOPIC_CAP
    assert [(p.signal, p.points) for p in parts] == [("negated", -40.0), ("off_topic", -25.0)]
