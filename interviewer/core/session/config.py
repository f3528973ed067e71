"""The options chosen before a session starts (bank, mode, count, topics, level, timing), checked
on creation and stored with the session to replay it."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..bank import LEVELS
from ..errors import InterviewerError

MODES: tuple[str, ...] = ("interview", "practice")
"""`interview` shows feedback only at the end; `practice` after every answer."""


class SessionError(InterviewerError):
    """A session cannot be planned as asked (bad option, no questions to ask)."""

    exit_code = 2


@dataclass(frozen=True)
class SessionConfig:
    """Everything chosen before a session starts; stored with the session to replay it."""

    bank_id: str
    mode: str = "interview"
    """'interview' or 'practice'."""
    count: int = 10
    """How many questions to ask (fewer if the bank, after topic filtering, holds fewer)."""
    topics: tuple[str, ...] = ()
    """Topic ids to draw from; empty means every topic."""
    seed: int | None = None
    """Seed of the question order; None picks one (see `with_seed`) so it can be recorded."""
    adaptive: bool = False
    """Choose each next question's level from the answers so far."""
    time_limit: int | None = None
    """Seconds for every question, overriding the question's and the level's limit."""
    untimed: bool = False
    """No time limit at all."""
    review: bool = False
    """A review session of questions worth revisiting (planned elsewhere)."""
    question_ids: tuple[str, ...] = ()
    """Exactly these questions, in this order (a review session); empty lets the plan choose."""
    level: str | None = None
    """Only questions of this level (beginner, intermediate or expert); None: every level."""

    def __post_init__(self) -> None:
        if not isinstance(self.topics, tuple):
            object.__setattr__(self, "topics", tuple(self.topics))
        if not isinstance(self.question_ids, tuple):
            object.__setattr__(self, "question_ids", tuple(self.question_ids))
        if self.mode not in MODES:
            raise SessionError(f"mode must be one of {', '.join(MODES)}, not '{self.mode}'")
        if isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 1:
            raise SessionError(f"the number of questions must be at least 1, not {self.count!r}")
        if self.time_limit is not None and (
            isinstance(self.time_limit, bool)
            or not isinstance(self.time_limit, int)
            or self.time_limit < 1
        ):
            raise SessionError(f"the time limit must be at least 1 second, not {self.time_limit!r}")
        if self.level is not None and self.level not in LEVELS:
            raise SessionError(f"level must be one of {', '.join(LEVELS)}, not '{self.level}'")
        if self.time_limit is not None and self.untimed:
            raise SessionError("choose a time limit or untimed, not both")

    def with_seed(self) -> SessionConfig:
        """This config if it has a seed, else a copy with a freshly picked one."""
        if self.seed is not None:
            return self
        return replace(self, seed=random.SystemRandom().randrange(1, 2**31))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of every field."""
        result = asdict(self)
        result["topics"] = list(self.topics)
        result["question_ids"] = list(self.question_ids)
        return result

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> SessionConfig:
        """The config `to_dict` produced; unknown keys (from a newer program) are ignored."""
        known = {name: values[name] for name in cls.__dataclass_fields__ if name in values}
        known["topics"] = tuple(known.get("topics") or ())
        known["question_ids"] = tuple(known.get("question_ids") or ())
        return cls(**known)
