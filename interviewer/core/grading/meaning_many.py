"""The meaning match of many answers to one question at once: the same similarities as
`meaning.similarities` gives each answer, to the last bit, from one matrix of all their rows.

`similarities` spends most of its time in numpy's fixed cost per call (some forty calls on
arrays of a few hundred numbers). Here every answer's (row, feature) keys are made as there
(`meaning.answer_keys`), each answer's rows numbered after the previous answer's; then one sort,
one weighting, one look-up of the question's features and one sum per matrix serve them all,
and each answer is handed its part.

Why the floats are the same: every step is either elementwise (weights, IDF, the blend) or a
sum over one answer row's features in key order (the norms, by `np.bincount`, and the sums of
`meaning.blended_sums`, by `np.add.reduceat` over that row's own run of columns); a row's
features are the same and in the same order whatever rows stand beside it.
benchmarks/grade_identity.py and tests/grading/test_meaning_many.py check it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from .meaning import (
    ROW_GROUP,
    AnswerSimilarities,
    QuestionTexts,
    WholeAnswer,
    answer_keys,
    blended_sums,
    met,
    similarities,
    weighted,
)
from .similarity import WORD_WEIGHT, FeatureSpace
from .text import Text


def many_similarities(
    question: QuestionTexts,
    words: FeatureSpace,
    chars: FeatureSpace,
    answers: Sequence[tuple[Text, Sequence[tuple[int, int]]]],
    q_stems: frozenset[str],
) -> list[AnswerSimilarities]:
    """`similarities(question, words, chars, text, units, q_stems)` of each (text, units) of
    `answers`, in order."""
    import numpy as np

    parts, segments_of, bases = [], [], []
    base = 0
    for text, units in answers:
        keys, segments = answer_keys(question, words, chars, text, units, q_stems)
        if base:
            keys += 2 * base * ROW_GROUP  # this answer's rows come after the previous answers'
        parts.append(keys)
        segments_of.append(segments)
        bases.append(base)
        base += 1 + len(segments)
    count, rows_in_all = len(answers), base
    if not count:
        return []
    keys = np.concatenate(parts)
    group, feature, weights = weighted(words, chars, keys, 2 * rows_in_all)
    shared_groups, shared_weights, rows = met(question, group, feature, weights)
    # each whole answer's features, as `similarities` keeps them (its groups 0 and 1)
    firsts = 2 * np.asarray(bases, dtype=np.int64)
    whole_bounds = zip(
        firsts.tolist(),
        group.searchsorted(firsts).tolist(),
        group.searchsorted(firsts + 2).tolist(),
        strict=True,
    )
    wholes = [
        WholeAnswer(group[low:high] - first, feature[low:high], weights[low:high])
        for first, low, high in whole_bounds
    ]
    answer_row = shared_groups >> 1  # the row among all answers' rows
    owner = np.repeat(np.arange(count), [1 + len(s) for s in segments_of])  # answer of a row
    is_whole = np.zeros(rows_in_all, dtype=bool)
    is_whole[bases] = True
    whole = is_whole.take(answer_row)
    # the whole answers' rows meet the references: (answer, word or character) as the group
    at_whole = whole.nonzero()[0]
    whole_groups = 2 * owner.take(answer_row.take(at_whole)) + (shared_groups.take(at_whole) & 1)
    to_references = blended_sums(
        question.to_references,
        rows.take(at_whole),
        whole_groups,
        shared_weights.take(at_whole),
        2 * count,
    )
    references = to_references.reshape(-1, count, 2).transpose(1, 0, 2).tolist()
    # the segments' rows meet the descriptions: segments numbered across the answers
    at_segment = (~whole).nonzero()[0]
    segment_rows = answer_row.take(at_segment)
    segment_groups = 2 * (segment_rows - owner.take(segment_rows) - 1) + (
        shared_groups.take(at_segment) & 1
    )
    sims = blended_sums(
        question.to_descriptions,
        rows.take(at_segment),
        segment_groups,
        shared_weights.take(at_segment),
        2 * (rows_in_all - count),
    )
    by_column = WORD_WEIGHT * sims[:, 0::2] + (1 - WORD_WEIGHT) * sims[:, 1::2]
    found = []
    for k, ((text, _), segments) in enumerate(zip(answers, segments_of, strict=True)):
        first = bases[k] - k
        mine = by_column[:, first : first + len(segments)]
        best: list[tuple[float, int]] = []
        if segments:  # every column's closest segment at once (argmax: the first of equals)
            highest = np.maximum.reduce(mine, axis=1)
            best = list(zip(highest.tolist(), mine.argmax(axis=1).tolist(), strict=True))
        found.append(
            AnswerSimilarities(
                list(map(tuple, references[k])),
                segments,
                mine.T,
                question.columns,
                best,
                partial(similarities, question, words, chars, text, q_stems=q_stems),
                whole=wholes[k],
            )
        )
    return found
