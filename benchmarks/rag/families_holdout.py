"""The holdout split's families: written without looking at the answerer, for honest figures.

Hospital waiting times, port throughput, university rankings, reservoir levels, concert tours,
league seasons, software releases and court statistics: topics neither dev nor test has. Their
passages use layouts of real collections that the other splits do not (Markdown tables with a
rule, "Key facts" bullet lists, long press-release paragraphs with the fact among other figures,
tab-separated rows, changelog and year headings), besides search snippets cut with "...", FAQ
and interview quotes, and sentences that say the fact with words the question does not use
("were crowned", "disposed of", "bottomed out"). The set was written without reading the
answerer, and nobody tunes on it: once its figures have been seen, a change to the answerer
that they prompted needs yet another split to be measured honestly.
"""

from __future__ import annotations

import random

from benchmarks.rag.lookalike import Family, Table
from benchmarks.rag.vocab import (
    BRAND,
    FAMILY,
    Maker,
    Value,
    day,
    money,
    number,
    percent,
    person,
    plain,
    team,
    title,
    town,
    twins,
)

FEATURE_HEAD = "live smart instant shared private adaptive offline guided".split()
FEATURE_TAIL = (
    "sync search snapshots workspaces dictation backups sandboxing profiles previews translation"
).split()


def _ordinal(low: int, high: int) -> Maker:
    """A league-table place: "57th" or "No. 57"."""

    def make(rng: random.Random) -> Value:
        place = rng.randint(low, high)
        teen = place % 100 in (11, 12, 13)
        suffix = "th" if teen else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
        forms = (f"{place}{suffix}", f"No. {place}")
        return Value(forms, forms)

    return make


def _version(rng: random.Random) -> Value:
    """A release number: "12.4.1", or "v12.4.1" in a changelog."""
    release = f"{rng.randint(2, 29)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"
    return Value((release, f"v{release}"), (release,))


def _feature(rng: random.Random) -> Value:
    """A headline feature of a release: "offline sync"."""
    return plain(f"{rng.choice(FEATURE_HEAD)} {rng.choice(FEATURE_TAIL)}")


def _case(rng: random.Random) -> Value:
    """A case name: "Garrow v Novak", or "Garrow v. Novak" in a news story."""
    first, second = rng.sample(FAMILY, 2)
    forms = (f"{first} v {second}", f"{first} v. {second}")
    return Value(forms, forms)


def _beds(rng: random.Random, subject: str, index: int) -> str:
    """The hospital's bed count: context that no question asks."""
    return str(rng.randint(180, 990))


HOSPITAL = Family(
    name="hospital",
    subjects=twins("{} General Hospital", "{} Community Hospital"),
    attributes={
        "median_wait": number(
            70, 290, "{} minutes", "{} min", accepted=("{} minutes", "{} min", "{} mins")
        ),
        "patients": number(18000, 240000, "{} patients", "{}", accepted=("{}",)),
        "chief_executive": person,
        "four_hour": percent(52, 94),
    },
    passages=(
        "| {subject} | {year} |\n|---|---|\n| Emergency attendances | {patients_alt} |\n"
        "| Median wait in A&E | {median_wait} |\n| Seen within four hours | {four_hour} |",
        "{date_next} — {subject} today published its annual performance report for {year}. The "
        "hospital, which runs {beds} beds across two sites, said its emergency department "
        "treated {patients} over the year, while the median time from arrival to treatment was "
        "{median_wait_alt}, a figure the board described as 'still too long'. Recruitment of "
        "additional nurses is under way and a minor-injuries unit will open later this year.",
        "{subject} A&E waits: latest figures | {outlet}\n{date} ... Only {four_hour_alt} of "
        "patients at {subject} were seen within four hours in {year}, well short of the national "
        "target ... Read more",
        "'We are not where we want to be,' {chief_executive}, chief executive of {subject}, told "
        "{outlet} in {year}. 'But the corridor waits are shorter than they were last winter.'",
        "Board papers, {subject}, {date}\nThe meeting was chaired by the non-executive chair. The "
        "chief executive, {chief_executive}, presented the {year} winter plan; {beds} beds "
        "remain open.",
        "Q: How long will I wait at the {subject} emergency department?\nA: It depends on how "
        "urgent your case is. Across {year} the median wait was {median_wait}, but very sick "
        "patients are always seen first.",
    ),
    background=(
        "{subject} opened in 1968 and serves the town and the surrounding villages. Visiting "
        "hours are 2pm to 8pm; parking is free for blue-badge holders.",
    ),
    extras={"beds": _beds},
    questions={
        "median_wait": (
            "How long was the median wait in A&E at {subject} in {year}?",
            "What was the typical emergency waiting time at {subject} in {year}?",
        ),
        "patients": (
            "How many emergency patients did {subject} treat in {year}?",
            "How many A&E attendances did {subject} record in {year}?",
        ),
        "chief_executive": (
            "Who was the chief executive of {subject} in {year}?",
            "Who ran {subject} in {year}?",
        ),
        "four_hour": (
            "What share of patients at {subject} were seen within four hours in {year}?",
            "What percentage of A&E patients at {subject} were treated within four hours in "
            "{year}?",
        ),
    },
    pairs=(
        (
            "patients",
            "median_wait",
            "How many patients came to the emergency department of {subject} in {year}, and "
            "what was the median wait?",
        ),
    ),
    spans=(("median_wait", "Compare the median A&E wait at {subject} in {year} and {year2}."),),
)

PORT = Family(
    name="port",
    subjects=twins("Port of {}", "{} Inland Port"),
    attributes={
        "teu": number(150000, 9800000, "{} TEU", "{}", accepted=("{}",)),
        "tonnage": number(
            4, 190, "{} million tonnes", "{}mt", digits=1, accepted=("{} million", "{}mt")
        ),
        "vessel_calls": number(900, 14000, "{} vessel calls", "{} ship calls", accepted=("{}",)),
        "top_partner": town,
    },
    passages=(
        "Port\tYear\tContainers (TEU)\tTotal cargo\n{subject}\t{year}\t{teu_alt}\t{tonnage}",
        "{subject} - Wikipedia\n... In {year} the port handled {teu}, ranking it among the "
        "busiest on the coast. Its deep-water berths were dredged again in {next_year} ...",
        "{date_next} — The board of the {subject} reported a record {year} on Tuesday. Container "
        "volumes climbed to {teu}, {vessel_calls} were logged by the harbour office, and the new "
        "automated gate cut average truck turnaround by a third, the chief executive said, adding "
        "that rail's share of onward freight had risen for a fourth year.",
        "{subject} at a glance ({year})\n- Containers: {teu}\n- Total throughput: {tonnage_alt}\n"
        "- Main trading partner: {top_partner}",
        "Q: Where do most ships leaving the {subject} go?\nA: In {year} the busiest lane ran to "
        "{top_partner}, with sailings almost every day.",
        "{year} was a busy year on the quays: {tonnage} of goods were loaded or unloaded at the "
        "{subject}, and {vessel_calls_alt} were recorded.",
    ),
    table=Table(
        "{subject}: containers handled, {year}-{last_year}",
        (("Year", "year"), ("TEU", "teu_alt")),
        style="csv",
    ),
    questions={
        "teu": (
            "How many containers did the {subject} handle in {year}?",
            "What was container throughput at the {subject} in {year}?",
        ),
        "tonnage": (
            "How much cargo passed through the {subject} in {year}?",
            "What was the total tonnage handled by the {subject} in {year}?",
        ),
        "vessel_calls": ("How many ships called at the {subject} in {year}?",),
        "top_partner": (
            "Which was the main trade destination for the {subject} in {year}?",
            "Where did the busiest shipping lane from the {subject} lead in {year}?",
        ),
    },
    pairs=(
        (
            "teu",
            "tonnage",
            "How many containers and how much cargo in total did the {subject} handle in {year}?",
        ),
    ),
    spans=(("teu", "What was the {subject}'s container volume in {year}, {year2} and {year3}?"),),
)

UNIVERSITY = Family(
    name="university",
    subjects=twins("{} University", "{} Metropolitan University"),
    attributes={
        "enrolment": number(6000, 62000, "{} students", "{}", accepted=("{}",)),
        "rank": _ordinal(21, 380),
        "vice_chancellor": person,
        "tuition": number(4200, 38000, "${}", accepted=("{}",)),
    },
    passages=(
        "## {year}\n{subject} climbed to {rank} in the national league table, its best placing "
        "in a decade. Enrolment stood at {enrolment}.",
        "How much does it cost to study at {subject}?\nFor the {year}-{next_year} academic year, "
        "undergraduate tuition is {tuition} a year for home students. Fees for international "
        "students are set separately.",
        "'Our students come first, and the results show it,' said Professor {vice_chancellor}, "
        "vice-chancellor of {subject}, at the {year} graduation ceremony.",
        "{date} — {subject} welcomed a record intake this autumn. Total enrolment for {year} "
        "reached {enrolment}, a quarter of them postgraduates, and the university came {rank} in "
        "this year's national guide, Professor {vice_chancellor} told staff in an email.",
        "| Indicator | {subject}, {year} |\n|---|---|\n| Students enrolled | {enrolment_alt} |\n"
        "| Undergraduate fee | {tuition} |\n| League table position | {rank_alt} |",
        "{outlet} University Guide {year} ... {subject} (ranked {rank_alt}) ... strong on "
        "graduate prospects, weaker on student satisfaction ...",
    ),
    table=Table(
        "{subject} in the national rankings",
        (("Year", "year"), ("Position", "rank")),
        style="pipe",
    ),
    questions={
        "enrolment": (
            "How many students were enrolled at {subject} in {year}?",
            "What was total enrolment at {subject} in {year}?",
        ),
        "rank": (
            "Where did {subject} rank in the national league table in {year}?",
            "What position did {subject} reach in the {year} rankings?",
        ),
        "vice_chancellor": (
            "Who was vice-chancellor of {subject} in {year}?",
            "Who headed {subject} in {year}?",
        ),
        "tuition": (
            "How much was undergraduate tuition at {subject} in {year}?",
            "What did a year of undergraduate study at {subject} cost in {year}?",
        ),
    },
    pairs=(
        (
            "enrolment",
            "rank",
            "How many students did {subject} have in {year}, and where did it rank?",
        ),
    ),
    spans=(
        ("rank", "How did {subject}'s league-table position change between {year} and {year2}?"),
    ),
    months=(9, 11),
)

RESERVOIR = Family(
    name="reservoir",
    subjects=twins("{} Reservoir", "Upper {} Reservoir"),
    attributes={
        "level": percent(18, 88),
        "low_date": day((6, 10)),
        "supply": number(
            40, 980, "{} megalitres a day", "{} Ml/d", accepted=("{} megalitres", "{} Ml/d")
        ),
        "volume": number(
            1.2, 98, "{} billion litres", "{}bn litres", digits=1, accepted=("{} billion", "{}bn")
        ),
    },
    passages=(
        "{outlet} › news › {year}\n{date} — Stocks at {subject} fell to {level} of capacity "
        "this year, the lowest point being reached on {low_date} ... hosepipe ban not ruled "
        "out ...",
        "Water resources summary, {year} - {subject}\n- Storage at season low: {level_alt}\n- "
        "Date of lowest level: {low_date_alt}\n- Average daily abstraction: {supply_alt}",
        "{date} ... An average of {supply} was drawn from {subject} during {year} to supply "
        "homes and businesses in the district, the water company said.",
        "Q: How much water does {subject} hold?\nA: At its {year} peak, {subject} held {volume}, "
        "enough to supply the region for roughly two years without rain.",
        "Reservoir\tYear\tPeak storage\tLowest level\n{subject}\t{year}\t{volume_alt}\t{level}",
        "'It was the lowest we had seen it in years,' said {reporter}, who walks the dam every "
        "morning, of the day {subject} bottomed out on {low_date}, {year}.",
    ),
    background=(
        "{subject} was built in the 1930s by damming a narrow valley. Fishing is allowed from "
        "April to October with a day permit.",
    ),
    questions={
        "level": (
            "How full was {subject} at its lowest point in {year}?",
            "What was the lowest storage level at {subject} in {year}?",
        ),
        "low_date": (
            "On what date did {subject} reach its lowest level in {year}?",
            "When did {subject} hit its {year} low?",
        ),
        "supply": ("How much water was drawn from {subject} each day in {year}?",),
        "volume": ("How much water did {subject} hold at its peak in {year}?",),
    },
    pairs=(("level", "low_date", "How low did {subject} get in {year}, and on what date?"),),
    spans=(("level", "Compare the lowest levels of {subject} in {year} and {year2}."),),
    months=(11, 12),
)

CONCERT_TOUR = Family(
    name="concert_tour",
    subjects=twins("{}", "{} Band", lambda rng: person(rng).text),
    attributes={
        "gross": money(8, 420, "million"),
        "shows": number(24, 160, "{} shows", "{} concerts", accepted=("{} shows", "{} concerts")),
        "tour_name": title,
        "tickets": number(150000, 2900000, "{} tickets", "{}", accepted=("{}",)),
    },
    passages=(
        "Boxscore | {date}\nArtist\tTour\tGross\tAttendance\n{subject}\t{tour_name}\t{gross}\t"
        "{tickets_alt}",
        '{date} — {subject} wrapped up the {year} leg of "{tour_name}" on Sunday after '
        "{shows}. Promoters put the takings at {gross_alt}, with {tickets} sold across three "
        "continents, and said a live album recorded on the final night would follow in "
        "{next_year}.",
        "'We never expected {tickets_alt} people to come and see us,' the drummer of {subject} "
        "told {outlet} after the {year} tour.",
        '"{tour_name}" - {subject} | Tour dates {year} ... {shows_alt} across Europe and North '
        "America ... Tickets on sale now ...",
        "### {year}: {tour_name}\n{subject} spent most of {year} on the road; the tour took in "
        "{gross} at the box office.",
        "{date} - {subject} announced a break from touring after {year} to record new material.",
    ),
    questions={
        "gross": (
            "How much did {subject}'s {year} tour gross?",
            "What were the box-office takings of {subject}'s {year} tour?",
        ),
        "shows": ("How many concerts did {subject} play on tour in {year}?",),
        "tour_name": (
            "What was {subject}'s {year} tour called?",
            "Under what name did {subject} tour in {year}?",
        ),
        "tickets": (
            "How many tickets did {subject} sell on tour in {year}?",
            "How many fans attended {subject}'s concerts in {year}?",
        ),
    },
    pairs=(
        (
            "tour_name",
            "gross",
            "What was the name of {subject}'s {year} tour, and how much did it earn?",
        ),
    ),
    spans=(("gross", "Compare the grosses of {subject}'s tours in {year} and {year2}."),),
)

LEAGUE = Family(
    name="league",
    subjects=twins("{} Football League", "{} Women's Football League"),
    attributes={
        "champion": team,
        "top_scorer": person,
        "goals": number(17, 46, "{} goals", accepted=("{} goals",)),
        "points": number(61, 99, "{} points", "{} pts", accepted=("{} points", "{} pts")),
    },
    passages=(
        "{subject} {year} - final table (top)\n| Pos | Club | Pld | Pts |\n|---|---|---|---|\n"
        "| 1 | {champion} | 34 | {points_alt} |",
        "{year} {subject} season - key facts\n- Champion: {champion}\n- Golden Boot: "
        "{top_scorer} ({goals})\n- Relegated: none",
        "{date} ... {champion} were crowned {subject} champions for {year} after a goalless "
        "draw on the final day, finishing on {points} ...",
        "{outlet} › Sport\n{date} ... {top_scorer} finished the {year} {subject} season with "
        "{goals}, three clear of the nearest challenger ...",
        "Season\tChampions\tPoints\n{year}\t{champion}\t{points_alt}",
        "'I just wanted to help the team,' said {top_scorer}, whose {goals} made the striker "
        "the {subject}'s leading marksman in {year}.",
    ),
    table=Table(
        "{subject} - past champions",
        (("Season", "year"), ("Champions", "champion"), ("Top scorer", "top_scorer")),
        style="lines",
    ),
    questions={
        "champion": (
            "Who won the {subject} in {year}?",
            "Which club were {subject} champions in {year}?",
        ),
        "top_scorer": (
            "Who was the top scorer in the {subject} in {year}?",
            "Who scored the most goals in the {year} {subject} season?",
        ),
        "goals": ("How many goals did the {subject}'s top scorer score in {year}?",),
        "points": ("How many points did the {subject} champions finish with in {year}?",),
    },
    pairs=(
        (
            "champion",
            "top_scorer",
            "Who won the {year} {subject}, and who was its top scorer?",
        ),
    ),
    spans=(("champion", "Which clubs won the {subject} in {year} and {year2}?"),),
    months=(5, 6),
)

SOFTWARE_RELEASE = Family(
    name="software_release",
    subjects=twins("{}OS", "{}OS Server", lambda rng: rng.choice(BRAND)),
    attributes={
        "version": _version,
        "release_date": day((1, 12)),
        "headline_feature": _feature,
        "release_manager": person,
    },
    passages=(
        "## {subject} {version_alt} — {release_date}, {year}\n### Highlights\n- "
        "New: {headline_feature}, on by default\n- Faster start-up on older hardware\n- Dozens of "
        "bug fixes",
        "{subject} {version} is out. Released on {release_date}, {year}, the update adds "
        "{headline_feature}, which users have asked for since the {prev_year} beta ... Download "
        "now ...",
        "Release announcement, {year} — The {subject} project has made its new release "
        "generally available. Among some 1,400 changes merged by more than 300 contributors, "
        "the headline addition is {headline_feature}, and release manager {release_manager} "
        "thanked the testers who had run nightly builds since the spring.",
        "Q: Which {subject} release should I install?\nA: For {year}, the supported release is "
        "{version}; older releases get security fixes for another twelve months.",
        "'Honestly, {headline_feature} was the thing people asked for most,' says "
        "{release_manager}, who led the {year} release of {subject}.",
        "Release\tDate\tStatus\n{version}\t{release_date}, {year}\tsupported",
    ),
    questions={
        "version": (
            "Which version of {subject} came out in {year}?",
            "What was the version number of the {year} {subject} release?",
        ),
        "release_date": (
            "When was {subject}'s {year} release published?",
            "On what date in {year} did the new {subject} version ship?",
        ),
        "headline_feature": (
            "What was the headline feature of the {year} {subject} release?",
            "What was the main new feature in {subject} in {year}?",
        ),
        "release_manager": (
            "Who was the release manager for {subject} in {year}?",
            "Who led the {year} release of {subject}?",
        ),
    },
    pairs=(
        (
            "version",
            "headline_feature",
            "Which version of {subject} was released in {year}, and what was its main new feature?",
        ),
    ),
    spans=(("version", "Which versions of {subject} were released in {year} and {year2}?"),),
)

COURT = Family(
    name="court",
    subjects=twins("{} Crown Court", "{} County Court"),
    attributes={
        "cases": number(800, 24000, "{} cases", "{}", accepted=("{}",)),
        "days": number(90, 700, "{} days", accepted=("{} days",)),
        "presiding_judge": person,
        "landmark_case": _case,
    },
    passages=(
        "Key statistics - {subject}, {year}\n- Cases disposed of: {cases}\n- Median time to "
        "verdict: {days}\n- Sitting days lost to staff shortages: fewer than last year",
        "{landmark_case} [{year}] {subject}\nJudgment handed down by {presiding_judge}, "
        "resident judge. The appeal was allowed in part and the case sent back for a fresh "
        "hearing.",
        "{date} — A ruling handed down at {subject} in {landmark_case_alt} was described by "
        "lawyers as the most significant of {year}, and is expected to be cited for years.",
        "{outlet} ... {subject} disposed of {cases} in {year}, court service figures show, "
        "though the backlog of cases waiting to be heard grew ...",
        "Q: How long do cases take at {subject}?\nA: In {year}, the median time from first "
        "hearing to verdict was {days}.",
        "| {subject} | {year} |\n|---|---|\n| Resident judge | {presiding_judge} |\n| Cases "
        "completed | {cases_alt} |",
    ),
    questions={
        "cases": (
            "How many cases did {subject} complete in {year}?",
            "How many cases were dealt with at {subject} in {year}?",
        ),
        "days": (
            "How long did a case take to reach a verdict at {subject} in {year}?",
            "What was the median time to verdict at {subject} in {year}?",
        ),
        "presiding_judge": (
            "Who was the senior judge at {subject} in {year}?",
            "Which judge presided at {subject} in {year}?",
        ),
        "landmark_case": (
            "What was the landmark case decided at {subject} in {year}?",
            "Which ruling from {subject} made headlines in {year}?",
        ),
    },
    pairs=(
        (
            "cases",
            "days",
            "How many cases did {subject} complete in {year}, and how long did they take?",
        ),
    ),
    spans=(("cases", "How many cases did {subject} complete in {year} and {year2}?"),),
)

HOLDOUT = (
    HOSPITAL,
    PORT,
    UNIVERSITY,
    RESERVOIR,
    CONCERT_TOUR,
    LEAGUE,
    SOFTWARE_RELEASE,
    COURT,
)
