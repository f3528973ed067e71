"""Phrases found in an answer: stems, typo tolerance (typos.py), and evidence kept inside one
sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import lt

from .clauses import Structure
from .denial_words import has_negation
from .text import DIRECTION_WORDS, STOP_WORDS, Text, cached_stem
from .typos import FuzzyWords, closest_each, edits_allowed


@dataclass(frozen=True)
class Phrase:
    """A phrase ready to match: the words that must be found, in any order, in one unit."""

    text: str
    tokens: tuple[tuple[str, str, bool], ...]
    """(surface word, stem, fuzzy allowed) for each word that must be found."""
    negative: bool = False
    """The phrase itself says "no" or "not" ("no examples"): it holds only where the answer
    says it in the negative too."""
    whole: bool = False
    """Every word is needed, however long: an alias of up to three words written with a
    synonym's longer wording ("LLM judge" as "large language model judge"), whose extra words
    stand for one of its own."""


QUANTIFIERS = frozenset("only all every always both".split())
"""Stop words that a claim cannot drop: "BERT sees only the words to the left" is wrong, "BERT
sees the words to the left and right" is not."""
COUNTING = QUANTIFIERS | frozenset("one once same own each few".split())
"""Function words that count ("one copy", "loaded once", "decoder only"): a wrong claim keeps
them ("each frame denoised on its own"), and an alias that would keep a single word without
them is matched with them."""


def make_phrase(
    text: str,
    drop: frozenset[str] = frozenset(),
    canon: Mapping[str, str] | None = None,
    *,
    whole_if_shrunk: bool = False,
    keep: frozenset[str] = frozenset(),
) -> Phrase | None:
    """A phrase ready to match; words in `drop` (the question's own) are not required, and
    `canon` is the bank's thesaurus (see text.Text.of). With `whole_if_shrunk`, a phrase that
    would lose all but one of its words to the question is matched whole instead of dropped
    (a concept's own name: "low-rank matrices" asked about Low-Rank Adaptation). Words in
    `keep` are required although they are stop words (COUNTING, in a claim)."""
    acronym = text.strip().isupper() and len(text.strip()) <= 6
    parsed = Text.of(text, canon=canon)
    if not parsed.words:
        return None
    indices = [
        i
        for i, w in enumerate(parsed.words)
        if w not in STOP_WORDS or parsed.stems[i] in DIRECTION_WORDS or w in keep
    ] or list(range(len(parsed.words)))
    tokens = []
    for i in indices:
        word, word_stem = parsed.words[i], parsed.stems[i]
        if word_stem in drop:
            continue
        fuzzy = (
            not acronym
            and edits_allowed(word) > 0
            and not word.isdigit()
            and word_stem not in DIRECTION_WORDS
            and word not in keep
        )
        tokens.append((word, word_stem, fuzzy))
    if not tokens:
        return None
    distinct_tokens = list(dict.fromkeys(tokens))
    if len(tokens) > 1 and len(distinct_tokens) == 1:
        return None  # "token by token" would match any "token"
    tokens = distinct_tokens
    distinct = {parsed.stems[i] for i in indices if parsed.stems[i] not in DIRECTION_WORDS}
    if len(distinct) > 1 and len(tokens) == 1:
        # "adversarial training" asked about GANs would shrink to "training": a phrase that
        # loses its distinguishing words to the question says nothing on its own.
        return make_phrase(text, frozenset(), canon) if whole_if_shrunk else None
    return Phrase(text, tuple(tokens), has_negation(parsed.words))


def flipped(phrase: Phrase) -> list[Phrase]:
    """The phrase with one direction word turned to its opposite, once per direction word:
    "lower is better" -> "higher is better", "lower is worse". A phrase of two words with one
    direction word ("fewer tokens") is too general to turn around; its counting words do not
    make it longer ("encoder only model" is "encoder model" turned: "decoder-only model" said
    of GPT is no reversal)."""
    variants: list[Phrase] = []
    stems = {token[1] for token in phrase.tokens}
    directions = [s for s in stems if s in DIRECTION_WORDS]
    words = sum(1 for token in phrase.tokens if token[0] not in COUNTING)
    if words < 3 and len(directions) < 2:
        return variants  # "more tokens" turned around says too little to be a contradiction
    for i, (_, word_stem, _fuzzy) in enumerate(phrase.tokens):
        for opposite in DIRECTION_WORDS.get(word_stem, ()):
            if opposite in stems:
                continue  # "encoder and decoder" names both sides: no direction to reverse
            tokens = list(phrase.tokens)
            tokens[i] = (opposite, opposite, False)
            variants.append(Phrase(f"{phrase.text} (reversed)", tuple(tokens), phrase.negative))
    return variants


@dataclass
class Answer:
    """An answer prepared for matching: where each stem stands, and its sentence structure."""

    text: Text
    structure: Structure
    positions: dict[str, list[int]] = field(default_factory=dict)
    """Stem -> positions of content words with that stem."""
    word_positions: dict[str, list[int]] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)
    """Distinct content words that may be typos, sorted (for deterministic fuzzy look-ups)."""
    fuzzy_cache: dict[str, tuple[str, float] | None] = field(default_factory=dict)
    known_words: frozenset[str] = frozenset()
    """Content words the bank itself uses: no typos, but maybe a phrase word with an ending
    the stemmer leaves ("bidirectionally" for "bidirectional")."""
    _endings: dict[str, list[str]] | None = None
    """The known words by their first six letters (made on first use): a word without one of
    them is no known word with another ending."""
    written: Answer | None = None
    """Reference mode: the answer as written, when its acronyms were read as their words
    (acronyms.py); its form (a keyword list, the question said again) is judged on this."""

    @classmethod
    def of(cls, text: Text, known: frozenset[str] = frozenset()) -> Answer:
        """The answer ready to match; `known` are the stems of words the bank itself uses: such
        a word is no typo, so it never stands for another ("quantizes" for "quantiles")."""
        answer = cls(text, Structure.of(text))
        positions, word_positions = answer.positions, answer.word_positions
        stems, words = text.stems, text.words
        for i in text.content:
            positions.setdefault(stems[i], []).append(i)
            word_positions.setdefault(words[i], []).append(i)
        for i, word in enumerate(words):  # "more", "less", "after": stop words with a direction
            if word in STOP_WORDS and (stems[i] in DIRECTION_WORDS or word in COUNTING):
                positions.setdefault(stems[i], []).append(i)
        for found in positions.values():
            found.sort()
        answer.vocabulary = sorted(
            w for w, where in word_positions.items() if stems[where[0]] not in known
        )
        if known:
            answer.known_words = frozenset(
                w for w, where in word_positions.items() if stems[where[0]] in known
            )
        return answer

    def _closest(self, words: list[str]) -> list[tuple[str, float] | None]:
        """closest_each over the words that may be typos; else a known word that only adds
        to the phrase word, or drops, a short ending within its allowed edits."""
        hits: list[tuple[str, float] | None] = [None] * len(words)
        if self.vocabulary:
            hits = closest_each(words, self.vocabulary)
        if self.known_words:
            known, endings = self.known_words, self._known_endings()
            for n, hit in enumerate(hits):
                if hit is None and words[n][:6] in endings:  # both share their first six letters
                    hits[n] = _extended(words[n], known, endings)
        return hits

    def _known_endings(self) -> dict[str, list[str]]:
        if self._endings is None:
            self._endings = {}
            for w in self.known_words:
                self._endings.setdefault(w[:6], []).append(w)
        return self._endings

    def look_up(self, words: FuzzyWords | Iterable[tuple[str, str]]) -> None:
        """Find the closest answer word to each phrase word not in the answer, in one batch."""
        if isinstance(words, FuzzyWords):
            if not self.fuzzy_cache:
                self._look_up_all(words)
                return
            words = words.pairs
        wanted = [
            w for w, w_stem in words if w_stem not in self.positions and w not in self.fuzzy_cache
        ]
        if not wanted or not (self.vocabulary or self.known_words):
            return
        for word, hit in zip(wanted, self._closest(wanted), strict=True):
            self.fuzzy_cache[word] = hit

    def _look_up_all(self, words: FuzzyWords) -> None:
        """`look_up` into an empty cache: only the phrase words that share their first six
        letters with a known word are tried as one with another ending."""
        positions = self.positions
        if self.vocabulary:
            wanted = [w for w, w_stem in words.pairs if w_stem not in positions]
            hits = closest_each(wanted, self.vocabulary)
            cache = self.fuzzy_cache = dict(zip(wanted, hits, strict=True))
        else:  # every word but those the answer holds by their stem (they are not looked up)
            cache = self.fuzzy_cache = words.unknown.copy()
            for stem in words.by_stem.keys() & positions.keys():
                for word in words.by_stem[stem]:
                    cache.pop(word, None)
        if self.known_words:
            known, endings = self.known_words, self._known_endings()
            for head in words.by_head.keys() & endings.keys():
                for word, w_stem in words.by_head[head]:
                    if w_stem not in positions and cache.get(word) is None:
                        cache[word] = _extended(word, known, endings)

    def find(self, word: str, word_stem: str, fuzzy: bool) -> tuple[list[int], float]:
        """Positions where a phrase word occurs (exactly by stem, else fuzzily), and the ratio."""
        exact = self.positions.get(word_stem)
        if exact:
            return exact, 100.0
        if not fuzzy or not (self.vocabulary or self.known_words):
            return [], 0.0
        if word not in self.fuzzy_cache:
            self.fuzzy_cache[word] = self._closest([word])[0]
        hit = self.fuzzy_cache[word]
        if hit is None:
            return [], 0.0
        return self.word_positions[hit[0]], hit[1]


def _extended(
    word: str, known: frozenset[str], endings: Mapping[str, list[str]]
) -> tuple[str, float] | None:
    """The first known word (in sorted order) that is `word` with an ending added or taken off,
    within the edits a typo of it may have ("bidirectionally" for "bidirectional", not
    "quantizes" for "quantiles"), with its similarity (0-100). `endings` holds the known words
    by their first six letters; one or two letters may be added."""
    allowed = edits_allowed(word)
    size = len(word)
    if size < 6 or cached_stem(word) in DIRECTION_WORDS:
        return None
    longest = size + min(2, allowed)
    found = [
        w for w in endings.get(word[:6], ()) if size < len(w) <= longest and w.startswith(word)
    ]
    for k in range(1, allowed + 1):
        head = word[:-k]
        if len(head) >= 6 and head in known:
            found.append(head)
    if not found:
        return None
    other = min(found)
    longer = max(len(other), len(word))
    return other, round(100.0 * (1.0 - abs(len(other) - len(word)) / longer), 1)


@dataclass(frozen=True)
class Match:
    """Where a phrase was found: the share of its words, how exactly, and which answer words."""

    share: float
    ratio: float
    positions: tuple[int, ...]


def needed_share(phrase: Phrase) -> float:
    """Every word of a phrase of up to three words (or `whole`); two thirds of a longer one."""
    return 1.0 if len(phrase.tokens) <= 3 or phrase.whole else 0.66


COMPARISON_GAP = 6
"""How far apart two words of a statement holding a comparative direction word ("larger",
"better", "more") may stand (four for others)."""


def _comparative(word: str, word_stem: str) -> bool:
    """Whether a word is a direction word of comparison: "larger", "better", "more", not
    "small" ("memorizes the small training set instead of learning" is no "too small to
    learn")."""
    return word_stem in DIRECTION_WORDS and (
        word.endswith("er") or word in ("more", "less", "fewer", "worse")
    )


def match_statement(phrase: Phrase, answer: Answer, unit: str = "segment") -> Match | None:
    """A statement found as said: every word, in the phrase's order, close together in one
    unit, a 'segment' or a 'clause' ("weighted toward precision" is not "precision and recall
    ... weighted toward recall"). A wrong claim is looked for in one clause: "the encoder
    generates text" is not "the encoder output, generating text"."""
    match = match_phrase(phrase, answer, unit="segment", needed=1.0)
    if match is None:
        return None
    window = 2 * len(phrase.tokens) + 2
    if len(match.positions) > 1 and match.positions[-1] - match.positions[0] > window:
        return None
    numbers = answer.structure.clauses if unit == "clause" else answer.structure.segments
    lists = [answer.find(w, s, f)[0] for w, s, f in phrase.tokens]
    # a comparison spreads its words ("an SSM is actually better than attention at exact
    # recall"): a statement with a comparative may have a word or two more between them
    gap = COMPARISON_GAP if any(_comparative(w, s) for w, s, _ in phrase.tokens) else 4
    for start in lists[0]:
        chosen = [start]
        for positions in lists[1:]:
            later = [p for p in positions if chosen[-1] < p <= chosen[-1] + gap]
            if not later:
                break
            chosen.append(later[0])
        else:
            if len({numbers[p] for p in chosen}) == 1 and not _turned_between(
                phrase, answer, chosen
            ):
                return Match(1.0, match.ratio, tuple(chosen))
    return None


def _turned_between(phrase: Phrase, answer: Answer, chosen: list[int]) -> bool:
    """Whether the opposite of one of the phrase's direction words stands between its words:
    "higher FID is worse and lower is better" does not say "higher FID is better"."""
    opposites = {o for _, stem, _ in phrase.tokens for o in DIRECTION_WORDS.get(stem, ())}
    if not opposites:
        return False
    stems = answer.text.stems
    return any(stems[i] in opposites for i in range(chosen[0] + 1, chosen[-1]))


def match_phrase(
    phrase: Phrase, answer: Answer, *, unit: str = "sentence", needed: float | None = None
) -> Match | None:
    """The best occurrence of the phrase with its words inside one unit ('sentence', 'segment'
    or 'clause', see clauses.py), or None when too few of its words are found there."""
    tokens = phrase.tokens
    size = len(tokens)
    if needed is None:
        needed = 1.0 if size <= 3 or phrase.whole else 0.66  # needed_share, inlined
    allowed_misses = size - int(size * needed + 1 - 1e-9) if needed < 1 else 0
    found: list[tuple[list[int], float]] = []
    misses = 0
    exact, looked_up = answer.positions, answer.fuzzy_cache
    for word, word_stem, fuzzy in tokens:
        positions = exact.get(word_stem)
        if positions:
            found.append((positions, 100.0))
            continue
        # `find` finds nothing for a word with no stem in the answer that may not be fuzzy, or
        # that was looked up fuzzily in vain: only the others are asked for
        if fuzzy and looked_up.get(word, ()) is not None:
            positions, ratio = answer.find(word, word_stem, fuzzy)
            if positions:
                found.append((positions, ratio))
                continue
        misses += 1
        if misses > allowed_misses:
            return None
    if not found:
        return None
    if size == 1:
        # one word: its first occurrence (what the search below finds, without the search)
        positions, ratio = found[0]
        return Match(1.0, ratio, (positions[0],))
    structure = answer.structure
    if unit == "sentence":
        numbers = structure.sentences
    elif unit == "segment":
        numbers = structure.segments
    else:
        numbers = {"clause": structure.clauses}[unit]
    anchor_list = min(found, key=lambda f: len(f[0]))[0]
    best: tuple[tuple[float, int, bool], list[int], float] | None = None
    for anchor in anchor_list[:50]:
        unit_number = numbers[anchor]
        chosen: list[int] = []
        ratios: list[float] = []
        for positions, ratio in found:
            if len(positions) == 1:  # the commonest case: what _nearest_in_unit gives for it
                near: int | None = positions[0] if numbers[positions[0]] == unit_number else None
            else:
                near = _nearest_in_unit(positions, anchor, numbers, unit_number)
            if near is not None:
                chosen.append(near)
                ratios.append(ratio)
        share = len(chosen) / size
        if share + 1e-9 < needed:
            continue
        span = max(chosen) - min(chosen)
        in_order = all(map(lt, chosen, chosen[1:]))
        key = (-share, span, not in_order)
        if best is None or key < best[0]:
            best = (key, chosen, sum(ratios) / len(ratios))
    if best is None:
        return None
    key, chosen, ratio = best
    return Match(-key[0], ratio, tuple(sorted(set(chosen))))


def _nearest_in_unit(
    positions: list[int], anchor: int, numbers: list[int], unit_number: int
) -> int | None:
    """The position nearest to `anchor` within the anchor's unit; the earlier one on a tie."""
    at = bisect_left(positions, anchor)
    best = None
    for j in (at - 1, at, at + 1):
        if 0 <= j < len(positions) and numbers[positions[j]] == unit_number:
            p = positions[j]
            if best is None or abs(p - anchor) < abs(best - anchor):
                best = p
    if best is not None:
        return best
    # the neighbours lie outside the unit; look through the rest (rare: long lists of repeats)
    inside = [p for p in positions if numbers[p] == unit_number]
    if not inside:
        return None
    return min(inside, key=lambda p: (abs(p - anchor), p))
