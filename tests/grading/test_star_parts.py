"""Each STAR part is found from what the story says, labelled or not (play25 A2)."""

from __future__ import annotations

from interviewer.core.bank import Question
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star import parts as find
from interviewer.core.grading.star.actions import actions
from interviewer.core.grading.star.filler import FILLER_CAP, filler
from interviewer.core.grading.star.story import read_story

QUESTION = Question("q", "Tell me about a time you missed a deadline.", (), rubric="star")
MIGRATION = (
    "In my last job we had a data migration due on Friday. I was the lead on it. "
    "I underestimated how messy the legacy data was and we missed the deadline by a week. "
    "I told my manager on Wednesday, split the work, and added validation scripts."
)
"""play25 A2's story without a result sentence: it scored 11 with 'Situation' only."""
RESULT = (
    "We finished a week late but with zero data errors, and I learned to estimate with a buffer."
)
FILLER = (
    "Situation: there was a situation at work that was a situation. Task: my task was the task "
    "I had to do at the time, which was a task. Action: I took action and I did the actions "
    "that were needed, I proposed things and I wrote things and I did things. Result: as a "
    "result the result was 100% better than before and we improved by 50% in the end. I "
    "learned a lot and next time I would do it again the same way, since learning is important "
    "and lessons were learned by everyone involved in it."
)
"""play25 A2's filler: it scored 100, 'a complete STAR story'."""


def story(text: str):
    return read_story(text, QUESTION.prompt)


def test_a_label_carries_on_to_the_sentences_after_it() -> None:
    read = story("Action: I wrote a script. I also tested it. Result: it worked.")
    assert [s.section for s in read.sentences] == ["Action", "Action", "Result"]
    assert [s.labelled for s in read.sentences] == [True, False, True]
    assert read.sentences[0].body == "I wrote a script."


def test_star_words_generic_words_and_the_questions_words_are_not_specific() -> None:
    read = story("The result was a better deadline for the task; I did things with validation.")
    assert read.specific(read.sentences[0].body) == ["validation"]


def test_situation_from_context_wording_without_a_label() -> None:
    found = find.situation(story(MIGRATION))
    assert found is not None and found.sentence == 0


def test_a_situation_label_with_nothing_behind_it_is_no_situation() -> None:
    assert find.situation(story("Situation: there was a situation at work.")) is None


def test_a_present_tense_opinion_places_no_story() -> None:
    opinion = "My favourite language is Python because it has libraries for data science."
    assert find.situation(story(opinion)) is None


def test_task_from_a_role_stated_plainly() -> None:
    for said in (
        "I was the lead on it.",
        "It fell to me to tell the team.",
        "I owned the rollout.",
        "I was the developer who knew the batch jobs best.",
        "When it broke I ended up on it.",
    ):
        assert find.task(story("Our release slipped. " + said)) is not None, said


def test_task_from_a_goal_needs_what_the_goal_was() -> None:
    assert find.task(story("I had to move the billing jobs to the new cluster.")) is not None
    assert find.task(story("I was responsible for the cutover plan.")) is not None
    assert find.task(story("We needed to cut hosting costs, and I offered to look.")) is not None
    assert find.task(story("I had to do the task.")) is None
    assert find.task(story("I was a developer at a bank.")) is None
    assert find.task(story("Task: my task was the task I had to do.")) is None


def test_a_list_of_verbs_after_one_i_is_one_action_each() -> None:
    told = actions(story(MIGRATION))
    mine = [(a.verb, a.specific) for a in told if a.subject == "i"]
    assert mine == [
        ("underestimated", ("messy", "legacy", "data")),
        ("told", ("manager", "wednesday")),
        ("split", ()),
        ("added", ("validation", "scripts")),
    ]
    found = find.action(story(MIGRATION), told)
    assert found is not None and found.sentence == 3 and found.cue == "I told"


def test_generic_verbs_with_generic_objects_are_no_action() -> None:
    text = "Action: I took action and I did the actions that were needed, I wrote things."
    told = actions(story(text))
    assert told and not any(a.concrete for a in told)
    assert find.action(story(text), told) is None
    assert any(a.concrete for a in actions(story("I did the official tutorial every evening.")))


def test_a_teams_actions_are_not_the_candidates() -> None:
    text = "We wrote scripts for the build, added a pipeline and removed the approval step."
    told = actions(story(text))
    assert [a.subject for a in told] == ["we", "we", "we"] and all(a.concrete for a in told)
    assert find.action(story(text), told) is None


def test_bare_verbs_under_an_action_label_are_the_candidates() -> None:
    text = "Action: Scripted the release steps and added a rollback check."
    assert find.action(story(text), actions(story(text))) is not None


def test_result_and_measurable_result_from_plain_wording() -> None:
    read = story(MIGRATION + " " + RESULT)
    told = actions(read)
    result = find.result(read, told)
    assert result is not None and read.sentences[result.sentence].text == RESULT
    measured = find.measurable(read, told, result)
    assert measured is not None and measured.cue in ("a week late", "zero")


def test_a_result_label_with_only_better_and_a_number_is_no_result() -> None:
    text = "Action: I rebuilt the export job. Result: the result was 100% better than before."
    read = story(text)
    told = actions(read)
    assert find.result(read, told) is None
    assert find.measurable(read, told, find.Found("Result", 1)) is None


def test_a_measured_outcome_needs_what_was_measured() -> None:
    text = "I rewrote the query. Sign-up completion rose from 61% to 74% in a quarter."
    read = story(text)
    told = actions(read)
    assert find.measurable(read, told, find.result(read, told)) is not None


def test_reflection_needs_a_lesson_not_a_lot() -> None:
    assert find.reflection(story("I fixed it. I learned a lot.")) is None
    assert find.reflection(story("I fixed it. I learned to estimate with a buffer.")) is not None


def test_filler_is_flagged_and_capped() -> None:
    verdict = filler(story(FILLER))
    assert verdict.is_filler and verdict.star_words >= 3
    grade = grade_star(QUESTION, FILLER)
    assert "filler" in grade.flags and grade.score <= FILLER_CAP and grade.band == "missing"
    assert grade.feedback[0].startswith("Mostly filler")
    assert "nothing concrete" in grade.feedback[1]


def test_a_told_story_is_not_filler_and_a_short_answer_is_not_judged_so() -> None:
    assert not filler(story(MIGRATION + " " + RESULT)).is_filler
    assert not filler(story("I once missed a deadline.")).is_filler


def test_the_plain_story_is_credited_and_not_asked_for_what_it_has() -> None:
    grade = grade_star(QUESTION, MIGRATION)
    assert {"Situation", "Task", "Action"} <= {m.concept for m in grade.matched}
    assert not any("first person" in tip for tip in grade.feedback)
    assert not any("responsible" in tip for tip in grade.feedback)
    told = grade_star(QUESTION, MIGRATION + " " + RESULT)
    assert told.missed == () and told.band in ("adequate", "strong")


def test_a_we_story_is_told_to_say_what_i_did() -> None:
    text = (
        "At my last job our deploys took two hours. We wrote scripts for the build and removed "
        "the manual approval step. Deploys now take ten minutes."
    )
    grade = grade_star(QUESTION, text)
    assert "Action" in grade.missed
    assert any("what 'we' did" in tip for tip in grade.feedback)


def test_a_task_named_as_such_is_the_task_before_a_responsibility_in_passing() -> None:
    """play26: "My task was to ship the export ..." lost to the Situation's "I owned ..."."""
    told = story(
        "Last year I owned the new billing export, but it depended on another team's API. "
        "My task was to ship the export by the end of the quarter for our biggest client."
    )
    found = find.task(told)
    assert found is not None and found.sentence == 1
