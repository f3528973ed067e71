"""A concept named by a restricting word joined to its head ("decoder-only", "decoder only",
"just the encoder", "instruction alone"): the restricting word must stand next to that head in
the answer.

"only" is a counting word kept in an alias (grader.alias_phrase), but a phrase's words are
found in any order inside one sentence, so "decoder only" was found in "The decoder is only
used to produce the embeddings" (the wrong46 probe to genai-006, 78.3), and "just the decoder"
(a function word dropped) was any "decoder" (only46). Next to means: right after the head
("decoder only", "the instruction alone"), after the head and one content word ("the decoder
stack only"), or before it with at most two words between that are no conjunction or negation
("only the decoder", "only uses the decoder"). "just" opening the noun phrase it restricts ("just
the decoder", "is just a lookup", "just two layers") is read as "only" too (`restricting_just`);
before anything else ("we just fine-tune it") it is "simply" or "a moment ago", and stays
itself."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import STOP_WORDS, Text, cached_stem, spelt_number
from ..text.function_words import DETERMINERS as SHARED_DETERMINERS
from ..verbs import is_verb
from .phrases import Phrase

RESTRICTORS = frozenset(("only", "just", "solely", "alone"))
"""Words that restrict a noun to itself ("decoder only")."""
RESTRICTOR_STEMS = frozenset(Text.of(" ".join(RESTRICTORS)).stems)
ONLY_STEM = cached_stem("only")
JUST_STEM = cached_stem("just")
DETERMINERS = SHARED_DETERMINERS | frozenset(("that",))
"""Words that open the noun phrase "just" restricts ("just the decoder", "just a lookup"): the
shared determiners and "that" ("only that layer")."""
BEFORE_GAP = 2
"""How many words may stand between a restricting word and the head after it ("only the
decoder", "only uses the decoder")."""
BREAKS = frozenset("and or but nor than not no never versus vs".split())
"""Words that end the head's phrase: "only an encoder and a decoder" restricts no decoder."""
WRITTEN_AFTER = re.compile(r"([a-z0-9]+)[- ](?:only|alone)\b\W*([a-z0-9]*)")
"""A word and the restricting word after it ("decoder-only", "decoder only", "text alone"),
with the word after them: a function word there is what "only" restricts ("big model only
for hard": only for the hard requests, not only the model)."""


def restricting(alias: str, phrase: Phrase) -> Phrase:
    """The phrase with its restriction marked (`Phrase.restricted`): a phrase of two words,
    one of them a restricting word ("decoder only", "just the encoder"), or a restricting word
    written right after a word of the phrase that is no verb ("decoder-only transformer",
    "previous tokens only"; not "sees only earlier tokens", which "each token sees the earlier
    tokens only" says as well) and before no function word ("big model only for hard")."""
    stems = [token[1] for token in phrase.tokens]
    at = [i for i, s in enumerate(stems) if s in RESTRICTOR_STEMS]
    if len(at) != 1:
        return phrase
    if stems[at[0]] == JUST_STEM and restricting_just(Text.of(alias.lower())):
        # "just the encoder" is found as "only the encoder"; "just tell it what to do" keeps
        # its "just" (genai-052 fresh-dev f0194 lost 'instruction alone' when it did not)
        word, _, fuzzy = phrase.tokens[at[0]]
        tokens = list(phrase.tokens)
        tokens[at[0]] = (word, ONLY_STEM, fuzzy)
        phrase = replace(phrase, tokens=tuple(tokens))
        stems[at[0]] = ONLY_STEM
    if len(stems) == 2:
        return replace(phrase, restricted=(at[0], 1 - at[0]))
    for head, after in WRITTEN_AFTER.findall(alias.lower()):
        written = Text.of(head)
        if after in STOP_WORDS:
            continue
        if written.stems and written.stems[0] in stems and not is_verb(head, written.stems[0]):
            return replace(phrase, restricted=(at[0], stems.index(written.stems[0])))
    return phrase


def restricting_just(text: Text) -> list[int]:
    """Positions of "just" read as "only": right before a determiner or a number, where it opens
    the noun phrase it restricts ("just the decoder", "is just a lookup table", "just two
    layers"); not before a verb or anything else ("we just fine-tune it", "GPT just stacks
    decoder blocks", "just like", "has just finished"), where it is "simply" or "a moment ago"."""
    words = text.words
    return [
        i
        for i, word in enumerate(words[:-1])
        if word == "just"
        and (
            words[i + 1] in DETERMINERS
            or spelt_number(words[i + 1]) is not None
            or words[i + 1].isdigit()
        )
    ]


def next_to(text: Text, restrictor: int, head: int) -> bool:
    """Whether the restricting word at `restrictor` restricts the head word at `head`."""
    words = text.words
    if restrictor > head:
        between = words[head + 1 : restrictor]
        return not between or (len(between) == 1 and between[0] not in STOP_WORDS)
    between = words[restrictor + 1 : head]
    return len(between) <= BEFORE_GAP and not any(w in BREAKS for w in between)


def heads_restricted(
    text: Text, heads: list[int], restrictors: list[int]
) -> tuple[list[int], list[int]]:
    """Of the positions of a head and of its restricting word, those next to each other."""
    pairs = [(h, r) for h in heads for r in restrictors if next_to(text, r, h)]
    return sorted({h for h, _ in pairs}), sorted({r for _, r in pairs})
