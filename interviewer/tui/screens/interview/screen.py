"""The question screen: shows each question, keeps the clock and the draft, and takes the keys
(submit, skip, pause, hint); what becomes of a submitted answer is in `submitting.py`, the
status line and its notices in `notices.py`."""

from __future__ import annotations

from contextlib import suppress

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Label, LoadingIndicator, Static, TextArea

from ....core.errors import InterviewerError, StoreBusy, StoreDamaged
from ....core.interview import InterviewRun, SessionTakenOver
from ....core.limits import MAX_ANSWER_CHARS, answer_cut_message
from ....core.practice import word_count
from ....core.session.timing import IDLE_PAUSE_SECONDS
from ...plain import escaped
from ...widgets.answer_editor import AnswerEditor, HintPanel
from ...widgets.app_footer import MIN_ROWS, AppFooter
from ...widgets.countdown import Countdown
from ...widgets.prompt_view import PromptView
from ...widgets.question_meta import QuestionMeta
from ..interview_dialogs import skip_dialog
from .notices import ShowingNotices
from .submitting import QUICK_SAVE_SECONDS, SubmittingAnswers

TICK_SECONDS = 0.25
AUTOSAVE_SECONDS = 3.0
DRAFT_SETTLE_SECONDS = 0.6
"""The draft is also saved this long after the typing stops: the program killed (`kill -9`, a
closed laptop lid that never comes back) just after a sentence was typed lost up to
AUTOSAVE_SECONDS of it (ux37)."""
PAUSED_NOTE = "Paused. The question is hidden and the clock is stopped.\nPress f2 to resume."
IDLE_PAUSE_NOTE = (
    "Paused: no key for {minutes} minutes, so the clock stopped (untimed sessions count the "
    "time you work, not the time away).\nPress f2 to resume."
)


class InterviewScreen(ShowingNotices, SubmittingAnswers):
    """Asks the questions of one `InterviewRun`, one after another."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit", priority=True, id="interview.submit"),
        Binding("f1", "hint", "Hint", priority=True, id="interview.hint"),
        Binding("f2", "pause", "Pause", priority=True, id="interview.pause"),
        Binding("f2", "unpause", "Resume", priority=True, id="interview.resume"),
        Binding("f3", "skip", "Skip", priority=True, id="interview.skip"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (MIN_ROWS, "-tall")]
    """`-short` below the 24 rows the screen is made for: no blank lines around the prompt
    and hints, no empty status line (at 40x12 the answer box had 2 lines, ux35)."""

    def __init__(self, run: InterviewRun, notice: str = "") -> None:
        """`notice`: said on the status line when the first question shows."""
        super().__init__()
        self.run = run
        self._held = False
        """True while a dialog covering the screen holds the clock."""
        self._notice = notice
        """Said on the next question's status line (the last one timed out)."""
        self._saved_at = run.clock.monotonic()
        """When the draft and the time used were last saved."""
        self._active_at = run.clock.monotonic()
        """When the candidate last pressed a key on this screen (see IDLE_PAUSE_SECONDS)."""
        self._settle: Timer | None = None
        """Saves the draft once the typing stops (DRAFT_SETTLE_SECONDS)."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="question-bar"):
            yield Label("", id="progress")
            yield QuestionMeta(id="question-meta")
            yield Countdown(id="countdown")
            yield LoadingIndicator(id="grading-spinner")
        with Vertical(id="question-body"):
            yield PromptView(id="prompt-box")
            yield HintPanel(id="hints")
            yield AnswerEditor(id="answer")
        yield Static(PAUSED_NOTE, id="paused-note")
        yield Label("", id="status", classes="-empty")
        yield AppFooter()

    def on_mount(self) -> None:
        self.query_one("#answer", TextArea).border_title = "Your answer"
        self.set_interval(TICK_SECONDS, self._tick)
        self.set_interval(AUTOSAVE_SECONDS, self._autosave)
        if self.run.current is None:
            self._show_next()
        else:
            self._show_current()

    # -- showing questions --------------------------------------------------------------------

    def _show_next(self) -> None:
        try:
            question = self.run.next_question(start_clock=False)  # see _start_clock
        except StoreDamaged as err:
            self._rescue(err, "", offer=True)  # the box holds the answer just submitted
            return
        except InterviewerError as err:
            self.app.notify(escaped(err), severity="error", timeout=10)
            return
        if question is None:
            self._finish()
            return
        self._show_current()

    def _show_current(self) -> None:
        run = self.run
        question = run.current
        if question is None:
            return
        bank = run.bank
        self.query_one("#progress", Label).update(f"{run.plan.position} / {run.plan.total}")
        # a question without a topic shows its level alone (play23), not "(no topic)"
        topic = bank.topic_title(question.topic) if question.topic else ""
        self.query_one(QuestionMeta).show(topic, question.level)
        self.query_one(PromptView).show(question.prompt)
        self.query_one(HintPanel).reset(question, bank)
        editor = self.query_one("#answer", TextArea)
        editor.load_text(run.restored_draft)
        editor.read_only = False
        editor.move_cursor(editor.document.end)
        editor.focus()
        self._active_at = run.clock.monotonic()
        self._busy = False
        if self.has_class("-waiting"):
            self.remove_class("-waiting")
            self.refresh_bindings()
        typed = self.typed_while_graded()  # the time's-up notice, more important, goes first
        if self._notice:
            # both, a line each (play65: the keys typed on after the time ran out went unsaid)
            self.flash("\n".join(filter(None, (self._notice, typed))), until_typed=True)
            self._notice = ""
        elif typed:
            self.flash(typed)
        elif run.restored_draft:
            self._status("Your draft was restored.")
        else:
            self._status("")
        self._tick()
        self.call_after_refresh(self._start_clock)

    def _start_clock(self, tries: int = 0) -> None:
        """Start the question's clock once it can be answered: painted, with the answer box
        focused. The time the screen takes to get there is not the candidate's (it was charged
        when the clock started with the question, before the screen was built)."""
        timer = self.run.timer
        if timer is None or timer.started:  # a pause or a dialog came first: it started it
            return
        editor = self.query_one("#answer", TextArea)
        if self.focused is not editor and tries < 10:
            editor.focus()
            self.call_after_refresh(self._start_clock, tries + 1)
            return
        self.run.start_clock()
        self._tick()

    # -- the clock ----------------------------------------------------------------------------

    def _tick(self) -> None:
        timer = self.run.timer
        countdown = self.query_one(Countdown)
        if timer is None:
            self.show_grading_note()
            return
        countdown.limit = timer.limit
        countdown.remaining = timer.remaining()
        countdown.paused = timer.paused
        if timer.expired and not self._busy and not timer.paused:
            self._submit(timed_out=True)
        elif (
            timer.limit is None
            and timer.started
            and not (timer.paused or self._busy or self._held)
            and self.run.clock.monotonic() - self._active_at >= IDLE_PAUSE_SECONDS
        ):
            self._pause_idle()

    def _pause_idle(self) -> None:
        """Stop an untimed clock left running with no key pressed (IDLE_PAUSE_SECONDS), as
        from IDLE_PAUSE_SECONDS after the last key (the screen may have been asleep longer)."""
        self.action_pause(since=self._active_at + IDLE_PAUSE_SECONDS)
        minutes = round(IDLE_PAUSE_SECONDS / 60)
        self.query_one("#paused-note", Static).update(IDLE_PAUSE_NOTE.format(minutes=minutes))

    def on_key(self, event: events.Key) -> None:
        """Any key the screen sees (the answer box's included: they bubble up) is activity; a
        typing key that reaches the read-only box while the answer is graded is held and said
        (`hold_while_graded`), not dropped."""
        self._active_at = self.run.clock.monotonic()
        if self.hold_while_graded(event.key, event.character):
            event.stop()
            event.prevent_default()

    @on(TextArea.Changed, "#answer")
    @on(TextArea.SelectionChanged, "#answer")
    def _active(self) -> None:
        self._active_at = self.run.clock.monotonic()

    def _autosave(self, *, offer: bool = False, leaving: bool = False) -> bool:
        """Save the draft and the time used, typed or not: a crash gives back at most
        AUTOSAVE_SECONDS of the clock. False when the history is damaged: the draft is then
        in a rescue file instead (and the way out is shown, if `offer`); `leaving`: a draft
        the history will not take goes to a rescue file too (`_keep_unsaved`)."""
        text = self.query_one("#answer", AnswerEditor).answer
        if leaving and self._saving_since is not None and self._saving_busy is not None:
            # a submitted answer still waits for the busy file: leaving now would drop it
            return self._keep_unsaved(self._saving_busy, text, offer=offer)
        if self._busy or self.run.current is None:
            return True
        self._saved_at = self.run.clock.monotonic()
        try:
            with self.run.store.patience(QUICK_SAVE_SECONDS):
                self.run.checkpoint(text)
        except StoreBusy as err:
            self._status(
                self._unsaved_submit
                or "Draft not saved yet: the history file is busy; trying again."
            )
            return self._keep_unsaved(err, text, offer=offer) if leaving else True
        except StoreDamaged as err:
            self._rescue(err, text, offer=offer)
            return False
        except SessionTakenOver as err:
            self._taken_over(err)
            return False
        except InterviewerError as err:
            self._status(f"Draft not saved: {err}")
            return self._keep_unsaved(err, text, offer=offer) if leaving else True
        return True

    def on_screen_suspend(self) -> None:
        """Another screen (a dialog, the command palette) covers this one: stop the clock."""
        if self.run.current is None or self._busy or self._paused:
            return
        self._held = True
        text = self.query_one("#answer", AnswerEditor).answer
        try:
            with self.run.store.patience(QUICK_SAVE_SECONDS):
                self.run.pause(text)
        except StoreDamaged as err:  # the clock stops all the same
            self._rescue(err, text, offer=False)
        except SessionTakenOver as err:
            self._taken_over(err)
        except InterviewerError as err:
            self.app.notify(f"Draft not saved: {escaped(err)}", severity="error")
        self.refresh_bindings()
        self._tick()

    def _resume_clock(self) -> None:
        """Run the clock again; a pause whose length cannot be saved (the history is damaged,
        or set aside and closed under this screen) is not worth a stop."""
        with suppress(InterviewerError):
            self.run.resume_clock()

    def on_screen_resume(self) -> None:
        self._active_at = self.run.clock.monotonic()  # back from a dialog or feedback
        if self._held:
            self._held = False
            self._resume_clock()
            self.refresh_bindings()
            self._tick()

    def on_unmount(self) -> None:
        # Whatever way the screen goes (home from the palette, quitting), the time used so far
        # stays with the draft.
        with suppress(InterviewerError):
            self.run.checkpoint()
        self.run.release()

    def check_lease(self) -> None:
        """Called every second or so by the app: take the session's lock once a program it
        was taken over from lets go, or stop if this one's session was taken over."""
        lease = self.run.lease
        if lease is None or self._taken:
            return
        lease.renew()
        if lease.taken_over:
            self._taken_over(SessionTakenOver(self.run.session.id, lease.current_holder()))

    @on(PromptView.Typed)
    def _typed_on_prompt(self, event: PromptView.Typed) -> None:
        editor = self.query_one("#answer", TextArea)
        editor.focus()
        editor.insert(event.character)

    @on(TextArea.Changed, "#answer")
    def _limit_length(self, event: TextArea.Changed) -> None:
        if self._settle is not None:
            self._settle.stop()
        self._settle = self.set_timer(DRAFT_SETTLE_SECONDS, self._autosave)
        editor = event.text_area
        if self.run.clock.monotonic() - self._saved_at >= AUTOSAVE_SECONDS:
            # keys pouring in (a paste typed out by the terminal) hold up the autosave timer:
            # the time used is saved here, so a crash does not give that time back
            self._autosave()
        if len(editor.text) > MAX_ANSWER_CHARS:
            editor.load_text(editor.text[:MAX_ANSWER_CHARS])
            editor.move_cursor(editor.document.end)
            self.app.notify(answer_cut_message(), severity="warning")

    # -- actions ------------------------------------------------------------------------------

    def action_submit(self) -> None:
        # ctrl+s is a priority binding, handled before keys still queued for the editor: let
        # the editor take them first, or the end of a fast-typed answer would be lost. The
        # text so far is kept as a draft at once, in case the process dies in between.
        self._autosave()
        self.query_one("#answer", TextArea).call_later(self._submit_typed)

    def _submit_typed(self) -> None:
        if self._busy or self.run.current is None or self._paused:
            return
        if not self.query_one("#answer", AnswerEditor).answer.strip():
            # on the status line, which the accepted answer replaces: a toast outlived it,
            # covering the rating scale (or the next question) at small sizes
            self.flash("Type an answer first, or press f3 to skip the question.")
            return
        self._submit()

    def action_skip(self) -> None:
        if self._busy or self.run.current is None or self._paused:
            return
        words = word_count(self.query_one("#answer", AnswerEditor).answer)
        if not words:
            self._submit(skipped=True)
            return

        type_ahead = self.app.type_ahead()  # type: ignore[attr-defined]

        def skip(confirmed: bool | None) -> None:
            if confirmed and not self._busy and self.run.current is not None:
                self._submit(skipped=True)
            elif not confirmed and type_ahead.held_text.strip():
                # typed on as the dialog opened: where the candidate was typing (keys64)
                self.query_one("#answer", AnswerEditor).insert(type_ahead.held_text)

        self.app.push_screen(skip_dialog(words, type_ahead), skip)

    @property
    def _paused(self) -> bool:
        return self.run.timer is not None and self.run.timer.paused

    def action_pause(self, since: float | None = None) -> None:
        if self.run.timer is None or self._busy:
            return
        if self._paused:
            self._resume_clock()
            self._active_at = self.run.clock.monotonic()
            self.remove_class("-paused")
            self.query_one("#paused-note", Static).update(PAUSED_NOTE)
            self.query_one("#answer", TextArea).focus()
        else:
            self._autosave()
            with suppress(InterviewerError), self.run.store.patience(QUICK_SAVE_SECONDS):
                # the clock stops even when its time cannot be saved now
                self.run.pause(since=since)
            self.add_class("-paused")
        self.refresh_bindings()
        self._tick()

    def action_unpause(self) -> None:
        if self._paused:
            self.action_pause()

    def action_hint(self) -> None:
        """Reveal one more hint: the question's own, then one rubric concept at a time."""
        if self.run.current is None or self._paused:
            return
        panel = self.query_one(HintPanel)
        if not panel.reveal():
            if panel.used:
                self.app.notify("No more hints for this question.")
            elif self.run.current.self_rated:
                # an own question with no answer: hints are drawn from a reference (play47)
                self.app.notify(
                    "No hints: this question has no reference answer to draw them from."
                )
            else:
                self.app.notify("This question has no hints.")

    @property
    def hints_used(self) -> int:
        """Hints revealed on the current question."""
        return self.query_one(HintPanel).used

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hint" and self.run.mode != "practice":
            return False
        if self.has_class("-waiting") and action in ("submit", "skip", "hint", "pause"):
            return False  # the answer is taken: nothing to submit until the next question
        if action == "unpause":
            # under a dialog the clock is held, not paused by f2: f2 there does nothing, so
            # the footer the dialog leaves in sight must not offer it (ux41)
            return self._paused and not self._held
        if action == "pause":
            return not self._paused
        return not (action in ("submit", "skip", "hint") and self._paused)
