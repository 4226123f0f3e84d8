"""Time expressions: found in the folded text, resolved against the publication date when known."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from kg.text import fold, fold_pattern

_WEEKDAYS = {fold(w): i for i, names in enumerate((
    "الاثنين الإثنين monday", "الثلاثاء tuesday", "الأربعاء الاربعاء wednesday", "الخميس thursday",
    "الجمعة friday", "السبت saturday", "الأحد الاحد sunday")) for w in names.split()}
def _month_table() -> dict[str, int]:
    """Month names (Levantine, Egyptian and English) folded, to month numbers."""
    rows = ("كانون الثاني|يناير|january|jan", "شباط|فبراير|february|feb", "آذار|مارس|march|mar",
            "نيسان|أبريل|ابريل|april|apr", "أيار|مايو|may", "حزيران|يونيو|june|jun",
            "تموز|يوليو|july|jul", "آب|أغسطس|اغسطس|august|aug", "أيلول|سبتمبر|september|sept|sep",
            "تشرين الأول|أكتوبر|اكتوبر|october|oct", "تشرين الثاني|نوفمبر|november|nov",
            "كانون الأول|ديسمبر|december|dec")
    return {fold(name): number for number, row in enumerate(rows, start=1) for name in row.split("|")}


_MONTHS = _month_table()
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
# Start of a word, or just after a one-letter proclitic (و ف ب ل) that starts one.
_B = r"(?:(?<![\w])|(?<=[\W_][وفبل])|(?<=^[وفبل]))"
_E = r"(?![\w])"
# Words shortly before a weekday that put it ahead of the publication date, unless told in the past
# ("وكان من المقرر أن يدخلوا المدينة يوم الأربعاء": the Wednesday gone).
_FUTURE = re.compile(fold_pattern(r"(?:المفترض|المقرر|سوف|will|is\s+due|scheduled)"))
_PAST_PLAN = re.compile(fold_pattern(r"(?:كان|كانت)\s+من\s+(?:المفترض|المقرر)|was\s+(?:due|scheduled)"))
# Ordinal day numbers before a month ("الثامن من مارس", "التاسع عشر من حزيران").
_UNITS = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_ORDINALS = {fold(w): n for n, w in enumerate(
    ("الأول",) + _UNITS[1:] + ("العاشر",) + tuple(f"{u} عشر" for u in _UNITS) + ("العشرين",)
    + tuple(f"{u} والعشرين" for u in _UNITS) + ("الثلاثين", "الحادي والثلاثين"), start=1)}
_ORDINAL_RE = "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True))


@dataclass(frozen=True)
class Found:
    """A time expression in the folded text and its resolution."""

    start: int
    end: int
    begin: dt.date | None
    until: dt.date | None
    note: str


Resolver = Callable[[re.Match, dt.date | None], tuple[dt.date | None, dt.date | None, str]]


def _needs_anchor(what: str, compute: Callable[[dt.date], tuple[dt.date, dt.date, str]]) -> Resolver:
    """Wrap a relative resolver: with no publication date the expression stays unresolved."""
    def resolve(match: re.Match, anchor: dt.date | None):
        if anchor is None:
            return None, None, f"{what}: relative to the publication date, which is unknown"
        return compute(anchor)
    return resolve


def _weekday(match: re.Match, anchor: dt.date | None):
    """A weekday: the latest such day on or before the publication date, or the next one after it
    when the text speaks of what is to come ("السبت المقبل", "من المقرر أن ... الأحد")."""
    day = _WEEKDAYS[match.group("wd")]
    today = bool(match.group("today"))
    before = match.string[max(0, match.start() - 40):match.start()]
    ahead = bool(match.groupdict().get("next")) or (bool(_FUTURE.search(before)) and not _PAST_PLAN.search(before))

    def compute(a: dt.date):
        if ahead:
            when = a + dt.timedelta(days=(day - a.weekday()) % 7 or 7)
            return when, when, f"{calendar.day_name[day]} after the publication date {a.isoformat()} (a day to come)"
        back = (a.weekday() - day) % 7
        when = a - dt.timedelta(days=back)
        if today and back:
            return None, None, f"'today' is not a {calendar.day_name[day]} on {a.isoformat()}: conflicting"
        return when, when, f"{calendar.day_name[day]} on or before the publication date {a.isoformat()}"
    return _needs_anchor(calendar.day_name[day], compute)(match, anchor)


def _night(match: re.Match, anchor: dt.date | None):
    """'ليل الخميس الجمعة': the night from one weekday to the next, both days."""
    first, second = _WEEKDAYS[match.group("wd")], _WEEKDAYS[match.group("wd2")]

    def compute(a: dt.date):
        end = a - dt.timedelta(days=(a.weekday() - second) % 7)
        begin = end - dt.timedelta(days=(second - first) % 7)
        return begin, end, (f"the night from {calendar.day_name[first]} to {calendar.day_name[second]} on or "
                            f"before the publication date {a.isoformat()}")
    return _needs_anchor("a night between two days", compute)(match, anchor)


def _month(match: re.Match, anchor: dt.date | None):
    """A month, with its year if written, else the latest such month not after publication."""
    month = _MONTHS[match.group("m1")]
    year = match.group("year")
    day = match.group("day")
    if year:
        return _month_span(int(year), month, day, f"explicit {'date' if day else 'month'}")

    def compute(a: dt.date):
        y = a.year if month <= a.month else a.year - 1
        return _month_span(y, month, day, f"latest {calendar.month_name[month]} not after the "
                                          f"publication date {a.isoformat()}")
    return _needs_anchor(calendar.month_name[month], compute)(match, anchor)


def _ordinal_day(match: re.Match, anchor: dt.date | None):
    """'الثامن من مارس': a day written as an ordinal word."""
    month, day, year = _MONTHS[match.group("m1")], str(_ORDINALS[match.group("ord")]), match.group("year")
    if year:
        return _month_span(int(year), month, day, "explicit date")

    def compute(a: dt.date):
        y = a.year if month <= a.month else a.year - 1
        return _month_span(y, month, day, f"latest {calendar.month_name[month]} not after the "
                                          f"publication date {a.isoformat()}")
    return _needs_anchor(calendar.month_name[month], compute)(match, anchor)


def _numeric_date(match: re.Match, anchor: dt.date | None):
    """'31-07-2015', '20.04.2017': day, month, year; read month first ('01-06-2016' in an article of
    February 2016) only when the day-first reading is no date or lies after the publication date and
    the month-first one does not."""
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None, None, "no such date"
    when = readings[0]
    if anchor is not None and when > anchor and len(readings) == 2 and readings[1] <= anchor:
        when = readings[1]
    return when, when, "explicit numeric date"


def _month_span(year: int, month: int, day: str | None, note: str):
    """A whole month, or one day of it."""
    if day:
        try:
            when = dt.date(year, month, int(day))
        except ValueError:
            return None, None, f"no such date: {year}-{month:02d}-{day}"
        return when, when, note
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last), note


def _shift(days: int | None = None, years: int | None = None, what: str = "") -> Resolver:
    """A day or year relative to the publication date ('yesterday', 'last year')."""
    def compute(a: dt.date):
        if years is not None:
            y = a.year + years
            return dt.date(y, 1, 1), dt.date(y, 12, 31), f"{what}: the calendar year {y}, from {a.isoformat()}"
        when = a + dt.timedelta(days=days or 0)
        return when, when, f"{what}: {when.isoformat()}, from the publication date {a.isoformat()}"
    return _needs_anchor(what, compute)


def _period(days: int, what: str) -> Resolver:
    """A period ending on the publication date ('the last two weeks', 'for a year')."""
    def compute(a: dt.date):
        return a - dt.timedelta(days=days), a, f"{what}: the {days} days up to the publication date {a.isoformat()}"
    return _needs_anchor(what, compute)


def _vague(what: str) -> Resolver:
    """A period with no fixed length: kept, never turned into dates."""
    return lambda match, anchor: (None, None, f"{what}: a vague period with no fixed length")


def _last_month(match: re.Match, anchor: dt.date | None):
    """The calendar month before the publication month."""
    def compute(a: dt.date):
        first = a.replace(day=1) - dt.timedelta(days=1)
        return _month_span(first.year, first.month, None, f"last month: the calendar month before {a.isoformat()}")
    return _needs_anchor("last month", compute)(match, anchor)


def _year(match: re.Match, anchor: dt.date | None):
    """An explicit year."""
    y = int(match.group("y"))
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "explicit year"


def _p(pattern: str) -> re.Pattern:
    """Compile a pattern written in plain Arabic, folding its letters (patterns use only lower-case escapes)."""
    return re.compile(fold_pattern(pattern))


_DAY = r"(?:(?P<day>\d{1,2})\s+)?"
_UNIT = (r"(?:يوما|يوم|أيام|اليوم|ساعة|ساعات|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|شهور|سنة|سنتين|سنوات|عام|عامين|"
         r"أعوام|عقد|عقود|days?|weeks?|months?|years?|hours?|decades?)")
_COUNT = (r"(?:\d+|يومين|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|تسع|عشرة|عشر|بضعة|بضع|"
          r"عدة|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)")
_YEAR = r"(?:\s*,?\s*(?:من\s+)?(?:ال)?(?:عام\s+)?(?P<year>(?:19|20)\d\d))?"
PATTERNS: list[tuple[re.Pattern, Resolver]] = [
    (re.compile(r"(?<![\w.-])(?P<a>\d{1,2})([-./])(?P<b>\d{1,2})\2(?P<y>(?:19|20)\d\d)(?![\w-])"), _numeric_date),
    (_p(_B + rf"(?:(?:{_WEEKDAY_RE})\s*,?\s+)?(?P<day>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\.?\s+(?P<year>(?:19|20)\d\d)" + _E),
     _month),  # "Saturday 26 Jul 2014": the date, not the weekday
    (_p(_B + rf"(?P<ord>{_ORDINAL_RE})\s+(?:من\s+)?(?:شهر\s+)?(?P<m1>{_MONTH_RE})(?:\s*[/(]\s*(?:{_MONTH_RE})\)?)?"
            + _YEAR + _E), _ordinal_day),
    (_p(_B + rf"(?P<m1>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?" + _E),
     _month),
    (_p(_B + _DAY + rf"(?:شهر\s+)?(?P<m1>{_MONTH_RE})(?:\s*[/(]\s*(?:{_MONTH_RE})\)?)?" + _YEAR + _E), _month),
    (_p(_B + rf"(?:(?:منذ|بعد|طوال)\s+)?(?:منتصف\s+)?(?:ليل|ليلة)\s+(?:ال)?(?P<wd>{_WEEKDAY_RE})\s+(?:و\s*)?"
            rf"(?:ال)?(?P<wd2>{_WEEKDAY_RE})" + _E), _night),
    (_p(_B + rf"(?:(?:منذ\s+|طوال\s+|منتصف\s+)?(?:ليل|ليلة|مساء|صباح|فجر|ظهر)\s+)?(?:(?P<today>اليوم)\s+)?"
            rf"(?:يوم\s+)?(?:ال)?(?P<wd>{_WEEKDAY_RE})(?:\s+(?P<next>المقبل|القادم))?" + _E), _weekday),
    (_p(_B + r"(?P<next>next)\s+(?P<wd>" + _WEEKDAY_RE + ")" + _E), _weekday),
    (_p(_B + r"(?:on\s+)?(?P<wd>" + _WEEKDAY_RE + ")" + _E), _weekday),
    (_p(_B + r"(?:أول\s+)?(?:أمس|امس|الأمس|yesterday)" + _E), _shift(days=-1, what="yesterday")),
    (_p(_B + r"(?:اليوم|today)" + _E), _shift(days=0, what="today")),
    (_p(_B + r"(?:حاليا|حاليًا|الآن|now|currently)" + _E), _shift(days=0, what="now (the publication date)")),
    (_p(_B + r"(?:العام\s+(?:الماضي|الفائت|المنصرم)|السنة\s+(?:الماضية|الفائتة)|last\s+year)" + _E),
     _shift(years=-1, what="last year")),
    (_p(_B + r"(?:في\s+)?(?:ال)?أسبوعين\s+(?:الأخيرين|الماضيين)" + _E), _period(14, "the last two weeks")),
    (_p(_B + r"(?:خلال|في)\s+(?:ال)?أيام\s+(?:الأخيرة|الماضية)" + _E), _vague("the last days")),
    (_p(_B + r"(?:خلال|في)\s+(?:ال)?يومين\s+(?:الماضيين|الأخيرين)" + _E), _period(2, "the last two days")),
    (_p(_B + r"(?:العام|السنة)\s+(?:الماضي|الماضية)" + _E), _shift(years=-1, what="last year")),
    (_p(_B + r"(?:الشهر\s+الماضي|last\s+month)" + _E), _last_month),
    (_p(_B + r"(?:last\s+week|earlier\s+this\s+(?:week|month|year)|in\s+recent\s+(?:days|weeks|months)|"
            r"for\s+(?:years|months|weeks|days)|overnight|(?:this|on\s+\w+)\s+(?:morning|evening|night))" + _E),
     _vague("a vague time")),
    (_p(_B + r"(?:مساء|صباح|ليل|فجر|ظهر)(?:\s+(?:اليوم|أمس|امس))?" + _E), _vague("a time of day")),
    (_p(_B + r"(?:ال)?عام\s+(?P<y>(?:19|20)\d\d)" + _E), _year),  # "منذ عام 2012": the year, not "for a year"
    (_p(_B + r"منذ\s+(?:سنة|عام)" + _E), _period(365, "for a year")),
    (_p(_B + rf"(?:منذ|قبل|بعد|خلال|لمدة|طيلة|طوال)\s+(?:نحو\s+|أكثر\s+من\s+|اكثر\s+نحو\s+|حوالي\s+)?"
            rf"(?:{_COUNT}\s+)?{_UNIT}" + _E), _vague("a duration or offset")),
    (_p(_B + rf"(?:خلال|في)\s+(?:ال)?{_UNIT}\s+(?:الأخيرة|الماضية|الأخيرين|الماضيين|المقبلة|القادمة)" + _E),
     _vague("a recent or coming period")),
    (_p(_B + rf"{_COUNT}\s+{_UNIT}" + _E), _vague("a duration")),
    (_p(_B + r"(?:عام\s+)?(?P<y>(?:19|20)\d\d)" + _E), _year),
]


def _modal_may(match: re.Match) -> bool:
    """English "may" alone ("harm that may affect them") is the verb, not the month: the month
    comes with a day, a year or a preposition ("in May", "May 5", "May 2017")."""
    groups = match.groupdict()
    if groups.get("m1") != "may" or groups.get("day") or groups.get("year"):
        return False
    before = match.string[max(0, match.start() - 10):match.start()].split()
    return not (before and before[-1] in ("in", "since", "early", "late", "mid", "of", "until", "by", "last", "from"))


def find_times(folded: str, anchor: dt.date | None) -> list[Found]:
    """Non-overlapping time expressions of a folded text, earliest first."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in PATTERNS:
        for match in pattern.finditer(folded):
            if any(match.start() < e and s < match.end() for s, e in taken) or _modal_may(match):
                continue
            begin, until, note = resolve(match, anchor)
            found.append(Found(match.start(), match.end(), begin, until, note))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)
