"""The topic checklist itself: a SelectionList whose unticked boxes are empty, and whose long
topic names wrap under themselves instead of being cut.

Textual draws the same "X" in every box and tells ticked from unticked by colour alone, which
read as "all ticked" in some themes and terminals (play23 F14: `▐X▌` for every state). Its
SelectionList also keeps one line per option (names were cut at 80 columns: "Evaluation
Metrics &…", play26 #18); here a topic takes the lines its name needs, the count in a column of
its own and the box on the first line. Imported only when the list is first mounted, as
SelectionList is (see TopicPicker).
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.content import Content
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.selection_list import Selection

from ...core.safe_text import screen_text
from .focus_marker import FOCUS_MARKER

GUTTER = len(ToggleButton.BUTTON_LEFT + ToggleButton.BUTTON_INNER + ToggleButton.BUTTON_RIGHT) + 1
"""The box and the space after it, left of every topic's first line."""


def topic_prompt(count: int, title: str) -> Table:
    """A topic's row: its number of questions, and its name (shown verbatim, never read as
    markup) wrapping under itself."""
    row = Table.grid(padding=(0, 1))
    row.add_column(justify="right", width=max(2, len(str(count))), no_wrap=True)
    row.add_column(overflow="fold")
    row.add_row(str(count), Text(screen_text(title)))
    return row


class TopicList(SelectionList[str]):
    """A SelectionList of topics: empty boxes when unticked, names wrapped when long."""

    DEFAULT_CSS = """
    TopicList {
        text-wrap: wrap;
    }
    """

    def add_topics(self, topics: list[tuple[str, int, str]]) -> None:
        """Add `(id, count, title)` topics, every one ticked."""
        selections = []
        for topic_id, count, title in topics:
            selection = Selection(Content(""), topic_id, True)
            # Selection keeps the first line of a text prompt; a grid wraps with its name
            selection._set_prompt(topic_prompt(count, title))
            selections.append(selection)
        self.add_options(selections)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        # SelectionList.render_line takes screen line y for option y: wrong once an option
        # has two lines. The option and the line of it come from OptionList's own map.
        line = OptionList.render_line(self, y)
        lines = self._lines
        number = self.scroll_offset.y + y
        if not 0 <= number < len(lines):
            return line
        index, offset = lines[number]
        underlying = next(iter(line)).style or self.rich_style
        if offset > 0:
            return Strip([Segment(" " * GUTTER, underlying), *line])
        selection = self.get_option_at_index(index)
        ticked = selection.value in self._selected
        component = "selection-list--button"
        if ticked:
            component += "-selected"
        if self.highlighted == index:
            component += "-highlighted"
        button_style = self.get_component_rich_style(component)
        side_style = Style.from_color(button_style.bgcolor, underlying.bgcolor)
        side_style += Style(meta={"option": index})
        button_style += Style(meta={"option": index})
        marked = self.has_focus and self.highlighted == index
        inner = ToggleButton.BUTTON_INNER if ticked else " " * len(ToggleButton.BUTTON_INNER)
        return Strip(
            [
                Segment(ToggleButton.BUTTON_LEFT, style=side_style),
                Segment(inner, style=button_style),
                Segment(ToggleButton.BUTTON_RIGHT, style=side_style),
                # the focus cue, where Textual leaves a space (see focus_marker)
                Segment(FOCUS_MARKER if marked else " ", style=underlying),
                *line,
            ]
        )
