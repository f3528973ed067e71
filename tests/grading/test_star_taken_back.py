"""play29 F14: a STAR story taken back at its end scored 100, a story in French got 0 with English
STAR coaching and no flag, and a thin real story told with "we" got 0 with "Open with the
situation" although it opens with one."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Question
from interviewer.core.grading.feedback import UNREADABLE_NOTE
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star.taken_back import RETRACTED_CAP, not_english, taken_back

QUESTION = Question(
    "beh-001",
    "Tell me about a time you disagreed with a teammate about how to build something.",
    (),
    rubric="star",
)
STORY = (
    "At my last company, our team was building a new search feature and my teammate Priya "
    "wanted to use Elasticsearch while I thought Postgres full-text search was enough. I was the "
    "tech lead, so I had to get us to a decision within the sprint. I suggested we each build a "
    "one-day prototype on real data, and I wrote down the criteria beforehand: latency, cost and "
    "how much ops work it added. Postgres met the 200 ms target on 95% of queries and saved about "
    "$800 a month, so we went with it, and Priya agreed because the numbers were clear. Looking "
    "back, I learned that agreeing on criteria before arguing takes the heat out of a "
    "disagreement."
)


def test_the_complete_story_scores_full_marks() -> None:
    grade = grade_star(QUESTION, STORY)
    assert grade.score == 100.0 and "contradiction" not in grade.flags


@pytest.mark.parametrize(
    "ending",
    [
        "jk, none of this ever happened.",
        "None of this actually happened.",
        "Honestly, I made it all up.",
        "lol just kidding.",
        "This isn't a real story.",
    ],
)
def test_a_story_taken_back_is_capped_and_flagged(ending: str) -> None:
    grade = grade_star(QUESTION, f"{STORY} {ending}")
    assert grade.score <= RETRACTED_CAP and grade.band == "missing"
    assert "contradiction" in grade.flags
    assert len(grade.feedback) == 1 and "takes the story back" in grade.feedback[0]


@pytest.mark.parametrize(
    "ending",
    [
        "None of this would have happened without Priya's patience.",
        "The outage never happened again.",
        "Nothing bad happened after the switch.",
        "It was the opposite of what I expected, and I learned to test my assumptions.",
    ],
)
def test_a_story_that_goes_on_is_not_taken_back(ending: str) -> None:
    assert taken_back(f"{STORY} {ending}") is None


def test_a_story_in_another_language_is_unreadable_not_coached() -> None:
    french = (
        "Dans mon ancienne équipe, un collègue voulait utiliser Elasticsearch. J'ai proposé deux "
        "prototypes; Postgres a atteint 200 ms sur 95% des requêtes et a économisé 800 $ par "
        "mois. J'ai appris à fixer les critères avant de débattre."
    )
    grade = grade_star(QUESTION, french)
    assert grade.flags == ("unreadable",) and grade.band == "missing"
    assert grade.feedback == (UNREADABLE_NOTE,)
    assert not not_english(STORY)


def test_a_thin_real_story_told_with_we_gets_a_low_but_real_grade() -> None:
    grade = grade_star(
        QUESTION,
        "We once argued about whether to use microservices. We talked it over for a while, "
        "looked at the pros and cons together, and eventually we decided to keep the monolith "
        "for now. It worked out fine and everyone was happy with it.",
    )
    assert 20 <= grade.score <= 40
    assert "Situation" not in grade.missed
    assert not any(note.startswith("Open with the situation") for note in grade.feedback)
