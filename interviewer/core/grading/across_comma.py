"""A wrong claim said of its subject across a comma (wrong37): "LoRA, which trains all of the
model's weights, ..." states "LoRA trains all of the model's weights", and "CLIP, on the other
hand, is a unimodal image classifier" states "CLIP is a unimodal image classifier".

A listed wrong claim (a `contradicts`, a misconception) is found as a statement within one
clause (matching.match_statement), and a comma opens a new clause; so a claim whose subject
stands before a relative clause or a short aside set off by commas was not read, and the
fluent wrong answer that said it in all its words scored as a partial one (train, dev and
fresh-dev held such answers at 39-63: "vLLM, Ollama and llama.cpp, which are fully managed
cloud services" against the wrong claim "vLLM is a cloud service").

Here the claim's first words (its subject, one to MAX_SUBJECT words of the claim, its rest
holding two words or more) must end right before the comma, and the rest is found as a
statement in the clause after it, when that clause
- opens with "which" or "who" right after the comma, the rest beginning at most PRONOUN_GAP
  words later ("LoRA, which updates ...", "vLLM, which is a managed ...");
- or opens with a verb ("is", "uses", ...) after an aside set off by two commas: an adverb or a
  phrase of at most ASIDE_WORDS words opening with a preposition ("CLIP, on the other hand,
  is ...", "GPT, in short, uses ...", "a VAE, however, is ...");
- or opens with the verb after an appositive (appositives.py: "GPT, the Generative Pre-trained
  Transformer, is ...", "HyDE (hypothetical document embeddings) trains ...", "LangChain - a
  library - is ..."), the rest beginning at most PRONOUN_GAP words after that verb; there a
  rest of two words says enough, direction and counting words among them ("is an encoder-only
  model"), as the verb's subject is told by grammar, not by nearness (appos65).
A subject that is the object of a preposition ("MinHash for near-duplicates, which improves
quality"; "Unlike the VAE, the GAN is ...") or the hyphened end of a word is no subject here.
A subject that is the last item of a list ("vLLM, Ollama and llama.cpp, which are ...") is
the list's: each of its items is read as the subject. Nothing else is read across a comma: a
"which" after another noun ("the decoder of CLIP, which ...") is that noun's, and "X, Y is Z"
says nothing of X.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from .appositives import appositives, subject_before
from .matching import COUNTING, Answer, Match, Phrase, match_statement, word_missing
from .text import DIRECTION_WORDS
from .text.function_words import DETERMINERS, HAVE, LIST_CONJUNCTIONS
from .unit_spans import unit_start
from .verbs import COPULAS, is_verb

MAX_SUBJECT = 3
"""At most this many of a claim's first words are its subject ("standard diffusion models")."""
PRONOUN_GAP = 2
"""At most this many words ("is a", "are fully") between "which" and the rest of the claim."""
ASIDE_WORDS = 4
"""An aside set off by commas holds at most this many words ("on the other hand")."""
RELATIVES = frozenset(("which", "who"))
PREPOSITIONS = frozenset(
    "for of in on with to from by over into about at through via than like as under between"
    " unlike versus vs besides".split()
)
ADVERBS = frozenset("however therefore instead though too also meanwhile then thus".split())
LIST_ITEMS = 6
"""At most this many items of a list before "which" are read as its subject."""


def said_across_comma(phrase: Phrase, answer: Answer) -> Match | None:
    """Where the answer states the wrong claim `phrase` (said in the positive) of its subject
    across a comma (see the module docstring), not in a negation's reach: the positions of its
    subject's words and of the rest; else None."""
    tokens = phrase.tokens
    if len(tokens) < 3 or not _has_comma(answer) or word_missing(phrase, answer):
        return None  # a word of the claim nowhere in the answer: neither subject nor rest is
    ends = _before_a_break(answer)
    named = appositives(answer)
    if named:  # "GPT (Generative Pre-trained Transformer) is ...": "GPT" ends before no comma
        ends = ends | {a.subject for a in named.values()}
    for size, rest in subjects_and_rests(phrase):
        if not ends.intersection(answer.find(*tokens[size - 1])[0]):
            continue  # the subject's last word stands before no comma, "and" or "or"
        if rest is None:
            if not named or len(tokens) - size < 2:
                continue
            # right after an appositive the verb's subject is told by grammar, not nearness:
            # "GPT, the ..., is an encoder-only model" says "GPT is an encoder-only model"
            match = match_statement(replace(phrase, tokens=tokens[size:]), answer, unit="clause")
            if match is None or not _after_appositive(answer, match.positions[0]):
                continue
        else:
            match = match_statement(rest, answer, unit="clause")
            if match is None:
                continue
        end = _subject_end(answer, match.positions[0])
        if end is None:
            continue
        subject = _subject_at(phrase, size, answer, end)
        if subject is None:
            continue
        positions = (*subject, *match.positions)
        if any(answer.structure.negative_context(p) for p in positions):
            continue  # "LoRA, which never trains all of its weights"
        return Match(match.share, match.ratio, positions)
    return None


RESTS: dict[int, tuple[Phrase, tuple[tuple[int, Phrase | None], ...]]] = {}
"""`subjects_and_rests` of each wrong claim met, by its id (the claim kept beside it, so the
id is not reused while remembered): a property of the claim alone, worked out once rather
than for every answer that holds its words."""
_RESTS_KEPT = 100_000
"""At most this many claims are remembered (ad-hoc questions may bring new ones)."""


def subjects_and_rests(phrase: Phrase) -> tuple[tuple[int, Phrase | None], ...]:
    """For each size of the claim's subject (1 to MAX_SUBJECT words, leaving two or more), the
    rest of the claim as a phrase to find, or None when it says too little (under two words
    besides direction and counting words); remembered per claim."""
    kept = RESTS.get(id(phrase))
    if kept is not None and kept[0] is phrase:
        return kept[1]
    tokens = phrase.tokens
    found: list[tuple[int, Phrase | None]] = []
    for size in range(1, min(MAX_SUBJECT, len(tokens) - 2) + 1):
        rest = tokens[size:]
        said = [t for t in rest if t[1] not in DIRECTION_WORDS and t[0] not in COUNTING]
        found.append((size, replace(phrase, tokens=rest) if len(said) >= 2 else None))
    rests = tuple(found)
    if len(RESTS) < _RESTS_KEPT:
        RESTS[id(phrase)] = (phrase, rests)
    return rests


def _has_comma(answer: Answer) -> bool:
    """Whether the answer holds a comma, or a mark that may open an appositive (a bracket, a
    dash: appositives.py)."""
    raw = answer.text.raw
    return "," in raw or "(" in raw or "-" in raw or "\u2013" in raw or "\u2014" in raw


_BREAKS: list[tuple[object, frozenset[int]]] = []
"""The last answer's words that stand before a comma, "and" or "or" (see _before_a_break)."""


def _before_a_break(answer: Answer) -> frozenset[int]:
    """The words a subject read across a comma may end at: those before a comma, "and" or
    "or" (an item of a list); worked out once per answer, as every wrong claim asks."""
    text = answer.text
    last = _BREAKS[0] if _BREAKS else None  # read once: another thread may replace it
    if last is not None and last[0] is text:
        return last[1]
    words, spans, raw = text.words, text.spans, text.raw
    # the words before a comma found from the commas (speed67: the gap after every word was
    # cut out and searched): the word at or before each comma, where the comma stands in the
    # gap after it ("1,000" is two words, "1" and "000": the comma is "1"'s gap's)
    before: set[int] = set()
    if "," in raw:
        starts = [start for start, _ in spans]
        comma = raw.find(",")
        while comma >= 0:
            i = bisect_right(starts, comma) - 1
            if 0 <= i < len(words) - 1 and spans[i][1] <= comma:
                before.add(i)
            comma = raw.find(",", comma + 1)
    found = frozenset(
        (*before, *(i - 1 for i, word in enumerate(words) if i and word in LIST_CONJUNCTIONS))
    )
    _BREAKS[:] = [(text, found)]
    return found


def _after_appositive(answer: Answer, first: int) -> bool:
    """Whether the clause of the word at `first` opens with the verb after an appositive."""
    return subject_before(answer, unit_start(answer.structure.clauses, first)) is not None


def _subject_end(answer: Answer, first: int) -> int | None:
    """The word the claim's subject must end at, for a rest of the claim beginning at `first`:
    right before the comma that opens "which ..." or an aside; None when the clause of
    `first` is neither."""
    clauses, words = answer.structure.clauses, answer.text.words
    opening = unit_start(clauses, first)
    if opening == 0:
        return None
    named = subject_before(answer, opening)
    if named is not None:  # "GPT, the Generative Pre-trained Transformer, is ...": "GPT"
        return named.subject if first - opening - 1 <= PRONOUN_GAP else None
    if words[opening] in RELATIVES:
        if first - opening - 1 <= PRONOUN_GAP and answer.text.comma_before(opening):
            return opening - 1
        return None
    if first - opening > PRONOUN_GAP or not _verb_at(answer, opening):
        return None
    if not answer.text.comma_before(opening):
        return None
    start = unit_start(clauses, opening - 1)
    if start == 0 or opening - start > ASIDE_WORDS or not _an_aside(answer, start, opening):
        return None
    if not answer.text.comma_before(start):
        return None
    return start - 1


def _an_aside(answer: Answer, start: int, end: int) -> bool:
    """Whether words `start` to `end` (excluded) are an aside: one adverb ("however",
    "typically") or a phrase opening with a preposition ("on the other hand", "in short", "as
    we saw"), not a noun phrase that may be the clause's own subject ("Unlike the VAE, the GAN
    is ...")."""
    words = answer.text.words
    if end - start == 1:
        return words[start] in ADVERBS or words[start].endswith("ly")
    return words[start] in PREPOSITIONS


def _verb_at(answer: Answer, position: int) -> bool:
    words, stems = answer.text.words, answer.text.stems
    if words[position] in COPULAS or words[position] in HAVE:
        return True
    previous = words[position - 1] if position > 0 else ""
    following = words[position + 1] if position + 1 < len(words) else ""
    return is_verb(words[position], stems[position], previous, following)


def _subject_at(phrase: Phrase, size: int, answer: Answer, end: int) -> tuple[int, ...] | None:
    """The positions of the claim's first `size` words, said in order as the words ending at
    `end` or as one item of a list ending at `end` ("vLLM, Ollama and llama.cpp"); None when
    they are not there."""
    ends = _list_item_ends(answer, end)
    if _object_of_a_preposition(answer, ends[-1]):
        return None
    for last in ends:
        found = _words_ending_at(phrase, size, answer, last)
        if found is not None and not (
            _hyphened_to_previous(answer, found[0]) or _object_of_a_preposition(answer, found[0])
        ):
            return found
    return None


def _hyphened_to_previous(answer: Answer, position: int) -> bool:
    """Whether the word at `position` ends a hyphenated word ("near-duplicates")."""
    text = answer.text
    return position > 0 and text.raw[text.spans[position - 1][1] : text.spans[position][0]] == "-"


def _object_of_a_preposition(answer: Answer, position: int) -> bool:
    """Whether the noun phrase at `position` is the object of a preposition ("MinHash for
    near-duplicates, which improves quality"): a "which" after it is about the whole clause,
    and an aside after it does not end a subject."""
    words = answer.text.words
    before = position - 1
    while before >= 0 and position - before <= 3 and words[before] in DETERMINERS:
        before -= 1
    return before >= 0 and words[before] in PREPOSITIONS


def _words_ending_at(
    phrase: Phrase, size: int, answer: Answer, last: int
) -> tuple[int, ...] | None:
    positions = []
    at = last
    for word, stem, fuzzy in reversed(phrase.tokens[:size]):
        if at < 0 or at not in answer.find(word, stem, fuzzy)[0]:
            return None
        positions.append(at)
        at -= 1
    return tuple(reversed(positions))


def _list_item_ends(answer: Answer, end: int) -> list[int]:
    """`end`, and where the list ending at `end` has items before it ("A, B and C"), the last
    word of each of them: the word before each comma or joining word, back to the list's
    start, as long as each item is a word or two."""
    words, spans, raw = answer.text.words, answer.text.spans, answer.text.raw
    ends = [end]
    at = end
    for _ in range(LIST_ITEMS):
        start = at
        while start > 0 and at - start < 2 and not _separated(raw, spans, start - 1, start):
            if words[start - 1] in LIST_CONJUNCTIONS:
                break
            start -= 1
        before = start - 1
        if before < 0:
            break
        if words[before] in LIST_CONJUNCTIONS:
            before -= 1
            if before < 0 or words[before] in LIST_CONJUNCTIONS:
                break
        elif not _separated(raw, spans, before, start):
            break
        ends.append(before)
        at = before
    return ends if len(ends) > 1 and _opens_with_join(answer, ends) else [end]


def _separated(raw: str, spans: list[tuple[int, int]], left: int, right: int) -> bool:
    return "," in raw[spans[left][1] : spans[right][0]]


def _opens_with_join(answer: Answer, ends: list[int]) -> bool:
    """Whether the list read back from ends[0] has "and"/"or" before its last item: a list,
    not two clauses joined by a comma."""
    words = answer.text.words
    first_end = ends[1]
    return any(words[i] in LIST_CONJUNCTIONS for i in range(first_end + 1, ends[0]))
