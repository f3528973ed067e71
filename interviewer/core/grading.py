"""Grading typed answers: TF-IDF similarity plus rubric coverage, explained point by point.

A `Grader` is prepared once per bank (or per set of ad-hoc questions): it learns how rare each
word and character n-gram is in that text, then `grade()` scores one answer against one question
without touching the disk or the network. scikit-learn is imported only when a grader is first
fitted, so importing this module stays cheap. See docs/grading.md for how the score is formed.
Words and phrase matching live in text_match.py, the TF-IDF feature space in tfidf.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, cast

from .bank import Bank, Concept, Misconception, Question
from .text_match import (
    _WORD_RE,
    MAX_ANALYSED_CHARS,
    _Answer,
    _closest_each,
    _denied,
    _evidence,
    _has_negation,
    _match_phrase,
    _negated,
    _Phrase,
    _phrase,
    _Text,
    clean_text,
)
from .text_match import STOP_WORDS as STOP_WORDS
from .text_match import stem as stem
from .tfidf import CHAR_SIZES as CHAR_SIZES
from .tfidf import RECALL_SHARE as RECALL_SHARE
from .tfidf import _char_features, _FeatureSpace, _fit_idf, _similarity, _word_features

GRADER_VERSION = "2.4"
"""Bumped whenever a change to the scoring can change a score."""

STRONG_CUTOFF = 85.0
"""Scores at or above this are `strong`."""
PASS_CUTOFF = 70.0
"""Scores at or above this pass (`adequate`); below it an answer is `weak`."""
MISSING_CUTOFF = 15.0
"""Scores below this are `missing`: nothing an interviewer would credit."""

BANDS = ("strong", "adequate", "weak", "missing")
PASSING_BANDS = frozenset({"strong", "adequate"})

# How the score is formed (calibrated on Mohler 2011 assignments 1-8 and SemEval-2013 train;
# see docs/grading.md). Similarity reaches full credit at FULL_SIMILARITY.
WORD_WEIGHT = 0.3
"""Share of word n-grams (vs character n-grams) in the similarity."""
FULL_SIMILARITY = 0.4
SIMILARITY_POINTS = 70.0
COVERAGE_POINTS = 30.0
# Rubric mode (a bank question with a hand-written rubric): the rubric carries most of the score,
# as it does for an interviewer ticking concepts; full credit needs about two thirds of the
# rubric's weight with every essential concept present (see docs/grading.md).
RUBRIC_POINTS = 65.0
RUBRIC_SIMILARITY_POINTS = 35.0
RUBRIC_FULL_SHARE = 2 / 3
"""Share of the rubric's weight that earns full rubric credit."""
ESSENTIAL_WEIGHT = 3.0
"""Concepts of at least this weight are essential."""
MISSING_ESSENTIAL_CAP = 0.5
"""Rubric credit is capped at this plus the rest times the share of essential weight found."""
MISCONCEPTION_POINTS = 20.0
"""Taken off for each misconception found."""
KEYWORD_LIST_CAP = 15.0
RESTATES_CAP = 10.0
OFF_TOPIC_CAP = 10.0
TOO_SHORT_FACTOR = 0.85
NEGATION_POINTS = 40.0
"""Reference mode: taken off when a short answer and a reference disagree on negation."""
NEGATION_MAX_WORDS = 8
"""Only answers of at most this many content words: in a longer one a "not" is one clause."""

DERIVED_TERMS_MAX = 8
"""At most this many key terms are derived from a reference answer that has no rubric."""

_LIST_SPLIT_RE = re.compile(r"[,;\n|•·*]+|\s-\s|\s/\s")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


# ---------------------------------------------------------------------------------------------
# The result


@dataclass(frozen=True)
class ConceptMatch:
    """A rubric concept (or derived key term) found in the answer, with its evidence."""

    concept: str
    alias: str
    """The phrase (the concept's name or one of its aliases) that matched."""
    evidence: tuple[str, ...]
    """The words of the answer that matched."""
    ratio: float
    """How closely they matched, 0-100 (100 is exact)."""
    weight: float = 1.0


@dataclass(frozen=True)
class MisconceptionFound:
    """A misconception the answer states, with what to tell the candidate."""

    phrase: str
    note: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ScorePart:
    """One signal's contribution to the score."""

    signal: str
    value: float
    """The signal's raw value (0-1 for similarity and coverage)."""
    points: float
    """Points it added (positive) or took off (negative)."""
    detail: str


@dataclass(frozen=True)
class Grade:
    """The grade of one answer: a score, a band, and why."""

    score: float
    """0-100, rounded to one decimal."""
    band: str
    """'strong' | 'adequate' | 'weak' | 'missing'; strong and adequate pass."""
    similarity: float
    """TF-IDF cosine (word and character n-grams) to the closest reference answer, 0-1."""
    coverage: float
    """Weighted share of the rubric's concepts (or derived key terms) the answer covers, 0-1."""
    matched: tuple[ConceptMatch, ...] = ()
    missed: tuple[str, ...] = ()
    """Concepts not found, heaviest first."""
    misconceptions: tuple[MisconceptionFound, ...] = ()
    flags: tuple[str, ...] = ()
    feedback: tuple[str, ...] = ()
    explanation: tuple[ScorePart, ...] = ()
    key_terms: str = "rubric"
    """Where the concepts came from: 'rubric', 'keywords' or 'derived' (from the reference)."""
    question_id: str = ""
    grader_version: str = GRADER_VERSION

    @property
    def passed(self) -> bool:
        """Whether an interviewer would let this answer pass."""
        return self.band in PASSING_BANDS

    def to_dict(self) -> dict:
        """A JSON-safe dict (lists, not tuples); `Grade.from_dict` reads it back."""
        return cast(dict, _lists(asdict(self)))

    @classmethod
    def from_dict(cls, data: dict) -> Grade:
        """The grade stored by `to_dict` (unknown keys are ignored)."""
        return cls(
            score=float(data["score"]),
            band=str(data["band"]),
            similarity=float(data.get("similarity", 0.0)),
            coverage=float(data.get("coverage", 0.0)),
            matched=tuple(
                ConceptMatch(
                    concept=m["concept"],
                    alias=m["alias"],
                    evidence=tuple(m.get("evidence", ())),
                    ratio=float(m.get("ratio", 100.0)),
                    weight=float(m.get("weight", 1.0)),
                )
                for m in data.get("matched", ())
            ),
            missed=tuple(data.get("missed", ())),
            misconceptions=tuple(
                MisconceptionFound(m["phrase"], m["note"], tuple(m.get("evidence", ())))
                for m in data.get("misconceptions", ())
            ),
            flags=tuple(data.get("flags", ())),
            feedback=tuple(data.get("feedback", ())),
            explanation=tuple(
                ScorePart(p["signal"], float(p["value"]), float(p["points"]), p.get("detail", ""))
                for p in data.get("explanation", ())
            ),
            key_terms=str(data.get("key_terms", "rubric")),
            question_id=str(data.get("question_id", "")),
            grader_version=str(data.get("grader_version", "")),
        )


def _lists(value: object) -> object:
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value


def band_for(score: float, flags: Iterable[str] = ()) -> str:
    """The band of a score; an empty answer is always `missing`."""
    if "empty" in flags or score < MISSING_CUTOFF:
        return "missing"
    if score >= STRONG_CUTOFF:
        return "strong"
    if score >= PASS_CUTOFF:
        return "adequate"
    return "weak"


# ---------------------------------------------------------------------------------------------
# The grader


@dataclass
class _Prepared:
    """What the grader keeps about one question between answers."""

    question_stems: frozenset[str]
    references: list[tuple[Any, Any]]
    """(word vector, character vector) of each reference answer."""
    concepts: list[list[tuple[Concept, list[_Phrase]]]]
    """One concept list for the rubric, or one per reference when the terms are derived."""
    misconceptions: list[tuple[Misconception, list[_Phrase]]]
    key_terms: str
    question_words: frozenset[str]
    vocabulary: dict[str, str]
    """Content words of the question's own text -> their stems, for correcting typos."""
    vocabulary_words: list[str]
    fuzzy_words: list[tuple[str, str]] = field(default_factory=list)
    """(word, stem) of every phrase word that may match a misspelling, looked up in one batch."""
    vocabulary_stems: frozenset[str] = frozenset()
    references_negated: list[bool] = field(default_factory=list)
    """Whether each reference answer contains a negation (reference mode's polarity check)."""
    typo_fixes: dict[str, str | None] = field(default_factory=dict)
    """Answer word -> the stem of the question's word it misspells (None: none), remembered."""


class Grader:
    """Grades answers against the questions of one bank (or of ad-hoc reference questions).

    Args:
        bank: the bank whose text the TF-IDF weights are fitted on, and whose synonyms apply.
        questions: extra questions (reference mode) whose text is fitted too.
        synonyms: extra groups of interchangeable terms.
    """

    def __init__(
        self,
        bank: Bank | None = None,
        *,
        questions: Iterable[Question] = (),
        synonyms: Iterable[Sequence[str]] = (),
    ) -> None:
        self.bank = bank
        adhoc = list(questions)
        self._questions = list(bank.questions if bank is not None else ()) + adhoc
        self._adhoc = {id(q): q for q in adhoc}
        """Reference-mode questions: their concepts are the user's keywords, not a rubric."""
        groups = list(bank.synonyms if bank is not None else ()) + [tuple(g) for g in synonyms]
        self.synonyms: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in groups if g)
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
        documents = [d for d in documents if d.strip()] or ["answer"]
        texts = [_Text.of(d) for d in documents]
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
        prompt = _Text.of(question.prompt)
        q_stems = frozenset(prompt.content_stems())
        q_words = frozenset(prompt.words[i] for i in prompt.content)
        references = []
        references_negated = []
        vocabulary: dict[str, str] = {}
        for text in (question.prompt, *question.reference_answers):
            ref = _Text.of(text)
            vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
            if text is not question.prompt:
                references.append(self._vectors(ref, q_stems))
                references_negated.append(_has_negation(ref.words))
        for concept in question.concepts:
            for phrase in concept.phrases:
                ref = _Text.of(phrase)
                vocabulary.update((ref.words[i], ref.stems[i]) for i in ref.content)
        if question.concepts:
            concept_lists = [self._concept_phrases(question.concepts, q_stems)]
            key_terms = "keywords" if self._adhoc.get(id(question)) is question else "rubric"
        else:
            concept_lists = [
                self._concept_phrases(self.derive_key_terms(question.prompt, r), q_stems)
                for r in question.reference_answers
            ]
            key_terms = "derived"
        misconceptions = []
        for misconception in question.misconceptions:
            phrases = [
                p
                for t in self._with_synonyms(misconception.phrases)
                if (p := _phrase(t, frozenset()))
            ]
            if phrases:
                misconceptions.append((misconception, phrases))
        prepared = _Prepared(
            q_stems,
            references,
            concept_lists,
            misconceptions,
            key_terms,
            q_words,
            vocabulary,
            sorted(w for w in vocabulary if len(w) >= 4),
        )
        prepared.references_negated = references_negated
        prepared.vocabulary_stems = frozenset(vocabulary.values())
        phrases = [p for c in concept_lists for _, ps in c for p in ps]
        phrases += [p for _, ps in misconceptions for p in ps]
        prepared.fuzzy_words = sorted(
            {(w, w_stem) for p in phrases for w, w_stem, fuzzy in p.tokens if fuzzy}
        )
        if len(self._prepared) > 10_000:
            self._prepared.clear()
        self._prepared[id(question)] = (question, prepared)
        return prepared

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

    def _concept_phrases(
        self, concepts: Iterable[Concept], q_stems: frozenset[str]
    ) -> list[tuple[Concept, list[_Phrase]]]:
        result = []
        for concept in concepts:
            phrases = [
                p for t in self._with_synonyms(concept.phrases) if (p := _phrase(t, q_stems))
            ]
            result.append((concept, phrases))
        return result

    def _vectors(self, text: _Text, q_stems: frozenset[str]) -> tuple[tuple, tuple]:
        import numpy as np

        assert self._words is not None and self._chars is not None
        kept = [i for i in text.content if text.stems[i] not in q_stems]
        if not kept:
            kept = text.content
        word_vec = self._words.vector(
            self._words.ids(_word_features([text.stems[i] for i in kept]))
        )
        chars = self._chars
        cached, words = chars._word_ids.get, text.words
        pieces = [cached(words[i]) for i in kept]
        if any(piece is None for piece in pieces):
            pieces = [chars.word_ids(words[i]) for i in kept]
        char_vec = chars.vector(np.concatenate(cast(list, pieces)) if pieces else [])
        return word_vec, char_vec

    def derive_key_terms(self, prompt: str, reference: str) -> tuple[Concept, ...]:
        """Key terms of a reference answer: its rarest content words not already in the prompt.

        Each term becomes a concept weighted by its TF-IDF weight, so a reference with no rubric
        can still be checked term by term.
        """
        self.fit()
        assert self._word_idf is not None
        q_stems = frozenset(_Text.of(prompt).content_stems())
        ref = _Text.of(reference)
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
        text = _Text.of(original)
        if not text.content:
            return self._empty(question, prepared, flags)
        _correct_typos(text, prepared)
        parsed = _Answer.of(text)
        parsed.look_up(prepared.fuzzy_words)
        word_vec, char_vec = self._vectors(text, prepared.question_stems)

        rubric = prepared.key_terms == "rubric"
        # A short answer's polarity is its meaning ("in a closed path" vs "not in a closed
        # path"); the reference it agrees with is preferred (docs/grading.md, "Negation").
        polarity = None
        if not rubric and len(text.content) <= NEGATION_MAX_WORDS:
            polarity = _has_negation(text.words)
        best = None
        best_cosines = (0.0, 0.0)
        for index, (ref_word, ref_char) in enumerate(prepared.references):
            word_cos = _similarity(word_vec, ref_word)
            char_cos = _similarity(char_vec, ref_char)
            sim = WORD_WEIGHT * word_cos + (1 - WORD_WEIGHT) * char_cos
            concepts = prepared.concepts[index if len(prepared.concepts) > 1 else 0]
            coverage, essential, matched, missed = _coverage(concepts, parsed)
            sim_points, cov_points = _base_points(sim, coverage, essential, rubric)
            negation = 0.0
            if polarity is not None and polarity != prepared.references_negated[index]:
                negation = NEGATION_POINTS
            points = sim_points + cov_points - negation
            if best is None or points > best[0]:
                best = (points, sim_points, cov_points, sim, coverage, matched, missed, negation)
                best_cosines = (word_cos, char_cos)
        assert best is not None
        base, sim_points, cov_points, similarity, coverage, matched, missed, negation = best
        word_cos, char_cos = best_cosines
        base = max(0.0, base)

        what = "key terms" if prepared.key_terms == "derived" else "concepts"
        cover_detail = f"{len(matched)} of {len(matched) + len(missed)} {what} covered"
        if rubric:
            cover_detail += (
                f"; full credit at {RUBRIC_FULL_SHARE:.0%} of the rubric's weight with every "
                "essential concept"
            )
        parts = [
            ScorePart(
                "similarity",
                round(similarity, 3),
                round(sim_points, 1),
                f"TF-IDF similarity to the closest reference: words {word_cos:.2f}, "
                f"characters {char_cos:.2f}; full credit at {FULL_SIMILARITY:.2f}",
            ),
            ScorePart("coverage", round(coverage, 3), round(cov_points, 1), cover_detail),
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
        score = base

        found = _find_misconceptions(prepared.misconceptions, parsed)
        if found:
            penalty = min(score, MISCONCEPTION_POINTS * len(found))
            score -= penalty
            parts.append(
                ScorePart("misconceptions", len(found), -round(penalty, 1), "misconceptions stated")
            )

        novel = [i for i in text.content if text.stems[i] not in prepared.question_stems]
        if len(text.content) < 3:
            flags.append("too_short")
        if _is_keyword_list(text):
            flags.append("keyword_list")
        adds_little = len(set(text.stems[i] for i in novel)) <= 1 or (
            len(novel) <= 3 and len(novel) / len(text.content) <= 0.34
        )
        if len(text.content) >= 2 and adds_little and coverage < 0.25 and word_cos < 0.15:
            flags.append("restates_question")
        mentions_question = len(novel) < len(text.content)
        if (
            len(novel) >= 5
            and not mentions_question
            and coverage == 0
            and word_cos < 0.05
            and char_cos < 0.12
        ):
            flags.append("off_topic")

        for flag, cap in (
            ("restates_question", RESTATES_CAP),
            ("off_topic", OFF_TOPIC_CAP),
            ("keyword_list", KEYWORD_LIST_CAP),
        ):
            if flag in flags and score > cap:
                parts.append(ScorePart(flag, 1.0, -round(score - cap, 1), f"capped at {cap:.0f}"))
                score = cap
        if "too_short" in flags and "restates_question" not in flags:
            cut = score * (1 - TOO_SHORT_FACTOR)
            if cut > 0:
                parts.append(ScorePart("too_short", 1.0, -round(cut, 1), "very short answer"))
                score -= cut

        score = round(max(0.0, min(100.0, score)), 1)
        band = band_for(score, flags)
        missed_names = tuple(c.name for c in sorted(missed, key=lambda c: (-c.weight, c.name)))
        return Grade(
            score=score,
            band=band,
            similarity=round(similarity, 3),
            coverage=round(coverage, 3),
            matched=tuple(matched),
            missed=missed_names,
            misconceptions=tuple(found),
            flags=tuple(flags),
            feedback=_feedback(band, flags, missed_names, found, prepared.key_terms),
            explanation=tuple(parts),
            key_terms=prepared.key_terms,
            question_id=question.id,
        )

    def _empty(self, question: Question, prepared: _Prepared, flags: list[str]) -> Grade:
        missed = tuple(
            c.name
            for c, phrases in sorted(
                prepared.concepts[0], key=lambda cp: (-cp[0].weight, cp[0].name)
            )
            if phrases
        )
        flags = ["empty", *flags]
        return Grade(
            score=0.0,
            band="missing",
            similarity=0.0,
            coverage=0.0,
            missed=missed,
            flags=tuple(flags),
            feedback=_feedback("missing", flags, missed, [], prepared.key_terms),
            explanation=(ScorePart("empty", 0.0, 0.0, "no words to grade"),),
            key_terms=prepared.key_terms,
            question_id=question.id,
        )


def _correct_typos(text: _Text, prepared: _Prepared) -> None:
    """Give a misspelt word the stem of the question's word it is closest to (see _fuzzy_cutoff)."""
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
        for word, best in zip(new, _closest_each(new, prepared.vocabulary_words), strict=True):
            fixes[word] = None if best is None else prepared.vocabulary[best[0]]
    for i in unknown:
        fixed = fixes.get(words[i])
        if fixed is not None:
            stems[i] = fixed


def _base_points(
    similarity: float, coverage: float, essential: float, rubric: bool
) -> tuple[float, float]:
    """(similarity points, coverage points) before penalties and caps.

    Reference mode (derived key terms or keywords) is calibrated on short-answer data, where the
    reference is one sentence and similarity carries the score. With a written rubric the concepts
    carry it: full rubric credit at RUBRIC_FULL_SHARE of its weight, capped while an essential
    concept is missing.
    """
    reached = min(1.0, similarity / FULL_SIMILARITY)
    if not rubric:
        return SIMILARITY_POINTS * reached, COVERAGE_POINTS * coverage
    credit = min(1.0, coverage / RUBRIC_FULL_SHARE)
    credit = min(credit, MISSING_ESSENTIAL_CAP + (1 - MISSING_ESSENTIAL_CAP) * essential)
    return RUBRIC_SIMILARITY_POINTS * reached, RUBRIC_POINTS * credit


def _coverage(
    concepts: list[tuple[Concept, list[_Phrase]]], answer: _Answer
) -> tuple[float, float, list[ConceptMatch], list[Concept]]:
    """(weighted coverage, share of essential weight found, matches, concepts missed)."""
    total = earned = essential_total = essential_earned = 0.0
    matched: list[ConceptMatch] = []
    missed: list[Concept] = []
    exact = answer.positions.get
    looked_up = answer._fuzzy_cache
    word_positions = answer.word_positions
    for concept, phrases in concepts:
        if not phrases:
            continue  # every word of it is in the question: saying it earns nothing
        total += concept.weight
        if concept.weight >= ESSENTIAL_WEIGHT:
            essential_total += concept.weight
        best = None
        for phrase in phrases:
            # _phrase_words inlined (the hot loop): give up once too many words are missing
            tokens = phrase.tokens
            size = len(tokens)
            misses = 0 if size <= 2 else int(size * 0.34 + 1e-9)
            found = []
            for word, word_stem, fuzzy in tokens:
                positions = exact(word_stem)
                if positions:
                    found.append((positions, 100.0))
                    continue
                if fuzzy:
                    if word in looked_up:
                        hit = looked_up[word]
                        if hit is not None:
                            found.append((word_positions[hit[0]], hit[1]))
                            continue
                    else:
                        positions, ratio = answer.find(word, word_stem, fuzzy)
                        if positions:
                            found.append((positions, ratio))
                            continue
                misses -= 1
                if misses < 0:
                    break
            if misses < 0 or not found:
                continue
            share = len(found) / size
            if share + 1e-9 < (1.0 if size <= 2 else 0.66):
                continue
            ratio = sum(r for _, r in found) / len(found)
            credit = share * (0.5 + 0.5 * ratio / 100.0)
            if best is None or credit > best[0]:
                best = (credit, phrase, ratio, found)
        if best is None:
            missed.append(concept)
            continue
        credit, phrase, ratio, found = best
        positions = _evidence(found)
        if not phrase.negative and _denied(answer, min(positions)):
            missed.append(concept)  # "there is no discriminator" does not cover the discriminator
            continue
        earned += concept.weight * credit
        if concept.weight >= ESSENTIAL_WEIGHT:
            essential_earned += concept.weight * credit
        matched.append(
            ConceptMatch(
                concept=concept.name,
                alias=phrase.text,
                evidence=tuple(answer.text.words[i] for i in positions),
                ratio=round(ratio, 1),
                weight=concept.weight,
            )
        )
    coverage = earned / total if total > 0 else 0.0
    essential = essential_earned / essential_total if essential_total > 0 else 1.0
    return coverage, essential, matched, missed


def _find_misconceptions(
    misconceptions: list[tuple[Misconception, list[_Phrase]]], answer: _Answer
) -> list[MisconceptionFound]:
    found = []
    for misconception, phrases in misconceptions:
        for phrase in phrases:
            share, _, positions = _match_phrase(
                phrase, answer, needed=1.0, window=len(phrase.tokens) + 4
            )
            if share >= 1.0 and not _negated(answer, positions):
                found.append(
                    MisconceptionFound(
                        misconception.phrase,
                        misconception.note,
                        tuple(answer.text.words[i] for i in positions),
                    )
                )
                break
    return found


def _is_keyword_list(text: _Text) -> bool:
    """Terms without sentences: few function words, or many very short comma/line items."""
    n = len(text.words)
    if len(text.content) < 4:
        return False
    function_share = 1 - len(text.content) / n
    if function_share < 0.12:
        return True
    if function_share >= 0.3:
        return False
    items = [s for s in _LIST_SPLIT_RE.split(text.raw) if _WORD_RE.search(s)]
    if len(items) >= 4:
        lengths = [len(_WORD_RE.findall(s)) for s in items]
        short = sum(1 for x in lengths if x <= 3)
        if short / len(items) >= 0.75:
            return True
    return False


def _feedback(
    band: str,
    flags: Sequence[str],
    missed: Sequence[str],
    misconceptions: Sequence[MisconceptionFound],
    key_terms: str,
) -> tuple[str, ...]:
    notes: list[str] = []
    if "empty" in flags:
        notes.append("Write an answer: there was nothing to grade.")
    if "timed_out" in flags:
        notes.append("Time ran out: lead with the main point, then add detail.")
    if "off_topic" in flags:
        notes.append("This does not address the question; answer what was asked.")
    if "restates_question" in flags:
        notes.append("You restated the question; explain the answer instead.")
    if "keyword_list" in flags:
        notes.append("Explain in sentences how the terms connect; a list of keywords earns little.")
    if "too_short" in flags and "restates_question" not in flags and "empty" not in flags:
        notes.append("Say more: one or two full sentences with the key idea and why.")
    for found in misconceptions:
        notes.append(found.note)
    if "empty" not in flags:
        for name in missed[:3]:
            what = "the term" if key_terms == "derived" else ""
            notes.append(f"You did not mention {what + ' ' if what else ''}'{name}'.")
    if band == "strong" and not notes:
        notes.append("Good answer: it covers the key points.")
    return tuple(notes)


# ---------------------------------------------------------------------------------------------
# Reference mode


def reference_question(
    prompt: str,
    references: str | Sequence[str],
    keywords: Sequence[str] | None = None,
    *,
    question_id: str = "",
) -> Question:
    """An ad-hoc question (not in a bank): its references, and keywords as concepts if given."""
    if isinstance(references, str):
        references = (references,)
    concepts = tuple(Concept(name=str(k).strip()) for k in (keywords or ()) if str(k).strip())
    return Question(
        id=question_id,
        prompt=str(prompt),
        reference_answers=tuple(str(r) for r in references),
        concepts=concepts,
    )


def grade_reference(
    prompt: str,
    references: str | Sequence[str],
    answer: str,
    *,
    keywords: Sequence[str] | None = None,
) -> Grade:
    """Grade an answer against an ad-hoc question, fitting on that question's own text."""
    question = reference_question(prompt, references, keywords)
    return Grader(questions=[question]).grade(question, answer)


_bank_graders: dict[tuple[str, str, int], tuple[Bank, Grader]] = {}


def grader_for(bank: Bank) -> Grader:
    """The grader of a bank, fitted once and then reused."""
    key = (bank.id, bank.version, id(bank))
    cached = _bank_graders.get(key)
    if cached is not None and cached[0] is bank:
        return cached[1]
    grader = Grader(bank)
    _bank_graders[key] = (bank, grader)
    return grader
