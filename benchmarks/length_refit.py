"""Would another length signal, refitted, keep long fluent wrong answers from passing? (wrong47)

Usage: python benchmarks/length_refit.py [VARIANT ...]

Each variant changes what the `length` signal counts, refits the calibration on the train split
with calibrate.py's own settings (`calibrate.fit`, the shipped calibration is not touched) and
reads train, dev and fresh-dev (never test or fresh-test) and the wrong probes files:

  shipped       the shipped calibration on today's signals (no refit)
  refit         today's signals, refitted: what any refit starts from
  sentence, segment, clause
                only the content words of the sentences (segments, clauses) that hold the
                evidence of a credited concept count towards length (filler and wrong claims
                around the right names do not)
  fullN         length full at N content words on the subject instead of 40
  probesK       today's signals, with the uncapped wrong probes of every probe file but
                wrong_claims_probes47.yaml added to the fit K times at grade 0 (the devset's
                train split has no long wrong answer of low coverage; probes47 stays out, to
                read)

Per split: Spearman, fluent wrong mean / passing, paraphrase mean, answers graded 4 passing;
then the wrong probes (mean / passing) and their controls (passing, mean) of the files in the
fit and of probes47. The variants are simulated by wrapping scoring.rubric's find_concepts and
content_length: a measurement, not the grader.
"""

from __future__ import annotations

import argparse
from statistics import mean

import calibrate
import yaml
from devset import REPO, genai_bank, load

from interviewer.core.grading import Grader
from interviewer.core.grading.calibration import Calibration, prior, shipped
from interviewer.core.grading.scoring import rubric

HELD_OUT_PROBES = "47"
_find_concepts = rubric.find_concepts
_content_length = rubric.content_length
_state: dict = {"variant": None, "findings": []}


def _recording_find(*args, **kwargs):
    findings = _find_concepts(*args, **kwargs)
    _state["findings"] = findings
    return findings


def _varied_length(parsed, off, said):
    variant = _state["variant"]
    if variant is None:
        return _content_length(parsed, off, said)
    if variant.startswith("full"):
        return _content_length(parsed, off, said) * 40 / int(variant[4:])
    text, structure = parsed.text, parsed.structure
    numbers = {
        "sentence": structure.sentences,
        "segment": structure.segments,
        "clause": structure.clauses,
    }[variant]
    credited = set()
    for finding in _state["findings"]:
        if finding.status != "credited" or not finding.evidence:
            continue
        evidence = finding.evidence.replace("…", "").strip()
        at = text.raw.find(evidence)
        if at < 0:
            continue
        credited |= {
            numbers[i]
            for i, (start, end) in enumerate(text.spans)
            if start < at + len(evidence) and end > at
        }
    uncredited = {i for i in range(len(text.words)) if numbers[i] not in credited}
    return _content_length(parsed, frozenset(off) | uncredited, said)


class _Probe:
    def __init__(self, probe: dict) -> None:
        self.question_id, self.answer, self.grade = probe["question_id"], probe["answer"], 0


def _probes() -> list[dict]:
    probes = []
    for path in sorted((REPO / "tests" / "data").glob("wrong_claims_probes*.yaml")):
        for probe in yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]:
            probes.append({**probe, "file": path.stem.removeprefix("wrong_claims_probes")})
    return probes


def report(name: str, calibration: Calibration, bank, splits, probes) -> None:
    from scipy.stats import spearmanr

    grader = Grader(bank, calibration=calibration)
    parts = [name]
    for split, rows in splits.items():
        grades = [grader.grade(bank.get(r.question_id), r.answer) for r in rows]
        rho = spearmanr([g.score for g in grades], [r.grade for r in rows]).statistic
        wrong = [g for g, r in zip(grades, rows, strict=True) if r.kind == "wrong"]
        para = [g.score for g, r in zip(grades, rows, strict=True) if r.kind == "paraphrase"]
        four = [g.passed for g, r in zip(grades, rows, strict=True) if r.grade == 4]
        parts.append(
            f"{split}: rho {rho:.3f} wrong {mean(g.score for g in wrong):.1f}/"
            f"{sum(g.passed for g in wrong)} para {mean(para):.1f} g4 {sum(four)}/{len(four)}"
        )
    for label, held in (("probes in fit", False), ("probes47", True)):
        chosen = [p for p in probes if (p["file"] == HELD_OUT_PROBES) == held]
        graded = [(p, grader.grade(bank.get(p["question_id"]), p["answer"])) for p in chosen]
        wrong = [g for p, g in graded if p["kind"] == "wrong"]
        controls = [g for p, g in graded if p["kind"] == "control"]
        parts.append(
            f"{label}: wrong {mean(g.score for g in wrong):.1f}/{sum(g.passed for g in wrong)}"
            f" controls {sum(g.passed for g in controls)}/{len(controls)} passing"
            f" ({mean(g.score for g in controls):.1f})"
        )
    print(" | ".join(parts), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=["shipped", "refit", "sentence"])
    args = parser.parse_args()
    rubric.find_concepts = _recording_find
    rubric.content_length = _varied_length
    bank = genai_bank()
    splits = {split: load(split) for split in ("train", "dev", "fresh-dev")}
    probes = _probes()
    for variant in args.variants:
        if variant == "shipped":
            _state["variant"] = None
            report(variant, shipped(), bank, splits, probes)
            continue
        times = int(variant[6:] or 1) if variant.startswith("probes") else 0
        _state["variant"] = None if times or variant == "refit" else variant
        train: list = list(splits["train"])
        extra = [p for p in probes if p["kind"] == "wrong" and p["file"] != HELD_OUT_PROBES]
        train += [_Probe(p) for p in extra] * times
        signals = calibrate.signals_of(Grader(bank, calibration=prior()), bank, train)
        report(variant, calibrate.fit(signals, train), bank, splits, probes)


if __name__ == "__main__":
    main()
