"""The screen shown when the history file is damaged: what happened, and the way out (set the
file aside, kept, and start a fresh history) or Quit (play25 F2: Start only toasted, and the
answer typed next fired the home screen's keys)."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Label, Static

from ...core.errors import InterviewerError, StoreDamaged, StoreError
from ..plain import escaped, plain
from ..toasts import path_lines, toast_width
from ..widgets.app_footer import AppFooter
from ..widgets.app_header import AppHeader

if TYPE_CHECKING:
    from ..app import InterviewApp


def damage_text(error: StoreDamaged, rescued: Path | None = None) -> str:
    """What the screen says of the damaged file, of the answers `rescued` from the session
    under way (the file they are in), and of the way out."""
    path = Path(error.path)
    kept = ""
    if rescued is not None:
        kept = f"Your answers of this session are saved in {rescued}.\n\n"
    way_out = (
        f"Interviewer can move it aside, keeping it as {path.name}.damaged-DATE-TIME in the "
        "same folder, and start a fresh, empty history. Nothing is deleted: a tool such as "
        "sqlite3's .recover may rescue sessions from the kept file."
    )
    if error.kept is not None:
        kept += f"A copy of it as it was, with its -wal and -shm, is kept at {error.kept}.\n\n"
        # the file is not kept a second time when it holds nothing the copy does not (care43)
        way_out = (
            "Interviewer can start a fresh, empty history in its place. The copy above is "
            "kept (and the file itself too, moved aside, if anything was saved to it since "
            "the copy): a tool such as sqlite3's .recover may rescue sessions from it."
        )
    return (
        kept
        + f"The history file {path} is damaged, so sessions cannot be saved or read from it.\n\n"
        f"{way_out}\n\nSQLite says: {error.reason or error}."
    )


def set_aside_text(kept: Path, copy: str | None, width: int | None = None) -> str:
    """What the app says once the damaged file is set aside `kept`: one copy, or (`copy`, the
    copy taken when the damage was found, when the file differed from it) both. With `width`
    (a toast's, `toasts.toast_width`), each path is laid out as `toasts.path_lines` does: at
    40x15 the toast broke it mid-word (play60)."""
    second = copy is not None and Path(copy) != kept
    if width is not None:
        said = "A fresh history has started; the damaged file is kept as\n"
        said += path_lines(kept, width, break_name=True)
        if second:
            said += "\nand as it was before this program saved to it, as\n"
            said += path_lines(Path(str(copy)), width, break_name=True)
        return said
    said = f"A fresh history has started; the damaged file is kept as {kept}"
    if second:
        said += f", and as it was before this program saved to it at {copy}"
    return said


class DamagedHistoryScreen(Screen[None]):
    """Explains a damaged history file and offers to set it aside and start afresh."""

    BINDINGS = [
        Binding("m", "set_aside", "Move aside, start afresh", id="damaged.set_aside"),
        Binding("q", "quit_app", "Quit", show=False, id="damaged.quit"),
        Binding("escape", "back", "Back", id="damaged.back"),
    ]

    def __init__(
        self, error: StoreDamaged, *, can_go_back: bool = True, rescued: Path | None = None
    ) -> None:
        super().__init__()
        self.error = error
        self.rescued = rescued
        """The rescue file holding the answers of the session under way, if any."""
        self.can_go_back = can_go_back
        """False when nothing works without the way out (the file was refused at start)."""

    def compose(self) -> ComposeResult:
        yield AppHeader(show_clock=False)
        with VerticalScroll(id="damaged"):
            yield Label("Your history file is damaged", id="damaged-title")
            yield Static(plain(damage_text(self.error, self.rescued)), id="damaged-text")
            with Horizontal(id="damaged-buttons"):
                yield Button("Move it aside, start afresh", variant="primary", id="set-aside")
                yield Button("Quit", id="quit")
                if self.can_go_back:
                    yield Button("Back", id="back")
            yield Label("", id="damaged-status")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "history damaged"
        self.query_one("#set-aside", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.can_go_back
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {"set-aside": self.action_set_aside, "quit": self.action_quit_app}
        actions.get(event.button.id or "", self.action_back)()

    def action_set_aside(self) -> None:
        from ...core.store import Store
        from ...core.store.recovery import start_afresh

        app: InterviewApp = self.app  # type: ignore[assignment]
        old = app.store
        old.close()
        try:
            left = self.error.left or old.left  # refused at opening, or found in use
            fresh, kept = start_afresh(self.error.path, app.clock, kept=self.error.kept, left=left)
        except StoreError as err:
            with suppress(InterviewerError):  # back to the file as it was, damaged or not
                app.store = Store.open(old.path, clock=old.clock)
            self.query_one("#damaged-status", Label).update(plain(f"Not moved: {err}"))
            return
        app.store = fresh
        app.notify(
            escaped(set_aside_text(kept, self.error.kept, toast_width(app.size.width))),
            title="History set aside",
            timeout=15,
        )
        app.history_started_afresh()

    def action_quit_app(self) -> None:
        rescued = (
            f"\nYour answers of this session are saved in {self.rescued}" if self.rescued else ""
        )
        self.app.exit(return_code=2, message=Text(f"interviewer: {self.error}{rescued}"))

    def action_back(self) -> None:
        if self.can_go_back:
            self.dismiss()
