"""The bank browser: topics, levels and prompts, with the reference answer on request."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ...core.bank import LEVELS, Bank, Question
from ...core.catalog import shared_id_note
from ...core.grading.story_keys import graded_as_story
from ..plain import plain, reflowed
from ..widgets.app_footer import AppFooter
from ..widgets.app_header import AppHeader
from ..widgets.focus_marker import MarkedOptionList
from ..widgets.hanging_text import hanging_item

ALL = "__all__"
LEVEL_FILTERS = (ALL, *LEVELS)
LEVEL_TAGS = {"beginner": "B", "intermediate": "I", "expert": "E"}


def question_text(question: Question, bank: Bank, *, reveal: bool) -> str:
    """The detail pane: the whole prompt, where it sits, its hint, and the reference when
    revealed."""
    lines = [
        question.prompt,
        "",
        f"{question.id} · {bank.topic_title(question.topic)} · {question.level}",
        _graded_how(question),
    ]
    if question.hint:
        lines.append(f"Hint: {question.hint}")
    lines.append("")
    if question.self_rated:
        lines.append("No reference answer: after answering, you rate your own answer.")
    elif not question.has_reference:
        # a story question of an imported list (rubric: star) is graded, not self-rated (play67)
        lines.append("No sample answer: your story is graded by its parts, as said above.")
    elif reveal:
        lines += ["Reference answer", reflowed(question.reference_answers[0])]
    else:
        lines.append("Reference answer hidden: press Enter to reveal it (try answering first).")
    return "\n".join(lines)


def _graded_how(question: Question) -> str:
    if question.rubric == "star":
        return "Graded by its STAR structure: situation, task, action, result, reflection"
    if graded_as_story(question):
        return (
            "Graded as a story (STAR: situation, task, action, result, reflection): its key "
            "says what a good answer does"
        )
    if question.concepts:
        count = len(question.concepts)
        return f"Rubric: {count} concept{'s' if count != 1 else ''}"
    if question.reference_answers:
        return "Graded against its reference answer (no rubric)"
    return "Not graded: no reference answer"


class BankBrowserScreen(Screen[None]):
    """Every question of one bank, filtered by topic and level."""

    BINDINGS = [
        Binding("l", "level", "Level", id="browser.level"),
        Binding("enter", "reveal", "Reveal reference", id="browser.reveal"),
        Binding("p", "practise", "Practise it", id="browser.practise"),
        Binding("escape,q", "close", "Back", id="browser.back"),
    ]

    def __init__(self, bank: Bank, sharing_id: Sequence[Bank] = ()) -> None:
        """`sharing_id`: the other banks with this bank's id (see `catalog.sharing_id`)."""
        super().__init__()
        self.bank = bank
        self.shared_note = shared_id_note(bank, sharing_id)
        self.topic = ALL
        self.level = ALL
        self.shown: list[Question] = []
        self.revealed: set[str] = set()

    def compose(self) -> ComposeResult:
        yield AppHeader(show_clock=False)
        with Horizontal(id="browser"):
            with Vertical(id="browser-side"):
                yield Label("Topics", classes="browser-heading")
                yield MarkedOptionList(*self._topic_options(), id="browser-topics", compact=True)
            with Vertical(id="browser-main"):
                yield Static(
                    self.shared_note,
                    id="browser-shared",
                    classes="shared-id -shown" if self.shared_note else "shared-id",
                    markup=False,
                )
                yield Label("", id="browser-filter")
                yield MarkedOptionList(id="browser-questions", compact=True)
                with VerticalScroll(id="browser-detail"):
                    yield Static("", id="browser-question")
        yield AppFooter()

    def _topic_options(self) -> list[Option]:
        options = [Option(plain(f"All topics ({len(self.bank)})"), id=ALL)]
        for topic in self.bank.topics:
            count = sum(1 for q in self.bank if q.topic == topic.id)
            options.append(Option(plain(f"{topic.title} ({count})"), id=topic.id))
        return options

    def on_mount(self) -> None:
        named = f" ({self.bank.source.name})" if self.shared_note and self.bank.source else ""
        self.sub_title = f"Browse · {self.bank.title}{named}"
        self._fill()
        self.query_one("#browser-questions").focus()

    def _fill(self) -> None:
        self.shown = [
            q
            for q in self.bank
            if (self.topic == ALL or q.topic == self.topic)
            and (self.level == ALL or q.level == self.level)
        ]
        self.shown.sort(key=lambda q: (LEVELS.index(q.level) if q.level in LEVELS else 9, q.id))
        questions = self.query_one("#browser-questions", OptionList)
        questions.clear_options()
        # The level tag only when every level is listed, and then with its legend.
        tagged = self.level == ALL
        questions.add_options(
            [
                Option(
                    hanging_item(f"{LEVEL_TAGS.get(q.level, '?')} ", q.prompt)
                    if tagged
                    else plain(q.prompt),
                    id=q.id,
                )
                for q in self.shown
            ]
        )
        level = "every level: B beginner, I intermediate, E expert" if tagged else self.level
        topic = "all topics" if self.topic == ALL else self.bank.topic_title(self.topic)
        count = f"{len(self.shown)} question{'' if len(self.shown) == 1 else 's'}"
        self.query_one("#browser-filter", Label).update(plain(f"{count} · {topic} · {level}"))
        if self.shown:
            questions.highlighted = 0
        self._show_detail()

    @property
    def question(self) -> Question | None:
        index = self.query_one("#browser-questions", OptionList).highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.shown[index]

    def _show_detail(self) -> None:
        question = self.question
        detail = self.query_one("#browser-question", Static)
        if question is None:
            detail.update("No question of this level on this topic.")
            return
        detail.update(
            plain(question_text(question, self.bank, reveal=question.id in self.revealed))
        )

    @on(OptionList.OptionHighlighted, "#browser-topics")
    def _topic_chosen(self, event: OptionList.OptionHighlighted) -> None:
        self.topic = event.option.id or ALL
        self._fill()

    @on(OptionList.OptionHighlighted, "#browser-questions")
    def _question_chosen(self) -> None:
        self._show_detail()

    @on(OptionList.OptionSelected, "#browser-questions")
    def _question_selected(self) -> None:
        self.action_reveal()

    def action_level(self) -> None:
        index = LEVEL_FILTERS.index(self.level)
        self.level = LEVEL_FILTERS[(index + 1) % len(LEVEL_FILTERS)]
        self._fill()

    def action_reveal(self) -> None:
        question = self.question
        if question is None:
            return
        self.revealed ^= {question.id}
        self._show_detail()

    def action_practise(self) -> None:
        """A one-question practice session on the highlighted question."""
        from ...core.session import SessionConfig

        question = self.question
        if question is None:
            return
        config = SessionConfig(
            bank_id=self.bank.id, mode="practice", count=1, question_ids=(question.id,)
        )
        self.app.start_session(self.bank, config)  # type: ignore[attr-defined]

    def action_close(self) -> None:
        self.app.pop_screen()
