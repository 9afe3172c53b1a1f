"""Vietnamese text: normalization, folding, segmentation."""

from bantin.text.normalize import clean, fold, normalize, slugify, tokens, folded_tokens
from bantin.text.segment import sentence_spans, sentences

__all__ = [
    "clean",
    "fold",
    "normalize",
    "slugify",
    "tokens",
    "folded_tokens",
    "sentence_spans",
    "sentences",
]
