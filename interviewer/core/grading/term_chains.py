"""Chains of terms: bare terms strung one after another by "and" / "or" / "plus" alone, with no
comma, no verb and no relating word anywhere in the answer ("Text and images and audio and video
and code and diffusion and GANs").

A list question takes a list of terms as its answer (flags.asks_for_list), but a chain is no
list a candidate sets out: it groups nothing and says nothing of its terms, it strings them
together. It stays a keyword string on a list question. A list that answers sets its items apart
("Bias, misinformation and deepfakes, privacy and copyright of training data"): its "and"s join
pairs inside items, never CHAIN_MIN_JOINS terms in a row. A sentence that lists says something
of its terms ("it needs a reward model and a KL penalty and a value head and a critic": "needs"),
so one item with a verb or a relating word is enough to make the answer no chain.

A row of bare terms joined by one and the same function word ("Alignment via RLHF via reward
models via humans via PPO", `same_word_chain`) is a chain too, on any question: a word that
relates two terms relates nothing when it strings a row of them (keywords.is_keyword_string).
"""

from __future__ import annotations

from .term_items import is_claim, list_items
from .text import STOP_WORDS, Text

CHAIN_WORDS = frozenset({"and", "or", "plus"})
"""The words that join the terms of a chain."""
CHAIN_MIN_JOINS = 3
"""A chain joins at least this many times in a row (four terms or more): "images and audio" or
"privacy and copyright" is one item of a list, or a pair."""


def chain_joins(text: Text, ignore: frozenset[int] = frozenset()) -> int:
    """The longest run of list items (term_items.list_items, outside `ignore`) joined one to the
    next by a bare CHAIN_WORDS word (one word between them, no punctuation around it)."""
    items = [item for item in list_items(text) if item[0] not in ignore]
    words, spans, raw = text.words, text.spans, text.raw
    best = run = 0
    for (_, last), (first, _) in zip(items, items[1:], strict=False):
        joined = (
            first == last + 2
            and words[last + 1] in CHAIN_WORDS
            and raw[spans[last][1] : spans[last + 1][0]].isspace()
            and raw[spans[last + 1][1] : spans[first][0]].isspace()
        )
        run = run + 1 if joined else 0
        best = max(best, run)
    return best


def is_term_chain(text: Text, ignore: frozenset[int] = frozenset()) -> bool:
    """Whether the answer (outside `ignore`) is a chain of terms: CHAIN_MIN_JOINS joins in a
    row (`chain_joins`) and no item that says something (term_items.is_claim: a verb, a
    relating word or sign, more than three content words)."""
    if chain_joins(text, ignore) < CHAIN_MIN_JOINS:
        return False
    for first, last in list_items(text):
        if first in ignore:
            continue
        if any(w not in STOP_WORDS for w in text.words[first : last + 1]) and is_claim(
            text, first, last
        ):
            return False
    return True


ORDERING_WORDS = frozenset("to into from then than".split())
"""Function words that say an order or a change when repeated ("text to tokens to vectors":
a pipeline, a claim), never the joint of a chain."""
CHAIN_TERM_WORDS = 3
"""A term of a chain holds at most this many words, none a function word."""


def same_word_chain(text: Text, ignore: frozenset[int] = frozenset()) -> int:
    """How many content words stand in the longest chain of bare terms (at most
    CHAIN_TERM_WORDS words each, no function word) joined one to the next by one and the same
    function word, CHAIN_MIN_JOINS times or more, with no punctuation at the joints ("Alignment
    via RLHF via reward models via humans via PPO"): a word that relates two terms relates
    nothing when it strings a row of them; 0 when there is none. ORDERING_WORDS join no chain."""
    words, spans, raw = text.words, text.spans, text.raw
    if not _joints_close_enough(words):
        return 0  # most answers: no function word comes back soon enough to join a chain
    best = 0
    i, n = 0, len(words)
    while i < n:
        # a run starts with a term at i
        joiner: str | None = None
        joins, held, start = 0, 0, i
        while True:
            end = start
            while (
                end < n
                and end - start < CHAIN_TERM_WORDS
                and words[end] not in STOP_WORDS
                and end not in ignore
                and (end == start or _joined(raw[spans[end - 1][1] : spans[end][0]]))
            ):
                end += 1
            if end == start:
                break  # no term here
            term_words = end - start
            at = end  # the joint
            if (
                at >= n
                or words[at] not in STOP_WORDS
                or words[at] in ORDERING_WORDS
                or (joiner is not None and words[at] != joiner)
                or not raw[spans[at - 1][1] : spans[at][0]].isspace()
                or at + 1 >= n
                or not raw[spans[at][1] : spans[at + 1][0]].isspace()
            ):
                held += term_words
                break
            joiner = words[at]
            joins += 1
            held += term_words
            start = at + 1
        if joins >= CHAIN_MIN_JOINS:
            best = max(best, held)
        i += 1
    return best


def _joints_close_enough(words: list[str]) -> bool:
    """Whether some function word that may join a chain (no ORDERING_WORDS) follows a word
    that is not one CHAIN_MIN_JOINS times in a row, each at most CHAIN_TERM_WORDS + 1 words
    after the last: a chain's joints are such a row (a term of one to CHAIN_TERM_WORDS words
    between two, no other function word), so without one there is no chain. One pass over the
    words, where trying a run from every word costs many (speed41)."""
    rows: dict[str, tuple[int, int]] = {}
    for at in range(1, len(words)):
        word = words[at]
        if word not in STOP_WORDS or word in ORDERING_WORDS or words[at - 1] in STOP_WORDS:
            continue
        last, row = rows.get(word, (-CHAIN_TERM_WORDS - 2, 0))
        row = row + 1 if at - last <= CHAIN_TERM_WORDS + 1 else 1
        if row >= CHAIN_MIN_JOINS:
            return True
        rows[word] = (at, row)
    return False


def _joined(gap: str) -> bool:
    """Whether two words stand in one term: a space or a hyphen between them."""
    return gap == "-" or gap.isspace()
