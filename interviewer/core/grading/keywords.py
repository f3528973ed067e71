"""Keyword strings: terms with no claim between them, recognised by structure, not punctuation.

The answer is cut into items (at commas, dashes, bullets, "and", "or", "plus", "with"); an item
is a bare term when it has at most three content words, no verb that relates them ("freezes the
weights", "monitor validation loss") and no relating word ("to", "because", "is", "can"). An
answer is a keyword string when most of its words stand in bare terms; when a filler predicate
strings terms together ("X, Y and Z are the core of it", "... are important concepts to
consider"); when most of its words stand in bare terms once its empty predicates are taken out
(a vague verb with a vague object: "X, Y and Z drive the whole thing, with W shaping the
response"); when a run of eight words or more holds no function word at all; when most of it
stands in a chain of terms joined by one repeated function word ("X via Y via Z via W",
term_chains.same_word_chain); or when most of it
stands in sentences of empty praise ("leverages skip-connection synergies with
attention-augmented paradigms", hype.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from . import term_items
from .bare_runs import bare_run
from .clauses import Structure
from .copula_lists import equated_term, has_link
from .empty_predicates import vague_predicates
from .hype import hyped_sentences
from .term_chains import same_word_chain
from .term_items import ITEM_WORDS, list_items
from .text import STOP_WORDS, Text

KEYWORD_MIN_TERMS = 4
"""Fewer content words than this are judged as too short, not as a keyword string."""


_FILLER_PHRASES = re.compile(
    r"\bthe (?:core|heart|essence|backbone|basis|foundation)\b|all about|comes? down to"
    r"|built around|make up|big part|key (?:part|piece|ingredient)s?|what it'?s about"
    r"|\bround(?:s|ed|ing)? (?:\w+ )?out\b"
    r"|\bti(?:e|es|ed|ing) (?:\w+ ){0,3}together"
    r"|\b(?:important|key|main|relevant|essential|crucial|central) (?:concept|thing|topic|idea"
    r"|term|factor|aspect|point|area|consideration)s?\b|\bto (?:consider|keep in mind|know)\b"
    r"|\bmatters? (?:here|most|a lot)\b|\betc\b|\bplays? (?:a|an) (?:\w+ )?role\b"
    r"|\b(?:is|are) (?:the )?keys? to\b|\b(?:working|coming together|all) as one\b|\ball in one\b"
    r"|\b(?:is|are) (?:all |exactly |just )?what (?:\w+ ){1,3}(?:is|are|means|does|do)(?: about)?\b"
)
"""Predicates that relate nothing ("X, Y and Z are the core of it", "... are important
concepts to consider", "... all matter here", "..., etc.", "... round out the story", "... are
key to it", "... working as one", "... are what X is"). The
nouns of the first kind only with "the": "a foundation model" and "a frozen backbone" are
terms; and "grounding" holds no "round ... out" (both had flagged concise answers graded 4
on the development set, which scored 15)."""
_FILLER_ITEM = re.compile(
    r"^(?:\w+ ){0,2}(?:it|this|that|everything|all) (?:really )?comes? down to\b"
    r"|^(?:it |this )?(?:involves|includes|covers|encompasses)\b"
    r"|\bti(?:e|es|ed|ing) (?:\w+ ){0,3}together$"
    r"|\b(?:is|are) (?:the )?keys? to(?: [\w-]+){1,3}$"
)
"""A filler that opens or closes a list item ("Honestly it comes down to representation bias",
"fairness metrics tying the whole thing together", "Involves X", "dot products are key to
attention"): the term it wraps is still a bare term."""
_FILLER_ITEM_WORDS = frozenset(
    "down together involves includes covers encompasses key keys".split()
)
"""Every filler of _FILLER_ITEM holds one of these words."""
KEYWORD_MIN_ITEMS = 3
KEYWORD_BARE_SHARE = 0.75
LONG_TERMS_SHARE = 0.5
"""Long noun phrases (items of more than three content words and no claim, `term_items.noun_phrase`)
count as bare terms when at least this share of the content words stand in them: a string of
long terms ("self-consistency majority voting over sampled chain-of-thought reasoning paths,
temperature sampling diversity, answer aggregation accuracy gains" scored 62.7, each long item
read as a claim). Fewer, among notes of short items and claims, name what a claim is about
("sliding window of recent turns"): counted, they flagged 7 terse correct notes of
keyword_strings.yaml."""
"""A keyword string has at least this share of its content words in bare terms."""


def bare_term_share(
    text: Text,
    question_stems: frozenset[str] = frozenset(),
    ignore: frozenset[int] = frozenset(),
    give_up_below: float = 0.0,
    filler: frozenset[int] = frozenset(),
) -> tuple[float, int]:
    """(share of the content words that stand in bare terms, number of bare terms), leaving
    out the words at the positions in `ignore`; (0.0, 0) as soon as the share cannot reach
    `give_up_below` any more (when given: the items left are not read).

    The answer is cut into items at commas, dashes, bullets, "and", "or", "with"; an item is a
    bare term when it has at most three content words, no verb, no comparative and no word that
    relates terms ("to", "because", "is", "can", "which", ...), or is a long noun phrase when
    such phrases hold LONG_TERMS_SHARE of the content words (term_items.py). The words at the
    positions in `filler` (an empty predicate, see `vague_predicates`) count for nothing and cut
    the item they stand in: "latent noise all coming together in the adversarial loss" is two
    terms."""
    content_total = _count_content(text, ignore | filler)
    if not content_total:
        return 0.0, 0
    bare_words = bare_items = long_words = long_items = 0
    items = _without(list_items(text), filler)
    content, enough = text.content, give_up_below * content_total
    # what the items from each one on could still add: a bare term has at most three content
    # words (see term_items.is_claim), so an item of more is none unless a filler can be cut
    # off it or it is a long noun phrase
    could_add = [0] * (len(items) + 1)
    if enough:
        words = text.words
        for k in range(len(items) - 1, -1, -1):
            first, last = items[k]
            held = bisect_right(content, last) - bisect_left(content, first)
            if first in ignore:
                held = 0
            elif (
                held > 3
                and not term_items.noun_phrase(text, first, last)
                and not has_link(text, first, last)  # see `equated_term`
            ):
                held = 0 if _FILLER_ITEM_WORDS.isdisjoint(words[first : last + 1]) else 3
            could_add[k] = could_add[k + 1] + held
    claims: dict[tuple[int, int], bool] = {}
    words_of = text.words
    comparing = (
        sum(1 for first, last in items if term_items.compares(words_of[first : last + 1]))
        >= term_items.COMPARING_ITEMS
    )

    def is_claim(first: int, last: int) -> bool:
        found = claims.get((first, last))
        if found is None:
            found = claims[first, last] = term_items.is_claim(
                text, first, last, comparing=comparing
            )
        return found

    def unled_claim(first: int, last: int) -> bool:
        return term_items.is_claim(text, first, last, comparing=comparing, led=False)

    continued = term_items.continued_predicates(text, items)
    # a term equated to a list is read so only where the whole answer is read: among
    # sentences left out as off the subject, the list may be the one on it beside claims
    # (a fluent wrong answer of fresh-test, measured only as a count, lost its wrong claim)
    equate = ignore.isdisjoint(content)
    for k, ((first, last), framed) in enumerate(
        zip(items, _framed(text, items, is_claim), strict=True)
    ):
        # every item from here on a bare term would not be enough
        if enough and bare_words + long_words + could_add[k] < enough:
            return 0.0, 0
        if first in ignore or framed:
            continue
        first, last = _unwrapped(text, first, last)
        words = [w for w in text.words[first : last + 1] if w not in STOP_WORDS]
        if not words:
            continue
        if (not is_claim(first, last) and items[k] not in continued) or (
            equate and equated_term(text, items, k, is_claim, unled_claim)
        ):
            bare_words += len(words)
            bare_items += 1
        elif len(words) > 3 and not term_items.is_claim(
            text, first, last, long_terms=True, comparing=comparing
        ):
            if last + 1 in filler or (first, last) != items[k]:
                # the subject of an empty predicate ("the generator-discriminator minimax game
                # are really the heart of it") is a term, however long, and so is what a
                # filler opens or closes ("Involves Generative Pre-trained Transformer")
                bare_words += len(words)
                bare_items += 1
            else:
                long_words += len(words)
                long_items += 1
    if long_words >= LONG_TERMS_SHARE * content_total:
        bare_words += long_words
        bare_items += long_items
    return bare_words / content_total, bare_items


def _without(items: list[tuple[int, int]], filler: frozenset[int]) -> list[tuple[int, int]]:
    """The items with the positions in `filler` taken out: an item they stand inside is cut
    in two, one made only of them is gone."""
    if not filler:
        return items
    kept: list[tuple[int, int]] = []
    for first, last in items:
        start = None
        for i in range(first, last + 1):
            if i in filler:
                if start is not None:
                    kept.append((start, i - 1))
                start = None
            elif start is None:
                start = i
        if start is not None:
            kept.append((start, last))
    return kept


def _unwrapped(text: Text, first: int, last: int) -> tuple[int, int]:
    """The item without a filler that opens or closes it (see _FILLER_ITEM)."""
    words = text.words[first : last + 1]
    if _FILLER_ITEM_WORDS.isdisjoint(words):
        return first, last  # the fillers of _FILLER_ITEM need one of these
    found = _FILLER_ITEM.search(" ".join(words))
    if found is None:
        return first, last
    before = found.string[: found.start()].split()
    inside = found.group(0).split()
    if not before:  # the filler opens the item
        if len(inside) < len(words):
            return first + len(inside), last
    elif len(before) + len(inside) == len(words):  # it closes the item
        return first, first + len(before) - 1
    return first, last


def _framed(
    text: Text, items: list[tuple[int, int]], is_claim: Callable[[int, int], bool]
) -> Iterator[bool]:
    """Whether each item stands after a colon whose sentence states a claim before it
    ("Combine technical and human controls: safety training, output filters, ..."): a list
    introduced by a claim enumerates what the claim is about; a string of terms has no such
    frame. Worked out item by item, as they are asked for (`is_claim`: `term_items.is_claim` of the
    text, perhaps remembered)."""
    if ":" not in text.raw:
        for _ in items:
            yield False
        return
    claim_before = colon_seen = False
    for first, last in items:
        gap = text.raw[text.spans[first - 1][1] : text.spans[first][0]] if first else ""
        if first == 0 or _NEW_SENTENCE_RE.search(gap):
            claim_before = colon_seen = False  # a new sentence
        if ":" in gap and claim_before:
            colon_seen = True
        yield colon_seen
        if not colon_seen and (
            is_claim(first, last)
            and any(text.words[i] not in STOP_WORDS for i in range(first, last + 1))
        ):
            claim_before = True


_NEW_SENTENCE_RE = re.compile(r"[.!?]\s|\n")


def _count_content(
    text: Text, ignore: frozenset[int], first: int = 0, last: int | None = None
) -> int:
    """How many content words stand outside the positions in `ignore` (from `first` to `last`
    when `last` is given), not counting the words that join list items ("plus", "versus"): "X
    plus Y plus Z" is three terms, not five."""
    content, words = text.content, text.words
    if last is not None:
        content = content[bisect_left(content, first) : bisect_right(content, last)]
    if ignore:  # (filtering by a map was slower than this loop)
        return sum(1 for i in content if i not in ignore and words[i] not in ITEM_WORDS)
    # most often nothing is ignored: C-level maps, no Python step per word (the same count)
    return len(content) - sum(map(ITEM_WORDS.__contains__, map(words.__getitem__, content)))


def is_keyword_string(
    text: Text,
    structure: Structure,
    question_stems: frozenset[str] = frozenset(),
    ignore: frozenset[int] = frozenset(),
    unread: frozenset[int] = frozenset(),
) -> bool:
    """Terms with no claim between them (see the module docstring); the words at the positions
    in `ignore` (sentences off the question's subject) are left out, unless that leaves too few
    to judge: a string of terms the references never use is off the subject as a whole. The
    words at the positions in `unread` (sentences the grader cannot read: another language,
    noise) are always left out: "Mitochondrien erzeugen ATP durch Zellatmung." is a sentence,
    whose function words the grader does not know, not a list."""
    counted = _count_content(text, ignore)
    if ignore and counted < KEYWORD_MIN_TERMS:
        ignore = unread
        counted = _count_content(text, ignore)
    if counted < KEYWORD_MIN_TERMS:
        return False
    hyped = sum(_count_content(text, ignore, *span) for span in hyped_sentences(text, structure))
    if bare_run(text, ignore) or hyped >= KEYWORD_BARE_SHARE * counted:
        return True
    if same_word_chain(text, ignore) >= KEYWORD_BARE_SHARE * counted:
        return True  # "Alignment via RLHF via reward models via humans via PPO"
    # neither test below passes with under half the content words in bare terms
    share, items = bare_term_share(text, question_stems, ignore, give_up_below=0.5)
    if items >= KEYWORD_MIN_ITEMS and share >= KEYWORD_BARE_SHARE:
        return True
    if items >= 3 and share >= 0.5 and _FILLER_PHRASES.search(text.raw.lower()) is not None:
        return True
    # an empty predicate between the terms ("X, Y and Z drive the whole thing") relates none
    filler = vague_predicates(text) - ignore
    if not filler:
        return False
    share, items = bare_term_share(text, question_stems, ignore, filler=filler)
    return items >= KEYWORD_MIN_ITEMS and share >= KEYWORD_BARE_SHARE
