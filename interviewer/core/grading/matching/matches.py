"""Finding a phrase in an answer: its words inside one sentence, segment or clause, the nearest
occurrence, and a direction not said the other way round."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import lt

from ..text import DIRECTION_WORDS, STOP_WORDS
from ..text.reflexives import REFLEXIVE_STEM
from .answer import Answer
from .compounds import joined_positions
from .phrases import DIRECTION_MARKERS, Phrase, said_twice
from .restricted import heads_restricted


@dataclass(frozen=True)
class Match:
    """Where a phrase was found: the share of its words, how exactly, and which answer words."""

    share: float
    ratio: float
    positions: tuple[int, ...]


def word_missing(phrase: Phrase, answer: Answer) -> bool:
    """Whether one of the phrase's words is nowhere in the answer: not by its stem, and not
    fuzzily (it may not be, or its fuzzy look-up found nothing). A phrase that needs every
    word is then not found (match_phrase); a word not yet looked up counts as not missing."""
    positions, looked_up = answer.positions, answer.fuzzy_cache
    for word, word_stem, fuzzy in phrase.tokens:
        if not positions.get(word_stem) and (not fuzzy or looked_up.get(word, ()) is None):
            return True
    return False


def match_phrase(
    phrase: Phrase,
    answer: Answer,
    *,
    unit: str = "sentence",
    needed: float | None = None,
    within: int | None = None,
) -> Match | None:
    """The best occurrence of the phrase with its words inside one unit ('sentence', 'segment'
    or 'clause', see clauses.py), or None when too few of its words are found there; `within`,
    a sentence's number: only its words are read (claim_places.py, every place of a claim)."""
    tokens = phrase.tokens
    size = len(tokens)
    if needed is None:
        needed = 1.0 if size <= 3 or phrase.whole else 0.66  # needed_share, inlined
    allowed_misses = size - int(size * needed + 1 - 1e-9) if needed < 1 else 0
    found: list[tuple[list[int], float]] = []
    near: int | None
    misses = 0
    exact, looked_up = answer.positions, answer.fuzzy_cache
    repeats: dict[int, int] = {}
    """A word said twice by the phrase: each first mention found -> its repeat."""
    restricted = phrase.restricted if needed >= 1 else None
    for word, word_stem, fuzzy in tokens:
        positions = exact.get(word_stem)
        ratio = 100.0
        # `find` finds nothing for a word with no stem in the answer that may not be fuzzy, or
        # that was looked up fuzzily in vain: only the others are asked for
        if not positions and fuzzy and looked_up.get(word, ()) is not None:
            positions, ratio = answer.find(word, word_stem, fuzzy)
        if within is not None and positions:
            positions = in_sentence(positions, answer, within)
        if positions and word_stem in phrase.repeated:
            twice = said_twice(positions)
            repeats.update(twice)
            positions = list(twice)
        if positions:
            found.append((positions, ratio))
            continue
        misses += 1
        if misses > allowed_misses or word_stem == REFLEXIVE_STEM:
            return None  # "by itself" is what the phrase says (text/reflexives.py)
    if not found:
        return None
    if restricted is not None and not _restrict(found, restricted, answer):
        return None
    if phrase.compound and len(found) == size and not _join(found, answer):
        return None
    if size == 1:
        # one word: its first occurrence (what the search below finds, without the search)
        positions, ratio = found[0]
        return Match(1.0, ratio, _with_repeats((positions[0],), repeats))
    structure = answer.structure
    if unit == "sentence":
        numbers = structure.sentences
    elif unit == "segment":
        numbers = structure.segments
    else:
        numbers = {"clause": structure.clauses}[unit]
    anchor_list = min(found, key=lambda f: len(f[0]))[0]
    # a claim that writes a word twice apart (make_phrase's `twice`) needs it at two places
    both_places = len(set(tokens)) < size
    best: tuple[tuple[float, int, bool], list[int], float] | None = None
    for anchor in anchor_list[:50]:
        unit_number = numbers[anchor]
        chosen: list[int] = []
        ratios: list[float] = []
        for positions, ratio in found:
            if both_places:
                near = _nearest_in_unit(
                    [p for p in positions if p not in chosen], anchor, numbers, unit_number
                )
            elif len(positions) == 1:  # the commonest case: what _nearest_in_unit gives for it
                near = positions[0] if numbers[positions[0]] == unit_number else None
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
    if key[0] > -1.0 and _opposite_of_missing(tokens, answer, chosen):
        return None
    if phrase.direction is not None and said_backwards(phrase.direction, answer, chosen):
        return None
    return Match(-key[0], ratio, _with_repeats(tuple(sorted(set(chosen))), repeats))


def in_sentence(positions: list[int], answer: Answer, sentence: int) -> list[int]:
    """The positions that stand in the sentence numbered `sentence` (a new list)."""
    sentences = answer.structure.sentences
    return [p for p in positions if sentences[p] == sentence]


def _restrict(
    found: list[tuple[list[int], float]], restricted: tuple[int, int], answer: Answer
) -> bool:
    """Keep in `found` (one entry per token: every word was found) only the head positions with
    a restricting word next to them and those words; False when there are none."""
    word, head = restricted
    heads, words = heads_restricted(answer.text, found[head][0], found[word][0])
    if not heads:
        return False
    found[head] = (heads, found[head][1])
    found[word] = (words, found[word][1])
    return True


def _join(found: list[tuple[list[int], float]], answer: Answer) -> bool:
    """Keep in `found` only the modifier and head positions joined to each other (the first
    two tokens of a compound, compounds.py); False when there are none."""
    modifiers, heads = joined_positions(answer.text, found[0][0], found[1][0])
    if not modifiers:
        return False
    found[0] = (modifiers, found[0][1])
    found[1] = (heads, found[1][1])
    return True


BACKWARDS_GAP = 5
"""How far apart the two nouns of a direction may stand for the words between them to mark
which way it goes ("turns the images into text")."""


def said_backwards(direction: tuple[str, str], answer: Answer, chosen: list[int]) -> bool:
    """Whether the answer marks the phrase's direction (from, to) the other way between the two
    nouns found: "to" / "into" between them leads from the first ("image to text" for
    "text-to-image", "right to left" for "left to right"), "from" from the second ("text from
    images"). The marker must be the only one between them and follow the first noun with at
    most stop words between ("turns the images into text"): words with no marker say no
    direction ("image generation guided by text"), and a noun before the marker is the
    direction's own ("images and speech-to-text" says nothing of images to text)."""
    stems, words = answer.text.stems, answer.text.words
    source, target = direction
    at_source = [p for p in chosen if stems[p] == source]
    at_target = [p for p in chosen if stems[p] == target]
    if not at_source or not at_target:
        return False
    first, last = sorted((at_source[0], at_target[0]))
    if last - first > BACKWARDS_GAP:
        return False
    markers = [
        k for k in range(first + 1, last) if words[k] in DIRECTION_MARKERS or words[k] == "from"
    ]
    if len(markers) != 1 or any(words[k] not in STOP_WORDS for k in range(first + 1, markers[0])):
        return False  # no marker, two, or another word before it: "images and speech-to-text"
    led_from = last if words[markers[0]] == "from" else first
    return stems[led_from] == target


def _opposite_of_missing(
    tokens: tuple[tuple[str, str, bool], ...], answer: Answer, chosen: list[int]
) -> bool:
    """Whether a direction word of a phrase found only in part is missing where the answer says
    its opposite among (or beside) the words found: "makes things up more often" is not "makes
    things up less often" found without its "less"."""
    stems = answer.text.stems
    said = {stems[p] for p in chosen}
    opposites = {
        o
        for _, word_stem, _ in tokens
        if word_stem in DIRECTION_WORDS and word_stem not in said
        for o in DIRECTION_WORDS[word_stem]
    }
    if not opposites:
        return False
    first, last = max(min(chosen) - 1, 0), min(max(chosen) + 1, len(stems) - 1)
    return any(stems[i] in opposites for i in range(first, last + 1))


def _with_repeats(positions: tuple[int, ...], repeats: dict[int, int]) -> tuple[int, ...]:
    """The positions found, with the repeat of each word said twice ("token by token")."""
    if not repeats:
        return positions
    return tuple(sorted({*positions, *(repeats[p] for p in positions if p in repeats)}))


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
