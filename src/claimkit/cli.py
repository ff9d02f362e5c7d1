"""The ``claimkit`` command: extract, reconcile, plot, demo.

Built on :mod:`argparse` from the standard library, deliberately: subcommands,
``--help`` with examples and ``--version`` are all this tool needs, and a
command line should not cost the library a dependency (click or typer would).

Every failure the user can cause (a missing file, bytes that are not UTF-8, a
bad date, malformed JSON, an impossible policy setting) ends as one line on
stderr, ``claimkit: error: ...``, and exit status 1; argparse's own usage errors
exit with 2.  Nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from claimkit import __version__
from claimkit.demo import read_metadata, with_metadata
from claimkit.errors import ClaimkitError
from claimkit.frame import claim_record
from claimkit.model import Claim
from claimkit.parsing.article import read_article
from claimkit.parsing.dates import parse_date
from claimkit.parsing.extract import extract
from claimkit.policy import HedgePolicy
from claimkit.serialize import dumps, dumps_lines, loads, loads_lines
from claimkit.table import claims_table

__all__ = ["main"]

FORMATS = ("table", "json", "jsonl", "csv")


class InputError(ClaimkitError):
    """A file or option given on the command line could not be used; shown as is."""


class Progress:
    """A one-line progress bar on stderr, shown only for many files on a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.shown = total > 1 and self.stream.isatty()
        self.done = 0

    def step(self, label: str) -> None:
        """Count one file as done."""
        self.done += 1
        if not self.shown:
            return
        filled = 30 * self.done // self.total
        bar = "#" * filled + "." * (30 - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label[-30:]:<30}")
        if self.done == self.total:
            self.stream.write("\r" + " " * 72 + "\r")
        self.stream.flush()


def read_text(name: str) -> str:
    """The text of a file (``-`` is stdin), or a :class:`InputError` naming it."""
    try:
        if name == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        return Path(name).read_bytes().decode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {name!r}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        where = f"byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"
        raise InputError(f"cannot read {name!r}: not UTF-8 text ({where})") from None


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ClaimkitError:
        raise InputError(f"bad --published date {value!r}: try 2025-03-05") from None


def policy_from(args: argparse.Namespace) -> HedgePolicy:
    """The hedge policy the ``--policy`` knobs describe."""
    knobs: dict[str, Any] = {}
    for flag, field in (
        ("about_tolerance", "approximate_tolerance"),
        ("near_tolerance", "near_tolerance"),
        ("upper_floor", "upper_floor"),
        ("precision_cap", "implicit_precision_cap"),
    ):
        value = getattr(args, flag, None)
        if value is not None:
            knobs[field] = value
    if getattr(args, "no_implicit_precision", False):
        knobs["implicit_precision"] = False
    if knobs:
        knobs["name"] = "command line"
    return HedgePolicy(**knobs)


def _claims_in(name: str, text: str) -> list[Claim] | None:
    """Claims from claimkit JSON or JSON Lines, or ``None`` if ``text`` is not JSON."""
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        return None
    try:
        json.loads(text)
    except json.JSONDecodeError:
        if head == "[":
            return None  # prose may start with a bracket: "[SCREEN CAPTURE] ..."
        first = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
        except json.JSONDecodeError as exc:
            raise InputError(f"cannot read {name!r}: malformed JSON ({exc})") from None
        return _named(name, loads_lines, text)
    return _named(name, loads, text)


def _named(name: str, load: Callable[[str], list[Claim]], text: str) -> list[Claim]:
    try:
        return load(text)
    except ClaimkitError as exc:
        raise InputError(f"cannot read {name!r}: {exc}") from None


def load_claims(
    names: Sequence[str], args: argparse.Namespace, *, allow_json: bool = False
) -> list[tuple[str, list[Claim]]]:
    """Claims per input file: articles are extracted, claim files loaded."""
    published = _published(getattr(args, "published", None))
    metadata_file = getattr(args, "metadata", None)
    metadata = read_metadata(metadata_file) if metadata_file else {}
    policy = policy_from(args)
    progress = Progress(len(names))
    out = []
    for name in names:
        text = read_text(name)
        claims = _claims_in(name, text) if allow_json else None
        if claims is None:
            row = metadata.get(Path(name).name)
            article = with_metadata(text, row) if row is not None else read_article(text)
            claims = list(extract(article, published=published, policy=policy))
        out.append((name, claims))
        progress.step(name)
    return out


def _width(out: TextIO) -> int:
    if out.isatty():
        return max(100, shutil.get_terminal_size().columns)
    return 100


def plain(value: Decimal) -> str:
    """A figure as plain digits, no exponent, no trailing zeros.

    Examples:
        >>> plain(Decimal("10500.00")), plain(Decimal("39.30")), plain(Decimal("1E+3"))
        ('10500', '39.3', '1000')
    """
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def write_csv(claims: Sequence[tuple[str, list[Claim]]], out: TextIO) -> None:
    """Claims as CSV, one row per claim, exact figures, a ``file`` column first."""
    writer: Any = None
    for name, found in claims:
        for claim in found:
            row = {"file": name, **claim_record(claim)}
            q = claim.quantity
            row["value"] = "" if q.value is None else plain(q.value)
            row["low"] = "-inf" if q.low is None else plain(q.low)
            row["high"] = "inf" if q.high is None else plain(q.high)
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow({k: "" if v is None else v for k, v in row.items()})


def cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    """``claimkit extract``: claims from article text files."""
    found = load_claims(args.files, args)
    everything = [claim for _, claims in found for claim in claims]
    if args.format == "json":
        out.write(dumps(everything) + "\n")
    elif args.format == "jsonl":
        out.write(dumps_lines(everything))
    elif args.format == "csv":
        write_csv(found, out)
    else:
        for i, (name, claims) in enumerate(found):
            if len(found) > 1:
                out.write(("\n" if i else "") + f"== {name}: {len(claims)} claims\n")
            out.write(claims_table(claims, width=_width(out)) + "\n")
    return 0


def cmd_reconcile(args: argparse.Namespace, out: TextIO) -> int:
    """``claimkit reconcile``: groups, consensus and relations with reasons."""
    from claimkit.reconcile import reconcile

    claims = [c for _, found in load_claims(args.files, args, allow_json=True) for c in found]
    result = reconcile(claims, policy=policy_from(args))
    if args.claims:
        out.write(claims_table(result.claims, width=_width(out)) + "\n\n")
    out.write(result.report().rstrip("\n") + "\n")
    return 0


def cmd_plot(args: argparse.Namespace, out: TextIO) -> int:
    """``claimkit plot``: the timeline of the claims, written to ``-o``."""
    from claimkit.plot import save_timeline
    from claimkit.reconcile import reconcile

    claims = [c for _, found in load_claims(args.files, args, allow_json=True) for c in found]
    result = reconcile(claims, policy=policy_from(args))
    path = save_timeline(result, args.output, title=args.title)
    out.write(f"wrote the timeline of {len(result.claims)} claims to {path}\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    """``claimkit demo``: the worked example on the seed articles."""
    from claimkit.demo import run

    run(args.seeds, out=out, plot=None if args.no_plot else args.output, policy=policy_from(args))
    return 0


EXAMPLES = {
    "extract": """examples:
  claimkit extract seeds/001_0b4af26139589a7e.txt
  claimkit extract article.txt --published 2025-03-05 --format json > claims.json
  cat article.txt | claimkit extract - --format csv""",
    "reconcile": """examples:
  claimkit reconcile seeds/*.txt --metadata seeds/metadata.json
  claimkit reconcile claims.json more.jsonl --about-tolerance 0.1""",
    "plot": """examples:
  claimkit plot seeds/*.txt --metadata seeds/metadata.json -o timeline.png""",
    "demo": """examples:
  claimkit demo
  claimkit demo --seeds path/to/seeds -o /tmp/timeline.png""",
}


def _policy_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "hedge policy", "how hedged figures become intervals (see docs/policy.md)"
    )
    group.add_argument("--about-tolerance", metavar="F", help='"about N" is N(1 +/- F); 0.05')
    group.add_argument(
        "--near-tolerance", metavar="F", help='"nearly N" reaches down to N(1 - F); 0.05'
    )
    group.add_argument(
        "--upper-floor", metavar="F", help='"up to N" starts at N*F; 0 reads it as [0, N]'
    )
    group.add_argument(
        "--no-implicit-precision",
        action="store_true",
        help='read a round "12,000" as exactly 12,000, not 12,000 +/- 500',
    )
    group.add_argument(
        "--precision-cap", metavar="F", help="cap on a round figure's slack, relative; 0.05"
    )


def _inputs(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help=what)
    parser.add_argument(
        "--published", metavar="DATE", help="publication date for texts that do not print one"
    )
    parser.add_argument(
        "--metadata",
        metavar="JSON",
        help="per-file publisher, title and date (the format of seeds/metadata.json)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimkit`` command."""
    parser = argparse.ArgumentParser(
        prog="claimkit",
        description="Who said how many of what, when - and do the sources agree?",
        epilog="run 'claimkit COMMAND --help' for a command's options and examples",
    )
    parser.add_argument("-V", "--version", action="version", version=f"claimkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, summary: str, run: Any) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(run=run)
        return sub

    sub = command("extract", "print the numeric claims in news articles", cmd_extract)
    _inputs(sub, "article text file(s); - reads stdin")
    sub.add_argument("--format", choices=FORMATS, default="table", help="output format")
    _policy_options(sub)

    sub = command(
        "reconcile", "group claims and say which agree, conflict or update", cmd_reconcile
    )
    _inputs(sub, "article text files or claim files (JSON or JSON Lines), told apart by content")
    sub.add_argument("--claims", action="store_true", help="print the claims table first")
    _policy_options(sub)

    sub = command("plot", "draw the claims over time as a PNG (needs claimkit[plot])", cmd_plot)
    _inputs(sub, "article text files or claim files (JSON or JSON Lines)")
    sub.add_argument("-o", "--output", metavar="PNG", default="claimkit-timeline.png")
    sub.add_argument("--title", help="the plot title")
    _policy_options(sub)

    sub = command("demo", "the worked example on the five bundled seed articles", cmd_demo)
    sub.add_argument(
        "--seeds", metavar="DIR", help="the seed folder (default: seeds/ in the checkout)"
    )
    sub.add_argument(
        "-o", "--output", metavar="PNG", default="claimkit-timeline.png", help="where the plot goes"
    )
    sub.add_argument("--no-plot", action="store_true", help="print only, write no plot")
    _policy_options(sub)
    return parser


def _message(exc: Exception) -> str:
    """One line for an error that reached the top."""
    if isinstance(exc, ClaimkitError):
        return str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text ({exc.reason} at byte {exc.start})"
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.strerror}: {str(exc.filename)!r}"
    return f"{type(exc).__name__}: {exc}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimkit`` command; return its exit status.

    Examples:
        >>> main(["extract", "no-such-file.txt"])
        1
    """
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args, sys.stdout)
    except (ClaimkitError, OSError, UnicodeDecodeError) as exc:
        if isinstance(exc, BrokenPipeError):
            return 141  # the reader went away ("claimkit ... | head"): not an error to report
        print(f"claimkit: error: {_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
