"""The knowledge graph of a collection: building it from records, and asking it questions."""
from __future__ import annotations

from .build import NODE_TYPES, GraphBuilder, build_graph, family_name, graph_summary

__all__ = ["NODE_TYPES", "GraphBuilder", "build_graph", "family_name", "graph_summary"]
