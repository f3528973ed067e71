"""Turns a numbered question list (headings, `N. question`, answer lines) into a bank skeleton."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .bank import LEVELS
from .errors import BankError, Problem

_QUESTION_RE = re.compile(r"^\s*(\d{1,9})\s*[.)]\s+(\S.*)$")
MAX_GUIDE_BYTES = 20 * 1024 * 1024
"""A guide is read up to this size and refused beyond (a device like /dev/zero never ends)."""
_BULLET_RE = re.compile(r"^\s*[-\u2022*]\s+(\S.*)$")
# Text saved as UTF-8 and read back as Greek (cp1253 / ISO-8859-7): a lead byte shows as a Greek
# capital (0xC2 'Β', 0xC3 'Γ') followed by the continuation byte's character.
_GREEK_PAIR_RE = re.compile("[\u0392\u0393][\u00a0-\u00bf]")
# The lead byte 0xE2 of curly quotes and dashes shows as 'β'; its two continuation bytes fell in
# the C1 range and were dropped, so the character must be inferred from its neighbours.
_LOST_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])\u03b2(?=(s|t|re|ll|ve|d|m)\b)")
_LOST_OPEN_QUOTE_RE = re.compile(r"(?<![\w.,!?])\u03b2(?=\w)")
_LOST_CLOSE_QUOTE_RE = re.compile(r"(?<=[\w.,!?])\u03b2(?=[\s).,;:!?]|$)")


def repair_text(text: str) -> str:
    """Undo the mis-encoding seen in pasted guides (`Whatβs`, `DALLΒ·E`, `FrΓ©chet`)."""

    def pair(match: re.Match[str]) -> str:
        try:
            return match.group(0).encode("cp1253").decode("utf-8")
        except UnicodeError:
            return match.group(0)

    text = _GREEK_PAIR_RE.sub(pair, text)
    text = _LOST_APOSTROPHE_RE.sub("'", text)
    text = _LOST_OPEN_QUOTE_RE.sub("\u201c", text)
    text = _LOST_CLOSE_QUOTE_RE.sub("\u201d", text)
    text = re.sub(r"\s*\u03b2\s*", " \u2014 ", text)
    return text


def _looks_like_heading(line: str) -> bool:
    if len(line) > 90 or line[-1] in ".?!:;,":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def slugify(text: str) -> str:
    """A short lower-case id made of the text's words."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    stop = {"and", "in", "the", "of", "interview", "questions", "answers", "to", "for", "a"}
    kept = [w for w in words if w not in stop] or words or ["topic"]
    return "-".join(kept[:4])


def _topic_title(heading: str) -> str:
    title = re.sub(r"\s+Interview Questions(\s*&\s*Answers)?$", "", heading, flags=re.I)
    title = re.sub(r"\s+in Generative AI$", "", title, flags=re.I)
    return title.strip() or heading


@dataclass
class ImportedQuestion:
    """A question found in the text, with the answer lines that followed it."""

    number: int
    prompt: str
    topic: str
    line: int
    answer_lines: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)

    @property
    def answer(self) -> str:
        parts = list(self.answer_lines)
        if self.bullets:
            joined = "; ".join(b.rstrip(".;") for b in self.bullets)
            parts.append(joined + ".")
        return " ".join(parts).strip()


@dataclass
class ImportedGuide:
    """What the importer understood of a text file."""

    title: str
    topics: list[tuple[str, str]]
    questions: list[ImportedQuestion]


def parse_guide(text: str, source: str = "<text>") -> ImportedGuide:
    """Parse a numbered question list; raise BankError if it holds no numbered question."""
    lines = [repair_text(line.rstrip()) for line in text.splitlines()]
    title = next((line.strip() for line in lines if line.strip()), "Imported bank")
    topics: list[tuple[str, str]] = []
    questions: list[ImportedQuestion] = []
    current: ImportedQuestion | None = None
    pending_heading: str | None = None
    seen_numbers: dict[int, int] = {}

    def topic_for(heading: str | None) -> str:
        title_text = _topic_title(heading) if heading else "General"
        topic_id = slugify(title_text)
        if all(tid != topic_id for tid, _ in topics):
            topics.append((topic_id, title_text))
        return topic_id

    current_topic: str | None = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        match = _QUESTION_RE.match(stripped)
        if match:
            if pending_heading is not None or current_topic is None:
                current_topic = topic_for(pending_heading)
                pending_heading = None
            n = int(match.group(1))
            if n in seen_numbers:
                raise BankError(
                    Problem(
                        source,
                        number,
                        f"question number {n} appears twice (first on line {seen_numbers[n]})",
                    )
                )
            seen_numbers[n] = number
            current = ImportedQuestion(n, match.group(2).strip(), current_topic, number)
            questions.append(current)
            continue
        bullet = _BULLET_RE.match(stripped)
        if bullet:
            if current is not None and pending_heading is None:
                current.bullets.append(bullet.group(1).strip())
            continue
        if _looks_like_heading(stripped):
            pending_heading = stripped
            continue
        if current is not None and pending_heading is None:
            current.answer_lines.append(stripped)
    if not questions:
        raise BankError(
            Problem(source, None, "no numbered question (like '1. What is ...?') found")
        )
    return ImportedGuide(title, topics, questions)


def guess_level(index: int, count: int) -> str:
    """A first guess at a level from the position in a section: early easy, late hard."""
    if count <= 1:
        return LEVELS[0]
    return LEVELS[min(2, index * 3 // count)]


def guide_to_bank(guide: ImportedGuide, bank_id: str, title: str | None = None) -> dict:
    """The bank skeleton as plain data, ready for YAML."""
    by_topic: dict[str, list[ImportedQuestion]] = {}
    for question in guide.questions:
        by_topic.setdefault(question.topic, []).append(question)
    width = max(3, len(str(max(q.number for q in guide.questions))))
    entries = []
    for question in sorted(guide.questions, key=lambda q: q.number):
        siblings = by_topic[question.topic]
        entries.append(
            {
                "id": f"{bank_id}-{question.number:0{width}d}",
                "seed": question.number,
                "topic": question.topic,
                "level": guess_level(siblings.index(question), len(siblings)),
                "prompt": question.prompt,
                "references": [question.answer] if question.answer else [""],
            }
        )
    return {
        "id": bank_id,
        "title": title or guide.title,
        "version": "0.1",
        "description": f"Imported from '{guide.title}'. Levels are first guesses.",
        "topics": [{"id": tid, "title": ttitle} for tid, ttitle in guide.topics],
        "questions": entries,
    }


def _decode(raw: bytes, source: str) -> str:
    """The guide's text: UTF-16 when it starts with a byte-order mark, else UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise BankError(Problem(source, line, "this is a binary file, not a text guide"))
    return raw.decode("utf-8-sig", errors="replace")


def import_text_file(path: Path, bank_id: str | None = None, title: str | None = None) -> str:
    """Read a guide and return the YAML text of its bank skeleton."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_GUIDE_BYTES + 1)
    except OSError as err:
        raise BankError(Problem(str(path), None, f"cannot read: {err.strerror or err}")) from None
    if len(raw) > MAX_GUIDE_BYTES:
        raise BankError(Problem(str(path), 1, "the file is over 20 MB; the limit is 20 MB"))
    text = _decode(raw, str(path))
    guide = parse_guide(text, str(path))
    bank_id = bank_id or slugify(path.stem)
    data = guide_to_bank(guide, bank_id, title)
    missing = sum(1 for q in data["questions"] if not q["references"][0])
    header = (
        f"# Bank skeleton imported from {path.name}: {len(data['questions'])} questions in "
        f"{len(data['topics'])} topics.\n"
        f"# {missing} questions still need a reference answer; levels are guesses.\n"
        f"# `interviewer bank validate` lists what is left to write.\n"
    )
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return header + body
