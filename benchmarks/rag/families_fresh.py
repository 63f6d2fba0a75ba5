"""The fresh split's families: a fourth English split that nobody has measured yet.

Clinical trials, wind farms, public libraries, ferry routes, chess tournaments, school
inspections, toll bridges and launch sites: topics that dev, test and holdout do not have. Like
holdout, it was written without reading the answerer, in layouts of real collections (Markdown
tables, "Key facts" lists, press releases with several figures in one sentence, tab-separated
rows, headings with facts beneath, search snippets cut with "...", Q&A and interview quotes) and
with words the questions do not use ("were signed up", "changed hands", "was handed"). Its first
measurement is the honest one: once its figures have been seen, it is no longer fresh.
"""

from __future__ import annotations

import random

from benchmarks.rag.lookalike import Family, Table
from benchmarks.rag.vocab import (
    BRAND,
    Value,
    brand,
    day,
    money,
    number,
    percent,
    person,
    place,
    plain,
    title,
    twins,
)

VENUE = ("Hall", "Pavilion", "Exchange", "Institute", "Assembly Rooms", "Guildhall")


def _venue(rng: random.Random) -> Value:
    """Where a tournament is played: "Kelmere Guildhall"."""
    return plain(f"{place(rng)} {rng.choice(VENUE)}")


def _satellite(rng: random.Random) -> Value:
    """A satellite's name: "Orbana-4", or "Orbana 4" in a press release."""
    name, serial = rng.choice(BRAND), rng.randint(2, 9)
    forms = (f"{name}-{serial}", f"{name} {serial}")
    return Value(forms, forms)


def _turbines(rng: random.Random, subject: str, index: int) -> str:
    """The wind farm's turbine count: context that no question asks."""
    return str(rng.randint(24, 180))


CLINICAL_TRIAL = Family(
    name="clinical_trial",
    subjects=twins("{} Cardiac Trial", "{} Cardiac Extension Study"),
    attributes={
        "participants": number(1200, 48000, "{} participants", "{}", accepted=("{}",)),
        "investigator": person,
        "risk_reduction": percent(6, 44),
        "funding": money(3, 290, "million"),
    },
    passages=(
        "{date} — Results from the {subject} were presented in {year}. Over the year {participants} "
        "were signed up at clinics in eleven countries, and those on the active drug had "
        "{risk_reduction} fewer heart attacks than those on placebo, the lead investigator, "
        "Dr {investigator}, told the congress.",
        "{subject} | {outlet}\n{date} ... the study, led by Dr {investigator}, reported a "
        "{risk_reduction_alt} relative risk reduction in {year} ... full results are expected "
        "next spring ...",
        "Key facts: {subject} ({year})\n- Enrolled: {participants_alt}\n- Budget: {funding}\n"
        "- Principal investigator: {investigator}",
        "Q: Who pays for the {subject}?\nA: In {year} the trial was backed by {funding_alt} of "
        "public and charitable money; no drug company holds the data.",
        "'Recruitment was harder than we expected,' said Dr {investigator} of the {subject}, "
        "speaking to {outlet} in {year}. 'But the signal is clear.'",
    ),
    table=Table(
        "{subject}: enrolment by year",
        (("Year", "year"), ("Participants", "participants_alt")),
        style="pipe",
    ),
    questions={
        "participants": (
            "How many participants were enrolled in the {subject} in {year}?",
            "How many patients took part in the {subject} in {year}?",
        ),
        "investigator": (
            "Who led the {subject} in {year}?",
            "Who was the principal investigator of the {subject} in {year}?",
        ),
        "risk_reduction": (
            "By how much did the drug cut the risk of heart attack in the {subject} in {year}?",
            "What risk reduction did the {subject} report in {year}?",
        ),
        "funding": (
            "How much funding did the {subject} have in {year}?",
            "What was the budget of the {subject} in {year}?",
        ),
    },
    pairs=(
        (
            "participants",
            "investigator",
            "How many people took part in the {subject} in {year}, and who led it?",
        ),
    ),
    spans=(("participants", "Compare enrolment in the {subject} in {year} and {year2}."),),
)

WIND_FARM = Family(
    name="wind_farm",
    subjects=twins("{} Offshore Wind Farm", "{} Onshore Wind Farm"),
    attributes={
        "output": number(
            320, 4900, "{} GWh", "{} gigawatt-hours", accepted=("{} GWh", "{} gigawatt-hours")
        ),
        "capacity_factor": percent(21, 58),
        "operator": lambda rng: brand(rng, ("Renewables", "Energy", "Power")),
        "homes": number(60000, 990000, "{} homes", "{} households", accepted=("{}",)),
    },
    passages=(
        "Site\tYear\tGeneration\tCapacity factor\n{subject}\t{year}\t{output}\t{capacity_factor}",
        "{date_next} — {operator} said on Monday that its {subject}, whose {turbines} turbines "
        "turned for most of {year}, generated {output_alt} over the year, enough electricity for "
        "{homes}, while maintenance downtime fell and a new substation was commissioned.",
        "## {year}\nThe {subject} was run by {operator}. Its load factor averaged "
        "{capacity_factor_alt}, above the national fleet.",
        "{subject} - Wikipedia\n... In {year} the farm supplied power equivalent to the needs of "
        "{homes_alt} ... it is operated by {operator} ...",
        "Q: How much power does the {subject} produce?\nA: {output} were fed into the grid in "
        "{year}, from {turbines} turbines.",
    ),
    extras={"turbines": _turbines},
    background=(
        "The {subject} was approved after a long planning inquiry. Its turbines stand on the "
        "ridge and the shoals beyond it, and a visitor centre opens at weekends.",
    ),
    questions={
        "output": (
            "How much electricity did the {subject} generate in {year}?",
            "What was the {subject}'s output in {year}?",
        ),
        "capacity_factor": (
            "What was the capacity factor of the {subject} in {year}?",
            "What load factor did the {subject} achieve in {year}?",
        ),
        "operator": (
            "Which company operated the {subject} in {year}?",
            "Who ran the {subject} in {year}?",
        ),
        "homes": ("How many homes could the {subject} power in {year}?",),
    },
    pairs=(
        (
            "output",
            "operator",
            "How much power did the {subject} produce in {year}, and which company ran it?",
        ),
    ),
    spans=(("output", "Compare the {subject}'s generation in {year} and {year2}."),),
)

LIBRARY = Family(
    name="library",
    subjects=twins("{} Central Library", "{} Branch Library"),
    attributes={
        "loans": number(80000, 1900000, "{} loans", "{} items", accepted=("{}",)),
        "members": number(9000, 160000, "{} registered members", "{}", accepted=("{}",)),
        "librarian": person,
        "top_title": title,
    },
    passages=(
        "| {subject} | {year} |\n|---|---|\n| Items lent | {loans_alt} |\n"
        "| Library card holders | {members_alt} |",
        "{date_next} — More books changed hands at {subject} in {year} than in any year since "
        "the refurbishment: {loans} were recorded, {members} held a card, and the most "
        "requested book was {top_title}, head librarian {librarian} said.",
        "{outlet} ... {date} ... '{top_title} had a waiting list all {year},' staff at {subject} "
        "said ... reservations opened again in {next_year} ...",
        "Meet the team: {librarian}\n{librarian} has been head of {subject} since before {year} "
        "and runs the Saturday reading club.",
        "Key facts: {subject}, {year}\n- Loans: {loans}\n- Members: {members}\n- Most borrowed: "
        "{top_title}",
    ),
    questions={
        "loans": (
            "How many loans did {subject} record in {year}?",
            "How many items were borrowed from {subject} in {year}?",
        ),
        "members": (
            "How many registered members did {subject} have in {year}?",
            "How many people held a card at {subject} in {year}?",
        ),
        "librarian": ("Who was head librarian at {subject} in {year}?",),
        "top_title": (
            "What was the most borrowed book at {subject} in {year}?",
            "Which title was most in demand at {subject} in {year}?",
        ),
    },
    pairs=(
        (
            "loans",
            "top_title",
            "How many loans did {subject} make in {year}, and which book led them?",
        ),
    ),
    spans=(("members", "How many members did {subject} have in {year} and in {year2}?"),),
)

FERRY = Family(
    name="ferry",
    subjects=twins("{} Island Ferry", "{} Harbour Ferry"),
    attributes={
        "passengers": number(120000, 4200000, "{} passengers", "{}", accepted=("{}",)),
        "vehicles": number(20000, 900000, "{} vehicles", "{} cars", accepted=("{}",)),
        "operator": lambda rng: brand(rng, ("Ferries", "Shipping", "Line")),
        "fare": number(4, 48, "£{}", digits=2, accepted=("{}",)),
    },
    passages=(
        "{subject} timetable and fares ({year})\nAdult single: {fare}. Sailings are run by "
        "{operator}; book vehicles in advance in summer.",
        "{date_next} — {operator} carried {passengers} and {vehicles} on the {subject} in "
        "{year}, it said in a statement, as delays caused by the spring storms were offset by a "
        "busy summer and the second vessel returned from refit in {next_year}.",
        "Route\tYear\tPassengers\tVehicles\n{subject}\t{year}\t{passengers_alt}\t{vehicles_alt}",
        "{subject} - {outlet}\n{date} ... the single fare rose to {fare} in {year}, "
        "islanders complained ...",
        "'We will keep the crossing open all winter,' a spokesman for {operator}, which held "
        "the {subject} contract in {year}, said.",
    ),
    table=Table(
        "{subject}: passengers carried",
        (("Year", "year"), ("Passengers", "passengers_alt")),
        style="rows",
    ),
    questions={
        "passengers": (
            "How many passengers travelled on the {subject} in {year}?",
            "How many people did the {subject} carry in {year}?",
        ),
        "vehicles": ("How many vehicles were carried by the {subject} in {year}?",),
        "operator": (
            "Which company operated the {subject} in {year}?",
            "Who ran the {subject} service in {year}?",
        ),
        "fare": (
            "How much was an adult single on the {subject} in {year}?",
            "What did a one-way adult ticket on the {subject} cost in {year}?",
        ),
    },
    pairs=(
        (
            "passengers",
            "fare",
            "How many passengers used the {subject} in {year}, and what was the adult fare?",
        ),
    ),
    spans=(("passengers", "Compare passenger numbers on the {subject} in {year} and {year2}."),),
    months=(3, 10),
)

CHESS = Family(
    name="chess",
    subjects=twins("{} Chess Open", "{} Chess Masters"),
    attributes={
        "winner": person,
        "prize_fund": number(8000, 240000, "${}", accepted=("{}",)),
        "players": number(1100, 9800, "{} players", "{} entrants", accepted=("{}",)),
        "venue": _venue,
    },
    passages=(
        "{date} — {winner} was crowned champion of the {year} {subject} on Sunday after a "
        "final-round draw, ahead of a field of {players} at the {venue}; the prize fund of "
        "{prize_fund} was the largest in the event's history.",
        "{year} {subject}\nVenue: {venue}\nEntries: {players_alt}\nPrize fund: {prize_fund}",
        "Chess results {outlet} ... {date} ... {winner} takes the {subject} title with a round "
        "to spare ...",
        "'I did not expect to win here,' {winner} said after the last game of the {year} "
        "{subject}. 'The field was so strong.'",
        "Q: Where is the {subject} played?\nA: The {year} edition was held at the {venue}, "
        "with rounds starting at 2pm.",
    ),
    table=Table(
        "{subject} roll of honour",
        (("Year", "year"), ("Champion", "winner"), ("Venue", "venue")),
        style="pipe",
    ),
    questions={
        "winner": (
            "Who won the {subject} in {year}?",
            "Who was the champion of the {year} {subject}?",
        ),
        "prize_fund": ("How much prize money was on offer at the {year} {subject}?",),
        "players": (
            "How many players entered the {subject} in {year}?",
            "How large was the field at the {year} {subject}?",
        ),
        "venue": (
            "Where was the {year} {subject} held?",
            "Which venue hosted the {subject} in {year}?",
        ),
    },
    pairs=(("winner", "venue", "Who won the {year} {subject}, and where was it played?"),),
    spans=(("winner", "Who won the {subject} in {year} and {year2}?"),),
    months=(6, 9),
)

SCHOOL = Family(
    name="school_inspection",
    subjects=twins("{} Academy", "{} High School"),
    attributes={
        "pupils": number(1050, 2900, "{} pupils", "{} students", accepted=("{}",)),
        "head": person,
        "pass_rate": percent(41, 97),
        "inspection_day": day((1, 12)),
    },
    passages=(
        "{subject} inspection report, {year}\nInspectors visited on {inspection_day}. The school "
        "has {pupils} on roll and is led by headteacher {head}.",
        "{date} — Parents at {subject} were told in {year} that {pass_rate} of pupils had passed "
        "five or more exams, the school's best result, as numbers on roll rose to {pupils_alt} "
        "and the new science block was opened by the mayor.",
        "{subject} | {outlet}\n... inspectors, who arrived on {inspection_day_alt}, praised "
        "leadership under {head} ... {year} ...",
        "'Every child here is known by name,' headteacher {head} of {subject} said in {year}.",
        "| {subject} | {year} |\n|---|---|\n| Pupils | {pupils_alt} |\n| Exam pass rate | "
        "{pass_rate_alt} |",
    ),
    questions={
        "pupils": (
            "How many pupils attended {subject} in {year}?",
            "How many students were on roll at {subject} in {year}?",
        ),
        "head": (
            "Who was headteacher of {subject} in {year}?",
            "Who led {subject} in {year}?",
        ),
        "pass_rate": (
            "What share of pupils at {subject} passed their exams in {year}?",
            "What was the exam pass rate at {subject} in {year}?",
        ),
        "inspection_day": ("When was {subject} inspected in {year}?",),
    },
    pairs=(
        (
            "pupils",
            "pass_rate",
            "How many pupils did {subject} have in {year}, and what was its pass rate?",
        ),
        (
            "pass_rate",
            "head",
            "What was the pass rate at {subject} in {year}, and who was the headteacher then?",
        ),
    ),
    spans=(("pass_rate", "Compare the exam pass rate at {subject} in {year} and {year2}."),),
)

BRIDGE = Family(
    name="bridge_toll",
    subjects=twins("{} Bridge", "{} Tunnel"),
    attributes={
        "crossings": number(4000000, 61000000, "{} crossings", "{} vehicles", accepted=("{}",)),
        "revenue": money(12, 480, "million"),
        "toll": number(1.5, 9.9, "${}", digits=2, accepted=("{}",)),
        "manager": person,
    },
    passages=(
        "{date_next} — Tolls on the {subject} brought in {revenue} in {year}, the authority said, "
        "on {crossings} and a car toll of {toll}, while repairs to the expansion joints overran "
        "by three months.",
        "## {year}\n{subject}: {crossings_alt} were counted at the toll plaza. General manager: "
        "{manager}.",
        "{subject} tolls - {outlet}\n{date} ... drivers now pay {toll} per car ... "
        "revenue of {revenue_alt} ...",
        "Q: Who is in charge of the {subject}?\nA: In {year} the crossing was managed by "
        "{manager}, appointed by the toll authority.",
        "Crossing\tYear\tToll revenue\n{subject}\t{year}\t{revenue}",
    ),
    table=Table(
        "{subject}: traffic and tolls",
        (("Year", "year"), ("Crossings", "crossings_alt"), ("Car toll", "toll")),
        style="csv",
    ),
    questions={
        "crossings": (
            "How many vehicles crossed the {subject} in {year}?",
            "How much traffic did the {subject} carry in {year}?",
        ),
        "revenue": (
            "How much toll revenue did the {subject} collect in {year}?",
            "What did the {subject} earn from tolls in {year}?",
        ),
        "toll": ("What was the car toll on the {subject} in {year}?",),
        "manager": ("Who managed the {subject} in {year}?",),
    },
    pairs=(
        (
            "revenue",
            "manager",
            "How much did the {subject} collect in tolls in {year}, and who managed it?",
        ),
    ),
    spans=(("revenue", "Compare toll revenue on the {subject} in {year} and {year2}."),),
)

LAUNCH_SITE = Family(
    name="launch_site",
    subjects=twins("{} Space Centre", "{} Launch Complex"),
    attributes={
        "payload": number(12000, 96000, "{} kg", "{} kilograms", accepted=("{}",)),
        "flagship": _satellite,
        "director": person,
        "budget": money(80, 2400, "million"),
    },
    passages=(
        "{date} — The {subject} put {payload} into orbit in {year}, among them the {flagship} "
        "weather satellite, on a budget of {budget}, its director, {director}, said.",
        "{subject}: {year} in review\n- Mass launched: {payload_alt}\n- Headline mission: "
        "{flagship_alt}\n- Director: {director}",
        "{outlet} ... {date} ... {flagship} lifted off from the {subject} at dawn ... the "
        "launch was the site's most watched of {year} ...",
        "'The pad was ready, the team was ready,' said {director}, who ran the {subject} in "
        "{year}.",
        "| {subject} | {year} |\n|---|---|\n| Annual budget | {budget_alt} |\n| Payload to "
        "orbit | {payload} |",
    ),
    questions={
        "payload": (
            "How much payload did the {subject} launch in {year}?",
            "What mass did the {subject} put into orbit in {year}?",
        ),
        "flagship": (
            "Which satellite was the headline launch from the {subject} in {year}?",
            "What was the {subject}'s main mission in {year}?",
        ),
        "director": ("Who was director of the {subject} in {year}?",),
        "budget": (
            "What was the {subject}'s budget in {year}?",
            "How much money did the {subject} have in {year}?",
        ),
    },
    pairs=(
        (
            "flagship",
            "director",
            "Which satellite did the {subject} launch in {year}, and who directed the site?",
        ),
    ),
    spans=(("budget", "Compare the {subject}'s budget in {year} and {year2}."),),
)

FRESH = (
    CLINICAL_TRIAL,
    WIND_FARM,
    LIBRARY,
    FERRY,
    CHESS,
    SCHOOL,
    BRIDGE,
    LAUNCH_SITE,
)
