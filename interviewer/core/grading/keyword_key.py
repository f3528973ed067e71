"""Reference mode with the user's own keywords: the keywords are what the key requires.

A teacher who lists keywords beside the answer key means them as the points an answer must
make. The fitted blend (reference_scoring/blend.py) was fitted on data with no keywords and gives
their coverage almost no weight, so "Lists are mutable and tuples are immutable." (every
keyword, said as a claim) failed at 64.2 for its length (play25 A3). The rule, only for the
user's keywords (never for key terms the grader derives): an answer that names every keyword,
in claims (not a string of terms), with nothing wrong (no contradiction, misconception,
restatement, off-topic or too-short flag), reaches at least the pass mark.

The other side, an answer that names few keywords, is left to the blend: "Plants take in
oxygen and release carbon dioxide." (2 of 5, the process backwards) still passes at 80.9.
Capping an answer that names fewer than half of the keywords (at 60) was tried and dropped:
with the genai rubric's concept names as a stand-in keyword list, correct answers in other
words than the keywords lost their pass (train and dev answers graded 5 passing: 133 -> 43 of
183; Spearman 0.619 -> 0.601), as the seasons answer of play25 did ("the axis is tilted" is
not found as "axial tilt").
"""

from __future__ import annotations

from .result import PASS_CUTOFF, ScorePart

UNCLEAN = frozenset(
    ("restates_question", "off_topic", "keyword_list", "too_short", "contradiction", "empty")
)
"""Flags after which naming every keyword earns no pass mark."""


def keyword_rule(
    parts: list[ScorePart],
    score: float,
    coverage: float,
    count: int,
    flags: list[str],
    wrong: bool,
) -> float:
    """The score after the keywords rule; a part of the explanation says what it did."""
    if count == 0:
        return score
    if coverage >= 1.0 and not wrong and not UNCLEAN & set(flags) and score < PASS_CUTOFF:
        parts.append(
            ScorePart(
                "keywords",
                1.0,
                round(PASS_CUTOFF - score, 1),
                f"all {count} of the answer key's keywords, said in claims: the pass mark",
            )
        )
        return PASS_CUTOFF
    return score
