"""What the audit reports: a `Problem` at `path:line` with its kind, one of `KINDS`."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problem

KINDS = (
    "bank-file",
    "negative-alias",
    "direction-without-contradicts",
    "generic-alias",
    "common-alias",
    "question-words-alias",
    "shared-alias",
    "misconception-in-reference",
    "misconception-when-rejected",
    "essential-weight",
    "several-questions",
    "dated-prompt",
    "reference-not-strong",
    "description-not-detected",
    "swap-not-caught",
    "order-not-read",
    "claim-line-reading",
    "claim-line-no-subject",
    "claim-line-names-no-subject",
)

ON_REQUEST = ("claim-line-names-no-subject",)
"""Kinds `bank audit` lists only when asked by `--kind`: work lists for an author rather than
defects. `claim-line-names-no-subject` finds every wrong-claim line with no subject of its
question (2,245 lines of the genai bank at stop 45); a second reader found 40% of a sample of
them flag a true sentence of another subject, so by default they would bury every other
finding. The summary counts them and names the `--kind` that lists them."""


@dataclass(frozen=True)
class AuditProblem(Problem):
    """A problem found by the audit, with its kind (one of `KINDS`)."""

    kind: str = ""

    def __str__(self) -> str:
        return f"{super().__str__()} [{self.kind}]"


def problem(
    where: tuple[str, int | None], kind: str, message: str, *, warning: bool = False
) -> AuditProblem:
    """A problem of `kind` at `where` (a path and a line, or None when the node was not found)."""
    return AuditProblem(where[0], where[1], message, warning, kind)
