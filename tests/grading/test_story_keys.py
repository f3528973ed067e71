"""A behavioural question whose key is written as instructions is graded as a story (the `star`
rubric), and says so; other questions are graded as before (story_keys.py). A story that does
not look like English is told so by the `star` rubric too."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading.not_english import NOT_ENGLISH_NOTE
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.story_keys import STORY_KEY_NOTE, graded_as_story

DISAGREED = Question(
    "c-07",
    "Tell me about a time you disagreed with a teammate. What did you do?",
    (
        "A good answer describes a concrete situation, the disagreement, and the actions taken, "
        "using the STAR shape (situation, task, action, result). It shows listening to the "
        "teammate, discussing the trade-offs with evidence or data, agreeing on a decision or "
        "escalating respectfully, and the result, including what was learned.",
    ),
)
MISTAKE = Question(
    "c-08",
    "Describe a mistake you made at work and what you learned from it.",
    (
        "A good answer names a real mistake and takes ownership of it without blaming others, "
        "explains the impact, the steps taken to fix it and tell the people affected, and what "
        "was changed afterwards (a checklist, a test, a review) so it does not happen again.",
    ),
)
PRIORITISE = Question(
    "c-09",
    "How do you prioritise when you have several urgent deadlines?",
    (
        "A good answer lists the tasks, weighs their impact and urgency, talks to stakeholders "
        "to agree on priorities, and communicates early when something will slip.",
    ),
)
CUSTOMER = Question(
    "b-06",
    "Tell me about a time you dealt with an unhappy customer.",
    (
        "A customer called because our invoice doubled their charge. I listened, apologised, "
        "checked the billing logs and found a duplicated payment. I refunded it the same day.",
    ),
)
WITH_RUBRIC = Question(
    "r-1",
    DISAGREED.prompt,
    DISAGREED.reference_answers,
    concepts=(Concept(name="trade-offs"),),
)
EXPLICIT = Question("s-1", DISAGREED.prompt, DISAGREED.reference_answers, rubric="star")
BANK = Bank(
    id="t",
    title="t",
    version="1",
    questions=(DISAGREED, MISTAKE, PRIORITISE, CUSTOMER, WITH_RUBRIC, EXPLICIT),
)

STORY = (
    "Situation: my teammate and I disagreed on whether to cache results in Redis or in memory. "
    "Task: we had to choose before the sprint ended. Action: I wrote a short comparison of "
    "cost, speed and failure cases, we ran a quick load test together, and we took the numbers "
    "to our lead. Result: we chose Redis, response time dropped from 400 to 90 milliseconds, "
    "and my teammate and I still work well together. I learned to settle arguments with a test."
)
WOULD = (
    "If I disagreed with a teammate I would first listen to their point of view, then I would "
    "explain mine calmly. I would try to find data to support the decision and, if we still "
    "disagreed, I would ask our manager to help. I think communication is the key to any team."
)
JAPANESE = (
    "以前、テストせずに本番データベースを更新してしまい、注文テーブルが二十分ほど止まりました。"
    "すぐに上司とサポートに報告して復旧し、その後は必ずステージングで試す手順を作りました。"
)


def test_a_story_question_keyed_as_instructions_is_graded_as_a_story() -> None:
    assert graded_as_story(DISAGREED) and graded_as_story(MISTAKE)


def test_other_questions_are_not_graded_as_stories() -> None:
    # no story asked for; a sample story to compare with; a rubric of its own; said by the bank
    for question in (PRIORITISE, CUSTOMER, WITH_RUBRIC, EXPLICIT):
        assert not graded_as_story(question), question.id
    no_key = Question("n", DISAGREED.prompt, ("  ",))
    assert not graded_as_story(no_key)


def test_a_good_story_to_an_instruction_key_passes_and_is_told_how_it_was_graded(grader) -> None:
    # reference mode gave it 69.0 `weak`: the story shares few words with a key about stories
    grade = grader.grade(DISAGREED, STORY)
    assert grade.key_terms == "star"
    assert grade.band in ("adequate", "strong"), grade
    assert grade.feedback[-1] == STORY_KEY_NOTE
    assert "Action" in {m.concept for m in grade.matched}


def test_what_the_candidate_would_do_is_no_story_and_is_capped(grader) -> None:
    # reference mode gave it 52.6, its words being the key's ("listen", "data", "decision")
    grade = grader.grade(DISAGREED, WOULD)
    assert "hypothetical" in grade.flags and grade.band == "missing", grade


def test_a_question_not_graded_as_a_story_keeps_its_grade_and_has_no_note(grader) -> None:
    for question in (PRIORITISE, CUSTOMER, WITH_RUBRIC):
        grade = grader.grade(question, STORY)
        assert grade.key_terms != "star" and STORY_KEY_NOTE not in grade.feedback, question.id
    explicit = grader.grade(EXPLICIT, STORY)
    assert explicit.key_terms == "star" and STORY_KEY_NOTE not in explicit.feedback


def test_grade_many_grades_a_story_question_as_grade_does(grader) -> None:
    answers = [(DISAGREED, STORY), (PRIORITISE, STORY), (MISTAKE, JAPANESE), (DISAGREED, "")]
    assert grader.grade_many(answers) == [grader.grade(q, a) for q, a in answers]


def test_a_story_that_does_not_look_like_english_is_told_so() -> None:
    # the STAR cues read English: it got "Open with the situation" and four more tips
    grade = grade_star(EXPLICIT, JAPANESE)
    assert grade.feedback == (NOT_ENGLISH_NOTE,)
    assert grade.score == 0.0 and grade.band == "missing"


def test_a_story_in_english_is_not_told_it_is_not_english() -> None:
    assert NOT_ENGLISH_NOTE not in grade_star(EXPLICIT, STORY).feedback


SHORT = (
    "In my last project a teammate wanted to rewrite the service; I listened, we compared the "
    "trade-offs with data from our metrics, agreed to refactor gradually, and the result was a "
    "release on time. I learned to ask for evidence early."
)


def test_a_short_story_saying_what_the_key_asks_keeps_the_key_s_score(grader) -> None:
    # the story's length rule alone gives this 40-word story about half the key's score
    grade = grader.grade(DISAGREED, SHORT)
    story = grade_star(DISAGREED, SHORT)
    assert grade.score > story.score and grade.key_terms == "star"
    [*_, part] = grade.explanation
    assert part.signal == "answer key"
    assert abs(sum(p.points for p in grade.explanation) - grade.score) < 0.5


def test_the_report_says_why_the_answer_key_raised_a_story(grader) -> None:
    from interviewer.core.report.explain import score_sum

    grade = grader.grade(DISAGREED, SHORT)
    line = score_sum(grade.explanation, grade.score)
    assert "; answer key +" in line and "the key's words score it higher" in line, line


OWNED = (
    "I once deployed without running the migration tests and broke the staging database. I "
    "owned it, told the team, restored the backup, and added a checklist and a CI test so it "
    "does not happen again."
)


def test_a_mistake_told_after_without_is_a_mistake_and_not_off_the_question(grader) -> None:
    # play64's cohort answer: "without" reached "broke", and the story was capped at 20 as off
    # the question (no sign of a mistake)
    from interviewer.core.grading.star.phrases import Reader

    reader = Reader(OWNED)
    assert not reader.said_in_negative(*[reader.words.index("broke")] * 2)
    denied = Reader("We shipped it without testing and reviewing it.")
    assert denied.said_in_negative(*[denied.words.index("reviewing")] * 2)
    grade = grader.grade(MISTAKE, OWNED)
    assert "off_topic_story" not in grade.flags and grade.score > 50, grade
