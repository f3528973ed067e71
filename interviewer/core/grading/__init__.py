"""Grading typed answers: concepts found as claims, TF-IDF similarity, a calibrated 0-5 grade.

One module (or package) per idea: text/ (words and spans), clauses.py (sentences, clauses,
the reach of a negation), instead_of.py (what a clause's subject does without),
denial_words/ (the words that negate, reject, dismiss or hedge), negative_aliases.py
(an alias that says its claim in the negative),
matching/ (phrases, evidence), typos.py (misspellings forgiven), similarity.py (TF-IDF feature
spaces and vectors), meaning.py (an answer against all of a question's references and
concept descriptions in one batch: the meaning match; meaning_many.py, many answers to a question
at once, for Grader.grade_many), concepts/ (concepts found as claims:
subjects, directions), claims/ and misconceptions.py (wrong claims stated), findings.py (what
was found, quoted), subjects/ (who a claim is said of), keywords.py (keyword strings; hype.py,
sentences of empty praise),
verbs.py (verbs told from nouns), flags.py (other non-answers), calibration.py (signals ->
expected grade), scoring/ (signals, caps and points in rubric mode, and the helpers reference
mode shares), reference_scoring/ (reference mode's fitted blend and caps), feedback.py
(matched, missed and the notes a candidate reads), result.py (the Grade), prepared.py (what is
kept per question), grader/ (the Grader), synonyms.py (synonym groups read into a rubric),
key_terms/ (key terms derived from a reference answer with no rubric), reference.py (grading
against an ad-hoc answer key), keyword_key.py (the user's keywords as requirements), star/
(behavioural STAR stories).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .grader import Grader
    from .reference import grade_reference, grader_for, reference_question

_LAZY = {
    "Grader": "grader",
    "grade_reference": "reference",
    "grader_for": "reference",
    "reference_question": "reference",
}
"""Imported on first use: a report or the history needs the Grade and its bands, not the
grader (scikit-learn, rapidfuzz, the matching machinery)."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
