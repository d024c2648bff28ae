"""Court mentions: named ("Moscow City Court", "Almaty's Almaly district court") and unnamed
("a court in the western city of Atyrau", "A Turkish court", "the same court").

The pattern file's `court` entry has named groups; the parts it finds (name, place words) are kept
raw on `span._.court` and normalised later, at assembly.
"""

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..windows import doc_text
from .patterns import PatternFinder, lowercase_text

#: "Oktyabrsky District Court": a city district named by an adjective, though towns share the name
_DISTRICT = frozenset({"district", "interdistrict", "inter-district", "raion", "rayon"})
_DISTRICT_ADJECTIVE = re.compile(r"(?:sk|ck|zk|n)(?:y|iy|ii|oy|yi)$")


def court_parts(
    groups: dict[str, str | None], court_word: re.Pattern | None = None, district_name: re.Pattern | None = None
) -> dict | None:
    """Turn the pattern's groups into {name, places, mods, court_words, same, head}, or None when it
    is not a court that decides anything here ("a lower court's decision" is the one being reviewed).

    `places` lists the phrases that place the court explicitly, most explicit first: a possessive
    ("Almaty's"), a location phrase ("in Atyrau"), an "of" phrase ("District Court of Baku");
    `mods` are the name's own words ("Abu Dhabi Federal"); `court_words` are the words of both that
    name a kind of court ("Federal", "People's") or a city district, never a place on their own;
    `districts` are the name's words that name a city district ("Oktyabrsky District", or "Kirov
    District": `district_name` knows the names many cities' districts bear), which seat the court in
    no town of that name; `seat` is a place the text calls a city, town or village ("in the town of
    Kaskelen"), a seat even where the gazetteer has no such town; `region` is a place the text calls a
    region, province or republic ("in the province of Ha Nam", "in/of Ha Nam province"), which gives a country but no seat;
    `new` tells a court the text introduces rather than refers back to ("an Israeli military court",
    "de facto courts"); `bare` a plain "the court", which refers back to one told before.
    """
    det = (groups.get("det") or "").strip().lower()
    mods = (groups.get("mods") or "").split()
    types = (groups.get("types") or "").split()
    head = groups["head"]
    if any(m in {"Court", "Courts", "Judge"} for m in mods):
        return None
    if head.lower() == "judge" and not (det in {"a", "an"} and (mods or types)):
        return None
    if "lower" in [t.lower() for t in types]:
        return None
    same = "same" in [t.lower() for t in types]
    indefinite = det in {"a", "an"}
    of_region = groups.get("of") if groups.get("of_region") else None
    region = groups.get("loc") if groups.get("region") or groups.get("province") else of_region
    places = [
        p for p in (groups.get("poss"), None if region else groups.get("loc"), None if of_region else groups.get("of")) if p
    ]
    named = bool(mods) and not indefinite
    name = None
    if named or (not indefinite and head[0].isupper()):
        name = " ".join([*mods, *types, head, *(groups.get("tail") or "").split(), *(groups.get("of_phrase") or "").split()])
    bare = det == "the" and head == "court" and name is None and not types and not places and not region
    words = [*mods, *(w for p in places for w in p.split())]
    court_words = [w for w in words if court_word is not None and court_word.fullmatch(w)]
    following = [w.lower() for w in [*mods[1:], *types]]
    districts = [
        w
        for w, nxt in zip(mods, following)
        if nxt in _DISTRICT and (_DISTRICT_ADJECTIVE.search(w) or (district_name is not None and district_name.fullmatch(w)))
    ]
    court_words += districts
    seat = groups.get("loc") if groups.get("settlement") else None
    new = indefinite or (head.lower() == "courts" and not mods)
    return {
        "name": name,
        "places": places,
        "mods": mods,
        "court_words": court_words,
        "districts": districts,
        "same": same,
        "head": head.lower(),
        "seat": seat,
        "region": region,
        "new": new,
        "bare": bare,
    }


class CourtFinder(PatternFinder):
    """Finds court mentions; `span._.court` holds their raw parts. Capitals matter here ("Moscow
    City Court" is a name, "a city court" is not), so it matches the original text."""

    flags = re.IGNORECASE
    searched = ("court", "not_court", "venue")

    def match(self, doc: Doc) -> list[Span]:
        if "court" not in self._compiled:
            return []
        text = doc_text(doc)
        starts = self._anchored.starts(lowercase_text(text))
        found = {label: list(self._anchored.finditer(label, text, starts)) for label in ("not_court", "venue")}
        excluded = [(m.start(), m.end()) for m in found["not_court"]]
        spans = []
        for m in self._anchored.finditer("court", text, starts):
            if any(s <= m.start("head") < e for s, e in excluded):
                continue
            parts = court_parts(m.groupdict(), self._compiled.get("court_word"), self._compiled.get("district_name"))
            if parts is None:
                continue
            start = (
                m.start("poss")
                if m.group("poss")
                else m.start("mods")
                if m.group("mods")
                else m.start("types")
                if m.group("types")
                else m.start("head")
            )
            span = doc.char_span(start, m.end(), label="COURT", alignment_mode="expand")
            if span is not None:
                span._.court = parts
                spans.append(span)
        return filter_spans(spans + self._venues(doc, found["venue"]))

    def _venues(self, doc: Doc, matches: list[re.Match]) -> list[Span]:
        """'in a courtroom set up inside the prison in the city of Homel': where a hearing sat places
        its court. The span is the room's word alone, so that a court named beside it keeps its own."""
        spans = []
        for m in matches:
            head = next(g for g in ("head", "held", "building") if m.group(g))
            loc = m.group({"head": "loc", "held": "held_loc", "building": "building_loc"}[head])
            span = doc.char_span(m.start(head), m.end(head), label="COURT", alignment_mode="expand")
            if span is not None:
                seat = loc if m.group("settlement") else None
                span._.court = {
                    "name": None,
                    "places": [loc],
                    "mods": [],
                    "court_words": [],
                    "same": False,
                    "head": m.group(head).lower(),
                    "seat": seat,
                }
                spans.append(span)
        return spans
