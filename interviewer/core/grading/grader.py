"""The grader: one answer, one question, one `Grade`, pure and deterministic.

A `Grader` is prepared once per bank (or per set of ad-hoc questions): it learns how rare each
word and character n-gram is in that text, then `grade()` scores one answer against one question
without touching the disk or the network. scikit-learn is imported only when a grader is first
fitted, so importing this module stays cheap. See docs/grading.md for how the score is formed.

Two modes (scoring.py):

- *rubric* (a bank question with a written rubric): concepts are found as claims
  (concepts.py), and the signals are mapped to the expected 0-5 grade by the shipped
  calibration (calibration.py); score = 20 x that grade.
- *reference* (no rubric: the user's own answer key, or key terms derived from it): TF-IDF
  similarity carries the score, calibrated on public short-answer data (docs/grading.md).

This module fits the TF-IDF weights and prepares each question once (prepared.py); an answer
is then read (text.py, matching.py), compared with the question's texts in one batch
(meaning.py), scored (scoring.py) and explained (feedback.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, cast

from ..bank import Bank, Concept, Question
from .acronyms import Acronyms
from .bank_words import question_documents
from .calibration import Calibration, shipped
from .clauses import Structure
from .concepts import (
    PreparedConcept,
    Subject,
    prepare_concept,
    prepare_subjects,
    statement_phrases,
)
from .denial_words import has_negation, two_sided
from .directed import reference_directions
from .exchanged import Term, governed
from .feedback import empty_grade
from .key_terms import derive_key_terms
from .keywords import is_keyword_string
from .matching import COUNTING, Answer, Phrase, make_phrase
from .meaning import AnswerSimilarities, QuestionTexts, similarities
from .prepared import PreparedQuestion
from .reference_scoring import ReferenceSignals, grade_reference, reference_signals
from .restated import (
    acronyms_written,
    key_acronyms,
    restated_stems,
    short_form_pairs,
    stem_pairs,
)
from .result import Grade
from .reversals import reference_claims
from .scoring import full_length, grade_rubric
from .short_forms import ShortForms
from .similarity import _char_features, _FeatureSpace, _fit_idf, _word_features, text_vectors
from .swaps import reference_contrasts
from .synonyms import SynonymGroups
from .text import MAX_ANALYSED_CHARS, Text, thesaurus_map
from .typos import FuzzyWords, correct_typos

COMMON_SHARE = 0.4
COMMON_MIN_QUESTIONS = 3
"""A stem used by more than this share of a bank's questions (and by more than this many) is
common across the bank, not a question's subject (see scoring.off_subject)."""
DISTINCT_SHARE = 0.1
"""A word used by at most this share of a bank's questions is distinctive: an alias that keeps
only it once the question's own words are dropped ("assign a role" asked about role-based
prompting keeps "assign") is matched whole, question words and all, instead of ignored; one
that keeps a common word ("adversarial training" asked about adversarial networks keeps
"training") is still ignored: it says nothing the question does not."""


class Grader:
    """Grades answers against the questions of one bank (or of ad-hoc reference questions).

    Args:
        bank: the bank whose text the TF-IDF weights are fitted on, and whose synonyms apply.
        questions: extra questions (reference mode) whose text is fitted too.
        synonyms: extra groups of interchangeable terms.
        calibration: the signal -> grade map (default: the one shipped with the package).
    """

    def __init__(
        self,
        bank: Bank | None = None,
        *,
        questions: Iterable[Question] = (),
        synonyms: Iterable[Sequence[str]] = (),
        calibration: Calibration | None = None,
    ) -> None:
        self.bank = bank
        adhoc = list(questions)
        self._questions = list(bank.questions if bank is not None else ()) + adhoc
        self._adhoc = {id(q): q for q in adhoc}
        """Reference-mode questions: their concepts are the user's keywords, not a rubric."""
        groups = list(bank.synonyms if bank is not None else ()) + [tuple(g) for g in synonyms]
        thesaurus = bank.thesaurus if bank is not None else ()
        # two-word thesaurus entries ("blank out") work as synonyms of their group's first word
        groups += [g for g in thesaurus if any(len(w.split()) > 1 for w in g)]
        self.synonyms: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in groups if g)
        self._synonym_groups = SynonymGroups(self.synonyms)
        """The synonym groups, looked up in every phrase of every question (synonyms.py)."""
        self.canon = thesaurus_map(thesaurus)
        """The bank's thesaurus: stem -> the stem it is read as."""
        self._canon_stems: dict[str, str] = {}
        """Answer word -> its stem read through the thesaurus, remembered (text.Text.of)."""
        self.calibration = calibration or shipped()
        self._word_idf: dict[str, float] | None = None
        self._common_stems: frozenset[str] = frozenset()
        """Stems used by many of the bank's questions ("data", "model"): not one's subject."""
        self._bank_words: frozenset[str] = frozenset()
        """Every stem the bank's text uses."""
        self._distinct_stems: frozenset[str] = frozenset()
        """Stems used by few of the bank's questions (see DISTINCT_SHARE)."""
        self._unseen_word = 1.0
        self._words: _FeatureSpace | None = None
        self._chars: _FeatureSpace | None = None
        self._prepared: dict[int, tuple[Question, PreparedQuestion]] = {}
        self._short_forms = stem_pairs(short_form_pairs(self.synonyms), self.canon)
        """The stems of the bank's acronyms and short forms and what they stand for."""

    # -- fitting ------------------------------------------------------------------------------

    def fit(self) -> Grader:
        """Learn the TF-IDF weights from the bank's text (done once; later calls do nothing)."""
        if self._word_idf is not None:
            return self
        documents: list[str] = []
        owners: list[int] = []
        for number, question in enumerate(self._questions):
            texts_of_question = question_documents(question)
            documents.extend(texts_of_question)
            owners.extend([number] * len(texts_of_question))
        parsed = [
            (Text.of(d, canon=self.canon), o)
            for d, o in zip(documents, owners, strict=True)
            if d.strip()
        ]
        texts = [t for t, _ in parsed if t.content] or [Text.of("answer")]
        used_by: dict[str, set[int]] = {}
        for text, owner in parsed:
            for stem in text.content_stems():
                used_by.setdefault(stem, set()).add(owner)
        common = max(COMMON_MIN_QUESTIONS, COMMON_SHARE * len(self._questions))
        self._common_stems = frozenset(s for s, users in used_by.items() if len(users) > common)
        self._bank_words = frozenset(used_by)
        distinct = max(COMMON_MIN_QUESTIONS, DISTINCT_SHARE * len(self._questions))
        self._distinct_stems = frozenset(
            s for s, users in used_by.items() if len(users) <= distinct
        )
        self._words = _fit_idf([_word_features(t.content_stems()) for t in texts])
        self._chars = _fit_idf([_char_features([t.words[i] for i in t.content]) for t in texts])
        self._word_idf = {f: float(self._words.idf[i]) for f, i in self._words.vocabulary.items()}
        self._unseen_word = self._words.unseen
        return self

    # -- preparing questions ------------------------------------------------------------------

    def _prepare(self, question: Question) -> PreparedQuestion:
        cached = self._prepared.get(id(question))
        if cached is not None and cached[0] is question:
            return cached[1]
        self.fit()
        prompt = Text.of(question.prompt, canon=self.canon)
        q_stems = frozenset(prompt.content_stems())
        references = []
        references_negated: list[bool | None] = []
        vocabulary: dict[str, str] = {}
        for text in (question.prompt, *question.reference_answers):
            ref = Text.of(text, canon=self.canon)
            vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
            if text is not question.prompt:
                references.append(self._vectors(ref, ref.content, q_stems))
                references_negated.append(None if two_sided(ref.words) else has_negation(ref.words))
        for concept in question.concepts:
            for phrase in (*concept.phrases, concept.description, *concept.about):
                ref = Text.of(phrase, canon=self.canon)
                vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
        spelled = stem_pairs(key_acronyms(question.prompt, question.reference_answers), self.canon)
        asked = restated_stems(q_stems, self._short_forms + spelled)
        named = frozenset(c.name for c in question.concepts if self._names_only(c.name, asked))
        subjects: list[Subject] = []
        if question.concepts:
            subjects = prepare_subjects(question.concepts, self.canon)
            key_terms = "keywords" if self._adhoc.get(id(question)) is question else "rubric"
            key = question.reference_answers if key_terms == "keywords" else ()
            concepts = question.concepts
            if key_terms == "keywords" and len(named) < len(concepts):
                # a keyword the question names is no point the answer must add (A7): the
                # candidate answering "What is photosynthesis?" need not say "photosynthesis"
                concepts = tuple(c for c in concepts if c.name not in named)
            concept_lists = [self._prepare_concepts(concepts, q_stems, subjects, key)]
        else:
            concept_lists = [
                self._prepare_concepts(self.derive_key_terms(question.prompt, r), q_stems, [], (r,))
                for r in question.reference_answers
            ]
            key_terms = "derived"
        misconceptions = []
        for misconception in question.misconceptions:
            phrases = statement_phrases(self._with_synonyms(misconception.phrases), self.canon)
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
        if key_terms != "rubric":
            texts = [Text.of(r, canon=self.canon) for r in question.reference_answers]
            whole = [self._vectors(t, t.content, frozenset()) for t in texts]
            prepared.whole_texts = QuestionTexts.of(whole)
            said = [[t.stems[i] for i in t.content if t.stems[i] not in q_stems] for t in texts]
            prepared.reference_stems = [frozenset(words) for words in said]
            prepared.reference_lengths = [len(words) for words in said]
            prepared.acronyms = Acronyms.of(question.reference_answers, vocabulary)
            prepared.short_forms = ShortForms.of(vocabulary)
            prepared.reference_claims = [reference_claims(t) for t in texts]
            prepared.reference_contrasts = [reference_contrasts(t) for t in texts]
            prepared.reference_objects = [
                (t, terms, governed(t, Structure.of(t), terms))
                for k, t in enumerate(texts)
                if (terms := self._terms(concept_lists[min(k, len(concept_lists) - 1)]))
            ]
            prepared.reference_listed = [
                is_keyword_string(t, Structure.of(t), q_stems) for t in texts
            ]
            prepared.reference_directions = [reference_directions(t) for t in texts]
        prepared.restated_stems = asked
        prepared.named_by_question = named
        prepared.question_acronyms = acronyms_written(question.prompt)
        prepared.vocabulary_stems = frozenset(vocabulary.values())
        prepared.on_subject = prepared.vocabulary_stems - q_stems - self._common_stems
        prepared.bank_words = self._bank_words
        if key_terms == "rubric":
            prepared.full_length = full_length(
                prepared, [Text.of(r, canon=self.canon) for r in question.reference_answers]
            )
        phrases = [p for c in concept_lists for pc in c for p in (*pc.phrases, *pc.contradicts)]
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
        or when it is the concept's own name (`name`); None when the grader ignores it."""
        self.fit()  # the bank's word counts
        phrase = make_phrase(text, q_stems, self.canon, whole_if_shrunk=name)
        if phrase is not None:
            # the counting words stay: "one copy" is not "copy", "decoder only" not "decoder",
            # "one word at a time" not "word time" (which "all its words at the same time" says)
            counted = make_phrase(text, q_stems, self.canon, whole_if_shrunk=name, keep=COUNTING)
            if counted is not None and len(counted.tokens) > len(phrase.tokens):
                phrase = counted
        if phrase is not None or name:
            return phrase
        whole = make_phrase(text, frozenset(), self.canon)
        if whole is None:
            return None
        kept = {stem for _, stem, _ in whole.tokens if stem not in q_stems}
        if len(whole.tokens) < 2:
            return None  # "token by token": one word however it is read
        return whole if len(kept) == 1 and kept <= self._distinct_stems else None

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
            names = set(self._with_synonyms([concept.name]))
            phrases = [
                self._as_written(p, t, concept.phrases, q_stems)
                for t in self._with_synonyms(concept.phrases)
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

    def _with_synonyms(self, phrases: Iterable[str]) -> list[str]:
        return self._synonym_groups.expand(phrases)

    def _vectors(
        self, text: Text, indices: Sequence[int], q_stems: frozenset[str]
    ) -> tuple[Any, Any]:
        assert self._words is not None and self._chars is not None
        return text_vectors(self._words, self._chars, text, indices, q_stems)

    def derive_key_terms(self, prompt: str, reference: str) -> tuple[Concept, ...]:
        """Key terms of a reference answer with no rubric (key_terms.py), ranked by their IDF
        in this bank: each becomes a concept, so the reference can be checked term by term."""
        self.fit()
        return derive_key_terms(prompt, reference, self._stem_weight, self.canon)

    # -- grading ------------------------------------------------------------------------------

    def grade(self, question: Question, answer: object, *, timed_out: bool = False) -> Grade:
        """Grade one answer. Never raises on any text; the same input gives the same grade."""
        if question.rubric == "star":
            from .star import grade_star

            return grade_star(question, answer, timed_out=timed_out)
        flags: list[str] = ["timed_out"] if timed_out else []
        read = self._read(question, answer, flags)
        if isinstance(read, Grade):
            return read
        prepared, parsed, found = read
        if prepared.key_terms == "rubric":
            return grade_rubric(question, prepared, parsed, found, flags, self.calibration)
        kept = self._kept(prepared, parsed, found)
        weight = self._stem_weight
        return grade_reference(question, prepared, parsed, found.references, kept, flags, weight)

    def reference_signals(self, question: Question, answer: object) -> list[ReferenceSignals]:
        """Reference mode's signals of an answer, one per reference (none for an empty answer):
        what benchmarks/fit_reference.py fits the blend on."""
        read = self._read(question, answer, [])
        if isinstance(read, Grade):
            return []
        prepared, parsed, found = read
        kept = self._kept(prepared, parsed, found)
        return reference_signals(prepared, parsed, found.references, kept, self._stem_weight)

    def _stem_weight(self, stem: str) -> float:
        assert self._word_idf is not None
        return self._word_idf.get(stem, self._unseen_word)

    def _kept(
        self, prepared: PreparedQuestion, parsed: Answer, found: AnswerSimilarities
    ) -> list[tuple[float, float]]:
        """Reference mode: the similarities with the question's words kept."""
        assert self._words is not None and self._chars is not None
        if prepared.whole_texts is None:
            return found.references
        texts, words, chars = prepared.whole_texts, self._words, self._chars
        return similarities(texts, words, chars, parsed.text, (), frozenset()).references

    def _read(
        self, question: Question, answer: object, flags: list[str]
    ) -> Grade | tuple[PreparedQuestion, Answer, AnswerSimilarities]:
        """The answer read against the question, or the grade of an empty answer."""
        self.fit()
        assert self._words is not None and self._chars is not None
        if self._words.forget() | self._chars.forget():
            self._prepared.clear()  # prepared references may hold ids that are now reused
        prepared = self._prepare(question)
        original = answer if isinstance(answer, str) else ("" if answer is None else str(answer))
        if len(original) > MAX_ANALYSED_CHARS:
            flags.append("truncated")
        read = original
        if prepared.acronyms is not None:
            read = prepared.acronyms.rewrite(original)
        parsed = self._parse(prepared, read)
        if parsed is None:
            return empty_grade(question, prepared, flags, original)
        if read is not original:
            parsed.written = self._parse(prepared, original)
        text = parsed.text
        found = similarities(
            prepared.texts,
            self._words,
            self._chars,
            text,
            parsed.structure.units("segment") if prepared.texts.columns else (),
            prepared.question_stems,
        )
        return prepared, parsed, found

    def _parse(self, prepared: PreparedQuestion, answer: str) -> Answer | None:
        """The answer's words, typos corrected, ready to match (None when it has none)."""
        text = Text.of(answer, canon=self.canon, canon_stems=self._canon_stems)
        if not text.content:
            return None
        if prepared.short_forms is not None:
            prepared.short_forms.read(text, self.canon)
        correct_typos(
            text,
            prepared.vocabulary,
            prepared.vocabulary_words,
            prepared.vocabulary_stems,
            prepared.typo_fixes,
        )
        parsed = Answer.of(text, self._bank_words)
        parsed.look_up(prepared.fuzzy_words)
        return parsed
