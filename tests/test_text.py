"""Text handling: folding keeps offsets, proclitics, sentences, time expressions."""

from __future__ import annotations

import datetime as dt

from kg.gazetteer import clitic_forms
from kg.text import fold, normalize, split_sentences
from kg.timex import find_times


def test_folding_maps_back_to_the_original_span():
    text = "قالَ مسؤولٌ إنّ الـقوات دخلت ٣ أحياءٍ"
    norm = normalize(text)
    assert "الق" in norm.text and "3" in norm.text
    at = norm.text.index("القوات")
    start, end = norm.to_original(at, at + len("القوات"))
    assert text[start:end] == "الـقوات"  # tatweel kept in the original span


def test_fold_merges_spelling_variants():
    assert fold("الإسلامية") == fold("الاسلامية") == fold("الأسلاميه")
    assert fold("سورية") == fold("سوريه")
    assert fold("Reuters") == "reuters"


def test_clitic_forms_strip_conjunctions_prepositions_and_the_article():
    assert "الميادين" in clitic_forms("بالميادين")
    assert "داعش" in clitic_forms("لداعش")
    assert "النظام" in clitic_forms("للنظام")  # لل = ل + ال
    assert "الجيش" in clitic_forms("وللجيش") or "الجيش" in clitic_forms("للجيش")
    assert clitic_forms("بغداد")[0] == "بغداد"


def test_sentences_do_not_split_inside_quotes_decimals_or_abbreviations():
    text = 'قال "نحن هنا... وسنبقى". وصل 2.5 ألف.\nعنوان قصير\nThe U.S.-led coalition said. Mr. Smith left.'
    sentences = [(text[s.start:s.end], s.heading) for s in split_sentences(text)]
    assert sentences == [('قال "نحن هنا... وسنبقى".', False), ("وصل 2.5 ألف.", False),
                         ("عنوان قصير", True), ("The U.S.-led coalition said.", False), ("Mr. Smith left.", False)]


def test_sentence_split_without_space_after_full_stop():
    text = 'بات "الجيش في المدينة".ولم يعلق التنظيم.'
    assert [text[s.start:s.end] for s in split_sentences(text)] == ['بات "الجيش في المدينة".', "ولم يعلق التنظيم."]


def resolve(text, anchor):
    """(surface, start, end) of each time expression."""
    norm = normalize(text)
    out = []
    for found in find_times(norm.text, anchor):
        s, e = norm.to_original(found.start, found.end)
        out.append((text[s:e], found.begin, found.until))
    return out


def test_relative_dates_resolve_against_the_publication_date():
    text = "دخلت القوات اليوم الجمعة، وندد الصليب الأحمر الخميس بما جرى منذ حزيران/يونيو والعام الماضي."
    d = dt.date
    assert resolve(text, d(2017, 10, 6)) == [
        ("اليوم الجمعة", d(2017, 10, 6), d(2017, 10, 6)),
        ("الخميس", d(2017, 10, 5), d(2017, 10, 5)),
        ("حزيران/يونيو", d(2017, 6, 1), d(2017, 6, 30)),
        ("العام الماضي", d(2016, 1, 1), d(2016, 12, 31)),
    ]


def test_without_a_publication_date_nothing_relative_is_guessed():
    text = "دخلت القوات اليوم الجمعة في 6 تشرين الأول/أكتوبر 2017."
    resolved = resolve(text, None)
    assert resolved[0] == ("اليوم الجمعة", None, None)
    assert resolved[1] == ("6 تشرين الأول/أكتوبر 2017", dt.date(2017, 10, 6), dt.date(2017, 10, 6))


def test_a_month_later_than_publication_is_last_year():
    assert resolve("في كانون الأول", dt.date(2018, 2, 1))[0][1] == dt.date(2017, 12, 1)
