"""Benchmark paperkg at several corpus sizes: is it fast at any size, and is its cost linear?

Usage::

    python benchmarks/benchmark.py --sizes 1 30 300 --corpus ../shared/corpus --work /tmp/pkg-bench \\
        [--json results.json] [--skip-browser] [--skip-jobs2] [--skip-build] [--reuse-extractions]
        [--browser-timeout 180]

For each size N the corpus (listing files or JSON Lines, read with :func:`paperkg.corpus.read_papers`) is
replicated N times into ``WORK/xN/corpus.jsonl``: copy 1 keeps the titles, copy k > 1 gets the suffix
" (copy k)", so every copy is a distinct paper (x300 of the 317-paper corpus is ~95,000 papers). Then:

* **extract, 1 / 2 processes**: ``paperkg extract corpus.jsonl --out ... --jobs J`` run as a whole
  subprocess (start-up, reading, spaCy, writing), timed by wall clock. Peak RSS is the largest sum of
  the RSS of the child and all its descendants, sampled every 50 ms with psutil (``/usr/bin/time``-free).
  Reported as abstracts/s = papers / wall seconds.
* **tokenizer floor**: ``spacy.blank("en").pipe(texts)`` over the same ``Paper.text`` strings, in this
  process; ``ratio`` = paperkg one-process extraction time / tokenizer time.
* In this process, from the 1-process ``extractions.jsonl``: **read** (``read_extractions``),
  **resolve** (``paperkg.graph.resolve``), **graph build** (``build_graph``, which includes resolving
  again), **RDF** (``write_rdf`` to Turtle, through pyoxigraph), **SPARQL load** (Turtle bulk-loaded
  into an in-memory ``pyoxigraph.Store`` once) and each **bundled query** (``paperkg/exports/queries``,
  through ``run_query`` on that store), **HTML**: ``page_view(G)`` + ``write_html`` (the page ``paperkg
  build`` writes: the whole graph up to ``PAGE_MAX_NODES`` nodes, else the most connected ones) and
  ``select_view(G, max_nodes=2000)`` + ``write_html``: time, page size and nodes.
* **build**: ``paperkg build corpus.jsonl --out ... --no-cache`` as a whole subprocess, wall time and
  peak RSS (the command users run; it extracts on one process, then builds, serialises and renders).
* **per paper**: build wall time / papers and extraction time / papers, to check that cost is linear.
* **time to interactive** in headless Chromium (Playwright, ``/usr/bin/chromium``): from ``goto`` of the
  ``file://`` page until ``document.body.dataset.paperkgReady`` is set (the page sets it after vis.js has
  drawn once), for the build's page and the 2,000-node view of each size. Skipped with a note when
  Playwright or Chromium is missing, or with ``--skip-browser``.

Each stage's figures are printed as a Markdown table per size and, with ``--json FILE``, written as JSON
(one object per size, plus machine information). Timings are wall clock on a possibly shared machine:
the load average is recorded before each size.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from paperkg.corpus import read_papers  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# ---------------------------------------------------------------------------------------------- helpers


def paperkg_cmd() -> list[str]:
    """The ``paperkg`` console script of this interpreter's environment (``python -m`` as a fallback)."""
    script = Path(sys.executable).parent / "paperkg"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from paperkg.cli import main; main()"]


def run_measured(cmd: list[str], log: Path) -> dict[str, float]:
    """Run a command to completion; wall seconds and peak RSS (MB) of its whole process tree."""
    peak = 0
    started = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        ps = psutil.Process(proc.pid)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                try:
                    tree = [ps, *ps.children(recursive=True)]
                    total = 0
                    for p in tree:
                        try:
                            total += p.memory_info().rss
                        except psutil.Error:
                            pass
                    peak = max(peak, total)
                except psutil.Error:
                    pass
                done.wait(0.05)

        t = threading.Thread(target=sample, daemon=True)
        t.start()
        rc = proc.wait()
        seconds = time.perf_counter() - started
        done.set()
        t.join()
    if rc != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {rc}; see {log}")
    return {"seconds": seconds, "peak_rss_mb": peak / 2**20}


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    gc.collect()
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def make_corpus(source: list[Path], copies: int, dest: Path) -> tuple[int, list[str]]:
    """Write ``copies`` replicas of the source corpus as JSON Lines; returns (papers, texts)."""
    corpus = read_papers(source)
    dest.parent.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    count = 0
    with dest.open("w", encoding="utf-8") as f:
        for k in range(1, copies + 1):
            suffix = "" if k == 1 else f" (copy {k})"
            for p in corpus.papers:
                record: dict[str, Any] = {"title": p.title + suffix, "abstract": p.abstract}
                date = p.date or next((s.date for s in p.listings if s.date), None)
                if date:
                    record["date"] = date  # a listing's date, so that the by-date query has rows
                if p.url:
                    record["url"] = p.url
                if p.authors:
                    record["authors"] = list(p.authors)
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    # The texts the extractors read (title + separator + abstract), for the tokenizer floor.
    for p in read_papers([dest]).papers:
        texts.append(p.text)
    return count, texts


def tokenizer_seconds(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started


def time_to_interactive(pages: dict[str, Path], timeout_s: float) -> dict[str, Any]:
    """Seconds from navigation to ``document.body.dataset.paperkgReady`` for each page (or a note)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"note": "playwright not installed: time to interactive skipped"}
    if not Path(CHROMIUM).exists():
        return {"note": f"{CHROMIUM} missing: time to interactive skipped"}
    out: dict[str, Any] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for name, page_path in pages.items():
                page = browser.new_page()
                try:
                    started = time.perf_counter()
                    page.goto(page_path.resolve().as_uri(), wait_until="commit", timeout=timeout_s * 1000)
                    page.wait_for_function(
                        "() => document.body && document.body.dataset.paperkgReady", timeout=timeout_s * 1000, polling=50
                    )
                    out[name] = round(time.perf_counter() - started, 2)
                except Exception as e:  # a timeout is a result, not a failure of the benchmark
                    out[name] = f"not ready after {timeout_s:.0f} s ({e.__class__.__name__})"
                finally:
                    page.close()
        finally:
            browser.close()
    return out


# ---------------------------------------------------------------------------------------------- one size


def bench_size(copies: int, source: list[Path], work: Path, args: argparse.Namespace) -> dict[str, Any]:
    d = work / f"x{copies}"
    d.mkdir(parents=True, exist_ok=True)
    r: dict[str, Any] = {"size": f"x{copies}", "load_avg_before": round(os.getloadavg()[0], 2)}
    corpus = d / "corpus.jsonl"
    (papers, texts), t = timed(make_corpus, source, copies, corpus)
    r["papers"] = papers
    r["words"] = sum(len(x.split()) for x in texts)
    print(f"[x{copies}] {papers:,} papers written to {corpus} in {t:.1f} s", file=sys.stderr, flush=True)

    # Extraction as whole processes.
    ext = d / "extractions.jsonl"
    timing = d / "extract-j1.json"
    if args.reuse_extractions and ext.is_file() and timing.is_file():
        m = json.loads(timing.read_text())
        r["extract_j1_reused"] = True
    else:
        m = run_measured([*paperkg_cmd(), "extract", str(corpus), "--out", str(ext), "--jobs", "1"], d / "extract-j1.log")
        timing.write_text(json.dumps(m))
    r["extract_j1_s"] = m["seconds"]
    r["extract_j1_rate"] = papers / m["seconds"]
    r["extract_j1_rss_mb"] = m.get("peak_rss_mb")
    print(f"[x{copies}] extract --jobs 1: {m['seconds']:.1f} s", file=sys.stderr, flush=True)
    if not args.skip_jobs2:
        m = run_measured(
            [*paperkg_cmd(), "extract", str(corpus), "--out", str(d / "extractions-j2.jsonl"), "--jobs", "2"],
            d / "extract-j2.log",
        )
        r["extract_j2_s"] = m["seconds"]
        r["extract_j2_rate"] = papers / m["seconds"]
        r["extract_j2_rss_mb"] = m["peak_rss_mb"]
        r["extract_j2_same_output"] = (d / "extractions-j2.jsonl").read_bytes() == ext.read_bytes()
        print(f"[x{copies}] extract --jobs 2: {m['seconds']:.1f} s", file=sys.stderr, flush=True)

    # The floor: spaCy's tokenizer alone on the same texts.
    r["tokenizer_s"] = tokenizer_seconds(texts)
    r["tokenizer_rate"] = papers / r["tokenizer_s"]
    r["ratio_extract_to_tokenizer"] = r["extract_j1_s"] / r["tokenizer_s"]
    del texts

    # Graph, RDF, SPARQL, HTML in this process (imported here, after the subprocesses, on purpose).
    from paperkg.exports.html import page_view, select_view, write_html
    from paperkg.exports.rdf import write_rdf
    from paperkg.exports.sparql import bundled_queries, load_store, run_query
    from paperkg.graph import build_graph, resolve
    from paperkg.jsonl import read_extractions

    records, r["read_s"] = timed(lambda: list(read_extractions(ext)))
    _, r["resolve_s"] = timed(resolve, records)
    G, r["graph_s"] = timed(build_graph, records)
    r["graph_build_only_s"] = r["graph_s"] - r["resolve_s"]
    r["nodes"], r["edges"] = G.number_of_nodes(), G.number_of_edges()
    ttl = d / "graph.ttl"
    r["triples"], r["rdf_s"] = timed(write_rdf, G, ttl)
    r["ttl_mb"] = ttl.stat().st_size / 2**20
    store, r["sparql_load_s"] = timed(load_store, ttl)
    r["queries"] = {}
    for name in bundled_queries():
        (_, rows), seconds = timed(run_query, store, name)
        r["queries"][name] = {"seconds": seconds, "rows": len(rows)}
    del store
    html = d / "graph.html"
    page, r["html_select_s"] = timed(page_view, G)
    _, r["html_s"] = timed(write_html, page.graph, html, note=page.note)
    r["html_mb"] = html.stat().st_size / 2**20
    r["html_nodes"] = page.graph.number_of_nodes()
    view, r["select_view_s"] = timed(select_view, G, max_nodes=2000)
    html_view = d / "graph-2000.html"
    _, r["html_view_s"] = timed(write_html, view.graph, html_view, note=view.note)
    r["html_view_mb"] = html_view.stat().st_size / 2**20
    r["html_view_nodes"] = view.graph.number_of_nodes()
    del G, view, page, records
    gc.collect()
    print(f"[x{copies}] graph/RDF/SPARQL/HTML done", file=sys.stderr, flush=True)

    # The whole command.
    if not args.skip_build:
        out = d / "build"
        m = run_measured([*paperkg_cmd(), "build", str(corpus), "--out", str(out), "--no-cache"], d / "build.log")
        r["build_s"] = m["seconds"]
        r["build_rss_mb"] = m["peak_rss_mb"]
        r["build_per_paper_ms"] = 1000 * m["seconds"] / papers
        print(f"[x{copies}] paperkg build: {m['seconds']:.1f} s", file=sys.stderr, flush=True)
    r["extract_per_paper_ms"] = 1000 * r["extract_j1_s"] / papers
    r["graph_per_paper_ms"] = 1000 * r["graph_s"] / papers

    if args.skip_browser:
        r["tti"] = {"note": "--skip-browser"}
    else:
        r["tti"] = time_to_interactive({"build page": html, "max_nodes=2000": html_view}, args.browser_timeout)
    return r


# ---------------------------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    import spacy

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }


def _f(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def markdown(r: dict[str, Any]) -> str:
    rows: list[tuple[str, str]] = [
        ("papers / words", f"{_f(r['papers'])} / {_f(r['words'])}"),
        ("load average before", _f(r["load_avg_before"])),
        ("extract, 1 process: wall s / abstracts/s / peak RSS MB",
         f"{_f(r['extract_j1_s'], 1)} / {_f(r['extract_j1_rate'], 0)} / {_f(r['extract_j1_rss_mb'], 0)}"
         + (" (reused)" if r.get("extract_j1_reused") else "")),
    ]
    if "extract_j2_s" in r:
        rows.append(("extract, 2 processes: wall s / abstracts/s / peak RSS MB (same output)",
                     f"{_f(r['extract_j2_s'], 1)} / {_f(r['extract_j2_rate'], 0)} / {_f(r['extract_j2_rss_mb'], 0)}"
                     f" ({_f(r['extract_j2_same_output'])})"))
    rows += [
        ("tokenizer floor: s / abstracts/s", f"{_f(r['tokenizer_s'])} / {_f(r['tokenizer_rate'], 0)}"),
        ("ratio extract(1 process) / tokenizer", f"{_f(r['ratio_extract_to_tokenizer'], 1)}x"),
        ("read extractions.jsonl s", _f(r["read_s"])),
        ("resolve s", _f(r["resolve_s"])),
        ("graph build s (incl. resolve) / nodes / edges", f"{_f(r['graph_s'])} / {_f(r['nodes'])} / {_f(r['edges'])}"),
        ("RDF Turtle s / triples / MB", f"{_f(r['rdf_s'])} / {_f(r['triples'])} / {_f(r['ttl_mb'], 1)}"),
        ("SPARQL: load Turtle into pyoxigraph s", _f(r["sparql_load_s"])),
    ]
    for name, q in r["queries"].items():
        rows.append((f"SPARQL {name}.rq s (rows)", f"{_f(q['seconds'], 3)} ({_f(q['rows'])})"))
    rows += [
        ("HTML build page: select s / write s / MB / nodes",
         f"{_f(r['html_select_s'])} / {_f(r['html_s'])} / {_f(r['html_mb'], 1)} / {_f(r['html_nodes'])}"),
        ("HTML max_nodes=2000: select s / write s / MB / nodes",
         f"{_f(r['select_view_s'])} / {_f(r['html_view_s'])} / {_f(r['html_view_mb'], 1)} / {_f(r['html_view_nodes'])}"),
    ]
    if "build_s" in r:
        rows.append(("paperkg build --no-cache: wall s / peak RSS MB",
                     f"{_f(r['build_s'], 1)} / {_f(r['build_rss_mb'], 0)}"))
        rows.append(("per paper ms: build / extract / graph",
                     f"{_f(r['build_per_paper_ms'], 3)} / {_f(r['extract_per_paper_ms'], 3)} / {_f(r['graph_per_paper_ms'], 3)}"))
    else:
        rows.append(("per paper ms: extract / graph",
                     f"{_f(r['extract_per_paper_ms'], 3)} / {_f(r['graph_per_paper_ms'], 3)}"))
    for name, v in r["tti"].items():
        rows.append((f"time to interactive ({name})", _f(v) + (" s" if isinstance(v, float) else "")))
    lines = [f"### {r['size']}", "", "| figure | value |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 30], help="Replication factors (default: 1 30).")
    parser.add_argument("--corpus", type=Path, nargs="+", default=[ROOT.parent / "shared" / "corpus"],
                        help="Listing/JSONL files or directories to replicate.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/pkg-bench"), help="Scratch directory (one xN folder per size).")
    parser.add_argument("--json", type=Path, default=None, help="Also write the figures here as JSON.")
    parser.add_argument("--skip-browser", action="store_true", help="Do not measure time to interactive in Chromium.")
    parser.add_argument("--skip-jobs2", action="store_true", help="Do not run the 2-process extraction.")
    parser.add_argument("--skip-build", action="store_true", help="Do not run the whole 'paperkg build' command.")
    parser.add_argument("--reuse-extractions", action="store_true",
                        help="Keep WORK/xN/extractions.jsonl and the 1-process timing of an earlier run of the same size.")
    parser.add_argument("--browser-timeout", type=float, default=180.0, help="Seconds to wait for a page to be ready.")
    args = parser.parse_args(argv)

    info = machine()
    print(f"machine: {info}", file=sys.stderr)
    print(f"command: {' '.join(sys.argv)}\n")
    results: list[dict[str, Any]] = []
    for copies in args.sizes:
        r = bench_size(copies, args.corpus, args.work, args)
        results.append(r)
        print(markdown(r), flush=True)
        if args.json:
            args.json.write_text(json.dumps({"machine": info, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
