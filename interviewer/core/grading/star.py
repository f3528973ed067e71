"""The built-in `star` rubric: a behavioural answer judged by its structure, not its topic.

It looks for the Situation, the Task, the Actions the candidate took, the Result, a measurable
result and a reflection, from labels ("Situation: ...") and from wording ("my task was", "I
proposed", "as a result", "40%", "I learned"). Every part found is credited with its evidence:
the sentence of the answer, verbatim, that shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..bank import Question
from .result import GRADER_VERSION, ConceptMatch, Grade, ScorePart, band_for


@dataclass(frozen=True)
class StarPart:
    """One part of a STAR story and the wording that shows it."""

    name: str
    weight: float
    label: re.Pattern[str]
    cues: re.Pattern[str]
    tip: str


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")(?!\w)", re.I)


_NUMBER = (
    r"\d[\d,]*(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a thousand|a million"
)
_ACTION_VERBS = (
    "analy[sz]ed|asked|automated|booked|built|called|changed|chose|coached|collected|compared|"
    "convinced|created|cut|debugged|decided|delegated|designed|documented|drafted|escalated|"
    "explained|fixed|found|gathered|hired|identified|implemented|interviewed|introduced|"
    "investigated|launched|led|listened|mapped|measured|mentored|met|migrated|moved|negotiated|"
    "offered|organi[sz]ed|paired|planned|presented|prioriti[sz]ed|profiled|proposed|prototyped|"
    "ran|raised|read|rebuilt|recommended|refactored|reached out|removed|reorgani[sz]ed|replaced|"
    "reproduced|researched|reviewed|rewrote|rolled back|scheduled|set up|shared|showed|simplified|"
    "sketched|spoke|split|started|suggested|summari[sz]ed|talked|taught|tested|took|trained|"
    "traced|tracked|volunteered|wrote"
)

PARTS: tuple[StarPart, ...] = (
    StarPart(
        "Situation",
        1.0,
        re.compile(r"^\W*(situation|context|background)\W*[:\-]", re.I),
        _words(
            r"at my (previous|last|current|first) (job|role|company|team|employer)",
            r"in my (previous|last|current|first) (job|role|position|team)",
            r"when I was (working|a|an|the|at|on|in)",
            r"while (I was )?working (as|at|on)",
            r"(last|this|that|one) (year|quarter|summer|spring|autumn|fall|winter)",
            r"a few (months|years) ago",
            r"our team (was|had|were)",
            r"we were (building|working|running|launching|migrating|preparing)",
            r"the situation was",
            r"I (was|worked) (a|an|as|on|at) ",
        ),
        "Open with the situation: where you were, when, and what was going on.",
    ),
    StarPart(
        "Task",
        1.0,
        re.compile(r"^\W*(task|goal|objective|challenge|problem)\W*[:\-]", re.I),
        _words(
            r"my (task|job|goal|role|responsibility|assignment|brief) was",
            r"I was (asked|tasked|responsible|expected|supposed|given|assigned)",
            r"I (had|needed|wanted) to",
            r"(our|the) (goal|objective|target|aim|task|deadline|challenge) was",
            r"it was (up to me|my job|my responsibility)",
            r"I owned",
        ),
        "Say what you had to achieve, and why it mattered.",
    ),
    StarPart(
        "Action",
        1.5,
        re.compile(r"^\W*(actions?|approach|what I did)\W*[:\-]", re.I),
        re.compile(
            r"(?<!\w)I (first |then |also |quickly |personally )?(" + _ACTION_VERBS + r")\b", re.I
        ),
        "Describe the steps you took yourself, in the first person ('I proposed', 'I wrote').",
    ),
    StarPart(
        "Result",
        1.5,
        re.compile(r"^\W*(results?|outcome|impact)\W*[:\-]", re.I),
        _words(
            r"as a result",
            r"the (result|outcome|upshot|impact) was",
            r"in the end",
            r"(which|this|that|it) (led to|resulted in|meant|cut|reduced|increased|saved)",
            r"we (shipped|launched|delivered|hit|met|reached|finished|reduced|cut|saved|won)",
            r"(eventually|ultimately|finally)",
            r"(was|were) (delivered|shipped|launched|resolved|fixed|adopted|approved)",
        ),
        "End the story: what happened because of what you did.",
    ),
    StarPart(
        "Measurable result",
        1.0,
        re.compile(r"$^"),
        re.compile(
            r"\d+(\.\d+)?\s?(%|percent|x\b|times\b)|[$£€]\s?\d|"
            rf"\b({_NUMBER})\s?(million |thousand )?(ms|milliseconds?|seconds?|minutes?|hours?|"
            r"days?|weeks?|months?|quarters?|years?|users?|customers?|clients?|people|records?|tickets?|"
            r"bugs?|incidents?|pages?|points?|teams?|components?|releases?|services?|forms?|"
            r"k\b|(a|per) (day|week|month|year))\b|"
            r"\ba (day|week|month|quarter|year) (early|earlier|ahead|sooner)\b|"
            r"\ball (two|three|four|five|six)\b|"
            r"\bno (incidents?|bugs?|complaints?|outages?|errors?|data loss)\b|"
            rf"\bfrom (about |around )?({_NUMBER})\b.{{0,20}}\bto ({_NUMBER})\b|"
            r"\b(halved|doubled|tripled|by (half|a third|a quarter))\b",
            re.I,
        ),
        "Put a number on the result (time saved, % change, customers, money).",
    ),
    StarPart(
        "Reflection",
        0.5,
        re.compile(r"^\W*(reflection|lessons?( learned)?|learnings?)\W*[:\-]", re.I),
        _words(
            r"I (learned|learnt|realised|realized|now always|would do|would now)",
            r"(taught|showed) me",
            r"(the|my|a) (lesson|takeaway)",
            r"next time",
            r"in hindsight",
            r"looking back",
            r"since then",
            r"differently",
        ),
        "Close with what you learned or would do differently.",
    ),
)
_TOTAL_WEIGHT = sum(part.weight for part in PARTS)
_SENTENCE_RE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
"""A sentence ends at `.`, `!` or `?` before a space, a line break or the end: the point in
"under 0.1%" does not end it (the measurable result was quoted as "... under 0.")."""
FULL_LENGTH_WORDS = 90
"""An answer this long (or longer) gets its full structural score; a shorter one is scaled."""


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.findall(text) if s.strip()]


def _find(part: StarPart, sentences: list[str], start: int = 0) -> tuple[str, int] | None:
    """(cue, index of the verbatim sentence) showing this part, labels first, or None."""
    for index, sentence in enumerate(sentences[start:], start=start):
        match = part.label.match(sentence)
        if match:
            return match.group(0).strip(" :-"), index
    for index, sentence in enumerate(sentences[start:], start=start):
        match = part.cues.search(sentence)
        if match:
            return match.group(0), index
    return None


def _parts_found(sentences: list[str]) -> dict[str, tuple[str, int]]:
    """(cue, sentence index) of each part found. A number counts as a measurable result only
    where the result is told (from the Result's sentence, or when none is, the second half of
    the story after the Action's sentence), not in the situation ("we waited forty minutes")
    or the action ("proposed a spike of two days"); and a measurable outcome
    in the second half is itself the Result when no other wording tells it ("on-call pages
    dropped by 40%" needs no "as a result")."""
    by_name = {part.name: part for part in PARTS}
    hits = {
        name: hit
        for name in ("Situation", "Task", "Action", "Result", "Reflection")
        if (hit := _find(by_name[name], sentences)) is not None
    }
    result = hits.get("Result")
    if result is not None:
        start = result[1]
    else:
        # not in the sentence that tells the action either ("proposed a spike of two days")
        action = hits.get("Action")
        start = max(len(sentences) // 2, action[1] + 1 if action else 0)
    measured = _find(by_name["Measurable result"], sentences, start)
    if measured is not None:
        hits["Measurable result"] = measured
        hits.setdefault("Result", measured)
    return hits


def grade_star(question: Question, answer: object, *, timed_out: bool = False) -> Grade:
    """Grade a behavioural answer by its STAR structure; never raises, deterministic."""
    text = answer if isinstance(answer, str) else ("" if answer is None else str(answer))
    flags = ["timed_out"] if timed_out else []
    sentences = _sentences(text[:20_000])
    words = len(text.split())
    if not words:
        return Grade(
            score=0.0,
            band="missing",
            similarity=0.0,
            coverage=0.0,
            missed=tuple(p.name for p in PARTS),
            flags=("empty", *flags),
            feedback=("No answer: tell one story, Situation, Task, Action, Result.",),
            explanation=(ScorePart("empty", 0.0, 0.0, "no words to grade"),),
            key_terms="star",
            question_id=question.id,
        )
    hits = _parts_found(sentences)
    matched: list[ConceptMatch] = []
    missed: list[str] = []
    found_weight = 0.0
    for part in PARTS:
        hit = hits.get(part.name)
        if hit is None:
            missed.append(part.name)
            continue
        cue, index = hit
        matched.append(ConceptMatch(part.name, cue, (sentences[index],), 100.0, part.weight))
        found_weight += part.weight
    coverage = round(found_weight / _TOTAL_WEIGHT, 3)
    length = min(1.0, 0.4 + 0.6 * words / FULL_LENGTH_WORDS)
    score = round(100.0 * coverage * length, 1)
    band = band_for(score, flags)
    feedback = [p.tip for p in PARTS if p.name in missed]
    if not missed:
        feedback.insert(0, "A complete STAR story: every part is there.")
    if length < 1.0:
        feedback.append(f"Short for a story ({words} words); aim for {FULL_LENGTH_WORDS} or more.")
    explanation = (
        ScorePart(
            "STAR coverage",
            coverage,
            round(100.0 * coverage, 1),
            f"{len(matched)} of {len(PARTS)} parts found (weighted {found_weight:g} of "
            f"{_TOTAL_WEIGHT:g})",
        ),
        ScorePart(
            "length",
            round(length, 3),
            round(score - 100.0 * coverage, 1),
            f"{words} words; full credit from {FULL_LENGTH_WORDS}",
        ),
    )
    return Grade(
        score=score,
        band=band,
        similarity=0.0,
        coverage=coverage,
        matched=tuple(matched),
        missed=tuple(missed),
        flags=tuple(flags),
        feedback=tuple(feedback),
        explanation=explanation,
        key_terms="star",
        question_id=question.id,
        grader_version=GRADER_VERSION,
    )
