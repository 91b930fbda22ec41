"""Tests for paperkg.extractors.claims (claimed numbers in abstracts).

All sentences are invented for the tests.  Every claim returned anywhere is
checked for exact offsets (text[start:end] == claim["text"]).
"""
from __future__ import annotations

from typing import Any

import pytest

from paperkg.extractors.claims import find_claims, normalize_unit, parse_number, split_sentences

KEYS = {"text", "start", "end", "value", "unit", "metric", "direction", "qualifier",
        "subject", "benchmark", "baseline", "sentence"}
QUALIFIERS = {None, "up to", "average", "about", "more than", "at least", "less than"}


def run(text: str, entities: Any = ()) -> list[dict[str, Any]]:
    """find_claims with our splitter, checking the output contract on every call."""
    out = find_claims(text, split_sentences(text), entities)
    assert isinstance(out, list)
    for c in out:
        assert set(c) == KEYS
        assert text[c["start"]:c["end"]] == c["text"]
        assert c["text"]
        assert isinstance(c["value"], float)
        assert c["direction"] in ("increase", "decrease", "none")
        assert c["qualifier"] in QUALIFIERS
        assert c["sentence"] and c["sentence"] in text
    assert [c["start"] for c in out] == sorted(c["start"] for c in out)
    return out


def values(text: str) -> list[tuple[float, str]]:
    return [(c["value"], c["unit"]) for c in run(text)]


def only(text: str) -> dict[str, Any]:
    out = run(text)
    assert len(out) == 1, out
    return out[0]


# --- units -------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Our tagger reaches an accuracy of 70.66% on the held-out split.", 70.66, "%"),
    ("The verifier improves accuracy by 15\\% over the baseline.", 15.0, "%"),
    ("The new loss lowers the error by 12 percent.", 12.0, "%"),
    ("Our kernel is 2.2x faster than the reference kernel.", 2.2, "x"),
    ("Our kernel is 2.2× faster than the reference kernel.", 2.2, "x"),
    ("Our kernel trains 2.5X faster than the reference kernel.", 2.5, "x"),
    ("Each run costs less than $15 per paper.", 15.0, "dollar"),
    ("The cache makes decoding 15 times faster.", 15.0, "x"),
    ("The cache makes decoding 15times faster.", 15.0, "x"),
    ("We observe a 3-fold speedup in training.", 3.0, "x"),
    ("Our solver yields a $10\\times$ speedup.", 10.0, "x"),
    ("The method improves F1 by 3.1 points.", 3.1, "points"),
    ("The method improves F1 by 2.5 pp on average.", 2.5, "points"),
    ("It raises accuracy by 4.2 percentage points.", 4.2, "points"),
    ("Serving latency drops to 35 ms per request.", 35.0, "ms"),
    ("Peak memory falls from 40GB to 12GB with our optimizer.", 12.0, "GB"),
    ("The engine sustains 1,250 tokens/s on one accelerator.", 1250.0, "token/s"),
    ("The tracker runs at 24 frames per second on a laptop.", 24.0, "fps"),
    ("Our recipe needs only 2 GPU hours to train.", 2.0, "GPU hour"),
    ("The distilled model achieves a BLEU of 35.2 on the test set.", 35.2, ""),
])
def test_units(text: str, value: float, unit: str) -> None:
    assert (value, unit) in values(text)


def test_the_level_a_score_rose_from_and_a_correlation_between() -> None:
    assert values("It improves the F1 score to 0.78, up from 0.71.") == [(0.78, ""), (0.71, "")]
    assert run("We set the threshold to 0.5, down from 0.7.") == []
    assert values("Our results show a Pearson correlation of 0.81 between predicted and true scores.") == [(0.81, "")]


def test_the_share_a_quantity_is_changed_to() -> None:
    text = "On consumer GPUs we reduce the total compute for inference to 64% of that of the dense model."
    assert only(text)["direction"] == "decrease"
    assert only("We increase the success rate to 85%.")["direction"] == "increase"
    assert run("We set the dropout rate to 10%.") == []  # a chosen setting


def test_a_short_aside_in_brackets_is_read_past() -> None:
    claims = run("WoolGen matches DiT in quality with up to 15x (11.5x) FLOPs (latency) reduction.")
    assert [(c["value"], c["direction"], c["metric"]) for c in claims] == [
        (15.0, "decrease", "flops reduction"), (11.5, "decrease", "flops reduction")]


def test_a_bracketed_result_keeps_its_own_cue() -> None:
    assert [c["direction"] for c in run("WoolNet improves accuracy by 3.2% (approx. 2x faster).")] == [
        "increase", "increase"]
    assert [c["direction"] for c in run("The large model's performance (50.4% vs 52.1%) is close.")] == ["none", "none"]


def test_scores_named_in_other_words() -> None:
    assert values("We achieve 45.3 BLEU on WMT'14 En-Fr, +1.2 over prior work.") == [(45.3, ""), (1.2, "points")]
    assert values("It runs 40 tokens/second on a phone.") == [(40.0, "token/s")]
    assert values("Our method achieves a Kendall's tau of 0.61.") == [(0.61, "")]


def test_a_score_on_a_benchmark_with_no_measure_named_is_accuracy() -> None:
    text = "WoolLM-1B outperforms Ewe-7B on WoolQA and FleeceARC, reaching 52.3% and 48.1%, respectively."
    ents = _mentions(text, ("WoolLM-1B", "model", True), ("Ewe-7B", "model", False), ("WoolQA", "benchmark", False),
                     ("FleeceARC", "benchmark", False))
    assert [(c["metric"], c["benchmark"]) for c in find_claims(text, split_sentences(text), ents)] == [
        ("accuracy", "WoolQA"), ("accuracy", "FleeceARC")]


def test_a_measure_before_of_only() -> None:
    c = only("The best model achieves an average coverage of only 35.2%.")
    assert (c["metric"], c["qualifier"]) == ("coverage", "average")


def test_respectively_pairs_results_with_listed_measures() -> None:
    assert [c["metric"] for c in run("WoolNet reduces latency and memory usage by 30% and 40%, respectively.")] == [
        "latency", "memory usage"]
    text = "WoolNet needs only 0.5% and 14.6% of the parameters and computational complexity of FleeceGAN, respectively."
    assert [c["metric"] for c in run(text)] == ["parameters", "computational complexity"]
    assert [c["metric"] for c in run("WoolNet reduces latency and memory usage by 30% and 40%.")] == [
        "memory usage", "memory usage"]  # no "respectively": both may measure both, the nearest names them


def test_lagging_behind_and_fewer_things() -> None:
    assert only("WoolNet lags behind FleeceLM by only 2.1 points.")["direction"] == "decrease"
    c = only("It needs 4x fewer GPUs for training.")
    assert (c["metric"], c["direction"]) == ("number of gpus", "decrease")


def test_a_later_benchmark_with_its_own_results_is_not_this_ones() -> None:
    text = "WoolSeg reaches WoolCOCO val set with 58.0% PQ, FleeceScapes val set with 68.4% PQ and 83.5% mIoU, and HoofK val set with 50.9% PQ."
    ents = _mentions(text, ("WoolCOCO", "benchmark", False), ("FleeceScapes", "benchmark", False), ("HoofK", "benchmark", False))
    assert [c["benchmark"] for c in find_claims(text, split_sentences(text), ents)] == [
        "WoolCOCO", "FleeceScapes", "FleeceScapes", "HoofK"]


def test_a_plus_sign_is_a_gain() -> None:
    assert [c["direction"] for c in run("Small models gain the most (delta F1 +0.12 to +0.23).")] == ["increase", "increase"]


def test_lower_is_better_measures() -> None:
    c = only("WoolPrune outperforms the magnitude baseline by 26.79 perplexity at 70% sparsity.")
    assert (c["unit"], c["direction"]) == ("", "decrease")  # perplexity has no points; lower is better
    assert only("Our model improves WER by 1.3 points.")["direction"] == "decrease"
    assert only("It increases latency by 5%.")["direction"] == "increase"
    assert only("The kernel achieves a 2.1x improvement in latency.")["direction"] == "increase"  # a speed-up


def test_a_factor_of_reads_as_by() -> None:
    assert [(c["value"], c["unit"], c["direction"]) for c in run("Decoding speed increases by a factor of 3.")] == [
        (3.0, "x", "increase")]
    assert only("We reduce memory by a factor of about 4.")["direction"] == "decrease"


def test_a_training_budget_is_no_result() -> None:
    assert run("We train for 1,000 GPU hours on TPUs.") == []


def test_unit_helpers() -> None:
    assert normalize_unit("\\%") == "%"
    assert normalize_unit(" percent") == "%"
    assert normalize_unit("times") == "x"
    assert normalize_unit("-fold") == "x"
    assert normalize_unit(" points") == "points"
    assert normalize_unit(" minutes") == "minute"
    assert normalize_unit("GB") == "GB"
    assert parse_number("2,217,692") == 2217692.0
    assert parse_number("twenty-five") == 25.0
    assert parse_number("five") == 5.0
    assert parse_number("banana") is None


# --- number words and LaTeX --------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("The full pipeline finishes in five minutes on a laptop.", 5.0, "minute"),
    ("Quantization cuts the memory needed for inference by half.", 50.0, "%"),
    ("Quantization cuts the memory needed for inference by nearly half.", 50.0, "%"),
    ("With quantization, inference latency is roughly halved.", 50.0, "%"),
    ("Pruning speeds up inference by an order of magnitude.", 10.0, "x"),
    ("The sparse kernel is two orders of magnitude faster.", 100.0, "x"),
    ("The student trains twice as fast as the teacher.", 2.0, "x"),
    ("Caching gives a tenfold reduction in latency.", 10.0, "x"),
    ("The planner is three times faster than exhaustive search.", 3.0, "x"),
    ("Our method reduces the error by $\\sim$5\\%.", 5.0, "%"),
    ("The shared cache doubles throughput on long prompts.", 2.0, "x"),
    ("The shared cache halves latency on long prompts.", 50.0, "%"),
])
def test_number_words_and_latex(text: str, value: float, unit: str) -> None:
    assert (value, unit) in values(text)


@pytest.mark.parametrize("text, span", [
    ("The kernel gives a $3.5\\times$ speedup.", "3.5\\times"),
    ("The kernel gives a 3.5$\\times$ speedup.", "3.5$\\times$"),
])
def test_a_latex_times_span_keeps_its_dollars_balanced(text: str, span: str) -> None:
    assert [c["text"] for c in run(text)] == [span]


@pytest.mark.parametrize("text", [
    "The reward model doubles as a judge of the answers.",
    "The capacity of open models doubles approximately every three months.",
])
def test_a_verb_of_multiplying_without_a_measure_is_no_claim(text: str) -> None:
    assert (2.0, "x") not in values(text)  # a doubling time is a claim of its own, in months


@pytest.mark.parametrize("text, share", [
    ("WoolNet uses 1/3 of the training compute to match the dense model.", 33.33),
    ("WoolNet matches the teacher at 1/10th of the cost.", 10.0),
])
def test_a_fraction_of_something_is_a_share_in_percent(text: str, share: float) -> None:
    c = only(text)
    assert (c["value"], c["unit"], c["text"]) == (share, "%", text[c["start"]:c["end"]])
    assert c["text"].startswith("1/")


@pytest.mark.parametrize("text, metric", [
    ("WoolByte is 2.3x more robust to character-level noise than RamLM.", "robustness"),
    ("WoolNet is 30% more accurate than RamNet.", "accuracy"),
    ("The policy is 3 times more sample-efficient than RamPPO.", "sample efficiency"),
])
def test_a_quality_written_as_a_comparative_adjective_is_named_as_a_noun(text: str, metric: str) -> None:
    assert [c["metric"] for c in run(text)] == [metric]


def test_a_list_of_margins_keeps_its_measure_before_the_next_measures_margin() -> None:
    text = "WoolCap improves CIDEr by 14.2, 9.8 and 11.5 points and METEOR by 1.1 points on average."
    out = find_claims(text, split_sentences(text), _mentions(text, ("CIDEr", "metric", False), ("METEOR", "metric", False)))
    assert [(c["value"], c["metric"]) for c in out] == [(14.2, "cider"), (9.8, "cider"), (11.5, "cider"), (1.1, "meteor")]


def test_scores_set_after_a_name_and_colon_and_bracketed_changes_are_claims() -> None:
    out = run("WoolLM attains state-of-the-art results (FleeceQA: 71.2, RamMath: 80.4).")
    assert [(c["value"], c["unit"]) for c in out] == [(71.2, ""), (80.4, "")]
    out = run("WoolVL boosts accuracy on FleeceVQA (+3.2) and RamVQA (↑1.8), and lowers CER on EweOCR (↓0.7).")
    assert [(c["value"], c["unit"], c["direction"]) for c in out] == [
        (3.2, "points", "increase"), (1.8, "points", "increase"), (0.7, "points", "decrease")]
    assert run("Table 2: 71.2 rows. The corpus has 12.5 (±1.3) tokens per line.") == []


def test_a_bracketed_versus_level_belongs_to_the_system_after_it() -> None:
    text = "WoolSeg reaches 48.3 mIoU (vs. 45.1 for RamNet) on FleeceScenes."
    ents = _mentions(text, ("WoolSeg", "method", True), ("mIoU", "metric", False), ("RamNet", "method", False),
                     ("FleeceScenes", "benchmark", False))
    out = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["baseline"]) for c in out] == [(48.3, "WoolSeg", "RamNet"), (45.1, "RamNet", None)]


def test_two_decimals_split_by_a_slash_are_a_list_of_scores() -> None:
    out = run("WoolWav reaches 2.0/3.9 WER on test-clean/test-other, with a 16/32-bit checkpoint of RamBERT-2/3.")
    assert [(c["value"], c["metric"]) for c in out] == [(2.0, "wer"), (3.9, "wer")]


def test_dates_links_and_splits_are_no_fractions() -> None:
    assert run("Released on 12/3 of 2024 at https://wool.org/1/3 of the site.") == []
    assert run("We hold out 1/5 of the fleeces for validation.") == []


def test_latex_percent_text_is_copied_exactly() -> None:
    c = only("Our adapter recovers 93\\% of the dense accuracy.")
    assert c["text"] == "93\\%" and c["value"] == 93.0 and c["unit"] == "%"


# --- qualifiers --------------------------------------------------------------

@pytest.mark.parametrize("text, qualifier, span", [
    ("The scheduler reduces latency by up to 40%.", "up to", "up to 40%"),
    ("The scheduler reduces latency by upto 40%.", "up to", "upto 40%"),
    ("Our probe improves recall by 6% on average.", "average", "6%"),
    ("Our probe reaches an average accuracy of 81%.", "average", "81%"),
    ("Training takes approximately 3 hours on one node.", "about", "approximately 3 hours"),
    ("The filter removes around 20% of duplicates.", "about", "around 20%"),
    ("The filter removes ~20% of duplicates.", "about", "~20%"),
    ("The filter removes nearly 20% of duplicates.", "about", "nearly 20%"),
    ("Our agent solves more than 60% of the puzzles.", "more than", "more than 60%"),
    ("Our agent solves over 60% of the puzzles.", "more than", "over 60%"),
    ("The reranker gains 20+ points over the retriever alone.", "more than", "20+ points"),
    ("The compiler yields at least 1.5x speedup on every model.", "at least", "at least 1.5x"),
    ("The degradation stays under 1% in all settings.", "less than", "under 1%"),
    ("The degradation stays below 1% in all settings.", "less than", "below 1%"),
    ("The degradation is less than 1% in all settings.", "less than", "less than 1%"),
    ("The attack needs fewer than 10 seconds per image.", "less than", "fewer than 10 seconds"),
    ("The pruned model shows < 2% accuracy drop.", "less than", "< 2%"),
])
def test_qualifiers(text: str, qualifier: str, span: str) -> None:
    c = only(text)
    assert c["qualifier"] == qualifier
    assert c["text"] == span


def test_no_qualifier() -> None:
    assert only("Our tagger reaches 91.2% accuracy.")["qualifier"] is None


# --- lists and ranges --------------------------------------------------------

def test_list_gives_one_claim_per_number_with_shared_metric() -> None:
    out = run("For the three model sizes, we obtain GPU throughputs of 38.4%, 36.1%, and 32.0%, respectively.")
    assert [(c["value"], c["unit"]) for c in out] == [(38.4, "%"), (36.1, "%"), (32.0, "%")]
    assert all(c["metric"] == "gpu throughput" for c in out)
    assert all(c["direction"] == "none" for c in out)


def test_list_shares_the_cue_after_its_last_member() -> None:
    out = run("The chip delivers 3.1x, 2.4x and 1.6x lower latency than the baseline accelerator.")
    assert [c["value"] for c in out] == [3.1, 2.4, 1.6]
    assert {c["direction"] for c in out} == {"decrease"}
    assert {c["metric"] for c in out} == {"latency"}


@pytest.mark.parametrize("text, expected", [
    ("The adapter gives a 10-20% gain on reading tasks.", [(10.0, "%"), (20.0, "%")]),
    ("It costs a small accuracy drop of 2% - 3% only.", [(2.0, "%"), (3.0, "%")]),
    ("The server achieves 1.5x-4x higher throughput per dollar.", [(1.5, "x"), (4.0, "x")]),
    ("Scores rise by 1.6-7.0% across the suites.", [(1.6, "%"), (7.0, "%")]),
])
def test_ranges_give_one_claim_per_number(text: str, expected: list[tuple[float, str]]) -> None:
    out = run(text)
    assert [(c["value"], c["unit"]) for c in out] == expected
    assert len({c["direction"] for c in out}) == 1


def test_range_members_share_direction() -> None:
    out = run("It costs a small accuracy drop of 2% - 3% only.")
    assert [c["direction"] for c in out] == ["decrease", "decrease"]


def test_mean_and_deviation_keep_only_the_mean() -> None:
    assert values("Repetition gives 11.0 ± 1.3 points of improvement.") == [(11.0, "points")]


def test_restated_number_in_another_sentence_is_one_claim() -> None:
    text = "Our model reaches 86.8% on the math suite. With feedback, it again reaches 86.8% there."
    assert values(text) == [(86.8, "%")]


# --- bare scores, from/to, counts, ranks ------------------------------------------

def test_from_to_bare_scores_are_levels() -> None:
    out = run("Self-consistency boosts the accuracy from 68.2 to 81.5 on the word problems.")
    assert [(c["value"], c["unit"]) for c in out] == [(68.2, ""), (81.5, "")]
    assert [c["direction"] for c in out] == ["none", "none"]
    assert all(c["metric"] == "accuracy" for c in out)
    assert [c["text"] for c in out] == ["68.2", "81.5"]  # each level its own span, not "68.2 to 81.5"


def test_a_bare_score_reached_beside_another_is_a_claim() -> None:
    assert values("The 8B flock scores 71.2 on the barn suite (5-shot), while the 1B flock reaches 45.0.") == [(71.2, ""), (45.0, "")]
    assert values("We train for 3.5 epochs and the loss reaches 2.1 after warm-up.") == []  # no score beside it


def test_a_bare_score_before_an_averaged_score_name() -> None:
    c = only("On the long-range suite, the flock reaches 86.1 average accuracy.")
    assert (c["value"], c["unit"], c["metric"]) == (86.1, "", "accuracy")
    c = only("The segmenter reaches 47.2 mask AP on the pasture set.")
    assert (c["value"], c["metric"]) == (47.2, "mask ap")


@pytest.mark.parametrize("text, value", [
    ("The distilled model achieves a BLEU of 35.2 on the test set.", 35.2),
    ("Our tagger obtains macro-F1 0.71 on the clinical notes.", 0.71),
    ("The judge achieves a score of 7.43 on the chat suite.", 7.43),
])
def test_bare_scores_after_score_names(text: str, value: float) -> None:
    assert (value, "") in values(text)


def test_score_change_in_metric_units_is_points() -> None:
    c = only("Fine-tuning brings an average improvement of 12 BLEU over zero-shot prompting.")
    assert (c["value"], c["unit"], c["direction"]) == (12.0, "points", "increase")


def test_what_is_counted_is_not_the_measure() -> None:
    claims = run("Counting accuracy falls from 92% for two sheep to 31% for ten sheep.")
    assert [c["metric"] for c in claims] == ["accuracy", "accuracy"]  # not "two sheep"


def test_a_rate_without_a_named_measure_is_throughput() -> None:
    assert [c["metric"] for c in run("WoolDet reaches 41.2 mAP at 120 FPS. It serves 1,200 tokens/s.")] == [
        "map", "throughput", "throughput"]
    assert only("Shearing lags by 2.3% behind the herd.")["metric"] is None


def test_error_measures_are_scores() -> None:
    assert values("WoolNet reaches an MAE of 0.0821 and an RMSE of 0.13.") == [(0.0821, ""), (0.13, "")]
    assert values("Its real-time factor is 0.15.") == [(0.15, "")]
    assert values("The grader reaches a QWK of 0.79 and a correlation of 0.83.") == [(0.79, ""), (0.83, "")]
    assert values("WoolNet lowers the error to 0.08.") == [(0.08, "")]


def test_a_list_with_one_unit_at_its_end_gives_a_claim_per_number() -> None:
    assert values("WoolRAG improves exact match by 6.1, 4.3 and 8.9 points respectively.") == [
        (6.1, "points"), (4.3, "points"), (8.9, "points")]
    assert values("It improves accuracy by 6.1, 4.3, and 8.9%.") == [(6.1, "%"), (4.3, "%"), (8.9, "%")]
    assert run("We prune with sparsity ratios (70, 75, 80%).") == []
    assert [(c["value"], c["metric"]) for c in run("WoolMT scores 31.2, 33.0 and 35.1 BLEU on the three test sets.")] == [
        (31.2, "bleu"), (33.0, "bleu"), (35.1, "bleu")]
    assert values("WoolMT improves by 1.2, 3.4 and 5.6 BLEU.") == [(1.2, "points"), (3.4, "points"), (5.6, "points")]
    assert values("We train on 2, 4 and 8 GPUs and reach 35.1 BLEU.") == [(35.1, "")]


def test_a_score_named_before_its_change_or_new_level() -> None:
    assert [(c["value"], c["unit"], c["metric"], c["direction"]) for c in run("Perplexity decreases by 0.8 on WikiText-103.")] == [
        (0.8, "", "perplexity", "decrease")]  # perplexity has no points unless the text says so
    assert [(c["value"], c["metric"]) for c in run("On HoofEval, pass@1 rises to 72.0.")] == [(72.0, "pass@1")]
    assert [(c["value"], c["metric"]) for c in run("The retriever reaches an MRR@10 of 0.412 and an nDCG@10 of 0.52.")] == [
        (0.412, "mrr@10"), (0.52, "ndcg@10")]
    assert run("The learning rate decreases to 0.1 after warm-up.") == []
    assert values("It lowers the WER by 1.3 on LibriSpeech.") == [(1.3, "points")]
    assert run("We decrease the temperature by 0.5 at each step.") == []  # a schedule, not a result


def test_a_list_with_no_written_unit_gives_each_number_its_own_span() -> None:
    assert [(c["text"], c["unit"]) for c in run("We see 4.2, 11.0, and 4.0 improvements on WoolQA.")] == [
        ("4.2", "points"), ("11.0", "points"), ("4.0", "points")]


def test_a_second_bare_change_after_by_in_one_sentence() -> None:
    assert [(c["value"], c["unit"], c["metric"]) for c in run("It improves pass@1 by 4.2 and edit similarity by 3.1.")] == [
        (4.2, "points", "pass@1"), (3.1, "points", "edit similarity")]


def test_hurting_a_measure_is_a_decrease() -> None:
    c = only("Shearing with WoolLoRA hurts accuracy on FleeceQA by 1.2 points.")
    assert (c["direction"], c["metric"]) == ("decrease", "accuracy")


def test_absolute_and_relative_points_are_points() -> None:
    c = only("The herder outperforms the flock by 12.3 absolute points.")
    assert (c["text"], c["value"], c["unit"], c["direction"]) == ("12.3 absolute points", 12.3, "points", "increase")
    assert values("It gains 5.2 absolute percentage points.") == [(5.2, "points")]


def test_outcome_count() -> None:
    c = only("Our recipe sets a new state of the art on 9 of the 13 benchmarks.")
    assert (c["value"], c["unit"], c["direction"]) == (9.0, "benchmark", "none")
    c = only("The tagger achieved state-of-the-art performance for 5 out of 7 major clinical NLP tasks.")
    assert (c["value"], c["unit"]) == (5.0, "task")
    c = only("WoolNet exceeds the 8B Transformer on all 12 standard tasks we evaluated.")
    assert (c["value"], c["unit"]) == (12.0, "task")
    c = only("In 9 out of 10 cases, annotators preferred our summaries.")
    assert (c["value"], c["unit"], c["metric"]) == (9.0, "case", "number of cases preferred")
    c = only("Our agent solves 47 of the 100 tasks.")
    assert (c["value"], c["unit"], c["metric"]) == (47.0, "task", "number of tasks solved")
    c = only("Raters preferred our answers in 7 out of 10 categories.")
    assert c["metric"] == "number of categories preferred"


def test_count_without_outcome_frame_is_setup() -> None:
    assert run("We evaluate on 9 of the 13 benchmarks listed in the appendix.") == []
    assert run("We evaluate on all 12 standard tasks.") == []


@pytest.mark.parametrize("text", [
    "Our 7B model ranks first on the public leaderboard.",
    "Our 7B model takes first place on the public leaderboard.",
])
def test_rank(text: str) -> None:
    c = only(text)
    assert (c["value"], c["unit"], c["metric"]) == (1.0, "rank", "leaderboard rank")


# --- setup numbers are rejected ------------------------------------------------

@pytest.mark.parametrize("text", [
    "We train a 7B model and a 13B model on 2T tokens.",
    "We fine-tune models with 13 billion parameters.",
    "The benchmark contains 167 videos and 334 question-answer pairs across 8 games.",
    "We evaluate six models on 13 vision-language tasks.",
    "Training uses 1024 GPUs for the largest run.",
    "The corpus was collected in 2023 and released in 2024.",
    "We compare against GPT-4, Llama-2-7B, Qwen2.5 and ResNet-50.",
    "Results on COCO 2017 are reported in Section 3 and Eq. 2.",
    "Prior work [12] reports results in Table 4.",
    "Code is at https://example.org/v1.5/run-2 and www.example.com/42.",
    "We train on 8x A100 GPUs with 224x224 images.",
    "We report 5-shot results with 4-bit weights and 32k context length.",
    "We set k=3 and report significance at p<0.05.",
    "We prune to 50% sparsity before fine-tuning.",
    "We report 95% confidence intervals.",
    "Our contributions are twofold.",
    "We run each prompt 5 times and average.",
    "The supplementary material has 2 sections and (1) ablations, (2) proofs.",
    "The model uses a 24GB GPU with 80GB of host memory.",
    "We fine-tune on a single GPU with only 24GB memory.",
    "We release the FleeceSpeech corpus (120 hours) of shearing sounds.",
    "The dataset spans 10 hours of speech from 20 speakers.",
    "We train for 3 days on a single node.",
    "The mixture consists of 43% code and 57% prose.",
    "The hybrid consists of 43% Mamba-2, 7% attention, and 50% MLP layers.",
    "Our context window is 128K and the vocabulary has 32,000 entries.",
    "Version 2.1.3 of the toolkit fixes bugs introduced in v1.4.",
    "Each shape is sampled as 2,048 points from the mesh surface.",
    "We hold out 10% of the data for validation.",
    "The flock has 1.2M images, 35% of which are long-tailed.",
])
def test_setup_numbers_are_not_claims(text: str) -> None:
    assert run(text) == []


def test_memory_a_method_needs_is_an_outcome_even_in_hardware_words() -> None:
    assert values("WoolAttention only needs 16GB GPU memory for 128K tokens.") == [(16.0, "GB")]
    assert values("It fine-tunes a 175B model on a mere 18GB GPU.") == [(18.0, "GB")]


def test_ratio_below_one_is_a_decrease() -> None:
    c = only("Our tuner matches full fine-tuning with ~0.6x GPU memory.")
    assert (c["value"], c["unit"], c["direction"], c["qualifier"]) == (0.6, "x", "decrease", "about")


def test_list_of_times_is_kept_whole() -> None:
    assert values("The accelerator is 3times, 2.4times and 1.6times faster than the GPU.") == [
        (3.0, "x"), (2.4, "x"), (1.6, "x")]


def test_model_size_next_to_a_claim() -> None:
    assert values("Our 7B model improves accuracy by 4.5% over Llama-2-13B.") == [(4.5, "%")]


# --- attributes ----------------------------------------------------------------

@pytest.mark.parametrize("text, direction", [
    ("The verifier improves accuracy by 15% over sampling.", "increase"),
    ("The scheduler reduces latency by 30%.", "decrease"),
    ("Our kernel is 2.2x faster than the reference.", "increase"),
    ("The student needs 4x fewer parameters.", "decrease"),
    ("Our parser is 3.1 points higher than the previous best.", "increase"),
    ("The probe reaches an accuracy of 70.7%.", "none"),
    ("The reward model scores 87.8% on the preference suite.", "none"),
    ("The agent achieves a 75.6% win rate against the baseline.", "none"),
    ("Our method outperforms the baseline by 4.1%.", "increase"),
    ("We observe a 12% drop in perplexity.", "decrease"),
    ("Compression saves 40% of the compute cost.", "decrease"),
    ("The ablation gives a gain of +2.3% in exact match.", "increase"),
    ("Our kernels handle 4x longer sequences than the baseline.", "increase"),
    ("Our router beats GPT-4o (200B) by 16.5% in absolute success rate.", "increase"),
    ("The kernel gives a 73% on-chip energy footprint reduction.", "decrease"),
    ("Our pruner can remove up to 25% of the model parameters.", "decrease"),
    ("The herder can extend the context window to over 4x the training length.", "increase"),
    ("The herder shows significant improvements across benchmarks: up to 28% on wool sorting.", "increase"),
    ("Detection is more difficult: around 25% of the responses are missed.", "none"),
])
def test_direction(text: str, direction: str) -> None:
    assert only(text)["direction"] == direction


@pytest.mark.parametrize("text, metric", [
    ("The probe reaches an accuracy of 70.7%.", "accuracy"),
    ("Our kernel is 2.2x faster than the reference.", "speed"),
    ("The method reduces memory by 35%.", "memory"),
    ("It reduces the peak memory consumption by up to 50%.", "peak memory consumption"),
    ("Our server gives 3.6x higher throughput than the baseline.", "throughput"),
    ("The agent achieves a 75.6% win rate against the baseline.", "win rate"),
    ("Our compiler accelerates fine-tuning by up to 2.2x.", "fine-tuning speed"),
    ("We see a 10-fold improvement in energy efficiency.", "energy efficiency"),
    ("Pruning brings a 29x CPU-inference speedup over the dense model.", "cpu-inference speedup"),
    ("The agent answers correctly in 55.6% of cases.", "agent answers correctly"),
    ("The cache improves the throughput of servers such as vLLM by up to 3x.", "throughput"),
    ("Error rate drops to 2.1% with the herder.", "error rate"),
    ("With the herder, shearing latency drops by 45 ms.", "shearing latency"),
    ("Shearing now takes 5 minutes instead of the usual hour.", "time"),
    ("Herding leads to 20 points of improvement on 5-shot WoolQA.", "accuracy"),
    ("Our kernel outperforms the existing sparse libraries by an order of magnitude.", "speed"),
    ("WoolPrune can compress language models by up to 16x with minimal loss.", "model size"),
    ("We report a 40% relative reduction in hallucinations.", "hallucination"),
    ("WoolASR runs at 320 ms latency, a 12% relative WER reduction over the barn model.", "wer reduction"),
    ("WoolEX extends the shearing window to 8x the training length.", "shearing window"),
    # the model a share is of, and an average, are no part of the measure
    ("Pruning removes experts while retaining 98.7% of the original average accuracy on eight tasks.", "accuracy"),
    ("With only 2B activated parameters, WoolMoD surpasses FleeceVL-7B by 8.8% across benchmarks.", "performance"),
    # what was done after "in" is no measure; the measure named before the number is
    ("The herder reaches a success rate of up to 80% in repairing broken fences.", "success rate"),
    ("The counter reaches an accuracy of over 90% in detecting lambs at night.", "accuracy"),
    ("The ranker gains 2.1% in ranking accuracy.", "ranking accuracy"),
    # an expansion or short form in brackets inside the measure's name is read past
    ("The tagger reaches an average BLEU (BiLingual Evaluation Understudy) score of 0.557.", "bleu score"),
    ("The reader reaches an exact match (EM) score of 71.2 on WoolQA.", "exact match score"),
])
def test_metric(text: str, metric: str) -> None:
    assert only(text)["metric"] == metric


def test_metric_entity_is_used_when_nothing_is_adjacent() -> None:
    text = "On hard prompts the pass rate of our agent is reported as 48.2% in the final round."
    ents = [{"start": text.index("pass rate"), "end": text.index("pass rate") + 9,
             "type": "metric", "name": "pass rate"}]
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["metric"] in ("pass rate", "final round") or "pass" in c["metric"]


def test_subject_benchmark_baseline_from_entities() -> None:
    text = "EchoNet improves accuracy on MathBench by 4.2% compared to GPT-4."
    ents = [
        {"start": 0, "end": 7, "type": "method", "name": "EchoNet"},
        {"start": text.index("MathBench"), "end": text.index("MathBench") + 9,
         "type": "benchmark", "name": "MathBench"},
        {"start": text.index("GPT-4"), "end": text.index("GPT-4") + 5, "type": "model", "name": "GPT-4"},
    ]
    (c,) = find_claims(text, split_sentences(text), ents)
    assert (c["subject"], c["benchmark"], c["baseline"]) == ("EchoNet", "MathBench", "GPT-4")
    assert (c["value"], c["direction"], c["metric"]) == (4.2, "increase", "accuracy")


def test_each_result_of_a_list_takes_the_benchmark_of_its_item() -> None:
    text = "WoolSeg sets a new record on FleeceSet val with 58.0% PQ, ShearCity val with 68.4% PQ, and BarnK with 50.1%."
    ents = _mentions(text, ("FleeceSet", "benchmark", False), ("ShearCity", "benchmark", False), ("BarnK", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [c["benchmark"] for c in claims] == ["FleeceSet", "ShearCity", "BarnK"]
    text = "It scores 8.4 on FlockArena and a score of 9.06 with fewer active parameters on FlockBench."
    ents = _mentions(text, ("FlockArena", "benchmark", False), ("FlockBench", "benchmark", False))
    assert [c["benchmark"] for c in find_claims(text, split_sentences(text), ents)] == ["FlockArena", "FlockBench"]


def test_benchmark_named_in_an_earlier_sentence() -> None:
    text = "We introduce the PuzzleBench benchmark of logic games. Our best prompt reaches 71.3% accuracy."
    i = text.index("PuzzleBench")
    (c,) = find_claims(text, split_sentences(text),
                       [{"start": i, "end": i + 11, "type": "benchmark", "name": "PuzzleBench"}])
    assert c["benchmark"] == "PuzzleBench"


def test_proposed_entity_is_the_subject_of_our_claims() -> None:
    text = "We propose FastRoute, a router for experts. Our router cuts latency by 35%."
    ents = [{"start": 11, "end": 20, "type": "method", "name": "FastRoute", "proposed": True}]
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] == "FastRoute"


def test_an_unattributed_result_is_the_papers_own() -> None:
    text = "We propose FastRoute, a router for experts. Empirical evaluations show a 5-fold reduction in latency."
    ents = [{"start": 11, "end": 20, "type": "method", "name": "FastRoute", "proposed": True}]
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] == "FastRoute"
    (c,) = find_claims(text, split_sentences(text), [{**ents[0], "proposed": False}])
    assert c["subject"] is None  # no contribution of the paper's own to attribute it to


def test_respectively_pairs_results_with_benchmarks_in_order() -> None:
    text = "Gains are largest on hard sets: 4.2, 11.0, and 4.0 points on WoolQA, FleeceVQA, and HoofBench, respectively."
    ents = _mentions(text, ("WoolQA", "benchmark", False), ("FleeceVQA", "benchmark", False), ("HoofBench", "benchmark", False))
    assert [c["benchmark"] for c in find_claims(text, split_sentences(text), ents)] == ["WoolQA", "FleeceVQA", "HoofBench"]
    without = text.replace(", respectively", "")
    ents = _mentions(without, ("WoolQA", "benchmark", False), ("FleeceVQA", "benchmark", False), ("HoofBench", "benchmark", False))
    assert {c["benchmark"] for c in find_claims(without, split_sentences(without), ents)} == {"WoolQA"}


def test_respectively_pairs_results_with_compared_systems() -> None:
    text = "ShearServe improves the throughput of baseline systems such as FlockGen and vWool by up to 3x and 1.9x, respectively."
    ents = _mentions(text, ("ShearServe", "method", True), ("FlockGen", "method", False), ("vWool", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["baseline"], c["subject"]) for c in claims] == [("FlockGen", "ShearServe"), ("vWool", "ShearServe")]
    text = "Compared with FlockGen and vWool, ShearServe improves throughput by 2.3x and 1.7x, respectively."
    ents = _mentions(text, ("FlockGen", "method", False), ("vWool", "method", False), ("ShearServe", "method", True))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["baseline"], c["subject"]) for c in claims] == [("FlockGen", "ShearServe"), ("vWool", "ShearServe")]


def test_a_compared_list_the_extractor_reads_only_in_part_names_no_subject() -> None:
    text = "WoolServe improves throughput over three leading systems FlockGen, Ewe Accelerate, and ShearGen by up to 29x, 20x, and 3x."
    ents = _mentions(text, ("WoolServe", "method", False), ("FlockGen", "method", False), ("ShearGen", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [c["subject"] for c in claims] == ["WoolServe"] * 3


def test_respectively_margins_pair_with_the_benchmarks_of_earlier_results() -> None:
    text = "WoolNet reaches 88.9% on FleeceNLI and 79.2% on EweNLI, outperforming RamESIM by 0.6 and 1.1 points, respectively."
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceNLI", "benchmark", False), ("EweNLI", "benchmark", False),
                     ("RamESIM", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["benchmark"]) for c in claims] == [
        (88.9, "FleeceNLI"), (79.2, "EweNLI"), (0.6, "FleeceNLI"), (1.1, "EweNLI")]


def test_results_right_after_a_list_of_compared_systems_pair_in_order() -> None:
    text = "ShearServe outperforms the serving systems FlockGen, vWool and EweRT by up to 29x, 20x and 3x on OPT-6.7B."
    ents = _mentions(text, ("ShearServe", "method", True), ("FlockGen", "method", False), ("vWool", "method", False),
                     ("EweRT", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["baseline"], c["subject"]) for c in claims] == [
        ("FlockGen", "ShearServe"), ("vWool", "ShearServe"), ("EweRT", "ShearServe")]
    text = "FlockGen and vWool reach 40% and 45%, while ShearServe reaches 61% on WoolQA."  # no comparison: left alone
    ents = _mentions(text, ("FlockGen", "method", False), ("vWool", "method", False), ("ShearServe", "method", True))
    assert {c["baseline"] for c in find_claims(text, split_sentences(text), ents)} == {None}


@pytest.mark.parametrize("text, expected", [
    # what the paper's method improves: the baselines
    ("ShearTune helps any model: Ewe-7B and Ram-7B are boosted by 4.8% and 14%, respectively.",
     [("ShearTune", "Ewe-7B"), ("ShearTune", "Ram-7B")]),
    # what reaches the results: the subjects
    ("Ewe-7B and Ram-7B achieve 45.2% and 51.3% on WoolQA, respectively.", [("Ewe-7B", None), ("Ram-7B", None)]),
    # settings: left alone
    ("For Ewe-7B and Ram-7B, ShearTune gains 4.8% and 14%, respectively.", [("ShearTune", None), ("ShearTune", None)]),
])
def test_respectively_pairs_results_with_the_systems_that_reach_them_or_are_improved(text: str, expected: list) -> None:
    ents = _mentions(text, ("ShearTune", "method", True), ("Ewe-7B", "model", False), ("Ram-7B", "model", False)) \
        if "ShearTune" in text else _mentions(text, ("Ewe-7B", "model", False), ("Ram-7B", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["subject"], c["baseline"]) for c in claims] == expected


def _mentions(text: str, *names: tuple[str, str, bool]) -> list[dict]:
    return [{"start": text.index(n), "end": text.index(n) + len(n), "type": t, "name": n, "proposed": own}
            for n, t, own in names]


@pytest.mark.parametrize("text, metric", [
    ("WoolNet reaches 85.2% accuracy compared to 80.1% for FleeceLM.", "accuracy"),
    ("WoolNet yields 100% valid fleece generation compared to 95.5% with FleeceLM.", "valid fleece generation"),
    ("WoolNet reaches 62% pass@1, versus 48% for FleeceLM.", "pass@1"),
])
def test_a_number_set_against_a_result_is_the_compared_systems(text: str, metric: str) -> None:
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceLM", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["metric"], c["subject"], c["baseline"]) for c in claims] == [
        (metric, "WoolNet", "FleeceLM"), (metric, "FleeceLM", None)]


@pytest.mark.parametrize("text, expected", [
    ("WoolNet cuts the training time from 10 days to 3 days.",
     [("10 days", "training time", "none"), ("3 days", "training time", "none")]),
    ("WoolNet raises pass@1 from 48.1% to 62.3%.", [("48.1%", "pass@1", "none"), ("62.3%", "pass@1", "none")]),
    ("Gains ranging from 5% to 51% in throughput.", [("5% to 51%", "throughput", "increase")] * 2),
])
def test_the_two_levels_of_a_change_are_two_claims_of_one_measure(text: str, expected: list) -> None:
    assert [(c["text"], c["metric"], c["direction"]) for c in run(text)] == expected


def test_each_number_listed_against_a_result_is_its_own_systems() -> None:
    text = "WoolNet reaches 62% pass@1, compared to 48% for FleeceLM and 51% for RamGPT."
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceLM", "model", False), ("RamGPT", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["metric"], c["subject"], c["baseline"]) for c in claims] == [
        ("pass@1", "WoolNet", "FleeceLM"), ("pass@1", "FleeceLM", None), ("pass@1", "RamGPT", None)]


@pytest.mark.parametrize("text, subject", [
    # the paper itself reaches the number, with no name between "we" and it
    ("WoolNet switches between models. In the Ewe-7B family, where we achieve 92.9% of the larger model's "
     "accuracy, the gain is largest.", "WoolNet"),
    # a system the paper calls its own
    ("WoolNet is a framework. Our FleeceLM, like Ewe-7B, reaches 71.2% on WoolQA.", "FleeceLM"),
    # "four" is no "our"
    ("WoolNet is a framework. Across four Ewe-7B runs, FleeceLM reaches 71.2% on WoolQA.", "FleeceLM"),
])
def test_the_papers_own_result_by_we_or_our(text: str, subject: str) -> None:
    ents = _mentions(text, ("WoolNet", "method", True), ("Ewe-7B", "model", False))
    if "FleeceLM" in text:
        ents += _mentions(text, ("FleeceLM", "model", False))
    ents.sort(key=lambda e: e["start"])
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] == subject


@pytest.mark.parametrize("text", [
    "The WoolNet accelerator surpasses the existing outlier-aware accelerator, FleeceAcc, by 4.5x speedup.",
    "WoolNet outperforms expressive imitation learning methods such as FleeceAcc by 20.4%.",
])
def test_a_compared_system_set_off_after_its_kind_is_the_baseline(text: str) -> None:
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceAcc", "method", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert (c["subject"], c["baseline"]) == ("WoolNet", "FleeceAcc")


@pytest.mark.parametrize("text", [
    "WoolNet is about 2x faster than the state-of-the-art shearing framework FleeceAcc (2023).",
    "Relative to the dense FleeceAcc, WoolNet gives a 10x smaller model.",
    "WoolNet is 1.5x faster than Ewe Labs' FleeceAcc under the same budget.",
    "WoolNet shows 2x better perplexity over the quadratic FleeceAcc baseline.",
])
def test_a_compared_system_named_after_words_that_describe_it_is_the_baseline(text: str) -> None:
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceAcc", "method", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert (c["subject"], c["baseline"]) == ("WoolNet", "FleeceAcc")


def test_a_compared_systems_possessive_is_no_part_of_it() -> None:
    text = "WoolNet trains 3x faster than its full fine-tuning."
    (c,) = find_claims(text, split_sentences(text), _mentions(text, ("WoolNet", "method", True)))
    assert c["baseline"] == "full fine-tuning"


def test_a_name_inside_a_longer_compared_phrase_is_not_the_baseline() -> None:
    text = "WoolNet reduces memory costs by 20% compared with vanilla FleeceAcc eviction methods."
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceAcc", "method", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["baseline"] != "FleeceAcc"


def test_the_papers_own_named_only_in_the_title_is_the_subject() -> None:
    text = "We demonstrate a 1.5x reduction in model size."
    assert [c["subject"] for c in find_claims(text, split_sentences(text), [], own="FlockNAS")] == ["FlockNAS"]
    text = "WoolNet gives a 1.5x reduction in model size."  # a proposed mention in the text wins
    ents = _mentions(text, ("WoolNet", "method", True))
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents, own="FlockNAS")] == ["WoolNet"]


def test_the_titles_contribution_outranks_a_component_the_abstract_introduces_first() -> None:
    text = "We introduce shear scaling (SS) to reduce clamping. Our methods improve accuracy by 3.8% on WoolNet."
    ents = _mentions(text, ("shear scaling", "method", True), ("WoolNet", "benchmark", False))
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents, own="FleeceQ")] == ["FleeceQ"]
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents)] == ["shear scaling"]


def test_a_factor_a_model_or_its_data_is_larger_by_is_setup() -> None:
    text = "We train a 1B parameter model (i.e. 1000x larger), on a training set 4x larger than FleeceSet."
    assert find_claims(text, split_sentences(text), []) == []


def test_a_count_over_benchmarks_has_no_benchmark_and_a_later_comparison_is_its_own() -> None:
    text = "WoolVLM matches EweVLM on FleeceVQA while running 4.2x faster, and outperforms RamVLM V2 on 7 of 9 benchmarks."
    ents = _mentions(text, ("WoolVLM", "model", True), ("EweVLM", "model", False), ("FleeceVQA", "benchmark", False),
                     ("RamVLM V2", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["text"], c["benchmark"], c["baseline"]) for c in claims] == [
        ("4.2x", "FleeceVQA", "EweVLM"), ("7 of 9 benchmarks", None, "RamVLM V2")]


def test_a_later_coordinated_result_keeps_its_benchmark_and_baseline() -> None:
    text = "WoolNet is 1.5x faster, gives an 8-point gain in exact match on WoolQA, and beats RamNet by a margin of 5.2% on FleeceBench."
    ents = _mentions(text, ("WoolNet", "method", True), ("WoolQA", "benchmark", False), ("RamNet", "method", False),
                     ("FleeceBench", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["text"], c["benchmark"], c["baseline"]) for c in claims] == [
        ("1.5x", None, None), ("8-point", "WoolQA", None), ("5.2%", "FleeceBench", "RamNet")]


def test_what_a_change_verb_takes_from_one_level_to_another_is_the_measure() -> None:
    text = "WoolMoE trains 2.1x faster and reduces load imbalance from 0.31 to 0.04."
    claims = find_claims(text, split_sentences(text), _mentions(text, ("WoolMoE", "method", True)))
    assert [c["metric"] for c in claims] == ["speed", "load imbalance", "load imbalance"]


def test_a_named_factor_a_method_runs_with_is_a_setting() -> None:
    text = "Experts choose tokens with a capacity factor of 1.25, and WoolMoE decodes faster by a factor of 3."
    claims = find_claims(text, split_sentences(text), _mentions(text, ("WoolMoE", "method", True)))
    assert [(c["value"], c["unit"]) for c in claims] == [(3.0, "x")]


def test_a_share_of_people_is_their_score_not_a_measure() -> None:
    text = "The best model, EweLM, reaches only 58.3% accuracy on FleeceBench, far below the 91.2% of human graders."
    ents = _mentions(text, ("EweLM", "model", False), ("FleeceBench", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["text"], c["metric"], c["subject"]) for c in claims] == [
        ("58.3%", "accuracy", "EweLM"), ("91.2%", "accuracy", None)]


def test_data_the_result_was_trained_on_is_no_benchmark() -> None:
    text = "Trained on the FlockPara corpus, WoolMT improves chrF++ by 4.1 over EweMT."
    ents = _mentions(text, ("FlockPara", "dataset", False), ("WoolMT", "model", True), ("EweMT", "model", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert (c["benchmark"], c["baseline"]) == (None, "EweMT")


def test_a_comparison_after_a_colon_is_another_clauses() -> None:
    text = "WoolRM reaches 87.8% on FleeceBench, and PPO with WoolRM hacks less: the win rate against EweLM rises to 30.9%."
    ents = _mentions(text, ("WoolRM", "method", True), ("FleeceBench", "benchmark", False), ("EweLM", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["text"], c["baseline"]) for c in claims] == [("87.8%", None), ("30.9%", "EweLM")]


def test_a_bracketed_versus_score_is_a_claim_too() -> None:
    text = "WoolDiff reaches an FID of 2.1 (vs. 3.4 for the teacher at 4 steps) on FleeceNet."
    claims = find_claims(text, split_sentences(text), _mentions(text, ("WoolDiff", "method", True)))
    assert [(c["text"], c["metric"]) for c in claims] == [("2.1", "fid"), ("3.4", "fid")]


def test_results_in_several_units_set_against_another_systems_in_order() -> None:
    text = "WoolServe decodes at 21.4 tokens/s with a first-token latency of 310 ms, versus 9.8 tokens/s and 780 ms for EweCPP."
    ents = _mentions(text, ("WoolServe", "method", True), ("EweCPP", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["baseline"], c["metric"]) for c in claims] == [
        (21.4, "WoolServe", "EweCPP", "throughput"), (310.0, "WoolServe", "EweCPP", "first-token latency"),
        (9.8, "EweCPP", None, "throughput"), (780.0, "EweCPP", None, "first-token latency")]


def test_energy_in_joules_and_watts_is_an_outcome() -> None:
    text = "With WoolServe, energy per token drops from 1.9 J to 0.8 J, and the board draws 15 W."
    claims = find_claims(text, split_sentences(text), _mentions(text, ("WoolServe", "method", True)))
    assert [(c["value"], c["unit"]) for c in claims] == [(1.9, "J"), (0.8, "J"), (15.0, "W")]
    assert claims[0]["metric"] == "energy"


def test_memory_a_system_uses_is_an_outcome_and_money_keeps_its_unit() -> None:
    text = "WoolServe decodes at 21.4 tokens/s, using 5.2 GB of memory, and training its draft costs under $40 and 6 GPU-hours."
    claims = find_claims(text, split_sentences(text), _mentions(text, ("WoolServe", "method", True)))
    assert [(c["text"], c["unit"]) for c in claims] == [
        ("21.4 tokens/s", "token/s"), ("5.2 GB", "GB"), ("under $40", "dollar"), ("6 GPU-hours", "GPU hour")]
    text = "We train on a GPU with 24 GB of memory."
    assert find_claims(text, split_sentences(text), []) == []


def test_a_share_of_theorems_proved_and_a_later_clauses_benchmark() -> None:
    text = "On WoolF2F, WoolProver proves 63.5% of theorems, up from 50.0%, and it solves 12 problems from FleeceBench."
    ents = _mentions(text, ("WoolF2F", "benchmark", False), ("WoolProver", "method", True), ("FleeceBench", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["text"], c["metric"], c["benchmark"]) for c in claims][:2] == [
        ("63.5%", "theorems proved", "WoolF2F"), ("50.0%", "theorems proved", "WoolF2F")]


def test_a_count_of_trials_a_system_succeeds_in_is_a_claim() -> None:
    text = "In real-world trials, WoolBot succeeds in 17 of 20 episodes and solves 45 out of 50 puzzles."
    claims = find_claims(text, split_sentences(text), _mentions(text, ("WoolBot", "method", True)))
    assert [(c["value"], c["unit"], c["metric"]) for c in claims] == [
        (17.0, "episode", "number of episodes succeeded"), (45.0, "puzzle", "number of puzzles solved")]


def test_a_number_inside_a_measures_name_is_no_claim() -> None:
    text = "WoolSeg reaches a 95% Hausdorff distance of 3.2 mm on FleeceMRI."
    ents = _mentions(text, ("WoolSeg", "method", True), ("95% Hausdorff distance", "metric", False),
                     ("FleeceMRI", "benchmark", False))
    assert [(c["text"], c["metric"]) for c in find_claims(text, split_sentences(text), ents)] == [
        ("3.2 mm", "95% hausdorff distance")]


def test_a_bracketed_score_after_a_system_is_that_systems() -> None:
    text = "WoolNet reaches 87.8% accuracy on FleeceBench, outperforming both SheepLM (85.9%) and RamGPT (84.7%)."
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceBench", "benchmark", False),
                     ("SheepLM", "model", False), ("RamGPT", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["subject"], c["baseline"]) for c in claims] == [
        ("WoolNet", "SheepLM"), ("SheepLM", None), ("RamGPT", None)]


def test_a_technique_named_in_the_measure_is_not_the_subject() -> None:
    text = "WoolCache reduces KV cache memory by 8x on long prompts."
    ents = _mentions(text, ("WoolCache", "method", False), ("KV cache", "method", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] == "WoolCache"


def test_a_comparison_in_another_clause_gives_no_baseline() -> None:
    out = run("The reward model reaches 73.5% pairwise accuracy; sampling raises the win rate to 68% against the SFT model.")
    assert [c["baseline"] for c in out] == [None, "SFT model"]
    text = "Our exits keep 99% of the accuracy; on FleeceQA they lose only 0.3 F1."
    ents = _mentions(text, ("FleeceQA", "benchmark", False))
    assert [c["benchmark"] for c in find_claims(text, split_sentences(text), ents)] == [None, "FleeceQA"]
    text = "The flock achieves a 54.2% length-controlled win rate on the long barn suite and 8.1 on FleeceBench."
    assert [c["value"] for c in run(text)] == [54.2, 8.1]  # a reaching verb further back still opens the clause


def test_a_comparison_and_benchmark_after_the_next_result_verb_are_that_results() -> None:
    text = ("WoolProt raises contact precision from 0.61 to 0.72 and achieves a Spearman correlation of 0.54 "
            "on the FleeceFLIP benchmark, outperforming SheepESM.")
    ents = _mentions(text, ("WoolProt", "method", True), ("FleeceFLIP", "benchmark", False), ("SheepESM", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["benchmark"], c["baseline"]) for c in claims] == [
        (0.61, None, None), (0.72, None, None), (0.54, "FleeceFLIP", "SheepESM")]


def test_a_comparison_after_the_next_change_is_that_changes() -> None:
    out = run("WoolCLIP reaches 92.1% on the barn set, and in retrieval it improves R@1 by 2.4 points over SheepCLIP.")
    assert [c["baseline"] for c in out] == [None, "SheepCLIP"]


def test_a_coordinated_clause_keeps_its_benchmark_and_comparison() -> None:
    text = ("On SheepArena, WoolNav reaches 35.8%, up from the previous state of the art (28.9%), and on FleeceWeb "
            "it raises step success from 41.2% to 47.9%.")
    ents = _mentions(text, ("SheepArena", "benchmark", False), ("WoolNav", "method", True), ("FleeceWeb", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["benchmark"]) for c in claims] == [
        (35.8, "SheepArena"), (28.9, "SheepArena"), (41.2, "FleeceWeb"), (47.9, "FleeceWeb")]
    assert [c["baseline"] for c in claims][2:] == [None, None]
    out = run("The student keeps 96% of the teacher's accuracy while being 12x faster, and outperforms a same-size "
              "model trained from scratch by 9.4 points.")
    # the share is of the teacher's accuracy, not over the later "same-size model"
    assert [(c["baseline"], c["metric"]) for c in out][0] == ("teacher", "accuracy")
    assert out[-1]["metric"] != "scratch"
    out = run("WoolNav beats the previous state of the art by 6.9 points.")
    assert out[0]["baseline"] == "previous state of the art"


def test_each_margin_of_a_comparison_list_is_over_its_own_system() -> None:
    text = "WoolPRM raises accuracy on FleeceMath to 61.8%, outperforming SheepORM by 4.4 points and flock voting by 7.9 points."
    ents = _mentions(text, ("WoolPRM", "method", True), ("FleeceMath", "benchmark", False), ("SheepORM", "method", False),
                     ("flock voting", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["baseline"], c["metric"]) for c in claims][1:] == [
        (4.4, "WoolPRM", "SheepORM", "accuracy"), (7.9, "WoolPRM", "flock voting", "accuracy")]
    # each margin list is over its own system, every member of it
    text = "WoolPO exceeds RamPO by 6.1 and 4.9 points and EwePO by 1.3 and 2.0 points."
    ents = _mentions(text, ("WoolPO", "method", True), ("RamPO", "method", False), ("EwePO", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["baseline"]) for c in claims] == [(6.1, "RamPO"), (4.9, "RamPO"), (1.3, "EwePO"), (2.0, "EwePO")]
    # a second verb of change opens a second result, over the system both are compared with; what it
    # speeds up is what is measured, not what reached the result
    text = "WoolST reduces the memory footprint by up to 2.3x and speeds up fine-tuning by up to 3x compared with QLoFleece."
    ents = _mentions(text, ("WoolST", "method", False), ("fine-tuning", "method", False), ("QLoFleece", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["baseline"], c["metric"]) for c in claims] == [
        (2.3, "WoolST", "QLoFleece", "memory footprint"), (3.0, "WoolST", "QLoFleece", "fine-tuning speed")]


def test_the_second_of_a_bracketed_pair_is_the_matched_systems() -> None:
    text = "WoolAttn matches dense attention on FleeceVideo (82.1% vs. 82.3% top-1) at a quarter of the cost."
    ents = _mentions(text, ("WoolAttn", "method", True), ("dense attention", "method", False), ("FleeceVideo", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["baseline"]) for c in claims][:2] == [
        (82.1, "WoolAttn", "dense attention"), (82.3, "dense attention", None)]


def test_a_result_reached_after_a_comparison_has_no_baseline_but_its_margin_does() -> None:
    out = run("WoolGen surpasses competing baselines across standard suites, achieving a FleeceEval score of 0.58.")
    assert [c["baseline"] for c in out] == [None]
    out = run("WoolGen is 40x faster than the barn pipeline, while improving R-Precision from 0.79 to 0.86.")
    assert [c["baseline"] for c in out] == ["barn pipeline", None, None]
    out = run("WoolPrune outperforms well-optimized baselines, reducing the peak memory by up to 50%.")
    assert [c["baseline"] for c in out] == ["well-optimized baselines"]


def test_a_clause_that_names_its_own_subject_borrows_none() -> None:
    text = "The best flock, WoolVLM, counts 46.2% of the barns, while open models stay below 30%."
    ents = _mentions(text, ("WoolVLM", "model", False))
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents)] == ["WoolVLM", None]
    text = "WoolVLM counts 46.2% of the barns, while it stays below 30% on pens."
    ents = _mentions(text, ("WoolVLM", "model", False))
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents)] == ["WoolVLM", "WoolVLM"]


def test_points_above_a_system_make_it_the_baseline() -> None:
    out = run("WoolRAG reaches 72.8 F1 on the barn set, 7.1 points above the strongest retrieval baseline.")
    assert out[-1]["baseline"] == "strongest retrieval baseline"
    out = run("The tuned flock scores 0.3 points above that of the ablation model.")
    assert out[0]["baseline"] == "ablation model"


def test_pairs_on_named_benchmarks_are_scores_of_the_matched_system() -> None:
    text = "WoolMoE matches the dense SheepLM-70B on FleeceQA (79.2 vs. 79.5) and BarnMath (81.0 vs. 80.4) at 5.2x lower inference cost."
    ents = _mentions(text, ("WoolMoE", "model", True), ("SheepLM-70B", "model", False), ("FleeceQA", "benchmark", False),
                     ("BarnMath", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["benchmark"]) for c in claims][:4] == [
        (79.2, "WoolMoE", "FleeceQA"), (79.5, "SheepLM-70B", "FleeceQA"), (81.0, "WoolMoE", "BarnMath"),
        (80.4, "SheepLM-70B", "BarnMath")]
    assert claims[2]["metric"] != "inference cost"  # the bracket bounds its scores
    assert claims[-1]["subject"] == "WoolMoE"  # a matched system is compared, not the subject


def test_a_comparative_with_its_own_number_owns_the_comparison() -> None:
    out = run("WoolGT sets a new state of the art on the barn graphs (MAE 0.059), and is 2x faster than SheepGPS.")
    assert [(c["value"], c["baseline"]) for c in out] == [(0.059, None), (2.0, "SheepGPS")]


def test_trailing_a_system_compares_with_it() -> None:
    out = run("State-of-the-art flock models trail human herders by 31 points on average.")
    assert [(c["baseline"], c["direction"]) for c in out] == [("human herders", "decrease")]
    assert out[0]["metric"] != "human herder"


def test_a_judge_model_is_not_the_subject() -> None:
    text = "WoolRL is trained on sheep. The policy raises the GPT-4 judged win rate to 64% against the SFT baseline."
    ents = _mentions(text, ("WoolRL", "method", True), ("GPT-4", "model", False))
    (c,) = find_claims(text, split_sentences(text), ents, own="WoolRL")
    assert c["subject"] == "WoolRL"


def test_a_bare_bracketed_score_after_a_compared_system_is_its_claim() -> None:
    text = "WoolLM-13B scores 68.2 on FleeceQA, exceeding SheepGPT (61.0) and approaching RamGPT (72.5)."
    ents = _mentions(text, ("WoolLM-13B", "model", True), ("FleeceQA", "benchmark", False),
                     ("SheepGPT", "model", False), ("RamGPT", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"]) for c in claims] == [(68.2, "WoolLM-13B"), (61.0, "SheepGPT"), (72.5, "RamGPT")]
    assert run("We build on Python (3.10) and CUDA (11.8) to beat the baseline accuracy.") == []  # versions


def test_a_level_set_against_a_result_is_a_level() -> None:
    out = run("On the barn suite the extended flock scores 38.4 versus 31.2 for the long baseline.")
    assert [(c["value"], c["unit"], c["direction"]) for c in out] == [(38.4, "", "none"), (31.2, "", "none")]


def test_a_bare_score_set_against_a_result_is_the_compared_systems() -> None:
    text = "EweDiff attains an FID of 6.1 on MS-COCO 256x256, compared with 7.3 for SheepDiffusion, and a CLIP score of 0.32."
    ents = _mentions(text, ("EweDiff", "method", True), ("FID", "metric", False), ("MS-COCO", "benchmark", False),
                     ("SheepDiffusion", "model", False), ("CLIP score", "metric", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["metric"], c["subject"], c["baseline"]) for c in claims] == [
        (6.1, "fid", "EweDiff", "SheepDiffusion"), (7.3, "fid", "SheepDiffusion", None), (0.32, "clip score", "EweDiff", None)]


def test_systems_compared_with_bracketed_scores_are_not_a_later_numbers_subject() -> None:
    text = "Our agent reaches 78.5% on FleeceWorld, outperforming SheepAct (61.2%) and RamFlex (70.3%), and solves 45% more tasks."
    ents = _mentions(text, ("FleeceWorld", "benchmark", False), ("SheepAct", "method", False), ("RamFlex", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [c["subject"] for c in claims] == [None, "SheepAct", "RamFlex", None]


def test_the_papers_own_method_wins_over_models_it_runs_on() -> None:
    text = "Applied to SheepBERT, WoolPrune cuts latency by 35% while FleeceLM keeps its accuracy."
    ents = _mentions(text, ("SheepBERT", "model", False), ("WoolPrune", "method", True), ("FleeceLM", "model", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] == "WoolPrune"


def test_a_general_technique_is_not_the_subject_when_the_paper_has_its_own() -> None:
    text = "WoolPrune is new. With fine-tuning on shearing, we gain 4.1% over pruning alone."
    ents = _mentions(text, ("WoolPrune", "method", True), ("fine-tuning", "method", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] == "WoolPrune"


def test_what_follows_a_comparison_cue_is_no_subject() -> None:
    text = "Relative to the dense SheepBERT, the pruned herder gains 10x speed."
    (c,) = find_claims(text, split_sentences(text), _mentions(text, ("SheepBERT", "model", False)))
    assert c["subject"] is None
    text = "Compared with FlockA, FlockB and FlockC, the herder gains 3 points."
    ents = _mentions(text, ("FlockA", "model", False), ("FlockB", "model", False), ("FlockC", "model", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] is None and c["baseline"] == "FlockA"


def test_instrument_is_not_the_subject() -> None:
    text = "When trained with DPO alone, TinyChat achieves 64.2% on the chat suite."
    ents = [{"start": 18, "end": 21, "type": "method", "name": "DPO"},
            {"start": 29, "end": 37, "type": "model", "name": "TinyChat"}]
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["subject"] == "TinyChat"


def test_baseline_phrase_without_entities() -> None:
    c = only("Our index answers queries 5x faster than exhaustive search.")
    assert c["baseline"] == "exhaustive search"
    c = only("WoolBot outperforms closed models such as FleeceArm by 16.5%.")
    assert c["baseline"] == "closed models"


def test_sentence_field_holds_the_claim() -> None:
    text = "We study caching. The cache cuts latency by 30%. It is simple."
    (c,) = run(text)
    assert c["sentence"] == "The cache cuts latency by 30%."


def test_spacy_style_sentence_spans_are_accepted() -> None:
    text = "We study caching.  The cache cuts latency by 30%."
    spans = [(0, 17), (19, len(text))]           # gaps between sentences, as spaCy gives
    (c,) = find_claims(text, spans)
    assert c["sentence"] == "The cache cuts latency by 30%."


# --- sentence splitter ------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("We use e.g. caching and i.e. reuse. It works.", 2),
    ("Smith et al. show gains. We agree.", 2),
    ("Ours vs. theirs is 3.5 points apart. Fine.", 2),
    ("See Fig. 2 for details. Done.", 2),
    ("Accuracy is 91.5% overall! Great? Yes.", 3),
    ("One line\nsecond line", 2),
    ("", 0),
])
def test_split_sentences(text: str, n: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == n
    if text:
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


# --- hostile input -------------------------------------------------------------------

HOSTILE = [
    "",
    "\x00\x01\x02 12% \x7f\x1b[31m 3x \x1b[0m",
    "(((( [ improves by 5% ]]]] ))",
    "a " * 25_000,
    "improves " + "9" * 5000 + "% and " + "1" * 400 + "x",
    " ".join(str(i) for i in range(5000)),
    "1.2.3.4.5.6 10-20-30-40% ~~~ ±±± 3 ± ± 4 %%%% xx×× 5-- -6 +-7",
    "<p>Our model improves accuracy by <b>12.5%</b> &amp; is <i>3x</i> faster.</p><td width=100>",
    "&#37; &#x25; 50&#37; $$$ \\times \\% 10\\times\\times",
    "up to up to up to % x times fold percent by half twice rank first",
    "Ранее 5% и 3× быстрее. 数字 12％ ٣٤ ①②",
    "İİİ 12% İ 3x" * 50,
    "\n\n\n12%\n\n\n3x\n",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_never_raises(text: str) -> None:
    run(text)


def test_long_unpunctuated_abstract_is_bounded() -> None:
    # Work is bounded by the number of candidates examined, not by a clock (speed is the benchmark's job).
    from paperkg.extractors.claims import MAX_CANDIDATES

    text = ("our method improves accuracy by 5% and reduces latency by 2x while " * 700)[:50_000]
    out = run(text)
    assert 0 < len(out) <= MAX_CANDIDATES


def test_numbers_only_abstract() -> None:
    text = " ".join(f"{i}.{i % 10}%" for i in range(3000))
    out = run(text)
    assert out and all(c["unit"] == "%" for c in out)


@pytest.mark.parametrize("sentences", [
    None, [], [(5, 2)], [(-10, 10_000)], [("a", "b")], [(0,)], "not spans", [(0, 3), (1, 2), (2, 9)],
])
def test_malformed_sentence_spans(sentences: Any) -> None:
    text = "The cache cuts latency by 30%. It is simple."
    out = find_claims(text, sentences)
    assert [(c["value"], c["unit"]) for c in out] == [(30.0, "%")]
    assert all(text[c["start"]:c["end"]] == c["text"] for c in out)


@pytest.mark.parametrize("entities", [
    None, [None], [{"start": 5}], [{"start": "x", "end": 3, "type": "model", "name": "M"}],
    [{"start": 40, "end": 2, "type": "model", "name": "M"}], [{"start": 0, "end": 3, "type": 7, "name": None}],
    "garbage",
])
def test_malformed_entities(entities: Any) -> None:
    text = "The cache cuts latency by 30%."
    assert [c["value"] for c in find_claims(text, split_sentences(text), entities)] == [30.0]


@pytest.mark.parametrize("text", [None, 42, b"12%", ["12%"]])
def test_non_string_text(text: Any) -> None:
    assert find_claims(text, []) == []


def test_praise_words_are_not_part_of_the_metric() -> None:
    assert only("The planner reaches a state-of-the-art pass@200 of 77.0%.")["metric"] == "pass@200"
    assert only("WoolCoT achieves an unprecedented pass@1 accuracy of 79.27%.")["metric"] == "pass@1 accuracy"


@pytest.mark.parametrize("text, direction", [
    ("Our quantizer brings accuracy improvements ranging from 0.9% to 23.4% on small models.", "increase"),
    ("With an additional 2% of parameters, the memory module handles long inputs.", "increase"),
])
def test_direction_through_ranges_and_additions(text: str, direction: str) -> None:
    assert {c["direction"] for c in run(text)} == {direction}


@pytest.mark.parametrize("text, metric", [
    ("On serving throughput, Flock-S achieves up to 3.8x improvement over the barn.", "throughput"),
    ("We keep 96.7% of the large model's performance (50.4% vs 52.1%) at half the cost.", "performance"),
    ("We keep 92.9% of the 14B model's performance at half the cost.", "performance"),
])
def test_metric_past_change_nouns_brackets_and_owners(text: str, metric: str) -> None:
    assert {c["metric"] for c in run(text)} == {metric}


def test_a_speedup_before_another_verb_is_not_the_next_numbers_measure() -> None:
    out = run("FleeceQ achieves a 3.5x speedup and reduces the error by 15% compared to the barn.")
    assert [c["metric"] for c in out] == ["speedup", "error"]


@pytest.mark.parametrize("text, metrics", [
    ("WoolASR reaches an error rate of 4.1%, a relative reduction of 18% over the barn model.",
     ["error rate", "error rate"]),
    ("Shearing gives an average accuracy improvement of 3.1 points and a latency drop of 20%.", ["accuracy", "latency"]),
])
def test_a_change_noun_before_the_number_is_no_measure(text: str, metrics: list[str]) -> None:
    assert [c["metric"] for c in run(text)] == metrics


def test_a_rate_of_succeeding_is_a_success_rate() -> None:
    out = run("The shearing robot succeeds in 83% of 240 trials, versus 52% for the best prior policy.")
    assert [(c["value"], c["metric"]) for c in out] == [(83.0, "success rate"), (52.0, "success rate")]
    assert only("The shearing policy succeeds in 91% of episodes.")["metric"] == "success rate"
    assert only("The small flock model wins 44.6% of head-to-head comparisons.")["metric"] == "win rate"


def test_a_model_whose_training_is_measured_is_not_the_subject() -> None:
    text = "WoolAttn is an exact attention kernel. It speeds up SheepGPT-2 training by 3.1x end-to-end."
    ents = _mentions(text, ("WoolAttn", "method", True), ("SheepGPT-2", "model", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert (c["subject"], c["metric"]) == ("WoolAttn", "training speed")


@pytest.mark.parametrize("text", [
    "The best flock answers 71.4% of questions correctly.",
    "The tagger labels 93% of the images accurately.",
    "The best model counts correctly on only 46.2% of images.",
])
def test_a_share_done_right_is_an_accuracy(text: str) -> None:
    assert only(text)["metric"] == "accuracy"


def test_the_points_of_a_rating_scale_are_no_claim() -> None:
    assert [c["value"] for c in run("Satisfaction scores rose from 3.2 to 4.1 (5-point Likert scale).")] == [3.2, 4.1]
    assert run("Raters used a 7-point scale to judge the herding plans.") == []


def test_a_participle_ends_the_measure_after_a_number() -> None:
    assert only("The flock reaches 62.3% zero-shot accuracy averaged over 9 tasks.")["metric"] == "zero-shot accuracy"


def test_the_unit_of_the_old_level_is_not_the_new_levels_measure() -> None:
    assert [c["metric"] for c in run("The barn cache cuts latency from 1.8 s to 0.6 s.")] == ["latency", "latency"]


def test_a_bare_top_k_is_an_accuracy() -> None:
    assert only("The fleece encoder reaches 78.3% top-1 on the barn set.")["metric"] == "top-1 accuracy"


def test_each_level_of_a_change_takes_the_measure_named_with_it() -> None:
    text = "FaithWool raises FleeceCC from 61.2 to 70.4 and WAGS from 0.71 to 0.79 on the barn set."
    ents = _mentions(text, ("FaithWool", "method", True), ("FleeceCC", "metric", False), ("WAGS", "metric", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [c["metric"] for c in claims] == ["fleececc", "fleececc", "wags", "wags"]  # an acronym stays plural


@pytest.mark.parametrize("text, value, unit, direction", [
    ("The pruned flock shows a perplexity increase of only 0.3 on the barn set.", 0.3, "", "increase"),
    ("The distilled shearer keeps a BLEU drop of only 0.4.", 0.4, "points", "decrease"),
])
def test_a_change_of_a_bare_amount_is_a_claim(text: str, value: float, unit: str, direction: str) -> None:
    c = only(text)
    assert (c["value"], c["unit"], c["direction"]) == (value, unit, direction)


def test_an_object_of_compression_is_not_the_subject() -> None:
    text = "WoolKV compresses the SheepKV cache to 2 bits, shrinking cache memory by 6.4x."
    ents = _mentions(text, ("WoolKV", "method", False), ("SheepKV cache", "method", False))
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents)] == ["WoolKV"]


def test_counted_items_and_compared_systems_are_no_measure() -> None:
    out = run("The defense certifies 67.5% of test images, compared with 49.2% for the prior best certified method.")
    assert not {c["metric"] for c in out} & {"test images", "test image", "prior best certified method performance"}


def test_a_compared_description_stops_at_a_coordinated_verb() -> None:
    out = run("Policies herd 1.8x more sheep than scripted baselines and reduce collisions by 42%.")
    assert out[-1]["metric"] == "collision"


def test_a_process_time_is_a_measure() -> None:
    assert only("The herding agent reduced task completion time by 37%.")["metric"] == "task completion time"


def test_a_superlative_after_a_share_is_no_measure() -> None:
    out = run("The flock solves 92% of the easiest task but only 23% of the hardest.")
    assert "hardest" not in {c["metric"] for c in out}


def test_compute_rate_is_measured_in_flops() -> None:
    c = run("We sustain 15.1 PetaFLOPs with 76% scaling efficiency against a baseline that sustains 39 TeraFLOPs.")
    assert [x["metric"] for x in c if x["unit"] != "%"] == ["FLOPs", "FLOPs"]


@pytest.mark.parametrize("text, expected", [
    ("The 2-bit flock keeps accuracy close to full precision (69.48 vs. 72.41).", [(69.48, ""), (72.41, "")]),
    ("The flock is competitive with the barn model on MT-Bench (7.9 vs. 8.1).", [(7.9, ""), (8.1, "")]),
    ("We set a new best on the meadow set (10.8 compared to the best perplexity of 15.8).", [(10.8, ""), (15.8, "")]),
    ("This gives 11.0 pm 1.3 points of improvement.", [(11.0, "points")]),
    ("It reduces memory usage by a remarkable four times.", [(4.0, "x")]),
    ("Flock cuts FLOPs by up to 15times (11.5times) at equal quality.", [(15.0, "x"), (11.5, "x")]),
])
def test_scores_side_by_side_deviations_and_restatements(text: str, expected: list[tuple[float, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, metric", [
    ("The flock model trains from scratch to 64% 5-shot accuracy on the meadow suite.", "5-shot accuracy"),
    ("Fleece needs a remarkable 53 times reduction in parameters.", "parameters"),
    ("Fleece gives a 65 times decrement in FLOPs.", "flops"),
    ("Wool data gives a 6.6 percentage point improvement on MMLU.", "accuracy"),
])
def test_metric_of_shots_counts_decrements_and_benchmark_gains(text: str, metric: str) -> None:
    assert only(text)["metric"] == metric


def test_a_bare_change_after_by_is_in_points_and_its_list_shares_the_unit() -> None:
    assert values("Our 7B and 13B models surpass their counterparts by 2.7 and 2.9 on average.") == [
        (2.7, "points"), (2.9, "points")]
    assert values("We increase the batch size by 2 and the width by 1.5 layers.") == []


def test_a_change_given_item_by_item_keeps_its_direction_and_names_each_task() -> None:
    out = run("Our tagger outperforms prior models by ~3% for concept extraction and 7% for relation "
              "extraction applied to notes, 3.4~10% for abbreviation disambiguation, and 5.5% for entailment.")
    assert [c["direction"] for c in out] == ["increase"] * 5
    assert [c["metric"] for c in out] == [
        "concept extraction performance", "relation extraction performance",
        "abbreviation disambiguation performance", "abbreviation disambiguation performance",
        "entailment performance"]


def test_a_signed_score_range_gives_both_ends() -> None:
    assert [c["value"] for c in run("Small taggers gain the most (delta F1 +0.12 to +0.23).")] == [0.12, 0.23]


@pytest.mark.parametrize("text", [
    "Small taggers gain the most (delta F1 +0.12 to +0.23).",
    "The shearing score moves from 0.41 to 0.57 with WoolTune.",
])
def test_both_ends_of_a_range_of_scores_share_a_unit(text: str) -> None:
    # the word after the first number is the range's "to", not a noun naming what was counted
    units = {c["unit"] for c in run(text)}
    assert len(units) == 1, units


@pytest.mark.parametrize("text, expected", [
    ("The tagger improves accuracy by 3 to 5%.", [(3.0, "%"), (5.0, "%")]),
    ("The kernel is 2 to 3 times faster.", [(2.0, "x"), (3.0, "x")]),
    ("It improves BLEU by 1.2 to 2.5 points.", [(1.2, "points"), (2.5, "points")]),
])
def test_a_range_written_with_to_shares_its_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert values(text) == expected
    assert {c["direction"] for c in run(text)} == {"increase"}


def test_bare_changes_before_a_change_noun_are_points() -> None:
    assert values("Gains are large on charts, e.g., 4.2, 11.0, and 4.0 improvements on three suites.") == [
        (4.2, "points"), (11.0, "points"), (4.0, "points")]
    assert values("We evaluate 13 tasks and 4 improvements to the recipe.") == []


def test_a_subordinate_clause_after_a_score_is_no_metric() -> None:
    c = only("Our shearer reaches an accuracy of about 79% despite being trained on noisy wool.")
    assert c["value"] == 79.0 and c["metric"] == "accuracy"


def test_a_measure_named_after_the_next_number_is_that_numbers() -> None:
    text = "ShearLM scores 7.2 on FlockArena and a 24.8% length-controlled win rate on FlockEval."
    ents = _mentions(text, ("FlockArena", "benchmark", False), ("FlockEval", "benchmark", False),
                     ("length-controlled win rate", "metric", False))
    first, second = find_claims(text, split_sentences(text), ents)
    assert (first["value"], first["metric"], first["benchmark"]) == (7.2, "score", "FlockArena")
    assert (second["value"], second["metric"]) == (24.8, "length-controlled win rate")


def test_a_preference_share_is_a_preference_rate_on_no_earlier_benchmark() -> None:
    text = ("YarnNet reaches an FID of 12.3 on LoomSet. In a user study, designers preferred YarnNet samples "
            "68% of the time.")
    ents = _mentions(text, ("LoomSet", "dataset", False))
    fid, share = find_claims(text, split_sentences(text), ents)
    assert fid["benchmark"] == "LoomSet"
    assert (share["value"], share["metric"], share["benchmark"]) == (68.0, "preference rate", None)


def test_a_benchmark_after_a_coordinated_transfer_verb_is_not_the_numbers() -> None:
    text = "FleeceNet lowers calibration error from 6.2 to 2.9 and transfers to the LambCount dataset unchanged."
    ents = _mentions(text, ("LambCount", "dataset", False))
    assert [c["benchmark"] for c in find_claims(text, split_sentences(text), ents)] == [None, None]


@pytest.mark.parametrize("text", [
    "Tally attention handles sequences 8 times longer than seen during training.",
    "Policies optimised against it produce responses 35% shorter.",
    "WoolCodec decodes 25x faster than real time on one CPU core.",
])
def test_a_pronoun_or_participle_after_a_cue_is_no_baseline(text: str) -> None:
    (c,) = run(text)
    assert c["baseline"] is None


def test_a_compared_system_ends_at_a_common_nouns_possessive() -> None:
    (c,) = run("FlockFed matches the centralized model's F1 score within 1.5 points.")
    assert c["baseline"] == "centralized model"
    (c,) = run("The kernel is up to 1.5x faster than Wool Labs's ShearEngine.")
    assert c["baseline"] == "Wool Labs's ShearEngine"


def test_a_named_score_reached_as_a_name_of_a_number() -> None:
    out = run("ChromaWool achieves a CLIP-I of 0.87 and a DINO score of 0.71.")
    assert [(c["value"], c["metric"]) for c in out] == [(0.87, "clip-i"), (0.71, "dino score")]
    assert run("We start from a Llama of 7 billion parameters.") == []


def test_fewer_counted_items_are_a_number_of_them() -> None:
    (c,) = run("Sheep-SGD converges in 40% fewer epochs than Adam.")
    assert (c["metric"], c["direction"]) == ("number of epochs", "decrease")
    (c,) = run("The pruned shearer needs 3.1x fewer FLOPs.")
    assert c["metric"] == "flops"


@pytest.mark.parametrize("text", [
    "With a cache budget of 10%, WoolKV retains most of its accuracy.",
    "At a compression ratio of 25%, FleeceZip keeps most of its accuracy.",
])
def test_a_budget_or_ratio_an_experiment_runs_at_is_a_setting(text: str) -> None:
    assert run(text) == []


def test_a_count_changed_from_one_level_to_another_is_the_measure() -> None:
    out = run("FlockRL reduces the average number of lost sheep from 12.4 to 3.8 per episode.")
    assert [(c["value"], c["metric"]) for c in out] == [(12.4, "number of lost sheep"), (3.8, "number of lost sheep")]
    assert run("We train with a batch size of 2 per GPU.") == []


def test_a_distance_in_millimetres_is_an_outcome_but_a_slice_thickness_is_not() -> None:
    (c,) = run("WoolSeg reaches a Hausdorff distance of 4.2 mm.")
    assert (c["value"], c["unit"], c["metric"]) == (4.2, "mm", "hausdorff distance")
    assert run("Scans are cut into 5 mm slices.") == []


def test_a_pair_restating_a_score_and_a_distance_is_read_position_by_position() -> None:
    out = run("WoolSeg reaches a Dice score of 0.89 and a Hausdorff distance of 4.2 mm, compared with 0.81 and "
              "7.9 mm for FleeceNet.")
    assert [c["value"] for c in out if c["unit"] == "mm"] == [4.2, 7.9]  # 0.81 is a Dice score, in no unit


def test_the_owner_of_a_measure_is_not_the_measure() -> None:
    (c,) = run("BleatNet reduces the word error rate of a downstream call-type recognizer by 18% relative.")
    assert (c["metric"], c["direction"]) == ("word error rate", "decrease")


def test_the_best_value_of_a_named_score_in_brackets_is_a_claim() -> None:
    (c,) = run("On wool prices, ChronoWool achieves the lowest MASE (0.82) of all forecasters.")
    assert (c["value"], c["metric"], c["direction"]) == (0.82, "mase", "none")
    assert run("We pick the top Llama (7B) checkpoint.") == []


def test_what_a_compared_change_is_in_is_named_after_it() -> None:
    (c,) = run("HerdBot transfers to unseen pastures with a 15% smaller drop in success rate.")
    assert c["metric"] == "success rate"


def test_a_plural_subject_and_its_verb_are_not_part_of_the_measure() -> None:
    (c,) = run("Our test shows that contaminated models overestimate accuracy by up to 11 points.")
    assert c["metric"] == "accuracy"


def test_margins_listed_with_their_measures_keep_their_own_measure() -> None:
    text = "Tuning FleeceMT raises chrF++ by 6.2 and BLEU by 4.5 over the untuned model."
    ents = _mentions(text, ("chrF++", "metric", False), ("BLEU", "metric", False))
    out = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["metric"], c["baseline"]) for c in out] == [
        (6.2, "chrf++", "untuned model"), (4.5, "bleu", "untuned model")]


def test_a_number_naming_no_measure_takes_the_sentences_previous_one() -> None:
    out = run("The best model counts correctly on only 64.2% of images, while humans reach 98.5%.")
    assert [(c["value"], c["metric"]) for c in out] == [(64.2, "accuracy"), (98.5, "accuracy")]


def test_the_papers_own_dataset_evaluated_on_is_a_later_results_benchmark() -> None:
    text = "We collect FleeceQA, a dataset of farm questions, and evaluate retrieval on it. The best system reaches 58.3 F1."
    ents = [{**_mentions(text, ("FleeceQA", "dataset", False))[0], "proposed": True}]
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["benchmark"] == "FleeceQA"
    text = "We build FleeceInstruct, a dataset of farm instructions. Tuning on it reaches 58.3 F1."
    ents = [{**_mentions(text, ("FleeceInstruct", "dataset", False))[0], "proposed": True}]
    (c,) = find_claims(text, split_sentences(text), ents)
    assert c["benchmark"] is None  # data it trains on


def test_a_participle_after_the_compared_system_ends_it() -> None:
    (c,) = run("The student runs with a 12x speedup over the teacher served on the same device.")
    assert c["baseline"] == "teacher"


def test_a_faster_named_process_is_its_speed_and_across_names_an_instrument() -> None:
    text = "WoolNet gives between 2x and 5x faster inference across ResNet backbones."
    ents = _mentions(text, ("WoolNet", "method", False), ("ResNet", "method", False))
    out = find_claims(text, split_sentences(text), ents)
    assert [(c["metric"], c["subject"]) for c in out] == [("inference speed", "WoolNet")] * 2
    text = "WoolNet gives 2x faster inference; across ResNet backbones it gains 5x."
    ents = _mentions(text, ("WoolNet", "method", False), ("ResNet", "method", False))
    assert find_claims(text, split_sentences(text), ents)[1]["subject"] == "WoolNet"


def test_a_semicolon_ends_the_clause_a_measure_is_named_in() -> None:
    text = r"ShearLM reduces latency by 40\%; it is $2\times$--$5\times$ faster than vLLM."
    ents = _mentions(text, ("latency", "metric", False))
    out = find_claims(text, split_sentences(text), ents)
    assert [c["metric"] for c in out] == ["latency", "speed", "speed"]


def test_what_we_set_a_method_to_remove_is_a_setting() -> None:
    assert run("We prune 50% of the weights and quantize the rest to 4 bits.") == []
    (c,) = run("WoolQ retains 99.1% of the FP16 accuracy.")
    assert c["metric"] == "accuracy"


def test_a_range_of_levels_after_between_is_in_the_measure_before_it() -> None:
    out = run("Across 12 wool benchmarks we find label noise rates between 8% and 23%.")
    assert [(c["value"], c["metric"]) for c in out] == [(8.0, "label noise rate"), (23.0, "label noise rate")]


def test_baselines_that_reach_listed_results_respectively_are_their_subjects() -> None:
    text = "Baselines based on FleeceMAE and ShearFormer reach 62.1 and 58.4 mAP respectively."
    ents = _mentions(text, ("FleeceMAE", "method", False), ("ShearFormer", "method", False), ("mAP", "metric", False))
    out = find_claims(text, split_sentences(text), ents)
    assert [(c["subject"], c["baseline"]) for c in out] == [("FleeceMAE", None), ("ShearFormer", None)]


def test_a_percentile_latency_and_a_service_target() -> None:
    out = run("FleeceServe achieves 35% lower P99 latency than vLLM under a 200 ms SLO.")
    assert [(c["value"], c["metric"]) for c in out] == [(35.0, "p99 latency")]


def test_a_comparative_after_the_number_owns_its_comparison() -> None:
    text = "It has 35% lower latency than FlockA, and sustains 2.4x more concurrent requests than FlockB."
    ents = _mentions(text, ("FlockA", "method", False), ("FlockB", "method", False))
    assert find_claims(text, split_sentences(text), ents)[-1]["baseline"] == "FlockB"


def test_where_a_change_was_measured_is_not_its_measure() -> None:
    out = run("The policy raises herding efficiency by 22% in simulation and by 14% on a real farm.")
    assert [c["metric"] for c in out] == ["herding efficiency", "herding efficiency"]
    (c,) = run("The reward model agrees with held-out human preferences 81% of the time.")
    assert c["metric"] == "agreement rate"


def test_a_share_of_a_ranking_score_is_that_score() -> None:
    (c,) = run("Binarizing retains 96.5% of nDCG@10 on the wool benchmark.")
    assert c["metric"] == "ndcg@10"


def test_a_measure_that_changes_from_one_level_to_another_keeps_its_name() -> None:
    text = "On PenCount, the mean absolute error drops from 4.7 to 2.1 lambs per image."
    ents = _mentions(text, ("mean absolute error", "metric", False))
    out = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["metric"]) for c in out] == [(4.7, "mean absolute error"), (2.1, "mean absolute error")]
    out = run("The policy raises the win rate from 45.2% to 61.0%.")
    assert [c["metric"] for c in out] == ["win rate", "win rate"]


def test_scores_set_side_by_side_after_a_matched_system_are_claims() -> None:
    out = run("Eweformer-1B matches Pythia-1.4B on the harness average (52.1 vs 51.8) with fewer parameters.")
    assert [c["value"] for c in out] == [52.1, 51.8]


def test_coverage_at_a_nominal_level_and_narrower_intervals() -> None:
    out = run("Conformal intervals reach 90.4% empirical coverage at the nominal 90% level, 25% narrower than "
              "quantile regression intervals.")
    assert [(c["value"], c["metric"]) for c in out] == [(90.4, "empirical coverage"), (25.0, "width")]
    out = run("We find that 38% of leaderboard rankings are not significant at the 5% level, nor at a 10% "
              "significance level.")
    assert [c["value"] for c in out] == [38.0]  # a significance level is the test's setting
    out = run("On LRS9 with babble noise at 0 dB SNR, WoolAV lowers the word error rate from 12.6% to 5.9%.")
    assert [c["value"] for c in out] == [12.6, 5.9]  # and so is the noise level a result is measured under
    out = run("WoolMark keeps a true positive rate of 95% at a 1% false positive rate after paraphrasing.")
    assert [c["value"] for c in out] == [95.0]  # and the error rate a detection result is read at


def test_a_factor_of_compression_is_a_compression_ratio_and_a_verb_ends_the_measure() -> None:
    out = run("On FleeceNet-50, a 12x compression costs only 0.6% top-1 accuracy.")
    assert [(c["value"], c["metric"]) for c in out] == [(12.0, "compression ratio"), (0.6, "top-1 accuracy")]


def test_a_change_verb_inside_the_phrase_before_from_ends_the_measure() -> None:
    out = run("Ablating the 20 most breed-specific features drops accuracy from 94% to 31%.")
    assert [c["metric"] for c in out] == ["accuracy", "accuracy"]


def test_a_judged_scale_is_no_claim_and_its_scores_are_scores() -> None:
    out = run("The 1.3B model matches the larger one, scoring 7.1 vs 7.3 on a 10-point GPT-4-judged scale.")
    assert [(c["value"], c["metric"]) for c in out] == [(7.1, "score"), (7.3, "score")]


def test_how_often_and_a_share_of_this_gap() -> None:
    out = run("Models retrieve middle facts 30% less often. Positional tuning closes 80% of this gap.")
    assert [c["metric"] for c in out] == ["frequency", "gap"]


def test_a_measure_named_after_someone_keeps_the_name() -> None:
    out = run("The agent increases profit by 7.3% over the rule-based strategy used by brokers, with a Sharpe "
              "ratio of 1.8 versus 1.1.")
    assert [(c["value"], c["metric"]) for c in out][1:] == [(1.8, "sharpe ratio"), (1.1, "sharpe ratio")]
    assert out[0]["baseline"] == "rule-based strategy"
    assert run("The agent outperforms Mamba by 5%.")[0]["baseline"] == "Mamba"


def test_a_factor_after_speeding_up_is_a_speed_and_more_counted_items_a_number() -> None:
    text = "Pruning costs 1.2 mAP on COCO and speeds up inference on a Jetson Orin by 1.9x."
    ents = _mentions(text, ("mAP", "metric", False), ("COCO", "benchmark", False))
    assert [c["metric"] for c in find_claims(text, split_sentences(text), ents)] == ["map", "speed"]
    (c,) = run("Self-consistency lowers errors at the cost of 3x more inference calls.")
    assert c["metric"] == "number of inference calls"


def test_a_share_answered_correctly_is_an_accuracy_and_people_are_no_system() -> None:
    text = "FleeceGPT answers 86.4% correctly, the best open model (WoolLM) 79.1%, and the median student 71%."
    ents = _mentions(text, ("FleeceGPT", "model", False), ("WoolLM", "model", False))
    out = find_claims(text, split_sentences(text), ents)
    assert [(c["metric"], c["subject"]) for c in out] == [
        ("accuracy", "FleeceGPT"), ("accuracy", "WoolLM"), ("accuracy", None)]


def test_a_number_inside_a_named_benchmark_is_no_member_of_a_list_of_scores() -> None:
    text = "ShearNER reaches 87.9 F1 on ACE 2005 and 86.4 F1 on WoolBank."
    start = text.index("ACE 2005")
    benchmark = [{"start": start, "end": start + len("ACE 2005"), "type": "benchmark", "name": "ACE 2005"}]
    assert [(c["value"], c["metric"], c["benchmark"]) for c in run(text, benchmark)] == [
        (87.9, "f1", "ACE 2005"), (86.4, "f1", "ACE 2005")]


@pytest.mark.parametrize("text, score", [
    ("Our parser reaches 84.6 UAS and 80.1 LAS on the Fula treebank.", "uas"),
    ("The tracker attains 61.2 HOTA on the pasture videos.", "hota"),
    ("The enhanced speech reaches 3.21 PESQ on the noisy flock recordings.", "pesq"),
    ("The segmenter reaches 0.91 DSC on the fleece scans.", "dsc"),
])
def test_a_bare_number_before_a_known_score_name_is_that_score(text: str, score: str) -> None:
    first = run(text)[0]
    assert first["metric"] == score and first["unit"] == ""


def test_a_list_of_compared_numbers_is_the_system_named_after_its_last() -> None:
    text = "WoolNet reaches 81.2% accuracy on FleeceSet and 74.5% on RamBench, compared with 76.0% and 70.1% for FleeceLM."
    ents = _mentions(text, ("WoolNet", "method", True), ("FleeceLM", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["metric"]) for c in claims] == [
        (81.2, "WoolNet", "accuracy"), (74.5, "WoolNet", "accuracy"),
        (76.0, "FleeceLM", "accuracy"), (70.1, "FleeceLM", "accuracy")]


@pytest.mark.parametrize("text, metric", [
    ("WoolSum cuts the rate of hallucinations from 23.4% to 9.8%.", "rate of hallucinations"),
    ("WoolSum cuts the share of unsafe outputs from 23.4% to 9.8%.", "share of unsafe outputs"),
])
def test_a_share_named_by_what_it_counts_is_the_measure_that_changed(text: str, metric: str) -> None:
    assert [c["metric"] for c in run(text)] == [metric, metric]


def test_according_to_after_a_number_names_no_measure() -> None:
    assert only("WoolSum scores 81% according to human raters.")["metric"] == "score"
    assert only("WoolSum reaches 81% accuracy according to human raters.")["metric"] == "accuracy"


def test_a_margin_set_beside_a_score_is_no_list_and_the_compared_systems_data_no_benchmark() -> None:
    text = "WoolMed reaches a mean AUROC of 0.912, 1.7 points above a supervised FleeceNet initialization."
    ents = _mentions(text, ("AUROC", "metric", False), ("FleeceNet", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["text"], c["unit"], c["benchmark"]) for c in claims] == [("0.912", "", None), ("1.7 points", "points", None)]
    text = "WoolMed reaches 81.2% accuracy, 1.7 points above RamNet on FleeceNet."
    ents = _mentions(text, ("RamNet", "model", False), ("FleeceNet", "benchmark", False))
    assert [c["benchmark"] for c in find_claims(text, split_sentences(text), ents)] == ["FleeceNet", "FleeceNet"]


def test_a_next_margin_measured_on_other_data_is_over_the_same_system() -> None:
    text = ("WoolASR lowers the word error rate on FleeceSpeech from 5.9% to 4.8% and on BarnNoise by 12% "
            "relative, outperforming RamWhisper on both.")
    ents = _mentions(text, ("WoolASR", "method", True), ("FleeceSpeech", "benchmark", False),
                     ("BarnNoise", "benchmark", False), ("RamWhisper", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["benchmark"], c["baseline"]) for c in claims][-1] == (12.0, "BarnNoise", "RamWhisper")


def test_a_measure_matched_is_no_baseline() -> None:
    text = "A model trained on the filtered data matches the FleeceQA accuracy of a model trained on 3x more tokens, " \
           "and improves accuracy by 2.1 points."
    ents = _mentions(text, ("FleeceQA", "benchmark", False), ("accuracy", "metric", False))
    assert [c["baseline"] for c in find_claims(text, split_sentences(text), ents)] == [None, None]


def test_levels_up_from_listed_for_a_system_are_its_and_an_acronym_modifies_a_counted_noun() -> None:
    text = ("WoolAgent raises the success rate to 42.7% and 68.3%, respectively, up from 35.1% and 61.0% for RamAct, "
            "while issuing 30% fewer API calls.")
    ents = _mentions(text, ("WoolAgent", "method", True), ("success rate", "metric", False), ("RamAct", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [c["subject"] for c in claims] == ["WoolAgent", "WoolAgent", "RamAct", "RamAct", "WoolAgent"]
    assert claims[-1]["metric"] == "number of api calls"


@pytest.mark.parametrize("text, metric", [
    ("WoolGuard detects 96.4% of the injected attacks.", "injected attacks detected"),
    ("Shepherds accepted 41% of WoolReview's comments in a field study.", "comments accepted"),
    ("WoolSWE resolves 12.5% of issues.", "issues resolved"),
    ("WoolCoder solves 45% of the problems.", "solve rate"),
    ("WoolGuard correctly identifies 88% of the poisoned samples.", "accuracy"),
])
def test_a_share_of_items_a_verb_was_done_to_is_named_by_the_verb(text: str, metric: str) -> None:
    assert only(text)["metric"] == metric


def test_an_outcome_rate_is_a_measure_and_human_as_its_modifier_names_no_people() -> None:
    assert only("WoolDiff reaches a human preference rate of 61% against RamTurbo.")["metric"] == "human preference rate"
    assert run("We train WoolNet with a dropout rate of 10%.") == []  # the rate a run is set to is no result


def test_a_result_is_over_the_system_set_against_it_and_that_systems_number_over_none() -> None:
    text = "WoolDiff reaches an FID of 12.4 versus 13.9 for RamLCM, and a human preference rate of 61% against RamTurbo."
    ents = _mentions(text, ("WoolDiff", "method", True), ("RamLCM", "method", False), ("RamTurbo", "model", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["subject"], c["baseline"]) for c in claims] == [
        ("WoolDiff", "RamLCM"), ("RamLCM", None), ("WoolDiff", "RamTurbo")]


@pytest.mark.parametrize("text", [
    "On QM9 WoolNet lowers the mean absolute error of HOMO-LUMO gap prediction to 21.3 meV.",
    "On QM9 WoolNet lowers the mean absolute error of gap prediction to 21.3 meV.",
])
def test_an_error_in_an_energy_unit_is_the_error_measured_not_what_it_is_of(text: str) -> None:
    ents = _mentions(text, ("mean absolute error", "metric", False))
    (claim,) = find_claims(text, split_sentences(text), ents)
    assert (claim["value"], claim["unit"], claim["metric"]) == (21.3, "meV", "mean absolute error")


def test_an_energy_outside_an_error_is_no_claim() -> None:
    assert run("The band gap of the crystal is 1.1 eV.") == []


def test_a_share_named_as_a_budget_after_it_is_a_setting() -> None:
    assert values("WoolKV retains 98.5% of full-cache accuracy with a 20% cache budget.") == [(98.5, "%")]
    assert values("WoolKV needs a 20% smaller memory budget.") == [(20.0, "%")]


def test_a_factor_a_model_grows_by_is_its_setup_unless_it_is_an_achieved_increase() -> None:
    assert run("We train WoolLM, a model with 175 billion parameters, 10x more than any previous model.") == []
    assert values("Our fleece nets are 8x deeper than RamNet nets.") == []
    assert values("WoolZeRO allows an 8x increase in model size over the state of the art.") == [(8.0, "x")]
    assert values("WoolNet uses 10x fewer parameters than RamNet.") == [(10.0, "x")]
    assert values("We train a 1B model for 25B tokens (i.e. 1000x larger and 25x longer) with the mixture.") == []
    assert values("WoolNet is 8x deeper and 3x faster than RamNet.") == [(3.0, "x")]  # a setup listed with a result


def test_a_share_followed_by_point_is_in_points() -> None:
    assert values("It pushes the Fleece score to 80.5% (7.7% point absolute improvement).") == [(80.5, "%"), (7.7, "points")]


def test_where_a_measure_was_taken_is_not_the_measure_and_a_whole_score_can_be_set_against() -> None:
    text = "WoolGNN improves node classification accuracy on ogbn-wool by 2.3 points."
    ents = _mentions(text, ("node classification accuracy", "metric", False), ("ogbn-wool", "benchmark", False))
    (claim,) = find_claims(text, split_sentences(text), ents)
    assert (claim["metric"], claim["benchmark"]) == ("node classification accuracy", "ogbn-wool")
    text = "Ewe-Vid achieves an FVD of 241 on UCF-Wool, compared with 347 for RamVideo."
    ents = _mentions(text, ("Ewe-Vid", "method", True), ("RamVideo", "model", False))
    assert [(c["value"], c["subject"]) for c in find_claims(text, split_sentences(text), ents)] == [
        (241.0, "Ewe-Vid"), (347.0, "RamVideo")]


def test_a_number_words_own_by_links_it_to_the_measure_before() -> None:
    assert only("WoolMAPPO reduces sample complexity by half.")["metric"] == "sample complexity"


def test_a_participle_and_its_phrase_after_a_measure_are_not_the_measure() -> None:
    assert only("WoolInt8 reduces the memory needed for inference by half.")["metric"] == "memory"
    assert only("WoolCal lowers the expected calibration error by 30%.")["metric"] == "expected calibration error"


def test_a_shortened_thing_is_measured_by_its_length_and_a_matched_measures_owner_is_compared() -> None:
    assert only("RamTok shortens sequences by 23% on Amharic.")["metric"] == "sequence length"
    text = ("With few labels, WoolAL matches the mAP of a fully supervised RamYOLO detector, and surpasses random "
            "sampling by 6.3 mAP.")
    ents = _mentions(text, ("WoolAL", "method", True), ("RamYOLO", "model", False))
    (claim,) = find_claims(text, split_sentences(text), ents)
    assert (claim["subject"], claim["baseline"]) == ("WoolAL", "random sampling")
    text = "Open models such as RamLlama lag behind by more than 10 points."
    assert only(text)["baseline"] is None


def test_the_same_number_changing_things_opposite_ways_is_two_claims() -> None:
    text = "WoolNet is 3x faster than RamNet. It also reduces memory by 3x."
    assert [(c["metric"], c["direction"]) for c in run(text)] == [("speed", "increase"), ("memory", "decrease")]


def test_a_bracketed_score_after_a_compared_measure_is_a_claim_in_it() -> None:
    text = "WoolGen yields molecules with higher predicted fleece affinities (7.22 [6.30-8.15]) than RamGPT."
    assert [(c["value"], c["metric"]) for c in run(text)] == [(7.22, "predicted fleece affinity")]
    assert run("WoolNet reaches a higher number (3) of wins.") == []


def test_compared_scores_chain_hardware_numbers_are_names_and_a_kind_before_a_comma_names_the_baseline() -> None:
    text = ("WoolQuant reaches a WikiText perplexity of 4.16, versus 6.88 for RamGPTQ and 5.86 for RamAWQ. "
            "Its kernels decode at 110 tokens/s on an RTX 4090, 3.2x faster than FP16.")
    ents = _mentions(text, ("WoolQuant", "method", True), ("RamGPTQ", "method", False), ("RamAWQ", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["text"], c["subject"]) for c in claims] == [
        ("4.16", "WoolQuant"), ("6.88", "RamGPTQ"), ("5.86", "RamAWQ"), ("110 tokens/s", "WoolQuant"), ("3.2x", "WoolQuant")]
    text = "Compared with a fine-tuned RamLLM without retrieval, WoolRAG raises answer F1 by 0.26."
    ents = _mentions(text, ("RamLLM", "model", False), ("WoolRAG", "method", True))
    (claim,) = find_claims(text, split_sentences(text), ents)
    assert (claim["subject"], claim["baseline"]) == ("WoolRAG", "fine-tuned RamLLM")


def test_a_whole_number_in_a_list_of_scores_on_benchmarks_is_a_score() -> None:
    text = "It scores 78.5 on WoolBench, 1520 on RamME and 62.1% on FleeceMMMU."
    ents = _mentions(text, ("WoolBench", "benchmark", False), ("RamME", "benchmark", False),
                     ("FleeceMMMU", "benchmark", False))
    assert [(c["value"], c["benchmark"]) for c in find_claims(text, split_sentences(text), ents)] == [
        (78.5, "WoolBench"), (1520.0, "RamME"), (62.1, "FleeceMMMU")]
    assert values("We train on 78.5 hours of speech, 1520 of which are clean.") == []


def test_a_bound_on_a_named_score_is_a_claim() -> None:
    claim = only("Existing metrics correlate only weakly with human judgments (Kendall tau below 0.3).")
    assert (claim["value"], claim["qualifier"]) == (0.3, "less than")


@pytest.mark.parametrize("text, expected", [
    ("WoolASR beats RamWhisper by 3.4 absolute WER points.", [("3.4 absolute WER points", "points", "wer")]),
    ("WoolMT adds 1.5 F1 pts.", [("1.5 F1 pts", "points", "f1")]),
    ("WoolBoost achieves the lowest RMSE (4.1 lambs per week).", [("4.1", "", "rmse")]),
    ("WoolEdit improves CLIP directional similarity from 0.18 to 0.24.",
     [("0.18", "", "directional similarity"), ("0.24", "", "directional similarity")]),
    ("WoolEdit was preferred over RamP2P and RamPix in 72% and 65% of comparisons.",
     [("72%", "%", "preference rate"), ("65%", "%", "preference rate")]),
    ("WoolCritic's critiques are preferred over RamGPT's in 53% of pairwise comparisons.",
     [("53%", "%", "preference rate")]),
])
def test_scores_named_inside_points_per_units_similarities_and_listed_preferences(text: str, expected: list) -> None:
    assert [(c["text"], c["unit"], c["metric"]) for c in run(text)] == expected


def test_a_factor_as_many_things_is_a_number_of_them() -> None:
    assert only("Users of WoolList found almost three times as many bugs as users without it.")["metric"] == "number of bugs"


def test_completed_shares_a_compared_system_after_an_article_and_training_data_is_no_benchmark() -> None:
    text = "On RamBench, WoolMem completes 64.2% of long-horizon tasks versus 41.7% for a RamAct agent."
    ents = _mentions(text, ("RamBench", "benchmark", False), ("WoolMem", "method", True), ("RamAct", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["metric"], c["subject"]) for c in claims] == [("completion rate", "WoolMem"), ("completion rate", "RamAct")]
    text = "We train WoolVLA on 970K episodes from the FleeceX dataset. In real-world trials WoolVLA reaches a 16.5% " \
           "higher success rate than RamVLA."
    ents = _mentions(text, ("FleeceX", "dataset", False), ("RamVLA", "model", False))
    assert [c["benchmark"] for c in find_claims(text, split_sentences(text), ents)] == [None]


def test_a_change_in_a_measure_taken_on_named_data_and_the_owner_of_a_changed_measure() -> None:
    text = ("We present WoolPrune, a pruning method. WoolPrune removes 40% of the FLOPs of RamDeiT-B with a 0.6% "
            "drop in FleeceNet top-1 accuracy, and achieves a 63.5% improvement in F1 score.")
    ents = _mentions(text, ("WoolPrune", "method", True), ("FLOPs", "metric", False), ("RamDeiT-B", "model", False),
                     ("FleeceNet", "benchmark", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["metric"], c["subject"]) for c in claims] == [
        ("flops", "WoolPrune"), ("top-1 accuracy", "WoolPrune"), ("f1 score", "WoolPrune")]


def test_a_compared_systems_bracketed_score_may_carry_an_interval() -> None:
    text = "WoolGen yields higher predicted fleece affinities (7.22 [6.30-8.15]) than RamGPT (5.81 [4.97-6.76])."
    ents = _mentions(text, ("WoolGen", "method", True), ("RamGPT", "model", False))
    assert [(c["value"], c["subject"]) for c in find_claims(text, split_sentences(text), ents)] == [
        (7.22, "WoolGen"), (5.81, "RamGPT")]


def test_a_named_score_in_brackets_after_a_compared_system_is_its() -> None:
    text = "WoolAudio reaches an FAD of 1.32, outperforming RamLDM 2 (FAD 1.89)."
    ents = _mentions(text, ("WoolAudio", "method", True), ("RamLDM 2", "model", False))
    assert [(c["value"], c["subject"]) for c in find_claims(text, split_sentences(text), ents)] == [
        (1.32, "WoolAudio"), (1.89, "RamLDM 2")]


_WOOL = ("WoolNet", "method", True)


@pytest.mark.parametrize("text, names, baseline", [
    ("In comparison with RamNet, WoolNet reduces latency by 35%.", [("RamNet", "method", False), _WOOL], "RamNet"),
    ("WoolNet-16B achieves comparable performance with RamNet-7B, with only about 40% of computations.",
     [("WoolNet-16B", "model", True), ("RamNet-7B", "model", False)], "RamNet-7B"),
    ("WoolNet is comparable to RamNet-7B in accuracy while using 45% less memory.",
     [_WOOL, ("RamNet-7B", "model", False)], "RamNet-7B"),
    ("WoolNet uses 1/3 of the training compute to reach the same one-shot accuracy as RamNet.",
     [_WOOL, ("RamNet", "method", False)], "RamNet"),
    ("WoolNet matches the accuracy of RamNet-7B while using 45% less memory.",
     [_WOOL, ("accuracy", "metric", False), ("RamNet-7B", "model", False)], "RamNet-7B"),
    ("WoolNet reaches 93% of the performance of RamNet-7B.", [_WOOL, ("RamNet-7B", "model", False)], "RamNet-7B"),
    ("Using the Fleece family, WoolNet keeps 95.1% of the 70B model's accuracy.", [_WOOL], "70B model"),
    ("WoolNet does so with only 0.2% of past methods' parameters.", [_WOOL], "past methods"),
    ("WoolNet provides 99% of RamNet quality at 360M parameters.", [_WOOL, ("RamNet", "method", False)], "RamNet"),
    ("WoolNet is right 95% of the time.", [_WOOL], None),
    ("WoolNet keeps 99%, 99% and 90% zero-shot task performance of the dense model.", [_WOOL], "dense model"),
    ("WoolNet needs only 0.5% of the parameters and computational complexity of RamGAN.",
     [_WOOL, ("RamGAN", "method", False)], "RamGAN"),
    ("WoolNet removes 18% of the tokens of FleeceCorpus.", [_WOOL, ("FleeceCorpus", "dataset", False)], None),
    ("WoolNet shows only a 2.4% performance drop by pruning half of the attention layers.", [_WOOL], None),
    ("WoolNet saves 45% computational cost of pre-training RamBERT.", [_WOOL, ("RamBERT", "model", False)], None),
    ("Retraining as little as 0.3% of the parameters of RamGPT suffices.", [("RamGPT", "model", False)], None),
    ("WoolNet matches the perplexity of one trained on all of the data with 22% fewer tokens.",
     [_WOOL, ("perplexity", "metric", False)], None),
])
def test_a_system_matched_or_whose_measure_a_share_is_of_is_the_baseline(text: str, names: list, baseline: str) -> None:
    claims = find_claims(text, split_sentences(text), _mentions(text, *names))
    assert claims and [c["baseline"] for c in claims] == [baseline] * len(claims)


@pytest.mark.parametrize("text, names, baseline", [
    ("WoolSF improves the accuracy of RamLM-2 by up to 7.8%.", [("WoolSF", "method", True), ("RamLM-2", "model", False)],
     "RamLM-2"),
    ("WoolAttn makes the inference time of RamGLM2 50% faster.", [("WoolAttn", "method", True), ("RamGLM2", "model", False)],
     "RamGLM2"),
    ("WoolLazy accelerates the prefilling stage of the RamLM-7B model by 2.34x.",
     [("WoolLazy", "method", True), ("RamLM-7B", "model", False)], "RamLM-7B"),
    ("On average, WoolTok improves the performance of a 2B model by 23.6%.", [("WoolTok", "method", True)], "2B model"),
    ("We cut the compute of RamLM-70B to 64% of that of the dense model.", [("RamLM-70B", "model", False)], "dense model"),
    ("WoolSparse reduces the latency of decoding by 2.1x.", [("WoolSparse", "method", True)], None),
    ("WoolLight accelerates linear attention by more than twice.",
     [("WoolLight", "method", True), ("linear attention", "method", False)], "linear attention"),
])
def test_the_system_whose_measure_a_result_changes_is_the_baseline(text: str, names: list, baseline: str | None) -> None:
    claims = find_claims(text, split_sentences(text), _mentions(text, *names))
    assert [c["baseline"] for c in claims] == [baseline]



def test_what_a_result_improves_upon_is_its_baseline() -> None:
    text = "Our method, dubbed WoolShear++, improves upon WoolShear by 3 points on FleeceQA."
    ents = _mentions(text, ("WoolShear++", "method", True), ("WoolShear", "method", False), ("FleeceQA", "benchmark", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert (c["subject"], c["baseline"]) == ("WoolShear++", "WoolShear")


def test_the_system_a_result_is_set_against_is_not_its_subject() -> None:
    text = "We compare our server with the serving system RamRT and show up to 37x speedup over RamRT."
    ents = _mentions(text, ("RamRT", "method", False))
    (c,) = find_claims(text, split_sentences(text), ents)
    assert (c["subject"], c["baseline"]) == (None, "RamRT")


@pytest.mark.parametrize("text, names", [
    ("Using WoolSearch on top of RamLM-3 achieves a pass@200 of 77.0% on FleeceBench.",
     [("WoolSearch", "method", True), ("RamLM-3", "model", False), ("FleeceBench", "benchmark", False)]),
    ("We present WoolCat. We produce fast models from RamLM-8B and EweLM-7B, leading to 20 points of improvement on FleeceQA.",
     [("WoolCat", "method", True), ("RamLM-8B", "model", False), ("EweLM-7B", "model", False),
      ("FleeceQA", "benchmark", False)]),
    ("WoolSearch builds upon RamLM-3 and gains 3 points on FleeceBench.",
     [("WoolSearch", "method", False), ("RamLM-3", "model", False), ("FleeceBench", "benchmark", False)]),
])
def test_what_a_contribution_is_built_on_or_made_from_does_not_reach_its_result(text: str, names: list) -> None:
    claims = find_claims(text, split_sentences(text), _mentions(text, *names))
    assert [c["subject"] for c in claims] == [names[0][0]]


@pytest.mark.parametrize("text, expected", [
    ("EweTTS reaches a WER of 2.1% and a speaker similarity of 0.67.", [(2.1, "wer"), (0.67, "speaker similarity")]),
    ("RamFold reaches a median TM-score of 0.81.", [(0.81, "tm-score")]),
    ("FleeceRec raises NDCG@10 to 0.0612, 0.0398 and 0.0701 on Beauty, Sports and Toys, respectively.",
     [(0.0612, "ndcg@10"), (0.0398, "ndcg@10"), (0.0701, "ndcg@10")]),
    ("WeatherFleece has a 12% lower root mean square error (RMSE) than RamCast.", [(12.0, "root mean square error")]),
    ("WoolRank gives a 5% higher mean reciprocal rank.", [(5.0, "mean reciprocal rank")]),
    ("EweTTS reaches a mean opinion score (MOS) of 4.3 in human evaluation.", [(4.3, "mean opinion score")]),
    ("We train on 1200, 3400 and 5600 images from the Fleece set.", []),
    ("OCRWool surpasses RamDonut by 10.5 and 9.2 ANLS respectively.", [(10.5, "anls"), (9.2, "anls")]),
    ("OCRWool obtains an ANLS of 84.7 on FleeceVQA.", [(84.7, "anls")]),
    ("SegWool halves the annotation time per image.", [(50.0, "annotation time")]),
])
def test_scores_named_by_a_measure_word_or_a_mean_and_listed_after_to(text: str, expected: list) -> None:
    assert [(c["value"], c["metric"]) for c in run(text)] == expected


def test_a_time_a_result_is_measured_at_is_a_setting() -> None:
    assert [c["text"] for c in run("WoolCast has a 12% lower RMSE for geopotential at 5 days.")] == ["12%"]
    assert [c["text"] for c in run("WoolCast has a 12% lower RMSE at a lead time of 72 hours.")] == ["12%"]
    assert [c["text"] for c in run("Training finishes in 5 days on one GPU.")] == ["5 days"]


@pytest.mark.parametrize("text, expected", [
    ("MolWool achieves an average Vina score of -7.9 kcal/mol.", (-7.9, "kcal/mol", "none")),
    ("MolWool reaches a binding energy of -7.9 kcal/mol.", (-7.9, "kcal/mol", "none")),
    ("WoolNet reaches a Vina score of -7.9 on FleeceDock.", (-7.9, "", "none")),
    ("The F1 of WoolNet changes by -0.5 points.", (0.5, "points", "decrease")),
])
def test_a_negative_level_keeps_its_sign_and_a_negative_change_is_a_decrease(text: str, expected: tuple) -> None:
    assert [(c["value"], c["unit"], c["direction"]) for c in run(text)] == [expected]


@pytest.mark.parametrize("text, metric", [
    ("WoolFix fixes 162 of 835 bugs on FleeceBugs.", "number of bugs fixed"),
    ("On FleeceBugs it produces correct patches for 162 of 835 bugs.", "number of bugs repaired"),
    ("WoolProver proves 12 of 20 problems.", "number of problems proved"),
    ("WoolWav improves over RamHuBERT on 9 of 10 FLEECE tasks.", "number of tasks with best results"),
])
def test_items_a_system_fixes_or_proves_are_counted_outcomes(text: str, metric: str) -> None:
    assert [c["metric"] for c in run(text)] == [metric]


def test_noise_a_result_is_measured_under_is_a_setting() -> None:
    assert [c["text"] for c in run("On FleeceSet with 40% symmetric noise, WoolNet reaches 92.4% accuracy.")] == ["92.4%"]


def test_what_a_change_replaces_does_not_reach_the_result() -> None:
    text = "Replacing RamMax with a sigmoid gate lets a 2-layer model count with 99.2% accuracy."
    ents = _mentions(text, ("RamMax", "method", False))
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents)] == [None]


@pytest.mark.parametrize("text, kept", [
    ("At a 10x compression rate, WoolPress loses 1.2 points on FleeceQA.", ["1.2 points"]),
    ("WoolPress achieves a 10x compression rate.", ["10x"]),
    ("FleeceFL halves the number of communication rounds to reach 80% accuracy.", ["halves"]),
])
def test_a_rate_results_are_reported_at_and_a_target_are_settings(text: str, kept: list) -> None:
    assert [c["text"] for c in run(text)] == kept


def test_a_name_opening_the_main_clause_after_a_compared_phrase_is_no_baseline() -> None:
    text = "Compared with random ordering, wool curriculum raises accuracy on FleeceMath from 37.1% to 42.6%."
    ents = _mentions(text, ("wool curriculum", "method", False), ("FleeceMath", "benchmark", False))
    assert {c["baseline"] for c in find_claims(text, split_sentences(text), ents)} == {"random ordering"}
    text = "WoolServe is faster than the dense baseline, RamGOBO, by 4.5x."
    ents = _mentions(text, ("WoolServe", "method", True), ("RamGOBO", "method", False))
    assert [c["baseline"] for c in find_claims(text, split_sentences(text), ents)] == ["RamGOBO"]


def test_systems_a_score_is_above_with_their_bracketed_scores() -> None:
    text = "On FleeceGames it achieves a mean score of 1.24, above RamDreamer (1.10) and EweZero (1.04)."
    ents = _mentions(text, ("FleeceGames", "benchmark", False), ("RamDreamer", "method", False), ("EweZero", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"], c["baseline"]) for c in claims] == [
        (1.24, None, "RamDreamer"), (1.10, "RamDreamer", None), (1.04, "EweZero", None)]


def test_a_later_clause_named_subject_and_a_budget_a_sentence_opens_with() -> None:
    text = "With 10% of the KV cache, WoolKV retains 97.8% of full-cache accuracy, while RamKV retains 93.1%."
    ents = _mentions(text, ("WoolKV", "method", True), ("RamKV", "method", False))
    claims = find_claims(text, split_sentences(text), ents)
    assert [(c["value"], c["subject"]) for c in claims] == [(97.8, "WoolKV"), (93.1, "RamKV")]


@pytest.mark.parametrize("text, expected", [
    ("Probes on middle layers recover 83% unlabeled attachment score.", [(83.0, "unlabeled attachment score")]),
    ("Probing accuracy correlates with parsing performance (Spearman rho = 0.72).", [(0.72, "spearman rho")]),
    ("Randomly flipping 50% of the labels lowers accuracy by only 1.8 points.", [(1.8, "accuracy")]),
])
def test_a_measure_named_with_a_setting_word_a_rho_and_a_manipulated_share(text: str, expected: list) -> None:
    assert [(c["value"], c["metric"]) for c in run(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Deduplication reduces extractable memorization by a factor of ten.", [(10.0, "x", "extractable memorization")]),
    ("Deduplication reduces memorization by a factor of 10.", [(10.0, "x", "memorization")]),
    ("We use a scaling factor of two.", []),
])
def test_a_change_by_a_factor_written_in_words_or_digits(text: str, expected: list) -> None:
    assert [(c["value"], c["unit"], c["metric"]) for c in run(text)] == expected


def test_a_verb_claim_after_a_new_level_is_no_member_of_its_list() -> None:
    out = run("WoolOCR improves word accuracy from 71.3% to 78.9% and halves the character error rate.")
    assert [(c["text"], c["metric"]) for c in out] == [
        ("71.3%", "word accuracy"), ("78.9%", "word accuracy"), ("halves", "character error rate")]


def test_a_compared_list_after_a_respectively_result_list_is_the_systems() -> None:
    text = "On RamBench, WoolPlan solves 94%, 81% and 63% of problems, respectively, compared with 35%, 12% and 1% for RamGPT."
    ents = _mentions(text, ("RamBench", "benchmark", False), ("WoolPlan", "method", True), ("RamGPT", "model", False))
    assert [c["subject"] for c in find_claims(text, split_sentences(text), ents)] == ["WoolPlan"] * 3 + ["RamGPT"] * 3


def test_a_share_of_labels_opening_a_sentence_is_a_budget_and_an_adverb_is_no_measure() -> None:
    text = ("We combine pretraining with pseudo-labeling. With only 5% of the labeled lines of the FleeceHand dataset, "
            "WoolOCR reaches a character error rate of 6.1%, close to the 4.8% of the fully supervised model.")
    out = run(text)
    assert [c["text"] for c in out] == ["6.1%", "4.8%"] and out[1]["metric"] != "fully"
