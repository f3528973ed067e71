"""The key terms' generic words read scikit-learn's stop words from english_stop_words.txt
(speed54), not by importing scikit-learn: the list must stay scikit-learn's, and a grader whose
fit comes from the fit cache grades without importing scikit-learn or SciPy (about 1.3 s of CPU
on the first grade)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from interviewer.core.grading.key_terms.words import _words_of, generic_stems

REPO = Path(__file__).resolve().parents[2]


def test_the_kept_list_is_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = _words_of("english_stop_words.txt")
    assert len(words) == len(set(words))
    assert set(words) == set(ENGLISH_STOP_WORDS)
    assert "the" in generic_stems() and "afterwards" in words


def test_a_grader_fitted_from_the_cache_grades_without_scikit_learn(tmp_path):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from interviewer.core.bank import load_bank\n"
        "from interviewer.core.grading import grader_for\n"
        f"bank = load_bank(Path({str(REPO / 'banks' / 'genai.yaml')!r}))\n"
        f"grader = grader_for(bank, Path({str(tmp_path)!r})).fit()\n"
        "question = next(iter(bank))\n"
        "print(grader.grade(question, 'attention weighs every token against the others').score)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy'}))\n"
    )
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    first = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert "sklearn" in first.stdout.splitlines()[-1]  # fitted: the fit needs scikit-learn
    warm = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    lines = warm.stdout.splitlines()
    assert lines[0] == first.stdout.splitlines()[0]  # the same grade
    assert lines[-1] == "[]"
