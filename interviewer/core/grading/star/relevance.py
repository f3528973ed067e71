"""Does the story answer the question asked? The question's themes, and a sign of one in the story.

"Tell me about a time you disagreed with a teammate" asks for a disagreement; a complete story
about training for a marathon tells none, and scored 85 (play28 M5). The themes are a shipped
lexicon (themes.yaml: conflict, failure, deadline, leadership, learning fast, saying no to
someone senior, a customer, missing information, priorities, feedback), each with the phrases
that give a prompt the theme and the plain phrases a story of it uses: a story of learning fast
says "I had two weeks to get up to speed on Kubernetes", not "I learned quickly", so the story's
list holds the plain equivalents, not the prompt's words.

A story is off the question when its prompt has a theme and the story says no phrase of any of
them (not in the negative: "no lost messages" tells no loss; not after a modal: "I was worried I
would miss my target time" tells no miss, supposed.py), or when it shows none of a `required`
theme the prompt asks: "Tell me about a time you missed a deadline." asks for a failure and a
deadline, and a marathon story finished "in three hours" on "a fixed date" shows a deadline only;
the failure is what was asked (star67). A story that shows the failure answers it: "I shipped
the export a week after the date I gave". A failure asked of the candidate ("a mistake you
made") is not shown by a story that tells it only as someone else's ("A colleague of mine
pushed a config change that took the payment page down ... I reverted it", whose.py, star68).
A prompt with no theme recognised is never judged, nor is a story too short to tell anything
(MIN_WORDS). The grade caps an off-question story at OFF_TOPIC_CAP and says what was asked and
what was not found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .phrases import Hit, Phrase, Reader, compile_phrases
from .supposed import is_supposed
from .whose import asks_of_you, someone_elses

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
    required: bool = False
    """A prompt that asks this theme is answered only by a story that shows it, whatever its
    other themes show (the failure in "missed a deadline")."""
    own: bool = False
    """Asked of the candidate ("a mistake you made"), the theme is shown only by a story that
    does not tell it as someone else's alone (whose.py)."""


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
    others: tuple[tuple[str, str], ...] = ()
    """(theme key, the story's sentence) of an `own` theme told only as someone else's
    (whose.py): not shown."""

    @property
    def is_off_topic(self) -> bool:
        """The prompt has a theme, the story is judged, and it shows none, or none of a
        required theme the prompt asks."""
        return bool(self.themes) and self.judged and bool(self.missing_required or not self.shown)

    @property
    def missing_required(self) -> tuple[Theme, ...]:
        """The required themes the prompt asks that the story does not show."""
        shown = {key for key, _ in self.shown}
        return tuple(t for t in self.themes if t.required and t.key not in shown)

    @property
    def advice(self) -> str:
        """What was asked, and what the story lacks."""
        lacking = self.missing_required if self.shown else self.themes
        keys = {t.key for t in lacking}
        asked = f"Off the question: it asked \u201c{self.prompt.strip()}\u201d, and the story"
        if self.others and self.others[0][0] in keys:
            return (
                f"{asked} is about someone else's failure or mistake "
                f"(\u201c{self.others[0][1]}\u201d), not one of yours. Tell one you made "
                "yourself: what you did, what it cost and what you changed after it."
            )
        names = " or ".join(dict.fromkeys(theme.name for theme in lacking))
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
        Theme(
            key,
            entry["name"],
            compile_phrases(entry["asked"]),
            compile_phrases(entry["told"]),
            bool(entry.get("required", False)),
            bool(entry.get("own", False)),
        )
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
    others: list[tuple[str, str]] = []
    for theme in asked:
        told = (h for h in reader.find(theme.told) if not is_supposed(reader, h.first))
        hit: Hit | None = next(told, None)
        if hit is not None and theme.own and asks_of_you(prompt):
            elses = someone_elses(reader, [hit, *told])
            if elses is not None:
                others.append((theme.key, reader.sentence(elses.first)))
                continue
        if hit is not None:
            shown.append((theme.key, reader.sentence(hit.first)))
    judged = len(reader.text.words) >= MIN_WORDS
    return Relevance(prompt, asked, tuple(shown), judged, tuple(others))
