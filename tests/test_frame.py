"""DataFrames of claims and relations: typed columns, one row per claim or relation."""

from __future__ import annotations

import datetime as dt
import math
import sys

import pytest

pd = pytest.importorskip("pandas")

from claimkit.frame import (  # noqa: E402
    CLAIM_COLUMNS,
    MissingDependencyError,
    claim_record,
    relations_frame,
    to_frame,
)
from claimkit.model import (  # noqa: E402
    Attributor,
    Claim,
    ClaimDate,
    DateRange,
    Hedge,
    Quantity,
    Source,
    Subject,
)
from claimkit.reconcile import reconcile  # noqa: E402

AFP = Source(publisher="AFP", title="Troops", published=dt.date(2024, 10, 23))
TROOPS = Subject(text="troops", head="troops", key="troops", role="deployed", actor="North Korean")


def make(quantity: Quantity, who: Attributor | None, span: tuple[int, int], **kw: object) -> Claim:
    return Claim(quantity=quantity, subject=TROOPS, attributor=who, source=AFP, span=span, **kw)  # type: ignore[arg-type]


PARK = Attributor(name="Park Sun-won")
YU = Attributor(name="Yu Yong-weon", via=(Attributor(name="Kyrylo Budanov"),))
ABOUT = Quantity(value=10000, low=9500, high=10500, hedge=Hedge.approximate, text="about 10,000")
MORE = Quantity(value=3000, low=3000, high=None, hedge=Hedge.lower_bound, text="at least 3,000")
THOUSANDS = Quantity(low=2000, high=10000, high_closed=False, hedge=Hedge.vague, text="thousands")
BY_DECEMBER = ClaimDate(
    said_on=dt.date(2024, 10, 23),
    refers_to=DateRange(end=dt.date(2024, 12, 31), precision="month", text="by December"),
)
CLAIMS = [
    make(ABOUT, PARK, (10, 22), date=BY_DECEMBER),
    make(MORE, YU, (40, 54)),
    make(THOUSANDS, None, (60, 69)),
]


def test_one_typed_row_per_claim() -> None:
    df = to_frame(CLAIMS)
    assert len(df) == 3
    assert list(df.columns) == list(CLAIM_COLUMNS)
    for name in ("value", "low", "high"):
        assert df[name].dtype == "float64"
    for name in ("said_on", "refers_to_start", "refers_to_end", "when", "published"):
        assert str(df[name].dtype) == "datetime64[ns]"
    assert isinstance(df["hedge"].dtype, pd.CategoricalDtype)
    assert set(df["hedge"].cat.categories) == {h.value for h in Hedge}
    for name in ("text", "unit", "subject_key", "attributor", "original_source", "publisher"):
        assert pd.api.types.is_string_dtype(df[name]), name
    assert df["span_start"].dtype == "int64"


def test_values() -> None:
    df = to_frame(CLAIMS)
    about, more, vague = (df.iloc[i] for i in range(3))
    assert (about.text, about.low, about.high, about.value) == ("about 10,000", 9500, 10500, 10000)
    assert about.said_on == pd.Timestamp("2024-10-23")
    assert pd.isna(about.refers_to_start)
    assert about.refers_to_end == pd.Timestamp("2024-12-31")
    assert about.when == pd.Timestamp("2024-12-31")
    assert more.high == math.inf
    assert more.attributor_chain == "Yu Yong-weon, citing Kyrylo Budanov"
    assert more.original_source == "Kyrylo Budanov"
    assert pd.isna(more.said_on)
    assert math.isnan(vague.value)
    assert vague.hedge == "vague"
    assert pd.isna(vague.attributor)
    assert vague.original_source == "AFP"  # the outlet speaks for itself
    assert (vague.span_start, vague.span_end) == (60, 69)
    assert df["high"].max() == math.inf


def test_empty() -> None:
    df = to_frame([])
    assert list(df.columns) == list(CLAIM_COLUMNS)
    assert len(df) == 0
    assert df["low"].dtype == "float64"


def test_a_reconciliation_adds_groups_and_its_relations_refer_to_rows() -> None:
    rec = reconcile(CLAIMS)
    claims = to_frame(rec)
    assert len(claims) == len(rec.claims)
    assert claims["group"].notna().all()
    relations = relations_frame(rec)
    assert len(relations) == len(rec.relations) > 0
    assert isinstance(relations["kind"].dtype, pd.CategoricalDtype)
    for _, row in relations.iterrows():
        assert claims.loc[row.a, "text"] == row.a_text
        assert claims.loc[row.b, "text"] == row.b_text
        assert row.reason


def test_claim_record_needs_no_pandas() -> None:
    assert claim_record(CLAIMS[1])["high"] == math.inf


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'claimkit\[frame\]'"):
        to_frame(CLAIMS)
