"""Reference mode's score: a fitted linear blend of similarity, key-term coverage, length,
precision and polarity, shipped as data (reference_blend.json, written by
benchmarks/fit_reference.py).

With no rubric (the user's own answer key, with or without keywords) the score is, for the
reference that gives the most:

    base + similarity x min(1, sim / FULL_SIMILARITY) + coverage x coverage
         + length x max(-1, ln min(1, answer words / reference words))
         + precision x precision - negation (if any) - too_short (if so)
         - references x ln(number of references, at most most_references)

`sim` blends the TF-IDF similarity with the question's own words left out and with them kept
(QUESTION_WORDS_KEPT), so restating the question earns little, yet an answer that rightly
names what the question mentions is not read as saying nothing. The words counted for length
are content words not in the question; a longer answer than the reference earns nothing more.
`precision` is the share of those words of the answer (weighted by how rare they are) that the
reference uses too: an answer that says the reference's things rather than other things. The
best of many references is the likelier to match by chance, hence the last term. The weights
were fitted by logistic regression on the SemEval-2013 train split (pass = a correct answer),
one unit of log-odds worth `scale` points, the pass mark (70) where train accuracy is best;
nothing is fitted when grading. Misconceptions and the caps then apply.

signals.py       what is measured of an answer against each reference
blend.py         the points of each signal, fitted offline and shipped as data
caps.py          how high a wrong claim or a flag lets an answer score
wrong_claims.py  the key said the other way round, taken back, swapped, exchanged, mislisted
explanation.py   the points of each signal, as parts of the explanation
notes.py         the feedback: each wrong claim, a negation's cost, what falls short
grade.py         the score against the best reference, in order: misconceptions, caps, rules
"""

from .blend import PRIOR, SIGNALS, ReferenceBlend, shipped_blend
from .caps import (
    CAP,
    MISCONCEPTION_POINTS,
    NOTHING_SIMILARITY,
    OFF_TOPIC_CAP,
    RESTATED_SHARE,
    capped_score,
    says_the_question_again,
)
from .grade import grade_reference
from .notes import NEGATED_NOTE, UNNEGATED_NOTE
from .signals import (
    NEGATION_MAX_WORDS,
    QUESTION_WORDS_KEPT,
    SHORTEST,
    ReferenceSignals,
    length_signal,
    precision_signal,
    reference_signals,
)

__all__ = [
    "CAP",
    "MISCONCEPTION_POINTS",
    "NEGATED_NOTE",
    "NEGATION_MAX_WORDS",
    "NOTHING_SIMILARITY",
    "OFF_TOPIC_CAP",
    "PRIOR",
    "QUESTION_WORDS_KEPT",
    "RESTATED_SHARE",
    "SHORTEST",
    "SIGNALS",
    "UNNEGATED_NOTE",
    "ReferenceBlend",
    "ReferenceSignals",
    "capped_score",
    "grade_reference",
    "length_signal",
    "precision_signal",
    "reference_signals",
    "says_the_question_again",
    "shipped_blend",
]
