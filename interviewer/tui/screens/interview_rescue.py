"""A damaged history under a session: the answer in the box and the session's answers go to a
rescue file beside the history, the candidate is told where, and the screen that sets the
damaged file aside is offered. Nothing typed is lost (a toast was all there was)."""

from __future__ import annotations

from pathlib import Path

from ...core.errors import InterviewerError, StoreDamaged
from ...core.interview import SessionTakenOver
from ..plain import escaped
from .interview_leave import LeavingSession


class RescuingSession(LeavingSession):
    """What the question screen (`InterviewScreen`) does when it finds the history damaged."""

    _rescued: Path | None = None
    """The file this session's answers were rescued to, once the history was found damaged."""
    _rescued_what: tuple[object, ...] = ()
    """What that file holds: the question, the text in the box, the answers before it."""

    _unsaved_told: tuple[object, ...] = ()
    """What was in the box (the question, the text, the answers before it) when the candidate
    was last told, on leaving, that the draft could not be saved and where it is kept."""

    _taken: bool = False
    """True once the session was found taken over in another terminal (play29 F19)."""

    def _taken_over(self, err: SessionTakenOver) -> None:
        """Another terminal took the session over: nothing more is saved to it from here. The
        answer in the box, unless already saved, goes to a rescue file beside the history
        (the other terminal's draft is not written over), the candidate is told where, and
        the home screen is shown."""
        from ...core.rescue import TAKEN_OVER
        from ..widgets.answer_editor import AnswerEditor

        if self._taken:
            return
        self._taken = True
        editor = self.query_one("#answer", AnswerEditor)
        editor.read_only = True
        text = "" if getattr(self, "_busy", False) else editor.answer
        kept = ""
        path: Path | None = None
        if text.strip() and self.run.current is not None:
            try:
                path = self.run.rescue(
                    Path(self.run.store.path).parent, text, str(err), what=TAKEN_OVER
                )
                kept = f" Your unsaved answer is kept in {path}."
            except InterviewerError as failed:
                kept = f" Your unsaved answer could NOT be kept ({failed}): copy it now."
                self._status("Taken over elsewhere: copy your answer before leaving.")
                self.app.notify(escaped(f"{err}.{kept}"), severity="error", timeout=120)
                return
        where = err.holder.describe() if err.holder is not None else "another program"
        self.app.session_taken_over(self.run.session.id, path)  # type: ignore[attr-defined]
        self.app.notify(
            escaped(f"This session was taken over by {where}.{kept}"),
            severity="error",
            timeout=60,
        )
        self.app.show_home()  # type: ignore[attr-defined]

    def save_before_leaving(self, *, offer: bool = True) -> bool:
        """Save the draft before leaving; False (stay) when it could not be kept: see
        `_keep_unsaved`, and `_rescue` for a damaged history."""
        return self._autosave(offer=offer, leaving=True)

    def _autosave(self, *, offer: bool = False, leaving: bool = False) -> bool:
        raise NotImplementedError

    def _keep_unsaved(self, err: InterviewerError, text: str, *, offer: bool) -> bool:
        """Leaving while the history will not take the draft (busy past waiting, a full disk,
        a folder not writable, an I/O error; a damaged file is `_rescue`'s): the text in the box
        goes to a rescue file, beside the history or else in the temporary folder, and the
        candidate is told where before leaving (the draft was lost without a word: the leave
        went on as if it were saved). True: leave now; False (`offer`, asked from a key): stay
        this once, told; the next leave with the same text goes. Nothing typed: leave."""
        from ...core.rescue import UNSAVED, rescue_folders

        what = (self.run.current, text, len(self.run.answers_given))
        if not text.strip() or self.run.current is None or what == self._unsaved_told:
            return True
        kept: Path | None = None
        failures: list[str] = []
        for folder in rescue_folders(self.run.store.path):
            try:
                kept = self.run.rescue(folder, text, str(err), what=UNSAVED)
                break
            except InterviewerError as failed:
                failures.append(str(failed))
        self._unsaved_told = what
        if kept is None:
            self._status("Draft NOT saved and no file could keep it: copy it before leaving.")
            said = f"No file could keep it either ({'; '.join(failures)}): copy it now."
        else:
            self._status(f"Draft not saved: your answer is kept in {kept.name}")
            said = f"Your answer is kept in {kept}."
        self.app.notify(
            escaped(f"Your draft could not be saved: {err}\n{said} Leave again to go."),
            severity="error",
            timeout=60,
        )
        return not offer

    def _status(self, text: str, *, notice: bool = False) -> None:
        """Say `text` on the status line (the question screen has one)."""
        raise NotImplementedError

    def _rescue(self, err: StoreDamaged, text: str, *, offer: bool) -> None:
        """Write `text` (the answer box) and the session's answers to a rescue file beside the
        damaged history (the same file each time, written only when they changed), say where,
        and `offer` the screen that sets the damaged file aside: only on a key that asked to
        save (submit, leave), since keys typed into the answer would fire that screen's."""
        first = self._rescued is None
        what = (self.run.current, text, len(self.run.answers_given))
        try:
            if self._rescued is None or what != self._rescued_what:
                self._rescued = self.run.rescue(
                    Path(err.path).parent, text, err.reason or str(err), self._rescued
                )
                self._rescued_what = what
        except InterviewerError as failed:
            self._status("History damaged and your answer NOT saved: copy it before leaving.")
            self.app.notify(
                f"{escaped(err)}\nThe rescue file failed too: {escaped(failed)}",
                severity="error",
                timeout=60,
            )
            return
        self._status(f"History damaged: your answers are in {self._rescued.name}")
        if offer:
            self.app.store_failed(err, rescued=self._rescued)  # type: ignore[attr-defined]
        elif first:
            self.app.notify(
                escaped(
                    f"The history file is damaged: your answers are kept in {self._rescued}. "
                    "Submitting offers the way out."
                ),
                severity="error",
                timeout=30,
            )

    def _rescue_at_end(self, err: StoreDamaged) -> Path | None:
        """The history found damaged only as the finished session's report reads it: every
        answer was taken, but the damaged file may not give them back, so they go to a rescue
        file too (play28 minor 4); the file, or None (and a message) if it cannot be written.
        The caller offers the screen that sets the damaged file aside."""
        try:
            self._rescued = self.run.rescue(
                Path(err.path).parent, "", err.reason or str(err), self._rescued
            )
        except InterviewerError as failed:
            self.app.notify(
                f"{escaped(err)}\nThe rescue file failed too: {escaped(failed)}",
                severity="error",
                timeout=60,
            )
            return None
        return self._rescued
