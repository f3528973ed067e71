"""The built-in STAR rubric and the bundled behavioural bank."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import Question, load_bank
from interviewer.core.grading import grader_for
from interviewer.core.grading.star import PARTS, grade_star

BANK = Path(__file__).resolve().parents[2] / "banks" / "behavioural.yaml"
STORY = Question("q", "Tell me about a time you fixed a slow build.", (), rubric="star")


@pytest.fixture(scope="module")
def behavioural():
    return load_bank(BANK)


def test_behavioural_bank_loads_clean_with_30_or_more_star_questions(behavioural) -> None:
    assert len(behavioural) >= 30 and not behavioural.warnings
    assert all(q.rubric == "star" and q.has_reference and q.hint for q in behavioural)


def test_every_model_answer_gets_full_star_coverage(behavioural) -> None:
    for question in behavioural:
        grade = grade_star(question, question.reference_answers[0])
        assert grade.missed == (), (question.id, grade.missed)
        assert grade.score == 100.0 and grade.band == "strong"


def test_a_bare_answer_gets_no_star_credit(behavioural) -> None:
    grade = grade_star(behavioural.questions[0], "I did some work and it went fine")
    assert grade.coverage == 0.0 and grade.band == "missing"
    assert set(grade.missed) == {part.name for part in PARTS}


def test_parts_are_found_from_wording_without_labels_with_verbatim_evidence() -> None:
    answer = (
        "In my last role our team was waiting forty minutes for every build. "
        "My task was to make builds fast enough to run on every commit. "
        "I profiled the pipeline and I split the tests into four parallel jobs. "
        "As a result the build went from 40 minutes to 9 minutes. "
        "I learned to measure before optimising anything."
    )
    grade = grade_star(STORY, answer)
    assert grade.missed == ()
    for match in grade.matched:
        for span in match.evidence:
            assert span in answer
    by_part = {m.concept: m.evidence[0] for m in grade.matched}
    assert by_part["Task"].startswith("My task was")
    assert by_part["Measurable result"].startswith("As a result")
    assert grade.score < 100  # 50 words: shorter than a full story


def test_missing_parts_get_a_tip_each() -> None:
    grade = grade_star(STORY, "I rewrote the build script and I split the tests.")
    assert "Action" not in grade.missed
    assert any("measurable" in tip.lower() or "number" in tip.lower() for tip in grade.feedback)
    assert grade.key_terms == "star"


def test_grader_dispatches_star_questions(behavioural) -> None:
    question = behavioural.questions[0]
    grade = grader_for(behavioural).grade(question, question.reference_answers[0])
    assert grade.key_terms == "star" and grade.score == 100.0
    assert grade_star(question, "").band == "missing"


def test_a_decimal_point_does_not_end_a_sentence() -> None:
    """The measurable result was quoted as "... to under 0." (play21)."""
    from interviewer.core.grading.star.story import sentences

    text = "Errors fell from 12% to under 0.1% in 40 minutes. I learned to test first."
    assert sentences(text) == [
        "Errors fell from 12% to under 0.1% in 40 minutes.",
        "I learned to test first.",
    ]


def test_a_measurable_outcome_late_in_the_story_is_the_result() -> None:
    """Play 22: "✓ Measurable result" but "✗ Result: End the story" on a story ending with
    its outcome; only "As a result," before it gave 100."""
    story = (
        "At my last job our team had to pick a message queue for a new billing service. "
        "A teammate wanted to run our own Kafka cluster and I thought a managed queue was safer. "
        "I proposed we compare both on cost, on-call load and delivery guarantees, and I wrote "
        "a short document with the numbers from a two-week trial. "
        "We chose the managed queue; on-call pages dropped by 40% in the first quarter. "
        "I learned to bring data early rather than argue opinions."
    )
    grade = grade_star(STORY, story)
    by_part = {m.concept: m.evidence[0] for m in grade.matched}
    assert "Result" not in grade.missed
    assert by_part["Result"].startswith("We chose the managed queue")
    assert not any("End the story" in tip for tip in grade.feedback)
    told = grade_star(STORY, story.replace("We chose", "As a result, we chose"))
    assert grade.coverage == told.coverage


def test_a_number_early_in_the_story_is_not_its_result() -> None:
    story = (
        "Our builds took forty minutes and we ran twenty builds a day. "
        "My task was to make them faster. "
        "I profiled the pipeline and I split the tests into parallel jobs. "
        "I learned to measure before optimising."
    )
    assert "Result" in grade_star(STORY, story).missed


def test_a_number_in_the_action_is_not_the_measurable_result() -> None:
    """play24 A7: "proposed a spike of two days" was quoted as the Result and the measurable
    result; the result is the sentence after it."""
    from interviewer.core.bank import Question
    from interviewer.core.grading import Grader

    question = Question(
        id="b-1",
        prompt="Tell me about a time you disagreed with a teammate about a technical decision.",
        reference_answers=(),
        rubric="star",
    )
    story = (
        "Last year our team was migrating the billing system and my teammate wanted a big-bang "
        "rewrite. I was responsible for the migration plan, so I had to get us to agree. I set "
        "up a meeting, wrote down both options with their risks and costs, and proposed a spike "
        "of two days to test the incremental approach. We went incremental and shipped three "
        "weeks early, with zero billing incidents. I learned that writing the trade-offs down "
        "takes the heat out of a disagreement."
    )
    grade = Grader(questions=[question]).grade(question, story)
    quoted = {m.concept: m.evidence[0] for m in grade.matched}
    assert quoted["Result"].startswith("We went incremental")
    assert quoted["Measurable result"].startswith("We went incremental")
    assert quoted["Action"].startswith("I set up a meeting")


@pytest.mark.parametrize(
    ("story", "figure"),
    [
        ("In 2021 at Acme the billing team was stuck on invoices. My job was to unblock it. "
         "I rewrote the invoice export. It worked and improved by 30%.", "improved by 30%"),
        ("At my last job the release slipped. I owned the fix. I rewrote the deploy script. "
         "Things got 3x better overall.", "Things got 3x better overall"),
    ],
)  # fmt: skip
def test_a_number_with_nothing_it_measures_is_told_so_not_asked_for(story, figure) -> None:
    """play27: "improved by 30%" was told "Put a number on the result"; the story has a number,
    it lacks what the number measures."""
    grade = grade_star(STORY, story)
    assert "Measurable result" in grade.missed
    tips = " ".join(grade.feedback)
    assert f"\u201c{figure}\u201d does not say what changed" in tips
    assert "Put a number on the result" not in tips


def test_a_story_without_any_figure_is_still_asked_for_a_number() -> None:
    story = (
        "When I joined a small startup our two developers argued about GraphQL. As the lead I "
        "had to settle it. I asked each to write a proposal and I suggested a prototype. The "
        "prototype showed REST was enough and we shipped on schedule."
    )
    grade = grade_star(STORY, story)
    assert "Measurable result" in grade.missed
    assert any(tip.startswith("Put a number on the result") for tip in grade.feedback)


def test_a_complete_story_is_told_what_the_grade_read_of_it(behavioural) -> None:
    # play28 M5: a complete story was told only "A complete STAR story" whatever it was about;
    # the theme of a question is now read, and said so, and the grade says when it cannot be
    question = behavioural.questions[0]  # "a time you disagreed with a teammate"
    grade = grade_star(question, question.reference_answers[0])
    assert not grade.missed
    assert any("it tells what the question asks about" in line for line in grade.feedback)
    unknown = Question("q", "Walk me through your proudest achievement.", (), rubric="star")
    grade = grade_star(unknown, question.reference_answers[0])
    assert any("cannot tell this question's theme" in line for line in grade.feedback)


def test_a_label_with_too_little_after_it_is_not_told_it_has_nothing() -> None:
    # play28 M5: "Situation: I was at a barbecue." was told it had "nothing concrete after it"
    grade = grade_star(
        STORY,
        "Situation: I was at a barbecue. Task: I was supposed to bring the salad. Action: I "
        "forgot it and blamed my brother, then I went home early.",
    )
    assert "Situation" in grade.missed
    said = " ".join(grade.feedback)
    assert "'Situation:' has too little after it to count:" in said
    assert "nothing concrete" not in said
