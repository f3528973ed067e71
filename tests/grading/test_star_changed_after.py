"""What the candidate changed so it does not happen again is the story's reflection, and
"restored" tells a result (star/changed_after.py, star/parts.py; star66)."""

from __future__ import annotations

from interviewer.core.bank import Question
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star.changed_after import changed_after
from interviewer.core.grading.star.story import read_story

MISTAKE = Question(
    "c-08", "Describe a mistake you made at work and what you learned from it.", (), rubric="star"
)
COHORT = (
    "I once deployed without running the migration tests and broke the staging database. I "
    "owned it, told the team, restored the backup, and added a checklist and a CI test so it "
    "does not happen again."
)
"""play64's cohort c-08 answer: no Result, no Reflection found on the base (star65)."""


def _changed(text: str) -> tuple[str, int] | None:
    return changed_after(read_story(text, MISTAKE.prompt))


def test_the_cohort_s_short_story_has_a_result_and_a_reflection() -> None:
    found = {m.concept: m for m in grade_star(MISTAKE, COHORT).matched}
    assert found["Result"].alias == "restored"
    assert found["Reflection"].alias == "so it does not happen again"


def test_a_change_made_so_it_does_not_happen_again() -> None:
    story = "The page went down. I added a test for the config so it does not happen again."
    assert _changed(story) == ("so it does not happen again", 1)
    again = "I broke the build. We now review every migration to make sure it never happens again."
    assert _changed(again) is not None


def test_nothing_changed_named_or_no_purpose_is_no_reflection() -> None:
    assert _changed("I broke the build on Friday. So it does not happen again.") is None
    assert _changed("The deploy failed on Friday. I tried again on Monday.") is None
    assert _changed("So it does not happen again, I added a test.") is None  # first sentence


def test_a_habit_told_after_now_i() -> None:
    story = (
        "A library upgrade broke the login. Now I upgrade libraries only at the start of a sprint."
    )
    assert _changed(story) == ("Now I upgrade", 1)


def test_now_i_with_a_past_verb_or_nothing_after_is_no_habit() -> None:
    assert _changed("The demo was on Thursday. Now I had to tell the client.") is None
    assert _changed("The demo was on Thursday. Now I know.") is None


def test_a_hypothetical_answer_is_still_capped() -> None:
    answer = (
        "If I made a mistake at work I would tell my manager straight away, fix it as fast as "
        "I could and add a test so that it never happens again."
    )
    grade = grade_star(MISTAKE, answer)
    assert grade.score == 0.0 and "hypothetical" in grade.flags
