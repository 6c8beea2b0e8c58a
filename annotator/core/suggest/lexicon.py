"""Word classes the tagger looks words up in: names and places from pyarabic, number
words, months, weekdays, time words, titles, and words that head names (وزارة, مخيم,
مؤتمر).

A project starts with few labelled documents, so most names the tagger meets are new
to it; knowing that a word is a first name, a country or a month lets it generalise
from few examples. The person and place lists are those pyarabic ships
(``pyarabic.propernouns``, about 7,000 personal names and 5,500 places); its own
parsed table is empty in the released version, so its text is read here. The short
lists below are written out because they are closed classes of the language.
Every entry is stored in the matching view (``arabic.normalize_for_search``).

A second table, the dictionary, says which words are common Arabic words: arramooz's
frequency list (about 29,000 words with their kinds, noun, verb, adjective, particle,
proper noun, and how frequent each is; ``resources/lexicon``). A word it lacks is more
likely a name, a common word less likely. With the dictionary and the words three
places away, cross-validated micro-F1 on the Wojood sample rose from 0.718 to 0.729
(decision 0016).
"""

from __future__ import annotations

import re
from functools import cache

from pyarabic import number_const

from annotator.core.arabic import normalize_for_search
from annotator.paths import resource_path

__all__ = ["DictionaryEntry", "dictionary_entry", "word_classes"]

DICTIONARY = ("lexicon", "arramooz-wordfreq.tsv")
DictionaryEntry = tuple[tuple[str, ...], str]
"""(word kinds, order of magnitude of the word's frequency as a digit "0"-"7")."""

_PERSON_KINDS = r"konia|nasab|nom|laqab|kabila"
_PERSON_LINE = re.compile(rf"^(.*?)\s+(?:{_PERSON_KINDS})\s*$")
_PLACE_LINE = re.compile(r"^(.*?)\s+اسم علم - (.*?)\s*$")

_MONTHS = (
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر "
    "أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
    "محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة"
)
_WEEKDAYS = "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة"
_TIME_WORDS = (
    "عام سنة يوم شهر أسبوع قرن عقد فترة مساء صباح ليلة ليل فجر ظهر عصر أمس غدا "
    "الماضي المقبل القادم الحالي الجاري ميلادي هجري"
)
_ORDINALS = (
    "أول أولى ثان ثاني ثانية ثالث ثالثة رابع رابعة خامس خامسة سادس سادسة سابع سابعة "
    "ثامن ثامنة تاسع تاسعة عاشر عاشرة حادي حادية"
)
_MORE_NUMBERS = "مئات آلاف الاف ملايين مليارات عشرات"
# Words that head a name of their kind ("وزارة الدفاع", "مخيم الفوار", "حرب الخليج")
# or a person's title ("الرئيس جو بايدن": the guideline keeps titles outside PER).
_TITLES = (
    "رئيس وزير نائب سفير مدير أمين قائد زعيم ملك أمير شيخ سيد سيدة دكتور مستشار متحدث "
    "ناطق مندوب مبعوث محافظ رئيسة وزيرة مديرة قاضي محامي صحفي صحافي مراسل شاعر كاتب "
    "مختار مفتي حاكم عضو نقيب سكرتير مفوض مسؤول ضابط جنرال عقيد عميد لواء رائد نقيب"
)
_ORG_HEADS = (
    "وزارة مجلس منظمة جامعة شركة بنك مصرف حزب حركة جمعية لجنة هيئة مؤسسة اتحاد جيش قوات "
    "كتائب ألوية فصائل جبهة محكمة مستشفى مدرسة بلدية دائرة إدارة مكتب صندوق برنامج وكالة "
    "مركز معهد نقابة رابطة غرفة سلطة حكومة برلمان وفد بعثة"
)
_PLACE_HEADS = (
    "مدينة قرية بلدة مخيم محافظة منطقة جبل نهر بحر شارع حي ولاية إقليم قاعدة مطار ميناء "
    "سجن معبر مضيق خليج صحراء سهل وادي جزيرة"
)
_EVENT_HEADS = (
    "مؤتمر حرب انتفاضة معركة مهرجان انتخابات ثورة اتفاقية اتفاق مجزرة نكبة نكسة قمة "
    "مباحثات مفاوضات عملية هجوم غزو احتلال"
)


def _normalized(words: str) -> frozenset[str]:
    return frozenset(normalize_for_search(w) for w in words.split())


def _with_article(words: frozenset[str]) -> frozenset[str]:
    return words | {"ال" + w for w in words}


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Normalized word or name -> its classes (built once, on first use)."""
    classes: dict[str, set[str]] = {}

    def add(word: str, cls: str) -> None:
        key = normalize_for_search(word.strip())
        if key:
            classes.setdefault(key, set()).add(cls)

    try:
        from pyarabic import propernouns
        person_text = getattr(propernouns, "TEXT", "")
        place_text = getattr(propernouns, "TEXT2", "")
    except ImportError:  # pragma: no cover - pyarabic without its name lists
        person_text = place_text = ""
    for line in person_text.split("\n"):
        m = _PERSON_LINE.match(line)
        if m:
            add(m.group(1), "person")
    for line in place_text.split("\n"):
        m = _PLACE_LINE.match(line)
        if m:
            add(m.group(1), _place_class(m.group(2)))
    for word in number_const.NUMBER_WORDS:
        add(word, "number")
    for word in _MORE_NUMBERS.split():
        add(word, "number")
    for word in number_const.UNIT_WORDS:
        add(word, "unit")
    for cls, words in (("ordinal", _with_article(_normalized(_ORDINALS))),
                       ("month", _normalized(_MONTHS)),
                       ("weekday", _normalized(_WEEKDAYS)),
                       ("time", _with_article(_normalized(_TIME_WORDS))),
                       ("title", _with_article(_normalized(_TITLES))),
                       ("org-head", _with_article(_normalized(_ORG_HEADS))),
                       ("place-head", _with_article(_normalized(_PLACE_HEADS))),
                       ("event-head", _with_article(_normalized(_EVENT_HEADS)))):
        for word in words:
            add(word, cls)
    return {key: tuple(sorted(value)) for key, value in classes.items()}


def _place_class(kind: str) -> str:
    """pyarabic's place kinds, coarsened to what tells labels apart."""
    if "دولة" in kind:
        return "country"
    if "عاص" in kind:
        return "capital"
    if "منظ" in kind:
        return "organization"
    if any(w in kind for w in ("بحر", "نهر", "محيط", "قار")):
        return "region"
    return "city"


def word_classes(word: str) -> tuple[str, ...]:
    """The classes of a normalized word ("" when unknown): e.g. ("country",) for
    "العراق", ("month",) for "نيسان"."""
    return _table().get(word, ())


def lexicon_size() -> int:
    """How many words and names the lexicon holds (a test checks it is not empty)."""
    return len(_table())


@cache
def _dictionary() -> dict[str, DictionaryEntry]:
    """Normalized word -> its dictionary entry (read once, on first use: about 30 ms).

    The file is already in the matching view (tools/make_wordfreq_lexicon.py writes
    it), so reading it is one split per line.
    """
    table: dict[str, DictionaryEntry] = {}
    with resource_path(*DICTIONARY).open(encoding="utf-8") as fh:
        for line in fh:
            word, kinds, magnitude = line.rstrip("\n").split("\t")
            table[word] = (tuple(kinds.split(",")), magnitude)
    return table


def dictionary_entry(word: str) -> DictionaryEntry | None:
    """A normalized word's entry in the dictionary of common words, or None when it
    is not a common word (names mostly: "باكير", "هوسهوفر")."""
    return _dictionary().get(word)
