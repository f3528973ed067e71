"""Short forms read as the word they shorten: "dict keys" for the key's "dictionary keys".

Reference mode only (no rubric to list aliases): an answer word that is a common short form of
a word the question's texts use (SHORT_FORMS) is read as that word, as acronyms.py reads
"LIFO" as "last-in first-out". A short form is read only when the question's texts never use it
themselves and use exactly one of the words it may shorten ("temp" is "temperature" against a
key about sampling, "temporary" against one about files, and nothing against a key with
both). A table and not a rule of prefixes: a prefix of four letters or more is as often a
word of its own ("data" of "database", "hash" of "hashable", "part" of "partition").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .text import Text, cached_stem

SHORT_FORMS: dict[str, tuple[str, ...]] = {
    short: tuple(longs.split("/"))
    for short, longs in (
        pair.split("=")
        for pair in """
        addr=address algo=algorithm alloc=allocation/allocate app=application
        arg=argument async=asynchronous attr=attribute auth=authentication/authorization
        avg=average bool=boolean calc=calculation cert=certificate char=character
        config=configuration db=database dev=development/developer dict=dictionary
        diff=difference dir=directory doc=documentation/document env=environment
        eval=evaluation expr=expression fn=function func=function impl=implementation
        info=information init=initialization int=integer len=length lib=library
        max=maximum mem=memory min=minimum msg=message num=number obj=object
        param=parameter perf=performance pkg=package prev=previous prob=probability
        proc=process/procedure prod=production/product ptr=pointer ref=reference
        repo=repository req=request resp=response spec=specification
        src=source stats=statistics str=string sync=synchronous/synchronization
        temp=temperature/temporary val=value var=variable
        """.split()
    )
}
"""Common short forms of the words of computing and study -> the words each may stand for."""


@dataclass(frozen=True)
class ShortForms:
    """The short forms an answer may write for the question's words (see the module
    docstring)."""

    words: dict[str, str]
    """Short form -> the question's word it is read as."""

    @classmethod
    def of(cls, vocabulary: Mapping[str, str]) -> ShortForms:
        """The short forms of the words of `vocabulary` (the question's texts' content words
        -> their stems) that the texts never use themselves."""
        stems = set(vocabulary.values())
        words: dict[str, str] = {}
        for short, longs in SHORT_FORMS.items():
            if short in vocabulary or cached_stem(short) in stems:
                continue
            # one stem, even when two of its words share it ("allocation", "allocate")
            used = {
                cached_stem(long): long for long in reversed(longs) if cached_stem(long) in stems
            }
            if len(used) == 1:
                words[short] = next(iter(used.values()))
        return cls(words)

    def read(self, text: Text, canon: Mapping[str, str] | None = None) -> None:
        """Reads each short form of the text (or its plural in -s) as its word: its word and
        stem become the word's (the stem through `canon`, the bank's thesaurus); the text and
        its spans stay as written, so what is quoted is the candidate's own words."""
        if not self.words:
            return
        for i, word in enumerate(text.words):
            found = self.words.get(word)
            if found is None and word.endswith("s") and word[:-1] in self.words:
                found = self.words[word[:-1]] + "s"
            if found is not None:
                found_stem = cached_stem(found)
                text.set_word(i, found, canon.get(found_stem, found_stem) if canon else found_stem)
