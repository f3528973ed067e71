"""Does a behavioural story answer the question asked? (star/relevance.py, play28 M5)"""

from __future__ import annotations

import pytest

from interviewer.core.bank import Question
from interviewer.core.grading.star import grade_star
from interviewer.core.grading.star.phrases import Reader
from interviewer.core.grading.star.relevance import OFF_TOPIC_CAP, relevance, themes_of

DISAGREED = "Tell me about a time you disagreed with a teammate about how to build something."
MARATHON = (
    "Last year I decided to run my first marathon, although I had never run more than ten "
    "kilometres. I found a sixteen-week plan, ran four times a week before work, and kept a log "
    "of my pace. When my knee started hurting in week nine, I saw a physiotherapist and added "
    "strength exercises. I finished the Berlin marathon in four hours and ten minutes. I learned "
    "that a plan written down keeps me going on the days I do not feel like it."
)
KUBERNETES = (
    "When our ops engineer left, I had two weeks to get up to speed on Kubernetes before we "
    "moved the booking service onto it. I set up a small cluster on my laptop, moved our least "
    "important service first and wrote a runbook. We moved the booking service on schedule with "
    "ten minutes of downtime."
)


def _themes(prompt: str) -> list[str]:
    return [theme.key for theme in themes_of(prompt)]


@pytest.mark.parametrize(
    ("prompt", "theme"),
    [
        (DISAGREED, "conflict"),
        ("Describe a time you delivered a project under a very tight deadline.", "deadline"),
        ("Tell me about a time you had to learn something new quickly.", "learning"),
        ("Tell me about a time you failed.", "failure"),
        ("Tell me about a time you had to work with a difficult customer or client.", "customer"),
        ("Describe a time you had to prioritise between several urgent tasks.", "prioritising"),
        (
            "Tell me about a time you had to make a decision with incomplete information.",
            "ambiguity",
        ),
        (
            "Tell me about a time you had to say no to a request from a senior stakeholder.",
            "manager_disagreement",
        ),
        ("Tell me about a time you led a team through a difficult change.", "leadership"),
    ],
)
def test_a_prompt_gives_its_theme(prompt: str, theme: str) -> None:
    assert theme in _themes(prompt)


def test_a_question_asking_what_you_learned_is_not_about_learning_fast() -> None:
    assert _themes("Tell me about a project you are proud of. What did you learn?") == []


def test_a_story_of_another_thing_is_off_the_question() -> None:
    found = relevance(DISAGREED, Reader(MARATHON))
    assert found.is_off_topic
    assert DISAGREED in found.advice and "a disagreement or a conflict" in found.advice


def test_a_good_story_in_plain_words_is_on_the_question() -> None:
    """'learned something quickly' told as 'two weeks to get up to speed' (no prompt word)."""
    found = relevance(
        "Tell me about a time you had to learn something new quickly.", Reader(KUBERNETES)
    )
    assert not found.is_off_topic
    assert found.shown and "up to speed" in found.shown[0][1]


def test_a_theme_word_said_in_the_negative_shows_no_theme() -> None:
    story = (
        "Last year I led the move of our invoicing service to a new message queue. I planned it in "
        "three steps and moved one group of customers at a time. We finished a week early with no "
        "lost messages, and the team moved on to the next service."
    )
    assert relevance("Tell me about a time you failed.", Reader(story)).is_off_topic


def test_a_question_of_no_known_theme_is_never_judged() -> None:
    found = relevance("Tell me about the project you are proudest of.", Reader(MARATHON))
    assert found.themes == () and not found.is_off_topic


def test_a_short_answer_is_not_judged_by_its_theme() -> None:
    assert not relevance(DISAGREED, Reader("I ran a marathon in four hours.")).is_off_topic


def test_the_grade_caps_and_says_it_quoting_the_question() -> None:
    question = Question("q", DISAGREED, (), rubric="star")
    grade = grade_star(question, MARATHON)
    assert "off_topic_story" in grade.flags
    assert grade.score <= OFF_TOPIC_CAP and grade.band == "missing"
    assert any(DISAGREED in line for line in grade.feedback)
    assert "off the question" in grade.explanation[0].detail


def test_an_imported_question_of_no_known_theme_keeps_its_grade() -> None:
    question = Question(
        "q", "Walk me through the achievement you are proudest of.", (), rubric="star"
    )
    grade = grade_star(question, MARATHON)
    assert "off_topic_story" not in grade.flags and grade.score > 70


@pytest.mark.parametrize(
    ("prompt", "story"),
    [
        (
            DISAGREED,
            "Jonas wanted every service to have its own database; I preferred one shared Postgres "
            "with separate schemas because we were four engineers. He felt strongly about it and "
            "so did I. I suggested we write down what each option would cost us in the first year.",
        ),
        (
            "Tell me about a time you had to work with a difficult customer or client.",
            "A large retailer we supplied kept changing the layout they wanted for the weekly "
            "stock file. I asked for one meeting with their developer, and we agreed on a "
            "versioned file format with a sample file for each version.",
        ),
        (
            "Tell me about a time you failed.",
            "In my first year as a team lead I planned a rewrite of our mobile app that was meant "
            "to take one quarter. It took three, and halfway through the product team had to "
            "freeze new features for us.",
        ),
        (
            "Describe a time you delivered a project under a very tight deadline.",
            "A regulator gave our bank until Friday to prove that every customer could download "
            "their data. It was Monday morning. I gathered the three engineers who knew the "
            "storage systems and we wrote the export as a batch job.",
        ),
    ],
)
def test_a_story_that_never_names_its_theme_still_shows_it(prompt: str, story: str) -> None:
    """Four good stories the first lists judged off the question (a probe, not the set)."""
    assert not relevance(prompt, Reader(story)).is_off_topic


def test_a_complete_story_too_short_to_judge_is_told_so() -> None:
    story = (
        "Last year at Acme I was the release lead. I wrote a deploy script. Deploys went from "
        "40 to 5 minutes. I learned automation."
    )
    grade = grade_star(Question("q", "Tell me about a time you failed.", (), rubric="star"), story)
    assert not grade.missed and "off_topic_story" not in grade.flags
    assert any("too short to tell whether it answers the question" in f for f in grade.feedback)


MISSED = "Tell me about a time you missed a deadline."
RACE = (
    "Last spring I trained for a half marathon on a fixed date in May. I ran three times a week "
    "for ten weeks, and I was worried I would miss my target time after a cold in week six, so I "
    "added a long run on Sundays. On race day I finished in one hour and fifty minutes, five "
    "minutes under my goal. I learned to leave room in a plan."
)


def test_a_required_theme_not_shown_is_off_the_question_whatever_else_is() -> None:
    """A missed deadline asks for a failure: a race on a fixed date shows a deadline only (star67;
    star65 and star66 left a marathon story to this question at 62.0 `weak`)."""
    found = relevance(MISSED, Reader(RACE))
    assert found.shown and found.is_off_topic
    assert "no sign of a failure or a mistake of yours" in found.advice
    grade = grade_star(Question("q", MISSED, (), rubric="star"), RACE)
    assert "off_topic_story" in grade.flags and grade.score <= OFF_TOPIC_CAP
    told = (
        "I promised the finance team the new export by the 14th. I had not counted the review "
        "time, so it was ready on the 21st, a week after the date I gave. I told their lead on "
        "the 12th and sent a partial file; since then I add review days to every estimate."
    )
    assert not relevance(MISSED, Reader(told)).is_off_topic


@pytest.mark.parametrize(
    "story",
    [
        "I approved a pull request without reading the database migration in it. The migration "
        "locked the orders table for forty minutes at lunchtime, and customers could not pay. "
        "I stopped it with the on-call engineer, and now migrations get a second reviewer.",
        "I ran a cleanup script on production while I thought it was staging, and it deleted a "
        "week of draft invoices. I told my manager at once and we restored them from the backup "
        "that evening. Now the script asks for the database name first.",
        "I pushed a config change by accident to every region at once instead of one, and it "
        "overwrote the rate limits of our biggest tenants. I reverted it within ten minutes and "
        "wrote a checklist for config changes that the whole team now uses.",
    ],
)
def test_a_mistake_told_in_plain_words_answers_a_mistake_question(story: str) -> None:
    """Real mistakes star66 and star67 saw capped as off the question: a step skipped ("without
    reading"), a harm ("locked the", "deleted", "overwrote"), a mistaken belief ("while I
    thought it was staging"), a recovery ("restored", "reverted")."""
    assert not relevance("Tell me about a mistake you made.", Reader(story)).is_off_topic


def test_a_hurt_knee_is_no_failure_but_hurt_trust_is() -> None:
    hurt_knee = (
        "Before the club's relay I hurt my knee in training, so I switched to cycling for two "
        "weeks, saw a physio and ran my leg of the relay in the final. Our club came second out "
        "of twelve and I kept my place in the team for the next season."
    )
    hurt_trust = (
        "I told a client the feature was done before it was tested, and when it broke in their "
        "demo it hurt their trust in us for months. I now show a feature only after it has "
        "passed our tests, and I say plainly what is not finished yet."
    )
    assert relevance("Tell me about a time you failed.", Reader(hurt_knee)).is_off_topic
    assert not relevance("Tell me about a time you failed.", Reader(hurt_trust)).is_off_topic


def test_slowly_tells_how_not_a_failure_but_slower_pages_do() -> None:
    """Found playing s-01 as a user (star67): a marathon story's "built up again slowly" showed
    the failure theme through "slow*" and the story scored 84 `adequate`."""
    paris = (
        "Two years ago I signed up for the Paris marathon, on a fixed date in April. I followed "
        "a sixteen-week plan and ran five times a week. In week eleven I caught the flu, so I "
        "rested for a week and built up again slowly. On race day I finished in four hours."
    )
    slower = (
        "I shipped a new image cache on a Friday without a load test, and the product pages got "
        "slower for every customer over the weekend. I took it out on Monday and now I measure "
        "a cache on real traffic before it goes live."
    )
    assert relevance(MISSED, Reader(paris)).is_off_topic
    assert not relevance("Tell me about a mistake you made.", Reader(slower)).is_off_topic
