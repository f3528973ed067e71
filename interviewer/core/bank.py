"""Question banks and rubrics: the data model, and loading with `file:line` validation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import Problem, UnknownQuestionError

LEVELS: tuple[str, ...] = ("beginner", "intermediate", "expert")

NO_TOPIC_TITLE = "(no topic)"
"""How a question without a topic (an imported row with an empty topic cell) is labelled
wherever topics are listed by title: a report's topic table, strongest and weakest topics,
next steps, the question browser."""
"""The three levels, in the order a session escalates through them."""

CHOICE_LETTERS = "ABCDEFGH"
"""The letters a multiple-choice question's `choices` take, in order (at most eight)."""


def labels_for_choices(count: int, numbered: bool = False) -> tuple[str, ...]:
    """The labels of `count` choices as a bank writes them: letters `A`, `B`, `C` ... or, for a
    list numbered as sudheerj's are (`- 1: ...`, `Answer: 1`), numbers `1`, `2`, `3` ..."""
    count = max(0, min(count, len(CHOICE_LETTERS)))
    if numbered:
        return tuple(str(n) for n in range(1, count + 1))
    return tuple(CHOICE_LETTERS[:count])


NEAR_DUPLICATE_RATIO = 90.0
"""Two prompts this similar (rapidfuzz token-sort ratio, 0-100) are reported as near-duplicates."""


@dataclass(frozen=True)
class Concept:
    """One idea a good answer covers, with the ways people say it."""

    name: str
    weight: float = 1.0
    aliases: tuple[str, ...] = ()
    description: str = ""
    """One plain-language sentence saying what the concept means; matched by meaning."""
    about: tuple[str, ...] = ()
    """Ways of naming the subject this concept is a property of (in a contrast: "BERT")."""
    contradicts: tuple[str, ...] = ()
    """Statements that deny the concept ("DPO trains a separate reward model")."""
    part_of: tuple[str, ...] = ()
    """Subjects (first `about` names of the question's other concepts) that the concept's own
    subject is a part of: said of the whole, its statement is no swap ("the cascade transcribes
    speech" is true of its ASR stage)."""

    @property
    def phrases(self) -> tuple[str, ...]:
        """The name followed by every alias: all the ways of saying this concept."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Role:
    """A part of the system a question asks about and what it does (check-only: no weight, no
    credit). An answer that gives a part another part's job and never its own has exchanged
    them (grading/roles.py)."""

    part: tuple[str, ...]
    """Ways of naming the part, the first its name in feedback ("U-Net", "UNet")."""
    does: tuple[str, ...]
    """Wordings of its job ("predicts the noise"), each said of the part in one clause."""


@dataclass(frozen=True)
class Misconception:
    """A phrase that reveals a common confusion, and what to tell the candidate about it."""

    phrase: str
    note: str
    aliases: tuple[str, ...] = ()
    common: bool = False
    """A wrong claim of the whole field (the rubric's top level), checked on every question as
    a statement: its words in order, close together, in one clause."""

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.phrase, *self.aliases)


@dataclass(frozen=True)
class Topic:
    """A section of a bank."""

    id: str
    title: str


@dataclass(frozen=True)
class Question:
    """One interview question with its reference answers and (optional) rubric."""

    id: str
    prompt: str
    reference_answers: tuple[str, ...]
    topic: str = ""
    level: str = "intermediate"
    hint: str | None = None
    time_limit: int | None = None
    """Seconds allowed; None means the session's per-level default."""
    aliases: tuple[str, ...] = ()
    """Other ids that resolve to this question (merged duplicates)."""
    seed: int | None = None
    """The question's number in the source it was imported from, if any."""
    concepts: tuple[Concept, ...] = ()
    """Rubric concepts; empty when the bank has no rubric for this question."""
    misconceptions: tuple[Misconception, ...] = ()
    order: tuple[str, ...] = ()
    """Names of concepts in the order the answer must give them (steps of a process); empty
    when the order does not matter."""
    roles: tuple[Role, ...] = ()
    """Check-only roles of the question's parts (grading/roles.py); empty when none."""
    rubric: str | None = None
    """A built-in rubric kind: 'star' grades a behavioural story's structure."""
    choices: tuple[str, ...] = ()
    """A multiple-choice question's options in order, lettered A, B, C ... or numbered 1, 2, 3
    ... (the bank's `choices`); empty for an open question (grading/choices/)."""
    right_choice: str | None = None
    """The label of the right option (the bank's `answer`: a letter, or a number when the
    choices are numbered); None when there are no choices."""

    @property
    def choice_labels(self) -> tuple[str, ...]:
        """The choices' labels: numbers when `answer` is a number (`1`), else letters."""
        numbered = self.right_choice is not None and self.right_choice.isdigit()
        return labels_for_choices(len(self.choices), numbered)

    @property
    def has_reference(self) -> bool:
        """Whether the question has a reference answer to grade against."""
        return any(text.strip() for text in self.reference_answers)

    @property
    def self_rated(self) -> bool:
        """Whether an answer is rated by the candidate: no reference and no built-in rubric."""
        return not self.has_reference and self.rubric is None


SKIPPED_NOTE = " skipped: "
"""In a warning's message, a question the loader left out: "question 'x' skipped: <why>"."""


@dataclass(frozen=True)
class Bank:
    """A loaded, validated question bank with its rubric merged into the questions."""

    id: str
    title: str
    version: str
    questions: tuple[Question, ...]
    description: str = ""
    topics: tuple[Topic, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    """Bank-wide groups of interchangeable terms, from the rubric."""
    thesaurus: tuple[tuple[str, ...], ...] = ()
    """Bank-wide groups of everyday words and the term they stand for (first), from the
    rubric: each word is read as its group's first word before matching."""
    source: Path | None = None
    rubric_source: Path | None = None
    warnings: tuple[Problem, ...] = field(default=(), compare=False)
    """What the loader let pass or fixed, each at `path:line`: questions skipped, missing
    references, near-duplicates, control characters replaced."""
    origin: str = ""
    """Where the questions came from (a link or a citation; `origin:`), or ''."""
    licence: str = ""
    """The licence they are under ("MIT", "CC BY 4.0"; `licence:` or `license:`), or ''."""
    _index: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Question] = {}
        for question in self.questions:
            index[question.id] = question
            for alias in question.aliases:
                index.setdefault(alias, question)
        object.__setattr__(self, "_index", index)

    @property
    def skipped(self) -> tuple[Problem, ...]:
        """The warnings of the questions the loader left out: shown wherever the bank is
        used, since a question is missing from it."""
        return tuple(p for p in self.warnings if SKIPPED_NOTE in p.message)

    def get(self, question_id: str) -> Question:
        """The question with this id or alias; raises UnknownQuestionError."""
        try:
            return self._index[question_id]
        except KeyError:
            raise UnknownQuestionError(self.id, question_id) from None

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._index

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def topic_title(self, topic_id: str) -> str:
        """The display title of a topic id (the id itself if the bank does not name it;
        `NO_TOPIC_TITLE` for a question without a topic)."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic.title
        return topic_id or NO_TOPIC_TITLE

    def with_questions(self, questions: Iterable[Question]) -> Bank:
        """A copy of this bank holding only `questions`."""
        return replace(self, questions=tuple(questions), _index={})


_PROMPT_STOPWORDS = frozenset(
    "a an the is are was were what which who how why when does do can could should would "
    "in of on for to and or with by about its it this that these those be some main "
    "context explain describe mean means meant role used use".split()
)
_PROMPT_DOMAIN_WORDS = frozenset(
    "generative ai model models llm llms transformer transformers large language".split()
)


def prompt_key(text: str) -> str:
    """A prompt with case, punctuation and spacing set aside: two prompts with the same key ask
    the very same question ("What is a list?" and "what is a LIST ?")."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def normalise_prompt(text: str) -> str:
    """The content words of a prompt, singular, for spotting questions that ask the same thing.

    Words every question of a bank on the subject uses ("model", "generative AI") are dropped
    too, unless nothing else is left ("What is a Transformer model?").
    """
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text.lower())
    words = []
    for word in re.findall(r"[a-z0-9.]+", text):
        word = word.strip(".")
        if not word or word in _PROMPT_STOPWORDS:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    specific = [w for w in words if w not in _PROMPT_DOMAIN_WORDS]
    return " ".join(specific or words)


# ---------------------------------------------------------------------------------------------
# Loading (the YAML reader lives in bank_file/, imported only when a file is read)


def load_bank(
    path: Path | str,
    rubric_path: Path | str | None = None,
    *,
    extra_rubric_dirs: Iterable[Path] = (),
    skip_invalid: bool = False,
) -> Bank:
    """Load and validate a bank file and its rubric; raise BankError listing every problem.

    Args:
        path: the bank YAML file.
        rubric_path: an explicit rubric file; when None it is looked for beside the bank
            (`<stem>.rubric.yaml`, `../rubrics/<bank-id>.yaml`) and in `extra_rubric_dirs`.
        extra_rubric_dirs: further folders holding `<bank-id>.yaml` rubrics.
        skip_invalid: leave out a question with errors (one warning each) instead of failing;
            problems of the bank as a whole still fail.
    """
    from .bank_file import load_bank_file

    return load_bank_file(
        path, rubric_path, extra_rubric_dirs=extra_rubric_dirs, skip_invalid=skip_invalid
    )


def rubric_bank_id(path: Path | str) -> str | None:
    """The bank id a rubric file names, or None when the file does not look like a rubric."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return None
    has_title = re.search(r"^title\s*:", head, re.M) is not None
    named = re.search(r"^bank\s*:\s*['\"]?([A-Za-z0-9_.-]+)", head, re.M)
    return named.group(1) if named and not has_title else None
