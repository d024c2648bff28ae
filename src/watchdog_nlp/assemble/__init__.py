"""Doc -> case records: decision frames read off the labelled spans, people resolved, context carried.

A *frame* is one decision trigger with what its sentence says about it: who (persons the trigger
governs, or a pronoun / description resolved to the person in focus), when, which court, the
penalties and the charges. Frames about the same person and ruling merge into one record; frames
with nobody named (a lead sentence "a court has jailed a blogger", an echo "handed down its decision
on January 22") lend their slots to the named frames around them.

    reader.py     the reading loop: sentence by sentence, who is in focus, one trigger -> one frame
    frames.py     the Frame and its CourtRef, and the parse reads the modules below share
    people.py     who is who, who is not a defendant, roles and ages
    rulings.py    which triggers tell a decision, the ruling a sentence settles, which decisions stand
    appeals.py    a decision's stage (appeal or trial), the earlier decisions an appeal tells
    penalties.py  a penalty span's value, terms split among the people of one decision
    lists.py      terms laid out one line per person, terms left to serve after an appeal
    dates.py      a date's value, the date of a decision, counted days, page dates
    courts.py     a court's name, seat and country, court or other body, courts carried to decisions
    charges.py    whose a charge is, code articles
    records.py    frames -> records (merging, lending, article-wide passes)
    cues.py       the word lists that steer assembly (models/cues.yaml, models/names.yaml)
"""

from .reader import assemble

__all__ = ["assemble"]
