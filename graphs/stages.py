"""Two parts that ask for one figure at two stages.

The first estimate and the latest, a forecast and the outcome, a draft and the final text: "What
was the first estimate for repairing the pier, and what is the latest?" is answered by two reports
of the same thing that differ in their figure. Both fit each part about equally well, since each
part names the same subject; what tells them apart is the stage each figure's clause tells: "the
first estimate puts the cost at £8.2 million", "the cost has risen to £11.5 million". (The reports'
dates do not: an older look-alike, "Wexley closed two libraries to save £420,000", is the earliest
report and no stage of the closures asked about.)

Written by hand: the stage words are a short closed list of English news wording, and no installed
library orders the stages of a process.
"""

from __future__ import annotations

import re
from typing import Literal

from signalbox.graphs.question_shape import question_shape

Stage = Literal["early", "late"]

_EARLY = re.compile(
    r"\b(?:first|initial|initially|original|originally|proposed?|proposals?|draft|forecasts?|"
    r"predicted|projected|expect|expected|estimated?|planned|provisional|provisionally|tender|"
    r"offer|offered|budgeted|promised|intended|meant|before|sought|requested|demanded|"
    # What was asked for, before what was granted: "How much did the pottery ask the arts
    # council for?", "it has applied to the council for £38,000".
    r"ask(?:ed|ing)?(?:\s+[\w'’-]+){0,4}?\s+for|appl(?:y|ied|ies|ying)|application)\b",
    re.IGNORECASE,
)
_LATE = re.compile(
    r"\b(?:final|finally|actual|actually|latest|now|revised|revision|approved|confirmed|"
    r"eventually|in the end|ended|end up|deal|settled|agreed|outturn|currently|after|awarded|"
    r"granted|received)\b",
    re.IGNORECASE,
)


def stages(parts: tuple[str, ...]) -> tuple[Stage | None, ...]:
    """Each part's stage, when two parts ask for one thing at an earlier and a later stage.

    A part's stage is read from its own words: early ones ("first", "proposed", "forecast")
    against late ones ("final", "latest", "now"). "What was the dam expected to cost when it was
    approved, and what is the cost now?" has one of each in its first part and a late one in the
    second: the first part is the earlier stage; so is one asking what was expected, estimated or
    asked for, before a part asking what "did" happen. Parts that do not differ have no stage, nor do
    parts that name no later stage otherwise ("its first and second weekends" are two weekends), nor
    parts that ask for different kinds of thing ("who built it, and what did it cost in the end"; a
    part asking no kind, "and what did the cabinet finally agree?", asks the other's)
    or for a person, a place or a date (when a barrier was opened and when it was first raised
    are two events, not two stages of one).
    """
    if len(parts) != 2:
        return (None,) * len(parts)
    # "and what did the cabinet finally agree?" leaves the kind to the first part.
    wanted = {question_shape(part).wants for part in parts} - {"other"}
    if len(wanted) > 1 or wanted & {"person", "place", "date"}:
        return (None, None)
    late = [len(_LATE.findall(part)) for part in parts]
    early = [len(_EARLY.findall(part)) for part in parts]
    # "How much beet did it expect to slice, and how much did it slice?": what was done, after
    # what was expected, is the later stage though no word names it.
    if _EXPECTED.search(parts[0]) and not early[1] and not any(late) and _DONE.search(parts[1]):
        return ("early", "late")
    leaning = [said_early - said_late for said_early, said_late in zip(early, late, strict=True)]
    # "its first and second weekends" are two times, not two stages: a later stage is named.
    if leaning[0] == leaning[1] or not any(late):
        return (None, None)
    return ("early", "late") if leaning[0] > leaning[1] else ("late", "early")


# What was wanted or foreseen, as against a first of several ("its first weekend").
_EXPECTED = re.compile(
    r"\b(?:expect|expected|estimated?|forecast|predicted|projected|planned|budgeted|promised|"
    r"intended|meant|proposed|ask(?:ed)? for|sought|requested|demanded|offered)\b",
    re.IGNORECASE,
)
# "how much did it slice", "how much had been spent by the reopening"
_DONE = re.compile(r"\b(?:did|had been|has been|have been)\b", re.IGNORECASE)


# What a figure's clause says of its stage. Narrower than the question's words: "the first
# closures in 30 years" is no first estimate, and "will" states final figures too ("The cuts will
# save £1.3m a year").
_TOLD_EARLY = re.compile(
    r"\b(?:propos\w*|draft|forecasts?|forecasting|expects?|expected|expecting|estimat\w*|"
    r"plans?|planned|planning|intends?|intended|offer\w*|provisional\w*|initial\w*|"
    r"original\w*|budget\w*|targets?|targeted|aims?|aimed|hopes?|hoped|set out to|asked|"
    r"asks|tender\w*|appl(?:y|ied|ies|ying|ication))\b",
    re.IGNORECASE,
)
_TOLD_LATE = re.compile(
    r"\b(?:final\w*|actual\w*|risen|rose|confirmed|agreed|agreeing|approved|settled|deal|"
    r"revised|now|eventually|in the end|ended up|fined|awarded|granted|outturn)\b",
    re.IGNORECASE,
)


def told(clause: str) -> Stage | None:
    """The stage a figure's clause tells, when it tells one and not the other."""
    early, late = bool(_TOLD_EARLY.search(clause)), bool(_TOLD_LATE.search(clause))
    if early == late:
        return None
    return "early" if early else "late"
