"""The countdown shown beside a question: time left as mm:ss, styled as it runs low."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

LOW_TIME_SECONDS = 20.0
LOW_TIME_SHARE = 0.2


def format_seconds(seconds: float) -> str:
    """`m:ss` for a number of seconds (rounded up, so 0:00 means time is really up)."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown(Static):
    """Shows the remaining time it is given; the owner recomputes it from its deadline."""

    DEFAULT_CSS = """
    Countdown { width: auto; min-width: 9; padding: 0 1; text-style: bold; }
    Countdown.-low-time { background: $warning; color: $text; }
    Countdown.-expired { background: $error; color: $text; }
    Countdown.-paused { text-style: dim; }
    Countdown.-untimed { text-style: dim; }
    """

    remaining: reactive[float | None] = reactive(None)
    limit: reactive[int | None] = reactive(None)
    paused: reactive[bool] = reactive(False)

    def render(self) -> str:
        if self.limit is None or self.remaining is None:
            return "untimed"
        text = format_seconds(self.remaining)
        return f"⏸ {text}" if self.paused else f"⏱ {text}"

    def _refresh_classes(self) -> None:
        untimed = self.limit is None or self.remaining is None
        low = (
            not untimed
            and self.remaining is not None
            and 0 < self.remaining <= max(LOW_TIME_SECONDS, (self.limit or 0) * LOW_TIME_SHARE)
        )
        self.set_class(untimed, "-untimed")
        self.set_class(low, "-low-time")
        self.set_class(not untimed and self.remaining == 0, "-expired")
        self.set_class(self.paused, "-paused")

    def watch_remaining(self) -> None:
        self._refresh_classes()

    def watch_limit(self) -> None:
        self._refresh_classes()

    def watch_paused(self) -> None:
        self._refresh_classes()
