"""The command line, end to end: what a newcomer runs first."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from typer.testing import CliRunner

from paperkg import __version__
from paperkg.cli import app
from paperkg.exports.namespace import SCHEMA

runner = CliRunner()
ABSTRACT = (
    "We propose FooNet, a network for counting sheep. FooNet reaches 91.5% accuracy on ImageNet, "
    "2.3x faster than ResNet-50. Code is at https://github.com/example/foonet. " + "More words follow here. " * 6
)


def test_version_and_help() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output
    for command in ([], ["build"], ["extract"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_extract_to_stdout_and_file(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"title": "FooNet: Counting Sheep", "abstract": ABSTRACT}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[0])
    assert record["title"] == "FooNet: Counting Sheep"
    assert any(e["name"] == "FooNet" and e["proposed"] for e in record["entities"])
    out = tmp_path / "x.jsonl"
    assert runner.invoke(app, ["extract", str(src), "--out", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == record


def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "FooNet: Counting Sheep", "abstract": ABSTRACT}) + "\n{oops\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), str(empty), str(tmp_path / "missing.txt")])
    assert result.exit_code == 0
    assert "good.jsonl:2:" in result.stderr and "empty.txt" in result.stderr and "missing.txt" in result.stderr
    assert "3 input problems" in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1


def test_nothing_readable_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["build", str(empty), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "[E030]" in result.stderr
    assert not (tmp_path / "out" / "extractions.jsonl").exists()


@pytest.mark.slow
def test_build_the_corpus(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for key in ("papers:", "entities:", "claims:", "triples:", "page:", "seconds:"):
        assert key in result.stdout
    records = [json.loads(line) for line in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 317 and len({r["id"] for r in records}) == 317
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(set(g.subjects(RDF.type, SCHEMA.ScholarlyArticle))) == 317
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    # Deterministic: a second build gives byte-identical outputs.
    again = tmp_path / "again"
    assert runner.invoke(app, ["build", str(corpus_dir), "--out", str(again)]).exit_code == 0
    for name in ("extractions.jsonl", "graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_build_page_of_a_big_graph_is_its_most_connected_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from paperkg.exports import html

    monkeypatch.setattr(html, "PAGE_MAX_NODES", 3)
    src = _jsonl_input(tmp_path, "in.jsonl", ["FooNet: Counting Sheep", "FooNet Again: More Sheep"])
    result = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert re.search(r"page: +showing 3 of \d+ nodes: the 3 most connected nodes kept", result.stdout)
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "showing 3 of" in page and "paperkg html writes other views" in page


def _jsonl_input(tmp_path: Path, name: str, titles: list[str]) -> Path:
    src = tmp_path / name
    src.write_text("".join(json.dumps({"title": t, "abstract": ABSTRACT}) + "\n" for t in titles), encoding="utf-8")
    return src


def test_rebuild_extracts_only_new_papers_and_matches_a_cold_build(tmp_path: Path) -> None:
    first = _jsonl_input(tmp_path, "a.jsonl", ["FooNet: Counting Sheep", "BarNet: Counting Goats"])
    second = _jsonl_input(tmp_path, "b.jsonl", ["BazNet: Counting Cows"])
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(first), "--out", str(out)])
    assert "(2 extracted, 0 reused;" in result.stdout
    result = runner.invoke(app, ["build", str(first), str(second), "--out", str(out)])
    assert "(1 extracted, 2 reused;" in result.stdout
    cold = tmp_path / "cold"
    result = runner.invoke(app, ["build", str(first), str(second), "--out", str(cold), "--no-cache"])
    assert "(3 extracted, 0 reused;" in result.stdout
    for name in ("extractions.jsonl", "graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (cold / name).read_bytes(), name
    assert oct((out / "graph.ttl").stat().st_mode & 0o777) != "0o600"


def test_a_torn_cache_line_is_ignored(tmp_path: Path) -> None:
    from paperkg.cache import CACHE_FILE

    src = _jsonl_input(tmp_path, "a.jsonl", ["FooNet: Counting Sheep", "BarNet: Counting Goats"])
    out = tmp_path / "out"
    runner.invoke(app, ["build", str(src), "--out", str(out)])
    cache = out / CACHE_FILE
    lines = cache.read_text(encoding="utf-8").splitlines()
    cache.write_text(lines[0] + "\n" + lines[1][: len(lines[1]) // 2], encoding="utf-8")  # killed mid-write
    result = runner.invoke(app, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0 and "(1 extracted, 1 reused;" in result.stdout


def test_build_accepts_extraction_records(tmp_path: Path) -> None:
    src = _jsonl_input(tmp_path, "a.jsonl", ["FooNet: Counting Sheep", "BarNet: Counting Goats"])
    records = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["extract", str(src), "--out", str(records)]).exit_code == 0
    result = runner.invoke(app, ["build", str(records), "--out", str(tmp_path / "out"), "--no-cache"])
    assert "(0 extracted, 2 reused;" in result.stdout
    direct = tmp_path / "direct"
    runner.invoke(app, ["build", str(src), "--out", str(direct), "--no-cache"])
    rebuilt = [json.loads(line)["entities"] for line in (tmp_path / "out" / "extractions.jsonl").read_text().splitlines()]
    fresh = [json.loads(line)["entities"] for line in (direct / "extractions.jsonl").read_text().splitlines()]
    assert rebuilt == fresh


@pytest.mark.slow
def test_two_jobs_give_the_same_bytes_as_one(corpus_dir: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["extract", str(corpus_dir), "--out", str(one)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(corpus_dir), "--out", str(two), "--jobs", "2"]).exit_code == 0
    assert one.read_bytes() == two.read_bytes()
