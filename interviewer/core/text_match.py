"""Words of an answer matched to phrases: cleaning, stemming, typo tolerance, evidence, negation."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_ANALYSED_CHARS = 20_000
"""Only this many characters of an answer are analysed; the rest is ignored (and flagged)."""

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

_STOP_WORDS_TEXT = """a about above after again against all also am an and any are aren't as at
    be because been before being below between both but by can can't cannot could couldn't did
    didn't do does
    doesn't doing don't down during each etc few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've ie eg if in into is isn't it it's its itself just let's like may me might
    more most much must mustn't my myself no nor not of off on once only or other ought our ours
    ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than
    that that's the their theirs them themselves then there there's these they they'd they'll
    they're they've this those through thus to too under until up upon us very via was wasn't we
    we'd we'll we're we've were weren't what what's when when's where where's whether which while
    who who's whom why why's will with won't would wouldn't yet you you'd you'll you're you've
    your yours yourself yourselves one ones thing things something way ways really basically
    simply used use uses using"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
"""Function words: they carry no credit and mark a sentence (as opposed to a keyword list)."""

_NEGATIONS_TEXT = "not no never nor cannot can't doesn't don't isn't aren't won't wasn't weren't"
_NEGATIONS = frozenset(_NEGATIONS_TEXT.split()) | {"without", "neither", "hardly"}
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?,()\[\]\n\u2013\u2014]")
"""Punctuation that ends the reach of a "not": "harms without bad intent: hallucinated facts"."""
_CONTRASTS = frozenset("but whereas although though however unlike instead".split())


# ---------------------------------------------------------------------------------------------
# Text


def clean_text(text: object, limit: int = MAX_ANALYSED_CHARS) -> str:
    """Lower-case, NFKC-normalised text without control characters, cut to `limit` characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[:limit]
    if not text.isascii():  # ASCII is already valid UTF-8 and NFKC-normal
        text = text.encode("utf-8", "replace").decode("utf-8")
        text = unicodedata.normalize("NFKC", text)
    return _CONTROL_RE.sub(" ", text).lower()


def stem(word: str) -> str:
    """A light suffix-stripper: enough to make 'predicts', 'predicted', 'predicting' agree."""
    if len(word) <= 3 or not word.isascii():
        return word
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    if word.endswith("ed") and len(word) > 4:
        return word[:-2]
    if word.endswith("es") and len(word) > 4 and word[-3] in "sxz":
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_stem_cache: dict[str, str] = {}


def _stem(word: str) -> str:
    found = _stem_cache.get(word)
    if found is None:
        found = stem(word)
        if len(_stem_cache) < 200_000:
            _stem_cache[word] = found
    return found


@dataclass
class _Text:
    """A piece of text split into words, with the content words and their stems."""

    raw: str
    words: list[str]
    content: list[int]
    """Indices (into words) of the content words."""
    stems: list[str]
    """The stem of every word."""

    @classmethod
    def of(cls, text: object) -> _Text:
        raw = clean_text(text)
        words = _WORD_RE.findall(raw)
        cached = _stem_cache.get
        stems = [cached(w) or _stem(w) for w in words]
        content = [i for i, w in enumerate(words) if w not in STOP_WORDS]
        return cls(raw, words, content, stems)

    def content_stems(self) -> list[str]:
        return [self.stems[i] for i in self.content]


# ---------------------------------------------------------------------------------------------
# Matching phrases


@dataclass(frozen=True)
class _Phrase:
    text: str
    tokens: tuple[tuple[str, str, bool], ...]
    """(surface word, stem, fuzzy allowed) for each word that must be found."""
    negative: bool = False
    """The phrase itself says "no" or "not" ("no examples"): a negation near it is its own."""


def _edits_allowed(word: str) -> int:
    """How many edits (optimal string alignment: a swap of neighbours is one) a misspelling of
    `word` may have: one from six letters on, two from ten; a word of four or five letters only
    a swap of neighbours (see _closest_each), so 'model' never matches 'modal'."""
    if len(word) >= 10:
        return 2
    return 1 if len(word) >= 4 else 0


def _is_swap(word: str, other: str) -> bool:
    """Whether `other` is `word` with two neighbouring letters swapped (the commonest typo)."""
    if len(word) != len(other):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]]


def _closest(word: str, choices: list[str]) -> tuple[str, float] | None:
    """The choice nearest to `word` within its allowed edits, and the similarity (0-100)."""
    return _closest_each([word], choices)[0]


def _closest_each(words: list[str], choices: list[str]) -> list[tuple[str, float] | None]:
    """`_closest` for many words at once (one call into rapidfuzz)."""
    result: list[tuple[str, float] | None] = [None] * len(words)
    best: dict[int, tuple[float, int]] = {}
    # pairs come row by row, columns ascending: the first of equally close choices wins
    for row, column, score in _near_pairs(words, choices):
        if row not in best or score > best[row][0]:
            best[row] = (score, column)
    for row, (score, column) in best.items():
        result[row] = (choices[column], round(100.0 * score, 1))
    return result


def _near_pairs(words: list[str], choices: list[str]) -> list[tuple[int, int, float]]:
    """(word index, choice index, similarity 0-1) of every choice within the word's allowed
    edits (see _edits_allowed), row by row, columns ascending."""
    import numpy as np
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import cdist

    rows = [i for i, w in enumerate(words) if len(w) >= 4]  # _edits_allowed(w) > 0
    if not rows or not choices:
        return []
    distances = cdist(
        [words[i] for i in rows], choices, scorer=OSA.distance, score_cutoff=2, dtype=np.int32
    )
    pairs = []
    for row, column in zip(*np.nonzero(distances <= 2), strict=True):
        word, choice = words[rows[row]], choices[column]
        distance = int(distances[row, column])
        if distance > _edits_allowed(word) or (len(word) < 6 and not _is_swap(word, choice)):
            continue
        pairs.append((rows[row], int(column), 1.0 - distance / max(len(word), len(choice))))
    return pairs


def _phrase(text: str, drop: frozenset[str]) -> _Phrase | None:
    """A phrase ready to match; words in `drop` (the question's own) are not required."""
    acronym = text.strip().isupper() and len(text.strip()) <= 6
    parsed = _Text.of(text)
    if not parsed.words:
        return None
    indices = parsed.content or list(range(len(parsed.words)))
    tokens = []
    for i in indices:
        word, word_stem = parsed.words[i], parsed.stems[i]
        if word_stem in drop:
            continue
        fuzzy = not acronym and _edits_allowed(word) > 0 and not word.isdigit()
        tokens.append((word, word_stem, fuzzy))
    if not tokens:
        return None
    if len(indices) > 1 and len(tokens) == 1:
        # "adversarial training" asked about GANs would shrink to "training": a phrase that
        # loses its distinguishing words to the question says nothing on its own.
        return None
    return _Phrase(text, tuple(tokens), _has_negation(parsed.words))


@dataclass
class _Answer:
    """An answer prepared for matching."""

    text: _Text
    positions: dict[str, list[int]] = field(default_factory=dict)
    """Stem -> positions of content words with that stem."""
    word_positions: dict[str, list[int]] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)
    """Distinct content words, sorted (for deterministic fuzzy look-ups)."""
    _fuzzy_cache: dict[str, tuple[str, float] | None] = field(default_factory=dict)
    _clauses: list[int] | None = None
    _content: frozenset[int] | None = None

    @property
    def content_set(self) -> frozenset[int]:
        if self._content is None:
            self._content = frozenset(self.text.content)
        return self._content

    def clauses(self) -> list[int]:
        """The clause number of every word (punctuation starts a new clause); worked out once."""
        if self._clauses is None:
            raw, clause, last_end, numbers = self.text.raw, 0, 0, []
            for match in _WORD_RE.finditer(raw):
                if _CLAUSE_BREAK_RE.search(raw, last_end, match.start()):
                    clause += 1
                numbers.append(clause)
                last_end = match.end()
            self._clauses = numbers
        return self._clauses

    @classmethod
    def of(cls, text: _Text) -> _Answer:
        answer = cls(text)
        positions, word_positions = answer.positions, answer.word_positions
        stems, words = text.stems, text.words
        for i in text.content:
            found = positions.get(stems[i])
            if found is None:
                positions[stems[i]] = [i]
            else:
                found.append(i)
            found = word_positions.get(words[i])
            if found is None:
                word_positions[words[i]] = [i]
            else:
                found.append(i)
        answer.vocabulary = sorted(word_positions)
        return answer

    def look_up(self, words: Iterable[tuple[str, str]]) -> None:
        """Find the closest answer word to each phrase word not in the answer, in one batch."""
        wanted = [
            w for w, w_stem in words if w_stem not in self.positions and w not in self._fuzzy_cache
        ]
        if not wanted or not self.vocabulary:
            return
        for word, hit in zip(wanted, _closest_each(wanted, self.vocabulary), strict=True):
            self._fuzzy_cache[word] = hit

    def find(self, word: str, word_stem: str, fuzzy: bool) -> tuple[list[int], float]:
        """Positions where a phrase word occurs (exactly by stem, else fuzzily), and the ratio."""
        exact = self.positions.get(word_stem)
        if exact:
            return exact, 100.0
        if not fuzzy or not self.vocabulary:
            return [], 0.0
        if word not in self._fuzzy_cache:
            self._fuzzy_cache[word] = _closest(word, self.vocabulary)
        hit = self._fuzzy_cache[word]
        if hit is None:
            return [], 0.0
        return self.word_positions[hit[0]], hit[1]


def _match_phrase(
    phrase: _Phrase, answer: _Answer, *, needed: float = 0.0, window: int | None = None
) -> tuple[float, float, list[int]]:
    """(share of the phrase's words found, mean ratio of those, answer positions used).

    When less than `needed` of the words are found, the positions are not worked out.
    """
    found = _phrase_words(phrase, answer)
    if not found:
        return 0.0, 0.0, []
    share = len(found) / len(phrase.tokens)
    if share + 1e-9 < needed:
        return share, 0.0, []
    ratio = sum(r for _, r in found) / len(found)
    positions = _evidence(found, window)
    return (share, ratio, positions) if positions else (0.0, 0.0, [])


def _phrase_words(
    phrase: _Phrase, answer: _Answer, misses: int | None = None
) -> list[tuple[list[int], float]]:
    """For each phrase word found in the answer: its positions there and the match ratio.

    With `misses`, gives up (returns []) once more than that many words are not found.
    """
    found: list[tuple[list[int], float]] = []
    exact = answer.positions
    looked_up = answer._fuzzy_cache
    for word, word_stem, fuzzy in phrase.tokens:
        positions = exact.get(word_stem)
        if positions:
            found.append((positions, 100.0))
            continue
        if fuzzy:
            if word in looked_up:
                hit = looked_up[word]
                if hit is not None:
                    found.append((answer.word_positions[hit[0]], hit[1]))
                    continue
            else:
                positions, ratio = answer.find(word, word_stem, fuzzy)
                if positions:
                    found.append((positions, ratio))
                    continue
        if misses is not None:
            misses -= 1
            if misses < 0:
                return []
    return found


def _evidence(found: list[tuple[list[int], float]], window: int | None = None) -> list[int]:
    """The answer positions shown as evidence (empty if they span more than `window`)."""
    if len(found) == 1:
        return [found[0][0][0]]  # one word: its first occurrence
    anchor_positions = min(found, key=lambda f: len(f[0]))[0]
    best: list[int] = []
    best_key = None
    best_span = None
    for anchor in anchor_positions[:50]:
        chosen = [_nearest(p, anchor) for p, _ in found]
        span = max(chosen) - min(chosen)
        # the tightest occurrence, and among equally tight ones the one in the phrase's order
        key = (span, any(a >= b for a, b in zip(chosen, chosen[1:], strict=False)))
        if best_key is None or key < best_key:
            best, best_key, best_span = chosen, key, span
    if window is not None and best_span is not None and best_span > window:
        return []
    return sorted(set(best))


def _nearest(positions: list[int], anchor: int) -> int:
    """The position (of an ascending list) nearest to `anchor`; the earlier one on a tie."""
    at = bisect_left(positions, anchor)
    if at == len(positions):
        return positions[-1]
    if at == 0 or positions[at] - anchor < anchor - positions[at - 1]:
        return positions[at]
    return positions[at - 1]


def _has_negation(words: Iterable[str]) -> bool:
    return any(w in _NEGATIONS or w.endswith(("n't", "n’t")) for w in words)


def _negated(answer: _Answer, positions: list[int]) -> bool:
    """Whether a "not" (up to three words before, or inside, the matched words, in the same
    clause, with no "but" between) denies what the matched words say."""
    words = answer.text.words
    first, last = min(positions), max(positions)
    start = max(0, first - 3)
    if not any(w in _NEGATIONS for w in words[start : last + 1]):
        return False
    clauses = answer.clauses()
    for i in range(start, last + 1):
        if words[i] not in _NEGATIONS or clauses[i] != clauses[first]:
            continue
        if not any(w in _CONTRASTS for w in words[i + 1 : first]):
            return True
    return False


def _denied(answer: _Answer, first: int) -> bool:
    """Whether a concept's words are directly denied: "no discriminator", "does not use a
    discriminator", "without any labels". Only function words may stand between the "not" and
    the concept, in the same clause; "does not drift into reward hacking" still names the risk."""
    words, content = answer.text.words, answer.content_set
    i = first - 1
    while i >= 0 and i not in content and words[i] not in _NEGATIONS:
        i -= 1
    if i < 0 or words[i] not in _NEGATIONS:
        return False
    clauses = answer.clauses()
    return clauses[i] == clauses[first]
