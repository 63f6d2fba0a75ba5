"""Invented names and values for the look-alike sets: people, places, organisations, amounts.

Every name is made up from syllables and common given names, so that no answer can come from a
model's memory of the world, only from the passages.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

GIVEN = (
    "Ada Amara Anika Bea Bruno Carmen Caspar Dalia Dario Elif Emeka Esme Farah Felix Greta Hana "
    "Hugo Ilse Imran Ines Jonah Juno Kaito Keira Lars Leila Lucan Maren Mateo Mira Nadia Niko "
    "Noor Odile Omar Orla Pavel Petra Quinn Rafael Rhea Rosa Sami Selin Soren Talia Teo Uma "
    "Vera Viktor Wren Yara Yusuf Zara Zeno Anselm Briony Cyrus Delphine Ewan"
).split()
FAMILY = (
    "Abara Ashdown Balcombe Brennic Castellan Corvino Dahlgren Delacroix Eberly Ekwueme "
    "Falkner Fenwick Garrow Halloran Hartigan Ibsworth Ivanko Jarrell Kestrel Kovacevic Lachance "
    "Lindqvist Mabry Marchetti Nakashima Novak Okonkwo Orsini Pemberly Petrakis Quarles Rasmussen "
    "Renwick Salcedo Sandoval Tamura Thornbury Underhill Valcourt Varga Whitlock Wexford Yilmaz "
    "Zabrowski Achterberg Beaumont Carrick Dunmore Eastwick Farrant Gallardo Hollis Inglewood "
    "Jaramillo Keswick Lorimer Moravec Nightingale Oyelaran Prideaux Quintero Rowntree Szabo"
).split()
PLACE_HEAD = (
    "Ash Bram Cor Dun Elm Fen Glen Hal Iver Kel Lark Mor Nor Oak Pen Quar Ros Sel Tam Ulver Wen "
    "Yar Brack Carn Dray Eld Frost Gil Hollin Kirk Lynd Marl Nett Orr Pell Rud Stan Thorn Vell"
).split()
PLACE_TAIL = (
    "ford mere wick ton bury haven field port stead moor dale brook gate ley combe minster "
    "holm thorpe ridge well"
).split()
BRAND = (
    "Veltrix Orbana Quenta Lumora Tessaro Brightwell Corvana Ardent Nexaro Solvane Kestova "
    "Halcyra Meridia Polaro Zentiva Alvora Cirrane Dovetail Emberly Fernwell Graviton Helixa "
    "Ionwick Juniper Korvex Lantern Mosaica Northwind Ostrava Pinecrest"
).split()
MASCOT = (
    "Falcons Mariners Rovers United Harriers Wanderers Athletic Rangers Comets Foxes Otters "
    "Pilots Stags Vikings Wolves Saints Lions Kestrels Bears Owls"
).split()
ADJECTIVE = (
    "Quiet Hollow Silver Distant Broken Northern Patient Burning Final Paper Glass Restless "
    "Velvet Winter Borrowed Second Crooked Salt Amber Narrow"
).split()
NOUN = (
    "Harbor Orchard Ledger Lantern Meridian Tide Garden Archive Frontier Mirror Shepherd River "
    "Atlas Season Signal Bridge Horizon Island Compass Choir"
).split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class Value:
    """A fact as passages write it (``forms``) and as an answer may state it (``accepted``)."""

    forms: tuple[str, ...]
    accepted: tuple[str, ...]

    @property
    def text(self) -> str:
        """The usual form."""
        return self.forms[0]

    @property
    def alt(self) -> str:
        """A second form (a short one, or the same)."""
        return self.forms[-1]


Maker = Callable[[random.Random], Value]


def plain(text: str) -> Value:
    """A value written one way."""
    return Value((text,), (text,))


def person(rng: random.Random) -> Value:
    """A full name; the full name is what an answer must state."""
    return plain(f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}")


def place(rng: random.Random) -> str:
    """A made-up town."""
    return rng.choice(PLACE_HEAD) + rng.choice(PLACE_TAIL)


def town(rng: random.Random) -> Value:
    """A made-up town as a value."""
    return plain(place(rng))


def team(rng: random.Random) -> Value:
    """Town and mascot: "Bramwick Falcons"."""
    return plain(f"{place(rng)} {rng.choice(MASCOT)}")


def brand(rng: random.Random, kinds: tuple[str, ...]) -> Value:
    """A company: "Quenta Robotics"."""
    return plain(f"{rng.choice(BRAND)} {rng.choice(kinds)}")


def title(rng: random.Random) -> Value:
    """A film or book title: "The Quiet Harbor"."""
    return plain(f"The {rng.choice(ADJECTIVE)} {rng.choice(NOUN)}")


def twins(
    first: str, second: str, stem: Callable[[random.Random], str] = place
) -> Callable[[random.Random], tuple[str, str]]:
    """Two look-alike subjects from one stem: ``twins("{} North", "{} South")``."""

    def make(rng: random.Random) -> tuple[str, str]:
        shared = stem(rng)
        return first.format(shared), second.format(shared)

    return make


def number(
    low: float,
    high: float,
    *forms: str,
    digits: int = 0,
    accepted: tuple[str, ...] = (),
) -> Maker:
    """A quantity in its written forms, e.g. ``number(380, 1490, "{} mm", "{}mm", digits=1)``.

    Thousands get commas; ``accepted`` defaults to the forms.
    """

    def make(rng: random.Random) -> Value:
        amount = f"{rng.uniform(low, high):,.{digits}f}"
        written = tuple(form.format(amount) for form in forms or ("{}",))
        return Value(written, tuple(a.format(amount) for a in accepted) or written)

    return make


def money(low: float, high: float, unit: str, sign: str = "$") -> Maker:
    """An amount in millions or billions: "$312.4 million", short "$312.4m"."""
    short = {"million": "m", "billion": "bn"}[unit]
    return number(
        low,
        high,
        f"{sign}{{}} {unit}",
        f"{sign}{{}}{short}",
        digits=1,
        accepted=(f"{{}} {unit}", f"{{}}{short}"),
    )


def percent(low: float, high: float) -> Maker:
    """A share: "4.7%" or "4.7 per cent"."""
    return number(low, high, "{}%", "{} per cent", digits=1)


def day(months: tuple[int, int]) -> Maker:
    """A day of the year between two months: "July 19", or "19 July"."""

    def make(rng: random.Random) -> Value:
        month, date = MONTHS[rng.randint(*months) - 1], rng.randint(1, 28)
        forms = (f"{month} {date}", f"{date} {month}")
        return Value(forms, forms)

    return make


def score(high: int) -> Maker:
    """A final score: "3-1", with an en dash in some passages."""

    def make(rng: random.Random) -> Value:
        winner = rng.randint(1, high)
        loser = rng.randint(0, winner - 1)
        forms = (f"{winner}-{loser}", f"{winner}–{loser}")
        return Value(forms, forms)

    return make


def race_time(low_s: int, high_s: int) -> Maker:
    """A finishing time: "2:07:41"."""

    def make(rng: random.Random) -> Value:
        seconds = rng.randint(low_s, high_s)
        return plain(f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}")

    return make


def dateline(rng: random.Random, year: int, months: tuple[int, int], style: int) -> str:
    """When a web page says it was written: "Jun 12, 2021", "12 June 2021" or "2021-06-12"."""
    month, date = rng.randint(*months), rng.randint(1, 28)
    name = MONTHS[month - 1]
    return (
        f"{name[:3]} {date}, {year}",
        f"{date} {name} {year}",
        f"{year}-{month:02d}-{date:02d}",
    )[style % 3]
