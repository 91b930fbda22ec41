"""Exports of the graph: RDF (Turtle, N-Triples, JSON-LD) and the HTML view."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_getattr

if TYPE_CHECKING:
    from .html import to_html, write_html
    from .rdf import mint_iri, to_rdf, write_rdf

__all__ = ["mint_iri", "to_html", "to_rdf", "write_html", "write_rdf"]

# Imported on first use (PEP 562), so that reading the bundled queries or the templates of this
# package does not import networkx and rdflib.
_LAZY = {"to_html": ".html", "write_html": ".html", "mint_iri": ".rdf", "to_rdf": ".rdf", "write_rdf": ".rdf"}

__getattr__ = lazy_getattr(__name__, _LAZY, globals())
