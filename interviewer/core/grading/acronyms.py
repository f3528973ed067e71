"""Acronyms read as what they stand for: an answer in the reference's own words.

Reference mode only (no rubric to list aliases): an acronym in the answer ("LIFO") whose
letters are the initials of a run of the reference's words ("last-in first-out") is read as
that run, and a run of the answer's words spelling an acronym the reference writes in
capitals ("retrieval-augmented generation" for "RAG") is read as the acronym. Only runs of
MIN_LETTERS to MAX_LETTERS words joined by spaces or hyphens count, beginning and ending with a
content word or a word hyphenated to one. An acronym is a word written in capitals: "lifo" in
lower case is not read, nor any word of an answer typed all in capitals (without a dictionary,
"side" could be "so in different electrical").

The key's keywords (a grade key's, or the concepts' names and aliases) are read as its
references are (para59, issue 8): a keyword "LIFO" has the answer's "Last in, first out" read
as it, and a keyword "reinforcement learning from human feedback" has the answer's "RLHF" read
as those words. A term's initials are those of all its words ("last in first out") or of its
content words, when each function word inside it is one of INNER_WORDS standing alone between
two content words ("reinforcement learning from human feedback"; not "queries, keys and
values": a comma ends a run, and "and" joins a list); an order of arrival is read across its
comma ("first in, first out", key_terms.in_out_terms).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..bank import Concept
from .matching.listing import PAIRING_WORDS
from .respelling import Change
from .text import STOP_WORDS, WORD_RE

MIN_LETTERS = 3
"""The shortest acronym read: two letters are the initials of too many pairs of words ("AI" of
"accept images")."""
MAX_LETTERS = 6
"""The longest acronym read (and so the longest run of words it stands for)."""
_CAPITALS_RE = re.compile(rf"(?<![^\W_])[A-Z]{{{MIN_LETTERS},{MAX_LETTERS}}}(?![^\W_])")
"""An ASCII word that may be an acronym: what most answers lack, looked for first."""
_JOINER_RE = re.compile(r"[\s\-‐-―]+")
"""What may stand between two words of one run: spaces and hyphens, no punctuation."""
INNER_WORDS = PAIRING_WORDS
"""Function words a term may hold without their initials, each alone between two content words
(the prepositions that pair two words, matching/listing.py): "reinforcement learning from
human feedback" is RLHF, "speech to text" STT. No article: "lean
on the language model" is no LLM, "transcribes the speech" no TTS; no "and", which joins a
list ("tuning and reinforcement learning" is no TRL)."""


def runs(text: str) -> list[list[tuple[str, int, int]]]:
    """The text's stretches of words joined only by spaces or hyphens: each word as written,
    with where it starts and ends."""
    runs: list[list[tuple[str, int, int]]] = []
    end = -1
    for match in WORD_RE.finditer(text):
        if not match.group().isalpha():
            end = -1
            continue
        if end < 0 or not _JOINER_RE.fullmatch(text[end : match.start()]):
            runs.append([])
        runs[-1].append((match.group(), match.start(), match.end()))
        end = match.end()
    return runs


def _term(text: str, run: list[tuple[str, int, int]]) -> bool:
    """Whether the run of words can be a term an acronym stands for: its first and last words
    are content words, or joined to the next or previous word by a hyphen ("last-in
    first-out", not "preference pairs of")."""
    first, last = run[0], run[-1]
    return (first[0].lower() not in STOP_WORDS or "-" in text[first[2] : run[1][1]]) and (
        last[0].lower() not in STOP_WORDS or "-" in text[run[-2][2] : last[1]]
    )


def content_initials(words: list[tuple[str, int, int]]) -> str | None:
    """The initials of a run's content words (lower case), when its first and last words are
    content words and every function word inside it is one of INNER_WORDS between two content
    words; None otherwise, or when the run has no such function word (its initials are those
    of all its words) or fewer than MIN_LETTERS content words."""
    lowered = [w.lower() for w, _, _ in words]
    if lowered[0] in STOP_WORDS or lowered[-1] in STOP_WORDS:
        return None
    kept: list[str] = []
    for i, word in enumerate(lowered):
        if word not in STOP_WORDS:
            kept.append(word[0])
        elif word not in INNER_WORDS or lowered[i - 1] in STOP_WORDS:
            return None
    if len(kept) == len(lowered) or not MIN_LETTERS <= len(kept) <= MAX_LETTERS:
        return None
    return "".join(kept)


def keyword_initials(text: str) -> dict[str, str]:
    """`initials`, and the content initials of each run of the text (`content_initials`): for
    a keyword, what its acronym may be -> its words."""
    result = initials(text)
    for run in runs(text):
        for size in range(MIN_LETTERS + 1, MAX_LETTERS * 2):
            for start in range(len(run) - size + 1):
                words = run[start : start + size]
                acronym = content_initials(words)
                if acronym is not None:
                    result.setdefault(acronym, " ".join(w.lower() for w, _, _ in words))
    return result


def _in_out_terms(text: str) -> list[tuple[Concept, tuple[int, int]]]:
    """key_terms.in_out_terms, imported when first used (key_terms reads this module)."""
    from .key_terms import in_out_terms

    return in_out_terms(text)


def initials(text: str) -> dict[str, str]:
    """Each acronym the text's runs of MIN_LETTERS to MAX_LETTERS words spell -> those words
    (the first such run), for the runs that can be terms."""
    result: dict[str, str] = {}
    for run in runs(text):
        for size in range(MIN_LETTERS, MAX_LETTERS + 1):
            for start in range(len(run) - size + 1):
                words = run[start : start + size]
                if _term(text, words):
                    acronym = "".join(w[0] for w, _, _ in words).lower()
                    result.setdefault(acronym, " ".join(w.lower() for w, _, _ in words))
    return result


def spelled_spans(text: str, acronyms: Collection[str]) -> list[tuple[int, int]]:
    """Where the text's runs of words that can be terms spell one of `acronyms` (lower case),
    as `initials` reads them: (start, end) of each run."""
    spans: list[tuple[int, int]] = []
    for run in runs(text):
        for size in range(MIN_LETTERS, MAX_LETTERS + 1):
            for start in range(len(run) - size + 1):
                words = run[start : start + size]
                spelled = "".join(w[0] for w, _, _ in words).lower()
                if spelled in acronyms and _term(text, words):
                    spans.append((words[0][1], words[-1][2]))
    return spans


def written_acronyms(text: str) -> set[str]:
    """The acronyms the text writes in capitals (MIN_LETTERS to MAX_LETTERS letters, not a
    function word: "will NOT run"), lower-cased."""
    return {
        word.lower()
        for run in runs(text)
        for word, _, _ in run
        if MIN_LETTERS <= len(word) <= MAX_LETTERS
        and word.isupper()
        and word.lower() not in STOP_WORDS
    }


@dataclass(frozen=True)
class Acronyms:
    """What the references' acronyms and initials stand for (see the module docstring)."""

    expansions: dict[str, str]
    """Acronym (lower case) -> the run of reference words its letters are the initials of."""
    written: frozenset[str]
    """Acronyms the references write in capitals and never spell out."""
    key_words: frozenset[str] = frozenset()
    """When the question asks what its acronym stands for, the words its texts use (lower
    case), else none: a run of the answer's words that all are among them matches as it is and
    is not shortened to an acronym ("atomicity consistency isolation durability" against a key
    that lists the four words after "ACID stands for")."""

    @classmethod
    def of(
        cls,
        references: Iterable[str],
        used: Collection[str] = (),
        *,
        keep_spelled: bool = False,
        orders: Iterable[Concept] = (),
        keywords: Iterable[str] = (),
    ) -> Acronyms:
        """The acronyms of `references`; none that is itself one of the words `used` by the
        question's texts (lower case): there the answer's acronym matches as it is. With
        `keep_spelled` (the question asks what its acronym stands for), a run of the answer's
        words that are all `used` is kept as it is, not shortened to the acronym. `orders`,
        the orders of arrival the references write out (key_terms.in_out_terms: "last in,
        first out", its initials "LIFO" an alias), spell out their initials too: their words
        are function words, which `initials` reads as no term, and "Stack is LIFO, queue is
        FIFO." had shared no word with "A stack is last in, first out ..." (21.0). `keywords`,
        the key's keywords or concept phrases, are read as references are, with their content
        initials too (`keyword_initials`), and their orders of arrival as `orders`."""
        expansions: dict[str, str] = {}
        written: set[str] = set()
        keywords = tuple(keywords)
        orders = [*orders, *(c for k in keywords for c, _ in _in_out_terms(k))]
        for order in orders:
            acronym = order.aliases[0].lower()
            if acronym not in used:
                expansions.setdefault(acronym, " ".join(order.name.replace(",", " ").split()))
        for text in references:
            for acronym, words in initials(text).items():
                if acronym not in used:
                    expansions.setdefault(acronym, words)
            written |= written_acronyms(text)
        for keyword in keywords:
            for acronym, words in keyword_initials(keyword).items():
                if acronym not in used:
                    expansions.setdefault(acronym, words)
            written |= written_acronyms(keyword)
        return cls(
            expansions,
            frozenset(written - expansions.keys()),
            frozenset(word.lower() for word in used) if keep_spelled else frozenset(),
        )

    def rewrite(self, answer: str) -> str:
        """The answer with its acronyms spelled out as the references do, and its spelled-out
        runs shortened to the references' acronyms."""
        changes = self.changes(answer)
        if not changes:
            return answer
        pieces: list[str] = []
        done = 0
        for start, end, new in changes:
            pieces += [answer[done:start], new]
            done = end
        return "".join(pieces) + answer[done:]

    def changes(self, answer: str) -> list[Change]:
        """What `rewrite` changes: each acronym of the answer with its spelling out, each
        spelled-out run with its acronym, in order (respelling.py)."""
        if not self.written and answer.isascii() and not _CAPITALS_RE.search(answer):
            return []
        if not any(c.islower() for c in answer):
            return []  # shouted: every word is in capitals
        changes: list[Change] = []
        orders = [
            (*span, c.aliases[0])
            for c, span in _in_out_terms(answer)
            if c.aliases[0].lower() in self.written
        ]
        changes += orders
        for run in runs(answer):
            index = 0
            while index < len(run):
                word, start, end = run[index]
                if any(s <= start < e for s, e, _ in orders):
                    index += 1
                    continue
                found = self._expansion(word)
                if found is not None:
                    changes.append((start, end, found))
                    index += 1
                    continue
                size, acronym = self._spelled(answer, run, index)
                if size:
                    changes.append((start, run[index + size - 1][2], acronym.upper()))
                    index += size
                    continue
                index += 1
        return sorted(changes)

    def _expansion(self, word: str) -> str | None:
        lowered = word.lower()
        if len(word) < MIN_LETTERS or not word.isupper() or lowered in STOP_WORDS:
            return None
        return self.expansions.get(lowered)

    def _spelled(self, text: str, run: list[tuple[str, int, int]], index: int) -> tuple[int, str]:
        """How many words from `index` on spell an acronym of `written` as a term (0: none),
        and the acronym: "does not apply" is not "DNA"."""
        if not self.written:
            return 0, ""
        for size in range(MAX_LETTERS * 2 - 1, MIN_LETTERS - 1, -1):
            words = run[index : index + size]
            spelled = "".join(w[0] for w, _, _ in words).lower()
            if len(words) < size or all(w.lower() in self.key_words for w, _, _ in words):
                continue
            if spelled in self.written and _term(text, words):
                return size, spelled
            content = content_initials(words)
            if content is not None and content in self.written:
                return size, content
        return 0, ""
