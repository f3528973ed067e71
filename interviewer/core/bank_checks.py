"""Near-duplicate prompts, found fast enough for banks of many thousand questions.

Candidates come from a nearest-neighbour index over character n-grams, so a bank of 10,000
questions is checked in seconds instead of comparing every pair.
"""

from __future__ import annotations

from collections.abc import Sequence

NEAR_DUPLICATE_NEIGHBOURS = 5
"""How many nearest prompts each prompt is compared with (the index's candidates)."""

SMALL_BANK_QUESTIONS, SMALL_BANK_CHARS = 500, 100_000
"""Below both, every pair of prompts is compared directly (no index to build, and no
scikit-learn import: 500 prompts take about 0.3 s, once, as loaded banks are cached)."""

COMMON_NGRAM_TEXTS = 1000
"""A 3-gram found in more prompts than this (or than 1 in 100, if more) is left out of the
neighbour index: it is in too many prompts to tell any two apart."""

NEIGHBOUR_BLOCK_ROWS = 256
"""Rows of the similarity product computed at once (bounds the memory it takes)."""

NEAR_DUPLICATE_REPORTS = 20
"""Near-duplicate problems listed one by one; the rest are counted in one last line."""


def near_duplicate_pairs(prompts: Sequence[str], threshold: float) -> list[tuple[int, int, float]]:
    """(earlier index, later index, similarity 0-100) for prompts that nearly repeat another.

    Each later prompt is reported once, against its most similar earlier prompt. Candidates
    come from a cosine nearest-neighbour index over character 3-grams (scikit-learn); the
    rapidfuzz token-sort ratio on those candidates only decides, as before.
    """
    from rapidfuzz import fuzz

    present = [i for i, p in enumerate(prompts) if p]
    if len(present) < 2:
        return []
    texts = [prompts[i] for i in present]
    candidates: dict[int, set[int]] = {}
    first_of: dict[str, int] = {}
    for row, text in enumerate(texts):
        if text in first_of:  # exact repeats: many ties could crowd the index's few neighbours
            candidates.setdefault(row, set()).add(first_of[text])
        else:
            first_of[text] = row
    for row, columns in enumerate(_neighbours(texts) if _needs_index(texts) else _everyone(texts)):
        for column in columns:
            if column != row:
                candidates.setdefault(max(row, column), set()).add(min(row, column))
    found: list[tuple[int, int, float]] = []
    for row in sorted(candidates):
        best: tuple[float, int] | None = None
        for column in sorted(candidates[row]):
            score = fuzz.token_sort_ratio(texts[column], texts[row])
            if score >= threshold and (best is None or score > best[0]):
                best = (score, column)
        if best is not None:
            found.append((present[best[1]], present[row], best[0]))
    return found


def _needs_index(texts: list[str]) -> bool:
    """Whether comparing every pair would be slow (small banks skip importing scikit-learn)."""
    return len(texts) > SMALL_BANK_QUESTIONS or sum(map(len, texts)) > SMALL_BANK_CHARS


def _everyone(texts: list[str]) -> list[list[int]]:
    return [list(range(len(texts))) for _ in texts]


def _neighbours(texts: list[str]) -> list[list[int]]:
    """For each text, the indexes of its nearest texts by character 3-gram TF-IDF cosine.

    The similarities come from a sparse product, a block of rows at a time, over the 3-grams
    that at most `COMMON_NGRAM_TEXTS` texts share (or 1 in 100): a 3-gram nearly every prompt
    holds ("wha", "hat") tells none apart, and keeping it made every prompt a neighbour of
    every other, a dense n x n comparison (63 s for a 37,000-question list). Each text's
    candidates are the texts sharing a kept 3-gram, the most similar first.
    """
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer

    common = max(COMMON_NGRAM_TEXTS, len(texts) // 100)
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 3),
        dtype=numpy.float32,
        max_df=common if common < len(texts) else 1.0,
    )
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # no 3-gram at all (or only common ones): exact repeats only
        return [[] for _ in texts]
    transposed = matrix.T.tocsr()
    k = NEAR_DUPLICATE_NEIGHBOURS + 1
    found: list[list[int]] = []
    for start in range(0, len(texts), NEIGHBOUR_BLOCK_ROWS):
        block = (matrix[start : start + NEIGHBOUR_BLOCK_ROWS] @ transposed).tocsr()
        for row in range(block.shape[0]):
            low, high = block.indptr[row], block.indptr[row + 1]
            columns, scores = block.indices[low:high], block.data[low:high]
            if len(columns) > k:
                columns = columns[numpy.argpartition(-scores, k - 1)[:k]]
            found.append(columns.tolist())
    return found
