"""Fitting a grader: the bank's synonyms and thesaurus, and how rare each word and character
n-gram is in its text (TF-IDF), which stems are common across its questions and which few use."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from ...bank import Bank, Question
from ..bank_words import question_documents
from ..calibration import Calibration, shipped
from ..collecting import fewer_collections
from ..matching import Phrase
from ..prepared import PreparedQuestion
from ..restated import short_form_pairs, stem_pairs
from ..similarity import FeatureSpace, char_ngrams, fit_idf, text_vectors, word_ngrams
from ..synonyms import SynonymGroups
from ..text import Text, thesaurus_map
from .fit_cache import Fit, FitCache, fit_key

COMMON_SHARE = 0.4
COMMON_MIN_QUESTIONS = 3
"""A stem used by more than this share of a bank's questions (and by more than this many) is
common across the bank, not a question's subject (see scoring/off_subject.py)."""
DISTINCT_SHARE = 0.1
"""A word used by at most this share of a bank's questions is distinctive: an alias that keeps
only it once the question's own words are dropped ("assign a role" asked about role-based
prompting keeps "assign") is matched whole, question words and all, instead of ignored; one
that keeps a common word ("adversarial training" asked about adversarial networks keeps
"training") is still ignored: it says nothing the question does not."""


_Fitted = TypeVar("_Fitted", bound="FittedGrader")


class FittedGrader:
    """What a `Grader` learns of its bank, once (see `Grader` for the arguments)."""

    def __init__(
        self,
        bank: Bank | None = None,
        *,
        questions: Iterable[Question] = (),
        synonyms: Iterable[Sequence[str]] = (),
        calibration: Calibration | None = None,
        fit_cache: FitCache | None = None,
    ) -> None:
        self.bank = bank
        self.fit_cache = fit_cache
        """Where the fit is kept between runs (fit_cache.py); None: fitted in every process."""
        self.fit_from_cache = False
        """Whether the fit was read from `fit_cache` rather than computed."""
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
        self._fitting = threading.Lock()
        """Held while fitting: a grade asked for while the app's warm-up fits the grader waits
        for that fit instead of running a second one beside it (play29 F17: the two shared
        the processor, and the first answer waited 10-12 s)."""
        self._common_stems: frozenset[str] = frozenset()
        """Stems used by many of the bank's questions ("data", "model"): not one's subject."""
        self._bank_words: frozenset[str] = frozenset()
        """Every stem the bank's text uses."""
        self._distinct_stems: frozenset[str] = frozenset()
        """Stems used by few of the bank's questions (see DISTINCT_SHARE)."""
        self._unseen_word = 1.0
        self._words: FeatureSpace | None = None
        self._chars: FeatureSpace | None = None
        self._prepared: dict[int, tuple[Question, PreparedQuestion]] = {}
        self._reference_texts: dict[str, Text] = {}
        """Each reference read once, for `_reference_vectors`: the other questions of a topic
        (other_questions.py) each make vectors of the same references."""
        self._statements: dict[tuple[str, ...], tuple[Phrase, ...]] = {}
        """Each misconception's phrases, read once (`_misconception_phrases`): the rubric's
        common misconceptions are checked on every question, and had been parsed again for
        each (speed48: a quarter of the time preparing the genai bank's questions)."""
        self._short_forms = stem_pairs(short_form_pairs(self.synonyms), self.canon)
        """The stems of the bank's acronyms and short forms and what they stand for."""

    # -- fitting ------------------------------------------------------------------------------

    @property
    def fitted(self) -> bool:
        """Whether `fit` is done (a grade then waits for nothing but the answer)."""
        return self._word_idf is not None

    def fit(self: _Fitted) -> _Fitted:
        """Learn the TF-IDF weights from the bank's text (done once; later calls do nothing;
        a call while another thread fits waits for that fit). Safe on any thread."""
        if self._word_idf is not None:
            return self
        with self._fitting:
            if self._word_idf is None:
                with fewer_collections():
                    self._fit_bank()
        return self

    def _fit_bank(self) -> None:
        documents: list[str] = []
        owners: list[int] = []
        for number, question in enumerate(self._questions):
            texts_of_question = question_documents(question)
            documents.extend(texts_of_question)
            owners.extend([number] * len(texts_of_question))
        cache, key, name = self.fit_cache, "", self.bank.id if self.bank is not None else "adhoc"
        if cache is not None:
            key = fit_key(documents, owners, self.canon)
            kept = cache.load(name, key)
            if kept is not None:
                self._use(kept)
                self.fit_from_cache = True
                return
        fit = self._computed_fit(documents, owners)
        if cache is not None:
            cache.save(name, key, fit)
        self._use(fit)

    def _computed_fit(self, documents: list[str], owners: list[int]) -> Fit:
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
        distinct = max(COMMON_MIN_QUESTIONS, DISTINCT_SHARE * len(self._questions))
        words = fit_idf([word_ngrams(t.content_stems()) for t in texts])
        chars = fit_idf([char_ngrams([t.words[i] for i in t.content]) for t in texts])
        return Fit(
            word_features=_in_id_order(words),
            word_idf=words.idf[: words.size],
            word_unseen=words.unseen,
            char_features=_in_id_order(chars),
            char_idf=chars.idf[: chars.size],
            char_unseen=chars.unseen,
            common_stems=frozenset(s for s, users in used_by.items() if len(users) > common),
            bank_words=frozenset(used_by),
            distinct_stems=frozenset(s for s, users in used_by.items() if len(users) <= distinct),
        )

    def _use(self, fit: Fit) -> None:
        self._common_stems = fit.common_stems
        self._bank_words = fit.bank_words
        self._distinct_stems = fit.distinct_stems
        self._words = FeatureSpace(
            {f: i for i, f in enumerate(fit.word_features)}, fit.word_idf, fit.word_unseen
        )
        self._chars = FeatureSpace(
            {f: i for i, f in enumerate(fit.char_features)}, fit.char_idf, fit.char_unseen
        )
        self._unseen_word = self._words.unseen
        # set last: `fitted` is true only once everything above is in place
        self._word_idf = dict(zip(fit.word_features, fit.word_idf.tolist(), strict=True))

    def _stem_weight(self, stem: str) -> float:
        assert self._word_idf is not None
        return self._word_idf.get(stem, self._unseen_word)

    def _vectors(
        self, text: Text, indices: Sequence[int], q_stems: frozenset[str]
    ) -> tuple[Any, Any]:
        assert self._words is not None and self._chars is not None
        return text_vectors(self._words, self._chars, text, indices, q_stems)

    def _reference_vectors(self, reference: str, q_stems: frozenset[str]) -> tuple[Any, Any]:
        """`_vectors` of a reference's content words, the question's own left out (unless
        nothing else is left), the reference read once per grader. (Its vectors are not kept:
        the questions of a topic leave different words out, and the character vectors of a
        topic's references took 45 MB for no measurable time.)"""
        text = self._reference_texts.get(reference)
        if text is None:
            if len(self._reference_texts) > 20_000:
                self._reference_texts.clear()
            text = self._reference_texts[reference] = Text.of(reference, canon=self.canon)
        return self._vectors(text, text.content, q_stems)


def _in_id_order(space: FeatureSpace) -> list[str]:
    """A fitted feature space's features, by id (ids are 0 to size - 1)."""
    ordered = [""] * space.size
    for feature, number in space.vocabulary.items():
        ordered[number] = feature
    return ordered
