"""Page furniture: the text around a fact that a reader skips (datelines, bylines, cut marks).

Web snippets and news pages carry "Sep 13, 2016 ... ", "（记者 张尼）", "原标题：…", "[点击进入超话]" and
"..." where a search engine cut the text. Quoted in an answer they bury the sentence that answers,
so they are removed from what is quoted (the source passage itself is left untouched). The patterns
describe the furniture's shape (dates, agency datelines, bracketed notes), never particular sites.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from signalbox.tools.cjk import IDEOGRAPHS

_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
"""A capital letter, accented ones included: "By Élise Brunvald" is a byline too."""
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "Sep 13, 2016 ... ", "Wed, 13 Sep 2016 - ", "2022-02-26 10:30", "发布时间:2022年02月28日15:48." at the start.
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+"
_FULL_DATE = re.compile(rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}")
_LEADING_DATE = re.compile(
    rf"^\s*(?:{_WEEKDAY})?(?:(?:{_FULL_DATE.pattern})"
    rf"|{_MONTH}\s+(?:19|20)\d\d(?=\s*(?:\.{{2,}}|…|[-–—|·•]))"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?(?![\d:])"
    r"|(?:发布时间|日期|时间|来源|Published|Updated|Posted)\s*[:：]?\s*[\d\-/年月日:\s]{6,}\.?)"
    r"\s*(?:\.{2,}|…+|[-–—|·•])?\s*",
    re.IGNORECASE,
)
_AGENCY_DATELINE = re.compile(
    rf"^\s*[{IDEOGRAPHS}]{{2,8}}(?:社|网|报|电视台|新闻|财经)?[{IDEOGRAPHS}]{{0,6}}\d{{1,2}}月\d{{1,2}}日电\s*"
)
# "北京时间3月23日消息，" opens a news item the way "LONDON (Reuters) -" does.
_NEWS_DATELINE = re.compile(
    r"^\s*(?:北京时间|当地时间)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:消息|讯|电)\s*[，,：:]?\s*"
)
# "LONDON (Reuters) — ", "PORT ELVA — ", "KESSARY CITY, Tessaly — ", "PORT SELBY, Sept 18, 2022 — ":
# a place in capitals, perhaps a region or a date, an agency in brackets, then a dash open an
# English news item.
_PLACE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
    rf"(?:,\s+{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})?"
    r"(?:\s*\([^()]{1,40}\))?\s*[—–-]{1,2}\s+(?=\S)"
)
# "(Science Desk) — ", "(Reuters) - ": the desk or agency alone, when the date before it was the
# place's.
_SOURCE_DATELINE = re.compile(r"^\s*\([A-Z][^()]{0,39}\)\s*[—–-]{1,2}\s+(?=\S)")
_DATE_IN_DATELINE = re.compile(rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}")
_REPORTER = re.compile(r"[（(]\s*(?:记者|通讯员|编辑|作者|实习生)[^）)]{0,30}[）)]")
_ORIGINAL_TITLE = re.compile(r"原标题\s*[:：][^。！？\n]{0,80}")
# The name ends where a sentence glued to it begins: "Analysis by Ruth Caldwell In 2017 only ...".
_BYLINE = re.compile(
    r"^\s*(?:By|Reporting by|Written by|Analysis by|Words by|Report by|Editor|Reporter)\s*[:：]?\s+"
    rf"{_CAPITAL}[\w.'-]*(?:\s+(?!(?:In|On|At|The|A|An|It|He|She|They|This|That|Last|After|When|As)\b)"
    rf"{_CAPITAL}[\w.'-]*){{0,3}}\s*(?:[,|·•–—-]\s*)?",
)
_BRACKETED_NOTE = re.compile(
    r"\[(?:点击[^\]]{0,20}|Read more|Advertisement|Click here[^\]]{0,20})\]"
)
_CUT_MARK = re.compile(r"\s*(?:\.{3,}|…+)\s*")
_SPACES = re.compile(r"[ \t\u3000\u00a0]{2,}")


def leading_date(sentence: str) -> str:
    """The date a sentence opens with ("2013-05-12 - ", "DUNMERE, July 12, 2024 — "), or "".

    Not quoted, but still what the sentence is dated: a race report dated 2013 is about 2013.
    """
    found = _LEADING_DATE.match(sentence)
    if found:
        return found.group().strip(" .…-–—|·•")
    place = _PLACE_DATELINE.match(sentence)
    dated = _DATE_IN_DATELINE.search(place.group()) if place else None
    return dated.group() if dated else ""


def dateline_place(sentence: str) -> str:
    """The place (and agency) a news item opens with ("MARLOW BAY (Coastline Wire) — "), or "".

    Not quoted, but what the sentence is about: a race report from Marlow Bay is about Marlow Bay.
    """
    found = _PLACE_DATELINE.match(_LEADING_DATE.sub("", sentence))
    return found.group().strip(" -–—") if found else ""


def opens_news_item(line: str) -> bool:
    """Whether a line opens with a dateline ("Jan 23, 2025 — Keepers ...", "PORT DOLAN — ...").

    Such a line begins an article's text: a title above it without a full stop is not hard-wrapped
    prose to be joined to it.
    """
    found = _LEADING_DATE.match(line)
    return bool(found and re.search(r"[-–—|·•]", found.group())) or bool(
        _PLACE_DATELINE.match(line)
    )


# "this morning", "on Thursday", "今天": a day that only the article's own date says.
_RELATIVE_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening)|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|今天|今日|今晨|昨天|昨日|昨晚",
    re.IGNORECASE,
)
DATELINE_LINES = 3
"""How far into a passage its own date is looked for: a headline, then the date, then the text."""


def day_meant(sentence: str, passage: str) -> str:
    """The day a sentence names only relative to its passage's date ("this morning", "yesterday").

    "The Fold S, unveiled this morning, ..." under "Wed, March 8, 2023 — " was unveiled on
    March 8, and "The first ship berthed yesterday" under "Sep 4, 2024 — " on September 3: a
    reader asking when needs that date, which the sentence alone does not give. A day counted
    from a date that cannot be read is not given at all rather than given wrong.
    """
    relative = _RELATIVE_DAY.search(sentence)
    if relative is None:
        return ""
    lines = [line for line in passage.strip().splitlines() if line.strip()][:DATELINE_LINES]
    found = next(
        (found for line in lines if (found := leading_date(line) or _byline_date(line))), ""
    )
    said = relative.group().lower()
    if not found or not (said in _DAY_BEFORE or said.startswith("on ")):
        return found
    dated = _read_date(found)
    if dated is None:
        return ""
    if said in _DAY_BEFORE:
        return _written_like(found, dated - timedelta(days=1))
    # "on Sunday" in a report is the last Sunday, up to its own date; in a plan, the next one.
    ahead = (_WEEKDAYS.index(said.removeprefix("on ")) - dated.weekday()) % 7
    if ahead and not _PLANNED.search(sentence):
        ahead -= 7
    return _written_like(found, dated + timedelta(days=ahead)) if ahead else found


def _byline_date(line: str) -> str:
    """The date a byline or masthead line gives ("By Keeley Marsh | Tamsey Gazette | 22 October 2025")."""
    found = _FULL_DATE.search(line) if is_furniture_line(line) else None
    return found.group() if found else ""


_DAY_BEFORE = frozenset({"yesterday", "last night", "昨天", "昨日", "昨晚"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PLANNED = re.compile(
    r"\b(?:will|shall|is due|are due|is set to|are set to|scheduled|next)\b", re.I
)
_DATE_FORMATS = ("%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y", "%Y-%m-%d")
_CHINESE_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def _read_date(found: str) -> date | None:
    """The calendar date of a dateline as ``leading_date`` gives it, or None."""
    if chinese := _CHINESE_DATE.search(found):
        return date(*map(int, chinese.groups()))
    text = re.sub(rf"^{_WEEKDAY}", "", found, flags=re.IGNORECASE)
    text = re.sub(r"(?i)\bsept\b", "Sep", text.replace(",", " ").replace(".", " "))
    text = " ".join(text.split()[:3])
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _written_like(found: str, day: date) -> str:
    """A date in the dateline's order (day first, month first, ISO or Chinese), its month in full."""
    if _CHINESE_DATE.search(found):
        return f"{day.year}年{day.month}月{day.day}日"
    if re.match(r"\d{4}-", found):
        return day.isoformat()
    if re.match(rf"(?:{_WEEKDAY})?\d", found, re.IGNORECASE):
        return f"{day.day} {day:%B %Y}"
    return f"{day:%B} {day.day}, {day.year}"


# A date that names its year: "Jan 2024", "June 21, 2023", "12 March 2024", "2024-01-18", "2024年1月".
_DATED_YEAR = re.compile(
    rf"\b{_MONTH}\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b|\b\d{{1,2}}\s+{_MONTH}\s+((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)-\d\d-\d\d\b|((?:19|20)\d\d)年\d{1,2}月",
    re.IGNORECASE,
)
DATELINE_CHARS = 200
"""How far into a passage its own date is looked for, when a sentence says "last year"."""
_RELATIVE_YEAR = {
    "last year": -1,
    "this year": 0,
    "next year": 1,
    "a year ago": -1,
    "a year earlier": -1,
    "去年": -1,
    "今年": 0,
    "明年": 1,
}
_RELATIVE_YEAR_PATTERN = re.compile(
    r"\b(?:(?:last|this|next) year|a year (?:ago|earlier))\b|去年|今年|明年"
    r"|\b(?P<when>last|this|next) (?P<season>spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
# The month each season starts in: "next spring" in a September report is the spring after it.
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_MONTHS = 3
"""Months a season lasts: "last spring" in a September report is that year's spring."""
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
    )
}


_MONTH_YEAR_DATELINE = re.compile(rf"^{_MONTH}\s+(?:19|20)\d\d\s*[-–—|·•:]\s*")


def without_month_dateline(sentence: str) -> str:
    """The sentence without a leading month and year ("March 2023 — ", "March 2023: ").

    That year is the article's, not the sentence's. A dash-led one is furniture and is not quoted
    (``strip_furniture``); a colon-led one may be a table row's key and stays in the quote, but
    the reading of which year a sentence is about leaves either out.
    """
    return _MONTH_YEAR_DATELINE.sub("", sentence)


_NEXT = re.compile(r"\bnext (?:year|spring|summer|autumn|fall|winter)\b|明年", re.IGNORECASE)


@lru_cache(maxsize=1024)
def year_ahead(passage: str) -> str:
    """The year a passage announces by "next year" or "next spring": what it is about as well.

    "Sept 30, 2025 — The orchestra will play sixteen concerts next spring. The violinist Tariq
    Ondaatje-Bell will be the soloist" names its soloist for 2026 in a sentence with no year.
    Cached: every sentence of a passage asks it of the same passage.
    """
    ahead = _NEXT.search(passage)
    return year_meant(ahead.group(), passage) if ahead else ""


# "Up from 97 last year", "than a year ago", "比去年": the year before is only what the report's own
# year is compared with.
_COMPARED_RELATIVE = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|climbing|dropping|increased|decreased|jumped|"
    r"dropped)\s+from\b|\bthan\b|\bcompared\s+(?:with|to)\b)[^.;:]{0,30}$|[比较]$",
    re.IGNORECASE,
)


def compares_past_year(sentence: str) -> bool:
    """Whether the sentence names the year before only to compare its own year's figure with it.

    "The judges tasted 118 entries, up from 97 last year" in a report of 2024 gives 2024's entries
    as well as 2023's.
    """
    relative = _RELATIVE_YEAR_PATTERN.search(sentence)
    return (
        relative is not None
        and _RELATIVE_YEAR.get(relative.group().lower(), 0) < 0
        and _COMPARED_RELATIVE.search(sentence[: relative.start()].rstrip()) is not None
    )


# "well short of last year's record.": last year's thing named, and nothing said of it.
_SET_AGAINST = re.compile(
    r"\b(?:short of|shy of|than|on|below|above|behind|beating|beat|past|exceeding|exceeded|"
    r"topping|topped|matching|equalling)\s+$",
    re.IGNORECASE,
)
_NAMED_ONLY = re.compile(r"^['’]s\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[.;:)]|$|,\s+[a-z])")


def _only_names_last(sentence: str, relative: re.Match[str]) -> bool:
    """Whether the sentence names the year before's thing only to set its own figure against it.

    "38,500 people had visited, well short of last year's record" in a report of 2025 gives 2025's
    visitors, not 2024's; "Last year's winner, Tom Reyes, returns" and "last year's 46,000" say
    what the year before had.
    """
    return (
        relative.group().lower() == "last year"
        and _SET_AGAINST.search(sentence[: relative.start()]) is not None
        and _NAMED_ONLY.match(sentence[relative.end() :]) is not None
    )


def year_meant(sentence: str, passage: str) -> str:
    """The year a sentence means by "last year", "next spring" or "今年", from its passage's date.

    "It had flown 12.1 million passengers last year" in a report dated January 2024 is about
    2023, and "will play sixteen concerts next spring" in one dated September 2025 about 2026: a
    question that asks about that year is answered by it, though it never says so.
    """
    relative = _RELATIVE_YEAR_PATTERN.search(sentence)
    if relative is None or _only_names_last(sentence, relative):
        return ""
    dated = _DATED_YEAR.search(passage[:DATELINE_CHARS])
    if dated is None:
        return ""
    year = int(next(group for group in dated.groups() if group))
    if relative.group("season"):
        return str(year + _season_offset(relative, dated.group()))
    return str(year + _RELATIVE_YEAR[relative.group().lower()])


def _season_offset(relative: re.Match[str], dated: str) -> int:
    """How many years from its report's year a season named "last", "this" or "next" lies.

    "Next spring" in a September report is the next year's; in a January one, the same year's.
    Without a month, a next season is taken to be the next year's and a last one the last year's.
    """
    when = relative.group("when").lower()
    if when == "this":
        return 0
    start = _SEASON_STARTS[relative.group("season").lower()]
    month = next(
        (
            number
            for word in re.findall(r"[a-z]+", dated.lower())
            if (number := _MONTH_NUMBER.get(word[:3]))
        ),
        None,
    )
    if when == "next":
        return 0 if month is not None and month < start else 1
    return 0 if month is not None and month >= start + SEASON_MONTHS else -1


def strip_furniture(sentence: str) -> str:
    """The sentence without leading dates, datelines, bylines, bracketed notes and cut marks."""
    text = sentence.replace("\u3000", " ").replace("\u00a0", " ")
    for _ in range(2):  # "Sep 4, 2016 ... 中新社北京9月4日电" carries two in a row
        text = _LEADING_DATE.sub("", text)
        text = _AGENCY_DATELINE.sub("", text)
        text = _NEWS_DATELINE.sub("", text)
        text = _PLACE_DATELINE.sub("", text)
        text = _SOURCE_DATELINE.sub("", text)
        text = _BYLINE.sub("", text)
    text = _REPORTER.sub("", text)
    text = _ORIGINAL_TITLE.sub("", text)
    text = _BRACKETED_NOTE.sub("", text)
    text = _CUT_MARK.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" ，,;；")


_MASTHEAD_SEGMENT_WORDS = 4
# A byline with its desk or place on a line of its own: "By Colette Mbeki, Consumer Affairs".
_BYLINE_LINE = re.compile(
    rf"^(?:By|Reporting by|Written by)\s+{_CAPITAL}[\w.'’-]*(?:\s+{_CAPITAL}[\w.'’-]*){{1,3}}"
    r"(?:\s*(?:,|\band\b|&|[|·•–—-])\s*[\w.'’&/-]+(?:\s+[\w.'’&/-]+){0,4})*$"
)


def is_furniture_line(line: str) -> bool:
    """A line that is all furniture: a byline, a dateline, or a masthead ("Review | Daily Post | 11 July").

    Such a line has no full stop, so a hard-wrap join would glue it to the sentence below it, and the
    answer would quote a byline as part of the fact.
    """
    text = line.strip()
    if not text:
        return False
    if not strip_furniture(text) or _BYLINE_LINE.match(text):
        return True
    segments = [segment.strip() for segment in re.split(r"\s[|·•]\s", text)]
    # A lone row of figures ("OR-117 | 7500 | Leeds") is data; a masthead dates itself once at most.
    figures = sum(1 for segment in segments if re.search(r"\d", segment))
    return (
        len(segments) >= 3
        and figures <= 1
        and all(0 < len(segment.split()) <= _MASTHEAD_SEGMENT_WORDS for segment in segments)
    )


def split_at_cuts(text: str) -> list[str]:
    """Pieces of a snippet between cut marks: "a ... b" holds two fragments, not one sentence."""
    return [piece for piece in re.split(r"\s*(?:\.{3,}|…{1,})\s*", text) if piece.strip()]
