"""Rule-based extraction of claimed numbers from ML paper abstracts.

Why rules and not a model
-------------------------
Abstracts state results in a small, very regular register ("improves accuracy
by 3.1 points", "up to 2.2x faster", "achieves 86.8% on GSM8K").  A compact set
of patterns reaches high precision on that register, runs in a fraction of a
millisecond per abstract (the whole tool must handle ~250 abstracts/s on one
core), needs no training data and every decision can be traced to a named rule.
The hard part is not finding numbers but rejecting setup numbers (model and
data sizes, GPU counts, years, names such as GPT-4 or Llama-2-7B); that is done
by explicit, general filters.

Organisation
------------
1. Data tables (module-level constants): number words, unit synonyms, direction
   cues, metric terms, qualifier phrases, setting nouns.
2. Compiled regexes.  Case-insensitive matching is done by running lower-case
   patterns over ``low`` (the abstract lower-cased, same offsets): ``re.I``
   with large alternations is an order of magnitude slower in CPython.
3. Small pure helpers: number parsing, unit normalisation, qualifier,
   direction and metric detection, setup-number filter, entity attachment.
4. ``find_claims``: one regex pass finds digit numbers, two cheap trigger
   passes find number words with units ("five minutes") and special phrases
   ("by half", "ranks first"); each candidate is classified from short windows
   around it; ranges and lists share units; attributes are attached, and a
   "respectively" pairs a list of results with a list of benchmarks or
   compared systems.
5. Sentences come from :func:`paperkg.sentences.split_sentences` (the pipeline
   passes the spans its ``pkg_sections`` component computed with it).
6. ``ClaimExtractor``: the thin spaCy component that runs ``find_claims``.

Robustness: every search looks at a bounded window around a number
(``WINDOW``), at most ``MAX_CANDIDATES`` numbers are examined, and
``find_claims`` never raises (malformed spans and entities are cleaned or
ignored).  The claim logic itself uses only the standard library.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..sentences import split_sentences
from .extensions import doc_text

__all__ = ["ClaimExtractor", "find_claims", "make_claim_extractor", "normalize_unit", "parse_number", "split_sentences"]

# ---------------------------------------------------------------------------
# 1. Data tables
# ---------------------------------------------------------------------------

#: Cardinal number words (lower case).  Compound tens ("twenty-five") are
#: composed by ``parse_number``.
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a hundred": 100, "one hundred": 100, "a thousand": 1000, "dozen": 12,
    "a dozen": 12, "an": 1, "a": 1, "a single": 1, "single": 1,
}

#: Ordinals used in rank claims ("ranks first").
ORDINALS: dict[str, float] = {
    "first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3,
    "top": 1,
}

#: Scale suffixes ("7B", "1.3 trillion").  A scaled number is a size unless
#: its unit is in ``SCALABLE_UNITS``.
SCALE_FACTORS: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "g": 1e9, "t": 1e12,
    "trillion": 1e12,
}
SCALABLE_UNITS: frozenset[str] = frozenset({"bit", "token/s"})

#: Outcome unit words (lower-case surface -> reported unit).  A number with
#: one of these is a measured quantity: time, memory, throughput, compute.
OUTCOME_UNITS: dict[str, str] = {
    "ms": "ms", "millisecond": "ms", "milliseconds": "ms", "μs": "μs",
    "microsecond": "μs", "microseconds": "μs", "ns": "ns",
    "s": "second", "sec": "second", "secs": "second", "second": "second",
    "seconds": "second", "min": "minute", "mins": "minute",
    "minute": "minute", "minutes": "minute", "h": "hour", "hr": "hour",
    "hrs": "hour", "hour": "hour", "hours": "hour", "day": "day",
    "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "kib": "KiB",
    "mib": "MiB", "gib": "GiB", "byte": "byte", "bytes": "byte",
    "bit": "bit", "bits": "bit",
    "tokens/s": "token/s", "token/s": "token/s", "tok/s": "token/s",
    "tokens per second": "token/s", "token per second": "token/s",
    "tokens/sec": "token/s", "tokens/second": "token/s", "token/second": "token/s",
    "samples/s": "sample/s", "images/s": "image/s",
    "requests/s": "request/s", "it/s": "it/s", "fps": "fps", "qps": "qps",
    "frames per second": "fps", "frame per second": "fps", "images per second": "image/s",
    "samples per second": "sample/s", "queries per second": "qps", "requests per second": "request/s",
    "gpu hours": "GPU hour", "gpu hour": "GPU hour", "gpu-hours": "GPU hour", "gpu-hour": "GPU hour",
    "flops": "FLOPs", "gflops": "GFLOPs", "tflops": "TFLOPs",
    "pflops": "PFLOPs", "petaflops": "PetaFLOPs", "teraflops": "TeraFLOPs",
    "exaflops": "ExaFLOPs", "kwh": "kWh", "wh": "Wh", "j": "J", "kj": "kJ", "mj": "mJ", "joule": "J", "joules": "J",
    "w": "W", "watt": "W", "watts": "W", "db": "dB",
    "mm": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
    "cm": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
    "mev": "meV", "ev": "eV", "kcal/mol": "kcal/mol",
}
TIME_UNITS: frozenset[str] = frozenset({"ms", "μs", "ns", "second", "minute", "hour", "day",
                                         "week", "month", "GPU hour"})
MEMORY_UNITS: frozenset[str] = frozenset({"KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "byte"})
#: Units of a rate: what is done per second.
RATE_UNITS: frozenset[str] = frozenset({"token/s", "sample/s", "image/s", "request/s", "it/s", "fps", "qps"})
#: Units of a distance or an energy: an outcome only as a distance or an error ("a Hausdorff distance of 4.2 mm",
#: "a mean absolute error of 21.3 meV").
ERROR_UNITS: frozenset[str] = frozenset({"mm", "cm", "meV", "eV", "kcal/mol"})

#: Nouns that make an outcome count ("state-of-the-art on 9 of these tasks").
COUNT_NOUNS: str = (
    r"tasks?|benchmarks?|datasets?|languages?|metrics?|categories|category|domains?|"
    r"settings?|evaluations?|games?|environments?|subtasks?|leaderboards?|tracks?|"
    r"suites?|splits?|language pairs?|test sets?|cases|comparisons|problems?|puzzles?|trials?|episodes?|attempts?|"
    r"bugs?|issues?|vulnerabilit(?:y|ies)"
)

#: Score names after which a bare number is a score ("BLEU of 35.2").
SCORE_ACRONYMS: tuple[str, ...] = (
    "BLEU", "SacreBLEU", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE", "METEOR",
    "CIDEr", "SPICE", "chrF", "COMET", "BERTScore", "F1", "F-1", "macro-F1",
    "micro-F1", "EM", "mAP", "AP50", "AP75", "AP", "mIoU", "IoU", "PSNR",
    "SSIM", "LPIPS", "FID", "FVD", "PPL", "Elo", "ELO", "AUC", "AUROC",
    "AUPRC", "NDCG", "MRR", "WER", "CER", "MOS", "MT-Bench", "MT-bench",
    "MAE", "MSE", "RMSE", "MAPE", "NLL", "ECE", "EER", "BPC", "BPB", "RTF", "QWK", "MCC",
    "Macro-F1", "Micro-F1", "ROUGE-Lsum", "TER", "BLEURT", "CodeBLEU", "MAUVE", "UAS", "LAS", "nDCG",
    "MS-SSIM", "KID", "CLIPScore", "PickScore", "HPSv2", "VQAScore", "FAD", "PESQ", "STOI", "SDR", "SI-SDR",
    "SI-SNR", "DNSMOS", "UTMOS", "MCD", "DER", "DSC", "PQ", "PCK", "NDS", "HOTA", "MOTA", "IDF1", "EPE", "ADE",
    "FDE", "SPL", "CRPS", "MASE", "sMAPE", "BPD", "AUC-ROC", "ROC-AUC", "AUC-PR", "PR-AUC", "FPR95",
    "ANLS", "chrF++", "GLEU", "RMSD", "GDT-TS", "TM-score", "lDDT", "SRCC", "PLCC", "KRCC", "HD95", "ASSD", "JGA",
    "mAR", "QED",
)
SCORE_WORDS: tuple[str, ...] = (
    "accuracy", "accuracies", "perplexity", "score", "scores", "exact match",
    "rating", "win rate", "success rate", "error rate", "reward", "recall",
    "precision", "pass@1", "pass@k", "pass@10", "inception score", "error", "real-time factor", "kappa", "correlation",
    "tau", "rho", "similarity",
)

#: Direction cues right after a number ("2x faster", "5% reduction"), as
#: lower-case regex alternations; the token tables further down drive the
#: checks on the words before a number.
INCREASE_CUES: str = (
    r"improv\w*|increas\w*|boost\w*|gain\w*|higher|faster|quicker|"
    r"speed-?ups?|speeds?\s+up|sped\s+up|accelerat\w*|outperform\w*|"
    r"surpass\w*|exceed\w*|beat|beats|beating|better|larger|greater|longer|bigger|deeper|wider|"
    r"rais\w*|enhanc\w*|uplift\w*|lifts?|grow\w*|rises?|rising|jump\w*|"
    r"advanc\w*|doubl\w*|tripl\w*|extend\w*|more"
)
DECREASE_CUES: str = (
    r"reduc\w*|decreas\w*|lower\w*|cuts?|cutting|drops?|dropping|dropped|"
    r"declin\w*|sav(?:e|es|ed|ing|ings)|smaller|shrink\w*|shrunk|"
    r"compress\w*|slash\w*|degrad\w*|loss|losses|los(?:e|es|ing)|lost|"
    r"cheaper|shorter|trim\w*|fewer|less|prun\w*|eliminat\w*|"
    r"minimi[sz]\w*|halv\w*|decrement\w*|remov\w*|delet\w*|slower|hurts?|hurting|harm(?:s|ed|ing)?"
)
#: Known metric terms (lower case), used when no metric phrase is adjacent.
METRIC_TERMS: tuple[str, ...] = (
    "top-1 accuracy", "top-5 accuracy", "exact match", "pass@1", "pass@k",
    "win rate", "win-rate", "success rate", "error rate", "hallucination rate",
    "accuracy", "f1 score", "f1", "bleu", "rouge-l", "rouge", "meteor",
    "cider", "perplexity", "throughput", "latency", "peak memory",
    "memory footprint", "memory usage", "memory consumption", "memory",
    "inference speed", "training speed", "decoding speed", "speedup",
    "speed-up", "speed", "gflops", "flops", "compute", "computational cost",
    "inference cost", "training cost", "cost", "energy efficiency",
    "energy consumption", "energy", "efficiency", "number of parameters",
    "parameters", "model size", "inference time", "training time", "runtime",
    "wall-clock time", "recall", "precision", "accuracies", "map", "miou", "auc", "fid",
    "elo", "reward", "performance", "score", "tokens",
)
#: Weak metric terms: used only when nothing more specific is near.
WEAK_METRIC_TERMS: frozenset[str] = frozenset({"performance", "score", "tokens", "efficiency"})

#: Nouns after a number that make it a setting, not an outcome ("at 50%
#: sparsity", "95% confidence interval").
SETTING_NOUNS: frozenset[str] = frozenset({
    "sparsity", "sparse", "pruning", "masking", "mask", "dropout", "confidence",
    "quantile", "percentile", "noise", "label", "overlap", "split", "subset",
    "subsample", "held-out", "learning", "compression", "compressed", "pruned",
    "sparsified", "quantized", "masked", "subsampled", "sampled", "noisy",
    "corrupted", "labeled", "labelled", "unlabeled", "heavy",
})

#: Head nouns that are never the metric ("in 55.6% of cases").
NON_METRIC_HEADS: frozenset[str] = frozenset({
    "case", "cases", "time", "times", "model", "models", "task", "tasks",
    "dataset", "datasets", "benchmark", "benchmarks", "baseline", "baselines",
    "method", "methods", "approach", "approaches", "sample", "samples",
    "example", "examples", "question", "questions", "setting", "settings",
    "instance", "instances", "query", "queries", "problem", "problems",
    "language", "languages", "user", "users", "it", "them", "work", "works",
    "counterpart", "counterparts", "system", "systems", "one", "ones",
    "version", "versions", "variant", "variants", "level", "way", "result",
    "results", "layer", "layers", "gpu", "gpus", "average", "total", "factor",
    "rate", "order", "orders", "magnitude", "respectively", "point", "points",
    "percent", "percentage", "x", "fold", "range", "budget",
    "model's", "models'", "art", "sota", "state-of-the-art", "previous",
    "prior", "existing", "best", "ours", "llm", "llms", "trial", "trials",
    "run", "runs", "prompt", "prompts", "pair", "pairs", "set", "sets",
    "image", "images", "video", "videos", "document", "documents", "episode", "episodes", "item", "items",
    "evaluation", "evaluations",  # "an MOS of 4.3 in human evaluation": where it was measured, not the measure
})

#: Words that stop a metric noun phrase.
NP_STOP_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "instead", "rather", "its", "their", "our", "his", "her", "this", "that",
    "these", "those", "on", "in", "at", "to", "by", "with", "than", "over",
    "across", "from", "while", "when", "and", "or", "but", "which", "who",
    "using", "under", "vs", "vs.", "versus", "respectively", "relative",
    "against", "as", "without", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "we", "it", "they", "also", "only", "just", "up",
    "about", "around", "nearly", "approximately", "roughly", "almost",
    "average", "mean", "overall", "total", "compared", "whereas", "both",
    "all", "each", "further", "significantly", "substantially", "remarkable",
    "notable", "substantial", "significant", "impressive", "consistent",
    "absolute", "new", "can", "could", "will", "would", "may", "not", "no",
    "still", "even", "same", "other", "for", "via", "through", "into",
    "state-of-the-art", "sota", "best", "unprecedented", "excellent", "higher", "highest", "record",
    "after", "before", "during", "among", "between", "within", "so", "such",
    "then", "if", "where", "there", "here", "per", "of", "despite", "although", "though", "because",
    "since", "unless", "according", "depending", "thanks", "due", "achieving",
    "achieves", "achieved", "achieve", "reaching", "reaches", "reached",
    "obtaining", "obtains", "yielding", "yields", "delivering", "delivers",
    "showing", "shows", "showcasing", "demonstrating", "demonstrates",
    "providing", "provides", "offering", "offers", "resulting", "leading",
    "attaining", "attains", "get", "gets", "getting", "good", "great",
    "high", "low", "strong", "competitive", "comparable", "superior",
    "improving", "improves", "improved", "reducing", "reduces", "reduced",
    "increasing", "increases", "increased", "boosting", "boosts", "cutting",
    "cuts", "saving", "saves", "enhancing", "enhances", "lowering", "lowers",
    "accelerating", "accelerates", "outperforming", "outperforms",
    "surpassing", "surpasses", "exceeding", "exceeds", "beating", "beats",
    "recovering", "recovers", "retaining", "retains", "maintaining",
    "maintains", "preserving", "preserves", "requiring", "requires",
    "uses", "used", "e.g.", "i.e.", "e.g", "i.e",
    "additionally", "another", "whopping", "every", "away", "above", "below",
    "ahead", "behind", "better", "worse",
    "staggering", "mere", "modest", "large", "small", "marginal", "slight",
    "considerable", "dramatic", "drastic", "massive", "huge", "exceptional",
    "outstanding", "promising", "surprising", "sizable", "sizeable", "observe",
    "observes", "observed", "see", "sees", "saw", "find", "finds", "found",
    "report", "reports", "reported", "exhibit", "exhibits", "exhibiting",
    "show", "showed", "shown", "demonstrate", "demonstrated", "note", "notice",
    "bring", "brings", "bringing", "give", "gives", "giving", "enable", "enables",
    "enabling", "allow", "allows", "allowing", "make", "makes", "making",
})

#: Comparatives that may sit between a number and its metric.
COMPARATIVES: str = (
    r"higher|lower|better|worse|faster|slower|quicker|more|fewer|less|"
    r"greater|larger|smaller|cheaper|shorter|longer|bigger|narrower|wider"
)

#: Qualifier phrases (lower case, immediately before the number).
QUALIFIER_PHRASES: dict[str, str] = {
    "up to": "up to", "upto": "up to", "as much as": "up to",
    "as high as": "up to", "as large as": "up to", "as many as": "up to",
    "a maximum of": "up to", "maximum of": "up to",
    "on average": "average", "an average of": "average",
    "average of": "average", "averaging": "average", "averages": "average",
    "average": "average", "averaged": "average", "mean": "average",
    "approximately": "about", "approx.": "about", "approx": "about",
    "about": "about", "around": "about", "roughly": "about",
    "nearly": "about", "almost": "about", "circa": "about", "ca.": "about",
    "~": "about", "≈": "about", "∼": "about", "\\sim": "about",
    "\\approx": "about", "close to": "about",
    "more than": "more than", "over": "more than", "above": "more than",
    "exceeding": "more than", "beyond": "more than", "upwards of": "more than",
    "in excess of": "more than", ">": "more than", "greater than": "more than",
    "at least": "at least", "no less than": "at least", "≥": "at least",
    ">=": "at least", "\\geq": "at least", "\\ge": "at least",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "at most": "less than", "no more than": "less than",
    "<": "less than", "≤": "less than", "<=": "less than",
    "\\leq": "less than", "\\le": "less than", "lower than": "less than",
}

#: Token tables for the fast, token-based checks on the words just before a
#: number (cheaper than end-anchored regexes over a window).
INCREASE_PREFIXES: tuple[str, ...] = (
    "improv", "increas", "boost", "gain", "accelerat", "outperform", "surpass",
    "exceed", "rais", "enhanc", "uplift", "grow", "jump", "doubl", "tripl",
    "speedup", "speed-up", "extend",
)
INCREASE_WORDS: frozenset[str] = frozenset({
    "higher", "faster", "quicker", "beat", "beats", "beating", "better",
    "larger", "greater", "lift", "lifts", "rise", "rises", "rising", "more",
    "grew", "rose",
})
DECREASE_PREFIXES: tuple[str, ...] = (
    "reduc", "decreas", "lower", "declin", "shrink", "compress", "slash",
    "degrad", "trim", "prun", "eliminat", "minimi", "halv", "decrement",
    "dropp", "remov", "delet",
)
DECREASE_WORDS: frozenset[str] = frozenset({
    "cut", "cuts", "cutting", "drop", "drops", "save", "saves", "saved",
    "saving", "savings", "smaller", "shrunk", "loss", "losses", "lose",
    "loses", "losing", "lost", "cheaper", "shorter", "fewer", "less", "slower",
    "fell", "falls", "fall", "hurt", "hurts", "hurting", "harm", "harms", "harmed", "harming",
    "lag", "lags", "lagged", "lagging", "trail", "trails", "trailed", "trailing", "underperforms", "underperform",
})
#: Verbs stating a level ("achieves", "retains"); prefixes only where no
#: noun shares them ("requirements" and "scores" are nouns too).
LEVEL_PREFIXES: tuple[str, ...] = (
    "achiev", "attain", "obtain", "maintain", "retain", "preserv", "recover",
    "sustain", "deliver", "establish", "provid",
)
LEVEL_WORDS: frozenset[str] = frozenset({
    "reach", "reaches", "reached", "reaching", "yield", "yields", "yielded",
    "yielding", "keep", "keeps", "keeping", "kept", "get", "gets", "got",
    "ranks", "ranked", "take", "takes", "taking", "took", "need", "needs",
    "using", "uses", "use", "used", "utilizing", "utilising", "consuming",
    "require", "requires", "required", "requiring", "scored", "scoring",
})
#: Words right before a number that make it an absolute level.
LEVEL_ADJACENT: frozenset[str] = frozenset({
    "from", "to", "at", "with", "in", "is", "was", "are", "were", "of", "reaching",
    "reaches", "reached", "achieving", "achieves", "achieved", "obtains",
    "obtain", "obtaining", "attains", "attaining", "scores", "score",
    "scoring", "recovers", "recover", "recovering", "retains", "retaining",
    "maintains", "maintaining", "preserves", "preserving", "=", ":",
})
CHANGE_NOUN_INC: frozenset[str] = frozenset({
    "improvement", "improvements", "increase", "increases", "gain", "gains",
    "boost", "boosts", "speedup", "speedups", "speed-up", "speed-ups",
    "acceleration", "margin", "margins", "uplift", "advantage", "lead",
})
CHANGE_NOUN_DEC: frozenset[str] = frozenset({
    "reduction", "reductions", "decrease", "decreases", "drop", "drops",
    "decline", "declines", "saving", "savings", "cut", "cuts", "loss",
    "losses", "degradation", "compression", "decrement", "decrements",
})
#: Words after which a bare number is a section, step or other label.
LABEL_WORDS: frozenset[str] = frozenset({
    "sec", "section", "sections", "table", "tab", "fig", "figure", "figures",
    "figs", "eq", "eqs", "eqn", "equation", "equations", "appendix",
    "algorithm", "theorem", "lemma", "corollary", "definition", "chapter",
    "part", "step", "stage", "phase", "version", "level", "round", "epoch",
    "layer", "rule", "claim", "question", "rq", "hypothesis", "line", "page",
    "pages", "example", "case", "type", "top", "seed", "block", "head",
    "iteration", "generation", "gen", "grade", "class", "group", "track",
    "task", "experiment", "setting", "option", "category", "item", "module",
    "day", "week", "month", "year", "size", "no", "number", "#", "v", "k",
    "n", "batch", "stage-", "top-", "list", "order",
})
#: Words between a score name and its number ("BLEU score of 35.2").
SCORE_LINK_WORDS: frozenset[str] = frozenset({
    "of", "=", ":", "is", "was", "at", "reaching", "reaches", "to", "from", "by",
    "a", "an", "only", "just", "up", "about", "approximately", "around", "over",
    "more", "than", "nearly", "roughly", "value", "values", "below", "above", "under", "exceeding", "beyond",
    "~", "≈", "(", "+", "reached", "of:",
    # "pass@1 rises to 72.0", "BLEU improves to 35.2": the score's new level
    "rises", "rose", "increases", "increased", "improves", "improved", "drops", "dropped", "falls", "fell",
    "decreases", "decreased", "climbs", "jumps", "grows",
})
SCORE_ACRONYM_SET: frozenset[str] = frozenset(SCORE_ACRONYMS) | frozenset({"Accuracy", "Score", "Perplexity"})
SCORE_WORD_SET: frozenset[str] = frozenset(w for w in SCORE_WORDS if " " not in w) | frozenset({"acc", "acc."})
SCORE_BIGRAM_SET: frozenset[str] = frozenset(w for w in SCORE_WORDS if " " in w)

#: Words skipped when looking for the verb right before a number ("saves a whopping 40%").
FILLER_WORDS: frozenset[str] = frozenset({
    "a", "an", "the", "only", "just", "also", "further", "still", "even", "merely",
    "additional", "another", "remarkable", "impressive", "substantial", "significant",
    "notable", "consistent", "whopping", "staggering", "overall", "total", "extra",
    "considerable", "dramatic", "massive", "huge", "modest", "marginal", "slight",
})

#: Quantity named by a bare comparative after a number ("2x faster" -> speed).
COMPARATIVE_METRIC: dict[str, str] = {
    "faster": "speed", "quicker": "speed", "slower": "speed", "smaller": "size",
    "larger": "size", "bigger": "size", "cheaper": "cost", "shorter": "length",
    "longer": "length", "narrower": "width", "wider": "width",
}

#: At most this many numbers of each kind are examined per text.  Real
#: abstracts hold well under 100; the cap bounds the time spent on
#: pathological inputs (a 50,000-character list of percentages).
MAX_CANDIDATES = 1000

#: Half-width of the analysis window: sentence-level searches look at most this
#: far from the number, so a 50,000-character "sentence" stays linear.
WINDOW = 400

# ---------------------------------------------------------------------------
# 2. Compiled regexes.  "_L" regexes run on the lower-cased text ``low``.
# ---------------------------------------------------------------------------

_NUMWORD_ALT = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:a |one )?hundred|(?:a )?thousand|(?:a )?dozen|a single|single|an|a"
)

# Digit numbers: the pattern starts with a character class, so CPython's
# prefix scan keeps the whole-text pass cheap.
_DIGIT_RE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_THOUSANDS_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")

#: Literal triggers searched with str.find (C speed) instead of one regex.
_WORDUNIT_TRIGGERS: tuple[str, ...] = (
    "times", "fold", "percent", "second", "minute", "hour", "day", "week", "month",
)
# A share written as a fraction of something: "1/3 of the training compute", "1/10th of the cost".
_SPLIT_BEFORE_RE = re.compile(r"\b(?:hold|held|split|sampl|subsampl|reserv|randomly|select)\w*\s+(?:out\s+)?(?:only\s+)?$")
_FRACTION_OF_RE = re.compile(r"(?<![\w./-])([1-9])/([1-9][0-9]?)(?:th|rd|nd)?(?=\s+of\s)")
_SPECIAL_TRIGGERS: tuple[str, ...] = (
    "magnitude", "half", "halv", "twice", "doubl", "tripl", "quadrupl", "rank", "place", "factor of ",
)
_L_WORDUNIT_RE = re.compile(
    r"(?:times|fold|percent|seconds?|minutes?|hours?|days?|weeks?|months?)(?![a-z])"
)
_L_NUMWORD_BEFORE_RE = re.compile(r"(?<![a-z-])(?P<w>" + _NUMWORD_ALT + r")(?P<sep>\s+|-|)$")

# Scale and unit right after a digit number (anchored .match, original case).
_UNIT_RE = re.compile(
    r"(?P<scale>\s?(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|bn|mn)\b|[KMBTkG](?![A-Za-z0-9]))?"
    r"(?P<plus>\+(?![0-9]))?"
    r"(?:(?P<pct>\s?(?:\\?%|％)(?:\s?(?:points?|pts?)\b)?|\s(?:(?:absolute|relative)\s+)?(?:[Pp]ercentage\s+[Pp]oints?|[Pp]ercent(?:age)?|[Pp]er\s+cent)\b|"
    r"\s?(?:(?:absolute|relative)\s+)?(?:[A-Z][A-Za-z0-9@-]{1,9}\s)?(?:pp|p\.p\.|pts?|points?)\b|-points?\b|-percentage-points?\b)"
    r"|(?P<times>\s?(?:[xX×✕](?![A-Za-z0-9])|\$\\times\$|\\times|[Tt]imes)|-?[Ff]old\b)"
    r"|(?P<word>\s?(?:(?:tokens?|frames?|images|samples|queries|requests)\s+per\s+second|"
    r"(?:tokens?|tok|samples?|images?|requests?)/s(?:ec(?:ond)?)?\b|GPU[- ]hours?\b|"
    r"it/s\b|(?:ms|μs|ns|milliseconds?|microseconds?|seconds?|secs?|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|months?|bytes?|bits?|fps|FPS|qps|QPS|kWh|Wh|kJ|mJ|J|W|joules?|watts?|dB|mm|cm|meV|eV|kcal/mol|"
    r"(?:milli|centi)met(?:er|re)s?)\b|"
    r"(?:KB|MB|GB|TB|KiB|MiB|GiB|kB)\b|(?:[GTPE]?FLOPS?|[GTPE]?FLOPs|[Pp]eta-?FLOPs?|"
    r"[Tt]era-?FLOPs?|[Ee]xa-?FLOPs?|[Pp]etaflops|[Tt]eraflops|[Ee]xaflops)\b)|\s[sh]\b)"
    r"|(?P<hyph>-[A-Za-z])"
    r"|(?P<noun>\s[A-Za-z]))?"
)

_SCORE_AFTER_RE = re.compile(
    r"\s(?:(?:average|avg\.|mean|overall|mask|box|bbox|absolute|relative)\s+)?(?:(?:" + "|".join(re.escape(a) for a in SCORE_ACRONYMS) + r")(?![\w-])"
    r"|(?:top-1\s+|top-5\s+)?accuracy\b|perplexity\b|win\s+rate\b|success\s+rate\b|"
    r"exact\s+match\b|pass@\w+)"
)
_VARIABLE_BEFORE_RE = re.compile(
    r"(?:\b(?:[A-Za-z](?:_\{?\w+\}?)?|alpha|beta|gamma|delta|lambda|tau|eta|epsilon|sigma|mu|"
    r"rho|theta|lr|bs|top[-_]?[kp]|temperature|temp|seed|dim|rank|steps?|epochs?)|[)\]])"
    r"\s*(?:=|<|>|≤|≥|<=|>=|\\leq|\\geq|\\le|\\ge)\s*$"
)
# Quantities counted in the plural keep it ("trainable parameters", "inference FLOPs", "training tokens").
_COUNTED_NOUNS = frozenset({"parameters", "tokens", "computations", "operations", "datapoints", "samples", "steps",
                            "resources", "examples", "instances"})
#: Words before "precision" that make it a number format ("4-bit precision", "full precision"), not the metric.
NUMBER_FORMAT_BEFORE_RE = re.compile(
    r"(?:\bbit|-bit|\blow|\bhigh|\bmixed|\bfull|\bhalf|\bsingle|\bdouble|\bnumerical|\breduced|\bFP\d+|\bINT\d+|"
    r"\bBF16|\bfloating-point|\barbitrary|\bweight|\bactivation)[\s-]*$",
    re.IGNORECASE,
)
# Head words of a measured quantity, for the phrase before a bracketed restatement.
_MEASURE_HEADS = frozenset({t.split()[-1] for t in METRIC_TERMS} | {"performance", "quality", "score", "scores"})
_L_PERTURBED_BEFORE_RE = re.compile(r"\b(?:flip|corrupt|perturb|shuffl|poison|mislabel)\w*\s+(?:only\s+|just\s+|up\s+to\s+)?$")
_L_WE_REMOVE_BEFORE_RE = re.compile(r"\bwe\s+(?:\w+\s+)?(?:prun|remov|drop|mask|skip|discard|evict)\w*\s+$")
_NAME_BEFORE_MEASURE_RE = re.compile(
    r"^(?:(?:[A-Z0-9][\w.-]*\s+){1,2}|(?:original|full|dense|uncompressed|unpruned|teacher|base)\s+(?=[a-z]+\s+[a-z]))(?=[a-z])")
_EPONYM_HEADS = frozenset("ratio correlation coefficient distance divergence index score rho tau".split())
_CHANGED_MEASURE_HEADS = _MEASURE_HEADS | {"error", "loss", "distance", "rate", "ratio", "gap", "count", "similarity"}
# A named factor the method is run with is a hyperparameter ("with a capacity factor of 1.25").
_L_SETTING_FACTOR_BEFORE_RE = re.compile(r"\b(?:with|using|use|uses|set|sets|setting)\s+(?:a|an|the)\s+[\w-]+\s+factor\s+of\s+\S*\s*$")
# People whose score a number can be ("the 91.2% of human graders").
_PEOPLE_NOUNS = frozenset("graders annotators humans experts raters participants students doctors clinicians "
                          "radiologists physicians users crowdworkers judges evaluators people".split())
_PEOPLE_OF_AFTER_RE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_PEOPLE_NOUNS)) + r")\b")
# The head of a measure named by what it counts ("the share of unsafe outputs", "the rate of hallucinations").
_SHARE_HEADS = frozenset({"share", "fraction", "proportion", "percentage", "rate", "ratio"})
# Where a measure was taken, between it and the linker of its number ("accuracy on ogbn-mag by", "the win rate
# on SMAC super-hard maps by").
_MEASURED_WHERE_RE = re.compile(r"\s+(?:on|in|across)\s+[^,;.()]{1,40}?\s+(?:by|to|from)\s+(?:only\s+|about\s+|nearly\s+)?")
_OF_OWNER_BEFORE_RE = re.compile(r"\s+of\s+(?:(?:a|an|the|its|their|our|each)\s+)?(?:[A-Z][\w-]*\s+)?$")
_VS_GAP_RE = re.compile(r"\s*(?:[(\[]\s*)?(?:vs\.?|versus|compared\s+(?:to|with)(?:\s+[\w-]+){0,4}?(?:\s+of)?)\s*$")
_OWNER_RE = re.compile(r"(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+")
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}$")
_OPEN_TAG_BEFORE_RE = re.compile(r"<[A-Za-z/!][^<>]*$")
_DOMAIN_RE = re.compile(r"\.(?:com|org|io|net|html?|edu|ai|github)\b")
_BRACKET_CITE_RE = re.compile(r"\[[0-9]+(?:\s*[,–-]\s*[0-9]+)*\]")

_RANGE_SEP_RE = re.compile(r"\s?(?:-{1,3}|–|—|~|∼|to|\\sim|\$\\sim\$)\s?$")
_LIST_SEP_RE = re.compile(r"(?:\s?(?:,|/|&)\s?|\s(?:and|or)\s|,\s(?:and|or)\s)$")
_DECIMAL_BEFORE_RE = re.compile(r"(?<![\w.])[0-9]+\.[0-9]+$")
_DECIMAL_AT_RE = re.compile(r"[0-9]+\.[0-9]+(?![\w.])")
# A benchmark's name and a colon or equals sign right before a bare score, in a list of such pairs or a
# bracket ("(MMLU: 71.2, GSM8K: 80.4)", "MMLU = 71.2 and GSM8K = 80.4").
_NAME_THEN_SCORE_RE = re.compile(r"(?:^|[(,;]\s*|\band\s+|e\.g\.,?\s+)([A-Z][A-Za-z0-9.+-]*[A-Z0-9][A-Za-z0-9+-]*)\s*[:=]\s*$")
_L_AFTER_SCORE_RE = re.compile(r"\s*(?:[,;)]|and\b|$|\.(?:\s|$))")
_VS_BEFORE_RE = re.compile(r"\(\s*(?:vs\.?|versus)\s+$")
_L_AFTER_SETUP_RE = re.compile(r"\s?[×x*]\s?[0-9]|/(?![0-9]+\.[0-9])[0-9]|\^|(?:th|st|nd|rd)\b|\s?cross[- ]valid")
_HARDWARE_AFTER_RE = re.compile(
    r"\s?(?:\$?\\times\$?|[x×]|times)?\s?(?:GPUs?|TPUs?|CPUs?|NPUs?|RTX|NVIDIA|Nvidia|nodes?|"
    r"cards?|[AHVLTP]\d{2,3}\w*|GeForce|Tesla|Titan|TITAN|Ascend|MI\d+\w*|chips?|cores?|"
    r"machines?|devices?|servers?)(?![\w-])(?!\s(?:memory|hours?|requirements?|utili[sz]ation|"
    r"efficiency|cost|time|usage|savings?|speedup|throughput)\b)"
)
_L_TIME_AFTER_SETUP_RE = re.compile(
    r"\s?(?:of\b|long\b|length\b|-long|old\b|ago\b|later\b|earlier\b|clips?\b|videos?\b|"
    r"audio\b|speech\b|recordings?\b|footage\b|window\b|slos?\b|deadlines?\b|timeouts?\b|budgets?\b|limits?\b)"
)  # ... and targets set for a service: "under a 200 ms SLO"
# What a level is given after ("a Vina score of", "log-likelihood =", "ELBO:"), not a change ("drops by").
_LEVEL_OF_BEFORE_RE = re.compile(r"(?:\b(?:of|is|was|reaches|reaching|achieves?|achieving|at)|[=:])\s*(?:about\s+|around\s+|only\s+)?$")
# A share a sentence opens with, as what the result is given ("With 10% of the KV cache, X retains ..."): a budget.
_L_WITH_OPENS_BEFORE_RE = re.compile(r"(?:^|[.;:]\s+)with\s+(?:only\s+|just\s+)?$")
_L_SHARE_OF_CLAUSE_AFTER_RE = re.compile(r"\s+of\s+[^,.;]{1,60},")
# The error rate a detection result is read at ("95% TPR at a 1% false positive rate", "at 1% FPR").
_L_OPERATING_POINT_AFTER_RE = re.compile(r"\s*(?:false[- ](?:positive|alarm|acceptance|discovery)\s+rates?|fpr|far|fdr)\b")
_L_AT_A_RATE_RE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:compression|sparsity|pruning|reduction|downsampling)\s+(?:rate|ratio|level)\b")
# A threshold a cost is counted to ("the number of rounds to reach 80% accuracy"): a target, not a result.
_L_TARGET_BEFORE_RE = re.compile(
    r"\b(?:rounds|steps|epochs|iterations|time|samples|queries|tokens|hours|compute|cost)\s+(?:needed\s+|required\s+)?"
    r"to\s+(?:reach|achieve|attain|hit|match)\s+(?:a\s+|an\s+|the\s+)?$")
_L_AT_TIME_BEFORE_RE = re.compile(r"\bat\s+(?:an?\s+)?(?:(?:lead\s+time|horizon)\s+of\s+)?$")
_L_FOR_BEFORE_RE = re.compile(
    r"\b(?:for|over|during|spanning|spans?|lasting)\s+(?:about\s+|approximately\s+|"
    r"around\s+|over\s+|only\s+|just\s+|up\s+to\s+|nearly\s+)?$"
)
_L_MEMORY_SETUP_BEFORE_RE = re.compile(
    r"\b(?:with|on|using|of|single|one|a|an|the|per|each)\s+(?:a\s+|an\s+|the\s+|only\s+|just\s+|single\s+)?$"
)
# What a method needs is its outcome, even in hardware words ("only needs 16GB GPU memory", "on a mere 18GB GPU").
_L_MEMORY_NEED_BEFORE_RE = re.compile(r"\b(?:needs?|requires?|consumes?|uses|occupies|a mere|merely)\s+(?:only\s+|just\s+)?$")
# "..., using 5.2 GB of memory": the memory a run takes, not the hardware it runs on
_L_USING_MEMORY_RE = re.compile(r"\busing\s+(?:only\s+|just\s+)?$")
_MEMORY_AFTER_RE = re.compile(r"\s?(?:of\s+)?(?:gpu\s+|peak\s+)?memory\b")
# A quantity in brackets right after the data it describes ("corpus (120 hours)", "recordings (3 days").
_L_DATA_IN_BRACKETS_RE = re.compile(
    r"\b(?:corpus|corpora|dataset|datasets|data|set|speech|audio|recordings?|videos?|footage|clips?)\s?\(\s*$"
)
_L_QUANT_BEFORE_RE = re.compile(r"quantiz|precision|bit-?width|\bint[0-9]|\bfp[0-9]|\bto\s+$|\bat\s+$")
_L_FUNCTION_WORD_AFTER_RE = re.compile(
    r"\s(?:on|in|at|for|with|over|across|to|and|or|vs\.?|versus|compared|respectively|while|"
    r"than|per|points?|when|using|without|after|from|as|by|under|among|whereas|but|between)\b"
)
_COMPOSITION_LIST_RE = re.compile(r"\s[\w-]+(?:\s[\w-]+){0,2}(?:,\s?(?:and\s|or\s)?|\s(?:and|or)\s)")
_L_COMPOSITION_BEFORE_RE = re.compile(
    r"\b(?:consist\w*|compos\w*|compris\w*|contain\w*|mixture|mix(?:ing|ed)?)\s+(?:of\s+)?(?:only\s+)?$"
)
_PM_SEP_RE = re.compile(r"\s?(?:±|\\pm|\$\\pm\$|pm|\+/-|\+-)\s?$")
_L_DATA_CONTEXT_RE = re.compile(r"\b(?:size|corpus|corpora|dataset|datasets|data|text|collected|crawl\w*)\b")
_L_RANGING_BEFORE_RE = re.compile(
    r"\b(?:rang(?:e|es|ing|ed)|var(?:y|ies|ying|ied)|between|sizes?|scal(?:e|es|ing))\s+$"
)
_L_QUALIFIER_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?P<q>up\s?to|as\s+(?:much|high|large|many)\s+as|(?:a\s+)?maximum\s+of|"
    r"on\s+average|an?\s+average\s+of|average\s+of|averag(?:ing|es|ed)|average|mean|"
    r"approximately|approx\.?|about|around|roughly|nearly|almost|circa|ca\.|close\s+to|"
    r"more\s+than|over|above|exceeding|beyond|upwards\s+of|in\s+excess\s+of|greater\s+than|"
    r"at\s+least|no\s+less\s+than|less\s+than|fewer\s+than|under|below|"
    r"at\s+most|no\s+more\s+than|lower\s+than)"
    r"|(?P<sym>~|≈|∼|>=|<=|>|<|≥|≤|\$?\\(?:sim|approx|geq|leq|ge|le)\$?))"
    r"\s*(?:(?:every|each)\s+)?\$?\s*$"
)
_L_AVERAGE_AFTER_RE = re.compile(r"[\s,]*(?:on\s+average|in\s+average|averaged|on\s+avg\.?)\b")
_L_AVERAGE_NP_RE = re.compile(
    r"\b(?:average|averaged|avg\.?|mean)\s+(?:[\w@-]+\s+){0,3}(?:of|by|to|is|was|at|reaching)\s*(?:only\s+|just\s+|merely\s+)?$"
)
_L_AFTER_CUE_RE = re.compile(
    r"[\s)]*(?:(?:the|its|their|a|an|relative|absolute|overall|average|total|"
    r"[a-z][\w@/-]*)\s+){0,3}?(?:(?P<inc>" + INCREASE_CUES + r"|above|ahead)|(?P<dec>"
    + DECREASE_CUES + r"|below|behind))\b"
)
_L_AFTER_BLOCK_RE = re.compile(   # function words, not parts of a hyphenated word ("on-chip")
    r"(?<![\w-])(?:on|in|than|for|at|with|and|or|while|when|compared|to|over|across|the|"
    r"using|by|from|vs|versus|which|that|whereas|but|is|are|was|were)(?![\w-])|[,;:.()\[\]]"
)
_L_BOUNDARY_RE = re.compile(r"[;(]|\b(?:while|whereas|but|although|however)\b")
_L_PERF_CUE_RE = re.compile(
    r"\b(?:improv\w*|boost\w*|increas\w*|rais\w*|reduc\w*|decreas\w*|drop\w*|match(?:es|ed|ing)|outperform\w*|"
    r"surpass\w*|"
    r"accuracy|score|perplexity|performance|bleu|rouge|f1|error|win|success)\b"
)
# A comparison or change verb, then "by" right before a bare number: the number is the change.
# "by" and a qualifier right before a number ("by up to", "by an average of")
_BY_QUALIFIED = r"by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|an\s+average\s+of\s+)?$"
_L_CHANGE_BY_RE = re.compile(
    r"\b(?:" + "|".join(INCREASE_PREFIXES) + r")\w*(?:[^.;:]|\.(?=\d)){0,60}\b" + _BY_QUALIFIED
)
# Measures where lower is better (no latency here: a time is not reported in points), and those with no
# fixed scale (no "points" of perplexity).
_LOWER_IS_BETTER = r"perplexit\w*|ppl|error\w*|wer|cer|loss\w*|fid|fvd|lpips|mae|rmse|mse|nll|bpc|bpb|distance|divergence"
_FALL_VERB = r"\b(?:reduc|decreas|lower|cut|drop)\w*"
# "Perplexity decreases by 0.8", "lowers the WER by 1.3": a bare fall in a measure where lower is better
_L_ERROR_FALL_BY_RE = re.compile(
    rf"\b(?:{_LOWER_IS_BETTER})\b(?:[^.;:]|\.(?=\d)){{0,40}}{_FALL_VERB}(?:[^.;:]|\.(?=\d)){{0,40}}\b{_BY_QUALIFIED}|"
    rf"{_FALL_VERB}\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:{_LOWER_IS_BETTER})\b(?:[^.;:]|\.(?=\d)){{0,40}}\b{_BY_QUALIFIED}"
)
# "outperforms the existing sparse libraries by 10x": the words before the number name what is beaten
_L_COMPARED_NP_BEFORE_RE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|trail\w*|lag\w*(?:\s+behind)?|than|against|versus|vs\.?|"
    r"compared\s+(?:to|with))\s+"
    r"(?:(?!(?:and|or|while|but|then)\b)[\w-]+\s+){1,8}" + _BY_QUALIFIED   # "outperforms a same-size model trained
    # from scratch by 9.4 points", not "than scripted baselines and reduce collisions by 42%"
)
_LOWER_IS_BETTER_RE = re.compile(rf"\b(?:{_LOWER_IS_BETTER}|latenc\w*)\b")
_UNBOUNDED_MEASURE_RE = re.compile(r"\b(?:perplexit\w*|ppl|loss\w*|fid|fvd|mae|rmse|mse|nll|bpc|bpb)\b")
# Words that say the quantity itself went up ("increases latency by 5%"), whatever is better.
_EXPLICIT_RISE_RE = re.compile(r"\b(?:increas\w*|higher|rais\w*|ris(?:e|es|ing)|rose|grow\w*|grew|more|larger|greater)\b")
# A short aside in brackets right after a number or a word ("15x (11.5x) FLOPs (latency) reduction"):
# the words around it read as if it were not there.
_ASIDES_RE = re.compile(r"^\s?\([^()]{1,16}\)(?=\s)|(?<=\w)\s\([^()]{1,16}\)(?=\s\w)")
# An expansion or short form inside a measure's name ("BLEU (BiLingual Evaluation Understudy) score of 0.557").
_INNER_ASIDE_RE = re.compile(r"(?<=\w)\s\([^()]{1,40}\)(?=\s[a-z])")
_OWN_RESULTS_AFTER_RE = re.compile(r"\s(?:(?:val|validation|test|dev)\s+)?(?:set\s+|split\s+)?(?:with|of|at|:)\s+[\d~<>]")
_L_OVER_AFTER_RE = re.compile(r"\s(?:over|than|compared|vs\.?|versus|relative)\b")
_L_SET_TO_RE = re.compile(r"\b(?:set|sets|setting|fix|fixed|fixes)\b[^.;,]{0,40}\bto\s+$")
_L_CHANGED_TO_RE = re.compile(
    r"\b(reduc\w*|decreas\w*|lower(?:s|ed|ing)?|cut(?:s|ting)?|shrink\w*|increas\w*|rais\w*|boost\w*)\b"
    r"[^.;,]{0,60}\bto\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$"
)
_L_UP_FROM_RE = re.compile(r"\b(?:up|down)\s+from\s+$")   # "to 0.78, up from 0.71"
_L_OUTCOME_SENT_RE = re.compile(
    r"state[- ]of[- ]the[- ]art|\bsota\b|\bbest\b|outperform|surpass|\bbeat|\bwins?\b|\bsolv(?:es|ed|ing)\b|\bpreferr?(?:ed|s)\b|"
    r"\bwinning\b|exceed|\btop\b|superior|\bleading\b|new\s+records?|\bmatch|\bsucceed(?:s|ed)?\b|"
    r"\bimprov(?:es|ed|ing)?\s+(?:over|upon)\b|"  # "improves over X on 9 of 10 tasks"
    r"\bfix(?:es|ed)?\b|\brepair(?:s|ed)?\b|\bresolv(?:es|ed)\b|\bcorrect\s+patch|\bdetect(?:s|ed)\b|\bprov(?:es|ed)\b"  # "fixes 162 of 835 bugs"
)
_L_COUNT_OF_RE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+|our\s+)?(?:[0-9]+\s+|"
    r"(?:" + _NUMWORD_ALT + r")\s+)?(?:[\w-]+\s+){0,3}(?P<noun>" + COUNT_NOUNS + r")\b"
)
_L_COUNT_SOTA_RE = re.compile(
    r"(?:state[- ]of[- ]the[- ]art|\bsota\b|\bbest\b|\bnew\s+records?|"
    r"\b(?:outperform|exceed|surpass|beat)\w*)[^.;]{0,40}"
    r"\b(?:on|in|across)\s+(?:all\s+)?$"
)
_L_COUNT_NOUN_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?P<noun>" + COUNT_NOUNS + r")\b")
_L_METRIC_TERM_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in METRIC_TERMS) + r")(?:e?s)?(?![\w-])"
)
_L_SPEED_VERB_RE = re.compile(r"accelerat\w*|speed\w*\s+up|\bfaster\b|\bspeed-?ups?\b|\bquicker\b")
# Change nouns that name no quantity ("a relative reduction of 18%"); "speedup", "loss", "savings" do.
_PURE_CHANGE_NOUNS = frozenset(
    "improvement improvements increase increases gain gains boost boosts reduction reductions decrease decreases "
    "drop drops decline declines".split()
)
_CHANGE_MODIFIERS = frozenset(
    "relative absolute average overall mean significant substantial notable considerable consistent large "
    "small slight marginal further additional total maximum".split()
)
_RATE_OF_VERB = {"succeeds": "success rate", "succeeded": "success rate", "fails": "failure rate",
                 "failed": "failure rate", "wins": "win rate", "won": "win rate"}
# Verbs whose object is a share of items ("detects 96.4% of attacks"): the share is of the items the verb was
# done to ("attacks detected"), or, where they are not named, the verb's rate ("solve rate").
_RATE_OF_SHARE_VERB = {"detect": ("detection rate", "detected"), "catch": ("detection rate", "caught"),
                       "flag": ("detection rate", "flagged"), "identif": ("identification rate", "identified"),
                       "solv": ("solve rate", "solved"), "resolv": ("resolve rate", "resolved"),
                       "block": ("block rate", "blocked"), "fix": ("repair rate", "fixed"),
                       "repair": ("repair rate", "repaired"), "complet": ("completion rate", "completed"),
                       "prov": ("proof rate", "proved"), "accept": ("acceptance rate", "accepted")}
_DONE_TO_ITEMS_RE = re.compile(r"\b(detect|identif|solv|resolv|fix|repair|prov|correct\s+patch)(?:s|es|ed|ies|ied|y|e|ing)?\b")
_L_SHARE_VERB_RE = re.compile(r"\b(detect|catch|flag|identif|solv|resolv|block|fix|repair|complet|prov|accept)(?:s|es|ed|ies|ied|y|e|ing)?\s+"
                              r"(?:only\s+|about\s+|nearly\s+|over\s+|up\s+to\s+|roughly\s+)?$")
_VERB_OBJECT_AFTER_RE = re.compile(r"\s+(?:only|just|about|roughly|nearly|less|more|up|a|an|the|\d)\b")
_L_AGREES_RE = re.compile(r"\bagree(?:s|d)?\s+with\b")
# "68% of the time", "72% and 65% of comparisons", "53% of pairwise comparisons": how often, over judged
# comparisons.
_L_OF_THE_TIME_RE = re.compile(
    r"(?:\s*(?:,|and)\s*[\d.]+\s?%)*\s*of\s+(?:the\s+)?(?:(?:pairwise|head-to-head|side-by-side|all)\s+)?"
    r"(?:time|cases|comparisons|pairs)\b")
_L_PREFERRED_RE = re.compile(r"\b(?:prefer(?:s|red)?|favou?r(?:s|ed)|chose|chosen|choose)\b")
_ADVERB_MEASURES = {"often": "frequency", "frequently": "frequency", "likely": "likelihood",
                    "correctly": "accuracy", "accurately": "accuracy", "successfully": "success rate"}
_MANNER_NOT_MEASURES = frozenset({"end-to-end", "overall", "wall-clock", "on average", "in total", "altogether"})
_MANNER_MEASURES = {"correctly": "accuracy", "accurately": "accuracy", "successfully": "success rate"}
#: Stems of the verbs that change a measure (shared with the entity rules) and of those that reach a result.
CHANGE_VERB_STEMS = r"(?:reduc|improv|increas|decreas|lower|rais|boost|cut|lift)"
REACH_VERB_STEMS = r"(?:achiev|reach|obtain|attain|yield|deliver|scor)"
_L_OTHER_CHANGE_VERB_RE = re.compile(rf"\b{CHANGE_VERB_STEMS}\w*\b")
# A verb of change, its measure and "by" before a number: the measure is named before it.
_L_CHANGE_BY_BEFORE_RE = re.compile(
    rf"\b{CHANGE_VERB_STEMS}\w*\s+(?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}\s+by\s+"
    r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|only\s+)?$")
# A share that describes data rather than reports a result: a split, or a part of what was just named.
_L_SPLIT_SHARE_AFTER_RE = re.compile(
    r"\s*(?:of\s+which\b|of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:data|dataset|examples|samples|images|instances)\s+"
    r"(?:for|as)\s+(?:a\s+|the\s+)?(?:validation|testing|test|evaluation|held-out|development|dev)\b)"
)
_L_RETAIN_VERB_RE = re.compile(
    r"\b(?P<v>recover|retain|preserv|maintain|keep|kept|achiev|reach|match)\w*\s+$"
)
_L_IN_BEFORE_RE = re.compile(r"\bin\s+$")
_NP_LINK_RE = re.compile(r"\s(?:by\s+(?:a\s+)?factor\s+of|of|by|to|at|between|reaching|reaches|is|was|=|:)\s*(?:an?\s+)?"
                         r"(?:only\s+|just\s+|merely\s+)?$")  # "reduces memorization by a factor of ten"
_COMPARATIVE_RE = re.compile(r"(?:" + COMPARATIVES + r")\b\s*")
_SHOT_RE = re.compile(r"\d+-shot|zero-shot|few-shot|one-shot")   # "64% 5-shot accuracy"
_NP_INTRO_RE = re.compile(r"(?:in\s+terms\s+of\s+|in\s+|the\s+|its\s+|their\s+|this\s+|that\s+|(?:relative|absolute)\s+(?!to\b)(?=\w))")
_WORD_RE = re.compile(r"(?:\d+-)?[A-Za-z@][\w@'./-]*[\w]|[A-Za-z]")
_METRIC_LIKE_RE = re.compile(
    r"(?:[GCT]PUs?|KV|FLOPs?|[GTP]FLOPs?|BLEU|F1|ROUGE[-\w]*|AUC|mAP|mIoU|FID|PPL|WER|CER|EM|"
    r"Elo|MFU|TTFT|TPOT|QPS|FPS|SacreBLEU|COMET|CIDEr|PSNR|SSIM|LLM|PQ|AP\d*|AR\d*|JGA|IoU|"
    r"NDCG|MRR|MAE|MSE|RMSE|AUROC|BERTScore|METEOR|SPICE|LPIPS|FVD|MOS|(?:macro|micro)-F1|"
    r"[Pp]ass@\w+|[Tt]op-\d+|[Rr]ank-\d+|[Rr]ecall@\d+|[Hh]its@\d+|[Nn]DCG(?:@\d+)?|MRR@\d+|R@\d+|ROUGE-\w+|[Pp]\d{2}(?:\.\d+)?)"  # "P99 latency"
    r"(?:-[a-z]+)?"   # "CPU-inference speedup", "GPU-hour cost"
)
_L_BASELINE_RE = re.compile(
    r"\b(?:than|over|(?<=improves\s)upon|(?<=improved\s)upon|(?<=improving\s)upon|(?<=improve\s)upon|"  # "improves upon X"
    r"(?:compared|in\s+comparison)\s+(?:to|with)|relative\s+to|vs\.?|versus|against|(?:(?<=points\s)|(?<=\d,\s)|(?<=\d%,\s))(?:above|below)|"
    r"comparabl[ey]\s+(?:[a-z][\w-]*\s+){0,2}?(?:to|with)|same\s+(?:[a-z][\w-]*\s+){0,3}?as|"  # "the same accuracy as X"
    r"outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?|beating|exceed(?:s|ed|ing)?|match(?:es|ed|ing)|rival(?:s|ed|ing)?|"
    r"trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?:\s+behind)?)\s+"
    r"(?:(?:that|those)\s+of\s+)?(?:the\s+|a\s+|an\s+|both\s+|its\s+|their\s+)?(?=[^\s0-9])"  # "above that of the ablation model"
)
_L_BASELINE_STOP_RE = re.compile(
    r"[,;:.()]|\s(?:served|deployed|trained|run|evaluated|measured|reported|used|adopted|employed|by|on|in|with|"
    r"within|while|and|at|"
    r"across|for|using|when|which|that|"
    r"up|to|under|without|respectively|of(?!\s+the\s+art\b)|as|is|are|was|were|such|like|including|we|concerning)\b"
)  # ... but "the previous state of the art" is one name
# The paper itself reaching the number ("we achieve 92.9% of ...", "our largest model presents a reduction
# of ..."): nothing named between it and the number.
_WE_REACH_RE = re.compile(
    r"\bwe\s+(?:\w+\s+){0,2}?(?:achiev|obtain|reach|attain|gain|observ|see|get|demonstrat|show|report)\w*\b"
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:model|method|approach|framework|system|variant)s?\b"
)
_OUR_BEFORE_RE = re.compile(r"(?<![\w-])our\s+$")  # "our FLAMe-RM-24B model", not "four"
_L_SUBJECT_BLOCK_RE = re.compile(
    r"\b(?:than|over|vs\.?|versus|against|to|with|using|via|by|from|on|upon|across|on\s+top\s+of|atop|based\s+on|"
    r"(?:compress|prun|quantiz|distill|sparsif|shrink|replac|remov)\w*)\s+(?:the\s+)?$"  # "compresses the KV cache": its object
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_PUNCT = ".,;:()[]{}\"'"

# ---------------------------------------------------------------------------
# 3. Small pure helpers
# ---------------------------------------------------------------------------


def parse_number(surface: str) -> float | None:
    """Parse a digit string or a number word into a float.

    Handles thousands separators ("2,217,692"), decimals, signs and number
    words ("five", "twenty-five", "a dozen").  Returns None instead of
    raising, so a malformed surface simply yields no claim.
    """
    s = " ".join(surface.replace("−", "-").lower().split())
    if not s:
        return None
    if s[0].isdigit() or s[0] in "+-.":
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    parts = s.split("-")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def normalize_unit(raw: str) -> str:
    """Map a unit surface form to the reported unit.

    "%", "\\%", "percent" -> "%"; "x", "×", "times", "fold", "\\times" -> "x";
    "points", "pp", "percentage points" -> "points"; outcome units get their
    conventional singular form ("minutes" -> "minute", "GB" stays "GB");
    other words are lower-cased and singularised.
    """
    u = raw.strip().strip("$").strip().lstrip("-")
    low = " ".join(u.lower().split())
    if not low:
        return ""
    if "point" in low or re.search(r"(?:^|\s)(?:pp|p\.p\.|pts?)$", low):
        return "points"  # "pts", "F1 pts"
    if "%" in low or "％" in low or low.startswith("percent") or low == "per cent":
        return "%"
    if low in ("x", "×", "✕", "\\times", "times") or low.startswith("fold"):
        return "x"
    if low in OUTCOME_UNITS:
        return OUTCOME_UNITS[low]
    squashed = low.replace("-", "")
    if squashed in OUTCOME_UNITS:
        return OUTCOME_UNITS[squashed]
    return _singular(low)


def _singular(word: str) -> str:
    """Singularise a lower-case English word (enough for units and metric heads)."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "flops", "'s", "ics")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "shes", "tches", "rches", "oaches")):
        return word[:-2]  # "classes", "boxes", "patches", "searches", "approaches" (but "caches" -> "cache")
    if word.endswith("s"):
        return word[:-1]
    return word


def _plural(word: str) -> str:
    """Pluralise a singular unit noun ("task" -> "tasks", "category" -> "categories", "box" -> "boxes")."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _cue_class(tok: str) -> str | None:
    """Classify one lower-case token as an increase / decrease / level cue."""
    if tok in INCREASE_WORDS or tok.startswith(INCREASE_PREFIXES):
        return "increase"
    if tok in DECREASE_WORDS or tok.startswith(DECREASE_PREFIXES):
        return "decrease"
    if tok in LEVEL_WORDS or tok.startswith(LEVEL_PREFIXES):
        return "none"
    return None


def _tokens(window: str) -> list[str]:
    """Whitespace tokens of a window with surrounding punctuation stripped."""
    return [t for t in (w.strip(_PUNCT) for w in window.split()) if t]


def detect_qualifier(low_before: str, low_after: str) -> tuple[str | None, int]:
    """Return (qualifier label, length of the qualifier text ending ``low_before``).

    The qualifier must sit right before the number ("up to 2.2x", "~5%",
    "approximately every three months"); "on average" may also follow it.
    Both arguments are lower-cased windows.
    """
    tail = low_before[-40:]
    m = _L_QUALIFIER_BEFORE_RE.search(tail)
    if m:
        raw = " ".join((m.group("q") or m.group("sym") or "").split()).strip("$")
        label = QUALIFIER_PHRASES.get(raw)
        if label is None:
            if raw.startswith(("averag", "an average", "a average")):
                label = "average"
            elif raw.startswith(("a maximum", "maximum")):
                label = "up to"
        if label:
            return label, len(tail) - m.start()
    if _L_AVERAGE_AFTER_RE.match(low_after):
        return "average", 0
    return None, 0


def detect_direction(low_before: str, low_after: str, unit: str, adjacent_verbs: bool = True,
                     clause_scan: bool = True) -> tuple[str, str]:
    """Decide "increase" / "decrease" / "none" from cue words near a number.

    Returns (direction, source).  Evidence in order of locality (the closest
    cue governs the number): a cue right after it ("2x faster", "5%
    reduction") -> source "after"; a change noun, level marker or change verb
    right before it ("drop of", "accuracy of", "from", "saves 98%") ->
    "adjacent" ("paren" after an opening bracket); the nearest change or
    level verb earlier in the clause ("reduces memory by") -> "clause";
    finally a default by unit ("x" and "points" are relative by nature).
    ``clause_scan=False`` only lets a clause verb count when "by" links it to
    the number (time/memory units and "N% of X" shares, whose clause verbs
    usually describe something else).
    """
    m = _L_AFTER_CUE_RE.match(low_after, 0, 60)
    if m:
        grp = "inc" if m.group("inc") else "dec"
        if _L_AFTER_BLOCK_RE.search(low_after, 0, m.start(grp)) is None:
            return ("increase" if grp == "inc" else "decrease"), "after"
    toks = _tokens(low_before)
    last = low_before.rstrip()[-1:]
    if last == "(":
        return "none", "paren"
    if len(toks) > 2 and toks[-1] == "from" and toks[-2] in ("ranging", "range", "ranges", "varying"):
        toks = toks[:-2]   # "improvements ranging from 0.9% to 23%": the change noun governs
    if toks and toks[-1] in ("additional", "extra"):
        return "increase", "adjacent"
    if toks[-2:] == ["factor", "of"]:
        toks = toks[:-2]   # "increases by a factor of 3" reads as "increases by 3"
        while toks and toks[-1] in ("a", "an", "about", "nearly", "over", "up", "to"):
            toks = toks[:-1]
    if toks:
        t1 = toks[-1]
        noun = toks[-2] if t1 in ("of", "by", "to") and len(toks) > 1 else t1
        if noun in CHANGE_NOUN_INC:
            return "increase", "adjacent"
        if noun in CHANGE_NOUN_DEC:
            return "decrease", "adjacent"
        if last == ":":
            # "significant improvements across benchmarks: up to 28% on ...": a list of the changes named before
            for tok in reversed(toks[-6:]):
                if tok in CHANGE_NOUN_INC or tok in CHANGE_NOUN_DEC:
                    return ("increase" if tok in CHANGE_NOUN_INC else "decrease"), "adjacent"
        if t1 != "by" and (t1 in LEVEL_ADJACENT or last in "=:") and not (unit == "x" and t1 == "to"):
            return "none", "adjacent"   # ("extends the window to 4x": a multiple is relative, the clause decides)
        if adjacent_verbs:
            k = len(toks) - 1
            while k >= 0 and toks[k] in FILLER_WORDS:
                k -= 1
            if k >= 0:
                cls = _cue_class(toks[k])
                if cls is not None:
                    return cls, "adjacent"
    by_seen = False
    for tok in reversed(toks):
        if tok == "by":
            by_seen = True
            continue
        cls = _cue_class(tok)
        if cls is not None:
            if not clause_scan and not by_seen:
                break
            return cls, "clause"
    if last == "+":
        return "increase", "adjacent"
    if unit in ("x", "points"):
        return "increase", "default"
    return "none", "default"


def _is_metric_like(word: str) -> bool:
    """True for metric tokens that look like names (GPU, FLOPs, BLEU, F1, pass@1, top-1)."""
    return bool(_METRIC_LIKE_RE.fullmatch(word) or _SHOT_RE.fullmatch(word)) or word in SCORE_ACRONYM_SET



_ACRONYM_MODIFIER_RE = re.compile(r"[A-Z]{2,5}")
_LOWER_WORD_NEXT_RE = re.compile(r" [a-z]{3,}\b")


_MEAN_MEASURE_RE = re.compile(
    r"(?i)(?:root[ -])?mean[ -](?:squared?|absolute|average|reciprocal|opinion)[ -](?:error|precision|rank|score)\b")


_AVERAGE_WORDS = frozenset(("average", "mean", "overall"))


def _np_after(after: str) -> tuple[str | None, str | None]:
    """Metric noun phrase right after a number ("2x higher throughput").

    Returns (comparative, phrase); either may be None.  ``after`` keeps its
    original case so that capitalised names stop the phrase.
    """
    rest = after.lstrip(" ")
    if rest.startswith("$"):
        rest = rest[1:].lstrip(" ")  # "$5\times$ faster": the closing of the math, then the words
    comp = None
    m = _COMPARATIVE_RE.match(rest)
    if m:
        comp = m.group().strip()
        rest = rest[m.end():]
    m2 = _NP_INTRO_RE.match(rest)
    if m2:
        rest = rest[m2.end():]
    words: list[str] = []
    pos = 0
    averaged = False
    named = _MEAN_MEASURE_RE.match(rest)
    if named:  # "root mean square error", "mean reciprocal rank": "mean" is part of the name, not a qualifier
        words, pos = named.group().lower().replace("-", " ").split(), named.end()
    for w in _WORD_RE.finditer(rest, pos, 90) if not named else ():
        gap = rest[pos:w.start()]
        if (words and gap != " ") or (not words and w.start() != 0):
            break
        raw = w.group().rstrip(".")
        tok = raw.lower()
        if not words and tok.endswith("ly") and len(tok) > 4 and re.match(r" [a-z]", rest[w.end():w.end() + 2]):
            pos = w.end()                 # "the fully supervised model": an adverb before a word is no measure's
            continue
        if tok == "of" and words:
            words.append(tok)
            pos = w.end()
            continue
        if tok in _AVERAGE_WORDS and rest[w.end() : w.end() + 2].lstrip(" ")[:1].isalpha() and rest[w.end() : w.end() + 1] == " ":
            averaged = True  # "98.7% of the original average accuracy": a qualifier inside the measure's name
            words.append(tok)
            pos = w.end()
            continue
        if not _is_metric_like(raw) and (tok in NP_STOP_WORDS or raw[:1].isupper() and not (
                _ACRONYM_MODIFIER_RE.fullmatch(raw) and _LOWER_WORD_NEXT_RE.match(rest, w.end()))
                                          or any(ch.isdigit() for ch in tok)):
            break  # a name ends the phrase, but an acronym before a noun is its modifier ("30% fewer API calls")
        if words and tok.endswith("ed") and tok not in ("speed", "need", "seed") and words[-1] != "of":
            break                         # "62.3% accuracy averaged over 9 tasks": a participle ends the phrase
        if words and tok.endswith("s") and _VERB_OBJECT_AFTER_RE.match(rest, w.end()):
            break                         # "a 12x compression costs only 0.6%": a verb ends the phrase
        words.append(tok)
        pos = w.end()
        if len(words) >= 4:
            break
    if averaged:
        words = [w for w in words if w not in _AVERAGE_WORDS]  # "an average gain": the gain, named as such
    while words and words[-1] == "of":
        words.pop()
    if not words or words[-1] in NON_METRIC_HEADS and not (words[-1] == "rate" and len(words) > 1) \
            and not (words[-1] == "time" and len(words) > 1 and words[-2] not in _TIME_LEADS):
        return comp, None  # "in 40% of cases"; but "success rate", "the annotation time" are measures
    if m2 and m2.group().startswith("in") and words[0].endswith("ing") and words[-1] not in _MEASURE_HEADS \
            and not m2.group().startswith("in terms"):
        return comp, None                 # "80% in repairing vulnerable code": what was done, not the measure
    if words[-1] in CHANGE_NOUN_INC or words[-1] in CHANGE_NOUN_DEC:
        # "10-fold improvement in energy efficiency": the metric follows.
        tail = re.match(r" (?:in|of) (?:terms of )?(?:the )?(?:([A-Z][\w.-]*[A-Za-z0-9]) (?=[a-z0-9]))?", rest[pos:pos + 60])
        if tail and tail.group(1) and _is_metric_like(tail.group(1)):
            tail = re.match(r" (?:in|of) (?:terms of )?(?:the )?", rest[pos:pos + 20])  # "in F1 score": the measure's own name
        if tail:
            # "a 0.6% drop in ImageNet top-1 accuracy": the measure after where it was taken
            _, inner = _np_after(rest[pos + tail.end():])
            if inner:
                return comp, inner
    return comp, " ".join(words)


#: Change verbs that may stand between a measure and "to"/"by" ("accuracy rises to", "latency drops by").
_CHANGE_VERBS = frozenset(
    "drops drop dropped increases increased decreases decreased rises rose falls fell improves improved grows "
    "grew declines declined jumps jumped climbs climbed reduces reduced goes went".split()
)


#: Number words that count things ("two objects"), not the articles NUMBER_WORDS also reads as one.
_COUNT_WORDS = frozenset(w for w in NUMBER_WORDS if " " not in w) - {"a", "an", "single"}
#: Verbs that lead to a result without naming what is measured ("leads to", "amounts to").
_LEAD_VERBS = frozenset(
    "leads lead leading amounts amount amounting corresponds translates translating contributes equals "
    "lag lags lagged lagging trail trails trailed trailing".split()
)


# What an outcome's rate counts ("a human preference rate of 61%"), unlike the rate an experiment is set to
# ("a dropout rate of 10%", "a learning rate of 0.001").
_OUTCOME_RATE_WORDS = frozenset(
    "success error win preference hallucination acceptance refusal detection pass failure violation compliance "
    "agreement hit response completion solve resolve repair miss jailbreak attack positive negative match "
    "recognition classification recovery collision crash toxicity rejection".split()
)
_TIME_LEADS = frozenset("same first last long short much less more most some any each every other whole".split())


_L_SHORTEN_RE = re.compile(r"\bshort(?:en|ens|ened|ening)\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*)\s+by\s+(?:up\s+to\s+|about\s+)?$")
_L_TRAINED_ON_RE = re.compile(r"\b(?:pre-?train\w*|train\w*|fine-?tun\w*)\b[^.;]*\b(?:on|from|with)\s[^.;]*$")
_AS_MANY_AFTER_RE = re.compile(r"\s*as\s+(many|much)\s+([a-z][\w-]*)")
# What is extended to a multiple of something else ("extend the context window to over 4x or almost 8x training
# length"): the multiple measures what was extended; what follows it is what it is a multiple of.
_TO_QUALIFIER = r"(?:(?:over|almost|nearly|about|around|roughly|up to|more than)\s+)?"
_L_EXTENDED_TO_RE = re.compile(
    r"\b(?:extend|expand|scal|grow|stretch|enlarg|lengthen)\w*\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    rf"\s+to\s+{_TO_QUALIFIER}(?:\d[\d.]*\s?(?:x|×|times)\s+(?:or|and)\s+{_TO_QUALIFIER})?$")
_PARTICIPLE_PREPOSITIONS = frozenset({"for", "by", "to", "in", "on", "with", "from", "at"})


def _np_before(before: str, sentence_start: bool = False) -> str | None:
    """Metric noun phrase ending just before a linker ("GPU throughputs of 38%").

    ``before`` keeps its original case; names (any capital letter) and numbers
    stop the phrase, so "outperforms GPT-4 by 5%" and "than vLLM by 2x" yield nothing,
    except the capital of a sentence's first word when ``before`` opens the sentence.
    A change verb right before "to"/"by" is skipped ("error rate drops to 2%").
    """
    m = _NP_LINK_RE.search(before, max(0, len(before) - 24))
    if not m:
        return None
    out: list[str] = []
    words = before[:m.start()].split()
    verb_link = m.group().split()[0] in ("to", "by")
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        tok = words[i]
        tok = tok.strip(_PUNCT) if tok[-1:] not in ".,;:()" else ""
        if not tok:
            break
        low = tok.lower()
        if not out and verb_link and low in _CHANGE_VERBS and i == len(words) - 1:
            continue  # "latency drops to 45 ms": the verb, then what changed
        if not out and low in _LEAD_VERBS:
            break  # "this leads to 20 points": a verb, and what it leads to is the result
        if low in _COUNT_WORDS:
            return None  # "from 92% for two objects to 31%": what is counted, not the measure
        if not out and low in OUTCOME_UNITS:
            return None  # "from 1.8 s to 0.6 s": the unit of the level before, not a measure
        if i == 0 and sentence_start and tok[:1].isupper() and tok[1:].islower():
            tok = low  # "Error rate drops to 2%": a sentence's first word, not a name
        elif out and out[-1] in _EPONYM_HEADS and re.fullmatch(r"[A-Z][a-z]+(?:['’]s)?", tok):
            out.append(tok)  # "a Sharpe ratio of 1.8", "the Pearson correlation": a measure named after someone
            continue
        if low == "mean" and out and _NAMED_MEAN_RE.match(f"mean {out[-1]}"):
            out.append(low)  # "a mean opinion score of 4.3": the measure's name, not a qualifier
            continue
        if not _is_metric_like(tok) and (
                (low in NP_STOP_WORDS and low not in ("for", "per", "of"))
                or any(ch.isdigit() for ch in tok) or any(ch.isupper() for ch in tok)):
            break  # a name ("GPT-4", "vLLM"), not a measured quantity
        if _cue_class(low) is not None and low not in CHANGE_NOUN_INC and low not in CHANGE_NOUN_DEC \
                and low not in SCORE_WORD_SET \
                and not low.endswith(("tion", "ment", "ance", "ence", "ness", "ity", "age")):
            break
        if not out and low.endswith("ed") and low not in ("speed", "need"):
            break
        if out and out[-1] in _PARTICIPLE_PREPOSITIONS and low.endswith("ed") and low not in ("speed", "need", "seed"):
            out = []
            continue  # "the memory needed for inference by half": the measure is what the participle follows
        if out and low in _CHANGE_VERBS:
            break  # "ablating the features drops accuracy from": the verb, then what changed
        if len(out) > 1 and low in NON_METRIC_HEADS and low.endswith("s"):
            out.pop()  # "contaminated models overestimate accuracy": a plural subject, then its verb
            break
        out.append(low)
        if len(out) >= 5:
            break
    out.reverse()
    while out and out[0] in ("for", "per", "of", "in"):
        out.pop(0)
    if not out or out[-1] in NON_METRIC_HEADS and not (out[-1] == "time" and len(out) > 1 and out[-2] not in _TIME_LEADS) \
            and not (out[-1] == "rate" and len(out) > 1 and out[-2] in _OUTCOME_RATE_WORDS):
        return None  # "in 40% of cases", "a dropout rate of 10%"; but "task completion time", "a preference rate
        # of 61%" are measures
    return " ".join(out)


def _measure_ending(before: str) -> str | None:
    """The lower-case noun phrase ``before`` ends with, when a measure word heads it ("word error rate")."""
    words: list[str] = []
    for tok in reversed(before.split()[-4:]):
        if not re.fullmatch(r"[a-z][a-z0-9-]*", tok) or tok in NP_STOP_WORDS:
            break
        words.append(tok)
    return " ".join(reversed(words)) if words and words[0] in _CHANGED_MEASURE_HEADS else None


# Measures named with a mean ("mean absolute error", "mean average precision", "mean reciprocal rank").
_NAMED_MEAN_RE = re.compile(r"\bmean (?:absolute|squared?|average|reciprocal|opinion|intersection)\b|\babsolute error\b")


#: The quality a comparative adjective names ("30% more accurate": accuracy).
_QUALITY_OF_ADJECTIVE = {
    "robust": "robustness", "efficient": "efficiency", "accurate": "accuracy", "stable": "stability",
    "reliable": "reliability", "diverse": "diversity", "faithful": "faithfulness", "scalable": "scalability",
    "consistent": "consistency", "coherent": "coherence", "fluent": "fluency", "secure": "security",
    "truthful": "truthfulness", "helpful": "helpfulness", "harmless": "harmlessness", "precise": "precision",
    "interpretable": "interpretability", "expressive": "expressivity", "calibrated": "calibration",
}


def _quality_of(word: str) -> str:
    """The noun of a quality written as an adjective ("robust", "sample-efficient"), else the word."""
    head, _, last = word.rpartition("-")
    if last in _QUALITY_OF_ADJECTIVE:
        return f"{head} {_QUALITY_OF_ADJECTIVE[last]}".strip()  # "sample-efficient": sample efficiency
    return word


def _clean_metric(phrase: str, singular: bool = True) -> str:
    """Lower-case, drop qualifier words, singularise the head ("GPU throughputs"
    -> "gpu throughput"; in "number of parameters" the head is "number")."""
    words = phrase.lower().replace("speed-up", "speedup").split()
    if not _NAMED_MEAN_RE.search(" ".join(words)):  # ... but "mean absolute error" is a name
        words = [w for w in words if w not in ("average", "mean", "median", "overall", "relative", "absolute")]
    if not words:
        return phrase.lower()
    written = {w.lower(): w for w in phrase.split()}
    if singular:
        head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
        if words[head] not in _COUNTED_NOUNS and not written.get(words[head], "").isupper() \
                and words[head].upper() not in _SCORE_ACRONYMS_UPPER:  # "ANLS", not "ANL"
            words[head] = _singular(words[head])  # ... but an acronym is a name ("QAGS", not "QAG")
    if re.fullmatch(r"top-?[15]", words[-1]):
        words.append("accuracy")  # "78.3% top-1 on ImageNet": the top-1 accuracy
    if len(words) == 1:
        words = _quality_of(words[0]).split()  # "2.3x more robust": robustness
    return " ".join(words)


# A size right before a term ("13B parameters", "2B activated parameters") says how big a model is.
_SIZE_BEFORE_TERM_RE = re.compile(r"\d(?:\.\d+)?\s?[kmbt]\s+(?:[a-z-]+\s+)?$")


def _nearest_metric_term(low: str, lo: int, hi: int, pos: int) -> str | None:
    """Nearest known metric term to ``pos`` in low[lo:hi]; specific terms beat weak ones."""
    best: tuple[int, int, str] | None = None
    for m in _L_METRIC_TERM_RE.finditer(low, lo, hi):
        term = m.group()
        if term == "precision" and NUMBER_FORMAT_BEFORE_RE.search(low, max(0, m.start() - 14), m.start()):
            continue  # "full precision", "4-bit precision": a number format
        if _SIZE_BEFORE_TERM_RE.search(low, max(0, m.start() - 30), m.start()):
            continue  # "our 7B and 13B parameters", "with only 2B activated parameters": a model's size
        weak = 1 if (term in WEAK_METRIC_TERMS or _singular(term) in WEAK_METRIC_TERMS) else 0
        dist = pos - m.end() if m.end() <= pos else (m.start() - pos) + 15
        key = (weak, abs(dist), term)
        if best is None or key < best:
            best = key
    return best[2] if best else None


# What a score is on, when it is a task rather than a named benchmark ("12% on temporal reasoning").
_SYSTEM_WORDS = frozenset("method model approach baseline system framework technique agent policy".split())
_TASK_AFTER_RE = re.compile(
    r"\s+(?:on|for)\s+(?:the\s+)?([a-z][a-z-]*(?:\s+(?!(?:tasks?|and|or|with|at|in|of|on|by|to|from|across|as|under|"
    r"using|over|compared|than|while|when|applied|where|which)\b)[a-zA-Z][\w-]*){0,3})"
)
_TIME_TERMS_RE = re.compile(r"latency|time|runtime|speed|duration|throughput")
_FLOP_TERMS_RE = re.compile(r"flop|throughput", re.IGNORECASE)
_MEMORY_TERMS_RE = re.compile(r"memory|storage|footprint|cache|size")
_RATE_TERMS_RE = re.compile(r"speed|throughput|rate|fps")
_L_AFTER_CUT_RE = re.compile(r",\s|;|\s(?:while|with|using|whereas|but|when)\b")


def detect_metric(text: str, low: str, s_lo: int, s_hi: int, start: int, end: int,
                  clause_lo: int, unit: str, metric_entities: Sequence[tuple[int, int, str]],
                  floor: int = 0, ceiling: int | None = None) -> tuple[str | None, int]:
    """Pick the measured quantity of a claim; returns (metric, strength).

    Strength 2: a phrase adjacent to the number ("accuracy of 70%", "3x
    higher throughput", "93% of the performance"; 3 when after it); 1: a
    metric entity or a known metric term in the clause (nearest wins); 0:
    derived from a verb or comparative ("faster" -> "speed") or from the
    unit.  Adjacent phrases win because abstracts name the metric right next
    to the number.  ``floor`` is the end of the previous claim: verbs before
    it belong to that claim; ``ceiling`` the start of the next one: a measure
    named after it is that claim's ("scores 7.2 on MT-Bench and a 24.8% win
    rate").
    """
    after = _ASIDES_RE.sub("", text[end:min(s_hi, end + 90)])
    low_after = _ASIDES_RE.sub("", low[end:min(s_hi, end + 90)])
    b_lo = max(clause_lo, start - 80)
    before = text[b_lo:start]
    low_before = low[b_lo:start]
    own_lo = max(b_lo, floor)
    own_before = low[own_lo:start]                    # not past the previous claim
    as_many = _AS_MANY_AFTER_RE.match(low_after)
    if as_many and unit == "x":
        # "found three times as many bugs": how many; "twice as much data": how much
        return ("number of " if as_many.group(1) == "many" else "") + as_many.group(2), 3
    if unit == "x" and (extended := _L_EXTENDED_TO_RE.search(low_before)):
        return _clean_metric(extended.group(1)), 2  # "extends the context window to 8x the training length": the window
    comp, phrase = _np_after(after)
    if phrase and comp is None and re.match(r"\s*(?:in|on)\s", low_after) and _L_CHANGE_BY_BEFORE_RE.search(own_before):
        phrase = None  # "raises herding efficiency by 22% in simulation": where it was measured; the measure is before
    phrase = _ADVERB_MEASURES.get(phrase, phrase)  # "30% less often": how often; "86.4% correctly": an accuracy
    if phrase in _MANNER_NOT_MEASURES:
        phrase = None                      # "by 3.1x end-to-end": how it was measured, not what
    strength = 3 if phrase else 0          # 3: adjacent after the number
    singular = True
    change_only = None
    if phrase in CHANGE_NOUN_INC or phrase in CHANGE_NOUN_DEC:
        # "3.8x improvement", "a 21% gain": the change, not what changed; look for that first.
        change_only, phrase, strength = phrase, None, 0
        if change_only == "compression" and unit == "x":
            return "compression ratio", 3  # "a 12x compression": how much smaller
        changed_in = re.match(rf"\s*(?:[a-z]+\s+)?{re.escape(change_only)}\s+in\s+", low_after)
        if changed_in:  # "a 15% smaller drop in success rate": what dropped is named after it
            _, phrase = _np_after(after[changed_in.end():])
            strength = 3 if phrase else 0
    outside = text[max(s_lo, start - 60):start].rstrip()
    if phrase is None and outside.endswith("("):
        # "the large model's performance (50.4% vs 52.1%)": the restated quantity precedes the bracket.
        kept: list[str] = []
        for w in reversed(outside[:-1].split()):
            if w.lower() in NP_STOP_WORDS or not re.fullmatch(r"[a-z][\w-]*", w) or len(kept) >= 3:
                break
            kept.append(w)
        if kept and kept[0].lower() in _MEASURE_HEADS and not (kept[0] == "precision" and len(kept) > 1):
            phrase, strength = " ".join(reversed(kept)), 2
    if phrase is None and unit in ("%", "points", "") and low_after.startswith((" of ", "of ")):
        # "93% of the performance", "in 55.6% of cases", "99.9% of values".
        obj = after[after.find("of") + 3:]
        obj = obj[_NP_INTRO_RE.match(obj).end():] if _NP_INTRO_RE.match(obj) else obj
        owner = _OWNER_RE.match(obj)     # "of the 14B model's performance": the owner is not the quantity
        obj = obj[owner.end():] if owner else obj
        obj = _NAME_BEFORE_MEASURE_RE.sub("", obj)  # "99.1% of the FP16 accuracy": whose accuracy, then it
        _, share = _np_after(obj)
        verb_rate = re.search(r"\b(?:(succeeds|succeeded|fails|failed|wins|won)\s+(?:in|on)|(wins|won))\s+"
                              r"(?:only\s+|about\s+|nearly\s+|over\s+)?$", low_before)  # "wins 44.6% of comparisons"
        verb_share = None if verb_rate else _L_SHARE_VERB_RE.search(low_before)
        if verb_rate:  # "succeeds in 91% of episodes": the verb's rate, whatever is counted
            share = _RATE_OF_VERB[verb_rate.group(1) or verb_rate.group(2)]
        elif verb_share and share not in CHANGE_NOUN_INC and share not in CHANGE_NOUN_DEC:
            # "detects 96.4% of attacks", "solves 45% of the problems": the share of items the verb was done to
            rate, done = _RATE_OF_SHARE_VERB[verb_share.group(1)]
            share = f"{share} {done}" if share and share.split()[-1] not in NON_METRIC_HEADS else rate
        elif _L_OF_THE_TIME_RE.match(low_after) and (_L_PREFERRED_RE.search(low_before) or _L_AGREES_RE.search(low_before)):
            # "raters preferred ours 68% of the time", "agrees with human preferences 81% of the time"
            share = "preference rate" if _L_PREFERRED_RE.search(low_before) else "agreement rate"
        # how the share was done, after it ("of questions correctly") or before it ("counts correctly on 46.2%")
        manner = share.split()[-1] if share and len(share.split()) > 1 else ""
        before_manner = re.search(r"\b(correctly|accurately|successfully)\b[^.;,]{0,30}$", low_before)
        in_cases = _L_IN_BEFORE_RE.search(low_before, max(0, len(low_before) - 6))  # "correctly in 55.6% of cases"
        manner = manner if manner.endswith("ly") or not before_manner or in_cases else before_manner.group(1)
        if share and share.split()[-1].endswith("est") and share.split()[-1] not in ("test", "interest", "request"):
            share = None  # "only 23% of the hardest": the superlative stands for a noun named before it
        if share and share.split()[-1] in _PEOPLE_NOUNS and not verb_share:
            share = None  # "far below the 91.2% of human graders": whose score it is, not what it measures
        if manner.endswith("ly"):
            # "answers 71.4% of questions correctly": the share done right is an accuracy, not a "questions correctly"
            phrase = _MANNER_MEASURES.get(manner)
            strength = 2 if phrase else 0
        elif share in CHANGE_NOUN_INC or share in CHANGE_NOUN_DEC:
            change_only = share  # "20 points of improvement on MMLU": the change, not what changed
        elif share:
            phrase, strength, singular = share, 2, False
        else:
            rv = _L_RETAIN_VERB_RE.search(low_before, max(0, len(low_before) - 30))
            if rv and rv.group("v") in ("recover", "retain", "preserv", "maintain", "keep", "kept"):
                noun = {"recover": "recovery", "preserv": "preservation"}.get(rv.group("v"), "retention")
                phrase, strength = "performance " + noun, 2
            elif _L_IN_BEFORE_RE.search(low_before, max(0, len(low_before) - 6)):
                bnp = _np_before(before[:low_before.rfind("in")] + " of ")
                if bnp:  # "succeeds in 83% of trials": the verb's rate
                    phrase, strength = _RATE_OF_VERB.get(bnp.split()[-1].lower(), bnp), 2
    if phrase and (comp == "fewer" or comp == "more" and re.search(r"[a-rt-z]s$", phrase)) \
            and len(phrase.split()) <= 2 and not re.search(r"flop|\bmacs\b", phrase.lower()) \
            and not re.match(rf"\s*{comp}\s+{re.escape(phrase)}\s+per\b", low_after):  # not "tokens per second"
        return "number of " + phrase, strength  # "in 40% fewer epochs", "3x more inference calls": how many
    if phrase is None and comp == "fewer":
        counted = re.match(r"\s*fewer\s+([A-Za-z][\w-]*)", after)
        if counted:
            return "number of " + counted.group(1).lower(), 1   # "4x fewer GPUs": how many are needed
    if phrase is None and comp in COMPARATIVE_METRIC:
        # "makes the inference time 50% faster": a metric term in the clause
        # before wins; otherwise the comparative names the quantity.
        t_lo = max(own_lo, start - 60)
        for sep in (" and ", ", ", ";"):
            k = low.rfind(sep, t_lo, start)
            if k >= 0:
                t_lo = k + len(sep)
        term = _nearest_metric_term(low, t_lo, start, start)
        if term and term not in WEAK_METRIC_TERMS:
            return _clean_metric(term), 1
        return COMPARATIVE_METRIC[comp], 1
    shortened = _L_SHORTEN_RE.search(low_before) if phrase is None and "short" in low_before else None
    if shortened:
        phrase, strength = _singular(shortened.group(1)) + " length", 2  # "shortens sequences by 23%": their length
    if phrase is None and unit != "rank" and not _L_COMPARED_NP_BEFORE_RE.search(_INNER_ASIDE_RE.sub("", own_before)):
        # "reduces sample complexity by half": a number word's claim opens with its own "by"
        linked = before + "by " if low.startswith("by ", start) else before
        bnp = _np_before(_INNER_ASIDE_RE.sub("", linked), sentence_start=b_lo == s_lo)
        if bnp and bnp.split()[-1].lower() in _PURE_CHANGE_NOUNS:
            # "an accuracy drop of 2%" measures accuracy; "a relative reduction of 18%" names only the change,
            # and what changed is named elsewhere in the sentence
            measure = [w for w in bnp.split()[:-1] if w.lower() not in _CHANGE_MODIFIERS]
            if measure:
                phrase, strength = " ".join(measure), 2
            else:
                change_only = change_only or bnp
        elif bnp:
            phrase, strength = bnp, 2
            where = next((name for es, ee, name in metric_entities if ee < start and _MEASURED_WHERE_RE.fullmatch(
                text, ee, start)), None)
            if where:
                phrase = where  # "improves node classification accuracy on ogbn-mag by 2.3 points": the measure, not where
            at = before.lower().rfind(bnp.lower()) if bnp.split()[-1].lower() not in _MEASURE_HEADS else -1
            owned = _OF_OWNER_BEFORE_RE.search(before, 0, at) if at > 0 else None
            measure = next((name for es, ee, name in metric_entities if ee == b_lo + owned.start()),
                           None) or _measure_ending(before[:owned.start()]) if owned else None
            if measure:
                phrase = measure  # "the word error rate of a downstream recognizer by 18%": the rate, not its owner
            elif " of " in bnp and bnp.split(" of ")[0].split()[-1] in _CHANGED_MEASURE_HEADS:
                # "the mean absolute error of gap prediction to 21.3 meV": the error, named by the metric mention
                # that ends where "of" begins, if there is one
                of_at = b_lo + before.lower().rfind(" of ", 0, len(before) - len(bnp.split(" of ", 1)[1]))
                phrase = next((name for es, ee, name in metric_entities if ee == of_at), bnp.split(" of ")[0])
            # "a CLIP score of 0.32": the name cut the phrase short; the metric mention it ends is the measure
            named = next((name for es, ee, name in metric_entities if es < start - len(bnp) <= ee <= start
                          and name.lower().endswith(bnp.lower()) and _NP_LINK_RE.match(text, ee, start)), None)
            phrase = named or phrase
    counted = _L_COUNT_FROM_RE.search(low_before) if phrase is None and low_before.endswith(" from ") else None
    if counted:
        phrase, strength = counted.group(1), 2  # "reduces the number of collisions from 12.4 to 3.8"
    elif phrase is None and low_before.endswith(" from ") and not _L_RANGING_BEFORE_RE.search(low_before[:-5]):
        changed = _np_before(before[: -len("from ")] + " to ")  # "the mean absolute error drops from 4.7 to 2.1"
        head = changed.split(" of ")[0].split()[-1] if changed and " of " in changed else changed and changed.split()[-1]
        changed_by_verb = bool(changed) and re.search(
            rf"\b{CHANGE_VERB_STEMS}\w*\s+(?:the\s+|its\s+)?{re.escape(changed.lower())}\s+from\s+$", low_before
        ) is not None  # "reduces load imbalance from 0.31 to 0.04": what the verb changed
        if changed and (head in _CHANGED_MEASURE_HEADS or head in _SHARE_HEADS or changed_by_verb) \
                and changed not in WEAK_METRIC_TERMS:
            at = b_lo + low_before.rfind(changed)
            named = next((name for es, ee, name in metric_entities if es <= at < ee), None)
            phrase, strength = named or changed, 2  # a metric mention the phrase ends is the measure
    if phrase is None and unit in ("bit", "byte") and low_after.startswith(" of "):
        _, obj = _np_after(after[4:])
        if obj:
            phrase, strength = obj, 2
    speed_words = list(_L_SPEED_VERB_RE.finditer(own_before[-60:]))
    # "3.5x speedup and reduces error by 15%": another verb after the speed word governs this number
    speed = bool(speed_words) and not _L_OTHER_CHANGE_VERB_RE.search(own_before[-60:], speed_words[-1].end()) \
        or comp in ("faster", "quicker", "slower")
    restrict = _TIME_TERMS_RE if unit in TIME_UNITS else (_MEMORY_TERMS_RE if unit in MEMORY_UNITS else None)
    restrict = _RATE_TERMS_RE if unit in RATE_UNITS else restrict
    if unit == "x" and speed_words and speed and phrase is None:
        restrict = _TIME_TERMS_RE  # "speeds up inference on a Jetson by 1.9x": a speed, whatever else is measured
    if "flop" in unit.lower():
        restrict = _FLOP_TERMS_RE     # "39 TeraFLOPs" measures compute, whatever else the sentence measures
    cut = _L_AFTER_CUT_RE.search(low_after, 0, 60)
    after_hi = end + (cut.start() if cut else min(60, len(low_after)))   # "..., while decreasing latency" is another claim's
    opened = low.rfind("(", max(s_lo, start - 30), start)
    if opened >= 0 and ")" not in low[opened:start] and 0 <= low.find(")", end, after_hi):
        after_hi = low.find(")", end, after_hi)  # "(81.0 vs. 80.4) at 5.2x lower cost": the bracket bounds its scores
    if ceiling is not None and end <= ceiling:
        after_hi = min(after_hi, ceiling)
    semi_lo = low.rfind(";", s_lo, start) + 1  # a semicolon ends the clause a measure is named in
    if phrase is None and metric_entities:
        best = None
        for (es, ee, name) in metric_entities:
            if ee <= max(s_lo, semi_lo) or es >= min(s_hi, after_hi) or (restrict and not restrict.search(name.lower())):
                continue
            dist = start - ee if ee <= start else es - end
            if best is None or abs(dist) < best[0]:
                best = (abs(dist), name)
        if best is not None:
            phrase, strength = best[1], 1
    if phrase is None:
        term = _nearest_metric_term(low, max(s_lo, start - 150, semi_lo), after_hi, start)
        if term and not (restrict and not restrict.search(term)):
            phrase, strength = term, 1
    if phrase is None and unit in ("%", "points") and re.match(
            r"\s+(?:(?:of\s+)?(?:improvement|gain|increase|drop|higher|lower)\s+)?(?:on|in)\s+(?:the\s+)?(?:\d+-shot\s+)?[A-Z0-9]", after):
        return "accuracy", 0   # "64% on MMLU", "a 6.6 point improvement on MMLU": a benchmark score
    if phrase is None and unit in ("%", "points"):
        task = _TASK_AFTER_RE.match(after)
        if task and task.group(1).split()[0].lower() not in NP_STOP_WORDS \
                and task.group(1).split()[-1].lower().rstrip("s") not in _SYSTEM_WORDS:  # "for the prior best method"
            return _clean_metric(task.group(1)) + " performance", 0   # "28% on multi-choice QA"
    if phrase is None and change_only is not None:
        phrase, strength = change_only, 0
    if phrase is None and unit in ("%", "points", "") and _L_COMPARED_NP_BEFORE_RE.search(own_before):
        return "performance", 0   # "surpasses Qwen-VL-Chat-7B by 8.8% across benchmarks": the margin overall
    if phrase is None:
        if speed:
            return "speed", 0
        if unit == "x":
            # "compress models by up to 16x" is a size; else a bare factor is how much faster
            # (the guidelines' "accelerating fine-tuning by up to 2.2x" -> "fine-tuning speed")
            return ("model size" if re.search(r"\bcompress\w*", own_before[-60:]) else "speed"), 0
        if unit in TIME_UNITS:
            return ("latency" if "latency" in low[s_lo:s_hi] else "time"), 0
        if unit in MEMORY_UNITS:
            return "memory", 0
        if unit in RATE_UNITS:
            return "throughput", 0
        if "flop" in unit.lower():
            return "FLOPs", 0
        return None, 0
    if unit in RATE_UNITS and not _RATE_TERMS_RE.search(phrase.lower()):
        return "throughput", 0  # "41.2 mAP at 120 FPS": the rate is no mAP
    metric = _clean_metric(phrase, singular)
    if (speed and strength == 2 or strength == 3 and comp in ("faster", "quicker", "slower")) \
            and not re.search(r"speed|time|latency|throughput|runtime", metric):  # "2x faster inference"
        metric += " speed"
    return metric, strength


# ---------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------


@dataclass
class _Cand:
    """One number found in the text, before it is accepted as a claim."""

    start: int                 # start of the number (incl. sign)
    num_end: int               # end of the number itself
    end: int                   # end of number + scale + unit
    value: float
    unit: str | None = None    # normalised unit, None when nothing attached
    kind: str = "bare"         # bare, unit, word, scale, noun, reject, special, count
    raw_unit: str = ""
    scale: float = 1.0
    is_word: bool = False
    sign: str = ""
    inherited_from: int = -1   # index of the range/list partner it shares context with
    link: str = ""             # "range" or "list"
    accepted: bool = False
    direction: str | None = None
    special: str = ""
    flags: set[str] = field(default_factory=set)
    score_name: str = ""       # score named right before a bare number ("BLEU of 35.2")


def _sanitize_sentences(text: str, sentences: Any) -> list[tuple[int, int]]:
    """Clamp, sort and de-overlap sentence spans; fall back to our splitter."""
    n = len(text)
    try:
        out = [(int(s), int(e)) for s, e in sentences]
    except (TypeError, ValueError):
        out = []
        try:
            for sp in sentences or ():
                try:
                    out.append((int(sp[0]), int(sp[1])))
                except (TypeError, ValueError, IndexError, KeyError):
                    continue
        except TypeError:
            out = []
    ok = bool(out)
    prev = 0
    for s, e in out:
        if s < prev or e <= s or e > n:
            ok = False
            break
        prev = e
    if ok:
        return out
    out = sorted((max(0, min(s, n)), max(0, min(e, n))) for s, e in out)
    clean: list[tuple[int, int]] = []
    for s, e in out:
        if clean and s < clean[-1][1]:
            s = clean[-1][1]
        if e > s:
            clean.append((s, e))
    return clean or split_sentences(text)


def _sanitize_entities(text: str, entities: Any) -> list[tuple[int, int, str, str, bool]]:
    """Keep well-formed entity mentions as sorted (start, end, type, name, proposed).

    Overlapping mentions keep the longer, earlier one ("Liger Attention"
    over "Liger").  ``proposed`` is read when the mapping has it.
    """
    n = len(text)
    out: list[tuple[int, int, str, str, bool]] = []
    try:
        for e in entities or ():
            try:
                s, t = int(e["start"]), int(e["end"])
                typ = str(e["type"]).lower()
                name = e["name"] if "name" in e else None
                proposed = bool(e.get("proposed", False)) if hasattr(e, "get") else False
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                continue
            if 0 <= s < t <= n:
                out.append((s, t, typ, str(name) if name else text[s:t], proposed))
    except TypeError:
        return []
    out.sort(key=lambda x: (x[0], -x[1]))
    kept: list[tuple[int, int, str, str, bool]] = []
    for e in out:
        if kept and e[0] < kept[-1][1]:
            continue
        kept.append(e)
    return kept


def _sentence_bounds(starts: list[int], sents: list[tuple[int, int]], pos: int,
                     n: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos`` (a gap counts as its own span)."""
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return 0, (sents[0][0] if sents else n)
    s, e = sents[i]
    if pos >= e:
        return e, (sents[i + 1][0] if i + 1 < len(sents) else n)
    return s, e


def _window(starts: list[int], sents: list[tuple[int, int]], c: _Cand, n: int) -> tuple[int, int]:
    """The sentence holding ``c``, clipped to ``WINDOW`` characters around it."""
    s_lo, s_hi = _sentence_bounds(starts, sents, c.start, n)
    return max(s_lo, c.start - WINDOW), min(s_hi, c.end + WINDOW)


def find_all(low: str, needles: tuple[str, ...], lo: int = 0) -> list[tuple[int, str]]:
    """Sorted (position, needle) of every occurrence of the literal needles in ``low`` from ``lo`` (str.find
    runs at C speed: the claim and entity rules find the few places worth a regex this way)."""
    hits: list[tuple[int, str]] = []
    for nd in needles:
        p = low.find(nd, lo)
        while p >= 0:
            hits.append((p, nd))
            p = low.find(nd, p + 1)
    hits.sort()
    return hits


def _skip_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Spans whose numbers are never claims: URLs, domains and bracket citations."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for p, _ in find_all(low, ("http://", "https://", "www.")):
        q = p
        while q < n and not text[q].isspace():
            q += 1
        spans.append((p, q))
    if ".com" in low or ".org" in low or ".io" in low or ".html" in low or ".net" in low or ".ai" in low:
        for m in _DOMAIN_RE.finditer(low):
            ws = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            we = m.end()
            while we < n and not text[we].isspace():
                we += 1
            spans.append((ws, we))
    if "[" in text:
        spans += [(m.start(), m.end()) for m in _BRACKET_CITE_RE.finditer(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` lies in one of the sorted, non-nested ``spans``."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# Hardware brands whose model numbers are written apart ("RTX 4090", "Snapdragon 8").
_HARDWARE_NAME_BEFORE_RE = re.compile(
    r"\b(?:RTX|GTX|Titan|TITAN|Quadro|Radeon|Instinct|Xeon|EPYC|Ryzen|Snapdragon|Jetson|Dimensity|Exynos|Gaudi)\s$")


def _name_or_setup_before(text: str, s: int) -> bool:
    """Cheap character checks: is the number glued to a name or a formula?

    Rejects "GPT-4", "Qwen2.5", "pass@1", "WMT'21", "#3", "&#37;", "x^2",
    "FABP5/11", the second side of dimensions "224x224" and version tails.
    """
    if s == 0:
        return False
    p = text[s - 1]
    q = text[s - 2] if s >= 2 else " "
    if p == " " and q.isalpha() and _HARDWARE_NAME_BEFORE_RE.search(text, max(0, s - 12), s):
        return True                       # "an RTX 4090", "a Xeon 8480": the number names the hardware
    if p.isalpha() or p in "_@#&^'\\":
        return True
    if p in ".," and q.isdigit():
        return True
    if p in "-–":
        if q.isalpha():
            r = text[s - 3] if s >= 3 else " "
            return not (q in "x×" and r.isdigit())    # "1.48x-12.1x" is a range
        return False
    if p == "/" and q.isalnum():
        # "2.0/3.9 WER": two decimals split by a slash are a list of scores, not "16/32-bit" or "FABP5/11"
        return not (_DECIMAL_BEFORE_RE.search(text, max(0, s - 12), s - 1) and _DECIMAL_AT_RE.match(text, s))
    if p in "×*" or (p == " " and q in "x×*"):
        j = s - 2 if p != " " else s - 3
        while j >= 0 and text[j] == " ":
            j -= 1
        return j >= 0 and text[j].isdigit()
    return False


_PER_NOUN_AFTER_RE = re.compile(r"\s[a-z]+\s+per\s+[a-z]+\b")
_SCORE_IN_POINTS_RE = re.compile(r"[A-Z][A-Za-z0-9@-]{1,9}(?=\s(?:pp|p\.p\.|pts?|points?)\b)")


def _scan_digits(text: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Find digit numbers and read the scale / unit / noun that follows each."""
    cands: list[_Cand] = []
    n = len(text)
    k = 0
    for m in _DIGIT_RE.finditer(text):
        s, e = m.start(), m.end()
        surface = m.group()
        if "," in surface and not _THOUSANDS_RE.match(surface):
            cut = surface.find(",")       # "1,2" list or a trailing comma
            surface, e = surface[:cut], s + cut
        while k < len(skip) and skip[k][1] <= s:
            k += 1
        if k < len(skip) and skip[k][0] <= s:
            continue
        value = parse_number(surface)
        if value is None:
            continue
        c = _Cand(start=s, num_end=e, end=e, value=value)
        cands.append(c)
        if s >= 1 and text[s - 1] in "+-−↑↓" and (s < 2 or text[s - 2] in " (\t\n[:/"):
            c.sign = "+" if text[s - 1] in "+↑" else "-"  # "(↑3.2)": an arrow is the sign of a change
            c.start = s - 1
        if _name_or_setup_before(text, s) or (
                e + 1 < n and text[e] == "." and text[e + 1].isdigit()):
            c.kind = "reject"
            continue
        um = _UNIT_RE.match(text, e)
        if um is None or um.end() == e:
            if e < n and text[e].isalpha():
                c.kind = "reject"         # glued letters: "3D", "2nd", "8bit"
            continue
        if um.group("scale"):
            c.scale = SCALE_FACTORS.get(um.group("scale").strip().lower(), 1.0)
        if um.group("plus"):
            c.flags.add("plus")
        unit_raw = um.group("pct") or um.group("times") or um.group("word")
        if unit_raw:
            c.raw_unit = unit_raw
            c.unit = normalize_unit(unit_raw)
            named = _SCORE_IN_POINTS_RE.search(unit_raw) if c.unit == "points" else None
            if named:
                c.score_name = named.group()  # "3.4 absolute WER points": points of that score
                c.flags.add("score_after")
            c.end = um.end()
            c.kind = "word" if um.group("word") else "unit"
        elif um.group("hyph"):
            c.kind = "reject"             # "5-shot", "8-bit", "20-layer"
        elif um.group("scale"):
            c.kind = "scale"
            c.end = um.end("scale")
        elif um.group("noun"):
            c.kind = "noun"
        elif um.group("plus"):
            c.end = e + 1
    return cands


def _scan_number_words(low: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Number words followed by a unit ("five minutes", "three times", "tenfold").

    Triggered by the unit word (a literal search), then the number word is
    read backwards, so the whole text is never matched against the word list.
    """
    out: list[_Cand] = []
    seen: set[int] = set()
    for p, _ in find_all(low, _WORDUNIT_TRIGGERS):
        m = _L_WORDUNIT_RE.match(low, p)
        if not m or p in seen or p == 0 or low[p - 1].isdigit() or _in_spans(p, skip):
            continue
        seen.add(p)
        wm = _L_NUMWORD_BEFORE_RE.search(low, max(0, p - 24), p)
        if not wm:
            continue
        unit_word, word, sep = m.group(), wm.group("w"), wm.group("sep")
        if unit_word == "fold":
            if word in ("a", "an", "single", "a single"):
                continue
        elif sep.strip() or not sep:
            continue                       # only "-fold" may be glued ("tenfold")
        if word in ("a", "an", "single", "a single") and unit_word in ("times", "percent"):
            continue
        value = parse_number(word)
        if value is None:
            continue
        kind = "unit" if unit_word in ("times", "fold", "percent") else "word"
        out.append(_Cand(start=wm.start("w"), num_end=wm.end("w"), end=m.end(), value=value,
                         unit=normalize_unit(unit_word), kind=kind, raw_unit=unit_word,
                         is_word=True))
    return out


# What a verb of multiplying acts on: a determiner or a bare measure ("doubles the speed", "halves
# latency"), not a use ("doubles as a judge") or a time ("doubles every three months").
_MULTIPLIED_OBJECT = (
    r"(?:(?:the|its|their|our)\b|(?!(?:as|down|up|back|over|every|approximately|roughly|about|in|on|with|when|"
    r"from|to|and|or)\b)[a-z][a-z-]{2,}\b)"
)


def _scan_specials(low: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Claims without digits: "by half", "an order of magnitude", "twice as
    fast", "doubles the", "ranks first", "first place"."""
    out: list[_Cand] = []
    for p, trig in find_all(low, _SPECIAL_TRIGGERS):
        if (p > 0 and low[p - 1].isalpha() and trig != "magnitude") or _in_spans(p, skip):
            continue
        lo = max(0, p - 40)
        pre = low[lo:p]
        if trig == "factor of ":
            w = re.match(rf"factor of (?:about |nearly |over |roughly )?({_NUMWORD_ALT})\b", low[p:p + 40])
            value = parse_number(w.group(1)) if w else None
            if value is not None and value >= 2 and re.search(r"\bby\s+(?:a\s+)?(?:about\s+)?$", pre):
                out.append(_Cand(p + w.start(1), p + w.end(1), p + w.end(1), value, "x", "special"))  # "by a factor of ten"
        elif trig == "magnitude":
            b = re.search(r"(?<![\w-])(an|one|two|three|four|five|six|[0-9]+)\s+orders?\s+of\s+$", pre)
            if b and not low[p + 9:p + 10].isalpha():
                k = b.group(1)
                v = 1.0 if k in ("an", "one") else (parse_number(k) or 1.0)
                if v <= 12:
                    out.append(_Cand(lo + b.start(1), p + 9, p + 9, 10.0 ** v, "x", "special",
                                     special="order"))
        elif trig == "half":
            b = re.search(r"\b(?:by|in)\s+(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|roughly\s+|over\s+)?$", pre)
            if b and not low[p + 4:p + 5].isalpha():
                out.append(_Cand(lo + b.start(), p + 4, p + 4, 50.0, "%", "special",
                                 direction="decrease", special="half"))
        elif trig == "halv":
            f = re.match(rf"halv(?:es|ed|ing)\s+{_MULTIPLIED_OBJECT}", low[p:p + 30]) or (
                re.search(r"\b(?:is|are|was|were|be|been|gets?|got)\s+(?:almost\s+|nearly\s+|about\s+|roughly\s+)?$", pre)
                and re.match(r"halved\b", low[p:p + 7]))
            if f:  # "halves the memory", "latency is roughly halved"
                w = f.group().split()[0]
                out.append(_Cand(p, p + len(w), p + len(w), 50.0, "%", "special",
                                 direction="decrease", special="half"))
        elif trig == "twice":
            f = re.match(r"twice\s+(?:as\s+(?!large|big|many|long|much\s+data|wide|deep)[a-z]+|"
                         r"faster|higher|better)\b", low[p:p + 40])
            b = re.search(r"\bby\s+(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|over\s+)?$", pre)
            if f or b:
                out.append(_Cand(lo + b.start() if b else p, p + 5, p + 5, 2.0, "x", "special",
                                 direction="increase", special="twice"))
        elif trig in ("doubl", "tripl", "quadrupl"):
            f = re.match(rf"(?:doubl|tripl|quadrupl)(?:es|ed|ing)\s+{_MULTIPLIED_OBJECT}", low[p:p + 30])
            g = re.match(r"(?:doubling|tripling)\s+of\b", low[p:p + 20]) and re.search(r"\ba\s+$", pre)
            if f or g:
                w = re.match(r"[a-z]+", low[p:]).group()
                v = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}[trig]
                out.append(_Cand(p, p + len(w), p + len(w), v, "x", "special",
                                 direction="increase", special="double"))
        elif trig == "rank":
            f = re.match(r"rank(?:s|ed|ing)?\s+(?:the\s+)?(first|second|third|1st|2nd|3rd|"
                         r"(?:no\.\s?|#\s?)[0-9]+)\b", low[p:p + 30])
            if f:
                k = f.group(1)
                v = ORDINALS.get(k)
                if v is None:
                    v = float(re.search(r"[0-9]+", k).group())
                out.append(_Cand(p, p + f.end(), p + f.end(), v, "rank", "special",
                                 direction="none", special="rank"))
        elif trig == "place":
            b = re.search(r"\b(first|1st|second|2nd|third|3rd)\s+$", pre)
            if b and not low[p + 5:p + 6].isalpha():
                out.append(_Cand(lo + b.start(1), p + 5, p + 5, ORDINALS[b.group(1)], "rank",
                                 "special", direction="none", special="rank"))
    for f in _FRACTION_OF_RE.finditer(low) if "/" in low else ():
        # "uses 1/3 of the training compute": a share, in percent; "hold out 1/5 of the data": a setting
        if not _in_spans(f.start(), skip) and not _SPLIT_BEFORE_RE.search(low, max(0, f.start() - 40), f.start()):
            share = round(100.0 * int(f.group(1)) / int(f.group(2)), 2)
            out.append(_Cand(f.start(), f.end(), f.end(), share, "%", "special", special="fraction"))
    return out


def _lists_named_by_a_score_after(text: str, low: str, cands: list[_Cand]) -> list[_Cand]:
    """The members before an accepted "5.6 BLEU" that list with it ("1.2, 3.4 and 5.6 BLEU"): the score
    named after the last member names them all. They are accepted here and returned."""
    found: list[_Cand] = []
    for k in range(len(cands) - 1, 0, -1):
        c = cands[k]
        if not (c.accepted and "score_after" in c.flags and c.kind in ("bare", "noun")):
            continue
        j = k
        while j > 0 and cands[j - 1].kind in ("bare", "noun") and not cands[j - 1].accepted and not cands[j - 1].is_word \
                and len(text[cands[j - 1].num_end:cands[j].start]) <= 6 \
                and _LIST_SEP_RE.match(text[cands[j - 1].num_end:cands[j].start]):
            j -= 1
        if j == k or _label_before(low[max(0, cands[j].start - 30):cands[j].start]):
            continue  # "Tables 2, 3 and 4": labels
        for m in range(j, k):
            member = cands[m]
            member.accepted, member.kind, member.unit, member.score_name = True, c.kind, c.unit, c.score_name
            member.inherited_from, member.link = m + 1, "list"
            member.flags.add("score_after")
            found.append(member)
    return found


_NAMED_TYPES = frozenset(("dataset", "benchmark", "model", "metric"))


def _reject_numbers_in_names(cands: list[_Cand], ents: list[tuple[int, int, str, str, bool]]) -> None:
    """A number inside a named dataset, benchmark, model or measure ("ACE 2005", "Llama 2", "a 95% Hausdorff
    distance of 3.2 mm") is part of the name: it is no claim, and no list of scores runs through it ("87.9 F1 on
    ACE 2005 and 86.4 F1")."""
    spans = [(s, e) for s, e, t, _, _ in ents if t in _NAMED_TYPES]
    if not spans:
        return
    for c in cands:
        if _in_spans(c.start, spans):
            c.kind = "reject"


_MARGIN_AFTER_RE = re.compile(r"\s+(?:above|below|ahead\s+of|behind|higher|lower|better|worse|over)\b")


# From one score on a benchmark to the next of a list ("78.5 on MMBench, 1520 on MME").
_ON_ITEM_GAP_RE = re.compile(r"\s+on\s+(?:the\s+)?[^,;.()]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_ON_AFTER_RE = re.compile(r"\s+on\s+(?:the\s+)?")


def _on_benchmark(text: str, end: int, bench_starts: set[int]) -> bool:
    """Whether "on" and a benchmark or dataset mention follow ``end``."""
    m = _ON_AFTER_RE.match(text, end)
    return m is not None and m.end() in bench_starts


def _link_groups(text: str, cands: list[_Cand]) -> None:
    """Share units and context inside ranges and lists ("10-20%", "3, 5 and 7 points").

    A number with nothing attached takes the unit / scale / noun of the next
    number when only a range or list separator lies between them (right to
    left, so chains propagate); "7, 13 and 70B" thereby all become sizes.
    Two numbers with the same unit joined by a range dash ("1.5x-12x",
    "2% - 3%") share their context.
    """
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        if a.kind in ("bare", "noun") and _PM_SEP_RE.match(text, a.num_end, b.start):  # "noun": "11.0 pm 1.3"
            # "11.0 ± 1.3 points": the mean takes the unit, the deviation is no claim.
            a.kind, a.unit, a.raw_unit, a.scale = b.kind, b.unit, b.raw_unit, b.scale
            a.end = b.end
            b.kind = "reject"
            continue
        if a.kind == "noun" and b.kind == "bare" and not a.is_word and not b.is_word \
                and text[a.num_end:b.start].strip() == "to":
            a.kind, a.end = "bare", a.num_end  # "F1 +0.12 to +0.23": the word after +0.12 is the range's "to"
        if a.is_word != b.is_word or b.kind in ("bare", "reject"):
            continue
        if a.kind == "noun" and b.kind in ("unit", "word") and _LIST_SEP_RE.match(text[a.num_end:b.start]) \
                and not text[a.num_end:b.start].isspace():
            a.kind = "bare"               # "6.1, 4.3 and 8.9 points": the word after 4.3 is the list's "and"
        between = text[a.num_end if a.kind == "bare" else a.end:b.start]
        if len(between) > 8:
            continue
        is_range = bool(_RANGE_SEP_RE.match(between))
        if a.kind == "noun" and is_range and between.strip() == "to":
            a.kind = "bare"               # "3 to 5%": the word after the number is the range's "to"
        if a.kind == "bare" and "plus" not in a.flags:
            if not (is_range or _LIST_SEP_RE.match(between)):
                continue
            if b.kind == "noun" and _list_ends_in_a_function_word(text, cands, i + 1):
                continue  # "to 0.0612, 0.0398 and 0.0701 on X": a list of scores, no count of things to share
            if text[max(0, a.start - 1) : a.start] == "$" and text[max(0, b.start - 1) : b.start] != "$":
                continue  # "under $40 and 6 GPU-hours": a sum of money has its own unit
            if between.strip() == "," and _MARGIN_AFTER_RE.match(text, b.end):
                continue  # "an AUROC of 0.912, 1.7 points above X": a margin set beside a score, not a list
            if not is_range and b.unit and _parallel_to_mixed_pair(text, cands, i):
                continue  # "a Dice of 0.89 and an HD of 4.2 mm, against 0.81 and 7.9 mm": 0.81 is a Dice too
            a.kind, a.unit, a.raw_unit, a.scale = b.kind, b.unit, b.raw_unit, b.scale
            # "from 88.2 to 90.1": two levels of a change share a unit, not a span
            levels = is_range and _changed_from(text, a.start)
            a.inherited_from, a.link = i + 1, ("list" if levels else "range" if is_range else "list")
            a.flags.add("borrowed")
            if levels:
                a.flags.add("levels")
        elif is_range and a.kind == b.kind and a.unit == b.unit and a.kind in ("unit", "word") \
                and not _changed_from(text, a.start):
            a.inherited_from, a.link = i + 1, "range"


def _list_ends_in_a_function_word(text: str, cands: list[_Cand], k: int) -> bool:
    """Whether the list of numbers going on from cands[k] ends in a number followed by a function word
    ("0.0398 and 0.0701 on X"), not by what it counts or scores ("33.0 and 35.1 BLEU", "and 5600 images")."""
    while k + 1 < len(cands) and cands[k].kind == "noun" and _LIST_SEP_RE.fullmatch(text, cands[k].num_end, cands[k + 1].start):
        k += 1
    return cands[k].kind == "noun" and bool(_L_FUNCTION_WORD_AFTER_RE.match(text, cands[k].num_end))


def _parallel_to_mixed_pair(text: str, cands: list[_Cand], i: int) -> bool:
    """Whether the pair "cands[i] and cands[i+1] <unit>" restates an earlier pair of the sentence whose first
    number was a bare score and whose second had that unit: the two are read position by position."""
    unit = cands[i + 1].unit
    for k in range(i - 2, -1, -1):
        p, q = cands[k], cands[k + 1]
        if cands[i].start - q.end > 150 or re.search(r"[.!?]\s+[A-Z]", text[q.end:cands[i].start]):
            return False  # another sentence
        if q.unit == unit and p.unit in (None, "") and p.kind in ("bare", "noun") \
                and re.search(r"\band\b", text[p.num_end:q.start]) and q.start - p.num_end <= 60 \
                and not _LIST_SEP_RE.fullmatch(text[p.num_end:q.start]):  # "by 6.1 and 4.9 points" is one list
            return True
    return False


_RANGING_WORD_RE = re.compile(r"\b(?:rang(?:e|es|ing|ed)|var(?:y|ies|ying|ied)|between)\b")


def _changed_from(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the old level of a change ("from 48.1% to 62.3%": two levels,
    each a claim of its own), not the low end of a range ("ranging from 5% to 51%", "and from 3% to 7%")."""
    before = text[max(0, start - 80):start].lower()
    return before.endswith("from ") and not _RANGING_WORD_RE.search(before)


_SCORE_ACRONYMS_UPPER = frozenset(a.upper() for a in SCORE_ACRONYM_SET)


# A capitalised or camel-case token that names something ("CLIP", "DINO", "FooScore", "CLIP-I").
_NAMED_TOKEN_RE = re.compile(r"[A-Za-z][\w@.-]*[A-Z][\w@.-]*|[A-Z][\w@.-]*")
#: A name-like token with a capital, as a score may be named ("CLIP-I", "FooScore", "MASE"); shared with the
#: entity rules.
SCORE_NAME_TOKEN = r"(?=[\w@.-]*[A-Z])[A-Za-z][\w@-]*(?:\.[\w@-]+)*"
# A result reached as "a <Name> of": the name is a score ("achieves a CLIP-I of", "and an FooScore of").
# What opens a named score a result reaches ("achieves a CLIP-I of", "and a median TM-score of").
REACHED_SCORE_LEAD = rf"(?:\b{REACH_VERB_STEMS}\w*|\band)\s+(?:a|an)\s+(?:mean\s+|median\s+|average\s+)?"
_REACHED_NAMED_SCORE_RE = re.compile(
    rf"{REACHED_SCORE_LEAD}({SCORE_NAME_TOKEN})\s+of\s+"
    r"(?:only\s+|about\s+|nearly\s+|over\s+)?$")


# A count changed "from" one level to another: the count is the measure ("the number of lost sheep from",
# "the collision count from").
_L_COUNT_FROM_RE = re.compile(
    r"\b((?:number|count)\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[a-z][\w-]*\s+counts?)\s+(?:per\s+\w+\s+)?from\s+$")
# A budget, or a ratio the experiment is run at, before a share: the share is a setting.
_L_BUDGET_BEFORE_RE = re.compile(r"\bbudgets?\s*(?:of|=|:|\(|at)?\s*(?:only\s+|just\s+)?$")
_L_BUDGET_AFTER_RE = re.compile(r"\s+(?:(?!(?:smaller|lower|less|larger|higher|more|fewer|reduced)\b)[a-z][\w-]*\s+){0,2}budgets?\b")
_L_SETTING_RATIO_BEFORE_RE = re.compile(
    r"\b(?:with|at|under|using)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}ratios?\s*(?:of|=|:)?\s*$")

# A measure a comparative names right before a bracketed score ("higher predicted binding affinities (7.22").
_COMPARED_MEASURE_BRACKET_RE = re.compile(
    r"\b(?:higher|lower|better|superior|improved|greater|stronger)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*\($")
_BEST_NAMED_SCORE_RE = re.compile(
    rf"\b(?:lowest|highest|best|top)\s+({SCORE_NAME_TOKEN})\s*(?:\(|of\s+|=\s*|:\s*)$")


def _score_name_before(pre: str) -> str:
    """The score name standing just before a number ("BLEU of", "F1 =", "score of"), or ""."""
    toks = pre.split()[-6:]
    while toks and (toks[-1].lower().strip("(") in SCORE_LINK_WORDS or toks[-1] in "(~≈+"):
        toks.pop()
    if not toks:
        return ""
    last = toks[-1].strip(".,;:()[]\"'")
    base = re.sub(r"@\d+$", "", last)  # "MRR@10", "Recall@20": a score at a cut-off
    if last.lower() == "score" and len(toks) > 1 and _NAMED_TOKEN_RE.fullmatch(toks[-2]):
        return toks[-2] + " " + last  # "DINO score of 0.71": the score is the name's
    if any(form in SCORE_ACRONYM_SET or form.lower() in SCORE_WORD_SET
           or form != form.lower() and form.upper() in _SCORE_ACRONYMS_UPPER for form in (last, base)):
        return last  # "nDCG", "Rouge-L": an acronym in mixed case
    if len(toks) > 1 and (toks[-2].lower() + " " + last.lower()) in SCORE_BIGRAM_SET:
        return toks[-2] + " " + last
    reached = _REACHED_NAMED_SCORE_RE.search(pre) or _BEST_NAMED_SCORE_RE.search(pre)
    if reached:
        return reached.group(1)  # "achieves a CLIP-I of 0.87", "the lowest MASE (0.82)": a named score reached
    compared = _COMPARED_MEASURE_BRACKET_RE.search(pre) if pre.endswith("(") else None
    if compared and compared.group(1).split()[-1] not in ("number", "amount", "level"):
        return compared.group(1)  # "higher predicted binding affinities (7.22": the measure compared
    return ""


def _label_before(lpre: str) -> bool:
    """True for labels and names before a bare number ("Table 2", "Step 3", "top-5")."""
    toks = lpre.split()
    if not toks or not lpre.endswith((" ", "(", "#")):
        return False
    last = toks[-1].strip(".(#:")
    return last in LABEL_WORDS


# "on MMLU (79.2 vs. 79.5)": scores set side by side on a named benchmark.
_ON_NAME_BRACKET_RE = re.compile(r"\b(?:on|in|and)\s+[A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*)?\s\($")
_L_CHANGE_OF_RE = re.compile(
    r"\b(?:increase|decrease|drop|gain|improvement|reduction|degradation|loss)\s+of\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|up\s+to\s+|over\s+)?$"
)
_L_REACH_RE = re.compile(rf"\b{REACH_VERB_STEMS}\w*\b")
_L_REACHES_BEFORE_RE = re.compile(rf"\b{REACH_VERB_STEMS}\w*\s+(?:only\s+|just\s+)?$")
# A system's name and an opening bracket ("GPT-3.5 ("): what follows may be its score.
_SYSTEM_BRACKET_BEFORE_RE = re.compile(r"(?<![\w.-])[A-Za-z][\w.-]*(?:[A-Z][\w.-]*|\d[\w.-]*)\s\($")


# The end of a bracketed score, or an interval after it ("(5.81)", "(5.81 [4.97-6.76])", "(5.81, 95% CI ...").
_BRACKET_CLOSE_AFTER_RE = re.compile(r"\)|\s\[[\d.]+\s?[-–,]\s?[\d.]+\]\)")


def _cap_name_before(pre: str) -> bool:
    """True when a capitalised or camel-case word directly precedes the number
    ("Llama 3", "AlpacaEval 2.0", "ERNIE 3.0"): a version or model name."""
    if not pre.endswith(" ") or pre.endswith("  "):
        return False
    toks = pre.split()
    if not toks:
        return False
    tok = toks[-1].lstrip("(/")
    return bool(tok) and (tok[0].isupper() or any(ch.isupper() for ch in tok[1:])) and tok[-1:] not in ",.;:)"


def _accept(text: str, low: str, c: _Cand, cands: list[_Cand], idx: int,
            s_lo: int, s_hi: int) -> bool:
    """The setup-number filter: is this candidate a claimed number?

    Why each rule: %, x and points are outcome units unless the context marks
    a setting ("50% sparsity", "8x A100"); unit words must be outcome units
    (time, memory, throughput) and not settings ("for 3 days", "24GB GPU");
    scaled numbers (7B, 200K) are sizes; bare numbers need a score context
    ("BLEU of 35.2", "from 68.2 to 81.5"); counts need an outcome frame
    ("state-of-the-art on 9 of these tasks").
    """
    if c.kind in ("reject", "scale"):
        return False
    if c.kind == "special":
        return True
    s, e = c.start, c.num_end
    pre = text[max(s_lo, s - 60):s]
    lpre = low[max(s_lo, s - 60):s]
    if "<" in pre and _OPEN_TAG_BEFORE_RE.search(pre):
        return False                      # inside an HTML tag, not "< 1%"
    if not c.is_word and _L_AFTER_SETUP_RE.match(low, e):
        return False
    tail = pre.rstrip()[-4:]
    if tail and (tail[-1] in "=<>≤≥" or tail.endswith(("\\le", "\\ge", "leq", "geq"))) \
            and _VARIABLE_BEFORE_RE.search(pre) and not _score_name_before(pre):
        return False                      # "k=3", "p<0.05"
    if c.unit == "dB" and re.match(r"\s*(?:snr|signal-to-noise)", low[c.end:c.end + 20]) \
            and re.search(r"\b(?:at|of|with|under|to)\s+(?:an?\s+)?$", lpre):
        return False                      # "with babble noise at 0 dB SNR": the condition a result is measured under
    if c.kind == "unit":
        if c.scale != 1.0:
            return False
        after = text[c.end:c.end + 40]
        lafter = low[c.end:c.end + 40]
        if c.unit == "x":
            return _accept_times(c, lpre, after, lafter)
        if c.unit == "points" and (c.value >= 100 or re.match(r"\s*(?:clouds?|per|sampled|likert|(?:[\w-]+\s+){0,2}scales?)\b", lafter)):
            return False                  # "2,048 points" of a point cloud, "a 5-point Likert scale": not score points
        if c.unit == "%":
            if _L_SET_TO_RE.search(lpre) or _L_TARGET_BEFORE_RE.search(lpre) \
                    or _L_WITH_OPENS_BEFORE_RE.search(lpre) and _L_SHARE_OF_CLAUSE_AFTER_RE.match(low, c.end):
                return False              # "we set the dropout rate to 10%": a chosen setting; "rounds to reach 80%"
            if _L_SPLIT_SHARE_AFTER_RE.match(lafter):
                return False              # "10% of the data for validation", "35% of which are long-tailed"
            if lafter.startswith(" of ") and (_L_WE_REMOVE_BEFORE_RE.search(lpre) or _L_PERTURBED_BEFORE_RE.search(lpre)):
                return False              # "we prune 50% of the weights", "flipping 50% of the labels": a manipulation
            _, np_after = _np_after(after)
            if np_after and (np_after.split()[0] in SETTING_NOUNS and np_after.split()[-1] not in _MEASURE_HEADS
                             or np_after.split()[-1] in ("noise", "dropout", "sparsity")):
                return False              # "50% sparsity", "with 40% symmetric noise": the setting a result is under
            if _L_OPERATING_POINT_AFTER_RE.match(lafter) and re.search(r"\d[^.;]{0,60}\bat\s+(?:a\s+|an\s+|the\s+)?$", lpre):
                return False              # "a 95% true positive rate at a 1% false positive rate": the operating point
            if "budget" in lafter[:40] and _L_BUDGET_AFTER_RE.match(lafter):
                return False              # "with a 20% cache budget": what the run is given, not what it reached
            if lafter.lstrip().startswith(("ci ", "ci)", "confidence", "quantile", "percentile")):
                return False
            if lafter.lstrip().startswith("level") and (re.search(r"\b(?:nominal|target|desired|significance)\s+$", lpre)
                                                       or lpre.endswith("at the ") and "significan" in lpre) \
                    or lafter.lstrip().startswith(("significance level", "confidence level")):
                return False              # "coverage at the nominal 90% level", "not significant at the 5% level"
            if "budget" in lpre and _L_BUDGET_BEFORE_RE.search(lpre) or _L_SETTING_RATIO_BEFORE_RE.search(lpre):
                return False              # "with a cache budget of 10%", "at a compression ratio of 25%": a setting
            if ("spars" in lpre or "prun" in lpre or "mask" in lpre or "dropout" in lpre) and re.search(
                    r"\b(?:sparsity|pruning|masking|mask|dropout)\s*(?:ratios?|rates?|levels?)?\s*"
                    r"(?:of|=|:|\(|at)?\s*(?:nearly|about|approximately|around|up\s+to|over|~)?\s*$", lpre):
                return False
            if _L_COMPOSITION_BEFORE_RE.search(lpre, max(0, len(lpre) - 30)):
                c.flags.add("composition")
                return False              # "a hybrid consisting of 43% Mamba-2 layers"
            if lpre.endswith(("top ", "top-", "top")):
                return False
        return True
    if c.kind == "word":
        return _accept_unit_word(low, c, pre, lpre, s_lo)
    # Bare numbers and numbers followed by a word.
    if c.is_word:
        return False
    if pre.endswith("$") and (c.kind == "bare" or (c.kind == "noun" and (re.match(
            r"\s(?:per|for|each|a)\b", low[e:e + 10]) or _L_FUNCTION_WORD_AFTER_RE.match(low, e)))):
        c.unit = "dollar"   # the unit word of "$", as the guidelines name units
        return True
    if low.startswith((" of ", " out of "), e):
        cm = _L_COUNT_OF_RE.match(low, e)
        if cm and c.value == int(c.value) and _L_OUTCOME_SENT_RE.search(low, s_lo, s_hi):
            c.kind = "count"
            c.unit = normalize_unit(cm.group("noun").split()[-1])
            c.end = cm.end("noun")
            return True
    surface = text[s:e].lstrip("+-−")
    if _YEAR_RE.match(surface) or _label_before(lpre[-30:]):
        return False
    if c.kind == "noun" and "from_to" in c.flags:
        c.unit = ""                       # "from 4.7 to 2.1 lambs per image": the new level of a change
        return True
    if c.kind == "noun" and _PER_NOUN_AFTER_RE.match(low, e):
        name = _score_name_before(pre)
        if name:
            c.unit, c.score_name = "", name   # "the lowest RMSE (4.1 births per week)": a named score in its own unit
            c.flags.add("per_unit")
            return True
    if c.kind == "noun":
        cn = _L_COUNT_NOUN_AFTER_RE.match(low, e)
        if cn and c.value == int(c.value) and _L_COUNT_SOTA_RE.search(lpre):
            c.kind = "count"
            c.unit = normalize_unit(cn.group("noun"))
            c.end = cn.end("noun")
            return True
        sa = _SCORE_AFTER_RE.match(text, e)
        if sa:
            c.unit = ""
            c.score_name = sa.group().strip()
            c.flags.add("score_after")
            pm = re.match(r"\s\S+(?:\s+\S+)?\s+points?\b", text[e:e + 40])
            c.end = e + pm.end() if pm else sa.end()
            if pm:
                c.unit = "points"
            return True
        if "." in surface and re.match(r"\s(?:on|in)\s+(?:the\s+)?[A-Z]", text[e:e + 12]) \
                and (_L_REACH_RE.search(low, max(s_lo, s - 120), s) or re.search(r"\bgets?\b", lpre)):
            c.unit = ""
            return True
        change = re.match(r"\s+([a-z-]+)", low[e:e + 20])
        if "." in surface and change and (change.group(1) in CHANGE_NOUN_INC or change.group(1) in CHANGE_NOUN_DEC):
            c.unit = "points"             # "4.2, 11.0 and 4.0 improvements on TextVQA": score changes
            return True
        if not _L_FUNCTION_WORD_AFTER_RE.match(low, e):
            return False                  # "13 tasks", "167 videos": a count of things
    named = _NAME_THEN_SCORE_RE.search(pre) if "." in surface and c.kind in ("bare", "noun") else None
    if named and named.group(1) not in LABEL_WORDS and _L_AFTER_SCORE_RE.match(low, e) \
            and (_L_PERF_CUE_RE.search(low, s_lo, s_hi) or _L_OUTCOME_SENT_RE.search(low, s_lo, s_hi)):
        c.kind, c.unit, c.end = "bare", "", e
        return True                       # "(MMLU: 71.2, GSM8K: 80.4)": a score on the name before it
    if c.sign and "." in surface and pre.endswith("(") and text.startswith(")", e) \
            and (_L_PERF_CUE_RE.search(low, s_lo, s_hi) or _L_OUTCOME_SENT_RE.search(low, s_lo, s_hi)):
        c.kind, c.unit = "bare", "points"  # "on ScienceQA (+3.2) and TextVQA (↑1.8)": a bracketed change of score
        return True
    if _cap_name_before(pre) and not _score_name_before(pre):
        return False
    if "." in surface and _BRACKET_CLOSE_AFTER_RE.match(text, e) and _SYSTEM_BRACKET_BEFORE_RE.search(pre) \
            and _L_BASELINE_RE.search(low, s_lo, s) and (_L_PERF_CUE_RE.search(low, s_lo, s_hi) or _L_REACH_RE.search(low, s_lo, s)):
        c.unit = ""                       # "exceeding GPT-3.5 (61.0)": a compared system's score
        return True
    if "." in surface and _L_CHANGE_OF_RE.search(lpre):
        # "a BLEU drop of only 0.4" is in points; "a perplexity increase of only 0.3" in perplexity
        c.unit = "" if _UNBOUNDED_MEASURE_RE.search(lpre[-40:]) else "points"
        return True
    if "factor" in lpre and re.search(r"\bfactor\s+of\s+(?:about\s+|up\s+to\s+|over\s+|nearly\s+|~)?$", lpre):
        if _L_SETTING_FACTOR_BEFORE_RE.search(lpre):
            return False                  # "with a capacity factor of 1.25": a setting, not a result
        c.unit = "x"
        return True
    # "from 68.2 to 81.5": both ends of a bare change are reported levels.
    if idx + 1 < len(cands) and lpre.endswith("from ") and not _L_RANGING_BEFORE_RE.search(lpre[:-5]):
        nxt = cands[idx + 1]
        if re.fullmatch(r"\s+to\s+", text[e:nxt.start]) and nxt.kind in ("bare", "noun") \
                and ("." in surface or "." in text[nxt.start:nxt.num_end]) \
                and _L_PERF_CUE_RE.search(low, s_lo, s_hi):
            nxt.flags.add("from_to")
            c.flags.add("from_to")
            c.unit = ""
            return True
    # "(69.48 vs. 72.41)", "10.8 compared to SOTA perplexity of 15.8": two scores set side by side.
    if idx + 1 < len(cands) and "." in surface:
        nxt = cands[idx + 1]
        gap = text[e:nxt.start]
        if nxt.kind in ("bare", "noun") and "." in text[nxt.start:nxt.num_end] and len(gap) <= 40 \
                and _VS_GAP_RE.match(gap) and (_L_PERF_CUE_RE.search(low, s_lo, s_hi) or _score_name_before(pre)
                                               or _ON_NAME_BRACKET_RE.search(pre)):
            nxt.flags.add("vs_pair")
            c.unit = ""
            name = _score_name_before(pre)  # "MT-Bench (7.9 vs. 8.1)": the score both are in
            before_name = pre[:pre.rfind(name)] if name else ""
            c.score_name = "" if name.lower() == "precision" and NUMBER_FORMAT_BEFORE_RE.search(before_name) else name
            return True                   # ... but "full precision (69.48 vs. 72.41)" is a number format
    if "." in surface and idx > 0 and cands[idx - 1].accepted and _VS_BEFORE_RE.search(lpre) \
            and s - cands[idx - 1].end <= 12:
        c.unit = ""
        c.flags.add("vs_pair")            # "48.3 mIoU (vs. 45.1 for UPerNet)": the level it is set against
        return True
    if "." in surface and (_L_CHANGE_BY_RE.search(lpre) or _L_ERROR_FALL_BY_RE.search(lpre)):
        c.unit = "points"                 # "surpass their counterparts by 2.7": a score difference
        return True
    if _L_UP_FROM_RE.search(lpre) and "." in surface and _L_PERF_CUE_RE.search(low, s_lo, s_hi):
        c.unit = ""                       # "to 0.78, up from 0.71": the level it rose from is reported too
        return True
    c.score_name = _score_name_before(pre)
    if c.score_name or "score_chain" in c.flags or "from_to" in c.flags or "vs_pair" in c.flags:
        c.unit = ""
        if "score_chain" in c.flags and c.kind == "noun":
            c.kind = "bare"               # "to 0.0612, 0.0398 and 0.0701 on X": levels like the first, not changes
        return True
    if c.sign == "+" and re.search(r"\b(?:f1|bleu|rouge\S*|accuracy|points?|score)\s*$", lpre):
        c.unit = ""
        return True
    if c.sign == "+" and "." in surface and _L_OVER_AFTER_RE.match(low, e) and _L_PERF_CUE_RE.search(low, s_lo, s_hi):
        c.unit = "points"                 # "45.3 BLEU, +1.2 over prior work": a score difference
        return True
    return False


def _accept_times(c: _Cand, lpre: str, after: str, lafter: str) -> bool:
    """Accept "2.2x" / "15 times" / "3-fold" unless it is a hardware count,
    a dimension or a repetition count ("we run each prompt 5 times")."""
    if _HARDWARE_AFTER_RE.match(after) or re.match(r"\s?[0-9]", after):
        return False
    if after[:1].isalpha():
        return False                      # "4timesRTX": a lost multiplication sign
    raw = c.raw_unit.strip().lower()
    if raw.endswith("fold") and lafter.lstrip().startswith("cross"):
        return False
    if _L_AT_A_RATE_RE.match(lafter) and re.search(r"\b(?:at|with|under)\s+(?:a|an)\s+$", lpre):
        return False                      # "at a 10x compression rate": the setting results are reported at
    if raw in ("times", "fold", "-fold") or c.is_word:
        # Unlike "2.2x", "5 times" / "two-fold" also mean repetition or
        # "in two parts"; require a change word next to them.
        cue_after = re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:" + COMPARATIVES + r"|as\b|speed|reduction|"
                             r"improvement|increase|decrease|decrement|acceleration|gain|boost|"
                             r"throughput|[a-z]{3,}er\s+than\b)", lafter) or re.match(r"\s*the\s+\w+\s+of", lafter)
        cue_before = re.search(r"\b(?:by|of|speedup|speed-up|to|achieves?|achieving|delivers?|"
                               r"yields?|provides?|offers?|with)\s+(?:up\s+to\s+|about\s+|over\s+|"
                               r"more\s+than\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|"
                               r"(?:a|an)\s+(?:[a-z]+\s+)?)?$|(?:times|x|×|fold)\s?\(\s*$", lpre)
        # ("by a remarkable four times"; "up to 15times (11.5times)": a bracketed restatement)
        listed = re.match(r"\s?(?:,\s?|\s)(?:and\s|or\s)?[0-9.]+\s?(?:times|-?fold)", lafter) or \
            re.search(r"[0-9.]\s?(?:times|-?fold),?\s(?:and\s|or\s)?$", lpre)
        if not (cue_after or cue_before or listed):
            return False
    return True


_L_ENERGY_MEASURE_BEFORE_RE = re.compile(r"\b(?:energy|energies|affinit(?:y|ies))\s+(?:of\s+|=\s*|:\s*)?(?:about\s+|around\s+)?[-−]?$")
_L_ERROR_MEASURE_RE = re.compile(r"\b(?:distances?|errors?|deviations?|drift|hd95|assd|rmse|mae|ate|rpe)\b")


def _accept_unit_word(low: str, c: _Cand, pre: str, lpre: str, s_lo: int) -> bool:
    """Accept time / memory / throughput / compute quantities that are outcomes.

    Rejects settings: durations of data ("10 hours of speech", "5-second
    clips"), training budgets ("for 3 days"), hardware memory ("24GB GPU",
    "(24G)"), quantisation widths ("to 4 bits") and scaled compute budgets
    ("120 million exaflops").
    """
    unit = c.unit or ""
    lafter = low[c.end:c.end + 40]
    if c.scale != 1.0 and unit not in SCALABLE_UNITS:
        return False
    if unit in TIME_UNITS:
        if _L_TIME_AFTER_SETUP_RE.match(lafter) or _L_FOR_BEFORE_RE.search(lpre, max(0, len(lpre) - 40)):
            return False
        if _L_AT_TIME_BEFORE_RE.search(lpre, max(0, len(lpre) - 30)):
            return False  # "lower RMSE at 5 days", "at a lead time of 72 hours": the point measured at
        if _L_DATA_IN_BRACKETS_RE.search(lpre, max(0, len(lpre) - 40)):
            return False  # "our FarmSpeech corpus (120 hours)": the size of the data
        return True
    if c.is_word:
        return False
    if unit in MEMORY_UNITS:
        # Hardware memory ("24GB GPU", "A100 (80GB)") and data sizes ("825GB
        # of text", "a corpus exceeding 6TB") are setup, not outcomes.
        if _L_MEMORY_NEED_BEFORE_RE.search(lpre, max(0, len(lpre) - 25)) \
                or _L_USING_MEMORY_RE.search(lpre, max(0, len(lpre) - 20)) and _MEMORY_AFTER_RE.match(lafter):
            return True
        if re.match(r"\s?(?:gpus?|memory|vram|ram|hbm|cards?|devices?|of)\b", lafter):
            return False
        if pre.endswith("(") and re.search(r"[A-Z0-9][\w-]*\s?\($", pre):
            return False
        if _L_MEMORY_SETUP_BEFORE_RE.search(lpre, max(0, len(lpre) - 25)):
            return False
        if _L_DATA_CONTEXT_RE.search(lpre, max(0, len(lpre) - 40)):
            return False
        return True
    if unit in ERROR_UNITS:
        # not "5 mm slices"; but a named score or a binding energy in kcal/mol is a level ("a Vina score of -7.9 kcal/mol")
        return bool(_L_ERROR_MEASURE_RE.search(low, s_lo, c.start) or _score_name_before(pre)
                    or _L_ENERGY_MEASURE_BEFORE_RE.search(lpre))
    if unit in ("bit", "byte"):
        if c.link or _L_QUANT_BEFORE_RE.search(low, max(s_lo, c.start - 60), c.start):
            return False
        return bool(re.match(r"\s?(?:of|per)\b", lafter))
    return True


def find_claims(text: str, sentences: Sequence[tuple[int, int]],
                entities: Sequence[Mapping[str, Any]] = (), own: str | None = None) -> list[dict[str, Any]]:
    """Find claimed numbers in `text`.

    text: the abstract (plain str).
    sentences: (start, end) character spans of the sentences of `text`, in
        order, covering it.
    entities: entity mentions already found in `text`, each a mapping with
        keys "start", "end" (char offsets into text), "type" (one of method,
        model, dataset, benchmark, metric, task) and "name" (the canonical
        entity name to report), and "proposed" (the paper's own).
    own: the paper's own method or model, as the title names it ("MPTQ-ViT: ..."): it outranks the
        components an abstract introduces before it; without it, the first proposed method/model
        mention is the paper's own.

    Returns one dict per claim, in text order, with keys:
        text, start, end -- exact substring: text[start:end] == text (the
            shortest span holding number, unit and qualifier)
        value (float), unit (str: "%", "x", "points", a singular lower-case
        unit word, or ""), metric (str | None, a few lower-case words),
        direction ("increase" | "decrease" | "none"), qualifier (one of
        "up to", "average", "about", "more than", "at least", "less than",
        or None), subject (str | None: name of a method/model entity),
        benchmark (str | None: name of a benchmark/dataset entity),
        baseline (str | None), sentence (str: text of the sentence holding
        the claim)

    Never raises on malformed input: unexpected input yields fewer claims.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find_claims(text, sentences, entities, own)
    except Exception:  # pragma: no cover - last-resort guard; a rule bug must not stop the pipeline
        return []


def _find_claims(text: str, sentences: Any, entities: Any, own: str | None = None) -> list[dict[str, Any]]:
    """Implementation of :func:`find_claims` (inputs already type-checked)."""
    n = len(text)
    low = text.lower()
    if len(low) != n:
        low = text.translate(_ASCII_LOWER)
    sents = _sanitize_sentences(text, sentences)
    starts = [s for s, _ in sents]
    ents = _sanitize_entities(text, entities)
    metric_ents = [(s, e, name) for s, e, t, name, _ in ents if t == "metric"]
    own = (own if isinstance(own, str) else None) or next((e[3] for e in ents if e[4] and e[2] in ("method", "model")), None)

    skip = _skip_spans(text, low)
    cands = _scan_digits(text, skip)[:MAX_CANDIDATES]
    words = _scan_number_words(low, skip)[:MAX_CANDIDATES]
    specials = _scan_specials(low, skip)[:MAX_CANDIDATES]
    if words:
        cands = sorted(cands + words, key=lambda c: c.start)
    _reject_numbers_in_names(cands, ents)
    _link_groups(text, cands)
    if specials:
        covered = sorted((sp.start, sp.end) for sp in specials)
        cands = [c for c in cands if not _in_spans(c.start, covered)]

    accepted: list[_Cand] = []
    last_score = -2
    bench_starts = {e[0] for e in ents if e[2] in ("benchmark", "dataset")}
    for i, c in enumerate(cands):
        if c.kind in ("reject", "scale"):
            continue
        s_lo, s_hi = _window(starts, sents, c, n)
        between = text[cands[i - 1].end:c.start] if i else ""
        if last_score == i - 1 and c.kind in ("bare", "noun") and (
                _LIST_SEP_RE.match(between) or _RANGE_SEP_RE.fullmatch(between.replace("+", ""))):
            c.flags.add("score_chain")    # "F1 +0.12 to +0.23", "BLEU 31.2, 33.0 and 35.1"
        ok = _accept(text, low, c, cands, i, s_lo, s_hi)
        if not ok and c.kind in ("bare", "noun"):
            # "an FID of 6.1 ..., compared with 7.3 for Stable Diffusion": a bare score set against one (a whole
            # number too: "an FVD of 241 ..., compared with 347 for X"); "scores 71.2 on MMLU, while the 1B model
            # reaches 45.0": one reached beside one
            j = max((k for k in range(i) if cands[k].accepted), default=-1)
            decimal = "." in text[c.start:c.num_end]
            if j >= 0 and cands[j].unit == "" and cands[j].end >= s_lo and (
                    _set_against(text, cands[j].end, c.start) and (decimal or "." not in text[cands[j].start:cands[j].num_end])
                    or decimal and _L_REACHES_BEFORE_RE.search(low, max(s_lo, c.start - 20), c.start)
                    # "versus 6.88 for GPTQ and 5.86 for AWQ": the next compared system's score
                    or decimal and "set_against" in cands[j].flags and _NEXT_COMPARED_GAP_RE.fullmatch(text, cands[j].end, c.start)
                    # "scores 78.5 on MMBench, 1520 on MME and ...": the next item of a list of scores on benchmarks
                    or _ON_ITEM_GAP_RE.fullmatch(text, cands[j].end, c.start) and _on_benchmark(text, c.num_end, bench_starts)):
                ok, c.unit, c.end = True, "", c.num_end
                c.flags.add("set_against")
        if ok and i > 0 and c.kind == "unit" and c.unit == "%":
            # Members of a list of settings are settings too: "sparsity ratios
            # (70%, 75%, 80%)", "consisting of 43% code, 7% math and 50% prose".
            j = i - 1
            while j > 0 and cands[j].kind == "reject":
                j -= 1                    # a number inside a name between them ("43% Mamba-2, 7% ...")
            prev = cands[j]
            prev_ok = prev.accepted
            if "borrowed" in prev.flags:
                # members that borrowed the unit are not decided yet: the list stands or falls with the
                # context of its first member ("sparsity ratios (70, 75, 80%)")
                while j > 0 and "borrowed" in cands[j - 1].flags and cands[j - 1].inherited_from == j:
                    j -= 1
                prev_ok = _accept(text, low, cands[j], cands, j, *_window(starts, sents, cands[j], n))
            if prev.kind == "unit" and prev.unit == "%" and not prev_ok and (
                    _LIST_SEP_RE.match(text, prev.end, c.start) or (
                    "composition" in prev.flags and _COMPOSITION_LIST_RE.fullmatch(text, prev.end, c.start))):
                ok = False
                c.flags.update(prev.flags & {"composition"})
        if "borrowed" in c.flags:
            continue                      # decided with its partner below
        if ok:
            c.accepted = True
            accepted.append(c)
            if "score_chain" in c.flags and cands[i - 1].unit == "points":
                c.unit = "points"         # "by 2.7 and 2.9": the list shares its unit
            if c.unit in ("", "points") and c.kind in ("bare", "noun"):
                last_score = i
    # A number that borrowed its unit ("3" in "3-5 BLEU points") stands or
    # falls with the partner it borrowed from.
    for c in reversed(cands):
        if "borrowed" in c.flags and c.kind not in ("reject", "scale"):
            p = cands[c.inherited_from]
            if p.accepted:
                c.accepted = True
                c.unit, c.score_name = p.unit, p.score_name
                c.flags.update(p.flags & {"score_after"})
                accepted.append(c)
    accepted += _lists_named_by_a_score_after(text, low, cands)
    accepted.extend(specials)
    accepted.sort(key=lambda c: c.start)

    index = {id(c): k for k, c in enumerate(cands)}
    claims: list[dict[str, Any]] = []
    first_sentence: dict[tuple[float, str], tuple[int, dict[str, Any]]] = {}
    sentence_text: dict[int, str] = {}
    prev_end = setup_end = 0
    accepted_starts = [c.start for c in accepted]
    for c in accepted:
        sent_lo, sent_hi = _sentence_bounds(starts, sents, c.start, n)
        s_lo, s_hi = _window(starts, sents, c, n)
        nxt = bisect.bisect_left(accepted_starts, _group_span(c, cands, index)[1])  # the next claim's number
        ceiling = accepted_starts[nxt] if nxt < len(accepted_starts) else None
        claim = _build_claim(text, low, c, cands, index, s_lo, s_hi, ents, metric_ents, own,
                             prev_end if prev_end <= c.start else 0, ceiling)
        prev_end = c.end
        if claim["unit"] == "x" and claim["direction"] == "increase" and claim["metric"] in _GROWTH_MEASURES \
                and not _GAIN_NOUN_AFTER_RE.match(text, claim["end"]):
            setup_end = _GROWTH_END_RE.match(text, claim["end"]).end()
            continue   # "175 billion parameters, 10x more than any previous model", "8x deeper": how big, a setup;
            # but "an 8x increase in model size" over the state of the art is what a system achieved
        if claim["unit"] == "x" and setup_end and _LIST_JOIN_RE.fullmatch(text, setup_end, claim["start"]) \
                and _SETUP_COMPARATIVE_AFTER_RE.match(text, claim["end"]):
            continue   # "(1000x larger and 25x longer)": listed with how big, how long it was trained
        key = (round(claim["value"], 6), claim["unit"])
        first = first_sentence.setdefault(key, (sent_lo, claim))
        if first[0] != sent_lo and _same_quantity(first[1], claim):
            continue   # the same number restated in another sentence is one claim
        if sent_lo not in sentence_text:
            sentence_text[sent_lo] = text[sent_lo:sent_hi].strip()
        claim["sentence"] = sentence_text[sent_lo]
        if claims and claims[-1]["start"] == claim["start"] and claims[-1]["end"] == claim["end"]:
            # Two numbers of one range ("2-3x"): same context, same attributes.
            prev = claims[-1]
            for key2 in ("direction", "qualifier", "_dsrc"):
                claim[key2] = prev[key2]
            if claim["_strength"] > prev["_strength"]:
                prev["metric"], prev["_strength"] = claim["metric"], claim["_strength"]
            else:
                claim["metric"], claim["_strength"] = prev["metric"], prev["_strength"]
        claims.append(claim)
    _share_list_attributes(text, claims)
    _share_change_levels(text, claims)
    _share_compared_attributes(text, claims, ents)
    _share_parallel_compared(text, claims, ents)
    _share_parallel_margins(text, claims, ents)
    _bracketed_owners(text, claims, ents)
    _align_respectively(text, low, claims, ents, own)
    _share_sentence_measure(claims)
    for cl in claims:
        del cl["_strength"], cl["_num_start"], cl["_dsrc"]
    claims.sort(key=lambda d: (d["start"], d["end"]))
    return claims


_GROWTH_END_RE = re.compile(r"\s*(?:larger|bigger|deeper|wider|more\s+parameters)?")
_LIST_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
_SETUP_COMPARATIVE_AFTER_RE = re.compile(r"\s*(?:longer|larger|bigger|deeper|wider)\b")
_GAIN_NOUN_AFTER_RE = re.compile(r"\s+(?:increase|improvement|gain|boost)s?\b")
# Measures of how big a model or its data is: a factor by which they grow describes the setup, not a result.
_GROWTH_MEASURES = frozenset({"parameters", "number of parameters", "model size", "size", "deeper", "depth", "layers",
                            "number of layers", "larger", "bigger", "wider", "width", "dataset size"})
_LIST_BETWEEN_RE = re.compile(r"\$?\s?(?:,|;|/|&|-{1,3}|–|—)?\s?(?:and|or|vs\.?)?\s?\$?")  # "$2\times$--$5\times$"
_PARALLEL_BETWEEN_RE = re.compile(r"\s(?:for|on|in)\s[^,;.()%]{1,80}?(?:,\s?(?:and\s)?|\s(?:and|or)\s)(?:by\s)?")
_PAREN_BETWEEN_RE = re.compile(r"\s?\(\s?(?:i\.e\.,?\s|or\s|about\s|~)?")


def _share_sentence_measure(claims: list[dict[str, Any]]) -> None:
    """A number that names no measure is in the measure of the sentence's previous number of its unit
    ("counts correctly on 64.2% of images, while humans reach 98.5%")."""
    for a, b in zip(claims, claims[1:]):
        if b["metric"] is None and a["metric"] and a["unit"] == b["unit"] and a["sentence"] == b["sentence"]:
            b["metric"] = a["metric"]


def _same_quantity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Could two claims with equal value and unit be one restated number?

    Yes unless both name clearly different metrics (no shared word and both
    found next to the number), or they change things opposite ways ("100 times easier", then "compressing
    networks by more than 100 times").
    """
    if {a["direction"], b["direction"]} == {"increase", "decrease"}:
        return False
    if a["_strength"] < 2 or b["_strength"] < 2 or not a["metric"] or not b["metric"]:
        return True
    return bool(set(a["metric"].split()) & set(b["metric"].split()))


def _share_list_attributes(text: str, claims: list[dict[str, Any]]) -> None:
    """Share attributes inside lists and parenthetical restatements.

    In "achieves 1.9%, 1.3% and 3.6% higher accuracy" the cue after the last
    member governs all members (backward pass); in "throughputs of 38.4%,
    36.1%, and 32.0%" the metric before the head governs the rest (forward
    pass); "by 1.14 points (6.7%)" restates the same change.
    """
    linked = [False] * len(claims)
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        if b["unit"] == a["unit"] and b["_num_start"] >= a["end"] and not b["text"][:1].isalpha():
            # ... not a verb of its own ("to 78.9% and halves the error rate")
            between = text[a["end"]:b["_num_start"]]
            linked[i] = len(between) <= 8 and bool(_LIST_BETWEEN_RE.fullmatch(between))
    for i in range(len(claims) - 2, -1, -1):
        a, b = claims[i], claims[i + 1]
        if not linked[i]:
            continue
        if b["_dsrc"] == "after" and a["_dsrc"] != "after":
            a["direction"], a["_dsrc"] = b["direction"], "after"
        if b["_strength"] == 3 and a["_strength"] < 2 or (a["metric"] is None and b["metric"]):
            a["metric"], a["_strength"] = b["metric"], b["_strength"]
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        if linked[i] and b["_strength"] < 2 and a["metric"]:
            b["metric"], b["_strength"] = a["metric"], a["_strength"]
        one_list = b["end"] == a["end"] and b["unit"] == a["unit"] and a["_num_start"] < b["_num_start"] < a["end"]
        if one_list and a["metric"] and b["_strength"] <= a["_strength"]:
            # "improves CIDEr by 14.2, 9.8 and 11.5 points and METEOR by ...": one list, one measure
            b["metric"], b["_strength"] = a["metric"], a["_strength"]
        same_range = (a["start"], a["end"]) == (b["start"], b["end"])
        parallel = b["unit"] == a["unit"] and b["_num_start"] >= a["end"] \
            and bool(_PARALLEL_BETWEEN_RE.fullmatch(text, a["end"], b["_num_start"]))
        if b["_dsrc"] == "default" and a["direction"] != "none" and b["unit"] == a["unit"] and (same_range or parallel):
            b["direction"] = a["direction"]  # "by 3% for X, 7% for Y and 5.5~9% for Z": one change, item by item
        if parallel and a["metric"] and b["_strength"] < 2 <= a["_strength"]:
            b["metric"], b["_strength"] = a["metric"], a["_strength"]  # "by 22% in simulation and by 14% on a farm"
        if b["_dsrc"] == "paren" and b["_num_start"] >= a["end"] and _PAREN_BETWEEN_RE.fullmatch(
                text, a["end"], b["_num_start"]) and text[b["end"]:b["end"] + 2].lstrip()[:1] == ")":
            b["direction"] = a["direction"]
            if b["metric"] is None or b["_strength"] < 2:
                b["metric"] = a["metric"]


# From a result to the number it is set against: "85.2% accuracy compared to ", "62% pass@1, versus ".
_COMPARED_GAP_RE = re.compile(r"(?:,?\s+[A-Za-z0-9][\w@.-]*){0,4},?\s+\(?(?:compared\s+(?:to|with)|versus|vs\.?|up\s+from|down\s+from)\s+")
# A resolution or size between a result and what it is compared with ("on MS-COCO 256x256, compared with").
_SIZE_TOKEN_RE = re.compile(r"\s\d+x\d+\b")


def _set_against(text: str, result_end: int, number_start: int) -> bool:
    """Whether the number at ``number_start`` is set against the result ending at ``result_end``."""
    return bool(_COMPARED_GAP_RE.fullmatch(_SIZE_TOKEN_RE.sub("", text[result_end:number_start])))
# Whose the compared number is: "80.1% for GPT-4", "95.5% with DrugGPT", "48% by the baseline".
_WHOSE_RE = re.compile(r"\s+(?:for|with|by|of|from)\s+(?:(?:the|a|an)\s+)?")
# From one compared number to the next: "38.1% for Llama-2-70B and ", "38.1% with GPT-4, ".
_NEXT_COMPARED_GAP_RE = re.compile(r"\s+(?:for|with|by)\s+(?:the\s+)?[\w.+-]+(?:\s[\w.+-]+)?,?\s+(?:and\s+)?|,\s+")


def _share_change_levels(text: str, claims: list[dict[str, Any]]) -> None:
    """The new level of a change ("cuts the training time from 10 days to 3 days") is a level of the old
    level's measure: it takes that measure where its own is only its unit, and the old level's direction."""
    for a, b in zip(claims, claims[1:]):
        if b["unit"] == a["unit"] and b["_num_start"] >= a["end"] and _changed_from(text, a["_num_start"]) \
                and re.fullmatch(r"\s+to\s+", text[a["end"]:b["_num_start"]]):
            counted = re.match(r"\s+([a-z]+s)\b", text[b["end"] : b["end"] + 30])  # "to 2.1 lambs per image"
            if a["metric"] and (b["metric"] in (None, b["unit"]) or b["_strength"] < 2
                                or counted and b["metric"] == _singular(counted.group(1)) and a["_strength"] >= 2):
                b["metric"], b["_strength"] = a["metric"], a["_strength"]
            b["direction"] = a["direction"]


# From one margin to the next of a comparison list: "... by 4.4 points and majority voting by ", but not
# "... and on CHiME-6 by 12%", which names where the next margin was measured, not over what.
# (not a second verb of change: "reduces memory by 2.3x and speeds up training by 3x" are two results)
_NEXT_MARGIN_GAP_RE = re.compile(
    r"\s+(?:and|,)\s+(?:(?:the|over|than)\s+)?(?!(?:on|in|at|for|across|with|under|when|while)\s)"
    rf"(?!(?:{CHANGE_VERB_STEMS}|speed|accelerat|shrink|shorten|halv|doubl)\w*\s)((?:[\w.+-]+\s+){{1,5}}?)by\s+"
    r"(?:up\s+to\s+|about\s+)?"
)


def _share_parallel_margins(text: str, claims: list[dict[str, Any]],
                            ents: list[tuple[int, int, str, str, bool]]) -> None:
    """The margins of one comparison listed with their systems ("outperforming ORMs by 4.4 points and
    majority voting by 7.9 points"): each later margin is over its own system, for the same subject and
    in the same measure; the system's name is no measure."""
    systems = {e[0]: e for e in ents if e[2] in ("method", "model")}
    measures = {e[0] for e in ents if e[2] == "metric"}
    for a, b in zip(claims, claims[1:]):
        if b["unit"] != a["unit"] or a["baseline"] is None or b["_num_start"] < a["end"]:
            continue
        gap = _NEXT_MARGIN_GAP_RE.fullmatch(text, a["end"], b["_num_start"])
        if gap is None or gap.start(1) in measures or _score_name_before(text[:gap.end(1)] + " "):
            continue  # "raises chrF++ by 6.2 and BLEU by 4.5": the next item is a measure, not a system
        system = systems.get(gap.start(1))
        for c in claims[claims.index(b):]:
            if c is not b and (c["end"] != b["end"] or c["unit"] != b["unit"]):
                break  # ... and so is the rest of its own list ("and SimPO by 1.3 and 2.0 points")
            c["baseline"] = system[3] if system else gap.group(1).strip()
            c["subject"] = a["subject"]
            if a["metric"]:
                c["metric"], c["_strength"] = a["metric"], a["_strength"]


def _share_compared_attributes(text: str, claims: list[dict[str, Any]],
                               ents: list[tuple[int, int, str, str, bool]]) -> None:
    """A number set against a result ("achieves 85.2% accuracy compared to 80.1% for GPT-4") is the same
    measure reached by what it is compared with: it takes the result's metric where it names none of its own,
    the system named after it is its subject, and that system is the result's baseline. So is each number
    listed after it with its own system ("compared to 38.1% for Llama-2-70B and 40.3% for GPT-3.5"), and so
    are the numbers of a list that names one system after its last ("compared with 76.0% and 70.1% for X")."""
    systems = {e[0]: e for e in ents if e[2] in ("method", "model")}
    result: dict[str, Any] | None = None  # the result the numbers in hand are set against
    unowned: list[dict[str, Any]] = []  # compared numbers listed before the one that names their system
    for a, b in zip(claims, claims[1:]):
        if b["unit"] != a["unit"] or b["_num_start"] < a["end"]:
            result = None
            continue
        if _set_against(text, a["end"], b["_num_start"]):
            result, unowned = a, []
        elif result is None or not (_NEXT_COMPARED_GAP_RE.fullmatch(text, a["end"], b["_num_start"])
                                    or a in unowned and _LIST_SEP_RE.fullmatch(text, a["end"], b["_num_start"])):
            result = None
            continue
        if result["metric"] and (b["metric"] is None or b["_strength"] < 2):
            b["metric"], b["_strength"] = result["metric"], result["_strength"]
        whose = _WHOSE_RE.match(text, b["end"])
        system = systems.get(whose.end()) if whose else None
        if system is None:
            unowned.append(b)
            continue
        if not system[4]:
            for c in (*unowned, b):
                c["subject"] = system[3]
                if c["baseline"] == system[3] or c["baseline"] and text.find(c["baseline"], whose.end()) >= 0:
                    c["baseline"] = None      # what reached it, or a comparison further on, is no baseline of it
            if result["baseline"] is None or result is a and text.find(result["baseline"], b["end"]) >= 0:
                result["baseline"] = system[3]  # the system set against the result, over one compared further on
        unowned = []


def _share_parallel_compared(text: str, claims: list[dict[str, Any]],
                             ents: list[tuple[int, int, str, str, bool]]) -> None:
    """Results in several units set against as many numbers of another system, in order ("21.4 tokens/s and
    310 ms, versus 9.8 tokens/s and 780 ms for llama.cpp"): each compared number is that system's, in its
    counterpart's measure, and the system is each result's baseline."""
    systems = {e[0]: e for e in ents if e[2] in ("method", "model")}
    for i in range(1, len(claims)):
        if not _set_against(text, claims[i - 1]["end"], claims[i]["_num_start"]):
            continue
        j = i + 1
        while j < len(claims) and _LIST_SEP_RE.fullmatch(text, claims[j - 1]["end"], claims[j]["_num_start"]):
            j += 1
        compared, results = claims[i:j], claims[max(0, 2 * i - j):i]
        whose = _WHOSE_RE.match(text, compared[-1]["end"])
        system = systems.get(whose.end()) if whose else None
        if len(compared) < 2 or len(results) != len(compared) or system is None or system[4] \
                or [c["unit"] for c in results] != [c["unit"] for c in compared] or len({c["unit"] for c in results}) < 2 \
                or any(c["sentence"] != compared[0]["sentence"] for c in results):
            continue  # one unit throughout is a list _share_compared_attributes already reads
        for result, other in zip(results, compared):
            other["subject"], other["baseline"] = system[3], None
            other["metric"] = result["metric"] or other["metric"]
            result["baseline"] = result["baseline"] or system[3]


def _bracketed_owners(text: str, claims: list[dict[str, Any]], ents: list[tuple[int, int, str, str, bool]]) -> None:
    """A result in brackets right after a method or model is that system's ("outperforming GPT-4-0125
    (85.9%) and GPT-4o (84.7%)"): the system is its subject, and another system's score has no baseline."""
    systems = {e[1]: e for e in ents if e[2] in ("method", "model")}
    for c in claims:
        bracket = text.rfind("(", max(0, c["start"] - 14), c["start"])
        inside = text[bracket + 1:c["start"]].strip() if bracket >= 0 else ""
        if bracket < 0 or inside and not (_score_name_before(inside + " ") and " " not in inside):
            continue  # "(85.9%)" or "(FAD 1.89)": a score, perhaps named, right after the system
        system = systems.get(len(text[:bracket].rstrip()))
        if system is not None:
            c["subject"] = system[3]
            if not system[4] or c["baseline"] == system[3]:
                c["baseline"] = None      # a compared system's own score is compared with nothing
    # "matches dense attention on Kinetics (82.1% vs. 82.3%)": the second of a bracketed pair is the compared
    # system's, which is the first's baseline
    for a, b in zip(claims, claims[1:]):
        if a["unit"] != b["unit"] or text.rfind("(", max(0, a["start"] - 3), a["start"]) < 0 \
                or b["_num_start"] < a["end"] or not _VS_BETWEEN_RE.fullmatch(text, a["end"], b["_num_start"]):
            continue
        opening = text.rfind(a["sentence"][:40], 0, a["start"] + 1) if a.get("sentence") else -1
        lo = max(opening, a["start"] - 200, 0)  # within the sentence
        cue = max(_PAIRED_WITH_RE.finditer(text.lower(), lo, a["start"]), key=lambda m: m.start(), default=None)
        compared = next((e for e in ents if cue is not None and e[2] in ("method", "model") and cue.end() <= e[0]
                         and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", text[cue.end():e[0]])), None)  # "the dense X"
        if compared is not None and compared[3] != a["subject"]:
            b["subject"], b["baseline"] = compared[3], None
            a["baseline"] = a["baseline"] or compared[3]


_VS_BETWEEN_RE = re.compile(r"\s*(?:vs\.?|versus)\s*")
# A verb or cue that pairs a result with another system's ("matches X", "on par with X", "than X").
_PAIRED_WITH_RE = re.compile(r"\b(?:match(?:es|ed|ing)?|rival(?:s|ed|ing)?|on\s+par\s+with|than|over|compared\s+(?:to|with)|"
                             r"versus|against|outperform\w*|surpass\w*|exceed\w*)\s+(?:the\s+)?")


_RESPECTIVELY_RE = re.compile(r"\brespectively\b")
_BY_BEFORE_RESULTS_RE = re.compile(r"\s+by\s+")
# from a compared system to one of the margins it is beaten by ("FlexGen by up to 29x, 29x, and 3x")
_BEATEN_BY_AFTER_RE = re.compile(r"\s+by\s+[^;:()]{0,80}")
# from one number of a list of results to the next: "1.9%, ", "4.2, ", "29times, and "
_RESULT_LIST_GAP_RE = re.compile(r"[\d.]+\s?(?:%|\\%|x|×|times|points?)?\s?(?:,\s?(?:and\s|or\s)?|\s(?:and|or)\s)")
_BASELINE_WORD_RE = re.compile(r"\b(?:baselines?|counterparts?)\b")
# A list of systems that reaches the results ("A and B achieve 45% and 51%"), or that the paper improves
# ("A and B are boosted by 4.8% and 14%"): the verb follows the list.
_LIST_REACHES_RE = re.compile(r",?\s+(?:(?:models?|variants?)\s+)?(?:achiev|reach|obtain|scor|attain|yield)\w*\b")
_LIST_IMPROVED_RE = re.compile(r",?\s+(?:(?:models?|variants?)\s+)?(?:are|were)\s+(?:boost|improv|enhanc|accelerat|sped)\w*\b")


def _entity_lists(low: str, ents: list[tuple[int, int, str, str, bool]],
                  lo: int, hi: int) -> list[list[tuple[int, int, str, str, bool]]]:
    """Runs of two or more mentions of one kind (benchmarks and datasets; methods and models) in [lo, hi)
    that form a list ("TextVQA, DocVQA, and InfoVQA")."""
    kinds = {"benchmark": "data", "dataset": "data", "method": "system", "model": "system", "metric": "metric"}
    runs: list[list[tuple[int, int, str, str, bool]]] = []
    closed = False  # a list ends with its "and" item ("vLLM and TensorRT-LLM, WoolServe improves ...")
    for e in ents:
        if e[0] < lo or e[1] > hi or e[2] not in kinds:
            continue
        last = runs[-1][-1] if runs else None
        gap = low[last[1]:e[0]] if last is not None else ""
        if last is not None and not closed and kinds[last[2]] == kinds[e[2]] and _LIST_SEP_RE.match(gap):
            runs[-1].append(e)
            closed = bool(re.search(r"\b(?:and|or)\b", gap))
        else:
            runs.append([e])
            closed = False
    return [run for run in runs if len(run) >= 2]


_NOT_IN_MEASURE = r"(?!(?:of|on|in|for|with|by|to|and|or|than|at|from|across|over|while|the)\b)"
_MEASURE_ITEM = rf"(?:{_NOT_IN_MEASURE}[a-z][\w-]*\s+){{0,2}}{_NOT_IN_MEASURE}[a-z][\w-]*"
_MEASURE_LIST = rf"{_MEASURE_ITEM}(?:\s*,\s*{_MEASURE_ITEM})*\s*,?\s+and\s+{_MEASURE_ITEM}"
# "reduces latency and memory by 30% and 40%", "0.5% and 14.6% of the parameters and computational complexity"
_MEASURES_BEFORE_RE = re.compile(
    rf"\b(?:reduc|improv|increas|decreas|lower|boost|cut|rais|accelerat|enhanc)\w*\s+(?:the\s+|its\s+|their\s+)?"
    rf"({_MEASURE_LIST})\s+(?:by|to)\s+(?:up\s+to\s+|about\s+|only\s+)?$")
_MEASURES_AFTER_RE = re.compile(rf"\s*(?:%|\\%|x|times|points)?\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?({_MEASURE_LIST})\b")
_MEASURE_ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _measure_list(low: str, s_lo: int, first: int, last_end: int, s_hi: int) -> list[str]:
    """The measures a "respectively" sentence lists right before its results or right after them, each
    a known measure ("latency and memory", "the parameters and computational complexity"), else []."""
    for m in (_MEASURES_BEFORE_RE.search(low, s_lo, first), _MEASURES_AFTER_RE.match(low, last_end, s_hi)):
        if m is None:
            continue
        items = [" ".join(i.split()) for i in _MEASURE_ITEM_SPLIT_RE.split(m.group(1)) if i.strip()]
        heads = [i.split()[-1] for i in items]
        if items and all(h in _MEASURE_HEADS or _singular(h) in _MEASURE_HEADS or h == "complexity" for h in heads):
            return [_clean_metric(i) for i in items]
    return []


def _align_respectively(text: str, low: str, claims: list[dict[str, Any]],
                        ents: list[tuple[int, int, str, str, bool]], own: str | None) -> None:
    """Pair the items of a list of results with the items of a list of names, in order, where the
    sentence says "respectively" ("4.2, 11.0, and 4.0 improvements on TextVQA, DocVQA, and InfoVQA ...,
    respectively"). Benchmarks pair with benchmarks, measures with metrics, and methods and models with baselines when the list
    follows a comparison ("outperforming MediTron-7B and BioMistral-7B by 13.4% and 9.8%, respectively").
    A list of methods or models with no comparison is the subjects where a verb of reaching follows it
    ("A-7B and A-13B achieve 45.2% and 51.3%"), the baselines where it is what gets improved ("GPT-3.5 and
    GPT-4 are boosted by 4.8% and 14%"); otherwise it may be the settings ("for LLAMA2-70B and OPT 66B"),
    and it is left alone."""
    i = 0
    while i < len(claims):
        j = i + 1  # claims[i:j]: one list of results
        while j < len(claims) and claims[j]["sentence"] == claims[i]["sentence"] and claims[j]["unit"] == claims[i]["unit"] \
                and _RESULT_LIST_GAP_RE.fullmatch(low, claims[j - 1]["_num_start"], claims[j]["_num_start"]):
            j += 1
        results, i = claims[i:j], j
        if len(results) < 2:
            continue
        sentence = results[0]["sentence"]
        s_lo = text.find(sentence, max(0, results[0]["start"] - len(sentence)))
        if s_lo < 0:
            continue
        respectively = bool(_RESPECTIVELY_RE.search(low, s_lo, s_lo + len(sentence)))
        for run in _entity_lists(low, ents, s_lo, s_lo + len(sentence)):
            if len(run) != len(results):
                continue
            if not respectively and not (_BY_BEFORE_RESULTS_RE.fullmatch(low, run[-1][1], results[0]["start"]) and any(
                    m.end() <= run[0][0] for m in _L_BASELINE_RE.finditer(low, s_lo, run[0][0] + 1))):
                continue  # without "respectively", only "over A, B and C by 29x, 29x and 3x" pairs in order
            names = [e[3] for e in run]
            if run[0][2] in ("benchmark", "dataset"):
                attr = "benchmark"
            elif run[0][2] == "metric":
                attr = "metric"  # "0.5% and 14.6% of the parameters and computational complexity, respectively"
            elif any(m.end() <= run[0][0] for m in _L_BASELINE_RE.finditer(low, s_lo, run[0][0] + 1)) \
                    or run[-1][1] <= results[0]["start"] and _LIST_IMPROVED_RE.match(low, run[-1][1]):
                attr = "baseline"  # "GPT-3.5 and GPT-4 are boosted by 4.8% and 14%": what the paper improves
            elif run[-1][1] <= results[0]["start"] and _LIST_REACHES_RE.match(low, run[-1][1]):
                # "WoolNet-7B and WoolNet-13B achieve 45.2% and 51.3%", "baselines based on A and B reach ...":
                # the list reaches them
                attr = "subject"
            elif _BASELINE_WORD_RE.search(low, max(s_lo, run[0][0] - 40), run[0][0]):
                attr = "baseline"
            else:
                continue  # subjects or settings ("for LLAMA2-70B, OPT 66B and Phi-2 models"): not told apart
            for claim, name in zip(results, names):
                claim[attr] = name
                if attr == "baseline" and claim["subject"] in names:
                    claim["subject"] = own  # "improves ... of baseline systems such as FlexGen and vLLM by ..."
        if respectively and len({c["benchmark"] for c in results}) == 1:
            # "88.9% on SNLI and 79.2% on MultiNLI, outperforming ESIM by 0.6 and 1.1 points, respectively": the
            # benchmarks of the sentence's earlier results, in order, where no list of names stands by the margins
            named = list(dict.fromkeys(c["benchmark"] for c in claims if c["sentence"] == sentence
                                       and c["start"] < results[0]["start"] and c["benchmark"]))
            if len(named) == len(results) > 1:
                for claim, name in zip(results, named):
                    claim["benchmark"] = name
        measures = _measure_list(low, s_lo, results[0]["_num_start"], results[-1]["end"], s_lo + len(sentence)) \
            if respectively else []
        if len(measures) == len(results):
            for claim, measure in zip(results, measures):
                claim["metric"] = measure


def _group_span(c: _Cand, cands: list[_Cand], index: dict[int, int]) -> tuple[int, int]:
    """Context span of a candidate: range and list members use the whole group; the old level of a change
    ("from 61.2 to 70.4") keeps its own."""
    g_start, g_end = c.start, c.end
    j = c.inherited_from if "levels" not in c.flags else -1
    while j >= 0:
        g_end = cands[j].end
        j = cands[j].inherited_from
    k = index.get(id(c), -1) - 1
    while k >= 0 and cands[k].inherited_from == k + 1 and cands[k].link == "range" and cands[k].accepted:
        g_start = cands[k].start
        k -= 1
    return g_start, g_end


def _build_claim(text: str, low: str, c: _Cand, cands: list[_Cand], index: dict[int, int],
                 s_lo: int, s_hi: int, ents: list[tuple[int, int, str, str, bool]],
                 metric_ents: list[tuple[int, int, str]], own: str | None, floor: int = 0,
                 ceiling: int | None = None) -> dict[str, Any]:
    """Attach value, unit, span, qualifier, direction, metric and entities (``own``: the paper's own system)."""
    g_start, g_end = _group_span(c, cands, index)
    span_end = g_end
    last = c
    while last.inherited_from >= 0:
        last = cands[last.inherited_from]
    if last is not c and last.end == last.num_end:
        span_end = c.end   # "4.2, 11.0, and 4.0 improvements": no unit is written to take along
    unit = c.unit if c.unit is not None else ""
    value = c.value * (c.scale if unit in SCALABLE_UNITS else 1.0)
    clause_lo = s_lo
    for bm in _L_BOUNDARY_RE.finditer(low, max(s_lo, g_start - 160), g_start):
        if bm.group() == "(" and ")" in low[bm.end() : g_start]:
            continue  # a bracket closed before the number ("RT-2-X (55B) by 16.5%") ends no clause
        clause_lo = bm.end()
    after_hi = min(max(s_hi, g_end), g_end + 80)
    low_after = _ASIDES_RE.sub("", low[g_end:after_hi])

    qual, qlen = None, 0
    if c.special in ("twice", "half"):
        mq = re.search(r"more\s+than|almost|nearly|about|roughly|over", low[c.start:c.end])
        if mq:
            qual = QUALIFIER_PHRASES.get(" ".join(mq.group().split()))
    if qual is None:
        qual, qlen = detect_qualifier(low[max(s_lo, g_start - 40):g_start], low_after[:30])
    if "plus" in c.flags and qual is None:
        qual = "more than"
    span_start = g_start - qlen
    if c.unit == "dollar" and g_start >= 1 and text[g_start - 1] == "$":
        span_start = min(span_start, g_start - 1)
    if qual is None:
        scope = low[max(clause_lo, span_start - 60, floor):span_start]
        if ("av" in scope or "mean" in scope) and _L_AVERAGE_NP_RE.search(scope):
            qual = "average"              # "an average accuracy improvement of 3.1 points"

    low_before = low[max(clause_lo, span_start - 130):span_start]
    dsrc = "fixed"
    if c.direction is not None:
        direction = c.direction
    elif c.kind == "count" or unit == "rank" or "from_to" in c.flags:
        direction = "none"
    else:
        quantity = unit in TIME_UNITS or unit in MEMORY_UNITS or unit in ("bit", "byte", "dollar")
        share = low_after.startswith((" of ", "of "))
        direction, dsrc = detect_direction(low_before, low_after, unit, adjacent_verbs=not quantity,
                                           clause_scan=not (quantity or share))
        if dsrc != "after" and low[max(0, span_start - 3):span_start].rstrip()[-1:] == "(":
            direction, dsrc = "none", "paren"   # "(50.4% vs 52.1%)": a restated level; "(2x faster)" keeps its cue
    if direction == "none" and unit == "%" and (to := _L_CHANGED_TO_RE.search(low_before)):
        # "we reduce the total compute ... to 64% of that of the dense model": the share it was changed to
        direction = "decrease" if to.group(1).startswith(("reduc", "decreas", "lower", "cut", "shrink")) else "increase"
    if c.sign == "-" and _LEVEL_OF_BEFORE_RE.search(low_before):
        value, direction = -value, "none"  # "a Vina score of -7.9 kcal/mol": a negative level, not a drop
    elif c.sign and dsrc in ("clause", "default", "paren") or c.sign == "+" and direction == "none":
        direction, dsrc = ("increase" if c.sign == "+" else "decrease"), "adjacent"  # "+0.12 to +0.23": gains
    elif unit == "x" and value < 1 and dsrc != "after":
        direction = "decrease"            # "0.6x the memory": a ratio below one is a reduction

    if c.special == "rank":
        metric: str | None = "leaderboard rank" if "leaderboard" in low[s_lo:s_hi] else "rank"
        strength = 2
    elif c.kind == "count":
        counted = "number of " + _plural(unit)
        metric = counted + " with best results"
        if re.search(r"state[- ]of[- ]the[- ]art|\bsota\b", low[s_lo:s_hi]):
            metric = counted + " with state-of-the-art results"
        elif done := [m.group(1) for m in _DONE_TO_ITEMS_RE.finditer(low, s_lo, span_start)]:
            # "solves 45 out of 50 tasks", "fixes 162 of 835 bugs": the items the verb was done to
            metric = counted + " " + (_RATE_OF_SHARE_VERB[done[-1]][1] if done[-1] in _RATE_OF_SHARE_VERB else "repaired")
        elif re.search(r"\bsucceed(?:s|ed)?\b", low[s_lo:span_start]):
            metric = counted + " succeeded"   # "succeeds in 17 of 20 episodes"
        elif _L_PREFERRED_RE.search(low, s_lo, s_hi):
            metric = counted + " preferred"   # "in 9 out of 10 cases, annotators preferred ours"
        strength = 2
    else:
        metric, strength = detect_metric(text, low, s_lo, s_hi, span_start, g_end, clause_lo,
                                         unit, metric_ents, floor, ceiling)
    if c.score_name and ("score_after" in c.flags or "per_unit" in c.flags or metric is None or strength < 2
                         or metric in WEAK_METRIC_TERMS):  # "RMSE (4.1 births per week)": births are its unit
        metric, strength = _clean_metric(c.score_name), (3 if "score_after" in c.flags else 2)
    lower_better = bool(metric and _LOWER_IS_BETTER_RE.search(metric))
    if lower_better and direction == "increase" and unit in ("points", "") \
            and not _EXPLICIT_RISE_RE.search(low, max(s_lo, g_start - 60), g_start) \
            and not _EXPLICIT_RISE_RE.match(low_after):
        # "outperforms Wanda by 26.79 perplexity", "improves WER by 1.3 points": lower is better (a factor,
        # "a 2.1x improvement in latency", is read as a speed-up)
        direction = "decrease"
    unbounded = bool(metric and _UNBOUNDED_MEASURE_RE.search(metric))
    if "vs_pair" in c.flags:
        direction = "none"         # "38.4 versus 31.2": the level set against a result is a level too
    if unit == "" and direction != "none" and c.kind == "noun" and "from_to" not in c.flags and not unbounded:
        unit = "points"            # a change in BLEU or F1 is in points; one in perplexity is in perplexity
    elif unit == "points" and unbounded and "point" not in low[g_start:span_end] and "pp" not in low[g_start:span_end]:
        unit = ""                  # "perplexity decreases by 0.8": no points unless the text says so

    subject, benchmark, baseline = _attach_entities(text, low, s_lo, s_hi, span_start, span_end, unit, ents,
                                                    own, clause_lo)
    if c.kind == "count" and unit in ("benchmark", "dataset", "task", "language", "domain", "leaderboard", "suite"):
        benchmark = None           # "best on 7 of 9 benchmarks": counted over many, measured on none of them alone
    if metric is None and benchmark is not None and unit in ("%", "points") and not low.startswith(" of ", span_end):
        metric = "accuracy"        # "outperforms X on MMLU and ARC, reaching 52.3% and 48.1%": benchmark scores;
        # not "13% of RedPajama documents are near-duplicates", a share of the data
    elif metric is None and unit == "" and direction == "none" and (
            benchmark is not None or re.search(r"\bscor(?:e|es|ed|ing)\s+(?:of\s+|only\s+)?$", low_before)):
        metric = "score"           # "scores 7.2 on MT-Bench", "scoring 7.1 vs 7.3": a score
    return {
        "text": text[span_start:span_end],
        "start": span_start,
        "end": span_end,
        "value": float(value),
        "unit": unit,
        "metric": metric,
        "direction": direction,
        "qualifier": qual,
        "subject": subject,
        "benchmark": benchmark,
        "baseline": baseline,
        "sentence": "",
        "_strength": strength,
        "_num_start": c.start,
        "_dsrc": dsrc,
    }


_SCORE_UNITS: frozenset[str] = frozenset({"%", "points", "", "rank"})


# Where one item of a list of results ends and the next begins.
# A coordinated clause with a verb and a number of its own ("..., gives an 8-point gain in ...").
_OTHER_RESULT_BETWEEN_RE = re.compile(r",\s+(?:and\s+)?(?:it\s+|they\s+|we\s+)?(?:gives|yields|delivers|brings|provides|offers|"
                                      r"obtains|attains|reaches|achieves|scores|improves|boosts|gains|solves|proves)\s+[^.;,]*?\d")
_SEGMENT_BREAK_RE = re.compile(r"[,;(]\s|\s(?:and|while|whereas)\s")


_L_EVALUATES_RE = re.compile(r"\b(?:evaluat|benchmark|test)\w*\b")
# People who reach a level themselves, named in a result's own list item or clause.
_HUMAN_SUBJECT_RE = re.compile(r"\b(?:humans?(?![\s-](?:preference|evaluation|rating|judge?ment|study|studies|level|"
                               r"alignment|feedback|annotation|parity))|students?|experts?|annotators?|examinees?|participants?|clinicians?|"
                               r"physicians?|doctors?|crowdworkers?|people|radiologists?)\b")
# A sentence that reports people's judgements measures on no benchmark named earlier.
_HUMAN_STUDY_RE = re.compile(r"\b(?:user stud(?:y|ies)|human (?:evaluation|study|studies|judges|raters|preference)|"
                             r"(?:annotators|raters|participants|evaluators|designers|clinicians|experts) (?:preferred|rated|judged|chose))\b")


_OWN_THAN_AFTER_RE = re.compile(rf"\s*(?:{COMPARATIVES})\b[^.;,()\d]{{0,50}}?\bthan\b")
# A common noun's possessive ends the compared system ("the dense model's F1"); a name's does not
# ("Neural Magic's Deepsparse").
_COMMON_POSSESSIVE_RE = re.compile(r"(?<![\w-])([a-z][\w-]*)(?:['’]s\b|(?<=s)['’](?!\w))")  # "model's", "methods'"
# A system whose measure the result changes is what it is compared with ("improves the accuracy of X by 7.8%",
# "makes the inference time of X 50% faster", "accelerates the prefilling stage of the X model by 2.34x"), and
# so is a system the result changes ("accelerates linear attention by more than twice").
_CHANGED_OWNER_LEAD = (rf"\b(?:{CHANGE_VERB_STEMS}|mak|accelerat|speed)\w*\s+(?:up\s+)?(?:the\s+)?"
                       r"(?:(?:[\w-]+\s+){1,3}?of\s+(?:the\s+|a\s+|an\s+)?)?")
_CHANGED_OWNER_BEFORE_RE = re.compile(_CHANGED_OWNER_LEAD + "$")
_CHANGED_OWNER_AFTER_RE = re.compile(r"(?:\s+model)?\s+(?:by\s+)?$")
_CHANGED_SIZED_OWNER_RE = re.compile(_CHANGED_OWNER_LEAD + r"(\d+(?:\.\d+)?b\s+model)\s+by\s+$")  # "of a 2B model by"
# A measure's owner after it ("the accuracy of Merino-7B").
_MEASURE_OF_RE = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?")
# A compared system named by its size ("the 70B model's accuracy"), not a number ("8 times longer than seen").
_SIZE_OPENING_RE = re.compile(r"\d+(?:\.\d+)?[BMK]\b")
# A share of another system's measure: that system is the baseline ("95.1% of the 70B model's accuracy",
# "93% of the performance of X", "99% and 90% of the accuracy of X", "0.2% of past methods' parameters",
# "64% of that of the dense model", "99% of Transformer quality").
_SHARE_OF_RE = re.compile(r"(?<=%)(?:,?\s+(?:and\s+|or\s+)?\d[\d.]*\s?%)*\s+(of\s+(?:the\s+|a\s+|an\s+)?)?")
_SHARE_PHRASE_STOP = frozenset("by with for in on to from at while when than over after via using is are was were".split())
_SHARE_ACTED_ON_BEFORE_RE = re.compile(
    r"\b(?:re)?(?:train|tun|updat|modif|prun|remov|edit|fine-tun|finetun)\w*\s+(?:only\s+|just\s+|as\s+(?:little|few)\s+as\s+)?$")
_SHARE_OWNER_POSSESSIVE_RE = re.compile(r"(?=(?:[\w.-]+\s+){0,2}[\w.-]+(?:['’]s|s['’])\s)")
_SHARE_MEASURE_OF_RE = re.compile(r"(?:that|(?:[a-z][\w-]*\s+){0,4}?([a-z][\w-]*))\s+of\s+(?:the\s+|a\s+|an\s+)?")


def _share_owner_at(low: str, start: int, end: int, in_sent: list[tuple[int, int, str, str, bool]]) -> int | None:
    """Where the system starts whose measure the number at [start, end) is a share of, or None; not when the
    sentence acts on that share ("retraining 0.3% of the parameters of X": what is changed, not compared)."""
    share = _SHARE_OF_RE.match(low, end)
    if share is None or _SHARE_ACTED_ON_BEFORE_RE.search(low, max(0, start - 40), start):
        return None
    has_of, at = bool(share.group(1)), share.end()
    measure = _SHARE_MEASURE_OF_RE.match(low, at)
    if measure is not None and (has_of if measure.group(1) is None else _is_measure_phrase(low[at:measure.end(1)].split())):
        at = measure.end()  # "64% of that of X", "99% of the accuracy of X", "90% zero-shot task performance of X"
    elif not has_of or not _SHARE_OWNER_POSSESSIVE_RE.match(low, at) and not any(
            e[0] == at and e[2] in ("method", "model") and _measure_follows(low, e[1]) for e in in_sent):
        return None  # neither "of the 70B model's accuracy" nor "of Transformer quality"
    owner = next((e for e in in_sent if e[0] == at), None)
    if owner is not None and owner[2] not in ("method", "model") or (low[at:].split(None, 1) or [""])[0] in _PROCESS_NOUNS:
        return None  # "18% of the tokens of FleeceCorpus", "45% computational cost of pre-training X"
    return at


def _is_measure_phrase(words: list[str]) -> bool:
    """Whether words before "of" name a measure ("the parameters and computational complexity"), not a clause
    ("performance drop by pruning half")."""
    return _SHARE_PHRASE_STOP.isdisjoint(words) and any(w in _MEASURE_HEADS or _singular(w) in _MEASURE_HEADS for w in words)


# What opens a phrase after a comparison cue that names no system: a pronoun or a participle.
_NO_SYSTEM_OPENING_RE = re.compile(r"(?i)(?:it|them|this|they|which|ones?|those|seen|used|observed|reported|expected|needed|"
                                   r"required|possible|before|during|when|real[- ]time)\b")  # "25x faster than real time"


# What the compared system is, set off before its name: "surpasses the existing outlier-aware accelerator,
# GOBO, by 4.5x", "than strong baselines such as FleeceLM".
_COMPARED_KIND_RE = re.compile(r"(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*(?:\s*[,:(]|s,?\s+(?:such\s+as|including|like))\s*")
# A verb right after a name: the name is the subject of a clause ("Compared with random ordering, curriculum
# learning raises ...", "on i2b2 2010, BioWool improves ..."), not a compared system set off after its kind
# ("than the dense baseline, GOBO, by 4.5x") nor the last item of a list.
VERB_AFTER_NAME_RE = re.compile(r"\s+(?:also\s+|further\s+|consistently\s+|significantly\s+)?(?:[a-z]+(?:s|ed)|can|does|is)\b(?!\s*[,)])")
# A compared system's name after words that describe it, or after its owner's name ("the state-of-the-art
# MPC framework MPCFormer", "the dense BERT-base", "Neural Magic's DeepSparse", "Ewe Labs' FleeceAcc").
_COMPARED_DESCRIPTION_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:of|on|in|for|with|by|to|and|or|than|at|from|while|which|that|when|using|via|under|"
    r"across|over|as|is|are|was|were|be|been|has|have|had|without|it|its|their|our)\s)[a-z0-9][\w-]*\s+){1,4}"
    r"|(?:[\w-]+\s+){0,2}[\w-]+(?:['’]s|s['’])\s+"
)
# ... where the name ends the description ("the dense BERT-base,", "the OPT-1.3B baseline"; not "vanilla KV cache
# eviction methods")
_DESCRIBED_NAME_END_RE = re.compile(
    r"\s*(?:[,.;:()]|$)|\s+(?:baselines?|itself|by|on|in|with|and|or|at|across|for|while|when|under|to|of|from|"
    r"which|that|is|are|was|were|has|have|using)\b"
)


def _compared(low: str, start: int, cue_ends: set[int]) -> bool:
    """Whether a mention starting at ``start`` follows a comparison cue, up to two words on and within its
    phrase ("than vLLM", "relative to the dense BERT-base")."""
    return start in cue_ends or any(
        0 < start - ce <= 30 and len(low[ce:start].split()) <= 2 and "," not in low[ce:start]
        or 0 < start - ce <= 60 and (_COMPARED_KIND_RE.fullmatch(low, ce, start) or _COMPARED_OWNER_RE.fullmatch(low, ce, start)
                                     or _COMPARED_DESCRIPTION_RE.fullmatch(low, ce, start))
        for ce in cue_ends
    )


# The owner of a matched measure is compared too ("matches the mAP of a fully supervised YOLOv8 detector").
_COMPARED_OWNER_RE = re.compile(r"(?:the\s+)?[\w@-]+(?:\s+[\w@-]+)?\s+of\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}")


_BRACKET_RE = re.compile(r"\s*\([^()]*\)")
_PROCESS_NOUNS = frozenset("training pre-training pretraining fine-tuning finetuning inference decoding serving".split())
# A verb of reaching joined after a comparison, or any result verb after "while", opens a result of its own
# ("surpasses X ..., achieving a GenEval score of 0.58"); a change right after it is the comparison's margin
# ("outperforms X, reducing memory by up to 50%").
_L_JOINED_CHANGE_RE = re.compile(
    rf"(?:,|\band\b)\s+(?:also\s+)?(?:{REACH_VERB_STEMS}|receiv)\w*"
    rf"|\bwhile\s+(?:also\s+)?(?:{CHANGE_VERB_STEMS}|{REACH_VERB_STEMS}|receiv)\w*"
)
# A benchmark that opens a coordinated clause ("(28.9%), and on Mind2Web it raises ...") heads that clause.
_L_CLAUSE_ON_RE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+(?:on|in)\s+(?:the\s+)?")
_L_CLAUSE_ON_BEFORE_RE = re.compile(_L_CLAUSE_ON_RE.pattern + "$")
# Another number's comparative right before a cue ("2x faster than"): the cue is that number's.
_L_OTHER_COMPARATIVE_BEFORE_RE = re.compile(
    r"\d[\d.]*\s*(?:x|×|times|%|points?)?\s+(?:faster|slower|higher|lower|better|worse|smaller|larger|more|less|fewer)\s+$"
)
# A coordinated comparison with a margin of its own ("..., and outperforms X by 9.4 points") is that margin's,
# not an earlier number's ("scores of 49.36 and 8.8, outperforming PiSSA by 5.84% and 1.96%" restates them).
_L_AND_BEFORE_RE = re.compile(r"\band\s+(?:also\s+)?$")
_L_OWN_MARGIN_AFTER_RE = re.compile(
    r"[^.;,]{0,80}?\b(?:by\s+(?:a\s+margin\s+of\s+|an\s+average\s+of\s+|up\s+to\s+|about\s+|over\s+|nearly\s+|almost\s+)?"
    r"|on\s+)\d")  # "and outperforms RamNet by 5.2%", "and outperforms RamNet on 7 of 9 benchmarks"
# A coordinated verb of reaching opens the next result: a comparison or benchmark after it is that result's.
_L_NEXT_RESULT_VERB_RE = re.compile(rf"\band\s+(?:also\s+|further\s+)?(?:{REACH_VERB_STEMS}|"
                                    r"transfer|generali[sz]|extend|appl(?:y|ies|ied))\w*")
# ... and so does a coordinated verb of change with its own number ("92.1% on CIFAR-10, and in retrieval it
# improves R@1 by 2.4 points over OpenCLIP").
_L_NEXT_CHANGE_VERB_RE = re.compile(rf"(?:,|\band\b)[^.;]*?\b{CHANGE_VERB_STEMS}\w*[^.;]*?\d")


# A clause after "while" / "whereas" / "but" / ";" that opens with a plain noun phrase has its own subject
# ("while open models stay below 30%"); one that opens with a pronoun refers back ("while it keeps").
_NOUN_SUBJECT_OPENS_RE = re.compile(
    r"\s*(?:the\s+|most\s+|all\s+|other\s+|many\s+)?(?!(?:it|they|this|these|those|which|that|we|our|its|their|there|"
    r"at|on|in|with|for|by|only|still|also|even|up|to|over|and|as)\b)[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?"
    r"(?:stay|remain|reach|achiev|score|get|obtain|lag|trail|fall|drop|perform)\w*"
)
# Words between a comparison cue and a name that belong to the compared system's phrase ("above a supervised
# ImageNet initialization"), not a preposition that introduces where it was measured ("than X on ImageNet").
_INSIDE_COMPARED_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?!(?:on|in|at|for|across|over|with|and|or)\b)[a-z][\w-]*\s+){0,2}")
# "compared with 7.3 for Stable Diffusion, and a CLIP score of 0.32": that system has its own number.
_OWNS_A_NUMBER_BEFORE_RE = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|x|points?)?\s+(?:for|by|with)\s+(?:the\s+)?$")
# "the GPT-4 judged win rate", "GPT-4-as-a-judge scores": the model judges the result, it does not reach it.
_JUDGE_AFTER_RE = re.compile(r"[\s-](?:judged|evaluated|rated|as[\s-]a[\s-]judge)\b")


def _measure_follows(low: str, end: int) -> bool:
    """Whether a measure's head word follows a technique's name ("reduces KV cache memory by 10x" measures
    the cache), or a process a model undergoes ("speeds up GPT-2 training by 3.1x"): the name is what is
    measured, not what reached the result."""
    m = re.match(r"\s+([a-z-]+)\b(?!\s+(?:only\s+|about\s+|nearly\s+|over\s+)?\d)", low[end : end + 30])
    # ... but "GPT-4 Turbo scores 81.2%": a verb with the number as its object
    return m is not None and (m.group(1) in _MEASURE_HEADS or m.group(1) in _PROCESS_NOUNS)


_CHANGED_MEASURE_OF_RE = re.compile(
    r"\b(?:remov|reduc|improv|cut|boost|rais|lower|increas|decreas|enhanc|accelerat|speed|sav)\w*\s+(?:\S+\s+){0,3}?"
    r"(?:the\s+)?([\w@-]+)\s+of\s+(?:the\s+|a\s+|an\s+)?$")


def _measure_owner(low: str, lo: int, at: int) -> bool:
    """Whether the mention at ``at`` owns a measure something else changes ("removes 40% of the FLOPs of
    DeiT-B", "improves the accuracy of Mistral-7B"): what is measured, not what reached the result."""
    m = _CHANGED_MEASURE_OF_RE.search(low, lo, at)
    return m is not None and (m.group(1) in _MEASURE_HEADS or _singular(m.group(1)) in _MEASURE_HEADS)


def _attach_entities(text: str, low: str, s_lo: int, s_hi: int, start: int, end: int, unit: str,
                     ents: list[tuple[int, int, str, str, bool]], own: str | None = None,
                     clause_lo: int = 0) -> tuple[str | None, str | None, str | None]:
    """Subject, benchmark and baseline of a claim in sentence [s_lo, s_hi).

    Subject: the paper's own method or model (entities carry ``proposed``, or the text says "our X") when it
    is named before the number; else the first method/model mention before the number in its clause (else
    in its sentence) that is not introduced as a comparison or an instrument ("than X", "relative to the
    dense X", the rest of a list after a cue, "with X"); the paper's own when that mention is only a
    general technique (lower case: "fine-tuning"), when "we" reach the number after it ("in the Qwen
    family, where we achieve 92.9%"), or when none is named: an abstract's results are its own unless it
    says whose they are ("Empirical evaluations demonstrate a 10-fold improvement").
    Benchmark: the benchmark/dataset mention nearest to the number, preferring one in the number's own
    item of a list of results; failing that, for scores (%, points, bare), the last one mentioned before
    the sentence, since abstracts name the benchmark once and then report results.
    Baseline: the entity or short phrase after the comparison cue ("than",
    "over", "compared to", "vs.") nearest to the number.
    """
    first = bisect.bisect_left(ents, (s_lo,))
    in_sent = []
    for e in ents[first:]:
        if e[0] >= s_hi:
            break
        if e[1] <= s_hi:
            in_sent.append(e)
    cues = [(m.start(), m.end()) for m in _L_BASELINE_RE.finditer(
        low, max(s_lo, start - 200), min(s_hi, end + 200))]
    share_owner = _share_owner_at(low, start, end, in_sent)
    if share_owner is not None:
        cues.append((end, share_owner))
    compared = {ce for _, ce in cues}
    # the rest of a list after a cue ("than vLLM, TGI and FlexGen") is compared too; a comma alone joins
    # a next item only when another follows it ("than A, B and C, X wins": X is no item)
    listed: set[int] = set()
    for i, (es, ee, *_) in enumerate(in_sent[:-1]):
        # ... and so is the rest of a list after a word that makes it no subject ("from A and B", "using A, B and C")
        if es in listed or _compared(low, es, compared) or _L_SUBJECT_BLOCK_RE.search(low, max(s_lo, es - 20), es):
            nxt = in_sent[i + 1]
            # a bracketed score between items is no break ("than A (61.2%) and B (70.3%)")
            gap = _BRACKET_RE.sub("", low[ee:nxt[0]])
            after = _BRACKET_RE.sub("", low[nxt[1]:in_sent[i + 2][0]]) if i + 2 < len(in_sent) else ""
            if _LIST_SEP_RE.match(gap) and (re.search(r"\b(?:and|or)\b", gap) or _LIST_SEP_RE.match(after)):
                listed.add(nxt[0])
    # the last of a list after a cue, right before the margin, is compared however the list is written
    # ("over three systems A, B Accelerate, and C by up to 29x")
    margin_owner = next((es for es, ee, *_ in in_sent if _BEATEN_BY_AFTER_RE.fullmatch(low, ee, start) and any(
        es - 150 <= ce <= es and not re.search(r"[;:.]\s", low[ce:es]) for ce in compared)), None)
    subject, subject_is_own, last_system = None, False, s_lo
    for es, ee, typ, name, proposed in in_sent:
        if typ in ("method", "model") and es < start and es not in listed and es != margin_owner \
                and not _compared(low, es, compared) \
                and not _L_SUBJECT_BLOCK_RE.search(low, max(s_lo, es - 20), es) \
                and not _measure_follows(low, ee) and not _JUDGE_AFTER_RE.match(low, ee) \
                and not _OWNS_A_NUMBER_BEFORE_RE.search(low, max(s_lo, es - 25), es) \
                and not _measure_owner(low, max(s_lo, es - 60), es) \
                and not (_CHANGED_OWNER_AFTER_RE.fullmatch(low, ee, start)
                         and _CHANGED_OWNER_BEFORE_RE.search(low, max(s_lo, es - 60), es)):
            # ... nor what the result changes ("speeds up fine-tuning by 3x", "accelerates linear attention by 2x")
            last_system = ee
            if proposed or _OUR_BEFORE_RE.search(low, max(s_lo, es - 5), es):
                # the paper's own method nearest before the number, or a system it calls its own ("our
                # FLAMe-RM-24B model")
                subject, subject_is_own = name, True
            elif not subject_is_own and (subject is None or es >= clause_lo):
                subject = name
            elif s_lo < clause_lo <= es and not low[clause_lo:es].strip(" ,") and VERB_AFTER_NAME_RE.match(low, ee):
                subject = name  # "WoolKV retains 97.8%, while SnapKV retains 93.1%": the later clause's own subject
    if subject is not None and not subject_is_own and last_system <= clause_lo < start \
            and _NOUN_SUBJECT_OPENS_RE.match(low, clause_lo):
        subject = None  # "GPT-4V counts 46.2% ..., while open models stay below 30%": the clause names its own
    if own is not None and (subject is None or subject.islower() or _WE_REACH_RE.search(low, last_system, start)):
        # "we obtain ...", "results show ...", only a general technique ("outperforming fine-tuning"), or
        # "in the Qwen family, where we achieve 92.9% of ...": the paper's own result
        subject = own
    item_lo = max((m.end() for m in _SEGMENT_BREAK_RE.finditer(low, max(s_lo, last_system), start)), default=-1)
    if subject is not None and item_lo >= 0 and _HUMAN_SUBJECT_RE.search(low, item_lo, start) \
            or _PEOPLE_OF_AFTER_RE.match(low, end):
        subject = None  # "..., and the median veterinary student 71%", "the 91.2% of human graders": people reached it
    # a benchmark in the number's own list item wins ("on COCO with 58.0% PQ, Cityscapes with 68.4% PQ"),
    # else the nearest in the sentence
    seg_lo = max((m.end() for m in _SEGMENT_BREAK_RE.finditer(low, s_lo, start)), default=s_lo)
    after_break = _SEGMENT_BREAK_RE.search(low, end, s_hi)
    seg_hi = after_break.start() if after_break else s_hi
    benchmark, best = None, None
    for es, ee, typ, name, _ in in_sent:
        if typ in ("benchmark", "dataset"):
            dist = start - ee if ee <= start else max(0, es - end)
            dist += 0 if seg_lo <= es and ee <= seg_hi else 1000
            if es >= end and (_L_NEXT_RESULT_VERB_RE.search(low, end, es) or _L_CLAUSE_ON_BEFORE_RE.search(low, end, es)) \
                    or ";" in (low[end:es] if es >= end else low[ee:start]):
                continue  # "from 0.61 to 0.72 and achieves 0.54 on FLIP", "..., and on Mind2Web it raises ...",
                # "...; on SQuAD": another result's benchmark
            if es >= end and _OTHER_RESULT_BETWEEN_RE.search(low, end, es):
                continue  # "1.5x faster, gives an 8-point gain on WoolQA": the next result's benchmark
            if es >= end and _OWN_RESULTS_AFTER_RE.match(low, ee):
                dist += 2000  # "..., and ADE20K val set with 50.9% PQ": a later benchmark heads its own results
            if es >= end and any(end <= cs and _INSIDE_COMPARED_RE.fullmatch(low, ce, es) for cs, ce in cues):
                continue  # "1.7 points above a supervised ImageNet initialization": the compared system's name
            if typ == "dataset" and ee <= start and _L_TRAINED_ON_RE.search(low, max(s_lo, es - 40), es):
                continue  # "Trained on the FlockPara corpus, X improves chrF++ by 4.1": what it learns from
            if best is None or dist < best:
                best, benchmark = dist, name
    if benchmark is None and unit in _SCORE_UNITS and not _HUMAN_STUDY_RE.search(low, s_lo, s_hi):
        for e in reversed(ents[:first]):
            # the paper's own dataset is what it trains on ("BioInstruct, comprising 25,005 instructions"),
            # unless the sentence that introduces it evaluates on it ("We collect FleeceQA ... and evaluate ...")
            if e[2] == "benchmark" or e[2] == "dataset" and (not e[4] or _L_EVALUATES_RE.search(
                    low, e[1], low.find(". ", e[1]) if ". " in low[e[1]:s_lo] else s_lo)) \
                    and not _L_TRAINED_ON_RE.search(low, max(0, e[0] - 80), e[0]):
                benchmark = e[3]  # not data the paper trains on ("We train X on 970K episodes from Y")
                break
    baseline, bestd = None, None
    own_than = _OWN_THAN_AFTER_RE.match(low, end)  # "2.4x more requests than X": the number's own comparison
    for cs, ce in cues:
        if cs < end and ce > start or own_than and cs != own_than.end() - 4:
            continue
        between = low[end:cs] if cs >= end else low[ce:start]
        if ";" in between or ": " in between:
            continue  # "reaches 73.5%; ... from 50% to 68% against the SFT model", "...: the win rate against
            # GPT-4 rises": another clause's comparison
        if cs >= end and _L_OTHER_COMPARATIVE_BEFORE_RE.search(low, end, cs):
            continue  # "(MAE 0.059) ..., and is 2x faster than GraphGPS": the "than" is the 2x's
        if ce <= start and (_L_NEXT_RESULT_VERB_RE.search(low, ce, start) or _L_CLAUSE_ON_RE.search(low, ce, start)
                            or _L_JOINED_CHANGE_RE.search(low, ce, start)):
            continue  # "over the previous state of the art (28.9%), and on Mind2Web it raises ... to 47.9%",
            # "40x faster than DreamFusion, while improving R-Precision from 0.79 to 0.86"
        if cs >= end and (_L_NEXT_RESULT_VERB_RE.search(low, end, cs) or _L_NEXT_CHANGE_VERB_RE.search(low, end, cs)
                          or _L_AND_BEFORE_RE.search(low, max(0, cs - 12), cs) and _L_OWN_MARGIN_AFTER_RE.match(low, ce)):
            continue  # "from 0.61 to 0.72 and achieves 0.54 on FLIP, outperforming ESM-2", "retains 96% ..., and
            # outperforms a same-size model by 9.4 points": the next result's
        dist = cs - end if cs >= end else start - ce
        if bestd is not None and dist >= bestd:
            continue
        at_cue = next((e for e in in_sent if ce <= e[0] <= ce + 1), None)
        if at_cue is not None and at_cue[2] == "metric":
            owner = _MEASURE_OF_RE.match(low, at_cue[1])
            if owner is not None:
                ce = owner.end()  # "matches the accuracy of Merino-7B": the measure's owner is compared
                at_cue = next((e for e in in_sent if ce <= e[0] <= ce + 1), None)
        if at_cue is not None and (at_cue[2] in ("metric", "task") or at_cue[2] in ("benchmark", "dataset") and any(
                e[2] == "metric" and at_cue[1] <= e[0] <= at_cue[1] + 30 for e in in_sent)):
            continue  # "matches the HellaSwag and ARC-Easy accuracy of ...": what is matched is a measure, not a system
        name = next((e[3] for e in in_sent if ce <= e[0] <= ce + 1
                     or e[2] in ("method", "model") and (_COMPARED_KIND_RE.fullmatch(low, ce, e[0])
                                                         and not VERB_AFTER_NAME_RE.match(low, e[1])
                                                         or text[e[0]].isupper() and _COMPARED_DESCRIPTION_RE.fullmatch(low, ce, e[0])
                                                         and _DESCRIBED_NAME_END_RE.match(low, e[1]))
                     and not any(ce <= o[0] < e[0] and o[2] in ("method", "model") and low[o[0]] != text[o[0]]
                                 for o in in_sent)), None)
        # ("than the dense baseline, GOBO,": the name after its kind; not "compared with a fine-tuned
        # Mistral-7B without retrieval, X raises ...", where the compared system is named before the comma)
        if name is None:
            stop = _L_BASELINE_STOP_RE.search(low, ce, min(s_hi, ce + 80))
            seg = text[ce:stop.start() if stop else min(s_hi, ce + 80)]
            seg = " ".join(seg.split()[:6]).strip()
            owner = _COMMON_POSSESSIVE_RE.search(seg)
            seg = seg[:owner.start() + len(owner.group(1))] if owner else seg  # "the dense model's F1 score"
            if not seg or seg[0].isdigit() and not _SIZE_OPENING_RE.match(seg) or seg.lower().startswith(
                    ("up ", "more ", "less ", "about ", "over ", "twice", "half", "by ")) or _NO_SYSTEM_OPENING_RE.match(seg):
                continue  # "8 times longer than seen in training", "optimised against it": no system named
            name = seg
        bestd, baseline = dist, name
    if baseline is None:
        baseline = _changed_owner(text, low, s_lo, start, in_sent)
    if subject is not None and subject == baseline:
        subject = own  # "compare ours with A and B, and show 37x over A": what is beaten did not reach it
    return subject, benchmark, baseline


def _changed_owner(text: str, low: str, s_lo: int, start: int,
                   in_sent: list[tuple[int, int, str, str, bool]]) -> str | None:
    """The system whose measure the number changes, named right before it ("improves the accuracy of X by
    7.8%", "the performance of a 2B model by 23.6%"): the result is set against that system as it was."""
    for es, ee, typ, name, _ in in_sent:
        if typ in ("method", "model") and ee <= start and _CHANGED_OWNER_AFTER_RE.fullmatch(low, ee, start) \
                and _CHANGED_OWNER_BEFORE_RE.search(low, max(s_lo, es - 60), es):
            return name
    sized = _CHANGED_SIZED_OWNER_RE.search(low, max(s_lo, start - 90), start)
    return text[sized.start(1):sized.end(1)] if sized else None


# ---------------------------------------------------------------------------
# 5. Sentence splitter
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 6. spaCy component (pipeline wiring)
# ---------------------------------------------------------------------------


class ClaimExtractor(Pipe):
    """Sets ``doc._.pkg_claims`` from :func:`find_claims` over the abstract part of the Doc.

    Claims are read from the abstract only (the guidelines' claims live there); offsets in the
    result are relative to the abstract. Entity mentions found by ``pkg_entities`` give the finder
    its subjects, benchmarks and metrics.
    """

    def __init__(self, nlp: Language, name: str = "pkg_claims") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        offset = doc._.pkg_abstract_offset or 0
        text = doc_text(doc)
        abstract = text[offset:]
        sentences = [(max(s, offset) - offset, e - offset) for s, e in doc._.pkg_sentences or () if e > offset]
        mentions = doc._.pkg_entities or []
        # the paper's own methods and models, wherever named (often only in the title's "X: ...")
        contributed = {e["name"] for e in mentions if e.get("proposed")}
        own = {name for name in contributed if any(e["name"] == name and e["type"] in ("method", "model") for e in mentions)}
        # a name as this paper writes it: a lexicon's canonical name the text never uses ("InfographicVQA"
        # for "InfoVQA") gives way to the fullest form the text has, as an annotator would write it
        written: dict[str, set[str]] = {}
        for e in mentions:
            written.setdefault(e["name"], set()).add(text[e["start"] : e["end"]])
        as_written = {name: name if name in forms else max(sorted(forms), key=len) for name, forms in written.items()}
        entities = [
            {"start": e["start"] - offset, "end": e["end"] - offset, "type": e["type"], "name": as_written[e["name"]],
             "proposed": e["name"] in contributed}
            for e in mentions
            if e["start"] >= offset
        ]
        # the paper's own method or model: the title's where it names one ("LLaMA-NAS: ..."), else the first
        first_own = min((e for e in mentions if e["name"] in own), key=lambda e: e["start"], default=None)
        doc._.pkg_claims = find_claims(abstract, sentences, entities,
                                       own=as_written[first_own["name"]] if first_own else None)
        return doc


def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name)


Language.factory("pkg_claims", assigns=["doc._.pkg_claims"], requires=["doc._.pkg_entities", "doc._.pkg_sentences"])(
    make_claim_extractor
)
