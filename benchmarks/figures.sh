#!/usr/bin/env bash
# Every figure a stop's closing note reports on the grader, in one run (about 15 minutes on
# two idle cores): trust on every split, the false-flag and probe guards, reversals, answers
# to another question, keyword strings, and the bank audit. Reference mode (asag.py), speed
# (speed.py) and grade identity (grade_identity.py) are run on their own.
#
# Usage: bash benchmarks/figures.sh [PYTHON] > figures.txt   (from the repository root;
# PYTHON defaults to .venv/bin/python). Two trees compared: run it in each, then diff.
set -u
cd "$(dirname "$0")/.."
PY="${1:-.venv/bin/python}"
export OMP_NUM_THREADS=1 PYTHONHASHSEED=0
echo "== tree $(pwd) at $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
for split in test fresh-test train dev fresh-dev train-blind; do
    echo "== trust.py --split $split"
    "$PY" benchmarks/trust.py --split "$split"
done
echo "== false_flags.py"; "$PY" benchmarks/false_flags.py
echo "== wrong_probes.py"; "$PY" benchmarks/wrong_probes.py
for set in $("$PY" benchmarks/correct_probes.py --sets); do
    echo "== correct_probes.py --set $set"; "$PY" benchmarks/correct_probes.py --set "$set" | tail -3
done
for set in $("$PY" benchmarks/plain_probes.py --sets); do
    echo "== plain_probes.py --set $set"; "$PY" benchmarks/plain_probes.py --set "$set" --quiet
done
echo "== reversals.py"; "$PY" benchmarks/reversals.py
echo "== off_question.py"; "$PY" benchmarks/off_question.py
echo "== keyword_strings.py"; "$PY" benchmarks/keyword_strings.py
echo "== deny50_probes.py"; "$PY" benchmarks/deny50_probes.py | tail -3
echo "== fluff52_probes.py"; "$PY" benchmarks/fluff52_probes.py | tail -3
echo "== bank audit genai"; "$PY" -m interviewer bank audit genai 2>&1 | tail -2
