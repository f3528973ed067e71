"""What kind of session a session is (mode, review, adaptive, one level only): sessions of one
kind measure the same thing, so a trend or a comparison of scores takes one kind only."""

from __future__ import annotations

from dataclasses import dataclass

from .config import SessionConfig

MODE_NOUNS = {"interview": "interviews", "practice": "practice sessions"}


@dataclass(frozen=True)
class SessionKind:
    """The options that change what a session's score measures: a practice session allows
    retries and hints, a review session asks only questions worth revisiting (answered poorly
    before), an adaptive one follows the answers up and down the levels, and a one-level
    session asks that level only. A 2-question review and a 9-question practice session of
    one bank are not compared (play28 minor 6)."""

    mode: str
    review: bool = False
    adaptive: bool = False
    level: str | None = None

    @classmethod
    def of(cls, config: SessionConfig) -> SessionKind:
        return cls(config.mode, config.review, config.adaptive, config.level)

    def plural(self) -> str:
        """The kind in words, plural: `interviews`, `practice sessions`, `review practice
        sessions`, `adaptive interviews`, `beginner-only interviews`."""
        words = [
            *(["review"] if self.review else []),
            *(["adaptive"] if self.adaptive else []),
            *([f"{self.level}-only"] if self.level else []),
            MODE_NOUNS.get(self.mode, f"{self.mode} sessions"),
        ]
        return " ".join(words)
