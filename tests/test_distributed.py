"""Extraction on Dask and the on-disk SPARQL store: same bytes as a local run, resumable, retry-safe."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed")

from paperkg import distributed as pkd  # noqa: E402
from paperkg.cli import app  # noqa: E402
from paperkg.corpus import read_papers  # noqa: E402
from paperkg.jsonl import dumps_record, read_extractions  # noqa: E402
from paperkg.pipeline import ExtractionReport, extract  # noqa: E402

runner = CliRunner()

TECHNIQUES = ["FooNet", "BarFormer", "QuuxGAN", "ZapDiffusion", "MoLoRA"]
DATASETS = ["ImageNet", "CIFAR-10", "COCO", "SQuAD", "GSM8K"]


def _papers() -> list[dict[str, str]]:
    """Fifteen invented abstracts, each with a proposed method, a dataset, a baseline and a number."""
    out = []
    for i in range(15):
        name, data = f"{TECHNIQUES[i % 5]}-{i}", DATASETS[(i * 2) % 5]
        out.append({
            "title": f"{name}: Paper Number {i} on Efficient Learning",
            "abstract": (
                f"We propose {name}, a method for efficient learning. {name} reaches {80 + i}.{i}% accuracy on {data}, "
                f"outperforming ResNet-50 by {i % 4 + 1}.5 points and running {i % 3 + 2}x faster than BERT. "
                + "The rest of the abstract explains the method in plain words. " * 3
            ),
        })
    return out


@pytest.fixture(scope="module")
def small_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("input") / "papers.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in _papers()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_bytes(small_input: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """What ``paperkg extract`` writes on one machine: the reference the shards must reproduce."""
    out = tmp_path_factory.mktemp("local") / "extractions.jsonl"
    result = runner.invoke(app, ["extract", str(small_input), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


def _concat(paths: list[Path]) -> bytes:
    return b"".join(p.read_bytes() for p in paths)


def _papers_of(path: Path) -> list[Any]:
    return read_papers([path]).papers


def test_shards_equal_local_extraction(client: Any, small_input: Path, local_bytes: bytes, tmp_path: Path) -> None:
    paths = pkd.extract_on_dask(_papers_of(small_input), tmp_path, scheduler=client, shard_size=4)
    assert [p.name for p in paths] == [f"extractions-0000{i}.jsonl" for i in range(4)]
    assert _concat(paths) == local_bytes
    records = [r for p in paths for r in read_extractions(p)]
    assert [r.paper.title for r in records] == [p["title"] for p in _papers()]
    assert sorted(tmp_path.iterdir()) == sorted(paths + [p.with_name(p.name + ".done") for p in paths])


def test_rerun_skips_complete_shards(client: Any, small_input: Path, local_bytes: bytes, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    papers = _papers_of(small_input)
    paths = pkd.extract_on_dask(papers, tmp_path, scheduler=client, shard_size=4)
    stamps = {p: p.stat().st_mtime_ns for p in paths}
    # Interrupted run: shard 1 written but not its manifest; shard 2 cut short after its manifest.
    paths[1].with_name(paths[1].name + ".done").unlink()
    paths[2].write_bytes(paths[2].read_bytes()[:100])
    calls: list[int] = []

    def counting_extract(batch: list[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        calls.append(len(batch))
        return extract(batch, *args, **kwargs)

    monkeypatch.setattr(pkd, "extract", counting_extract)
    again = pkd.extract_on_dask(papers, tmp_path, scheduler=client, shard_size=4)
    assert again == paths and sorted(calls) == [4, 4]
    assert paths[0].stat().st_mtime_ns == stamps[paths[0]] and paths[3].stat().st_mtime_ns == stamps[paths[3]]
    assert _concat(paths) == local_bytes
    calls.clear()
    assert pkd.extract_on_dask(papers, tmp_path, scheduler=client, shard_size=4) == paths and calls == []
    # Fewer, bigger shards: the old shards numbered past the new count are removed, not duplicated.
    bigger = pkd.extract_on_dask(papers, tmp_path, scheduler=client, shard_size=8)
    assert len(bigger) == 2 and sorted(tmp_path.glob("*.jsonl")) == bigger and _concat(bigger) == local_bytes


def test_failing_task_is_retried_without_loss_or_duplicates(client: Any, small_input: Path, local_bytes: bytes,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock, failed = threading.Lock(), set()

    def flaky_extract(batch: list[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Fails the first attempt of every shard, after part of its work, as a dying worker would."""
        with lock:
            first = batch[0].id not in failed
            failed.add(batch[0].id)
        records = list(extract(batch, *args, **kwargs))
        if first:
            raise ConnectionError("worker lost")
        return iter(records)

    monkeypatch.setattr(pkd, "extract", flaky_extract)
    paths = pkd.extract_on_dask(_papers_of(small_input), tmp_path, scheduler=client, shard_size=4, retries=1)
    assert len(failed) == 4 and _concat(paths) == local_bytes
    ids = [r.paper.id for p in paths for r in read_extractions(p)]
    assert len(ids) == len(set(ids)) == 15


def test_shard_failing_every_retry_raises_and_keeps_the_rest(client: Any, small_input: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    papers = _papers_of(small_input)
    bad = papers[5].id

    def broken_extract(batch: list[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        if any(p.id == bad for p in batch):
            raise RuntimeError("always fails")
        return extract(batch, *args, **kwargs)

    monkeypatch.setattr(pkd, "extract", broken_extract)
    with pytest.raises(pkd.ShardError, match="shard 1"):
        pkd.extract_on_dask(papers, tmp_path, scheduler=client, shard_size=4, retries=1)
    assert sorted(p.name for p in tmp_path.glob("*.jsonl")) == [f"extractions-0000{i}.jsonl" for i in (0, 2, 3)]


def test_failures_reach_the_client_and_survive_resume(client: Any, small_input: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    papers = _papers_of(small_input)
    bad = papers[6].id

    message = f"[E040] paper {bad}: extraction failed and the paper was skipped (test)."

    def skipping_extract(batch: list[Any], nlp: Any, *, report: ExtractionReport) -> Iterator[Any]:
        """Reports and drops one paper, as the pipeline's error handler does."""
        if any(p.id == bad for p in batch):
            report.failures.append(message)
        return extract([p for p in batch if p.id != bad], nlp, report=report)

    monkeypatch.setattr(pkd, "extract", skipping_extract)
    for _ in range(2):  # the second run computes nothing and reads the failure from the manifest
        report = ExtractionReport()
        paths = pkd.extract_on_dask(papers, tmp_path, scheduler=client, shard_size=4, report=report)
        assert report.failures == [message]
        assert sum(1 for p in paths for _ in read_extractions(p)) == 14


def test_cli_dask_executor(client: Any, small_input: Path, local_bytes: bytes, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    result = runner.invoke(app, ["extract", str(small_input), "--executor", "dask", "--scheduler",
                                 client.scheduler.address, "--out", str(out), "--shard-size", "6"])
    assert result.exit_code == 0, result.output
    assert "15 records written to 3 shards" in result.output
    assert _concat(sorted(out.glob("*.jsonl"))) == local_bytes
    bad = runner.invoke(app, ["extract", str(small_input), "--executor", "dask"])
    assert bad.exit_code == 2 and "--out DIR" in bad.output


def test_load_and_query_on_disk_store(small_input: Path, tmp_path: Path) -> None:
    build = tmp_path / "out"
    result = runner.invoke(app, ["build", str(small_input), "--out", str(build)])
    assert result.exit_code == 0, result.output
    count = "SELECT (COUNT(*) AS ?n) WHERE {?s ?p ?o}"
    expected = runner.invoke(app, ["query", str(build), count, "--format", "json"])
    assert expected.exit_code == 0, expected.output
    n = json.loads(expected.stdout)[0]["n"]
    store = tmp_path / "store"
    loaded = runner.invoke(app, ["load", str(build), str(store)])
    assert loaded.exit_code == 0, loaded.output
    assert f"triples:  {n}" in loaded.output
    for _ in range(2):  # loading again adds nothing: a store is a set of triples
        got = runner.invoke(app, ["query", str(store), count, "--format", "json"])
        assert got.exit_code == 0, got.output
        assert json.loads(got.stdout)[0]["n"] == n > 0
        assert runner.invoke(app, ["load", str(build / "graph.ttl"), str(store)]).exit_code == 0
    assert runner.invoke(app, ["load", str(tmp_path / "missing"), str(store)]).exit_code == 1


@pytest.mark.slow
def test_corpus_shards_equal_local_extraction(client: Any, corpus_dir: Path, corpus_records: list[Any],
                                              tmp_path: Path) -> None:
    papers = read_papers([corpus_dir]).papers
    paths = pkd.extract_on_dask(papers, tmp_path, scheduler=client, shard_size=100)
    assert len(paths) == -(-len(papers) // 100)
    assert _concat(paths) == "".join(dumps_record(r) + "\n" for r in corpus_records).encode("utf-8")
