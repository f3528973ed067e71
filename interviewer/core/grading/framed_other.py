"""A statement framed as said of another named system (other61).

"In VQGAN+CLIP, CLIP scores the image against the prompt and the generator is steered by its
gradients" describes VQGAN+CLIP, not the Stable Diffusion a question asks about; "In
DreamBooth, the optimizer trains the full original weight matrices" is true of DreamBooth and
says nothing of LoRA (lead60 took back a CLIP line on genai-068 because correct answers that
describe a different system in such a frame were flagged). A listed wrong claim found in a
sentence that opens "In X," is not the candidate's claim about the question's subject when:

- X (at most MAX_FRAME words before the comma) holds a name written with a capital letter
  ("VQGAN+CLIP", "DreamBooth", "SVD-based") that is neither a word of the question (`asked`:
  "In Stable Diffusion, CLIP acts as the discriminator" on genai-068 stays a claim about it) nor
  a word of the line itself (its subject: "In BERT, BERT is ..." is no frame);
- no word of X names a tool, library, framework, company or paper that runs a method rather
  than another method (TOOLS, frame62): "In Hugging Face PEFT, training updates the full
  original weight matrices" on LoRA (genai-085), "In PyTorch, ...", "In LangChain's RAG chain,
  ...", "In the Diffusers library, ..." stay claims about the question's subject, while "In
  DreamBooth, ..." and "In closed-book GPT-3, ..." are still said of another system;
- nothing between the comma and the statement turns to another subject: no contrast word
  (CONTRASTS: "In GANs, a discriminator judges, but here ...") nor a semicolon, and no word of
  the question ("In PPO terms, GRPO needs ..." is said of GRPO).

A frame that names the question's subject, a lowercase one ("In practice, ...", "In plain
fine-tuning, ...") and "In X" without a comma are read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from .matching import Answer, Phrase

MAX_FRAME = 5
"""At most this many words between "In" and the comma that ends the frame."""

TOOLS = frozenset(
    """
    hugging huggingface peft trl diffusers pytorch torch torchmetrics tensorflow keras jax
    langchain langgraph llamaindex vllm tgi tensorrt triton ollama deepspeed megatron unsloth
    axolotl bitsandbytes faiss elasticsearch opensearch lucene pinecone weaviate milvus nltk
    sacrebleu sklearn scikit onnx anthropic google meta microsoft nvidia
    library libraries framework frameworks toolkit package implementation codebase api sdk
    """.split()
)
"""Words of a frame that name what runs a method, not another method: libraries, frameworks,
serving engines, vector stores and companies, and the nouns that say so ("In the PEFT library,").
A paper or a repository is not one: "In the DreamBooth paper," is said of DreamBooth, and the
frame's other words decide (review62). A hand list: the rubric names most of these only inside
concepts that also name the methods and metrics they run (genai-095's "PEFT library" beside
LoRA, DPO, PPO; genai-115's metric packages beside BLEU, ROUGE, FID), and no concept's `about`
names one but OpenAI (genai-165's Kaplan side, a system the question contrasts: left out of the
list)."""

CONTRASTS = frozenset("but while whereas however instead unlike though although yet here".split())
"""Words after the frame that turn to another subject ("..., but here the U-Net ...")."""


def framed_in_another(
    phrase: Phrase, answer: Answer, positions: Sequence[int], asked: frozenset[str]
) -> bool:
    """Whether the statement at `positions` stands in a sentence opening "In X," where X names
    another system than the question's (module docstring)."""
    text, structure = answer.text, answer.structure
    words, stems = text.words, text.stems
    first = min(positions)
    start = structure.start("sentence", first)
    if words[start] != "in":
        return False
    comma = next(
        (
            j
            for j in range(start + 1, min(first, start + MAX_FRAME + 1))
            if text.comma_before(j + 1)
        ),
        None,
    )
    if comma is None or any(words[i] in TOOLS for i in range(start + 1, comma + 1)):
        return False
    own = {w for t in phrase.tokens for w in t[:2]}
    named = [
        i
        for i in range(start + 1, comma + 1)
        if any(c.isupper() for c in text.raw[text.spans[i][0] : text.spans[i][1]])
        and not {words[i], stems[i]} & (asked | own)
    ]
    if not named:
        return False
    between = range(comma + 1, first)
    if ";" in text.raw[text.spans[comma][1] : text.spans[first][0]]:
        return False
    return not any(words[i] in CONTRASTS or words[i] in asked or stems[i] in asked for i in between)
