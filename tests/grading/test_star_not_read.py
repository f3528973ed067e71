"""A behavioural answer with nothing to read, empty or in another language: both grades are
made by one function in star/grade.py since stop 50 (code61; two copies of the same Grade
before), and stay as they were at grader 3.45."""

from __future__ import annotations

from interviewer.core.bank import Question
from interviewer.core.grading.feedback import UNREADABLE_NOTE
from interviewer.core.grading.result import GRADER_VERSION
from interviewer.core.grading.star import PARTS, grade_star

STORY = Question("q", "Tell me about a time you fixed a slow build.", (), rubric="star")
FRENCH = (
    "Dans mon ancienne équipe, un collègue voulait utiliser Elasticsearch. J'ai proposé deux "
    "prototypes; Postgres a atteint 200 ms sur 95% des requêtes et a économisé 800 $ par mois."
)


def test_an_empty_story_is_missing_with_every_part_missed() -> None:
    grade = grade_star(STORY, "   ", timed_out=True)
    assert (grade.score, grade.band, grade.similarity, grade.coverage) == (0.0, "missing", 0, 0)
    assert grade.missed == tuple(p.name for p in PARTS) and grade.matched == ()
    assert grade.flags == ("empty", "timed_out")
    assert grade.feedback == ("No answer: tell one story, Situation, Task, Action, Result.",)
    [part] = grade.explanation
    assert (part.signal, part.value, part.points, part.detail) == (
        "empty",
        0.0,
        0.0,
        "no words to grade",
    )
    assert (grade.key_terms, grade.question_id, grade.grader_version) == (
        "star",
        "q",
        GRADER_VERSION,
    )


def test_a_story_in_another_language_is_missing_with_its_words_counted() -> None:
    grade = grade_star(STORY, FRENCH)
    assert (grade.score, grade.band, grade.coverage) == (0.0, "missing", 0.0)
    assert grade.missed == tuple(p.name for p in PARTS)
    assert grade.flags == ("unreadable",) and grade.feedback == (UNREADABLE_NOTE,)
    [part] = grade.explanation
    words = len(FRENCH.split())
    assert (part.signal, part.detail) == (
        "unreadable",
        f"{words} words, almost none of them English",
    )
    assert (grade.key_terms, grade.question_id, grade.grader_version) == (
        "star",
        "q",
        GRADER_VERSION,
    )
