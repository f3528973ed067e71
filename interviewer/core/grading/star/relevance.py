"""Does the story answer the question asked? The question's themes, and a sign of one in the story.

"Tell me about a time you disagreed with a teammate" asks for a disagreement; a complete story
about training for a marathon tells none, and scored 85 (play28 M5). The themes are a shipped
lexicon (themes.yaml: conflict, failure, deadline, leadership, learning fast, saying no to
someone senior, a customer, missing information, priorities, feedback), each with the phrases
that give a prompt the theme and the plain phrases a story of it uses: a story of learning fast
says "I had two weeks to get up to speed on Kubernetes", not "I learned quickly", so the story's
list holds the plain equivalents, not the prompt's words.

A story is off the question when its prompt has a theme and the story says no phrase of any of
them (not in the negative: "no lost messages" tells no loss). A prompt with no theme recognised
is never judged, nor is a story too short to tell anything (MIN_WORDS). The grade caps an off
-question story at OFF_TOPIC_CAP and says what was asked and what was not found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .phrases import Hit, Phrase, Reader, compile_phrases

OFF_TOPIC_CAP = 20
"""The highest score of a story that does not answer its question: the answer to it is missing,
as filler's is (a grade of 1 at most; tests/data/star_answers.yaml grades it 0)."""
MIN_WORDS = 25
"""A shorter answer is too short to judge by its theme; its length already costs it."""


@dataclass(frozen=True)
class Theme:
    """One theme of themes.yaml."""

    key: str
    name: str
    """In the feedback's words: "a disagreement or a conflict"."""
    asked: tuple[Phrase, ...]
    told: tuple[Phrase, ...]


@dataclass(frozen=True)
class Relevance:
    """The question's themes, and where the story shows one."""

    prompt: str
    themes: tuple[Theme, ...]
    """The themes the prompt asks about; empty when none is recognised."""
    shown: tuple[tuple[str, str], ...]
    """(theme key, the story's sentence showing it), at most one per theme."""
    judged: bool
    """Whether the story is long enough to be judged."""

    @property
    def is_off_topic(self) -> bool:
        """The prompt has a theme, the story is judged, and it shows none."""
        return bool(self.themes) and self.judged and not self.shown

    @property
    def advice(self) -> str:
        """What was asked, and what the story lacks."""
        names = " or ".join(dict.fromkeys(theme.name for theme in self.themes))
        return (
            f"Off the question: it asked \u201c{self.prompt.strip()}\u201d, and the story "
            f"shows no sign of {names}. It may be a good story, but not of this: tell one "
            "that answers it, and say where that part of it was."
        )


@lru_cache(maxsize=1)
def themes() -> tuple[Theme, ...]:
    """The shipped themes (themes.yaml, read once)."""
    text = resources.files(__package__).joinpath("themes.yaml").read_text("utf-8")
    return tuple(
        Theme(key, entry["name"], compile_phrases(entry["asked"]), compile_phrases(entry["told"]))
        for key, entry in yaml.safe_load(text).items()
    )


@lru_cache(maxsize=1024)
def themes_of(prompt: str) -> tuple[Theme, ...]:
    """The themes a question's prompt asks about (none: it is never judged off the question)."""
    asked = Reader(prompt)
    return tuple(theme for theme in themes() if next(asked.find(theme.asked, negated=True), None))


def relevance(prompt: str, reader: Reader) -> Relevance:
    """Whether the story read by `reader` shows a theme of `prompt`."""
    asked = themes_of(prompt)
    shown: list[tuple[str, str]] = []
    for theme in asked:
        hit: Hit | None = next(reader.find(theme.told), None)
        if hit is not None:
            shown.append((theme.key, reader.sentence(hit.first)))
    judged = len(reader.text.words) >= MIN_WORDS
    return Relevance(prompt, asked, tuple(shown), judged)
