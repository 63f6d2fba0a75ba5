"""A question of several parts, split into one question per part.

"2022年和2023年春运首日火车票的开售时间" asks two things, and so does "What were the GDP growth rates of
Hong Kong and Macau in 2021?": each part has its own passage and its own sentence, and one search or
one best sentence for the whole question finds one part and misses the other. Each part becomes a
question of its own (the other part's words taken out), which is searched for and answered on its
own.

Written by hand: no library on PyPI splits coordinated questions in Chinese and English without a
language model. The rules read only the question's wording: two clauses that each ask something
("邓伦逃税多少钱，被罚了多少钱"), or a conjunction between two conjuncts, whose extent is read from
the words on both sides: years and figures ("2022年和2023年"), a run of parallel words that share
some ("最佳电视剧和最佳电视动画", "birth rate and death rate"), else one unit on each side (a word, a
capitalised name, a place name with the noun after it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from signalbox.graphs.question_shape import ARTICLES, ASKS_WHEN, question_shape
from signalbox.graphs.stages import stages
from signalbox.graphs.text import YEAR_LABEL
from signalbox.tools.cjk import IDEOGRAPHS, has_cjk
from signalbox.tools.knowledge.sparse import ENGLISH_STOPWORDS

MAX_PARTS = 4
MAX_CONJUNCT = 6
"""Tokens in a conjunct of parallel words ("女子双人10米跳台")."""

# Two figures joined ("2013 and 2015", "2019年和2020年"); not one figure's thousands ("2,000 EUR").
_NUMBER_PAIR = re.compile(
    r"(?<![\d.])(?!\d{1,3}(?:,\d{3})+(?![\d.]))"
    r"(\d+(?:年|月|月份)?)\s*(?:和|及|与|以及|跟|、|,|，|\band\b|&)\s*(\d+(?:年|月|月份)?)(?![\d.])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[？?；;！!。]|[，,](?!\s*\d)|\s+and\s+(?=(?:who|whom|what|when|where|which|how)\b)",
    re.IGNORECASE,
)
_RELATES = re.compile(
    r"之间|区别|差别|差异|关系|相比|对比|比较|\b(?:between|versus|vs|compared?|differences?)\b",
    re.IGNORECASE,
)
"""A question about how two things relate ("the difference between stocks and bonds") is one
question, not two."""
_ASKS = re.compile(
    r"谁|什么|多少|哪|几|何时|何地|如何|怎么|怎样|是否|吗|"
    r"\b(?:who|whom|whose|what|when|where|which|how|why)\b",
    re.IGNORECASE,
)
# "each year" says how often, not that several are asked.
_ONLY_SAYS_SEVERAL = re.compile(
    r"分别|各自|\b(?:respectively|both|each(?!\s+(?:year|month|week|day|night|season|hour|time)\b))\b",
    re.IGNORECASE,
)
_CONJUNCTIONS_ZH = frozenset({"和", "及", "与", "以及", "跟", "、"})
_CONJUNCTIONS_EN = frozenset({"and", "&"})
_BOUNDARIES_ZH = frozenset(
    {"的", "分别", "各自", "各", "是", "在", "有", "了", "为", "于", "将", "被", "都", "哪些"}
)
_BOUNDARIES_EN = frozenset(
    "of in on at for to from by with is are was were be been did do does has have had will would "
    "what who whom whose which when where how why respectively both each".split()
)
_NAME_TAGS = ("ns", "nr", "nt", "nz")
_SPACE_TO_DROP = re.compile(rf"\s+(?=[?？,，.。])|(?<=[{IDEOGRAPHS}])\s+(?=[{IDEOGRAPHS}])")


class Token(NamedTuple):
    """A word of the question, its coarse tag, and where it starts.

    The tag is jieba's part of speech for Chinese; "name", "num", "x" (punctuation) or "w" otherwise.
    """

    word: str
    tag: str
    start: int


Span = tuple[int, int]
"""Token indexes of a conjunct: first, and one past the last."""
_NAMED = ("name", "num")
"""The tags of a capitalised word and a figure, which run together into one name ("iPhone 14")."""


@lru_cache(maxsize=256)
def sub_questions(question: str) -> tuple[str, ...]:
    """The question's parts, each a question of its own; empty for a question of one part."""
    if staged := _at_two_stages(question.strip()):
        return staged
    parts = _clauses(question.strip())
    for _ in range(MAX_PARTS):
        split = [piece for part in parts for piece in _split_once(part)]
        if split == parts or len(split) > MAX_PARTS:
            break
        parts = split
    tidy = list(dict.fromkeys(_tidy(part) for part in parts[:MAX_PARTS]))
    return tuple(_in_question_order(question, tidy)) if len(tidy) > 1 else ()


# "How many premises was the rollout meant to reach originally, and after the revision?", "What was
# the cost in the 2022 draft masterplan and in the approved scheme?": one question asked at two
# times, the second named by a phrase alone.
_TWO_TIMES = re.compile(
    r"^(?P<head>.+?)\s+(?P<first>originally|initially|at first|at the start|at launch|"
    r"(?P<prep>in|under|at|for|by|before|after)\s+(?:the|its|their|his|her)\s+[^,?]+?)\s*,?\s+and\s+"
    r"(?P<second>(?:(?P=prep)|after|since|following|under|in|by|now|today|finally|eventually)\b"
    r"[^?]*?)\s*\?*$",
    re.IGNORECASE,
)


def _at_two_stages(question: str) -> tuple[str, ...]:
    """The question asked at each of two stages it names by a phrase; empty if it names none.

    The phrases alone tell no stage: "in the men's race and in the women's" are two races; the
    second phrase must name a later stage than the first ("after the revision", "in the approved
    scheme").
    """
    found = _TWO_TIMES.match(question)
    if found is None:
        return ()
    parts = (f"{found['head']} {found['first']}", f"{found['head']} {found['second']}")
    return parts if stages(parts) == ("early", "late") else ()


def _in_question_order(question: str, parts: list[str]) -> list[str]:
    """The parts in the order the question names them ("2013, 2015 and 2016" splits out of order)."""
    marks = [
        set(re.findall(r"[A-Za-z]+|\d+", part)) | {c for c in part if has_cjk(c)} for part in parts
    ]
    common = set.intersection(*marks)

    def named_at(own: set[str]) -> int:
        found = [at for mark in own - common if (at := question.find(mark)) >= 0]
        return min(found, default=len(question))

    order = sorted(range(len(parts)), key=lambda i: named_at(marks[i]))
    return [parts[i] for i in order]


def _tidy(part: str) -> str:
    return _SPACE_TO_DROP.sub("", " ".join(_ONLY_SAYS_SEVERAL.sub(" ", part).split()))


def _clauses(question: str) -> list[str]:
    """Clauses that each ask something; later ones borrow what the first names (its subject).

    "《李茂扮太子》是什么类型的电影？它的导演是谁？" asks about the film twice; its second clause alone
    names no film.
    """
    pieces = [p.strip() for p in _CLAUSE_END.split(question) if p.strip()]
    asking = [p for p in pieces if _ASKS.search(p)]
    if len(asking) < 2:
        return [question]
    subject = _subject(pieces[0], asking[1:])
    counted = _COUNTED.match(asking[0])
    return [
        asking[0],
        *(
            _with_borrowed(
                _borrowed(_for_clause(subject, clause), clause, asking[0]),
                _with_head(asking[0], _with_counted(counted, clause)),
            )
            for clause in _without_conjunction(asking[1:])
        ),
    ]


_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|also|then)\s+", re.IGNORECASE)


def _without_conjunction(clauses: list[str]) -> list[str]:
    """Later clauses without the conjunction that joins them: "and on what date was it cast"."""
    return [_LEADING_CONJUNCTION.sub("", clause) for clause in clauses]


def _with_borrowed(borrowed: str, clause: str) -> str:
    """The clause with what it borrows: after it in English, before it in Chinese.

    A name that opened an English question would read as a capitalised sentence opener
    ("Skerrow Point Lighthouse how much ..." names "Point Lighthouse"); Chinese puts the subject
    first and has no capitals.
    """
    if not borrowed:
        return clause
    return f"{borrowed} {clause}" if has_cjk(clause) else f"{clause} ({borrowed})"


# "How many homes did the draft propose, and how many were approved?": the later "how many" counts
# the homes the first names.
_COUNTED = re.compile(
    r"\W*how (?P<how>many|much) (?P<noun>[a-z]+(?: [a-z]+)?) (?=(?:did|do|does|was|were|is|are|"
    r"had|has|have|will|would|could|can)\b)",
    re.IGNORECASE,
)
_COUNTS_NOTHING = re.compile(
    r"(?P<asks>\W*how (?P<how>many|much)) (?=(?:did|do|does|was|were|is|are|had|has|have|will|"
    r"would|could|can|by|in|at|on|for|since|until|after|before)\b)",
    re.IGNORECASE,
)


def _with_counted(counted: re.Match[str] | None, clause: str) -> str:
    """A later "how many" that names nothing, with what the first one counts.

    Only "many" after "many" (or "much" after "much"): "How many staff will it employ, and how
    much will it save?" asks an amount of money, not of staff.
    """
    if counted is None:
        return clause

    def counting(found: re.Match[str]) -> str:
        same = found["how"].lower() == counted["how"].lower()
        return f"{found['asks']} {counted['noun']} " if same else found.group()

    return _COUNTS_NOTHING.sub(counting, clause, count=1)


# "What was the first estimate ..., and what is the latest?": the later clause names no noun, and
# asks the latest estimate.
_NAMES_NO_NOUN = re.compile(
    r"^(?P<asks>\W*(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:latest|final|current|new|"
    r"revised|updated|actual|last|second|original|present|most recent)(?:\s+ones?)?)"
    r"(?P<end>\s*\??)$",
    re.IGNORECASE,
)


def _with_head(first: str, clause: str) -> str:
    """A later clause that names no noun ("what is the latest"), with what the first one asks.

    That is the first clause from its asked noun on, without its names (borrowed apart): "the
    latest estimate for repairing", as the first asked the first estimate for repairing the pier.
    """
    found = _NAMES_NO_NOUN.match(clause)
    shape = question_shape(first)
    at = first.lower().find(shape.focus[-1]) if shape.focus else -1
    if found is None or at < 0:
        return clause
    asked = first[at:].rstrip(" ?？")
    for anchor in shape.anchors:
        asked = re.sub(rf"\b{re.escape(anchor)}(?:['’]s)?\b", " ", asked, flags=re.IGNORECASE)
    return f"{found['asks']} {' '.join(asked.split())}{found['end']}"


# A clause that says its own time ("when it filed for bankruptcy", "now", "in 2024", "目前").
# "What did the final act set?", "how many did it actually get?": a later stage is a time of its own.
_OWN_TIME = re.compile(
    r"\b(?:now|today|currently|when|ever|this year|last year|next year|(?:19|20)\d\d|final|"
    r"finally|latest|actually|eventually|in the end)\b"
    r"|现在|目前|当时|今年|去年|明年|\d{4}年",
    re.IGNORECASE,
)
_FIRST_TIME = re.compile(
    rf"\s*(?:(?<!\d){YEAR_LABEL}(?!\d)|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"
)
"""A year, a season ("2024-25") or a month: the first clause's time."""


def _borrowed(subject: str, clause: str, first: str) -> str:
    """What a later clause borrows from the first: its subject, without its time if it has its own.

    The first clause's time is its year, season or month; "now", "when ...", a year or "ever" in
    the later clause is a time of its own.

    "What was Quorvex valued at in 2023, and how big was its shortfall when it filed for
    bankruptcy?" asks the shortfall at the bankruptcy, whenever that was, not in 2023. But "When
    did it open for the 2024-25 season, and when did it close?" asks when it closed that season:
    a "when" that asks as the first clause's does is the other end of the same time.
    """
    if ASKS_WHEN.match(first):
        clause = ASKS_WHEN.sub("", clause, count=1)
    # A later stage ("what did the restoration cost" after "the estimated cost in 2023") is a
    # time of its own.
    own = _OWN_TIME.search(clause) or stages((first, clause)) == ("early", "late")
    if not own:
        return subject
    return re.sub(r",(?:\s*,)+", ",", _FIRST_TIME.sub("", subject)).strip(" ,")


def _for_clause(subject: str, clause: str) -> str:
    """The first clause's subject as a later clause borrows it: its times alone, if it names its own.

    "How many SlimToast 4 toasters were recalled, and how many KettlePro 2 Glass units were added
    to the kettle recall?" asks about the kettles alone, and "How many did Quillon sell in 2024,
    and how many did Hearsay Live sell?" about Hearsay Live in 2024.
    """
    # A month is the clause's time, not a name of its own: "and how many by March 2025?"
    named = [n for n in question_shape(clause).named if not _FIRST_TIME.fullmatch(n.title())]
    if has_cjk(clause) or not named:
        return subject
    kept = [part for part in subject.split(", ") if re.fullmatch(r"[\d.,%/–-]+", part)]
    return ", ".join(kept)


def _subject(first: str, others: list[str]) -> str:
    """The names, titles and figures of the first clause that the later clauses do not repeat."""
    rest = " ".join(others).lower()
    found = (re.search(re.escape(a), first, re.IGNORECASE) for a in question_shape(first).anchors)
    # Apart, so that two names borrowed together ("Quillon, Hearsay Live") stay two.
    joined = " " if has_cjk(first) else ", "
    return joined.join(
        _with_head_noun(first, m) for m in found if m and m.group().lower() not in rest
    )


# "the Castlebrook Lido restoration": a name before a noun names what "it" is in a later clause.
_HEAD_NOUN = re.compile(r"\s+(?P<noun>[a-z]{3,})\b")
_NOT_HEAD = frozenset("last next each every ago so too".split())
_ASKED_VERB_BEFORE = re.compile(
    r"\b(?:will|would|did|does|do|can|could|should|may|might|must|shall)\s+the\s+$"
)


def _with_head_noun(first: str, name: re.Match[str]) -> str:
    """The name with the noun it modifies after "the" ("Castlebrook Lido restoration"), if any.

    "What was the Castlebrook Lido restoration expected to cost, and what did it cost in the
    end?" asks what the restoration cost, not what anything at the lido did.
    """
    head = _HEAD_NOUN.match(first, name.end())
    before = first[: name.start()].lower()
    if (
        head is None
        or name.group()[:1].isdigit()  # "the 2025 campaign" is a time, dropped as one
        or not before.endswith("the ")
        # "How many staff will the North Cawley Hospitals Trust employ": after "will the ...",
        # the word is the verb.
        or _ASKED_VERB_BEFORE.search(before)
        or head["noun"] in ENGLISH_STOPWORDS | _BOUNDARIES_EN | _NOT_HEAD
        or head["noun"].endswith(("ed", "ing"))
    ):
        return name.group()
    return f"{name.group()} {head['noun']}"


def _split_once(part: str) -> list[str]:
    """The part split at its first conjunction between two conjuncts, or the part itself."""
    if numbers := _NUMBER_PAIR.search(part):
        left, right = numbers.span(1), numbers.span(2)
        return [
            part[: left[1]] + part[right[1] :],
            part[: left[0]] + part[right[0] :],
        ]
    if _RELATES.search(part):
        return [part]
    tokens = _tokens(part)
    for index, token in enumerate(tokens):
        if _is_conjunction(token.word) and 0 < index < len(tokens) - 1:
            spans = _conjuncts(tokens, index) or _parallel_phrases(tokens, index)
            if spans is None:
                continue
            (left_start, left_end), (right_start, right_end) = spans
            if left_start > 0 and tokens[left_start - 1].word.lower() in _JOINED:
                continue

            def at(index: int) -> int:
                return tokens[index].start if index < len(tokens) else len(part)

            return [
                part[: at(left_end)] + part[at(right_end) :],
                part[: at(left_start)] + part[at(right_start) :],
            ]
    return [part]


# "the merged Calloway and Brightwell pharmacy group", "the combined Arden and Vale trusts": two
# names made one, asked about as one.
_JOINED = frozenset({"merged", "combined", "joint", "enlarged", "amalgamated", "united"})


def _is_conjunction(word: str) -> bool:
    return word in _CONJUNCTIONS_ZH or word.lower() in _CONJUNCTIONS_EN


_NAME_AND_YEAR = re.compile(r"(?P<name>[A-Z]{2,})(?P<year>(?:19|20)\d\d)")


def _tokens(text: str) -> list[Token]:
    """The question's words, tagged (see ``Token``)."""
    if has_cjk(text):
        import jieba.posseg

        found: list[Token] = []
        at = 0
        for pair in jieba.posseg.cut(text):
            start = text.find(pair.word, at)
            at = start + len(pair.word)
            # "NBA2021-2022赛季": the league and the season are two words (jieba glues them), so
            # "CBA和NBA2021-2022赛季" pairs CBA with NBA, not with "NBA2021".
            if glued := _NAME_AND_YEAR.fullmatch(pair.word):
                found.append(Token(glued["name"], "name", start))
                found.append(Token(glued["year"], "num", start + len(glued["name"])))
            elif pair.word.strip():
                found.append(Token(pair.word, pair.flag, start))
        return found
    tokens: list[Token] = []
    # "&" inside a word ("A&E", "AT&T", "R&D") is part of the name, not a conjunction.
    # Between two capitalised words it joins one name ("Marks & Spencer"): a question that asks two
    # things says "and".
    for match in re.finditer(
        r"[A-Z][\w'’.-]*(?:\s+&\s+[A-Z][\w'’.-]*)+|[\w'’.-]+(?:&[\w'’.-]+)*|[^\w\s]", text
    ):
        word = match.group()
        if word[:1].isdigit():
            tag = "num"
        elif any(ch.isupper() for ch in word):
            tag = "name"
        elif re.fullmatch(r"[^\w\s]", word):
            tag = "x"
        else:
            tag = "w"
        tokens.append(Token(word, tag, match.start()))
    return tokens


def _is_boundary(token: Token) -> bool:
    return (
        token.tag == "x"
        or token.word in _BOUNDARIES_ZH
        or token.word.lower() in _BOUNDARIES_EN
        or _is_conjunction(token.word)
        or bool(_ASKS.fullmatch(token.word))
    )


def _window(tokens: list[Token], start: int, step: int) -> list[int]:
    """Indexes from ``start`` in direction ``step`` up to a boundary, at most MAX_CONJUNCT."""
    found: list[int] = []
    index = start
    while 0 <= index < len(tokens) and len(found) < MAX_CONJUNCT:
        if _is_boundary(tokens[index]):
            break
        found.append(index)
        index += step
    return found


def _conjuncts(tokens: list[Token], conjunction: int) -> tuple[Span, Span] | None:
    """Token spans of the two conjuncts around ``conjunction``; None when a side is empty."""
    left = _window(tokens, conjunction - 1, -1)
    right = _window(tokens, conjunction + 1, 1)
    led_by_article = bool(right) and tokens[right[0]].word.lower() in ARTICLES
    while right and tokens[right[0]].word.lower() in ARTICLES:
        right = right[1:]
    if not left or not right:
        return None
    if led_by_article and (phrases := _article_phrases(tokens, left, right, conjunction)):
        return phrases
    words = [token.word.lower() for token in tokens]
    # Parallel words that share some: "最佳电视剧和最佳电视动画", "女子双人10米跳台和男子双人10米跳台".
    best, shared = 0, 0
    for size in range(2, min(len(left), len(right)) + 1):
        same = sum(words[left[size - 1 - i]] == words[right[i]] for i in range(size))
        if shared < same < size:
            best, shared = size, same
    if best:
        # The right conjunct ends where the left one does, on the same word ("女子双人10米跳台和男子
        # 双人10米跳台冠军": the title is asked of both); where the last words differ it runs on
        # ("最佳电视剧和最佳电视动画").
        last = words[left[0]]
        end = next((i for i in reversed(right) if words[i] == last), right[-1])
        return (left[best - 1], conjunction), (right[0], end + 1)
    if shared_end := _shared_ending(tokens, conjunction, left, right):
        return shared_end
    left_size, right_size = _units(tokens, left, right)
    return (left[left_size - 1], conjunction), (right[0], right[right_size - 1] + 1)


def _article_phrases(
    tokens: list[Token], left: list[int], right: list[int], conjunction: int
) -> tuple[Span, Span] | None:
    """Two phrases that each open with an article, as long as each other; None if not so.

    "How much did the Upper Marrick pump and the Lower Marrick well cost?": what follows the second
    phrase ("cost") is asked of both, and English puts no mark where a phrase ends, so the
    second is read as long as the first, a name of several words counting as one ("the Ostby
    footbridge and the Calder Lane tunnel").
    """
    article = next((at for at, i in enumerate(left) if tokens[i].word.lower() in ARTICLES), None)
    if not article or any(has_cjk(tokens[i].word) for i in right):
        return None
    wanted = _words_and_names(tokens, left[article - 1 :: -1])
    end, seen = 0, 0
    while end < len(right) and seen < wanted:
        end += _name_run(tokens, right[end:])
        seen += 1
    if seen < wanted or end >= len(right):
        return None
    return (left[article - 1], conjunction), (right[0], right[end - 1] + 1)


def _words_and_names(tokens: list[Token], side: list[int]) -> int:
    """How many words a phrase holds, a run of capitalised words counting as one."""
    return sum(
        1
        for at, i in enumerate(side)
        if tokens[i].tag not in _NAMED or at == 0 or tokens[side[at - 1]].tag not in _NAMED
    )


_PREPOSITIONS = frozenset("in at on for to from by with during under after before since".split())


def _parallel_phrases(tokens: list[Token], conjunction: int) -> tuple[Span, Span] | None:
    """Two phrases that open with the same preposition, each a part of its own.

    "at Cullen Stack in 2019 and at Wrayhaven in 2025", "in the draft and in the approved scheme":
    the first runs from its preposition (or an "as estimated" before it) to the conjunction, the
    second to the clause's end.
    """
    after = tokens[conjunction + 1].word.lower()
    if after not in _PREPOSITIONS:
        return None
    opening = [
        i for i in range(conjunction) if tokens[i].word.lower() == after and tokens[i].tag == "w"
    ]
    if not opening:
        return None
    end = next(
        (i for i in range(conjunction + 1, len(tokens)) if tokens[i].tag == "x"), len(tokens)
    )
    left_end = conjunction - 1 if tokens[conjunction - 1].tag == "x" else conjunction
    start = opening[-1]
    # "as estimated in 2021 and in the end": the estimate is the first phrase's alone.
    if start >= 2 and tokens[start - 2].word.lower() == "as" and tokens[start - 1].tag == "w":
        start -= 2
    return (start, left_end), (conjunction + 1, end)


def _shared_ending(
    tokens: list[Token], conjunction: int, left: list[int], right: list[int]
) -> tuple[Span, Span] | None:
    """Chinese conjuncts that end alike: "青湖市和白沙市", "冬奥会和冬残奥会", "男单和女单".

    Read by characters, since jieba cuts names it does not know ("白/沙市"): the right conjunct
    runs to the first repeat of the left one's last character, and the left one is as long.
    """
    last = tokens[left[0]].word[-1:]
    if not has_cjk(last):
        return None
    for size, index in enumerate(right[:3], start=1):
        if last in tokens[index].word:
            right_chars = sum(len(tokens[i].word) for i in right[:size])
            taken, chars = 0, 0
            while taken < len(left) and chars < right_chars - 1:
                chars += len(tokens[left[taken]].word)
                taken += 1
            return (left[taken - 1], conjunction), (right[0], index + 1)
    return None


def _units(tokens: list[Token], left: list[int], right: list[int]) -> tuple[int, int]:
    """Tokens in each conjunct when no words repeat: a name with what follows it, or one word.

    "Hong Kong and Macau", "iPhone 14 and Pixel 7": a run of capitalised words and figures is one
    name. "成都大运会和杭州亚运会": a place name and the noun after it are one unit, on both sides.
    """
    if tokens[left[0]].tag in _NAMED:
        return _name_run(tokens, left), _name_run(tokens, right)
    if phrases := _chinese_phrases(tokens, left, right):
        return phrases
    both_long = len(left) > 1 and len(right) > 1
    if both_long and all(tokens[i].tag.startswith(_NAME_TAGS) for i in (left[1], right[0])):
        return 2, 2
    return 1, 1


def _chinese_phrases(
    tokens: list[Token], left: list[int], right: list[int]
) -> tuple[int, int] | None:
    """Tokens in each of two short Chinese phrases that end where a particle does, or None.

    "宣誓仪式及首次会议的时间": "首次会议" runs to "的", and "宣誓仪式" is as long; "发售日期和标准版国区
    价格是什么": both run to a particle. Names are read as units instead ("谷歌和百度推出的").
    """
    if not has_cjk(tokens[right[0]].word) or not 2 <= len(right) <= MAX_SHORT_PHRASE:
        return None
    if any(tokens[i].tag.startswith(_NAME_TAGS) for i in (*left[: len(right)], *right)):
        return None
    if len(left) >= len(right):
        return len(right), len(right)
    if left[-1] > 0 and _is_boundary(tokens[left[-1] - 1]):
        return len(left), len(right)
    return None


MAX_SHORT_PHRASE = 3
"""Tokens in a Chinese phrase read whole up to its particle; a longer one is read word by word."""


def _name_run(tokens: list[Token], side: list[int]) -> int:
    size = 0
    while size < len(side) and tokens[side[size]].tag in _NAMED:
        size += 1
    return max(size, 1)
