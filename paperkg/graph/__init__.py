"""The knowledge graph of a collection: building it from records, resolving entities, and asking it questions."""
from __future__ import annotations

from .analysis import (
    communities,
    cooccurrence,
    find_entities,
    leaderboard,
    paper_profile,
    papers_using,
    top_entities,
)
from .build import (
    NODE_TYPES,
    GraphBuilder,
    build_graph,
    family_name,
    graph_of_file,
    graph_summary,
)
from .resolve import (
    Merge,
    Override,
    Resolution,
    Resolver,
    Unresolved,
    read_overrides,
    resolve,
)

__all__ = [
    "NODE_TYPES",
    "GraphBuilder",
    "Merge",
    "Override",
    "Resolution",
    "Resolver",
    "Unresolved",
    "build_graph",
    "communities",
    "cooccurrence",
    "family_name",
    "find_entities",
    "graph_of_file",
    "graph_summary",
    "leaderboard",
    "paper_profile",
    "papers_using",
    "read_overrides",
    "resolve",
    "top_entities",
]
