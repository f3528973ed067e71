"""Reference mode's score: a fitted linear blend of similarity, key-term coverage, length and
polarity, shipped as data (reference_blend.json, written by benchmarks/fit_reference.py).

With no rubric (the user's own answer key, with or without keywords) the score is, for the
reference that gives the most:

    base + similarity x min(1, sim / FULL_SIMILARITY) + coverage x coverage
         + length x max(-1, ln min(1, answer words / reference words)) - negation (if any)

`sim` blends the TF-IDF similarity with the question's own words left out and with them kept
(QUESTION_WORDS_KEPT), so restating the question earns little, yet an answer that rightly
names what the question mentions is not read as saying nothing. The words counted for length
are content words not in the question; a longer answer than the reference earns nothing more.
The weights were fitted by logistic regression on the SemEval-2013 train split (pass = a
correct answer) and scaled so that the pass mark (70) is the fitted decision boundary; nothing
is fitted when grading. Misconceptions, caps and the very-short factor then apply as before.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from ..bank import Question
from .clauses import has_negation
from .concepts import find_concepts, find_misconceptions
from .feedback import build_grade
from .matching import Answer
from .prepared import PreparedQuestion
from .result import Grade, ScorePart
from .scoring import (
    FULL_SIMILARITY,
    KEYWORD_LIST_CAP,
    OFF_TOPIC_CAP,
    RESTATES_CAP,
    _blend,
    _coverage,
    _flag,
)
from .shipped import shipped_data

QUESTION_WORDS_KEPT = 0.3
"""Share of the similarity measured with the question's own words kept in both texts (the
rest leaves them out). Chosen on Mohler assignments 1-8 and SemEval-2013 train: 0-1 tried."""
SHORTEST = -1.0
"""The length signal's floor: ln of the answer's length over the reference's, at most this low."""
MISCONCEPTION_POINTS = 20.0
TOO_SHORT_FACTOR = 0.85
NEGATION_MAX_WORDS = 8
"""Only answers of at most this many content words: in a longer one a "not" is one clause."""


@dataclass(frozen=True)
class ReferenceBlend:
    """Points of each reference-mode signal (see the module docstring)."""

    base: float
    similarity: float
    coverage: float
    length: float
    negation: float
    fitted_on: str = ""
    """What it was fitted on (a note for people)."""

    def __post_init__(self) -> None:
        if min(self.similarity, self.coverage, self.length, self.negation) < 0:
            raise ValueError("a reference-mode signal may not count against what it measures")

    def to_dict(self) -> dict[str, float | str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ReferenceBlend:
        return cls(
            float(data["base"]),
            float(data["similarity"]),
            float(data["coverage"]),
            float(data["length"]),
            float(data["negation"]),
            str(data.get("fitted_on", "")),
        )


PRIOR = ReferenceBlend(0.0, 70.0, 30.0, 0.0, 40.0, "grader 3.3's hand-set points")
"""Used only when reference_blend.json is missing or unreadable."""


def shipped_blend() -> ReferenceBlend:
    """The blend shipped with the package (read once)."""
    return shipped_data("reference_blend.json", ReferenceBlend.from_dict, lambda: PRIOR)


def length_signal(answer_words: int, reference_words: int) -> float:
    """ln of the answer's length over the reference's (content words not in the question),
    between SHORTEST and 0: an answer as long as the reference, or longer, scores 0."""
    ratio = (answer_words + 1) / (reference_words + 1)
    return max(SHORTEST, math.log(min(1.0, ratio)))


def grade_reference(
    question: Question,
    prepared: PreparedQuestion,
    parsed: Answer,
    cosines: list[tuple[float, float]],
    kept: list[tuple[float, float]],
    flags: list[str],
    blend: ReferenceBlend | None = None,
) -> Grade:
    """Reference mode: the blend's points for the reference that gives the most. `cosines`
    are the (word, character) similarities with the question's words left out, `kept` with
    them kept, one pair per reference."""
    blend = blend or shipped_blend()
    text = parsed.text
    polarity = None
    if len(text.content) <= NEGATION_MAX_WORDS:
        polarity = has_negation(text.words)
    q_stems = prepared.question_stems
    answer_words = sum(1 for i in text.content if text.stems[i] not in q_stems)
    lengths = prepared.reference_lengths or [answer_words] * len(cosines)
    best = None
    for index, pair in enumerate(cosines):
        sim = (1 - QUESTION_WORDS_KEPT) * _blend(pair) + QUESTION_WORDS_KEPT * _blend(kept[index])
        concepts = prepared.concepts[index if len(prepared.concepts) > 1 else 0]
        findings = find_concepts(concepts, prepared.subjects, parsed)
        coverage, _ = _coverage(findings)
        length = length_signal(answer_words, lengths[index])
        negated = polarity is not None and polarity != prepared.references_negated[index]
        points = {
            "similarity": blend.similarity * min(1.0, sim / FULL_SIMILARITY),
            "coverage": blend.coverage * coverage,
            "length": blend.length * length,
            "negation": -blend.negation if negated else 0.0,
        }
        total = blend.base + sum(points.values())
        if best is None or total > best[0]:
            values = {"similarity": sim, "coverage": coverage, "length": length, "negated": negated}
            best = (total, points, values, findings, pair, lengths[index])
    assert best is not None
    score, points, values, findings, (word_cos, char_cos), reference_words = best
    score = max(0.0, score)
    similarity, coverage = values["similarity"], values["coverage"]
    what = "key terms" if prepared.key_terms == "derived" else "concepts"
    credited = sum(1 for f in findings if f.status == "credited")
    parts = [
        ScorePart("base", 1.0, round(blend.base, 1), "the score of an answer with nothing found"),
        ScorePart(
            "similarity",
            round(similarity, 3),
            round(points["similarity"], 1),
            f"TF-IDF similarity to the closest reference: words {word_cos:.2f}, characters "
            f"{char_cos:.2f} without the question's words; full credit at {FULL_SIMILARITY:.2f}",
        ),
        ScorePart(
            "coverage",
            round(coverage, 3),
            round(points["coverage"], 1),
            f"{credited} of {len(findings)} {what} detected",
        ),
    ]
    if values["length"] < 0:
        parts.append(
            ScorePart(
                "length",
                round(values["length"], 3),
                round(points["length"], 1),
                f"{answer_words} content words against the reference's {reference_words}",
            )
        )
    if values["negated"]:
        parts.append(
            ScorePart(
                "negation",
                1.0,
                round(points["negation"], 1),
                "a short answer that negates what the closest reference states, or the reverse",
            )
        )
    misconceptions = find_misconceptions(prepared.misconceptions, parsed)
    if misconceptions:
        penalty = min(score, MISCONCEPTION_POINTS * len(misconceptions))
        score -= penalty
        parts.append(
            ScorePart("misconceptions", len(misconceptions), -round(penalty, 1), "misconceptions")
        )
    _flag(flags, parsed, prepared, coverage, word_cos, char_cos)
    for flag, cap in (
        ("restates_question", 20 * RESTATES_CAP),
        ("off_topic", 20 * OFF_TOPIC_CAP),
        ("keyword_list", 20 * KEYWORD_LIST_CAP),
    ):
        if flag in flags and score > cap:
            parts.append(ScorePart(flag, 1.0, -round(score - cap, 1), f"capped at {cap:.0f}"))
            score = cap
    if "too_short" in flags and "restates_question" not in flags:
        cut = score * (1 - TOO_SHORT_FACTOR)
        if cut > 0:
            parts.append(ScorePart("too_short", 1.0, -round(cut, 1), "very short answer"))
            score -= cut
    return build_grade(
        question,
        prepared,
        round(max(0.0, min(100.0, score)), 1),
        (similarity, coverage),
        findings,
        misconceptions,
        flags,
        parts,
    )
