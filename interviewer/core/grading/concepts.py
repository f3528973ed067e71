"""Concepts found in an answer as claims: said of the right subject, in the right direction.

A concept is credited when one of its phrases (name or alias) stands in one sentence of the
answer, or when a clause of the answer says what its description says (TF-IDF similarity at
clause level, see `MEANING_THRESHOLD`), and:

- it is not denied ("does not need labels" does not cover "labels");
- a negatively phrased concept ("no reward model") is said in the negative too;
- when the concept is `about` a subject of a contrast (BERT vs GPT), the sentence does not
  attach it to another subject of the question: that is a swap;
- the answer states none of the concept's `contradicts`, nor a directional phrase of it turned
  around ("higher is better" for "lower is better"), other than to reject it.

A swap or a contradiction is not credited and is reported with the candidate's own words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..bank import Concept, Misconception
from .clauses import has_negation
from .matching import Answer, Match, Phrase, flipped, make_phrase, match_phrase, match_statement
from .text import DIRECTION_WORDS, Text

MEANING_THRESHOLD = 0.34
"""A clause this similar (word + character TF-IDF, see similarity.py) to a concept's
description counts as saying it; chosen on the development set's train split."""
CLOSEST_SHOWN = 0.15
"""A missing concept's closest clause is quoted in feedback only from this similarity."""
MEANING_CREDIT = 0.85
"""Credit for a concept found by meaning rather than wording (one matched phrase earns 1)."""

_EXCLUDING = frozenset("unlike than versus vs compared against".split())
_PRONOUNS = frozenset("it they this these its their".split())
"""A subject named right after these words is the one being set aside, not the one described."""


@dataclass(frozen=True)
class Subject:
    """One subject of a contrast in a question ("BERT"), with the ways of naming it."""

    key: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class PreparedConcept:
    """A concept with its phrases parsed once per question."""

    concept: Concept
    phrases: tuple[Phrase, ...]
    reversed: tuple[Phrase, ...]
    """Directional phrases turned around: stating one contradicts the concept."""
    contradicts: tuple[Phrase, ...]
    subject: int | None
    """Index of the concept's subject in the question's subjects, if it has one."""
    meaning: object | None = None
    """The description's (word, character) TF-IDF vectors, if it has a description."""
    meaning_directions: frozenset[str] = frozenset()
    """Direction words of the description ("lower", "more"): a clause that says the opposite
    one instead is not the description said in other words."""
    meaning_negated: bool = False
    """Whether the description itself says "not": otherwise a negated clause is not it."""


@dataclass(frozen=True)
class Finding:
    """What the answer says about one concept."""

    concept: Concept
    status: str
    """'credited', 'contradicted', 'denied' or 'missing'."""
    credit: float = 0.0
    """0-1: how fully it was found (only when credited)."""
    phrase: str = ""
    """The phrase that matched ('description' when found by meaning)."""
    how: str = ""
    """'wording' or 'meaning'."""
    evidence: str = ""
    """The candidate's own words: a verbatim span of the answer."""
    ratio: float = 100.0
    detail: str = ""
    """For a contradiction: what was wrong ("said of GPT, not BERT")."""
    closest: str = ""
    """For a concept not detected: the answer's clause closest to its description, if close."""
    error: str = ""
    """For a contradiction: 'swap', 'reversed' or 'stated' (one of its `contradicts`)."""


def prepare_subjects(
    concepts: Sequence[Concept], canon: Mapping[str, str] | None = None
) -> list[Subject]:
    """The distinct subjects named in the concepts' `about` lists, in order."""
    subjects: list[Subject] = []
    keys: dict[str, int] = {}
    for concept in concepts:
        if not concept.about:
            continue
        key = concept.about[0].strip().lower()
        if key in keys:
            continue
        phrases = tuple(p for a in concept.about if (p := make_phrase(a, canon=canon)) is not None)
        if phrases:
            keys[key] = len(subjects)
            subjects.append(Subject(concept.about[0], phrases))
    return subjects


def subject_index(concept: Concept, subjects: Sequence[Subject]) -> int | None:
    if not concept.about:
        return None
    key = concept.about[0].strip().lower()
    for i, subject in enumerate(subjects):
        if subject.key.strip().lower() == key:
            return i
    return None


def prepare_concept(
    concept: Concept,
    phrases: Sequence[Phrase],
    subjects: Sequence[Subject],
    meaning: object | None = None,
    contradicts: Sequence[str] | None = None,
    canon: Mapping[str, str] | None = None,
) -> PreparedConcept:
    """A concept's phrases, reversed phrases, contradicting statements and subject, ready.

    Contradicting statements keep the question's own words: "DPO trains a reward model" must
    name DPO to say something wrong about it."""
    turned = tuple(f for p in phrases if not p.negative for f in flipped(p))
    statements = concept.contradicts if contradicts is None else contradicts
    parsed = tuple(p for c in statements if (p := make_phrase(c, canon=canon)) is not None)
    described = Text.of(concept.description or "", canon=canon)
    return PreparedConcept(
        concept,
        tuple(phrases),
        turned,
        parsed,
        subject_index(concept, subjects),
        meaning,
        frozenset(s for s in described.stems if s in DIRECTION_WORDS),
        has_negation(described.words),
    )


@dataclass
class Mentions:
    """Where each subject of the question is named in an answer."""

    positions: list[list[int]]
    """For each subject, the first word position of each mention that describes it."""
    all_positions: list[list[int]]
    """... and of every mention, those set aside by "unlike" included."""

    @classmethod
    def of(cls, subjects: Sequence[Subject], answer: Answer) -> Mentions:
        words = answer.text.words
        result: list[list[int]] = []
        every: list[list[int]] = []
        for subject in subjects:
            found: set[int] = set()
            for phrase in subject.phrases:
                found.update(_occurrences(phrase, answer))
            kept = [p for p in sorted(found) if not _excluded(words, p)]
            result.append(kept)
            every.append(sorted(found))
        return cls(result, every)

    def owner(self, answer: Answer, first: int, last: int) -> int | None:
        """The subject a statement at words first..last is about: the nearest subject named
        before it in its segment, else after it in its segment, else before it in its sentence.
        None when its sentence names no subject: a swap is only claimed on what was said."""
        structure = answer.structure
        segment, sentence = structure.segments[first], structure.sentences[first]
        inside = [i for i, ps in enumerate(self.positions) if any(first <= p <= last for p in ps)]
        if len(inside) == 1 and last - first <= 4:
            return inside[0]  # the phrase names its subject: "BERT's bidirectional encoder"
        relative = self._relative_owner(answer, first)
        if relative is not None:
            return relative
        before: tuple[int, int] | None = None
        after: tuple[int, int] | None = None
        earlier: tuple[int, int] | None = None
        for index, positions in enumerate(self.positions):
            for p in positions:
                if first <= p <= last or structure.sentences[p] != sentence:
                    continue
                if structure.segments[p] == segment:
                    if p < first and (before is None or p > before[0]):
                        before = (p, index)
                    elif p > last and (after is None or p < after[0]):
                        after = (p, index)
                elif p < first and (earlier is None or p > earlier[0]):
                    earlier = (p, index)
        if before is None and self._pronoun_before(answer, first):
            # "It also hallucinates less": the subject named earlier in the sentence, else in
            # the sentences before, not one named later in the segment as a comparison
            if earlier is not None:
                return earlier[1]
            antecedent = self._last_before(structure.sentences, sentence, first)
            if antecedent is not None:
                return antecedent
        for candidate in (before, after, earlier):
            if candidate is not None:
                return candidate[1]
        return None

    def _pronoun_before(self, answer: Answer, first: int) -> bool:
        structure, words = answer.structure, answer.text.words
        i = first - 1
        while i >= 0 and structure.segments[i] == structure.segments[first]:
            if words[i] in _PRONOUNS:
                return True
            i -= 1
        return False

    def _last_before(self, sentences: list[int], sentence: int, first: int) -> int | None:
        """The subject named first in the nearest earlier sentence that names one."""
        mentions = sorted(
            (sentences[p], -p, index)
            for index, positions in enumerate(self.positions)
            for p in positions
            if sentences[p] < sentence
        )
        return mentions[-1][2] if mentions else None

    def _relative_owner(self, answer: Answer, first: int) -> int | None:
        """In "Unlike BLEU, which is precision-based, ...", the "which" clause is about BLEU: the
        subject named last in the clause just before it, even one set aside by "unlike"."""
        structure, words = answer.structure, answer.text.words
        clause = structure.clauses[first]
        start = first
        while start > 0 and structure.clauses[start - 1] == clause:
            start -= 1
        if words[start] not in ("which", "who", "that") or start == 0:
            return None
        if structure.sentences[start - 1] != structure.sentences[start]:
            return None  # "That behaves like ..." opens a sentence: not a relative clause
        previous = structure.clauses[start - 1]
        best: tuple[int, int] | None = None
        for index, positions in enumerate(self.all_positions):
            for p in positions:
                if structure.clauses[p] == previous and (best is None or p > best[0]):
                    best = (p, index)
        return None if best is None else best[1]


def _occurrences(phrase: Phrase, answer: Answer) -> list[int]:
    """Start positions of every occurrence of a short phrase (its words within a few words of
    each other, in one clause)."""
    lists = []
    for word, word_stem, fuzzy in phrase.tokens:
        positions, _ = answer.find(word, word_stem, fuzzy)
        if not positions:
            return []
        lists.append(positions)
    if len(lists) == 1:
        return list(lists[0])
    clauses = answer.structure.clauses
    window = len(lists) + 2
    starts = []
    for anchor in lists[0]:
        chosen = [anchor]
        for positions in lists[1:]:
            near = [p for p in positions if abs(p - anchor) <= window]
            if not near:
                break
            chosen.append(min(near, key=lambda p: abs(p - anchor)))
        else:
            if len({clauses[p] for p in chosen}) == 1:
                starts.append(min(chosen))
    return starts


def _excluded(words: list[str], position: int) -> bool:
    """Whether a subject named here is the one set aside: "unlike GPT", "rather than GPT"."""
    before = words[max(0, position - 2) : position]
    if any(w in _EXCLUDING for w in before):
        return True
    return before[-2:] in (["rather", "than"], ["instead", "of"], ["opposed", "to"])


def find_concept(
    prepared: PreparedConcept,
    answer: Answer,
    mentions: Mentions,
    subjects: Sequence[Subject],
    meaning_of: Callable[[PreparedConcept], tuple[float, int, int] | None] | None = None,
) -> Finding:
    """What the answer says about one concept (see the module docstring for the rules)."""
    concept = prepared.concept
    structure, text = answer.structure, answer.text

    contradiction = _contradiction(prepared, answer)
    if contradiction is not None:
        return contradiction

    # a concept about one subject of a contrast must be said within one claim (segment)
    unit = "segment" if prepared.subject is not None else "sentence"
    candidates: list[tuple[float, int, Phrase, Match]] = []
    denied: Match | None = None
    # with no subject to swap, the best candidate is credited: a full one (credit 1, the
    # most there is) found first cannot be beaten by the phrases after it
    swappable = prepared.subject is not None and len(subjects) >= 2
    for order, phrase in enumerate(prepared.phrases):
        match = match_phrase(phrase, answer, unit=unit)
        if match is None:
            continue
        first = match.positions[0]
        if phrase.negative:
            if not any(structure.negative_context(p) for p in match.positions):
                continue  # "still needs a reward model" does not say "no reward model"
        elif structure.denied(first) or structure.denied_after(match.positions[-1]):
            owner = mentions.owner(answer, first, match.positions[-1])
            if prepared.subject is None or owner is None or owner == prepared.subject:
                denied = denied or match  # "Prefill does not ..." about decode is no denial
            continue
        credit = match.share * (0.5 + 0.5 * match.ratio / 100.0)
        candidates.append((credit, order, phrase, match))
        if credit >= 1.0 and not swappable:
            break
    swapped: tuple[Phrase, Match, str] | None = None
    for credit, _, phrase, match in sorted(candidates, key=lambda c: (-c[0], c[1])):
        swap = _swap(prepared, answer, mentions, subjects, match.positions)
        if swap is not None:
            swapped = swapped or (phrase, match, swap)
            continue  # said of the other subject here; perhaps of the right one elsewhere
        return Finding(
            concept,
            "credited",
            credit=credit,
            phrase=phrase.text,
            how="wording",
            evidence=_quote(text, match.positions),
            ratio=round(match.ratio, 1),
        )
    if swapped is not None:
        phrase, match, swap = swapped
        return Finding(
            concept,
            "contradicted",
            phrase=phrase.text,
            evidence=_quote(text, match.positions),
            detail=swap,
            error="swap",
        )
    closest = ""
    if meaning_of is not None and prepared.meaning is not None:
        found = meaning_of(prepared)
        if found is not None:
            similarity, first, last = found
            if similarity >= CLOSEST_SHOWN:
                closest = text.quote(first, last)
            said = _says_the_description(prepared, answer, first, last)
            if similarity >= MEANING_THRESHOLD and said:
                positions = [first, last]
                swap = _swap(prepared, answer, mentions, subjects, positions)
                if swap is None:
                    return Finding(
                        concept,
                        "credited",
                        credit=MEANING_CREDIT,
                        phrase="description",
                        how="meaning",
                        evidence=text.quote(first, last),
                        ratio=round(100 * similarity, 1),
                    )
    if denied is not None:
        return Finding(concept, "denied", evidence=_quote(text, denied.positions))
    return Finding(concept, "missing", closest=closest)


def _says_the_description(prepared: PreparedConcept, answer: Answer, first: int, last: int) -> bool:
    """Whether a unit close to a concept's description in wording says it the same way: not
    with a direction word turned around ("a higher temperature" for "a lower temperature"), and
    not mostly in a negation's reach when the description is not negated."""
    text = answer.text
    stems = set(text.stems[first : last + 1])
    for direction in prepared.meaning_directions - stems:
        if any(opposite in stems for opposite in DIRECTION_WORDS.get(direction, ())):
            return False
    if prepared.meaning_negated:
        return True
    content = [i for i in text.content if first <= i <= last]
    negated = sum(1 for i in content if answer.structure.reach[i] >= 0)
    return negated * 2 < len(content)


def find_concepts(
    concepts: Sequence[PreparedConcept],
    subjects: Sequence[Subject],
    answer: Answer,
    meaning_of: Callable[[PreparedConcept], tuple[float, int, int] | None] | None = None,
) -> list[Finding]:
    """What the answer says about each concept, in order (see `find_concept`)."""
    mentions = Mentions.of(subjects, answer)
    return [find_concept(c, answer, mentions, subjects, meaning_of) for c in concepts]


def _contradiction(prepared: PreparedConcept, answer: Answer) -> Finding | None:
    structure, text = answer.structure, answer.text
    for phrase in prepared.contradicts:
        match = match_statement(phrase, answer)
        if match is None:
            continue
        positions = list(match.positions)
        if phrase.negative:
            # "DPO does not use preference pairs" holds only where the answer says it in the
            # negative too; "DPO uses preference pairs" is the concept itself
            stated = any(structure.negative_context(p) for p in positions) and not (
                structure.dismissed(positions)
            )
        else:
            stated = not structure.rejected(positions)
        if stated:
            return Finding(
                prepared.concept,
                "contradicted",
                phrase=phrase.text,
                evidence=_quote(text, match.positions),
                detail=f"states the opposite: '{phrase.text}'",
                error="stated",
            )
    for phrase in prepared.reversed:
        match = match_statement(phrase, answer)
        if match is None or structure.rejected(list(match.positions)):
            continue
        segment = structure.segments[match.positions[0]]
        original = [
            m
            for p in prepared.phrases
            if (m := match_phrase(p, answer, unit="segment", needed=1.0)) is not None
            and structure.segments[m.positions[0]] == segment
            and not structure.rejected(list(m.positions))
        ]
        if original:
            continue  # "lower is better, higher is worse" states both sides the right way
        wrong = phrase.text.removesuffix(" (reversed)")
        return Finding(
            prepared.concept,
            "contradicted",
            phrase=wrong,
            evidence=_quote(text, match.positions),
            detail=f"the direction is reversed (expected: '{wrong}')",
            error="reversed",
        )
    return None


def _swap(
    prepared: PreparedConcept,
    answer: Answer,
    mentions: Mentions,
    subjects: Sequence[Subject],
    positions: Sequence[int],
) -> str | None:
    if prepared.subject is None or len(subjects) < 2:
        return None
    matched = set(positions)
    if any(not matched.isdisjoint(ps) for ps in mentions.all_positions):
        # its own words name a subject: its own ("strided convolutions in the discriminator")
        # or the other one as an object ("gradients through the discriminator")
        return None
    # what is said about the subject starts at the phrase's first word that is not the subject's
    # name: in "the discriminator turns noise into fakes, and the generator tries to tell real
    # from fake", "tell real from fake" is said of the generator
    own = mentions.positions[prepared.subject] if prepared.subject < len(mentions.positions) else []
    said = sorted(p for p in positions if p not in own) or sorted(positions)
    owner = mentions.owner(answer, said[0], said[-1])
    if owner is None or owner == prepared.subject:
        return None
    return f"said of {subjects[owner].key}, but it is true of {subjects[prepared.subject].key}"


def _quote(text: Text, positions: Sequence[int]) -> str:
    return text.quote(min(positions), max(positions))


@dataclass(frozen=True)
class MisconceptionFinding:
    """A misconception the answer states, in the candidate's own words."""

    misconception: Misconception
    evidence: str


def find_misconceptions(
    misconceptions: Sequence[tuple[Misconception, Sequence[Phrase]]], answer: Answer
) -> list[MisconceptionFinding]:
    """Misconceptions the answer states, not those it names in order to reject them."""
    found = []
    for misconception, phrases in misconceptions:
        for phrase in phrases:
            match = match_phrase(phrase, answer, unit="segment", needed=1.0)
            if match is None:
                continue
            if phrase.negative != answer.structure.negative_context(match.positions[0]):
                continue
            if not phrase.negative and answer.structure.rejected(list(match.positions)):
                continue
            found.append(MisconceptionFinding(misconception, _quote(answer.text, match.positions)))
            break
    return found


def swap_subjects(text: str, concepts: Sequence[Concept]) -> str | None:
    """The text with the first two subjects of the question's contrast swapped ("BERT" and
    "GPT"), every way of naming each replaced by the other's first name; None when the concepts
    name fewer than two subjects. Used to check that a rubric catches swapped roles."""
    import re

    groups: list[tuple[str, ...]] = []
    for concept in concepts:
        if concept.about and all(concept.about[0].lower() != g[0].lower() for g in groups):
            groups.append(concept.about)
    if len(groups) < 2:
        return None
    first, second = groups[0], groups[1]
    names = sorted(
        [(name, second[0]) for name in first] + [(name, first[0]) for name in second],
        key=lambda pair: -len(pair[0]),
    )
    pattern = re.compile(
        "|".join(rf"\b{re.escape(name)}\b" for name, _ in names), flags=re.IGNORECASE
    )
    replacement = {name.lower(): other for name, other in names}
    swapped, count = pattern.subn(lambda m: replacement[m.group(0).lower()], text)
    return swapped if count else None
