"""A report's "What to do next": the weak topics and the questions worth revisiting, each
with the reason in words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..grading import MISSING_CUTOFF, PASS_CUTOFF
from ..grading.star import PARTS
from ..prompt_title import prompt_is_cut, prompt_title
from .formatting import format_score
from .model import Comparison, GroupScore, NextStep, QuestionReport

NEXT_TOPICS = 3
"""At most this many topics are suggested for revisiting."""
NEXT_QUESTIONS = 5
"""At most this many questions are suggested for revisiting."""

STAR_PARTS = tuple(part.name for part in PARTS)
"""The six parts of a behavioural story (grading.star)."""
NAMED_MISSED = 3
"""Concepts missed named in one step of "What to do next" (the heaviest first)."""
FLAG_REASONS = {
    "keyword_list": "answered with a list of keywords",
    "restates_question": "restated the question",
    "off_topic": "did not address the question",
    "another_question": "answered another question of the topic",
    "too_short": "very short answer",
    "empty": "no answer written",
    "off_topic_story": "told a story that does not answer the question",
    "blames_others": "red flag: blamed others",
    "dishonesty": "red flag: misled people",
    "harm_unreflected": "red flag: harm with no reflection",
}
"""What a flag says of a question worth revisiting, as "What to do next" puts it."""


def _question_reason(question: QuestionReport, named: AbstractSet[str] = frozenset()) -> str:
    """Why a question is worth revisiting; concepts in `named` (already said under its topic)
    are not repeated."""
    parts = []
    if question.skipped:
        parts.append("You skipped it")
    elif question.unanswered:
        parts.append("Time ran out with nothing typed (scored 0)")
    elif question.score is not None:
        parts.append(f"Scored {format_score(question.score)} ({question.band})")
    elif question.self_rating is not None:  # play65: "… memorization. time ran out."
        parts.append(f"Self-rated {question.self_rating}/5")
    if question.retries:
        last = question.retries[-1]
        parts.append(f"retried: {format_score(last.score)} ({last.band or 'not graded'})")
    if question.timed_out and not question.unanswered:
        parts.append("time ran out")
    parts.extend(
        FLAG_REASONS[f]
        for f in question.flags
        if f in FLAG_REASONS and not (question.unanswered and f == "empty")
    )
    if question.misconceptions:
        parts.append(f"stated a misconception ({question.misconceptions[0].phrase})")
    if question.wrong_claims and not question.skipped:
        parts.append("got wrong " + ", ".join(f"'{w}'" for w in question.wrong_claims[:3]))
    covered = question.covered_by_retry  # a retry said it since (play26 F15)
    missed = [m for m in question.missed if m not in named and m not in covered]
    if missed and not question.skipped:
        parts.append("missed " + _named(missed))
    reason = "; ".join(parts)
    return reason[:1].upper() + reason[1:] + "."


def _named(missed: Sequence[str]) -> str:
    """The concepts missed, in words: the first NAMED_MISSED, but every STAR part missed,
    and "all six STAR parts" when the story has none (a filler story was told three)."""
    if missed and set(missed) <= set(STAR_PARTS):
        if set(missed) == set(STAR_PARTS):
            return "all six STAR parts"
        return ", ".join(f"'{m}'" for m in missed)
    return ", ".join(f"'{m}'" for m in missed[:NAMED_MISSED])


def _stories_missing(questions: Sequence[QuestionReport], topic: str, parts: list[str]) -> str:
    """` in 1 of 2 stories` after the STAR parts a topic's step names, when only some of its
    stories missed them: a topic of two stories, one scored 0 and one with every part told,
    read "missed all six STAR parts" (play68); '' for one story, for every story missing
    them, and for concepts that are not STAR parts."""
    if not parts or not set(parts) <= set(STAR_PARTS):
        return ""
    told = [
        q
        for q in questions
        if q.topic == topic and set(STAR_PARTS) & ({h.concept for h in q.matched} | set(q.missed))
    ]
    short = [q for q in told if set(parts) & (set(q.missed) - set(q.covered_by_retry))]
    return f" in {len(short)} of {len(told)} stories" if 0 < len(short) < len(told) else ""


def question_title(question: QuestionReport) -> str:
    """How a step names a question: its prompt, or the prompt's first line and the question's
    number when more lines follow (its code and choices: "What's the output? (question 3)",
    where the whole prompt ran on one line, play61)."""
    if not prompt_is_cut(question.prompt):
        return question.prompt
    return f"{prompt_title(question.prompt)} (question {question.position})"


def points_short(topic: GroupScore) -> float:
    """The points a topic's answers fall short of 100 together: how much revisiting it
    could add to the session's score (each answer weighs the same in it)."""
    return (100.0 - (topic.average or 0.0)) * topic.averaged


def revisit_order(question: QuestionReport) -> tuple[bool, bool, float, int]:
    """Where a question worth revisiting comes among them: by band, the `missing` ones (under
    30, nothing an interviewer would credit) before the `weak`; within a band an answer written
    and failed before one skipped or left blank when time ran out, then the lowest score.
    Within `missing` a skip (stored as 0) and an answer scored 2 are both worth nothing, the
    2 points are no measure of which is further off; what differs is that the written answer
    shows what the candidate believes (its wrong claims, its missed concepts, named in its
    reason) and is to be unlearned, where a skip is a gap the candidate already knows of
    (play52 saw the skip listed first)."""
    score = question.score if question.score is not None else 0.0
    nothing_written = question.skipped or question.unanswered
    return (score >= MISSING_CUTOFF, nothing_written, score, question.position)


def next_steps(
    questions: Sequence[QuestionReport],
    topics: Sequence[GroupScore],
    comparison: Comparison | None,
) -> tuple[NextStep, ...]:
    steps: list[NextStep] = []
    named: dict[str, set[str]] = {}
    """Missed concepts already named under each topic's step."""
    changes = {c.id: c for c in comparison.topics} if comparison else {}
    worth = sorted(
        (
            q
            for q in questions
            if q.skipped or q.timed_out or (q.score is not None and q.score < PASS_CUTOFF)
        ),
        key=revisit_order,
    )[:NEXT_QUESTIONS]
    listed = {q.position for q in worth}
    # what is weak, in order of how much it would help: a topic is listed when its average
    # fails (one at 80, short of strong, was "worth revisiting" beside its 80 adequate
    # question, play51), the one missing the most points over its answers first (four
    # answers averaging 65 lose the session more than two averaging 60); a topic of one
    # question that is a step of its own says nothing that step does not ("Average 17 over
    # 1 question" above "Scored 17" of that question, played at 80x24)
    weak_topics = sorted(
        (
            t
            for t in topics
            if t.average is not None
            and t.average < PASS_CUTOFF
            and [q.position for q in questions if q.topic == t.id] not in ([p] for p in listed)
        ),
        key=lambda t: (-points_short(t), t.average, t.id),
    )
    for topic in weak_topics[:NEXT_TOPICS]:
        reason = f"Average {format_score(topic.average)} over {topic.averaged} question"
        reason += "s" if topic.averaged != 1 else ""
        if topic.self_rated:
            reason += f" (+{topic.self_rated} self-rated)"
        if topic.skipped:
            reason += f" ({topic.skipped} skipped, counted as 0)"
        change = changes.get(topic.id)
        if change is not None and change.direction == "worse" and change.previous is not None:
            reason += f", down from {format_score(change.previous)}"
        missed = Counter(
            m
            for q in questions
            if q.topic == topic.id
            for m in q.missed
            if m not in q.covered_by_retry
        )
        if missed:
            # the most often missed first; ties keep the grades' order, which is the
            # weightiest first (a stable sort), never the alphabet: 'Schulman OpenAI 2017'
            # (weight 1) sorted before 'clipped probability ratio' (weight 3) by capital letter
            common = [name for name, _ in sorted(missed.items(), key=lambda i: -i[1])]
            if not set(common) <= set(STAR_PARTS):
                common = common[:NAMED_MISSED]
            reason += "; missed " + _named(common) + _stories_missing(questions, topic.id, common)
            named[topic.id] = set(common)
        steps.append(NextStep("topic", topic.id, topic.title, reason + "."))
    for question in worth:
        steps.append(
            NextStep(
                "question",
                question.question_id,
                question_title(question),
                _question_reason(question, named.get(question.topic, set())),
            )
        )
    return tuple(steps)
