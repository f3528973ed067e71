"""JSON Lines question lists: one object a line with a question and, if known, its answer."""

from __future__ import annotations

import json
from typing import Any

from ..errors import Problem
from ..safe_text import without_escape_sequences
from .code_prompt import code_prompt
from .ids import own_id
from .levels import take_level_mark
from .model import ImportedList, ImportedQuestion, LineAccount, title_from_source
from .text import clean_inline, excerpt, is_placeholder

_QUESTION_KEYS = ("question", "prompt", "front", "q")
_ID_KEYS = ("id", "question_id", "qid")
_ANSWER_KEYS = ("answer", "reference", "back", "a", "references", "answers")


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> object:
    for key in keys:
        if key in record and record[key] not in (None, ""):
            return record[key]
    return None


def _text(value: object) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return ""
    lines = without_escape_sequences(str(value)).splitlines()  # "\u001b[1m" in the JSON
    return "\n".join(p for p in (clean_inline(x) for x in lines) if p)


def parse_jsonl(text: str, source: str = "<text>") -> ImportedList:
    """Read JSON Lines; a line that is not an object with a question is ignored with a reason."""
    account: list[LineAccount] = []
    questions: list[ImportedQuestion] = []
    warnings: list[Problem] = []
    seen: dict[str, int] = {}
    """Ids kept so far, and the line of each (own_id)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            account.append(LineAccount(number, "ignored", "blank"))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            account.append(LineAccount(number, "ignored", f"not JSON: {err.msg}"))
            continue
        if not isinstance(record, dict):
            account.append(LineAccount(number, "ignored", "not a JSON object"))
            continue
        asked = _first(record, _QUESTION_KEYS)
        code = code_prompt(without_escape_sequences(asked)) if isinstance(asked, str) else None
        prompt, level = code or take_level_mark(_text(asked))
        if not prompt:
            account.append(LineAccount(number, "ignored", "object without a question"))
            continue
        if record.get("level") or record.get("difficulty"):
            _, level = take_level_mark(f"({record.get('level') or record.get('difficulty')})")
        topic = _text(record.get("topic") or record.get("category") or "")
        question = ImportedQuestion(prompt, number, topic, level=level)
        qid = _first(record, _ID_KEYS)
        if isinstance(qid, (str, int)) and not isinstance(qid, bool):
            question.qid = own_id(str(qid), number, source, seen, warnings)
        answer = _text(_first(record, _ANSWER_KEYS))
        if answer and not is_placeholder(answer):
            question.answer_lines.append(answer)
        questions.append(question)
        account.append(LineAccount(number, "question", excerpt(question.prompt)))
    title = title_from_source(source)
    return ImportedList(title, questions, account, source, warnings)
