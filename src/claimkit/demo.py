"""The worked example: the five seed articles, read, reconciled and plotted.

The seed articles live in ``seeds/`` at the top of a source checkout, next to a
``metadata.json`` that adds what the texts do not print (publisher, title,
date).  :func:`find_seeds` looks for that folder next to the package (an
editable install or a checkout on ``sys.path``) and in the current directory;
anywhere else, pass the folder (``claimkit demo --seeds DIR``).  The articles
are read the same way without the metadata file, only with fewer dates known.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from claimkit.errors import ClaimkitError
from claimkit.model import Claim, Source
from claimkit.parsing.article import Article, read_article
from claimkit.parsing.extract import extract
from claimkit.policy import HedgePolicy
from claimkit.table import claims_table, consensus_table, truncate

if TYPE_CHECKING:
    from claimkit.reconcile import ReconcileOptions, Reconciliation

__all__ = [
    "QUESTION",
    "SeedsNotFoundError",
    "find_seeds",
    "is_troop_deployment",
    "read_metadata",
    "read_seed",
    "read_seeds",
    "run",
    "seed_options",
    "troop_claims",
    "with_metadata",
]

#: The question the worked example answers.
QUESTION = (
    "How many North Korean troops has North Korea sent to Russia, according to whom, and when?"
)

_HERE = Path(__file__).resolve().parent


class SeedsNotFoundError(ClaimkitError, FileNotFoundError):
    """The seed articles are not where claimkit looked."""


def find_seeds(folder: str | Path | None = None) -> Path:
    """The folder holding the seed articles (``*.txt``).

    Args:
        folder: look only here; by default ``seeds/`` in the source checkout the
            package was imported from, then ``./seeds``.

    Raises:
        SeedsNotFoundError: no ``*.txt`` files where claimkit looked; the message
            says where it looked and to pass ``--seeds``.

    Examples:
        >>> find_seeds().name
        'seeds'
        >>> find_seeds("/nonexistent")
        Traceback (most recent call last):
        ...
        claimkit.demo.SeedsNotFoundError: no seed articles (*.txt) in /nonexistent
    """
    if folder is not None:
        path = Path(folder)
        if not any(path.glob("*.txt")):
            raise SeedsNotFoundError(f"no seed articles (*.txt) in {path}")
        return path
    candidates = [_HERE.parent.parent / "seeds", Path.cwd() / "seeds"]
    for path in candidates:
        if any(path.glob("*.txt")):
            return path
    looked = ", ".join(str(p) for p in candidates)
    msg = (
        f"cannot find the seed articles (looked in {looked}); "
        "pass the folder that holds them with --seeds DIR"
    )
    raise SeedsNotFoundError(msg)


def read_metadata(path: str | Path) -> Mapping[str, Mapping[str, Any]]:
    """Per-file metadata from a ``metadata.json`` file, or from the one in a folder.

    A folder without one gives ``{}``; a file named explicitly must exist.

    Examples:
        >>> read_metadata(find_seeds())["004_c02cb47a3876a1ac.txt"]["publisher"]
        'AFP'
    """
    path = Path(path)
    if path.is_dir():
        path = path / "metadata.json"
        if not path.is_file():
            return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ClaimkitError(f"cannot read {str(path)!r}: not JSON ({exc})") from None
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict):
        raise ClaimkitError(f"cannot read {str(path)!r}: expected an object with 'articles'")
    return articles


def read_seed(path: str | Path, metadata: Mapping[str, Any] | None = None) -> Article:
    """Read one article, adding its row of ``metadata.json`` when there is one.

    Args:
        path: the article's text file.
        metadata: its metadata row (default: looked up in the file's folder).

    Examples:
        >>> article = read_seed(find_seeds() / "004_c02cb47a3876a1ac.txt")
        >>> article.source.publisher, article.source.published
        ('AFP', datetime.date(2024, 10, 23))
    """
    path = Path(path)
    row = metadata if metadata is not None else read_metadata(path.parent).get(path.name, {})
    return with_metadata(path.read_text(encoding="utf-8"), row)


def with_metadata(text: str, row: Mapping[str, Any]) -> Article:
    """Read an article's text with one metadata row (``date``, ``publisher``, ...).

    What the row leaves out (or sets to null) is read from the text.

    Examples:
        >>> article = with_metadata("Officials said 300 left.", {"date": "2025-03-05"})
        >>> article.source.published
        datetime.date(2025, 3, 5)
    """
    return read_article(
        text,
        published=row.get("date"),
        publisher=row.get("publisher"),
        title=row.get("title"),
        url=row.get("url"),
        byline=row.get("byline"),
    )


def read_seeds(folder: str | Path | None = None) -> list[tuple[Path, Article]]:
    """Every seed article, in file-name order, with its path.

    Examples:
        >>> [path.name[:3] for path, _ in read_seeds()]
        ['000', '001', '002', '003', '004']
    """
    where = find_seeds(folder)
    metadata = read_metadata(where)
    return [(p, read_seed(p, metadata.get(p.name, {}))) for p in sorted(where.glob("*.txt"))]


_SENT = frozenset({"deployed", "stationed", "training", "planned"})


def is_troop_deployment(claim: Claim) -> bool:
    """Whether a claim counts North Korean troops sent to (or in) Russia.

    The worked example's question selects these: a head count of troops whose
    actor is North Korean (or unstated) and whose role is deployed, stationed,
    in training or planned (promised).  Casualties, Russia's own losses, distances and figures
    with no role ("five soldiers have the combat effectiveness of ten") are
    left out.

    Examples:
        >>> from claimkit.model import Quantity, Subject
        >>> troops = Subject(key="troops", role="deployed", actor="North Korean")
        >>> is_troop_deployment(Claim(quantity=Quantity.exact(1500), subject=troops))
        True
        >>> killed = Subject(key="troops", role="killed", actor="North Korean")
        >>> is_troop_deployment(Claim(quantity=Quantity.exact(400), subject=killed))
        False
    """
    subject = claim.subject
    actor = (subject.actor or "North Korean").casefold()
    return (
        claim.quantity.unit == "count"
        and subject.key == "troops"
        and ("north korea" in actor or actor == "dprk")
        and subject.role in _SENT
    )


def troop_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The claims :func:`is_troop_deployment` selects, in the order given."""
    return [claim for claim in claims if is_troop_deployment(claim)]


def seed_options() -> ReconcileOptions:
    """What a reader of the seeds knows and the parser cannot: who is one voice.

    Kyrylo Budanov heads Ukraine's military intelligence (HUR), so "Ukrainian
    intelligence sources" and "a Ukrainian defense intelligence representative"
    are the same original source as he is; "Seoul's National Intelligence
    Service" and "South Korea's intelligence agency" are one agency.  Told so,
    reconciliation reports their figures as repeats of one source rather than
    as independent corroboration.

    Examples:
        >>> dict(seed_options().source_aliases)["kyrylo budanov"]
        'HUR (Ukrainian military intelligence)'
    """
    from claimkit.reconcile import ReconcileOptions

    hur = "HUR (Ukrainian military intelligence)"
    nis = "NIS (South Korean intelligence)"
    return ReconcileOptions(
        source_aliases={
            "Kyrylo Budanov": hur,
            "Ukrainian intelligence sources": hur,
            "a Ukrainian defense intelligence representative": hur,
            "Ukraine's defense intelligence agency": hur,
            "Seoul's National Intelligence Service": nis,
            "South Korea's intelligence agency": nis,
            "South Korea's National Intelligence Service": nis,
        }
    )


def describe(source: Source) -> str:
    """An article's publisher and date, saying so where either is unknown.

    Examples:
        >>> import datetime
        >>> describe(Source(publisher="AFP", published=datetime.date(2024, 10, 23)))
        'AFP, 2024-10-23'
        >>> describe(Source())
        'publisher unknown, undated'
    """
    when = source.published.isoformat() if source.published else "undated"
    return f"{source.publisher or 'publisher unknown'}, {when}"


def run(
    seeds: str | Path | None = None,
    *,
    out: TextIO | None = None,
    plot: str | Path | None = "claimkit-timeline.png",
    policy: HedgePolicy | None = None,
) -> Reconciliation:
    """Print the worked example: every seed's claims, then the answer to :data:`QUESTION`.

    Args:
        seeds: the seed folder (default: :func:`find_seeds`).
        out: where to print (default: stdout).
        plot: where to write the timeline image, or ``None`` for no plot.  If
            matplotlib is missing, one line on stderr says so and the rest runs.
        policy: the hedge policy (default: the library's).

    Returns:
        The reconciliation of the claims that answer the question.
    """
    from claimkit.frame import MissingDependencyError
    from claimkit.reconcile import reconcile

    out = out or sys.stdout
    folder = find_seeds(seeds)
    articles = read_seeds(folder)
    out.write(f"claimkit demo: the {len(articles)} seed articles in {folder}\n")
    claims: list[Claim] = []
    for path, article in articles:
        found = extract(article, policy=policy)
        title = truncate(article.source.title or "(no title)", 96)
        out.write(f"\n== {path.name}: {describe(article.source)}\n   {title}\n")
        out.write(claims_table(found) + "\n")
        claims.extend(found)
    chosen = troop_claims(claims)
    result = reconcile(chosen, policy=policy, options=seed_options())
    out.write(f"\n== {QUESTION}\n")
    out.write(
        f"{len(chosen)} of the {len(claims)} claims count North Korean troops sent to Russia "
        "(deployed, stationed or in training).\n\n"
    )
    out.write("In short, the consensus of each group of claims that count one quantity:\n\n")
    out.write(consensus_table(result) + "\n\nIn full, with every relation and its reason:\n\n")
    out.write(result.report().rstrip("\n") + "\n")
    if plot is not None:
        from claimkit.plot import save_timeline

        try:
            path = save_timeline(result, plot, title="North Korean troops sent to Russia")
        except MissingDependencyError as exc:
            print(f"claimkit: no plot written: {exc}", file=sys.stderr)
        else:
            out.write(f"\nwrote the timeline plot to {path}\n")
    return result
