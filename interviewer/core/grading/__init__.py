"""Grading typed answers: concepts found as claims, TF-IDF similarity, a calibrated 0-5 grade.

One module per idea: text.py (words and spans), clauses.py (sentences, clauses, negation),
matching.py (phrases, typos, evidence), similarity.py (TF-IDF feature spaces and vectors),
meaning.py (an answer against all of a question's references and concept descriptions in one
batch: the meaning match), concepts.py (claims: subjects, directions, contradictions),
flags.py (keyword strings and other non-answers), calibration.py (signals -> expected grade),
scoring.py (signals, caps and points in rubric and reference mode), feedback.py (matched,
missed and the notes a candidate reads), result.py (the Grade), prepared.py (what is kept per
question), grader.py (the Grader), reference.py (grading against an ad-hoc answer key).
"""

from .grader import Grader
from .reference import grade_reference, grader_for, reference_question
from .result import (
    BANDS,
    GRADER_VERSION,
    MISSING_CUTOFF,
    PASS_CUTOFF,
    PASSING_BANDS,
    STRONG_CUTOFF,
    ConceptMatch,
    Contradiction,
    Grade,
    MisconceptionFound,
    ScorePart,
    band_for,
)
from .text import STOP_WORDS, stem

__all__ = [
    "BANDS",
    "GRADER_VERSION",
    "MISSING_CUTOFF",
    "PASS_CUTOFF",
    "PASSING_BANDS",
    "STOP_WORDS",
    "STRONG_CUTOFF",
    "ConceptMatch",
    "Contradiction",
    "Grade",
    "Grader",
    "MisconceptionFound",
    "ScorePart",
    "band_for",
    "grade_reference",
    "grader_for",
    "reference_question",
    "stem",
]
