"""The items of a list written as an answer, and whether each is a bare term or says something.

An answer is cut into items at commas, semicolons, slashes, line breaks, bullets and dashes,
and at "and", "or", "plus", "with", "vs"; an item says something (a claim) when it holds a verb,
a relating word ("to", "because", "is", "can"), a relating sign ("=", "→") or a comparative
("faster reads"); an item of more than three content words says something unless it is a long
noun phrase, which keywords.py counts as a term only where such phrases make much of the
answer (`keywords.LONG_TERMS_SHARE`).
"""

from __future__ import annotations

import re

from .text import STOP_WORDS, Text
from .text.function_words import ARTICLES, AUXILIARIES
from .text.words import HYPHEN_CHARS
from .verbs import COPULAS, acts_on, is_imperative, is_verb

_ITEM_BREAK_RE = re.compile(r"[,;:/|•·\n()]|\s[-–—*]\s|[.!?]\s")
ITEM_WORDS = frozenset("and or plus with vs versus".split())
_RELATIONAL = frozenset(
    """to from by into for than when because so if which that it they we you i is are was were
    be can will does do did should must may might could would has have had not no without via
    through on at over between where while whereas but instead each every then like such
    including e.g""".split()
)
"""Function words that relate terms: an item holding one says something about them ("image
generators like Midjourney" names a kind and its example)."""


def is_claim(
    text: Text,
    first: int,
    last: int,
    long_terms: bool = False,
    comparing: bool = False,
    led: bool = True,
) -> bool:
    """Whether the item says something: a comparative when `comparing` ("faster reads", "more
    memory": the item says its term is so, in a list that compares, see COMPARING_ITEMS), a
    relating word, a relating sign ("lower = better fit",
    "≈ branching factor", "text → image") or a verb; an item of more than three content words,
    unless `long_terms` and it is a long noun phrase (see `noun_phrase`); an item with no
    content word counts as one too (it is no term). `led`: a sign just before the item counts
    ("≈ branching factor"); not for the complement of a sign that links it to a term before
    (copula_lists.equated_term), which is read on its own."""
    words = text.words[first : last + 1]
    stems = text.stems[first : last + 1]
    content = [w for w in words if w not in STOP_WORDS]
    if not content or (comparing and compares(words)):
        return True
    long = len(content) > 3
    if long:
        if not long_terms or not noun_phrase(text, first, last) or _gerund(words, stems):
            return True
    elif (
        any(w in _RELATIONAL and not in_compound(text, first + j) for j, w in enumerate(words))
        or _for_example(words)
        or _acts_on_object(words, stems)
    ):
        # a function word inside a hyphenated term is part of its name: "step-by-step"
        return True
    start = text.spans[first - 1][1] if first and led else text.spans[first][0]
    if RELATION_SIGN_RE.search(text.raw, start, text.spans[last][1]):
        return True
    # in a long noun phrase, its last word in -s is its plural head ("accuracy gains") and a
    # word of a hyphenated term is part of its name ("end-to-end": no "to end"); in any item,
    # a participle joined to the word before it makes an adjective ("pre-trained", "fine-tuned
    # model"), while "fine-tune the model" still tells what to do
    return any(
        is_verb(w, stems[j], words[j - 1] if j else "", _next(words, j))
        and w not in COPULAS
        and not (long and j == len(words) - 1 and _plural(w))
        and not (in_compound(text, first + j) and (long or (j and w.endswith("ed"))))
        for j, w in enumerate(words)
    ) or is_imperative(words, stems)


def _for_example(words: list[str]) -> bool:
    """Whether the item holds "e.g." or "i.e." (read as two words: "e", "g"), which relate an
    example or a meaning to what comes before."""
    return any(pair in (("e", "g"), ("i", "e")) for pair in zip(words, words[1:], strict=False))


_OBJECT_LEADS = frozenset("the a an its their each every".split())


def _acts_on_object(words: list[str], stems: list[str]) -> bool:
    """Whether the item opens with a verb in -ing whose object a determiner opens ("predicting
    the next token", "minimizing the loss"): it says what is done, as `_gerund` reads long
    items ("predicting the next token" in a concise answer graded 3 on the train split had been
    read as a bare term)."""
    return len(words) > 1 and words[1] in _OBJECT_LEADS and _gerund(words, stems)


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "izes", "ises", "ifies"))


_COMPARATIVES = frozenset(
    """more less fewer higher lower greater larger bigger smaller faster quicker slower better
    worse cheaper easier harder longer shorter stronger weaker simpler safer""".split()
)
"""Comparatives: an item holding one says its term is so ("faster decoding, more GPU memory,
slower writes" is a list of claims in an interview, and was read as a keyword string, 15)."""
COMPARING_ITEMS = 2
"""A list compares when at least this many of its items hold a comparative ("Faster decoding,
more GPU memory, ..."): then each such item is a claim. One among terms ("..., fewer trainable
parameters, adapters, PEFT, QLoRA, ...", play28 M4's LoRA string) is a term's praise, no
comparison."""
_NAMED_AFTER = frozenset("triangular order bound bounds layer layers level levels".split())
"""Words after a comparative that make it part of a term's name: "lower triangular matrix",
"higher-order terms", "lower layers" say nothing is lower (round1-bz-112 of
keyword_strings.yaml, "causal masking, lower triangular matrix and padding masks", had lost its
flag)."""


def compares(words: list[str]) -> bool:
    """Whether the item holds a comparative that is no part of a term's name."""
    if _COMPARATIVES.isdisjoint(words):
        return False  # most items: no word to look at twice
    return any(
        w in _COMPARATIVES and (j + 1 == len(words) or words[j + 1] not in _NAMED_AFTER)
        for j, w in enumerate(words)
    )


_PROCESS_NAMES = frozenset(
    """training learning reasoning encoding decoding embedding sampling scaling caching batching
    streaming routing pooling modeling modelling prompting""".split()
)
"""Words in -ing that name a process at the head of a term ("training data imbalance",
"sampling temperature"), not an action on what follows."""


def _gerund(words: list[str], stems: list[str]) -> bool:
    """Whether the item opens with a verb in -ing acting on what follows ("getting good aligned
    data across modalities", a concise answer graded 4 on the train split, had been read as a
    long term): an action named with its object says what is done."""
    first = words[0]
    return first.endswith("ing") and first not in _PROCESS_NAMES and acts_on(first, stems[0])


_PHRASE_GLUE = frozenset("of over at".split())
"""Prepositions inside a noun phrase ("majority voting over sampled reasoning paths",
"retrieval recall at k"): the only function words a long noun phrase holds."""


def noun_phrase(text: Text, first: int, last: int) -> bool:
    """Whether a long item (more than three content words; its verbs are looked for after)
    is a noun phrase: no function word but the prepositions of _PHRASE_GLUE. A claim holds a
    determiner, a pronoun or a verb's auxiliary ("BM25 catches the exact terms"); a string of
    long terms holds none (a function word inside a hyphenated term is part of its name:
    "step-by-step") ("answer aggregation accuracy gains" scored 62.7 in a keyword
    string: every item of more than three content words had counted as a claim)."""
    if text.words[first] in ARTICLES and first < last:
        first += 1  # "the generator-discriminator minimax game": an article opens a name
    return all(
        w not in STOP_WORDS or w in _PHRASE_GLUE or in_compound(text, i)
        for i, w in enumerate(text.words[first : last + 1], first)
    )


RELATION_SIGNS = "=≈≠<>≤≥→←↔⇒∝"
RELATION_SIGN_RE = re.compile(f"[{re.escape(RELATION_SIGNS)}]")
"""Signs that relate two things in notes: an item holding one, or led by one, is a claim."""


def in_compound(text: Text, i: int) -> bool:
    """Whether word `i` is joined by a hyphen to the word before or after it: the "only" of
    "encoder-only" or the "to" of "end-to-end" is part of a term's name and relates nothing
    (play27 M1: "encoder-only decoder-only bidirectional causal masked language modeling ..."
    scored 85.2 strong, its two "only" read as function words)."""
    start, end = text.spans[i]
    raw = text.raw
    return (
        start > 0 and raw[start - 1] in HYPHEN_CHARS and i > 0 and text.spans[i - 1][1] == start - 1
    ) or (
        end < len(raw)
        and raw[end] in HYPHEN_CHARS
        and i + 1 < len(text.spans)
        and text.spans[i + 1][0] == end + 1
    )


def list_items(text: Text) -> list[tuple[int, int]]:
    """(first, last) word positions of each list item (see `bare_term_share`)."""
    items: list[tuple[int, int]] = []
    start: int | None = None
    last_end = 0
    raw, words = text.raw, text.words
    for i, (begin, end) in enumerate(text.spans):
        word = words[i]
        if word in ITEM_WORDS:
            if start is not None:
                items.append((start, i - 1))
            start = None
        elif start is None:
            start = i
        elif (begin != last_end + 1 or raw[last_end] != " ") and _ITEM_BREAK_RE.search(
            raw, last_end, begin
        ):  # (one space, the commonest gap, is no break: the search is skipped)
            items.append((start, i - 1))
            start = i
        last_end = end
    if start is not None:
        items.append((start, len(text.words) - 1))
    return items


def _next(words: list[str], j: int) -> str:
    return words[j + 1] if j + 1 < len(words) else ""


_VERB_PHRASE_OPENERS = AUXILIARIES - frozenset(("shall",))
"""Auxiliaries: an item that opens with one after "and" / "or" goes on with the verb phrase of
the item before ("the model reproduces and can amplify them"); "shall" was never read here."""


def continued_predicates(text: Text, items: list[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    """The items whose verb phrase the next item goes on with, after "and" or "or" ("the model
    reproduces", of "...; the model reproduces and can amplify them"): a clause whose verb
    verbs.py does not know ("reproduces"), told by the auxiliary that continues it (a terse
    correct note on how bias arises, its sources listed, had been read as a string of terms)."""
    words = text.words
    return frozenset(
        item
        for item, following in zip(items, items[1:], strict=False)
        if following[0] == item[1] + 2
        and words[item[1] + 1] in ("and", "or")
        and words[following[0]] in _VERB_PHRASE_OPENERS
    )
