"""Which subject a statement with no name of its own is said of: what a pronoun opening its
clause stands for, the subject a colon, a "but" or a "which" clause carries over, the other
subject after a fronted foil ("Unlike PPO, it ..."). None whenever it cannot be told from the
words: a swap is never claimed on a guess (see the package's docstring)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from ..denial_words import CONTRASTS
from ..matching import Answer
from ..pronouns import REFERRING, opening_pronoun
from ..unit_spans import unit_end, unit_start
from .amounts import amount_of
from .foils import excluded, fronted_foil_end
from .positions import COMPARED, OPENERS, in_contrast_clause, object_of_preposition


class Antecedents:
    """The carrying-over readings of Mentions (mentions.py), which holds the positions."""

    positions: list[list[int]]
    all_positions: list[list[int]]

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
                not object_of_preposition(answer, p, COMPARED)
                and not excluded(answer, p)
                and not amount_of(answer, p)
            )

        def only_contrasted(where: Callable[[int], bool]) -> bool:
            """Whether every name `where` holds stands in a contrast clause: "..., while
            GPT-3.5 was in the bottom 10%" is the other side, not the topic a later "it"
            carries (a correct GPT-4 answer was told it swapped the two); that "it" cannot be
            told from such a name alone."""
            return all(
                in_contrast_clause(answer, p) for ps in self.positions for p in ps if where(p)
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
                and not object_of_preposition(answer, p)
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
            lambda p: structure.segments[p] == previous and not object_of_preposition(answer, p)
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
        return opening_pronoun(words, start, first, OPENERS, REFERRING) is not None

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
        return self._pronoun_subject(answer, unit_end(answer.structure.segments, start))

    def _named(self, where: Callable[[int], bool]) -> set[int]:
        """The subjects named at a position for which `where` holds."""
        return {i for i, positions in enumerate(self.positions) if any(map(where, positions))}

    def _relative_owner(self, answer: Answer, first: int) -> int | None:
        """In "Unlike BLEU, which is precision-based, ...", the "which" clause is about BLEU: the
        subject named last in the clause just before it, even one set aside by "unlike"."""
        structure, words = answer.structure, answer.text.words
        start = unit_start(structure.clauses, first)
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
