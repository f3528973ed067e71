"""From what was found to a score: the calibrated grade and its caps (rubric mode); the
helpers reference mode shares (reference_scoring/).

rubric.py       rubric mode: `grade_rubric`, the signals mapped by the calibration, the caps
signals.py      similarity (words and characters blended, `blended_similarity`) and the
                rubric's weight covered (`rubric_coverage`); both modes read them
length.py       the length signal: `full_length`, content words on the subject
                (`content_length`), kept or cut (`kept_length`, `complete_length`)
off_subject.py  sentences off the subject or not read at all (`off_subject`); the non-answer
                flags they feed (`flag_non_answers`, also read by reference mode)
substance.py    where the counted words stand: in sentences credited or reaching a reference
                sentence (`substance`); a long answer with little of either is `vague`
"""

from .length import full_length
from .off_subject import flag_non_answers, off_subject
from .rubric import ANOTHER_QUESTION, grade_rubric
from .signals import FULL_SIMILARITY, blended_similarity, rubric_coverage
from .substance import reference_sentences

__all__ = [
    "ANOTHER_QUESTION",
    "FULL_SIMILARITY",
    "blended_similarity",
    "flag_non_answers",
    "full_length",
    "grade_rubric",
    "off_subject",
    "reference_sentences",
    "rubric_coverage",
]
