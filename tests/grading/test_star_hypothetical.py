"""play26 finding 11: a hypothetical answer is told it is one; the task sentence is the Task;
the STAR breakdown shows no signal taking points away and is shown for a filler story too."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star.filler import FILLER_CAP
from interviewer.core.grading.star.story import read_story
from interviewer.core.report.explain import score_sum
from interviewer.core.report.formatting import format_score

BANK = Path(__file__).resolve().parents[2] / "banks" / "behavioural.yaml"
DEPENDENCY = (
    "Last year at a fintech startup I owned the new billing export, but it depended on an API "
    "the payments team was building. My task was to ship the export by the end of the quarter "
    "for our biggest client. I set up a weekly sync with their lead, agreed a contract for the "
    "API early, and built against a mock so I was not blocked; when they slipped a week I "
    "re-ordered my work and wrote the integration tests first. We shipped two days before the "
    "deadline, and the client's reconciliation time dropped from 3 days to 4 hours. I learned to "
    "agree interfaces up front and to make dependencies visible early."
)
"""play26's story 1 (beh-005): its Task was quoted from the Situation's sentence."""
GENERIC = (
    "I always try to be a great team player. In general I would talk to everyone, listen to "
    "their views, and make sure we communicate clearly and reach a good result together. "
    "Communication and collaboration are my strengths and I believe every team benefits from "
    "them, which is why I would take responsibility and achieve success."
)
"""play26's story 2 (beh-007): 'Reflection' was credited, nothing said it was hypothetical."""
PLAN = (
    "If I had to learn a new technology quickly I would start with the official documentation "
    "and a tutorial, then I would build a small project with it to get hands-on experience. I "
    "would also find someone in the company who knows it well and ask them to review my code. "
    "Typically I can get productive with a new tool in a week or two."
)
"""A detailed plan, not a story: it scored 64.1, missing only the Action."""
REAL_WITH_NEXT_TIME = (
    "Last autumn I was reviewing the rollout plan for our new login service two weeks before "
    "launch. I noticed that the session tokens were stored in a cache with no replication, so a "
    "single node restart would log out every user. I wrote a short note with the failure "
    "scenario, reproduced it on staging by restarting the cache node, and proposed adding a "
    "replica. My manager moved the launch by three days and we added the replica. On launch day "
    "the cache node was restarted during a patch and no user was logged out. Next time I would "
    "put a failure-mode review into the plan from the start instead of finding it by luck."
)
FILLER = (
    "Situation: there was a situation at work. Task: I had a task. Action: I took action and I "
    "did things. Result: the result was good, 100% improvement. I learned a lot."
)
"""play26's story 3 (beh-020): it had no 'How the score was formed' line."""


@pytest.fixture(scope="module")
def bank():
    return load_bank(BANK)


def test_an_explicit_task_sentence_is_quoted_as_the_task(bank) -> None:
    grade = grade_star(bank.get("beh-005"), DEPENDENCY)
    task = next(m for m in grade.matched if m.concept == "Task")
    assert task.evidence == (
        "My task was to ship the export by the end of the quarter for our biggest client.",
    )
    situation = next(m for m in grade.matched if m.concept == "Situation")
    assert situation.evidence[0].startswith("Last year at a fintech startup")


@pytest.mark.parametrize("answer", [GENERIC, PLAN])
def test_a_hypothetical_answer_is_flagged_capped_and_told_to_tell_a_real_one(bank, answer) -> None:
    grade = grade_star(bank.get("beh-007"), answer)
    assert "hypothetical" in grade.flags
    assert grade.score <= FILLER_CAP and grade.band == "missing"
    assert "tell one real past situation" in grade.feedback[0].lower()
    assert len(grade.feedback) == 1  # no tip per part, and not "aim for 90 words" of it
    # "I would talk to everyone" is no lesson drawn from a story
    assert "Reflection" not in {m.concept for m in grade.matched}


def test_a_real_story_ending_with_next_time_i_would_is_not_hypothetical(bank) -> None:
    grade = grade_star(bank.get("beh-008"), REAL_WITH_NEXT_TIME)
    assert "hypothetical" not in grade.flags
    reflection = next(m for m in grade.matched if m.concept == "Reflection")
    assert reflection.evidence[0].startswith("Next time I would")
    assert grade.score >= 70


def test_hypothetical_reads_would_and_habits_against_past_steps() -> None:
    from interviewer.core.grading.star.hypothetical import hypothetical

    prompt = "Tell me about a time you failed."
    assert hypothetical(read_story(GENERIC, prompt)).is_hypothetical
    assert hypothetical(read_story("I would just talk to them.", prompt)).is_hypothetical
    assert not hypothetical(read_story(REAL_WITH_NEXT_TIME, prompt)).is_hypothetical
    assert not hypothetical(read_story(DEPENDENCY, prompt)).is_hypothetical
    # a habit told in the past, and a story's last word after its steps, are the story's
    habit = (
        "When I joined my current team, deployments always took a whole afternoon. I usually "
        "ran them myself. One week I wrote a script that ran the checks in parallel and I added "
        "a rollback step. Deployments now take 20 minutes."
    )
    assert not hypothetical(read_story(habit, prompt)).is_hypothetical
    last = (
        "Our team always struggled with flaky tests before a release. In March I tracked every "
        "failure for two weeks and found that three tests caused most of them. I rewrote those "
        "three and we went from five reruns a week to none. I would now track failures from day "
        "one."
    )
    assert not hypothetical(read_story(last, prompt)).is_hypothetical
    # one past event does not make a story of what one would do
    once = (
        "I built a reporting tool for a bank. In general I would talk to everyone first. I "
        "would then agree a plan with my manager. I usually keep everyone updated by email."
    )
    assert hypothetical(read_story(once, prompt)).is_hypothetical
    # a story told in 'we' is past, not hypothetical (it is asked for its 'I' elsewhere)
    team = "Last year we moved the billing jobs to a new cluster and we cut costs by a third."
    assert not hypothetical(read_story(team, prompt)).is_hypothetical


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [("beh-007", GENERIC), ("beh-007", PLAN), ("beh-020", FILLER), ("beh-005", DEPENDENCY)],
)
def test_the_star_breakdown_takes_no_points_away_and_adds_up(bank, question_id, answer) -> None:
    grade = grade_star(bank.get(question_id), answer)
    assert all(part.points >= 0 for part in grade.explanation), grade.explanation
    assert abs(sum(part.points for part in grade.explanation) - grade.score) < 0.05
    formed = score_sum(grade.explanation, grade.score)
    assert formed.endswith(f"= {format_score(grade.score)}")  # whole, as every screen shows
    assert " -" not in formed and "kept within" not in formed


def test_a_short_story_is_told_its_length_scaled_its_parts(bank) -> None:
    short = "In my last job I owned the billing export. I wrote a migration script for it."
    grade = grade_star(bank.get("beh-005"), short)
    formed = score_sum(grade.explanation, grade.score)
    assert "16 words" in formed and "full credit from 90" in formed, formed


def test_a_filler_story_has_a_score_line(bank) -> None:
    grade = grade_star(bank.get("beh-020"), FILLER)
    assert "filler" in grade.flags
    formed = score_sum(grade.explanation, grade.score)
    assert formed.startswith("STAR parts") and "filler" in formed, formed
