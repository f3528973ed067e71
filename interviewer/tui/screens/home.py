"""The home screen: choose a bank and how to be interviewed, then start, resume or review."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Header,
    Input,
    Label,
    Select,
    SelectionList,
    Static,
)

from ...core.bank import Bank
from ...core.session import SessionConfig
from ...core.store import StoredSession

TIMINGS: list[tuple[str, str]] = [
    ("By level: 1:30 / 2:30 / 4:00", "default"),
    ("1 minute each", "60"),
    ("2 minutes each", "120"),
    ("3 minutes each", "180"),
    ("5 minutes each", "300"),
    ("Untimed", "untimed"),
]
MODES: list[tuple[str, str]] = [
    ("Interview: feedback at the end", "interview"),
    ("Practice: feedback after each answer", "practice"),
]


class HomeScreen(Screen[None]):
    """Settings for a new session, and the way back into an unfinished one."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start", priority=True, id="home.start"),
        Binding("r", "resume", "Resume", id="home.resume"),
        Binding("v", "review", "Review", id="home.review"),
        Binding("h", "history", "History", id="home.history"),
    ]

    def __init__(self, banks: list[Bank], unfinished: StoredSession | None) -> None:
        super().__init__()
        self.banks = banks
        self.unfinished = unfinished

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="home"):
            with VerticalScroll(id="home-settings"):
                yield Static("", id="bank-title")
                with Horizontal(classes="field"):
                    yield Label("Bank", classes="field-label")
                    yield Select(
                        [(b.title, b.id) for b in self.banks],
                        value=self.banks[0].id if self.banks else Select.BLANK,
                        allow_blank=not self.banks,
                        id="bank",
                        compact=True,
                    )
                with Horizontal(classes="field"):
                    yield Label("Mode", classes="field-label")
                    yield Select(
                        MODES, value="interview", allow_blank=False, id="mode", compact=True
                    )
                with Horizontal(classes="field"):
                    yield Label("Questions", classes="field-label")
                    yield Input("10", type="integer", id="count", compact=True, max_length=3)
                with Horizontal(classes="field"):
                    yield Label("Timing", classes="field-label")
                    yield Select(
                        TIMINGS, value="default", allow_blank=False, id="timing", compact=True
                    )
                with Horizontal(classes="field"):
                    yield Label("", classes="field-label")
                    yield Checkbox("Adaptive difficulty", id="adaptive", compact=True)
                with Horizontal(id="home-buttons"):
                    yield Button("Start", variant="primary", id="start", compact=True)
                    yield Button("Review", id="review", compact=True)
                    yield Button("History", id="history", compact=True)
                yield Label("", id="resume-note")
                yield Button("Resume", variant="success", id="resume", compact=True)
            with Vertical(id="home-topics"):
                yield Label("Topics (none ticked = all)", id="topics-title")
                yield SelectionList[str](id="topics", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Timed mock interviews, graded offline"
        self._show_bank()
        self._show_unfinished()
        if not self.banks:
            self.notify("No bank could be loaded: see `interviewer bank list`.", severity="error")
        self.query_one("#start", Button).focus()

    def _show_unfinished(self) -> None:
        note = self.query_one("#resume-note", Label)
        button = self.query_one("#resume", Button)
        session = self.unfinished
        button.display = note.display = session is not None
        if session is not None:
            started = session.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            total = session.config.count
            note.update(
                f"Unfinished: {session.bank_id}, {session.answer_count} of {total} "
                f"answered, started {started}."
            )

    @property
    def bank(self) -> Bank | None:
        value = self.query_one("#bank", Select).value
        return next((b for b in self.banks if b.id == value), None)

    @on(Select.Changed, "#bank")
    def _show_bank(self) -> None:
        bank = self.bank
        topics = self.query_one("#topics", SelectionList)
        topics.clear_options()
        if bank is None:
            return
        levels = ", ".join(
            f"{sum(q.level == level for q in bank)} {level}"
            for level in ("beginner", "intermediate", "expert")
        )
        self.query_one("#bank-title", Static).update(
            f"{bank.title}\n{len(bank)} questions: {levels}"
        )
        counts = {t.id: sum(1 for q in bank if q.topic == t.id) for t in bank.topics}
        topics.add_options([(f"{t.title} ({counts[t.id]})", t.id) for t in bank.topics])
        self.app.warm_grader(bank)  # type: ignore[attr-defined]

    def config(self, *, review: bool = False) -> SessionConfig | None:
        """The session the form describes, or None (and a message) if it is incomplete."""
        bank = self.bank
        if bank is None:
            self.notify("Choose a bank first.", severity="warning")
            return None
        raw = self.query_one("#count", Input).value.strip() or "10"
        count = int(raw) if raw.isdigit() else 0
        if not 1 <= count <= len(bank):
            self.notify(f"Questions: choose 1 to {len(bank)}.", severity="warning")
            self.query_one("#count", Input).focus()
            return None
        timing = str(self.query_one("#timing", Select).value)
        return SessionConfig(
            bank_id=bank.id,
            mode=str(self.query_one("#mode", Select).value),
            count=count,
            topics=tuple(self.query_one("#topics", SelectionList).selected),
            adaptive=self.query_one("#adaptive", Checkbox).value,
            untimed=timing == "untimed",
            time_limit=int(timing) if timing.isdigit() else None,
            review=review,
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "resume" and self.unfinished is None)

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        config = self.config()
        if config is not None and self.bank is not None:
            self.app.start_session(self.bank, config)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#review")
    def action_review(self) -> None:
        config = self.config(review=True)
        if config is not None and self.bank is not None:
            self.app.start_session(self.bank, config)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#resume")
    def action_resume(self) -> None:
        if self.unfinished is None:
            self.notify("There is no unfinished session.")
            return
        self.app.resume_session(self.unfinished)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#history")
    def action_history(self) -> None:
        self.app.open_history()  # type: ignore[attr-defined]
