"""SPARQL over an export: load a file, run a query (text, ``@file.rq`` or a bundled name), format the rows.

Pure functions, so the ``paperkg query`` command, notebooks and tests share them. Queries run on
pyoxigraph (an in-memory ``Store``: 50-100x faster than rdflib at a million triples); rdflib is the
fallback when pyoxigraph is not installed. A malformed query raises :class:`QueryError` with the
line and column, whichever engine parsed it.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph

from .namespace import DCTYPES, PREFIXES, VOID

#: RDF syntax of each file suffix the loader accepts.
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}
_XSD = PREFIXES["xsd"]


class QueryError(ValueError):
    """A query that cannot be parsed or run; ``line`` and ``column`` are 1-based when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"malformed SPARQL query{where}: {message}")
        self.line, self.column = line, column


def graph_file(path: str | Path) -> Path:
    """The RDF file of a build directory (``OUT/graph.ttl``) or the file itself."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.is_file():
        raise FileNotFoundError(f"{p}: no such RDF file (give a build directory or a .ttl, .nt or .jsonld file)")
    if p.suffix.lower() not in SUFFIX_FORMATS:
        raise ValueError(f"{p}: unknown RDF file type; expected one of {', '.join(SUFFIX_FORMATS)}")
    return p


def is_store_dir(path: str | Path) -> bool:
    """Whether ``path`` is an on-disk pyoxigraph store (a RocksDB directory), not a build directory."""
    p = Path(path)
    return p.is_dir() and not (p / "graph.ttl").exists() and (p / "CURRENT").is_file() and any(p.glob("MANIFEST-*"))


def load_store(path: str | Path) -> Any:
    """An in-memory pyoxigraph ``Store`` holding the file (an rdflib ``Graph`` if pyoxigraph is missing).

    A directory made by ``paperkg load`` (see :func:`load_disk_store`) is opened as it is, read-only,
    so a graph larger than memory is queried without being parsed again.
    """
    if is_store_dir(path):
        import pyoxigraph as ox

        try:
            return ox.Store.read_only(str(path))
        except OSError:  # e.g. a store that was not closed cleanly: the read-write open recovers it
            return ox.Store(str(path))
    p = graph_file(path)
    fmt = SUFFIX_FORMATS[p.suffix.lower()]
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - exercised only without pyoxigraph
        return Graph().parse(p, format=fmt)
    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    store = ox.Store()
    store.bulk_load(path=str(p), format=rdf_format)
    return store


def load_disk_store(source: str | Path, store: str | Path) -> int:
    """Bulk-load an export (a build directory or an RDF file) into the on-disk pyoxigraph store ``store``.

    The store is created if missing; triples already in it are kept (loading the same file twice adds
    nothing, as a store is a set). Bulk loading streams the file, so memory does not grow with it.
    Returns the number of triples in the store afterwards.
    """
    import pyoxigraph as ox

    p = graph_file(source)
    fmt = SUFFIX_FORMATS[p.suffix.lower()]
    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    Path(store).mkdir(parents=True, exist_ok=True)
    db = ox.Store(str(store))
    db.bulk_load(path=str(p), format=rdf_format)
    db.flush()
    db.optimize()
    return len(db)


def bundled_queries() -> dict[str, str]:
    """Name -> text of the queries shipped in ``paperkg/exports/queries``."""
    folder = resources.files("paperkg.exports").joinpath("queries")
    return {
        f.name[: -len(".rq")]: f.read_text(encoding="utf-8")
        for f in sorted(folder.iterdir(), key=lambda f: f.name)
        if f.name.endswith(".rq")
    }


def query_description(text: str) -> str:
    """The leading ``#`` comment of a query, as one line (what ``paperkg query --help`` lists)."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(x for x in lines if x)


def resolve_query(query: str) -> str:
    """SPARQL text from ``query``: ``@path.rq`` reads a file, a bundled name its query, else the text itself."""
    if query.startswith("@"):
        return Path(query[1:]).read_text(encoding="utf-8")
    if re.fullmatch(r"[a-z][a-z0-9-]*", query):
        queries = bundled_queries()
        if query in queries:
            return queries[query]
        raise QueryError(f"no bundled query named {query!r}; bundled: {', '.join(queries)}")
    return query


def _with_prefixes(query: str) -> str:
    """The query with the export's prefixes declared first, so bundled and ad-hoc queries can use them."""
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", query))
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _QUERY_PREFIXES.items() if p not in declared)
    return head + query


_QUERY_PREFIXES = {**PREFIXES, "void": str(VOID), "dctypes": str(DCTYPES)}


def _error_position(message: str, offset_lines: int) -> tuple[int | None, int | None]:
    m = re.search(r"(?:at |line )(\d+)[:, ]+(?:column |col )?(\d+)", message)
    if not m:
        return None, None
    return max(1, int(m.group(1)) - offset_lines), int(m.group(2))


def run_query(path_or_store: Any, query: str) -> tuple[list[str], list[list[Any]]]:
    """Run SPARQL on a file path, a pyoxigraph ``Store`` or an rdflib ``Graph``; returns (columns, rows).

    ``query`` is text, ``@file.rq`` or a bundled query's name. Values come back as Python values: IRIs
    and strings as ``str``, xsd:decimal as ``Decimal``, integers as ``int``, unbound as ``None``.
    ASK gives one ``ask`` column; CONSTRUCT and DESCRIBE give subject, predicate, object.
    """
    text = resolve_query(query)
    full = _with_prefixes(text)
    added = full.count("\n") - text.count("\n")
    store = path_or_store if not isinstance(path_or_store, (str, Path)) else load_store(path_or_store)
    if isinstance(store, Graph):
        return _run_rdflib(store, full, added)
    return _run_oxigraph(store, full, added)


def _run_oxigraph(store: Any, query: str, added: int) -> tuple[list[str], list[list[Any]]]:
    import pyoxigraph as ox

    try:
        result = store.query(query)
    except SyntaxError as e:
        message = str(e)
        line, column = _error_position(message, added)
        raise QueryError(re.sub(r"^error at \d+:\d+:\s*", "", message), line, column) from None
    except (OSError, ValueError) as e:
        raise QueryError(str(e)) from None
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[bool(result)]]
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return columns, [[_ox_value(solution[c]) for c in columns] for solution in result]
    return ["subject", "predicate", "object"], [[_ox_value(t.subject), _ox_value(t.predicate), _ox_value(t.object)] for t in result]


def _ox_value(term: Any) -> Any:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _typed(term.value, term.datatype.value)
    return term.value if hasattr(term, "value") else str(term)


def _typed(lexical: str, datatype: str | None) -> Any:
    """A literal as the Python value a table or JSON should show."""
    try:
        if datatype == _XSD + "decimal":
            return Decimal(lexical)
        if datatype in {_XSD + t for t in ("integer", "int", "long", "nonNegativeInteger", "positiveInteger")}:
            return int(lexical)
        if datatype in (_XSD + "double", _XSD + "float"):
            return float(lexical)
        if datatype == _XSD + "boolean":
            return lexical in ("true", "1")
    except (ValueError, ArithmeticError):
        pass
    return lexical


def _run_rdflib(graph: Graph, query: str, added: int) -> tuple[list[str], list[list[Any]]]:
    from pyparsing import ParseException
    from rdflib import Literal

    try:
        result = graph.query(query)
    except ParseException as e:
        raise QueryError(e.msg, max(1, e.lineno - added), e.col) from None
    except Exception as e:  # rdflib raises many types for bad queries
        raise QueryError(str(e)) from None

    def value(term: Any) -> Any:
        if term is None:
            return None
        if isinstance(term, Literal):
            return _typed(str(term), str(term.datatype) if term.datatype else None)
        return str(term)

    if result.type == "ASK":
        return ["ask"], [[bool(result.askAnswer)]]
    if result.type == "SELECT":
        columns = [str(v) for v in result.vars or []]
        return columns, [[value(row[c]) for c in columns] for row in result]  # type: ignore[index]
    return ["subject", "predicate", "object"], [[value(x) for x in t] for t in result]  # type: ignore[union-attr]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table", *, width: int = 60) -> str:
    """Rows as an aligned text table (cells cut at ``width``), CSV, or JSON (a list of objects).

    Examples
    --------
    >>> print(format_rows(["a", "n"], [["x", 1]]))
    a | n
    --+--
    x | 1
    """
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
        return buf.getvalue().rstrip("\n")
    if fmt == "json":

        def plain(v: Any) -> Any:
            if isinstance(v, Decimal):
                return int(v) if v == v.to_integral_value() and "." not in str(v) else float(v)
            return v

        return json.dumps([{c: plain(v) for c, v in zip(columns, row)} for row in rows], ensure_ascii=False, indent=1)
    if fmt != "table":
        raise ValueError(f"unknown output format {fmt!r}; expected table, csv or json")
    cells = [[_cut(_cell(v), width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def void_description(g: Any, *, dataset: str = "https://w3id.org/paperkg/id/dataset", base: str | None = None) -> Graph:
    """A VoID description of an export (an rdflib ``Graph``, a pyoxigraph ``Store`` or a file).

    Counts triples, entities, classes and properties, one class partition per class, and lists the
    vocabularies used, so that a SPARQL user sees what the dataset holds before querying it.
    """
    from rdflib import RDF, Literal, URIRef
    from rdflib.namespace import DCTERMS, XSD

    store = load_store(g) if isinstance(g, (str, Path)) else g

    def one(q: str) -> int:
        return int(run_query(store, q)[1][0][0])

    d = URIRef(dataset)
    out = Graph()
    out.bind("void", VOID)
    out.bind("dcterms", DCTERMS)
    out.add((d, RDF.type, VOID.Dataset))
    out.add((d, DCTERMS.title, Literal("paperkg knowledge graph of ML papers, techniques and claimed results")))
    out.add((d, VOID.triples, Literal(one("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), datatype=XSD.integer)))
    out.add((d, VOID.distinctSubjects, Literal(one("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), datatype=XSD.integer)))
    out.add((d, VOID.properties, Literal(one("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), datatype=XSD.integer)))
    if base:
        out.add((d, VOID.uriSpace, Literal(base)))
    _, classes = run_query(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")
    out.add((d, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    for cls, n in classes:
        part = URIRef(f"{dataset}#class-{_slug(str(cls))}")
        out.add((d, VOID.classPartition, part))
        out.add((part, VOID["class"], URIRef(cls)))
        out.add((part, VOID.entities, Literal(int(n), datatype=XSD.integer)))
    _, preds = run_query(store, "SELECT DISTINCT ?p WHERE { ?s ?p ?o }")
    used = {str(c) for c, _ in classes} | {str(p) for (p,) in preds}
    for ns in sorted(set(PREFIXES.values()) | {str(DCTYPES)}):
        if any(t.startswith(ns) for t in used):
            out.add((d, VOID.vocabulary, URIRef(ns)))
    return out


def _slug(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}-{re.sub(r'[^A-Za-z0-9]+', '-', iri[len(ns):])}"
    return re.sub(r"[^A-Za-z0-9]+", "-", iri).strip("-")
