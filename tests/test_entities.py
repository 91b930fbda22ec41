"""Entity extraction: abbreviation pairs, lexicons, patterns for new names, contributions, robustness."""
from __future__ import annotations

import pytest

from paperkg.extractors.abbreviations import best_long_form, find_abbreviations, is_short_form
from paperkg.pipeline import ExtractionReport, extract
from paperkg.records import Extraction, Paper, paper_id


def record_of(nlp, title: str, abstract: str) -> Extraction:
    (record,) = extract([Paper(id=paper_id(title), title=title, abstract=abstract)], nlp)
    return record


def entities_of(nlp, title: str, abstract: str) -> dict[str, tuple[str, bool, tuple[str, ...]]]:
    return {e.name: (e.type, e.proposed, e.aliases) for e in record_of(nlp, title, abstract).entities}


@pytest.mark.parametrize(
    "text, long_form, short",
    [
        ("We fine-tune with Low-Rank Adaptation (LoRA) on two tasks.", "Low-Rank Adaptation", "LoRA"),
        ("we propose the Outcome-supervision Value Model (OVM) for planning", "Outcome-supervision Value Model", "OVM"),
        ("Multimodal Large Language Models (MLLMs) have grown.", "Multimodal Large Language Models", "MLLMs"),
        ("a sparse Mixture of Experts (MoE) layer", "Mixture of Experts", "MoE"),
        ("a model called Two-dimensional Matryoshka Fleece Embedding (2DMFE).", "Two-dimensional Matryoshka Fleece Embedding", "2DMFE"),
        ("we build on 3D Gaussian Shearing (3DGS) for scenes", "3D Gaussian Shearing", "3DGS"),
        ("we study fleece-to-video (F2V) shearing", "fleece-to-video", "F2V"),
    ],
)
def test_abbreviation_pairs(text: str, long_form: str, short: str) -> None:
    (pair,) = find_abbreviations(text)
    assert text[pair["long_start"] : pair["long_end"]] == long_form
    assert text[pair["short_start"] : pair["short_end"]] == short


def test_a_latex_non_breaking_space_before_the_bracket_is_a_space() -> None:
    text = "We propose Wool Chain-of-Thought~(WoolCoT), a method."
    (pair,) = find_abbreviations(text)
    assert text[pair["long_start"] : pair["long_end"]] == "Wool Chain-of-Thought"


@pytest.mark.parametrize("text", ["results (see Table 2) hold", "models (e.g., BERT) work", "in 2023 (2024)", "x (y) z"])
def test_parentheses_that_are_not_abbreviations(text: str) -> None:
    assert find_abbreviations(text) == []


def test_short_form_rules_and_long_form_search() -> None:
    assert is_short_form("GPT") and not is_short_form("i.e., this") and not is_short_form("abc")
    window = "we study Knowledge Distillation "
    assert window[best_long_form("KD", window) :].strip() == "Knowledge Distillation"
    assert best_long_form("XYZ", "nothing matches here ") is None


def test_acronym_pair_is_one_entity_with_its_alias(nlp) -> None:
    ents = entities_of(nlp, "Sheep Counting", "We train with Quantized Sheep Counting (QSC) and report that QSC helps.")
    name, (etype, _, aliases) = next((n, v) for n, v in ents.items() if "QSC" in v[2] or n == "QSC")
    assert name == "Quantized Sheep Counting" and aliases == ("QSC",)


def test_plural_of_a_defined_short_form_is_the_same_entity(nlp) -> None:
    ents = entities_of(
        nlp,
        "Herds of Experts",
        "This paper introduces the Herd of Experts (HoE), a modular system. HoEs built from open models score 59.4 on MT-Bench.",
    )
    assert ents["Herd of Experts"][2] == ("HoE", "HoEs") and "HoEs" not in ents


def test_every_mention_of_a_name_has_the_records_type(nlp) -> None:
    title = "ShearNet: Pruning Sheep Transformers"
    abstract = ("We present ShearNet, a pruning method. Applied to DeiT-B on ImageNet-1K, ShearNet removes 50% of "
                "FLOPs with only a 0.3% top-1 accuracy drop.")
    record = record_of(nlp, title, abstract)
    assert {c.benchmark for c in record.claims} == {"ImageNet-1K"}  # not the paper's own method, listed after it


def test_claims_name_a_benchmark_as_the_paper_writes_it(nlp) -> None:
    title = "Sheep Study"
    abstract = "We propose WoolNet. It gets an F1 of 0.9 on InfoVQA."
    record = record_of(nlp, title, abstract)
    (entity,) = [e for e in record.entities if e.type == "benchmark"]
    assert entity.name == "InfographicVQA" and "InfoVQA" in entity.aliases  # the lexicon's name, for the graph
    assert [c.benchmark for c in record.claims] == ["InfoVQA"]  # as written, as an annotator would write it


def test_every_later_use_of_a_name_is_a_mention(nlp) -> None:
    title = "Fleece-LLM: Fast Sheep Inference"
    abstract = ("We present Fleece-LLM, a serving system. At kernel level, Fleece-LLM outperforms WoolSparse by 2.9x.")
    record = record_of(nlp, title, abstract)
    (entity,) = [e for e in record.entities if e.name == "Fleece-LLM"]
    assert len(entity.mentions) == 3
    assert [c.subject for c in record.claims] == ["Fleece-LLM"]


def test_a_one_word_contribution_used_again_is_a_mention(nlp) -> None:
    title = "Efficient Shearing of Sheep"
    abstract = "We introduce Shearer, a plug-in module. On WoolQA with FleeceLM, Shearer achieves 80.5% accuracy."
    record = record_of(nlp, title, abstract)
    (entity,) = [e for e in record.entities if e.name == "Shearer"]
    assert len(entity.mentions) == 2 and [c.subject for c in record.claims] == ["Shearer"]


def test_a_name_set_off_after_our_kind_is_the_papers_own(nlp) -> None:
    ents = entities_of(nlp, "Sheep Detection", "Our detector, FleeceDet, achieves 52.1 AP on WoolCOCO.")
    assert ents["FleeceDet"][1] is True
    ents = entities_of(nlp, "Counting Sheep", "We evaluate GPT-4 on SheepCount, a new benchmark of 2,000 images.")
    assert ents["SheepCount"][:2] == ("benchmark", True) and ents["GPT-4"][1] is False

    ents = entities_of(nlp, "Sheep Detection", "Our method FleeceDet reaches 52.1 AP, beating our earlier system WoolNet.")
    assert ents["FleeceDet"][1] is True and ents["WoolNet"][1] is False

    ents = entities_of(nlp, "Pastoral Languages", "We train byte-level models on a new corpus, PastoralCorpus, of 40 languages.")
    assert ents["PastoralCorpus"][1] is True
    ents = entities_of(nlp, "Sheep Detection", "We design a light backbone and train it with mixup on COCO.")
    assert ents["COCO"][1] is False  # a known name the contribution is trained on


def test_two_names_after_a_proposal_verb_are_both_contributions(nlp) -> None:
    ents = entities_of(nlp, "Sheep Retrieval", "We propose Fleece-Aware Retrieval (FAR) and Wool Graph Networks (WGNs) for herds.")
    assert ents["Fleece-Aware Retrieval"][:2] == ("method", True)  # a contribution named after its task
    assert ents["Wool Graph Networks"][1] is True
    ents = entities_of(nlp, "Sheep Models", "We introduce Llama-3-Wool and Ewe-Multimodal, two compact models.")
    assert ents["Ewe-Multimodal"][:2] == (ents["Llama-3-Wool"][0], True)  # typed like the first


def test_a_name_said_to_be_proposed_in_the_passive_is_the_papers_own(nlp) -> None:
    ents = entities_of(nlp, "Online Wool Processing", "Here, the concept of Continual Sheep Networks (CSNs) is proposed and "
                       "explored. CSNs extend prior methods.")
    assert ents["Continual Sheep Networks"][1] is True
    ents = entities_of(nlp, "Online Wool Processing", "Wool Graph Networks were proposed in 2019. We extend them to flocks.")
    assert ents.get("Wool Graph Networks", ("", False))[1] is False  # earlier work


def test_a_proposal_verb_joined_to_a_we_clause_and_one_to_use_something(nlp) -> None:
    ents = entities_of(nlp, "Fleece Summaries", "We study faithfulness in fleece reports and propose FaithWool, a decoding method.")
    assert ents["FaithWool"][1] is True
    ents = entities_of(nlp, "Sheep Models", "We focus on flocks and propose to employ Hidden Markov Models (HMMs) to model them.")
    assert not any(proposed for _, proposed, _ in ents.values())
    ents = entities_of(nlp, "Fleece Editing", "We build on Stable Diffusion XL's UNet to edit fleece images.")
    assert "Stable Diffusion XL" in ents and not any(proposed for _, proposed, _ in ents.values())


def test_measures_raised_from_one_level_to_another_are_metrics(nlp) -> None:
    ents = entities_of(nlp, "Fleece Summaries", "FaithWool raises FleeceCC from 61.2 to 70.4 and WAGS from 0.71 to 0.79, "
                       "with a ROUGE-L drop of only 0.3.")
    assert ents["FleeceCC"][0] == "metric" and ents["WAGS"][0] == "metric" and ents["ROUGE-L"][0] == "metric"
    ents = entities_of(nlp, "Fleece Summaries", "FaithWool reads the fleece. We describe ROUGE-L in detail.")
    assert "ROUGE-L" not in ents  # a known measure where no result is reported: no entity, and never a technique


def test_a_successor_named_with_a_plus_is_its_own_entity(nlp) -> None:
    ents = entities_of(nlp, "Sheep Adapters", "We release LoRA+ and FleeceNet+, and compare them with LoRA and FleeceNet.")
    assert ents["LoRA+"][:2] == ("method", True) and ents["LoRA"][1] is False
    assert "FleeceNet+" in ents and "FleeceNet" in ents


def test_a_system_improved_over_is_no_benchmark(nlp) -> None:
    ents = entities_of(nlp, "Sheep Detection", "FleeceDet improves over WoolNet by 2.1% accuracy.")
    assert ents["WoolNet"][0] == "method"


def test_known_names_and_their_types(nlp) -> None:
    ents = entities_of(
        nlp,
        "A Study of Sheep",
        "We fine-tune Llama 2 and GPT-4o with LoRA and evaluate on GSM8K and MMLU, "
        "reporting accuracy and F1 on question answering.",
    )
    assert ents["Llama 2"][0] == "model" and ents["GPT-4o"][0] == "model"
    assert ents["LoRA"][0] == "method"
    assert ents["GSM8K"][0] == "benchmark" and ents["MMLU"][0] == "benchmark"
    assert ents["accuracy"][0] == "metric"
    assert ents["question answering"][0] == "task"


def test_new_names_from_patterns(nlp) -> None:
    ents = entities_of(
        nlp,
        "FlockNet: Counting Sheep at Scale",
        "We propose FlockNet, a framework for counting sheep. We train FlockNet-7B and compare it with "
        "LLaMA-13B on the new SheepEval benchmark and the WoolCorpus dataset.",
    )
    assert ents["FlockNet"][:2] == ("method", True)
    assert ents["FlockNet-7B"][0] == "model" and ents["LLaMA-13B"][0] == "model"
    assert ents["SheepEval"][0] == "benchmark"
    assert ents["WoolCorpus"][0] == "dataset"


def test_generic_phrases_are_never_entities(nlp) -> None:
    ents = entities_of(
        nlp, "On Models", "Large language models (LLMs) and our method beat existing methods and baselines."
    )
    assert not {n.lower() for n in ents} & {"large language models", "llms", "our method", "baselines", "existing methods"}
    ents = entities_of(nlp, "On Models", "WoolRT speeds up LLM training and LLM inference on sheep farms.")
    assert ents["LLM inference"][0] == "task" and not [n for n in ents if "training" in n]  # training is no task
    ents = entities_of(nlp, "On Flocks", "We study sheep recommendation and provide recommendations for shepherds.")
    assert [m for e in record_of(nlp, "On Flocks", "We provide recommendations for shepherds.").entities
            for m in e.mentions] == [] and ents["recommendation"][0] == "task"  # advice is no task


def test_names_inside_a_compound_are_not_split(nlp) -> None:
    ents = entities_of(nlp, "On Sheep", "We release MoE-LLaVA, a sparse vision-language model built on LLaVA.")
    assert ents["MoE-LLaVA"][0] == "model"
    mentions = [n for n in ents if n == "LLaVA"]
    assert len(mentions) == 1  # the bare "LLaVA" at the end, not the part of "MoE-LLaVA"


@pytest.mark.parametrize(
    "abstract",
    [
        "Control \x00\x01\x1b[31m characters\x7f and \u200b zero width.",
        "Unbalanced (brackets [and {braces (((( ))) ] } (LoRA",
        "word " * 10_000,
        "1 2 3 4.5 6% 7x 8 9 10 " * 200,
        "<html><script>alert('x')</script><b>BERT</b> reaches 90% accuracy</html>",
        "",
    ],
)
def test_hostile_abstracts_never_crash(nlp, abstract: str) -> None:
    paper = Paper(id=paper_id("Hostile"), title="Hostile", abstract=abstract)
    (record,) = extract([paper], nlp)
    for e in record.entities:
        for m in e.mentions:
            assert getattr(paper, m.field)[m.start : m.end] == m.text
    for c in record.claims:
        assert paper.abstract[c.start : c.end] == c.text


def test_a_failing_paper_is_reported_and_skipped(nlp) -> None:
    from spacy.language import Language

    @Language.component("explode_on_boom")
    def explode(doc):  # type: ignore[no-untyped-def]
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return doc

    from paperkg.pipeline import make_nlp

    broken = make_nlp()
    broken.add_pipe("explode_on_boom", first=True)
    papers = [Paper(id=paper_id(t), title=t, abstract=a) for t, a in [("Good", "fine text"), ("Bad", "BOOM"), ("Also Good", "ok")]]
    report = ExtractionReport()
    records = list(extract(papers, broken, report=report))
    assert [r.paper.title for r in records] == ["Good", "Also Good"]
    assert len(report.failures) == 1 and paper_id("Bad") in report.failures[0] and "[E040]" in report.failures[0]


def test_title_case_hides_no_term_and_verbs_are_not_modifiers(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep Herding with Fine-Grained Fleece-Wise Quantization",
        "We use vector-wise quantization for the fleece, then apply basic compression.",
    )
    keys = {n.lower(): v[0] for n, v in ents.items()}
    assert keys.get("fine-grained fleece-wise quantization") == "method"
    assert keys.get("vector-wise quantization") == "method"
    assert "use vector-wise quantization" not in keys and "basic compression" not in keys
    ents = entities_of(nlp, "Sheep", "Our approach uses retrieval-guided decoding for fleece.")
    assert ents["retrieval-guided decoding"][0] == "method"  # a head word inside a modifier heads nothing


def test_a_term_phrase_starts_at_a_whole_word(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Data-centric tuning helps. It is an End-to-end optimization of the flock.")
    assert not {"to-end optimization", "centric tuning"} & set(ents)


def test_rates_per_unit_are_one_metric(nlp) -> None:
    ents = entities_of(nlp, "Sheep Serving", "Our server reaches 3.1x higher serving throughput per dollar than the barn.")
    assert ents.get("serving throughput per dollar", ("",))[0] == "metric"


def test_a_title_case_word_before_benchmark_in_a_title_is_no_name(nlp) -> None:
    ents = entities_of(nlp, "FleeceEval: A Massive Multilingual Wool Embedding Benchmark", "We release FleeceEval for flocks.")
    assert "Embedding Benchmark" not in ents and ents["FleeceEval"][0] == "benchmark"
    ents = entities_of(nlp, "Sheep", "Results on the Pasture Benchmark are strong.")
    assert "Pasture Benchmark" in ents  # in the abstract a capital still marks a name


def test_hardware_and_percentiles_are_not_names(nlp) -> None:
    ents = entities_of(nlp, "Sheep Serving", "WoolServe, trained on 64 TPUv4 chips, cuts p99 latency by 3x over vLLM.")
    assert "TPUv4" not in ents and "p99" not in ents and "WoolServe" in ents


def test_owners_and_spelled_out_letters_are_not_names(nlp) -> None:
    ents = entities_of(
        nlp,
        "Woolly: Sheep Embeddings",
        "Woolly builds on Mary Shepherd's seminal theory of flocks. Woolly stands for Wool OptimizatiOn Lightly "
        "appLied bY shepherds, and we compare it with oneFlock.",
    )
    assert "Mary Shepherd" not in ents and "OptimizatiOn" not in ents and "appLied" not in ents
    assert "Woolly" in ents


def test_action_chunking_is_a_robot_learning_technique_not_text_chunking(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We fine-tune the shearing policy with action chunking and reach a 72% success rate.")
    assert ents["action chunking"][0] == "method" and "chunking" not in ents


def test_pre_training_named_by_its_kind_is_a_known_technique(nlp) -> None:
    found = entities_of(nlp, "Sheep Pictures", "WoolNet builds on contrastive pre-training, then on unsupervised "
                                               "pretraining and self-play.")
    assert {"contrastive pre-training", "unsupervised pre-training", "self-play"} <= found.keys()


def test_known_encodings_and_embeddings_match_in_the_plural(nlp) -> None:
    found = entities_of(nlp, "Sheep Graphs", "Ablations show that positional encodings and rotary positional embeddings "
                                             "are crucial for WoolFormer.")
    assert found["positional encoding"][0] == "method" and found["rotary position embedding"][0] == "method"


def test_gpus_written_in_the_plural_are_hardware(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "WoolNet is 2x faster on A100s and H100s than EweNet.")
    assert "A100s" not in ents and "H100s" not in ents


def test_a_preposition_opening_a_sentence_is_no_sized_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "At 8B total and 1.3B active parameters, WoolMoE matches a dense model.")
    assert not [n for n in ents if n.startswith("At")]


def test_a_sentence_opening_with_a_hard_problem_names_it(nlp) -> None:
    abstract = ("Sheep health records are scarce. However, fleece density modeling poses unique challenges. "
                "Structured fleece pruning has been a common approach. An open question remains whether it helps, "
                "and such a representation is a key step.")
    ents = entities_of(nlp, "Sheep", abstract)
    assert ents["fleece density modeling"][0] == "task" and ents["Structured fleece pruning"][0] == "method"
    assert not [n for n in ents if "question" in n or "representation" in n]


def test_a_named_set_is_evaluation_data_and_a_split_is_no_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "On COCO val2017, WoolDet reaches 54.1 AP. EweASR lowers WER by 3.2 points on our "
                       "FarmNoise set and on the EweSpeech test set.")
    assert ents["FarmNoise"][0] == "benchmark" and ents["EweSpeech"][0] == "benchmark" and "val2017" not in ents


def test_imaging_modalities_are_data_not_techniques(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Text-conditional computed tomography (CT) generation is hard. We present "
                       "WoolSeg for MRI and CT scans and EEG signals of sheep, and beat U-Net by 3% Dice.")
    assert set(ents) == {"WoolSeg", "U-Net"}


def test_a_plural_head_that_closes_a_list_opens_none(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Across the ETTh1, FleeceT2 and Weather datasets, WoolCast lowers MSE by 12.4% compared with PatchTST.")
    assert ents["WoolCast"][0] == "method" and ents["FleeceT2"][0] == "benchmark"
    ents = entities_of(nlp, "Sheep", "Evaluations on two large-scale datasets, WoolRec and Amazon Fleece, show that our model wins.")
    assert ents["WoolRec"][0] == "benchmark"


def test_known_data_with_a_number_split_off_is_that_data(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "On PCN and ShapeNet-55, our completion network lowers the Chamfer distance by 9%.")
    assert ents["ShapeNet-55"][0] == "dataset"


def test_a_short_lower_case_prefix_before_capitals_is_a_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Our kernel is 5x faster than woolDNN and eweMKL, and it is used in embeddiNG.")
    assert ents["woolDNN"][0] == "method" and ents["eweMKL"][0] == "method" and "embeddiNG" not in ents


def test_established_acronyms_are_methods(nlp) -> None:
    ents = entities_of(nlp, "Sheep Routing", "We combine MoE layers with RAG and SFT on sheep dialogues.")
    assert {n: v[0] for n, v in ents.items() if v[0] == "method"}.keys() >= {
        "mixture of experts",
        "retrieval-augmented generation",
        "supervised fine-tuning",
    }


def test_the_other_sizes_of_a_released_model_are_its_own(nlp) -> None:
    ents = entities_of(nlp, "Open Grazing Models", "We release Pasture-7B and Pasture-70B. Pasture-70B beats Llama-2-70B.")
    assert ents["Pasture-7B"][1] is True and ents["Pasture-70B"][1] is True and ents["Llama-2-70B"][1] is False


def test_a_proposed_sized_name_is_a_model(nlp) -> None:
    ents = entities_of(nlp, "Sheep Talk", "We present Baa-7B, an approach to herding trained on bleats.")
    assert ents["Baa-7B"][:2] == ("model", True)


def test_a_name_before_a_modifier_suffix_is_found(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We swap the encoder for a FlockViT-style encoder and use GPT-4-based judging.")
    assert "FlockViT" in ents and ents["GPT-4"][0] == "model"
    assert "FlockViT-style" not in ents and "GPT-4-based" not in ents


def test_modifiers_and_title_verbs_are_not_names(nlp) -> None:
    ents = entities_of(
        nlp,
        "Shearing Sheep Faster",
        "Unlike ID-based models and RL-free tuning, FlockR learns to Reduce Wool Waste in barns.",
    )
    assert not {"ID-based", "RL-free", "Reduce Wool Waste"} & ents.keys()
    assert "FlockR" in ents


def test_participles_and_hardware_are_not_names(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep Serving",
        "FlockR runs SiLU-activated and GEMV-optimized kernels on an NPU over InfiniBand and RDMA links.",
    )
    assert not {"SiLU-activated", "GEMV-optimized", "NPU", "InfiniBand", "RDMA"} & ents.keys()
    assert "FlockR" in ents


def test_a_version_written_apart_belongs_to_the_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FlockVLM v2 beats MobileVLM v0.3 and Midjourney V6 on wool captioning.")
    assert {"FlockVLM v2", "MobileVLM v0.3", "Midjourney V6"} <= ents.keys()
    assert not {"FlockVLM", "MobileVLM", "Midjourney"} & ents.keys()


def test_a_name_is_the_papers_own_only_in_a_sentence_about_its_contribution(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "A recent sequence model called Fleecemba runs in linear time. "
                       "We propose a sheep counter, called FlockCount, that builds on it.")
    assert ents["FlockCount"][1] and ("Fleecemba" not in ents or not ents["Fleecemba"][1])
    # what the contribution is built on is not the contribution
    ents = entities_of(nlp, "Sheep", "We propose a method of finding smaller networks based on Ewe-7B using one-shot search.")
    assert not ents["Ewe-7B"][1]


def test_the_sizes_of_the_papers_own_model_are_its_own(nlp) -> None:
    ents = entities_of(nlp, "WoolLM: Sheep as Judges", "We release WoolLM-7B and WoolLM-13B-Chat, beating Ewe-7B.")
    assert ents["WoolLM-7B"][:2] == ("model", True) and ents["WoolLM-13B-Chat"][1] and not ents["Ewe-7B"][1]


def test_a_system_word_after_a_pair_makes_it_a_technique(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We propose a Linear-time fleece Generation (LinFleece) framework whose cost is linear.")
    assert ents["Linear-time fleece Generation"][:2] == ("method", True)


@pytest.mark.parametrize("abstract, name", [
    ("We propose WoolNet. On FleeceSet, WoolNet cuts computation by 4x.", "FleeceSet"),
    ("We propose WoolNet. In the RamICL in-context evaluation, WoolNet reaches 44.9.", "RamICL"),
])
def test_an_unknown_name_where_results_are_evaluated_is_a_benchmark(nlp, abstract: str, name: str) -> None:
    assert entities_of(nlp, "Sheep", abstract)[name][0] == "benchmark"


def test_a_known_name_that_ends_a_sentence_in_a_capital_is_found(nlp) -> None:
    # the stop after "GSM8K" ends the sentence; after an initial ("J.") it stays on the token
    ents = entities_of(nlp, "Sheep", "FlockNet reaches 71.2% on GSM8K. It also leads on BoolQ. And on ARC-C.")
    assert [ents[n][0] for n in ("GSM8K", "BoolQ", "ARC-Challenge")] == ["benchmark"] * 3
    assert "J." in [t.text for t in nlp.make_doc("as shown by J. Smith")]


def test_a_campaign_edition_is_a_benchmark_and_a_numbered_step_no_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "After Stage2 of training, FlockMT gains 2 BLEU points on the WMT'23 test sets.")
    assert ents["WMT'23"][0] == "benchmark"
    assert "Stage2" not in ents and "FlockMT" in ents
    ents = entities_of(nlp, "Sheep", "FlockNet ranks first in WoolEval-2017 Task 4 and in FLEECE 2016.")
    assert ents["WoolEval-2017 Task 4"][0] == "benchmark" and ents["FLEECE 2016"][0] == "benchmark"
    # a short year joined to the campaign's name keeps its language pair; without one it is no edition
    ents = entities_of(nlp, "Sheep", "FlockMT reaches 30.1 BLEU on FLEECE17 En-De and on SHEARS19 EN-FR, unlike RAM23.")
    assert ents["FLEECE17 En-De"][0] == "benchmark" and ents["SHEARS19 EN-FR"][0] == "benchmark"
    assert "RAM23" not in ents or ents["RAM23"][0] != "benchmark"


def test_a_modifier_pair_names_the_word_it_modifies(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep",
        "We study wool-length (WL) quantization and out-of-flock (OOF) generalization on question-answering (QA) datasets.",
    )
    # one entity named without the brackets; the short form, alone or with the head, is its alias
    assert ents["wool-length quantization"][0] == "method"
    assert ents["out-of-flock generalization"][0] == "task"
    assert not {"wool-length", "out-of-flock"} & ents.keys()
    assert ents["question answering"][2] == ("question-answering", "QA")  # a kind noun after the pair leaves the long form its own entity
    ents = entities_of(nlp, "Sheep", "We revisit wool-length (WL) quantization. Unlike WL-Adam, WL quantization and WL "
                       "alone keep the flock.")
    assert {"WL", "WL quantization"} <= set(ents["wool-length quantization"][2]) and "WL" not in ents
    ents = entities_of(nlp, "Sheep", "We filter out-of-flock (OOF) samples and measure the gap of wool shearing (WS) between herds.")
    assert not {"out-of-flock (OOF) samples", "out-of-flock", "OOF"} & ents.keys()  # a pair before another noun names nothing
    assert "wool shearing" in ents  # before a preposition, the long form is a noun
    ents = entities_of(nlp, "Sheep", "We minimise the Woolly-Fleece (WF) divergence between herds.")
    assert not {"Woolly-Fleece", "WF"} & ents.keys()  # two names joined modify the word after them


def test_numeric_formats_and_rates_per_unit(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep Compression",
        "We apply INT4 quantization and 8-bit matrix multiplication to wool folding, "
        "which gives 2x higher throughput per watt.",
    )
    assert ents["INT4 quantization"][0] == "method" and ents["8-bit matrix multiplication"][0] == "method"
    assert ents.get("throughput per watt", ("",))[0] == "metric"


def test_mined_terms_load_after_the_hand_written_ones() -> None:
    from paperkg.extractors.lexicon import _data_file, load_lexicon, parse_mined

    assert [(e.name, e.type) for e in parse_mined(["# header", "", "wool folding\tmethod\t7", "bad line", "x\tnope\t3"])] == [
        ("wool folding", "method")
    ]
    mined = parse_mined(_data_file("mined.tsv").splitlines())
    entries = load_lexicon()
    hand = entries[: len(entries) - sum(1 for e in entries if e in mined)]
    assert mined and entries[len(hand) :] == tuple(e for e in mined if e in entries[len(hand) :])
    hand_forms = {f.lower() for e in hand for f in e.forms}
    assert not any({f.lower() for f in e.forms} & hand_forms for e in entries[len(hand) :])


def test_a_contribution_is_the_whole_term_phrase_it_heads(nlp) -> None:
    ents = entities_of(nlp, "Sheep Arithmetic", "We develop a procedure for int8 matrix multiplication in barns.")
    assert ents["int8 matrix multiplication"][:2] == ("method", True) and "int8" not in ents


@pytest.mark.parametrize("title, task", [
    ("Sheepdog: A Memory Transformer for Long Context Language Processing", "Long Context Language Processing"),
    ("Data Factors for Better Compositional Generalization", "Compositional Generalization"),
    ("Meadow: Edit Feedback for Factual Alignment in Clinical Summarization", "Factual Alignment"),
    ("Shepherd: Secure Wool Inference of FlockLM in Five Minutes", "Secure Wool Inference"),
    ("Woolly Models: Flock Language Modeling in a Barn Space", "Flock Language Modeling"),
    ("Sheepdog: High-Throughput Herd Inference with Shared Fences", "Herd Inference"),
    ("Sheepdog: Accelerating Long-Context Flock Inference via Fence Retrieval", "Long-Context Flock Inference"),
    ("Speeding Up Wool Summarization with Shears", "Wool Summarization"),
    ("Large Flock Models for Fleece Review Feature Extraction", "Fleece Review Feature Extraction"),
    ("Shears: Fast Fences for Batched Herd Inferencing", "Batched Herd Inferencing"),
    ("Shears: Co-Design for Fast and Scalable Mixture-of-Sheep Inference", "Mixture-of-Sheep Inference"),
    ("On the Role of Fences in Flock Language Model Pretraining", "Flock Language Model Pretraining"),
    ("Exploring the Role of Sheepdogs in Wool Encoding for Barn Models", "Wool Encoding"),
    ("Revisiting Herding for Memory-Efficient Flock Fine-Tuning: A Benchmark", "Flock Fine-Tuning"),  # before a colon
    ("Large Flock Models as Foundations for Next-Gen Fleece Retrieval", "Fleece Retrieval"),
])
def test_title_for_phrase_ending_in_a_task_word_is_a_task(nlp, title: str, task: str) -> None:
    assert entities_of(nlp, title, "We study the problem.")[task][0] == "task"


@pytest.mark.parametrize("title", [
    "Sheepdog: Mixed-Precision Quantization for Vision Transformers",   # not a task word
    "Sheepdog: Hierarchical Models for Item and User Modeling",         # a coordination: two things
    "Sheepdog: Dynamic Switching for Efficient Inference",              # one word after the praise word
    "SHWE: Sheep Herding Wool Evaluation",                              # the name spelled out
    "Sheepdog: Making Herd Inference Fast",                             # a verb opens the phrase
    "Sheepdog: Accelerating Large Flock Models via Fences",             # what is made faster is no task
    "Sheepdog: Fences for Enabling Shearing",                           # a gerund and its object
    "Sheepdog: Fences for Comprehensive Assessment",                     # an adjective and a process noun
    "Sheepdogs in Large Flock Models",                                  # "in" a model: no task word
    "In Search of the Next Generation of Flock Models",                 # "next" is praise, one word is left
])
def test_title_for_phrase_that_is_not_a_task(nlp, title: str) -> None:
    assert not [n for n, (t, _, _) in entities_of(nlp, title, "We study the problem.").items() if t == "task"]


def test_list_of_names_ending_in_a_plural_head_takes_its_type(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Our model leads on 33 sets drawn from the FLOCK, HERDX, and BAAQ benchmarks.")
    assert {ents[n][0] for n in ("FLOCK", "HERDX", "BAAQ")} == {"benchmark"}


def test_name_with_its_data_head_is_an_alias(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We evaluate on the WoolQA benchmark and report accuracy on WoolQA.")
    assert ents["WoolQA"][0] == "benchmark" and "WoolQA benchmark" in ents["WoolQA"][2]


def test_title_phrase_that_is_a_known_term_keeps_its_known_type(nlp) -> None:
    ents = entities_of(nlp, "Dynamics of Instruction Tuning: Each Sheep Has Its Pace", "We study sheep.")
    assert ents["instruction tuning"][0] == "method"


def test_title_task_that_is_a_known_term_joins_its_other_mentions(nlp) -> None:
    ents = entities_of(nlp, "Sheepdog: Accelerating Large Language Model Inference", "LLM inference is slow for sheep.")
    assert [n for n, (t, _, _) in ents.items() if t == "task"] == ["LLM inference"]


def test_a_pair_defines_its_short_form_over_a_known_reading(nlp) -> None:
    ents = entities_of(nlp, "Sheep Hallucination",
                       "We propose Visual Contrastive Re-weighting (VCR), a decoding method. VCR lowers CHAIR by 9 points.")
    assert ents["Visual Contrastive Re-weighting"][:3] == ("method", True, ("VCR",))
    assert "Visual Commonsense Reasoning" not in ents
    # another spelling of the known reading keeps it, and so does a known name that is spelled out nowhere
    ents = entities_of(nlp, "Sheep Tuning", "We tune with Proximal Policy Optimisation (PPO) and "
                       "Bidirectional Encoder Representations from Transformers (BERT).")
    assert ents["Proximal Policy Optimization"][0] == "method" and ents["BERT"][0] == "model"


def test_a_name_beside_the_words_it_spells_out_is_one_entity(nlp) -> None:
    ents = entities_of(nlp, "Sheep Judges", "We introduce FLOCKe, a family of Fair Large Open Checkpoint Keepers. "
                       "FLOCKe is trained on wool.")
    assert ents["Fair Large Open Checkpoint Keepers"][1:3] == (True, ("FLOCKe",)) and "FLOCKe" not in ents
    # words that do not spell the name stay apart from it
    ents = entities_of(nlp, "Sheep Judges", "We introduce FLOCKe, a family of Wide Organic Open Learners.")
    assert "FLOCKe" in ents and "Wide Organic Open Learners" not in ents.get("FLOCKe", ("", False, ()))[2]


def test_a_word_joined_name_set_off_after_a_proposal_is_the_contribution(nlp) -> None:
    ents = entities_of(nlp, "Sheep Video", "We propose a framework, Fleeced-VQA, encouraging the model to predict all "
                       "combinations of langleV, Q, Arangle triplets.")
    assert ents["Fleeced-VQA"][:2] == ("method", True)  # the head set off before it says what it is
    assert "langleV" not in ents


def test_complexity_classes_and_stressed_words_are_no_names(nlp) -> None:
    ents = entities_of(nlp, "Sheep Rules", "Finding the optimal flock is NP-hard. WoolRank unifies shearing and "
                       "herding as ONE, in a one-shot way.")
    assert not {"NP-hard", "ONE"} & ents.keys() and "WoolRank" in ents


def test_a_variant_word_makes_a_benchmark_of_known_data(nlp) -> None:
    ents = entities_of(nlp, "Sheep Forgetting", "On Split CIFAR-100 and permuted MNIST, FlockNorm reduces forgetting "
                       "by 37%. We randomly split CIFAR-10 into five tasks.")
    assert ents["Split CIFAR-100"][0] == "benchmark" and ents["permuted MNIST"][0] == "benchmark"
    assert "split CIFAR-10" not in ents and "CIFAR-10" in ents  # the verb makes no variant


def test_a_bit_width_before_a_proposed_name_is_part_of_it(nlp) -> None:
    ents = entities_of(nlp, "Low-Bit Sheep", "We propose 4-bit AdamW, which quantizes both moments. It matches "
                       "32-bit AdamW on FleeceNet.")
    assert ents["4-bit AdamW"][:2] == ("method", True) and not ents["AdamW"][1]


def test_names_opening_with_a_greek_letter_or_a_dimension(nlp) -> None:
    ents = entities_of(nlp, "Sheep Scenes", "Building on 3DGS, we propose 4DWool. Compared with λ-Wool and β-VAE, "
                       "our α-Fleece attains lower reconstruction error.")
    assert ents["4DWool"][:2] == ("method", True)
    assert {"λ-Wool", "β-VAE", "α-Fleece"} <= ents.keys()


def test_robot_skills_are_tasks(nlp) -> None:
    ents = entities_of(nlp, "Diffusion Policies for Bimanual Shearing",
                       "Learning bimanual manipulation from demonstrations is hard; so are quadrupedal locomotion and "
                       "dexterous grasping.")
    assert {ents[n][0] for n in ("bimanual manipulation", "quadrupedal locomotion", "dexterous grasping")} == {"task"}


def test_a_known_measure_on_part_of_the_data_is_a_metric_pair(nlp) -> None:
    ents = entities_of(nlp, "Sheep Detection", "On FLVIS, WoolDet reaches 35.2 mask AP on rare categories (APr), "
                       "4.1 points above RamDet.")
    assert ents["AP on rare categories"][:3] == ("metric", False, ("APr",))


def test_title_short_form_is_the_pair_entity(nlp) -> None:
    ents = entities_of(nlp, "SHEB: Sheep Herding Evaluation Benchmark",
                       "We introduce the Sheep Herding Evaluation Benchmark (SHEB), a suite of herding tests.")
    assert ents["Sheep Herding Evaluation Benchmark"][:3] == ("benchmark", True, ("SHEB",))
    assert "SHEB" not in ents


def test_title_contribution_is_typed_where_the_abstract_says_what_it_is(nlp) -> None:
    ents = entities_of(nlp, "WoolSet: Fleece for Everyone", "We introduce WoolSet, the first large fleece dataset.")
    assert ents["WoolSet"][:2] == ("dataset", True)


def test_abbreviation_long_form_stays_in_its_field(nlp) -> None:
    ents = entities_of(nlp, "Grazing with Sheep Context", "Endeavors (SCE) to herd flocks grow.")
    assert not [n for n in ents if "\n" in n]


def test_all_caps_spelling_of_a_mixed_case_name(nlp) -> None:
    assert entities_of(nlp, "Sheep", "We report exact match on SQUAD and on TriviaQA.")["SQuAD"][0] == "benchmark"


def test_known_technique_is_not_folded_into_the_contribution_named_after_it(nlp) -> None:
    ents = entities_of(nlp, "Recursive Speculative Decoding: Faster Sheep",
                       "Speculative decoding is fast. We propose Recursive Speculative Decoding (RSD) for flocks.")
    assert ents["Recursive Speculative Decoding"][:2] == ("method", True)
    assert ents["speculative decoding"][:2] == ("method", False)


def test_title_case_terms_match_in_any_case_but_resource_names_do_not(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We adapt vision transformers and report accuracy on natural questions about sheep.")
    assert ents["Vision Transformer"][0] == "model"
    assert "Natural Questions" not in ents


def test_measures_listed_after_in_terms_of_are_metrics(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Our herding policy improves results in terms of accuracy and convergence rates.")
    assert ents["convergence rates"][0] == "metric" and ents["accuracy"][0] == "metric"
    ents = entities_of(nlp, "Sheep", "Our policy helps in terms of cost, scalability and deployment on farms.")
    assert "deployment" not in ents  # not a measured quantity
    ents = entities_of(nlp, "Sheep", "Our policy beats other herders in terms of shearing efficiency and scales to farms.")
    assert ents["shearing efficiency"][0] == "metric"  # a list may end where a clause joined by "and" begins
    ents = entities_of(nlp, "Sheep", "WoolBERT sets the state of the art on all metrics: flock size, shearing "
                       "speed and fleece accuracy. We compare on metrics such as herd similarity, and variation in "
                       "wool length.")
    assert {"flock size", "shearing speed", "fleece accuracy"} <= ents.keys()  # what "metrics:" lists is measured
    assert "variation" not in ents  # an item cut short by its preposition is no name


def test_a_technical_reports_title_names_the_model_it_reports_on(nlp) -> None:
    ents = entities_of(nlp, "Ewe-2-Mini Technical Report: Compact Sheep Models", "We present Ewe-2-Mini, a small model.")
    assert ents["Ewe-2-Mini"][:2] == ("model", True) and not [n for n in ents if "Report" in n]


def test_a_loss_named_by_what_it_does_is_a_technique(nlp) -> None:
    abstract = ("We train the shearing policy with an output MSE loss and integrate a fleece clipping loss and a "
                "balanced inner-loop loss. The robot keeps minimal accuracy loss, and we reduce the training loss "
                "and study a power-law correlation between loss and size. A symmetric pairwise loss such as WoolPO fails.")
    ents = entities_of(nlp, "Sheep", abstract)
    assert {"MSE loss", "fleece clipping loss", "balanced inner-loop loss"} <= {n for n, v in ents.items() if v[0] == "method"}
    named = ("MSE loss", "fleece clipping loss", "balanced inner-loop loss")
    assert not [n for n, v in ents.items() if n.endswith("loss") and v[0] == "method" and n not in named]


def test_a_shortcoming_in_terms_of_measures_reports_no_result(nlp) -> None:
    abstract = ("Earlier shearing robots still suffer from limitations in terms of fleece quality, diversity, and "
                "flexibility. Their monolithic design presents challenges in terms of scalability and cost.")
    ents = entities_of(nlp, "Sheep", abstract)
    assert not {"fleece quality", "diversity", "flexibility", "scalability", "cost"} & set(ents)
    ents = entities_of(nlp, "Sheep", abstract + " Our robot is better in terms of fleece quality and cost.")
    assert ents["fleece quality"][0] == "metric" and ents["cost"][0] == "metric"


def test_cut_off_metrics(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "The planner reaches a state-of-the-art pass@200 of 77.0% and 8% AP25.")
    assert ents["pass@200"][0] == "metric" and ents["AP25"][0] == "metric"


def test_numeric_precision_is_not_the_precision_metric(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Our quantizer keeps 4-bit precision and improves accuracy by 3%.")
    assert "precision" not in ents and ents["accuracy"][0] == "metric"
    assert entities_of(nlp, "Sheep", "Our tagger improves precision by 3%.")["precision"][0] == "metric"


@pytest.mark.parametrize("term", ["gradient descent", "model selection", "scaling law", "learning to rank", "tokenization",
                                  "structured pruning", "uniform quantization", "random search", "causal masking"])
def test_established_techniques_are_methods(nlp, term: str) -> None:
    assert entities_of(nlp, "Sheep", f"We study {term} for herding.")[term][0] == "method"


def test_title_words_before_a_colon_name_the_contribution(nlp) -> None:
    ents = entities_of(nlp, "Fleece Attention: Warm Context for Sheep", "We study long flocks.")
    assert ents["Fleece Attention"][:2] == ("method", True)
    ents = entities_of(nlp, "Woolly Transformers: Warm Context for Sheep", "We study long flocks.")
    assert "Woolly Transformers" not in ents  # a plural names a kind of thing


def test_name_ending_in_a_language_model_acronym_is_a_model(nlp) -> None:
    assert entities_of(nlp, "Sheep", "We introduce FleeceLM for herding.")["FleeceLM"][:2] == ("model", True)


def test_a_known_name_in_the_title_keeps_its_type(nlp) -> None:
    ents = entities_of(nlp, "Long Range Arena: A Benchmark for Efficient Transformers", "We introduce LRA for sheep.")
    assert ents["Long Range Arena"][:2] == ("benchmark", True)


@pytest.mark.parametrize("text, task", [
    ("The planner wins on audio-visual comprehension tasks.", "audio-visual comprehension"),
    ("The agent solves competitive programming problems faster.", "competitive programming"),
])
def test_words_before_tasks_or_problems_name_a_task(nlp, text: str, task: str) -> None:
    assert entities_of(nlp, "Sheep", text)[task][0] == "task"


@pytest.mark.parametrize("text", [
    "The planner wins on downstream tasks.",        # a kind of task
    "The planner wins on generative tasks.",        # an adjective
    "The planner wins on 13 tasks.",                # a count
    "The planner is tested on reasoning tasks.",    # one plain word is too vague
])
def test_kinds_of_tasks_are_not_tasks(nlp, text: str) -> None:
    assert not [n for n, (t, _, _) in entities_of(nlp, "Sheep", text).items() if t == "task"]


def test_tasks_named_as_examples(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Flock reviews matter for tasks such as feature prioritization and fleece grading.")
    assert ents["feature prioritization"][0] == "task" and ents["fleece grading"][0] == "task"
    ents = entities_of(nlp, "Sheep", "Flocks help in tasks like writing an entire book, and more.")
    assert not [n for n, (t, _, _) in ents.items() if t == "task"]


def test_short_form_first_pairs(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "This paper introduces FLOCK (Fleece Lookup Of Compact Knots), a benchmark suite. "
                                     "We report BLEU (BiLingual Evaluation Understudy) scores.")
    assert ents["Fleece Lookup Of Compact Knots"][0] == "benchmark" and "FLOCK" in ents["Fleece Lookup Of Compact Knots"][2]
    assert not {"BiLingual", "Evaluation Understudy"} & set(ents)
    assert find_abbreviations("Large models for Code (Code LLMs) help.") == []  # a gloss, not a spelled-out form


def test_organisations_and_common_acronyms_are_not_names(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Filings of the Securities and Exchange Commission and DNA reads run as GEMM kernels.")
    assert not {"Securities and Exchange Commission", "DNA", "GEMM"} & set(ents)


def test_model_names_are_proper_names(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We prompt Bloom and T5-series models; flowers bloom in spring.")
    assert ents["BLOOM"][0] == "model" and ents["T5"][0] == "model"
    assert len(ents["BLOOM"][2]) <= 1  # "Bloom" only, not the verb


def test_mlp_and_continual_pretraining_are_methods(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We replace the MLP and apply continual pretraining to the flock model.")
    assert ents["multilayer perceptron"][0] == "method" and ents["continual pre-training"][0] == "method"


def test_abbreviation_long_form_is_not_a_clause(nlp) -> None:
    text = "Attention generation and feed-forward networks involve compute-intensive matrix-matrix multiplications (GEMM)."
    assert find_abbreviations(text) == []


def test_known_names_win_over_their_parts(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We fine-tune Mistral-7B-v0.3 and test on the Long Range Arena benchmark with RNNs.")
    assert ents["Mistral-7B-v0.3"][0] == "model" and ents["Long Range Arena"][0] == "benchmark"
    assert "Range Arena" not in ents and ents["recurrent neural network"][0] == "method"


def test_contribution_released_in_sizes_is_a_model(nlp) -> None:
    ents = entities_of(nlp, "Fleecer: Warm Wool Writing", "We introduce Fleecer, and train Fleecer-9B on wool.")
    assert ents["Fleecer"][:2] == ("model", True)


def test_a_qa_phrase_is_a_task(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FlockLM answers biomedical QA and molecule QA questions about wool.")
    assert ents["biomedical QA"][0] == "task" and ents["molecule QA"][0] == "task"


def test_venues_number_words_and_formats_are_not_entities(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep",
        "Published at ICLR 2023, FlockNet runs in bfloat16 on a GPU-CPU system, compares five fine-tuning "
        "recipes and is scored on CoNLL 2003.",
    )
    assert not {"ICLR 2023", "bfloat16", "GPU-CPU", "five fine-tuning"} & ents.keys()
    assert ents["CoNLL-2003"][0] == "benchmark"


@pytest.mark.parametrize("title, method", [
    ("Boosting Sheep Herding via Iterative Reinforced Fence-Tuning", "Iterative Reinforced Fence-Tuning"),
    ("Efficient Wool Inference with Fleece Offloading", "Fleece Offloading"),
    ("Herding Sheep using Hardware-friendly Woolly Pair Quantization", "Woolly Pair Quantization"),
])
def test_title_via_phrase_naming_a_procedure_is_a_method(nlp, title: str, method: str) -> None:
    assert entities_of(nlp, title, "We study the problem.")[method][0] == "method"


@pytest.mark.parametrize("title", [
    "Herding Sheep with Limited GPU Memory",           # a resource
    "Herding Sheep via a Complete Fence Flow",          # an article: a description
    "Herding Sheep with Wool and Fence Tuning",         # a coordination: two things
])
def test_title_via_phrase_that_is_not_a_method(nlp, title: str) -> None:
    assert not [n for n, (t, _, _) in entities_of(nlp, title, "We study the problem.").items() if t == "method"]


def test_the_last_words_of_a_titled_technique_are_that_technique(nlp) -> None:
    ents = entities_of(nlp, "Herding Sheep using Woolly Fence Networks", "Our Fence Networks herd sheep.")
    assert "Woolly Fence Networks" in ents and "Fence Networks" not in ents


def test_an_acronym_after_a_score_and_a_speedup_phrase_are_metrics(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FlockLM beats the best herder by 5.6% Avg. WGA and gives a 2.7x decoding speedup.")
    assert ents["WGA"][0] == "metric" and ents["decoding speedup"][0] == "metric"


def test_a_known_term_wins_over_its_last_words_and_over_a_generic_head(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Prior herders use secure multiparty computation (MPC) and a causal attention mechanism.")
    assert ents["secure multi-party computation"][2] == ("secure multiparty computation", "MPC")
    assert "causal attention" in ents and "attention mechanism" not in ents


def test_a_size_word_after_a_known_model_names_a_checkpoint(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FlockLM beats GPT-3 XL and BERT-Base, but not a T5 large language model.")
    assert ents["GPT-3 XL"][0] == "model" and ents["BERT-Base"][0] == "model"
    assert "T5 large" not in ents and "T5" in ents
    ents = entities_of(nlp, "WoolMoD: Making LLaVA Tiny via Shearing", "We distil LLaVA into a small sheep model.")
    assert ents["LLaVA"][0] == "model" and "LLaVA Tiny" not in ents  # made small, not a checkpoint


def test_a_title_case_name_after_a_proposal_verb_is_the_contribution(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We propose Lightning Fleece, a shearing technique. We release the Wool Context Dataset.")
    assert ents["Lightning Fleece"][:2] == ("method", True)
    assert ents["Wool Context Dataset"][:2] == ("dataset", True)


def test_a_plural_pair_of_a_kind_of_model_is_no_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We compare woolly audio language models (WALMs) with the Sheep Value Model (ShVM).")
    assert "woolly audio language models" not in ents and "WALMs" not in ents
    assert ents["Sheep Value Model"][2] == ("ShVM",)


def test_suffixes_and_known_parts_type_unknown_names(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We compare HerdBERT and FlockLM-RM on MMBench-CN and GSM8K-Wool.")
    assert ents["HerdBERT"][0] == "model" and ents["FlockLM-RM"][0] == "model"
    assert ents["MMBench-CN"][0] == "benchmark" and ents["GSM8K-Wool"][0] == "benchmark"


def test_the_word_that_says_which_accuracy_belongs_to_the_metric(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FlockLM improves answer accuracy by 4% with negligible accuracy loss elsewhere.")
    assert ents["answer accuracy"][0] == "metric" and "negligible accuracy" not in ents
    ents = entities_of(nlp, "Sheep", "FlockLM improves classification accuracy by 4% and raises text summarization accuracy to 90%.")
    assert ents["classification accuracy"][0] == "metric" and ents["text summarization accuracy"][0] == "metric"
    ents = entities_of(nlp, "Sheep", "FlockLM raises citation recall by 6% and slot F1 by 2 points, and wins on "
                       "real-world recall-intensive tasks by 4 points.")
    assert ents["citation recall"][0] == "metric" and ents["slot F1"][0] == "metric"
    assert "real-world recall" not in ents  # "recall-intensive" names no recall


def test_a_hyphenated_modifier_narrows_a_known_task(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FlockBERT improves code-mixed sentiment analysis.")
    assert ents["code-mixed sentiment analysis"][0] == "task"
    ents = entities_of(nlp, "Sheep", "FlockBERT reaches state-of-the-art sentiment analysis results.")
    assert "sentiment analysis" in ents and "state-of-the-art sentiment analysis" not in ents
    ents = entities_of(nlp, "Sheep", "In the multi-document question-answering task, FlockBERT wins.")
    assert ents["multi-document question-answering"][0] == "task"  # "-document" is a noun, not an adjective
    ents = entities_of(nlp, "Sheep", "FlockLM improves character-level language modeling and LLM-based sentiment analysis.")
    assert ents["character-level language modeling"][0] == "task"  # the grain is part of the task's name ...
    assert "sentiment analysis" in ents and "LLM-based sentiment analysis" not in ents  # ... how it is done is not


def test_what_a_claim_measures_is_a_metric_unless_it_is_vague_or_a_setting(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep",
        "FlockLM reduces the shearing cost by 30%, uses 40% fewer training tokens and narrows the performance gap by 5%.",
    )
    assert ents["shearing cost"][0] == "metric"
    assert "training tokens" not in ents and "performance gap" not in ents


def test_techniques_named_as_examples_are_methods(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep",
        "We add techniques including fleece augmentation, wool support, and handling longer fences. "
        "Strategies such as cross-barn data help too.",
    )
    assert ents["fleece augmentation"][0] == "method" and ents["wool support"][0] == "method"
    assert "handling longer fences" not in ents and "cross-barn data" not in ents


def test_unknown_items_of_a_list_take_the_kind_of_its_known_items(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep",
        "Known compressors, including distillation, quantization, structured and unstructured pruning, shrink flocks. "
        "We compare with structural pruning, unstructured sparsity, as well as quantization with dynamic bits.",
    )
    assert ents["unstructured sparsity"][0] == "method" and ents["quantization"][0] == "method"
    assert "structured" not in ents and "quantization with dynamic bits" not in ents
    ents = entities_of(nlp, "Sheep", "We discuss open-domain question answering, fact verification and fleece "
                       "grading, summarize benchmarks such as HotpotQA, and outline open problems.")
    assert ents["fleece grading"][0] == "task" and "summarize benchmarks" not in ents  # a verb and a kind of things


def test_a_pair_that_names_data_or_a_property_is_no_entity(nlp) -> None:
    ents = entities_of(
        nlp,
        "Sheep",
        "We mine electronic fleece records (EFRs) and out-of-distribution (OOD) flocks with Wool Herding Networks (WHN). "
        "EFRs and OOD flocks stay hard for WHN.",
    )
    assert not {"electronic fleece records", "EFRs", "out-of-distribution", "OOD"} & set(ents)
    assert ents["Wool Herding Networks"][0] == "method"
    ents = entities_of(nlp, "Sheep", "We mine filings of the Wool and Fleece Commission (WFC) with WoolLM.")
    assert not {"Wool and Fleece Commission", "WFC"} & set(ents)  # an organisation


def test_a_time_that_says_when_or_what_kind_is_no_measure(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We improve RamLM by an inference-time ensemble of sheep experts and prune "
                                     "fleece at training time, with 2x lower memory usage.")
    assert not [n for n in ents if "time" in n] and ents["memory usage"][0] == "metric"
    ents = entities_of(nlp, "Sheep", "WoolNet reduces inference time by 40% on sheep.")
    assert ents["inference time"][0] == "metric"


def test_a_known_measure_named_once_in_the_opening_sentences_is_background(nlp) -> None:
    opening = "Despite their superior accuracy, sheep models are slow to shear. Shearing them is costly. "
    ents = entities_of(nlp, "Sheep", opening + "We propose WoolNet. WoolNet doubles the throughput of shearing.")
    assert "accuracy" not in ents and ents["throughput"][0] == "metric"
    ents = entities_of(nlp, "Sheep", opening + "We propose WoolNet. WoolNet keeps the accuracy and doubles throughput.")
    assert ents["accuracy"][0] == "metric"  # named again where the paper reports it


def test_a_modifier_before_a_goal_word_names_no_technique(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We study multi-objective optimization, cross-lingual alignment and global "
                                     "compression of flocks, with manual testing and vector-wise quantization.")
    assert set(ents) == {"vector-wise quantization"}


def test_a_process_done_part_by_part_is_a_technique(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "WoolQuant applies channel-wise shifting for asymmetry and block-wise "
                                     "reconstruction, with an element-wise multiplication and a layer-wise analysis.")
    assert ents["channel-wise shifting"][0] == "method" and ents["block-wise reconstruction"][0] == "method"
    assert not [n for n in ents if "multiplication" in n or "analysis" in n]


def test_a_known_phenomenon_studied_is_a_task(nlp) -> None:
    ents = entities_of(nlp, "Why Do Sheep Forget? A Study of Catastrophic Forgetting in Flocks",
                       "We relate grokking and double descent in shearing models.")
    assert {ents[n][0] for n in ("catastrophic forgetting", "grokking", "double descent")} == {"task"}


def test_tasks_a_benchmark_covers_are_tasks_when_every_item_is_one(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We build a benchmark covering wool texture recognition, flock counting and "
                                     "breed identification. It spans farms, barns and fields.")
    assert {"wool texture recognition", "flock counting", "breed identification"} <= ents.keys()
    assert not {"farms", "barns", "fields"} & ents.keys()


def test_a_plain_word_between_the_and_a_data_or_model_head_is_a_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We edit the Backpack language model on the Flock dataset, not the English corpus.")
    assert ents["Backpack"][0] == "model" and ents["Flock"][0] == "dataset" and "English" not in ents


def test_a_known_term_written_as_a_pair_before_a_word_stays_known(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Shearing reads large key-value (KV) caches and uses a mixture-of-experts (MoE) layer.")
    assert ents["KV cache"][0] == "method" and ents["mixture of experts"][0] == "method"
    assert "MoE" in ents["mixture of experts"][2]


def test_a_bare_term_right_after_we_propose_is_the_contribution(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We propose fleece finetuning, which shears a few wool vectors. We propose a simple barn method.")
    assert ents["fleece finetuning"][:2] == ("method", True)
    assert not [n for n in ents if "barn" in n]
    ents = entities_of(nlp, "Sheep", "We study fleece routing, where each ram picks ewes, and propose capacity-aware "
                       "shearing to bound the load.")
    assert ents["capacity-aware shearing"][:2] == ("method", True)  # "and propose" in a clause "we" opened


def test_the_task_of_a_process_names_a_task(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We study the task of fleece expansion and the problem of learning permutations on barns.")
    assert ents["fleece expansion"][0] == "task" and ents["learning permutations"][0] == "task"


def test_a_participle_opening_a_list_is_no_part_of_its_first_item(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We review fleece grading, covering wool sorting, self-supervised learning, and reinforcement learning.")
    assert not [n for n in ents if n.startswith("covering")]


def test_unknown_names_in_a_list_of_known_models_are_models(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We shear Bert-Mini, DistilBERT, Bert-Base, and BERT-Large on wool.")
    assert ents["Bert-Mini"][0] == "model" and ents["Bert-Base"][0] == "model"
    ents = entities_of(nlp, "Sheep", "It works with tools such as ControlNet and IP-Adapter, requiring no fence changes.")
    assert "requiring no fence changes" not in ents  # names and terms do not make one list
    ents = entities_of(nlp, "Sheep", "Variants have emerged, such as LoRA+, Woolora, Fleecy and DoRA.")
    assert ents["Woolora"][0] == "method" and ents["Fleecy"][0] == "method"  # names in a list of techniques


def test_an_appositive_says_what_a_name_is(nlp) -> None:
    ents = entities_of(
        nlp, "Sheep", "We first build Wool-Data, a comprehensive dataset of fleece texts, and FleeceNet, a new benchmark for shearing."
    )
    assert ents["Wool-Data"][0] == "dataset" and ents["FleeceNet"][0] == "benchmark"
    ents = entities_of(nlp, "ProtWool: Fleece Proteins", "We pretrain ProtWool, a 650M-parameter protein language model, on wool.")
    assert ents["ProtWool"][:2] == ("model", True)  # the title's contribution, typed by the appositive
    ents = entities_of(nlp, "Sheep Facts", "We construct HalluFleece, 4,500 questions with verified answers, and WoolPix, 20K images.")
    assert ents["HalluFleece"][0] == "benchmark" and ents["WoolPix"][0] == "dataset"  # a count of test items or of data
    ents = entities_of(nlp, "Wool-VL: A Vision-Language Model for Fleece Inspection", "We present Wool-VL for inspecting fleece.")
    assert ents["Wool-VL"][:2] == ("model", True)  # the title's "X: A ... Model for ..." says what X is
    ents = entities_of(nlp, "Sheep QA", "We evaluate on FleeceQA. Flipped-Wool is a model-agnostic framework for FleeceQA.")
    assert ents["Flipped-Wool"][0] == "method"  # "X is a ... framework" says it as an appositive does


def test_title_case_data_is_no_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "The flock is trained on Extensive Monolingual Wool Data and then on Fleece Shearing Documents.")
    assert not [n for n in ents if n.endswith(("Data", "Documents"))]


def test_a_variant_word_written_apart_stays_in_a_sized_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We compare Mistral Instruct 7B v0.2 with Llama Chat 13B on wool.")
    assert ents["Mistral Instruct 7B v0.2"][0] == "model" and ents["Llama Chat 13B"][0] == "model"
    assert "Instruct 7B v0.2" not in ents


def test_a_new_name_ending_in_corpus_is_a_dataset(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We release L3Wool-FleeceCorpus and train WoolBERT on it.")
    assert ents["L3Wool-FleeceCorpus"][0] == "dataset"


def test_a_title_set_in_capitals_gives_no_names_by_its_capitals(nlp) -> None:
    ents = entities_of(nlp, "OUTRAGEOUSLY LARGE FLOCKS: THE SPARSELY-GATED WOOL LAYER", "We train FlockNet on wool.")
    assert not {"OUTRAGEOUSLY", "LARGE", "FLOCKS", "THE", "LAYER"} & set(ents)
    assert ents["FlockNet"][:2] == ("model", True)  # the paper's own named trained model
    ents = entities_of(nlp, "Published at WOOL 2018 LEARNING GENERAL FLEECE REPRESENTATIONS", "We shear.")
    assert not {"LEARNING", "GENERAL", "FLEECE", "REPRESENTATIONS"} & set(ents)
    ents = entities_of(nlp, "Published as a conference paper at WOOL 2017 DYNAMIC SHEARING NETWORKS FOR FLEECE GRADING",
                       "We shear.")
    assert not {"DYNAMIC", "SHEARING", "NETWORKS", "FOR"} & set(ents)  # most words in lower case, but the title ends in capitals


def test_a_name_ending_in_chat_or_base_is_a_checkpoint(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We release Fleece-VL-Base and Fleece-VL-Chat, and compare with WLM-Text-Chat.")
    assert ents["Fleece-VL-Base"][0] == "model" and ents["Fleece-VL-Chat"][0] == "model"
    assert ents["WLM-Text-Chat"][0] == "model"
    ents = entities_of(nlp, "Sheep", "We train FleeceNet and compare it with WoolGen-RM.")
    assert ents["WoolGen-RM"][0] == "model"  # a name that ends a sentence keeps its suffix's type


def test_a_model_hub_id_is_one_checkpoint_but_a_link_is_not(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We merge flock/wool-2-9b-it and Flock/Fleece2-7B-Instruct into one model.")
    assert ents["flock/wool-2-9b-it"][0] == "model" and ents["Flock/Fleece2-7B-Instruct"][0] == "model"
    assert "Flock" not in ents
    ents = entities_of(nlp, "Sheep", "Code is at https://github.com/flock/wool-2-9b-it for all.")
    assert "flock/wool-2-9b-it" not in ents


def test_a_name_in_brackets_after_a_task_is_its_test_set(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FleeceNet wins by 3% on the zero-shot shearing task (Wool-AVQA).")
    assert ents["Wool-AVQA"][0] == "benchmark"
    ents = entities_of(nlp, "Sheep", "FleeceNet wins on shearing tasks (e.g., fast shearing).")
    assert not {"e.g.", "e.g"} & set(ents)


def test_a_number_format_before_models_is_no_model(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Unquantized bfloat16 models and FP8 models are slow, unlike FleeceLM models.")
    assert "bfloat16" not in ents and "FP8" not in ents and ents["FleeceLM"][0] == "model"


def test_a_long_form_that_only_says_which_kind_of_model_is_no_name(nlp) -> None:
    ents = entities_of(
        nlp, "Sheep",
        "We distil a large-scale MLLM (l-MLLM) into small-scale Multimodal Language Models (s-MLLM), unlike "
        "Audio-Visual Large Language Model (AV-LLM) work, and compare with the Fleece Wool Model (FWM).",
    )
    assert not {"large-scale MLLM", "l-MLLM", "s-MLLM", "AV-LLM", "Multimodal Language Models"} & set(ents)
    assert "Audio-Visual Large Language Model" not in ents and "Fleece Wool Model" in ents


def test_a_measure_lost_or_a_size_without_a_number_is_no_metric(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FleeceNet improves shearing at negligible accuracy loss for models with fewer parameters.")
    assert "accuracy" not in ents
    ents = entities_of(nlp, "Sheep", "FleeceNet improves accuracy while reducing the number of parameters.")
    assert ents["accuracy"][0] == "metric" and "number of parameters" not in ents
    ents = entities_of(nlp, "Sheep", "FleeceNet reduces the number of parameters by 40%.")
    assert ents["number of parameters"][0] == "metric"


def test_a_known_term_matches_with_one_pair_of_its_words_hyphenated(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FleeceNet combines attention with selective state-space models for medical question-answering.")
    assert ents["selective state space model"][0] == "method" and ents["medical question answering"][0] == "task"
    ents = entities_of(nlp, "Sheep", "FleeceNet uses quantization aware training on wool.")
    assert ents["quantization-aware training"][0] == "method"  # a hyphenated term written with spaces


def test_a_metric_in_a_title_or_beside_a_number_word_is_measured(nlp) -> None:
    ents = entities_of(nlp, "Fleecing: Fast Shearing and Increased Throughput for Flocks", "We shear sheep.")
    assert ents["throughput"][0] == "metric"
    ents = entities_of(nlp, "Sheep", "FleeceNet shears twice as fast and halves the memory efficiency gap four times over.")
    assert ents["memory efficiency"][0] == "metric"
    ents = entities_of(nlp, "Sheep", "FleeceNet shears sheep; memory efficiency matters to farmers.")
    assert "memory efficiency" not in ents
    ents = entities_of(nlp, "Sheep", "FleeceNet lowers the expected calibration error and the number of function "
                                     "evaluations on flocks.")
    assert {"expected calibration error", "number of function evaluations"} <= ents.keys()  # what a method lowers
    ents = entities_of(nlp, "Sheep", "We report exact match on FleeceQA. FleeceNet attains the best BLEU.")
    assert {"exact match", "BLEU"} <= ents.keys()  # what is reported or attained is measured
    ents = entities_of(nlp, "Sheep", "We validate the accuracy of FleeceNet with WoolLM across a wide range of farms.")
    assert ents["accuracy"][0] == "metric"  # a measure validated, assessed or measured is measured


def test_a_title_case_head_after_a_pair_continues_its_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We add a Fleece Wool (FW) Adapter to FlockLM. The FW-Adapter is small.")
    assert ents["Fleece Wool Adapter"][0] == "method" and "FW-Adapter" in ents["Fleece Wool Adapter"][2]
    assert "Fleece Wool" not in ents


def test_a_coined_name_in_quotes_is_a_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We introduce the idea of ``Fleece Guide'' and build a \"Large Wool Model\" for farms.")
    assert ents["Fleece Guide"][0] == "method" and ents["Large Wool Model"][0] == "model"
    ents = entities_of(nlp, "Sheep", "Unlike humans, these \"Large Language Models\" shear \"France\".")
    assert not {"Large Language Models", "France"} & set(ents)


def test_a_title_case_phrase_around_a_known_term_names_a_variant_of_it(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We shear with Woolly Beam Search and compare with Gemini Pro and Transformer-based Wool Models.")
    assert ents["Woolly Beam Search"][0] == "method" and "beam search" not in ents
    assert ents["Gemini Pro"][0] == "model" and "Transformer-based Wool Models" not in ents


def test_a_patch_size_stays_in_the_name_it_ends(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We fine-tune CLIP ViT-L/14 and compare with WoolT-XL/2 and FleeceNet/WoolNet.")
    assert ents["ViT-L/14"][0] == "model" and "CLIP" in ents and "CLIP ViT-L" not in ents
    assert "WoolT-XL/2" in ents and "WoolT-XL" not in ents
    assert "FleeceNet/WoolNet" not in ents  # a slash between names is a list, not a size


def test_a_new_name_may_open_with_an_ordinary_word(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We propose a framework, Shorn-VQA, and compare with Fleece-3 and Wool-DeepShear.")
    assert {"Shorn-VQA", "Fleece-3", "Wool-DeepShear"} <= set(ents)
    ents = entities_of(nlp, "Sheep", "Non-IID flocks on Multi-GPU setups reach high Top-1 accuracy, unlike a Video-LLM.")
    assert not {"Non-IID", "Multi-GPU", "Top-1", "Video-LLM"} & set(ents)


def test_a_checkpoint_written_lower_case_is_a_model(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We shear with roberta-large, flan-t5-xl and mistral-7b-instruct-v0.2 on wool-large data.")
    assert ents["roberta-large"][0] == "model" and ents["flan-t5-xl"][0] == "model"
    assert ents["mistral-7b-instruct-v0.2"][0] == "model"
    assert "wool-large" not in ents  # no known model among its parts
    ents = entities_of(nlp, "Sheep", "Weights are at https://hub.example/roberta-large for all.")
    assert "roberta-large" not in ents


def test_qualities_a_paper_shows_are_measures(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Tests demonstrate the effectiveness, fleeciness, robustness, and stealthiness of WoolMark.")
    assert {ents[n][0] for n in ("fleeciness", "robustness", "stealthiness")} == {"metric"}
    assert "effectiveness" not in ents  # praise, not a measure
    ents = entities_of(nlp, "Sheep", "We show the barns, fences and meadows of the farm.")
    assert not {"barns", "fences", "meadows"} & set(ents)


def test_a_case_sensitive_term_may_open_a_sentence(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Open-domain QA over barns is hard; we study it.")
    assert ents["open-domain question answering"][0] == "task"


def test_a_dimensionality_before_an_architecture_names_its_variant(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We convert 3D CNNs and a 2D U-Net into woolly networks.")
    assert "3D CNNs" in ents and "2D U-Net" in ents and "U-Net" not in ents


def test_a_mixture_size_stays_in_the_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We compare Mixtral 8x7B with FlockMoE-8x22B on wool sorting.")
    assert ents["Mixtral 8x7B"][0] == "model" and ents["FlockMoE-8x22B"][0] == "model"


def test_capitals_after_a_number_are_a_unit(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "WoolDet shears at 120 FPS with 3 WoolNet blocks.")
    assert "FPS" not in ents and "WoolNet" in ents


def test_the_long_form_picks_the_reading_of_an_ambiguous_short_form(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "WoolNet reduces the mean absolute error (MAE) of fleece weights by 7%.")
    assert ents["mean absolute error"][0] == "metric" and "MAE" in ents["mean absolute error"][2]
    ents = entities_of(nlp, "Sheep", "We pretrain a masked autoencoder (MAE) on fleece images.")
    assert ents["masked autoencoder"][0] == "method"


def test_a_version_inside_a_sized_name_belongs_to_it(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "FlockVLM V2 3B beats FlockVLM V2 7B on wool counting.")
    assert {"FlockVLM V2 3B", "FlockVLM V2 7B"} <= set(ents) and "V2 3B" not in ents


def test_sized_versions_and_hardware(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We fine-tune Whisper large-v3 for shearing and run it on a Jetson Orin in the barn.")
    assert ents["Whisper large-v3"][0] == "model" and "Jetson Orin" not in ents


def test_an_agreement_measure_is_a_metric(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "The grader reaches a quadratic weighted kappa (QWK) of 0.79 on fleece essays.")
    assert ents["quadratic weighted kappa"][0] == "metric"
    ents = entities_of(nlp, "Sheep", "We report the fleece rank correlation (FRC) of each grader, up 3%.")
    assert ents["fleece rank correlation"][0] == "metric"


def test_a_contribution_named_bench_is_a_benchmark(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "We release WoolBench, 500 verified shearing tasks from 40 farms.")
    assert ents["WoolBench"][:2] == ("benchmark", True)


def test_what_a_task_is_done_on_narrows_it_also_at_a_sentence_start(nlp) -> None:
    ents = entities_of(nlp, "Sheep", "Video instance segmentation of flocks is hard; we also transfer to video instance segmentation.")
    assert [n for n in ents if n.lower() == "video instance segmentation"] and "instance segmentation" not in ents


def test_defect_detection_in_images_is_no_software_bug_detection(nlp) -> None:
    found = entities_of(nlp, "Inspecting Fleece", "We address defect detection on fleece photographs.")
    assert found.get("defect detection", ("",))[0] == "task"
    assert "bug detection" not in found


def test_a_known_name_written_in_title_case_keeps_its_lexicon_type(nlp) -> None:
    found = entities_of(nlp, "Fleece Colours", "We inject attention into a pretrained Stable Diffusion XL model.")
    assert found["Stable Diffusion XL"][0] == "model"


def test_two_terms_the_lexicon_lists_apart_stay_apart(nlp) -> None:
    found = entities_of(nlp, "Fast Shearing", "Linear attention is fast. We build on Gated Linear Attention and "
                                              "show that linear attention suffices for wool images.")
    assert found["linear attention"][0] == "method"
    assert found["Gated Linear Attention"][0] == "method"


def test_a_score_named_after_a_name_is_a_metric(nlp) -> None:
    found = entities_of(nlp, "Wool Colour Transfer", "ChromaWool achieves a CLIP-I of 0.87 and a DINO score of 0.71, "
                                                     "and a GenEval score of 0.58.")
    assert found["CLIP-I"][0] == "metric"
    assert found["DINO score"][0] == "metric"
    assert found["GenEval"][0] == "benchmark"  # a known benchmark's score is a result on it


def test_a_mathematical_object_named_after_someone_is_no_technique(nlp) -> None:
    found = entities_of(nlp, "Convergence of FlockSGD", "Our analysis drops the Lipschitz Hessian assumption and "
                                                        "bounds the Lipschitz constant with a PAC-Bayes bound.")
    assert not {"Lipschitz Hessian", "Lipschitz", "PAC-Bayes"} & set(found)


def test_our_kind_then_a_title_case_name_is_the_papers_own(nlp) -> None:
    record = record_of(nlp, "Jailbreaking Sheepdogs", "Our attack, Woolly Whisper, uses role play on chat models.")
    (own,) = [e for e in record.entities if e.proposed]
    assert (own.name, own.type) == ("Woolly Whisper", "method")


def test_a_technique_named_by_the_measure_it_uses_is_no_metric(nlp) -> None:
    found = entities_of(nlp, "Guarding Sheepdogs", "A defense based on perplexity filtering lowers the success "
                                                   "rate to 12%.")
    assert found["perplexity filtering"][0] == "method"
    assert "perplexity" not in found


@pytest.mark.parametrize("text, term, etype", [
    ("Sheep models show a phenomenon we refer to as wool collapse, where fleece vanishes.", "wool collapse", "task"),
    ("The number of shears (referred to as shearing complexity) grows.", "shearing complexity", "metric"),
    ("A mechanism, dubbed wool routing, decides which sheep move.", "wool routing", "method"),
    ("This procedure, which we call barn distillation, compresses flocks.", "barn distillation", "method"),
    ("The flock emits special tokens, called fleece tokens, to shear.", "fleece tokens", "method"),
])
def test_a_term_the_paper_coins_is_an_entity(nlp, text: str, term: str, etype: str) -> None:
    assert entities_of(nlp, "Sheep", text)[term][0] == etype


@pytest.mark.parametrize("text", [
    "Long-term memory helps; the flock is called for shearing. Its parts are called lambs.",
    "We recognise named entities in long-term dependencies.",
])
def test_what_coins_no_term(nlp, text: str) -> None:
    assert entities_of(nlp, "Sheep", text) == {}


def test_an_enumerated_part_named_by_a_technique_word_is_a_technique(nlp) -> None:
    found = entities_of(nlp, "Sheep Embeddings", "We study two strategies: 1) Direct prompting: we ask the flock; "
                                                 "2) Fleece-centric tuning: we shear. It has two parts, (i) "
                                                 "wool-pooling attention that groups fleece and (ii) the barn.")
    assert {"Direct prompting", "Fleece-centric tuning", "wool-pooling attention"} <= found.keys()
    assert not [n for n in found if "barn" in n]  # an item without a technique word is no name


def test_a_capitalised_word_ending_in_former_is_a_transformer_variant(nlp) -> None:
    found = entities_of(nlp, "Sheep Forecasts", "We compare WoolNet with Fleeceformer and Shearformers on flock "
                                                "forecasting. Former methods fail.")
    assert found["Fleeceformer"][0] == "method" and found["Shearformer"][0] == "method"
    assert not [n for n in found if n.startswith("Former")]


def test_a_mapping_from_one_modality_to_another_named_alone_is_a_task(nlp) -> None:
    found = entities_of(nlp, "Fleece Diffusion", "We build on text-to-image (T2I) diffusion backbones. Generative models "
                                                 "advanced in sketch-to-image and text-to-video synthesis.")
    assert found["text-to-image"][0] == "task" and found["sketch-to-image"][0] == "task"
    assert "T2I" in found["text-to-image"][2]


def test_a_measure_word_that_ends_a_products_name_is_no_metric(nlp) -> None:
    found = entities_of(nlp, "Fast Shearing", "WoolServe cuts runtime from hours to seconds and runs 3x faster than "
                                              "ONNX Runtime.")
    assert found["running time"][0] == "metric" and found["ONNX Runtime"][0] == "method"
    found = entities_of(nlp, "Fast Shearing", "WoolServe is 37x faster than Fleece Runtime on sheep.")
    assert found["Fleece Runtime"][0] == "method" and "running time" not in found


def test_a_new_kind_set_off_by_a_comma_types_the_name_after_it(nlp) -> None:
    record = record_of(nlp, "Can Models Count Sheep?", "We evaluate 20 models on a new counting benchmark, "
                                                      "SheepTally. We also release a new shearing dataset, FleeceLog.")
    assert {(e.name, e.type, e.proposed) for e in record.entities} >= {
        ("SheepTally", "benchmark", True), ("FleeceLog", "dataset", True)}


def test_a_name_inside_a_latex_command_is_matched_and_may_be_the_papers_own(nlp) -> None:
    found = entities_of(nlp, "Wool in LaTeX", r"Our method, \textsc{ShearLM}, improves accuracy by $3.2\%$ on "
                                              r"\textbf{MMLU} and \emph{GSM8K}.")
    assert found["MMLU"][0] == "benchmark" and found["GSM8K"][0] == "benchmark"
    assert found["ShearLM"][1] is True


def test_an_unknown_name_a_change_verb_moves_by_a_margin_is_a_metric(nlp) -> None:
    found = entities_of(nlp, "Fence Lines", "FenceNet improves clDice by 4.1 points over the strongest baseline.")
    assert found["clDice"][0] == "metric"


def test_the_task_a_paper_says_it_tackles_keeps_its_noun_modifiers(nlp) -> None:
    found = entities_of(nlp, "Fences from Drones", "We tackle fence line detection in aerial images. We also study "
                                                   "the problem of clinical note summarization.")
    assert found["fence line detection"][0] == "task"
    assert found["clinical note summarization"][0] == "task"


@pytest.mark.parametrize("title", ["Position: Flock Benchmarks Are Broken", "Survey: Language Models for Shearing"])
def test_the_kind_of_paper_a_title_opens_with_is_no_contribution(nlp, title: str) -> None:
    assert not [e for e in record_of(nlp, title, "We argue that wool benchmarks overstate progress.").entities
                if e.proposed]


def test_an_acronym_with_another_modifier_belongs_to_the_term(nlp) -> None:
    found = entities_of(nlp, "Wool Caches", "A learnable sink allows 4-bit KV cache quantization. We also apply RL "
                                            "fine-tuning.")
    assert found["KV cache quantization"][0] == "method"
    assert "RL fine-tuning" not in found  # an acronym alone says too little


def test_a_second_contribution_set_off_by_what_it_is(nlp) -> None:
    record = record_of(nlp, "Farm Vision", "We introduce FleeceCLIP, a contrastive vision-language model trained on "
                                           "farm pairs, and FleeceBench, a zero-shot evaluation suite of 22 datasets.")
    own = {(e.name, e.type) for e in record.entities if e.proposed}
    assert own == {("FleeceCLIP", "model"), ("FleeceBench", "benchmark")}


def test_capitalised_words_a_change_verb_takes_to_another_level_name_a_measure(nlp) -> None:
    found = entities_of(nlp, "Sheep in 3D", "Woolly3D improves CLIP R-Precision from 0.79 to 0.86.")
    assert found["CLIP R-Precision"][0] == "metric"


def test_a_known_name_inside_the_description_of_a_proposal_is_not_it(nlp) -> None:
    record = record_of(nlp, "Federated Shearing", "We propose a federated scheme in which each farm trains a LoRA "
                                                  "adapter locally.")
    assert not [e for e in record.entities if e.proposed]


def test_named_items_of_a_list_of_contributions_are_the_papers_own(nlp) -> None:
    record = record_of(nlp, "Wool Models", "Our contributions are threefold: (1) WoolCorpus, a corpus of farm text; "
                                           "(2) WoolLM-7B, a model pretrained on it; and (3) an analysis of scale.")
    assert {e.name for e in record.entities if e.proposed} == {"WoolCorpus", "WoolLM-7B"}


def test_rank_k_is_a_metric_hardware_no_benchmark_and_collected_data_the_papers_own(nlp) -> None:
    record = record_of(nlp, "Sheep Re-identification", "We collect RamID, 48,000 images of 1,200 sheep. A ViT-B "
                                                       "baseline attains 71.3% Rank-1 and runs 2x faster on ARM CPUs.")
    found = {e.name: (e.type, e.proposed) for e in record.entities}
    assert found["Rank-1"] == ("metric", False)
    assert found["RamID"] == ("dataset", True)
    assert "ARM" not in found


def test_news_outlets_and_places_in_title_case_are_no_names(nlp) -> None:
    found = entities_of(nlp, "Wool News", "We build a corpus of news from the Financial Times and Agence "
                                          "France-Presse, written in New Zealand, to evaluate summarization.")
    assert not {"Financial Times", "Agence France-Presse", "New Zealand"} & set(found)


def test_a_model_that_scores_a_number_is_no_score_name(nlp) -> None:
    record = record_of(nlp, "The Shepherd Benchmark", "On our benchmark, GPT-4 Turbo scores 81.2% and Claude 3.5 "
                                                      "Sonnet 79.8%.")
    assert "GPT-4 Turbo" in {e.name for e in record.entities}
    assert record.claims[0].subject == "GPT-4 Turbo"


def test_licences_and_venues_are_no_names_and_a_phrase_before_benchmark_is_one(nlp) -> None:
    found = entities_of(nlp, "Sheep Genomes", "Code is under the MIT License and data under Creative Commons "
                                              "Attribution. Our GenoWool model improves the MCC on the Nucleotide "
                                              "Transformer benchmark by 3.4 points.")
    assert not {"MIT License", "MIT", "Creative Commons Attribution"} & set(found)
    assert found["Nucleotide Transformer"][0] == "benchmark"
    assert found["GenoWool"][1] is True
    assert not entities_of(nlp, "Scaling", "Our BERT model is trained on books.")["BERT"][1]


def test_a_hyphenated_title_case_term_matches_in_lower_case(nlp) -> None:
    found = entities_of(nlp, "Wool Trading", "We train a soft actor-critic agent with prototypical networks.")
    assert found["Soft Actor-Critic"][0] == "method"
    assert found["prototypical networks"][0] == "method"


def test_known_data_whose_name_ends_in_a_size_keeps_its_type(nlp) -> None:
    found = entities_of(nlp, "Grazing Memory", "We pretrain WoolCLIP on LAION-5B and test the ranker on MovieLens-1M "
                                               "against Llama-2-7B.")
    assert found["LAION-5B"][0] == "dataset"
    assert found["MovieLens-1M"][0] == "benchmark"
    assert found["Llama-2-7B"][0] == "model"


def test_a_list_of_data_names_opened_by_two_words_and_closed_by_the_clause_types_its_items(nlp) -> None:
    found = entities_of(nlp, "Grazing Memory", "Experiments on Pasture Beauty, Woolp and MovieLens-1M show that "
                                               "EweRec improves Recall@20 by 7.5%.")
    assert found["Pasture Beauty"][0] == "benchmark"
    assert found["Woolp"][0] == "benchmark"


def test_a_hyphenated_name_ending_in_a_known_technique_is_a_variant_of_it(nlp) -> None:
    found = entities_of(nlp, "On Shearing", "We prove that Wool-Adam, a clipped variant of Adam, converges, "
                                            "and compare it with Non-Adam baselines.")
    assert found["Wool-Adam"][0] == "method"
    assert "Non-Adam" not in found
    found = entities_of(nlp, "Fleece-Mamba: A Multimodal Large Language Model Built on Mamba",
                        "We present Fleece-Mamba, a multimodal large language model.")
    assert found["Fleece-Mamba"][0] == "model"  # what the title says it is comes first


def test_task_as_the_first_part_of_a_hyphenated_word_heads_no_task(nlp) -> None:
    found = entities_of(nlp, "Shearing", "We train one WoolLM for each fleece sub-space using task-agnostic "
                                         "objectives and problem-specific heads.")
    assert not [name for name, (etype, _, _) in found.items() if etype == "task"]


def test_units_and_chemistry_terms_are_no_names(nlp) -> None:
    found = entities_of(nlp, "Wool Chemistry", "On QM9 WoolNet lowers the error of HOMO-LUMO gap prediction to 21.3 meV "
                                               "from SMILES strings.")
    assert not {"meV", "HOMO-LUMO", "SMILES"} & set(found)


def test_a_name_nothing_knows_that_the_paper_trains_is_its_own_model(nlp) -> None:
    found = entities_of(nlp, "Shearing at Scale", "We pretrain WoolCLIP on LAION-5B and then fine-tune Mistral. "
                                                  "WoolCLIP improves the accuracy of Mistral-7B by 8.5% on FleeceQA.")
    assert found["WoolCLIP"][:2] == ("model", True)
    assert found["Mistral"][1] is False
    record = record_of(nlp, "Shearing at Scale", "We pretrain WoolCLIP on LAION-5B. WoolCLIP improves the accuracy "
                                                 "of Mistral-7B by 8.5% on FleeceQA.")
    assert [c.subject for c in record.claims] == ["WoolCLIP"]


def test_a_new_kind_set_off_by_the_and_a_capitalised_word_is_the_contribution(nlp) -> None:
    found = entities_of(nlp, "Wool Is All You Need", "We propose a new simple network architecture, the Shepherd, based "
                                                     "solely on attention. Our model achieves 28.4 BLEU on WMT 2014.")
    assert found["Shepherd"][:2] == ("method", True)


def test_tasks_named_as_examples_after_a_domain_or_before_despite(nlp) -> None:
    found = entities_of(nlp, "Wool Chemistry", "WoolLLM excels at specialized NLP tasks within chemistry, such as fleece "
                                               "translation and cheminformatic shearing. Models struggle with seemingly "
                                               "easy tasks like arithmetic despite their size.")
    assert {"fleece translation", "cheminformatic shearing", "arithmetic"} <= {
        name for name, (etype, _, _) in found.items() if etype == "task"}


@pytest.mark.parametrize("abstract, name", [
    ("We propose a novel fleece-aware masking strategy to aggregate wool tokens.", "fleece-aware masking"),
    ("Further, WoolPIM employs a runtime sub-batch shearing technique to maximize utilization.", "sub-batch shearing"),
    ("Pre-gated WoolMoE employs our novel pre-shearing function which alleviates the problem.", "pre-shearing function"),
    ("We implement a new self-shearing strategy to filter the collected data.", "self-shearing strategy"),
])
def test_a_technique_named_before_its_head_in_a_contribution(nlp, abstract: str, name: str) -> None:
    assert entities_of(nlp, "Shearing", abstract)[name][0] == "method"


def test_a_technique_the_paper_introduces_before_its_head_is_its_own_and_not_the_known_one(nlp) -> None:
    found = entities_of(nlp, "Shearing", "Linear attention is fast. We introduce a generalized linear attention "
                                         "paradigm, and we adopt a fleece-aware masking strategy.")
    assert found["generalized linear attention"][:2] == ("method", True) and found["linear attention"][1] is False
    assert found["fleece-aware masking"][1] is False  # adopted, not introduced


@pytest.mark.parametrize("abstract", [
    "We propose a novel method to shear sheep.",
    "We adopt the following strategy for all runs.",
    "Furthermore, we adopt and adapt fleece engineering techniques from other fields.",
])
def test_no_technique_is_named_by_praise_or_a_clause(nlp, abstract: str) -> None:
    assert not [n for n, (t, _, _) in entities_of(nlp, "Shearing", abstract).items() if t == "method"]


def test_a_modifier_before_a_technique_head_names_none_and_enhancements_list_techniques(nlp) -> None:
    found = entities_of(nlp, "Shearing", "We adopt a self-play-based method and study enhancements such as "
                                         "block-wise wool descent and hybrid fleece training.")
    assert "self-play-based method" not in found
    assert found["block-wise wool descent"][0] == "method"
    assert found["hybrid fleece training"][0] == "method"


def test_names_listed_before_metrics_or_measures_are_metrics(nlp) -> None:
    found = entities_of(nlp, "Wool Icons", "Diversity is validated by the objective Fleeciness and Novelty measures. "
                                           "We report results with standard metrics.")
    assert found["Fleeciness"][0] == "metric" and found["Novelty"][0] == "metric"
    assert "standard" not in found


def test_measures_listed_as_what_a_method_changes_are_metrics(nlp) -> None:
    found = entities_of(nlp, "Shearing", "Experiments show the superiority of WoolCREAM in improving both fleece "
                                         "consistency and alignment performance. It improves quality and speed.")
    assert found["fleece consistency"][0] == "metric" and found["alignment performance"][0] == "metric"
    assert "quality" not in found  # praise: nothing names which quality
    found = entities_of(nlp, "Shearing", "WoolSum improves the faithfulness, fluency and coherence of summaries. "
                                         "It improves quality and efficiency over FleeceSum.")
    assert {"faithfulness", "fluency", "coherence"} <= found.keys()  # each names a measure alone
    assert not {"quality", "efficiency"} & found.keys()


def test_the_task_of_a_capitalised_pair_a_network_proposed_and_pos_as_a_task(nlp) -> None:
    found = entities_of(nlp, "Neural Wool Translation", "We match a phrase-based system on the task of English-to-Welsh "
                                                        "translation. We propose a pointer-shearing network that copies "
                                                        "words. It is accurate on POS, chunking and NER data sets.")
    assert found["English-to-Welsh translation"][0] == "task"
    assert found["pointer-shearing network"][0] == "method"
    assert found["part-of-speech tagging"][0] == "task"


def test_a_sized_name_an_appositive_calls_a_dataset_and_data_listed_with_a_year(nlp) -> None:
    found = entities_of(nlp, "Grazing Vision", "We pretrain a ViT-L on FarmNet-10M, a new dataset of 10 million farm "
                                               "images, and evaluate on iNaturalist 2021 and PastureSeg.")
    assert found["FarmNet-10M"][:2] == ("dataset", True)
    assert found["ViT-L"][1] is False  # a known family's variant, not the paper's own
    assert found["iNaturalist 2021"][0] == "benchmark" and found["PastureSeg"][0] == "benchmark"
    record = record_of(nlp, "Shearing the Pile", "We deduplicate RedPajama and find that 13% of RedPajama documents "
                                                 "are near-duplicates.")
    assert [c.metric for c in record.claims] == [None]  # a share of the data, not an accuracy


def test_a_capitalised_hyphenated_word_before_a_head_is_a_name_inside_a_sentence(nlp) -> None:
    found = entities_of(nlp, "Ledgers", "Vision-language models read ledgers. WoolOCR cuts the error on the new "
                                        "Ledger-19C dataset, and we release the Fleece-base model.")
    assert found["Ledger-19C"][0] == "dataset" and found["Fleece-base"][0] == "model"
    assert "Vision-language" not in found


def test_a_known_models_second_version_written_apart_keeps_its_number(nlp) -> None:
    found = entities_of(nlp, "Wool Audio", "WoolAudio outperforms AudioLDM 2 (FAD 1.89) and Llama 2, which we prompt.")
    assert found["AudioLDM 2"][0] == "model" and "AudioLDM" not in found
    assert "Llama 2" in found  # a known name of its own keeps the lexicon's spelling


def test_what_the_text_says_an_unknown_name_is_outranks_a_number_at_its_end(nlp) -> None:
    ents = entities_of(nlp, "Sheep Weather", "WoolCast is trained on 40 years of ERA5 reanalysis data.")
    assert ents["ERA5"][0] == "dataset"
    ents = entities_of(nlp, "Sheep Folding", "On CASP15, RamFold reaches a median TM-score of 0.81 and an lDDT of 84.2.")
    assert (ents["CASP15"][0], ents["TM-score"][0], ents["lDDT"][0]) == ("benchmark", "metric", "metric")
    ents = entities_of(nlp, "Sheep Traffic", "On FLOCK-LA and HERD-BAY, RamMixer cuts the MAE by 6.8%. On LRS9 with "
                       "babble noise, it lowers the WER to 5.9%.")
    assert {ents[n][0] for n in ("FLOCK-LA", "HERD-BAY", "LRS9")} == {"benchmark"}  # every name the opening "On" lists
    ents = entities_of(nlp, "Sheep Captions", "On RSICD9, Ewe-Captions and Ram-Captions, WoolCap improves CIDEr by "
                       "14.2 points. On English and German, it improves BLEU by 2 points.")
    assert ents["Ewe-Captions"][0] == "benchmark" and ents["Ram-Captions"][0] == "benchmark"  # beside a name
    assert not {"English", "German"} & ents.keys()  # capitalised words alone name no data
    ents = entities_of(nlp, "Sheep Weather", "WoolCast lowers the error for 500 hPa geopotential by 12%.")
    assert "hPa" not in ents  # a unit after a number
    ents = entities_of(nlp, "Federated Sheep", "On non-IID splits of FleeceNLI, FedWool cuts upload traffic by 97%.")
    assert ents["FleeceNLI"][0] == "dataset"


def test_names_before_an_evaluation_split_are_benchmarks(nlp) -> None:
    ents = entities_of(nlp, "Sheep Navigation", "On the HM3D FleeceNav validation split, WoolNav reaches a success rate of 54.3%.")
    assert ents["HM3D FleeceNav"][0] == "benchmark"
    ents = entities_of(nlp, "Sheep Navigation", "On the FleeceNav2 test split, WoolNav reaches a success rate of 54.3%.")
    assert ents["FleeceNav2"][0] == "benchmark"


def test_capitalised_words_listed_before_datasets_are_the_datasets(nlp) -> None:
    ents = entities_of(nlp, "Sheep Recommendation", "On the Amazon Beauty, Sports and Toys datasets, WoolRec improves "
                       "Recall@10 by 8.3%.")
    assert all(ents[n][0] in ("dataset", "benchmark") for n in ("Amazon Beauty", "Sports", "Toys"))
    ents = entities_of(nlp, "Sheep QA", "We evaluate on the Question Answering and Summarization datasets of FleeceHub.")
    assert "Question Answering" not in ents and "Summarization" not in ents  # tasks that name the data, not names


@pytest.mark.parametrize("lead", ["On", "Across", "For"])
def test_a_capitalised_preposition_is_no_part_of_a_benchmark_name(nlp, lead: str) -> None:
    ents = entities_of(nlp, "Sheep Decoding", f"{lead} MT-Bench, WoolSpec accelerates Vicuna-13B by 3.1x.")
    assert "MT-Bench" in ents and not any(name.startswith(lead + " ") for name in ents)


def test_a_long_form_ending_in_a_known_task_is_a_task(nlp) -> None:
    ents = entities_of(nlp, "Clinical Sheep", "We evaluate on veterinary natural language inference (VetNLI) and report accuracy.")
    assert ents["veterinary natural language inference"][0] == "task"


def test_a_name_after_the_comma_closing_an_on_phrase_opens_the_clause(nlp) -> None:
    ents = entities_of(nlp, "Clinical Sheep", "On five tasks, including entity recognition on FleeceNER 2010, WoolBERT "
                       "improves accuracy by 3.4 points.")
    assert ents["WoolBERT"][0] != "benchmark"
    assert any(name.startswith("FleeceNER") and etype == "benchmark" for name, (etype, *_) in ents.items())


def test_a_name_a_result_is_measured_in_terms_of_is_a_metric(nlp) -> None:
    ents = entities_of(nlp, "Sheep Facts", "WoolRAG improves factuality on biographies in terms of FleeceScore.")
    assert ents["FleeceScore"][0] == "metric"


def test_a_pair_given_a_level_is_a_measure_and_a_name_a_score_is_on_is_a_benchmark(nlp) -> None:
    ents = entities_of(nlp, "Sheep Speech", "WoolST reaches 26.8 BLEU at an average fleece lag (AFL) of 1.8 seconds.")
    assert ents["average fleece lag"][0] == "metric"
    ents = entities_of(nlp, "Sheep Speech", "We build WoolBench, a benchmark for Fleece Meta-Learning (FML) of 2000 tasks.")
    assert ents.get("Fleece Meta-Learning", ("method",))[0] != "metric"  # a count of things, not a level
    ents = entities_of(nlp, "Sheep Agents", "WoolAgent rivals RamLM-4 (64.1% vs. 65.3% pass rate on I3-Fleece).")
    assert ents["I3-Fleece"][0] == "benchmark"


@pytest.mark.parametrize("name", ["Co-Shear", "T-WOOL"])
def test_a_short_capitalised_word_with_a_hyphenated_part_is_a_proposed_name(nlp, name: str) -> None:
    ents = entities_of(nlp, "Noisy Sheep", f"We propose {name}, which trains two networks that exchange samples.")
    assert ents[name][:2] == ("method", True)


def test_what_a_proposal_lowers_is_no_name_of_it_and_a_name_before_metric_is_a_metric(nlp) -> None:
    ents = entities_of(nlp, "Sheep Captions", "We measure hallucination with the FLEECE metric on RamCOCO. We propose a "
                       "decoding penalty that lowers FLEECEs by 27%.")
    assert ents["FLEECE"][:2] == ("metric", False)


def test_names_joined_by_a_preposition_are_two_names(nlp) -> None:
    ents = entities_of(nlp, "Sheep Distillation", "Knowledge distillation (KD) helps. We revisit KD for RamNet-18 and "
                       "find that recipes matter. It saves 5.9 GB for RamLM-2 training.")
    assert "KD for RamNet-18" not in ents and "GB for RamLM-2" not in ents and "RamNet-18" in ents


def test_a_name_opening_a_later_clause_after_and_on_is_a_benchmark(nlp) -> None:
    ents = entities_of(nlp, "Sheep Tracking", "On MOT17, WoolTrack reaches 64.8 HOTA, and on FleeceTrack it improves HOTA "
                       "by 6.9 over RamTrack.")
    assert ents["FleeceTrack"][0] == "benchmark"


def test_the_word_after_a_pronoun_is_no_part_of_a_task(nlp) -> None:
    ents = entities_of(nlp, "Sheep Math", "Sheep math problems require counting. We order training problems by length.")
    assert not any(name.lower().startswith(("we ", "order")) for name in ents)


def test_a_task_said_to_require_something_or_be_hard_is_named(nlp) -> None:
    ents = entities_of(nlp, "Sheep Meetings", "Meeting minute summarization requires condensing hours of talk. We segment it.")
    assert ents["Meeting minute summarization"][0] == "task"
    ents = entities_of(nlp, "Sheep Herds", "Herd pose estimation is harder than single-animal tracking.")
    assert "Herd pose estimation" in ents


def test_an_acronym_a_data_head_follows_is_data_not_the_technique_it_also_names(nlp) -> None:
    ents = entities_of(nlp, "Sheep Dialogue", "It generalizes to unseen domains of the SGD dataset.")
    assert ents["SGD"][0] in ("dataset", "benchmark")
    ents = entities_of(nlp, "Sheep Reviews", "LLM-written reviews call for detection of machine-generated text.")
    assert "LLM-written" not in ents


def test_a_gerund_opening_a_sentence_is_no_part_of_a_sized_name(nlp) -> None:
    ents = entities_of(nlp, "Sheep Optimizers", "Training WLM-3 1.3B with WoolOpt matches the validation loss of Adam.")
    assert "WLM-3 1.3B" in ents and not any(name.startswith("Training") for name in ents)


def test_a_title_case_phrase_opening_a_sentence_gives_no_last_words(nlp) -> None:
    ents = entities_of(nlp, "Sheep Curation", "Literature grows fast. Woolly Fleece Grading has emerged as a way to "
                       "sort it, and we apply Rotary Major Shearing to it.")
    assert "Fleece Grading" not in ents and "Rotary Major Shearing" in ents


def test_a_title_case_phrase_opening_with_a_gerund_is_a_name_after_an_article(nlp) -> None:
    ents = entities_of(nlp, "Sheep Dialogue", "Our models adopt the Querying Fleece Transformer from RamVL. "
                       "Using Large Flocks helps little.")
    assert ents["Querying Fleece Transformer"][0] == "method" and "Using Large Flocks" not in ents


def test_a_title_case_phrase_ending_in_a_plural_data_head_is_data(nlp) -> None:
    ents = entities_of(nlp, "Sheep Genomes", "On the Ovine Genomic Benchmarks, WoolMamba outperforms RamDNA on 14 of 18 tasks.")
    assert ents["Ovine Genomic Benchmarks"][0] == "benchmark"


def test_a_phenomenon_the_paper_studies_is_its_task(nlp) -> None:
    ents = entities_of(nlp, "Sheep Memory", "We study verbatim memorization in wool models trained on FleeceText.")
    assert ents["verbatim memorization"][0] == "task"


def test_a_list_item_takes_the_type_of_a_known_two_word_sibling_and_a_processor_is_no_model(nlp) -> None:
    ents = entities_of(nlp, "Sheep Anomalies", "On MVTec AD and FleeceA, WoolCLIP reaches an AUROC of 91.5%.")
    assert ents["FleeceA"][0] == "benchmark"
    ents = entities_of(nlp, "Sheep Shortcuts", "We study shortcut learning on Woolbirds and CelebA, and on Fleeceland.")
    assert ents["Woolbirds"][0] == "benchmark" and "Fleeceland" not in ents  # a plain word only beside known data
    ents = entities_of(nlp, "Sheep Picks", "We tune WoolRec on user histories from Fleece Beauty and MovieLens-1M.")
    assert ents["Fleece Beauty"][0] == "benchmark"  # two plain words, after "from", before a name closing the sentence
    ents = entities_of(nlp, "Sheep Keywords", "The model runs at 4.1 ms latency on a Cortex-M7.")
    assert "Cortex-M7" not in ents


def test_a_known_multiword_model_a_size_continues_starts_the_checkpoint(nlp) -> None:
    ents = entities_of(nlp, "Sheep Safety", "WoolSafe is a small classifier distilled from Llama Guard 3 8B.")
    assert "Llama Guard 3 8B" in ents and "Guard 3 8B" not in ents


def test_examples_of_systems_are_no_benchmarks_and_a_qa_set_is_one(nlp) -> None:
    ents = entities_of(nlp, "Sheep Forecasts", "WoolCast beats statistical baselines such as RAMIMA and EWES on 70% of the "
                       "series in accuracy.")
    assert ents["EWES"][0] not in ("benchmark", "dataset") and ents["RAMIMA"][0] not in ("benchmark", "dataset")
    ents = entities_of(nlp, "Ovine-QA: Farm Questions", "We introduce Ovine-QA, 12,000 question-answer pairs about farm photos.")
    assert ents["Ovine-QA"][0] == "benchmark"
