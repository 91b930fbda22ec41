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
   around it; ranges and lists share units; attributes are attached.
5. ``split_sentences``: a regex splitter so that tests and the scoring script
   run without spaCy (the pipeline passes spaCy's sentence spans instead).

Only the standard library is used so the module stays importable on its own.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

__all__ = ["find_claims", "split_sentences", "parse_number", "normalize_unit"]

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
    "tokens/sec": "token/s", "samples/s": "sample/s", "images/s": "image/s",
    "requests/s": "request/s", "it/s": "it/s", "fps": "fps", "qps": "qps",
    "flops": "FLOPs", "gflops": "GFLOPs", "tflops": "TFLOPs",
    "pflops": "PFLOPs", "petaflops": "PetaFLOPs", "teraflops": "TeraFLOPs",
    "exaflops": "ExaFLOPs", "kwh": "kWh", "db": "dB",
}
TIME_UNITS: frozenset[str] = frozenset({"ms", "μs", "ns", "second", "minute", "hour", "day",
                                         "week", "month"})
MEMORY_UNITS: frozenset[str] = frozenset({"KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "byte"})

#: Nouns that make an outcome count ("state-of-the-art on 9 of these tasks").
COUNT_NOUNS: str = (
    r"tasks?|benchmarks?|datasets?|languages?|metrics?|categories|category|domains?|"
    r"settings?|evaluations?|games?|environments?|subtasks?|leaderboards?|tracks?|"
    r"suites?|splits?|language pairs?|test sets?"
)

#: Score names after which a bare number is a score ("BLEU of 35.2").
SCORE_ACRONYMS: tuple[str, ...] = (
    "BLEU", "SacreBLEU", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE", "METEOR",
    "CIDEr", "SPICE", "chrF", "COMET", "BERTScore", "F1", "F-1", "macro-F1",
    "micro-F1", "EM", "mAP", "AP50", "AP75", "AP", "mIoU", "IoU", "PSNR",
    "SSIM", "LPIPS", "FID", "FVD", "PPL", "Elo", "ELO", "AUC", "AUROC",
    "AUPRC", "NDCG", "MRR", "WER", "CER", "MOS", "MT-Bench", "MT-bench",
)
SCORE_WORDS: tuple[str, ...] = (
    "accuracy", "accuracies", "perplexity", "score", "scores", "exact match",
    "rating", "win rate", "success rate", "error rate", "reward", "recall",
    "precision", "pass@1", "pass@k", "pass@10", "inception score",
)

#: Direction cues (lower-case regex alternations).  INCREASE / DECREASE are
#: change verbs, nouns and comparatives; LEVEL cues mark an absolute level.
INCREASE_CUES: str = (
    r"improv\w*|increas\w*|boost\w*|gain\w*|higher|faster|quicker|"
    r"speed-?ups?|speeds?\s+up|sped\s+up|accelerat\w*|outperform\w*|"
    r"surpass\w*|exceed\w*|beat|beats|beating|better|larger|greater|"
    r"rais\w*|enhanc\w*|uplift\w*|lifts?|grow\w*|rises?|rising|jump\w*|"
    r"advanc\w*|doubl\w*|tripl\w*|more"
)
DECREASE_CUES: str = (
    r"reduc\w*|decreas\w*|lower\w*|cuts?|cutting|drops?|dropping|dropped|"
    r"declin\w*|sav(?:e|es|ed|ing|ings)|smaller|shrink\w*|shrunk|"
    r"compress\w*|slash\w*|degrad\w*|loss|losses|los(?:e|es|ing)|lost|"
    r"cheaper|shorter|trim\w*|fewer|less|prun\w*|eliminat\w*|"
    r"minimi[sz]\w*|halv\w*|decrement\w*|slower"
)
LEVEL_CUES: str = (
    r"achiev\w*|reach\w*|attain\w*|obtain\w*|scor(?:e|es|ed|ing)|"
    r"maintain\w*|retain\w*|preserv\w*|recover\w*|keep\w*|kept|match\w*|"
    r"sustain\w*|record\w*|yield\w*|deliver\w*|gets?|got|ranks?|establish\w*|"
    r"provid\w*|accounts?\s+for|requir\w*|tak(?:e|es|ing)|took|needs?"
)
#: Nouns whose "<noun> of N" states a change rather than a level.
CHANGE_NOUNS_INC: str = (
    r"improvements?|increases?|gains?|boosts?|speedups?|speed-ups?|"
    r"accelerations?|margins?|uplifts?|advantages?|leads?"
)
CHANGE_NOUNS_DEC: str = (
    r"reductions?|decreases?|drops?|declines?|savings?|cuts?|loss|losses|"
    r"degradations?|compression"
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
    "wall-clock time", "recall", "precision", "map", "miou", "auc", "fid",
    "elo", "reward", "performance", "score", "tokens",
)
#: Weak metric terms: used only when nothing more specific is near.
WEAK_METRIC_TERMS: frozenset[str] = frozenset({"performance", "score", "tokens", "efficiency"})

#: Nouns after a number that make it a setting, not an outcome ("at 50%
#: sparsity", "95% confidence interval").
SETTING_NOUNS: frozenset[str] = frozenset({
    "sparsity", "sparse", "pruning", "masking", "mask", "dropout", "confidence",
    "quantile", "percentile", "noise", "label", "overlap", "split", "subset",
    "subsample", "held-out", "learning", "compression",
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
    "percent", "percentage", "x", "fold", "margin", "range", "budget", "size",
    "model's", "models'", "art", "sota", "state-of-the-art", "previous",
    "prior", "existing", "best", "ours", "llm", "llms", "trial", "trials",
    "run", "runs", "prompt", "prompts", "pair", "pairs",
})

#: Words that stop a metric noun phrase.
NP_STOP_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "its", "their", "our", "his", "her", "this", "that",
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
    "after", "before", "during", "among", "between", "within", "so", "such",
    "then", "if", "where", "there", "here", "per", "of", "achieving",
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
    "using", "uses", "used", "while", "e.g.", "i.e.", "e.g", "i.e",
    "extra", "additional", "additionally", "another", "whopping",
    "staggering", "mere", "modest", "large", "small", "marginal", "slight",
    "considerable", "dramatic", "drastic", "massive", "huge", "exceptional",
    "outstanding", "promising", "surprising", "sizable", "sizeable",
})

#: Comparatives that may sit between a number and its metric.
COMPARATIVES: str = (
    r"higher|lower|better|worse|faster|slower|quicker|more|fewer|less|"
    r"greater|larger|smaller|cheaper|shorter|longer|bigger"
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

#: Abbreviations that do not end a sentence (lower case, without final dot).
ABBREVIATIONS: frozenset[str] = frozenset({
    "e.g", "i.e", "al", "vs", "etc", "fig", "figs", "eq", "eqs", "cf",
    "approx", "resp", "sec", "no", "nos", "dr", "mr", "mrs", "prof", "tab",
    "ref", "refs", "vol", "pp", "ch", "inc", "ltd", "jr", "sr", "viz", "ca",
    "a.k.a", "w.r.t", "u.s", "incl", "eqn", "thm", "lem", "alg", "approx",
    "e.g.,", "resp", "esp", "sect", "def", "min", "max", "avg",
})

# ---------------------------------------------------------------------------
# 2. Compiled regexes.  "_L" regexes run on the lower-cased text.
# ---------------------------------------------------------------------------

_NUMWORD_ALT = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:a |one )?hundred|(?:a )?thousand|(?:a )?dozen|a single|single|an|a"
)

# Digit numbers: the pattern starts with a character class so CPython's
# prefix scan keeps the whole-text pass cheap.
_DIGIT_RE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_THOUSANDS_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")

# Trigger passes on the lower-cased text.
_L_WORDUNIT_RE = re.compile(
    r"(?:times|fold|percent|seconds?|minutes?|hours?|days?|weeks?|months?)(?![a-z])"
)
_L_NUMWORD_BEFORE_RE = re.compile(
    r"(?<![a-z-])(?P<w>" + _NUMWORD_ALT + r")(?P<sep>\s+|-|)$"
)
_L_SPECIAL_RE = re.compile(r"magnitude|half|halv|twice|doubl|tripl|quadrupl|rank|place")

# Scale and unit right after a digit number (anchored .match on the original text).
_UNIT_RE = re.compile(
    r"(?P<scale>\s?(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|bn|mn)\b|[KMBTkG](?![A-Za-z0-9]))?"
    r"(?P<plus>\+(?![0-9]))?"
    r"(?:(?P<pct>\s?(?:\\?%|％)|\s(?:[Pp]ercentage\s+[Pp]oints?|[Pp]ercent(?:age)?|[Pp]er\s+cent)\b|"
    r"\s?(?:pp|p\.p\.|pts?|points?)\b|-points?\b|-percentage-points?\b)"
    r"|(?P<times>\s?(?:[x×✕](?![A-Za-z0-9])|\$?\\times\$?|[Tt]imes)|-?[Ff]old\b)"
    r"|(?P<word>\s?(?:tokens?\s+per\s+second|(?:tokens?|tok|samples?|images?|requests?)/s(?:ec)?\b|"
    r"it/s\b|(?:ms|μs|ns|milliseconds?|microseconds?|seconds?|secs?|s|minutes?|mins?|"
    r"hours?|hrs?|h|days?|weeks?|months?|bytes?|bits?|fps|FPS|qps|QPS|kWh|dB)\b|"
    r"(?:KB|MB|GB|TB|KiB|MiB|GiB|kB)\b|(?:[GTPE]?FLOPS?|[GTPE]?FLOPs|[Pp]eta-?FLOPs?|"
    r"[Tt]era-?FLOPs?|[Ee]xa-?FLOPs?|[Pp]etaflops|[Tt]eraflops|[Ee]xaflops)\b))"
    r"|(?P<hyph>-[A-Za-z])"
    r"|(?P<noun>\s[A-Za-z]))?"
)

# Bare-number score context (original case): score name just before the number.
_SCORE_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(a) for a in SCORE_ACRONYMS) + r")"
    r"|\b(?:" + "|".join(re.escape(w) for w in SCORE_WORDS) + r")|\b(?:Accuracy|Score|Perplexity))"
    r"\)?\s*(?:(?:score|scores|value|values|rate)\s*)?"
    r"(?:(?:of|=|:|is|was|at|reaching|reaches|to|from|by)\s*)?"
    r"(?:(?:an?|only|just|up\s+to|about|approximately|around|over|more\s+than|nearly|roughly)\s+|[~≈]\s*)?"
    r"[+(]?$"
)
_SCORE_AFTER_RE = re.compile(
    r"\s(?:(?:" + "|".join(re.escape(a) for a in SCORE_ACRONYMS) + r")(?![\w-])"
    r"|(?:top-1\s+|top-5\s+)?accuracy\b|perplexity\b|win\s+rate\b|success\s+rate\b|"
    r"exact\s+match\b|pass@\w+)"
)
_L_FACTOR_OF_RE = re.compile(r"\bfactor\s+of\s+(?:about\s+|up\s+to\s+|over\s+|nearly\s+|~)?$")

# Setup filters (lower-cased text, short windows before the number).
_L_SECTION_BEFORE_RE = re.compile(
    r"\b(?:sec(?:tion)?s?|table|tab|fig(?:ure)?s?|eqs?|eqn|equations?|appendix|"
    r"algorithm|theorem|lemma|corollary|definition|chapter|part|step|stage|phase|"
    r"version|level|round|epoch|layer|rule|claim|question|rq|hypothesis|line|"
    r"page|pages|example|case|type|top|batch\s+size|seed|block|head|"
    r"iteration|generation|gen|grade|class|group|track|task|experiment|"
    r"setting|option|category|item|module|day|week|month|year)\s*\.?\s*[(#]?\s*$"
)
_VARIABLE_BEFORE_RE = re.compile(
    r"(?:\b[A-Za-z][\w]{0,12}|[)\]])\s*(?:=|<|>|≤|≥|<=|>=|\\leq|\\geq|\\le|\\ge)\s*$"
)
_CAP_NAME_BEFORE_RE = re.compile(r"(?:^|[\s(/])(?:[A-Z][\w.-]*|[a-z]+[A-Z][\w.-]*)\s$")
_HTML_OPEN_RE = re.compile(r"<[A-Za-z/!][^<>]*$")
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}$")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
_DOMAIN_RE = re.compile(r"\.(?:com|org|io|net|html?|edu|ai|github)\b")
_BRACKET_CITE_RE = re.compile(r"\[[0-9]+(?:\s*[,–-]\s*[0-9]+)*\]")

_RANGE_SEP_RE = re.compile(r"\s?(?:-{1,3}|–|—|~|∼|to|\\sim|\$\\sim\$)\s?$")
_LIST_SEP_RE = re.compile(r"(?:\s?(?:,|/|&)\s?|\s(?:and|or)\s|,\s(?:and|or)\s)$")
_L_AFTER_SETUP_RE = re.compile(
    r"(?:\s?[×x*]\s?[0-9]|/[0-9]|\^|-?\s?(?:layers?|shots?|bits?|digits?|dimensional|"
    r"dim\b|d\b|way|grams?|hops?|steps?|turns?|rounds?|epochs?|th\b|st\b|nd\b|rd\b|cross|"
    r"ary\b|gpus?\b)|\s?cross[- ]valid)"
)
_HARDWARE_AFTER_RE = re.compile(
    r"\s?(?:\$?\\times\$?|[x×]|times)?\s?(?:GPUs?|TPUs?|CPUs?|NPUs?|RTX|NVIDIA|Nvidia|nodes?\b|"
    r"cards?\b|[AHVLTP]\d{2,3}|GeForce|Tesla|Titan|TITAN|Ascend|MI\d+|chips?\b|cores?\b|"
    r"machines?\b|devices?\b|servers?\b)"
)
_L_TIME_AFTER_SETUP_RE = re.compile(
    r"\s?(?:of\b|long\b|length\b|-long|old\b|ago\b|later\b|earlier\b|clips?\b|videos?\b|"
    r"audio\b|speech\b|recordings?\b|footage\b|window\b)"
)
_L_FOR_BEFORE_RE = re.compile(
    r"\b(?:for|over|during|spanning|spans?|lasting|within\s+the\s+first)\s+(?:about\s+|approximately\s+|"
    r"around\s+|over\s+|only\s+|just\s+|up\s+to\s+|nearly\s+)?$"
)
_L_MEMORY_SETUP_BEFORE_RE = re.compile(
    r"\b(?:with|on|using|of|single|one|a|an|the|per|each)\s+(?:a\s+|an\s+|the\s+|only\s+|just\s+|single\s+)?$"
)
_L_QUANT_BEFORE_RE = re.compile(r"quantiz|precision|bit-?width|\bint[0-9]|\bfp[0-9]|\bto\s+$|\bat\s+$")
_L_RANGING_BEFORE_RE = re.compile(
    r"\b(?:rang(?:e|es|ing|ed)|var(?:y|ies|ying|ied)|between|sizes?|scal(?:e|es|ing))\s+(?:from\s+)?$"
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
_L_AVERAGE_NEAR_RE = re.compile(r"\b(?:average|averaged|avg\.?|mean)\b")

_L_CUE_RE = re.compile(
    r"\b(?:(?P<inc>" + INCREASE_CUES + r")|(?P<dec>" + DECREASE_CUES + r")|(?P<lvl>"
    + LEVEL_CUES + r"))\b"
)
_L_AFTER_CUE_RE = re.compile(
    r"[\s)]*(?:(?:the|its|their|a|an|relative|absolute|overall|average|total|"
    r"[a-z][\w@/-]*)\s+){0,2}?(?:(?P<inc>" + INCREASE_CUES + r")|(?P<dec>"
    + DECREASE_CUES + r"))\b"
)
_L_AFTER_BLOCK_RE = re.compile(
    r"\b(?:on|in|of|than|for|at|with|and|or|while|when|compared|to|over|across|the|"
    r"using|by|from|vs|versus|which|that|whereas|but|is|are|was|were)\b|[,;:.()\[\]]"
)
_L_ADJ_LEVEL_RE = re.compile(
    r"(?:\b(?:from|to|at|with|in|is|was|are|were|reaching|reaches|reached|achieving|"
    r"achieves|achieved|obtains?|obtaining|attains?|attaining|scores?|scoring|of|"
    r"recovers?|recovering|retains?|retaining|maintains?|maintaining|preserves?|"
    r"preserving)\s*|[=:(]\s*)$"
)
_L_ADJ_CHANGE_NOUN_RE = re.compile(
    r"\b(?:(?P<inc>" + CHANGE_NOUNS_INC + r")|(?P<dec>" + CHANGE_NOUNS_DEC + r"))"
    r"\s+(?:of\s+|by\s+|to\s+)?$"
)
_L_BY_END_RE = re.compile(r"\bby\s*$")
_L_BOUNDARY_RE = re.compile(r"[;:]|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b|\bhowever\b|\(")
_L_FROM_BEFORE_RE = re.compile(r"\bfrom\s*$")
_L_PERF_CUE_RE = re.compile(
    r"\b(?:improv\w*|boost\w*|increas\w*|rais\w*|reduc\w*|decreas\w*|drop\w*|"
    r"accuracy|score|perplexity|performance|bleu|rouge|f1|error|win|success)\b"
)
_L_OUTCOME_SENT_RE = re.compile(
    r"state[- ]of[- ]the[- ]art|\bsota\b|\bbest\b|outperform|surpass|\bbeat|\bwins?\b|"
    r"\bwinning\b|exceed|\btop\b|superior|\bleading\b|new\s+records?|\bmatch"
)
_L_COUNT_OF_RE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+|our\s+)?(?:[0-9]+\s+|"
    r"(?:" + _NUMWORD_ALT + r")\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>" + COUNT_NOUNS + r")\b"
)
_L_COUNT_SOTA_RE = re.compile(
    r"(?:state[- ]of[- ]the[- ]art|\bsota\b|\bbest\b|\bnew\s+records?)[^.;]{0,40}"
    r"\b(?:on|in|across)\s+$"
)
_L_COUNT_NOUN_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?P<noun>" + COUNT_NOUNS + r")\b")
_L_METRIC_TERM_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in METRIC_TERMS) + r")(?:e?s)?(?![\w-])"
)
_L_SPEED_VERB_RE = re.compile(r"accelerat\w*|speed\w*\s+up|\bfaster\b|\bspeed-?ups?\b|\bquicker\b")
_L_RETAIN_VERB_RE = re.compile(
    r"\b(?P<v>recover|retain|preserv|maintain|keep|kept|achiev|reach|match)\w*\s+"
    r"(?:about\s+|approximately\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|up\s+to\s+|"
    r"at\s+least\s+|~\s*)?$"
)
_L_SHARE_OF_RE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?")
_L_IN_PCT_OF_RE = re.compile(r"\bin\s+(?:about\s+|over\s+|nearly\s+|approximately\s+|more\s+than\s+)?$")
_L_ON_BENCH_RE = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?")
_WORD_RE = re.compile(r"[A-Za-z@][\w@'./-]*[\w]|[A-Za-z]")
_METRIC_LIKE_RE = re.compile(
    r"(?:GPU|CPU|KV|FLOPs?|[GTP]FLOPs?|BLEU|F1|ROUGE[-\w]*|AUC|mAP|mIoU|FID|PPL|WER|CER|EM|"
    r"Elo|MFU|TTFT|TPOT|QPS|FPS|SacreBLEU|COMET|CIDEr|PSNR|SSIM|LLM|MMLU)"
)
_L_BASELINE_RE = re.compile(
    r"\b(?:than|over|compared\s+(?:to|with)|relative\s+to|vs\.?|versus|against|"
    r"outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?|beating|exceed(?:s|ed|ing)?)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?=[^\s0-9])"
)
_L_BASELINE_STOP_RE = re.compile(
    r"[,;:.()]|\s(?:by|on|in|with|while|and|at|across|for|using|when|which|that|"
    r"up|to|under|without|respectively|of|as|is|are|was|were)\b"
)
_SENT_END_RE = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[$\\]?[A-Z0-9])|\n")
_ABBREV_TAIL_RE = re.compile(r"(?:^|[\s(])([A-Za-z][A-Za-z.]{0,8})\.$")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

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
    "points", "pp", "percentage points" -> "points"; outcome units are
    singularised with their conventional case ("minutes" -> "minute",
    "GB" stays "GB"); other words are lower-cased and singularised.
    """
    u = raw.strip().strip("$").strip().lstrip("-")
    low = " ".join(u.lower().split())
    if not low:
        return ""
    if "point" in low or low in ("pp", "p.p.", "pt", "pts"):
        return "points"
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
    if word.endswith("s"):
        return word[:-1]
    return word


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


def detect_direction(low_before: str, low_after: str, unit: str, local_only: bool = False) -> str:
    """Decide "increase" / "decrease" / "none" from cue words near a number.

    Evidence in order of locality (why: the closest cue governs the number):
    a cue right after it ("2x faster", "5% reduction"); a change noun or level
    marker right before it ("drop of", "accuracy of", "from", "to"); the
    nearest change or level verb earlier in the clause ("reduces memory by");
    finally a default by unit ("x" and "points" are relative by nature).
    ``local_only`` skips the clause-wide verb search (used for time/memory
    units, whose clause verbs usually describe something else).
    """
    m = _L_AFTER_CUE_RE.match(low_after[:60])
    if m:
        grp = "inc" if m.group("inc") else "dec"
        if _L_AFTER_BLOCK_RE.search(low_after, 0, m.start(grp)) is None:
            return "increase" if grp == "inc" else "decrease"
    tail = low_before[-40:]
    cn = _L_ADJ_CHANGE_NOUN_RE.search(tail)
    if cn:
        return "increase" if cn.group("inc") else "decrease"
    if _L_ADJ_LEVEL_RE.search(tail) and not _L_BY_END_RE.search(tail):
        return "none"
    if local_only and not _L_BY_END_RE.search(tail):
        return "none"
    last = None
    for last in _L_CUE_RE.finditer(low_before):
        pass
    if last is not None:
        if last.group("inc"):
            return "increase"
        if last.group("dec"):
            return "decrease"
        return "none"
    if tail.rstrip().endswith("+"):
        return "increase"
    if unit in ("x", "points"):
        return "increase"
    return "none"


def _is_metric_like(word: str) -> bool:
    """True for capitalised tokens that are metric words (GPU, FLOPs, BLEU)."""
    return bool(_METRIC_LIKE_RE.fullmatch(word))


def _np_after(after: str) -> tuple[str | None, str | None]:
    """Metric noun phrase right after a number ("2x higher throughput").

    Returns (comparative, phrase); either may be None.  ``after`` keeps its
    original case so that names (capitalised) can stop the phrase.
    """
    rest = after.lstrip(" ")
    comp = None
    m = re.match(r"(" + COMPARATIVES + r")\b\s*", rest)
    if m:
        comp = m.group(1)
        rest = rest[m.end():]
    m2 = re.match(r"(?:in\s+terms\s+of\s+|in\s+|the\s+|its\s+|their\s+)", rest)
    if m2:
        rest = rest[m2.end():]
    words: list[str] = []
    pos = 0
    for w in _WORD_RE.finditer(rest, 0, 90):
        gap = rest[pos:w.start()]
        if gap.strip():
            break
        if words and gap != " ":
            break
        if not words and w.start() != 0:
            break
        pos = w.end()
        raw = w.group().rstrip(".")
        tok = raw.lower()
        if tok == "of" and words:
            words.append(tok)
            continue
        if tok in NP_STOP_WORDS:
            break
        if any(ch.isdigit() for ch in tok) and not tok.startswith("pass@"):
            break
        if raw[:1].isupper() and not _is_metric_like(raw):
            break
        words.append(tok)
        if len(words) >= 4:
            break
    while words and words[-1] == "of":
        words.pop()
    if not words:
        return comp, None
    if words[-1] in NON_METRIC_HEADS:
        return comp, None
    return comp, " ".join(words)


def _np_before(before: str) -> str | None:
    """Metric noun phrase ending just before a linker ("GPU throughputs of").

    ``before`` keeps its original case; capitalised names stop the phrase.
    """
    m = re.search(
        r"(?P<np>(?:[\w@'/-]+\s+){0,5}?[\w@'/-]+)\s+(?:of|by|to|at|reaching|reaches|is|was|=|:)"
        r"\s*(?:(?:up\s+to|about|approximately|around|over|more\s+than|nearly|roughly|"
        r"only|just|a|an|less\s+than|at\s+least|almost)\s+)*[~≈]?\s*$",
        before[-80:],
    )
    if not m:
        return None
    out: list[str] = []
    for tok in reversed(m.group("np").split()):
        low = tok.lower()
        if low in NP_STOP_WORDS and low not in ("for", "per", "of"):
            break
        if any(ch.isdigit() for ch in tok) and not low.startswith("pass@"):
            break
        if tok[:1].isupper() and not _is_metric_like(tok):
            break
        out.append(low)
        if len(out) >= 5:
            break
    out.reverse()
    while out and out[0] in ("for", "per", "of", "in"):
        out.pop(0)
    if not out or out[-1] in NON_METRIC_HEADS:
        return None
    return " ".join(out)


def _clean_metric(phrase: str) -> str:
    """Lower-case, drop qualifier words, singularise the head."""
    words = phrase.lower().replace("speed-up", "speedup").split()
    words = [w for w in words if w not in ("average", "mean", "overall", "relative", "absolute")]
    if not words:
        return phrase.lower()
    words = [_singular(w) if (i == len(words) - 1 or w in ("tokens", "throughputs", "parameters"))
             and not (i < len(words) - 1 and words[i + 1] == "of") else w
             for i, w in enumerate(words)]
    return " ".join(words)


def _nearest_metric_term(low: str, lo: int, hi: int, pos: int) -> str | None:
    """Nearest known metric term to ``pos`` in low[lo:hi]; specific terms beat weak ones."""
    best: tuple[int, int, str] | None = None
    for m in _L_METRIC_TERM_RE.finditer(low, lo, hi):
        term = m.group()
        weak = 1 if (term in WEAK_METRIC_TERMS or _singular(term) in WEAK_METRIC_TERMS) else 0
        dist = pos - m.end() if m.end() <= pos else (m.start() - pos) + 15
        key = (weak, abs(dist), term)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def detect_metric(text: str, low: str, s_lo: int, s_hi: int, start: int, end: int,
                  clause_lo: int, unit: str,
                  metric_entities: Sequence[tuple[int, int, str]]) -> tuple[str | None, int]:
    """Pick the measured quantity of a claim; returns (metric, strength).

    Strength 2: a phrase adjacent to the number ("accuracy of 70%", "3x
    higher throughput", "93% of the performance"); 1: a metric entity or a
    known metric term elsewhere in the sentence (nearest wins); 0: derived
    from a verb ("faster" -> "speed").  Adjacent phrases win because
    abstracts name the metric right next to the number.
    """
    after = text[end:min(s_hi, end + 90)]
    before = text[max(clause_lo, start - 80):start]
    low_before = low[max(clause_lo, start - 80):start]
    comp, phrase = _np_after(after)
    strength = 2 if phrase else 0
    low_after = low[end:min(s_hi, end + 90)]
    if phrase is None and unit in ("%", "points", ""):
        sh = _L_SHARE_OF_RE.match(low_after)
        if sh and low_after.startswith(("of", " of")):
            _, share = _np_after(after[sh.end():])
            rv = _L_RETAIN_VERB_RE.search(low_before[-40:])
            if share and share not in NON_METRIC_HEADS:
                phrase, strength = share, 2
            elif rv and rv.group("v") in ("recover", "retain", "preserv", "maintain", "keep", "kept"):
                noun = {"recover": "recovery", "retain": "retention", "preserv": "preservation"}.get(
                    rv.group("v"), "retention")
                phrase, strength = "performance " + noun, 2
            if phrase is None and _L_IN_PCT_OF_RE.search(low_before[-20:]):
                bnp = _np_before(before[:len(before) - len(before[-20:]) + _L_IN_PCT_OF_RE.search(
                    low_before[-20:]).start()] + " of ")
                if bnp:
                    phrase, strength = bnp, 2
    if phrase is None and unit not in ("rank",):
        bnp = _np_before(before)
        if bnp:
            phrase, strength = bnp, 2
    if phrase is None and unit in ("bit", "byte") and low_after.startswith(" of "):
        _, obj = _np_after(after[4:])
        if obj:
            phrase, strength = obj, 2
    if phrase is None and metric_entities:
        best = None
        for (es, ee, name) in metric_entities:
            if ee <= s_lo or es >= s_hi:
                continue
            dist = start - ee if ee <= start else es - end
            if best is None or abs(dist) < best[0]:
                best = (abs(dist), name)
        if best is not None:
            phrase, strength = best[1], 1
    if phrase is None:
        term = _nearest_metric_term(low, max(s_lo, start - 150), min(s_hi, end + 60), start)
        if term:
            phrase, strength = term, 1
    speed = bool(_L_SPEED_VERB_RE.search(low_before[-60:] + " " + (comp or "")))
    if phrase is None:
        if comp == "cheaper":
            return "cost", 0
        if speed:
            return "speed", 0
        if unit == "%" and _L_ON_BENCH_RE.match(low_after) and re.match(
                r"\s+(?:on|in)\s+(?:the\s+)?[A-Z0-9]", after):
            return "accuracy", 0
        if unit == "x":
            return "speedup", 0
        if unit in TIME_UNITS:
            return "time", 0
        if unit in MEMORY_UNITS:
            return "memory", 0
        return None, 0
    metric = _clean_metric(phrase)
    if speed and strength == 2 and not re.search(r"speed|time|latency|throughput|runtime", metric):
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
    inherited_from: int = -1   # index of the range/list partner it took its unit from
    link: str = ""             # "range" or "list"
    accepted: bool = False
    direction: str | None = None
    special: str = ""
    flags: set[str] = field(default_factory=set)


def _sanitize_sentences(text: str, sentences: Any) -> list[tuple[int, int]]:
    """Clamp, sort and de-overlap sentence spans; fall back to our splitter."""
    n = len(text)
    out: list[tuple[int, int]] = []
    try:
        for sp in sentences or ():
            try:
                s, e = int(sp[0]), int(sp[1])
            except (TypeError, ValueError, IndexError, KeyError):
                continue
            s, e = max(0, min(s, n)), max(0, min(e, n))
            if e > s:
                out.append((s, e))
    except TypeError:
        out = []
    if not out:
        return split_sentences(text)
    out.sort()
    clean: list[tuple[int, int]] = []
    for s, e in out:
        if clean and s < clean[-1][1]:
            s = clean[-1][1]
            if e <= s:
                continue
        clean.append((s, e))
    return clean


def _sanitize_entities(text: str, entities: Any) -> list[tuple[int, int, str, str]]:
    """Keep well-formed entity mentions as sorted (start, end, type, name)."""
    n = len(text)
    out: list[tuple[int, int, str, str]] = []
    try:
        for e in entities or ():
            try:
                s, t = int(e["start"]), int(e["end"])
                typ = str(e["type"]).lower()
                name = e["name"] if "name" in e else None
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                continue
            if not (0 <= s < t <= n):
                continue
            out.append((s, t, typ, str(name) if name else text[s:t]))
    except TypeError:
        return []
    out.sort()
    return out


def _sentence_bounds(starts: list[int], sents: list[tuple[int, int]], pos: int,
                     n: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos`` (gaps count as their own span)."""
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return 0, (sents[0][0] if sents else n)
    s, e = sents[i]
    if pos >= e:
        return e, (sents[i + 1][0] if i + 1 < len(sents) else n)
    return s, e


def _skip_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers are never claims: URLs, domains and bracket citations."""
    spans = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    for m in _DOMAIN_RE.finditer(text):
        ws = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        we = m.end()
        while we < len(text) and not text[we].isspace():
            we += 1
        spans.append((ws, we))
    if "[" in text:
        spans += [(m.start(), m.end()) for m in _BRACKET_CITE_RE.finditer(text)]
    spans.sort()
    return spans


def _name_or_setup_before(text: str, s: int) -> bool:
    """Cheap character checks: is the number glued to a name or a formula?

    Rejects "GPT-4", "Qwen2.5", "pass@1", "WMT'21", "#3", "&#37;", "x^2",
    "FABP5/11", dimensions "224x224", and version tails "1.2.3".
    """
    if s == 0:
        return False
    p = text[s - 1]
    q = text[s - 2] if s >= 2 else " "
    if p.isalpha() or p in "_@#&^'\\":
        return True
    if p in ".," and q.isdigit():
        return True
    if p in "-–":
        if q.isalpha():
            r = text[s - 3] if s >= 3 else " "
            return not (q in "x×" and r.isdigit())
        return False
    if p == "/" and (q.isalnum()):
        return True
    if p in "x×*" or (p == " " and q in "x×*" and s >= 3 and text[s - 3] in " 0123456789"):
        k = s - 1 if p != " " else s - 2
        j = k - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        return j >= 0 and text[j].isdigit()
    return False


def _scan_digits(text: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Find digit numbers and read the scale / unit / noun that follows each."""
    cands: list[_Cand] = []
    n = len(text)
    k = 0
    for m in _DIGIT_RE.finditer(text):
        s, e = m.start(), m.end()
        surface = m.group()
        # Split "1,2" lists and trailing commas: keep a valid thousands number only.
        if "," in surface:
            if not _THOUSANDS_RE.match(surface):
                cut = surface.find(",")
                surface = surface[:cut]
                e = s + cut
        while k < len(skip) and skip[k][1] <= s:
            k += 1
        if k < len(skip) and skip[k][0] <= s:
            continue
        value = parse_number(surface)
        if value is None:
            continue
        c = _Cand(start=s, num_end=e, end=e, value=value)
        if s >= 1 and text[s - 1] in "+-−" and (s < 2 or text[s - 2] in " (\t\n[:/"):
            c.sign = "-" if text[s - 1] != "+" else "+"
            c.start = s - 1
        if _name_or_setup_before(text, s):
            c.kind = "reject"
            cands.append(c)
            continue
        if e < n and text[e] == "." and e + 1 < n and text[e + 1].isdigit():
            c.kind = "reject"          # version "1.2.3"
            cands.append(c)
            continue
        um = _UNIT_RE.match(text, e)
        if um is None or um.end() == e:
            cands.append(c)
            continue
        if um.group("scale"):
            c.scale = SCALE_FACTORS.get(um.group("scale").strip().lower(), 1.0)
        if um.group("plus"):
            c.flags.add("plus")
        unit_raw = um.group("pct") or um.group("times") or um.group("word")
        if unit_raw:
            c.raw_unit = unit_raw
            c.unit = normalize_unit(unit_raw)
            c.end = um.end()
            c.kind = "word" if um.group("word") else "unit"
        elif um.group("hyph"):
            c.kind = "reject"
        elif um.group("scale"):
            c.kind = "scale"
            c.end = um.end("scale")
        elif um.group("noun"):
            c.kind = "noun"
            c.end = e
        elif um.group("plus"):
            c.end = e + 1
        cands.append(c)
    return cands


def _scan_number_words(text: str, low: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Number words followed by a unit ("five minutes", "three times", "tenfold").

    Triggered by the unit word (a cheap pass), then the number word is read
    backwards, so the whole text is never matched against the word list.
    """
    out: list[_Cand] = []
    for m in _L_WORDUNIT_RE.finditer(low):
        us, ue = m.start(), m.end()
        if us == 0 or low[us - 1].isdigit():
            continue
        if any(a <= us < b for a, b in skip):
            continue
        wm = _L_NUMWORD_BEFORE_RE.search(low, max(0, us - 24), us)
        if not wm:
            continue
        unit_word = m.group()
        sep = wm.group("sep")
        if unit_word != "fold" and sep.strip() == "" and sep == "":
            continue                       # "oneday": glued only for "-fold"
        if unit_word == "fold" and wm.group("w") in ("a", "an", "single", "a single"):
            continue
        word = wm.group("w")
        if word in ("a", "an", "single", "a single") and unit_word in ("times", "percent"):
            continue
        value = parse_number(word)
        if value is None:
            continue
        c = _Cand(start=wm.start("w"), num_end=wm.end("w"), end=ue, value=value,
                  unit=normalize_unit(unit_word), kind="word" if unit_word not in (
                      "times", "fold", "percent") else "unit", raw_unit=unit_word, is_word=True)
        out.append(c)
    return out


def _scan_specials(text: str, low: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Claims without digits: "by half", "an order of magnitude", "twice as
    fast", "doubles the", "ranks first"."""
    out: list[_Cand] = []
    for m in _L_SPECIAL_RE.finditer(low):
        p = m.start()
        if p > 0 and low[p - 1].isalpha():
            continue
        if any(a <= p < b for a, b in skip):
            continue
        trig = m.group()
        lo = max(0, p - 40)
        if trig == "magnitude":
            b = re.search(r"(?<![\w-])(an|one|two|three|four|five|six|[0-9]+)\s+orders?\s+of\s+$", low[lo:p])
            if b and low[p + 9:p + 10] in ("", " ", ",", ".", ";", ")"):
                k = b.group(1)
                n = 1.0 if k in ("an", "one") else (parse_number(k) or 1.0)
                out.append(_Cand(lo + b.start(1), p + 9, p + 9, 10.0 ** n, "x", "special",
                                 special="order"))
        elif trig == "half":
            b = re.search(r"\b(?:by|in)\s+$", low[lo:p])
            if b and not low[p + 4:p + 5].isalpha():
                out.append(_Cand(lo + b.start(), p + 4, p + 4, 50.0, "%", "special",
                                 direction="decrease", special="half"))
        elif trig == "halv":
            f = re.match(r"halv(?:es|ed|ing)\s+(?:the|its|their|our)\b", low[p:p + 30])
            if f:
                w = re.match(r"[a-z]+", low[p:]).end()
                out.append(_Cand(p, p + w, p + w, 50.0, "%", "special", direction="decrease",
                                 special="half"))
        elif trig == "twice":
            f = re.match(r"twice\s+(?:as\s+(?!large|big|many|long|much\s+data|wide|deep)[a-z]+|"
                         r"faster|higher|better)\b", low[p:p + 40])
            b = re.search(r"\bby\s+(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|over\s+)?$", low[lo:p])
            if f or b:
                st = lo + b.start() if b else p
                out.append(_Cand(st, p + 5, p + 5, 2.0, "x", "special", direction="increase",
                                 special="twice"))
        elif trig in ("doubl", "tripl", "quadrupl"):
            f = re.match(r"(?:doubl|tripl|quadrupl)(?:es|ed|ing)\s+(?:the|its|their|our)\b", low[p:p + 30])
            g = re.match(r"(?:doubling|tripling)\s+of\b", low[p:p + 20]) and re.search(r"\ba\s+$", low[lo:p])
            if f or g:
                w = re.match(r"[a-z]+", low[p:]).end()
                v = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}[trig]
                out.append(_Cand(p, p + w, p + w, v, "x", "special", direction="increase",
                                 special="double"))
        elif trig == "rank":
            f = re.match(r"rank(?:s|ed|ing)?\s+(?:the\s+)?(first|second|third|1st|2nd|3rd|"
                         r"(?:no\.\s?|#\s?)[0-9]+|top)\b", low[p:p + 30])
            if f:
                k = f.group(1)
                v = ORDINALS.get(k)
                if v is None:
                    v = float(re.search(r"[0-9]+", k).group())
                out.append(_Cand(p, p + f.end(), p + f.end(), v, "rank", "special",
                                 direction="none", special="rank"))
        elif trig == "place":
            b = re.search(r"\b(first|1st|second|2nd|third|3rd)\s+$", low[lo:p])
            if b and not low[p + 5:p + 6].isalpha():
                out.append(_Cand(lo + b.start(), p + 5, p + 5, ORDINALS[b.group(1)], "rank",
                                 "special", direction="none", special="rank"))
    return out


def _link_groups(text: str, cands: list[_Cand]) -> None:
    """Share units inside ranges and lists ("10-20%", "3, 5 and 7 points").

    A number with nothing attached takes the unit / scale / noun of the next
    number when only a range or list separator lies between them (right to
    left, so chains propagate).  "7, 13 and 70B" thereby become sizes too.
    """
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        if a.kind != "bare" or "plus" in a.flags or a.is_word != b.is_word:
            continue
        between = text[a.num_end:b.start]
        if len(between) > 8:
            continue
        is_range = bool(_RANGE_SEP_RE.match(between))
        if not (is_range or _LIST_SEP_RE.match(between)):
            continue
        if b.kind in ("bare", "reject"):
            continue
        a.kind, a.unit, a.raw_unit, a.scale = b.kind, b.unit, b.raw_unit, b.scale
        a.inherited_from = i + 1
        a.link = "range" if is_range else "list"


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
        if c.kind == "scale" and text[c.end:c.end + 1] in ("+",):
            return False
        return False
    if c.kind == "special":
        return True
    s, e = c.start, c.num_end
    pre = text[max(s_lo, s - 60):s]
    lpre = low[max(s_lo, s - 60):s]
    after = text[c.end:c.end + 40]
    lafter = low[c.end:c.end + 40]
    if _HTML_OPEN_RE.search(pre):
        return False
    if not c.is_word and _L_AFTER_SETUP_RE.match(low, e):
        return False
    if _VARIABLE_BEFORE_RE.search(pre) and not _SCORE_BEFORE_RE.search(pre):
        return False
    if c.kind == "unit":
        if c.scale != 1.0:
            return False
        if c.unit == "x":
            return _accept_times(text, low, c, pre, lpre, after, lafter)
        if c.unit == "%":
            _, np_after = _np_after(after)
            if np_after and np_after.split()[0] in SETTING_NOUNS:
                return False
            if re.match(r"\s*(?:ci\b|confidence|quantile|percentile)", lafter):
                return False
            if re.search(r"\b(?:sparsity|pruning|masking|mask|dropout)\s*(?:ratios?|rates?|levels?)?\s*"
                         r"(?:of|=|:|\(|at)?\s*$", lpre):
                return False
            if re.search(r"\btop[- ]?$", lpre):
                return False
        return True
    if c.kind == "word":
        return _accept_unit_word(text, low, c, pre, lpre, after, lafter, s_lo)
    # Bare numbers and numbers followed by a word.
    if c.is_word:
        return False
    if "$" in pre[-2:] and (c.kind == "bare" or (c.kind == "noun" and re.match(
            r"\s(?:per|for|each|a)\b", low[e:e + 10]))):
        c.unit = "$"
        return True
    cm = _L_COUNT_OF_RE.match(low, e)
    if cm and _L_OUTCOME_SENT_RE.search(low, s_lo, s_hi) and c.value == int(c.value):
        c.kind = "count"
        c.unit = normalize_unit(cm.group("noun").split()[-1])
        return True
    surface = text[c.start:e].lstrip("+-−")
    if _YEAR_RE.match(surface) or _L_SECTION_BEFORE_RE.search(lpre[-30:]):
        return False
    if c.kind == "noun":
        cn = _L_COUNT_NOUN_AFTER_RE.match(low, e)
        if cn and _L_COUNT_SOTA_RE.search(lpre) and c.value == int(c.value):
            c.kind = "count"
            c.unit = normalize_unit(cn.group("noun"))
            return True
        sa = _SCORE_AFTER_RE.match(text, e)
        if sa:
            c.unit = ""
            pm = re.match(r"\s\S+(?:\s+\S+)?\s+points?\b", text[e:e + 40])
            if pm:
                c.unit = "points"
                c.end = e + pm.end()
            else:
                c.end = sa.end()
            return True
        if re.match(r"\s(?:on|in)\s+(?:the\s+)?[A-Z]", text[e:e + 12]) and "." in surface \
                and re.search(r"\b(?:achiev\w*|scor\w*|reach\w*|obtain\w*|attain\w*|gets?)\b", lpre):
            c.unit = ""
            return True
        if not re.match(r"\s(?:to|and|on|in|vs\.?|versus|compared|respectively|while|with|at|"
                        r"for|over|than|points?)\b", low[e:e + 14]):
            return False
    if _CAP_NAME_BEFORE_RE.search(pre[-30:]) and not _SCORE_BEFORE_RE.search(pre):
        return False
    if _L_FACTOR_OF_RE.search(lpre):
        c.unit = "x"
        return True
    if _SCORE_BEFORE_RE.search(pre):
        c.unit = ""
        return True
    if "score_chain" in c.flags or "from_to" in c.flags:
        c.unit = ""
        return True
    # "from 68.2 to 81.5": both ends of a bare change are reported levels.
    if idx + 1 < len(cands) and _L_FROM_BEFORE_RE.search(lpre) \
            and not _L_RANGING_BEFORE_RE.search(lpre[:-5] if len(lpre) >= 5 else ""):
        nxt = cands[idx + 1]
        if re.fullmatch(r"\s+to\s+", text[e:nxt.start]) and nxt.kind in ("bare", "noun") \
                and ("." in surface or "." in text[nxt.start:nxt.num_end]) \
                and _L_PERF_CUE_RE.search(low, s_lo, s_hi):
            nxt.flags.add("from_to")
            c.flags.add("from_to")
            c.unit = ""
            return True
    if c.sign == "+" and re.search(r"\b(?:f1|bleu|rouge\S*|accuracy|points?|score)\s*$", lpre):
        c.unit = ""
        return True
    return False


def _accept_times(text: str, low: str, c: _Cand, pre: str, lpre: str, after: str,
                  lafter: str) -> bool:
    """Accept "2.2x" / "15 times" / "3-fold" unless it is a hardware count,
    a dimension or a repetition count ("run 5 times")."""
    if _HARDWARE_AFTER_RE.match(after) or re.match(r"\s?[0-9]", after):
        return False
    if after[:1].isalpha():
        return False                      # "4timesRTX": a lost multiplication sign
    raw = c.raw_unit.strip().lower()
    if raw.endswith("fold") and re.match(r"\s*cross", lafter):
        return False
    if raw == "times" or (c.is_word and raw != "fold"):
        cue_after = re.match(r"\s*(?:" + COMPARATIVES + r"|as\b|speed|reduction|improvement|increase|"
                             r"decrease|decrement|acceleration|gain|boost|throughput|"
                             r"lower|higher|the\s+\w+\s+of)", lafter)
        cue_before = re.search(r"\b(?:by|of|speedup|speed-up|to|achieves?|achieving|delivers?|"
                               r"yields?|provides?|offers?|with)\s+(?:up\s+to\s+|about\s+|over\s+|"
                               r"more\s+than\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|"
                               r"a\s+|an\s+)?$", lpre)
        if not (cue_after or cue_before):
            return False
    return True


def _accept_unit_word(text: str, low: str, c: _Cand, pre: str, lpre: str, after: str,
                      lafter: str, s_lo: int) -> bool:
    """Accept time / memory / throughput / compute quantities that are outcomes.

    Rejects settings: durations of data ("10 hours of speech", "5-second
    clips"), training budgets ("for 3 days"), hardware memory ("24GB GPU",
    "(24G)"), quantisation widths ("to 4 bits"), and scaled compute budgets.
    """
    unit = c.unit or ""
    if c.scale != 1.0 and unit not in SCALABLE_UNITS:
        return False
    if unit in TIME_UNITS:
        if _L_TIME_AFTER_SETUP_RE.match(lafter) or _L_FOR_BEFORE_RE.search(lpre):
            return False
        if c.raw_unit.strip() in ("s", "h") and c.value >= 1000:
            return False
        return True
    if c.is_word:
        return False
    if unit in MEMORY_UNITS:
        if re.match(r"\s?(?:gpus?|memory|vram|ram|hbm|cards?|devices?|of\s+(?:gpu|vram|hbm|memory))\b",
                    lafter):
            return False
        if lpre.endswith("(") or _L_MEMORY_SETUP_BEFORE_RE.search(lpre[-25:]):
            return False
        return True
    if unit in ("bit", "byte"):
        if c.link or _L_QUANT_BEFORE_RE.search(low[max(s_lo, c.start - 60):c.start]):
            return False
        return bool(re.match(r"\s?(?:of|per)\b", lafter))
    if unit in ("dB",):
        return True
    return True


def find_claims(text: str, sentences: Sequence[tuple[int, int]],
                entities: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
    """Find claimed numbers in `text`.

    text: the abstract (plain str).
    sentences: (start, end) character spans of the sentences of `text`, in
        order, covering it.
    entities: entity mentions already found in `text`, each a mapping with
        keys "start", "end" (char offsets into text), "type" (one of method,
        model, dataset, benchmark, metric, task) and "name" (the canonical
        entity name to report).

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
        return _find_claims(text, sentences, entities)
    except Exception:  # pragma: no cover - last-resort guard; a rule bug must not stop the pipeline
        return []


def _find_claims(text: str, sentences: Any, entities: Any) -> list[dict[str, Any]]:
    n = len(text)
    low = text.lower()
    if len(low) != n:
        low = text.translate(_ASCII_LOWER)
    sents = _sanitize_sentences(text, sentences)
    starts = [s for s, _ in sents]
    ents = _sanitize_entities(text, entities)
    metric_ents = [(s, e, name) for s, e, t, name in ents if t == "metric"]

    skip = _skip_spans(text)
    cands = _scan_digits(text, skip)
    words = _scan_number_words(text, low, skip)
    specials = _scan_specials(text, low, skip)
    if words:
        cands = sorted(cands + words, key=lambda c: c.start)
    _link_groups(text, cands)
    if specials:
        covered = [(sp.start, sp.end) for sp in specials]
        cands = [c for c in cands if not any(a <= c.start < b for a, b in covered)]

    accepted: list[_Cand] = []
    last_score = -2
    for i, c in enumerate(cands):
        s_lo, s_hi = _sentence_bounds(starts, sents, c.start, n)
        if last_score == i - 1 and c.kind in ("bare", "noun"):
            between = text[cands[i - 1].end:c.start]
            if _LIST_SEP_RE.match(between):
                c.flags.add("score_chain")
        ok = _accept(text, low, c, cands, i, s_lo, s_hi)
        if ok and c.inherited_from >= 0:
            # A number that borrowed its unit is kept only with its partner.
            j = c.inherited_from
            p_lo, p_hi = _sentence_bounds(starts, sents, cands[j].start, n)
            ok = cands[j].accepted or _accept(text, low, cands[j], cands, j, p_lo, p_hi)
        if ok:
            c.accepted = True
            accepted.append(c)
            if c.unit == "" and c.kind in ("bare", "noun"):
                last_score = i
    accepted.extend(specials)
    accepted.sort(key=lambda c: c.start)

    index = {id(c): k for k, c in enumerate(cands)}
    claims: list[dict[str, Any]] = []
    first_sentence: dict[tuple[float, str], int] = {}
    for c in accepted:
        s_lo, s_hi = _sentence_bounds(starts, sents, c.start, n)
        claim = _build_claim(text, low, c, cands, index, s_lo, s_hi, ents, metric_ents)
        key = (round(claim["value"], 6), claim["unit"])
        seen_in = first_sentence.setdefault(key, s_lo)
        if seen_in != s_lo:
            continue   # the same number restated in another sentence is one claim
        claims.append(claim)
    _share_list_attributes(text, claims)
    for cl in claims:
        del cl["_strength"], cl["_num_start"]
    claims.sort(key=lambda d: (d["start"], d["end"]))
    return claims


def _share_list_attributes(text: str, claims: list[dict[str, Any]]) -> None:
    """Members of a list ("38.4%, 36.1%, and 32.0%") share the head's metric."""
    for a, b in zip(claims, claims[1:]):
        if b["unit"] != a["unit"] or b["_num_start"] < a["end"]:
            continue
        between = text[a["end"]:b["_num_start"]]
        if len(between) > 8 or not re.fullmatch(
                r"\s?(?:,|;|/|-{1,3}|–|—)?\s?(?:and|or|vs\.?)?\s?", between):
            continue
        if b["_strength"] < 2 and a["metric"]:
            b["metric"] = a["metric"]
            b["_strength"] = a["_strength"]


def _group_span(c: _Cand, cands: list[_Cand], index: dict[int, int]) -> tuple[int, int]:
    """Context span of a candidate: a range member uses the whole range."""
    g_start, g_end = c.start, c.end
    j = c.inherited_from
    while j >= 0:
        g_end = cands[j].end
        j = cands[j].inherited_from
    i = index.get(id(c), -1)
    k = i - 1
    while k >= 0 and cands[k].inherited_from == k + 1 and cands[k].link == "range" and cands[k].accepted:
        g_start = cands[k].start
        k -= 1
    return g_start, g_end


def _build_claim(text: str, low: str, c: _Cand, cands: list[_Cand], index: dict[int, int],
                 s_lo: int, s_hi: int, ents: list[tuple[int, int, str, str]],
                 metric_ents: list[tuple[int, int, str]]) -> dict[str, Any]:
    """Attach value, unit, span, qualifier, direction, metric and entities."""
    g_start, g_end = _group_span(c, cands, index)
    unit = c.unit if c.unit is not None else ""
    value = c.value * (c.scale if unit in SCALABLE_UNITS else 1.0)
    clause_lo = s_lo
    for bm in _L_BOUNDARY_RE.finditer(low, max(s_lo, g_start - 160), g_start):
        clause_lo = bm.end()
    after_hi = min(s_hi if s_hi > g_end else n_or(text), g_end + 80)
    low_after = low[g_end:after_hi]

    qual, qlen = None, 0
    if c.special == "twice":
        mq = re.search(r"more\s+than|almost|nearly|about|over", low[c.start:c.end])
        if mq:
            qual = QUALIFIER_PHRASES.get(" ".join(mq.group().split()))
    if qual is None:
        qual, qlen = detect_qualifier(low[max(s_lo, g_start - 40):g_start], low[g_end:g_end + 30])
    if "plus" in c.flags and qual is None:
        qual = "more than"
    span_start = g_start - qlen
    if c.unit == "$" and g_start >= 1 and text[g_start - 1] == "$":
        span_start = min(span_start, g_start - 1)
    if qual is None:
        scope = low[max(clause_lo, span_start - 60):span_start]
        digits = [k for k, ch in enumerate(scope) if ch.isdigit()]
        if digits:
            scope = scope[digits[-1] + 1:]
        if _L_AVERAGE_NEAR_RE.search(scope) and re.search(r"\b(?:of|by|to|is|was)\s*$|:\s*$", scope):
            qual = "average"

    low_before = low[max(clause_lo, span_start - 130):span_start]
    if c.direction is not None:
        direction = c.direction
    elif c.kind == "count" or c.unit == "rank":
        direction = "none"
    else:
        direction = detect_direction(low_before, low_after, unit,
                                     local_only=unit in TIME_UNITS or unit in MEMORY_UNITS
                                     or unit in ("bit", "byte", "$"))
    if "from_to" in c.flags:
        direction = "none"
    if c.sign == "+" and direction == "none":
        direction = "increase"
    elif c.sign == "-" and direction == "none" and unit in ("%", "points", ""):
        direction = "decrease"

    if c.special == "rank":
        metric: str | None = "leaderboard rank" if "leaderboard" in low[s_lo:s_hi] else "rank"
        strength = 2
    elif c.kind == "count":
        metric = "number of " + unit + "s with best results"
        if re.search(r"state[- ]of[- ]the[- ]art|\bsota\b", low[s_lo:s_hi]):
            metric = "number of " + unit + "s with state-of-the-art results"
        strength = 2
    else:
        metric, strength = detect_metric(text, low, s_lo, s_hi, span_start, g_end, clause_lo,
                                         unit, metric_ents)
    if unit == "" and direction != "none" and c.kind == "noun" and "from_to" not in c.flags:
        unit = "points"            # a change in BLEU/F1 is in points

    subject, benchmark, baseline = _attach_entities(text, low, s_lo, s_hi, span_start, g_end, ents)
    return {
        "text": text[span_start:g_end],
        "start": span_start,
        "end": g_end,
        "value": float(value),
        "unit": unit,
        "metric": metric,
        "direction": direction,
        "qualifier": qual,
        "subject": subject,
        "benchmark": benchmark,
        "baseline": baseline,
        "sentence": text[s_lo:s_hi].strip(),
        "_strength": strength,
        "_num_start": c.start,
    }


def n_or(text: str) -> int:
    """Length of ``text`` (tiny helper so slices never run past the end)."""
    return len(text)


def _attach_entities(text: str, low: str, s_lo: int, s_hi: int, start: int, end: int,
                     ents: list[tuple[int, int, str, str]]) -> tuple[str | None, str | None, str | None]:
    """Subject, benchmark and baseline of a claim in sentence [s_lo, s_hi).

    Subject: the first method/model mention before the number in the
    sentence that is not introduced as a comparison ("than X",
    "outperforms X").  Benchmark: the benchmark/dataset mention nearest to
    the number.  Baseline: the entity or short phrase after the comparison
    cue ("than", "over", "compared to", "vs.") nearest to the number.
    """
    lo_i = bisect.bisect_left(ents, (s_lo, -1, "", ""))
    in_sent = []
    for e in ents[lo_i:]:
        if e[0] >= s_hi:
            break
        if e[1] <= s_hi:
            in_sent.append(e)
    cue_ends: list[tuple[int, int]] = [(m.start(), m.end()) for m in _L_BASELINE_RE.finditer(low, s_lo, s_hi)]
    compared = {ce for _, ce in cue_ends}
    subject = None
    for es, ee, typ, name in in_sent:
        if typ in ("method", "model") and es < start and es not in compared:
            if re.search(r"\b(?:than|over|vs\.?|versus|against|to|with|of)\s+(?:the\s+)?$",
                         low[max(s_lo, es - 20):es]):
                continue
            subject = name
            break
    benchmark, best = None, None
    for es, ee, typ, name in in_sent:
        if typ in ("benchmark", "dataset"):
            dist = abs(start - ee) if ee <= start else abs(es - end)
            if best is None or dist < best:
                best, benchmark = dist, name
    baseline, bestd = None, None
    for cs, ce in cue_ends:
        if cs < end and ce > start:
            continue
        dist = cs - end if cs >= end else start - ce
        if bestd is not None and dist >= bestd:
            continue
        name = next((en for es, ee, typ, en in in_sent if ce <= es <= ce + 1), None)
        if name is None:
            seg = text[ce:min(s_hi, ce + 80)]
            stop = _L_BASELINE_STOP_RE.search(low, ce, min(s_hi, ce + 80))
            if stop:
                seg = text[ce:stop.start()]
            seg = " ".join(seg.split()[:6]).strip()
            if not seg or seg[0].isdigit() or re.match(r"(?:up|more|less|about|over|twice|half)\b", seg.lower()):
                continue
            name = seg
        bestd, baseline = dist, name
    return subject, benchmark, baseline


# ---------------------------------------------------------------------------
# 5. Sentence splitter
# ---------------------------------------------------------------------------


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into contiguous sentence spans that cover it.

    Breaks after ".", "!" or "?" followed by whitespace and an upper-case
    letter, digit or opening bracket, and at line breaks.  It does not break
    after abbreviations ("e.g.", "i.e.", "et al.", "vs.", "Fig.") or single
    initials, and decimals ("3.5") never match.  Each span ends where the
    next begins, trailing whitespace included.
    """
    if not isinstance(text, str) or not text:
        return []
    n = len(text)
    cuts: list[int] = []
    for m in _SENT_END_RE.finditer(text):
        if text[m.start()] == ".":
            am = _ABBREV_TAIL_RE.search(text, max(0, m.start() - 12), m.start() + 1)
            if am:
                tok = am.group(1).lower()
                if tok in ABBREVIATIONS or (len(tok) == 1 and am.group(1).isupper()):
                    continue
        cut = m.end()
        while cut < n and text[cut].isspace():
            cut += 1
        if 0 < cut < n and (not cuts or cut > cuts[-1]):
            cuts.append(cut)
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in cuts:
        spans.append((prev, cut))
        prev = cut
    if prev < n:
        spans.append((prev, n))
    return spans


# --- spaCy component (pipeline wiring) ---
from spacy.language import Language  # noqa: E402
from spacy.pipeline import Pipe  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


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
        abstract = doc.text[offset:]
        sentences = [
            (max(s.start_char, offset) - offset, s.end_char - offset) for s in doc.sents if s.end_char > offset
        ]
        entities = [
            {"start": e["start"] - offset, "end": e["end"] - offset, "type": e["type"], "name": e["name"]}
            for e in doc._.pkg_entities or []
            if e["start"] >= offset
        ]
        doc._.pkg_claims = find_claims(abstract, sentences, entities)
        return doc


def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name)


Language.factory("pkg_claims", assigns=["doc._.pkg_claims"], requires=["doc._.pkg_entities", "doc.sents"])(
    make_claim_extractor
)
