"""The canonical order reconcile() reads claims in (reconcile/order.py)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import DEFAULT_POLICY, Claim, ClaimDate, Quantity, Source, Subject
from claimkit.reconcile import ReconcileOptions
from claimkit.reconcile.order import canonical
from claimkit.reconcile.records import Normaliser
from strategies import claims

FAST = settings(max_examples=60, deadline=None)


def _read(items: list[Claim]) -> list[Claim]:
    return [r.claim for r in canonical(items, Normaliser(DEFAULT_POLICY, ReconcileOptions()))]


@FAST
@given(st.lists(claims(), max_size=12), st.randoms(use_true_random=False))
def test_canonical_order_does_not_depend_on_input_order(
    items: list[Claim], rnd: random.Random
) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert _read(items) == _read(shuffled)


@FAST
@given(st.lists(claims(), max_size=12))
def test_canonical_keeps_each_distinct_claim_once_and_ranks_by_place(items: list[Claim]) -> None:
    records = canonical(items + items[:3], Normaliser(DEFAULT_POLICY, ReconcileOptions()))
    assert [r.rank for r in records] == list(range(len(records)))
    kept = [r.claim for r in records]
    distinct: list[Claim] = []
    for item in items:
        if not any(item == other for other in distinct):
            distinct.append(item)
    assert len(kept) == len(distinct)
    assert all(any(c == k for k in kept) for c in items)


def test_canonical_orders_by_subject_then_interval_then_time() -> None:
    troops = Subject(key="troops", role="deployed")
    killed = Subject(key="troops", role="killed")
    upi = Source(publisher="UPI")

    def claim(figure: int, subject: Subject, day: int) -> Claim:
        return Claim(
            quantity=Quantity.exact(figure),
            subject=subject,
            source=upi,
            date=ClaimDate(said_on=dt.date(2025, 1, day)),
        )

    items = [claim(300, killed, 1), claim(12000, troops, 2), claim(11000, troops, 9)]
    items.append(claim(11000, troops, 3))
    read = _read(items)
    assert [(c.quantity.value, c.date.said_on.day) for c in read if c.date.said_on] == [
        (Decimal(11000), 3),
        (Decimal(11000), 9),
        (Decimal(12000), 2),
        (Decimal(300), 1),
    ]


def test_equal_claims_at_one_place_are_ordered_by_text_and_counted_once() -> None:
    base = Claim(quantity=DEFAULT_POLICY.quantity(5000, "about"), source=Source(publisher="AFP"))
    other = attrs.evolve(base, sentence="About 5,000 were sent.")
    assert _read([other, base, other]) == _read([base, other])
    assert len(_read([other, base, other])) == 2
