"""Cheap, certain signals in a question: an arithmetic expression, a clock question, a web cue.

These decide the obvious cases before any model runs, and parse the arguments that the function tools
need in the offline mode.
"""

from __future__ import annotations

import re
import unicodedata

from signalbox.tools.functions.calculator import CalculatorError, calculate
from signalbox.tools.functions.clock import ClockError, resolve_timezone
from signalbox.tools.functions.units import CHINESE_UNITS, UnitError, convert

_FUNCTION_NAMES = "sqrt|sin|cos|tan|ln|log10|log2|log|exp|abs|factorial|round|floor|ceil|min|max"
_MATH_RUN = re.compile(
    rf"(?:\d+(?:[.,]\d+)*|\b(?:{_FUNCTION_NAMES}|pi)\b|\*\*|[-+*/×÷^%(),]|\s)+", re.IGNORECASE
)
_OPERATOR = re.compile(rf"[-+*/×÷^%]|\b(?:{_FUNCTION_NAMES})\s*\(", re.IGNORECASE)
_PERCENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*(?:of|的)\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
# Words that may surround an expression in a pure arithmetic question.
_MATH_FILLER = re.compile(
    r"\b(?:what|what's|whats|is|are|the|result|value|of|calculate|compute|evaluate|equals?|"
    r"how|much|please|tell|me|solve|answer|to|and)\b|计算|等于|多少|是|请|结果|的|帮我|算一下|算",
    re.IGNORECASE,
)

_CLOCK_EN = re.compile(
    r"\b(?:what(?:'s| is) the (?:current |local )?(?:time|date)|what time is it|current (?:time|date)"
    r"|time (?:is it )?(?:right )?now|today'?s date|what day is (?:it|today)|what(?:'s| is) today)\b",
    re.IGNORECASE,
)
_CLOCK_ZH = re.compile(
    r"几点|现在时间|现在的时间|当前时间|今天几号|今天是几月几号|今天星期几|今天的日期|今天是星期几"
)
_PLACE_EN = re.compile(
    r"\bin ([a-z][a-z _/-]{1,40}?)(?:\s+(?:now|right now|today))?[?.!]*$", re.IGNORECASE
)
_ZH_CITIES = {
    "北京": "Asia/Shanghai",
    "上海": "Asia/Shanghai",
    "中国": "Asia/Shanghai",
    "香港": "Asia/Hong_Kong",
    "台北": "Asia/Taipei",
    "东京": "Asia/Tokyo",
    "首尔": "Asia/Seoul",
    "新加坡": "Asia/Singapore",
    "伦敦": "Europe/London",
    "巴黎": "Europe/Paris",
    "柏林": "Europe/Berlin",
    "纽约": "America/New_York",
    "洛杉矶": "America/Los_Angeles",
    "悉尼": "Australia/Sydney",
}

# Facts that change by the hour: only a web search can know them, whatever the documents say.
_LIVE_CUES = re.compile(
    r"\b(?:news|headlines?|latest|this week|yesterday|tonight|currently|"
    r"current (?:price|weather|president|ceo|events?)|stock price|share price|exchange rate|weather|"
    r"forecast|search the web|on the web|online|released? (?:this|last) (?:week|month))\b|"
    r"新闻|最新|头条|天气|股价|汇率|今天发生|最近发生|上网|网上",
    re.IGNORECASE,
)
# Public facts that may also be in the user's documents (a report of who won, a results table).
_PUBLIC_CUES = re.compile(r"\b(?:score of|who won)\b|比分", re.IGNORECASE)
_DIRECT_CUES = re.compile(
    r"^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks?(?: you)?|thank you|bye|goodbye|"
    r"who are you|what are you|what can you do|help|你好|您好|谢谢|再见|你是谁|你能做什么)\b[\s!.?。！？]*$",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """NFKC folds full-width digits and punctuation (common in Chinese input) to ASCII."""
    return unicodedata.normalize("NFKC", text).strip()


def find_expression(question: str) -> str | None:
    """The arithmetic expression a question asks for, when that is all it asks for."""
    text = _PERCENT_OF.sub(r"(\1/100*\2)", normalise(question))
    candidates = [m.group().strip(" \t\n,") for m in _MATH_RUN.finditer(text)]
    candidates = [c for c in candidates if re.search(r"\d|\bpi\b", c) and _OPERATOR.search(c)]
    if not candidates:
        return None
    expression = max(candidates, key=len).rstrip("=").strip()
    rest = text.replace(expression, " ")
    leftover = re.sub(r"[\s?？!！.。,，:：=]+", " ", _MATH_FILLER.sub(" ", rest)).strip()
    if leftover:
        return None
    try:
        calculate(expression)
    except CalculatorError as exc:
        # Still arithmetic: let the calculator report why it refuses (too large, division by zero).
        if "unsupported" in str(exc) or "not a valid" in str(exc):
            return None
    return expression


def is_clock_question(question: str) -> bool:
    """Asks for the current time or date."""
    text = normalise(question)
    return bool(_CLOCK_EN.search(text) or _CLOCK_ZH.search(text))


def parse_timezone(question: str) -> str:
    """The IANA timezone a clock question names ("in Tokyo", "纽约"), else UTC."""
    text = normalise(question)
    for city, zone in _ZH_CITIES.items():
        if city in text:
            return zone
    if match := _PLACE_EN.search(text):
        words = match.group(1).strip().split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                name = " ".join(words[start : start + size])
                try:
                    return str(resolve_timezone(name).key)
                except ClockError:
                    continue
    return "UTC"


def wants_web(question: str) -> bool:
    """Asks for fresh or public facts, the kind a web search finds."""
    text = normalise(question)
    return bool(_LIVE_CUES.search(text) or _PUBLIC_CUES.search(text))


def is_live_question(question: str) -> bool:
    """Asks for something that changes by the hour (news, prices, weather), which no document holds."""
    return bool(_LIVE_CUES.search(normalise(question)))


def is_small_talk(question: str) -> bool:
    """A greeting, thanks, or a question about the assistant itself."""
    return bool(_DIRECT_CUES.match(normalise(question)))


_NUMBER = r"(-?\d+(?:\.\d+)?)"
_UNIT = r"([a-zA-Z°µ²³/*][a-zA-Z°µ²³/* ]{0,30}?)"
_CONVERT_EN = re.compile(
    rf"^(?:(?:please\s+)?(?:convert|change|express)\s+|what\s+is\s+|what's\s+|how\s+much\s+is\s+)?"
    rf"{_NUMBER}\s*{_UNIT}\s+(?:to|in|into|as)\s+{_UNIT}\s*[?.!]*$",
    re.IGNORECASE,
)
_HOW_MANY_EN = re.compile(
    rf"^how\s+many\s+{_UNIT}\s+(?:are\s+)?(?:there\s+)?in\s+{_NUMBER}\s*{_UNIT}\s*[?.!]*$",
    re.IGNORECASE,
)
_ZH_UNIT = "(" + "|".join(sorted(map(re.escape, CHINESE_UNITS), key=len, reverse=True)) + ")"
_CONVERT_ZH = re.compile(
    rf"^(?:把|将)?{_NUMBER}\s*{_ZH_UNIT}\s*(?:是|等于|合|换算成|换算为|转换成|转换为|折合)?\s*"
    rf"(?:多少)?\s*{_ZH_UNIT}\s*[?？。!！]*$"
)
_SOURCES_QUESTION = re.compile(
    r"\b(?:which|what)\s+(?:documents|files|sources)\s+(?:do\s+you\s+have|are\s+(?:there|indexed|"
    r"in\s+the\s+knowledge\s+base)|have\s+you\s+(?:got|read|indexed))|\blist\s+(?:the\s+|your\s+|"
    r"all\s+)?(?:documents|files|sources)\b|有哪些(?:文档|文件|资料)|(?:文档|文件|资料)(?:列表|清单)|"
    r"列出(?:所有|全部)?(?:的)?(?:文档|文件|资料)",
    re.IGNORECASE,
)


def find_conversion(question: str) -> dict[str, object] | None:
    """The value and units of a unit conversion ("5 km to miles", "5公里是多少英里"), if that is all it asks."""
    text = normalise(question)
    if match := _CONVERT_EN.match(text) or _CONVERT_ZH.match(text):
        value, source, target = match.group(1), match.group(2), match.group(3)
    elif match := _HOW_MANY_EN.match(text):
        target, value, source = match.group(1), match.group(2), match.group(3)
    else:
        return None
    args: dict[str, object] = {
        "value": float(value),
        "from_unit": source.strip(),
        "to_unit": target.strip(),
    }
    try:
        convert(float(value), source, target)
    except UnitError as exc:
        # Known but incompatible units are still a conversion: the tool will say why it cannot.
        if "different things" not in str(exc):
            return None
    return args


def asks_for_sources(question: str) -> bool:
    """Asks which documents the knowledge base holds."""
    return bool(_SOURCES_QUESTION.search(normalise(question)))
