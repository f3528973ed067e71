"""A question's short title: the first line of its prompt, where one line must name it (a
report's "What to do next", the appeal dialog). A question about code holds its code, its
choices and a closing instruction on the lines after the first (play61: imported lists); on
one line they ran together: "Question: What is the output of below code function main() {
console.log("A"); ...".

`prompt_title("What is RAG?")` is "What is RAG?"; `prompt_title("What's the output?\\nlet a
= 1;\\n- A: 1")` is "What's the output?", and `prompt_is_cut` of it is True."""

from __future__ import annotations


def prompt_title(prompt: str) -> str:
    """The prompt's first line with text, stripped ("" for a blank prompt)."""
    for line in prompt.splitlines():
        if line.strip():
            return line.strip()
    return ""


def prompt_is_cut(prompt: str) -> bool:
    """Whether the prompt has text after the line `prompt_title` keeps."""
    lines = [line for line in prompt.splitlines() if line.strip()]
    return len(lines) > 1
