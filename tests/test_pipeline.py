"""The extraction stage over worker processes: same records, same order, and a dead worker is an error."""
from __future__ import annotations

import json
import multiprocessing
import os
from concurrent.futures.process import BrokenProcessPool

import pytest

from paperkg import pipeline
from paperkg.pipeline import ExtractionReport, extract
from paperkg.records import Paper

METHODS = ("LoRA", "QLoRA", "knowledge distillation", "speculative decoding", "DPO")
BENCHMARKS = ("GSM8K", "MMLU", "HumanEval", "RewardBench")


def _papers(n: int) -> list[Paper]:
    """Small made-up abstracts whose entities and numbers differ from paper to paper."""
    papers = []
    for i in range(n):
        method, bench = METHODS[i % len(METHODS)], BENCHMARKS[i % len(BENCHMARKS)]
        abstract = (
            f"We propose Tool{i}, which combines {method} with a new schedule. "
            f"On {bench}, Tool{i} reaches {50 + i / 10:.1f}% accuracy and is up to {1 + i / 20:.2f}x faster than {method}."
        )
        papers.append(Paper(id=f"p{i:03d}", title=f"Tool{i}: a study of {method}", abstract=abstract))
    return papers


@pytest.fixture(scope="module")
def sequential(nlp) -> list[dict]:
    return [r.to_dict() for r in extract(_papers(40), nlp)]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_worker_processes_give_the_records_of_one_process_in_order(
    sequential: list[dict], method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    monkeypatch.setattr(pipeline, "_pool_context", lambda: multiprocessing.get_context(method))
    report = ExtractionReport()
    pooled = [r.to_dict() for r in extract(_papers(40), n_process=2, batch_size=6, report=report)]
    assert [r["id"] for r in pooled] == [f"p{i:03d}" for i in range(40)]
    assert pooled == sequential
    assert any(r["claims"] for r in pooled) and any(r["entities"] for r in pooled)
    assert report.failures == []


def _dying_batch(papers: list[Paper]):  # a worker killed while it holds the batch of paper p020
    if any(p.id == "p020" for p in papers):
        os._exit(9)
    return _original_batch(papers)


_original_batch = pipeline._extract_batch


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to inject the fault")
def test_a_dead_worker_stops_the_run_after_the_records_already_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_pool_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(pipeline, "_extract_batch", _dying_batch)
    seen: list[str] = []
    with pytest.raises(BrokenProcessPool):
        for record in extract(_papers(40), n_process=2, batch_size=5):
            seen.append(record.paper.id)
    # Records come in input order and only whole: nothing from the dead batch (p020-p024) or after it.
    assert seen == [f"p{i:03d}" for i in range(len(seen))]
    assert len(seen) <= 20


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to inject the fault")
def test_build_with_a_dead_worker_keeps_the_outputs_and_resumes(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from paperkg.cli import app

    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps({"title": p.title, "abstract": p.abstract}) + "\n" for p in _papers(300)))
    out, cold = tmp_path / "out", tmp_path / "cold"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(source), "--out", str(out)]).exit_code == 0
    before = {name: (out / name).read_bytes() for name in ("extractions.jsonl", "graph.ttl", "graph.html")}

    more = tmp_path / "more.jsonl"  # new papers, so the next build has work for the pool
    more.write_text("".join(json.dumps({"title": p.title + " II", "abstract": p.abstract}) + "\n" for p in _papers(300)))
    monkeypatch.setattr(pipeline, "_pool_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(pipeline, "_extract_batch", _dying_at_paper_200_ii)
    result = runner.invoke(app, ["build", str(source), str(more), "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 1 and "[E041]" in result.output
    assert {name: (out / name).read_bytes() for name in before} == before

    monkeypatch.setattr(pipeline, "_extract_batch", _original_batch)
    resumed = runner.invoke(app, ["build", str(source), str(more), "--out", str(out), "--jobs", "2"])
    assert resumed.exit_code == 0, resumed.output
    assert runner.invoke(app, ["build", str(source), str(more), "--out", str(cold), "--no-cache"]).exit_code == 0
    assert (out / "extractions.jsonl").read_bytes() == (cold / "extractions.jsonl").read_bytes()
    assert (out / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes()


def _dying_at_paper_200_ii(papers: list[Paper]):  # module level: the pool pickles it by name
    if any(p.title == "Tool200: a study of LoRA II" for p in papers):
        os._exit(9)
    return _original_batch(papers)


def test_a_claim_is_about_the_contribution_the_title_names(nlp) -> None:
    paper = Paper(id="w1", title="WoolNet: Fast Shearing for Large Flocks",
                  abstract="Shearing is slow. Relative to the dense SheepBERT, WoolNet cuts shearing latency by 40%.")
    (record,) = extract([paper], nlp)
    (claim,) = record.claims
    assert claim.subject == "WoolNet" and claim.metric == "shearing latency"


def test_a_result_is_the_titles_contribution_where_the_abstract_does_not_name_it(nlp) -> None:
    paper = Paper(id="w2", title="FlockNAS: Searching Smaller Sheep Networks",
                  abstract="We search network shapes with a genetic algorithm. We demonstrate a 1.5x reduction in "
                           "model size for certain tasks on top of Ewe-7B.")
    (record,) = extract([paper], nlp)
    (claim,) = record.claims
    assert claim.subject == "FlockNAS"


def test_the_papers_own_training_data_is_not_a_later_results_benchmark(nlp) -> None:
    title = "WoolInstruct: Instruction Tuning for Sheep Science"
    abstract = ("We created WoolInstruct, comprising 25,005 instructions to tune flock models. The WoolInstruct "
                "dataset is public. Our tuned models showed marked gains: 17.3% in QA and 5.7% in IE.")
    (record,) = extract([Paper(id="w", title=title, abstract=abstract)], nlp)
    assert {e.name: e.type for e in record.entities}["WoolInstruct"] == "dataset"
    assert [c.benchmark for c in record.claims] == [None, None]
