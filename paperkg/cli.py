"""The ``paperkg`` command: a thin typer shell over the library's stages."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Iterator, List, Optional

import typer

from . import __version__
from .corpus import Corpus, read_papers
from .errors import Errors
from .pipeline import ExtractionReport, extract
from .records import ENTITY_TYPES, Extraction

app = typer.Typer(
    help="Build a knowledge graph of ML papers, their techniques and claimed results from listings of abstracts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[
    List[Path], typer.Argument(help="Listing text files, JSON Lines files, or directories holding them.", show_default=False)
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
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
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


def _extract(corpus: Corpus, report: ExtractionReport, jobs: int) -> Iterator[Extraction]:
    """Extraction with a progress bar on stderr (shown only on a terminal)."""
    records = extract(corpus.papers, n_process=jobs, report=report)
    if not sys.stderr.isatty() or len(corpus.papers) < 200:
        yield from records
        return
    with typer.progressbar(records, length=len(corpus.papers), label="extracting", file=sys.stderr) as bar:
        yield from bar


def _report_failures(report: ExtractionReport) -> None:
    for failure in report.failures:
        _err(failure)


@app.command("extract")
def extract_cli(
    inputs: Inputs,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the records here instead of stdout.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for extraction.")] = 1,
) -> None:
    """Extract entities and claimed numbers: one JSON record per paper (extraction.schema.json)."""
    from .jsonl import write_extractions

    corpus = _read(inputs)
    report = ExtractionReport()
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
) -> None:
    """Build everything: OUT/extractions.jsonl, OUT/graph.ttl and OUT/graph.html, then print a summary."""
    from .exports.html import write_html
    from .exports.namespace import DEFAULT_BASE_IRI
    from .exports.rdf import write_rdf
    from .graph import build_graph, graph_summary
    from .jsonl import write_extractions

    started = time.perf_counter()
    corpus = _read(inputs)
    report = ExtractionReport()
    records: list[Extraction] = []

    def keep(stream: Iterator[Extraction]) -> Iterator[Extraction]:
        for record in stream:
            records.append(record)
            yield record

    write_extractions(keep(_extract(corpus, report, jobs)), out / "extractions.jsonl")
    _report_failures(report)
    graph = build_graph(records)
    triples = write_rdf(graph, out / "graph.ttl", base=base_iri or DEFAULT_BASE_IRI)
    write_html(graph, out / "graph.html")
    summary = graph_summary(graph)
    seconds = time.perf_counter() - started
    typer.echo(f"papers:   {len(records)} ({len(report.failures)} failed, {corpus.skipped} input problems)")
    per_type = ", ".join(f"{t} {summary['nodes'].get(t.capitalize(), 0)}" for t in ENTITY_TYPES)
    typer.echo(f"entities: {sum(summary['nodes'].get(t.capitalize(), 0) for t in ENTITY_TYPES)} ({per_type})")
    typer.echo(f"claims:   {summary['nodes'].get('Claim', 0)}")
    typer.echo(f"edges:    {summary['edges']}")
    typer.echo(f"triples:  {triples}")
    typer.echo(f"seconds:  {seconds:.1f}")
    typer.echo(f"wrote:    {out / 'extractions.jsonl'}, {out / 'graph.ttl'}, {out / 'graph.html'}")


@app.command("evaluate")
def evaluate_cli(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON Lines, as in GUIDELINES.md).", exists=True, dir_okay=False)],
    inputs: Inputs,
    errors: Annotated[bool, typer.Option("--errors", help="List each paper's misses and false positives.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the extractors on gold papers (found by title in INPUT) as the annotation guidelines define."""
    import json

    from .evaluate import format_scores, load_jsonl, paper_errors, score
    from .names import name_key

    gold_records = load_jsonl(gold)
    wanted = {name_key(g["title"]) for g in gold_records}
    corpus = _read(inputs)
    papers = [p for p in corpus.papers if name_key(p.title) in wanted]
    report = ExtractionReport()
    predicted = [r.to_dict() for r in extract(papers, report=report)]
    _report_failures(report)
    result = score(gold_records, predicted)
    if as_json:
        out: dict = dict(result)
        if errors:
            out["errors"] = [_asdict(e) for e in paper_errors(gold_records, predicted)]
        typer.echo(json.dumps(out, indent=1))
        return
    if errors:
        for e in paper_errors(gold_records, predicted):
            typer.echo(f"== {e.title}")
            for label, items in (("missed", e.missed_entities), ("false", e.false_entities),
                                 ("missed claim", e.missed_claims), ("false claim", e.false_claims)):
                for item in items:
                    typer.echo(f"  {label}: {item}")
    typer.echo(format_scores(result))


def _asdict(obj: object) -> dict:
    from dataclasses import asdict

    return asdict(obj)  # type: ignore[call-overload]


def main() -> None:
    app()
