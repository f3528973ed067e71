"""Where `Grader.grade_many`'s CPU goes, stage by stage, against a plain TF-IDF cosine's stages.

speed.py's batch ratio (grade_many CPU / a plain cosine's CPU over the same answers) in one
number; this script splits it. A fresh grader is warmed as speed.py warms it (every question
graded once, then one untimed grade_many of the batch, as speed.py's grade_many follows its
per-answer loop); then grade_many runs again with each stage wrapped in a CPU timer: reading
(`_parsed`), similarity (`many_similarities`), the rubric's readings (`find_concepts`,
`flag_non_answers`, ...), the other questions' similarity (`_closest_other`), calibration
(`Calibration.explain`). A stage's own time is its time less the stages timed inside it. The
plain cosine (speed.py's `baseline`: one `transform` and one product per answer) is timed in the
same process. CPU seconds; on a shared machine compare shares and ratios, not seconds.

    python benchmarks/batch_stages.py [--answers 5000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from speed import load_bank, make_answers  # noqa: E402

import interviewer.core.grading.calibration as calibration  # noqa: E402
import interviewer.core.grading.grader.answers as answers_module  # noqa: E402
import interviewer.core.grading.scoring.rubric as rubric  # noqa: E402
from interviewer.core.grading import Grader  # noqa: E402

RUBRIC_STAGES = (
    "find_concepts find_misconceptions said_once flag_non_answers role_exchanges retraction"
    " content_length _substance check_order"
).split()
OUTER = ("reading (_parsed)", "similarity (many_similarities)", "units", "graded_choice")
OUTER += ("grade_rubric (rest: feedback, caps, explanation)",)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=5000)
    args = parser.parse_args()
    bank = load_bank()
    answers = make_answers(bank, args.answers)
    grader = Grader(bank).fit()
    for question in bank:
        grader.grade(question, "warm up")
    grader.grade_many(answers)

    inclusive: dict[str, float] = defaultdict(float)
    inner: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    stack: list[str] = []

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            stack.append(name)
            start = time.process_time()
            try:
                return function(*a, **k)
            finally:
                spent = time.process_time() - start
                stack.pop()
                inclusive[name] += spent
                calls[name] += 1
                if stack:
                    inner[stack[-1]] += spent

        return wrapper

    g = answers_module.Grader
    g._parsed = timed("reading (_parsed)", g._parsed)  # type: ignore[method-assign]
    g._units = staticmethod(timed("units", g._units))  # type: ignore[method-assign]
    g._closest_other = timed("other questions (_closest_other)", g._closest_other)  # type: ignore[method-assign]
    answers_module.many_similarities = timed(
        "similarity (many_similarities)", answers_module.many_similarities
    )
    answers_module.graded_choice = timed("graded_choice", answers_module.graded_choice)
    answers_module.grade_rubric = timed(OUTER[-1], answers_module.grade_rubric)
    for name in RUBRIC_STAGES:
        setattr(rubric, name, timed(f"rubric: {name}", getattr(rubric, name)))
    explain = calibration.Calibration.explain
    calibration.Calibration.explain = timed("calibration (explain)", explain)  # type: ignore[method-assign]
    start = time.process_time()
    grader.grade_many(answers)
    total = time.process_time() - start

    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [q.prompt for q in bank] + [r for q in bank for r in q.reference_answers]
    vectorizer = TfidfVectorizer(stop_words="english").fit(texts)
    references = {q.id: vectorizer.transform(list(q.reference_answers)) for q in bank}
    transform = product = 0.0
    start = time.process_time()
    for question, answer in answers:
        t = time.process_time()
        vector = vectorizer.transform([answer])
        transform += time.process_time() - t
        t = time.process_time()
        (references[question.id] @ vector.T).max()
        product += time.process_time() - t
    plain = time.process_time() - start
    start = time.process_time()
    vectorizer.transform([answer for _, answer in answers])
    at_once = time.process_time() - start

    print(f"{len(answers)} answers: grade_many {total:.2f} s CPU, the plain cosine {plain:.2f} s")
    print(f"batch ratio {total / plain:.2f}x")
    print(f"  plain: transform per answer {transform:.2f} s, product and max {product:.2f} s")
    print(f"  plain: the answers transformed in one call {at_once:.3f} s")
    print(f"  {'stage':<52}{'own s':>8}{'share':>8}{'x plain':>9}{'calls':>8}")
    rows = sorted(((inclusive[n] - inner[n], n) for n in inclusive), reverse=True)
    for own, name in rows:
        print(f"  {name:<52}{own:8.2f}{own / total:8.1%}{own / plain:9.2f}{calls[name]:8d}")
    rest = total - sum(inclusive[n] for n in OUTER)
    print(f"  {'the grade_many loop itself':<52}{rest:8.2f}{rest / total:8.1%}{rest / plain:9.2f}")


if __name__ == "__main__":
    main()
