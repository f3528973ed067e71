"""The topic checklist itself: a SelectionList whose unticked boxes are empty.

Textual draws the same "X" in every box and tells ticked from unticked by colour alone, which
read as "all ticked" in some themes and terminals (play23 F14: `▐X▌` for every state). Imported
only when the list is first mounted, as SelectionList is (see TopicPicker).
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist


class TopicList(SelectionList[str]):
    """A SelectionList that leaves the box of an unticked topic empty."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        if selection.value in self.selected:
            return strip
        segments = list(strip)
        inner = ToggleButton.BUTTON_INNER
        if len(segments) < 2 or segments[1].text != inner:
            return strip  # drawn otherwise than the Textual this was written for: leave it
        segments[1] = Segment(" " * len(inner), segments[1].style, segments[1].control)
        return Strip(segments, strip.cell_length)
