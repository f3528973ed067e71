"""The answer editor and the hint panel shown above it."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Edit, EditResult

from ...core.bank import Bank, Question
from ...core.practice import hint_steps, word_count
from ...core.safe_text import answer_text
from ..plain import plain

CONCEPT_HINT = "Think about: "


def words_label(text: str) -> str:
    """`1 word`, `12 words`."""
    words = word_count(text)
    return f"{words} word{'s' if words != 1 else ''}"


class AnswerEditor(TextArea):
    """A soft-wrapping editor that shows its word count in its bottom border. What is typed,
    pasted or loaded goes through `answer_text`, as the answer is kept: a pasted bidi override
    or ESC never reaches the screen, where it had reordered words and shifted the border.

    Characters typed faster than they are drawn go in as one edit: a terminal without
    bracketed paste sends a paste as one key per character, and one edit per key (each
    wrapping the paragraph again, moving the cursor, counting the words) took 19 s for 2,000
    characters, during which the clock on screen stood still (play27 minor 4). Read the
    answer with `answer`, which takes in the keys still waiting.

    `ctrl+a` selects the whole answer, as it does in a browser's or a form's text box, so that
    `ctrl+a` `Delete` clears it (TextArea had it go to the line's start, as `home` does: a
    20,000-character paste took as many keys to clear, play60); `ctrl+z` brings it back.
    """

    BINDINGS = [Binding("ctrl+a", "select_all", "Select all", show=False)]

    def __init__(self, text: str = "", **kwargs: object) -> None:
        text = answer_text(text)
        super().__init__(
            text,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            **kwargs,  # type: ignore[arg-type]
        )
        self.border_subtitle = words_label(text)
        self._typed: list[str] = []
        """Characters typed and not yet in the text: they go in together when the keys
        already queued behind them have been read."""

    @property
    def answer(self) -> str:
        """The text, with every key typed so far in it."""
        self.take_typed()
        return self.text

    def take_typed(self) -> None:
        """Put the characters typed and not yet in the text into it, as one edit."""
        if not self._typed:
            return
        typed, self._typed = "".join(self._typed), []
        if not self.read_only:
            start, end = self.selection
            self.replace(typed, start, end, maintain_selection_offset=False)

    async def _on_key(self, event: events.Key) -> None:
        if not self.read_only and (event.key == "enter" or event.is_printable):
            event.stop()
            event.prevent_default()  # TextArea's own handler would insert it now
            if not self._typed:
                self.call_later(self.take_typed)
            self._typed.append("\n" if event.key == "enter" else event.character or "")
            return
        self.take_typed()  # before any other key (backspace, arrows) acts on the text

    async def _on_paste(self, event: events.Paste) -> None:
        self.take_typed()  # TextArea's own handler, next, puts the paste after them

    def edit(self, edit: Edit) -> EditResult:
        edit.text = answer_text(edit.text)
        return super().edit(edit)

    def load_text(self, text: str) -> None:
        self._typed = []  # keys typed into the text this replaces
        super().load_text(answer_text(text))

    def on_resize(self) -> None:
        """Drawn again on a new width: TextArea wraps the text anew but redraws only the
        cursor's line, so the other lines kept the old wrapping until a key (play25 D4)."""
        self.refresh()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.border_subtitle = words_label(self.text)


class HintPanel(Static):
    """The hints revealed so far: the question's own hint, then rubric concepts (or, with no
    rubric, the key terms the grader checks)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.question: Question | None = None
        self.bank: Bank | None = None
        """The question's bank: a rubric-less question's key terms are ranked over it."""
        self.used = 0
        """Hints revealed on the current question."""
        self._steps: tuple[str, ...] | None = None
        """The current question's hints, worked out on the first press."""

    def reset(self, question: Question | None, bank: Bank | None = None) -> None:
        self.question, self.bank, self.used, self._steps = question, bank, 0, None
        self._render_hints()

    def steps(self) -> tuple[str, ...]:
        """Every hint of the current question (worked out once per question)."""
        if self._steps is None:
            self._steps = () if self.question is None else hint_steps(self.question, self.bank)
        return self._steps

    def reveal(self) -> bool:
        """Show one more hint; False when there is none left."""
        if self.used >= len(self.steps()):
            return False
        self.used += 1
        self._render_hints()
        return True

    def _render_hints(self) -> None:
        if self.question is None or not self.used:  # nothing shown: no hint worked out
            self.display = False
            self.update("")
            return
        steps = self.steps()
        shown = steps[: self.used]
        self.display = bool(shown)
        more = " (f1 for another)" if len(shown) < len(steps) else ""
        concepts = [h[len(CONCEPT_HINT) :] for h in shown if h.startswith(CONCEPT_HINT)]
        lines = [f"Hints {len(shown)}/{len(steps)}{more}"]
        lines += [h for h in shown if not h.startswith(CONCEPT_HINT)]
        if concepts:
            lines.append(CONCEPT_HINT + " · ".join(concepts))
        self.update(plain("\n".join(lines)))  # bank text: never markup (ux35)
