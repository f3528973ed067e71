"""Answers that are not answers: keyword strings (see keywords.py), restated questions,
off-topic text, answers too short to judge."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import cache

from .clauses import Structure
from .key_terms import generic_stems
from .keywords import is_keyword_string
from .labelled_notes import labelled_notes
from .list_answers import lists_off_subject
from .text import STOP_WORDS, Text, cached_stem

TOO_SHORT_WORDS = 3
"""An answer of fewer content words than this is flagged too_short."""
OFF_TOPIC_QUESTION_SHARE = 0.0
"""Off-topic text may use the question's own words for at most this share of its words."""
OFF_TOPIC_CHAR_COSINE = 0.12


def said_once(text: Text, structure: Structure) -> list[int]:
    """The content-word positions of an answer, without the sentences that repeat an earlier
    sentence's content words: a restated question pasted twice is still a restated question."""
    kept: list[int] = []
    for _, inside, again in _sentences(text, structure):
        if not again:
            kept.extend(inside)
    return kept


QUOTED_CHARS = 100
"""A repeated sentence is quoted in the feedback up to this many characters."""


def repeated_sentence(text: Text, structure: Structure) -> str | None:
    """The first sentence that says an earlier sentence's content words again (one that
    said_once leaves out), as written, cut to QUOTED_CHARS; None when there is none."""
    for (first, last), inside, again in _sentences(text, structure):
        if again and inside:
            return quoted(text.raw[text.spans[first][0] : text.spans[last][1]])
    return None


def quoted(said: str) -> str:
    """`said` without its outer spaces, cut to QUOTED_CHARS at a word's end ("…" after it)."""
    said = " ".join(said.split())
    if len(said) <= QUOTED_CHARS:
        return said
    return said[:QUOTED_CHARS].rsplit(" ", 1)[0] + "…"


def _sentences(
    text: Text, structure: Structure
) -> Iterator[tuple[tuple[int, int], list[int], bool]]:
    """Each sentence's span of words, its content-word positions, and whether it says an
    earlier sentence's content words again (a sentence without any never does)."""
    content, stems = text.content, text.stems
    seen: set[tuple[str, ...]] = set()
    for first, last in structure.units("sentence"):
        inside = content[bisect_left(content, first) : bisect_right(content, last)]
        said = tuple(stems[i] for i in inside)
        yield (first, last), inside, bool(said) and said in seen
        seen.add(said)


DEFINING = frozenset(
    cached_stem(w)
    for w in "process concept idea technique procedure mechanism act term name".split()
)
"""Nouns a definition is framed with ("the process of ..."): they name nothing of the answer."""
CIRCULAR_MAX_WORDS = 8
"""A circular definition is short; a longer answer that says the term again explains it (a
Mohler answer graded 5 on while and do-while loops said "statement" and "process" twice)."""


@cache
def _general_stems() -> frozenset[str]:
    """General words and those a definition is framed with: they name nothing of the answer."""
    return generic_stems() | DEFINING


def circular(text: Text, q_stems: frozenset[str]) -> bool:
    """Whether the answer defines the question's term by itself: the question names one
    thing besides general words ("What is photosynthesis?"), and the answer says it twice
    and nothing else but general words ("Photosynthesis is the process of photosynthesis",
    play22 F9, had scored 62 against its own answer key)."""
    if len(text.content) > CIRCULAR_MAX_WORDS:
        return False
    general = _general_stems()
    if len(q_stems - general) != 1:
        # a scenario's words are the answer's own ("the light bulb will light"), and so are
        # the two things compared ("a rock has more than one mineral")
        return False
    stems = text.stems
    said: dict[str, int] = {}
    for i in text.content:
        if stems[i] in q_stems:
            said[stems[i]] = said.get(stems[i], 0) + 1
    if not said or max(said.values()) < 2:
        return False
    return all(stems[i] in general for i in text.content if stems[i] not in q_stems)


DEFINIENS_WORDS = frozenset("a an the of in on at for by with from within inside".split())
"""The function words a definition by a noun phrase holds ("a heap data structure", "the
process of photosynthesis in plants")."""
DEFINING_VERBS = frozenset("is are means mean".split())
"""Words between a term and its definition."""
SELF_DEFINED_OTHER_WORDS = 2
"""A definition that says its own term again and at most this many other words says nothing
of the term but its kind ("a heap is a heap data structure")."""
RELATED_PREFIX = 5
"""Two words that begin with the same this many letters are read as one word's relatives
("delivers", "delivery")."""


def _related(stem: str, named: frozenset[str]) -> bool:
    return stem in named or (
        len(stem) >= RELATED_PREFIX
        and any(n[:RELATED_PREFIX] == stem[:RELATED_PREFIX] for n in named)
    )


def _on_its_own(text: Text, i: int) -> bool:
    """Whether the word is not joined by a hyphen to another ("heap-ordered" names another
    thing than "heap")."""
    start, end = text.spans[i]
    return text.raw[start - 1 : start] != "-" and text.raw[end : end + 1] != "-"


def defined_by_itself(
    text: Text, q_stems: frozenset[str], named: frozenset[str] = frozenset()
) -> int | None:
    """Where the answer first says the question's one term, if it defines the term by the
    term itself (play23 F6), else None: as `circular`, or with the term again in a noun phrase
    of at most SELF_DEFINED_OTHER_WORDS other words ("A heap is a heap data structure"), or
    with nothing else but the words of the term's name, `named` (the words the answer spelled
    an acronym of the question with), and their relatives ("A CDN is a content delivery
    network that delivers content")."""
    if len(text.content) > CIRCULAR_MAX_WORDS:
        return None
    general = _general_stems()
    things = q_stems - general
    if len(things) != 1:
        return None
    (term,) = things
    stems, words = text.stems, text.words
    if circular(text, q_stems):
        return next(i for i in text.content if stems[i] == term)
    said = [i for i in text.content if stems[i] == term and _on_its_own(text, i)]
    if len(said) < 2:
        return None
    first = said[0]
    others = [i for i in text.content if stems[i] != term and stems[i] not in general]
    if named and all(_related(stems[i], named) for i in others):
        return first
    if any(words[i] not in STOP_WORDS for i in range(first)) or first + 1 >= len(words):
        return None  # the answer does not open with the term
    if words[first + 1] not in DEFINING_VERBS or len(others) > SELF_DEFINED_OTHER_WORDS:
        return None
    definiens = range(first + 2, len(words))
    if said[1] in definiens and all(
        words[i] in DEFINIENS_WORDS or i in text.content for i in definiens
    ):
        return first
    return None


SELF_DEFINED_NOTE = (
    "Your answer defines “{term}” by itself: say what it is or does in other words, as the "
    "answer key does."
)
"""Feedback for an answer that defines the question's term by the term itself."""


def self_definition(written: Text, read: Text | None, q_stems: frozenset[str]) -> str:
    """The question's term as the answer writes it, if the answer defines it by itself
    (`defined_by_itself`), as `written` or as `read` with its acronyms spelled out (None: the
    same): then the words it spelled the acronym with are the term's name ("content delivery
    network" for "CDN"); else ""."""
    at = defined_by_itself(written, q_stems)
    if at is not None:
        return written.quote(at, at)
    if read is None:
        return ""
    named = frozenset((Counter(written.content_stems()) - Counter(read.content_stems())).keys())
    at = defined_by_itself(read, q_stems, named)
    if at is None:
        return ""
    term = read.stems[at]
    return next(
        (written.quote(i, i) for i in written.content if written.stems[i] == term),
        read.quote(at, at),
    )


REPEATED_MIN_WORDS = 3
"""An answer repeats itself when its sentences that say an earlier sentence's content words
again hold at least this many content words: it is told so (`repeats_itself`), and they count
once (said_once)."""


_LIST_ASKED_RE = re.compile(
    r"^\s*(?:name|list)\b|^\s*give (?:some|several|a few|two|three|four|five|examples)\b"
    r"|\bwhat (?:are )?(?:the )?(?:\w+ )?(?:kinds|types|sorts|examples) of\b"
    r"|\bwhat (?:else )?(?:can|could) [^?.]{0,40}\b(?:make|produce|generate|create)\b"
    r"|\bwhat are the (?:main|key|major|primary) (?!steps|stages|phases)[\w-]+",
    re.IGNORECASE,
)
"""A prompt that asks for a list ("Give an example of a conflict ..." asks for one story)."""


def asks_for_list(prompt: str) -> bool:
    """Whether a question asks for a list: it opens with "Name", "List" or "Give some / three /
    examples", asks "what (are the main) kinds / types / examples of", "what are the main /
    key / major / primary Xs" or "what can X make / produce / generate / create". A list of
    terms is its answer, not a keyword string (play27 M4: "Images, audio and music, video, code,
    3D models and synthetic data" for "What can Generative AI make besides text?" was flagged
    keyword_list and scored 15); what the list covers decides its score. "What are the main
    steps / stages / phases" asks for a process explained, not its steps named (a string of
    RLHF's step names is no answer)."""
    return _LIST_ASKED_RE.search(prompt) is not None


def could_restate(coverage: float, word_cos: float) -> bool:
    """Whether an answer may be flagged as restating the question for what it adds: under a
    quarter of the rubric, and little in common with the references' words (`answer_flags`)."""
    return coverage < 0.25 and word_cos < 0.15


def answer_flags(
    flags: list[str],
    text: Text,
    structure: Structure,
    q_stems: frozenset[str],
    coverage: float,
    word_cos: float,
    char_cos: float,
    ignore: frozenset[int] = frozenset(),
    said: list[int] | None = None,
    asked: frozenset[str] | None = None,
    unread: frozenset[int] = frozenset(),
    list_asked: bool = False,
    subject: frozenset[str] = frozenset(),
) -> None:
    """too_short, keyword_list, restates_question, off_topic, repeats_itself and unreadable,
    added to `flags`; the words at
    the positions in `ignore` (sentences off the question's subject) do not hide a keyword
    string. `said` is `said_once` of the text, when the caller has it already. `asked`: the
    question's stems with what its acronyms stand for (restated.py), which a restatement may
    say too ("large language models" for "LLMs"); `q_stems` if not given. `unread`: the
    positions of sentences not read at all (another language, noise; part of `ignore`): never
    a string of terms. `list_asked`: the question asks for a list (`asks_for_list`), which
    a list of terms answers: no keyword_list, unless most of its items name nothing of the
    question's `subject` (its specific stems, PreparedQuestion.on_subject; list_answers.py)."""
    content = said_once(text, structure) if said is None else said
    if len(text.content) - len(content) >= REPEATED_MIN_WORDS and "repeats_itself" not in flags:
        flags.append("repeats_itself")
    if unread and 2 * sum(1 for i in text.content if i in unread) >= len(text.content):
        # told, so that an answer in French is not told it is a string of terms or off topic
        # (play27 minor 1); only when most of it is not read: a sentence of model names in an
        # excellent answer ("Others include Qwen2-VL, InternVL, PaliGemma") is not read either
        flags.append("unreadable")
    novel = [i for i in content if text.stems[i] not in q_stems]
    asked = q_stems if asked is None else asked
    own = [i for i in novel if text.stems[i] not in asked]
    if len(content) < TOO_SHORT_WORDS:
        flags.append("too_short")
    # an answer mostly in another language is told so, not that its few readable words (the
    # names of things: "BERT", "GPT") are a string of terms (play28 minor 1)
    if (
        "unreadable" not in flags
        and (not list_asked or lists_off_subject(text, subject, unread))
        and is_keyword_string(text, structure, q_stems, ignore, unread)
        and not labelled_notes(text.raw, q_stems)
    ):
        # "Stack: last in first out. Queue: first in first out." says something of each label
        # (labelled_notes.py): ref_keys43 q03 and b02 had been capped at 50
        flags.append("keyword_list")
    # a word said and the same word denied are two things said: "a list can be modified; a
    # tuple cannot be modified" answers "the difference between a list and a tuple" (play23 F5)
    adds_little = len({(text.stems[i], structure.negated(i)) for i in own}) <= 1 or (
        len(own) <= 3 and len(own) / len(content) <= 0.34
    )
    # a single word of the question's is the question said again too ("What does an index
    # do?" answered with itself: its one content word had been too few, play27 minor 7)
    if (
        (len(content) >= 2 or (bool(content) and not novel))
        and adds_little
        and could_restate(coverage, word_cos)
    ) or defined_by_itself(text, q_stems) is not None:
        flags.append("restates_question")
    # off topic: nothing of the rubric, and almost nothing in common with the references; a
    # question word or two dropped in ("attention", "model") does not make it an answer
    question_share = 1 - len(novel) / len(content)
    if (
        len(novel) >= 5
        and question_share <= OFF_TOPIC_QUESTION_SHARE
        and coverage == 0
        and word_cos < 0.05
        and char_cos < OFF_TOPIC_CHAR_COSINE
    ):
        flags.append("off_topic")
