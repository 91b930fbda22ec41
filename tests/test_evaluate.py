"""The evaluate command agrees with the reference scorer, and extraction quality does not regress."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.evaluate import intervals, link_accuracy, load_jsonl, same_claim, score, unit_class


def test_units_and_claim_matching() -> None:
    assert unit_class("\\%") == "%" and unit_class("times") == "x" and unit_class("pp") == "points"
    assert same_claim({"value": 2.2, "unit": "x"}, {"value": 2.21, "unit": "times"})
    assert not same_claim({"value": 2.2, "unit": "x"}, {"value": 2.2, "unit": "%"})


def test_scores_by_hand() -> None:
    gold = [{"title": "T", "entities": [{"name": "Low-Rank Adaptation", "aliases": ["LoRA"], "type": "method"},
                                         {"name": "GSM8K", "type": "benchmark"}],
             "claims": [{"value": 2.0, "unit": "x", "direction": "increase", "metric": "speed"}]}]
    pred = [{"title": "t", "entities": [{"name": "LoRA", "type": "method", "mentions": [{"text": "LoRA"}]},
                                        {"name": "GSM8K", "type": "dataset"}, {"name": "BERT", "type": "model"}],
             "claims": [{"value": 2.0, "unit": "times", "direction": "increase", "metric": "inference speed"}]}]
    res = score(gold, pred)
    assert res["entities"]["method"]["f1"] == 1.0
    assert res["entities"]["benchmark"]["r"] == 0.0 and res["entities"]["data"]["f1"] == 1.0
    assert res["entities"]["any_type"]["tp"] == 2 and res["entities"]["any_type"]["pred"] == 3
    assert res["claims"]["f1"] == 1.0 and res["claims"]["metric_acc"] == 1.0


def test_subject_accuracy_accepts_any_name_of_the_gold_entity() -> None:
    gold = [{"title": "T", "entities": [{"name": "Low-Rank Adaptation", "aliases": ["LoRA"], "type": "method"}],
             "claims": [{"value": 2.0, "unit": "x", "subject": "Low-Rank Adaptation"},
                        {"value": 3.0, "unit": "x", "subject": "LoRA"}, {"value": 4.0, "unit": "x"}]}]
    pred = [{"title": "T", "claims": [{"value": 2.0, "unit": "x", "subject": "LoRA"},
                                      {"value": 3.0, "unit": "x", "subject": "QLoRA"}, {"value": 4.0, "unit": "x"}]}]
    assert link_accuracy(gold, pred, "subject") == 0.5


def test_baseline_accuracy_ignores_a_leading_article() -> None:
    gold = [{"title": "T", "entities": [], "claims": [{"value": 2.0, "unit": "x", "baseline": "the base model"},
                                                      {"value": 3.0, "unit": "x", "baseline": "BERT-base"}]}]
    pred = [{"title": "T", "claims": [{"value": 2.0, "unit": "x", "baseline": "base model"},
                                      {"value": 3.0, "unit": "x", "baseline": "dense BERT-base"}]}]
    assert link_accuracy(gold, pred, "baseline") == 0.5


def test_intervals_hold_the_figure_and_are_reproducible() -> None:
    def paper(i: int, hit: bool) -> tuple[dict, dict]:
        gold = {"title": f"T{i}", "entities": [{"name": "LoRA", "type": "method"}, {"name": "GSM8K", "type": "benchmark"}],
                "claims": [{"value": 2.0, "unit": "x"}]}
        pred = {"title": f"T{i}", "entities": [{"name": "LoRA" if hit else "QLoRA", "type": "method"},
                                               {"name": "GSM8K", "type": "benchmark"}],
                "claims": [{"value": 2.0, "unit": "x"}]}
        return gold, pred
    pairs = [paper(i, hit=i % 3 != 0) for i in range(30)]
    gold, pred = [g for g, _ in pairs], [p for _, p in pairs]
    ci = intervals(gold, pred)
    f1 = score(gold, pred)["entities"]["any_type"]["f1"]
    assert ci["any_type"][0] < f1 < ci["any_type"][1] and ci["claims"] == [1.0, 1.0]
    assert ci == intervals(gold, pred)  # a fixed seed: the same files give the same interval
    same = [paper(i, hit=True) for i in range(30)]
    assert intervals([g for g, _ in same], [p for _, p in same])["any_type"] == [1.0, 1.0]


def _reference_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_reference", shared / "annotation" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_evaluate_matches_the_reference_scorer_and_meets_the_floor(corpus_records, tmp_path: Path) -> None:
    from conftest import GOLD, SHARED

    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in corpus_records), encoding="utf-8")
    reference = _reference_scorer(SHARED).score(str(GOLD), str(pred_path))
    ours = score(load_jsonl(GOLD), [r.to_dict() for r in corpus_records])
    assert ours == reference
    result = CliRunner().invoke(app, ["evaluate", str(GOLD), str(SHARED / "corpus"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == reference
    # Regression floor, below the current figures (see README): extraction must not silently get worse.
    assert reference["entities"]["any_type"]["f1"] >= 0.85
    assert reference["entities"]["macro_f1"] >= 0.85
    assert reference["claims"]["f1"] >= 0.95
    result = CliRunner().invoke(app, ["evaluate", str(GOLD), str(SHARED / "corpus"), "--interval"])
    assert result.exit_code == 0 and "95% intervals (bootstrap over papers): any-type F1 0." in result.output
