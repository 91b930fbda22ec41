"""Exports of the graph: RDF (Turtle, N-Triples, JSON-LD) and the HTML view."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .html import to_html, write_html
    from .rdf import mint_iri, to_rdf, write_rdf

__all__ = ["mint_iri", "to_html", "to_rdf", "write_html", "write_rdf"]

# Imported on first use (PEP 562), so that reading the bundled queries or the templates of this
# package does not import networkx and rdflib.
_LAZY = {"to_html": ".html", "write_html": ".html", "mint_iri": ".rdf", "to_rdf": ".rdf", "write_rdf": ".rdf"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
