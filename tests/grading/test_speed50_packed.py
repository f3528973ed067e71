"""The other questions' references are packed from their vectors, without the dense matrix
(speed50): the same packed entries, in the same order, as packing the dense matrix gave, so
the same similarities to the last bit."""

from __future__ import annotations

from functools import partial

import numpy as np

from interviewer.core.grading.meaning import QuestionTexts
from interviewer.core.grading.other_questions import packed_texts
from interviewer.core.grading.packed_columns import PackedColumns


def _same(ours: PackedColumns, dense: PackedColumns) -> None:
    assert ours.shape == dense.shape
    for name in ("starts", "rows", "values"):
        mine, theirs = getattr(ours, name), getattr(dense, name)
        assert mine.dtype == theirs.dtype, name
        assert np.array_equal(mine, theirs), name


def test_every_topic_packs_as_the_dense_matrix_did(genai, genai_grader):
    """For each question of the bundled bank with neighbours, its neighbours' references
    packed from their vectors equal the dense matrix of `QuestionTexts.of` packed, field by
    field; the columns and the row count too."""
    questions = list(genai)
    checked = 0
    for question in questions[::9]:
        if not question.topic or question.rubric == "star":
            continue
        prepared = genai_grader._prepare(question)
        vectors = partial(genai_grader._reference_vectors, q_stems=prepared.question_stems)
        references = [
            vectors(r)
            for other in questions
            if other.id != question.id and other.topic == question.topic
            for r in other.reference_answers
        ]
        if not references:
            continue
        dense = QuestionTexts.of(references)
        ours = packed_texts(references)
        assert ours.references == dense.references and ours.columns == {}
        assert np.array_equal(ours.features, dense.features)
        assert ours.to_descriptions.shape == dense.to_descriptions.shape
        _same(ours.to_references, PackedColumns.of(dense.to_references))
        checked += 1
    assert checked >= 10


def test_entries_pack_as_their_dense_matrix():
    """Entries given in any order, a zero among them, pack as the dense matrix they make."""
    rng = np.random.default_rng(50)
    dense = np.zeros((6, 40))
    rows, columns = np.nonzero(rng.random((6, 40)) < 0.2)
    dense[rows, columns] = rng.random(rows.size)
    dense[rows[0], columns[0]] = 0.0  # an entry given as zero is not stored
    values = dense[rows, columns]
    order = rng.permutation(rows.size)
    packed = PackedColumns.of_entries((6, 40), rows[order], columns[order], values[order])
    _same(packed, PackedColumns.of(dense))
    taken = np.array([3, 0, 39, 3])
    assert np.array_equal(packed.take(taken), dense.take(taken, axis=1))
