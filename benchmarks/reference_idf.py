"""Does a question's many references deflate its own words' IDF? A measurement, no product code.

Usage: python benchmarks/reference_idf.py [FOLDER] [--fit]

The grader's TF-IDF counts every reference of a question as a document of its own
(`bank_words.question_documents`), so the words all 14 references of a Beetle question use look
common, and an answer close to any of them scores less similar than on a one-reference question.
This script reads each question's references as one document (the prompt and any concept texts
as before), the shipped blend kept, and prints `asag_train.py`'s figures (Mohler 1-8 r, SemEval
train 2-way accuracy); with --fit it runs `fit_reference.py --stretch 20 --folds template` under
the same reading (the figures to compare with the same command's run on today's reading). Only
train parts are read.
"""

from __future__ import annotations

import sys

import asag_train

from interviewer.core.bank import Question
from interviewer.core.grading.bank_words import question_documents
from interviewer.core.grading.grader import fitting


def references_as_one(question: Question) -> list[str]:
    """`question_documents` with the references of a question joined into one document."""
    documents = question_documents(question)
    count = len(question.reference_answers)
    if count <= 1:
        return documents
    return [documents[0], " ".join(documents[1 : 1 + count]), *documents[1 + count :]]


def main() -> None:
    fitting.question_documents = references_as_one  # type: ignore[assignment]
    if "--fit" in sys.argv:
        sys.argv.remove("--fit")
        import fit_reference

        sys.argv += ["--stretch", "20", "--folds", "template"]
        fit_reference.main()
    else:
        asag_train.main()


if __name__ == "__main__":
    main()
