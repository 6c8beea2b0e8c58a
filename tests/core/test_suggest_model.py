"""The CRF tagger: trained on a few documents it suggests what it has learned, with
exact offsets, confidences, the guideline's proclitic boundary, and survives storage."""

from __future__ import annotations

import json
import random
import struct
from dataclasses import replace
from pathlib import Path

import pycrfsuite
import pytest

from annotator.core.importers import read_file
from annotator.core.schema import load_schema
from annotator.core.suggest.data import TrainingDocument, held_out_split, outermost
from annotator.core.suggest.evaluate import evaluate
from annotator.core.suggest.gazetteer import Gazetteer
from annotator.core.suggest.held_out import train_with_held_out
from annotator.core.suggest.model import (
    CrfModel,
    ModelFormatError,
    NothingToLearn,
    detect_proclitic_inside,
    train_model,
)

WOJOOD = Path(__file__).resolve().parents[1] / "data" / "wojood"

PEOPLE = ["جو بايدن", "علي خامنئي", "محمد شياع السوداني", "لويد أوستن", "حسين أمير عبد اللهيان"]
PLACES = ["إيران", "العراق", "سوريا", "أربيل", "بغداد", "دمشق", "واشنطن", "طهران"]
TEMPLATES = [
    "قال {PER} إن {GPE} لن تسمح بذلك",
    "وصل {PER} إلى {GPE} في زيارة رسمية",
    "في {GPE} أعلن {PER} أن الهجوم مرفوض",
    "التقى وزير الخارجية بنظيره في {GPE} لبحث التصعيد",
    "وأكد المتحدث دعم بلاده ل{GPE} في مواجهة الأزمة",
    "ندد {PER} بالقصف الذي استهدف {GPE} فجر اليوم",
    "وفي بيان منفصل قالت الوزارة إن الوضع هادئ",
    "وذكرت مصادر محلية أن القصف توقف مساء أمس",
    "من جهته رحب {PER} بالاتفاق",
]
FILLER = ("المسؤول الوزارة الحكومة البرلمان الجيش القوات الأمن الوضع التصعيد الهجوم القصف "
          "الاتفاق المفاوضات الأزمة العقوبات المنطقة الحدود المدينة العاصمة الصحيفة الوكالة "
          "تصريح بيان لاحق جديد كبير أمس اليوم صباح مساء قالت أعلنت ذكرت أكدت نفت رفضت دعت "
          "طالبت هددت استمرار تراجع ارتفاع مقتل إصابة عدد من في على إلى عن مع بعد قبل").split()


def make_document(rng: random.Random, sentences: int = 6) -> TrainingDocument:
    """Sentences from the templates with random names; spans as the guideline marks
    them (a proclitic before a place stays outside: "لإيران" -> "إيران")."""
    text = ""
    spans = []
    for n in range(sentences):
        if n % 2:  # a sentence without names: not every word near "قال" is a name
            text += " ".join(rng.choice(FILLER) for _ in range(rng.randint(5, 10))) + ". "
            continue
        template = rng.choice(TEMPLATES)
        piece = ""
        for part in template.replace("{", "\0{").replace("}", "}\0").split("\0"):
            if part in ("{PER}", "{GPE}"):
                name = rng.choice(PEOPLE if part == "{PER}" else PLACES)
                start = len(text) + len(piece)
                piece += name
                spans.append((start, start + len(name), part[1:-1]))
            else:
                piece += part
        text += piece + ". "
    return TrainingDocument.of(text.strip(), spans)


@pytest.fixture(scope="module")
def corpus() -> list[TrainingDocument]:
    rng = random.Random(3)
    return [make_document(rng) for _ in range(15)]


@pytest.fixture(scope="module")
def model(corpus: list[TrainingDocument]) -> CrfModel:
    return train_model(corpus, params={"max_iterations": 60})


def suggested(model: CrfModel, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in model.predict(text).suggestions]


def test_suggests_names_it_has_seen_in_a_new_sentence(model: CrfModel) -> None:
    text = "وفي تصريح لاحق قال جو بايدن إن دمشق تتحمل المسؤولية"
    prediction = model.predict(text)
    assert [(s.text, s.label) for s in prediction.suggestions] == [
        ("جو بايدن", "PER"), ("دمشق", "GPE")]
    for s in prediction.suggestions:
        assert text[s.start:s.end] == s.text
        assert 0.5 < s.confidence <= 1
    assert 0 <= prediction.uncertainty < 0.5
    assert prediction.tokens == len(text.split())


def test_a_proclitic_before_a_place_stays_outside(model: CrfModel) -> None:
    assert model.info.proclitic_inside is False
    text = "وأكد المسؤول دعم بلاده لطهران والعراق في مواجهة الأزمة"
    assert suggested(model, text) == [("طهران", "GPE"), ("العراق", "GPE")]


def test_unsure_documents_score_higher(model: CrfModel) -> None:
    familiar = model.predict("قال جو بايدن إن إيران لن تسمح بذلك")
    strange = model.predict("كتبت الصحيفة مقالا طويلا عن الطقس والزراعة والمطر في الربيع")
    assert strange.uncertainty > familiar.uncertainty


def test_info_says_what_the_model_saw(model: CrfModel, corpus: list[TrainingDocument]
                                      ) -> None:
    info = model.info
    assert info.documents == len(corpus)
    assert info.spans == sum(len(d.spans) for d in corpus)
    assert info.tokens >= sum(len(d.text.split()) for d in corpus)
    assert info.sentences == 6 * len(corpus)
    assert info.labels == ["GPE", "PER"] and info.skipped_labels == []
    assert info.widened == 0
    assert info.params["max_iterations"] == 60


def test_model_survives_bytes(model: CrfModel) -> None:
    data = model.to_bytes()
    again = CrfModel.from_bytes(data)
    text = "التقى علي خامنئي بنظيره في بغداد لبحث التصعيد"
    assert again.predict(text) == model.predict(text)
    assert again.info == model.info
    assert again.attributes == model.attributes
    assert again.to_bytes() == data


def test_passing_only_the_models_features_changes_no_suggestion(model: CrfModel) -> None:
    """The model keeps the features it weighs and passes crfsuite only those; a model
    given every feature suggests exactly the same, with the same confidences."""
    assert model.attributes and "mem=GPE" in model.attributes
    tagger = pycrfsuite.Tagger()  # the slow reading of crfsuite's dump, as an oracle
    tagger.open_inmemory(model.model_bytes)
    assert model.attributes == {attribute for attribute, _ in tagger.info().state_features}
    unfiltered = CrfModel(model.model_bytes, model.info, model.gazetteer.names, model.memory)
    assert unfiltered.attributes is None
    for text in ("وفي تصريح لاحق قال جو بايدن إن دمشق تتحمل المسؤولية",
                 "كتبت الصحيفة مقالا طويلا عن الطقس والزراعة والمطر في الربيع",
                 "وأكد المسؤول دعم بلاده لطهران والعراق ( في بغداد ) اليوم"):
        assert model.predict(text) == unfiltered.predict(text)


def test_damaged_or_foreign_bytes_are_refused(model: CrfModel) -> None:
    data = model.to_bytes()
    with pytest.raises(ModelFormatError, match="not a stored suggestion model"):
        CrfModel.from_bytes(b"PK\x03\x04 something else")
    with pytest.raises(ModelFormatError, match="damaged"):
        CrfModel.from_bytes(data[:40])
    newer = CrfModel(model.model_bytes, replace(model.info, feature_version=99),
                     model.gazetteer.names, model.memory)
    with pytest.raises(ModelFormatError, match="train it again"):
        CrfModel.from_bytes(newer.to_bytes())

    # A model stored by the previous version: feature version 2, no "attributes" in its
    # header. It is named as another version's, not as damaged.
    older = CrfModel(model.model_bytes, replace(model.info, feature_version=2),
                     model.gazetteer.names, model.memory).to_bytes()
    start = len(b"annotator-crf\n") + 8
    (size,) = struct.unpack(">Q", older[start - 8:start])
    header = json.loads(older[start:start + size])
    del header["attributes"]
    packed = json.dumps(header, ensure_ascii=False).encode("utf-8")
    older = older[:start - 8] + struct.pack(">Q", len(packed)) + packed + older[start + size:]
    with pytest.raises(ModelFormatError, match="made by another version .* train it again"):
        CrfModel.from_bytes(older)


def test_progress_is_reported_and_raising_cancels(corpus: list[TrainingDocument]) -> None:
    seen: list[tuple[int, int, str]] = []
    train_model(corpus[:4], params={"max_iterations": 5}, min_label_spans=1,
                progress=lambda done, total, what: seen.append((done, total, what)))
    training = [done for done, total, what in seen if what == "training"]
    assert training and training == sorted(training) and training[-1] <= 5
    assert all(total == 5 for _, total, _ in seen)

    class Stop(Exception):
        pass

    def cancel(done: int, total: int, what: str) -> None:
        if what == "training" and done >= 2:
            raise Stop

    with pytest.raises(Stop):
        train_model(corpus[:4], params={"max_iterations": 50}, min_label_spans=1,
                    progress=cancel)


def test_rare_labels_are_not_learned(corpus: list[TrainingDocument]) -> None:
    text = corpus[0].text
    extra = TrainingDocument.of(text, [*corpus[0].spans, (0, 3, "DATE")])
    model = train_model([extra, *corpus[1:]], params={"max_iterations": 10})
    assert model.info.skipped_labels == ["DATE"]
    assert "DATE" not in model.info.labels
    only = train_model(corpus, labels=["PER"], params={"max_iterations": 10})
    assert only.info.labels == ["PER"]
    assert {s.label for s in only.predict(corpus[0].text).suggestions} <= {"PER"}


def test_held_out_split_is_reproducible_and_disjoint(corpus: list[TrainingDocument]) -> None:
    train, held = held_out_split(corpus, 0.25, seed=7)
    assert (train, held) == held_out_split(corpus, 0.25, seed=7)
    assert sorted(train + held) == list(range(len(corpus)))
    assert len(held) == 4  # 15 documents, a quarter rounded as splits.quotas does
    assert held_out_split(corpus, 0.25, seed=8) != (train, held)
    assert held_out_split(corpus[:1], 0.5) == ([0], [])


def test_proclitic_convention_is_detected() -> None:
    guideline = TrainingDocument.of("قال لإيران والعراق", [(5, 10, "GPE"), (12, 18, "GPE")])
    wojood = TrainingDocument.of("قال للأمم المتحدة والعراق", [(4, 17, "ORG"), (18, 25, "GPE")])
    assert detect_proclitic_inside([guideline]) is False
    assert detect_proclitic_inside([wojood]) is True
    # a name in quotation marks starts inside its whitespace word, but after no proclitic
    quoted = TrainingDocument.of("قال «للأمم المتحدة» ثم", [(5, 18, "ORG")])
    assert detect_proclitic_inside([quoted]) is True


def test_nothing_to_learn_is_one_clear_error(corpus: list[TrainingDocument]) -> None:
    bare = [TrainingDocument.of(doc.text, []) for doc in corpus[:3]]
    with pytest.raises(NothingToLearn, match="nothing to learn from: 3 document"):
        train_model(bare)
    with pytest.raises(NothingToLearn):
        train_model([])


def wojood(name: str) -> TrainingDocument:
    schema = load_schema(WOJOOD / "wojood.toml")
    (record,) = read_file(WOJOOD / name, schema, fmt="conll", layer="gold")
    return TrainingDocument.of(record.text, [(s.start, s.end, s.label)
                                             for s in record.layers[0].spans])


def test_trained_on_a_wojood_sample_it_beats_memorizing_names() -> None:
    """300 sentences of nested Arabic NER (tests/data/wojood): the model finds more
    of the held-out entities exactly than a gazetteer of the training names does."""
    train, val = wojood("train.txt"), wojood("val.txt")
    model = train_model([train], params={"max_iterations": 40})
    assert model.info.proclitic_inside is True  # Wojood keeps proclitics in names
    gold = [outermost(val.spans)]
    by_model = evaluate(gold, [[(s.start, s.end, s.label)
                                for s in model.predict(val.text).suggestions]])
    names = Gazetteer.from_documents([train], proclitic_inside=True)
    by_names = evaluate(gold, [[(m.start, m.end, m.label) for m in names.find(val.text)]])
    assert by_model.micro.f1 > by_names.micro.f1 + 0.1
    assert by_model.micro.f1 > 0.4


def test_held_out_scores_travel_with_the_model(corpus: list[TrainingDocument]) -> None:
    model = train_with_held_out(corpus, fraction=0.2, seed=1, params={"max_iterations": 30})
    held = model.info.held_out
    assert held is not None and held["documents"] == 3 and held["seed"] == 1
    assert model.info.documents == len(corpus) - 3  # trained on the rest only
    assert 0.5 < held["micro"]["f1"] <= 1
    assert set(held["labels"]) == {"GPE", "PER"}
    stored = CrfModel.from_bytes(model.to_bytes())
    assert stored.info.held_out == held
    refitted = train_with_held_out(corpus, fraction=0.2, seed=1, refit=True,
                                   params={"max_iterations": 30})
    assert refitted.info.documents == len(corpus)
    assert refitted.info.held_out == held


def test_lexicon_knows_pyarabic_names_and_closed_word_classes() -> None:
    """pyarabic's name lists are read from its module text; if a pyarabic release
    changed that layout, the tagger would silently lose them: this fails instead."""
    from annotator.core.arabic import normalize_for_search as norm
    from annotator.core.suggest.lexicon import lexicon_size, word_classes

    assert lexicon_size() > 10_000
    assert "country" in word_classes(norm("العراق"))
    assert "person" in word_classes(norm("محمد"))
    assert "month" in word_classes(norm("نيسان"))
    assert "org-head" in word_classes(norm("وزارة"))
    assert word_classes(norm("الذي")) == ()


def test_dictionary_tells_common_words_from_names() -> None:
    """The bundled arramooz list is read and is in the matching view: a spelling
    variant of a common word finds it, a foreign surname is not a common word."""
    from annotator.core.arabic import normalize_for_search as norm
    from annotator.core.suggest.features import sentence_features
    from annotator.core.suggest.lexicon import DICTIONARY, dictionary_entry
    from annotator.paths import resource_path

    said = dictionary_entry(norm("قال"))
    assert said is not None and "verb" in said[0] and said[1].isdigit()
    government = dictionary_entry(norm("حكومة"))
    assert government is not None and "noun" in government[0]
    assert dictionary_entry(norm("هوسهوفر")) is None
    lines = resource_path(*DICTIONARY).read_text(encoding="utf-8").splitlines()
    words = [line.split("\t")[0] for line in lines]
    assert len(words) > 20_000 and words == sorted(set(words))
    assert all(norm(word) == word for word in words)

    features = sentence_features([norm(w) for w in ("قال", "والحكومة", "هوسهوفر")])
    assert "dict=verb" in features[0]
    assert "dict=noun" in features[1]  # found without its proclitic and article
    assert "dict=none" in features[2]
    assert "w3=" + norm("هوسهوفر") not in features[0] and "w-3=<edge>" in features[0]
