"""The batched similarities equal the pair-by-pair ones they replace, and pick the same clause."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.meaning import QuestionTexts, similarities
from interviewer.core.grading.similarity import RECALL_SHARE, WORD_WEIGHT, text_vectors
from interviewer.core.grading.text import Text

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def genai():
    bank = Catalog(None).find("genai")
    return bank, Grader(bank).fit()


def _pair_similarity(answer, reference) -> float:
    """The similarity of one pair of vectors as meaning.py defines it, spelt out: cosine
    blended with recall, the share of the reference's TF-IDF mass the answer contains."""
    a_ids, a_weights = answer
    r_ids, r_weights = reference
    if a_ids.size == 0 or r_ids.size == 0:
        return 0.0
    at = np.searchsorted(a_ids, r_ids)
    np.minimum(at, a_ids.size - 1, out=at)
    hit = a_ids[at] == r_ids
    shared = r_weights[hit]
    cosine = min(1.0, float(a_weights[at[hit]] @ shared))
    recall = min(1.0, float(shared @ shared))
    return (1 - RECALL_SHARE) * cosine + RECALL_SHARE * recall


def _pairwise(grader, question, answer):
    """The similarities computed one pair at a time, as the grader did before batching."""
    words, chars = grader._words, grader._chars
    q_stems = frozenset(Text.of(question.prompt, canon=grader.canon).content_stems())
    references = []
    for reference in question.reference_answers:
        ref = Text.of(reference, canon=grader.canon)
        references.append(text_vectors(words, chars, ref, ref.content, q_stems))
    described = []
    for concept in question.concepts:
        if concept.description:
            text = Text.of(concept.description, canon=grader.canon)
            described.append((concept, text_vectors(words, chars, text, text.content, q_stems)))
    text = Text.of(answer, canon=grader.canon)
    whole = text_vectors(words, chars, text, text.content, q_stems)
    to_references = [
        (_pair_similarity(whole[0], r[0]), _pair_similarity(whole[1], r[1])) for r in references
    ]
    content = set(text.content)
    segments = []
    for first, last in Structure.of(text).units("segment"):
        indices = [i for i in range(first, last + 1) if i in content]
        if indices:
            segments.append(((first, last), text_vectors(words, chars, text, indices, q_stems)))
    meaning = [
        [
            WORD_WEIGHT * _pair_similarity(s[0], d[0])
            + (1 - WORD_WEIGHT) * _pair_similarity(s[1], d[1])
            for _, d in described
        ]
        for _, s in segments
    ]
    batched = similarities(
        QuestionTexts.of(references, described),
        words,
        chars,
        text,
        Structure.of(text).units("segment"),
        q_stems,
    )
    return to_references, [span for span, _ in segments], meaning, described, batched


def test_batched_similarities_equal_the_pairwise_ones_on_the_development_set(genai):
    bank, grader = genai
    rows = yaml.safe_load((DATA / "devset.yaml").read_text(encoding="utf-8"))["answers"]
    checked = 0
    for row in rows[::10]:
        question = bank.get(row["question_id"])
        references, segments, meaning, described, batched = _pairwise(
            grader, question, row["answer"]
        )
        assert batched.segments == segments
        for (word, char), (b_word, b_char) in zip(references, batched.references, strict=True):
            assert b_word == pytest.approx(word, abs=1e-12)
            assert b_char == pytest.approx(char, abs=1e-12)
        for k, (concept, _) in enumerate(described):
            column = batched.columns[id(concept)]
            for s in range(len(segments)):
                assert batched.meaning[s, column] == pytest.approx(meaning[s][k], abs=1e-12)
                checked += 1
            if segments:  # the closest segment: the first with the column's highest value
                values = [float(batched.meaning[s, column]) for s in range(len(segments))]
                first, last = segments[values.index(max(values))]
                assert batched.closest(concept) == (max(values), first, last)
    assert checked > 500


def test_the_closest_segment_is_the_first_of_equally_close_ones(genai):
    bank, grader = genai
    question = next(q for q in bank if any(c.description for c in q.concepts))
    concept = next(c for c in question.concepts if c.description)
    said = concept.description.rstrip(".")
    answer = f"{said}. Something unrelated about databases. {said}."
    *_, batched = _pairwise(grader, question, answer)
    similarity, first, last = batched.closest(concept)
    text = Text.of(answer)
    assert text.quote(first, last) == said
    assert first == 0
    assert similarity > 0.9


def test_an_answer_of_question_words_only_is_compared_by_those_words(genai):
    bank, grader = genai
    question = next(q for q in bank if any(c.description for c in q.concepts))
    references, segments, meaning, described, batched = _pairwise(grader, question, question.prompt)
    assert segments
    for k, (concept, _) in enumerate(described):
        found = batched.closest(concept)
        assert found is not None
        assert found[0] == pytest.approx(max(row[k] for row in meaning), abs=1e-12)
    assert [x for pair in batched.references for x in pair] == pytest.approx(
        [x for pair in references for x in pair], abs=1e-12
    )


def test_the_sums_equal_a_plain_loop_on_random_rows():
    import numpy as np

    from interviewer.core.grading.meaning import blended_sums
    from interviewer.core.grading.similarity import RECALL_SHARE

    rng = np.random.default_rng(7)
    for _ in range(200):
        features, columns, count = rng.integers(1, 40), rng.integers(0, 6), rng.integers(1, 8)
        weights = rng.random((features, columns)) * (rng.random((features, columns)) < 0.4)
        matrix = np.vstack((weights.T, (weights * weights).T))
        size = int(rng.integers(0, 30))
        rows = rng.integers(0, features, size)
        group = np.sort(rng.integers(0, count, size))
        answer = rng.random(size)
        expected = np.zeros((count, columns))
        for g in range(count):
            for c in range(columns):
                mine = group == g
                cosine = float(answer[mine] @ weights[rows[mine], c])
                recall = float(weights[rows[mine], c] @ weights[rows[mine], c])
                expected[g, c] = (1 - RECALL_SHARE) * min(1.0, cosine) + RECALL_SHARE * min(
                    1.0, recall
                )
        found = blended_sums(matrix, rows, group, answer, int(count)).T
        assert found == pytest.approx(expected, abs=1e-12)


def test_the_sums_are_the_same_floats_as_in_the_feature_by_text_layout():
    """Summed along a text's row, each sum is the float numpy's pairwise sum gives down a
    column of a (feature, text) matrix (the layout before): grades stay identical."""
    import numpy as np

    from interviewer.core.grading.meaning import blended_sums
    from interviewer.core.grading.similarity import RECALL_SHARE

    rng = np.random.default_rng(11)
    for _ in range(200):
        features, columns, count = rng.integers(1, 300), rng.integers(1, 12), rng.integers(1, 8)
        weights = rng.random((features, columns)) * (rng.random((features, columns)) < 0.3)
        size = int(rng.integers(1, 400))
        rows = rng.integers(0, features, size)
        group = np.sort(rng.integers(0, count, size))
        answer = rng.random(size)
        starts = np.concatenate(([True], group[1:] != group[:-1])).nonzero()[0]
        before = np.hstack((weights, weights * weights)).take(rows, axis=0)
        before[:, :columns] *= answer[:, None]
        summed = np.minimum(np.add.reduceat(before, starts, axis=0), 1.0)
        expected = np.zeros((count, columns))
        expected[group.take(starts)] = (1 - RECALL_SHARE) * summed[:, :columns] + RECALL_SHARE * (
            summed[:, columns:]
        )
        matrix = np.ascontiguousarray(np.vstack((weights.T, (weights * weights).T)))
        assert (
            blended_sums(matrix, rows, group, answer, int(count)).T.tobytes() == expected.tobytes()
        )


def test_the_whole_answer_meets_the_references_and_its_segments_the_descriptions(genai):
    bank, grader = genai
    question = next(q for q in bank if any(c.description for c in q.concepts))
    texts = grader._prepare(question).texts
    assert texts.to_references.shape[0] == 2 * len(question.reference_answers)
    assert texts.to_descriptions.shape[0] == 2 * len(texts.columns)
    assert texts.to_references.shape[1] == texts.to_descriptions.shape[1] == texts.features.size


def test_the_similarities_of_other_units_equal_the_pairwise_ones(genai):
    bank, grader = genai
    rows = yaml.safe_load((DATA / "devset.yaml").read_text(encoding="utf-8"))["answers"]
    for row in rows[::40]:
        question = bank.get(row["question_id"])
        *_, described, batched = _pairwise(grader, question, row["answer"])
        text = Text.of(row["answer"], canon=grader.canon)
        q_stems = frozenset(Text.of(question.prompt, canon=grader.canon).content_stems())
        content = set(text.content)
        clauses = [
            (first, last)
            for first, last in Structure.of(text).units("clause")
            if content & set(range(first, last + 1))
        ]
        for concept, vectors in described:
            expected = []
            for first, last in clauses:
                indices = [i for i in range(first, last + 1) if i in content]
                w, c = text_vectors(grader._words, grader._chars, text, indices, q_stems)
                expected.append(
                    WORD_WEIGHT * _pair_similarity(w, vectors[0])
                    + (1 - WORD_WEIGHT) * _pair_similarity(c, vectors[1])
                )
            found = batched.unit_similarities(concept, clauses)
            assert found == pytest.approx(expected, abs=1e-12)
