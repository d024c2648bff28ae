"""extract / extract_many end to end with the real pipeline."""

import pytest

import watchdog_nlp
from watchdog_nlp import WatchdogError, extract, extract_many

DECISION = (
    "On March 3, a court in Almaty sentenced activist Erlan {surname} to five years in prison "
    "on charges of inciting social discord. His lawyer said he would appeal.\n\n"
)
FILLER = (
    "The organization said the crackdown on independent media had intensified this year, "
    "citing new restrictions on foreign funding and the blocking of several news websites.\n\n"
)
SURNAMES = ("Baimukhanov", "Zhaksybekov", "Tokayev", "Suleimenov", "Kuanyshev", "Omarov", "Nurlanov", "Serikbayev")


def test_api_extract_seed_page(nlp, seed_text):
    """the seed page -> records only for Maks Boqaev: one restriction, one 2016 sentence (as gold)."""
    result = extract(seed_text, published="2021-01-22", nlp=nlp)
    assert {r.person for r in result.records} == {"Maks Boqaev"}
    assert sorted(r.ruling for r in result.records) == ["restriction", "sentenced"]
    sentenced = [r for r in result.records if r.ruling == "sentenced"]
    assert [r.ruling_date for r in sentenced] == ["2016"]
    assert {r.country for r in result.records} == {"KZ"}


def test_api_extract_seed_page_evidence_points_at_text(nlp, seed_text):
    """each record's evidence offsets -> the input's sentences stating that decision."""
    result = extract(seed_text, published="2021-01-22", nlp=nlp)
    for record in result.records:
        assert record.evidence.spans
        assert all(0 <= start < end <= len(seed_text) for start, end in record.evidence.spans)
        evidence = " ".join(seed_text[start:end] for start, end in record.evidence.spans)
        expected = (
            ("restriction on Kazakh activist Maks Boqaev",)
            if record.ruling == "restriction"
            else ("sentenced to five years", "2016")
        )
        assert all(phrase in evidence for phrase in expected), (record.ruling, evidence)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\n\t \n",
        "Load more\n\nAbout This Blog\n\nSubscribe\n\nXS\nSM",
        "Суд в Москве приговорил активиста Ивана Петрова к пяти годам лишения свободы по делу об экстремизме.",
    ],
)
def test_api_extract_nothing_to_find(nlp, text):
    """empty, whitespace, page boilerplate or non-English text -> no records and no error."""
    result = extract(text, published="2021-01-22", id="x", nlp=nlp)
    assert result.id == "x"
    assert result.records == []


@pytest.mark.parametrize("published", ["2021-13-45", "31/31/2021", "yesterday", "January 2021", "2999-01-01"])
def test_api_extract_invalid_published_raises(nlp, published):
    """published that is no complete date up to today -> WatchdogError E001 naming the value."""
    with pytest.raises(WatchdogError) as info:
        extract("He was sentenced to five years in prison.", published=published, nlp=nlp)
    assert published in str(info.value)
    assert "[E001]" in str(info.value)


@pytest.mark.parametrize("bad", [None, 42, {"id": "a"}, {"text": 5}])
def test_api_extract_many_rejects_non_articles(nlp, bad):
    """an item that is not a dict with a text string -> WatchdogError E006."""
    with pytest.raises(WatchdogError, match=r"\[E006\]"):
        list(extract_many([bad], nlp=nlp))


def test_api_extract_longer_than_max_length(nlp, monkeypatch):
    """text over nlp.max_length -> split at paragraphs; each record's evidence lies on its own person."""
    monkeypatch.setattr(nlp, "max_length", 1000)
    text = "".join(DECISION.format(surname=name) + FILLER for name in SURNAMES)
    assert len(text) > 2 * nlp.max_length
    result = extract(text, published="2021-03-10", nlp=nlp)
    by_surname = {r.person.split()[-1]: r for r in result.records}
    assert set(by_surname) == set(SURNAMES)
    for surname, record in by_surname.items():
        assert record.ruling == "sentenced"
        assert record.evidence.spans
        for start, end in record.evidence.spans:
            assert surname in text[start:end], (surname, text[start:end])
    for entity in result.entities:
        assert text[entity.start : entity.end] == entity.text


def test_api_extract_long_text_matches_short_pieces(nlp, monkeypatch):
    """the same long text with and without splitting -> the same records."""
    text = "".join(DECISION.format(surname=name) + FILLER for name in SURNAMES)
    whole = extract(text, published="2021-03-10", nlp=nlp).records
    monkeypatch.setattr(nlp, "max_length", 1000)
    split = extract(text, published="2021-03-10", nlp=nlp).records
    strip = lambda records: [r.model_dump(exclude={"evidence"}) for r in records]  # noqa: E731
    assert strip(split) == strip(whole)


def test_api_extract_many_order_and_ids(nlp):
    """a list of dicts -> one result per input, in input order, each carrying its id."""
    articles = [
        {"id": "a", "text": DECISION.format(surname="Baimukhanov"), "published": "2021-03-10"},
        {"id": "b", "text": "", "published": "2021-03-11"},
        {"id": 3, "text": "Load more\n\nSubscribe"},
        {"id": "d", "text": DECISION.format(surname="Omarov"), "published": "2021-03-12"},
    ]
    results = list(extract_many(articles, nlp=nlp, batch_size=2))
    assert [r.id for r in results] == ["a", "b", "3", "d"]
    assert [r.person for r in results[0].records] == ["Erlan Baimukhanov"]
    assert results[1].records == [] and results[2].records == []
    assert [r.person for r in results[3].records] == ["Erlan Omarov"]


def test_api_extract_many_empty_input(nlp):
    """no articles -> no results."""
    assert list(extract_many([], nlp=nlp)) == []


def test_api_load_is_shared(nlp):
    """load() twice -> the same Language object (built once)."""
    assert watchdog_nlp.load() is watchdog_nlp.load()
    assert watchdog_nlp.load() is nlp


def test_api_extract_many_two_processes_match_one(nlp, dev_articles):
    """extract_many with n_process=2 -> the same results, in the same order, as one process."""
    articles = dev_articles[:6]
    one = [r.model_dump() for r in extract_many(articles, nlp=nlp)]
    two = [r.model_dump() for r in extract_many(articles, nlp=nlp, n_process=2, batch_size=2)]
    assert [r["id"] for r in two] == [a["id"] for a in articles]
    assert two == one
    assert any(r["records"] for r in two)


def test_api_extract_entities_carry_normalised_values(nlp):
    """a decision sentence -> entities with offsets into the text and their normalised values."""
    text = "A court in Almaty on March 3 fined activist Erlan Suleimenov 20,000 tenges."
    result = extract(text, published="2022-03-05", nlp=nlp)
    values = {(e.label, e.text): e.value for e in result.entities}
    assert values[("COURT", "court in Almaty")] == {"name": None, "city": "Almaty", "country": "KZ"}
    assert values[("DATE", "March 3")] == "2022-03-03"
    (penalty,) = [e for e in result.entities if e.label == "PENALTY"]
    assert penalty.value == {"kind": "fine", "duration": None, "fine": {"amount": 20000.0, "currency": "KZT"}}
    assert all(text[e.start : e.end] == e.text for e in result.entities)
