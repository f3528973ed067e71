"""The topic checklist beside the home menu: a bank's topics with their number of questions
(every one ticked at first: every topic is asked), and the whole name of the highlighted one
below it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label

from ..plain import plain

if TYPE_CHECKING:
    from ...core.bank import Bank
    from .topic_list import TopicList


def topics_label(ticked: int, total: int) -> str:
    """The topic list's heading, saying what the ticks mean now. Every topic starts ticked;
    unticking them all asks every topic too, rather than none (play25 D1)."""
    if ticked == total:
        return "Topics: all"
    if ticked == 0:
        return "Topics: all (none ticked)"
    return f"Topics: {ticked} of {total}"


class TopicPicker(Vertical):
    """The topics of a bank (the one chosen on the home screen), to tick; `show_topics` gives
    it the bank."""

    class Changed(Message):
        """The topics ticked changed (or the bank, and with it the topics)."""

        def __init__(self, selected: tuple[str, ...]) -> None:
            super().__init__()
            self.selected = selected
            """The ids of the topics asked; empty means every topic (all ticked, or none)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._bank: Bank | None = None

    def compose(self) -> ComposeResult:
        yield Label(topics_label(0, 0), id="topics-title")
        # The checklist itself is mounted when first needed, just after the first paint: see
        # HomeScreen._show_bank.
        yield Label("", id="topic-name")

    @property
    def selected(self) -> list[str]:
        """The ids of the topics a session asks, empty for every topic: all ticked, or none
        (mounting the checklist if it is not yet)."""
        topics = self._topics()
        ticked = topics.selected
        return [] if len(ticked) == topics.option_count else ticked

    def _topics(self) -> TopicList:
        """The topic checklist, mounted when first needed."""
        from .topic_list import TopicList

        found = self.query("#topics")
        if found:
            return found.first(TopicList)
        topics = TopicList(id="topics", compact=True)
        self.mount(topics, before="#topic-name")
        return topics

    def show_topics(self, bank: Bank | None) -> None:
        """`bank`'s topics in the checklist, each with its number of questions."""
        self._bank = bank
        topics = self._topics()
        topics.clear_options()
        if bank is None:
            return
        counts = {t.id: sum(1 for q in bank if q.topic == t.id) for t in bank.topics}
        # Every topic ticked: a session asks them all until some are unticked (play25 D1).
        topics.add_topics([(t.id, counts[t.id], t.title) for t in bank.topics])
        self._topics_changed()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Tabbing into the topic list highlights its first topic: with none highlighted
        nothing showed where the cursor was, and Space did nothing until an arrow key."""
        if event.widget.id == "topics":
            topics = self._topics()
            if topics.highlighted is None and topics.option_count:
                topics.highlighted = 0

    # Handlers by name: SelectionList is imported only once mounted (see _topics).
    def on_selection_list_selected_changed(self) -> None:
        self._topics_changed()

    def on_selection_list_selection_highlighted(self) -> None:
        self._topic_highlighted()

    def _topics_changed(self) -> None:
        topics = self._topics()
        self.query_one("#topics-title", Label).update(
            topics_label(len(topics.selected), topics.option_count)
        )
        self.post_message(self.Changed(tuple(self.selected)))

    def _topic_highlighted(self) -> None:
        """The whole name of the highlighted topic (names are cut in a narrow list)."""
        topics = self._topics()
        bank = self._bank
        index = topics.highlighted
        if bank is None or index is None or not 0 <= index < len(bank.topics):
            return
        topic = bank.topics[index]
        self.query_one("#topic-name", Label).update(plain(topic.title))
