"""Cleaning source text: links to their text, images and HTML dropped, placeholders spotted."""

from __future__ import annotations

import html
import re

from ..prompt_openings import INSTRUCTION_WORDS as _INSTRUCTION_WORDS
from ..prompt_openings import OPENING_QUOTES as _OPENING_QUOTES
from ..prompt_openings import misspelt_opening as misspelt_opening  # the importers read it here
from .named_tags import named_tags

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
    if "\u03b2" not in text and "\u0392" not in text and "\u0393" not in text:
        return text

    def pair(match: re.Match[str]) -> str:
        try:
            return match.group(0).encode("cp1253").decode("utf-8")
        except UnicodeError:
            return match.group(0)

    text = _GREEK_PAIR_RE.sub(pair, text)
    text = _LOST_APOSTROPHE_RE.sub("'", text)
    text = _LOST_OPEN_QUOTE_RE.sub("\u201c", text)
    text = _LOST_CLOSE_QUOTE_RE.sub("\u201d", text)
    return re.sub(r"\s*\u03b2\s*", " \u2014 ", text)


_MARKUP_CHARS = re.compile(r"[\[\]<>*_`&!\u0392\u0393\u03b2]|https?:|\s\s|\t|\u00a0")
LINK_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"
"""A Markdown link's target in its parentheses, which may hold a pair of its own, as a
Wikipedia link does: `(https://en.wikipedia.org/wiki/Bias_(statistics))` (play67: the inner
')' ended the link, and 'What is bias) in a model?' was imported)."""
_IMAGE_RE = re.compile(r"!\[[^\]]*\]" + LINK_TARGET + r"|!\[[^\]]*\]\[[^\]]*\]")
_LINK_RE = re.compile(r"\[([^\]]*)\]" + LINK_TARGET + r"|\[([^\]]*)\]\[[^\]]*\]")
_HTML_IMG_RE = re.compile(r"<img\b[^>]*>", re.I)
_HTML_INLINE_TAG_RE = re.compile(
    r"</?(b|i|em|strong|sub|sup|code|span|a|u|s|small|mark|kbd)(\s[^<>]*)?/?>", re.I
)
_HTML_TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?/?>")
_SUBJECT_TAGS = frozenset(
    "script style link meta head body html title base noscript template slot iframe canvas"
    " object embed video audio track form input button label legend fieldset select option"
    " textarea header footer nav main aside article section figure figcaption".split()
)
"""Tags a Markdown list never uses for its layout, so one written in a question is what it
asks about: h5bp's Anki list asks "Describe the difference between <script>, <script async>
and <script defer>." (play59: imported as "... between , and ."). They are kept as written."""
_HTML_COMMENT_RE = re.compile(r"<!--.*?-->")
_URL_RE = re.compile(r"<?\bhttps?://(?:[^\s<>()\]]|\([^\s<>()\]]*\))+>?")
_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_UNDERSCORE_EM_RE = re.compile(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")
_CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
"""A Markdown code span: a run of backticks, then text, then a run of the same length."""
_DUNDER_RE = re.compile(r"(?<!\w)__[a-z](?:[a-z0-9_]*[a-z0-9])?__(?!\w)")
"""A Python name between double underscores written bare (`__enter__`), not bold."""
_KEPT_RE = re.compile("\ue000(\\d+)\ue001")


def clean_inline(text: str) -> str:
    """One line of Markdown or HTML as plain text: links become their text, images, HTML tags
    and bare URLs are dropped, emphasis marks removed, entities decoded. Code spans are kept
    as written, backticks and all (`What is ```triple``` in Markdown?` asks about them;
    `SELECT *` must not lose its star to emphasis), and so are Python names written bare
    between double underscores (`__enter__`)."""
    if not _MARKUP_CHARS.search(text):
        return " ".join(text.split())
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        spans.append(match.group())
        return f"\ue000{len(spans) - 1}\ue001"

    text = _DUNDER_RE.sub(keep, _CODE_SPAN_RE.sub(keep, repair_text(text)))
    text = _cleaned(_named_tags_kept(text, spans))

    def restore(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return spans[index] if index < len(spans) else match.group()

    return _KEPT_RE.sub(restore, text) if spans else text


def _named_tags_kept(text: str, spans: list[str]) -> str:
    """`text` with each tag it names as its subject (`named_tags`) set aside in `spans`, so
    the markup rules below leave it as written ("What does the <br> element do?")."""
    for start, end in reversed(named_tags(text)):
        spans.append(text[start:end])
        text = f"{text[:start]}\ue000{len(spans) - 1}\ue001{text[end:]}"
    return text


def _cleaned(text: str) -> str:
    text = _HTML_COMMENT_RE.sub("", text)
    text = _IMAGE_RE.sub("", text)
    text = _HTML_IMG_RE.sub("", text)
    text = _LINK_RE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _HTML_INLINE_TAG_RE.sub("", text)
    text = _HTML_TAG_RE.sub(_layout_tag_dropped, text)
    text = _URL_RE.sub("", text)
    text = _EMPHASIS_RE.sub(lambda m: m.group(2) or m.group(3) or "", text)
    text = _UNDERSCORE_EM_RE.sub(r"\1", text)
    text = html.unescape(text)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return text.strip()


def _layout_tag_dropped(match: re.Match[str]) -> str:
    """A layout tag (`<div>`, `<p align=...>`) as a space; a tag named as a question's
    subject (`<script async>`) as written."""
    return match.group() if match.group(1).lower() in _SUBJECT_TAGS else " "


_PLACEHOLDER_RE = re.compile(
    r"^(answers?( goes)? here|your answer( here)?|to ?do|tbd|tba|to be (added|done|written)|"
    r"coming soon|wip|n/?a|none yet|fill (me|this) in|placeholder|\.{2,}|\?+|-+)$",
    re.I,
)


def is_placeholder(text: str) -> bool:
    """Whether a cleaned answer line only stands in for an answer ('Answer here', 'TODO')."""
    core = text.strip().strip(".:!*_-()[] ").strip()
    if not core:
        return True
    return (
        _PLACEHOLDER_RE.match(core) is not None or _PLACEHOLDER_RE.match(text.strip()) is not None
    )


QUESTION_MARKS = "?\uff1f\u061f\u2e2e\ufe56"
"""Marks that end a question: '?', the full-width '？' of Chinese and Japanese, the Arabic '؟',
the reversed '⸮' and the small '﹖'. ('¿' only opens a Spanish question, which ends in '?'.)"""


def ends_question(text: str) -> bool:
    """Whether the text ends with a question mark of any script."""
    return text[-1:] in QUESTION_MARKS if text else False


def is_question_like(text: str) -> bool:
    """Whether a line reads as a question: it ends with a question mark ('?', '？', '؟') or
    opens with an instruction ('Explain ...', 'Tell me about ...')."""
    from .levels import take_level_mark

    text = re.sub(rf"[^\w{QUESTION_MARKS}.!)\]\s]+$", "", take_level_mark(text)[0]).strip()
    if len(text) < 4:
        return False
    if ends_question(text.rstrip(" )]*_")):
        return True
    # a question quoted as an interviewer says it: '“Tell me about a time you failed.”'
    text = text.lstrip(_OPENING_QUOTES)
    first = re.match(r"[A-Za-z']+", text)
    if first is None:
        return False
    word = first.group(0).lower()
    return word in _INSTRUCTION_WORDS and len(text.split()) >= 3 and text[0].isupper()


ENCLOSING_QUOTES = (
    ("\u201c", "\u201d"),
    ('"', '"'),
    ("\u2018", "\u2019"),
    ("\u00ab", "\u00bb"),
    ("\u201e", "\u201c"),
)
"""The pairs of quotes a whole prompt may be written between: “ ”, " ", ‘ ’, « » and „ “."""


def unquoted(prompt: str) -> str:
    """The prompt without one pair of ENCLOSING_QUOTES when the whole of it is quoted
    ('“Describe a project you’re proud of.”' was asked with its quotes); a prompt with a quote
    inside it ('What does “idempotent” mean?') or two quotes side by side ('“A” or “B”') is
    kept as written. A ’ between letters inside ‘ ’ is an apostrophe, not a closing quote."""
    text = prompt.strip()
    for opening, closing in ENCLOSING_QUOTES:
        if len(text) < 3 or not (text.startswith(opening) and text.endswith(closing)):
            continue
        inner = text[len(opening) : -len(closing)]
        if opening in inner or closing in _apostrophes_dropped(inner, closing):
            continue
        return inner.strip() or prompt
    return prompt


def _apostrophes_dropped(text: str, closing: str) -> str:
    """The text less the closing quote where it stands between letters as an apostrophe
    ("you’re"), when that quote is ’."""
    if closing != "\u2019":
        return text
    return re.sub(r"(?<=\w)\u2019(?=\w)", "", text)


EXCERPT_CHARS = 160
"""A prompt in the account of lines (what `--dry-run` shows, wrapped to the terminal) is at
most this long."""
EXCERPT_END_CHARS = 40


def excerpt(prompt: str, size: int = EXCERPT_CHARS) -> str:
    """A prompt's first line in at most `size` characters: a longer one loses words from its
    middle, not its end, so the reader still sees that the question is whole ("… a left
    join?")."""
    line = prompt.splitlines()[0] if prompt else ""
    if len(line) <= size:
        return line
    end = line[-EXCERPT_END_CHARS:]
    end = end.split(" ", 1)[1] if " " in end else end
    start = line[: size - len(end) - 3]
    start = start.rsplit(" ", 1)[0] if " " in start else start
    return f"{start} … {end}"
