"""Red flags in a behavioural story: what a senior interviewer would not pass, however well told.

Three, read from a shipped list of plain phrases (red_flags.yaml), each quoted back to the
candidate in their own words:

- *blames_others*: the fault put on someone else ("it was really the architect's fault", "I
  blamed the intern", "interns need to be watched more closely");
- *dishonesty*: the candidate misled people ("I told the client it was done", "they never
  noticed");
- *harm_unreflected*: the candidate hurt people ("I went over her head", "I found him
  annoying"), or the story ends in harm ("two people resigned", "he cancelled his
  subscription") with no reflection on it.

Some phrases count only when the candidate is the one doing it ("I told the client it was
done", not "my manager suggested telling them it was done"); none counts said in the negative
or set aside ("I did not blame the architect", "instead of blaming him": clauses.py). A story
that owns its part ("my fault", "I should have", "I apologised", "looking back") raises none:
a failure told with what the candidate changed is what the question asks for. Each red flag
caps the score at RED_FLAG_CAP.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .phrases import Phrase, Reader, compile_phrases

HARM = "harm_unreflected"
"""The red flag whose outcomes ("two people resigned") a reflection answers."""
RED_FLAG_CAP = 30
"""The highest score of a story with a red flag: the bottom of band weak, below passing (the
labelled set grades such a story 1 at most: a senior interviewer would not pass it)."""


@dataclass(frozen=True)
class FlagKind:
    """One red flag of red_flags.yaml."""

    key: str
    label: str
    advice: str
    by_me: tuple[Phrase, ...]
    by_anyone: tuple[Phrase, ...]


@dataclass(frozen=True)
class Lexicon:
    """The red flags and the phrases that own a story's part."""

    owned: tuple[Phrase, ...]
    kinds: tuple[FlagKind, ...]


@dataclass(frozen=True)
class RedFlag:
    """A red flag raised by a story, with the candidate's words for it."""

    kind: str
    label: str
    quote: str
    """The words that raised it, as written."""
    sentence: str
    """The sentence they stand in, as written."""
    advice: str

    @property
    def feedback(self) -> str:
        """The red flag, its evidence and what to do."""
        return f"Red flag, {self.label}: \u201c{self.sentence}\u201d. {self.advice}"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped red flags (red_flags.yaml, read once)."""
    text = resources.files(__package__).joinpath("red_flags.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    kinds = tuple(
        FlagKind(
            key,
            entry["label"],
            " ".join(entry["advice"].split()),
            compile_phrases(entry.get("by_me", ())),
            compile_phrases(entry.get("by_anyone", ())),
        )
        for key, entry in data["flags"].items()
    )
    return Lexicon(compile_phrases(data["owned"]), kinds)


def owned(reader: Reader) -> str | None:
    """The sentence where the story owns its part, if it does."""
    hit = next(reader.find(lexicon().owned), None)
    return None if hit is None else reader.sentence(hit.first)


def red_flags(reader: Reader, *, reflected: bool = False) -> tuple[RedFlag, ...]:
    """The red flags of the story read by `reader`, one per kind at most; none when the story
    owns its part. `reflected`: the story has a reflection (parts.reflection), which answers a
    harmful outcome ("three customers cancelled their orders ... I learned that ..."), not what
    the candidate did to people ("I went over her head ... I learned that going straight to
    the person who decides saves time")."""
    if owned(reader) is not None:
        return ()
    found: list[RedFlag] = []
    for kind in lexicon().kinds:
        hits = [h for h in reader.find(kind.by_me) if reader.said_by_me(h.first)]
        if not (reflected and kind.key == HARM):
            hits += list(reader.find(kind.by_anyone))
        if hits:
            first = min(hits, key=lambda h: (h.first, -h.last))
            found.append(
                RedFlag(
                    kind.key,
                    kind.label,
                    reader.quote(first),
                    reader.sentence(first.first),
                    kind.advice,
                )
            )
    return tuple(found)
