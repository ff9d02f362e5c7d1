"""Claims and relations as pandas DataFrames (the ``[frame]`` extra).

pandas is imported inside the functions, so ``import claimkit.frame`` costs
nothing and a missing pandas is reported when a frame is asked for, with the
command that installs it.

Columns are typed: bounds are ``float64`` with ``inf``/``-inf`` for an unbounded
side (so ``df.high.max()`` and comparisons work), dates are ``datetime64[ns]``
with ``NaT`` where unknown, text is the ``string`` dtype, and the hedge kind and
relation kind are categories over every possible value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from claimkit.errors import MissingDependencyError
from claimkit.model import Claim, Hedge
from claimkit.reconcile import Reconciliation, RelationKind

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CLAIM_COLUMNS",
    "MissingDependencyError",
    "claim_record",
    "original_source",
    "relations_frame",
    "require",
    "to_frame",
]

#: Column name -> dtype of :func:`to_frame` (``"hedge"`` is a category).
CLAIM_COLUMNS: dict[str, str] = {
    "text": "string",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "low_closed": "bool",
    "high_closed": "bool",
    "hedge": "category",
    "hedge_text": "string",
    "unit": "string",
    "subject": "string",
    "subject_key": "string",
    "role": "string",
    "place": "string",
    "actor": "string",
    "attributor": "string",
    "attributor_chain": "string",
    "attributor_kind": "string",
    "original_source": "string",
    "cue": "string",
    "said_on": "datetime64[ns]",
    "refers_to_start": "datetime64[ns]",
    "refers_to_end": "datetime64[ns]",
    "when": "datetime64[ns]",
    "publisher": "string",
    "title": "string",
    "published": "datetime64[ns]",
    "span_start": "int64",
    "span_end": "int64",
    "sentence": "string",
}


def require(module: str, extra: str) -> Any:
    """Import an optional dependency or say which extra installs it.

    Examples:
        >>> require("json", "none").__name__
        'json'
        >>> require("no_such_module_xyz", "frame")
        Traceback (most recent call last):
        ...
        claimkit.errors.MissingDependencyError: no_such_module_xyz is not installed: pip install ...
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"{module} is not installed: pip install 'claimkit[{extra}]'"
        raise MissingDependencyError(msg) from None


def _float(value: Decimal | None, unbounded: float) -> float:
    return unbounded if value is None else float(value)


def original_source(claim: Claim) -> str | None:
    """Who first asserted the figure: the end of the relay chain, else the publisher.

    Examples:
        >>> from claimkit.model import Attributor, Quantity, Source
        >>> yu = Attributor(name="Yu Yong-weon", via=(Attributor(name="Kyrylo Budanov"),))
        >>> original_source(Claim(quantity=Quantity.exact(3500), attributor=yu))
        'Kyrylo Budanov'
        >>> original_source(Claim(quantity=Quantity.exact(3500), source=Source(publisher="AFP")))
        'AFP'
    """
    if claim.attributor is not None:
        return claim.attributor.original.name
    return claim.source.publisher


def claim_record(claim: Claim) -> dict[str, Any]:
    """One claim as a flat dict keyed by :data:`CLAIM_COLUMNS` (no pandas needed).

    Bounds are floats (``inf`` where unbounded), dates are :class:`datetime.date`
    or ``None``; the CSV writer and :func:`to_frame` both start from this.

    Examples:
        >>> from claimkit.model import Quantity
        >>> record = claim_record(Claim(quantity=Quantity.exact(1500), span=(3, 8)))
        >>> record["text"], record["low"], record["span_end"], record["original_source"]
        ('1,500', 1500.0, 8, None)
    """
    q, s, who = claim.quantity, claim.subject, claim.attributor
    ref = claim.date.refers_to
    return {
        "text": q.text,
        "value": math.nan if q.value is None else float(q.value),
        "low": _float(q.low, -math.inf),
        "high": _float(q.high, math.inf),
        "low_closed": q.low_closed,
        "high_closed": q.high_closed,
        "hedge": q.hedge.value,
        "hedge_text": q.hedge_text,
        "unit": q.unit,
        "subject": s.text,
        "subject_key": s.key,
        "role": s.role,
        "place": s.place,
        "actor": s.actor,
        "attributor": None if who is None else who.name,
        "attributor_chain": None if who is None else who.chain(),
        "attributor_kind": None if who is None else who.kind.value,
        "original_source": original_source(claim),
        "cue": claim.cue,
        "said_on": claim.date.said_on,
        "refers_to_start": None if ref is None else ref.start,
        "refers_to_end": None if ref is None else ref.end,
        "when": claim.when,
        "publisher": claim.source.publisher,
        "title": claim.source.title,
        "published": claim.source.published,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "sentence": claim.sentence,
    }


def _typed(pd: Any, rows: list[dict[str, Any]], dtypes: dict[str, Any]) -> pd.DataFrame:
    columns = {
        name: pd.Series([row[name] for row in rows], dtype=dtype) for name, dtype in dtypes.items()
    }
    return pd.DataFrame(columns)


def to_frame(claims: Iterable[Claim] | Reconciliation) -> pd.DataFrame:
    """One row per claim, with typed columns (see :data:`CLAIM_COLUMNS`).

    Given a :class:`~claimkit.reconcile.Reconciliation`, the rows are its
    ``claims`` in order (the indices :func:`relations_frame` refers to) and a
    ``group`` column holds each claim's group key.

    Raises:
        MissingDependencyError: pandas is not installed.

    Examples:
        >>> from claimkit.model import Quantity
        >>> more = Quantity(value=600000, low=600000, high=None, low_closed=False,
        ...                 hedge=Hedge.lower_bound, text="more than 600,000")
        >>> df = to_frame([Claim(quantity=more)])
        >>> row = df.iloc[0]
        >>> row.text, float(row.low), float(row.high), row.hedge
        ('more than 600,000', 600000.0, inf, 'lower_bound')
        >>> str(df["said_on"].dtype), str(df["hedge"].dtype)
        ('datetime64[ns]', 'category')
    """
    pd = require("pandas", "frame")
    groups: dict[Claim, str] | None = None
    if isinstance(claims, Reconciliation):
        groups = {claim: group.key for group in claims.groups for claim in group.claims}
        items = list(claims.claims)
    else:
        items = list(claims)
    dtypes: dict[str, Any] = dict(CLAIM_COLUMNS)
    dtypes["hedge"] = pd.CategoricalDtype([h.value for h in Hedge])
    rows = [claim_record(claim) for claim in items]
    frame = _typed(pd, rows, dtypes)
    if groups is not None:
        frame["group"] = pd.Series([groups.get(c) for c in items], dtype="string")
    return frame


def relations_frame(reconciliation: Reconciliation) -> pd.DataFrame:
    """One row per relation: kind, rule, reason and the claims it joins.

    ``a`` and ``b`` are row numbers in ``to_frame(reconciliation)`` (the order
    of ``reconciliation.claims``); ``parts`` lists the rows of summed parts.

    Raises:
        MissingDependencyError: pandas is not installed.

    Examples:
        >>> from claimkit.model import Attributor, Quantity
        >>> from claimkit.reconcile import reconcile
        >>> rec = reconcile([
        ...     Claim(quantity=Quantity.exact(3000), attributor=Attributor(name="Kirby")),
        ...     Claim(quantity=Quantity.exact(12000), attributor=Attributor(name="Yu")),
        ... ])
        >>> relations_frame(rec)[["kind", "a_text", "b_text"]].values.tolist()
        [['conflicts', '3,000', '12,000']]
    """
    pd = require("pandas", "frame")

    index = {claim: i for i, claim in enumerate(reconciliation.claims)}
    rows = [
        {
            "kind": rel.kind.value,
            "rule": rel.rule,
            "a": index[rel.a],
            "b": index[rel.b],
            "a_text": rel.a.quantity.text,
            "b_text": rel.b.quantity.text,
            "a_source": original_source(rel.a),
            "b_source": original_source(rel.b),
            "parts": tuple(index[p] for p in rel.parts),
            "reason": rel.reason,
        }
        for rel in reconciliation.relations
    ]
    dtypes: dict[str, Any] = {
        "kind": pd.CategoricalDtype([k.value for k in RelationKind]),
        "rule": "string",
        "a": "int64",
        "b": "int64",
        "a_text": "string",
        "b_text": "string",
        "a_source": "string",
        "b_source": "string",
        "parts": "object",
        "reason": "string",
    }
    return _typed(pd, rows, dtypes)
