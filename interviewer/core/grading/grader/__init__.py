"""The grader: one answer, one question, one `Grade`, pure and deterministic.

A `Grader` is prepared once per bank (or per set of ad-hoc questions): it learns how rare each
word and character n-gram is in that text, then `grade()` scores one answer against one question
without touching the disk or the network. scikit-learn is imported only when a grader is first
fitted, so importing this package stays cheap. See docs/grading.md for how the score is formed.

Two modes (scoring/):

- *rubric* (a bank question with a written rubric): concepts are found as claims
  (concepts/), and the signals are mapped to the expected 0-5 grade by the shipped
  calibration (calibration.py); score = 20 x that grade.
- *reference* (no rubric: the user's own answer key, or key terms derived from it): TF-IDF
  similarity carries the score, calibrated on public short-answer data (docs/grading.md).

This package fits the TF-IDF weights and prepares each question once (prepared.py); an answer
is then read (text/, matching/), compared with the question's texts in one batch
(meaning.py), scored (scoring/) and explained (feedback.py).

fitting.py     the bank's word statistics (TF-IDF), fitted once: `FittedGrader`
fit_cache.py   that fit kept on disk between runs (numpy arrays, no pickle): `FitCache`
preparing.py   each question prepared once: `QuestionPreparing`
answers.py     one answer read, compared and scored: `Grader`; `Grader.grade_many` grades many,
               each question's answers compared at once (meaning_many.py), to the same grades
"""

from .answers import Grader
from .fitting import COMMON_MIN_QUESTIONS, COMMON_SHARE, DISTINCT_SHARE, FittedGrader
from .preparing import QuestionPreparing

__all__ = [
    "COMMON_MIN_QUESTIONS",
    "COMMON_SHARE",
    "DISTINCT_SHARE",
    "FittedGrader",
    "Grader",
    "QuestionPreparing",
]
