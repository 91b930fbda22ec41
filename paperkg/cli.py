"""The ``paperkg`` command: a thin typer shell over the library's stages."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .cache import CACHE_FILE, ExtractionCache
from .corpus import Corpus, read_papers
from .errors import Errors
from .records import ENTITY_TYPES, Extraction

if TYPE_CHECKING:
    import networkx as nx

    from .pipeline import ExtractionReport

# Each command imports what it needs (spaCy, networkx, rdflib, pandas) when it runs, so that
# ``paperkg --version`` and ``--help`` start at once.

app = typer.Typer(
    help="Build a knowledge graph of ML papers, their techniques and claimed results from listings of abstracts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[
    list[Path], typer.Argument(help="Listing text files, JSON Lines files, or directories holding them.", show_default=False)
]


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"paperkg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """paperkg: ML papers, techniques and claimed results as a knowledge graph."""


def _read(inputs: list[Path]) -> Corpus:
    """Read the inputs, report every problem on stderr, and stop only when nothing could be read."""
    corpus = read_papers(inputs)
    for problem in corpus.problems:
        _err(problem)
    if not corpus.papers:
        _err(Errors.E030.format(path=", ".join(str(p) for p in inputs), skipped=corpus.skipped))
        raise typer.Exit(code=1)
    if corpus.problems:
        _err(f"{len(corpus.papers)} papers read; {corpus.skipped} input problems reported above.")
    return corpus


def _extract(corpus: Corpus, report: ExtractionReport, jobs: int, cache: ExtractionCache | None = None) -> Iterator[Extraction]:
    """Extraction of what is not known yet, with a progress bar on stderr (shown only on a terminal)."""
    from concurrent.futures.process import BrokenProcessPool

    from .pipeline import extract_corpus

    records = extract_corpus(corpus.papers, extracted=corpus.extracted, cache=cache, n_process=jobs, report=report)
    try:
        if not sys.stderr.isatty() or len(corpus.papers) < 200:
            yield from records
            return
        with typer.progressbar(records, length=len(corpus.papers), label="extracting", file=sys.stderr) as bar:
            yield from bar
    except BrokenProcessPool as e:
        _err(Errors.E041.format(reason=e))
        raise typer.Exit(code=1) from None


@contextmanager
def _no_cache() -> Iterator[None]:
    yield None


def _report_failures(report: ExtractionReport) -> None:
    for failure in report.failures:
        _err(failure)


@app.command("extract")
def extract_cli(
    inputs: Inputs,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the records here instead of stdout.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for extraction.")] = 1,
    executor: Annotated[
        str, typer.Option("--executor", help="local (this machine, --jobs processes) or dask (--out is then a directory of shards).")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://HOST:8786 (default: a local cluster).")
    ] = None,
    shard_size: Annotated[int, typer.Option("--shard-size", min=1, help="Papers per Dask task and per shard file.")] = 2000,
) -> None:
    """Extract entities and claimed numbers: one JSON record per paper (extraction.schema.json)."""
    from .jsonl import write_extractions
    from .pipeline import ExtractionReport

    if executor not in ("local", "dask") or (executor == "dask" and out is None):
        _err(f"--executor {executor}: use local, or dask with --out DIR (a directory of shards); see docs/scale.md.")
        raise typer.Exit(code=2)
    corpus = _read(inputs)
    report = ExtractionReport()
    if executor == "dask":
        from .distributed import ShardError, extract_on_dask

        try:
            shards = extract_on_dask(corpus.papers, out, scheduler=scheduler, shard_size=shard_size, report=report)  # type: ignore[arg-type]
        except ShardError as e:
            _report_failures(report)
            _err(str(e))
            raise typer.Exit(code=1) from None
        _report_failures(report)
        _err(f"{len(corpus.papers) - len(report.failures)} records written to {len(shards)} shards in {out}")
        return
    count = write_extractions(_extract(corpus, report, jobs), out if out is not None else sys.stdout)
    _report_failures(report)
    if out is not None:
        _err(f"{count} records written to {out}")


@app.command("build")
def build_cli(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    base_iri: Annotated[str, typer.Option("--base-iri", help="Base of the IRIs minted in the RDF.")] = "",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for extraction.")] = 1,
    overrides: Annotated[
        Path | None, typer.Option("--overrides", help="Entity resolution overrides: 'same|different<TAB>A<TAB>B' lines.")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every paper again instead of reusing OUT's cache of unchanged papers.")
    ] = False,
) -> None:
    """Build everything: OUT/extractions.jsonl, OUT/graph.ttl and OUT/graph.html, then print a summary.

    The page holds the whole graph up to 5,000 nodes, else its 5,000 most connected nodes (it says so);
    paperkg html writes other views.

    Papers whose title and abstract were extracted before by the same extractors (OUT/.paperkg-cache)
    are not extracted again; INPUT may also hold extraction records (paperkg extract's output, or its
    shards), which are used as they are.
    """
    from .errors import InputError
    from .exports.html import page_view, write_html
    from .exports.namespace import DEFAULT_BASE_IRI
    from .exports.rdf import write_rdf
    from .graph import Resolver, build_graph, graph_summary, read_overrides
    from .jsonl import read_extractions, write_extractions
    from .pipeline import ExtractionReport

    started = time.perf_counter()
    try:
        parsed_overrides = read_overrides(overrides) if overrides is not None else []
    except InputError as e:  # checked before the long part of the build, not after it
        _err(str(e))
        raise typer.Exit(code=1) from e
    corpus = _read(inputs)
    report = ExtractionReport()
    # The records are not kept: resolution takes their names as they are written, and the graph is
    # built from the file afterwards, so memory holds the graph and not also every record.
    resolver = Resolver()

    def names(stream: Iterator[Extraction]) -> Iterator[Extraction]:
        for record in stream:
            resolver.add(record)
            yield record

    records_path = out / "extractions.jsonl"
    with ExtractionCache(out / CACHE_FILE) if not no_cache else _no_cache() as cache:
        count = write_extractions(names(_extract(corpus, report, jobs, cache)), records_path)
    _report_failures(report)
    input_problems = corpus.skipped
    del corpus  # the papers (and any input records) are in the file now; the graph reads them from there
    try:
        graph = build_graph(read_extractions(records_path), resolution=resolver.resolve(parsed_overrides))
    except InputError as e:
        _err(str(e))
        raise typer.Exit(code=1) from e
    triples = write_rdf(graph, out / "graph.ttl", base=base_iri or DEFAULT_BASE_IRI)
    page = page_view(graph)
    write_html(page.graph, out / "graph.html", note=page.note)
    summary = graph_summary(graph)
    seconds = time.perf_counter() - started
    typer.echo(
        f"papers:   {count} ({count - report.reused} extracted, {report.reused} reused; "
        f"{len(report.failures)} failed, {input_problems} input problems)"
    )
    per_type = ", ".join(f"{t} {summary['nodes'].get(t.capitalize(), 0)}" for t in ENTITY_TYPES)
    typer.echo(f"entities: {sum(summary['nodes'].get(t.capitalize(), 0) for t in ENTITY_TYPES)} ({per_type})")
    typer.echo(f"claims:   {summary['nodes'].get('Claim', 0)}")
    typer.echo(f"edges:    {summary['edges']}")
    typer.echo(f"triples:  {triples}")
    typer.echo(f"page:     {page.note or f'all {page.graph.number_of_nodes():,} nodes'}")
    typer.echo(f"seconds:  {seconds:.1f}")
    typer.echo(f"wrote:    {out / 'extractions.jsonl'}, {out / 'graph.ttl'}, {out / 'graph.html'}")


@app.command("evaluate")
def evaluate_cli(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON Lines, as in GUIDELINES.md).", exists=True, dir_okay=False)],
    inputs: Inputs,
    errors: Annotated[bool, typer.Option("--errors", help="List each paper's misses and false positives.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    interval: Annotated[
        bool, typer.Option("--interval", help="Add 95% intervals of the headline F1s (bootstrap over the gold papers).")
    ] = False,
) -> None:
    """Score the extractors on gold papers (found by title in INPUT) as the annotation guidelines define."""
    import json
    from dataclasses import asdict

    from .evaluate import format_scores, intervals, link_accuracy, load_jsonl, paper_errors, score
    from .names import name_key
    from .pipeline import ExtractionReport, extract

    gold_records = load_jsonl(gold)
    wanted = {name_key(g["title"]) for g in gold_records}
    corpus = _read(inputs)
    papers = [p for p in corpus.papers if name_key(p.title) in wanted]
    report = ExtractionReport()
    predicted = [r.to_dict() for r in extract(papers, report=report)]
    _report_failures(report)
    result = score(gold_records, predicted)
    if interval:
        result["intervals"] = intervals(gold_records, predicted)
    if as_json:
        out: dict = dict(result)
        if errors:
            out["errors"] = [asdict(e) for e in paper_errors(gold_records, predicted)]
        typer.echo(json.dumps(out, indent=1))
        return
    result["subject_acc"] = link_accuracy(gold_records, predicted, "subject")
    result["baseline_acc"] = link_accuracy(gold_records, predicted, "baseline")
    if errors:
        for e in paper_errors(gold_records, predicted):
            typer.echo(f"== {e.title}")
            for label, items in (("missed", e.missed_entities), ("false", e.false_entities),
                                 ("missed claim", e.missed_claims), ("false claim", e.false_claims),
                                 ("wrong", e.wrong_attributes)):
                for item in items:
                    typer.echo(f"  {label}: {item}")
    typer.echo(format_scores(result))


def _load_graph(out: Path, overrides: Path | None = None) -> nx.MultiDiGraph:
    """The graph of a build directory, rebuilt from OUT/extractions.jsonl (errors on stderr, exit 1)."""
    from .errors import InputError
    from .graph import graph_of_file

    path = out / "extractions.jsonl"
    if not path.is_file():
        _err(f"{path}: no such file; run 'paperkg build INPUTS --out {out}' first.")
        raise typer.Exit(code=1)
    try:
        return graph_of_file(path, overrides=overrides)
    except InputError as e:
        _err(str(e))
        raise typer.Exit(code=1) from e


BuildDir = Annotated[Path, typer.Argument(help="A build directory (holding extractions.jsonl).", show_default=False)]
OverridesOpt = Annotated[Path | None, typer.Option("--overrides", help="Entity resolution overrides file.")]


@app.command("merges")
def merges_cli(
    out: BuildDir,
    overrides: OverridesOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print merges and unresolved cases as JSON.")] = False,
) -> None:
    """List every entity merge with its reason, then the merges that were not made (ambiguous acronyms)."""
    import json

    graph = _load_graph(out, overrides)
    if as_json:
        typer.echo(json.dumps({"merges": graph.graph["merges"], "unresolved": graph.graph["unresolved"]}, indent=1, ensure_ascii=False))
        return
    for m in graph.graph["merges"]:
        detail = f"  ({m['detail']})" if m["detail"] else ""
        typer.echo(f"{m['reason']:<9} {m['kept']}  <-  {' | '.join(m['forms'])}{detail}")
    for u in graph.graph["unresolved"]:
        typer.echo(f"UNMERGED  {u['type']}:{u['form']}  ({u['reason']}: {' / '.join(u['candidates'])})")
    typer.echo(f"{len(graph.graph['merges'])} merges, {len(graph.graph['unresolved'])} unresolved", err=True)


@app.command("stats")
def stats_cli(
    out: BuildDir,
    overrides: OverridesOpt = None,
    rows: Annotated[int, typer.Option("--rows", "-n", min=1, help="Rows per table.")] = 10,
) -> None:
    """Print the head of each analysis table: top entities, leaderboard, co-occurrence, communities."""
    import pandas as pd

    from .graph import communities, cooccurrence, leaderboard, top_entities

    graph = _load_graph(out, overrides)
    tables = {
        "top entities": top_entities(graph, n=rows)[["type", "name", "papers"]],
        "top methods": top_entities(graph, "Method", n=rows)[["name", "papers"]],
        "top benchmarks": top_entities(graph, "Benchmark", n=rows)[["name", "papers"]],
        "leaderboard": leaderboard(graph)[["benchmark", "metric", "rank", "value", "unit", "subject", "title"]],
        "co-occurrence": cooccurrence(graph)[["a", "b", "papers"]],
        "communities": communities(graph)[["community", "type", "name", "papers"]],
    }
    with pd.option_context("display.width", 160, "display.max_colwidth", 40, "display.max_columns", 12):
        for title, df in tables.items():
            typer.echo(f"== {title} ({len(df)} rows)")
            typer.echo(df.head(rows).to_string(index=False) if len(df) else "(none)")
            typer.echo("")


@app.command("export")
def export_cli(
    out: BuildDir,
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, json, csv, ttl, nt or jsonld.")] = "graphml",
    dest: Annotated[Path | None, typer.Option("--output", "-o", help="Destination (a directory for csv).")] = None,
    base_iri: Annotated[str, typer.Option("--base-iri", help="Base of the IRIs minted in the RDF formats.")] = "",
    overrides: OverridesOpt = None,
) -> None:
    """Export the graph for Gephi/Cytoscape (GraphML, GEXF), pandas (CSV), JSON (node-link) or RDF."""
    from .exports.tables import FORMATS, default_dest, write_export

    if fmt not in FORMATS:
        _err(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
        raise typer.Exit(code=2)
    graph = _load_graph(out, overrides)
    target = write_export(graph, dest or default_dest(out, fmt), fmt, base=base_iri or None)
    _err(f"wrote {target}")


@app.command("html")
def html_cli(
    out: Annotated[Path, typer.Argument(help="A build directory (holding extractions.jsonl).", exists=True, file_okay=False)],
    dest: Annotated[Path | None, typer.Option("--output", "-o", help="Page to write (default OUT/graph-VIEW.html).")] = None,
    view: Annotated[str, typer.Option("--view", help="all, papers (papers + entities), techniques (methods/models + papers) or results (claims and what they link).")] = "all",
    focus: Annotated[str | None, typer.Option("--focus", help="Show only the neighbourhood of this name or alias (any case).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Links to follow from --focus.")] = 1,
    min_papers: Annotated[int, typer.Option("--min-papers", min=0, help="Drop entities used by fewer papers.")] = 0,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=0, help="Keep at most this many nodes, the most connected (0: no cap).")] = 0,
) -> None:
    """Write an interactive, offline HTML view of a build, whole or filtered (the page says how)."""
    from .exports.html import VIEWS, select_view, write_html
    from .graph import graph_of_file

    if view not in VIEWS:
        _err(f"unknown view {view!r}: choose one of {', '.join(VIEWS)}")
        raise typer.Exit(code=2)
    source = out / "extractions.jsonl"
    if not source.is_file():
        _err(f"{source} does not exist: run `paperkg build ... --out {out}` first")
        raise typer.Exit(code=1)
    graph = graph_of_file(source)
    try:
        selected = select_view(graph, view=view, focus=focus, depth=depth, min_papers=min_papers, max_nodes=max_nodes or None)
    except KeyError as e:
        _err(str(e.args[0]))
        raise typer.Exit(code=1) from e
    target = dest if dest is not None else out / f"graph-{view}.html"
    write_html(selected.graph, target, title=f"paperkg: {view} view", note=selected.note)
    typer.echo(selected.note or f"showing all {selected.graph.number_of_nodes():,} nodes")
    typer.echo(f"wrote:    {target}")


def _bundled_help() -> str:
    """The bundled queries' names, read from the package folder (as ``bundled_queries`` does, without rdflib)."""
    from importlib import resources

    try:
        folder = resources.files("paperkg.exports").joinpath("queries")
        names = sorted(f.name[: -len(".rq")] for f in folder.iterdir() if f.name.endswith(".rq"))
        return ", ".join(names) + " (each explained in its leading comment and in docs/rdf.md)."
    except Exception:  # help must never fail
        return ""


@app.command("query", help="Run SPARQL on a build directory (OUT/graph.ttl), an RDF file (.ttl, .nt, .jsonld) "
             "or a store made by paperkg load.\n\n"
             "QUERY is SPARQL text, @file.rq, or a bundled query's name. Bundled queries (paperkg/exports/queries): "
             + _bundled_help())
def query_cli(
    graph: Annotated[Path, typer.Argument(help="A build directory or an RDF file.", show_default=False)],
    query: Annotated[str, typer.Argument(help="SPARQL text, @file.rq, or a bundled query name.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    width: Annotated[int, typer.Option("--width", min=8, help="Cut table cells to this many characters.")] = 60,
) -> None:
    from .exports.sparql import QueryError, format_rows, run_query

    if fmt not in ("table", "csv", "json"):
        _err(f"unknown --format {fmt!r}: use table, csv or json.")
        raise typer.Exit(code=2)
    try:
        columns, rows = run_query(graph, query)
    except QueryError as e:
        _err(str(e))
        raise typer.Exit(code=2) from None
    except (OSError, ValueError) as e:
        _err(str(e))
        raise typer.Exit(code=1) from None
    typer.echo(format_rows(columns, rows, fmt, width=width))
    if fmt == "table":
        _err(f"{len(rows)} rows")


@app.command("void")
def void_cli(
    graph: Annotated[Path, typer.Argument(help="A build directory or an RDF file.", show_default=False)],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Where to write (default: void.ttl beside the graph).")] = None,
    base_iri: Annotated[str, typer.Option("--base-iri", help="The base IRI the graph was built with (void:uriSpace).")] = "",
) -> None:
    """Describe an export with VoID (triples, classes, class sizes, vocabularies) in void.ttl."""
    from .exports.namespace import DEFAULT_BASE_IRI
    from .exports.sparql import graph_file, void_description
    from .files import atomic_writer

    try:
        source = graph_file(graph)
    except (OSError, ValueError) as e:
        _err(str(e))
        raise typer.Exit(code=1) from None
    base = base_iri or DEFAULT_BASE_IRI
    description = void_description(source, dataset=f"{base}dataset", base=base)
    target = out if out is not None else source.parent / "void.ttl"
    with atomic_writer(target, binary=True) as f:
        f.write(description.serialize(format="turtle", encoding="utf-8"))
    typer.echo(f"wrote:    {target}")


@app.command("load")
def load_cli(
    graph: Annotated[Path, typer.Argument(help="A build directory (OUT/graph.ttl) or an RDF file.", show_default=False)],
    store: Annotated[Path, typer.Argument(help="Directory of the on-disk store (created if missing).", show_default=False)],
) -> None:
    """Bulk-load an export into an on-disk pyoxigraph store, for graphs too big to parse per query.

    Query it with paperkg query STORE QUERY; loading adds to what the store already holds.
    """
    from .exports.sparql import load_disk_store

    started = time.perf_counter()
    try:
        triples = load_disk_store(graph, store)
    except (OSError, ValueError, SyntaxError) as e:
        _err(str(e))
        raise typer.Exit(code=1) from None
    typer.echo(f"triples:  {triples}")
    typer.echo(f"seconds:  {time.perf_counter() - started:.1f}")
    typer.echo(f"wrote:    {store}")


def main() -> None:
    app()
