"""What the grader keeps about one question between answers, made once per question."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..bank import Misconception
from .acronyms import Acronyms
from .changes import Change
from .concepts import PreparedConcept, Subject, wrong_claims
from .conversions import Conversion
from .directed import KeyDirection
from .exact import KeyFacts
from .exchanged import Governed, Term
from .matching import Phrase
from .meaning import QuestionTexts
from .misconceptions import OwnRests, own_rests
from .other_questions import OtherQuestions
from .plain_words import PlainWords
from .reversals import Claim
from .roles import RoleKey
from .short_forms import ShortForms
from .statements import StatementIndex
from .subject_sides import Side
from .swaps import Contrast
from .taken_given import KeyRoles
from .text import Text
from .typos import FuzzyWords


@dataclass
class PreparedQuestion:
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
    fuzzy_words: FuzzyWords = field(default_factory=lambda: FuzzyWords.of(()))
    """(word, stem) of every phrase word that may match a misspelling, looked up in one batch."""
    vocabulary_stems: frozenset[str] = frozenset()
    claim_stems: frozenset[str] = frozenset()
    """The stems of the question's listed wrong claims (`contradicts`, misconceptions): no typo
    is read into a word they write (typos.correct_typos)."""
    references_negated: list[bool | None] = field(default_factory=list)
    references_denied: list[frozenset[str]] = field(default_factory=list)
    """Reference mode: each reference's stems said only in a negation's reach (denied_terms)."""
    """Per reference, whether it says "not" (None: it says both sides, clauses.two_sided)."""
    references_commented: list[bool] = field(default_factory=list)
    """Reference mode: whether each reference's every negation comments on a plain claim
    (relative_denials.comments): an answer speaks to it by saying most of it."""
    typo_fixes: dict[str, str | None] = field(default_factory=dict)
    """Answer word -> the stem of the question's word it misspells (None: none), remembered."""
    on_subject: frozenset[str] = frozenset()
    """Stems of the reference and rubric that are specific to the question: not the question's
    own words, and not common across the bank (grader.COMMON_SHARE)."""
    bank_words: frozenset[str] = frozenset()
    """Every stem the bank's text uses."""
    whole_texts: QuestionTexts | None = None
    """Reference mode: the references with the question's own words kept."""
    reference_lengths: list[int] = field(default_factory=list)
    """Reference mode: each reference's content words that are not the question's."""
    reference_stems: list[frozenset[str]] = field(default_factory=list)
    """Reference mode: the stems of those words, per reference, and of the function words with an
    opposite it says ("same": denied_terms.stated_opposites)."""
    acronyms: Acronyms | None = None
    """Reference mode: what the references' acronyms and initials stand for."""
    short_forms: ShortForms | None = None
    """Reference mode: the short forms an answer may write for the question's words."""
    plain_words: PlainWords | None = None
    """Reference mode: the plain wordings an answer may say for the key's terms."""
    reference_claims: list[list[Claim]] = field(default_factory=list)
    """Reference mode: each reference's clauses that say something in a direction."""
    asks_for_list: bool = False
    """Whether the question asks for a list (flags.asks_for_list): a list of terms answers it."""
    full_length: int = 40
    """Rubric mode: the content words on the subject at which the length signal is full: 40
    (scoring/length.FULL_LENGTH_WORDS), or as many as the longest reference says if it says fewer
    (scoring/length.full_length)."""
    reference_sentences: tuple[frozenset[str], ...] = ()
    """Rubric mode: the on-subject stems of each sentence of the references
    (scoring/substance.reference_sentences)."""
    reference_contrasts: list[list[Contrast]] = field(default_factory=list)
    """Reference mode: each reference's pairs of sides that say different things of two
    subjects (swaps.py)."""
    reference_objects: list[tuple[Text, tuple[Term, ...], Governed]] = field(default_factory=list)
    """Each reference with its key terms and the verbs that act on them (exchanged.py)."""
    reference_roles: list[KeyRoles] = field(default_factory=list)
    """Each reference's things taken in and given out (taken_given.py)."""
    others: OtherQuestions | None = None
    """Rubric mode: the references of the other questions of its topic, made the first time
    an answer may answer one of them (other_questions.py)."""
    others_made: bool = False
    """Whether `others` is made yet: it stays None for a question with no neighbour."""
    reference_sides: list[tuple[Text, list[Side], frozenset[str]]] = field(default_factory=list)
    """Reference mode: each reference with its sides and its names' heads (polarity.py)."""
    reference_directions: list[list[KeyDirection]] = field(default_factory=list)
    reference_changes: list[list[tuple[Change, str]]] = field(default_factory=list)
    """Reference mode: each reference's changes with a direction, and their words (changes.py)."""
    """Reference mode: each reference's directions said of one thing (directed/)."""
    reference_conversions: list[list[Conversion]] = field(default_factory=list)
    """Reference mode: each reference's conversions, what goes in and what comes out
    (conversions.py)."""
    reference_facts: list[KeyFacts] = field(default_factory=list)
    """Reference mode: each reference's counts and chemical formulas (exact/)."""
    reference_listed: list[bool] = field(default_factory=list)
    """Reference mode: whether each reference is itself a list of terms ("Atomicity,
    Consistency, Isolation, Durability."): an answer that lists them as the key does is no
    keyword string."""
    reference_items: list[list[tuple[str, ...]]] = field(default_factory=list)
    """Reference mode: the items of each reference that is a list of terms and nothing else,
    else none: an answer's list is read against them (listed.py)."""

    roles: RoleKey | None = None
    """Rubric mode: the question's check-only roles, read (roles.py)."""
    restated_stems: frozenset[str] = frozenset()
    """The question's stems, and those of what its acronyms and short forms stand for (and the
    reverse): an answer of only these words restates the question (restated.py)."""
    prompt_words: frozenset[str] = frozenset()
    """The prompt's words and stems, lowercased, with `restated_stems`: an acronym written in
    capitals that is none of them names another thing than the one asked about
    (named_other.py)."""
    named_by_question: frozenset[str] = frozenset()
    """Names of the concepts (keywords, rubric concepts) made only of the question's words:
    the feedback does not ask for them by name (feedback.feedback_notes)."""
    question_acronyms: frozenset[str] = frozenset()
    asked_expansions: frozenset[str] = frozenset()
    """The acronyms whose spelling out the question asks for ("What does ACID stand for?"):
    an answer whose words spell one names what was asked, a list being the answer
    (restated.asks_for_expansion, restated.spells_an_acronym)."""
    """The acronyms the question writes ("llm" of "LLMs"): an answer that spells one out
    ("large language models") restates the question with those words too."""

    @cached_property
    def concept_index(self) -> StatementIndex:
        """The rubric's concepts' `whole_words`, a group per concept, indexed for
        `concepts.find_concepts`."""
        return StatementIndex.of(c.whole_words for c in self.concepts[0])

    @cached_property
    def rejectable_claims(self) -> tuple[Phrase, ...]:
        """The wrong claims a denial may reject without denying a concept: the concepts'
        `contradicts` and the misconceptions' phrases that are not said in the negative
        (`concepts.find_concepts`), worked out once per question."""
        return wrong_claims(self.concepts[0], (p for _, ps in self.misconceptions for p in ps))

    @cached_property
    def misconception_index(self) -> StatementIndex:
        """The misconceptions' phrases, indexed for `misconceptions.find_misconceptions`."""
        return StatementIndex.of(phrases for _, phrases in self.misconceptions)

    @cached_property
    def misconception_rests(self) -> OwnRests:
        """The question's own misconceptions that open with its subject, split into subject and
        rest by `prompt_words` (misconceptions.own_rests), once per question."""
        return own_rests(self.misconceptions, self.prompt_words)
