"""InterviewApp: the terminal shell around the headless core."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class InterviewApp(App[None]):
    """Placeholder home screen until the interview lands."""

    TITLE = "Interviewer"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Interviewer: timed mock interviews. Press q to quit.")
        yield Footer()

    BINDINGS = [("q", "quit", "Quit")]
