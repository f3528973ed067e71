"""`bank audit`: a rubric linter for bank authors, with self-checks run by the real grader.

`audit(bank)` returns every problem found as an `AuditProblem` (a `Problem` with a `kind`),
located at `path:line` in the rubric or bank file when the YAML node is found:

- rubric wording: negative aliases with no `contradicts`, aliases that are one generic word or
  common across the bank, aliases made only of the question's own words, aliases shared by two
  concepts of a question, more than half of a question's weight at weight 3, misconceptions the
  question's own reference states or that fire on a sentence rejecting them;
- wrong-claim lines (`contradicts`, misconceptions) that the matcher reads as something else:
  a word said twice kept once, "until" dropped, a two-sided "whether or not" read as a denial,
  a line of one word ignored (warnings, with the words kept); a `contradicts` line that opens
  with a verb and names no subject of its question, and any wrong-claim line that names none of
  its question's subjects and has no subject of its own (warnings);
- prompts: several questions in one, dated phrases;
- the bank file: what `bank validate` warns of (a question practice has self-rated), and the
  questions the loader left out;
- self-checks with the grader: every reference grades `strong` with nothing missed and nothing
  contradicted; every concept's description, alone, is credited as that concept; a reference
  with the two subjects of its contrast swapped grades `weak` or below.

One module per idea: problems.py (what a problem found is), lines.py (where each question,
concept and alias stands in the YAML files), wording.py (the rubric and prompt checks read
from the text), claim_lines.py (wrong-claim lines as the matcher reads them), subjectless.py
(`contradicts` lines that name no subject), named_subjects.py (wrong-claim lines that name none
of the question's subjects), self_checks.py (the checks run by the grader).
"""

from __future__ import annotations

from ..bank import SKIPPED_NOTE, Bank
from ..errors import Problem
from ..grading import Grader
from .claim_lines import claim_line_problems
from .lines import Lines
from .named_subjects import named_subject_problems
from .problems import KINDS, ON_REQUEST, AuditProblem
from .self_checks import self_checks
from .subjectless import subjectless_problems
from .wording import document_frequency, prompt_problems, rubric_problems

__all__ = ["KINDS", "ON_REQUEST", "AuditProblem", "audit"]


def audit(bank: Bank, grader: Grader | None = None) -> list[AuditProblem]:
    """Every problem the audit finds in the bank's rubric and prompts, in question order."""
    lines = Lines(bank)
    grader = grader or Grader(bank)
    canon = grader.canon
    frequency = document_frequency(bank.questions, canon)
    found = [_from_loading(p) for p in bank.warnings]
    for question in bank:
        found += prompt_problems(question, lines)
        if question.concepts:
            credited: dict[str, str] = {}
            if question.has_reference:
                grade = grader.grade(question, question.reference_answers[0])
                credited = {m.concept: m.alias for m in grade.matched}
            found += rubric_problems(question, bank, lines, frequency, canon, credited, grader)
            if question.has_reference:
                found += self_checks(question, lines, grader)
    found += claim_line_problems(bank, lines, canon)
    found += subjectless_problems(bank, lines, canon)
    found += named_subject_problems(bank, lines, frequency, canon)
    return found


def _from_loading(found: Problem) -> AuditProblem:
    """What loading the bank found, as `bank validate` reports it: a warning (a question with no
    reference answer that practice has rated by the candidate), or an error for a question the
    loader left out (`bank validate` names the problem that sank it)."""
    return AuditProblem(
        found.path, found.line, found.message, SKIPPED_NOTE not in found.message, "bank-file"
    )
