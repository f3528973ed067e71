"""Phrases to look for in an answer: the words of an alias that must be found (the question's own
left out, counting words kept), and a phrase with its direction turned around."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..denial_words import has_negation
from ..effort_verbs import fails_to
from ..text import DIRECTION_WORDS, STOP_WORDS, Text
from ..text.particles import particle_compounds
from ..text.reflexives import REFLEXIVE_STEM, reflexive_marks
from ..too_to import too_to
from ..typos import edits_allowed
from ..unable_to import unable_to
from ..verbs import is_verb


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
    repeated: frozenset[str] = frozenset()
    """Stems the phrase says twice close together ("token by token", "word after word"): found
    only where the answer says them so too, not as one mention of the word."""
    direction: tuple[str, str] | None = None
    """(from, to): the stems of a direction the phrase names between two nouns ("text-to-image",
    "left to right", "speech into text", "images from text"): not found where the answer marks
    the other way ("image to text", "right to left", "text from speech"; see
    matches.said_backwards)."""
    restricted: tuple[int, int] | None = None
    """(restricting word, head): the indices in `tokens` of a restricting word ("only") and the
    word it restricts ("decoder-only"): found only next to each other (restricted.py)."""
    compound: bool = False
    """The first token modifies the second, the question's word ("length bias" asked about
    biases, asked_kinds.py): found only joined to it, or listed with it (compounds.py)."""


QUANTIFIERS = frozenset("only all every always both".split())
"""Stop words that a claim cannot drop: "BERT sees only the words to the left" is wrong, "BERT
sees the words to the left and right" is not."""
COUNTING = QUANTIFIERS | frozenset("one once same own each few".split())
"""Function words that count ("one copy", "loaded once", "decoder only"): a wrong claim keeps
them ("each frame denoised on its own"), and an alias that would keep a single word without
them is matched with them."""
CLAIM_WORDS = COUNTING | frozenset(("until", "any"))
"""Function words a wrong claim keeps (statement_phrases, the audit's claim lines): the
counting words; "until", which says when a step stops ("waits until the batch is full",
"adds noise until a picture appears"): without it "top-k keeps tokens until the probability
reaches p" was read as "top-k keeps tokens", which is true (bank audit's claim-line-reading);
and "any" of an overclaim ("works on any model", "handles any length"), read as "works model"
without it, which "the watermark only works if the model maker applies it" said (probes37).
A claim said in the negative ("does not store any training data") is read without its "any"
(`claim_words`): "does not store training data" states it as well."""


@lru_cache(maxsize=20_000)
def claim_words(text: str) -> frozenset[str]:
    """The function words a wrong claim written as `text` keeps: CLAIM_WORDS, without "any"
    when the claim is a denial ("without any target", "never outputs any personal data").
    Kept per process: every grader reads the same claims (12,273 calls, 1,948 claims, in
    preparing the genai bank)."""
    words = Text.of(text).words
    return CLAIM_WORDS - {"any"} if has_negation(words) else CLAIM_WORDS


_parsed: dict[tuple[str, int], tuple[Mapping[str, str] | None, Text]] = {}
"""(text, id(canon)) -> (canon, the text read): the last texts `make_phrase` read (the entry
holds `canon`, so that its id is no other mapping's while the entry lives). An alias is read
three or four times in a row (QuestionPreparing.alias_phrase: as written, with its counting
words, with its restricting words, whole), through one parse; a Text is not changed here."""
PARSES_KEPT = 64


def _read(text: str, canon: Mapping[str, str] | None) -> Text:
    """`Text.of(text, canon=canon)`, kept for the next few calls (`_parsed`)."""
    found = _parsed.get((text, id(canon)))
    if found is not None and found[0] is canon:
        return found[1]
    parsed = Text.of(text, canon=canon)
    if len(_parsed) >= PARSES_KEPT:
        _parsed.clear()
    _parsed[(text, id(canon))] = (canon, parsed)
    return parsed


def make_phrase(
    text: str,
    drop: frozenset[str] = frozenset(),
    canon: Mapping[str, str] | None = None,
    *,
    whole_if_shrunk: bool = False,
    keep: frozenset[str] = frozenset(),
    twice: bool = False,
) -> Phrase | None:
    """A phrase ready to match; words in `drop` (the question's own) are not required, and
    `canon` is the bank's thesaurus (see text.Text.of). With `whole_if_shrunk`, a phrase that
    would lose all but one of its words to the question is matched whole instead of dropped
    (a concept's own name: "low-rank matrices" asked about Low-Rank Adaptation). Words in
    `keep` are required although they are stop words (COUNTING, in a claim). With `twice` (a
    claim), a word the phrase writes twice apart is needed twice: "GPT-4V maps text to text"
    is not "GPT-4V maps images and text", nor "longer texts get longer vectors" "longer texts
    get vectors of the same length"."""
    acronym = text.strip().isupper() and len(text.strip()) <= 6
    parsed = _read(text, canon)
    if not parsed.words:
        return None
    indices = [
        i
        for i, w in enumerate(parsed.words)
        if w not in STOP_WORDS or parsed.stems[i] in DIRECTION_WORDS or w in keep
    ] or list(range(len(parsed.words)))
    # a word said twice ("token by token") is a pattern of its own, kept even when the
    # question names the word: asked about tokens, "token by token" still says "in turn"
    repeated = _said_twice(parsed, indices, {parsed.stems[i] for i in indices})
    tokens = []
    # "on-policy" is one word, not "policy" (text/particles.py); asked about on-policy
    # distillation, it is the question's own word as "policy" is
    compounds = particle_compounds(parsed, hyphen_only=True)
    for i in indices:
        word, word_stem = parsed.words[i], parsed.stems[i]
        if word_stem in drop and word_stem not in repeated:
            continue
        if i in compounds:
            word, compound_stem = compounds[i]
            tokens.append((word, compound_stem, False))
            continue
        fuzzy = (
            not acronym
            and edits_allowed(word) > 0
            and not word.isdigit()
            and word_stem not in DIRECTION_WORDS
            and word not in keep
        )
        tokens.append((word, word_stem, fuzzy))
    if tokens and reflexive_marks(parsed):
        # "spread evenly by themselves" is not "spread evenly" (text/reflexives.py)
        tokens.append(("by itself", REFLEXIVE_STEM, False))
    if not tokens:
        return None
    distinct_tokens = list(dict.fromkeys(tokens))
    if len(tokens) > 1 and len(distinct_tokens) == 1 and not repeated:
        return None  # "the model and the model" says nothing of its own
    if twice:
        # each word as often as written, but a word said twice side by side ("token by
        # token") once: that pattern is `repeated`'s
        tokens = [t for n, t in enumerate(tokens) if t[1] not in repeated or t not in tokens[:n]]
    else:
        tokens = distinct_tokens
    distinct = {parsed.stems[i] for i in indices if parsed.stems[i] not in DIRECTION_WORDS}
    if len(distinct) > 1 and len(tokens) == 1:
        # "adversarial training" asked about GANs would shrink to "training": a phrase that
        # loses its distinguishing words to the question says nothing on its own.
        return make_phrase(text, frozenset(), canon) if whole_if_shrunk else None
    kept = {token[1] for token in tokens} | {parsed.stems[i] for i in compounds}
    return Phrase(
        text,
        tuple(tokens),
        has_negation(parsed.words)
        or any(
            fails_to(parsed.words, i) or unable_to(parsed.words, i) or too_to(parsed.words, i)
            for i in range(len(parsed.words))
        ),
        repeated=repeated,
        direction=direction_of(parsed, kept),
    )


DIRECTION_MARKERS = frozenset(("to", "into"))
"""Words that lead from a source to a target between two nouns ("text to image")."""


def direction_of(parsed: Text, kept: set[str]) -> tuple[str, str] | None:
    """The (from, to) stems of the first "A to B" / "A into B" (or "B from A") of two different
    nouns whose stems the phrase must find ("text-to-image", "left to right", "images from
    text"); not an infinitive ("trained to predict": a verb after "to"), a verb's "from" ("learns
    from feedback") nor a stop word on either side ("added to the prompt")."""
    words, stems = parsed.words, parsed.stems
    for i in range(1, len(words) - 1):
        before, after = words[i - 1], words[i + 1]
        if (
            (words[i] in DIRECTION_MARKERS or words[i] == "from")
            and before not in STOP_WORDS
            and after not in STOP_WORDS
            and stems[i - 1] != stems[i + 1]
            and {stems[i - 1], stems[i + 1]} <= kept
            and not is_verb(before, stems[i - 1])
            and not is_verb(after, stems[i + 1], words[i])
        ):
            if words[i] == "from":
                return stems[i + 1], stems[i - 1]
            return stems[i - 1], stems[i + 1]
    return None


REVERSED = " (reversed)"
"""The end of the text of a claim turned around (`flipped`): read back by claims/stated.py
and modifiers.py."""
REPEAT_GAP = 2
"""How far apart the two mentions of a word said twice may stand: "token by token" (two),
"word-word" (one)."""


def _said_twice(parsed: Text, indices: list[int], wanted: set[str]) -> frozenset[str]:
    """The stems among `wanted` of words the phrase writes twice within `REPEAT_GAP` words
    ("step by step", "word after word"): a phrase's repeated word is a pattern of its own. The
    same word written twice, not two words of one thesaurus group ("programming code")."""
    stems, words = parsed.stems, parsed.words
    kept = [i for i in indices if stems[i] in wanted]
    return frozenset(
        stems[a]
        for a, b in zip(kept, kept[1:], strict=False)
        if words[a] == words[b] and b - a <= REPEAT_GAP
    )


def said_twice(positions: list[int]) -> dict[int, int]:
    """Of a word's positions in an answer, those followed by the same word within
    `REPEAT_GAP` words ("token by token"), each with the position of its repeat."""
    return {a: b for a, b in zip(positions, positions[1:], strict=False) if b - a <= REPEAT_GAP}


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
            variants.append(
                Phrase(
                    phrase.text + REVERSED,
                    tuple(tokens),
                    phrase.negative,
                    repeated=phrase.repeated,
                    restricted=phrase.restricted,  # read as the phrase is (restricted.py)
                )
            )
    return variants


def needed_share(phrase: Phrase) -> float:
    """Every word of a phrase of up to three words (or `whole`); two thirds of a longer one."""
    return 1.0 if len(phrase.tokens) <= 3 or phrase.whole else 0.66
