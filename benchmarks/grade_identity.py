"""Are the grades unchanged? Every grade of a fixed set of answers, dumped to JSON or compared.

Usage:
    python benchmarks/grade_identity.py --dump /tmp/grades_main.json      (on the old code)
    python benchmarks/grade_identity.py --compare /tmp/grades_main.json   (on the new code)

The answers: every answer of tests/data/devset.yaml, tests/data/fresh_answers.yaml,
tests/data/blind_train.yaml (train-blind), every probe file (tests/data/*probes*.yaml) and
tests/data/bank2_concise.yaml, every reference answer of the genai and behavioural banks, the
synthetic batch of benchmarks/speed.py (rubric mode), and the development set again against
the genai questions stripped of their rubrics (reference mode, key terms derived). Each
`Grade` is compared whole (score, band, expected grade, matched with evidence and ratio,
missed, contradictions, flags, feedback, explanation); the first differences are printed and
the exit status is 1 if any.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from speed import make_answers  # noqa: E402

from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.grading import Grader, reference_question  # noqa: E402


class _Many:
    """A grader whose `grade` only records the answer: `Grader.grade_many` grades them all at
    the end (`--many`), each in its key's place."""

    def __init__(self, grader: Grader) -> None:
        self.grader = grader
        self.asked: list[tuple[object, str, bool]] = []

    def grade(self, question, answer, *, timed_out: bool = False) -> _Many.Later:
        self.asked.append((question, answer, timed_out))
        return _Many.Later(self, len(self.asked) - 1)

    class Later:
        def __init__(self, many: _Many, number: int) -> None:
            self.many, self.number = many, number

        def to_dict(self) -> _Many.Later:
            return self

    def graded(self) -> list[dict]:
        result: list[dict | None] = [None] * len(self.asked)
        for timed_out in (False, True):
            numbers = [k for k, asked in enumerate(self.asked) if asked[2] is timed_out]
            pairs = [self.asked[k][:2] for k in numbers]
            many = self.grader.grade_many(pairs, timed_out=timed_out)
            for k, grade in zip(numbers, many, strict=True):
                result[k] = grade.to_dict()
        return result  # type: ignore[return-value]


def grades(many: bool = False) -> dict[str, dict]:
    """Every grade of the fixed answer set, keyed by where the answer came from; `many`: the
    bank's answers graded by `Grader.grade_many`, all at once, rather than one by one."""
    catalog = Catalog(None)
    bank = catalog.find("genai")
    behavioural = catalog.find("behavioural")
    grader: Grader | _Many = Grader(bank)
    if many:
        grader = _Many(grader)
    result: dict[str, dict] = {}
    devset = yaml.safe_load((REPO / "tests/data/devset.yaml").read_text(encoding="utf-8"))
    for row in devset["answers"]:
        question = bank.get(row["question_id"])
        result[f"devset/{row['id']}"] = grader.grade(question, row["answer"]).to_dict()
    fresh = yaml.safe_load((REPO / "tests/data/fresh_answers.yaml").read_text(encoding="utf-8"))
    for row in fresh["answers"]:
        question = bank.get(row["question_id"])
        result[f"fresh/{row['id']}"] = grader.grade(question, row["answer"]).to_dict()
    # the train-blind split and every probe file (lead62: review62's narrowed lines let a wrong
    # train-blind answer pass, 0.0 -> 100.0, while this comparison saw no band move)
    blind = yaml.safe_load((REPO / "tests/data/blind_train.yaml").read_text(encoding="utf-8"))
    for row in blind["answers"]:
        question = bank.get(row["question_id"])
        result[f"train-blind/{row['id']}"] = grader.grade(question, row["answer"]).to_dict()
    for path in sorted((REPO / "tests/data").glob("*probes*.yaml")):
        probes = yaml.safe_load(path.read_text(encoding="utf-8")).get("probes") or []
        for k, row in enumerate(probes):
            if isinstance(row, dict) and "answer" in row and row.get("question_id") in bank:
                key = f"probes/{path.stem}/{row.get('id', k)}"
                result[key] = grader.grade(bank.get(row["question_id"]), row["answer"]).to_dict()
    concise = yaml.safe_load((REPO / "tests/data/bank2_concise.yaml").read_text(encoding="utf-8"))
    for question_id, answer in sorted(concise["answers"].items()):
        result[f"concise/{question_id}"] = grader.grade(bank.get(question_id), answer).to_dict()
    for question in bank:
        for k, reference in enumerate(question.reference_answers):
            result[f"reference/{question.id}/{k}"] = grader.grade(question, reference).to_dict()
    for question in behavioural:
        for k, reference in enumerate(question.reference_answers):
            key = f"behavioural/{question.id}/{k}"
            result[key] = Grader(behavioural).grade(question, reference).to_dict()
    for k, (question, answer) in enumerate(make_answers(bank, 3000)):
        result[f"speed/{k}"] = grader.grade(question, answer, timed_out=k % 7 == 0).to_dict()
    if isinstance(grader, _Many):
        graded = grader.graded()
        for key, value in result.items():
            if isinstance(value, _Many.Later):
                result[key] = graded[value.number]
    keys = {q.id: reference_question(q.prompt, q.reference_answers, question_id=q.id) for q in bank}
    plain = Grader(questions=list(keys.values()))
    asked = [(keys[row["question_id"]], row["answer"]) for row in devset["answers"]]
    graded = plain.grade_many(asked) if many else [plain.grade(q, a) for q, a in asked]
    for row, grade in zip(devset["answers"], graded, strict=True):
        result[f"reference-mode/{row['id']}"] = grade.to_dict()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path, help="write every grade to this JSON file")
    group.add_argument("--compare", type=Path, help="compare every grade with this JSON file")
    parser.add_argument(
        "--many", action="store_true", help="grade with Grader.grade_many (answers all at once)"
    )
    args = parser.parse_args()
    now = grades(args.many)
    if args.dump:
        args.dump.write_text(json.dumps(now, indent=1, sort_keys=True), encoding="utf-8")
        print(f"{len(now):,} grades written to {args.dump}")
        return
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    # through JSON, as stored: tuples become lists on both sides
    now = json.loads(json.dumps(now))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ[:10]:
        old, new = before.get(key) or {}, now.get(key) or {}
        fields = sorted(f for f in old.keys() | new.keys() if old.get(f) != new.get(f))
        print(f"{key}: {', '.join(fields)}")
        for name in fields[:3]:
            print(f"  before: {old.get(name)!r}\n  now:    {new.get(name)!r}")
    tally = Counter(
        f
        for key in differ
        for f in (before.get(key) or {}).keys() | (now.get(key) or {}).keys()
        if (before.get(key) or {}).get(f) != (now.get(key) or {}).get(f)
    )
    print(f"{len(now):,} grades compared with {args.compare}: {len(differ)} differ")
    if tally:
        print(
            "grades differing in each field: "
            + ", ".join(f"{f} {n}" for f, n in sorted(tally.items()))
        )
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
