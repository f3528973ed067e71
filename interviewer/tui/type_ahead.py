"""Keys typed ahead onto a screen that appeared under a candidate still typing: held, shown,
not acted on.

In practice mode the feedback screen appears the moment an answer is graded: at once after
`f3` (skip), a moment after `ctrl+s`, or when the clock reaches 0:00. A candidate still typing
sent the next keys to it, where Space is "Next question", `r` Retry and `a` Disagree: "I do not
know." typed on after `f3` left the "I" on the feedback screen, the space moved on, and "do not
know." landed in the next question's box (play64). The screens that carry a guard: practice
feedback, the self-rating after a submit (a "2" marked a rating, Enter kept it), and the skip
dialog `f3` opens over a draft (its `y` skips, its `n` keeps writing).

The rule, exactly. A screen that carries a `type_ahead` (a `TypeAhead`) holds a key, instead of
acting on it, when the key arrives less than `settle` seconds after the screen appeared, or
less than HELD_PAUSE_SECONDS (1 s; `settle` when longer) after the last key it held: a typist
who keeps typing keeps being held, pausing to think between words included (longer than
0.35 s); the first such pause ends it. Only typing keys are held: those that produce a
character (letters, digits, punctuation, Space) and `enter`, `escape`, `tab`, `shift+tab`,
`backspace`, `delete`. Every other key acts as usual (`ctrl+q` leaves, `ctrl+p` opens the
palette, arrows and `PgDn` scroll). Time is the app's injected monotonic clock; `settle` 0
holds nothing.

- Held: "I do not know." typed in one run after `f3`, each key less than `settle` seconds
  after the one before: all 14 keys, the space and the "." included; the screen stays, and says
  what was typed (`held_text`: "I do not know.").
- Held too: "layers" typed 0.5 s after the last key held (a thinking pause, under 1 s).
- Not held: Space pressed `settle` seconds or more after the screen appeared with no key held,
  or 1 s or more after the last key held: it moves on, as it always did. `ctrl+q` at any
  moment: it asks to leave.

Held while the answer is graded, too. Between a submit (`ctrl+s`, or the clock at 0:00) and
the feedback appearing, the question screen waits for the grade with its answer box read-only:
keys typed then went into that box and were dropped without a word (keys64, at 0:00: "er⏎" of
"transformer⏎and" lost). While the screen waits, its guard (`until_shown`) holds every typing
key, with no time limit, and the status line says so; when the feedback appears the same guard
goes to it (`shown`): its window starts then, and it says, above the rest, what was typed since
the answer went in (`held_note`: "Typed after your answer went in, not added to it: “…”").
If the next question comes instead (an interview that waits for a grade), its status line says
it. With a settle time of 0 nothing is held, as before.

- Held: ctrl+s on "Human review", then "and more words" typed while "grading…" shows: the
  status line says `not added to it: “and more words”`, and so does the feedback.
- Not held: keys typed before ctrl+s (they are in the answer); `ctrl+q` while it waits.

What becomes of the keys held: the screen says so under its title, with their text
(`held_note`). On the feedback and the self-rating they go nowhere else: they were meant for an
answer box that is gone (the answer already in, or the clock already at 0:00), and putting them
in the next question's box would write words into an answer to a question not yet read. On the
skip dialog the draft is still there: Keep writing adds their text to it, where the candidate
was typing; Skip leaves them out (the draft is saved as skipped, as it was).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

KEY_SETTLE_SECONDS = 0.35
"""How long after a screen appears (or after the last key it held) typing keys are held."""
KEY_SETTLE_ENV = "INTERVIEWER_KEY_SETTLE"
"""An environment variable that sets the settle time in seconds (0 holds nothing)."""
HELD_PAUSE_SECONDS = 1.0
"""Once a screen has held a key, the pause that ends the hold (when longer than the settle
time): a typist thinking between words pauses longer than 0.35 s (play65, 0.5 s between words
in tmux after the clock reached 0:00: the space after "layers" moved on from the feedback and
"stack" went into the next question's box); a candidate who stops to read pauses longer."""
MAX_SETTLE_SECONDS = 5.0
"""The longest settle time the variable can set (a longer value is read as this one)."""

TYPING_KEYS = frozenset({"enter", "escape", "tab", "shift+tab", "backspace", "delete"})
"""Keys without a character that are held too (the ones a typist presses while writing, and
those the screens bind to move on)."""


def settle_seconds(environ: Mapping[str, str] | None = None) -> float:
    """The settle time: `INTERVIEWER_KEY_SETTLE` when it is a number (0 to 5 s), else
    KEY_SETTLE_SECONDS."""
    value = (os.environ if environ is None else environ).get(KEY_SETTLE_ENV, "").strip()
    try:
        seconds = float(value)
    except ValueError:
        return KEY_SETTLE_SECONDS
    if seconds != seconds or seconds < 0:  # NaN or negative
        return KEY_SETTLE_SECONDS
    return min(seconds, MAX_SETTLE_SECONDS)


def is_typing_key(key: str, character: str | None) -> bool:
    """A key a typist presses while writing: one that produces a printable character, or one
    of TYPING_KEYS."""
    return key in TYPING_KEYS or (character is not None and character.isprintable())


class TypeAhead:
    """The typing keys a screen holds in its first moments (see the module's rule).

    Args:
        appeared: the clock's monotonic reading when the screen appeared.
        settle: the settle time in seconds.
    """

    def __init__(self, appeared: float, settle: float, *, until_shown: bool = False) -> None:
        self.settle = settle
        self._quiet_from = appeared
        """Keys are held until `settle` seconds after this reading."""
        self.until_shown = until_shown
        """True while the screen the keys are meant for has not appeared yet (the answer is
        being graded): every typing key is held, however long the wait (see `shown`)."""
        self.carried = False
        """Keys were held before the screen appeared (while the answer was graded)."""
        self.keys: list[str] = []
        """The keys held, in order (Textual key names)."""
        self._characters: list[str] = []

    def holds(self, key: str, character: str | None, now: float) -> bool:
        """Whether a key arriving at `now` is held (and then it is recorded)."""
        if self.settle <= 0 or not is_typing_key(key, character):
            return False
        if not self.until_shown and now - self._quiet_from >= self.window - 1e-9:  # float sums
            return False
        self.carried = self.carried or self.until_shown
        self._quiet_from = now
        self.keys.append(key)
        if key == "backspace" and self._characters:
            self._characters.pop()
        elif character is not None and character.isprintable():
            self._characters.append(character)
        return True

    @property
    def window(self) -> float:
        """The pause that ends the hold: `settle` until a key is held, then at least
        HELD_PAUSE_SECONDS (a typist typing on pauses between words, see there)."""
        return max(self.settle, HELD_PAUSE_SECONDS) if self.keys else self.settle

    def shown(self, now: float) -> None:
        """The screen the keys were held for appeared at `now`: from here the usual rule
        (held while they keep coming, less than `settle` apart); the keys held so far stay."""
        self.until_shown = False
        self._quiet_from = max(self._quiet_from, now)

    @property
    def held_text(self) -> str:
        """The characters of the keys held, as typed, a backspace taking back the one before
        ("" when none produced one)."""
        return "".join(self._characters)


HELD_NOTE_COLUMNS = 78
"""Every held note is cut (its start) to one line at 80 columns, a padding column each side:
the feedback's note, cut at 55 characters of text, took two lines there and pushed the body
down (play65, "…led dot products of / queries and keys gives the weights")."""
TYPED_AFTER = "Typed after your answer went in, not added to it: “{}”"
TYPED_AS_APPEARED = "Typed as this appeared, and not acted on: “{}”"


def held_note(type_ahead: TypeAhead) -> str:
    """What the screen says once it has held keys: one line at 80 columns (`fitted`)."""
    text = type_ahead.held_text.strip()
    if type_ahead.carried:
        if text:
            return fitted(TYPED_AFTER, text)
        return "Keys typed after your answer went in were not added to it."
    if text:
        return fitted(TYPED_AS_APPEARED, text)
    return "Keys typed as this appeared were not acted on."


def fitted(template: str, held: str, *before: object) -> str:
    """`template` filled with `before` and then the end of the `held` text, cut at its start
    so that the note fits HELD_NOTE_COLUMNS."""
    room = HELD_NOTE_COLUMNS - len(template.format(*before, ""))
    return template.format(*before, tail(held, room))


def tail(text: str, width: int) -> str:
    """`text` as it ends, at most `width` characters ("…" and the last width-1 when longer)."""
    return text if len(text) <= width else "…" + text[-(width - 1) :]
