"""The TF-IDF feature space: word and character n-grams as ids, IDF weights, similarity."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any, cast

from .text import Text

RECALL_SHARE = 0.5
"""Share of reference recall (vs cosine) in each similarity."""
WORD_WEIGHT = 0.3
"""Share of word n-grams (vs character n-grams) in the similarity."""


def word_ngrams(stems: Sequence[str]) -> list[str]:
    """The word features of a text: each stem, then each pair of adjacent stems."""
    features = list(stems)
    features.extend(map(" ".join, zip(stems, stems[1:], strict=False)))  # C calls: no Python step
    return features


CHAR_SIZES = (3, 4, 5)
"""Character n-gram sizes (inside word boundaries), so a misspelt word still shares most."""

_char_cache: dict[str, tuple[str, ...]] = {}


def _word_char_features(word: str) -> tuple[str, ...]:
    found = _char_cache.get(word)
    if found is None:
        padded = f" {word} "
        n = len(padded)
        grams = [padded[i : i + size] for size in CHAR_SIZES for i in range(n - size + 1)]
        found = tuple(grams) if grams else (padded,)
        if len(_char_cache) < 200_000:
            _char_cache[word] = found
    return found


def char_ngrams(words: Sequence[str]) -> list[str]:
    """The character features of a text: each word's `CHAR_SIZES` n-grams, padded by a space."""
    features: list[str] = []
    for word in words:
        features.extend(_word_char_features(word))
    return features


class FeatureSpace:
    """Features (word or character n-grams) as integer ids, with their IDF, for fast vectors.

    Ids below `size` are the fitted features; a feature never seen in fitting gets an id above
    them (the same one within an answer, which is all that matters) and the IDF `unseen`.
    """

    def __init__(self, vocabulary: dict[str, int], idf: object, unseen: float) -> None:
        import numpy as np

        self.vocabulary = vocabulary
        self.size = len(vocabulary)
        self.idf = np.append(np.asarray(idf, dtype=np.float64), unseen)
        """IDF by id; ids from `size` on (never seen in fitting) all have the IDF `unseen`."""
        self.unseen = unseen
        self._tf = 1.0 + np.log(np.arange(1, 257, dtype=np.int64))
        """Sublinear term frequency by count - 1 (grown when an answer needs more)."""
        self._overflow: dict[str, int] = {}
        self._known = dict(vocabulary)
        """The fitted features and those given an id since (`_overflow`): one look-up each."""
        self._word_ids: dict[str, Any] = {}

    def ids(self, features: Iterable[str]) -> list[int]:
        if not isinstance(features, list):
            features = list(features)
        # one C-level map (dict.get with the default -1 beside each feature)
        result = list(map(self._known.get, features, repeat(-1, len(features))))
        if -1 in result:
            overflow, known = self._overflow, self._known
            for i in [i for i, found in enumerate(result) if found == -1]:
                feature = features[i]
                found = known.get(feature)  # met earlier in this same list
                if found is None:
                    found = overflow[feature] = known[feature] = self.size + 1 + len(overflow)
                result[i] = found
            if self.size + 1 + len(overflow) > self.idf.size:
                import numpy as np

                more = max(self.idf.size, self.size + 1 + len(overflow) - self.idf.size)
                self.idf = np.append(self.idf, np.full(more, self.unseen))
        return result

    def word_ids(self, word: str) -> object:
        """The ids of a word's character n-grams (cached per word)."""
        found = self._word_ids.get(word)
        if found is None:
            import numpy as np

            found = np.array(self.ids(_word_char_features(word)), dtype=np.int64)
            self._word_ids[word] = found
        return found

    def forget(self) -> bool:
        """Drop the caches when they grow large (only between answers: ids change)."""
        if len(self._overflow) > 500_000 or len(self._word_ids) > 200_000:
            for feature in self._overflow:
                del self._known[feature]
            self._overflow.clear()
            self._word_ids.clear()
            return True
        return False

    def term_frequency(self, counts: Any) -> Any:
        """Sublinear term frequency, 1 + log(count), of each count (an array of counts >= 1)."""
        import numpy as np

        largest = int(np.maximum.reduce(counts)) if counts.size else 0
        if largest > self._tf.size:
            self._tf = 1.0 + np.log(np.arange(1, 2 * largest + 1, dtype=np.int64))
        return self._tf[counts - 1]

    def vector(self, ids: object) -> tuple[object, object]:
        """Sublinear TF-IDF weights, L2-normalised: (sorted ids, weights)."""
        import numpy as np

        ids = np.sort(np.asarray(ids, dtype=np.int64))
        n = ids.size
        if n == 0:
            return ids, np.zeros(0)
        if n > self._tf.size:
            self._tf = 1.0 + np.log(np.arange(1, 2 * n + 1, dtype=np.int64))
        edges = np.empty(n + 1, dtype=bool)
        edges[0] = edges[n] = True
        np.not_equal(ids[1:], ids[:-1], out=edges[1:n])
        bounds = np.flatnonzero(edges)
        unique = ids[bounds[:-1]]
        # tf[count - 1] = 1 + log(count); the idf of an unseen feature is `unseen`
        weights = self._tf[bounds[1:] - bounds[:-1] - 1] * self.idf[unique]
        norm = math.sqrt(float(weights @ weights))
        return unique, weights / norm


def text_vectors(
    words: FeatureSpace,
    chars: FeatureSpace,
    text: Text,
    indices: Sequence[int],
    q_stems: frozenset[str],
) -> tuple[Any, Any]:
    """Word and character TF-IDF vectors of some of a text's words (the question's own words
    left out, unless nothing else is left)."""
    import numpy as np

    kept = [i for i in indices if text.stems[i] not in q_stems] or list(indices)
    word_vec = words.vector(words.ids(word_ngrams([text.stems[i] for i in kept])))
    cached, text_words = chars._word_ids.get, text.words
    pieces = [cached(text_words[i]) for i in kept]
    if any(piece is None for piece in pieces):
        pieces = [chars.word_ids(text_words[i]) for i in kept]
    char_vec = chars.vector(np.concatenate(cast(list[Any], pieces)) if pieces else [])
    return word_vec, char_vec


def fit_idf(documents: list[list[str]]) -> FeatureSpace:
    """Smoothed IDF per feature (scikit-learn's formula), and the IDF of an unseen feature."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(analyzer=lambda features: features, binary=True)
    matrix = counter.fit_transform(documents)
    n = matrix.shape[0]
    df = np.asarray(matrix.sum(axis=0)).ravel()
    idf = np.log((1 + n) / (1 + df)) + 1.0
    vocabulary = {feature: int(column) for feature, column in counter.vocabulary_.items()}
    return FeatureSpace(vocabulary, idf, math.log(1 + n) + 1.0)
