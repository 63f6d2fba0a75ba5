"""Hand-written news clusters for the blind split of the English news set (all of it fictional).

Same shape and style as ``news_dev.py`` and ``news_held.py`` with subjects neither uses (a cooking
show, a chip maker's results, a cycling tour, a chess title match, a streaming series, a central
bank, a drug trial, a literary prize, a football transfer, a motor race). Written in session 11 by
someone who had not seen the answerer, and measured once, at the end of that session, so that one
figure comes from text nobody tuned on or looked at through the assistant's eyes.
Every person, company, town, event and figure here is made up.
"""

from __future__ import annotations

from benchmarks.rag.news_dev import Cluster, fact, multi, plain

COOKING = Cluster(
    "copper-pan-cookoff",
    {
        "final4": 'Nov 19, 2023 ... Marisol Quintero-Hale was crowned champion of The Copper Pan on Sunday night after a final menu of smoked eel, braised lamb neck and a burnt-honey tart that judge Rafael Sternby called "the best three plates we have ever been served". The 34-year-old pastry cook from Rendle takes home the £50,000 prize and a cookbook deal. The fourth series finale was filmed in September and kept secret for ...',
        "final3": "The Copper Pan 2022 final recap: Okafor lifts the trophy\nBy Jess Whitlow | TV & Radio | Nov 13, 2022\nDevran Okafor, a former army chef, won the third series of The Copper Pan with a Nigerian-Scottish tasting menu that had the judges fighting over the last spoonful of pepper soup. He beat two other finalists in a tense last cook at the Hollin Mill kitchen. Okafor said he would use the prize money to open a supper club in Dunholt.",
        "runnerup": "'I have no regrets': Copper Pan finalist Tobias Lindqvist-Marr on coming second\nTobias Lindqvist-Marr says he is \"at peace\" with finishing as runner-up in this year's Copper Pan final, despite a dessert that split the judges. The 28-year-old sous chef told us he had already been offered a head chef job in Port Aveline. \"The other two cooked out of their skins. I'd do it all again tomorrow.\"",
        "semifinal": 'Nov 17, 2023 ... Three cooks remain. Tobias Lindqvist-Marr, a sous chef, a pastry cook from Rendle and a retired geography teacher will fight it out in Sunday\'s Copper Pan final after Hamza Ellery was sent home in an emotional semi-final. Viewers can expect a surprise guest judge and, according to the producers, "the hardest invention test in four series" ...',
        "season5": "The Copper Pan returns for series five next month\nChannel Seven has confirmed that the cooking competition will be back on Tuesday, September 10, 2024 at 8pm, moving from its usual Sunday slot. Hattie Lomax returns as host. Sixteen home and professional cooks will compete over twelve weeks, with the final planned for late November. Updated 3 hours ago",
        "infobox": "The Copper Pan\nGenre: Cooking competition · Presented by: Hattie Lomax · Judges: Rafael Sternby (2019–), Ngozi Adair (2019–2022), Colm Tierney (2023–) · Country of origin: Westmarch · No. of series: 4 · Running time: 60 minutes · Original network: Channel Seven · Prize: £50,000 and a cookbook deal",
        "judge": "March 2, 2023 — Ngozi Adair is leaving The Copper Pan after three series to concentrate on her restaurants. Her seat at the judges' table will be taken by Colm Tierney, the Michelin-starred chef behind Tierney's in Brackwater, who said he was \"thrilled and slightly terrified\" to be joining. Filming for the new series starts in May.",
        "ratings": "Overnight ratings: Copper Pan finale is series high\nThe final of The Copper Pan's fourth series was watched by an average of 4.1 million viewers on Sunday, peaking at 4.6 million for the winner's announcement, the show's best figures since it began. The previous record was set by the third series final, which drew 3.4 million. Rival channels' Sunday dramas trailed with fewer than 3 million each.",
        "forum": "Re: Copper Pan final predictions??\nposted by rendle_foodie » Fri Nov 17, 2023 9:02 pm\nMy money's on Tobias, his desserts have been flawless since week 6. The teacher is lovely but I don't think she has the technique for a three-course final. Also is anyone else annoyed they moved the final to 9pm? Some of us have work on Monday ...",
    },
    (
        plain(
            "Who won The Copper Pan series 4?",
            ("Marisol Quintero-Hale", "Marisol Quintero Hale"),
            "final4",
        ),
        plain(
            "when does the copper pan season 5 start",
            ("September 10", "10 September", "Sept. 10"),
            "season5",
        ),
        plain(
            "Who replaced Ngozi Adair as a judge on The Copper Pan?",
            ("Colm Tierney",),
            "judge",
            "infobox",
        ),
        multi(
            "Who won the third and fourth series of The Copper Pan?",
            (("Devran Okafor",), ("final3",)),
            (("Marisol Quintero-Hale", "Marisol Quintero Hale"), ("final4",)),
        ),
        fact(
            "How many viewers watched The Copper Pan season 4 final?",
            ("4.1 million",),
            ("3.7 million",),
            "ratings",
        ),
    ),
)

VERADYNE = Cluster(
    "veradyne-results",
    {
        "q2_2023": 'Aug 2, 2023 — Veradyne Semiconductor reported second-quarter revenue of $4.2 billion on Wednesday, down 9% from a year earlier, as demand for PC and smartphone chips stayed weak. Net income fell to $610 million. Finance chief Howard Minz told analysts that inventories at customers were "largely cleared" and that the data-centre business, which grew 14%, would lead the recovery. Shares rose 3% after hours ...',
        "q2_2022": "Veradyne beats estimates on strong server demand\nJuly 28, 2022 · Markets\nVeradyne Semiconductor posted revenue of $4.6 billion for the second quarter, up 11% on the same period of 2021 and ahead of the $4.45 billion analysts had expected. The chip maker raised its full-year outlook, citing orders from cloud companies. Gross margin was 51.2%.",
        "q1_2023": "May 3, 2023 ... Veradyne Semiconductor said first-quarter sales dropped to $3.9 billion, its weakest quarter in three years, and warned that the PC market would not recover before the second half. The company has frozen hiring in its consumer division and delayed an expansion of its Lunford test facility ...",
        "table": "Veradyne Semiconductor — quarterly results, fiscal 2023 (unaudited)\nQuarter | Revenue | Net income | Gross margin\nQ1 2023 | $3.9 billion | $402 million | 46.8%\nQ2 2023 | $4.2 billion | $610 million | 48.5%\nSource: company filings. Figures rounded.",
        "preview": "Jul 31, 2023 ... What to expect from Veradyne earnings this week. Analysts polled by Harmon Data expect revenue of about $4.1 billion for the quarter, with attention on whether the chip maker keeps its full-year forecast. Options pricing implies a 7% move in the shares either way. Last quarter the company missed estimates by ...",
        "ceo": "Veradyne names Brandt-Okoro chief executive as founder steps back\nJan 11, 2021 — Veradyne Semiconductor has appointed Lena Brandt-Okoro, head of its data-centre unit, as chief executive from March 1. She succeeds co-founder Arvid Pell, who has run the company since 1998 and will become non-executive chairman. Brandt-Okoro joined Veradyne from a rival in 2014.",
        "profile": "Veradyne Semiconductor Inc.\nType: Public · Industry: Semiconductors · Founded: 1998 · Headquarters: San Lucero · Key people: Lena Brandt-Okoro (CEO), Arvid Pell (chairman), Howard Minz (CFO) · Products: processors, network controllers, memory interfaces · Employees: 27,300 (2022)",
        "pell": '"We are not going to chase every market" — Veradyne chief executive Arvid Pell, speaking at a technology conference in 2019, said the company would leave the smartphone modem business to rivals and concentrate on servers. Pell, who founded the company with two colleagues from graduate school, has been CEO for over two decades ...',
        "fab": "Veradyne picks Hadleigh Falls for $12 billion chip plant\nThe chip maker will build its first new fabrication plant in a decade on a 900-acre site outside Hadleigh Falls, the state's governor announced on Tuesday. Construction is due to start next spring, with production in 2027. The plant is expected to employ about 3,000 people when fully running.",
        "layoffs": "Veradyne to cut 1,800 jobs in cost drive\nOct 2023 — Veradyne Semiconductor will cut about 1,800 jobs, roughly 7% of its workforce, mostly in its consumer chip division, the company said in a filing. It expects to book restructuring charges of up to $300 million. The cuts come after two quarters of falling sales.",
    },
    (
        plain(
            "What was Veradyne's revenue in Q2 2023?",
            ("$4.2 billion", "4.2 billion"),
            "q2_2023",
            "table",
        ),
        fact(
            "Who is the CEO of Veradyne Semiconductor?",
            ("Lena Brandt-Okoro", "Brandt-Okoro"),
            ("Nadia Kessel", "Kessel"),
            "ceo",
            "profile",
            swap=(("Lena Brandt-Okoro", "Nadia Kessel"), ("Brandt-Okoro", "Kessel")),
        ),
        plain(
            "Where is Veradyne building its new chip factory?",
            ("Hadleigh Falls",),
            "fab",
        ),
        multi(
            "Veradyne revenue in the second quarter of 2022 and of 2023",
            (("$4.6 billion", "4.6 billion"), ("q2_2022",)),
            (("$4.2 billion", "4.2 billion"), ("q2_2023", "table")),
        ),
        plain("How many jobs is Veradyne cutting?", ("1,800",), "layoffs"),
    ),
)

CYCLING = Cluster(
    "tour-of-kessary",
    {
        "result2023": "Jul 23, 2023 — KESSARY CITY — Matteo Rinaldesi sealed the Tour of Kessary on Sunday, rolling over the line on the final stage arm in arm with his Arcturus-Velox teammates to finish 1 minute 12 seconds clear in the overall standings. The 24-year-old took control of the race in the mountains of the second week and never looked in danger after that. It is his first win in a three-week stage race ...",
        "result2022": 'Aukland wins Tour of Kessary at the third attempt\nJuly 24, 2022\nJens Aukland finally won the Tour of Kessary on Sunday after finishing second in 2020 and 2021. The Norwegian-born climber defended his 38-second lead through the final time trial and collected the leader\'s jersey on the podium in Kessary City. "I thought it would never happen," he said.',
        "stage14": "Stage 14 report: breakaway survives as the favourites watch each other\nJuly 15, 2023 · Oskar Vilhjalm's teammate Pieter Dransfield won from a six-man breakaway in Lorrent on Saturday, while the race leader marked every attack on the final climb and kept his advantage at 1 minute 40. Vilhjalm lost 20 seconds after a late puncture. Sunday is a rest day ...",
        "preview2023": "Tour of Kessary 2023 preview: the favourites\nJune 29, 2023 ... The defending champion starts as the man to beat, but he has raced only eleven days this season. Oskar Vilhjalm, third last year, has the strongest team. Outsiders: a young Italian with a big engine, and the Danish climber Sten Krogh. The race starts on Saturday in Molvany with a 14km time trial.",
        "route2024": "Tour of Kessary 2024 route unveiled\nThe 2024 Tour of Kessary will start in Port Aveline on June 29 with a hilly road stage, organisers announced at a presentation in Kessary City on Thursday. The race covers 3,412 km over 21 stages, with four summit finishes and two individual time trials, before finishing in the capital on July 21. It is the first time the race has started on the coast.",
        "dq2021": "Delacourt stripped of 2021 Tour of Kessary title\nMarch 2, 2023 — Raf Delacourt has been stripped of his 2021 Tour of Kessary win after a two-year doping case, the sport's court said on Thursday. The title passes to the runner-up, Eamon Kestle, who will be formally presented with the leader's jersey at this year's race. Delacourt, who has always denied wrongdoing, is banned until 2025.",
        "prize": "How much do Tour of Kessary riders earn? The total prize fund is €2.3 million. The overall winner receives €500,000, second place €200,000 and third €100,000. Stage winners get €11,000 each, and the leader's jersey is worth €500 for every day it is worn. By tradition, the winner shares his prize money with his teammates and staff.",
        "liveblog": "LIVE: Tour of Kessary stage 21\n16:38 Into the last kilometre. The sprinters' teams are lined up on the left-hand side.\n16:42 Matteo Rinaldesi crosses the line with his arms round two teammates. He has won the Tour of Kessary!\n16:44 Stage win for the sprinter in green, his fourth of the race.",
        "route2023": "2023 route: the race starts in Molvany with a 14km individual time trial on July 1 and finishes in Kessary City on July 23 after 3,280 km. There are five summit finishes, including the double ascent of the Col de Ravelle on stage 17. Last year's race started in Tarrow ... Read more",
    },
    (
        plain(
            "Who won the 2023 Tour of Kessary?",
            ("Matteo Rinaldesi",),
            "result2023",
            "liveblog",
        ),
        fact(
            "Where does the 2024 Tour of Kessary start?",
            ("Port Aveline",),
            ("Saint Orlac",),
            "route2024",
        ),
        multi(
            "Who won the Tour of Kessary in 2022 and in 2023?",
            (("Jens Aukland",), ("result2022",)),
            (("Matteo Rinaldesi",), ("result2023", "liveblog")),
        ),
        plain(
            "Who is the official winner of the 2021 Tour of Kessary?",
            ("Eamon Kestle",),
            "dq2021",
        ),
        plain(
            "How much prize money does the Tour of Kessary winner get?",
            ("€500,000", "500,000 euros", "EUR 500,000"),
            "prize",
        ),
    ),
)

CHESS = Cluster(
    "castelmar-chess",
    {
        "match2024": 'Dec 12, 2024 — CASTELMAR — Anjali Varekar became the youngest Castelmar chess champion in the title\'s history on Thursday, beating the titleholder Dmitri Holvast 7.5-5.5 after winning the thirteenth game with the black pieces. The 19-year-old from Orvell had trailed after the opening game. "I stopped looking at the score and just played chess," she said.',
        "match2022": "Holvast keeps his crown in rapid tiebreaks\nNov 2022 · Dmitri Holvast retained the Castelmar Chess Championship on Sunday, defeating the challenger Teodor Brankovic in rapid tiebreaks after their classical match ended level at 6-6. Holvast, champion since 2018, won both rapid games. He has now defended the title twice.",
        "candidates": "Varekar wins the Candidates, will face Holvast for the title\nMay 2024 — Anjali Varekar won the Candidates tournament in Osterholm with a round to spare and will challenge Dmitri Holvast for the Castelmar crown in November. At 19, she is the youngest challenger since the match was first played in 1976.",
        "game12": "Game 12 report: the champion holds, and the match goes to the wire\nDec 10, 2024 ... After six hours the game was drawn in a rook ending, leaving the match level at 6-6 with one classical game remaining before tiebreaks. Both players declined to speak to the press. Thursday's final game will be played at 3pm local time ...",
        "venue2026": "Next Castelmar title match awarded to Lisvaine\nThe 2026 Castelmar Chess Championship will be held in Lisvaine, the federation announced on Monday, after the city offered a prize fund of €3 million. The match is scheduled for November 2026. The city last staged a title match in 1998, when the champion kept his crown on the final day.",
        "prizefund": "Castelmar Chess Championship 2024: prize fund and format\nPrize fund: €2.4 million, split 60-40 between the winner and the loser (55-45 if the match goes to tiebreaks) · Games: 14 classical, rapid and blitz tiebreaks if needed · Time control: 120 minutes for 40 moves, then 30 minutes ...",
        "bids2026": 'Oct 2024 ... Three cities have bid to host the 2026 Castelmar match: Dornmouth, Hallenbeck and Vesk. A decision is expected early next year. The federation said it wanted a venue "where chess is part of everyday life" and a fund of at least €2.5 million.',
        "forum": "Re: Holvast is finished\nposted by knight_on_f5 » Fri Dec 13, 2024 1:14 am\nAbsolutely crazy game 13, never thought I would see the champion lose a won endgame like that. Seven years on top is a long run. Anyone know whether he'll play the Candidates next time or retire?",
        "history": "Castelmar Chess Championship\nThe match for the Castelmar title has been played every two years since 1976. Past champions include Irina Solvay (1976–1984), Bram Oduor (1994–2004) and Petr Halasz (2010–2018). The match is organised by the International Castelmar Chess Federation, based in Castelmar since 1988.",
    },
    (
        plain(
            "Who won the Castelmar Chess Championship in 2024?",
            ("Anjali Varekar",),
            "match2024",
            # She is named as the challenger, months earlier: about the title, not its winner.
            skip=("candidates",),
        ),
        plain(
            "What was the final score of the 2024 Castelmar championship match?",
            ("7.5-5.5", "7.5–5.5", "7½–5½"),
            "match2024",
        ),
        fact(
            "Where will the 2026 Castelmar Chess Championship be held?",
            ("Lisvaine",),
            ("Grennach",),
            "venue2026",
        ),
        plain(
            "How big was the prize fund for the 2024 Castelmar chess match?",
            ("€2.4 million", "2.4 million euros"),
            "prizefund",
        ),
    ),
)

ASHGROVE = Cluster(
    "ashgrove-files",
    {
        "s3date": "The Ashgrove Files season 3 gets a premiere date\nLumen+ has confirmed that season 3 of its hit crime drama will premiere on Friday, October 6, 2023, with all eight episodes released at once. The streamer also released new pictures showing the return of Detective Sergeant Ivo Marsh, played by Callum Reyes-Finch, alongside a new face on the team ... Updated 5 hours ago",
        "s2date": 'Sep 9, 2022 — The Ashgrove Files is back. Season 2 of the Lumen+ crime drama arrives today, picking up six months after the Harlow Quay murders. Critics have been kind: the show has a 94% score on review sites, and creator Wendell Ashby-Nkemelu has promised "a bigger, angrier series" ...',
        "trailer": 'Watch: first trailer for The Ashgrove Files season 3\nAug 2023 · Lumen+ has dropped a moody first teaser for the third season of The Ashgrove Files, but fans hoping for a release date were left disappointed: the clip ends with the words "this autumn". The teaser shows Ivo Marsh standing over a body on a frozen beach ...',
        "cast": 'Exclusive: Odile Frampton joins The Ashgrove Files\nOdile Frampton, best known for the stage hit The Tenant, has been cast as Detective Inspector Rhea Cass in the third season of the Lumen+ drama. Cass is described as "a clever, impatient officer transferred from the city who clashes with Marsh from day one". Filming begins in Harlow Quay in March.',
        "showrunner": "Ashby-Nkemelu to step down as Ashgrove Files showrunner\nThe creator of The Ashgrove Files will hand over after season 3, Lumen+ said on Tuesday. Carys Moyle, who wrote four episodes of the second season, will take over as showrunner for season 4. Wendell Ashby-Nkemelu will stay on as an executive producer and write the season opener.",
        "viewing": "Lumen+ top 10: The Ashgrove Files season 2 racked up 310 million hours viewed in its first 28 days, making it the streamer's most-watched drama of the year and the third most-watched series overall. More than half of that viewing came from outside Westmarch, Lumen+ said.",
        "renewal": "Nov 2022 ... Lumen+ has renewed The Ashgrove Files for a third season, just two months after season 2 dropped. Production is expected to begin in spring, which points to a release late next year at the earliest. No word yet on whether the whole cast will return ...",
        "faq": "When does The Ashgrove Files season 3 come out?\nSeason 3 of The Ashgrove Files is out on 6 October 2023 on Lumen+.\nHow many episodes are there?\nEight, all released on the same day.\nDo I need to watch seasons 1 and 2 first?\nIt helps: the new season picks up storylines from the end of season 2.",
        "season4": "The Ashgrove Files season 4: everything we know\nLumen+ has not yet announced a date for the fourth season, but filming is due to wrap in the summer, so a release in the first half of 2025 looks likely. Expect Callum Reyes-Finch back as Ivo Marsh. The streamer has hinted that the season will be the last ...",
    },
    (
        fact(
            "When is the premiere of The Ashgrove Files season 3?",
            ("October 6", "6 October"),
            ("October 20", "20 October"),
            "s3date",
            "faq",
            swap=(("October 6", "October 20"), ("6 October", "20 October")),
        ),
        plain(
            "Who plays DI Rhea Cass in The Ashgrove Files?",
            ("Odile Frampton",),
            "cast",
        ),
        plain(
            "Who is taking over as showrunner of The Ashgrove Files?",
            ("Carys Moyle",),
            "showrunner",
        ),
        multi(
            "When did The Ashgrove Files season 2 and season 3 come out?",
            (("September 9", "9 September", "Sep 9"), ("s2date",)),
            (("October 6", "6 October"), ("s3date", "faq")),
        ),
        plain(
            "How many hours was The Ashgrove Files season 2 watched in its first four weeks?",
            ("310 million",),
            "viewing",
        ),
    ),
)

CENTRAL_BANK = Cluster(
    "calvessa-central-bank",
    {
        "jun2023": 'Bank of Calvessa delivers surprise half-point rise\nJune 14, 2023 · By Maren Solberg, Economics Correspondent\nThe Bank of Calvessa raised its benchmark rate by 50 basis points to 4.75% on Wednesday, the highest level since 2008, after inflation proved stickier than expected. Seven of the nine members of the policy committee backed the move. Governor Ilse Marrow-Duarte said the bank would "do what it takes" ...',
        "mar2023": "Mar 22, 2023 ... The Bank of Calvessa lifted its key interest rate by a quarter point to 4.25%, its ninth increase in a row, but signalled that the end of the tightening cycle could be near. Deputy governor Sunniva Hale said the committee would watch the banking sector closely after turmoil abroad ...",
        "sep2023": "Calvessa cuts rates for the first time in three years\nSept 20, 2023 — The Bank of Calvessa cut its policy rate by a quarter point to 4.5% on Wednesday, as the economy slipped towards recession and price growth eased. The decision was unanimous. Markets had expected the bank to wait until the end of the year.",
        "preview": "June 12, 2023 ... Most economists polled by the Calvessa Herald expect the central bank to raise rates again on Wednesday, with a quarter-point move seen as the likeliest outcome. A minority think the bank could pause. Mortgage lenders have already pulled dozens of fixed-rate deals ahead of the decision ...",
        "governor": "Marrow-Duarte named Bank of Calvessa governor\nAug 2021 — The finance ministry has appointed Ilse Marrow-Duarte, the bank's chief economist, as governor for an eight-year term starting on October 1. She replaces Paul Keswick, who is retiring. Marrow-Duarte will be the first woman to lead the central bank.",
        "keswick": 'Bank of Calvessa governor Paul Keswick said on Thursday that interest rates would stay low "for as long as the recovery needs", pushing back against calls from some lawmakers for an early rise. Keswick, who has led the bank since 2013, said inflation of 1.4% was below target ... (2020)',
        "inflation": "Calvessa CPI, August 2023\nAnnual consumer price inflation slowed to 3.8% in August from 4.6% in July, the statistics office said. Core inflation, which strips out food and energy, eased to 4.1%. Fuel prices fell for a third month. The figure was slightly below economists' forecasts.",
        "calendar": "Bank of Calvessa — monetary policy decisions 2024\nAnnouncements are published at 12:00 on the following dates:\n- 31 January\n- 20 March\n- 8 May\n- 19 June\n- 25 September\n- 6 November\n- 18 December\nThe Monetary Policy Report is published alongside the March, June, September and December decisions.",
        "forum": "Re: tracker mortgage going up AGAIN\nposted by quayside_sam » Thu Jun 15, 2023\nHalf a point this time, my monthly payment is up by 90 quid from next month. Honestly thought they'd only do a quarter. Does anyone know if it's worth switching to a fix now or will they start cutting next year?",
    },
    (
        plain(
            "What interest rate did the Bank of Calvessa set in June 2023?",
            ("4.75%", "4.75 percent", "4.75 per cent"),
            "jun2023",
        ),
        fact(
            "Who is the governor of the Bank of Calvessa?",
            ("Ilse Marrow-Duarte", "Marrow-Duarte"),
            ("Tomas Reinholt", "Reinholt"),
            "jun2023",
            "governor",
            swap=(("Ilse Marrow-Duarte", "Tomas Reinholt"), ("Marrow-Duarte", "Reinholt")),
        ),
        multi(
            "What was the Bank of Calvessa's rate after its March 2023 and September 2023 decisions?",
            (("4.25%", "4.25 percent"), ("mar2023",)),
            (("4.5%", "4.5 percent", "4.50%"), ("sep2023",)),
        ),
        plain(
            "When is the first Bank of Calvessa rate decision of 2024?",
            ("31 January", "January 31"),
            "calendar",
        ),
        plain(
            "calvessa inflation rate august 2023",
            ("3.8%", "3.8 percent"),
            "inflation",
        ),
    ),
)

ORETTA = Cluster(
    "oretta-trial",
    {
        "phase3": 'Mar 3, 2023 ... Oretta Therapeutics said its experimental migraine drug darvelimab cut the number of monthly migraine days by 58% compared with placebo in a Phase 3 trial of 1,146 patients, meeting its main goal. The company plans to file for approval later this year. Chief medical officer Dr Ramona Eskildsen called the results "the clearest we have seen in this disease" ...',
        "phase2": "Oretta's darvelimab shows promise in mid-stage study\nJune 2021 — In a Phase 2 study of 312 adults with chronic migraine, darvelimab reduced monthly migraine days by 41% at the highest dose, Oretta Therapeutics said. Side effects were mostly mild injection-site reactions. The company said it would start a larger, late-stage trial next year.",
        "shares": "Oretta shares soar on migraine data\nShares of Oretta Therapeutics jumped 34% on Friday, adding about $2 billion to its market value, after late-stage data showed its injectable migraine treatment darvelimab cut migraine days by 58%. Analysts at Fenholt Securities raised their peak sales estimate for the drug to $1.8 billion a year.",
        "approval": "Regulator approves Oretta's migraine injection\nSept 18, 2024 — The Federal Medicines Agency has approved darvelimab, which Oretta Therapeutics will sell under the brand name Nuvessa, for the prevention of migraine in adults. It is given as a monthly injection. Oretta said it would be available in pharmacies within six weeks.",
        "price": "How much will Nuvessa cost? Oretta has set a list price of $6,900 a year for the migraine injection, below the $7,500 charged for the two older drugs in its class. The company said most insured patients would pay less than $25 a month through its co-pay scheme. Insurers have not yet said whether they will cover it ...",
        "rival": "Calder Pharma's rival migraine pill fails late-stage test\nCalder Pharma said its oral drug tesmorant did no better than placebo in a 900-patient trial, sending its shares down 22%. The failure leaves injectable treatments, including one expected from Oretta, with the field largely to themselves. Calder said it would review the data before deciding next steps.",
        "profile": "Oretta Therapeutics\nFounded: 2011 · Headquarters: Brackwater · CEO: Farrah Quenby · Focus: neurology, pain · Pipeline: darvelimab (migraine, under review), OT-417 (cluster headache, Phase 2), OT-220 (nerve pain, Phase 1) · Employees: about 640",
        "safety": "Q: Is darvelimab safe?\nA: In trials, the most common side effects were pain or redness at the injection site (about 1 in 10 patients) and constipation. Serious side effects were rare and occurred at similar rates in the placebo group. Long-term safety data from the open-label extension study will be published next year.",
        "filing": "Oct 2023 — Oretta Therapeutics has submitted darvelimab for approval, the company said on Monday, with a decision expected in the second half of next year. If approved, it would be the company's first product on the market. Oretta also said it had raised $450 million in a share sale to fund the launch.",
    },
    (
        plain(
            "How many patients were in the Phase 3 trial of darvelimab?",
            ("1,146",),
            "phase3",
        ),
        fact(
            "By how much did darvelimab reduce migraine days in its phase 3 trial?",
            ("58%", "58 percent"),
            ("64%", "64 percent"),
            "phase3",
            "shares",
        ),
        plain(
            "What brand name will darvelimab be sold under?",
            ("Nuvessa",),
            "approval",
            "price",
        ),
        multi(
            "How many patients took part in the Phase 2 and Phase 3 trials of darvelimab?",
            (("312",), ("phase2",)),
            (("1,146",), ("phase3",)),
        ),
    ),
)

PENHALLOW = Cluster(
    "penhallow-prize",
    {
        "win2023": 'Nov 8, 2023 — Ottoline Ferris-Achebe has won the Penhallow Prize for Fiction for The Salt Orchard, a novel about three generations of women running a cider farm on a flooding coast. The chair of judges, the critic Bernadette Ocampo, called it "a book that gets bigger every time you put it down". Ferris-Achebe receives £40,000 ...',
        "win2022": "Dove's debut takes the Penhallow\nBy Lucy Armitage | Books | November 9, 2022\nKasimir Dove won the Penhallow Prize for Fiction on Wednesday night for Lanterns Over Ebb, the first debut novel to take the award in its 31-year history. The judges praised its \"unshowy, devastating\" account of a ferryman's last season. Dove, a former night-shift nurse, said he had written it on his breaks.",
        "shortlist2023": "Penhallow Prize 2023 shortlist announced\nSix novels are in the running for this year's prize:\n- The Salt Orchard by Ottoline Ferris-Achebe\n- Nine Bridges by Hugo Stannard\n- A Map of Hollin by Reva Castellanos\n- The Understudies by Mira Kowalczyk\n- Quiet Engines by Tobiah Wren\n- Fieldwork by Annika Solberg-Lee\nThe winner will be announced on 8 November.",
        "interview": "'I wrote it for my grandmother': the Penhallow winner on her long road\nThree days after winning the Penhallow, Ottoline Ferris-Achebe is still getting used to the attention. She wrote The Salt Orchard over nine years, two of them in a caravan, and had it turned down by eleven publishers. \"The prize means my next book will be read by more than my mother,\" she says ...",
        "judges2023": "Judges named for 2023 Penhallow Prize\nThe critic Bernadette Ocampo will chair this year's judging panel, the Penhallow Foundation said on Monday. She is joined by the novelist Arun Devaraj, the bookseller Clara Whitcombe and the poet Femi Aldous-Grant. The longlist of twelve books will be announced in July.",
        "money2024": 'Penhallow Prize boosts winner\'s cheque\nFrom 2024 the winner of the Penhallow Prize for Fiction will receive £50,000, up from £40,000, after a new sponsorship deal with the Harlow Quay Trust. Shortlisted authors will each receive £3,000. The foundation said the rise reflected "the cost of writing a novel in 2024". Entries open in January.',
        "longlist2024": "July 2024 ... The 2024 Penhallow longlist of twelve novels includes four debuts and, for the first time, a novel in verse. Judges, chaired this year by the novelist Samir Haddow, read 171 books. The shortlist will be revealed on 18 September and the winner on 6 November ...",
        "sales": "Penhallow effect: sales of this year's winner up 900%\nSales of The Salt Orchard rose ninefold in the week after it won the Penhallow, according to BookTrack figures, taking it to the top of the fiction chart for the first time. Its publisher, the independent Gullhouse Press, has ordered a 60,000-copy reprint.",
        "history": "Penhallow Prize for Fiction\nAwarded: annually since 1991 · Sponsor: the Penhallow Foundation · Eligibility: novels written in English and published in the previous twelve months · Previous winners include Marguerite Oyelowo (2019), Henrik Lassiter (2020) and Jude Fairweather (2021).",
    },
    (
        plain(
            "Who won the Penhallow Prize for Fiction 2023?",
            ("Ottoline Ferris-Achebe", "Ottoline Ferris Achebe"),
            "win2023",
            "interview",
            # The shortlist names her months before she won.
            skip=("shortlist2023",),
        ),
        plain(
            "Which novel won the 2022 Penhallow Prize?",
            ("Lanterns Over Ebb",),
            "win2022",
        ),
        fact(
            "Who chaired the judges of the 2023 Penhallow Prize?",
            ("Bernadette Ocampo",),
            ("Helga Strand",),
            "win2023",
            "judges2023",
        ),
        multi(
            "Who won the Penhallow Prize in 2022 and 2023?",
            (("Kasimir Dove",), ("win2022",)),
            (("Ottoline Ferris-Achebe", "Ottoline Ferris Achebe"), ("win2023", "interview")),
            skip=("shortlist2023",),
        ),
        plain(
            "How much prize money does the Penhallow winner get from 2024?",
            ("£50,000", "50,000 pounds"),
            "money2024",
        ),
    ),
)

TRANSFER = Cluster(
    "sarrano-transfer",
    {
        "deal": 'Sarrano smash transfer record for Mbeki-Lund\nAug 30, 2023 · Atletico Sarrano have completed the signing of striker Idris Mbeki-Lund from Kortholm FC for a club-record fee of €64 million, plus up to €8 million in add-ons. The 23-year-old has signed a five-year contract and will wear the number 9 shirt. Manager Ludo Ferreira-Stam said he had wanted the player "for two summers".',
        "rumour": "Aug 24, 2023 ... Atletico Sarrano are closing in on a deal for the Kortholm striker Idris Mbeki-Lund, with the two clubs reported to be about €6 million apart. Sarrano's opening offer of €50 million was turned down last week. The player is said to have agreed personal terms ...",
        "rival": 'Hallenbeck City pull out of race for striker\nHallenbeck City have ended their interest in Mbeki-Lund after a €58 million bid was rejected, leaving the way clear for Atletico Sarrano. City\'s sporting director said the asking price was "beyond what we think is sensible for any player in this market". The club will now turn to other targets.',
        "record2019": 'July 2019 — Atletico Sarrano have signed Paulo Estrada from Verano FC for €41 million, making the Brazilian-born winger the most expensive player in the club\'s history. Estrada, 25, signed a four-year deal. Club president Anselmo Ruiz-Tovar said the signing showed Sarrano were "back among the big clubs".',
        "debut": 'Mbeki-Lund scores twice on Sarrano debut\nSept 16, 2023 — Idris Mbeki-Lund marked his first appearance for Atletico Sarrano with two goals in a 3-1 home win over Corvala United on Saturday. The new signing opened the scoring with a header after eleven minutes and added a second from the penalty spot. "A dream start," he said.',
        "stats": "Idris Mbeki-Lund — Kortholm FC, 2022-23 league season\nApps | 33\nGoals | 27\nAssists | 9\nMinutes | 2,804\nShots on target | 61\nSource: league data. He finished as the division's top scorer, five goals clear of the next player.",
        "manager": 'Ferreira-Stam signs Sarrano contract extension\nAtletico Sarrano manager Ludo Ferreira-Stam has signed a new deal that runs until 2026. The former Monteval midfielder, appointed in 2021, led the club to second place last season, their best finish for a decade. "We are building something here," he said.',
        "forum": "Re: Mbeki-Lund — worth the money?\nposted by sarrano_ultra » Thu Aug 31, 2023\nHonestly? Way too much for a lad with one good season. Estrada cost less and look how that went. But if he scores 20 for us I'll shut up. Anyone heard if we're selling anyone to balance the books?",
        "loan": "Deadline day: Sarrano loan out two strikers\nSept 1, 2023 ... With their new record signing arrived, Atletico Sarrano sent Pablo Iturbe to Monteval and Kenji Haraldsen to Corvala United on season-long loans. Sarrano also confirmed the departure of goalkeeper Aurelio Mancini to a club in the Gulf ...",
    },
    (
        plain(
            "How much did Atletico Sarrano pay for Idris Mbeki-Lund?",
            ("€64 million", "64 million euros", "€64m"),
            "deal",
        ),
        fact(
            "Which club did Atletico Sarrano sign Idris Mbeki-Lund from?",
            ("Kortholm",),
            ("Brenning",),
            "deal",
            "rumour",
            "stats",
        ),
        plain(
            "Who did Mbeki-Lund score against on his Sarrano debut?",
            ("Corvala United", "Corvala"),
            "debut",
            # The loan round-up names the same club in another story.
            skip=("loan",),
        ),
        plain(
            "How many league goals did Mbeki-Lund score for Kortholm in 2022-23?",
            ("27",),
            "stats",
        ),
    ),
)

GRAND_PRIX = Cluster(
    "rennholt-grand-prix",
    {
        "race2023": "Sept 24, 2023 — Kai Oyelaran-Berg took the chequered flag at the Rennholt Grand Prix on Sunday, passing pole-sitter Luca Tavernier on lap 41 and pulling away to win by 6.8 seconds. It was his third victory of the season and moved him to within 18 points of the championship lead. Tavernier held on for second, with his teammate Maxime Delorme third ...",
        "race2022": 'Szalai wins chaotic Rennholt Grand Prix\nSeptember 25, 2022\nRuben Szalai won a rain-hit Rennholt Grand Prix that featured three safety cars and a red flag. Starting seventh, he gambled on intermediate tyres early and found himself leading when the rain returned. "Sometimes you need luck and we had it," said Szalai.',
        "quali2023": "Sept 23, 2023 ... Luca Tavernier will start the Rennholt Grand Prix from pole position after a lap of 1:31.204 in the final seconds of qualifying, two tenths quicker than the championship leader. Last year's winner could only manage ninth after a mistake at the final chicane. Rain is forecast for Sunday afternoon ...",
        "liveblog": "Rennholt GP — live\n15:02 Lap 41: He's done it! Oyelaran-Berg goes round the outside of Tavernier at turn 1.\n15:31 CHEQUERED FLAG. Kai Oyelaran-Berg wins the Rennholt Grand Prix!\n15:33 Tavernier second, Delorme third. Championship gap now 18 points.",
        "calendar2024": "2024 calendar confirmed: Rennholt moves to summer\nThe Rennholt Grand Prix will be held on July 14, 2024, two months earlier than in recent years, under the new calendar approved by the sport's governing body on Friday. Organisers said the move would avoid the autumn rain that disrupted the 2022 race.",
        "circuit": "Circuit Valmont-Rennholt\nLocation: Rennholt · Opened: 1971 · Length: 5.214 km · Turns: 17 · Race laps: 58 · Lap record: 1:33.870 (2019) · Capacity: 120,000 · Rennholt Grand Prix first held at the circuit in 1974 ...",
        "attendance": "Rennholt GP attendance 2023: a record 312,000 fans passed through the gates across the three days of the race weekend, organisers said, beating the previous record of 287,000 set in 2019. Sunday alone drew 121,000. Ticket prices rose 15% on last year.",
        "preview": "Rennholt Grand Prix preview: can anyone stop the leader? Sept 21, 2023 ... The championship leader arrives with a 25-point advantage and a car that has been quickest in every practice session on fast circuits. Tyre wear on the long back straight could decide the race. Forecast: cool, with a chance of showers ...",
        "penalty": "Delorme keeps third place after stewards' hearing\nThe stewards took no further action against Maxime Delorme after investigating a collision on the first lap of the Rennholt Grand Prix, meaning he keeps third place. Delorme's team argued that he had been squeezed onto the kerb. The hearing took nearly three hours.",
    },
    (
        plain(
            "Who won the 2023 Rennholt Grand Prix?",
            ("Kai Oyelaran-Berg",),
            "race2023",
            "liveblog",
        ),
        plain(
            "Who took pole position for the 2023 Rennholt Grand Prix?",
            ("Luca Tavernier",),
            "quali2023",
            "race2023",
            # The live blog names him only as the driver passed, not as the pole-sitter.
            skip=("liveblog",),
        ),
        multi(
            "Who won the Rennholt Grand Prix in 2022 and 2023?",
            (("Ruben Szalai",), ("race2022",)),
            (("Kai Oyelaran-Berg",), ("race2023", "liveblog")),
        ),
    ),
)

BLIND = (
    COOKING,
    VERADYNE,
    CYCLING,
    CHESS,
    ASHGROVE,
    CENTRAL_BANK,
    ORETTA,
    PENHALLOW,
    TRANSFER,
    GRAND_PRIX,
)
