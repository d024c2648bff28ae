"""Appeals: at which stage of a case a decision was taken.

An acquittal by an appeal, cassation or supreme court, or one made "on appeal", overturns the
conviction under review: SCHEMA.md's `appeal_granted` (a higher court overturned an earlier
ruling), not a trial's `acquitted`. Only when the article also tells that conviction (a sentence of
the same person, or "quashed the conviction", "appellants" in the acquittal's sentence): a supreme
court may try a case at first instance, and "the court" may be the trial court.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .frames import Frame

#: words that make a court, a party or a phrase one of the appeal stage
_REVIEWING = re.compile(r"\b(?:appeals?|appellate|appellants?|cassation|supreme)\b", re.IGNORECASE)
#: the trigger's dependents that may say who decided or in which proceedings (not "of" the charges)
_SAYS_WHO = frozenset({"nsubj", "nsubjpass", "agent", "prep", "npadvmod"})
#: an acquittal's sentence that itself tells the conviction it undid
_UNDOES_CONVICTION = re.compile(r"\b(?:overturn|quash|set(?:ting)? aside|annul|convictions?\b|appellants?\b)", re.IGNORECASE)
#: rulings that convicted someone
_CONVICTIONS = frozenset({"sentenced", "appeal_rejected"})


def by_higher_court(frame: Frame) -> bool:
    """Whether the decision's own clause puts it at the appeal stage: the court it names is a
    reviewing one, or its doer or passive subject is an appeal, cassation or supreme court or
    "appellants", or it was made "on appeal" or "in cassation"."""
    if frame.court is not None and frame.court.name and _REVIEWING.search(frame.court.name):
        return True
    for child in frame.trigger.root.children:
        if child.dep_ not in _SAYS_WHO or (child.dep_ == "prep" and child.lower_ not in {"on", "in", "by"}):
            continue
        if _REVIEWING.search(" ".join(t.text for t in child.subtree)):
            return True
    return False


def settle_appeal_acquittals(frames: list[Frame]) -> None:
    """An acquittal at the appeal stage of someone the article tells was convicted is an appeal
    granted."""
    for frame in frames:
        if frame.ruling != "acquitted" or not frame.persons or not by_higher_court(frame):
            continue
        convicted = any(
            other is not frame and other.ruling in _CONVICTIONS and set(other.persons) & set(frame.persons) for other in frames
        )
        if convicted or _UNDOES_CONVICTION.search(frame.sent.text):
            frame.ruling = "appeal_granted"
