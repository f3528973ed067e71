"""What a grade is: the score, the band, the evidence behind them, and how to read it back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, cast

GRADER_VERSION = "3.52"
"""Bumped whenever a change to the scoring can change a score."""

STRONG_CUTOFF = 85.0
"""Scores at or above this are `strong` (an expected grade of about 4.5 of 5 and up)."""
PASS_CUTOFF = 70.0
"""Scores at or above this pass (`adequate`, a grade of about 4); below it an answer is `weak`."""
MISSING_CUTOFF = 30.0
"""Scores below this are `missing` (a grade of 0-1): nothing an interviewer would credit."""

BANDS = ("strong", "adequate", "weak", "missing")
PASSING_BANDS = frozenset({"strong", "adequate"})


@dataclass(frozen=True)
class ConceptMatch:
    """A rubric concept (or derived key term) found in the answer, with its evidence."""

    concept: str
    alias: str
    """The phrase (the concept's name or one of its aliases) that matched, or 'description'."""
    evidence: tuple[str, ...]
    """The candidate's own words that said it: verbatim spans of the answer."""
    ratio: float
    """How closely they matched, 0-100 (100 is exact; for meaning, the similarity x 100)."""
    weight: float = 1.0
    how: str = "wording"
    """'wording' (a phrase of the concept) or 'meaning' (a clause close to its description)."""


@dataclass(frozen=True)
class MisconceptionFound:
    """A misconception the answer states, with what to tell the candidate."""

    phrase: str
    note: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Contradiction:
    """A concept the answer gets the wrong way round: a swap, a reversal or a denial."""

    concept: str
    evidence: tuple[str, ...]
    """The candidate's own words that state it."""
    detail: str
    """What is wrong, e.g. "said of GPT, but it is true of BERT"."""
    weight: float = 1.0


REFERENCE_BASE = "the score of an answer with nothing found"
"""The detail of reference mode's `base` part: its explanation is told in words
(report.explain.score_sum), a penalty as what lowered the score, not a negative number."""


@dataclass(frozen=True)
class ScorePart:
    """One signal's contribution to the score."""

    signal: str
    value: float
    """The signal's raw value (0-1 for similarity and coverage)."""
    points: float
    """Points it added (positive) or took off (negative)."""
    detail: str


@dataclass(frozen=True)
class Grade:
    """The grade of one answer: a score, a band, and why."""

    score: float
    """0-100, rounded to one decimal: 20 x the expected grade on the 0-5 interview scale."""
    band: str
    """'strong' | 'adequate' | 'weak' | 'missing'; strong and adequate pass."""
    similarity: float
    """TF-IDF cosine (word and character n-grams) to the closest reference answer, 0-1."""
    coverage: float
    """Weighted share of the rubric's concepts (or derived key terms) the answer covers, 0-1."""
    matched: tuple[ConceptMatch, ...] = ()
    missed: tuple[str, ...] = ()
    """Concepts not detected, heaviest first."""
    misconceptions: tuple[MisconceptionFound, ...] = ()
    flags: tuple[str, ...] = ()
    feedback: tuple[str, ...] = ()
    explanation: tuple[ScorePart, ...] = ()
    key_terms: str = "rubric"
    """Where the concepts came from: 'rubric', 'keywords' or 'derived' (from the reference)."""
    question_id: str = ""
    grader_version: str = GRADER_VERSION
    contradictions: tuple[Contradiction, ...] = ()
    expected_grade: float | None = None
    """The calibrated 0-5 grade a senior interviewer would most likely give (rubric mode)."""

    @property
    def passed(self) -> bool:
        """Whether an interviewer would let this answer pass."""
        return self.band in PASSING_BANDS

    @property
    def got_wrong(self) -> tuple[str, ...]:
        """The concepts the answer got wrong (swapped, reversed, contradicted or denied), each
        once, in order; `missed` lists them too (they earned nothing)."""
        return tuple(dict.fromkeys(c.concept for c in self.contradictions))

    @property
    def not_said(self) -> tuple[str, ...]:
        """The concepts missed that the answer did not get wrong either: not detected at all."""
        wrong = set(self.got_wrong)
        return tuple(m for m in self.missed if m not in wrong)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (lists, not tuples); `Grade.from_dict` reads it back."""
        return cast(dict[str, Any], _lists(asdict(self)))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Grade:
        """The grade stored by `to_dict` (unknown keys are ignored; old grades read too)."""
        expected: Any = data.get("expected_grade")
        return cls(
            score=float(data["score"]),
            band=str(data["band"]),
            similarity=float(data.get("similarity", 0.0)),
            coverage=float(data.get("coverage", 0.0)),
            matched=tuple(
                ConceptMatch(
                    concept=m["concept"],
                    alias=m["alias"],
                    evidence=tuple(m.get("evidence", ())),
                    ratio=float(m.get("ratio", 100.0)),
                    weight=float(m.get("weight", 1.0)),
                    how=str(m.get("how", "wording")),
                )
                for m in data.get("matched", ())
            ),
            missed=tuple(data.get("missed", ())),
            misconceptions=tuple(
                MisconceptionFound(m["phrase"], m["note"], tuple(m.get("evidence", ())))
                for m in data.get("misconceptions", ())
            ),
            flags=tuple(data.get("flags", ())),
            feedback=tuple(data.get("feedback", ())),
            explanation=tuple(
                ScorePart(p["signal"], float(p["value"]), float(p["points"]), p.get("detail", ""))
                for p in data.get("explanation", ())
            ),
            key_terms=str(data.get("key_terms", "rubric")),
            question_id=str(data.get("question_id", "")),
            grader_version=str(data.get("grader_version", "")),
            contradictions=tuple(
                Contradiction(
                    c["concept"],
                    tuple(c.get("evidence", ())),
                    str(c.get("detail", "")),
                    float(c.get("weight", 1.0)),
                )
                for c in data.get("contradictions", ())
            ),
            expected_grade=None if expected is None else float(expected),
        )


def _lists(value: object) -> object:
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value


def band_for(score: float, flags: Iterable[str] = ()) -> str:
    """The band of a score; an empty answer is always `missing`."""
    if "empty" in flags or score < MISSING_CUTOFF:
        return "missing"
    if score >= STRONG_CUTOFF:
        return "strong"
    if score >= PASS_CUTOFF:
        return "adequate"
    return "weak"
