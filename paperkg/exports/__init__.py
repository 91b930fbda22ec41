"""Exports of the graph: RDF (Turtle, N-Triples, JSON-LD) and the HTML view."""
from __future__ import annotations

from .html import to_html, write_html
from .rdf import mint_iri, to_rdf, write_rdf

__all__ = ["mint_iri", "to_html", "to_rdf", "write_html", "write_rdf"]
