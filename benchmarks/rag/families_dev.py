"""The dev split's families: what a method may be tuned on.

Sports finals, company results, city budgets, phone launches, research grants, district elections,
weather records and film festivals. The test split has other topics and other templates.
"""

from __future__ import annotations

import random

from benchmarks.rag.lookalike import Family, Table
from benchmarks.rag.vocab import (
    BRAND,
    FAMILY,
    NOUN,
    PLACE_HEAD,
    PLACE_TAIL,
    Value,
    day,
    money,
    number,
    percent,
    person,
    place,
    plain,
    score,
    team,
    title,
    twins,
)

TOPICS = (
    "coral reef acoustics",
    "soil microbes in drylands",
    "battery recycling",
    "glacier melt forecasting",
    "antibiotic resistance in rivers",
    "urban heat islands",
    "bird migration by radar",
    "early dementia screening",
    "low-cost water filters",
    "seagrass restoration",
    "wildfire smoke exposure",
    "quantum sensors for mining",
    "rare childhood cancers",
    "flood-resistant rice",
    "microplastics in snow",
    "sleep and shift work",
)
PARTIES = ("Civic Alliance", "Green Future", "Harbour Party", "Progress League", "Independent")


def _stem(rng: random.Random, stems: tuple[str, ...], suffixes: tuple[str, ...]) -> tuple[str, str]:
    first, second = rng.sample(suffixes, 2)
    stem = rng.choice(stems)
    return f"{stem} {first}", f"{stem} {second}"


def _twin_towns(rng: random.Random) -> tuple[str, str]:
    head = rng.choice(PLACE_HEAD)
    first, second = rng.sample(PLACE_TAIL, 2)
    return head + first, head + second


def _company(rng: random.Random) -> tuple[str, str]:
    """One brand in two look-alike lines of business: "Orbana Foods" and "Orbana Farms"."""
    pairs = (
        ("Systems", "Software"),
        ("Foods", "Farms"),
        ("Energy", "Power"),
        ("Logistics", "Freight"),
        ("Pharma", "Biotech"),
        ("Robotics", "Automation"),
    )
    first, second = rng.choice(pairs)
    brand = rng.choice(BRAND)
    return f"{brand} {first}", f"{brand} {second}"


def _phone_line(rng: random.Random) -> str:
    return f"{rng.choice(BRAND)} {rng.choice(('Nova', 'Edge', 'Aero', 'Pulse', 'Vista'))}"


def _venue(rng: random.Random) -> Value:
    return plain(f"{place(rng)} {rng.choice(('Park', 'Stadium', 'Arena', 'Ground'))}")


def _university(rng: random.Random) -> Value:
    town = place(rng)
    return plain(rng.choice((f"University of {town}", f"{town} Institute of Technology")))


def _topic(rng: random.Random) -> Value:
    return plain(rng.choice(TOPICS))


def _chip(rng: random.Random) -> Value:
    return plain(
        f"{rng.choice(('Tessar', 'Quill', 'Arcon', 'Vireo'))} "
        f"{rng.choice('TKMR')}{rng.randint(2, 99)}"
    )


CUP_FINAL = Family(
    name="cup_final",
    subjects=lambda rng: _stem(
        rng,
        (
            "Harbor",
            "Coastal",
            "Northern",
            "Valley",
            "Lakeside",
            "Highland",
            "Midland",
            "Borderland",
        ),
        ("Cup", "Shield", "Trophy"),
    ),
    attributes={
        "winner": team,
        "runner_up": team,
        "score": score(5),
        "venue": _venue,
        "mvp": person,
    },
    extras={
        "attendance": lambda rng, subject, i: f"{rng.randint(8, 61)},{rng.randint(100, 999)}",
        "founded": lambda rng, subject, i: str(rng.randint(1890, 1975)),
    },
    passages=(
        "{date} ... {winner} beat {runner_up} {score} in the {subject} final at {venue} on "
        "Saturday, ending a tense afternoon in front of {attendance} fans.",
        "{subject} {year}: final report. Venue: {venue}. Result: {winner} {score_alt} "
        "{runner_up}. Player of the match: {mvp}. Attendance: {attendance}.",
        "By {reporter} | {outlet}\n{mvp} was everywhere as {winner} lifted the {subject} for the "
        'first time in a decade. "This one is for the whole town," {mvp} said after the {year} '
        "final.",
        "{date} ... Tickets for the {year} {subject} final at {venue} sold out within hours, "
        "organisers said, with both semi-finals still to be played ...",
        "... {runner_up} were left to rue missed chances after a {score} defeat in the {year} "
        '{subject} decider. Their coach called it "the cruellest way to lose" ...',
    ),
    background=(
        "The {subject} has been contested every summer since {founded}. Clubs from across the "
        "region enter, and the final is traditionally played in early June.",
    ),
    table=Table(
        "{subject}: recent finals",
        (("Season", "year"), ("Winner", "winner"), ("Runner-up", "runner_up"), ("Score", "score")),
    ),
    questions={
        "winner": (
            "Who won the {subject} final in {year}?",
            "Which team lifted the {year} {subject}?",
            "Which club took the {subject} title in {year}?",
            "Who were crowned {subject} champions in {year}?",
        ),
        "runner_up": (
            "Which team lost the {year} {subject} final?",
            "Who finished as runner-up in the {subject} in {year}?",
        ),
        "score": (
            "What was the score in the {year} {subject} final?",
            "By what scoreline was the {subject} decided in {year}?",
        ),
        "venue": (
            "Where was the {year} {subject} final played?",
            "Which ground hosted the {subject} final in {year}?",
        ),
        "mvp": (
            "Who was named player of the match in the {year} {subject} final?",
            "Which player starred in the {subject} final of {year}?",
        ),
    },
    pairs=(
        ("winner", "venue", "Who won the {year} {subject} final, and where was it played?"),
        (
            "winner",
            "mvp",
            "Which team won the {subject} in {year}, and who was player of the match?",
        ),
    ),
    spans=(
        ("winner", "Who won the {subject} final in {year} and in {year2}?"),
        ("winner", "Name the {subject} champions of {year}, {year2} and {year3}."),
    ),
    months=(5, 6),
)

COMPANY_RESULTS = Family(
    name="company_results",
    subjects=_company,
    attributes={
        "revenue": money(1.2, 48.0, "billion"),
        "net_profit": money(40, 990, "million"),
        "employees": number(2000, 95000),
        "dividend": number(0.1, 4.9, "${} per share", "${}/share", digits=2, accepted=("{}",)),
    },
    extras={
        "ceo": lambda rng, subject, i: person(rng).text,
        "region": lambda rng, subject, i: place(rng),
    },
    passages=(
        "{date_next} ... {subject} reported full-year {year} revenue of {revenue}, and net "
        "profit of {net_profit}. Chief executive {ceo} said demand had held up better than "
        "feared ...",
        "{subject} Annual Report {year}\nKey figures\nRevenue: {revenue_alt}\nNet profit: "
        "{net_profit_alt}\nEmployees at year end: {employees}",
        "By {reporter}, {outlet}\n{subject} ended {year} with {employees} people on its payroll "
        "after a hiring push at its {region} plant, the company said in its annual filing.",
        "{date_next} - The board of {subject} proposed a dividend of {dividend} for {year}, "
        "payable in May. The shares rose 3% in early trading.",
        "... for fiscal {year}, {subject} posted earnings of {net_profit} on sales of "
        "{revenue_alt}, analysts at {outlet} noted, while warning that margins ...",
        "{date} ... {subject} shares slipped after the company trimmed its {year} outlook, "
        "citing higher input costs; full-year figures are due in February.",
    ),
    table=Table(
        "{subject}: five-year summary (extract)",
        (
            ("Fiscal year", "year"),
            ("Revenue", "revenue_alt"),
            ("Net profit", "net_profit_alt"),
            ("Dividend per share", "dividend_alt"),
        ),
        style="csv",
    ),
    questions={
        "revenue": (
            "What was {subject}'s revenue in {year}?",
            "How much did {subject} take in sales during fiscal {year}?",
            "What turnover did {subject} report for {year}?",
        ),
        "net_profit": (
            "How much net profit did {subject} make in {year}?",
            "What were {subject}'s earnings for {year}?",
        ),
        "employees": (
            "How many employees did {subject} have at the end of {year}?",
            "What was {subject}'s headcount in {year}?",
        ),
        "dividend": (
            "What dividend did {subject} pay for {year}?",
            "How much per share did {subject} return to shareholders for {year}?",
        ),
    },
    pairs=(
        ("revenue", "net_profit", "What were {subject}'s revenue and net profit in {year}?"),
        (
            "revenue",
            "employees",
            "How big was {subject} in {year}, by sales and by number of staff?",
        ),
    ),
    spans=(("revenue", "Compare {subject}'s revenue in {year} and {year2}."),),
    months=(9, 11),
)

CITY_BUDGET = Family(
    name="city_budget",
    subjects=_twin_towns,
    attributes={
        "budget": money(80, 950, "million"),
        "transit": money(5, 79, "million"),
        "tax_rate": percent(0.5, 2.9),
        "new_hires": number(12, 480, "{} new posts", "{} new positions", accepted=("{} new",)),
    },
    extras={"mayor": lambda rng, subject, i: person(rng).text},
    passages=(
        "{date} ... {subject} councillors voted 7-2 to approve a {budget} spending plan for "
        "{year}, including {transit} for buses and road repairs.",
        "City of {subject} - Adopted Budget, Fiscal Year {year}\nTotal appropriations: "
        "{budget_alt}\nProperty tax rate: {tax_rate}\nFunded: {new_hires_alt}",
        "By {reporter} | {outlet}\nHomeowners in {subject} will pay a property tax rate of "
        "{tax_rate_alt} in {year}, Mayor {mayor} confirmed after a heated public hearing.",
        "{date} ... The {year} plan lets {subject} create {new_hires}, most of them in parks and "
        "sanitation, a city spokesperson said ...",
        "... {subject} will spend {transit_alt} on public transport in {year}, a figure critics "
        "called 'a rounding error' next to the road budget ...",
        "{date} ... {subject} finance officials warned that {year} revenues could fall short and "
        "asked departments to freeze non-essential spending.",
    ),
    table=Table(
        "{subject} budget history",
        (("Year", "year"), ("Total budget", "budget_alt"), ("Transit", "transit_alt")),
        style="lines",
    ),
    questions={
        "budget": (
            "How large was {subject}'s budget for {year}?",
            "What total spending did {subject} approve for {year}?",
            "How much money did the city of {subject} plan to spend in {year}?",
        ),
        "transit": (
            "How much did {subject} set aside for public transport in {year}?",
            "What was the {year} transit allocation in {subject}?",
        ),
        "tax_rate": (
            "What property tax rate did {subject} set for {year}?",
            "How high was the property levy in {subject} in {year}?",
        ),
        "new_hires": (
            "How many new positions did {subject}'s {year} budget fund?",
            "How many staff could {subject} add under its {year} budget?",
        ),
    },
    pairs=(
        (
            "budget",
            "tax_rate",
            "What were {subject}'s total budget and property tax rate in {year}?",
        ),
    ),
    spans=(
        ("budget", "How did {subject}'s budget in {year} compare with {year2}?"),
        ("transit", "What did {subject} budget for transit in {year}, {year2} and {year3}?"),
    ),
    months=(1, 3),
)

PHONE_LAUNCH = Family(
    name="phone_launch",
    subjects=twins("{}", "{} Pro", _phone_line),
    attributes={
        "price": number(299, 1399, "${}", "US${}", accepted=("${}",)),
        "launch_date": day((1, 12)),
        "chip": _chip,
        "battery": number(3000, 6000, "{} mAh", "{}mAh"),
    },
    extras={
        "model": lambda rng, subject, i: f"{subject} {i + 5}",
        "maker": lambda rng, subject, i: subject.split()[0],
    },
    passages=(
        "{date} ... {maker} unveiled the {model} on Tuesday. The phone starts at {price} and goes "
        "on sale on {launch_date}.",
        "{model} - specifications\nProcessor: {chip}\nBattery: {battery}\nLaunch price: "
        "{price_alt}\nRelease: {launch_date_alt} {year}",
        "Review | {outlet} | Published {date}\nBy {reporter}\nThe {model}'s {chip} chip is fast, "
        "but the real story is the {battery_alt} battery, which lasted two days in our tests.",
        "... pre-orders for the {model} open on {launch_date_alt}, {year}, with shipments the "
        "following week, {maker} said ...",
        "{date} ... Leaked benchmark results suggest the {year} {subject} flagship will keep last "
        "year's design; {maker} declined to comment.",
    ),
    table=Table(
        "{subject} series at a glance",
        (("Year", "year"), ("Model", "model"), ("Launch price", "price"), ("Chip", "chip")),
    ),
    questions={
        "price": (
            "How much did the {model} cost when it launched?",
            "What was the starting price of the {model}?",
        ),
        "launch_date": (
            "When did the {model} go on sale?",
            "On what date was the {model} released?",
        ),
        "chip": (
            "Which processor powers the {model}?",
            "What chip does the {model} use?",
        ),
        "battery": (
            "How big is the {model}'s battery?",
            "What battery capacity does the {model} have?",
        ),
    },
    pairs=(("price", "chip", "What did the {model} cost, and which processor does it run on?"),),
    spans=(
        ("price", "What were the launch prices of the {subject} phones of {year} and {year2}?"),
    ),
    months=(2, 10),
)

RESEARCH_GRANTS = Family(
    name="research_grants",
    subjects=lambda rng: _stem(rng, (place(rng),), ("Science Fund", "Health Fund", "Futures Fund")),
    attributes={
        "top_grant": money(1.1, 9.9, "million"),
        "recipient": _university,
        "lead": person,
        "topic": _topic,
        "total_awarded": money(20, 240, "million"),
    },
    passages=(
        "{date} ... The {subject} announced its largest award of {year}: {top_grant} to a team at "
        "the {recipient} led by {lead}, who studies {topic}.",
        "{subject} - {year} funding round\nTotal awarded: {total_awarded}\nLargest single grant: "
        "{top_grant_alt} ({recipient})",
        "By {reporter}\n{lead} had almost given up on {topic} when the call came in {year}: the "
        '{subject} would back the project. "It changes everything," {lead} said.',
        "... across {year}, the {subject} distributed {total_awarded_alt} to 140 projects, its "
        "annual report says, with a tilt towards early-career researchers ...",
        "{date} ... Applications for the {year} round of the {subject} closed on Friday with a "
        "record number of proposals, officials said.",
    ),
    questions={
        "top_grant": (
            "How much was the largest {subject} grant in {year}?",
            "What was the biggest single award the {subject} made in {year}?",
        ),
        "recipient": (
            "Which institution won the top {subject} grant in {year}?",
            "Where is the team that received the largest {subject} award of {year} based?",
        ),
        "lead": ("Who led the project that received the {subject}'s largest {year} grant?",),
        "topic": ("What research did the {subject}'s biggest {year} grant support?",),
        "total_awarded": (
            "How much did the {subject} award in total in {year}?",
            "What was the {subject}'s total payout for {year}?",
        ),
    },
    pairs=(
        (
            "top_grant",
            "recipient",
            "How much was the largest {subject} grant of {year}, and who received it?",
        ),
    ),
    spans=(("total_awarded", "How much did the {subject} hand out in {year} and in {year2}?"),),
    months=(3, 11),
)

ELECTIONS = Family(
    name="elections",
    subjects=twins("{} North", "{} South"),
    attributes={
        "winner": person,
        "runner_up": person,
        "vote_share": percent(38, 71),
        "turnout": percent(22, 68),
        "margin": number(112, 9800, "{} votes"),
    },
    extras={"party": lambda rng, subject, i: rng.choice(PARTIES)},
    passages=(
        "{date} ... {winner} ({party}) won the {subject} seat with {vote_share} of the vote, "
        "beating {runner_up} by {margin}.",
        "Official results - {subject}, {year}\nElected: {winner}\nShare of vote: "
        "{vote_share_alt}\nTurnout: {turnout}",
        "By {reporter} | {outlet}\nOnly {turnout_alt} of registered voters in {subject} cast a "
        "ballot in {year}, the lowest figure in two decades, election officials said.",
        "... {runner_up} conceded on election night in {subject}, telling supporters the {year} "
        'campaign had been "worth every knock on every door" ...',
        "{date} ... Candidates in {subject} met for a final televised debate ahead of the {year} "
        "vote, clashing over housing and bus routes.",
    ),
    table=Table(
        "{subject}: past results",
        (
            ("Election", "year"),
            ("Winner", "winner"),
            ("Share", "vote_share"),
            ("Turnout", "turnout"),
        ),
    ),
    questions={
        "winner": (
            "Who won the {year} election in {subject}?",
            "Who was elected to represent {subject} in {year}?",
            "Which candidate took the {subject} seat in {year}?",
        ),
        "runner_up": (
            "Who came second in {subject} in {year}?",
            "Which candidate lost the {year} race in {subject}?",
        ),
        "vote_share": ("What share of the vote did the winner in {subject} get in {year}?",),
        "turnout": (
            "What was voter turnout in {subject} in {year}?",
            "What percentage of registered voters took part in the {year} vote in {subject}?",
        ),
        "margin": ("By how many votes was the {year} race in {subject} won?",),
    },
    pairs=(
        ("winner", "turnout", "Who won {subject} in {year}, and what was the turnout?"),
        ("winner", "runner_up", "Who were the two leading candidates in {subject} in {year}?"),
    ),
    spans=(
        ("winner", "Who won the {subject} elections of {year} and {year2}?"),
        ("turnout", "How did turnout in {subject} compare between {year} and {year2}?"),
    ),
    step=2,
    months=(4, 11),
)

WEATHER_RECORDS = Family(
    name="weather_records",
    subjects=_twin_towns,
    attributes={
        "max_temp": number(
            31, 44.9, "{}°C", "{} degrees Celsius", digits=1, accepted=("{}°C", "{} degrees")
        ),
        "hottest_day": day((6, 8)),
        "rainfall": number(380, 1490, "{} mm", "{}mm", digits=1),
        "sunshine": number(
            1400,
            2600,
            "{} hours of sunshine",
            "{} sunshine hours",
            accepted=("{} hours", "{} sunshine"),
        ),
    },
    passages=(
        "{date} ... Temperatures in {subject} peaked at {max_temp} on {hottest_day}, the hottest "
        "day of {year}, the regional weather service said.",
        "{subject} weather station - annual summary {year}\nHighest temperature: {max_temp} on "
        "{hottest_day_alt}\nTotal rainfall: {rainfall}\nSunshine: {sunshine_alt}",
        "By {reporter} | {outlet}\n{subject} soaked up {sunshine} in {year}, one of the brightest "
        "years on record, while farmers complained of dry soil.",
        "... a total of {rainfall_alt} of rain fell on {subject} over {year}, well below the "
        "long-term average, the water board said ...",
        "{date} ... A heat warning was issued for {subject} as forecasters predicted the hottest "
        "spell of {year} so far; residents were urged to check on neighbours.",
    ),
    questions={
        "max_temp": (
            "What was the highest temperature recorded in {subject} in {year}?",
            "How hot did it get in {subject} during {year}?",
        ),
        "hottest_day": (
            "On which day was {subject}'s hottest of {year}?",
            "When did {subject} record its peak temperature in {year}?",
        ),
        "rainfall": (
            "How much rain fell in {subject} in {year}?",
            "What was {subject}'s total precipitation for {year}?",
        ),
        "sunshine": ("How many hours of sunshine did {subject} get in {year}?",),
    },
    pairs=(
        (
            "max_temp",
            "hottest_day",
            "How hot was {subject}'s hottest day of {year}, and when was it?",
        ),
        (
            "rainfall",
            "sunshine",
            "How much rain and how much sunshine did {subject} record in {year}?",
        ),
    ),
    spans=(("max_temp", "What were the peak temperatures in {subject} in {year} and {year2}?"),),
    months=(6, 8),
)

FILM_FESTIVAL = Family(
    name="film_festival",
    subjects=twins("{} Film Festival", "{} Documentary Festival"),
    attributes={
        "best_film": title,
        "director": person,
        "best_actor": person,
        "audience_award": lambda rng: plain(f"{rng.choice(NOUN)}s of {rng.choice(FAMILY)}"),
        "jury_president": person,
    },
    passages=(
        "{date} ... {best_film}, directed by {director}, won the top prize at the {year} "
        "{subject} on Saturday night.",
        "{subject} {year} - award winners\nGrand Prize: {best_film}\nBest Performance: "
        "{best_actor}\nAudience Award: {audience_award}",
        "By {reporter} | {outlet}\nThis year's {subject} jury, chaired by {jury_president}, took "
        "nine hours to agree, insiders say - an unusually long debate for the {year} edition.",
        "... {best_actor} picked up the performance award at the {year} {subject}, dedicating it "
        "to the crew ...",
        "{date} ... Festival-goers voted {audience_award} their favourite film of the {year} "
        "{subject}, organisers announced.",
        "{date} ... The {subject} unveiled its {year} line-up: 18 films in competition, six of "
        "them debut features, and a new section for short films.",
    ),
    questions={
        "best_film": (
            "Which film won the grand prize at the {year} {subject}?",
            "What was the top film at the {subject} in {year}?",
        ),
        "director": ("Who directed the film that won the {year} {subject}?",),
        "best_actor": ("Who received the best performance award at the {subject} in {year}?",),
        "audience_award": ("Which film won the audience award at the {year} {subject}?",),
        "jury_president": (
            "Who chaired the {subject} jury in {year}?",
            "Who was jury president at the {year} {subject}?",
        ),
    },
    pairs=(
        ("best_film", "director", "Which film won at the {year} {subject}, and who directed it?"),
    ),
    spans=(("best_film", "Which films won the {subject} in {year} and {year2}?"),),
    months=(8, 10),
)

DEV = (
    CUP_FINAL,
    COMPANY_RESULTS,
    CITY_BUDGET,
    PHONE_LAUNCH,
    RESEARCH_GRANTS,
    ELECTIONS,
    WEATHER_RECORDS,
    FILM_FESTIVAL,
)
