"""A pronoun opening a "because" clause stands for the subject of the clause it gives the cause
of: "Diffusion models are preferred because they are trained adversarially" says "diffusion
models are trained adversarially" (pron66; train-blind genai-065 "Prompt engineering is crucial
mainly because it permanently retrains the model", miss65's table).

The rule exactly: a subject pronoun right after "because" (no comma, no connective between),
where "because" stands in the same sentence as the word before it, with no mark between them
(", because it" and "Because it ..." opening a sentence are not read), and opens a clause of its
own. The clause before it is then the pronoun's previous clause, and what the pronoun stands
for is that clause's subject noun phrase, read by pronoun_claims exactly as for a pronoun after
"and" (one noun phrase before its verb, agreeing in number, no subordinate opener, no
pronoun chain read as nothing); else nothing.

In: "GPT is fast because it is small" (-> GPT), "Batching helps because it compresses the
weights" (-> batching). Out: "We use a cross-encoder because it is accurate" ("we" is no noun
phrase: nothing, not the object), "Users prefer RAG because it is cheaper" (the number does not
agree with "users": nothing), "If GPT is fast because it is small, ..." (the clause opens with
"if"), "GPT is fast, because it is small" (a comma before "because": a cause given apart, left
as before), "Because it is small, GPT is fast" (the pronoun comes before its noun)."""

from __future__ import annotations

from .matching import Answer


def cause_previous(answer: Answer, pronoun: int) -> int | None:
    """The last word of the clause that the "because" before the pronoun at `pronoun` gives
    the cause of (module docstring); None when the pronoun opens no such clause."""
    text, structure = answer.text, answer.structure
    words, sentences, clauses = text.words, structure.sentences, structure.clauses
    cause = pronoun - 1
    if cause < 1 or words[cause] != "because":
        return None
    previous = cause - 1
    if sentences[previous] != sentences[pronoun] or clauses[previous] == clauses[pronoun]:
        return None
    if text.raw[text.spans[previous][1] : text.spans[cause][0]].strip():
        return None
    return previous
