"""Substance: how much of an answer's length lands in something the grader can credit.

The length signal counts the content words of the sentences on the question's subject. A long
answer that talks around the topic in its words ("it is a really big area ... companies use it
for automation ... it is important to think about ethics") is as long as a plain paraphrase, and
the calibration, fitted on train answers where a full length always meant a good answer, gave it
up to +60 for length (w48a-073: coverage 0.23, length +59.9, 92.6 `strong`; data48).

What tells the two apart is where the words stand. A paraphrase's sentences each carry a concept
of the rubric or say what a sentence of a reference says; a vague answer's sentences mostly do
neither. So an answer's length is measured twice more:

- `credited`: the share of its counted words that stand in a sentence holding a credited
  concept's evidence;
- `reached`: the share that stand in such a sentence or in one sharing REACH_STEMS or more
  on-subject stems with one sentence of a reference (`reference_sentences`).

A long answer (some concept credited, under length.COMPLETE_COVERAGE) with under
CREDITED_SHARE of its words credited and under REACHED_SHARE credited or reaching a reference
sentence is `vague`: its length signal counts as LIMITED_LENGTH at most (scoring/rubric.py).
Measured with benchmarks/substance.py (vague50): on train, dev and fresh-dev it moves no grade;
on the blind train answers it lowers 7 long vague answers, all graded 0-1 (4 of them passed:
73.9-93.7 -> 48.5-64.2); of the 6,211 grades of benchmarks/grade_identity.py it moves 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..findings import Finding
from ..matching import Answer
from ..text import Text

REACH_STEMS = 2
"""On-subject stems an answer's sentence shares with one reference sentence to reach it."""
CREDITED_SHARE = 0.25
"""Under this share of the counted words in sentences holding a credited concept ..."""
REACHED_SHARE = 0.5
"""... and under this share in those or in sentences reaching a reference sentence, an answer
is vague. Chosen on train, dev, fresh-dev and the blind train answers (benchmarks/substance.py):
the answers graded 3-5 there whose credited share is under CREDITED_SHARE all have 0.65 or more
reached; the blind long vague answers 0.20-0.65."""
UNREACHED_SHARE = 0.3
"""An answer with no concept detected at all whose counted words stand under this share in
sentences reaching a reference sentence says nothing of the answer key, in the key's words or
the rubric's: talk around the topic (`Substance.unreached`; scoring/rubric.py caps it lower than
other answers with nothing detected). Chosen with benchmarks/nothing_detected.py (fluff52): of
the answers with coverage 0 scoring over 20 on train, dev, fresh-dev and the blind train
answers, the 7 graded 3-5 reach 0.44-1.0 and the 14 under 0.3 are all graded 0-1; 0.4 moved one
more blind answer graded 1 with a margin of 0.04 to a train answer graded 5 (d0875, 0.44)."""
LIMITED_LENGTH = 0.5
"""The length signal of a vague answer counts at most this much: half a full answer's length.
(0.5 to 0.8 measured the same on the shipped calibration, whose length steps lie above 0.8;
0.3 cost dev Spearman 0.014.)"""


@dataclass(frozen=True)
class Substance:
    """Where an answer's counted words stand."""

    words: int
    """The content words counted for the length signal."""
    credited: float
    """The share of them in sentences holding a credited concept's evidence."""
    reached: float
    """The share of them in those sentences or in sentences reaching a reference sentence."""

    def vague(self) -> bool:
        """Whether little of the answer's length lands in anything credited (see the module)."""
        return self.credited < CREDITED_SHARE and self.reached < REACHED_SHARE

    def unreached(self) -> bool:
        """Whether, with no concept credited, little of the answer says what a reference
        sentence says either (UNREACHED_SHARE)."""
        return self.reached < UNREACHED_SHARE


def reference_sentences(
    references: Iterable[Text], on_subject: frozenset[str]
) -> tuple[frozenset[str], ...]:
    """The on-subject stems of each sentence of the references (those with any)."""
    from ..clauses import Structure

    found = []
    for ref in references:
        stems, content = ref.stems, ref.content
        for first, last in Structure.of(ref).units("sentence"):
            said = frozenset(stems[i] for i in content if first <= i <= last) & on_subject
            if said:
                found.append(said)
    return tuple(found)


def substance(
    parsed: Answer,
    counted: Sequence[int],
    findings: Sequence[Finding],
    references: Sequence[frozenset[str]],
    on_subject: frozenset[str],
) -> Substance:
    """Where the `counted` words (positions, those the length signal counts) of the answer
    stand: in sentences holding a credited finding's evidence (`Finding.at`), or reaching one
    of the `references` sentences (`reference_sentences`)."""
    text, sentences = parsed.text, parsed.structure.sentences
    credited = {
        sentences[i]
        for f in findings
        if f.status == "credited"
        for i in evidence_positions(text, f)
    }
    said: dict[int, set[str]] = {}
    for i in text.content:
        if text.stems[i] in on_subject:
            said.setdefault(sentences[i], set()).add(text.stems[i])
    reaching = credited | {
        k
        for k, stems in said.items()
        if k not in credited and any(len(stems & ref) >= REACH_STEMS for ref in references)
    }
    n = len(counted)
    if not n:
        return Substance(0, 0.0, 0.0)
    return Substance(
        n,
        sum(sentences[i] in credited for i in counted) / n,
        sum(sentences[i] in reaching for i in counted) / n,
    )


def evidence_positions(text: Text, finding: Finding) -> range:
    """The word positions of a finding's evidence: `Finding.at` when the finder set it, else
    where its evidence stands in the answer (a figure's clause, figures/judging.py)."""
    if finding.at[0] >= 0:
        return range(finding.at[0], finding.at[1] + 1)
    start = text.raw.find(finding.evidence) if finding.evidence else -1
    if start < 0:
        return range(0)
    end = start + len(finding.evidence)
    inside = [i for i, (s, e) in enumerate(text.spans) if s < end and e > start]
    return range(inside[0], inside[-1] + 1) if inside else range(0)
