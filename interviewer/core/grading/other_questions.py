"""An answer to another question: a correct answer to a neighbouring question of the same topic
("what attention is", given to "What are the limitations of Transformers?") uses the topic's
words, so the length signal counts it as on the subject and the similarity to the question's
reference is that of an answer of the topic; with no concept credited it had graded 40-55,
`weak` (offq31: 30 of 69 such answers weak, 2 passing, benchmarks/off_question.py).

What gives it away is which reference it is closest to: its similarity to the question's own
references (the grader's `similarity`) is a fraction of its similarity to the references of
another question of the topic. An answer that credits little of the rubric (under
OTHER_COVERAGE of its weight), whose closest other question's reference is at least
OTHER_SIMILARITY close and more than 1 / OTHER_RATIO times as close as the question's own,
answers that question: flagged `another_question`, its grade capped (scoring.py). One three
times as close or closer (OTHER_CLOSE_RATIO) answers it while it credits up to half of the
rubric (OTHER_CLOSE_COVERAGE). A correct
answer in plain words is far from every reference, its own too: OTHER_SIMILARITY keeps it
from being judged by the ratio of two small numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..bank import Question
from .meaning import QuestionTexts, WholeAnswer, similarities, text_keys
from .packed_columns import PackedColumns
from .similarity import WORD_WEIGHT, FeatureSpace
from .text import Text

OTHER_RATIO = 0.5
"""The question's own references are at most this share as close as another question's."""
OTHER_SIMILARITY = 0.2
"""The other question's reference is at least this close (blended TF-IDF similarity)."""
OTHER_COVERAGE = 0.25
"""The answer credits under this share of the rubric's weight: under a quarter, as an answer
that may restate the question does (flags.could_restate); one that credits more answers the
question in part."""
OTHER_CLOSE_RATIO = 1 / 3
"""An answer at least three times as close to another question's reference as to its own ..."""
OTHER_CLOSE_COVERAGE = 0.5
"""... answers that question while it credits no more than half of the rubric's weight: the
concepts it credits are the topic's, which the neighbour's answer names too ("a generative
model learns the joint distribution ... like a GAN", given to "What is Generative AI?", credits
half of that rubric). buzz41: off_question.py 56 -> 59 of the 69 offq31 answers `missing`; no
train, dev or fresh-dev answer graded 3-5 has a ratio under 0.37 (train genai-115, whose
neighbour is 0.17 close) and none under 0.42 with a neighbour 0.2 close or closer."""
OTHER_QUESTION_CAP = 1.0
"""The grade (0-5) of an answer to another question: 0-1, as an interviewer gives it."""
# Chosen on the devset's train and dev splits with the off-question answers: ratios 0.4-0.6,
# similarities 0.15-0.25 and coverages 0.25-0.35 tried; at 0.5 / 0.2 / 0.25 none of the 543
# answers graded 3-5 is flagged, 54 of the 69 off-question answers are. (At coverage 0.3 a
# fresh-dev answer graded 3 was flagged: the three steps of RLHF, crediting 27% of the rubric
# of "How was RLHF applied to turn a pretrained model into a chat assistant?".)


@dataclass(frozen=True)
class OtherQuestions:
    """The references of the other questions of a question's topic, as one matrix (its own
    words left out of them, as they are of the answer), kept packed (packed_columns.py)."""

    texts: QuestionTexts
    owners: tuple[Question, ...]
    """The question each reference (row of `texts`) answers."""

    @classmethod
    def of(
        cls,
        question: Question,
        questions: Sequence[Question],
        vectors: Any,
    ) -> OtherQuestions | None:
        """The other questions of `question`'s topic among `questions` (None when it has no
        topic or no other question shares it). `vectors(reference)`: the (word, character)
        TF-IDF vectors of a reference's text, the question's own words left out."""
        others = [
            q for q in questions if q.id != question.id and q.topic and q.topic == question.topic
        ]
        references, owners = [], []
        for other in others:
            for reference in other.reference_answers:
                references.append(vectors(reference))
                owners.append(other)
        if not references:
            return None
        return cls(packed_texts(references), tuple(owners))

    def closest(
        self,
        words: FeatureSpace,
        chars: FeatureSpace,
        text: Text,
        q_stems: frozenset[str],
        whole: WholeAnswer | None = None,
    ) -> tuple[float, Question]:
        """The answer's similarity to the closest other question's reference, and that
        question (the first of equally close); `whole`, the answer's features as its own
        question's similarities weighted them with the same `q_stems`, when the caller has them
        (the same similarities, without weighting the answer again)."""
        if whole is not None:
            found = whole.to_references(self.texts)
        else:
            found = similarities(self.texts, words, chars, text, (), q_stems).references
        blended = [WORD_WEIGHT * w + (1 - WORD_WEIGHT) * c for w, c in found]
        best = max(range(len(blended)), key=blended.__getitem__)
        return blended[best], self.owners[best]


def packed_texts(references: Sequence[tuple[Any, Any]]) -> QuestionTexts:
    """`QuestionTexts.of(references)` with `to_references` packed (packed_columns.py): most of
    a reference's row is zeros, so it is kept packed, a fraction of the memory, and its columns
    are taken as the dense matrix's are (the same similarities, to the last bit). The packed
    entries are made from the references' vectors, without the dense matrix (speed50): each
    reference's weights in its row, their squares in its row among the second half, as
    `QuestionTexts.of` writes them."""
    import numpy as np

    keys, features = text_keys(references)
    count = len(references)
    columns = [features.searchsorted(k) for k in keys]
    weights = [np.concatenate((w[1], c[1])) for w, c in references]
    sizes = [k.size for k in keys]
    rows = np.repeat(np.arange(count, dtype=np.int64), sizes)
    values = np.concatenate(weights)
    packed = PackedColumns.of_entries(
        (2 * count, int(features.size)),
        np.concatenate((rows, rows + count)),
        np.concatenate((*columns, *columns)),
        np.concatenate((values, np.concatenate([v * v for v in weights]))),
    )
    return QuestionTexts(count, {}, features, packed, np.zeros((0, features.size)))


def answers_another(own: float, other: float, coverage: float) -> bool:
    """Whether an answer whose similarity to its question's references is `own`, to another
    question's `other`, crediting `coverage` of the rubric, answers that other question."""
    if other < OTHER_SIMILARITY:
        return False
    if coverage < OTHER_COVERAGE:
        return own < OTHER_RATIO * other
    return coverage <= OTHER_CLOSE_COVERAGE and own < OTHER_CLOSE_RATIO * other


def may_answer_another(coverage: float) -> bool:
    """Whether an answer crediting `coverage` of the rubric may answer another question (the
    closest other reference is looked up only then)."""
    return coverage <= OTHER_CLOSE_COVERAGE
