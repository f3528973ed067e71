"""What the candidate is told to do next: a next step on one line, how to go on with an
unfinished session, and the commands of this program such advice holds, cut out of the text so a
renderer can show them as code."""

from __future__ import annotations

import re

from ..model import NextStep


def next_step_line(step: NextStep) -> str:
    """A step of "What to do next" on one line: `Transformers: Average 40 over 2 questions.`,
    or `… the final answer. You skipped it.` after a prompt that ends a sentence (not `.:`)."""
    title = step.title.rstrip()
    joint = " " if title.endswith((".", "?", "!", ":", "…")) else ": "
    return f"{title}{joint}{step.reason}"


def command_pieces(text: str, command: str) -> list[tuple[str, bool]]:
    """`text` cut into `(piece, is_command)` pairs, in order: a command of this program in
    backticks (`` `interviewer --data-dir '/tmp/my  data' resume 1a2b3c4d` ``, as
    `summary_lines` writes one) is a piece of its own, without its backticks and exactly as
    written, so that a renderer can show it as code, double spaces and all; the rest is prose.
    The command is found by its start, `command` (which may hold backticks of its own, in a
    path), and runs to the next backtick. Joined again, each command in backticks, the
    pieces are `text`."""
    pattern = re.compile("`(" + re.escape(command) + "(?:[^`]*))`")
    pieces: list[tuple[str, bool]] = []
    end = 0
    for match in pattern.finditer(text):
        if match.start() > end:
            pieces.append((text[end : match.start()], False))
        pieces.append((match.group(1), True))
        end = match.end()
    if end < len(text):
        pieces.append((text[end:], False))
    return pieces


def unfinished_advice(session_id: str, bank_id: str, command: str, *, bank_gone: bool) -> str:
    """How to go on with an unfinished session, with the `command` of the history it was read
    from (play33): `resume ID` continues it; when its bank cannot be loaded, what brings the
    bank back first, or how to close it (store42), said the same by the report's Finished row
    and by `report latest`'s note (care43)."""
    resume = f"`{command} resume {session_id[:8]}`"
    if not bank_gone:
        return f"{resume} continues it"
    return (
        f"its bank '{bank_id}' cannot be loaded: put the bank back (or import the list again "
        f"with --id {bank_id}), then {resume} continues it; or `{command} resume --close "
        f"{session_id[:8]}` closes it, keeping what was answered"
    )
