"""A statement found as said: its words in the phrase's order, close together in one segment
or clause, not across its own opposite, a list, a purpose read for a means, or a new clause."""

from __future__ import annotations

from dataclasses import replace

from ..text import DIRECTION_WORDS
from ..text.reflexives import REFLEXIVE_STEM
from .answer import Answer
from .clause_openers import opened_between
from .clefts import cleft_after
from .comparatives import comparative
from .list_commas import one_clause
from .listing import listed_between
from .matches import Match, in_sentence, match_phrase, word_missing
from .modifiers import MODIFIERS, adjacent_pairs, modifiers_before, modifies_another
from .own_openers import joined_as_the_line
from .phrases import COUNTING, Phrase

COMPARISON_GAP = 6
"""How far apart two words of a statement holding a comparative direction word ("larger",
"better", "more") may stand (four for others)."""


def match_statement(
    phrase: Phrase, answer: Answer, unit: str = "segment", within: int | None = None
) -> Match | None:
    """A statement found as said: every word, in the phrase's order, close together in one
    unit, a 'segment' or a 'clause' ("weighted toward precision" is not "precision and recall
    ... weighted toward recall"). A wrong claim is looked for in one clause: "the encoder
    generates text" is not "the encoder output, generating text". `within`, a sentence's
    number: the statement is looked for in that sentence only (claim_places.py)."""
    if phrase.tokens and phrase.tokens[-1][1] == REFLEXIVE_STEM:
        return _said_by_itself(phrase, answer, unit, within)
    if word_missing(phrase, answer):
        return None  # most statements: what match_phrase finds, without calling it
    match = match_phrase(phrase, answer, unit="segment", needed=1.0, within=within)
    if match is None:
        return None
    window = 2 * len(phrase.tokens) + 2
    first = match.positions[0]
    if len(match.positions) > 1 and match.positions[-1] - first > window + cleft_after(
        answer, first
    ):
        return None
    numbers = answer.structure.clauses if unit == "clause" else answer.structure.segments
    lists = [answer.find(w, s, f)[0] for w, s, f in phrase.tokens]
    if within is not None:
        lists = [in_sentence(positions, answer, within) for positions in lists]
    # a comparison spreads its words ("an SSM is actually better than attention at exact
    # recall"): a statement with a comparative may have a word or two more between them
    gap = COMPARISON_GAP if any(comparative(w, s) for w, s, _ in phrase.tokens) else 4
    adjacent = adjacent_pairs(phrase)
    best: list[int] | None = None
    for start in lists[0]:
        chosen = [start]
        for k, positions in enumerate(lists[1:], 1):
            word = phrase.tokens[k][0]
            # "encoder-only" is one word here: its "only" is skipped, and not counted apart
            skipped = [p for p in positions if _compound_end(word, answer, p, chosen[-1])]
            reach = chosen[-1] + gap + sum(1 for p in skipped if p <= chosen[-1] + gap)
            reach += cleft_after(answer, chosen[-1])  # "VAEs are the ones that use ..."
            # (a word more than MODIFIERS past the reach is out of it, qualifiers or not: their
            # words between are not read for it)
            later = [
                p
                for p in positions
                if chosen[-1] < p <= reach + MODIFIERS
                and p <= reach + modifiers_before(answer, p, chosen[-1])
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
                    or (
                        unit == "clause"
                        and (
                            one_clause(phrase, answer, chosen)
                            or joined_as_the_line(phrase, answer, chosen)
                        )
                    )
                )
                and not _turned_between(phrase, answer, chosen)
                and not listed_between(phrase, answer, chosen)
                and not _purpose_for_means(phrase, answer, chosen)
                and not modifies_another(adjacent, answer, chosen)
                and not opened_between(phrase, answer, chosen)
            ):
                # the closest occurrence: "longer texts get longer vectors" says "longer
                # vectors" at its second "longer", not across "texts get"
                best = chosen
    return None if best is None else Match(1.0, match.ratio, tuple(best))


def _compound_end(word: str, answer: Answer, position: int, before: int) -> bool:
    """Whether a counting word of a statement ("only") stands in the answer as the end of a
    hyphenated word the statement does not hold: "BERT is encoder-only and sees the left and
    right context" does not say "BERT only sees the left context" (its "only" is
    "encoder-only"'s), while "BERT is decoder-only" says "BERT decoder-only"."""
    if word not in COUNTING or position == 0 or before == position - 1:
        return False
    text = answer.text
    return text.raw[text.spans[position - 1][1] : text.spans[position][0]] == "-"


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


def _turned_between(phrase: Phrase, answer: Answer, chosen: list[int]) -> bool:
    """Whether the opposite of one of the phrase's direction words stands between its words:
    "higher FID is worse and lower is better" does not say "higher FID is better". A word at
    one of `chosen` is the phrase's own, not an opposite standing between: a statement may
    itself hold two opposed directions ("lower rank means more parameters", "bigger patches
    lower FID"), and its own second direction word does not turn its first."""
    opposites = {o for _, stem, _ in phrase.tokens for o in DIRECTION_WORDS.get(stem, ())}
    if not opposites:
        return False
    stems = answer.text.stems
    own = _own_directions(phrase, answer, chosen)
    return any(stems[i] in opposites and i not in own for i in range(chosen[0] + 1, chosen[-1]))


def _own_directions(phrase: Phrase, answer: Answer, chosen: list[int]) -> set[int]:
    """The places in `chosen` of the statement's own words, none of which turns it: all of
    them, but of a pair the statement writes as one hyphenated word ("encoder-decoder
    transformers") the second is its own only where the answer writes the two side by side
    too ("an encoder-decoder transformer", not "an encoder and a decoder like the original
    Transformer": lines68, measured on a train-blind answer graded 1, 20 -> 0 without it)."""
    written = phrase.text.lower()
    own = set(chosen)
    for k in range(len(chosen) - 1):
        first, second = phrase.tokens[k][0].lower(), phrase.tokens[k + 1][0].lower()
        if f"{first}-{second}" in written and chosen[k + 1] != chosen[k] + 1:
            own.discard(chosen[k + 1])
    return own


def _said_by_itself(
    phrase: Phrase, answer: Answer, unit: str, within: int | None = None
) -> Match | None:
    """A statement that happens "by itself" (text/reflexives.py): its other words found as
    said, and the qualifier anywhere in their unit ("tokens spread evenly across the experts
    by themselves")."""
    match = match_statement(replace(phrase, tokens=phrase.tokens[:-1]), answer, unit, within)
    if match is None:
        return None
    numbers = answer.structure.clauses if unit == "clause" else answer.structure.segments
    unit_number = numbers[match.positions[0]]
    for p in answer.positions.get(REFLEXIVE_STEM, ()):
        if numbers[p] == unit_number:
            return Match(1.0, match.ratio, tuple(sorted({*match.positions, p})))
    return None
