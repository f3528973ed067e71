"""Numbers and timestamps as a report shows them: durations (`1:35`), scores (whole, never
rounded up across a band's cut-off) and stored times in local time."""

from __future__ import annotations

from datetime import datetime

from ...grading import MISSING_CUTOFF, PASS_CUTOFF, STRONG_CUTOFF
from ...store import StoredSession, session_time_used, whole_score


def format_duration(session: StoredSession) -> str:
    """`session_time_used` as `m:ss`, as every listing of sessions shows it."""
    return format_seconds(session_time_used(session))


def format_seconds(seconds: float | None) -> str:
    """`95.2` -> `1:35`; `None` -> `-`."""
    if seconds is None:
        return "-"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


BAND_CUTOFFS = (MISSING_CUTOFF, PASS_CUTOFF, STRONG_CUTOFF)
"""Where one band ends and the next begins: a score shown must not round up across one."""


def shown_score(score: float) -> float:
    """The number a score is shown as: the whole number (halves up, `whole_score`), unless
    that rounds it up to a band's cut-off it is below; then the whole number below, so that
    the band beside it is the band of the number read: 69.94 (weak) is `69`, not `70`
    (adequate) (play24 D2). Always whole: one rule for every score on a report (play25 D7:
    `69.9` beside `50`, a summary of `29.8 / 100` in one session and `42 / 100` in another)."""
    whole = whole_score(score)
    if any(score < cutoff <= whole for cutoff in BAND_CUTOFFS):
        return float(whole - 1)
    return float(whole)


def format_score(score: float | None) -> str:
    """`82.46` -> `82`, `39.5` -> `40` (halves up, `whole_score`), but `69.94` -> `69` and
    `84.5` -> `84` (`shown_score`: never up across a band's cut-off); `None` -> `-`. Every
    score on a screen, in a listing or an export that is not the JSON's own number goes
    through here."""
    if score is None:
        return "-"
    return str(int(shown_score(score)))


def format_when(moment: datetime | None) -> str:
    """A stored timestamp in local time, to the minute."""
    return "-" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
"""Month names in English whatever the locale, as every other word on the screens."""


def format_when_short(moment: datetime | None, now: datetime) -> str:
    """A stored timestamp in local time, in at most 12 cells for a narrow table: `6 Dec 09:05`
    in the year of `now`, `6 Dec 2025` before it (the day then matters more than the hour).
    The month by name, not number: `12-06` reads as June 12 to half the world."""
    if moment is None:
        return "-"
    local = moment.astimezone()
    day = f"{local.day} {MONTHS[local.month - 1]}"
    if local.year == now.astimezone().year:
        return f"{day} {local:%H:%M}"
    return f"{day} {local.year}"
