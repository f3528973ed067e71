"""A behavioural answer's grade: the STAR parts its content shows, scaled by length, capped when
the story is filler or hypothetical, off its question, shows a red flag or is taken back, with
advice only for what is missing; a story in another language is flagged, not coached."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from ...bank import Question
from ..plain_text import plain_text
from ..result import GRADER_VERSION, ConceptMatch, Grade, ScorePart, band_for
from . import parts as find
from .actions import Action, actions
from .filler import FILLER_CAP, Filler, filler
from .hypothetical import HYPOTHETICAL_CAP, Hypothetical, hypothetical
from .parts import PARTS, Found, StarPart
from .phrases import Reader
from .red_flags import RED_FLAG_CAP, RedFlag, red_flags
from .relevance import OFF_TOPIC_CAP, Relevance, relevance
from .story import Story, read_story
from .taken_back import RETRACTED_CAP, RETRACTED_NOTE, not_english, taken_back

FULL_LENGTH_WORDS = 90
"""An answer this long (or longer) gets its full structural score; a shorter one is scaled."""
_TOTAL_WEIGHT = sum(part.weight for part in PARTS)
EMPTY_NOTE = "No answer: tell one story, Situation, Task, Action, Result."
"""The feedback on an empty answer to a behavioural question."""


def grade_star(question: Question, answer: object, *, timed_out: bool = False) -> Grade:
    """Grade a behavioural answer by its STAR structure; never raises, deterministic. The
    answer is read with plain spaces, without invisible characters and with look-alike letters
    as the letters they look like (plain_text.py), as rubric mode reads words; its evidence is
    given back as typed. An answer that does not look like English (not_english.py) gets
    NOT_ENGLISH_NOTE as its only feedback, its score kept."""
    typed = answer if isinstance(answer, str) else ("" if answer is None else str(answer))
    text, typed_at = plain_text(typed)
    grade = _as_typed(_grade_star(question, text, timed_out), text, typed, typed_at)
    # a story in a script the STAR cues cannot read ("前の仕事で ...") is told it does not look
    # like English, as the other modes tell it, its score kept (star65: it got "Open with the
    # situation" tips); a report loads this package for PARTS, not the language check
    from ..not_english import told_not_english

    return told_not_english(grade, text[:20_000])


def _as_typed(grade: Grade, read: str, typed: str, typed_at: list[int] | None) -> Grade:
    """The grade with each evidence span of `read` given as `typed` holds it."""
    if read == typed:
        return grade

    def span(evidence: str) -> str:
        start = read.find(evidence)
        if start < 0 or not evidence:
            return evidence
        end = start + len(evidence)
        if typed_at is None:  # characters replaced one for one
            return typed[start:end]
        last = typed_at[end - 1] + 1
        while last < len(typed) and unicodedata.combining(typed[last]):
            last += 1  # the accent typed on the last letter
        return typed[typed_at[start] : last]

    def spans(evidence: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(span(e) for e in evidence)

    return replace(
        grade,
        matched=tuple(replace(m, evidence=spans(m.evidence)) for m in grade.matched),
        misconceptions=tuple(replace(m, evidence=spans(m.evidence)) for m in grade.misconceptions),
        contradictions=tuple(replace(c, evidence=spans(c.evidence)) for c in grade.contradictions),
    )


def _grade_star(question: Question, text: str, timed_out: bool) -> Grade:
    flags = ["timed_out"] if timed_out else []
    story = read_story(text[:20_000], question.prompt)
    words = len(text.split())
    if not words:
        return _not_read(question, "empty", EMPTY_NOTE, "no words to grade", flags)
    if not_english(text[:20_000]):
        return _unreadable(question, words, flags)
    told = actions(story)
    hits = _parts_found(story, told)
    imagined = hypothetical(story, told)
    if imagined.is_hypothetical:
        # "I would talk to everyone" is no reflection: nothing is credited from what would be
        hits = {name: hit for name, hit in hits.items() if hit.sentence not in imagined.sentences}
    matched: list[ConceptMatch] = []
    missed: list[str] = []
    found_weight = 0.0
    for part in PARTS:
        hit = hits.get(part.name)
        if hit is None:
            missed.append(part.name)
            continue
        evidence = (story.sentences[hit.sentence].text,)
        matched.append(ConceptMatch(part.name, hit.cue, evidence, 100.0, part.weight))
        found_weight += part.weight
    coverage = round(found_weight / _TOTAL_WEIGHT, 3)
    length = min(1.0, 0.4 + 0.6 * words / FULL_LENGTH_WORDS)
    score = round(100.0 * coverage * length, 1)
    verdict = filler(story)
    caps = []
    if imagined.is_hypothetical:
        flags.append("hypothetical")
        caps.append(("hypothetical", HYPOTHETICAL_CAP))
    if verdict.is_filler:
        flags.append("filler")
        caps.append(("mostly filler", FILLER_CAP))
    retracted = taken_back(text[:20_000])
    if retracted is not None:
        flags.append("contradiction")
        caps.append(("taken back", RETRACTED_CAP))
    # a story that is told, not filler nor what would be done, is read for what it tells:
    # whether it answers the question and whether it shows a red flag (play28 M5)
    told_story = not (imagined.is_hypothetical or verdict.is_filler)
    reader = Reader(text[:20_000]) if told_story else None
    relevant = relevance(question.prompt, reader) if reader else None
    raised = red_flags(reader, reflected="Reflection" in hits) if reader else ()
    if relevant is not None and relevant.is_off_topic:
        flags.append("off_topic_story")
        caps.append(("off the question", OFF_TOPIC_CAP))
    for flag in raised:
        flags.append(flag.kind)
        caps.append((f"red flag ({flag.label})", RED_FLAG_CAP))
    capped = "; ".join(why + (f": capped at {cap}" if score > cap else "") for why, cap in caps)
    score = min([score, *(float(cap) for _, cap in caps)])
    # one part, never negative, adding up to the score: the parts found, scaled for a short
    # story and capped for filler or a hypothetical answer (play26: "length -2")
    detail = (
        f"{len(matched)} of {len(PARTS)} parts found (weighted {found_weight:g} of "
        f"{_TOTAL_WEIGHT:g}); {words} words, full credit from {FULL_LENGTH_WORDS}"
    )
    explanation = [
        ScorePart("STAR coverage", coverage, score, "; ".join(filter(None, (detail, capped))))
    ]
    feedback = _feedback(story, told, missed, verdict, imagined, words, length, relevant, raised)
    if retracted is not None:
        # the story is not meant: its parts are not coached
        feedback = [RETRACTED_NOTE.format(evidence=retracted)]
    return Grade(
        score=score,
        band=band_for(score, flags),
        similarity=0.0,
        coverage=coverage,
        matched=tuple(matched),
        missed=tuple(missed),
        flags=tuple(flags),
        feedback=tuple(feedback),
        explanation=tuple(explanation),
        key_terms="star",
        question_id=question.id,
        grader_version=GRADER_VERSION,
    )


def _unreadable(question: Question, words: int, flags: list[str]) -> Grade:
    """The grade of a story in another language: nothing is read, and the candidate is told to
    answer in English rather than coached in English part by part."""
    # feedback.py loads the technical grader's reading, which a report must not load
    from ..feedback import UNREADABLE_NOTE

    detail = f"{words} words, almost none of them English"
    return _not_read(question, "unreadable", UNREADABLE_NOTE, detail, flags)


def _not_read(question: Question, flag: str, note: str, detail: str, flags: list[str]) -> Grade:
    """The grade of a story with nothing to read (no words, or none in English): missing,
    every part missed, `flag` its reason and `note` its one piece of feedback."""
    return Grade(
        score=0.0,
        band="missing",
        similarity=0.0,
        coverage=0.0,
        missed=tuple(p.name for p in PARTS),
        flags=(flag, *flags),
        feedback=(note,),
        explanation=(ScorePart(flag, 0.0, 0.0, detail),),
        key_terms="star",
        question_id=question.id,
        grader_version=GRADER_VERSION,
    )


def _parts_found(story: Story, told: list[Action]) -> dict[str, Found]:
    """The parts the story's content shows, by name."""
    outcome = find.result(story, told)
    hits = {
        "Situation": find.situation(story),
        "Task": find.task(story),
        "Action": find.action(story, told),
        "Result": outcome,
        "Measurable result": find.measurable(story, told, outcome),
        "Reflection": find.reflection(story),
    }
    return {name: hit for name, hit in hits.items() if hit is not None}


def _feedback(
    story: Story,
    told: list[Action],
    missed: list[str],
    verdict: Filler,
    imagined: Hypothetical,
    words: int,
    length: float,
    relevant: Relevance | None = None,
    raised: tuple[RedFlag, ...] = (),
) -> list[str]:
    """Advice for what is missing only: never a request for a part the story has. Filler and a
    hypothetical answer get one piece of advice, not a tip for every part; a story off the
    question or with a red flag is told so first, with its own words as evidence."""
    feedback: list[str] = []
    general = imagined.is_hypothetical or verdict.is_filler
    off_topic = relevant is not None and relevant.is_off_topic
    if imagined.is_hypothetical:
        feedback.append(imagined.advice)
    elif verdict.is_filler:
        feedback.append(verdict.advice)
    if relevant is not None and off_topic:
        feedback.append(relevant.advice)
    feedback.extend(flag.feedback for flag in raised)
    if not general and not missed:
        feedback.append(_complete_note(relevant, off_topic or bool(raised)))
    labelled = [name for name in dict.fromkeys(story.labels) if name in missed]
    # "Situation: I was at a barbecue." says something, too little to place a story: it is not
    # told it has nothing concrete after it (play28 M5)
    thin = [name for name in labelled if _under_label(story, name)]
    empty = [name for name in labelled if name not in thin]
    if empty:
        feedback.append(
            _label_note(empty, "nothing concrete", ": a label earns nothing by itself.")
        )
    if thin:
        feedback.append(
            _label_note(
                thin,
                "too little",
                " to count: give the concrete details (who, where, what, how much).",
            )
        )
    for part in PARTS:
        if part.name in missed and not general:
            feedback.append(_tip(part, story, told))
    if length < 1.0 and not imagined.is_hypothetical:  # more of what you would do is no story
        feedback.append(f"Short for a story ({words} words); aim for {FULL_LENGTH_WORDS} or more.")
    return feedback


def _complete_note(relevant: Relevance | None, flagged: bool) -> str:
    """What a story with every STAR part is told: what the grade read of it, and what not."""
    if flagged:
        return "Every STAR part is there, but the story is capped for what is said above."
    if relevant is not None and relevant.themes and not relevant.shown:
        return (
            "A complete STAR story: every part is there and no red flag was found. It is too "
            "short to tell whether it answers the question: check that yourself."
        )
    if relevant is not None and relevant.shown:
        return (
            "A complete STAR story: every part is there, it tells what the question asks about "
            "and no red flag was found. Check yourself that it shows you at your best."
        )
    return (
        "A complete STAR story: every part is there and no red flag was found. The grade "
        "cannot tell this question's theme: check yourself that the story answers it."
    )


def _label_note(names: list[str], how_much: str, then: str) -> str:
    """`The label 'Task:' has nothing concrete after it: ...`, for one label or several."""
    many = len(names) > 1
    listed = ", ".join(f"'{name}:'" for name in names)
    return (
        f"The label{'s' if many else ''} {listed} {'have' if many else 'has'} {how_much} after "
        f"{'them' if many else 'it'}{then}"
    )


def _under_label(story: Story, name: str) -> int:
    """How many specific words the sentences under a label hold."""
    return sum(len(story.specific(s.body)) for s in story.sentences if s.section == name)


def _tip(part: StarPart, story: Story, told: list[Action]) -> str:
    """The advice for a missing part, told what the story does have."""
    if part.name == "Action":
        return _action_tip(told) or part.tip
    if part.name == "Measurable result":
        figure = find.bare_figure(story)
        if figure:
            return (
                f"Say what your number measures: \u201c{figure}\u201d does not say what changed "
                "(time, errors, customers, money?), so it is not yet a measurable result."
            )
        counted = find.paperwork_count(story)
        if counted:
            return (
                f"\u201c{counted}\u201d counts what was produced, not what changed: put a number "
                "on the result (time saved, % change, errors, customers, money)."
            )
    return part.tip


def _action_tip(told: list[Action]) -> str | None:
    """The Action's advice when the story tells steps, but not concrete steps of 'I'."""
    team = [a for a in told if a.subject == "we" and a.concrete]
    if team:
        return (
            f"Say what you did yourself: the story tells what 'we' did ('we {team[0].verb} ...'); "
            "name your own steps in the first person ('I proposed', 'I wrote')."
        )
    if any(a.subject == "i" for a in told):
        return (
            "Name each step and what it changed: 'I did the actions' or 'I wrote things' says "
            "nothing; say what you did, to what ('I wrote a migration script')."
        )
    return None
