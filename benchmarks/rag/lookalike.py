"""The look-alike generator: families of near-duplicate passages and RGB-shaped questions on them.

A family is a kind of fact that recurs (a cup final each year, a city budget each year) about a
subject and a look-alike sibling (the Harbor Cup and the Harbor Shield). Every subject-year gets a
few passages from the family's templates, so that the passages answering one question differ from
its distractors only in a year, a number, a name or a place. A passage's role for a question
follows from where it came from (which subject, year and facts its template states), never from
searching its text; the text is searched only to check that no distractor states the answer.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from benchmarks.rag.vocab import Maker, Value, dateline, person
from signalbox.agents.evaluation.rgb_scoring import holds_answer

OUTLETS = (
    "The Courier",
    "Daily Ledger",
    "Metro Wire",
    "Regional Post",
    "The Observer-Gazette",
    "Valley Times",
    "City Desk",
    "Evening Standard-Herald",
)
NEGATIVES = 8
Extra = Callable[[random.Random, str, int], str]
"""A context field of a subject-year (rng, subject, index of the year) that no question asks."""


def fields(template: str) -> set[str]:
    """The placeholders a template fills."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Table:
    """Several years of a subject in one passage, as a results table or a list of rows."""

    title: str
    columns: tuple[tuple[str, str], ...]
    """(header, field): ``year``, an attribute, or an attribute's ``_alt`` form."""
    style: str = "pipe"


@dataclass(frozen=True)
class Family:
    """One kind of recurring fact, with the templates that write it and ask about it."""

    name: str
    subjects: Callable[[random.Random], tuple[str, str]]
    attributes: dict[str, Maker]
    passages: tuple[str, ...]
    questions: dict[str, tuple[str, ...]]
    pairs: tuple[tuple[str, str, str], ...] = ()
    """Integration questions on two attributes of one subject-year."""
    spans: tuple[tuple[str, str], ...] = ()
    """Integration questions on one attribute over years: ``{year2}`` (and ``{year3}``)."""
    background: tuple[str, ...] = ()
    table: Table | None = None
    extras: dict[str, Extra] = field(default_factory=dict)
    months: tuple[int, int] = (1, 12)
    years: int = 4
    step: int = 1
    first_year: tuple[int, int] = (2012, 2019)
    per_record: int = 3


@dataclass
class Passage:
    """A generated passage and where it came from."""

    text: str
    subject: str
    years: frozenset[int]
    mentions: frozenset[str]
    wrong: tuple[str, int, str] | None = None
    """For a counterfactual copy: the (subject, year, attribute) it misstates. A copy states
    nothing truly, even the facts it repeats: only its own question may ask about them."""

    def states(self, subject: str, year: int, attribute: str) -> bool:
        """Whether the passage truly states this fact."""
        return (
            self.wrong is None
            and self.subject == subject
            and year in self.years
            and attribute in self.mentions
        )


@dataclass
class Question:
    """An RGB record before it is written: answer parts, grouped positives, negatives."""

    id: str
    family: str
    flavour: str
    query: str
    parts: list[tuple[str, ...]]
    positives: list[list[Passage]]
    negatives: list[Passage] = field(default_factory=list)
    wrong: list[Passage] = field(default_factory=list)
    fake: tuple[str, ...] = ()

    def answering(self) -> set[int]:
        """The ``id`` of every passage that states the answer, truly or not."""
        return {id(p) for group in self.positives for p in group} | {id(p) for p in self.wrong}

    def record(self) -> dict[str, Any]:
        """The JSON line, in RGB's field names."""
        grouped = [[p.text for p in group] for group in self.positives]
        line: dict[str, Any] = {
            "id": self.id,
            "family": self.family,
            "query": self.query,
            "answer": [list(part) for part in self.parts],
            "positive": grouped if self.flavour == "int" else grouped[0],
            "negative": [p.text for p in self.negatives],
        }
        if self.flavour == "fact":
            line["fakeanswer"] = [list(self.fake)]
            line["positive_wrong"] = [p.text for p in self.wrong]
        return line


class Registry:
    """Values already used in a split: an answer must not be stated by two different facts."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def fresh(self, rng: random.Random, make: Maker) -> Value:
        for _ in range(200):
            value = make(rng)
            keys = {a.lower() for a in value.accepted}
            if not keys & self.used:
                self.used |= keys
                return value
        raise RuntimeError("value space exhausted; widen the family's ranges")


@dataclass
class _Record:
    subject: str
    year: int
    index: int
    values: dict[str, Value]
    context: dict[str, str]


class FamilyBuilder:
    """Generates one family's passages and questions for a split."""

    def __init__(self, family: Family, rng: random.Random, registry: Registry) -> None:
        self.family, self.rng, self.registry = family, rng, registry
        self.records: list[_Record] = []
        self.passages: list[Passage] = []
        self.templates: dict[int, tuple[str, dict[str, str]]] = {}
        """A record passage's template and the context it was written with, by ``id``."""

    def _context(self, record: _Record) -> dict[str, str]:
        rng, f = self.rng, self.family
        style = rng.randrange(3)
        context = {
            "subject": record.subject,
            "year": str(record.year),
            "next_year": str(record.year + 1),
            "prev_year": str(record.year - 1),
            "date": dateline(rng, record.year, f.months, style),
            "date_next": dateline(rng, record.year + 1, (1, 4), style),
            "reporter": self.registry.fresh(rng, person).text,
            "outlet": rng.choice(OUTLETS),
            **record.context,
        }
        for name, value in record.values.items():
            context[name], context[f"{name}_alt"] = value.text, value.alt
        return context

    def build_records(self) -> None:
        f, rng = self.family, self.rng
        pair = f.subjects(rng)
        start = rng.randint(*f.first_year)
        years = [start + i * f.step for i in range(f.years)]
        for subject in pair:
            for index, year in enumerate(years):
                values = {a: self.registry.fresh(rng, make) for a, make in f.attributes.items()}
                context = {name: extra(rng, subject, index) for name, extra in f.extras.items()}
                self.records.append(_Record(subject, year, index, values, context))

    def _add(
        self, text: str, subject: str, years: Iterable[int], mentions: Iterable[str]
    ) -> Passage:
        passage = Passage(text, subject, frozenset(years), frozenset(mentions))
        self.passages.append(passage)
        return passage

    def build_passages(self) -> None:
        f, rng = self.family, self.rng
        for record in self.records:
            for template in rng.sample(f.passages, min(f.per_record, len(f.passages))):
                context = self._context(record)
                named = {n.removesuffix("_alt") for n in fields(template)} & set(f.attributes)
                passage = self._add(
                    template.format(**context), record.subject, [record.year], named
                )
                self.templates[id(passage)] = (template, context)
        for subject in dict.fromkeys(r.subject for r in self.records):
            own = [r for r in self.records if r.subject == subject]
            if f.background:
                text = rng.choice(f.background).format(**self._context(own[0]))
                self._add(text, subject, [], [])
            if f.table is not None:
                first = rng.randrange(len(own) - 2)
                self._add_table(own[first : first + 3])

    def _add_table(self, rows: list[_Record]) -> None:
        table = self.family.table
        assert table is not None
        context = self._context(rows[0]) | {"last_year": str(rows[-1].year)}
        headers = [header for header, _ in table.columns]

        def cell(record: _Record, name: str) -> str:
            if name == "year":
                return str(record.year)
            if name in record.context:
                return record.context[name]
            value = record.values[name.removesuffix("_alt")]
            return value.alt if name.endswith("_alt") else value.text

        cells = [[cell(r, name) for _, name in table.columns] for r in rows]
        if table.style == "pipe":
            lines = [" | ".join(headers)] + [" | ".join(row) for row in cells]
        elif table.style == "csv":
            lines = [",".join(headers)] + [
                ",".join(f'"{c}"' if "," in c else c for c in row) for row in cells
            ]
        else:
            lines = [
                "; ".join(f"{h}: {c}" for h, c in zip(headers, row, strict=True)) for row in cells
            ]
        text = table.title.format(**context) + "\n" + "\n".join(lines)
        mentions = {name.removesuffix("_alt") for _, name in table.columns} & set(
            self.family.attributes
        )
        self._add(text, rows[0].subject, [r.year for r in rows], mentions)

    def positives(self, subject: str, year: int, attribute: str) -> list[Passage]:
        return [p for p in self.passages if p.states(subject, year, attribute)]

    def counterfactual(self, record: _Record, attribute: str) -> tuple[Value, list[Passage]]:
        """Word-for-word copies of the record's passages on the attribute, with a fake value.

        Tables are not copied: RGB's wrong passages rewrite the snippets that answer, and a table
        row changed alone would contradict nothing else in its table.
        """
        fake = self.registry.fresh(self.rng, self.family.attributes[attribute])
        copies = []
        for passage in self.positives(record.subject, record.year, attribute):
            if id(passage) in self.templates:
                template, context = self.templates[id(passage)]
                swapped = context | {attribute: fake.text, f"{attribute}_alt": fake.alt}
                text = template.format(**swapped)
                copies.append(
                    Passage(
                        text,
                        passage.subject,
                        passage.years,
                        passage.mentions,
                        wrong=(record.subject, record.year, attribute),
                    )
                )
        self.passages += copies
        return fake, copies

    def rewritable(self, record: _Record, attribute: str) -> bool:
        """Whether a counterfactual copy can be made (a passage other than a table states it)."""
        return any(
            id(p) in self.templates for p in self.positives(record.subject, record.year, attribute)
        )

    def slots(self, most: int = 3) -> list[tuple[_Record, str]]:
        """Facts that one to ``most`` passages state: what a question may ask."""
        return [
            (record, attribute)
            for record in self.records
            for attribute in self.family.questions
            if 1 <= len(self.positives(record.subject, record.year, attribute)) <= most
        ]


Slot = tuple[str, int, str]
"""(subject, year, attribute): one fact a question may ask."""


def _slot(record: _Record, attribute: str) -> Slot:
    return (record.subject, record.year, attribute)


def _query(template: str, record: _Record, later: list[_Record] | None = None) -> str:
    """The question text: the subject and year, later years as ``{year2}`` and ``{year3}``."""
    context = {"subject": record.subject, "year": str(record.year), **record.context}
    for number, other in enumerate(later or [], start=2):
        context[f"year{number}"] = str(other.year)
    return template.format(**context)


class QuestionWriter:
    """Writes one family's questions: counterfactual, single-answer, then integration ones."""

    def __init__(self, builder: FamilyBuilder, split: str) -> None:
        self.builder, self.split = builder, split
        self.family, self.rng = builder.family, builder.rng
        self.made: list[Question] = []
        self.taken: set[Slot] = set()
        self.rewritten: set[Slot] = set()
        """Facts that a counterfactual copy repeats or misstates."""

    def _ident(self) -> str:
        return f"{self.split}-{self.family.name}-{len(self.made) + 1:02d}"

    def _ask(self, record: _Record, attribute: str) -> str:
        return _query(self.rng.choice(self.family.questions[attribute]), record)

    def counterfactual(self, slots: list[tuple[_Record, str]], wanted: int) -> None:
        """Facts with wrong copies.

        No other question asks what the copies repeat, so no other question meets a
        contradiction that it was not written for.
        """
        for record, attribute in [s for s in slots if self.builder.rewritable(*s)][:wanted]:
            positives = self.builder.positives(record.subject, record.year, attribute)
            fake, wrong = self.builder.counterfactual(record, attribute)
            for copy in wrong:
                self.rewritten |= {(record.subject, record.year, m) for m in copy.mentions}
            self.taken |= self.rewritten
            self.made.append(
                Question(
                    self._ident(),
                    self.family.name,
                    "fact",
                    self._ask(record, attribute),
                    [record.values[attribute].accepted],
                    [positives],
                    wrong=wrong,
                    fake=fake.accepted,
                )
            )

    def single(self, slots: list[tuple[_Record, str]], wanted: int) -> None:
        """One fact each, taking the attributes in turn so that every kind of fact is asked."""
        queues: dict[str, list[_Record]] = {}
        for record, attribute in slots:
            if _slot(record, attribute) not in self.taken:
                queues.setdefault(attribute, []).append(record)
        asked = 0
        while asked < wanted and any(queues.values()):
            for attribute, queue in queues.items():
                if queue and asked < wanted:
                    record = queue.pop()
                    self.taken.add(_slot(record, attribute))
                    positives = self.builder.positives(record.subject, record.year, attribute)
                    self.made.append(
                        Question(
                            self._ident(),
                            self.family.name,
                            "plain",
                            self._ask(record, attribute),
                            [record.values[attribute].accepted],
                            [positives],
                        )
                    )
                    asked += 1

    def _options(self) -> list[tuple[str, list[tuple[_Record, str]]]]:
        """Every integration question the templates can ask.

        Two facts of one subject-year, or one fact over two or three years.
        """
        options = []
        for record in self.builder.records:
            for a, b, template in self.family.pairs:
                options.append((_query(template, record), [(record, a), (record, b)]))
        for subject in dict.fromkeys(r.subject for r in self.builder.records):
            own = [r for r in self.builder.records if r.subject == subject]
            for attribute, template in self.family.spans:
                size = 3 if "{year3}" in template else 2
                for _ in range(6):
                    picked = sorted(self.rng.sample(own, size), key=lambda r: r.year)
                    query = _query(template, picked[0], picked[1:])
                    options.append((query, [(r, attribute) for r in picked]))
        self.rng.shuffle(options)
        return options

    def integration(self, free: set[Slot], wanted: int) -> None:
        """Answers of two or three parts, each stated in its own passages."""
        asked: set[str] = set()
        for query, facts in self._options():
            if len(asked) == wanted:
                return
            if query in asked or not all(_slot(r, a) in free for r, a in facts):
                continue
            groups = [self.builder.positives(r.subject, r.year, a) for r, a in facts]
            if set.intersection(*({id(p) for p in group} for group in groups)):
                continue  # one passage states every part: nothing to integrate
            asked.add(query)
            self.made.append(
                Question(
                    self._ident(),
                    self.family.name,
                    "int",
                    query,
                    [r.values[a].accepted for r, a in facts],
                    groups,
                )
            )


def questions_for(
    family: Family, rng: random.Random, registry: Registry, split: str, counts: dict[str, int]
) -> tuple[list[Question], list[Passage]]:
    """A family's questions (``counts`` per flavour) and every passage it wrote."""
    builder = FamilyBuilder(family, rng, registry)
    builder.build_records()
    builder.build_passages()
    slots = builder.slots()
    rng.shuffle(slots)
    writer = QuestionWriter(builder, split)
    writer.counterfactual(slots, counts["fact"])
    writer.single(slots, counts["plain"])
    # A part of an integration answer may be a fact that a single question asks too (they agree),
    # but never one that has a counterfactual copy.
    every = {_slot(r, a) for r, a in builder.slots(most=len(builder.passages))}
    writer.integration(every - writer.rewritten, counts["int"])
    return writer.made, builder.passages


def choose_negatives(question: Question, passages: list[Passage], rng: random.Random) -> None:
    """Up to eight distractors of the family, the closest first.

    The same subject in the same years, then in other years, then the sibling; a wrong copy comes
    after a true passage.
    """
    answering = question.answering()
    subject = question.positives[0][0].subject
    years = {y for group in question.positives for p in group for y in p.years}
    candidates = [p for p in passages if id(p) not in answering]
    rng.shuffle(candidates)
    candidates.sort(
        key=lambda p: (p.subject != subject, not (p.years & years), p.wrong is not None)
    )
    question.negatives = candidates[:NEGATIVES]


def problems(question: Question, corpus: list[Passage]) -> list[str]:
    """Why a question cannot be scored fairly on this corpus; empty when it can."""
    found = []
    answering = question.answering()
    for part, group in zip(question.parts, question.positives, strict=True):
        if not group or not all(holds_answer(p.text, [part]) for p in group):
            found.append(f"a positive lacks {part[0]!r}")
        if holds_answer(question.query, [part]):
            found.append(f"the question states {part[0]!r}")
        for passage in corpus:
            if id(passage) not in answering and holds_answer(passage.text, [part]):
                found.append(f"a distractor states {part[0]!r}: {passage.text[:60]!r}")
    for passage in question.wrong:
        if holds_answer(passage.text, question.parts) or not holds_answer(
            passage.text, [question.fake]
        ):
            found.append("a wrong passage does not state the fake answer alone")
    return found
