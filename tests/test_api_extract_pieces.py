"""Long text goes through the model in bounded pieces and batches; a decision told in two pieces is one record."""

import pytest

from watchdog_nlp import api, extract

DECISION = "On March 3, a court in Almaty sentenced activist Erlan Omarov to five years in prison.\n\n"
FILLER = "The organization said the crackdown on independent media had intensified this year.\n\n"


def test_extract_record_found_in_two_pieces_comes_out_once(nlp, monkeypatch):
    """the same decision in two 300-character pieces -> one record holding the evidence of both."""
    monkeypatch.setattr(api, "PIECE_CHARS", 300)
    text = DECISION + FILLER * 3 + DECISION
    [record] = extract(text, "2021-03-10", nlp=nlp).records
    assert (record.person, record.ruling_date, record.sentence[0].duration) == ("Erlan Omarov", "2021-03-03", "P5Y")
    assert [text[s:e].strip() for s, e in record.evidence.spans] == [DECISION.strip(), DECISION.strip()]


@pytest.mark.parametrize("piece, batch", [(300, 700), (1000, 1000)])
def test_extract_model_sees_bounded_batches(nlp, monkeypatch, piece, batch):
    """a long article -> pieces of at most PIECE_CHARS characters, batches of at most BATCH_CHARS
    (or one piece), every character once."""
    monkeypatch.setattr(api, "PIECE_CHARS", piece)
    monkeypatch.setattr(api, "BATCH_CHARS", batch)
    batches: list[list[str]] = []
    pipe = nlp.pipe

    def spy(texts, **kwargs):
        if kwargs.get("as_tuples"):  # spaCy calls pipe again on the bare texts
            texts = list(texts)
            batches.append([t for t, _ in texts])
        return pipe(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    text = (DECISION + FILLER * 2) * 20
    extract(text, "2021-03-10", nlp=nlp)
    assert "".join(p for b in batches for p in b) == text
    assert all(len(p) <= piece for b in batches for p in b)
    assert all(sum(map(len, b)) <= batch or len(b) == 1 for b in batches)
    assert len(batches) > 1
