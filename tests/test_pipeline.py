"""The extraction stage over worker processes: same records, same order, and a dead worker is an error."""
from __future__ import annotations

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
