"""The home screen's topic checklist (tui/widgets/topic_picker.py), in an app of its own."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pilot_helpers import wait_for
from textual.app import App, ComposeResult
from textual.widgets import Label, SelectionList

from interviewer.core.bank import Bank, load_bank
from interviewer.tui.widgets.topic_picker import TopicPicker, topics_label

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


class PickerApp(App[None]):
    def __init__(self, bank: Bank | None) -> None:
        super().__init__()
        self.bank = bank

    def compose(self) -> ComposeResult:
        yield TopicPicker(id="home-topics")


def test_the_heading_says_what_the_ticks_mean() -> None:
    assert topics_label(4, 4) == "Topics: all"
    assert topics_label(3, 4) == "Topics: 3 of 4"
    assert topics_label(0, 4) == "Topics: all (none ticked)"


async def test_each_topic_is_listed_with_its_count_and_ticks_are_counted() -> None:
    app = PickerApp(load_bank(MINI))
    async with app.run_test(size=(60, 20)) as pilot:
        picker = app.query_one(TopicPicker)
        assert not app.query("#topics")  # mounted when first needed
        picker.show_topics(app.bank)
        await pilot.pause()
        topics = app.query_one("#topics", SelectionList)
        shown = [topics.render_line(y).text.rstrip() for y in range(topics.option_count)]
        assert shown == ["▐X▌  1 Basics", "▐X▌  2 Models"]
        assert str(app.query_one("#topics-title", Label).render()) == "Topics: all"
        assert picker.selected == []  # every topic
        topics.deselect("basics")
        title = app.query_one("#topics-title", Label)
        await wait_for(pilot, lambda: str(title.render()) != "Topics: all")
        assert picker.selected == ["models"]
        assert str(title.render()) == "Topics: 1 of 2"


async def test_every_box_shows_ticked_while_every_topic_is_asked() -> None:
    """play25 D1: "Topics: all" showed every box empty, so an empty box meant "included"."""
    app = PickerApp(load_bank(MINI))
    async with app.run_test(size=(60, 20)) as pilot:
        picker = app.query_one(TopicPicker)
        picker.show_topics(app.bank)
        await pilot.pause()
        topics = app.query_one("#topics", SelectionList)
        lines = [topics.render_line(y).text for y in range(2)]
        assert all(line.startswith("▐X▌") for line in lines), lines
        topics.deselect_all()
        title = app.query_one("#topics-title", Label)
        await wait_for(pilot, lambda: str(title.render()) == "Topics: all (none ticked)")
        assert picker.selected == []  # none ticked still asks every topic
        lines = [topics.render_line(y).text for y in range(2)]
        assert all(line.startswith("▐ ▌") for line in lines), lines


async def test_focusing_the_list_highlights_and_names_the_first_topic() -> None:
    app = PickerApp(load_bank(MINI))
    async with app.run_test(size=(60, 20)) as pilot:
        app.query_one(TopicPicker).show_topics(app.bank)
        await pilot.pause()
        topics = app.query_one("#topics", SelectionList)
        topics.focus()
        name = app.query_one("#topic-name", Label)
        await wait_for(pilot, lambda: str(name.render()) != "")
        assert topics.highlighted == 0
        assert str(name.render()) == "Basics"


async def test_with_no_bank_the_list_is_empty() -> None:
    app = PickerApp(None)
    async with app.run_test(size=(60, 20)) as pilot:
        picker = app.query_one(TopicPicker)
        picker.show_topics(app.bank)
        await pilot.pause()
        assert app.query_one("#topics", SelectionList).option_count == 0
        assert picker.selected == []


async def test_a_long_topic_name_wraps_under_itself_with_one_box() -> None:
    """play26 #18: at 80 columns names were cut ("Evaluation Metrics &…") in a list with
    rows to spare; a name now takes two lines, its box and count on the first, the rest under
    the name, and ticks still go to the right topic."""
    mini = load_bank(MINI)
    first = dataclasses.replace(mini.topics[0], title="Evaluation Metrics & Model Performance")
    bank = dataclasses.replace(mini, topics=(first, *mini.topics[1:]))
    app = PickerApp(bank)
    async with app.run_test(size=(32, 20)) as pilot:
        picker = app.query_one(TopicPicker)
        picker.show_topics(app.bank)
        await pilot.pause()
        topics = app.query_one("#topics", SelectionList)
        topics.deselect("models")
        await pilot.pause()
        shown = [topics.render_line(y).text.rstrip() for y in range(3)]
        assert shown == [
            "▐X▌  1 Evaluation Metrics &",
            "       Model Performance",
            "▐ ▌  2 Models",
        ]
        assert "…" not in "".join(shown)
