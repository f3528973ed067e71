"""From what was found to a score: the calibrated grade and its caps (rubric mode); the
helpers reference mode shares (reference_scoring/).

rubric.py       rubric mode: `grade_rubric`, the signals mapped by the calibration, the caps
signals.py      similarity (words and characters blended) and the rubric's weight covered
length.py       the length signal: `full_length`, content words on the subject, kept or cut
off_subject.py  sentences off the subject or not read at all (`off_subject`); non-answer flags
"""

from .length import full_length
from .off_subject import _flag, off_subject
from .rubric import ANOTHER_QUESTION, grade_rubric
from .signals import FULL_SIMILARITY, _blend, _coverage

__all__ = [
    "ANOTHER_QUESTION",
    "FULL_SIMILARITY",
    "_blend",
    "_coverage",
    "_flag",
    "full_length",
    "grade_rubric",
    "off_subject",
]
