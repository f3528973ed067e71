"""A behavioural answer read as a story: its sentences, the STAR label each falls under, and the
words in it that say something concrete.

A label ("Situation: ...") only tells which part a sentence means to be; what the sentence says
is judged by its *specific words*: the words left once function words, the STAR vocabulary
("situation", "task", "result", "lesson"), generic words ("things", "did", "better") and the
question's own words are taken out. "Result: the result was better" has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..text import STOP_WORDS, WORD_RE, inflected_stem

_SENTENCE_RE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
"""A sentence ends at `.`, `!` or `?` before a space, a line break or the end: the point in
"under 0.1%" does not end it (the measurable result was quoted as "... under 0.")."""

_LABELS = (
    ("Situation", r"situation|context|background"),
    ("Task", r"task|goal|objective|challenge|problem|my role"),
    ("Action", r"actions?|approach|what I did|steps"),
    ("Result", r"results?|outcomes?|impact"),
    ("Reflection", r"reflections?|lessons?(?: learned| learnt)?|learnings?|takeaways?"),
)
_LABEL_RE = re.compile(
    r"^\W*(?:(" + ")|(".join(pattern for _, pattern in _LABELS) + r"))\s*[:\-–—]\s*", re.I
)

STAR_WORDS = frozenset(
    """situation situations context background task tasks goal goals objective objectives
    challenge challenges problem problems action actions act acted approach step steps result
    results resulted outcome outcomes impact reflection reflections lesson lessons learning
    learnings learn learned learnt takeaway takeaways star""".split()
)
"""The vocabulary of the STAR method itself: it names a part, it does not tell one."""

GENERIC_WORDS = frozenset(
    """thing things stuff anything everything nothing something everyone everybody someone
    somebody anyone anybody lot lots bit kind type part parts point aspect aspects area
    areas matter fact case level way ways time times work worked working works job jobs project
    projects team teams company people person everyone involved needed necessary required
    relevant appropriate certain various general generally overall whole entire
    do did does done doing make made makes making take took taken takes taking have had has
    having get got gets getting gotten go went gone goes going come came comes coming handle
    handled handling deal dealt try tried trying need needs want wanted ensure ensured sure
    happen happened happens give gave given put
    good great better best bad worse worst well nice fine okay ok positive negative important
    successful success successfully improve improved improvement improvements big huge small
    many much more less able end again ever always still even quite pretty rather new old
    able possible hard easy difficult right wrong real really actually happy glad pleased
    satisfied next since later now eventually finally ultimately soon already ago yet instead
    first last""".split()
)
"""Words that fit any story: a story made of them alone says nothing ("I did the things that were
needed and it went well")."""

_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty hundred thousand million half third quarter twice double doubled halved
    tripled dozen none nobody""".split()
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the answer, verbatim, and the part its label (or the last label before
    it) names."""

    text: str
    body: str
    """The sentence without its label."""
    section: str | None
    """'Situation', 'Task', 'Action', 'Result' or 'Reflection' when a label put it there."""
    labelled: bool = False
    """Whether this sentence carries the label itself."""


@dataclass(frozen=True)
class Story:
    """An answer cut into sentences, with the question's words (never a concrete detail)."""

    sentences: tuple[Sentence, ...]
    asked: frozenset[str]
    """Stems of the question's words."""

    def specific(self, text: str) -> list[str]:
        """The specific words of `text`, in order, repeats kept (see the module docstring)."""
        return [w for w in words(text) if self.is_specific(w)]

    def is_specific(self, word: str) -> bool:
        """Whether a lower-case word says something concrete in this story."""
        return not (
            word in STOP_WORDS
            or word in STAR_WORDS
            or word in GENERIC_WORDS
            or is_number(word)
            or len(word) < 2
            or inflected_stem(word) in self.asked
        )

    @property
    def labels(self) -> tuple[str, ...]:
        """The parts named by a label, in order."""
        return tuple(s.section for s in self.sentences if s.labelled and s.section)


def words(text: str) -> list[str]:
    """The words of a text, lower case."""
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


def is_number(word: str) -> bool:
    """'40', '3.5', 'twenty', 'half': a quantity, not a thing."""
    return word in _NUMBER_WORDS or bool(re.fullmatch(r"\d[\d,.]*(k|m|x|ms|s|h)?", word))


def sentences(text: str) -> list[str]:
    """The sentences of a text, stripped."""
    return [s.strip() for s in _SENTENCE_RE.findall(text) if s.strip()]


def read_story(text: str, question_prompt: str) -> Story:
    """The answer as a `Story`: a label carries on to the sentences after it until the next."""
    section: str | None = None
    read: list[Sentence] = []
    for sentence in sentences(text):
        label = _LABEL_RE.match(sentence)
        if label:
            section = next(_LABELS[i][0] for i, g in enumerate(label.groups()) if g is not None)
            read.append(Sentence(sentence, sentence[label.end() :], section, labelled=True))
        else:
            read.append(Sentence(sentence, sentence, section))
    return Story(tuple(read), _stems(words(question_prompt)))


def _stems(question_words: Iterable[str]) -> frozenset[str]:
    return frozenset(inflected_stem(w) for w in question_words if w not in STOP_WORDS)
