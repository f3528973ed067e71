"""Where an answer names the subjects of a question's contrast, and which one a statement is
plainly said of: the phrase names it, a "which" clause follows it, it opens the statement's
clause, a colon or a "but" carries it over, or a pronoun has one subject to stand for; None
when it cannot be told from the words (see the package's docstring: never a guess)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..denial_words import CONTRASTS
from ..matching import Answer, Phrase
from ..text import STOP_WORDS
from ..verbs import is_verb
from .amounts import amount_of
from .contrast import Subject
from .foils import excluded, fronted_foil_end
from .overlaps import uncovered
from .parallel import in_aside, parallel_start

_PRONOUNS = frozenset("it they this these its their".split())
_OPENERS = frozenset("and so but then because since while whereas also thus hence".split())
"""A subject named right after these words is the one being set aside, not the one described."""


@dataclass
class Mentions:
    """Where each subject of the question is named in an answer."""

    positions: list[list[int]]
    """For each subject, the first word position of each mention that describes it."""
    all_positions: list[list[int]]
    """... and of every mention, those set aside by "unlike" included."""

    @classmethod
    def of(cls, subjects: Sequence[Subject], answer: Answer) -> Mentions:
        result: list[list[int]] = []
        every: list[list[int]] = []
        starts: list[set[int]] = []
        for subject in subjects:
            found: set[int] = set()
            for phrase in subject.phrases:
                found.update(_occurrences(phrase, answer))
            for phrase in subject.elided:
                found.update(_elided_occurrences(phrase, answer, subject.asked))
            starts.append(found)
        for found in uncovered(subjects, answer, starts):  # "forward KL from teacher ..."
            kept = [p for p in sorted(found) if not excluded(answer, p)]
            result.append(kept)
            every.append(sorted(found))
        # "encoder-decoder models" names neither the encoder nor the decoder
        raw, spans = answer.text.raw, answer.text.spans
        compound = {
            q
            for i, ps in enumerate(every)
            for p in ps
            for j, qs in enumerate(every)
            if i != j and p + 1 in qs
            for q in ((p, p + 1) if raw[spans[p][1] : spans[p + 1][0]] in ("-", "/") else (p,))
        }  # ... and in "the large draft model" only the nearer name counts
        result = [[p for p in ps if p not in compound] for ps in result]
        return cls(result, every)

    def claimant(self, answer: Answer, first: int, last: int, objects: bool = True) -> int | None:
        """The subject a statement at words first..last is plainly said of, for judging a swap:
        the phrase names it, a "which" clause follows it, or it is the nearest subject named
        before the statement in its own clause (segment) and not as the object of a
        preposition ("cross-attention over the encoder outputs"), else named after it by "by"
        (a passive), else the subject carried over a "but"; with `objects` False, a subject
        named inside the statement as the object of a preposition ("attends to the decoder
        output") is not the one it names. A pronoun opening the clause
        ("they", "it") stands for a subject only when the sentence, or else the sentence
        before, names exactly one; after a fronted foil ("Unlike PPO, it ..."), for the other
        of the question's two subjects (foils.py). None when it cannot be told: a swap is never
        claimed on a guess ("a low temperature sharpens it; a high one flattens it")."""
        structure, words = answer.structure, answer.text.words
        segment = structure.segments[first]
        inside = [
            i
            for i, ps in enumerate(self.positions)
            if any(
                first <= p <= last and (objects or not _object_of_preposition(answer, p))
                for p in ps
            )
        ]
        if len(inside) == 1 and last - first <= 4:
            return inside[0]
        relative = self._relative_owner(answer, first)
        if relative is not None:
            return relative
        modifier = [i for i, ps in enumerate(self.positions) if first - 1 in ps]
        if len(modifier) == 1 and structure.clauses[first - 1] == structure.clauses[first]:
            return modifier[0]  # the name right before it qualifies it: "diffusion distillation"
        before: list[tuple[int, int]] = []
        after: tuple[int, int] | None = None
        # another condition of the clause that the sentence's first such condition hangs on
        # ("pick hard prompts when ..., since soft prompts ..., when ..."): a name in an aside
        # between them is not what it is said of
        head = parallel_start(answer, first)
        if head is not None and not any(
            p < head and structure.segments[p] == segment for ps in self.positions for p in ps
        ):
            head = None
        for index, positions in enumerate(self.positions):
            for p in positions:
                if first <= p <= last or structure.segments[p] != segment:
                    continue
                if head is not None and head < p < first and in_aside(answer, p):
                    continue
                if p < first and not _object_of_preposition(answer, p):
                    if _bracket_depth(answer, p) > _bracket_depth(answer, first):
                        continue  # "(since the generator can't use ...), MRR and nDCG ..."
                    before.append((p, index))
                elif p > last and (after is None or p < after[0]) and words[p - 1] == "by":
                    after = (p, index)  # "... is trained with MLM by BERT"
        if not before:
            colon = self._before_colon(answer, first)
            if colon is not None:
                return colon
        if before:
            # the nearest subject that opens its clause ("The discriminator ..., mirroring the
            # generator, and outputs ..." is said of the discriminator), else the nearest
            opening = [b for b in before if _opens_clause(answer, b[0])]
            return max(opening or before)[1]
        if self._pronoun_subject(answer, first):
            other = self._after_foil(answer, first)
            return self._antecedent(answer, first) if other is None else other
        if after is not None:
            return after[1]
        return self._carried_over(answer, first)

    def interrupting(self, answer: Answer, positions: Sequence[int]) -> int | None:
        """The last subject named inside a statement's words (not one of them) that opens a
        clause of its own, after a subject the statement names: in "the discriminator
        generates images and the generator tells real from fake", the phrase "discriminator
        tells real from fake" runs over "and the generator", which starts another claim; what
        follows is said of the generator. None when no such name stands inside."""
        matched = set(positions)
        last = max(positions)
        named = [p for ps in self.positions for p in ps if p in matched]
        if not named:
            return None
        inside = [
            p
            for ps in self.positions
            for p in ps
            if min(named) < p < last and p not in matched and _opens_clause(answer, p)
        ]
        if not inside or not any(p > max(inside) for p in positions):
            return None
        return max(inside)

    def _antecedent(self, answer: Answer, first: int, depth: int = 0) -> int | None:
        """What a pronoun opening the clause at `first` stands for: the one subject named
        before it in its sentence, else in the latest sentence before that names one. Only a
        subject named as one counts: not "... versus the 10th for GPT-3.5" (an object), nor
        one set aside. A sentence that opens with a pronoun of its own is also about what that
        pronoun stands for ("GPT-4 ... . It scored in the top 10% where GPT-3.5 was in the
        bottom. It hallucinated less" names two: None)."""
        structure = answer.structure
        sentence = structure.sentences[first]

        def antecedent(p: int) -> bool:
            return (
                not _object_of_preposition(answer, p, _COMPARED)
                and not excluded(answer, p)
                and not amount_of(answer, p)
            )

        def only_contrasted(where: Callable[[int], bool]) -> bool:
            """Whether every name `where` holds stands in a contrast clause: "..., while
            GPT-3.5 was in the bottom 10%" is the other side, not the topic a later "it"
            carries (a correct GPT-4 answer was told it swapped the two); that "it" cannot be
            told from such a name alone."""
            return all(
                _in_contrast_clause(answer, p) for ps in self.positions for p in ps if where(p)
            )

        def here(p: int) -> bool:
            return structure.sentences[p] == sentence and p < first and antecedent(p)

        named = self._named(here)
        if named:
            return next(iter(named)) if len(named) == 1 and not only_contrasted(here) else None
        previous = [structure.sentences[p] for ps in self.positions for p in ps if antecedent(p)]
        earlier = max((s for s in previous if s < sentence), default=None)
        if earlier is None:
            return None

        def there(p: int) -> bool:
            return structure.sentences[p] == earlier and antecedent(p)

        named = self._named(there)
        opening = bisect_left(structure.sentences, earlier)
        if only_contrasted(there) and not self._opens_with_pronoun(answer, opening):
            return None
        if depth < 3 and self._opens_with_pronoun(answer, opening):
            before = self._antecedent(answer, opening, depth + 1)
            if before is None:
                # that sentence is about what its pronoun stands for, which cannot be told: nor
                # can this pronoun (a name it holds besides, "..., where GPT-3.5 scored ...",
                # is not its topic; a correct GPT-4 answer was told it swapped the two)
                return None
            named = named | {before}
        return next(iter(named)) if len(named) == 1 else None

    def _before_colon(self, answer: Answer, first: int) -> int | None:
        """In "The standard formulation is Bradley-Terry: each response has a score, and ...",
        what follows the colon elaborates the one subject named before it in its sentence."""
        structure, text = answer.structure, answer.text
        sentence = structure.sentences[first]
        colon = None
        i = first
        while i > 0 and structure.sentences[i - 1] == sentence:
            if ":" in text.raw[text.spans[i - 1][1] : text.spans[i][0]]:
                colon = i
                break
            i -= 1
        if colon is None or any(w in CONTRASTS for w in text.words[colon:first]):
            return None  # "GANs win on speed: they ..., whereas diffusion ..." ends the colon's
        # only in the colon's own segment: in "diffusion: ... many steps; FM: pick a path ...",
        # what follows "FM:" is not said of diffusion
        named = self._named(
            lambda p: (
                structure.segments[p] == structure.segments[colon - 1]
                and p < colon
                and not _object_of_preposition(answer, p)
            )
        )
        return next(iter(named)) if len(named) == 1 else None

    def _carried_over(self, answer: Answer, first: int) -> int | None:
        """In "GQA keeps many query heads but shares one KV head", the claim after "but" has
        no subject of its own: it is said of the one subject its sentence named before "but"
        (None when that part names none or several)."""
        structure, words = answer.structure, answer.text.words
        start = structure.start("segment", first)
        if words[start] != "but" or start == 0:
            return None
        if structure.sentences[start - 1] != structure.sentences[start]:
            return None
        previous = structure.segments[start - 1]
        named = self._named(
            lambda p: structure.segments[p] == previous and not _object_of_preposition(answer, p)
        )
        opening = bisect_left(structure.segments, previous)
        if self._opens_with_pronoun(answer, opening):  # "It yields ..., but requires ..."
            before = self._antecedent(answer, opening)
            if before is None:
                return None  # what that pronoun stands for cannot be told (see _antecedent)
            named = named | {before}
        return next(iter(named)) if len(named) == 1 else None

    def _pronoun_subject(self, answer: Answer, first: int) -> bool:
        """Whether the clause of the statement opens with a pronoun as its subject ("They
        scale well", "and it also ..."), not one that is an object ("flattens it")."""
        words = answer.text.words
        start = answer.structure.start("segment", first)
        start = fronted_foil_end(answer, start) if start < first else start
        while start < first and words[start] in _OPENERS:
            start += 1
        return start < first and words[start] in _PRONOUNS

    def _after_foil(self, answer: Answer, first: int) -> int | None:
        """In "Unlike PPO-based RLHF, it needs no reward model", the pronoun after a fronted
        foil stands for the question's other subject, where the foil names one of two."""
        start = answer.structure.start("segment", first)
        end = fronted_foil_end(answer, start)
        foil = {i for i, ps in enumerate(self.all_positions) if any(start <= p < end for p in ps)}
        if end == start or len(foil) != 1 or len(self.positions) != 2:
            return None
        return 1 - next(iter(foil))

    def _opens_with_pronoun(self, answer: Answer, start: int) -> bool:
        """Whether the segment starting at `start` opens with a pronoun as its subject ("It
        reads both ways", "And they ..."), as _pronoun_subject asks of a statement's clause."""
        segments = answer.structure.segments
        end = bisect_right(segments, segments[start]) - 1  # the segment's last word
        return self._pronoun_subject(answer, end)

    def _named(self, where: Callable[[int], bool]) -> set[int]:
        """The subjects named at a position for which `where` holds."""
        return {i for i, positions in enumerate(self.positions) if any(map(where, positions))}

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


_ELIDED_NOUNS = frozenset("t value values setting settings end".split())
"""Words that may follow a degree word naming a setting of the asked quantity ("low T", "high
values", "at the low end"): any other noun after it is what it qualifies ("lower-probability
tokens", "high quality"), and "one" may stand for any noun said before ("a smaller one")."""
_LIGHT_VERBS = frozenset(
    "make makes give gives keep keeps mean means lead leads yield yields".split()
)
"""Verbs that may follow the degree word as its predicate ("low makes it focused"), which
verbs.is_verb does not take for verbs relating terms."""


def _elided_occurrences(phrase: Phrase, answer: Answer, asked: frozenset[str]) -> list[int]:
    """Where a degree word stands alone for a setting of the asked quantity ("low is focused,
    high is random"): that very word, not joined by a hyphen to the next one, and followed by
    no content word but a verb, a word of the question (`asked`: its stems, "high rate") or
    one of _ELIDED_NOUNS."""
    text = answer.text
    words, spans, raw, stems = text.words, text.spans, text.raw, text.stems
    word = phrase.tokens[0][0]
    found = []
    for p in answer.find(word, phrase.tokens[0][1], False)[0]:
        if words[p] != word:
            continue
        if p + 1 < len(words):
            after = words[p + 1]
            if spans[p + 1][0] == spans[p][1] + 1 and raw[spans[p][1]] == "-":
                continue  # "lower-probability tokens"
            if after in ("one", "ones") or not (
                after in STOP_WORDS
                or after in _ELIDED_NOUNS
                or after in _LIGHT_VERBS
                or stems[p + 1] in asked
                or is_verb(after, stems[p + 1], word, words[p + 2] if p + 2 < len(words) else "")
            ):
                continue  # "high quality", "low rank"
        found.append(p)
    return found


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
        if len(phrase.text.split()) > 1:
            # a verb left alone by its pronoun ("lowering it") names the subject only as that
            # very word: "lower-probability tokens" does not lower the temperature
            words = answer.text.words
            return [p for p in lists[0] if words[p] == phrase.tokens[0][0]]
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


_PREPOSITIONS = frozenset(
    "of over from to with into onto across through via at on between against among per for".split()
)
_COMPARED = _PREPOSITIONS | frozenset("for versus vs than like unlike by".split())
"""Words after which a subject is an object for a pronoun's sake: "it" in the next sentence does
not stand for GPT-3.5 in "... versus roughly the 10th for GPT-3.5"."""


def _opens_clause(answer: Answer, position: int) -> bool:
    """Whether a subject named here opens its clause or a coordinated one ("BERT reads both
    ways and GPT reads left to right"), after "the" and the like; not one that follows a verb
    ("..., mirroring the generator, and outputs ...")."""
    clauses, words = answer.structure.clauses, answer.text.words
    i = position
    while i > 0 and clauses[i - 1] == clauses[position] and words[i - 1] in _LEADING:
        if words[i - 1] in _OPENERS or words[i - 1] == "or":
            return True
        i -= 1
    return i == 0 or clauses[i - 1] != clauses[position]


_LEADING = _OPENERS | {"the", "a", "an", "in", "for", "with"}


def _object_of_preposition(
    answer: Answer, position: int, prepositions: frozenset[str] | None = None
) -> bool:
    """Whether a subject named here is the object of a preposition ("attends over the encoder
    outputs", "tokens from the image"), so not what the clause is said of; one that opens its
    clause sets the topic instead ("With continuous batching, ...")."""
    words, clauses = answer.text.words, answer.structure.clauses
    i = position - 1
    if i >= 0 and words[i] in ("the", "a", "an"):
        i -= 1
    if i < 0 or words[i] not in (prepositions or _PREPOSITIONS):
        return False
    if clauses[i] != clauses[position]:
        return False  # "what the token is looking for, the key ...": a new clause's subject
    # a preposition that opens its clause, or follows only a word that joins it to the one
    # before ("..., and for generation, check faithfulness"), sets the topic
    while i > 0 and clauses[i - 1] == clauses[i] and words[i - 1] in _OPENERS | {"or"}:
        i -= 1
    return not (i == 0 or clauses[i - 1] != clauses[i])


_CONTRAST_CLAUSE = frozenset("while whilst whereas where".split())
"""Words that open a clause setting another subject against the sentence's own ("..., while
GPT-3.5 scored in the bottom 10%")."""


def _in_contrast_clause(answer: Answer, position: int) -> bool:
    """Whether a subject named here stands in a clause opened by "while", "whereas" or
    "where" (after "and" or "but" too)."""
    words, clauses = answer.text.words, answer.structure.clauses
    start = position
    while start > 0 and clauses[start - 1] == clauses[position]:
        start -= 1
    while start < position and words[start] in ("and", "but"):
        start += 1
    return words[start] in _CONTRAST_CLAUSE


def _bracket_depth(answer: Answer, position: int) -> int:
    """How many brackets are open where the word at `position` starts."""
    raw = answer.text.raw[: answer.text.spans[position][0]]
    return max(0, raw.count("(") - raw.count(")"))


def object_of(answer: Answer, position: int) -> bool:
    """Whether a subject named here is the object of a preposition ("attends to the decoder
    output"), not what its clause is said of."""
    return _object_of_preposition(answer, position)
