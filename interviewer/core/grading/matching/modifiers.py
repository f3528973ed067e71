"""Words that only qualify a noun: the run of plain words right before it ("the average
cross-entropy loss"), and a comparative written right before its own noun ("longer vectors")
that qualifies another one in the answer."""

from __future__ import annotations

from ..denial_words import NEGATIONS
from ..text import DIRECTION_WORDS, STOP_WORDS, Text, stem
from ..text.function_words import ARTICLES
from ..verbs import is_verb
from .answer import Answer
from .comparatives import compared
from .phrases import COUNTING, REVERSED, Phrase

_ADJACENT: dict[tuple[str, tuple[tuple[str, str, bool], ...]], frozenset[int]] = {}
"""`adjacent_pairs` of each phrase met, by its text and words: a property of the phrase alone
(a rubric's wrong claim), read once rather than again for every answer that holds its words."""
_ADJACENT_KEPT = 100_000
"""At most this many phrases are remembered (ad-hoc questions may bring new ones)."""


def adjacent_pairs(phrase: Phrase) -> frozenset[int]:
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
    where the first is a comparative (compared) and the second no direction word: a
    comparative and the noun it qualifies ("longer vectors", "fewer heads"). Other neighbours
    may relate otherwise in a terse line ("text queries the latents", "RLHF removes bias": a
    subject and its verb; "cross-encoder compares": "encoder" compares nothing)."""
    said = Text.of(phrase.text.removesuffix(REVERSED)).words
    pairs = set(zip(said, said[1:], strict=False))
    written = [token[0] for token in phrase.tokens]
    if phrase.text.endswith(REVERSED):
        # a claim turned around holds its direction word flipped ("fits on smaller GPUs"
        # looked for as "fits on higher GPUs"): it stands where the written one does
        content = [w for w in said if w not in STOP_WORDS]
        if len(content) == len(written):
            written = content
    return frozenset(
        k
        for k, (one, other) in enumerate(zip(phrase.tokens, phrase.tokens[1:], strict=False))
        if (written[k], written[k + 1]) in pairs
        and compared(one[0], one[1])
        and other[1] not in DIRECTION_WORDS
    )


def modifies_another(adjacent: frozenset[int], answer: Answer, chosen: list[int]) -> bool:
    """Whether a direction word the statement puts right before its noun ("longer vectors",
    adjacent_pairs) stands in the answer right before another content word, with more words
    before the statement's noun: "longer texts get vectors of the same length" says "longer
    texts", not "longer vectors".
    Words that only qualify the next one ("longer context vectors", modifiers_before) and a
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
        if b - modifiers_before(answer, b, a) <= a + 1:
            continue  # every word between qualifies the statement's next word
        return True
    return False


MODIFIERS = 3
"""At most this many words qualifying a noun right before it ("the full-resolution pixels",
"the average cross-entropy loss") are not counted between a statement's words."""


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


def modifiers_before(answer: Answer, position: int, after: int) -> int:
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
