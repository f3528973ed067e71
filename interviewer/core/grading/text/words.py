"""Words of a text with their place in it: normalised forms, stems, and the span they came from
(`Text`); text cleaned for reading (`clean_text`); a thesaurus read as stems (`thesaurus_map`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import cast

from ...limits import MAX_ANSWER_CHARS
from ...safe_text import ESCAPE_SEQUENCE, may_hold_escape_sequences
from ..evidence import readable
from .stems import STEM_CACHE, cached_stem
from .vocabulary import STOP_WORDS

MAX_ANALYSED_CHARS = MAX_ANSWER_CHARS
"""Only this many characters of an answer are analysed; the rest is ignored (and flagged): the
one answer limit of core/limits.py, which the answer box, the bank reader and the importer
use too."""

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""Combining marks (accents) of Latin, Greek and Cyrillic letters: part of the word they mark."""
WORD_RE = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*(?:['’][^\W_](?:[^\W_]|[{_MARKS}])*)?")
ASCII_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)?")
"""WORD_RE on lower-cased ASCII text, where it finds the same words: there a word character
other than "_" is a letter or a digit, and the marks and the curly apostrophe never stand.
Faster: one character class per run, not an alternative tried at every character (Text.of)."""
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _blanked(text: str) -> str:
    """`text` with each escape sequence (`safe_text.ESCAPE_SEQUENCE`) and control character
    (`_CONTROL_RE`) blanked out by as many spaces: every other character stays where it was
    ("\x1b[31mNF4" is read as "NF4", not "31mNF4"; play care43)."""
    if _CONTROL_RE.search(text) is None:
        return text
    text = ESCAPE_SEQUENCE.sub(lambda m: " " * len(m.group()), text)
    return _CONTROL_RE.sub(" ", text)


INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufe00-\ufe0f\ufeff]"
)
"""Characters a reader never sees, which would split or hide a word: a soft hyphen, the
combining grapheme joiner, zero-width spaces and (non-)joiners, the word joiner, invisible
operators, bidi marks, embeddings and isolates, variation selectors and the byte order mark.
A word is read without them ("lear\u200bning" is "learning"), while its evidence keeps them: it
is what the candidate typed."""


def clean_text(text: object, limit: int = MAX_ANALYSED_CHARS) -> str:
    """Lower-case, NFKC-normalised text without control characters or invisible ones
    (INVISIBLE_RE), cut to `limit` characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[:limit]
    if not text.isascii():  # ASCII is already valid UTF-8 and NFKC-normal
        text = text.encode("utf-8", "replace").decode("utf-8")
        text = unicodedata.normalize("NFKC", INVISIBLE_RE.sub("", text))
    return _blanked(text).lower()


_GROUP = re.Match.group
_SPAN = re.Match.span


def _normalise_word(word: str) -> str:
    if word.isascii():
        return word.lower()
    # a curly apostrophe is the straight one ("doesn’t" is the stop word "doesn't")
    normal = unicodedata.normalize("NFKC", word).lower().replace("’", "'")
    if normal.isascii():  # fullwidth letters, ligatures, curly apostrophes
        return normal
    return fold_accents(normal)


def fold_accents(word: str) -> str:
    """A word of Latin letters with accents (combining marks or precomposed) written without
    them: "naïve" is "naive", and "jùst", a stray accent from another keyboard, is "just". A
    word of another script keeps its marks (an Indic vowel sign is part of the word)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded if folded.isascii() and folded.isalnum() else word


def _canon_stem(word: str, canon: Mapping[str, str], remembered: dict[str, str]) -> str:
    """The word's stem read through `canon`, remembered (up to 200,000 words)."""
    found = cached_stem(word)
    found = canon.get(found, found)
    if len(remembered) < 200_000:
        remembered[word] = found
    return found


def _split_words(raw: str, words: list[str], spans: list[tuple[int, int]]) -> None:
    """Appends the normalised words of `raw` and their spans (see `Text.of`)."""
    for match in WORD_RE.finditer(raw):
        normal = _normalise_word(match.group())
        if normal and WORD_RE.fullmatch(normal):
            words.append(normal)
            spans.append(match.span())
        else:  # NFKC split one character into several words ("½" -> "1⁄2")
            for piece in WORD_RE.findall(normal):
                words.append(_normalise_word(piece))
                spans.append(match.span())


def _join_neighbours(
    raw: str,
    words: list[str],
    spans: list[tuple[int, int]],
    joined: Callable[[str, str, str], str | None],
) -> None:
    """Each two neighbouring words with one character between them that `joined(first, between,
    second)` makes one word become that word, in place (its span covers both)."""
    i = 0
    while i < len(words) - 1:
        end, start = spans[i][1], spans[i + 1][0]
        word = joined(words[i], raw[end], words[i + 1]) if start == end + 1 else None
        if word is not None:
            words[i : i + 2] = [word]
            spans[i : i + 2] = [(spans[i][0], spans[i + 1][1])]
        else:
            i += 1


def _hyphenated(first: str, between: str, second: str) -> str | None:
    """Words joined by a hyphen to "non" or "like" are one word: "non-deterministic" is
    "nondeterministic", not "non" and "deterministic", which would say "deterministic" (a wrong
    claim that "runs are deterministic" names); "human-like" is "humanlike", not "human" and
    the function word "like", which is dropped and would leave "human" (a human judge is no
    human-like conversation)."""
    if (first == "non" or second == "like") and between in HYPHEN_CHARS:
        return first + second
    return None


HYPHEN_CHARS = frozenset("-\u2010\u2011\u2012\u2013")
"""The hyphens that join two words into one ("human-like", "encoder-only"): the ASCII
hyphen-minus, the Unicode hyphen, the non-breaking hyphen, the figure dash and the en dash."""

_CONTRACTION_TAILS = frozenset({"t", "s", "m", "re", "ve", "ll", "d"})
"""What follows the apostrophe of an English contraction or possessive ("n't", "'s", "'re")."""
_STRAY_APOSTROPHES = frozenset('"^`´')
"""Characters that stand for an apostrophe in text passed through a lossy export (SemEval-2013's
Beetle answers read "wasn"t", "it"s"; its questions "didn^t"), or typed for one."""


_BARE_CONTRACTIONS = {
    bare: bare[:-1] + "'t"
    for bare in (
        "dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt couldnt wouldnt "
        "shouldnt mustnt neednt"
    ).split()
}
"""A denial typed without its apostrophe ("dont", "isnt") read as written with it. "cant",
"wont" and "shant" are left: "cant" and "wont" are words."""


def _apostrophised(words: list[str]) -> None:
    """Each of `words` in _BARE_CONTRACTIONS written with its apostrophe, in place: "dont" is
    the stop word and denial "don't", not a content word that drops the "not"."""
    for i, word in enumerate(words):
        words[i] = _BARE_CONTRACTIONS.get(word, word)


def _contracted(first: str, between: str, second: str) -> str | None:
    """A word, a stray apostrophe (_STRAY_APOSTROPHES) and a contraction's tail with nothing
    between them are one word, written with the apostrophe: "wasn"t" is "wasn't" (a denial),
    not "wasn" and "t", which lost the "not" and read "Bulb C wasn"t in a closed path" as
    denying the key's "not in a closed path" (25.0, `contradiction`)."""
    if (
        between in _STRAY_APOSTROPHES
        and second in _CONTRACTION_TAILS
        and (second != "t" or first.endswith("n"))
        and "'" not in first
    ):
        return f"{first}'{second}"
    return None


@dataclass
class Text:
    """A text split into words, with the content words, their stems and where each word stands.

    `raw` is the text as given (cut to MAX_ANALYSED_CHARS, control characters blanked out with
    the same length, invisible characters (INVISIBLE_RE) left out), so that `raw[start:end]` of
    a word's span is the writer's own spelling; `quote` and `evidence` give it with the
    invisible characters the writer typed in it (`typed`), and for a text read from a
    respelling of the answer (acronyms spelled out, number words as digits: `as_typed`) the
    words the writer typed in place of the respelled ones.
    """

    raw: str
    words: list[str]
    """Each word, lower-cased and NFKC-normalised."""
    spans: list[tuple[int, int]]
    """(start, end) of each word in `raw`."""
    content: list[int]
    """Indices (into words) of the content words."""
    stems: list[str]
    """The stem of every word."""
    typed: str | None = None
    """The text as given (control characters blanked out) when `raw` left out invisible
    characters; else None (it is `raw`)."""
    typed_at: list[int] | None = None
    """With `typed`: where each character of `raw` stands in it."""
    typed_end: list[int] | None = None
    """With `typed`, for a text read from a respelling of it (as_typed): where the stretch of
    `typed` that each character of `raw` stands for ends; else None (one character each)."""
    escapes: tuple[tuple[int, int], ...] = ()
    """(start, end) in `raw` of each escape sequence blanked out (`safe_text.ESCAPE_SEQUENCE`),
    which a quote leaves out (`typed_text`); () when `typed` is set."""

    @classmethod
    def of(
        cls,
        text: object,
        limit: int = MAX_ANALYSED_CHARS,
        canon: Mapping[str, str] | None = None,
        canon_stems: dict[str, str] | None = None,
    ) -> Text:
        """The words of `text`; with `canon` (a thesaurus: stem -> its group's first stem),
        every stem is read as its canonical one. `canon_stems` (word -> its stem read through
        `canon`) is filled and reused by a caller that reads many texts with one `canon`."""
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        raw = _blanked(text[:limit])
        typed: str | None = None
        typed_at: list[int] | None = None
        escapes: tuple[tuple[int, int], ...] = ()
        if not raw.isascii() and INVISIBLE_RE.search(raw):
            typed, raw, typed_at = raw, *_visible(raw)
        elif may_hold_escape_sequences(text):
            escapes = tuple(m.span() for m in ESCAPE_SEQUENCE.finditer(text, 0, len(raw)))
        words: list[str] = []
        spans: list[tuple[int, int]] = []
        if raw.isascii():
            # lower-casing ASCII keeps every word where it was, and a word stays one word
            matches = list(ASCII_WORD_RE.finditer(raw.lower()))
            words = list(map(_GROUP, matches))  # maps of C calls: no Python step per word
            spans = list(map(_SPAN, matches))
        else:
            _split_words(raw, words, spans)
        if "non" in words or "like" in words:
            _join_neighbours(raw, words, spans, _hyphenated)
        if '"' in raw or "^" in raw or "`" in raw or "´" in raw:
            _join_neighbours(raw, words, spans, _contracted)
        if not _BARE_CONTRACTIONS.keys().isdisjoint(words):
            _apostrophised(words)
        if canon and canon_stems is not None:
            found = list(map(canon_stems.get, words))
            if all(found):
                stems = cast(list[str], found)
            else:  # a word not met before (its stem found and remembered)
                pairs = zip(found, words, strict=True)
                stems = [s or _canon_stem(w, canon, canon_stems) for s, w in pairs]
        else:
            found = list(map(STEM_CACHE.get, words))
            if all(found):
                stems = cast(list[str], found)
            else:
                stems = [s or cached_stem(w) for s, w in zip(found, words, strict=True)]
            if canon:
                stems = [canon.get(s, s) for s in stems]
        content = [i for i, w in enumerate(words) if w not in STOP_WORDS]
        return cls(raw, words, spans, content, stems, typed, typed_at, escapes=escapes)

    def content_stems(self) -> list[str]:
        return [self.stems[i] for i in self.content]

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The words, as a set: whether the text says a word at all ("too", "by itself"), asked
        of it again and again, is one look-up rather than a walk over `words`. Made at the
        first such question; `set_word` drops it."""
        return frozenset(self.words)

    def set_word(self, i: int, word: str, stem: str) -> None:
        """Read word `i` as `word`, with `stem` (a short form or a misspelt function word read
        as the word it stands for); the word set made before (`word_set`) is dropped."""
        self.words[i] = word
        self.stems[i] = stem
        self.__dict__.pop("word_set", None)

    def comma_before(self, i: int) -> bool:
        """Whether a comma stands between word `i - 1` and word `i`: in "In DreamBooth, the
        optimizer ..." before "the", not before "optimizer"; never before the first word."""
        return i > 0 and "," in self.raw[self.spans[i - 1][1] : self.spans[i][0]]

    def quote(self, first: int, last: int) -> str:
        """The writer's own text from word `first` to word `last`, inclusive."""
        return self.typed_text(self.spans[first][0], self.spans[last][1])

    def written_size(self, first: int, last: int) -> int:
        """How many words the writer wrote from word `first` to word `last`: more than
        `last - first + 1` where a run of plain words was read as a term's fewer words (they
        share the run's span, plain_words.py)."""
        size = last - first + 1
        runs: dict[tuple[int, int], int] = {}
        for span in self.spans[first : last + 1]:
            if " " in self.raw[span[0] : span[1]]:
                runs[span] = runs.get(span, 0) + 1
        for (start, end), read in runs.items():
            size += max(0, len(Text.of(self.raw[start:end]).words) - read)
        return size

    def evidence(self, first: int, last: int) -> str:
        """The writer's own text from word `first` to word `last`, as evidence: widened to
        whole written words and closed brackets (evidence.readable)."""
        start, end = readable(self.raw, self.spans[first][0], self.spans[last][1])
        return self.typed_text(start, end)

    def typed_text(self, start: int, end: int) -> str:
        """`raw[start:end]` as the writer typed it: with the invisible characters inside it."""
        if self.typed is None or self.typed_at is None or end <= start:
            return _without(self.raw, start, end, self.escapes)
        stop = self.typed_end[end - 1] if self.typed_end is not None else self.typed_at[end - 1] + 1
        return self.typed[self.typed_at[start] : stop]

    def as_typed(self, typed: str, starts: Sequence[int], ends: Sequence[int]) -> None:
        """Quote this text, read from a respelling of `typed` (respelling.Respelled: `starts`
        and `ends` give where in `typed` the stretch of each of the respelling's characters
        starts and ends), in `typed`'s own characters: "RAG" and not the "retrieval augmented
        generation" it was read as. Control characters are blanked out of `typed` as of `raw`."""
        at = self.typed_at if self.typed_at is not None else range(len(self.raw))
        self.typed = _blanked(typed)
        self.typed_at = [starts[i] for i in at]
        self.typed_end = [ends[i] for i in at]


def _without(raw: str, start: int, end: int, escapes: Sequence[tuple[int, int]]) -> str:
    """`raw[start:end]` without the blanks of the escape sequences at `escapes`: where one
    stood between two words, a single space ("NF4\x1b[0m stores" is quoted "NF4 stores")."""
    pieces: list[str] = []
    at = start
    for first, last in escapes:
        if last <= at or first >= end:
            continue
        pieces.append(raw[at:first])
        at = min(last, end)
    pieces.append(raw[at:end])
    quoted = pieces[0]
    for piece in pieces[1:]:
        if quoted and piece and not quoted[-1].isspace() and not piece[0].isspace():
            quoted += " "
        quoted += piece
    return quoted


SPACES_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
"""Spaces other than the plain one: no-break, narrow, figure, ideographic..."""


def _visible(typed: str) -> tuple[str, list[int]]:
    """`typed` without its invisible characters (INVISIBLE_RE), and where each character left
    stands in `typed`."""
    kept = [i for i, c in enumerate(typed) if not INVISIBLE_RE.match(c)]
    return "".join(typed[i] for i in kept), kept


def thesaurus_map(groups: Iterable[Iterable[str]]) -> dict[str, str]:
    """Stem -> the stem of its group's first word, for the one-word entries of a thesaurus."""
    result: dict[str, str] = {}
    for group in groups:
        words = [w.strip().lower() for w in group if w.strip()]
        single = [w for w in words if WORD_RE.fullmatch(w)]
        if not words or not single:
            continue
        head = cached_stem(words[0]) if WORD_RE.fullmatch(words[0]) else cached_stem(single[0])
        for word in single:
            if cached_stem(word) != head:
                result[cached_stem(word)] = head
    return result
