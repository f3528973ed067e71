"""Red flags in a behavioural story (star/red_flags.py, play28 M5): blame, dishonesty, harm."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Question
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star.phrases import Reader
from interviewer.core.grading.star.red_flags import RED_FLAG_CAP, red_flags

FAILED = Question("q", "Tell me about a time you failed.", (), rubric="star")
BLAME = (
    "Last spring a release broke our login page for two hours. The intern had written the change "
    "to the session code. When the outage started I blamed the intern in front of my manager and "
    "said he should not be allowed near production again. I rolled back the release and the "
    "login page came back within ten minutes. The lesson for me was that interns need to be "
    "watched more closely."
)


def _kinds(text: str) -> list[str]:
    return [flag.kind for flag in red_flags(Reader(text))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I blamed the intern for the outage.", "blames_others"),
        ("It was really the architect's fault: he should have known.", "blames_others"),
        ("I told the client it was done and shipped it with the broken reports.", "dishonesty"),
        ("We fixed it over two weeks and the client never noticed.", "dishonesty"),
        ("So I went over her head to the director.", "harm_unreflected"),
        ("Two engineers resigned after the move.", "harm_unreflected"),
    ],
)
def test_each_red_flag_is_read(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Instead of blaming the intern, I said in the incident channel that I had approved it.",
        "I did not blame the architect; the review was mine to do.",
        "My manager suggested telling them it was done, but I called the client and explained.",
        "I did not go over his head to our manager; I asked him about his worries.",
        "Nobody left the team that year.",
        "It was not my job, but I wanted our merges to be reliable again.",
    ],
)
def test_a_red_flag_named_to_reject_it_is_none(text: str) -> None:
    assert _kinds(text) == []


def test_a_story_that_owns_its_part_raises_none() -> None:
    assert _kinds("I blamed the intern at first. It was my fault: I approved his change.") == []
    assert _kinds("I went over her head. Looking back, I should have talked to her first.") == []


def test_the_grade_caps_it_and_quotes_the_candidates_words() -> None:
    grade = grade_star(FAILED, BLAME)
    assert "blames_others" in grade.flags
    assert grade.score <= RED_FLAG_CAP and grade.band == "weak"
    (said,) = [line for line in grade.feedback if line.startswith("Red flag, blames others")]
    assert "I blamed the intern in front of my manager" in said
    assert not any(line.startswith("A complete STAR story") for line in grade.feedback)


def test_the_same_story_owned_passes() -> None:
    owned = BLAME.replace("I blamed the intern in front of my manager and said he", "I said he")
    owned = owned.replace(
        "The lesson for me was that interns need to be watched more closely.",
        "I had approved his change without running it, so the miss was mine, and since then I "
        "run every change I approve.",
    )
    owned = owned.replace("said he should not be allowed near production again", "apologised")
    grade = grade_star(FAILED, owned)
    assert not {"blames_others", "harm_unreflected", "dishonesty"} & set(grade.flags)
    assert grade.score > RED_FLAG_CAP and "capped" not in grade.explanation[0].detail


def test_every_new_flag_is_told_in_words_on_screen_and_in_the_report() -> None:
    from interviewer.core.grading.star.red_flags import lexicon
    from interviewer.core.report.explain import FLAG_LABELS
    from interviewer.core.report.next_steps import FLAG_REASONS

    for flag in ("off_topic_story", *(kind.key for kind in lexicon().kinds)):
        assert flag in FLAG_LABELS and flag in FLAG_REASONS


def test_hiding_a_problem_in_the_code_is_no_lie() -> None:
    assert _kinds("I shipped a cache that hid a latency problem instead of fixing it.") == []
    assert _kinds("I hid the failing tests from my manager.") == ["dishonesty"]


def test_a_harmful_outcome_is_answered_by_a_reflection_what_was_done_to_people_is_not() -> None:
    lost = "Three customers cancelled their orders that afternoon."
    assert _kinds(lost) == ["harm_unreflected"]
    assert red_flags(Reader(lost), reflected=True) == ()
    over = "So I went over her head to the director."
    assert [f.kind for f in red_flags(Reader(over), reflected=True)] == ["harm_unreflected"]
