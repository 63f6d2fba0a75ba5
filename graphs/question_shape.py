"""What a question pins down and what kind of thing it asks for, read from its wording alone.

"How many seats did the 2016 election fill?" pins the year 2016 (an anchor: a passage about 2012 is
about something else, however similar it reads) and asks for a number. Offline answers use both:
a sentence that misses an anchor is not the answer, and a sentence without a value of the asked-for
kind does not answer a "how many" or "when" question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from signalbox.tools.cjk import count_cjk, has_cjk
from signalbox.tools.functions.units import canonical_unit
from signalbox.tools.knowledge.sparse import ENGLISH_STOPWORDS

Wanted = Literal[
    "score",
    "change",
    "money",
    "percent",
    "count",
    "measure",
    "version",
    "number",
    "date",
    "person",
    "place",
    "other",
]

_LATIN = r"[0-9A-Za-z\u00c0-\u024f_]"
"""A character that continues a Latin word (Chinese characters do not, though Python's \\w has them)."""
# Tokens with a digit: years, figures, identifiers ("OR-117", "E21", "ISO 9001", "2019年").
_ANCHOR = re.compile(r"[A-Za-z]*[-_]?\d[A-Za-z0-9.\-/]*", re.ASCII)
# "第六届" (the sixth session), "第五任" (the fifth holder): which one of a series is asked about.
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零两\d]{1,4}(?:届|任|次|期|代|季|轮|批|号|版)")
# A word in Latin letters, as it stands in a Chinese question: "Rafale", "GPT-3".
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9]", re.ASCII)
ACRONYM = 4
"""Capitals at most in an acronym ("WTO", "GDP"), as against a name in capitals ("IRONMAN")."""
# "the second quarter" is the "Q2" of a results table or a report's title.
_QUARTERS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
_QUARTER = re.compile(rf"\b({'|'.join(_QUARTERS)}) quarter\b")
_QUARTER_ANCHOR = re.compile(r"q[1-4]")
_QUOTED = re.compile(r"[\"“«《「『]([^\"”»》」』]{2,40})[\"”»》」』]")
_WANTS: list[tuple[Wanted, re.Pattern[str]]] = [
    (
        "date",
        re.compile(
            r"\b(?:when|what (?:year|date|day|month|time)|which (?:year|date|day|month)|since when)\b"
            r"|什么时候|何时|几点|几时|哪一年|哪年|哪天|哪一天|几月|几号|哪个月|(?<!多长)(?<!多少)时间|日期",
            re.IGNORECASE,
        ),
    ),
    (
        "number",
        re.compile(
            r"\b(?:how (?:many|much|long|far|tall|high|big|large|old|often)|what (?:is the )?"
            r"(?:number|amount|percentage|share|rate|price|cost|size|capacity|population|total)|"
            r"what percent)\b|多少|几个|几家|几人|几名|几次|几倍|比例|增长率|出生率|占比|价格|多大|多长|多高|多远|第几",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:who|whom|whose|which (?!(?:year|date|day|month|time)\b)\w+|name the|"
            r"what (?:is|was|are|were) (?:the )?names? of)\b"
            r"|谁|哪位|哪个人|什么人|哪家|哪支|哪个(?:队|公司|球队|组织)",
            re.IGNORECASE,
        ),
    ),
    (
        "place",
        re.compile(
            r"\b(?:where|which (?:city|country|state|town|place|venue|region))\b"
            r"|在哪|哪里|哪儿|哪个(?:城市|国家|省|地方)|何地|什么地方",
            re.IGNORECASE,
        ),
    ),
]
# Asked before the other kinds: "How much did it cost when it launched?" wants an amount, not a date,
# and "by what scoreline" a result, not any number. Money words under "how many" ("how many grants")
# ask for a count.
_SCORE_QUESTION = re.compile(
    r"\b(?:scoreline|final score|what (?:was|is) the score|by what score|the score in)\b",
    re.IGNORECASE,
)
# "What did the winning robot score?" asks its points, not a match's scoreline.
_POINTS_QUESTION = re.compile(r"\bwhat did\b[^?]*\bscore\b", re.IGNORECASE)
_MONEY_QUESTION = re.compile(
    r"\bhow much (?:money|did|does|do|was|is|were|are|will|has|had|have)\b.*\b(?:cost|pay|paid|"
    r"spend|spent|"
    r"earn|earned|raise|raised|charge|charged|worth|budget|sell|sold|fund|funded|invest|invested|"
    # What one side asks of, gives or grants another: "How much did the pottery ask the arts
    # council for?", "How much was it awarded?" (a thing weighed or measured names its noun).
    r"ask|asked|asking|award|awarded|grant|granted|give|gave|given|donate|donated|receive|"
    r"received|offer|offered|bid|lend|lent|borrow|borrowed|owe|owed|collect|collected)|"
    r"\b(?:price|prices|priced|cost|costs|revenue|turnover|sales|profit|profits|earnings|budget|"
    r"allocation|appropriations|dividend|salary|salaries|fee|fees|grant|funding|spending|worth|"
    r"valued|valuation|fine|fines|fare|fares|wage|wages|rent|rents|prize money|tariff|tariffs|"
    # A charge paid, not a battery's: "the parking charge", "a booking charge", not "charge level".
    r"(?:parking|service|admission|entry|entrance|delivery|booking|call-out|standing|extra|late|"
    r"hourly|daily) charges?)\b|"
    # "What did the community end up paying?", "What did the fragment sell for?"
    r"\bwhat (?:did|does|do|will|would)\b[^?]*\b(?:cost|pay|paying|spend|spending|fetch|"
    r"sell for|sold for|earn|charge)\b|"
    r"(?<!death )\btolls?\b|"
    r"\bestimates?\s+(?:for|of)\s+\w+ing\b|"
    # "How much is an adult ticket?": what a thing is, asked with "how much", is its price (not "How
    # much was produced", whose verb says what is measured).
    r"^\W*how much (?:is|was|are|were|will be) (?:an?|the|one|each)\s(?![^?]*\b\w+ed\b)[^?]*\??\s*$",
    re.IGNORECASE,
)
# "What was Tessaro Freight's headcount in 2019?" asks how many, as "how many" does.
_HOW_MANY = re.compile(
    r"\bhow many\b|\bnumber of\b|^\W*what\b.*\b(?:headcount|workforce|attendance|ridership|"
    r"enrolment|enrollment|membership)\b",
    re.IGNORECASE,
)
# "How many weeks was it at number one?" asks a length of time, not any number ("52,300 chart units").
_HOW_MANY_UNITS = re.compile(
    r"\bhow many (?:hours|minutes|seconds|days|weeks|months|years|miles|kilomet(?:re|er)s|"
    r"met(?:re|er)s|feet|kilo(?:gram)?s|tonnes|tons|square \w+|hectares|acres|lit(?:re|er)s|"
    r"gallons)\b",
    re.IGNORECASE,
)
# "How long is the Eastvale Line?" is answered by "14.2km", not by "a £410m extension".
_MEASURE_QUESTION = re.compile(
    r"\bhow (?:long|far|tall|high|wide|deep|heavy|hot|cold|warm)\b|\bhow much\b.*\bweigh|"
    # "What temperature can the new kiln reach?" is answered in degrees.
    r"\b(?:what|which)\s+(?:(?:is|was|will be)\s+the\s+)?(?:\w+\s+)?temperatures?\b|"
    r"\bwhat (?:did|does|do|will|would)\b[^?]*\bweigh\b|"
    # "What frequency does Skelbrook FM broadcast on?": "104.7 FM", or "every two weeks".
    r"\b(?:what|which) (?:(?:is|was|will be) the )?frequency\b|"
    r"多长|多远|多高|多宽|多深|多重",
    re.IGNORECASE,
)
# "What percentage of patients were seen within four hours?" is not answered by "224 minutes".
# "By how much did Pellham raise council tax?" is answered by a share or by a sum ("by 4.99%",
# "by 20p").
_CHANGE_QUESTION = re.compile(
    r"\bby how much\b|\bhow much (?:did|does|do|will|has|have|had)\b[^?]*\b(?:rise|rose|risen|"
    r"increase|increased|go up|went up|gone up|grow|grew|grown|fall|fell|fallen|drop|dropped|"
    r"decrease|decreased)(?=\W*$|\s+(?:by|in|from|to|since|between|over|during|after|this|last)\b)",
    re.IGNORECASE,
)
_PERCENT_QUESTION = re.compile(
    r"\b(?:percentage|percent|per cent)\b|\b(?:what|which) (?:share|proportion|fraction) of\b"
    r"|\b(?:interest|inflation|unemployment|jobless|growth|vacancy|mortality|tax) rates?\b",
    re.IGNORECASE,
)
# "What was the exam pass rate?", "What were Merebrook's household recycling rates in 2023/24 and
# 2024/25?": a rate asked for itself is a share. Rates counted per head or paid by the hour are not
# ("the birth rate", "the nightly rate"), and "the rate decision" asks about a decision.
_RATE_ASKED = re.compile(
    r"^\W*what\s+(?:is|was|are|were)\b[^?]*?(?<!\bhourly)(?<!\bnightly)(?<!\bdaily)"
    r"(?<!\bweekly)(?<!\bmonthly)(?<!\bexchange)(?<!\bbirth)(?<!\bdeath)(?<!\bcrime)(?<!\bheart)"
    r"(?<!\bframe)(?<!\broom)\s+rates?\b(?=\W*$|\s*,|\s+(?:in|at|for|of|after|before|on|during|"
    r"by|and|across|among|last|this|between)\b)",
    re.IGNORECASE,
)
# "What research did the grant support?": the noun after "what"/"which" is what is asked, and a
# money word later in the question is only part of what it is about. The noun is the last word
# before the verb ("What one-hour parking charge did ...": a charge), else the first after "what".
_AUXILIARY = r"(?:is|was|are|were|did|does|do|has|had|have|will|would|can|could)\b"
_ASKED_NOUN = re.compile(
    rf"^\W*(?:what|which)\s+(?!{_AUXILIARY})"
    rf"(?P<noun>(?:[a-z]+(?:-[a-z]+)*\s+){{0,3}}?[a-z]+)(?=\s+{_AUXILIARY})"
    rf"|^\W*(?:what|which)\s+(?!{_AUXILIARY})"
    r"(?P<first>(?:[a-z]+(?:-[a-z]+)+\s+)?[a-z]+)",  # "What pre-tax profit": a profit
    re.IGNORECASE,
)
# A Chinese question often names what it asks for instead of asking ("香港第四任行政长官？",
# "2006年世界杯的举办国", "玉树地震的震级"): the noun it ends on says the kind of answer.
_CHINESE_ASKED_NOUN: list[tuple[Wanted, re.Pattern[str]]] = [
    (
        "person",
        re.compile(
            r"(?:冠军|得主|导演|编剧|作者|主演|演员|歌手|主席|总统|总理|首相|市长|议长|长官|创始人|创办人|"
            r"董事长|总裁|教练|队长|主持人|发明者|发明人|设计师|获得者|获胜者)$"
        ),
    ),
    (
        "place",
        re.compile(
            r"(?:举办国|举办地|主办国|主办地|主办城市|举办城市|首都|所在地|总部|发源地|国家|城市|地点)$"
        ),
    ),
    # "高考人数", "失业率", "成交额": a count, a rate or a sum is a figure.
    (
        "number",
        re.compile(r"(?:震级|人口|票房|价格|售价|销量|数量|面积|高度|长度|金额|年龄|数|率|额)$"),
    ),
]
# "between Fernholt and Cadmouth", "between March and June": the two ends of one route or spell.
# Two figures are two parts ("How did its ranking change between 2017 and 2019?").
_RANGE = re.compile(r"\bbetween\s+[^,;?\d]{1,40}?\s+and\s+", re.IGNORECASE)
_MULTI_PART = re.compile(
    r"\b(?:and|both|respectively|each(?!\s+(?:year|month|week|day|night|season|hour|time)\b)|"
    r"as well as)\b|和|与|及|以及|分别|各自|各是|哪些",
    re.IGNORECASE,
)
_NUMBER_VALUE = re.compile(
    # Not a figure glued to letters: "FY23", "E21" and "COVID-19" name things, they count nothing.
    r"(?<![A-Za-z\d])(?<![A-Za-z]-)\d[\d,.]*\s*(?:%|‰|万|亿|千|百|[A-Za-z]{0,3}\b)?|[一二两三四五六七八九十百千万亿]{1,6}(?=[个名人家次天年月倍元项座])"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|dozen|half|once|twice|daily|weekly|monthly|yearly|"
    r"annually|hourly|quarterly)\b",
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)",
    re.IGNORECASE,
)
"""A time of day, as a live blog stamps its entries: no count and no score."""
_AGE = re.compile(
    r"\baged\s+\d+(?:\s*(?:-|to|and)\s*\d+)?(?:\s+and\s+(?:over|under|above))?"
    r"|\b\d+[-\s]years?[-\s]olds?\b|\b\d+\s+and\s+(?:over|under)\b|\b(?:over|under)[-\s]\d+s\b"
    r"|\b(?:children|kids|anyone|those|people|pupils|players)\s+(?:under|over)\s+\d+\b",
    re.IGNORECASE,
)
"""An age: "aged 21 and over", "a 63-year-old walker", "the under-18s"."""
_COMPOUND_COUNT = re.compile(r"(?<![\w.,])\d[\d,.]*-(?P<unit>[a-z]+)\b")
"""A figure joined to a noun that modifies another: "a 90-cow farm", "a 12-week run"."""
_MULTIPLE = re.compile(
    r"\b[\w.,]+\s+times\s+(?:what|as|more|less|fewer|the|that|higher|lower|larger|bigger|"
    r"greater|smaller)\b",
    re.IGNORECASE,
)
"""A multiple of another figure: "almost three times what it had forecast" counts nothing."""
_MONEY_VALUE = re.compile(
    r"(?:[A-Z]{1,3})?[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m|k|tn)\b)?"
    r"|\d[\d,.]*\s?(?:million |billion |bn |m )?(?:EUR|USD|GBP|CHF|JPY|CNY|RMB|HKD|dollars?|euros?|"
    r"pounds?|yuan|yen|francs?|rupees?|pence|cents?|crowns?|kron(?:a|or|er|e)|pesos?|rand|"
    r"roubles?|rubles?|lira|dinars?|dirhams?|riyals?|shekels?|zloty|forints?)\b"
    r"|(?<![\w.,])\d{1,3}(?:\.\d)?p\b"  # pence: "a first-class stamp costs 87p"
    r"|\d[\d,.]*\s*(?:万|亿)?(?:元|美元|欧元|英镑|日元|港元)"
)
_PERCENT_VALUE = re.compile(
    r"\d[\d,.]*\s?(?:%|per ?cent\b)|百分之[零〇一二三四五六七八九十百点\d.]+", re.IGNORECASE
)
# "Which version of NexaroOS came out in 2013?" wants "10.5.7" or "v23.7.8", not a name.
_VERSION_QUESTION = re.compile(
    r"^\W*(?:what|which)\s+versions?\b|哪个版本|什么版本|版本号", re.IGNORECASE
)
_VERSION_VALUE = re.compile(
    r"(?<![A-Za-z0-9_.])(?!\d{1,2}\.\d{1,2}\.\d{4})v?\d+(?:\.\d+)+[a-z]?(?![\w.]*\d)"  # not 12.03.2014
    r"|\b(?:version|v)\s?\d+\b",
    re.IGNORECASE,
)
_UNITS = (
    r"km|kilomet(?:re|er)s?|miles?|mi|m|met(?:re|er)s?|cm|mm|ft|feet|foot|inch(?:es)?|yards?|"
    r"kg|kilo(?:gram)?s?|g|grams?|tonnes?|tons?|lbs?|pounds|"
    r"hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|days?|weeks?|months?|years?|yrs?|"
    r"mph|kph|km/h|knots|nautical miles|light[- ]years?|parsecs?|astronomical units|"
    r"hectares?|acres?|(?:hecto|mega)?lit(?:re|er)s?|gallons?|barrels?|bushels?|"
    r"GW|MW|kW|gigawatts?|megawatts?|kilowatts?"
)
_MEASURE_VALUE = re.compile(
    rf"(?:\d[\d,.]*(?:\s?(?:million|billion|thousand|bn))?\s?-?\s?(?:(?:square|sq\.?)\s)?"
    rf"(?:{_UNITS})\b"
    # "within 15 working days", "in ten business days"
    r"|\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s"
    r"(?:working|business|school|calendar)\s(?:days|weeks)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|a hundred|several|a few)[\s-]+(?:hours?|minutes?|days?|weeks?|months?|years?|"
    r"miles?|kilomet(?:re|er)s?|met(?:re|er)s?|feet)\b)"
    # "One year on", "two days later", "three weeks ago" say when, and "two years late" how late,
    # not how long something is.
    r"(?!\s+(?:later|ago|earlier|into|late)\b|\s+on\s*[,.;:])"
    r"|\d[\d,.]*\s*(?:公里|千米|米|英里|厘米|公斤|千克|吨|小时|分钟|秒|天|周|个月|年)"
    # A table row read as a record names the unit before the figure ("Tonnes 149,940"); not a time
    # ("the years 2020 to 2024" is no length).
    r"|\b(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|kg|kilo(?:gram)?s|tonnes|tons|lbs|mph)"
    r"\s+\d[\d,.]*",
    re.IGNORECASE,
)
"""A figure with a unit of length, weight, time or speed: what "how long" or "how far" asks."""
_ASKS_HOW_OFTEN = frozenset({"how", "often"})
# "How often can women give blood?" is answered by "every 16 weeks", not by "470ml". Written by
# hand: the ways English says how often.
_FREQUENCY = re.compile(
    r"\bevery\s+(?:other\s+|\d[\d.]*\s+|[a-z]+\s+)?(?:minutes?|hours?|days?|nights?|weeks?|"
    r"fortnight|months?|years?|half[- ]hour|quarter)\b|"
    r"\b(?:once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+(?:a|an|per|each|every)\s+[a-z]+|"
    r"\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)\b",
    re.IGNORECASE,
)
_HEAT_WORDS = frozenset({"hot", "cold", "warm", "temperature", "temperatures"})
_DEGREES_VALUE = re.compile(r"(?<![\d,.])-?\d[\d,.]*\s?(?:°\s?[CF]?|C\b|F\b|degrees?\b)")


def _in_units(units: str) -> re.Pattern[str]:
    """A figure in one of the units, as ``_MEASURE_VALUE`` reads one."""
    return re.compile(rf"\d[\d,.]*(?:\s?(?:million|billion|thousand|bn))?\s?-?\s?(?:{units})\b")


_AREA_UNITS = (
    r"(?:square|sq\.?)\s(?:km|kilomet(?:re|er)s?|miles?|mi|m|met(?:re|er)s?|ft|feet|foot|yards?)|"
    r"hectares?|ha|acres?|m²|km²"
)
# "How heavy was the satellite?" is answered by a mass ("a 940 kg craft"), not by "a resolution of
# 500 metres"; "How deep will the channel be?" by a length, not by "two weeks early". ("How long"
# may ask a length or a time, so it is not held to either.)
_DIMENSIONS = {
    "frequency": re.compile(
        rf"{_in_units('FM|AM|MHz|kHz|GHz|Hz').pattern}|{_FREQUENCY.pattern}", re.IGNORECASE
    ),
    # "How many square metres does the park cover?" is answered by "1,450 square metres", not by
    # "four years".
    **dict.fromkeys(("square", "area", "hectares", "acres"), _in_units(_AREA_UNITS)),
    **dict.fromkeys(
        ("heavy", "weigh", "weighs", "weighed", "weight", "mass"),
        _in_units(r"kg|kilo(?:gram)?s?|g|grams?|tonnes?|tons?|lbs?|pounds"),
    ),
    **dict.fromkeys(
        (
            "deep",
            "depth",
            "tall",
            "high",
            "height",
            "wide",
            "width",
            "far",
            "distance",
            "diameter",
            "rainfall",
            "elevation",
            "altitude",
        ),
        _in_units(
            r"km|kilomet(?:re|er)s?|nautical miles|miles?|mi|m|met(?:re|er)s?|cm|mm|ft|feet|foot|"
            r"inch(?:es)?|yards?|light[- ]years?|parsecs?|astronomical units"
        ),
    ),
}

# A result such as 2-1 or 3–2; not part of a date (2016-06-23) or a range of years.
_SCORE_VALUE = re.compile(r"(?<![\d\-–/.])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d\-–/]|\.\d)")
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
"""A month, written out or cut short ("Sept."); not a word that starts like one ("Marathon")."""
_DATE_VALUE = re.compile(
    r"\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\b(?:19|20)\d{2}\b|"
    # An older year: "built in 1839", "the 1839 tower"; not a count ("1650 beds").
    r"\b1[5-8]\d{2}\b(?!\s+[a-z]+s\b)|"
    # A medieval year where a date stands: "felled in the winter of 1387", "since 1190".
    r"(?:(?<=\bin )|(?<=\bof )|(?<=\bsince )|(?<=\buntil )|(?<=\baround )|(?<=\bAD ))"
    r"1[0-4]\d{2}\b(?!\s+[a-z]+s\b)|"
    # The day is part of the date: "from 28 January" and "from 21 January" are two dates.
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}(?![a-z])|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|"
    # "on a Saturday" or "every Monday" is no date.
    r"(?<!\ba\s)(?<!every\s)(?<!each\s)"
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|tomorrow)\b|"
    r"\b\d{1,2}:\d{2}\b|星期[一二三四五六日天]|周[一二三四五六日]|\d{1,2}月(?:份|初|底|中旬|上旬|下旬)?|"
    # A time of day answers "when" too ("When does it open?" "From 10am to 4pm").
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midnight)\b|"
    r"(?:上午|下午|晚上|凌晨|中午)?\d{1,2}[点时](?:\d{1,2}分|半)?",
    re.IGNORECASE,
)


# "What time were the fireworks?" is answered by a programme's "21.45 Fireworks over the river": a
# time of day written with a point, as British and European timetables write it, where any other
# question would read "21.45" as a decimal.
_TIME_OF_DAY = re.compile(
    rf"{_DATE_VALUE.pattern}|(?<![\d.,£$€])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,%])"
    r"(?!\s?(?:m|bn|k|million|billion|thousand|per|percent|km|kg|miles|metres|tonnes)\b)",
    re.IGNORECASE,
)
_ASKS_TIME_OF_DAY = frozenset({"what", "time"})
# "skate park closing time" is answered by "8am to 9pm", not by "sessions on Tuesday evenings".
_CLOCK_WORDS = frozenset("opening closing start starting finish kick-off departure arrival".split())
_HOURS = frozenset({"time", "times", "hour", "hours"})
# The two words side by side: "opening year" of a "time capsule" asks no clock time.
_CLOCK_ASKED = re.compile(rf"\b(?:{'|'.join(_CLOCK_WORDS)})\s+(?:{'|'.join(_HOURS)})\b", re.I)
_CLOCK_VALUE = re.compile(rf"{_CLOCK_TIME.pattern}|\b(?:noon|midnight)\b", re.IGNORECASE)
_SPAN = re.compile(
    rf"(?:{_CLOCK_TIME.pattern}|\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})"
    r"\s*(?:to|until|till|-|–|—)\s*\d",
    re.IGNORECASE,
)


def tells_span(text: str) -> bool:
    """Whether the text gives a spell of time by both its ends ("8am to 9pm", "3 May to 23 May")."""
    return _SPAN.search(text) is not None


# A day of a month as a question names it: "Thursday 9 October", "October 9th", "the 9th of Oct".
_DAY_OF_MONTH = re.compile(
    r"(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
    rf"(?:(?:the\s+)?(?<![\w.,/-])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{_MONTH_NAME})(?![a-z])"
    rf"|\b(?P<month_first>{_MONTH_NAME})\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]))",
    re.IGNORECASE,
)
_MONTHS_IN_ORDER = (
    "january february march april may june july august september october november december".split()
)
_MONTHS = frozenset(_MONTHS_IN_ORDER)
_SEASONS = frozenset("spring summer autumn winter weekend weekends weekday weekdays".split())
"""When a keyword search's figure holds ("closing time summer"), not what it asks."""
_DAY_ANCHOR = re.compile(rf"(\d{{1,2}}) ({'|'.join(_MONTHS_IN_ORDER)})")


def _month_cut_short(month: str) -> str:
    """A month as dates cut it short: its first three letters, "Sept" for September as well."""
    return f"{month[:3]}{'t?' if month == 'september' else ''}"


def _days_of_months(text: str) -> dict[str, str]:
    """Each day of a month the (normalised) question names, as written, with its anchor ("9 october").

    A day is one anchor, however the text writes it ("Thu 9 Oct", "October 9th"): as a number and a
    month apart, "9" was held by any figure 9 and "Thursday 9" by no table of "Thu 9 Oct".
    """
    found = {}
    for match in _DAY_OF_MONTH.finditer(text):
        day = match["day"] or match["day_after"]
        month = (match["month"] or match["month_first"]).lower()
        full = next(name for name in _MONTHS_IN_ORDER if name.startswith(month[:3]))
        if 1 <= int(day) <= 31:
            found[match.group().strip()] = f"{int(day)} {full}"
    return found


def _holds_day(text: str, anchor: str) -> bool:
    """Whether the (normalised) text names the day of the month ``anchor`` is ("9 october")."""
    day, month = anchor.split()
    written = rf"(?:{month}|{_month_cut_short(month)}\.?)"
    return (
        re.search(
            rf"(?<![\d.]){day}(?:st|nd|rd|th)?(?:\s+of)?\s+{written}(?![a-z])"
            rf"|\b{written}\s+(?:the\s+)?0?{day}(?:st|nd|rd|th)?(?![\d:])",
            text,
        )
        is not None
    )


@dataclass(frozen=True)
class QuestionShape:
    """The question's anchors (normalised) and the kind of answer it wants."""

    anchors: tuple[str, ...]
    wants: Wanted
    words: frozenset[str] = frozenset()
    """The question's own words and names, lowercased: a name it already says is not an answer."""
    multi_part: bool = False
    """Asks for several things at once ("the 2022 and 2023 winners", "start and end dates")."""
    named: tuple[str, ...] = ()
    """The anchors that are names written in Latin letters ("rhea renwick", "nexaroos")."""
    spelled: tuple[tuple[str, str], ...] = ()
    """(anchor, pattern of its other spelling): "CFO" is also "Chief Financial Officer"."""
    focus: tuple[str, ...] = ()
    """The words naming what is asked ("turnout", "singer", "designed"), whatever it is about."""
    kinds: tuple[tuple[str, str], ...] = ()
    """(modifier, head) of each word pair that may name a kind of thing ("air-source", "ground
    source"): a sentence about another kind ("ground-source systems") answers something else."""
    coordinated: bool = False
    """Names two anchors together ("Hong Kong and Macau", "香港和澳门"): each may be a part."""
    asks_year: bool = False
    """Asks which year ("In what year", "哪一年"): a day without its year ("12月11日") does not say."""
    asks_day: bool = False
    """Asks which day ("On what date"): a year or a month alone ("buried in 1975") does not say."""
    asks_clock: bool = False
    """Asks an opening, closing or start time ("closing time", "opening hours"): a time of day."""


def _normalise(text: str) -> str:
    """Width-folded and lowercased, with a dash between figures as a hyphen ("2022–23")."""
    return _FIGURE_DASH.sub("-", unicodedata.normalize("NFKC", text).lower())


_FIGURE_DASH = re.compile(r"(?<=\d)\s?[‐‑‒–—―]\s?(?=\d)")
_SEASON = re.compile(r"((?:19|20)(\d\d))[-/]((?:19|20)?\d\d)")


def _anchor_form(token: str) -> str:
    """Year suffixes and edge punctuation go: "2019年" is the anchor "2019", as in "in 2019"."""
    return token.strip(".-/,").removesuffix("年")


@lru_cache(maxsize=256)
def question_shape(question: str) -> QuestionShape:
    """Read the anchors and the wanted kind of answer from a question.

    Cached: a turn reads the same question's shape to rerank, to fetch and to answer.
    """
    text = _normalise(question)
    anchors = [_anchor_form(token) for token in _ANCHOR.findall(text)]
    anchors += [
        quoted.strip() for quoted in _QUOTED.findall(unicodedata.normalize("NFKC", question))
    ]
    anchors += _ORDINAL.findall(text)
    latin = _LATIN_WORD.findall(unicodedata.normalize("NFKC", question))
    if count_cjk(question) > len(latin):
        # In a Chinese question a word in Latin letters is a name, wherever it stands ("Rafale战斗机
        # 研发国家", "Minecraft是什么类型的游戏"), as no capital marks a sentence's start. A short
        # acronym is not held to: Chinese text often writes it out ("WTO", "世贸组织"; "CEO", "首席
        # 执行官").
        names_in_latin = [w.lower() for w in latin if not (w.isupper() and len(w) <= ACRONYM)]
        anchors += [w for w in names_in_latin if not any(w in a for a in anchors)]
    anchors += [f"q{_QUARTERS.index(which) % 4 + 1}" for which in _QUARTER.findall(text)]
    named = [
        anchor
        for name in sorted(names(question), key=question.find)
        for anchor in map(_name_anchor, _OWNER_AND_OWNED.split(_POST_OF.sub("", name)))
        if len(anchor) > 1 and not any(anchor in a for a in anchors)
    ]
    # "5" alone is any fifth model; "nexaro nova 5" says which.
    anchors = [a for a in anchors if not any(a in name.split() for name in named)] + named
    if days := _days_of_months(text):
        anchors = [
            a for a in anchors if not any(set(a.split()) <= set(said.split()) for said in days)
        ] + list(days.values())
    wants = _wanted(text)
    words = frozenset(re.findall(r"[a-z0-9à-öø-ɏ'’-]+", text)) | {
        name.lower() for name in names(question)
    }
    words |= frozenset(_question_chinese(question))
    multi_part = bool(_MULTI_PART.search(_RANGE.sub(" ", text)))
    anchors = list(dict.fromkeys(a.lower() for a in anchors if a))
    return QuestionShape(
        tuple(anchors),
        wants,
        words,
        multi_part,
        tuple(name for name in named if not has_cjk(name)),
        _other_spellings(question, anchors),
        () if has_cjk(question) else asked_focus(text, tuple(anchors)),
        tuple(
            (modifier, head)
            for modifier, head in _WORD_PAIR.findall(text)
            if not {modifier, head} & ENGLISH_STOPWORDS
        ),
        _coordinated(text, anchors),
        _ASKS_YEAR.search(text) is not None
        or (is_keyword_search(text) and _ENDS_ASKING_YEAR.search(text) is not None),
        _ASKS_DAY.search(text) is not None
        or (is_keyword_search(text) and _ENDS_ASKING_DATE.search(text) is not None),
        _CLOCK_ASKED.search(text) is not None,
    )


_ASKS_YEAR = re.compile(r"\b(?:what|which) year\b|哪一年|哪年|年份|何年")
_ASKS_DAY = re.compile(r"\b(?:what|which) (?:date|day)\b|哪一天|哪天|几月几日|几号")
# A keyword search names what it asks last: "lower marrick well capped year" asks a year.
_ENDS_ASKING_YEAR = re.compile(r"\byear\W*$", re.I)
_ENDS_ASKING_DATE = re.compile(r"\bdate\W*$", re.I)
# What names no day: a year, a month, or a month and its year.
_NO_DAY = re.compile(
    rf"(?:{_MONTH_NAME}\s*)?(?:1\d|20)\d\d|{_MONTH_NAME}|\d{{4}}年(?:\d{{1,2}}月)?|\d{{1,2}}月",
    re.I,
)
_HAS_YEAR = re.compile(r"(?:1\d|20)\d\d")


def _coordinated(text: str, anchors: list[str]) -> bool:
    """Whether the (normalised) question joins two of its names with "and", "or" or a comma.

    "How many downloads had Quillon forecast for Hearsay Live's first month, and how many did it
    get?" joins two clauses about both names: neither name is a part on its own.
    """
    named = [anchor for anchor in anchors if not anchor[:1].isdigit()]
    return any(
        re.search(
            rf"{re.escape(one)}(?:['’]s)?\s*(?:,|\band\b|\bor\b|&|和|与|及|、)\s*(?:the\s+)?"
            rf"{re.escape(other)}",
            text,
        )
        for one in named
        for other in named
        if one != other
    )


# Each pair of neighbouring words, overlapping: "ground source heat" holds "ground source" and
# "source heat".
_WORD_PAIR = re.compile(r"(?<![\w'’-])([a-z]+)(?=[- ]([a-z]+)(?![\w'’]|-\w))")


# A kind written as one word of two ("ground-source", "part-time", "second-half").
_COMPOUND = re.compile(r"(?<![\w'-])([a-z]+)-([a-z]+)(?![\w'-])")


def names_other_kind(shape: QuestionShape, said: str) -> bool:
    """Whether the text names another kind of what is asked and not the asked one.

    "The value for ground-source systems is unchanged" is not the voucher for an air-source heat
    pump; "a second-half goal" is not the first-half one.
    """
    for modifier, head in _COMPOUND.findall(said):
        # "a four-week run" counts weeks: it is no kind of the "first week".
        if _NUMBER_VALUE.fullmatch(modifier) or re.fullmatch(_UNITS, head):
            continue
        asked = {one for one, of in shape.kinds if of == head}
        if asked and modifier not in asked:
            return not any(re.search(rf"\b{one}[- ]{head}\b", said) for one in asked)
    return False


_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
_SMALL_WORD = r"(?:\s+(?:of|and|for|the|&))?"


def _other_spellings(question: str, anchors: list[str]) -> tuple[tuple[str, str], ...]:
    """Each abbreviation of the question with its words, and each capitalised name with its initials.

    A text that writes "Chief Financial Officer" holds the question's "CFO", and one that writes
    "NHS" holds its "National Health Service". Written by hand: no abbreviation dictionary ships
    offline, and capital initials are what an abbreviation of a name is made of.
    """
    # A month abbreviated in a date: "Sept 20, 2023", "Mar. 2024" (not "Jan", the name).
    found = [
        (month, rf"\b(?i:{_month_cut_short(month)})\.?\s+\d")
        for month in anchors
        if month in _MONTHS and month != "may"
    ]
    for quarter in filter(_QUARTER_ANCHOR.fullmatch, anchors):
        word, short = _QUARTERS[int(quarter[1]) - 1], _QUARTERS[int(quarter[1]) + 3]
        found.append((quarter, rf"(?i)\b(?:{word}|{short})\s+quarter\b|\b{quarter[1]}Q\b"))
    # "series 4" is also "the fourth series", "round 7" "the 7th round".
    for noun, number in re.findall(r"\b([a-z]{3,})\s+(\d{1,2})\b", question.lower()):
        if noun in ENGLISH_STOPWORDS or number not in anchors:
            continue
        if 1 <= int(number) <= len(_ORDINAL_WORDS):
            ordinal = f"{_ORDINAL_WORDS[int(number) - 1]}|{number}(?:st|nd|rd|th)"
            one = noun.removesuffix("s") if noun.endswith(("ds", "ns", "es")) else noun
            found.append((number, rf"(?i)\b(?:{ordinal})\s+{one}s?\b"))
    for acronym in _ACRONYM.findall(question):
        words = rf"{_SMALL_WORD}\s+".join(rf"{letter}[a-z]+" for letter in acronym)
        if acronym.lower() in anchors:
            found.append((acronym.lower(), rf"\b{words}\b"))
        # A title inside a name: "DI Rhea Cass" is "Detective Inspector Rhea Cass".
        for anchor in anchors:
            before, inside, after = f" {anchor} ".partition(f" {acronym.lower()} ")
            if inside and (before.strip() or after.strip()):
                pieces = filter(None, (_any_case(before), words, _any_case(after)))
                found.append((anchor, rf"\b{_SPACE.join(pieces)}\b"))
    for name in re.findall(
        r"\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?[A-Z][a-z]+)+", question
    ):
        anchor = name.lower()
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        every = "".join(word[0].upper() for word in name.split())  # "DOT" as well as "DT"
        if anchor in anchors and 2 <= len(initials) <= 5:
            found.append((anchor, rf"\b(?:{'|'.join(dict.fromkeys((initials, every)))})\b"))
    return tuple(found)


_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def _any_case(words: str) -> str:
    """A pattern for the words in any case and spacing; empty for none."""
    return rf"(?i:{_SPACE.join(map(re.escape, words.split()))})" if words.strip() else ""


_SPACE = r"\s+"


def _spelled_out(shape: QuestionShape, text: str) -> str:
    """The anchors whose other spelling the text holds, to be found as if the text said them."""
    if not shape.spelled:
        return ""
    original = unicodedata.normalize("NFKC", text)
    return " ".join(anchor for anchor, pattern in shape.spelled if re.search(pattern, original))


# "Orsenne's Halvergate plant" names two things, the owner and what it owns: a passage writes them
# apart ("Orsenne Motors' Halvergate plant", "Orsenne Halvergate — vehicles produced").
_OWNER_AND_OWNED = re.compile(r"(?<=\w)['’]s?\s+(?=[A-Z])")
# A post held at a place or body: "the Dean of Wennock Cathedral" is about Wennock Cathedral, which
# its passages name ("The Dean of Wennock, the Very Revd ..."); the post is what is asked. Written
# by hand: the common titles of English posts.
_POST_OF = re.compile(
    r"^(?:Dean|Mayor|Lord Mayor|Bishop|Archbishop|Provost|Chancellor|Vice-Chancellor|Governor|"
    r"President|Chair(?:man|woman)?|Director|Head|Headteacher|Principal|Rector|Vicar|Warden|"
    r"Leader|Captain|Manager|Secretary|Minister|Speaker|Sheriff|Chief Executive|Chief Constable)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def _name_anchor(name: str) -> str:
    """A name as an anchor: lowercased, without a possessive ("Tessaro Freight's")."""
    return re.sub(r"['’]s$", "", _normalise(name)).strip(" -'’")


def _question_chinese(question: str) -> set[str]:
    """Chinese words of the question, so that a name it asks about is not offered as the answer."""
    import jieba

    return {word for word in jieba.cut(question) if has_cjk(word)}


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def _held_forms(shape: QuestionShape, text: str, within: str = "") -> str:
    """The text as anchors are looked for in it: normalised, with its names' other spellings.

    Also without possessives: "Norland's Christmas number one" is about the Norland Christmas
    number one.
    """
    normalised = _normalise(text)
    if "'s" in normalised or "’s" in normalised:
        normalised += "\n" + _POSSESSIVE.sub("", normalised)
    # "the Wenlow Cider Festival" is the Wenlow Cider & Perry Festival, named by one of its pair.
    for pair in (_SECOND_OF_PAIR, _FIRST_OF_PAIR):
        if (one := pair.sub(r"\1", text)) != text:
            normalised += "\n" + _normalise(one)
    shorter = _written_shorter(shape, text, normalised, within or text)
    return f"{normalised} {_spelled_out(shape, text)} {shorter}"


# A pair inside a name: "Cider & Perry" of "Wenlow Cider & Perry Festival", "Food and Drink" of
# "Harcastle Food and Drink Show".
_SECOND_OF_PAIR = re.compile(r"([A-Z][\w'’-]*)\s+(?:&|and)\s+[A-Z][\w'’-]*(?=\s+[A-Z])")
_FIRST_OF_PAIR = re.compile(r"[A-Z][\w'’-]*\s+(?:&|and)\s+([A-Z][\w'’-]*)(?=\s+[A-Z])")


_REFERENCE = (
    r"\b(?:the|this|that|its|their|our)(?:\s+(?:year|summer|winter|spring|autumn)['’]s)?\s+"
)
"""What names a thing already named by its last word: "the trust", "this summer's fiesta"."""


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*")


@lru_cache(maxsize=1024)
def _names_another_of_kind(text: str, name: str) -> bool:
    """Whether the text names another thing with the name's first or last word.

    "Saltmarket Young Jazz Musician Award", "Dunstead Metropolitan University", "the Marlow
    Balloon Fiesta" and "the University of Harwick" are other things than the Saltmarket Jazz
    Festival, Dunstead University and the Stellbrook Balloon Fiesta. Cached: every sentence of a
    passage asks it of the same passage.
    """
    words = name.split()
    if re.search(rf"\b(?i:{re.escape(words[-1])})\s+of\s+[A-Z]", text):
        return True
    for run in _CAPITALISED_RUN.finditer(text):
        said = run.group().lower().split()
        while said and said[0] in NOT_NAME_PARTS:  # "The Stellbrook fiesta" opens a sentence
            said = said[1:]
        if {words[0], words[-1]} & set(said) and not set(said) <= set(words):
            return True
    return False


def _shorter_alone(text: str, name: str) -> bool:
    """Whether the text writes ``name`` with no other capitalised word joined to it.

    Unlike ``_named_alone`` a title line is no exception: "Harwick Plate 2011" is another
    competition than the Harwick Cup, however its line is capitalised.
    """
    return any(
        not _joined_to_name(text, match)
        for match in re.finditer(rf"(?<!{_LATIN}){re.escape(name)}(?!{_LATIN})", text, re.I)
    )


_OPENS_MANY_NAMES = frozenset(
    "north south east west northern southern eastern western upper lower great little new old "
    "royal national international central united grand saint st city county state first second "
    "third the".split()
)


def _written_shorter(shape: QuestionShape, text: str, normalised: str, within: str) -> str:
    """The question's names that the text writes shorter, to be found as if it wrote them whole.

    News names a thing in full once and shorter after: "Skerrow Point" under a headline about the
    lighthouse for Skerrow Point Lighthouse, "this summer's fiesta ... a balloon" for the
    Stellbrook Balloon Fiesta. The kind of thing the name ends in must be there too ("Rhea
    Renwick" alone is not the Rhea Renwick Band), and nothing else of that kind may be named
    ("Dunstead Metropolitan University", "the Port of Orrmere"); a shorter form joined to another
    name ("Skerrow Point Marina") is another name, and names with figures ("Nexaro Nova 5") are
    never shortened, nor those named by a place ("Port of Orrmere": "Port" alone is any port).
    Another of the kind named anywhere ``within`` the text's passage rules a sentence out too.
    Written by hand: no coreference resolver ships offline.
    """
    original = unicodedata.normalize("NFKC", text)
    around = unicodedata.normalize("NFKC", within)
    found = []
    for name in shape.named:
        words = name.split()
        if (
            len(words) < 2
            or "of" in words
            or any(ch.isdigit() for ch in name)
            or _contains_anchor(normalised, name)
        ):
            continue
        head = re.escape(words[-1])
        if not re.search(rf"\b{head}\b", normalised) or _names_another_of_kind(around, name):
            continue
        # One word is enough when it is a name of its own ("Kelby tram" for Kelby Docks), not a
        # word that opens many names ("North", "Royal").
        shortest = 1 if words[0] not in _OPENS_MANY_NAMES else 2
        leading = (" ".join(words[:size]) for size in range(len(words) - 1, shortest - 1, -1))
        held = sum(bool(re.search(rf"\b{re.escape(word)}\b", normalised)) for word in words)
        referred = re.search(rf"{_REFERENCE}{head}\b", original, re.IGNORECASE)
        if any(_shorter_alone(original, part) for part in leading) or (
            referred and held >= len(words) - 1
        ):
            found.append(name)
    return " ".join(found)


def anchors_in(shape: QuestionShape, text: str, within: str = "") -> float:
    """How well the text holds the question's anchors: 1.0 when it holds all (or there are none).

    In a question of several parts each part has its own anchor ("the 2022 and 2023 winners"), so
    one of them is enough for a sentence to answer its part. ``within`` is the passage of a
    sentence, which may name another thing that the sentence's shorter name could mean.
    """
    if not shape.anchors:
        return 1.0
    normalised = _held_forms(shape, text, within)
    parts = part_anchors(shape)
    # Every other anchor holds for each part: "the Northern Shield champions of 2015 and 2016" is
    # not answered by a Northern Trophy table that has a 2015 row.
    shared = sum(_anchor_credit(normalised, a, text) for a in shape.anchors if a not in parts)
    if parts:
        held = min(1.0, sum(_anchor_credit(normalised, part, text) for part in parts))
        return (shared + held) / (len(shape.anchors) - len(parts) + 1)
    found = shared
    if shape.multi_part and found >= 1.0:
        return 1.0
    return found / len(shape.anchors)


# Capitalised words that stand next to a name without being part of it: sentence openers, titles
# of address, months and days.
NOT_NAME_PARTS = frozenset(
    "a an the in on at by for from to of and or but with as after before during when while since "
    "under over near about into across against between through without within upon via per is was "
    "are were this that these those its their his her our your my it he she they we i both each "
    "every all last next also then today yesterday here there where why how what who which "
    "mr mrs ms dr prof sir dame lord lady st january february march april may june july august "
    "september october november december monday tuesday wednesday thursday friday saturday "
    "sunday".split()
)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")
_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)")
EXTENDED_NAME = 0.5
"""Credit for a name held only as part of a longer one, against 1.0 for the name itself."""
TITLE_CASE_SHARE = 0.7
TITLE_CHARS = 200
"""A longer line is prose, not a title."""
WORD_REACH = 60
"""How far before a name its preceding word is looked for."""


@lru_cache(maxsize=1024)
def names_exactly(shape: QuestionShape, text: str) -> float:
    """How much of the question's naming the text holds as the very names, not as longer ones.

    "Upper Norstead Reservoir" and "Rhea Renwick Band" are other things than "Norstead Reservoir"
    and "Rhea Renwick", though they hold them: among look-alike passages, the one that names
    exactly what was asked is likelier about it. 1.0 when the text holds every held name alone
    somewhere (or the question names nothing). Cached: every sentence of a passage asks it of
    the whole passage.
    """
    text = unicodedata.normalize("NFKC", text)
    held = [name for name in shape.named if _contains_anchor(_normalise(text), name)]
    if not held:
        return 1.0
    alone = sum(_named_alone(text, name, shape.words) for name in held)
    return (alone + EXTENDED_NAME * (len(held) - alone)) / len(held)


def _named_alone(text: str, name: str, asked: frozenset[str]) -> bool:
    # "Kestrel K2 Drone - User Manual": a title capitalises every word.
    return any(
        _title_case(text, match.start())
        or not _joined_to_name(text, match)
        or _named_in_full(text, match, asked)
        for match in re.finditer(rf"(?<!{_LATIN}){re.escape(name)}(?!{_LATIN})", text, re.I)
    )


_NAME_RUN_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)+")


def _named_in_full(text: str, match: re.Match[str], asked: frozenset[str]) -> bool:
    """Whether the longer name the text writes goes on with the question's own words.

    "Glenbrack National Sheepdog Trials" is the full name of what "the Glenbrack sheepdog trials"
    asks about, not another thing; "Rhea Renwick Band" goes on with no word of "Rhea Renwick's
    debut album".
    """
    run = _NAME_RUN_AFTER.match(text, match.end())
    said = run.group().lower().split() if run else []
    # The name ends at a word no name is made of ("... Reservoir Fell To Its Lowest Level").
    ends = next((at for at, word in enumerate(said) if word in NOT_NAME_PARTS), len(said))
    return any(word in asked for word in said[:ends])


def _joined_to_name(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised word that may be part of a name stands right before or after.

    A company's form after it ("Quillon Systems", "Tessaro Holdings Ltd") names the same company
    that a question calls "Quillon".
    """
    before = _WORD_BEFORE.search(text, max(0, match.start() - WORD_REACH), match.start())
    after = _WORD_AFTER.match(text, match.end())
    if after and after.group(1).lower() in _COMPANY_FORMS:
        after = None
    return any(word and word.group(1).lower() not in NOT_NAME_PARTS for word in (before, after))


# The words that say a name is a company's. Written by hand: the common forms of English company
# names.
_COMPANY_FORMS = frozenset(
    "ltd limited inc incorporated plc llc corp corporation co company group holdings systems "
    "technologies technology labs industries international".split()
)


def _title_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` capitalises most of its words, as a title does."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end >= 0 else None]
    if len(line) > TITLE_CHARS:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 3 and capitalised >= TITLE_CASE_SHARE * len(words)


# "What was the turnout in ...", "Who is the lead singer of ...", "Which judge ruled ...", "How
# much payload ...": the words after the asking words, up to the first small word, name what is
# asked. Without a verb between ("Which judge ruled") only the first word is the asked noun.
_FOCUS = re.compile(
    r"^\W*(?:(?:what|which|who|whose)\s+(?P<verb>(?:is|was|are|were)\s+)?(?:(?:the|a|an)\s+)?"
    r"|how (?:many|much)\s+(?P<counted>))(?P<rest>[a-z][\w' -]*)",
)
_NOT_FOCUS = frozenset(
    "did do does is was are were has had have will would can could should may might name kind "
    "type sort one ones during after before between since until than version year date day month "
    "time number amount".split()
)
_PAST_AND_PRESENT = (
    "won win led lead sang sing beat beat took take made make gave give wrote write held hold "
    "sold sell built build began begin became become chose choose drove drive found find kept keep "
    "left leave lost lose met meet ran run rode ride saw see shot shoot stood stand struck strike "
    "told tell threw throw drew draw flew fly grew grow bought buy brought bring caught catch "
    "fought fight taught teach spent spend paid pay lent lend"
).split()
PAST_FORMS = dict(zip(_PAST_AND_PRESENT[::2], _PAST_AND_PRESENT[1::2], strict=True))
"""Irregular past tenses and their verbs: with "-ed", how a question says it asks about the past,
and "built" is what a builder did."""
_ANY_ONE = frozenset({"people", "persons", "individuals"})
""""How many people visited" asks visitors: the people are whoever the sentence counts."""
# A crowd is counted in people: "What was the attendance at the show?" is not answered by "More
# than 640 cattle were entered this year". Written by hand: the words news counts people with.
ASKS_PEOPLE = re.compile(
    r"\b(?:attendance|attend|attended|turnout|crowds?|visitors?|visited|people|spectators|fans|"
    r"attendees|went to|came to)\b",
    re.IGNORECASE,
)
SAYS_PEOPLE = re.compile(
    r"\b(?:people|persons?|visitors?|spectators?|fans?|attendees?|attendance|turnout|crowds?|"
    r"gates?|tickets?|admissions?|guests?|racegoers|shoppers|residents|members|volunteers|staff|"
    r"workers|employees|students|pupils|patients|customers|voters|tourists|participants|"
    # "Women's singles | 31,500" names a category, not women counted.
    r"competitors|entrants|delegates|viewers|adults|children(?!['’]s)|families|households|"
    r"men(?!['’]s)|women(?!['’]s)|"
    r"audiences?|finishers|runners|starters|riders|passengers|athletes|swimmers|cyclists|walkers|"
    r"players|listeners|readers|users|subscribers|diners|pilgrims|worshippers|protesters|"
    r"marchers|supporters|mourners|deaths|dead|died|killed|injured|injuries|victims|casualties|"
    r"fatalities|survivors|evacuees|signatures|signatories|names|applicants|claimants|tenants)\b",
    re.IGNORECASE,
)


FOCUS_WORDS = 3
_AUXILIARIES = frozenset("were was are is have had has been be".split())


def asked_focus(question: str, anchors: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The words that name what a (lowercased) question asks for.

    The names it is about are passed over: "what was tessaro freight's headcount" asks a headcount.
    """
    # "Who will run the merged group?" asks who runs it, as "Who runs ...?" does.
    match = _FOCUS.match(_WHO_WILL.sub(r"\1 ", question))
    # "fernshire mobile library how many items can you borrow": keywords, then the question.
    if match is None and (asked := _ASKED_WITHIN.search(question)) and is_keyword_search(question):
        match = _FOCUS.match(question[asked.start() :])
    # "When is the 2025 Ollen Strait Swim?" asks when it is held, not when its entries open.
    when = _WHEN_IS.fullmatch(question)
    named_only = when is not None and set(re.findall(r"[\w'’-]+", when["what"])) <= {
        word for anchor in anchors for word in anchor.split()
    }
    if named_only and any(not a[:1].isdigit() for a in anchors):
        return ("held",)
    if match is None:
        return _keyword_focus(question, anchors)
    reach = FOCUS_WORDS if match["verb"] is not None or match["counted"] is not None else 1
    if reach == 1 and (head := _head_noun(match["rest"], anchors)):
        return (head,)
    # "Which firm restored the clock?" asks who restored it: the sentence says "restored by
    # clockmakers Hartley & Voss", and seldom the word "firm".
    first, *after = match["rest"].split() or [""]
    if match["verb"] is None and first in _ANSWERER_KINDS and after and is_past(after[0]):
        return (after[0],)
    named = {word for anchor in anchors for word in anchor.split()}
    focus: list[str] = []
    people = False
    rest = match["rest"]
    # "How much had been spent by the reopening?" asks what was spent.
    if match["counted"] is not None and (passive := _PASSIVE.match(rest)) and is_past(passive[1]):
        rest = rest[passive.start(1) :]
    # "How many people went to hospital" asks who were taken to hospital: where they went is asked.
    rest = _WENT_TO.sub("", rest)
    for word in rest.split():
        if re.sub(r"['’]s?$", "", word) in named or word in _ANY_ONE:
            people = people or word in _ANY_ONE
            continue
        # "How many people were treated" asks who were treated: the verb after "were" is asked.
        if people and not focus and word in _AUXILIARIES:
            continue
        if word in ENGLISH_STOPWORDS or word in _NOT_FOCUS or not word.isalpha():
            break
        # "How many teams competed" counts teams: the verb after them is not what is counted.
        if match["counted"] is not None and focus and is_past(word):
            break
        focus.append(word)
        if len(focus) == reach:
            break
    return tuple(focus)


_ASKED_WITHIN = re.compile(r"\s(?:how (?:many|much)|what|which|who|whose)\s")
_WENT_TO = re.compile(
    r"\b(?:went|go|goes|gone|came|come|comes|got|get|gets)\s+(?:in)?to\s+(?:the\s+)?"
)


def _keyword_focus(question: str, anchors: tuple[str, ...]) -> tuple[str, ...]:
    """What a keyword search asks: the role it names, or else the word it ends on.

    "gullhaven sand sculpture championship 2025 theme" asks the theme, "fenwick collection theft
    reward" the reward; a unit ("... per household kg") or a month it ends on names no focus.
    """
    if role := _keyword_role(question):
        return (role,)
    if not is_keyword_search(question):
        return ()
    *before, last = question.split() or [""]
    named = {word for anchor in anchors for word in anchor.split()}
    # "... to call at saltreach" ends on a place, not on what is asked of it.
    if (
        (before and before[-1] in ENGLISH_STOPWORDS)
        or not last.isalpha()
        or last in ENGLISH_STOPWORDS
        or last in _NOT_FOCUS
        or last in _MONTHS
        or last in _SEASONS
        or last in named
        or re.fullmatch(_UNITS, last)
    ):
        return ()
    return (last,)


_ASKED_BY_VERB = frozenset("is was are were did do does has had have will would can could".split())


def _head_noun(rest: str, anchors: tuple[str, ...]) -> str:
    """The last of the words naming what is asked, when a verb follows them.

    "What sky quality reading was taken?" asks a reading: news writes "gave a reading of 21.6",
    seldom the whole name of the thing measured. Only words a verb follows are one name.
    """
    named = {word for anchor in anchors for word in anchor.split()}
    words: list[str] = []
    # "What price per tonne were growers paid?" asks a price: what it is per comes after it.
    for word in re.sub(r"\sper\s+[a-z]+", " ", f" {rest}").split():
        if word in _ASKED_BY_VERB:
            break
        if word in ENGLISH_STOPWORDS or word in _NOT_FOCUS or not word.isalpha() or word in named:
            return ""
        words.append(word)
    else:
        return ""
    return words[-1] if len(words) > 1 else ""


_PASSIVE = re.compile(r"(?:had|has|have|was|were|is|are)\s+(?:been\s+)?([a-z]+)\b")
ASKS_WHEN = re.compile(r"^\W*when\b", re.IGNORECASE)
"""A question opening with "when"."""
_WHO_WILL = re.compile(r"^(\W*who)\s+(?:will|would|has|have|had)(?:\s+been)?\s+(?=[a-z])")
_WHEN_IS = re.compile(
    r"\W*when (?:is|was|will be|are|were) (?:the |this |next )?(?P<what>[^?]*)\??\s*"
)
# The kinds of thing "which" asks for that name no more than who did something: written by hand.
_ANSWERER_KINDS = frozenset(
    "firm company business team club side group organisation organization band country nation "
    "city town village player person individual school college charity".split()
)


def is_past(word: str) -> bool:
    """A verb in the past: "restored", "won"."""
    return word.endswith("ed") or word in PAST_FORMS


def without_anchors(question: str) -> str:
    """The question with its anchors taken out: what it asks, whatever year or item it is about.

    "Who was player of the match in the 2015 Northern Shield final?" becomes "who was player of the
    match in the final?", whose nearest passages are those that name a player of the match: the
    embedding model, given the whole question, finds passages about the 2015 Northern Shield first
    (ticket sales, a preview) and not the one that answers.
    """
    masked = _normalise(question)  # lowercased, as the embedding model reads it
    for anchor in sorted(question_shape(question).anchors, key=len, reverse=True):
        masked = re.sub(rf"(?<!{_LATIN}){re.escape(anchor)}(?:['’]s)?(?!{_LATIN})", " ", masked)
    return " ".join(masked.split())


def _anchor_credit(text: str, anchor: str, written: str = "") -> float:
    """1.0 for an anchor the text holds; half the share of its words for a name held only in part.

    "Nexaro Nova 5" is not "Nexaro Nova Pro 5", and "the Northern Shield" is not "the Northern
    Trophy", but a passage that says only "Tessaro" may still be about Tessaro Freight, and one that
    says "Corran Moor" after naming the services is about Corran Moor Services.
    """
    if _contains_anchor(text, anchor):
        return 1.0
    words = anchor.split()
    if len(words) < 2:
        return 0.0
    if words[-1] in _NAME_HEADS and _without_last_word(written, words):
        return SHORTENED_NAME
    return 0.5 * sum(_contains_anchor(text, word) for word in words) / len(words)


SHORTENED_NAME = 0.9
"""Credit for a name held without the word that says what it is ("Corran Moor" of "Corran Moor
Services"), against 1.0 for the whole name."""
# Written by hand: the words that end the names of places and bodies and that news drops once it has
# named them ("Corran Moor Services", "Dunmere Leisure Centre", "Ardlow Council"). A model's name is
# not among them: "Nexaro Nova" does not stand for "Nexaro Nova Pro".
_NAME_HEADS = frozenset(
    "services centre center council trust group company ltd limited plc inc club society "
    "association authority hospital school academy college station airport park farm estate works "
    "mill hall market".split()
)


def _without_last_word(text: str, words: list[str]) -> bool:
    """Whether the text names the thing by all but the last word of its name, and nothing longer.

    "Northern Trophy" is not "Northern Shield" cut short: another name's word follows.
    """
    short = r"\s+".join(map(re.escape, words[:-1]))
    return any(
        m.group()[0].isupper() and not re.match(r"\s+[A-Z]", text[m.end() :])
        for m in re.finditer(rf"(?<!{_LATIN})(?i:{short})(?!{_LATIN})", text)
    )


def part_anchors(shape: QuestionShape) -> tuple[str, ...]:
    """The anchors that name the parts of a question of several parts, in the question's order.

    "Name the Northern Shield champions of 2015, 2016 and 2018": the years are the parts, and the
    competition holds for each. Anchors of one kind (figures and years, or names) that come two or
    more at once are the parts; a question with none such has no parts to gather by.
    """
    if not shape.multi_part:
        return ()
    figures = tuple(a for a in shape.anchors if any(ch.isdigit() for ch in a) and " " not in a)
    months = tuple(a for a in shape.anchors if a in _MONTHS)
    others = tuple(a for a in shape.anchors if a not in figures and a not in months)
    # "Tessellate 3.0 and 4.1": the first figure is read as part of the name it follows.
    named_figures = tuple(a for a in others if re.search(r" \d[\w.]*$", a))
    if len(figures) == 1 and len(named_figures) == 1:
        return named_figures + figures
    # "in Q1 and Q2 2024": the quarters are the parts, the year holds for both.
    quarters = tuple(filter(_QUARTER_ANCHOR.fullmatch, figures))
    if len(quarters) >= 2:
        return quarters
    if len(figures) >= 2:
        return figures
    # A month is a kind of its own: "after its March 2023 and September 2023 decisions" has two
    # parts, "how many by March 2025" about Hollowmere has none.
    if len(months) >= 2:
        return months
    return others if len(others) >= 2 and shape.coordinated else ()


# A search typed as keywords names the person it wants by a role: "kestrel open 2024 winner",
# "golden heron winners 2022 and 2024", "solano air ceo".
_KEYWORDS = re.compile(
    r"^\W*(?!(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|"
    r"could|should|will|would|name|list|tell|give|show|find)\b)[^?？]*$",
    re.IGNORECASE,
)
_KEYWORD_ROLE = re.compile(
    r"\b(?:winners?|champions?|ceo|founders?|directors?|presidents?|authors?|mayors?|coach|"
    r"captains?|chair(?:man|woman)?|designers?|architects?|inventors?|owners?|hosts?|presenters?|"
    r"singers?|headteachers?|governors?|contractors?|builders?|operators?|sponsors?|organi[sz]ers?|"
    r"developers?|suppliers?|buyers?|managers?|editors?|producers?|composers?|curators?|"
    r"conductors?|coordinators?|officers?|leaders?|spokes(?:person|man|woman)|secretary|"
    r"treasurers?|trustees?|wardens?|councillors?|judges?|chefs?|rangers?|instructors?|"
    r"teachers?|(?:record|title|course)\s+holders?)\b"
)


def is_keyword_search(question: str) -> bool:
    """Whether an English question is typed as keywords rather than worded as a question."""
    return not has_cjk(question) and _KEYWORDS.match(question) is not None


def _keyword_role(question: str) -> str:
    """The role a keyword search asks for ("winner"), or "" for a question worded as one."""
    if not is_keyword_search(question):
        return ""
    role = _KEYWORD_ROLE.search(question)
    if role is None or _FIGURE_OF_ROLE.search(question, role.end()):
        return ""
    return role.group()


# "fennick open 2025 winner three-dart average" asks the winner's average, not who won.
_FIGURE_OF_ROLE = re.compile(
    r"\b(?:average|score|time|age|salary|pay|fee|margin|points|total|tally|share|votes|earnings|"
    r"prize|purse|odds|handicap|ranking|rating)\b",
    re.IGNORECASE,
)


# A keyword search ends on what it wants: "halcyon telescope launch date", "brannock appliances
# headquarters".
_KEYWORD_KINDS: list[tuple[Wanted, re.Pattern[str]]] = [
    ("date", re.compile(r"\b(?:date|year|day|when)\W*$", re.IGNORECASE)),
    # "castlebrook lido first summer visitor numbers" asks how many.
    (
        "count",
        re.compile(
            r"\b(?:numbers|turnout|attendance|headcount)(?:\s+(?:19|20)\d\d)?\W*$", re.IGNORECASE
        ),
    ),
    # "skate park closing time summer": the time asked may be followed by when it holds.
    ("date", _CLOCK_ASKED),
    ("place", re.compile(r"\b(?:headquarters|hq|venue|location|where)\W*$", re.IGNORECASE)),
    # "fellbrook moor best place for stargazing", "where to park".
    ("place", re.compile(r"\b(?:places?|spots?)\s+(?:to|for)\b|\bwhere\s+to\b", re.IGNORECASE)),
    (
        "measure",
        re.compile(
            r"\b(?:distance|length|height|depth|width|diameter|weight|rainfall|elevation|altitude|"
            rf"duration)(?:\s+{_MONTH_NAME})?(?:\s+(?:19|20)\d\d)?\W*$",
            re.IGNORECASE,
        ),
    ),
    # "dancers per team": how many of them to each.
    ("count", re.compile(r"\b[a-z]+s per [a-z]+\W*$", re.IGNORECASE)),
    # "hallowell valley grape harvest 2025 tonnes": a figure in the unit it ends on.
    ("measure", re.compile(rf"\s(?:{_UNITS})\W*$")),
]


def _keyword_kind(question: str) -> Wanted | None:
    """The kind a keyword search names last, or None for a question worded as one."""
    if not is_keyword_search(question):
        return None
    return next((kind for kind, ending in _KEYWORD_KINDS if ending.search(question)), None)


def _wanted(question: str) -> Wanted:
    """The kind of value that answers the question."""
    if _SCORE_QUESTION.search(question):
        return "score"
    if _POINTS_QUESTION.search(question):
        return "number"
    if _keyword_role(question):
        return "person"
    if keyword_kind := _keyword_kind(question):
        return keyword_kind
    if _CHANGE_QUESTION.search(question):
        return "change"
    asked = _ASKED_NOUN.search(question)
    if (
        _MONEY_QUESTION.search(question)
        and not _HOW_MANY.search(question)
        # "When do the new parking charges come in?" asks a date.
        and not ASKS_WHEN.match(question)
        # "uniform grant how long does payment take" asks a time, not a sum.
        and not _MEASURE_QUESTION.search(question)
        and (asked is None or _money_noun((asked["noun"] or asked["first"]).split()))
    ):
        return "money"
    if _PERCENT_QUESTION.search(question) or _RATE_ASKED.search(question):
        return "percent"
    if _HOW_MANY_UNITS.search(question):
        return "measure"
    if _HOW_MANY.search(question):
        return "count"
    if _MEASURE_QUESTION.search(question):
        return "measure"
    if _VERSION_QUESTION.search(question):
        return "version"
    if has_cjk(question):
        worded: Wanted = next(
            (kind for kind, pattern in _WANTS if pattern.search(question)), "other"
        )
    else:
        # The asking word that comes first is the main clause's: "How much did the calf weigh when
        # she was born?" asks a weight, and the "when" only says which weight.
        found = [(m.start(), kind) for kind, p in _WANTS if (m := p.search(question))]
        worded = min(found)[1] if found else "other"
    if worded == "other" and has_cjk(question):
        ending = question.rstrip(" ?？。.!！")
        return next((kind for kind, noun in _CHINESE_ASKED_NOUN if noun.search(ending)), "other")
    return worded


def _money_noun(words: list[str]) -> bool:
    """Whether the asked noun, alone or with the word before it ("parking charge"), is a sum."""
    return any(_MONEY_QUESTION.fullmatch(" ".join(words[-n:])) for n in (1, 2))


def anchors_held(shape: QuestionShape, text: str) -> set[str]:
    """Which of the question's anchors the text holds."""
    normalised = _held_forms(shape, text)
    return {anchor for anchor in shape.anchors if _contains_anchor(normalised, anchor)}


def _singular_or_plural(name: str) -> str:
    """A pattern for a name of several words, its last word singular or plural.

    "The 2023 and 2024 Dunmere County Shows" asks about the Dunmere County Show of each year.
    """
    if " " not in name:
        return re.escape(name)
    stem = name[:-1] if name.endswith("s") and not name.endswith("ss") else name
    return f"{re.escape(stem)}s?"


def _contains_anchor(text: str, anchor: str) -> bool:
    if has_cjk(anchor):  # Chinese has no spaces: a name or ordinal is held wherever it appears
        return anchor in text
    if anchor[:1].isalpha() and anchor[-1:].isalnum():
        # A name is held as a word: "Ulver" is not in "Ulverford"; but "U14" is in "夺得U14组" (Chinese
        # runs on without spaces, and Python counts its characters as word characters).
        return (
            re.search(rf"(?<!{_LATIN}){_singular_or_plural(anchor)}(?!{_LATIN})", text) is not None
        )
    if _DAY_ANCHOR.fullmatch(anchor):
        return _holds_day(text, anchor)
    if not anchor[:1].isdigit() or not anchor[-1:].isdigit():
        return anchor in text
    if season := _SEASON.fullmatch(anchor):
        # A season is written "2022-23", "2022/23" or "2022-2023", or as its span: "April 2022 to
        # March 2023".
        first, end = season.group(1), season.group(3)[-2:]
        span = rf"{first} to (?:(?i:{_MONTH_NAME}) )?{first[:2]}{end}"
        pattern = rf"(?:{first}[-/](?:{first[:2]})?{end}|{span})"
        return re.search(rf"(?<![\d.]){pattern}(?![\d])", text) is not None
    # A number must not match inside a longer one: "70" is not in "170".
    return re.search(rf"(?<![\d.]){re.escape(anchor)}(?![\d])", text) is not None


def answer_values(shape: QuestionShape, text: str) -> set[str]:
    """Values of the wanted kind in the text that the question itself does not contain."""
    if shape.wants in ("person", "place"):
        said = _without_possessive(shape.words)
        return {
            name
            for name in names(text)
            if not _name_words(name) <= said
            and not _holds_asked_word(shape, name)
            and not _CALENDAR_WORDS.fullmatch(name)
            # "Winner 31,500" under a prize-money header is a column's name and a sum, no one.
            and not re.search(rf"{re.escape(name)}[.,]\d", text)
            and not (shape.wants == "person" and not _may_be_someone(shape, name, text))
        } | _numbered(shape, text)
    pattern = _VALUE_PATTERNS.get(shape.wants)
    if shape.wants == "date" and shape.words >= _ASKS_TIME_OF_DAY:
        pattern = _TIME_OF_DAY
    elif shape.wants == "date" and shape.asks_clock:
        pattern = _CLOCK_VALUE
    elif shape.wants == "number" and shape.words >= _ASKS_HOW_OFTEN:
        pattern = _FREQUENCY
    elif shape.wants == "measure" and shape.words & _HEAT_WORDS:
        pattern = _DEGREES_VALUE  # "How hot did the sea get?" is answered in degrees, not in days
    elif shape.wants == "measure" and (asked := sorted(shape.words & _DIMENSIONS.keys())):
        pattern = _DIMENSIONS[asked[0]]
    if pattern is None:
        return set()
    # A count is a plain number: "$24.8 million" does not say how many tickets were sold, nor does
    # "the report for 2021" say how many patients came in 2022, nor "ranked No. 88" how many study;
    # nor is "£410m" a length.
    apart = [m.span() for m in _CALENDAR_DAY.finditer(text)]  # "28 November" is no amount
    if shape.wants in ("count", "measure"):
        apart += [
            m.span() for p in (_MONEY_VALUE, _PERCENT_VALUE, _YEAR, _RANK) for m in p.finditer(text)
        ]
    # "11:19 TOTALITY" counts nothing; "workers aged 21 and over" are not 21 workers, and "the
    # 23-year-old" says nothing of how long a final lasted.
    if shape.wants in ("count", "number"):
        apart += [m.span() for p in (_CLOCK_TIME, _AGE) for m in p.finditer(text)]
    elif shape.wants == "measure":
        apart += [m.span() for m in _AGE.finditer(text)]
        # "a seven-year planning battle" measures the battle, not the runway asked about; "every
        # 6 minutes" says how often trams run, not how long the line is.
        apart += [
            m.span() for m in _COMPOUND_MEASURE.finditer(text) if _measures_other(shape, text, m)
        ]
        apart += [m.span() for m in _EVERY.finditer(text)]
    # "How much wine did Valdoret produce?" is answered by no place in an order ("the 64th wine
    # auction"). (Nor by a sum of money, but "How much damage", "the biggest award" are sums.)
    if shape.wants == "number":
        apart += [m.span() for m in _RANK.finditer(text)]
    if shape.wants == "count":
        # "a 90-cow farm" counts cows, not the cheeses asked about.
        apart += [m.span() for m in _COMPOUND_COUNT.finditer(text) if not _unit_asked(shape, m)]
        apart += [m.span() for m in _MULTIPLE.finditer(text)]
    # "three days" does not say how many homes, unless days are asked; nor "two months" how many
    # hours a show was watched.
    if shape.wants == "count" or (shape.wants == "measure" and _counts_in_unit(shape)):
        apart += [m.span() for m in _MEASURE_VALUE.finditer(text) if not _unit_asked(shape, m)]
    values = {
        " ".join(match.group().split()).rstrip(".,")
        for match in pattern.finditer(text)
        if shape.wants not in ("count", "measure", "number")
        or not any(start < match.end() and match.start() < end for start, end in apart)
    }
    # "2016 on" (a figure and the short word after it) is the question's year, not a value; nor is
    # the "2" of "How many KettlePro 2 kettles" how many.
    return {
        value
        for value in values
        if not {_anchor_form(value.lower()), _anchor_form(value.lower().split()[0])}
        & set(shape.anchors)
        and value.lower() not in shape.words
        and (not shape.asks_year or _HAS_YEAR.search(value) is not None)
        and not (shape.asks_day and _NO_DAY.fullmatch(value))
    }


def _name_words(name: str) -> set[str]:
    """The words that make a name, without the possessive, the weekday or number it may carry.

    "Sunday's Marlow Bay Marathon" is the marathon the question names, not another name; so is
    "The Drover's Rest" when the question asks about "the Drover's Rest".
    """
    return _without_possessive(name.lower().split()) - ARTICLES - NOT_NAME_PARTS - _NUMBER_WORDS


def _without_possessive(words: Iterable[str]) -> set[str]:
    return {re.sub(r"['’]s$", "", word) for word in words}


# "A: One member, one vote": a number word opening a clause is no one.
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def _counts_in_unit(shape: QuestionShape) -> bool:
    """Whether the question names the unit it wants the answer in ("how many weeks")."""
    return bool(shape.focus) and re.fullmatch(_UNITS, shape.focus[0]) is not None


_COMPOUND_MEASURE = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred)(?:-[a-z]+)?)-(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)
"""A measure joined to the noun it modifies: "a 3,150-metre runway", "a seven-year battle"."""
_EVERY = re.compile(r"\bevery\s+\d[\d,.]*\s*[a-z]+", re.IGNORECASE)
COMPOUND_REACH = 2
"""Words after "a 3,150-metre" that may name what it measures ("second runway")."""


def _measures_other(shape: QuestionShape, text: str, compound: re.Match[str]) -> bool:
    """Whether a figure joined to its unit measures a thing the question does not name.

    "The 3,150-metre runway" measures the runway asked about; "a seven-year planning battle" and
    "the 58-day public inquiry" do not. A compound at the end of its clause modifies nothing.
    """
    following = re.match(rf"(?:\s+[A-Za-z][\w'’-]*){{1,{COMPOUND_REACH}}}", text[compound.end() :])
    if following is None:
        return False
    asked = {word[:STEM_CHARS] for word in shape.words if len(word) >= STEM_CHARS}
    return not any(word.lower()[:STEM_CHARS] in asked for word in following.group().split())


STEM_CHARS = 4
"""Letters two words share to count as one word ("runway", "runways")."""


def _unit_asked(shape: QuestionShape, measure: re.Match[str]) -> bool:
    """Whether the question counts in the measure's unit ("how many days", "how many miles").

    A one-letter unit is taken as asked: "3.3m passengers" is 3.3 million of them, not metres.
    """
    unit = re.findall(r"[^\W\d_][\w/]*", measure.group())[-1].lower()
    if len(unit) < 2 or {unit, unit.rstrip("s"), f"{unit}s"} & shape.words:
        return True
    # "214 km" is in the unit of "How many kilometres ...?"
    spelt = canonical_unit(unit)
    return spelt is not None and any(
        canonical_unit(word) == spelt for word in shape.words if re.fullmatch(_UNITS, word)
    )


# A clause that closes a sentence by naming who tells it: "..., the Wessex Downs Trust said on
# Wednesday." Written by hand: the reporting verbs of news prose.
_SOURCE_CLAUSE = (
    r",\s+(?:the\s+)?{name}\s+(?:has\s+)?(?:said|says|announced|confirmed|reported|added)\b[^,;]*$"
)
_ASKS_SPEAKER = frozenset({"said", "say", "says", "announced", "announce", "told", "confirmed"})


def _numbered(shape: QuestionShape, text: str) -> set[str]:
    """The asked thing named by its number: "Which junction ...?" is answered by "junction 17"."""
    if "which" not in shape.words or len(shape.focus) != 1 or is_past(shape.focus[0]):
        return set()
    return {
        m.group()
        for m in re.finditer(
            rf"\b{re.escape(shape.focus[0])}\s+[A-Z]?\d{{1,3}}[A-Za-z]?\b(?![-–.,]\d)", text, re.I
        )
        if m.group().lower() not in shape.words
    }


def _may_be_someone(shape: QuestionShape, name: str, text: str) -> bool:
    """Whether a name in the text may answer "who".

    Not a street or a venue ("Mill Lane"), not a table's column ("2022: Spikes 958"), not a word
    that describes a thing ("its Victorian organ"), not only the source that tells the news.
    """
    if name.split()[-1] in _PLACE_HEADS and _AT_A_PLACE.search(text[: text.find(name)]):
        return False
    # "its Victorian organ", "a Canadian firm": one word between a determiner and a noun describes
    # the noun.
    if " " not in name and re.search(rf"{_DESCRIBING}{re.escape(name)}\s+[a-z]", text):
        return False
    first = re.escape(name.split()[0])
    if _RECORD.match(text) and re.search(rf"(?:^[^:]{{1,40}}:\s+|,\s+){first}{_LABELS}", text):
        return False
    return not _only_the_source(shape, name, text)


_DESCRIBING = r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Aa]n?)\s+"
# The last word of a street's or a venue's name ("Mill Lane", "the Terrace Café"): written by hand,
# the common ones of English addresses. Some are surnames too ("Nathan Lane", "Jenny Park"): the
# name is a place where a place stands, after "the" or a preposition of place ("down Mill Lane").
_AT_A_PLACE = re.compile(
    r"\b(?:the|down|along|up|on|in|at|into|onto|off|near|opposite|outside|via)\s+$", re.IGNORECASE
)
_PLACE_HEADS = frozenset(
    "Street Road Lane Avenue Square Terrace Drive Close Crescent Way Walk Row Place Gardens Café "
    "Cafe Park Station Quay Wharf Pier Beach".split()
)
# A record ("2022: Spikes 958, Patches occupied 11."): each capitalised word before a figure names
# a column.
_RECORD = re.compile(r"^[^:]{1,40}:\s")
_LABELS = r"\b(?:\s+[a-z][\w'’-]*){0,3}\s+[-−+£$€]?\d"


def _only_the_source(shape: QuestionShape, name: str, text: str) -> bool:
    """Whether the name stands only as who tells the news, which answers no "who did it".

    "A trail of 84 footprints has been uncovered at Wrayhaven, the Corran Museum said on Tuesday"
    does not say who found them; "Who said ...?" is answered by the source.
    """
    if shape.words & _ASKS_SPEAKER:
        return False
    pattern = re.compile(_SOURCE_CLAUSE.format(name=re.escape(name)))
    return text.count(name) == 1 and pattern.search(text) is not None


def _holds_asked_word(shape: QuestionShape, name: str) -> bool:
    """A Chinese name that is a word of the question plus a common word is what it asks about.

    Chinese runs names and words together, so "2020赛季中超冠军是谁" meets "中超联赛" (the league it
    names, with "联赛") and "本赛季" ("this" season), neither of which is a champion; but "巴西利亚"
    answers "巴西的首都在哪", since what it adds to "巴西" is part of a name.
    """
    import jieba.posseg

    if not has_cjk(name):
        return False
    for word in shape.words:
        if len(word) > 1 and has_cjk(word) and word in name:
            rest = name.replace(word, "", 1)
            named = (p.word for p in jieba.posseg.cut(rest) if p.flag in _NAME_TAGS)
            if all(piece in _GENERIC_CHINESE for piece in named):
                return True
    return False


_CALENDAR_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}(?![a-z])|\b{_MONTH_NAME}\s+\d{{1,2}}\b(?!,\d)"
    r"|\d{1,2}月\d{1,2}日"
)
"""A day of the month: "28 November", "Nov 28", "11月28日"."""
_RANK = re.compile(r"(?:\b(?:No|Nr)\.|#)\s?\d+|\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
"""A place in an order: "No. 88", "#3", "88th"."""
_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?![\d,.]\d|\s?(?:[a-z]{3,}|万|人|个))")
"""A year standing alone: not "1999 tickets", "2,019" or "2019万"."""

_VALUE_PATTERNS: dict[Wanted, re.Pattern[str]] = {
    "change": re.compile(rf"{_MONEY_VALUE.pattern}|(?i:{_PERCENT_VALUE.pattern})"),
    "count": _NUMBER_VALUE,
    "measure": _MEASURE_VALUE,
    "version": _VERSION_VALUE,
    "number": _NUMBER_VALUE,
    "percent": _PERCENT_VALUE,
    "date": _DATE_VALUE,
    "money": _MONEY_VALUE,
    "score": _SCORE_VALUE,
}


ARTICLES = frozenset({"the", "a", "an"})
"""'The NexaroOS' after a dash is the name the question already says, not another one."""
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
_CAPITALISED = re.compile(
    # Away from a sentence's start, from a live blog's time stamp ("11:48 Second boat through") and
    # from the start of an infobox's field ("· Time control: 120 minutes") and from the start of
    # an FAQ's answer ("A: Half marathon after 11 runs").
    r"(?<![.!?]\s)(?<!^)(?<!^\d:\d\d\s)(?<!^\d\d:\d\d\s)(?<![·•]\s)(?<!^[QA]:\s)"
    # Letters with diacritics belong to a name: "Hallström", "Élodie Brandão". "I'll" and "I've"
    # are no one's name.
    r"\b(?!I['’](?:ll|m|ve|d)\b)[A-ZÀ-ÖØ-Þ](?!-)[a-zA-ZÀ-ÖØ-öø-ɏ'’-]+"
    r"(?:[^\S\n]+(?:(?:of|de|van|von|the|&)[^\S\n]+)?"
    r"[A-ZÀ-ÖØ-Þ][a-zA-ZÀ-ÖØ-öø-ɏ'’-]+)*"
    # A model number is part of the name ("Nova 5"); it is written in Latin letters and figures,
    # and ends where Chinese begins ("iPhone SE 3的芯片").
    r"(?:[^\S\n]+(?!(?:19|20)\d\d\b)\d(?:[0-9A-Za-z.-]*[0-9A-Za-z])?(?![0-9A-Za-z]))?"
)
# "A-shaped", "U-turn" and "X-ray" are words, not names. A single word before a colon is a label
# ("Founded: 2004 · Hub: Port Averne"), not a name. A post
# held is not the holder's name: "Judge Patricia Emsworth" is Patricia Emsworth, "CEO of Solano
# Air" is Solano Air's chief executive (a post alone, "the CFO", stays what is named). Written by
# hand: the common titles of news and business prose.
_TITLE = re.compile(
    r"^(?:(?:Vice|Deputy|Acting|Interim|Former|Chief|Prime|Managing|Executive|Employment|Lead|"
    r"Head|Senior|General)[\s-]+)*(?:CEO|CFO|CTO|COO|Chairman|Chairwoman|Chair|President|"
    r"Minister|Secretary|Judge|Justice|Mayor|Governor|Director|Executive|Coach|Captain|Manager|"
    r"Senator|Ambassador|Commissioner|Chancellor|Professor|Officer|Singer|Founder)\b(?:\s+of\b)?"
    r"\s*"
)
_GENERIC_CHINESE = frozenset({"城市", "国家", "地区", "中国", "全国", "国内", "国际"})
# "January 22", "Sunday" or "Saturday 19" is a day, not who or where: two reports dated differently
# name no one else. (In a question, "June" still says which of two reports is asked about.)
_CALENDAR_WORDS = re.compile(
    rf"(?:{'|'.join(sorted(month.capitalize() for month in _MONTHS))}|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+\d[\w.-]*)?"
)


@lru_cache(maxsize=4096)
def names(text: str) -> frozenset[str]:
    """Proper names in the text: people, places, organisations.

    Chinese through jieba's part-of-speech tags (its dictionary marks names and places); English by
    capitalisation away from a sentence start. Enough to tell a sentence that names someone from one
    that does not, and two sources that name different people for the same thing.
    """
    import jieba.posseg

    found = {
        _TITLE.sub("", m.group()) or m.group()
        for m in _CAPITALISED.finditer(text)
        if " " in m.group() or not text.startswith(":", m.end())
    }
    if has_cjk(text):
        found |= {
            pair.word
            for pair in jieba.posseg.cut(text)
            if pair.flag in _NAME_TAGS and len(pair.word) > 1 and pair.word not in _GENERIC_CHINESE
        }
    return frozenset(found)
