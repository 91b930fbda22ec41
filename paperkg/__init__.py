"""paperkg: a knowledge graph of ML papers, their techniques and their claimed results, from abstracts.

The stages are plain functions over plain records::

    from paperkg import read_papers, extract, build_graph
    corpus = read_papers(["listings/"])
    records = list(extract(corpus.papers))
    graph = build_graph(records)
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

try:
    __version__ = version("paperkg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

from .corpus import Corpus, read_papers
from .lazy import lazy_getattr
from .records import Claim, Entity, Extraction, Mention, Paper

if TYPE_CHECKING:
    from .graph import build_graph
    from .pipeline import extract, make_nlp

# Imported on first use (PEP 562): spaCy and networkx take a second or more to import, which every
# ``paperkg --version`` and every ``import paperkg.records`` would otherwise pay.
_LAZY = {"build_graph": ".graph", "extract": ".pipeline", "make_nlp": ".pipeline"}

__getattr__ = lazy_getattr(__name__, _LAZY, globals())

__all__ = [
    "Claim",
    "Corpus",
    "Entity",
    "Extraction",
    "Mention",
    "Paper",
    "__version__",
    "build_graph",
    "extract",
    "make_nlp",
    "read_papers",
]
