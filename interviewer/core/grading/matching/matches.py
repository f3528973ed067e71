"""Finding a phrase in an answer: its words inside one sentence, segment or clause, and a
statement said in order, close together, not across its own opposite."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import lt

from ..denial_words import NEGATIONS
from ..text import DIRECTION_WORDS, STOP_WORDS, Text, stem
from ..verbs import is_verb
from .answer import Answer
from .clause_openers import opened_between
from .list_commas import one_clause
from .phrases import COUNTING, DIRECTION_MARKERS, Phrase, said_twice


@dataclass(frozen=True)
class Match:
    """Where a phrase was found: the share of its words, how exactly, and which answer words."""

    share: float
    ratio: float
    positions: tuple[int, ...]


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
    if word_missing(phrase, answer):
        return None  # most statements: what match_phrase finds, without calling it
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
    adjacent = _adjacent_pairs(phrase)
    best: list[int] | None = None
    for start in lists[0]:
        chosen = [start]
        for k, positions in enumerate(lists[1:], 1):
            word = phrase.tokens[k][0]
            # "encoder-only" is one word here: its "only" is skipped, and not counted apart
            skipped = [p for p in positions if _compound_end(word, answer, p, chosen[-1])]
            reach = chosen[-1] + gap + sum(1 for p in skipped if p <= chosen[-1] + gap)
            # (a word more than MODIFIERS past the reach is out of it, qualifiers or not: their
            # words between are not read for it)
            later = [
                p
                for p in positions
                if chosen[-1] < p <= reach + MODIFIERS
                and p <= reach + _modifiers_before(answer, p, chosen[-1])
                and p not in skipped
            ]
            if not later:
                break
            chosen.append(later[0])
        else:
            if (
                (best is None or chosen[-1] - chosen[0] < best[-1] - best[0])
                and (
                    len({numbers[p] for p in chosen}) == 1
                    or (unit == "clause" and one_clause(phrase, answer, chosen))
                )
                and not _turned_between(phrase, answer, chosen)
                and not _listed_between(phrase, answer, chosen)
                and not _purpose_for_means(phrase, answer, chosen)
                and not _modifies_another(adjacent, answer, chosen)
                and not opened_between(phrase, answer, chosen)
            ):
                # the closest occurrence: "longer texts get longer vectors" says "longer
                # vectors" at its second "longer", not across "texts get"
                best = chosen
    return None if best is None else Match(1.0, match.ratio, tuple(best))


_ADJACENT: dict[tuple[str, tuple[tuple[str, str, bool], ...]], frozenset[int]] = {}
"""`_adjacent_pairs` of each phrase met, by its text and words: a property of the phrase alone
(a rubric's wrong claim), read once rather than again for every answer that holds its words."""
_ADJACENT_KEPT = 100_000
"""At most this many phrases are remembered (ad-hoc questions may bring new ones)."""


def _adjacent_pairs(phrase: Phrase) -> frozenset[int]:
    """`_adjacent_pairs_of` the phrase, remembered."""
    key = (phrase.text, phrase.tokens)
    found = _ADJACENT.get(key)
    if found is None:
        found = _adjacent_pairs_of(phrase)
        if len(_ADJACENT) < _ADJACENT_KEPT:
            _ADJACENT[key] = found
    return found


def _adjacent_pairs_of(phrase: Phrase) -> frozenset[int]:
    """The k of neighbouring phrase words k, k+1 written side by side in the phrase's text
    where the first is a comparative (_compared) and the second no direction word: a
    comparative and the noun it qualifies ("longer vectors", "fewer heads"). Other neighbours
    may relate otherwise in a terse line ("text queries the latents", "RLHF removes bias": a
    subject and its verb; "cross-encoder compares": "encoder" compares nothing)."""
    said = Text.of(phrase.text).words
    pairs = set(zip(said, said[1:], strict=False))
    return frozenset(
        k
        for k, (one, other) in enumerate(zip(phrase.tokens, phrase.tokens[1:], strict=False))
        if (one[0], other[0]) in pairs
        and _compared(one[0], one[1])
        and other[1] not in DIRECTION_WORDS
    )


def _modifies_another(adjacent: frozenset[int], answer: Answer, chosen: list[int]) -> bool:
    """Whether a direction word the statement puts right before its noun ("longer vectors",
    _adjacent_pairs) stands in the answer right before another content word, with more words
    before the statement's noun: "longer texts get vectors of the same length" says "longer
    texts", not "longer vectors".
    Words that only qualify the next one ("longer context vectors", _modifiers_before) and a
    single word between ("more GPU memory", "bigger well-wrapped parcels": maybe one compound)
    are read as before."""
    if not adjacent:
        return False
    text = answer.text
    words, raw, spans = text.words, text.raw, text.spans
    for k in adjacent:
        a, b = chosen[k], chosen[k + 1]
        joints = [raw[spans[i][1] : spans[i + 1][0]].strip() for i in range(a + 1, b - 1)]
        if all(j == "-" for j in joints):
            continue  # one word, maybe hyphenated, between: perhaps a compound
        follower = words[a + 1]
        if follower in STOP_WORDS or any(c.isdigit() for c in follower):
            continue
        if raw[spans[a][1] : spans[a + 1][0]].strip() not in ("", "-"):
            continue  # "longer, and the vectors": not a modifier of the next word
        if b - _modifiers_before(answer, b, a) <= a + 1:
            continue  # every word between qualifies the statement's next word
        return True
    return False


MODIFIERS = 3
"""At most this many words qualifying a noun right before it ("the full-resolution pixels",
"the average cross-entropy loss") are not counted between a statement's words."""

ARTICLES = frozenset(("a", "an", "the"))


SUPERLATIVE = frozenset(("most", "least"))


def _says_how(word: str, word_stem: str) -> bool:
    """Whether a word says how much, which way or not: a direction word or its superlative
    ("highest", "least"), a counting word, a negation, or a number."""
    return (
        word_stem in DIRECTION_WORDS
        or (word.endswith("est") and stem(word[:-3]) in DIRECTION_WORDS)
        or (word.endswith("iest") and stem(word[:-4] + "y") in DIRECTION_WORDS)
        or (word.endswith("est") and len(word) > 5 and stem(word[:-4]) in DIRECTION_WORDS)
        or word in SUPERLATIVE
        or word in COUNTING
        or word in NEGATIONS
        or any(c.isdigit() for c in word)
    )


def _modifiers_before(answer: Answer, position: int, after: int) -> int:
    """How many words right before `position`, after `after`, only qualify it: a run of up to
    MODIFIERS plain content words and articles written with nothing but spaces or hyphens
    between them, holding at least one content word ("runs the diffusion directly on the
    full-resolution pixels" says "diffusion directly on the pixels"). None is counted when a
    word anywhere between the two says how much, which way or not (_says_how: "keeps the k
    highest-probability tokens", "least likely", "no", "7 x 2 bytes"), nor when the run holds
    a verb or other function word: then the words between relate, not qualify ("the
    exponential of the average" is not "the average")."""
    text = answer.text
    words, stems, raw, spans = text.words, text.stems, text.raw, text.spans
    if any(_says_how(words[i], stems[i]) for i in range(after + 1, position)):
        return 0
    start, content, opened = position, 0, False
    while start - 1 > after and position - (start - 1) <= MODIFIERS:
        k = start - 1
        between = raw[spans[k][1] : spans[k + 1][0]].strip()
        if between not in ("", "-"):
            break
        word = words[k]
        if word in ARTICLES:
            start, opened = k, True
            break  # the noun phrase opens here
        before = words[k - 1] if k else ""
        if word in STOP_WORDS or is_verb(word, stems[k], before, words[k + 1]):
            break
        if between != "-" and not _article_opens(words, k, after):
            break  # "remove the added noise": "remove" is no qualifier of "noise"
        content += 1
        start = k
    return position - start if content and (opened or start < position) else 0


def _article_opens(words: list[str], k: int, after: int) -> bool:
    """Whether an article opens the run of plain words that ends at `k` (after `after`):
    "the average cross-entropy loss" qualifies "loss"; "predict and remove added noise" has
    no article to say where the noun phrase starts, so "remove" is not read as part of it."""
    for i in range(k - 1, max(after, k - MODIFIERS) - 1, -1):
        if words[i] in ARTICLES:
            return True
        if words[i] in STOP_WORDS:
            return False
    return False


def _compound_end(word: str, answer: Answer, position: int, before: int) -> bool:
    """Whether a counting word of a statement ("only") stands in the answer as the end of a
    hyphenated word the statement does not hold: "BERT is encoder-only and sees the left and
    right context" does not say "BERT only sees the left context" (its "only" is
    "encoder-only"'s), while "BERT is decoder-only" says "BERT decoder-only"."""
    if word not in COUNTING or position == 0 or before == position - 1:
        return False
    text = answer.text
    return text.raw[text.spans[position - 1][1] : text.spans[position][0]] == "-"


LISTING_WORDS = frozenset(("and", "or"))
"""Words that put two things side by side in a list without relating them."""


def _listed_between(phrase: Phrase, answer: Answer, chosen: list[int]) -> bool:
    """Whether two neighbouring words of the statement stand in the answer with only "and" or
    "or" between them, where the statement has no such word: they are listed, not related.
    "Use FID for images and WER for speech" does not say "images with WER"; "for images I
    would use WER" does. A statement that itself lists ("queries, keys and values") is
    matched as before."""
    if any(w in LISTING_WORDS for w in phrase.text.lower().split()):
        return False
    words, stems = answer.text.words, answer.text.stems
    return any(
        b - a > 1
        and all(words[i] in LISTING_WORDS for i in range(a + 1, b))
        and not _compared(words[a], stems[a])
        and not _compared(words[b], stems[b])
        and _paired_by_preposition(phrase, k)
        for k, (a, b) in enumerate(zip(chosen, chosen[1:], strict=False))
    )


def coordinated_apart(phrase: Phrase, answer: Answer, positions: tuple[int, ...]) -> bool:
    """Whether two neighbouring words of the phrase stand in the answer turned around, with
    only "and" or "or" between them: then they end one listed item and start the next, and
    are not said together. "common words become single tokens and rare words split" does not
    say "rare tokens"; "models and autoregressive decoding" does not say "autoregressive
    models". Only words side by side in the phrase are read so (a modifier and its noun, a
    verb and its object): "choose which answer is better" is said by "show two answers and
    pick which one is better". A phrase that itself lists ("fast and cheap", "replay or
    rehearsal") may be said in either order."""
    if len(positions) < 2:
        return False
    words, stems = answer.text.words, answer.text.stems
    found = set(positions)
    turned = [
        (one, other)
        for (one, first, _), (other, second, _) in zip(
            phrase.tokens, phrase.tokens[1:], strict=False
        )
        if first != second
        and any(
            stems[p] == second
            and p + 2 in found
            and words[p + 1] in LISTING_WORDS
            and stems[p + 2] == first
            for p in positions
        )
    ]
    if not turned:
        return False
    said = Text.of(phrase.text).words
    if any(w in LISTING_WORDS for w in said):
        return False
    side_by_side = set(zip(said, said[1:], strict=False))
    return any(pair in side_by_side for pair in turned)


PAIRING_WORDS = frozenset("with to for of on in by from".split())
"""Prepositions that pair two words of a statement ("images with WER", "left to right"):
only such a pairing is undone by a list in the answer."""


def _paired_by_preposition(phrase: Phrase, k: int) -> bool:
    """Whether the statement's k-th and next words are joined by a preposition ("images with
    WER"), or cannot be found in its text (read as before). "recall is better" or "GQA shares
    queries" relate their words by a verb: "X and Y" in an answer does not list them away."""
    text = [w.strip(".,;:!?()'\"") for w in phrase.text.lower().split()]
    first, second = phrase.tokens[k][0], phrase.tokens[k + 1][0]
    if first not in text or second not in text[text.index(first) + 1 :]:
        return True
    start = text.index(first)
    end = text.index(second, start + 1)
    return any(w in PAIRING_WORDS for w in text[start + 1 : end])


PURPOSE_MEANS = {"to": "by", "by": "to"}
"""The preposition before a verb that says its purpose ("trained to add noise") and the one
that says its means ("trained by adding noise"): one is not the other."""


def _purpose_for_means(phrase: Phrase, answer: Answer, chosen: list[int]) -> bool:
    """Whether a word of the statement stands after "to" (its purpose: "trained to add
    noise") where the answer has it after "by" as a verb in -ing (the means: "trained by
    adding noise"), or the other way round: what a network is trained to do is not how it
    is trained. Each word is compared only where the statement's own text shows it."""
    text = [w.strip(".,;:!?()'\"") for w in phrase.text.lower().split()]
    words = answer.text.words
    for (word, _, _), at in zip(phrase.tokens, chosen, strict=False):
        if at == 0 or word not in text[1:]:
            continue
        said = text[text.index(word, 1) - 1]
        other = PURPOSE_MEANS.get(said)
        if other is None or words[at - 1] != other:
            continue
        means = words[at] if other == "by" else word
        if means.endswith("ing"):
            return True
    return False


_NOT_COMPARED = frozenset(("encoder", "decoder"))
"""Stems of direction words ending in -er that compare nothing ("encoder", "decoder")."""


def _compared(word: str, word_stem: str) -> bool:
    """Whether a word beside "and" / "or" is a comparative ("better", "lower", "more"): then
    the words are related, not listed: "lower recall and better answers go together" says
    lower recall is better; "use FID for images and WER for speech" pairs nothing."""
    return _comparative(word, word_stem) and word_stem not in _NOT_COMPARED


def _turned_between(phrase: Phrase, answer: Answer, chosen: list[int]) -> bool:
    """Whether the opposite of one of the phrase's direction words stands between its words:
    "higher FID is worse and lower is better" does not say "higher FID is better"."""
    opposites = {o for _, stem, _ in phrase.tokens for o in DIRECTION_WORDS.get(stem, ())}
    if not opposites:
        return False
    stems = answer.text.stems
    return any(stems[i] in opposites for i in range(chosen[0] + 1, chosen[-1]))


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
    near: int | None
    misses = 0
    exact, looked_up = answer.positions, answer.fuzzy_cache
    repeats: dict[int, int] = {}
    """A word said twice by the phrase: each first mention found -> its repeat."""
    for word, word_stem, fuzzy in tokens:
        positions = exact.get(word_stem)
        ratio = 100.0
        # `find` finds nothing for a word with no stem in the answer that may not be fuzzy, or
        # that was looked up fuzzily in vain: only the others are asked for
        if not positions and fuzzy and looked_up.get(word, ()) is not None:
            positions, ratio = answer.find(word, word_stem, fuzzy)
        if positions and word_stem in phrase.repeated:
            twice = said_twice(positions)
            repeats.update(twice)
            positions = list(twice)
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
