"""Vietnamese text: normalization, folding, segmentation."""

from bantin.text.normalize import clean, fold, folded_tokens, normalize, slugify, tokens
from bantin.text.segment import sentence_spans, sentences

__all__ = [
    "clean",
    "fold",
    "folded_tokens",
    "normalize",
    "sentence_spans",
    "sentences",
    "slugify",
    "tokens",
]
