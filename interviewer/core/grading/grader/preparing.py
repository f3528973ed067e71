"""Preparing a question once for every answer to it: its references and concepts as vectors
and phrases, its key terms, the claims and contrasts of its answer key (a `PreparedQuestion`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, cast

from ...bank import Concept, Question
from ..acronym_aliases import with_acronym_aliases
from ..acronyms import Acronyms
from ..asked_kinds import kind_of_asked
from ..changes import reference_changes
from ..clauses import Structure
from ..collecting import fewer_collections
from ..concepts import (
    PreparedConcept,
    Subject,
    prepare_concept,
    prepare_subjects,
    statement_phrases,
)
from ..conversions import conversions
from ..denied_terms import denied_stems, stated_opposites
from ..directed import reference_directions
from ..exact import key_facts
from ..exchanged import Term, governed
from ..flags import asks_for_list
from ..key_terms import derive_key_terms, in_out_terms
from ..keywords import is_keyword_string
from ..listed import key_items
from ..matching import COUNTING, Phrase, make_phrase
from ..matching.restricted import RESTRICTORS, restricting
from ..meaning import QuestionTexts
from ..or_alternatives import alternatives
from ..plain_words import PlainWords
from ..polarity import key_sides
from ..prepared import PreparedQuestion
from ..relative_denials import key_polarity, only_comments
from ..restated import (
    acronyms_written,
    asks_for_expansion,
    key_acronyms,
    restated_stems,
    stem_pairs,
)
from ..reversals import reference_claims
from ..roles import RoleKey
from ..scoring import full_length, reference_sentences
from ..short_forms import ShortForms
from ..swaps import contrasted_pairs, reference_contrasts
from ..taken_given import key_roles
from ..text import Text
from ..typos import FuzzyWords
from ..word_forms import with_other_forms, with_quality_adjectives
from .fitting import FittedGrader


class QuestionPreparing(FittedGrader):
    """A fitted grader that prepares each question the first time it grades an answer to it."""

    def _prepare(self, question: Question) -> PreparedQuestion:
        cached = self._prepared.get(id(question))
        if cached is not None and cached[0] is question:
            return cached[1]
        self.fit()
        with fewer_collections():  # what it makes is kept: few collections find garbage in it
            return self._prepare_anew(question)

    def _prepare_anew(self, question: Question) -> PreparedQuestion:
        prompt = Text.of(question.prompt, canon=self.canon)
        q_stems = frozenset(prompt.content_stems())
        references = []
        references_negated: list[bool | None] = []
        references_denied: list[frozenset[str]] = []
        references_commented: list[bool] = []
        vocabulary: dict[str, str] = {}
        for text in (question.prompt, *question.reference_answers):
            ref = Text.of(text, canon=self.canon)
            vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
            if text is not question.prompt:
                references.append(self._vectors(ref, ref.content, q_stems))
                references_negated.append(key_polarity(ref))
                references_denied.append(denied_stems(ref, q_stems, opposites=True))
                references_commented.append(only_comments(ref))
        for concept in question.concepts:
            for phrase in (*concept.phrases, concept.description, *concept.about):
                ref = Text.of(phrase, canon=self.canon)
                vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
        spelled = stem_pairs(key_acronyms(question.prompt, question.reference_answers), self.canon)
        expands = asks_for_expansion(question.prompt)
        # "What does ACID stand for?": the spelled-out term is the answer; spelling it out
        # restates nothing ("atomicity consistency isolation durability" had been read as
        # "ACID" again and scored 12.5, "you restated the question")
        asked = q_stems if expands else restated_stems(q_stems, self._short_forms + spelled)
        named = frozenset(c.name for c in question.concepts if self._names_only(c.name, asked))
        subjects: list[Subject] = []
        if question.concepts:
            subjects = prepare_subjects(question.concepts, self.canon, q_stems)
            key_terms = "keywords" if self._adhoc.get(id(question)) is question else "rubric"
            key = question.reference_answers if key_terms == "keywords" else ()
            concepts = question.concepts
            if key_terms == "keywords" and len(named) < len(concepts):
                # a keyword the question names is no point the answer must add (A7): the
                # candidate answering "What is photosynthesis?" need not say "photosynthesis"
                concepts = tuple(c for c in concepts if c.name not in named)
            if key_terms == "keywords":
                concepts = with_other_forms(concepts)  # "retransmits": "retransmission" too
            else:
                concepts = with_quality_adjectives(concepts)  # "accountability": "accountable"
                # "LIFO" said "last in, first out", "RLHF" for its words (acronym_aliases.py)
                concepts = with_acronym_aliases(
                    concepts, question.reference_answers, acronyms_written(question.prompt)
                )
            concept_lists = [self._prepare_concepts(concepts, q_stems, subjects, key)]
        else:
            concept_lists = [
                self._prepare_concepts(
                    with_other_forms(self.derive_key_terms(question.prompt, r)), q_stems, [], (r,)
                )
                for r in question.reference_answers
            ]
            key_terms = "derived"
        misconceptions = []
        for misconception in question.misconceptions:
            phrases = self._misconception_phrases(misconception.phrases)
            if phrases:
                misconceptions.append((misconception, phrases))
        described = []
        if key_terms != "derived":
            described = [
                (c, cast(tuple[Any, Any], c.meaning))
                for c in concept_lists[0]
                if c.meaning is not None
            ]
        prepared = PreparedQuestion(
            q_stems,
            QuestionTexts.of(references, described),
            concept_lists,
            subjects,
            misconceptions,
            key_terms,
            vocabulary,
            sorted(w for w in vocabulary if len(w) >= 4),
        )
        prepared.references_negated = references_negated
        prepared.references_denied = references_denied
        prepared.references_commented = references_commented
        prepared.asks_for_list = asks_for_list(question.prompt)
        prepared.roles = RoleKey.of(question, self.canon) if key_terms == "rubric" else None
        keywords = [p for c in question.concepts for p in c.phrases]
        prepared.plain_words = PlainWords.of(
            question.prompt,
            [*question.reference_answers, *keywords],
            self.canon,
            both_ways=key_terms != "rubric",
        )
        if key_terms != "rubric":
            texts = [Text.of(r, canon=self.canon) for r in question.reference_answers]
            whole = [self._vectors(t, t.content, frozenset()) for t in texts]
            prepared.whole_texts = QuestionTexts.of(whole)
            said = [[t.stems[i] for i in t.content if t.stems[i] not in q_stems] for t in texts]
            # with the function words that have an opposite ("same"), which an answer's
            # denial is read against (denied_terms.stated_opposites); precision weighs only
            # the answer's content words against them
            prepared.reference_stems = [
                frozenset(words) | stated_opposites(t) for words, t in zip(said, texts, strict=True)
            ]
            prepared.reference_lengths = [len(words) for words in said]
            prepared.acronyms = Acronyms.of(
                question.reference_answers,
                vocabulary,
                keep_spelled=expands,
                orders=[c for r in question.reference_answers for c, _ in in_out_terms(r)],
                keywords=keywords,
            )
            prepared.short_forms = ShortForms.of(vocabulary)
            prepared.reference_claims = [reference_claims(t) for t in texts]
            contrasted = contrasted_pairs(prompt)
            prepared.reference_contrasts = [reference_contrasts(t, contrasted) for t in texts]
            prepared.reference_sides = [
                (t, key_sides(t, heads), heads)
                for t, contrasts in zip(texts, prepared.reference_contrasts, strict=True)
                for heads in [frozenset(h for c in contrasts for h in c.heads)]
            ]
            prepared.reference_objects = [
                (t, terms, governed(t, Structure.of(t), terms))
                for k, t in enumerate(texts)
                if (terms := self._terms(concept_lists[min(k, len(concept_lists) - 1)]))
            ]
            prepared.reference_roles = [key_roles(t, Structure.of(t)) for t in texts]
            prepared.reference_listed = [
                is_keyword_string(t, Structure.of(t), q_stems) for t in texts
            ]
            prepared.reference_items = [key_items(r) for r in question.reference_answers]
            prepared.reference_directions = [reference_directions(t) for t in texts]
            prepared.reference_changes = [reference_changes(t) for t in texts]
            prepared.reference_conversions = [conversions(r) for r in question.reference_answers]
            prepared.reference_facts = [
                key_facts(r, question.prompt) for r in question.reference_answers
            ]
        prepared.restated_stems = asked
        prepared.prompt_words = frozenset(prompt.words) | frozenset(prompt.stems) | asked
        prepared.named_by_question = named
        prepared.question_acronyms = frozenset() if expands else acronyms_written(question.prompt)
        prepared.asked_expansions = acronyms_written(question.prompt) if expands else frozenset()
        prepared.vocabulary_stems = frozenset(vocabulary.values())
        prepared.on_subject = prepared.vocabulary_stems - q_stems - self._common_stems
        prepared.bank_words = self._bank_words
        if key_terms == "rubric":
            texts = [Text.of(r, canon=self.canon) for r in question.reference_answers]
            prepared.full_length = full_length(prepared, texts)
            prepared.reference_sentences = reference_sentences(texts, prepared.on_subject)
        phrases = [p for c in concept_lists for pc in c for p in (*pc.phrases, *pc.contradicts)]
        claims = [p for c in concept_lists for pc in c for p in pc.contradicts]
        claims += [p for _, ps in misconceptions for p in ps]
        prepared.claim_stems = frozenset(s for p in claims for _, s, _ in p.tokens)
        phrases += [p for _, ps in misconceptions for p in ps]
        phrases += [p for s in subjects for p in s.phrases]
        prepared.fuzzy_words = FuzzyWords.of(
            (w, w_stem) for p in phrases for w, w_stem, fuzzy in p.tokens if fuzzy
        )
        if len(self._prepared) > 10_000:
            self._prepared.clear()
        self._prepared[id(question)] = (question, prepared)
        return prepared

    def _names_only(self, name: str, asked: frozenset[str]) -> bool:
        """Whether a concept's name says nothing but the question's words (`asked`, with its
        acronyms spelled out): "checkpoints" asked about gradient checkpointing."""
        stems = Text.of(name, canon=self.canon).content_stems()
        return bool(stems) and set(stems) <= asked

    def alias_phrase(self, text: str, q_stems: frozenset[str], name: bool = False) -> Phrase | None:
        """An alias ready to match, the question's own words (`q_stems`) not required; matched
        whole when dropping them leaves one word and that word is distinctive (DISTINCT_SHARE),
        or when it is the concept's own name (`name`) or names a kind of what is asked
        (asked_kinds.py: "length bias" asked about biases); None when the grader ignores it."""
        self.fit()  # the bank's word counts
        phrase = make_phrase(text, q_stems, self.canon, whole_if_shrunk=name)
        if phrase is not None:
            # the counting words stay: "one copy" is not "copy", "decoder only" not "decoder",
            # "one word at a time" not "word time" (which "all its words at the same time" says)
            counted = make_phrase(text, q_stems, self.canon, whole_if_shrunk=name, keep=COUNTING)
            if counted is not None and len(counted.tokens) > len(phrase.tokens):
                phrase = counted
            if len(phrase.tokens) == 1:
                # "just the decoder" is not "decoder": its restricting word stays
                restricted = make_phrase(text, q_stems, self.canon, keep=COUNTING | RESTRICTORS)
                if restricted is not None and len(restricted.tokens) > 1:
                    phrase = restricted
            phrase = restricting(text, phrase)
        if phrase is not None or name:
            return phrase
        whole = make_phrase(text, frozenset(), self.canon)
        if whole is None:
            return None
        kept = {stem for _, stem, _ in whole.tokens if stem not in q_stems}
        if len(whole.tokens) < 2:
            return None  # "token by token": one word however it is read
        if len(kept) == 1 and kept <= self._distinct_stems:
            return whole
        # "length bias" asked about biases: one kind of them, joined to it (asked_kinds.py)
        return kind_of_asked(text, q_stems, self.canon)

    def _prepare_concepts(
        self,
        concepts: Iterable[Concept],
        q_stems: frozenset[str],
        subjects: list[Subject],
        key: Sequence[str] = (),
    ) -> list[PreparedConcept]:
        """The concepts ready to match; `key` is the answer key they come from in reference
        mode (keywords, derived key terms): a term it denies is read in the negative."""
        result = []
        for concept in concepts:
            # a phrase that only names the concept's own subject ("forger" read as "generator")
            # says nothing about it
            subject = {
                token[1]
                for a in concept.about
                if (named := make_phrase(a, canon=self.canon)) is not None
                for token in named.tokens
            }
            # "replay or rehearsal": either alternative says the concept (or_alternatives.py)
            names = set(self._with_synonyms(self._or_read([concept.name], q_stems, concept.name)))
            phrases = [
                self._as_written(p, t, concept.phrases, q_stems)
                for t in self._with_synonyms(self._or_read(concept.phrases, q_stems, concept.name))
                if (p := self.alias_phrase(t, q_stems, t in names)) is not None
                and not {token[1] for token in p.tokens} <= subject
            ]
            meaning = None
            if concept.description:
                described = Text.of(concept.description, canon=self.canon)
                meaning = self._vectors(described, described.content, q_stems)
            result.append(
                prepare_concept(
                    concept,
                    phrases,
                    subjects,
                    meaning,
                    self._with_synonyms(concept.contradicts),
                    self.canon,
                    key,
                )
            )
        return result

    def _or_read(self, texts: Sequence[str], q_stems: frozenset[str], name: str) -> list[str]:
        """`texts` followed by the alternatives of those written "A or B" (or_alternatives.py)
        that are not among them. An alternative of a single word (once the question's own
        words are dropped) only of the concept's `name` and only when that word is
        distinctive (DISTINCT_SHARE): the name "replay or rehearsal" gives "rehearsal", "read
        or edited" not "read"; an alias gives none, since it is often a fragment of the
        concept's description whose sense the rest carried ('harmful or biased' of *more
        helpful and safer*, 'law or finance' of *trust risk*, 'understand or create' of
        *understanding and generation*: "harmful", "law", "understand" alone do not say it)."""
        found = list(texts)
        for text in texts:
            for alternative in alternatives(text):
                if alternative in found:
                    continue
                phrase = make_phrase(alternative, q_stems, self.canon)
                if phrase is None:
                    continue
                if len(phrase.tokens) == 1 and (
                    text != name or phrase.tokens[0][1] not in self._distinct_stems
                ):
                    continue
                found.append(alternative)
        return found

    def _terms(self, concepts: Sequence[PreparedConcept]) -> tuple[Term, ...]:
        """The key terms, as exchanged.py reads them."""
        found = {t.stems: t for c in concepts for t in Term.all_of(c.concept.name, self.canon)}
        return tuple(found.values())

    def _as_written(
        self, phrase: Phrase, text: str, aliases: Sequence[str], q_stems: frozenset[str]
    ) -> Phrase:
        """The phrase, needing every word when it is a synonym's longer wording of an alias of
        up to three words: "LLM judge" read as "large language model judge" is not said by
        "large language models" (two thirds of a phrase of four words would do)."""
        if len(phrase.tokens) <= 3 or text in aliases:
            return phrase
        lowered = text.lower()
        for alias in aliases:
            if lowered in (v.lower() for v in self._with_synonyms([alias])):
                written = self.alias_phrase(alias, q_stems)
                if written is not None and len(written.tokens) <= 3:
                    return replace(phrase, whole=True)
                return phrase
        return phrase

    def _misconception_phrases(self, phrases: tuple[str, ...]) -> list[Phrase]:
        """A misconception's phrases (with their synonyms) ready to match: `statement_phrases`,
        read once per grader for every question that lists them (they depend only on the
        phrases, the grader's synonyms and its thesaurus; a Phrase is never changed): a new list
        of the same phrases each time."""
        found = self._statements.get(phrases)
        if found is None:
            if len(self._statements) > 10_000:  # ad-hoc questions may bring new ones
                self._statements.clear()
            found = tuple(statement_phrases(self._with_synonyms(phrases), self.canon))
            self._statements[phrases] = found
        return list(found)

    def _with_synonyms(self, phrases: Iterable[str]) -> list[str]:
        return self._synonym_groups.expand(phrases)

    def derive_key_terms(self, prompt: str, reference: str) -> tuple[Concept, ...]:
        """Key terms of a reference answer with no rubric (key_terms/), ranked by their IDF
        in this bank: each becomes a concept, so the reference can be checked term by term."""
        self.fit()
        return derive_key_terms(prompt, reference, self._stem_weight, self.canon)
