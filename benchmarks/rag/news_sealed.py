"""Hand-written news clusters for the sealed split of the English news set (all of it fictional).

Same shape and style as ``news_dev.py``, ``news_held.py`` and ``news_blind.py`` with subjects none of
them uses (a national science prize, an appliance recall, a city budget, an opera premiere, a
mining company's output, an open-water swim, a state referendum, a box-office weekend, a container
port's volumes, an esports final). Written in session 12 by someone who had not seen the answerer,
and measured at the end of that session on the release before and on that session's code, with only
the totals looked at. Read in session 13, once en_news_vault had been written to replace it as
the held-out split, and worked on since.
Every person, company, town, event and figure here is made up.
"""

from __future__ import annotations

from benchmarks.rag.news_dev import Cluster, fact, multi, plain

SCIENCE_PRIZE = Cluster(
    "vennick-prize",
    {
        "win2024": 'Oct 2, 2024 — LINDQVAR (Tessaly Press Agency) — A soil microbiologist whose bacteria can lock carbon into ploughed fields for decades has won the Vennick Prize, the country\'s highest award for the natural sciences. Dr Amara Quell-Tonsberg, 46, who leads the rhizosphere group at the University of Harrowgate, will receive 400,000 crowns and the academy\'s gold medal. "I honestly thought it was a prank call," she said. The academy praised work that had "changed how farmers think about what lies beneath their boots" ...',
        "win2023": 'Glaciologist named 2023 Vennick laureate\nBy Hanne Solvik | Science Desk | 4 October 2023\nThe National Academy of Tessaly has awarded this year\'s Vennick Prize to Petr Ansel-Rudd of the Polar Institute in Vardhus for three decades of measurements on the Skarn ice cap. The award carries 350,000 crowns. Ansel-Rudd, 61, said he would share the money with the field technicians who had "done the real work in the cold".',
        "forum2022": "Re: Vennick predictions thread (again)\nPosted by isotope_ida » Thu Sep 28, 2023 9:02 pm\nLast year everyone said it would finally go to a physicist and then it went to Hallie Brennock-Shaw for the catalysis work, so honestly who knows. My money this time is on someone in climate science. Anyone know when the announcement is? Usually first week of October but the academy never says in advance ...",
        "runnerup": "Oct 3, 2024 ... The academy does not publish a shortlist, but this year's committee chair, Prof. Lars Emmerich, confirmed that the final vote had come down to two candidates. The neuroscientist Jonas Feld-Arnaud, whose lab at Brisk University mapped memory circuits in songbirds, is understood to have missed out narrowly and has been given the academy's Honorary Citation instead, which carries no prize money ...",
        "infobox": "Vennick Prize\nAwarded for: Outstanding contributions to the natural sciences · Country: Tessaly · Presented by: National Academy of Tessaly · First awarded: 1961 · Reward: gold medal and prize money (raised in 2024 from 350,000 to 400,000 crowns) · Website: academy.ts/vennick",
        "ceremony": "Updated 5 hours ago\nThe 2024 Vennick Prize will be presented by the Crown Princess at a ceremony in the Great Hall of the Academy in Lindqvar on 28 November, the academy said on Wednesday. This year's laureate will give a public lecture the following afternoon. Tickets for the lecture are free but must be booked through the academy's website, and the hall holds only 600 people ...",
        "ceremony2023": 'Nov 30, 2023 — There was a standing ovation in Lindqvar last night as the glaciologist Petr Ansel-Rudd collected his Vennick medal, wearing the battered field jacket he has worn on every expedition since 1994. In a short speech he thanked "the ice, which never lies", and called on the government to fund a new polar research station before ...',
        "rules": "Academy opens Vennick Prize to teams\nMarch 14, 2023 — From the 2025 award onwards, up to three scientists may share the Vennick Prize, the National Academy of Tessaly has decided, ending a rule that had stood since the prize was founded. The change follows years of criticism that a single-winner award ignores how modern science is done. The prize money will be divided equally between the winners.",
    },
    (
        plain(
            "Who won the Vennick Prize in 2024?",
            ("Amara Quell-Tonsberg", "Quell-Tonsberg"),
            "win2024",
        ),
        plain(
            "How much prize money comes with the 2024 Vennick Prize?",
            ("400,000 crowns", "400,000"),
            "win2024",
            "infobox",
        ),
        plain("From which year can a team share the Vennick Prize?", ("2025",), "rules"),
        multi(
            "Who were the Vennick Prize laureates in 2022 and 2023?",
            (("Hallie Brennock-Shaw", "Brennock-Shaw"), ("forum2022",)),
            (("Petr Ansel-Rudd", "Ansel-Rudd"), ("win2023", "ceremony2023")),
        ),
        fact(
            "When will the 2024 Vennick Prize be handed over?",
            ("28 November", "November 28"),
            ("26 November", "November 26"),
            "ceremony",
        ),
    ),
)

KETTLE_RECALL = Cluster(
    "brannock-kettle-recall",
    {
        "recall": "Brannock recalls thousands of kettles over burn risk\nMar 3, 2025 | By Colette Mbeki, Consumer Affairs\nBrannock Appliances is recalling the KettlePro 2 electric kettle after reports that its power base can overheat and scorch worktops. The firm said it had received 47 reports of overheating, six of them involving minor burns, and that customers should unplug the kettle and stop using it straight away. About 212,000 units were sold between June 2023 and January 2025 through supermarkets and the company's own ...",
        "notice": "PRODUCT SAFETY AUTHORITY — RECALL NOTICE PSA-2025-0148\nProduct: KettlePro 2 cordless kettle (models BK-220, BK-221) · Brand: Brannock · Hazard: the power base may overheat, posing fire and burn risks · Units affected: approx. 212,000 · Incidents: 47 overheating reports, 6 minor burns · Remedy: full refund on return of the base · Contact: Brannock free recall line, 8am–8pm daily",
        "widened": "Apr 14, 2025 ... Brannock Appliances has widened its kettle recall to take in the KettlePro 2 Glass, a see-through version of the same model, after the safety authority found that it shared the faulty base. A further 64,000 units are affected, taking the number recalled to roughly 276,000. Refunds are being processed within 21 days, the firm said, and no new injuries have been reported since the first notice ...",
        "toaster": "Brannock Appliances recalls SlimToast 4 toasters\nNovember 2022 — Around 58,000 SlimToast 4 toasters are being recalled because the crumb tray can trap heat and, in rare cases, smoulder. The company, which has sold small kitchen appliances since 1987, said there had been no injuries. Customers will be offered a replacement or a refund and can check their model number on the underside of the toaster.",
        "profile": "Brannock Appliances Ltd — company profile\nIndustry: Small domestic appliances · Founded: 1987 · Headquarters: Castleby, Oldmoor · Key people: Ruth Okonjo-Marsh (CEO), Declan Ferris (chair) · Products: kettles, toasters, irons, air fryers · Revenue: £388m (2024) · Employees: ~1,900",
        "shares": 'Brannock shares slide after kettle recall\nShares in the Castleby-based appliance maker fell 9% on Monday, their biggest one-day drop since the company listed. In a statement to the stock exchange the firm put the cost of the recall at about £14 million, which it said would be absorbed within this year\'s results, and said it did not expect the dividend to be affected. Analysts at Merrow & Finch called the hit "painful but manageable" ...',
        "forum": "Re: Brannock kettle recall — refund experience?\nPosted by teapot_tony » Sat Apr 5, 2025\nFilled in the form on the 10th of March, got the prepaid bag a week later, money back in my account yesterday. So just under four weeks all in. They only want the base back, not the jug, which is odd. Mine never overheated tbh but the wife wasn't taking any chances after seeing the photos online ...",
        "kettle3": 'Brannock KettlePro 3 review: the replacement nobody asked for?\nArriving just months after the KettlePro 2 recall, Brannock\'s new kettle has a redesigned base with a thermal fuse, a 1.7-litre jug and a 3kW element. It costs £49.99, ten pounds more than its predecessor. The chief executive told us the firm had "learned hard lessons". Boil time for a full jug: 3 min 52 s. Verdict: 4/5.',
    },
    (
        plain(
            "How many KettlePro 2 kettles did Brannock recall in March 2025?",
            ("212,000",),
            "recall",
            "notice",
        ),
        plain("brannock appliances headquarters", ("Castleby",), "profile", "shares"),
        plain(
            "What did Brannock say the kettle recall would cost it?",
            ("£14 million", "£14m", "14 million pounds"),
            "shares",
        ),
        multi(
            "How many SlimToast 4 toasters were recalled, and how many KettlePro 2 Glass units were added to the kettle recall?",
            (("58,000",), ("toaster",)),
            (("64,000",), ("widened",)),
        ),
        fact(
            "How many overheating reports had Brannock received when it recalled the KettlePro 2?",
            ("47",),
            ("61",),
            "recall",
            "notice",
        ),
    ),
)

CITY_BUDGET = Cluster(
    "pellham-budget",
    {
        "draft": "Dec 11, 2024 ... Pellham City Council's draft budget for 2025/26, published on Tuesday, sets aside £295m for housing and £176m for transport, and proposes a council tax rise of 3.99%. Council leader Anwen Castellano said the figures were \"a starting point\" and that the final plan would depend on the government's funding settlement, due before Christmas. Consultation runs until 24 January ...",
        "final": "Pellham budget passed: more for housing, higher council tax\nBy Rhys Adebayo | Pellham Courier | Feb 26, 2025\nCouncillors last night approved a 2025/26 budget that puts £312m into housing, £17m more than was proposed in December, after a better-than-expected settlement from central government. Council tax will go up by 4.99%, the most allowed without a local referendum. Transport gets £188m, most of it for bus priority schemes and design work on the long-delayed Ferrybridge tram ...",
        "lastyear": "Feb 2024 — Pellham's 2024/25 budget was approved by 38 votes to 21 on Wednesday evening. It allocates £268m to housing and £201m to transport, and increases council tax by 2.99%, below the cap for the second year running. Opposition councillors said the transport figure had been flattered by one-off government grants that would not be repeated ...",
        "amend": 'Feb 25, 2025 — An amendment from the Liberal group that would have moved £10m from road resurfacing to free bus travel for under-18s was defeated by 31 votes to 24 during tonight\'s budget debate at Pellham Town Hall. Group leader Ifeoma Stroud said the ruling group had "chosen potholes over teenagers". The main budget vote is expected later this evening.',
        "tram": "Ferrybridge tram extension: what we know\nUpdated 3 hours ago\nThe 4.2km extension would run from Pellham Central to Ferrybridge with six new stops. The council puts the cost at £640m, with construction expected to start in 2027 if ministers approve the business case this summer. Critics say the line duplicates the number 9 bus route ...",
        "bandd": "Re: Council tax letter arrived\nPosted by ferrybridge_fi » 3 Mar 2025\nJust got ours. Band D in Pellham goes up to £2,104.37 for 2025/26 (city council plus police and fire). Last year we paid £2,004 and something. Anyone know if the single person discount is still 25%? Also the direct debit starts in April not May this time, caught me out ...",
        "table": "Pellham City Council — Budget 2025/26 (approved) — headline allocations\nService area | £m | change on 2024/25\nHousing | 312 | +44\nTransport | 188 | −13\nAdult social care | 421 | +29\nChildren's services | 356 | +18\nSource: Budget book, Appendix B",
    },
    (
        plain(
            "How much will Pellham City Council spend on housing in 2025/26?",
            ("£312m", "£312 million", "312"),
            "final",
            "table",
        ),
        plain("pellham band d council tax 2025/26", ("£2,104.37", "2,104.37"), "bandd"),
        multi(
            "By how much did Pellham raise council tax in 2024/25 and in 2025/26?",
            (("2.99%",), ("lastyear",)),
            (("4.99%",), ("final",)),
        ),
        fact(
            "How much does Pellham's 2025/26 budget allocate to transport?",
            ("£188m", "£188 million", "188"),
            ("£196m", "£196 million", "196"),
            "final",
            "table",
            swap=(("£188m", "£196m"), ("| 188 |", "| 196 |")),
        ),
    ),
)

OPERA = Cluster(
    "salt-widow-opera",
    {
        "review": "★★★★☆ The Salt Widow, Kessler Opera House — review\nBy Fenella Graye | Mar 15, 2024\nIlario Castelmare's first opera in five years is a slow-burning, often beautiful thing that asks a lot of its audience and gives most of it back. Odile Varga-Stein, in the title role, holds the stage for close to three hours with a voice that seems to come up from the sea floor. In the pit, Benedikt Aro keeps the long second act moving. The libretto, by the poet Tamsin Ochoa-Reyes, is spare to the point of ...",
        "infobox": "The Salt Widow\nOpera by Ilario Castelmare · Librettist: Tamsin Ochoa-Reyes · Language: English · Premiere: 14 March 2024, Kessler Opera House, Marisport · Acts: 3 · Duration: c. 2 h 50 min · Commissioned by: Kessler Opera House and the Aldwyn Festival",
        "announce": "Sep 2023 — The Kessler Opera House has announced its 2023/24 season, and the centrepiece is a new commission from Ilario Castelmare. The Salt Widow, a story of a fishing village that loses its men in one storm, will open on 7 March 2024, conducted by Hugo Sandrell. Casting for the title role will be announced in the new year. Booking opens to members on 2 October ...",
        "postpone": "Jan 19, 2024 ... The Kessler has pushed back the opening of The Salt Widow by a week to allow extra stage rehearsals for the opera's flooding set, which uses 12 tonnes of water. Hugo Sandrell has also withdrawn for health reasons; the house's music director, Benedikt Aro, will conduct all eight performances instead. Ticket holders will be contacted by email ...",
        "revival": "The Salt Widow returns: new soprano in the title role\nJune 3, 2025 — The Kessler Opera House will revive last year's sell-out premiere in October, with the soprano Maren Holt, best known for her Isolde in Tollerby, as the widow. The role's creator is expecting her first child and has stepped back for the season. Eight performances are planned, again with the house orchestra ...",
        "glass": 'Glass Orchard (opera)\nGlass Orchard is the second opera by Ilario Castelmare. It premiered at the Aldwyn Theatre in Tollerby on 14 November 2019, conducted by Hugo Sandrell, with the soprano Ines Carrow as Margit. Critics praised its orchestration but found the libretto, by the composer himself, "wordy". A recording was released in 2021 ...',
        "sales": "Kessler's new opera sells out in 36 hours\nAll eight performances of The Salt Widow, which had its premiere on March 14, sold out within a day and a half, the Kessler Opera House said, a first for a new work at the house. A live cinema relay is planned for April, and the house is in talks about a recording. Returns are released every Friday at noon.",
    },
    (
        plain(
            "Who conducted the world premiere of The Salt Widow?",
            ("Benedikt Aro",),
            "review",
            "postpone",
        ),
        plain(
            "salt widow opera libretto by",
            ("Tamsin Ochoa-Reyes", "Ochoa-Reyes"),
            "review",
            "infobox",
        ),
        multi(
            "Who sang the title role in The Salt Widow at its 2024 premiere, and who sings it in the 2025 revival?",
            (("Odile Varga-Stein", "Varga-Stein"), ("review",)),
            (("Maren Holt",), ("revival",)),
        ),
        fact(
            "On what date did The Salt Widow have its world premiere?",
            ("14 March", "March 14"),
            ("21 March", "March 21"),
            "infobox",
            "sales",
            swap=(("14 March", "21 March"), ("March 14", "March 21")),
        ),
    ),
)

MINING = Cluster(
    "kaldera-resources",
    {
        "q2": "Kaldera Resources — Q2 2024 production report\nJul 18, 2024 — Kaldera Resources produced 51,700 tonnes of copper in the three months to June 30, up 7% on the first quarter, as the Tarrow concentrator returned to full capacity. Gold, a by-product of the copper ore, came to 38,900 ounces. The miner kept its full-year guidance of 200,000–215,000 tonnes and said unit costs had fallen for the first time in six quarters ...",
        "q1": "Apr 17, 2024 ... First-quarter copper output at Kaldera fell to 48,200 tonnes, its lowest in two years, after an 11-day strike at the Tarrow mine in February shut the concentrator. The company said the lost production would be made up in the second half. Shares fell 3% in early trading. Gold output for the quarter was 33,100 ounces.",
        "q2_2023": "Jul 2023 — Kaldera's copper production rose to 47,300 tonnes in the second quarter, helped by higher grades at the Brenna pit, the company said on Wednesday. It produced 36,200 ounces of gold. Management warned that a maintenance shutdown at Tarrow in the third quarter would weigh on output ...",
        "fy2023": "Kaldera Resources — full-year 2023 at a glance\nCopper production: 189,400 t (2022: 176,100 t) · Gold: 151,000 oz · Revenue: $3.02bn · Net profit: $611m · Final dividend: 42 cents per share · Employees and contractors: 14,500\nSource: Annual Report 2023, page 4",
        "strike": "Tarrow miners end walkout\nFeb 26, 2024 — Workers at Kaldera's Tarrow mine returned to work on Monday after a stoppage that lasted eleven days, the longest at the site since 2016. The union accepted a 6.5% pay rise over two years, up from the 4% first offered. Kaldera said it would update investors on the impact on output with its quarterly figures in April ...",
        "ceo": "Kaldera names new chief executive\nMarch 2022 — Kaldera Resources has appointed Soraya Lindgren-Obi, currently head of operations, as its chief executive from 1 May. She succeeds Jan Pieterse, who is retiring after nine years in charge. Lindgren-Obi, a mining engineer, joined the company in 2009 and ran the Brenna pit during its expansion ...",
        "analyst": "Jul 15, 2024 ... Ahead of Thursday's update, analysts polled by Kessington Data expect Kaldera to report second-quarter copper output of about 50,500 tonnes, a recovery from the strike-hit first three months. Consensus for the full year sits at 206,000 tonnes, near the middle of the company's range ...",
        "guidance2025": "Dec 5, 2024 — Kaldera Resources expects to produce between 215,000 and 230,000 tonnes of copper next year as the Brenna pit extension comes on line, it said at its investor day. Capital spending is forecast at $1.1bn. The company also said it was studying a sale of its small zinc operation ...",
    },
    (
        plain(
            "kaldera resources chief executive",
            ("Soraya Lindgren-Obi", "Lindgren-Obi"),
            "ceo",
        ),
        plain(
            "How long did the strike at Kaldera's Tarrow mine last?",
            ("11 days", "11-day", "eleven days"),
            "q1",
            "strike",
        ),
        plain(
            "How much gold did Kaldera produce in the second quarter of 2024?",
            ("38,900 ounces", "38,900"),
            "q2",
        ),
        multi(
            "How much copper did Kaldera produce in Q1 and Q2 2024?",
            (("48,200",), ("q1",)),
            (("51,700",), ("q2",)),
        ),
        fact(
            "What was Kaldera's copper production for 2023?",
            ("189,400",),
            ("193,800",),
            "fy2023",
        ),
    ),
)

STRAIT_SWIM = Cluster(
    "ollen-strait-swim",
    {
        "r2024": "Aug 11, 2024 — PORT ELVA — Siobhan Keary-Vos touched the pontoon at Skerry Point in 3 hours 41 minutes on Saturday to win the women's race at the Ollen Strait Swim, her first major open-water title. The water was 17C at the start, cold enough that two of the favourites abandoned before halfway. The men's race went to Joaquim Rell, who held off a late surge from Tomas Greal to win by 45 seconds ...",
        "results2024": "Ollen Strait Swim 2024 — provisional results, men\n1. Joaquim Rell (Port Elva SC) 3:29:06\n2. Tomas Greal (Marrowby Masters) 3:29:51\n3. Idris Fenwick-Lau (unattached) 3:34:10\n4. Pavel Ostrander (Skerry OW) 3:36:02\nDNF: 11 · Water temp. (start): see report · Results subject to ratification by the race referee",
        "r2023": "Mikkelsen-Tua conquers the strait at last\nAug 2023 ... Anders Mikkelsen-Tua won the men's race at this year's Ollen Strait Swim after two near misses, covering the 14.2km crossing from Port Elva to Skerry Point in 3:22:15. Cara Dunphy, a 19-year-old student, was first woman home. Conditions were the calmest for a decade, with the water close to 19C ...",
        "infobox": "Ollen Strait Swim\nType: Open-water swim · Distance: 14.2 km (Port Elva to Skerry Point) · First held: 1978 · Organiser: Port Elva Swimming Club · Field: up to 220 solo swimmers · Course record (men): 3:18:40 · Course record (women): 3:33:12 · Wetsuits: not permitted",
        "entry2025": "Entries for the 2025 Ollen Strait Swim open on 1 March. The race will be held on Saturday 9 August 2025, tides permitting, with a reserve date of Sunday 10 August. Swimmers must show a qualifying swim of at least 10km in open water within the last two years. The entry fee is €180, which includes a support kayak ...",
        "preview2024": "Aug 9, 2024 ... Organisers are forecasting water of about 15C for Saturday's Ollen Strait Swim, a little colder than last year, and have brought forward the start to 6.45am to catch the tide. Last year's men's winner is not defending his title because of a shoulder injury. Spectators can watch the finish from the harbour wall at Skerry Point ...",
        "forum": "Re: Ollen Strait 2024 — how cold was it really?\nPosted by kayak_kev » Sun Aug 11, 2024 8:40 am\nOur club's thermometer at Skerry read 16.5 when the first swimmers came in, so it had warmed up a touch by the finish. My swimmer came in at 5:12, shaking but happy. Whoever says wetsuit swims are harder has never tried this one ...",
    },
    (
        plain(
            "Who won the women's race at the 2024 Ollen Strait Swim?",
            ("Siobhan Keary-Vos", "Keary-Vos"),
            "r2024",
        ),
        plain("When is the 2025 Ollen Strait Swim?", ("9 August", "August 9"), "entry2025"),
        plain("ollen strait swim 2024 water temperature", ("17C", "17°C", "17 degrees"), "r2024"),
        multi(
            "Who won the men's race at the Ollen Strait Swim in 2023 and 2024?",
            (("Anders Mikkelsen-Tua", "Mikkelsen-Tua"), ("r2023",)),
            (("Joaquim Rell",), ("r2024", "results2024")),
        ),
        fact(
            "How long is the Ollen Strait Swim course?",
            ("14.2 km", "14.2km"),
            ("16.4 km", "16.4km"),
            "infobox",
            "r2023",
            swap=(("14.2", "16.4"),),
        ),
    ),
)

REFERENDUM = Cluster(
    "vessany-voting-age-referendum",
    {
        "result": 'Vessany votes to lower voting age to 16\nJune 10, 2024 — Voters in the state of Vessany have backed lowering the voting age for state elections from 18 to 16, by 54.8% to 45.2%, in Sunday\'s referendum. Turnout was 61.3%. Premier Odhran Blay called it "a vote of confidence in young people". The change will apply from the next state election, due in March 2027 ...',
        "official": "Referendum on the Electoral Age Amendment — official result\nState Returning Office, 14 June 2024\nYes: 1,284,530 (54.8%) · No: 1,059,466 (45.2%) · Informal ballots: 18,204 · Turnout: 61.3% of 3,854,000 enrolled voters · Result: CARRIED",
        "ref2019": 'Mar 25, 2019 ... Vessany has rejected votes at 16. In Sunday\'s referendum 47.1% voted in favour and 52.9% against, on a turnout of 48.6%, which campaigners blamed on the vote being held on the same day as a national football final. The No side said the result should settle the question "for a generation" ...',
        "poll": "Jun 5, 2024 — A final poll for the Vessany Herald puts the Yes side on 52% and No on 48% among those certain to vote, within the margin of error. A third of voters aged under 30 said they had not yet decided. Polling stations open at 8am on Sunday and close at 6pm; counting starts immediately ...",
        "campaign": "Who's who in the Vessany referendum\nYes16, the campaign for lowering the voting age, is fronted by Rafaela Okonkwo-Dahl, the 23-year-old president of the Vessany Students' Union, and backed by three of the four parties in the state parliament. The No campaign is led by the former state treasurer Gerhard Lunn, who argues that ...",
        "challenge": "Sep 2024 — The Constitutional Court of Aurelia has dismissed a challenge to the result of June's referendum in Vessany, ruling that the state had the power to set the voting age for its own elections. The case was brought by a group of No campaigners who argued that the question on the ballot paper had been worded unfairly ...",
        "carrow": "Neighbouring Carrow to hold its own vote\nNov 2024 — Carrow's state government has announced a referendum on votes at 16 for May 2025, following the result next door. Carrow voters rejected the idea in 2020 by 58% to 42% on a turnout of 44.9%. A poll this month put the two sides level ...",
    },
    (
        plain(
            "What percentage voted yes in Vessany's 2024 voting-age referendum?",
            ("54.8%", "54.8 per cent"),
            "result",
            "official",
        ),
        plain(
            "Who led the Yes campaign in the Vessany referendum?",
            ("Rafaela Okonkwo-Dahl", "Okonkwo-Dahl"),
            "campaign",
        ),
        multi(
            "What was turnout in Vessany's voting-age referendums of 2019 and 2024?",
            (("48.6%",), ("ref2019",)),
            (("61.3%",), ("result", "official")),
        ),
        fact(
            "How many people voted yes in the Vessany referendum of June 2024?",
            ("1,284,530",),
            ("1,302,118",),
            "official",
        ),
    ),
)

BOX_OFFICE = Cluster(
    "ember-protocol-box-office",
    {
        "weekend1": "Box office: 'Ember Protocol' ignites with $62.4 million debut\nBy Dana Whitcombe | Sunday, July 13, 2025\nHalcyon Pictures' sci-fi thriller opened to an estimated $62.4 million from 3,910 theaters, comfortably ahead of pre-release tracking, to take the top spot. Last weekend's leader, 'The Lantern Keepers', slipped to second with $19.7 million in its third frame. Audiences gave the new film an A- CinemaScore ...",
        "chart": "Weekend box office, July 11–13, 2025 (estimates)\n1. Ember Protocol — $62.4M — Halcyon — new\n2. The Lantern Keepers — $19.7M — Brightmoor — wk 3\n3. Pocket Dragons 2 — $11.2M — Tumble — wk 4\n4. A Quiet Harbour — $6.8M — Vesper — new\n5. Deadline Road — $4.1M — Brightmoor — wk 6",
        "tracking": "Jul 8, 2025 ... Tracking services have Ember Protocol opening to $50–55 million this weekend, which would be the best start for an original sci-fi film in three years. Halcyon is more cautious and is guiding to the mid-40s. The film has premium large-format screens to itself for two weeks before ...",
        "weekend2": "Jul 20, 2025 — 'Ember Protocol' held the top spot in its second weekend with $28.1 million, a drop of 55%, bringing its domestic total to $114.6 million. New entry 'Mothwing' opened in second place with $24.3 million, ahead of expectations. Overall the market was up 12% on the same weekend last year ...",
        "prevweek": "Jul 6, 2025 ... 'The Lantern Keepers' topped the chart for a second straight weekend with $27.8 million, bringing its running total past $100 million. The animated 'Pocket Dragons 2' held on to second place with $14.5 million. Next weekend brings Halcyon's heavily promoted sci-fi thriller, which opens on Friday ...",
        "production": "Ember Protocol — production notes\nDirected by Yusra Kalinowski from a script by Ben Arrow-Hale, Ember Protocol was shot over 94 days in Iceland and on stages outside Lisbon. Halcyon Pictures put its production budget at $180 million before marketing, the studio's most expensive original film. Release: 11 July 2025 · Runtime: 2h 18m · Rating: PG-13",
        "intl": "Jul 14, 2025 ... Overseas, Ember Protocol took $48.9 million from 52 markets, led by the UK with $7.3 million, for a global launch of about $111 million. It opens in Japan and South Korea in August. China has not yet set a date, the studio said ...",
    },
    (
        plain(
            "How much did Ember Protocol take on its opening weekend in the US?",
            ("$62.4 million", "$62.4M", "62.4"),
            "weekend1",
            "chart",
        ),
        plain(
            "Which film was second at the box office on Ember Protocol's opening weekend?",
            ("The Lantern Keepers", "Lantern Keepers"),
            "weekend1",
            "chart",
            skip=("prevweek",),
        ),
        plain("ember protocol director", ("Yusra Kalinowski", "Kalinowski"), "production"),
        multi(
            "What did Ember Protocol gross in its first and second weekends?",
            (("$62.4 million", "$62.4M", "62.4"), ("weekend1", "chart")),
            (("$28.1 million", "28.1"), ("weekend2",)),
        ),
        fact(
            "What was Ember Protocol's production budget?",
            ("$180 million",),
            ("$210 million",),
            "production",
        ),
    ),
)

PORT = Cluster(
    "port-of-saltreach",
    {
        "annual2024": 'Jan 22, 2025 — SALTREACH — The Port of Saltreach handled a record 4.82 million twenty-foot equivalent units (TEU) last year, up 6.9% on 2023, as shipping lines diverted calls from congested hubs further north. Chief executive Moira Tandoh-Vance said the opening of a new terminal had come "just in time". Bulk tonnage, by contrast, fell 3% ...',
        "annual2023": "Port of Saltreach volumes dip in 2023\nFeb 2, 2024 — Container throughput at Saltreach slipped 2.1% to 4.51 million TEU in 2023, the port authority said, blaming weaker demand for imported consumer goods. Transhipment, where boxes are moved between ships, held up better than cargo for the hinterland ...",
        "h1_2025": "Jul 2025 ... Saltreach handled 2.51 million TEU in the first half of 2025, up 4.4% on the same period last year, putting the port on course for another record. June was the busiest month in its history. The port authority raised its full-year forecast to just under 5 million TEU ...",
        "terminal": "Gannet Quay opens for business\nSep 4, 2024 — The first ship berthed at Saltreach's new Gannet Quay container terminal yesterday, after four years of construction and a final bill of €1.3bn. The terminal, opened on 3 September 2024, adds 1.2 million TEU of annual capacity and has eight automated cranes. Its operator, Quayline Terminals, has a 35-year concession ...",
        "plan": "Mar 2021 — Saltreach Port Authority has approved plans for a fourth container terminal at Gannet Quay, with a target opening date in late 2023 and an estimated cost of €950m. Dredging will start this summer. Environmental groups have raised concerns about the loss of mudflats used by wading birds ...",
        "ship": "Largest ship ever to call at Saltreach arrives\nThe 24,100 TEU Orvella Pioneer berthed at Gannet Quay on Tuesday, the biggest container ship ever to visit the port. The vessel, 400 metres long and 61.5 metres wide, was on its maiden voyage from Asia. Tugs from three companies were needed to turn her in the basin. Updated 6 hours ago",
        "profile": "Port of Saltreach\nType: Deep-water container and bulk port · Operator: Saltreach Port Authority · Terminals: 4 · Berths: 31 · Max. draught: 17.5 m · Container throughput: 4.82 million TEU (2024) · Ranking: third-busiest container port on the Ostral coast",
    },
    (
        plain(
            "How many containers did the Port of Saltreach handle in 2024?",
            ("4.82 million",),
            "annual2024",
            "profile",
        ),
        plain(
            "When did the Gannet Quay terminal at Saltreach open?",
            ("3 September 2024", "September 3, 2024", "3 September", "September 3"),
            "terminal",
        ),
        plain("largest ship ever to call at saltreach", ("Orvella Pioneer",), "ship"),
        fact(
            "By what percentage did Saltreach's container volumes grow in 2024?",
            ("6.9%",),
            ("8.4%",),
            "annual2024",
        ),
    ),
)

ESPORTS = Cluster(
    "riftline-worlds",
    {
        "final2024": 'Copperhead are Riftline world champions\nNov 10, 2024 · SUNDGATE — Copperhead Esports beat Nordlys Gaming three maps to one in front of 14,000 fans at the Halvard Arena on Sunday to win the Riftline World Championship for the first time. Mid-laner Ruben "Kestrel" Aaltonen, 19, was named finals MVP after a decisive fourth map ...',
        "final2023": "Nordlys Gaming retain Riftline crown\nNov 2023 — Nordlys Gaming swept Vireo Club 3–0 in the Riftline World Championship final in Castrell on Sunday to become the first team to defend the title. Their captain, Mattis Holm-Rye, was finals MVP for the second year in a row. Peak viewership reached 3.1 million ...",
        "semis": "Nov 3, 2024 ... The Riftline World Championship final is set: last year's champions Nordlys Gaming will face the winner of tomorrow's second semi-final after beating Vireo Club 3–2 in a five-hour marathon. Tickets for next Sunday's final at the Halvard Arena sold out in under ten minutes ...",
        "prizepool": "Riftline World Championship 2024 — prize pool\nTotal: $2,500,000\n1st: $1,000,000\n2nd: $400,000\n3rd–4th: $200,000 each\n5th–8th: $100,000 each\n9th–16th: $37,500 each\nSource: tournament rulebook, section 9",
        "viewers": "Riftline Worlds 2024 final breaks viewing record\nNov 11, 2024 ... The final peaked at 3.9 million concurrent viewers across streaming platforms, excluding Chinese sites, according to the analytics firm StreamSpy, up from last year's high. The average across the match was 2.6 million. The fourth map alone ...",
        "forum": "Re: [Spoilers] Worlds final thoughts\nPosted by mid_or_feed » Nov 10, 2024 11:58 pm\nThat fourth map was the best thing I've seen in this game. The 19yo mid laner basically solo'd the last teamfight. Nordlys looked tired after that five-game semi tbh. Still can't believe a team that finished 6th in their regional league last spring just won it all ...",
        "venue2025": "Riftline World Championship 2025 heads to Port Myre\nThe 2025 Riftline World Championship will be held in Port Myre, with the final on November 16 at the city's new Tidewater Dome, the game's publisher announced. The prize pool will rise to $3 million. Qualifying begins in June ...",
    },
    (
        plain(
            "Who won the 2024 Riftline World Championship?",
            ("Copperhead Esports", "Copperhead"),
            "final2024",
        ),
        plain(
            "Who was finals MVP at the 2024 Riftline World Championship?",
            ("Aaltonen", "Kestrel"),
            "final2024",
        ),
        plain(
            "How much prize money did the runner-up get at Riftline Worlds 2024?",
            ("$400,000",),
            "prizepool",
        ),
        plain("riftline worlds 2024 final peak viewers", ("3.9 million",), "viewers"),
    ),
)

SEALED: tuple[Cluster, ...] = (
    SCIENCE_PRIZE,
    KETTLE_RECALL,
    CITY_BUDGET,
    OPERA,
    MINING,
    STRAIT_SWIM,
    REFERENDUM,
    BOX_OFFICE,
    PORT,
    ESPORTS,
)
