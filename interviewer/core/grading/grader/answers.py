"""Grading one answer: read (acronyms, short forms, typos), compared with its prepared question in
one batch, then scored in rubric or reference mode."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial

from ...bank import Question
from ..choices import graded_choice
from ..collecting import fewer_collections
from ..exact import key_spellings
from ..feedback import empty_grade
from ..matching import Answer
from ..meaning import AnswerSimilarities, similarities
from ..meaning_many import many_similarities
from ..not_english import told_not_english
from ..other_questions import OtherQuestions
from ..prepared import PreparedQuestion
from ..reference_scoring import ReferenceSignals, grade_reference, reference_signals
from ..repetition import first_saying
from ..respelling import Respelled
from ..result import Grade
from ..scoring import grade_rubric
from ..story_keys import graded_as_story, story_grade, told_story, with_key_score
from ..text import MAX_ANALYSED_CHARS, Text
from ..typos import correct_typos
from .preparing import QuestionPreparing

MANY_CHUNK = 1000
"""Answers `Grader.grade_many` reads before it compares them (their parses are kept meanwhile)."""


class Grader(QuestionPreparing):
    """Grades answers against the questions of one bank (or of ad-hoc reference questions).

    Args:
        bank: the bank whose text the TF-IDF weights are fitted on, and whose synonyms apply.
        questions: extra questions (reference mode) whose text is fitted too.
        synonyms: extra groups of interchangeable terms.
        calibration: the signal -> grade map (default: the one shipped with the package).
    """

    def grade(self, question: Question, answer: object, *, timed_out: bool = False) -> Grade:
        """Grade one answer. Never raises on any text; the same input gives the same grade."""
        if question.rubric == "star":
            from ..star import grade_star

            return grade_star(question, answer, timed_out=timed_out)
        # a story question keyed as instructions: a told story keeps the key's score when higher
        story = (
            story_grade(question, answer, timed_out=timed_out)
            if graded_as_story(question)
            else None
        )
        if story is not None and not told_story(story):
            return story
        flags: list[str] = ["timed_out"] if timed_out else []
        read = self._read(question, answer, flags)
        if isinstance(read, Grade):
            return story if story is not None else graded_choice(question, answer, read)
        keyed = self._scored(question, flags, *read)
        if story is not None:
            return with_key_score(story, keyed)
        return graded_choice(question, answer, keyed)

    def grade_many(
        self, answers: Iterable[tuple[Question, object]], *, timed_out: bool = False
    ) -> list[Grade]:
        """Grade many answers, each exactly as `grade` would: the same `Grade`, field for
        field. The answers to each question are compared with its texts together, in one
        matrix (meaning_many.py), a chunk of MANY_CHUNK answers at a time."""
        items = list(answers)
        grades: list[Grade] = []
        with fewer_collections():  # the questions prepared on the way are kept (collecting.py)
            for start in range(0, len(items), MANY_CHUNK):
                grades += self._grade_chunk(items[start : start + MANY_CHUNK], timed_out)
        return grades

    def _grade_chunk(
        self, items: Sequence[tuple[Question, object]], timed_out: bool
    ) -> list[Grade]:
        """The grades of `items`, in order, graded a question at a time: its answers read,
        compared with its texts together, then scored, while its prepared data is at hand."""
        self.fit()
        assert self._words is not None and self._chars is not None
        self._forget()  # here only: ids stay fixed while the chunk's answers are compared
        by_question: dict[int, list[int]] = {}
        for k, (question, _) in enumerate(items):
            by_question.setdefault(id(question), []).append(k)
        grades: dict[int, Grade] = {}
        for numbers in by_question.values():
            question = items[numbers[0]][0]
            if question.rubric == "star" or graded_as_story(question):
                grades.update(
                    (k, self.grade(question, items[k][1], timed_out=timed_out)) for k in numbers
                )
                continue
            reads: list[tuple[int, list[str], PreparedQuestion, Answer]] = []
            for k in numbers:
                flags: list[str] = ["timed_out"] if timed_out else []
                read = self._parsed(question, items[k][1], flags, forget=False)
                if isinstance(read, Grade):
                    grades[k] = read
                else:
                    reads.append((k, flags, *read))
            if not reads:
                continue
            prepared = reads[0][2]
            texts = [(parsed.text, self._units(prepared, parsed)) for *_, parsed in reads]
            many = many_similarities(
                prepared.texts, self._words, self._chars, texts, prepared.question_stems
            )
            for (k, flags, prepared, parsed), found in zip(reads, many, strict=True):
                grades[k] = self._scored(question, flags, prepared, parsed, found)
        return [graded_choice(*items[k], grades[k]) for k in range(len(items))]

    def _scored(
        self,
        question: Question,
        flags: list[str],
        prepared: PreparedQuestion,
        parsed: Answer,
        found: AnswerSimilarities,
    ) -> Grade:
        """The grade of an answer read and compared with its question's texts."""
        if prepared.key_terms == "rubric":
            other = partial(self._closest_other, question, prepared, parsed, found)
            grade = grade_rubric(question, prepared, parsed, found, flags, self.calibration, other)
        else:
            kept = self._kept(prepared, parsed, found)
            weight = self._stem_weight
            grade = grade_reference(
                question, prepared, parsed, found.references, kept, flags, weight
            )
        # an answer in another language is told so, its score kept (not_english.py)
        return told_not_english(grade, parsed.text.raw)

    def reference_signals(self, question: Question, answer: object) -> list[ReferenceSignals]:
        """Reference mode's signals of an answer, one per reference (none for an empty answer):
        what benchmarks/fit_reference.py fits the blend on."""
        read = self._read(question, answer, [])
        if isinstance(read, Grade):
            return []
        prepared, parsed, found = read
        kept = self._kept(prepared, parsed, found)
        return reference_signals(prepared, parsed, found.references, kept, self._stem_weight)

    def _closest_other(
        self,
        question: Question,
        prepared: PreparedQuestion,
        parsed: Answer,
        found: AnswerSimilarities,
    ) -> tuple[float, Question] | None:
        """The answer's similarity to the closest reference of another question of the topic,
        and that question (other_questions.py); None when the question has no such neighbour.
        `found`: the answer's similarities to its own question, whose weighted features serve
        again."""
        assert self._words is not None and self._chars is not None
        if not prepared.others_made:
            vectors = partial(self._reference_vectors, q_stems=prepared.question_stems)
            with fewer_collections():
                prepared.others = OtherQuestions.of(question, self._questions, vectors)
            prepared.others_made = True
        if prepared.others is None:
            return None
        return prepared.others.closest(
            self._words, self._chars, parsed.text, prepared.question_stems, found.whole
        )

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
        read = self._parsed(question, answer, flags)
        if isinstance(read, Grade):
            return read
        prepared, parsed = read
        assert self._words is not None and self._chars is not None
        found = similarities(
            prepared.texts,
            self._words,
            self._chars,
            parsed.text,
            self._units(prepared, parsed),
            prepared.question_stems,
        )
        return prepared, parsed, found

    @staticmethod
    def _units(prepared: PreparedQuestion, parsed: Answer) -> Sequence[tuple[int, int]]:
        """The units of the answer compared with the concepts' descriptions: its segments."""
        return parsed.structure.units("segment") if prepared.texts.columns else ()

    def _forget(self) -> None:
        """Drop the feature spaces' caches when they grow large, and with them the prepared
        questions, whose texts may hold ids that are then reused."""
        assert self._words is not None and self._chars is not None
        if self._words.forget() | self._chars.forget():
            self._prepared.clear()

    def _parsed(
        self, question: Question, answer: object, flags: list[str], *, forget: bool = True
    ) -> Grade | tuple[PreparedQuestion, Answer]:
        """The answer read (respelt, parsed) for its prepared question, or the grade of an
        empty answer; `forget`: first drop the caches if they grew large (`_forget`)."""
        self.fit()
        if forget:
            self._forget()
        prepared = self._prepare(question)
        original = answer if isinstance(answer, str) else ("" if answer is None else str(answer))
        if len(original) > MAX_ANALYSED_CHARS:
            flags.append("truncated")
        said = first_saying(original[:MAX_ANALYSED_CHARS])
        if said is not None:
            # one phrase said again and again carries what it carries said once (play42: the
            # right phrase pasted 2,000 times had scored 81): graded as said once, and told
            original = original[:said]
            flags.append("repeats_itself")
        read = Respelled.of(original)
        if prepared.acronyms is not None:
            read = read.respell(prepared.acronyms.changes(read.text))
        if any(f.counts for f in prepared.reference_facts):
            # "seven layers" read as "7 layers" where the key writes it so (exact/counts.py)
            counts = [c for f in prepared.reference_facts for c in f.counts]
            read = read.respell(key_spellings(counts, read.text))
        parsed = self._parse(prepared, read.text)
        if parsed is None:
            return empty_grade(question, prepared, flags, original)
        if read.starts is not None and read.ends is not None:
            # quoted as typed: evidence is the candidate's "RAG", not what it was read as
            parsed.text.as_typed(original, read.starts, read.ends)
            parsed.written = self._parse(prepared, original)
        return prepared, parsed

    def _parse(self, prepared: PreparedQuestion, answer: str) -> Answer | None:
        """The answer's words, typos corrected, ready to match (None when it has none)."""
        text = Text.of(answer, canon=self.canon, canon_stems=self._canon_stems)
        if not text.content:
            return None
        if prepared.short_forms is not None:
            prepared.short_forms.read(text, self.canon)
        if prepared.plain_words is not None:
            text = prepared.plain_words.read(text)
        correct_typos(
            text,
            prepared.vocabulary,
            prepared.vocabulary_words,
            prepared.vocabulary_stems,
            prepared.typo_fixes,
            self._bank_words,
            prepared.claim_stems,
        )
        if not text.content:  # its one content word was a misspelt function word ("dont")
            return None
        parsed = Answer.of(text, self._bank_words)
        parsed.look_up(prepared.fuzzy_words)
        return parsed
