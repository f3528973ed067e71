"""Every past session: a table, a trend of scores, filtering by bank, opening and deleting."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.geometry import Size
from textual.widgets import DataTable, Label, Select

from ...core.errors import InterviewerError
from ...core.report import (
    format_duration,
    format_when,
    format_when_short,
    levels_so_far,
    score_trend,
    session_level,
    session_score_cell,
    trend_text,
)
from ...core.safe_text import screen_text
from ...core.session import answer_counts, session_progress, session_status
from ...core.store import Store, StoredSession
from ..plain import cut_to, plain
from ..widgets.app_footer import MIN_COLUMNS, MIN_ROWS, AppFooter
from ..widgets.app_header import AppHeader
from ..widgets.trend import TrendBars
from .compare_mark import MARK_BINDINGS, CompareMarking
from .dialogs import ConfirmScreen

ALL_BANKS = "__all__"
COLUMNS = ("Date", "Bank", "Mode", "Qs", "Score", "Adaptive", "Time")
"""Every column fits at 80 columns, with the unfinished mark and a scrollbar (play24 D1: "Time"
was cut to "Ti"): the bank id is cut to BANK_CELLS, "adaptive" has a column of its own (the
level reached) instead of widening the mode, and skipped questions read "+1 skip"."""
NARROW_COLUMNS = ("Date", "Score", "Time", "Qs", "Mode", "Bank", "Adaptive")
"""The columns under 80 columns, what a session scored and took first: at 60 columns Time (the
last of COLUMNS) was behind the horizontal scroll (play54, play55). In this order Date, Score
and Time stay in sight down to 34 columns, with the unfinished mark; ←→ reach the rest.
Adaptive is left out when no session listed is adaptive (a column of dashes; play56: at 60
columns it kept the table wider than the screen, Bank cut, for nothing)."""
BANK_CELLS = 10
"""A bank id is cut to this at 80 columns; each column more gives it one more cell."""
LEVEL_CELLS = {"intermediate": "interm."}
UNFINISHED_MARK = "*"
"""Marks an unfinished session's row, in a first column of its own that only a list with one
(or a closed session) has: "unfinished" in the Time cell was cut to "0:06 un" at 80 columns."""
CLOSED_MARK = "×"
"""Marks a session closed before all its questions were answered, as the CLI's `closed`
(play26 F12: the TUI listed a closed session like a finished one)."""
UNFINISHED_NOTE = f"{UNFINISHED_MARK} unfinished: resume on Home or `interviewer resume`"
"""Short enough for 60 columns: the longer wording was cut mid-word there (play23 F14)."""
CLOSED_NOTE = f"{CLOSED_MARK} closed before the end: not resumable"
STATUS_MARKS = {"unfinished": UNFINISHED_MARK, "closed": CLOSED_MARK, "finished": ""}


def answered_cell(session: StoredSession) -> str:
    """`3`, `3 +1 skip` when questions were skipped, `3 +1 blank` when time ran out on one
    with nothing typed (`answer_counts`)."""
    return answer_counts(session, skipped="skip", unanswered="blank")


def adaptive_cell(session: StoredSession, so_far: str | None = None) -> str:
    """`-` for a session that was not adaptive; else the level it reached (`interm.` for
    intermediate), or while it is unfinished the level held so far (`so_far`), as its report
    and `interviewer history` say it (`session_level`): `none` when it has held none."""
    level = session_level(session, so_far)
    return LEVEL_CELLS.get(level, level)


class SessionsTable(DataTable[Text]):
    """The sessions, a row at a time; ←→ show the columns out of sight at the right and go
    back to the left edge in one press (DataTable's own step is one cell: at 60 columns Time
    took 16 presses to come into sight, played for play52's finding)."""

    def action_cursor_right(self) -> None:
        self.scroll_to(x=self.max_scroll_x, animate=False)

    def action_cursor_left(self) -> None:
        self.scroll_to(x=0, animate=False)


def cut_columns(table: DataTable[Text]) -> list[str]:
    """The labels of the columns that do not fit whole in the table's width, scrolled to its
    left edge: those a horizontal scroll hides."""
    width = table.scrollable_content_region.width
    edge, cut = 0, []
    for column in table.columns.values():
        edge += column.get_render_width(table)
        if edge > width:
            cut.append(column.label.plain)
    return cut


class HistoryScreen(CompareMarking):
    """The history of sessions, newest first."""

    BINDINGS = [
        # A priority binding so that the footer shows it over the table's own (hidden) Enter.
        Binding("enter", "open", "Open report", id="history.open", priority=True),
        Binding("d", "delete", "Delete", id="history.delete"),
        *MARK_BINDINGS,
        Binding("escape,q", "close", "Back", id="history.back"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.sessions: list[StoredSession] = []
        self._shown_bank: str | None = None
        self._short_dates = False
        """Whether the dates read `6 Jan 09:00` (under 80 columns: the 18-cell date with its
        year was the widest column at 60, import53) rather than `2025-01-06 09:00`."""
        self._more_said = ""
        """The line under the table as last said (`_say_more`)."""

    def compose(self) -> ComposeResult:
        yield AppHeader(show_clock=False)
        with Horizontal(id="history-filter"):
            yield Label("Bank ", classes="field-label")
            yield Select([], prompt="All banks", id="history-bank", compact=True)
        yield Label("", id="trend-label")
        yield TrendBars(id="trend")
        table = SessionsTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Label("", id="history-empty")
        yield table
        yield Label("", id="history-more")
        yield Label(plain(self._unfinished_note), id="history-note")
        yield Label("", id="compare-mark")
        yield AppFooter()

    @property
    def _unfinished_note(self) -> str:
        """The note under the table, with how the user runs the program (--data-dir DIR)."""
        command = getattr(self.app, "command", "interviewer")
        return UNFINISHED_NOTE.replace("`interviewer resume`", f"`{command} resume`")

    def on_mount(self) -> None:
        self.sub_title = "History"
        table = self.query_one("#sessions", DataTable)
        self.reload()
        banks = sorted({s.bank_id for s in self.sessions})
        self.query_one("#history-bank", Select).set_options([(plain(b), b) for b in banks])
        self.show_mark()
        table.focus()

    @on(Select.Changed, "#history-bank")
    def _bank_chosen(self) -> None:
        # Filling the options posts a change too: reload only when the filter really moved.
        if self._bank_filter() != self._shown_bank:
            self.reload()

    def _bank_filter(self) -> str | None:
        value = self.query_one("#history-bank", Select).value
        return value if isinstance(value, str) else None

    def reload(self) -> None:
        """Read the sessions (of the chosen bank) again and redraw the table and the trend."""
        bank = self._shown_bank = self._bank_filter()
        try:
            self.sessions = self.store.list_sessions(bank)
            so_far = levels_so_far(self.store, self.sessions)
        except InterviewerError as err:
            self._read_failed(err)
            return
        table = self.query_one("#sessions", DataTable)
        statuses = [session_status(s) for s in self.sessions]
        marked = any(status != "finished" for status in statuses)
        bank_cells = BANK_CELLS + max(0, self.app.size.width - 80)
        self._short_dates = self.app.size.width < MIN_COLUMNS
        now = self.app.clock.now()  # type: ignore[attr-defined]
        table.clear(columns=True)
        order: tuple[str, ...] = NARROW_COLUMNS if self._short_dates else COLUMNS
        if self._short_dates and not any(s.config.adaptive for s in self.sessions):
            # a column of dashes only: under 80 columns it pushed Bank out of sight (play56)
            order = tuple(name for name in order if name != "Adaptive")
        table.add_columns(*([""] if marked else []), *order)
        # Plain Text cells: no markup to parse in a thousand rows (nor in a bank id).
        for session, status in zip(self.sessions, statuses, strict=True):
            mark = [Text(STATUS_MARKS[status])] if marked else []
            cells = {
                "Date": format_when_short(session.started_at, now)
                if self._short_dates
                else format_when(session.started_at),
                "Bank": cut_to(screen_text(session.bank_id), bank_cells),
                "Mode": session.mode,
                "Qs": answered_cell(session),
                "Score": session_score_cell(session),
                "Adaptive": adaptive_cell(session, so_far.get(session.id)),
                "Time": format_duration(session),
            }
            table.add_row(*mark, *(Text(cells[name]) for name in order), key=session.id)
        # one bank's finished sessions (core/report's rule, as the report's comparison)
        trend = score_trend(self.sessions, bank)
        scores = trend.scores
        bars = self.query_one("#trend", TrendBars)
        bars.scores = scores
        self._fit(self.app.size)
        self.refresh_bindings()
        label = self.query_one("#trend-label", Label)
        label.display = bool(self.sessions)
        label.update(plain(trend_text(trend, bank)))
        empty = self.query_one("#history-empty", Label)
        empty.display = not self.sessions
        table.display = bool(self.sessions)
        note = self.query_one("#history-note", Label)
        # plain: the command holds the --data-dir path, which is text, not markup (ux35)
        note.update(
            plain(
                "\n".join(
                    text
                    for text, status in (
                        (self._unfinished_note, "unfinished"),
                        (CLOSED_NOTE, "closed"),
                    )
                    if status in statuses
                )
            )
        )
        note.display = marked
        filtered = bank is not None
        self.query_one("#history-filter").display = bool(self.sessions) or filtered
        if filtered:
            empty.update(plain(f"No sessions of bank '{bank}' yet."))
        else:
            command = getattr(self.app, "command", "interviewer")
            empty.update(
                plain(
                    "No sessions yet.\n\nPress Escape for the home screen and Enter on Start "
                    f"to begin one,\nor run `{command} start` in a terminal."
                )
            )

    def _read_failed(self, err: InterviewerError) -> None:
        """The history could not be read (a file found damaged only now, or locked): this
        screen leaves, and the app says why, a damaged file with the screen that sets it aside
        (play56: `h` after Back on that screen ended the app with a StoreDamaged traceback)."""
        self.sessions = []
        app = self.app
        if app.screen is self:
            app.pop_screen()
        app.store_failed(err, "The history cannot be read: ")  # type: ignore[attr-defined]

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        """Under 24 rows, the trend in words only and no blank rows between the parts: at
        60x15 the bars and margins left the table one session row (play51)."""
        if (size.width < MIN_COLUMNS) != self._short_dates and self.sessions:
            self.reload()  # the dates in the other width's form; reload fits again
            return
        short = size.height < MIN_ROWS
        self.set_class(short, "-short")
        bars = self.query_one("#trend", TrendBars)
        bars.display = len(bars.scores) > 1 and not short
        self.call_after_refresh(self._say_more)

    def _say_more(self, again: int = 2) -> None:
        """Under the table, when its rows do not all fit: how many there are, and how to
        reach them (a one-cell scrollbar beside one row was all that said so at 60x15); when
        its columns do not all fit, which are out of sight and that ←→ reach them (at 60
        columns Adaptive and Time were behind a horizontal scroll with no word of it,
        play52).

        The line takes rows from the table: then its rows may no longer fit, and the vertical
        scrollbar that appears takes columns too. So it is measured again once it shows, up to
        `again` times (at 40x10 it named `Mode, Bank` while Qs was cut too, play56)."""
        table = self.query_one("#sessions", DataTable)
        more = self.query_one("#history-more", Label)
        rows_hidden = table.display and table.max_scroll_y > 0
        cut = cut_columns(table) if table.display else []
        parts = [f"{len(self.sessions)} sessions: ↑↓ to scroll"] if rows_hidden else []
        parts += [f"←→ for {', '.join(cut)}"] if cut else []
        said = "; ".join(parts)
        changed = said != self._more_said or more.display != bool(parts)
        self._more_said = said
        more.update(said)
        more.display = bool(parts)
        if changed and again > 0:
            self.call_after_refresh(self._say_more, again - 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open" and not isinstance(self.focused, DataTable):
            return False  # Enter belongs to the bank filter then
        if action in ("mark", "compare"):
            return bool(self.sessions) and self.can_mark(action)
        return bool(self.sessions) or action not in ("open", "delete")

    def _selected(self) -> StoredSession | None:
        table = self.query_one("#sessions", DataTable)
        if not self.sessions or table.cursor_row < 0 or table.cursor_row >= len(self.sessions):
            return None
        return self.sessions[table.cursor_row]

    @on(DataTable.RowSelected, "#sessions")
    def _row_clicked(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        session = self._selected()
        if session is not None:
            self.app.open_report(session.id)  # type: ignore[attr-defined]

    def action_delete(self) -> None:
        session = self._selected()
        if session is None:
            return

        def delete(confirmed: bool | None) -> None:
            if confirmed:
                try:
                    self.store.delete_session(session.id)
                except InterviewerError as err:  # uncaught, it ended the app (robust67)
                    self.app.store_failed(err, "The session could not be deleted: ")  # type: ignore[attr-defined]
                    return
                self.forget_mark(session.id)
                self.notify("Session deleted.")
                self.reload()

        when = format_when(session.started_at)
        self.app.push_screen(
            ConfirmScreen(
                "Delete this session?",
                f"{screen_text(session.bank_id)}, {when}, {session_progress(session)}. "
                "This cannot be undone.",
                confirm="Delete",
            ),
            delete,
        )

    def action_close(self) -> None:
        self.app.go_home()  # type: ignore[attr-defined]
