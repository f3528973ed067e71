"""The answer's similarity to a question's texts, all at once: the references and, clause by
clause, the concepts' descriptions (the meaning match).

Every text is a pair of TF-IDF vectors, word and character n-grams (similarity.py), and every
similarity is cosine blended with recall (the share of the reference's TF-IDF mass the answer
holds: it does not punish saying more, and the cosine keeps padding from paying). A
question's references and descriptions are kept as matrices over the features they use
(`QuestionTexts`, made once per question). An answer becomes one matrix too: the whole answer
and each of its segments, a row per feature space; one gather then gives every similarity the
grader needs (the whole answer's to the references, each segment's to the descriptions),
instead of one small sparse dot product per (segment, description) pair.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

from .packed_columns import PackedColumns
from .similarity import RECALL_SHARE, WORD_WEIGHT, FeatureSpace, word_ngrams
from .text import Text

Closest = tuple[float, int, int]
"""(similarity, first word, last word) of the answer's segment closest to a description."""

_STRIDE = 1 << 32
"""Feature ids stay below this; a character n-gram's id is kept as `_STRIDE` + its id, so
both feature spaces share one row of keys."""
_GROUP_BITS = 33
ROW_GROUP = 1 << _GROUP_BITS
"""An answer's (row, feature) key is group * `ROW_GROUP` + feature (see `similarities`): a power
of two, so that the group and the feature are a shift and a mask away."""


@dataclass(frozen=True)
class QuestionTexts:
    """A question's references and concept descriptions as matrices over the features they
    use: the whole answer is compared only with the references, and its segments only with the
    descriptions."""

    references: int
    """How many references there are (the rows of `to_references`, in order)."""
    columns: dict[int, int]
    """id() of a description's key object (its prepared concept) -> its column."""
    features: Any
    """Sorted keys of the features of any reference or description (character n-grams offset
    by `_STRIDE`)."""
    to_references: Any
    """(reference, feature) -> TF-IDF weight; each reference's word part and character part
    are each L2-normalised; then the same weights squared, one row each (an answer row's recall
    of a reference is their sum over its features): both halves are gathered in one step.
    A text is a row, so that an answer's features are gathered, weighted and summed along
    contiguous memory (`blended_sums`)."""
    to_descriptions: Any
    """The same for the descriptions. Both matrices have a column for every feature of either:
    a sum over the same features (the zeros too) is the same float, to the last bit, as before
    the two were kept apart."""

    @classmethod
    def of(
        cls,
        references: Sequence[tuple[Any, Any]],
        descriptions: Sequence[tuple[object, tuple[Any, Any]]] = (),
    ) -> QuestionTexts:
        """From the (word vector, character vector) of each reference, and (key object,
        vectors) of each description."""
        import numpy as np

        vectors = [*references, *(v for _, v in descriptions)]
        keys, features = text_keys(vectors)
        offset = len(references)
        # each text's weights, then the same squared (one row each), written in place: the
        # same floats as squaring a dense copy, without building and transposing one
        matrices = (
            np.zeros((2 * offset, features.size)),
            np.zeros((2 * len(descriptions), features.size)),
        )
        for k, ((_, word_weights), (_, char_weights)) in enumerate(vectors):
            matrix, row = (matrices[0], k) if k < offset else (matrices[1], k - offset)
            count = matrix.shape[0] // 2
            columns = features.searchsorted(keys[k])
            weights = np.concatenate((word_weights, char_weights))
            matrix[row, columns] = weights
            matrix[count + row, columns] = weights * weights
        return cls(
            offset, {id(key): k for k, (key, _) in enumerate(descriptions)}, features, *matrices
        )


def text_keys(vectors: Sequence[tuple[Any, Any]]) -> tuple[list[Any], Any]:
    """Each text's feature keys, from its (word vector, character vector): its word ids, then
    its character ids offset by `_STRIDE`; and the sorted keys of all the texts, once each (the
    columns of `QuestionTexts`)."""
    import numpy as np

    keys = [np.concatenate((w[0], c[0] + _STRIDE)) for w, c in vectors]
    features = np.unique(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)
    return keys, features


@dataclass(frozen=True, slots=True)
class WholeAnswer:
    """The whole answer's features (its content words, the question's own left out) and their
    TF-IDF weights, as `similarities` weighted them: what its similarity to other references
    needs (other_questions.py), without reading and weighting the answer again (speed43)."""

    group: Any
    """0 for a word feature, 1 for a character one (ascending)."""
    feature: Any
    """Each feature's id (a character n-gram's offset by `_STRIDE`), ascending per group."""
    weights: Any
    """Each feature's weight, normalised per group."""

    def to_references(self, question: QuestionTexts) -> list[tuple[float, float]]:
        """(word, character) similarity of the whole answer to each of `question`'s references:
        `similarities(question, ...).references` of the same answer, to the last bit (the same
        features and weights, summed in the same order)."""
        group, weights, rows = met(question, self.group, self.feature, self.weights)
        summed = blended_sums(question.to_references, rows, group, weights, 2)
        return list(map(tuple, summed.tolist()))


@dataclass(frozen=True)
class AnswerSimilarities:
    """An answer's similarities to a question's texts (see `similarities`)."""

    references: list[tuple[float, float]]
    """(word, character) similarity of the whole answer to each reference."""
    segments: list[tuple[int, int]]
    """(first, last) word of each segment that holds content words."""
    meaning: Any
    """(segment, column) -> blended similarity of the segment to each column's text (a
    transposed view of a (column, segment) array)."""
    columns: dict[int, int]
    best: list[tuple[float, int]] = field(default_factory=list)
    """For each column: (the highest similarity of a segment, the first segment with it)."""
    of_units: Callable[[Sequence[tuple[int, int]]], AnswerSimilarities] | None = field(
        default=None, repr=False, compare=False
    )
    """The same answer's similarities with other units than its segments (`unit_similarities`)."""
    _of_units: dict[tuple[tuple[int, int], ...], Any] = field(
        default_factory=dict, repr=False, compare=False
    )
    """`of_units` of each list of units asked for: several concepts ask for the same clauses."""
    whole: WholeAnswer | None = field(default=None, repr=False, compare=False)
    """The whole answer's weighted features, for its similarity to other texts (`WholeAnswer`)."""

    def closest(self, key: object) -> Closest | None:
        """The segment closest to the description of `key`: (similarity, first word, last
        word), or None when no segment holds content words. The first of equally close
        segments wins."""
        if not self.segments:
            return None
        similarity, best = self.best[self.columns[id(key)]]
        first, last = self.segments[best]
        return similarity, first, last

    def unit_similarities(self, key: object, units: Sequence[tuple[int, int]]) -> list[float]:
        """The similarity of each of some units of the answer (its clauses), each holding
        content words, to the description of `key`, by the measure a segment's is: all the
        units at once, and only when feedback asks (nearest.py)."""
        if self.of_units is None:
            return [0.0] * len(units)
        found = self._of_units.get(tuple(units))
        if found is None:
            found = self._of_units[tuple(units)] = self.of_units(units).meaning
        return cast(list[float], found[:, self.columns[id(key)]].tolist())


def _kept(indices: list[int], stems: list[str], q_stems: frozenset[str]) -> list[int]:
    """The words a vector is made of: the question's own left out, unless nothing else is."""
    return [i for i in indices if stems[i] not in q_stems] or indices


def answer_keys(
    question: QuestionTexts,
    words: FeatureSpace,
    chars: FeatureSpace,
    text: Text,
    units: Sequence[tuple[int, int]],
    q_stems: frozenset[str],
) -> tuple[Any, list[tuple[int, int]]]:
    """Every (answer row, feature) of the answer as one key, unsorted (see `similarities`),
    and the (first, last) word of each unit (segment) that holds content words: row 0 is the
    whole answer, row k its k-th such segment."""
    import numpy as np

    stems, text_words = text.stems, text.words
    content = text.content  # ascending: a unit's content words are one slice of it
    whole = _kept(content, stems, q_stems)
    # A segment's words are most often the whole answer's words that stand in it: then its
    # row reuses their features (relabelled) instead of computing them again. A segment with
    # none of them holds only the question's own words, kept apart (see `_kept`).
    label = [0] * len(whole)
    segments: list[tuple[int, int]] = []
    apart: list[tuple[int, list[int]]] = []
    if len(question.columns):
        for first, last in units:
            low, high = bisect_left(content, first), bisect_right(content, last)
            if low == high:
                continue
            segments.append((first, last))
            row = len(segments)
            low_whole, high_whole = bisect_left(whole, first), bisect_right(whole, last)
            if low_whole < high_whole:
                label[low_whole:high_whole] = [row] * (high_whole - low_whole)
            else:
                apart.append((row, content[low:high]))
    m = len(whole)
    # every (answer row, feature) as one key: group * ROW_GROUP + feature, where group is 2 x the
    # row for its words and 2 x the row + 1 for its characters (offset by _STRIDE)
    whole_ids = np.asarray(words.ids(word_ngrams([stems[i] for i in whole])), dtype=np.int64)
    key_parts = [whole_ids]
    offsets = np.zeros(0, dtype=np.int64)
    if segments:
        # the same unigrams and bigrams, each in its segment's row; a bigram across two
        # segments belongs to neither
        offsets = np.asarray(label, dtype=np.int64) * (2 * ROW_GROUP)
        key_parts.append(whole_ids[:m] + offsets)
        bigrams = whole_ids[m:] + offsets[:-1]
        key_parts.append(bigrams[offsets[:-1] == offsets[1:]])
    apart_rows: list[int] = []
    for row, kept in apart:
        row_ids = words.ids(word_ngrams([stems[i] for i in kept]))
        key_parts.append(np.asarray(row_ids, dtype=np.int64) + 2 * row * ROW_GROUP)
        apart_rows.extend([row] * len(kept))
    char_ids = chars._word_ids
    positions = whole + [i for _, kept in apart for i in kept]
    try:  # most often every word's character ids are known: one C-level map, no test each
        pieces = list(map(char_ids.__getitem__, map(text_words.__getitem__, positions)))
    except KeyError:
        pieces = [chars.word_ids(text_words[i]) for i in positions]
    sizes = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    char_all = np.concatenate(pieces)
    char_all += _STRIDE + ROW_GROUP  # the whole answer's characters: group 1
    whole_chars = int(np.add.reduce(sizes[:m]))
    whole_char_keys = char_all[:whole_chars]
    key_parts.append(char_all)
    if apart_rows:
        key_parts[-1] = whole_char_keys
        apart_offsets = 2 * ROW_GROUP * np.asarray(apart_rows, dtype=np.int64)
        key_parts.append(char_all[whole_chars:] + apart_offsets.repeat(sizes[m:]))
    if segments:
        key_parts.append(whole_char_keys + offsets.repeat(sizes[:m]))
    return np.concatenate(key_parts), segments


def similarities(
    question: QuestionTexts,
    words: FeatureSpace,
    chars: FeatureSpace,
    text: Text,
    units: Sequence[tuple[int, int]],
    q_stems: frozenset[str],
) -> AnswerSimilarities:
    """The similarities of the whole answer (its content words) to each reference, and of each
    unit (segment) to each description."""
    import numpy as np

    keys, segments = answer_keys(question, words, chars, text, units, q_stems)
    n = 1 + len(segments)
    group, feature, weights = weighted(words, chars, keys, 2 * n)
    shared_groups, shared_weights, rows = met(question, group, feature, weights)
    at = int(group.searchsorted(2))  # the whole answer's rows (groups 0 and 1) come first
    whole = WholeAnswer(group[:at], feature[:at], weights[:at])
    # where each answer row's shared features start, for both sums at once
    size = shared_groups.size
    change = np.empty(size, dtype=bool)
    change[:1] = True
    np.not_equal(shared_groups[1:], shared_groups[:-1], out=change[1:])
    starts = change.nonzero()[0]
    split = int(shared_groups.searchsorted(2))
    first_segment = int(starts.searchsorted(split))
    to_references = blended_sums(
        question.to_references,
        rows[:split],
        shared_groups[:split],
        shared_weights[:split],
        2,
        starts[:first_segment],
    )
    references = list(map(tuple, to_references.tolist()))
    sims = blended_sums(
        question.to_descriptions,
        rows[split:],
        shared_groups[split:] - 2,
        shared_weights[split:],
        2 * len(segments),
        starts[first_segment:] - split,
    )
    by_column = WORD_WEIGHT * sims[:, 0::2] + (1 - WORD_WEIGHT) * sims[:, 1::2]
    best: list[tuple[float, int]] = []
    if segments:  # every column's closest segment at once (argmax: the first of equals)
        highest = np.maximum.reduce(by_column, axis=1)
        best = list(zip(highest.tolist(), by_column.argmax(axis=1).tolist(), strict=True))
    return AnswerSimilarities(
        references,
        segments,
        by_column.T,
        question.columns,
        best,
        partial(similarities, question, words, chars, text, q_stems=q_stems),
        whole=whole,
    )


def weighted(
    words: FeatureSpace, chars: FeatureSpace, keys: Any, groups: int
) -> tuple[Any, Any, Any]:
    """The features of `keys` (answer rows' word and character keys, sorted here), once each:
    their row groups (ascending), their feature ids and their TF-IDF weights normalised per
    group (of `groups`). Shared by one answer's similarities and a batch's (`meaning_many`),
    which must agree to the last bit."""
    import numpy as np

    keys.sort()
    size = keys.size
    edges = np.empty(size + 1, dtype=bool)
    edges[0] = edges[size] = True
    np.not_equal(keys[1:], keys[:-1], out=edges[1:size])
    bounds = edges.nonzero()[0]
    unique = keys[bounds[:-1]]
    group = unique >> _GROUP_BITS
    feature = unique & (ROW_GROUP - 1)
    is_char = feature >= _STRIDE
    idf = np.where(
        is_char,
        chars.idf.take(feature - _STRIDE, mode="clip"),
        words.idf.take(feature, mode="clip"),
    )
    weights = words.term_frequency(bounds[1:] - bounds[:-1]) * idf
    norms = np.sqrt(np.bincount(group, weights * weights, minlength=groups))
    weights /= norms[group]
    return group, feature, weights


def met(question: QuestionTexts, group: Any, feature: Any, weights: Any) -> tuple[Any, Any, Any]:
    """Of the weighted features (`weighted`), those the question's texts hold: their groups,
    their weights and the question rows they meet."""
    import numpy as np

    # every feature shared with the question, once; the whole answer's rows (groups 0 and 1)
    # come first: they meet the references, the segments' rows the descriptions
    # (array methods and ufuncs rather than numpy's functions: the same results, without the
    # Python wrappers, which cost more than the work on arrays this small)
    shared = rows = np.zeros(0, dtype=np.int64)
    features = question.features
    if features.size:
        at = features.searchsorted(feature)
        np.minimum(at, features.size - 1, out=at)
        shared = (features.take(at) == feature).nonzero()[0]
        rows = at.take(shared)
    return group.take(shared), weights.take(shared), rows


def blended_sums(
    matrix: Any, rows: Any, group: Any, weights: Any, count: int, starts: Any = None
) -> Any:
    """(column, answer row) -> cosine blended with recall, for the columns of a question's
    `matrix` (a row per text's weights, then one per its squared weights) and `count` answer
    rows: `rows` are the matrix columns of the answer's shared features, `group` their answer
    rows (ascending) and `weights` their weights in the answer; `starts`, where each answer
    row's features start in them, when the caller has it."""
    import numpy as np

    columns = matrix.shape[0] // 2
    if not rows.size or not columns:
        return np.zeros((columns, count))
    # sums over the shared features of each row (sorted by row), without a matrix product:
    # BLAS threads cost more than they save on matrices this small. Every sum runs along
    # contiguous memory, as numpy's pairwise sum does along a column of the other layout:
    # the same order, so the same floats to the last bit.
    if starts is None:
        starts = np.concatenate(([True], group[1:] != group[:-1])).nonzero()[0]
    if isinstance(matrix, PackedColumns):  # another question's references: the same block
        shared = matrix.take(rows)
    else:
        shared = matrix.take(rows, axis=1, mode="clip")  # `rows` are in range: no check needed
    shared[:columns] *= weights
    summed = np.add.reduceat(shared, starts, axis=1)
    np.minimum(summed, 1.0, out=summed)
    blended = (1 - RECALL_SHARE) * summed[:columns] + RECALL_SHARE * summed[columns:]
    if starts.size == count:  # every answer row shares a feature: they are in order
        return blended
    sims = np.zeros((columns, count))
    sims[:, group.take(starts)] = blended
    return sims
