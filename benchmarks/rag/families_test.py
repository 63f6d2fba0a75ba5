"""The test split's families: other topics, other templates, for checking a method tuned on dev.

Marathons, transit ridership, acquisitions, museum attendance, airport traffic, book prizes, crop
harvests and census counts. Their passages use layouts the dev split does not (wire copy, results
lists, scorecards, dotted annual reviews, FAQ and interview snippets, market reports).
"""

from __future__ import annotations

import random

from benchmarks.rag.lookalike import Family, Table
from benchmarks.rag.vocab import (
    BRAND,
    FAMILY,
    PLACE_HEAD,
    PLACE_TAIL,
    Value,
    day,
    money,
    number,
    percent,
    person,
    plain,
    race_time,
    title,
    town,
    twins,
)


def _census_towns(rng: random.Random) -> tuple[str, str]:
    head = rng.choice(PLACE_HEAD)
    first, second = rng.sample(PLACE_TAIL, 2)
    return (
        f"{head}{first}",
        f"{head}{first} Rural District" if rng.random() < 0.5 else f"{head}{second}",
    )


def _target(rng: random.Random) -> Value:
    return plain(
        f"{rng.choice(BRAND)} {rng.choice(('Labs', 'Analytics', 'Studios', 'Devices', 'Networks'))}"
    )


MARATHON = Family(
    name="marathon",
    subjects=twins("{} Marathon", "{} Half Marathon"),
    attributes={
        "men_winner": person,
        "women_winner": person,
        "men_time": race_time(3700, 8100),
        "finishers": number(4000, 48000),
    },
    passages=(
        "{date} | {subject}: {men_winner} broke the tape in {men_time}, while {women_winner} took "
        "the women's race by almost a minute.",
        "RESULTS - {subject} {year}\nMen: 1. {men_winner} {men_time}\nWomen: 1. {women_winner}\n"
        "Finishers: {finishers}",
        "{outlet} - Sports desk\n{women_winner} said she had trained on the hills above the "
        "city 'for three winters' before her {year} victory at the {subject}.",
        "{date} ... Organisers of the {subject} said {finishers} runners reached the finish line "
        "in {year}, a record despite the heat.",
        "Q: Is the {subject} course flat?\nA: Mostly. The {year} edition kept the harbour loop "
        "but moved the start to avoid roadworks.",
    ),
    table=Table(
        "{subject} roll of honour",
        (("Year", "year"), ("Men", "men_winner"), ("Time", "men_time"), ("Women", "women_winner")),
        style="csv",
    ),
    questions={
        "men_winner": (
            "Who won the men's race at the {year} {subject}?",
            "Which man crossed the line first in the {subject} in {year}?",
        ),
        "women_winner": (
            "Who was the fastest woman at the {subject} in {year}?",
            "Who won the women's title at the {year} {subject}?",
        ),
        "men_time": (
            "What was the men's winning time at the {year} {subject}?",
            "How fast did the men's champion run the {subject} in {year}?",
        ),
        "finishers": (
            "How many runners finished the {subject} in {year}?",
            "How many people completed the {year} {subject}?",
        ),
    },
    pairs=(
        (
            "men_winner",
            "women_winner",
            "Who won the men's and women's races at the {year} {subject}?",
        ),
    ),
    spans=(("finishers", "How many runners finished the {subject} in {year} and {year2}?"),),
    months=(3, 10),
)

TRANSIT = Family(
    name="transit",
    subjects=twins("{} Metro", "{} Tramways"),
    attributes={
        "ridership": number(
            12, 390, "{} million trips", "{}m trips", digits=1, accepted=("{} million", "{}m")
        ),
        "fare": number(1.1, 4.9, "${}", digits=2),
        "on_time": percent(71, 97),
        "fleet": number(80, 900, "{} vehicles"),
    },
    passages=(
        "{outlet} | {date}\nRiders took {ridership} on the {subject} in {year}, the authority's "
        "annual report shows, as the single fare held at {fare}.",
        "{subject} performance scorecard, {year}: trips {ridership_alt}; punctuality {on_time}; "
        "fleet {fleet}.",
        "Posted by {reporter} on {date}\nPunctuality on the {subject} reached {on_time_alt} in "
        "{year}, up from a dismal winter, according to figures released this week.",
        "... from January {year}, a single ride on the {subject} costs {fare}, the board decided "
        "after a public consultation ...",
        "{date} - Engineering works will close parts of the {subject} for three weekends in "
        "{year}; replacement buses will run.",
    ),
    questions={
        "ridership": (
            "How many trips were made on the {subject} in {year}?",
            "What was {subject} ridership for {year}?",
        ),
        "fare": (
            "How much was a single fare on the {subject} in {year}?",
            "What did one ride on the {subject} cost in {year}?",
        ),
        "on_time": (
            "What share of {subject} services ran on time in {year}?",
            "How punctual was the {subject} in {year}?",
        ),
        "fleet": ("How many vehicles did the {subject} operate in {year}?",),
    },
    pairs=(
        (
            "ridership",
            "fare",
            "How many trips did the {subject} carry in {year}, and what was the fare?",
        ),
    ),
    spans=(("ridership", "What was ridership on the {subject} in {year}, {year2} and {year3}?"),),
)

ACQUISITIONS = Family(
    name="acquisitions",
    subjects=twins("{} Holdings", "{} Group", lambda rng: rng.choice(BRAND)),
    attributes={
        "target": _target,
        "price": money(40, 4800, "million"),
        "target_city": town,
        "staff_added": number(40, 3800, "{} employees", "{} staff"),
    },
    passages=(
        "{date} - {subject} agreed to buy {target} for {price} in cash, the companies said. "
        "{target}, based in {target_city}, employs {staff_added}.",
        "Deal sheet {year} | Acquirer: {subject} | Target: {target} | Consideration: {price_alt} "
        "| Target HQ: {target_city}",
        "Analysis - {outlet}\nWhy did {subject} pay {price} for a company with no profits? The "
        "{year} deal for {target} bought talent, not revenue.",
        "... the {year} takeover brought {staff_added_alt} into {subject}, and integration took "
        "longer than planned, a former manager said ...",
        "{date} - {subject} said it had no plans for further acquisitions in {year} and would "
        "focus on paying down debt.",
    ),
    questions={
        "target": (
            "Which company did {subject} acquire in {year}?",
            "What business did {subject} take over in {year}?",
        ),
        "price": (
            "How much did {subject} pay for its {year} acquisition?",
            "What was the price of the company {subject} bought in {year}?",
        ),
        "target_city": ("Where was the company that {subject} bought in {year} based?",),
        "staff_added": ("How many staff joined {subject} through its {year} acquisition?",),
    },
    pairs=(("target", "price", "What did {subject} buy in {year}, and for how much?"),),
    spans=(("target", "Which companies did {subject} acquire in {year} and {year2}?"),),
)

MUSEUM = Family(
    name="museum",
    subjects=twins("{} Museum of Art", "{} Museum of Science"),
    attributes={
        "visitors": number(90000, 2400000),
        "exhibition": title,
        "ticket": number(8, 45, "${}"),
        "members": number(1200, 40000, "{} members"),
    },
    passages=(
        "{date} ... The {subject} welcomed {visitors} visitors in {year}, driven by its "
        'blockbuster show "{exhibition}".',
        "Annual review {year} - {subject}\nAttendance .......... {visitors}\nMembers "
        "............ {members}\nAdult admission ..... {ticket}",
        'Exhibition review: "{exhibition}" at the {subject} ({year}) - by {reporter}. The show is '
        "crowded, loud and often brilliant.",
        "... adult tickets at the {subject} rose to {ticket} in {year}, though under-18s still "
        "enter free ...",
        "{date} ... The {subject} will close its east wing for renovation during {year}, the "
        "director told {outlet}.",
    ),
    questions={
        "visitors": (
            "How many people visited the {subject} in {year}?",
            "What was attendance at the {subject} in {year}?",
        ),
        "exhibition": (
            "What was the headline exhibition at the {subject} in {year}?",
            "Which show drew the crowds to the {subject} in {year}?",
        ),
        "ticket": ("How much did an adult ticket to the {subject} cost in {year}?",),
        "members": ("How many members did the {subject} have in {year}?",),
    },
    pairs=(
        (
            "visitors",
            "exhibition",
            "How many visitors did the {subject} have in {year}, and which show led the year?",
        ),
    ),
    spans=(("visitors", "Compare attendance at the {subject} in {year} and {year2}."),),
)

AIRPORT = Family(
    name="airport",
    subjects=twins("{} International Airport", "{} City Airport"),
    attributes={
        "passengers": number(
            2,
            48,
            "{} million passengers",
            "{}m passengers",
            digits=1,
            accepted=("{} million", "{}m"),
        ),
        "cargo": number(20000, 890000, "{} tonnes"),
        "top_destination": town,
        "airlines": number(8, 95, "{} airlines"),
    },
    passages=(
        "{date} ... {passengers} passed through {subject} in {year}, and {top_destination} was "
        "again the most popular destination, the operator said.",
        "{subject} - traffic statistics {year}\nPassengers: {passengers_alt}\nCargo handled: "
        "{cargo}\nAirlines serving the airport: {airlines}",
        "Travel | {outlet}, {date}\nFrom {subject}, the route to {top_destination} was the busiest "
        "of the year, with flights almost every hour.",
        "... freight volumes at {subject} reached {cargo} over {year} as online retailers "
        "expanded ...",
        "{date} - A new terminal at {subject} will open later in {year}, officials said, but the "
        "second runway remains on hold.",
    ),
    questions={
        "passengers": (
            "How many passengers used {subject} in {year}?",
            "What was passenger traffic at {subject} in {year}?",
        ),
        "cargo": ("How much cargo did {subject} handle in {year}?",),
        "top_destination": (
            "What was the busiest route from {subject} in {year}?",
            "Which destination was most popular with travellers flying from {subject} in {year}?",
        ),
        "airlines": ("How many airlines flew from {subject} in {year}?",),
    },
    pairs=(
        (
            "passengers",
            "cargo",
            "What were {subject}'s passenger numbers and cargo volume in {year}?",
        ),
    ),
    spans=(("passengers", "How many passengers did {subject} handle in {year} and {year2}?"),),
)

BOOK_PRIZE = Family(
    name="book_prize",
    subjects=twins("{} Prize for Fiction", "{} Prize for Poetry", lambda rng: rng.choice(FAMILY)),
    attributes={
        "author": person,
        "book": title,
        "prize_money": number(10000, 90000, "£{}", accepted=("£{}", "{} pounds")),
        "judge_chair": person,
    },
    passages=(
        "{date} ... {author} has won the {year} {subject} for {book}, which the judges called "
        "'quietly devastating'.",
        "The {subject} {year}\nWinner: {book} by {author}\nPrize: {prize_money}\nChair of judges: "
        "{judge_chair}",
        "Interview | {outlet}\n'I wrote it at the kitchen table,' says {author}, whose {book} took "
        "the {subject} in {year}.",
        "... the {year} {subject} carried a purse of {prize_money}, raised from {prev_year} after "
        "a new sponsor joined ...",
        "{date} - Judges chaired by {judge_chair} announced the {year} shortlist for the "
        "{subject}: six titles, four of them debuts.",
        "{date} ... Entries for the {year} {subject} close at the end of the month; publishers may "
        "submit two titles each.",
    ),
    questions={
        "author": (
            "Who won the {subject} in {year}?",
            "Which writer took the {year} {subject}?",
        ),
        "book": (
            "Which book won the {year} {subject}?",
            "What was the winning title of the {subject} in {year}?",
        ),
        "prize_money": ("How much prize money came with the {year} {subject}?",),
        "judge_chair": ("Who chaired the judges of the {subject} in {year}?",),
    },
    pairs=(("author", "book", "Who won the {year} {subject}, and with which book?"),),
    spans=(("author", "Who won the {subject} in {year} and {year2}?"),),
    months=(9, 11),
)

HARVEST = Family(
    name="harvest",
    subjects=twins("{} Valley", "{} Plains"),
    attributes={
        "harvest": number(120000, 2900000, "{} tonnes"),
        "crop_yield": number(2.1, 9.8, "{} tonnes per hectare", "{} t/ha", digits=1),
        "price": number(140, 390, "${} a tonne", "${}/t", accepted=("{} a tonne", "{}/t")),
        "start_date": day((7, 9)),
    },
    passages=(
        "{date} ... Farmers in the {subject} brought in {harvest} of wheat in {year}, with yields "
        "averaging {crop_yield}.",
        "{subject} crop bulletin - {year} season\nWheat harvested: {harvest}\nAverage yield: "
        "{crop_yield_alt}\nHarvest began: {start_date}",
        "Markets | {date}\nWheat from the {subject} fetched {price} at the {year} harvest "
        "auctions, traders told {outlet}.",
        "... combines rolled out across the {subject} on {start_date_alt} {year}, two weeks later "
        "than usual after a wet spring ...",
        "{date} - Drought monitors placed parts of the {subject} on watch for the {year} growing "
        "season.",
    ),
    questions={
        "harvest": (
            "How much wheat did the {subject} produce in {year}?",
            "What was the size of the {year} wheat crop in the {subject}?",
        ),
        "crop_yield": ("What was the average wheat yield in the {subject} in {year}?",),
        "price": ("What price did {subject} wheat fetch in {year}?",),
        "start_date": ("When did the wheat harvest start in the {subject} in {year}?",),
    },
    pairs=(
        (
            "harvest",
            "crop_yield",
            "How much wheat did the {subject} harvest in {year}, and at what yield?",
        ),
    ),
    spans=(("harvest", "Compare the {subject} wheat harvests of {year} and {year2}."),),
    months=(7, 10),
)

CENSUS = Family(
    name="census",
    subjects=_census_towns,
    attributes={
        "population": number(4200, 390000),
        "median_age": number(29, 51.9, "{} years", digits=1),
        "households": number(1500, 160000, "{} households"),
        "foreign_born": percent(3, 38),
    },
    passages=(
        "{date} ... The {year} census counted {population} residents in {subject}, with a "
        "median age of {median_age}.",
        "Census {year} - {subject} (summary table)\nUsual residents: {population}\nHouseholds: "
        "{households}\nBorn abroad: {foreign_born}",
        "By {reporter} | {outlet}\n{subject} is getting older: its median age reached "
        "{median_age} at the {year} count, data released this week show.",
        "... {foreign_born_alt} of {subject} residents were born abroad, according to the {year} "
        "census, up from the previous count ...",
        "{date} - Census officers will visit every address in {subject} for the {year} count; "
        "forms can also be completed online.",
    ),
    table=Table(
        "{subject}: census population",
        (("Census", "year"), ("Population", "population")),
        style="lines",
    ),
    questions={
        "population": (
            "What was the population of {subject} in {year}?",
            "How many people lived in {subject} at the {year} census?",
        ),
        "median_age": ("What was the median age in {subject} in {year}?",),
        "households": ("How many households were there in {subject} in {year}?",),
        "foreign_born": ("What share of {subject}'s residents were born abroad in {year}?",),
    },
    pairs=(
        (
            "population",
            "households",
            "How many residents and households did {subject} have in {year}?",
        ),
    ),
    spans=(("population", "What was the population of {subject} in {year}, {year2} and {year3}?"),),
    step=5,
    first_year=(1996, 2006),
)

TEST = (MARATHON, TRANSIT, ACQUISITIONS, MUSEUM, AIRPORT, BOOK_PRIZE, HARVEST, CENSUS)
