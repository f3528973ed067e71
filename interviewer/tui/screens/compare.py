"""Two sessions side by side (core/report/side_by_side.py), opened from the history screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Label, Static

from ...core.report import format_when
from ...core.report.side_by_side import SideBySide
from ...core.report.side_by_side_html import to_html
from ...core.report.side_by_side_text import Section, sections, to_json, to_markdown
from ...core.safe_text import screen_text
from ..exports import ExportStatus, file_stamp, write_export
from ..plain import plain
from ..widgets.app_footer import AppFooter
from ..widgets.app_header import AppHeader
from ..widgets.hanging_text import HangingText


def section_table(section: Section, *, label_room: bool = True) -> Table:
    """A section as a table as wide as the screen's body, the change kept to one line and
    right-aligned at its right edge. Its first column takes the room left (`label_room`);
    else (the overall rows: short labels, figures beside them) the Change column does, so
    every table's Change ends at the same place (play61: the overall one ended at column 65 at
    120x40, the others at 96)."""
    table = Table(box=None, padding=(0, 1), expand=True, show_edge=False, header_style="bold")
    for index, header in enumerate(section.headers):
        if index == 0:
            table.add_column(header, ratio=1 if label_room else None, overflow="fold")
        else:
            figure = header == "Change"
            takes_room = figure and not label_room
            widest = max([len(header), *(len(row[index]) for row in section.rows)])
            table.add_column(
                header,
                justify="right" if figure else "left",
                no_wrap=figure,
                ratio=1 if takes_room else None,
                width=widest if takes_room else None,  # its least: the change is never cut
            )
    for row in section.rows:
        table.add_row(*(Text(screen_text(cell)) for cell in row))
    return table


class CompareScreen(Screen[None]):
    """Two stored sessions compared: overall, by topic, by level, question by question."""

    BINDINGS = [
        Binding("m", "export('md')", "Markdown", id="compare.export_md"),
        Binding("w", "export('html')", "HTML", id="compare.export_html"),
        Binding("j", "export('json')", "JSON", id="compare.export_json"),
        Binding("escape,q", "close", "Back", id="compare.back"),
    ]

    def __init__(self, compared: SideBySide, export_dir: Path) -> None:
        super().__init__()
        self.compared = compared
        self.export_dir = export_dir

    def compose(self) -> ComposeResult:
        one, two = self.compared.earlier, self.compared.later
        yield AppHeader(show_clock=False)
        with VerticalScroll(id="compare-body"):
            yield Label(
                plain(
                    f"Side by side · earlier {format_when(one.started_at)} · "
                    f"later {format_when(two.started_at)}"
                ),
                id="compare-title",
            )
            if self.compared.notes:
                notes = "\n".join(f"• {note}" for note in self.compared.notes)
                yield HangingText(notes, id="compare-notes")
            yield from self._sections()
        yield ExportStatus(id="compare-status")
        yield AppFooter()

    def _sections(self) -> Iterator[Widget]:
        for index, section in enumerate(sections(self.compared)):
            yield Label(section.title, classes="report-heading")
            if section.rows:
                # the overall rows read across: short labels, figures beside them
                table = section_table(section, label_room=index > 0)
                yield Static(table, classes="compare-table")
                if section.note:
                    yield Static(plain(section.note), classes="compare-note")
            else:
                yield Static(plain(section.empty), classes="compare-empty")

    def on_mount(self) -> None:
        self.sub_title = "Side by side"
        self.query_one("#compare-body").focus()

    def action_export(self, fmt: str) -> None:
        """Write what `interviewer compare EARLIER LATER --format md|html|json` prints, to
        `compare-STARTED-EARLIER-LATER.md` in the export folder (the report's are
        `practice-STARTED-SESSION.md`...): the earlier session's start, then both ids."""
        one, two = self.compared.earlier, self.compared.later
        stamp = file_stamp(one.started_at)
        path = self.export_dir / f"compare-{stamp}-{one.session_id[:8]}-{two.session_id[:8]}.{fmt}"
        render = {"md": to_markdown, "html": to_html, "json": to_json}[fmt]
        status = self.query_one("#compare-status", ExportStatus)
        write_export(self, path, render(self.compared), status)

    def action_close(self) -> None:
        self.app.pop_screen()
