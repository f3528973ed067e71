"""The grader: one answer, one question, one `Grade`, pure and deterministic.

A `Grader` is prepared once per bank (or per set of ad-hoc questions): it learns how rare each
word and character n-gram is in that text, then `grade()` scores one answer against one question
without touching the disk or the network. scikit-learn is imported only when a grader is first
fitted, so importing this module stays cheap. See docs/grading.md for how the score is formed.

Two modes:

- *rubric* (a bank question with a written rubric): concepts are found as claims
  (concepts.py), and the signals are mapped to the expected 0-5 grade by the shipped
  calibration (calibration.py); score = 20 x that grade.
- *reference* (no rubric: the user's own answer key, or key terms derived from it): TF-IDF
  similarity carries the score, calibrated on public short-answer data (docs/grading.md).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from ..bank import Bank, Concept, Misconception, Question
from .calibration import Calibration, shipped
from .clauses import has_negation
from .concepts import (
    Finding,
    Mentions,
    PreparedConcept,
    Subject,
    find_concept,
    find_misconceptions,
    prepare_concept,
    prepare_subjects,
)
from .flags import is_keyword_string
from .matching import Answer, Phrase, closest_each, make_phrase
from .meaning import AnswerSimilarities, Closest, QuestionTexts, similarities
from .result import (
    ConceptMatch,
    Contradiction,
    Grade,
    MisconceptionFound,
    ScorePart,
    band_for,
)
from .similarity import (
    WORD_WEIGHT,
    _char_features,
    _FeatureSpace,
    _fit_idf,
    _word_features,
    text_vectors,
)
from .text import MAX_ANALYSED_CHARS, Text, clean_text, thesaurus_map

FULL_SIMILARITY = 0.4
"""Similarity at which the similarity signal is full."""
ESSENTIAL_WEIGHT = 3.0
"""Concepts of at least this weight are essential."""
FULL_LENGTH_WORDS = 40
"""Content words at which the length signal is full."""

DENIAL_WEIGHT = 2.0
"""A concept of at least this weight that the answer denies ("DPO does not use preference
pairs") counts as a contradiction, not only as a concept missed."""

# Caps on the expected grade (0-5), from the grading guide an interviewer follows.
CENTRAL_ERROR_CAP = 3.0
"""A contradicted essential concept, or a misconception: a central error. The answer cannot
pass (60). Other contradictions lower the grade through the calibration's `contradicted`
signal. (A cap at 1, as the guide gives a human, was tried: the checks are not precise enough
for it; on the development set a third of the contradictions they find are in correct answers.)"""
OFF_TOPIC_QUESTION_SHARE = 0.0
"""Off-topic text may use the question's own words for at most this share of its words."""
OFF_TOPIC_CHAR_COSINE = 0.12
CENTRAL_ERROR_SHARE = 0.25
"""Contradictions holding this share of the rubric's weight are a central error too."""
KEYWORD_LIST_CAP = 0.75
RESTATES_CAP = 0.5
OFF_TOPIC_CAP = 0.5

# Reference mode (calibrated on Mohler 2011 assignments 1-8 and SemEval-2013 train).
SIMILARITY_POINTS = 70.0
COVERAGE_POINTS = 30.0
MISCONCEPTION_POINTS = 20.0
TOO_SHORT_FACTOR = 0.85
NEGATION_POINTS = 40.0
"""Reference mode: taken off when a short answer and a reference disagree on negation."""
NEGATION_MAX_WORDS = 8
"""Only answers of at most this many content words: in a longer one a "not" is one clause."""
DERIVED_TERMS_MAX = 8
"""At most this many key terms are derived from a reference answer that has no rubric."""


@dataclass
class _Prepared:
    """What the grader keeps about one question between answers."""

    question_stems: frozenset[str]
    texts: QuestionTexts
    """The references and the rubric's concept descriptions, as one TF-IDF matrix."""
    concepts: list[list[PreparedConcept]]
    """One concept list for the rubric, or one per reference when the terms are derived."""
    subjects: list[Subject]
    misconceptions: list[tuple[Misconception, list[Phrase]]]
    key_terms: str
    vocabulary: dict[str, str]
    """Content words of the question's own text -> their stems, for correcting typos."""
    vocabulary_words: list[str]
    fuzzy_words: list[tuple[str, str]] = field(default_factory=list)
    """(word, stem) of every phrase word that may match a misspelling, looked up in one batch."""
    vocabulary_stems: frozenset[str] = frozenset()
    references_negated: list[bool] = field(default_factory=list)
    typo_fixes: dict[str, str | None] = field(default_factory=dict)
    """Answer word -> the stem of the question's word it misspells (None: none), remembered."""


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
        self.canon = thesaurus_map(thesaurus)
        """The bank's thesaurus: stem -> the stem it is read as."""
        self.calibration = calibration or shipped()
        self._word_idf: dict[str, float] | None = None
        self._unseen_word = 1.0
        self._words: _FeatureSpace | None = None
        self._chars: _FeatureSpace | None = None
        self._prepared: dict[int, tuple[Question, _Prepared]] = {}

    # -- fitting ------------------------------------------------------------------------------

    def fit(self) -> Grader:
        """Learn the TF-IDF weights from the bank's text (done once; later calls do nothing)."""
        if self._word_idf is not None:
            return self
        documents: list[str] = []
        for question in self._questions:
            documents.append(question.prompt)
            documents.extend(question.reference_answers)
            for concept in question.concepts:
                documents.append(" ".join(concept.phrases))
                if concept.description:
                    documents.append(concept.description)
        texts = [Text.of(d, canon=self.canon) for d in documents if d.strip()]
        texts = [t for t in texts if t.content] or [Text.of("answer")]
        self._words = _fit_idf([_word_features(t.content_stems()) for t in texts])
        self._chars = _fit_idf([_char_features([t.words[i] for i in t.content]) for t in texts])
        self._word_idf = {f: float(self._words.idf[i]) for f, i in self._words.vocabulary.items()}
        self._unseen_word = self._words.unseen
        return self

    # -- preparing questions ------------------------------------------------------------------

    def _prepare(self, question: Question) -> _Prepared:
        cached = self._prepared.get(id(question))
        if cached is not None and cached[0] is question:
            return cached[1]
        self.fit()
        prompt = Text.of(question.prompt, canon=self.canon)
        q_stems = frozenset(prompt.content_stems())
        references = []
        references_negated = []
        vocabulary: dict[str, str] = {}
        for text in (question.prompt, *question.reference_answers):
            ref = Text.of(text, canon=self.canon)
            vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
            if text is not question.prompt:
                references.append(self._vectors(ref, ref.content, q_stems))
                references_negated.append(has_negation(ref.words))
        for concept in question.concepts:
            for phrase in (*concept.phrases, concept.description, *concept.about):
                ref = Text.of(phrase, canon=self.canon)
                vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
        subjects: list[Subject] = []
        if question.concepts:
            subjects = prepare_subjects(question.concepts, self.canon)
            concept_lists = [self._prepare_concepts(question.concepts, q_stems, subjects)]
            key_terms = "keywords" if self._adhoc.get(id(question)) is question else "rubric"
        else:
            concept_lists = [
                self._prepare_concepts(self.derive_key_terms(question.prompt, r), q_stems, [])
                for r in question.reference_answers
            ]
            key_terms = "derived"
        misconceptions = []
        for misconception in question.misconceptions:
            phrases = [
                p
                for t in self._with_synonyms(misconception.phrases)
                if (p := make_phrase(t, canon=self.canon)) is not None
            ]
            if phrases:
                misconceptions.append((misconception, phrases))
        described = []
        if key_terms != "derived":
            described = [
                (c, cast(tuple[Any, Any], c.meaning))
                for c in concept_lists[0]
                if c.meaning is not None
            ]
        prepared = _Prepared(
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
        prepared.vocabulary_stems = frozenset(vocabulary.values())
        phrases = [p for c in concept_lists for pc in c for p in (*pc.phrases, *pc.contradicts)]
        phrases += [p for _, ps in misconceptions for p in ps]
        phrases += [p for s in subjects for p in s.phrases]
        prepared.fuzzy_words = sorted(
            {(w, w_stem) for p in phrases for w, w_stem, fuzzy in p.tokens if fuzzy}
        )
        if len(self._prepared) > 10_000:
            self._prepared.clear()
        self._prepared[id(question)] = (question, prepared)
        return prepared

    def _prepare_concepts(
        self, concepts: Iterable[Concept], q_stems: frozenset[str], subjects: list[Subject]
    ) -> list[PreparedConcept]:
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
            phrases = [
                p
                for t in self._with_synonyms(concept.phrases)
                if (p := make_phrase(t, q_stems, self.canon)) is not None
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
                )
            )
        return result

    def _with_synonyms(self, phrases: Iterable[str]) -> list[str]:
        result: list[str] = []
        for text in phrases:
            result.append(text)
            lowered = f" {clean_text(text)} "
            for group in self.synonyms:
                for term in group:
                    needle = f" {clean_text(term)} "
                    if needle.strip() and needle in lowered:
                        for other in group:
                            if other != term:
                                result.append(lowered.replace(needle, f" {other} ").strip())
        return list({p.lower(): p for p in reversed(result)}.values())[::-1]

    def _vectors(
        self, text: Text, indices: Sequence[int], q_stems: frozenset[str]
    ) -> tuple[Any, Any]:
        assert self._words is not None and self._chars is not None
        return text_vectors(self._words, self._chars, text, indices, q_stems)

    def derive_key_terms(self, prompt: str, reference: str) -> tuple[Concept, ...]:
        """Key terms of a reference answer: its rarest content words not already in the prompt.

        Each term becomes a concept weighted by its TF-IDF weight, so a reference with no rubric
        can still be checked term by term.
        """
        self.fit()
        assert self._word_idf is not None
        q_stems = frozenset(Text.of(prompt, canon=self.canon).content_stems())
        ref = Text.of(reference, canon=self.canon)
        first_word: dict[str, str] = {}
        counts: Counter[str] = Counter()
        for i in ref.content:
            s = ref.stems[i]
            if s in q_stems or len(ref.words[i]) < 2:
                continue
            counts[s] += 1
            first_word.setdefault(s, ref.words[i])
        if not counts:
            return ()
        scored = sorted(
            ((1.0 + math.log(c)) * self._word_idf.get(s, self._unseen_word), s)
            for s, c in counts.items()
        )
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        limit = max(2, min(DERIVED_TERMS_MAX, (len(scored) + 1) // 2))
        return tuple(
            Concept(name=first_word[s], weight=round(weight, 3)) for weight, s in scored[:limit]
        )

    # -- grading ------------------------------------------------------------------------------

    def grade(self, question: Question, answer: object, *, timed_out: bool = False) -> Grade:
        """Grade one answer. Never raises on any text; the same input gives the same grade."""
        if question.rubric == "star":
            from .star import grade_star

            return grade_star(question, answer, timed_out=timed_out)
        self.fit()
        assert self._words is not None and self._chars is not None
        if self._words.forget() | self._chars.forget():
            self._prepared.clear()  # prepared references may hold ids that are now reused
        prepared = self._prepare(question)
        flags: list[str] = []
        if timed_out:
            flags.append("timed_out")
        original = answer if isinstance(answer, str) else ("" if answer is None else str(answer))
        if len(original) > MAX_ANALYSED_CHARS:
            flags.append("truncated")
        text = Text.of(original, canon=self.canon)
        if not text.content:
            return self._empty(question, prepared, flags)
        _correct_typos(text, prepared)
        parsed = Answer.of(text)
        parsed.look_up(prepared.fuzzy_words)
        found = similarities(
            prepared.texts,
            self._words,
            self._chars,
            text,
            parsed.structure.units("segment") if prepared.texts.columns else (),
            prepared.question_stems,
        )
        if prepared.key_terms == "rubric":
            return self._grade_rubric(question, prepared, parsed, found, flags)
        return self._grade_reference(question, prepared, parsed, found.references, flags)

    def _findings(
        self,
        concepts: list[PreparedConcept],
        prepared: _Prepared,
        parsed: Answer,
        closest: Callable[[PreparedConcept], Closest | None] | None,
    ) -> list[Finding]:
        mentions = Mentions.of(prepared.subjects, parsed)
        return [find_concept(c, parsed, mentions, prepared.subjects, closest) for c in concepts]

    def _grade_rubric(
        self,
        question: Question,
        prepared: _Prepared,
        parsed: Answer,
        found: AnswerSimilarities,
        flags: list[str],
    ) -> Grade:
        text = parsed.text
        cosines = found.references
        word_cos, char_cos = max(cosines, key=_blend) if cosines else (0.0, 0.0)
        similarity = _blend((word_cos, char_cos))
        concepts = prepared.concepts[0]
        findings = self._findings(concepts, prepared, parsed, found.closest)
        coverage, essential = _coverage(findings)
        misconceptions = find_misconceptions(prepared.misconceptions, parsed)
        contradictions = [
            f
            for f in findings
            if f.status == "contradicted"
            or (f.status == "denied" and f.concept.weight >= DENIAL_WEIGHT)
        ]

        _answer_flags(flags, text, parsed, prepared, coverage, word_cos, char_cos)
        if contradictions:
            flags.append("contradiction")
        total_weight = sum(f.concept.weight for f in findings) or 1.0
        signals = {
            "coverage": coverage,
            "essential": essential,
            "similarity": min(1.0, similarity / FULL_SIMILARITY),
            "length": min(1.0, len(text.content) / FULL_LENGTH_WORDS),
            "contradicted": min(1.0, sum(f.concept.weight for f in contradictions) / total_weight),
        }
        grade, base, contributions = self.calibration.explain(signals)
        if not signals["contradicted"]:
            # nothing wrong was found: no line saying so, its share goes to the starting point
            base += contributions.pop("contradicted")
        parts = [ScorePart("base", 1.0, round(20 * base, 1), "the calibration's starting point")]
        for name, value in signals.items():
            if name not in contributions:
                continue
            parts.append(
                ScorePart(
                    name,
                    round(value, 3),
                    round(20 * contributions[name], 1),
                    _signal_detail(name, findings, word_cos, char_cos),
                )
            )
        caps: list[tuple[str, float, str]] = []
        # a swap, a reversal or a stated contradiction is a central error whatever the
        # concept's weight (the grading guide); a denial only of an essential concept
        central = [c for c in contradictions if c.error or c.concept.weight >= ESSENTIAL_WEIGHT]
        if central or misconceptions or signals["contradicted"] >= CENTRAL_ERROR_SHARE:
            caps.append(("errors", CENTRAL_ERROR_CAP, "a central claim is wrong"))
        for flag, cap in (
            ("restates_question", RESTATES_CAP),
            ("off_topic", OFF_TOPIC_CAP),
            ("keyword_list", KEYWORD_LIST_CAP),
        ):
            if flag in flags:
                caps.append((flag, cap, "terms without claims" if flag == "keyword_list" else ""))
        for signal, cap, detail in sorted(caps, key=lambda c: c[1], reverse=True):
            if grade > cap:
                parts.append(
                    ScorePart(
                        signal,
                        1.0,
                        -round(20 * (grade - cap), 1),
                        f"capped at {20 * cap:.0f}" + (f": {detail}" if detail else ""),
                    )
                )
                grade = cap
        return replace(
            _result(
                question,
                prepared,
                round(max(0.0, min(100.0, 20 * grade)), 1),
                (similarity, coverage),
                findings,
                misconceptions,
                flags,
                parts,
            ),
            contradictions=tuple(
                Contradiction(
                    f.concept.name,
                    (f.evidence,),
                    f.detail or "the answer denies it",
                    f.concept.weight,
                )
                for f in contradictions
            ),
            expected_grade=round(grade, 2),
        )

    def _grade_reference(
        self,
        question: Question,
        prepared: _Prepared,
        parsed: Answer,
        cosines: list[tuple[float, float]],
        flags: list[str],
    ) -> Grade:
        """Reference mode: similarity carries the score (see the module docstring)."""
        text = parsed.text
        polarity = None
        if len(text.content) <= NEGATION_MAX_WORDS:
            polarity = has_negation(text.words)
        best = None
        for index, (word_cos, char_cos) in enumerate(cosines):
            sim = _blend((word_cos, char_cos))
            concepts = prepared.concepts[index if len(prepared.concepts) > 1 else 0]
            findings = self._findings(concepts, prepared, parsed, None)
            coverage, _ = _coverage(findings)
            sim_points = SIMILARITY_POINTS * min(1.0, sim / FULL_SIMILARITY)
            cov_points = COVERAGE_POINTS * coverage
            negation = 0.0
            if polarity is not None and polarity != prepared.references_negated[index]:
                negation = NEGATION_POINTS
            points = sim_points + cov_points - negation
            if best is None or points > best[0]:
                best = (points, sim_points, cov_points, sim, coverage, findings, negation)
                best_cosines = (word_cos, char_cos)
        assert best is not None
        base, sim_points, cov_points, similarity, coverage, findings, negation = best
        word_cos, char_cos = best_cosines
        score = max(0.0, base)
        what = "key terms" if prepared.key_terms == "derived" else "concepts"
        credited = sum(1 for f in findings if f.status == "credited")
        parts = [
            ScorePart(
                "similarity",
                round(similarity, 3),
                round(sim_points, 1),
                f"TF-IDF similarity to the closest reference: words {word_cos:.2f}, "
                f"characters {char_cos:.2f}; full credit at {FULL_SIMILARITY:.2f}",
            ),
            ScorePart(
                "coverage",
                round(coverage, 3),
                round(cov_points, 1),
                f"{credited} of {len(findings)} {what} detected",
            ),
        ]
        if negation:
            parts.append(
                ScorePart(
                    "negation",
                    1.0,
                    -round(min(negation, sim_points + cov_points), 1),
                    "a short answer that negates what the closest reference states, or the reverse",
                )
            )
        misconceptions = find_misconceptions(prepared.misconceptions, parsed)
        if misconceptions:
            penalty = min(score, MISCONCEPTION_POINTS * len(misconceptions))
            score -= penalty
            parts.append(
                ScorePart(
                    "misconceptions", len(misconceptions), -round(penalty, 1), "misconceptions"
                )
            )
        _answer_flags(flags, text, parsed, prepared, coverage, word_cos, char_cos)
        for flag, cap in (
            ("restates_question", 20 * RESTATES_CAP),
            ("off_topic", 20 * OFF_TOPIC_CAP),
            ("keyword_list", 20 * KEYWORD_LIST_CAP),
        ):
            if flag in flags and score > cap:
                parts.append(ScorePart(flag, 1.0, -round(score - cap, 1), f"capped at {cap:.0f}"))
                score = cap
        if "too_short" in flags and "restates_question" not in flags:
            cut = score * (1 - TOO_SHORT_FACTOR)
            if cut > 0:
                parts.append(ScorePart("too_short", 1.0, -round(cut, 1), "very short answer"))
                score -= cut
        return _result(
            question,
            prepared,
            round(max(0.0, min(100.0, score)), 1),
            (similarity, coverage),
            findings,
            misconceptions,
            flags,
            parts,
        )

    def _empty(self, question: Question, prepared: _Prepared, flags: list[str]) -> Grade:
        missed = tuple(
            c.concept.name
            for c in sorted(prepared.concepts[0], key=lambda c: (-c.concept.weight, c.concept.name))
            if c.phrases or c.meaning is not None
        )
        flags = ["empty", *flags]
        notes = ["Write an answer: there was nothing to grade."]
        if "timed_out" in flags:
            notes.append("Time ran out: lead with the main point, then add detail.")
        return Grade(
            score=0.0,
            band="missing",
            similarity=0.0,
            coverage=0.0,
            missed=missed,
            flags=tuple(flags),
            feedback=tuple(notes),
            explanation=(ScorePart("empty", 0.0, 0.0, "no words to grade"),),
            key_terms=prepared.key_terms,
            question_id=question.id,
            expected_grade=0.0 if prepared.key_terms == "rubric" else None,
        )


def _result(
    question: Question,
    prepared: _Prepared,
    score: float,
    signals: tuple[float, float],
    findings: Sequence[Finding],
    misconceptions: Sequence[Any],
    flags: list[str],
    parts: list[ScorePart],
) -> Grade:
    """The Grade of a scored answer: band, concepts matched and missed, feedback."""
    similarity, coverage = signals
    band = band_for(score, flags)
    matched, missed = _matched_missed(findings)
    return Grade(
        score=score,
        band=band,
        similarity=round(similarity, 3),
        coverage=round(coverage, 3),
        matched=matched,
        missed=missed,
        misconceptions=tuple(
            MisconceptionFound(m.misconception.phrase, m.misconception.note, (m.evidence,))
            for m in misconceptions
        ),
        flags=tuple(flags),
        feedback=_feedback(band, flags, findings, misconceptions, prepared.key_terms),
        explanation=tuple(parts),
        key_terms=prepared.key_terms,
        question_id=question.id,
    )


def _blend(cosines: tuple[float, float]) -> float:
    return WORD_WEIGHT * cosines[0] + (1 - WORD_WEIGHT) * cosines[1]


def _coverage(findings: Sequence[Finding]) -> tuple[float, float]:
    """(weighted share of the concepts credited, share of the essential weight credited)."""
    total = sum(f.concept.weight for f in findings)
    earned = sum(f.concept.weight * f.credit for f in findings if f.status == "credited")
    essential = [f for f in findings if f.concept.weight >= ESSENTIAL_WEIGHT]
    essential_total = sum(f.concept.weight for f in essential)
    essential_earned = sum(f.concept.weight * f.credit for f in essential if f.status == "credited")
    return (
        earned / total if total > 0 else 0.0,
        essential_earned / essential_total if essential_total > 0 else 1.0,
    )


def _matched_missed(
    findings: Sequence[Finding],
) -> tuple[tuple[ConceptMatch, ...], tuple[str, ...]]:
    matched = tuple(
        ConceptMatch(
            concept=f.concept.name,
            alias=f.phrase,
            evidence=(f.evidence,),
            ratio=f.ratio,
            weight=f.concept.weight,
            how=f.how,
        )
        for f in findings
        if f.status == "credited"
    )
    missed = tuple(
        f.concept.name
        for f in sorted(findings, key=lambda f: (-f.concept.weight, f.concept.name))
        if f.status != "credited"
    )
    return matched, missed


def _answer_flags(
    flags: list[str],
    text: Text,
    parsed: Answer,
    prepared: _Prepared,
    coverage: float,
    word_cos: float,
    char_cos: float,
) -> None:
    """too_short, keyword_list, restates_question and off_topic, added to `flags`."""
    q_stems = prepared.question_stems
    novel = [i for i in text.content if text.stems[i] not in q_stems]
    if len(text.content) < 3:
        flags.append("too_short")
    if is_keyword_string(text, parsed.structure, q_stems):
        flags.append("keyword_list")
    adds_little = len({text.stems[i] for i in novel}) <= 1 or (
        len(novel) <= 3 and len(novel) / len(text.content) <= 0.34
    )
    if len(text.content) >= 2 and adds_little and coverage < 0.25 and word_cos < 0.15:
        flags.append("restates_question")
    # off topic: nothing of the rubric, and almost nothing in common with the references; a
    # question word or two dropped in ("attention", "model") does not make it an answer
    question_share = 1 - len(novel) / len(text.content)
    if (
        len(novel) >= 5
        and question_share <= OFF_TOPIC_QUESTION_SHARE
        and coverage == 0
        and word_cos < 0.05
        and char_cos < OFF_TOPIC_CHAR_COSINE
    ):
        flags.append("off_topic")


def _signal_detail(name: str, findings: Sequence[Finding], word_cos: float, char_cos: float) -> str:
    if name == "coverage":
        credited = [f for f in findings if f.status == "credited"]
        by_meaning = sum(1 for f in credited if f.how == "meaning")
        extra = f" ({by_meaning} by meaning)" if by_meaning else ""
        return f"{len(credited)} of {len(findings)} concepts detected{extra}, by weight"
    if name == "essential":
        return "share of the essential concepts (weight 3) detected"
    if name == "similarity":
        return (
            f"TF-IDF similarity to the closest reference: words {word_cos:.2f}, "
            f"characters {char_cos:.2f}; full at {FULL_SIMILARITY:.2f}"
        )
    if name == "contradicted":
        return "share of the rubric's weight the answer gets wrong (swapped, reversed, denied)"
    return f"length in content words; full at {FULL_LENGTH_WORDS}"


def _correct_typos(text: Text, prepared: _Prepared) -> None:
    """Give a misspelt word the stem of the question's word it is closest to."""
    if not prepared.vocabulary_words:
        return
    known = prepared.vocabulary_stems
    words, stems = text.words, text.stems
    unknown = [
        i
        for i in text.content[:2000]
        if len(words[i]) >= 4 and stems[i] not in known and not words[i].isdigit()
    ]
    if not unknown:
        return
    # A word's correction depends only on the question's vocabulary: remembered per question.
    fixes = prepared.typo_fixes
    new = sorted({words[i] for i in unknown} - fixes.keys())
    if new:
        if len(fixes) > 50_000:
            fixes.clear()
            new = sorted({words[i] for i in unknown})
        for word, best in zip(new, closest_each(new, prepared.vocabulary_words), strict=True):
            fixes[word] = None if best is None else prepared.vocabulary[best[0]]
    for i in unknown:
        fixed = fixes.get(words[i])
        if fixed is not None:
            stems[i] = fixed


def _feedback(
    band: str,
    flags: Sequence[str],
    findings: Sequence[Finding],
    misconceptions: Sequence[Any],
    key_terms: str,
) -> tuple[str, ...]:
    notes: list[str] = []
    if "timed_out" in flags:
        notes.append("Time ran out: lead with the main point, then add detail.")
    if "off_topic" in flags:
        notes.append("This does not address the question; answer what was asked.")
    if "restates_question" in flags:
        notes.append("You restated the question; explain the answer instead.")
    if "keyword_list" in flags:
        notes.append(
            "Explain in sentences how the terms connect: a string of terms makes no claim."
        )
    if "too_short" in flags and "restates_question" not in flags:
        notes.append("Say more: one or two full sentences with the key idea and why.")
    for found in misconceptions:
        notes.append(f"{found.misconception.note} (you wrote: “{found.evidence}”)")
    for f in findings:
        if f.status == "contradicted":
            notes.append(f"Check '{f.concept.name}': “{f.evidence}” is wrong; {f.detail}.")
    missing = sorted(
        (f for f in findings if f.status in ("missing", "denied")),
        key=lambda f: (-f.concept.weight, f.concept.name),
    )
    for f in missing[:3]:
        what = "the term " if key_terms == "derived" else ""
        line = f"Not detected: {what}'{f.concept.name}'."
        if f.status == "denied":
            line = f"'{f.concept.name}': your answer denies it (“{f.evidence}”)."
        elif f.closest:
            line += f" Closest in your answer: “{f.closest}”."
        notes.append(line)
    if band == "strong" and not notes:
        notes.append("Good answer: it covers the key points.")
    return tuple(notes)
