"""Whose failure a story tells: the candidate's own, or someone else's (star/whose.py, star68)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Question
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star.phrases import Hit, Reader, compile_phrases
from interviewer.core.grading.star.relevance import OFF_TOPIC_CAP, relevance
from interviewer.core.grading.star.whose import asks_of_you, is_mine, is_someone_elses

MISTAKE = "Tell me about a mistake you made."
COLLEAGUES = (
    "A colleague of mine once pushed a config change on a Friday evening that took the payment "
    "page down for two hours. I was on call, so I found the change in the deploy log, reverted "
    "it and wrote the incident report. He was embarrassed, so I told him it happens to everyone, "
    "and we added a check to the pipeline together so a bad config cannot be deployed again."
)
"""star67's studied sa-off3 (57.0 `weak` at 3.51): the outage is the colleague's, the fix the
candidate's."""


def _hit(text: str, phrase: str) -> tuple[Reader, Hit]:
    reader = Reader(text)
    return reader, next(reader.find(compile_phrases([phrase])))


def test_a_colleagues_mistake_is_off_a_question_about_yours() -> None:
    found = relevance(MISTAKE, Reader(COLLEAGUES))
    assert found.is_off_topic and found.others
    assert "someone else's failure or mistake" in found.advice
    assert "not one of yours" in found.advice
    grade = grade_star(Question("q", MISTAKE, (), rubric="star"), COLLEAGUES)
    assert "off_topic_story" in grade.flags
    assert grade.score <= OFF_TOPIC_CAP and grade.band == "missing"
    assert any("someone else's failure" in line for line in grade.feedback)


def test_a_developer_who_missed_the_date_does_not_answer_a_missed_deadline() -> None:
    story = (
        "On my last team the backend developer missed the date for the payments API by two "
        "weeks. He had underestimated the work and did not tell anyone until the day before. I "
        "built the screens against a mock and kept our demo on schedule, and wired his API in "
        "within a day when it came."
    )
    assert relevance("Tell me about a time you missed a deadline.", Reader(story)).is_off_topic


@pytest.mark.parametrize(
    "story",
    [
        # "we" on a team where "I" owned the mistake
        "In my first job we ran a release on a Friday afternoon and I wrote the release script. "
        "I forgot the step that cleared the cache, so for three hours customers saw old prices. "
        "My manager was angry, and we had to refund forty orders; I added the step and a "
        "checklist.",
        # the team's failure, told with "we"
        "My lead asked for the report by the end of the quarter. We delivered it eight days late "
        "because I spent too long on the queries, and finance had to build it by hand. I "
        "apologised and now I share progress every week.",
        # the candidate's own call, carried out by someone else
        "I hired a contractor for the mobile app without checking his references. He missed "
        "every date, the app was two months late, and we had to rewrite half of it. Now I ask "
        "for two references and a paid trial week before I hire anyone.",
    ],
)
def test_a_mistake_of_your_own_or_your_teams_answers_it(story: str) -> None:
    assert not relevance(MISTAKE, Reader(story)).is_off_topic


def test_a_prompt_that_names_another_person_is_not_asked_of_you() -> None:
    assert asks_of_you(MISTAKE)
    assert asks_of_you("Tell me about a decision you made that turned out to be wrong.")
    assert not asks_of_you("Tell me about a time a colleague made a mistake.")
    assert not asks_of_you("Tell me about a time someone on your team failed.")
    told = "Tell me about a time a colleague made a mistake. What did you do?"
    assert not relevance(told, Reader(COLLEAGUES)).is_off_topic


def test_whose_phrase_it_is() -> None:
    reader, hit = _hit("I fixed my teammate's mistake before lunch.", "mistake*")
    assert not is_mine(reader, hit) and is_someone_elses(reader, hit)
    reader, hit = _hit("It was my mistake.", "mistake*")
    assert is_mine(reader, hit) and not is_someone_elses(reader, hit)
    # the candidate's estimate, asked for by a manager
    reader, hit = _hit("My manager asked me to estimate the migration.", "estimate*")
    assert not is_someone_elses(reader, hit)
    # how someone took it is no failure of theirs
    reader, hit = _hit("My manager was disappointed.", "disappoint*")
    assert not is_someone_elses(reader, hit)
    # the fix is not the failure
    reader, hit = _hit("I reverted it within ten minutes.", "revert*")
    assert not is_mine(reader, hit)
    # "lead" as a verb is no person
    reader, hit = _hit("Asked to lead the migration, the plan broke twice.", "broke")
    assert not is_someone_elses(reader, hit)
    reader, hit = _hit("The tech lead broke the build.", "broke")
    assert is_someone_elses(reader, hit)
