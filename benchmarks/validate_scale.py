"""Time and peak memory to validate a generated bank of many questions (default 10,000).

The bank is written to a temporary folder: distinct prompts made of random words, plus a few
planted near-duplicates that the check must find. The peak is measured with tracemalloc (Python
allocations during validation) and the process's peak resident size.

    python benchmarks/validate_scale.py [--questions 10000]
"""

from __future__ import annotations

import argparse
import random
import resource
import string
import tempfile
import time
import tracemalloc
from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.errors import BankError


def generate(count: int, planted: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))
        for _ in range(5000)
    ]
    lines = ["id: scale", "title: Generated bank", "questions:"]
    prompts = []
    for i in range(count):
        if i >= count - planted:
            prompt = prompts[i - count // 2] + " please"
        else:
            prompt = "How does " + " ".join(rng.sample(vocabulary, 8)) + " work?"
        prompts.append(prompt)
        answer = " ".join(rng.sample(vocabulary, 30))
        lines += [f"  - id: q{i:05d}", f"    prompt: {prompt}", f"    references: {answer}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--planted", type=int, default=5, help="near-duplicates to plant")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scale.yaml"
        path.write_text(generate(args.questions, args.planted), encoding="utf-8")
        size = path.stat().st_size
        load_bank_quietly(path)  # warm up imports (scikit-learn, rapidfuzz) outside the figures
        start = time.perf_counter()
        problems = load_bank_quietly(path)
        seconds = time.perf_counter() - start
        tracemalloc.start()
        load_bank_quietly(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bank: {args.questions:,} questions, {size / 1e6:.1f} MB of YAML")
    print(f"validate: {seconds:.2f} s")
    print(f"peak Python memory during validation: {peak / 1e6:.0f} MB")
    print(f"peak resident size of the process: {rss:.0f} MB")
    print(f"problems found: {len(problems)} (planted near-duplicates: {args.planted})")
    for problem in problems[:3]:
        print(f"  {problem}")


def load_bank_quietly(path: Path) -> list[str]:
    try:
        load_bank(path)
    except BankError as err:
        return [str(p) for p in err.problems]
    return []


if __name__ == "__main__":
    main()
