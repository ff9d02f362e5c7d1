"""The claimkit command: outputs, formats, and one-line errors instead of tracebacks."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from claimkit.cli import Progress, main
from claimkit.serialize import loads, loads_lines

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
AFP = SEEDS / "004_c02cb47a3876a1ac.txt"
UPI = SEEDS / "001_0b4af26139589a7e.txt"
METADATA = SEEDS / "metadata.json"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"claimkit {claimkit.__version__}"


@pytest.mark.parametrize("command", ["extract", "reconcile", "plot", "demo"])
def test_every_command_has_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"claimkit {command}" in out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2
    assert "usage: claimkit" in capsys.readouterr().err


def test_extract_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, "extract", str(AFP))
    assert (status, err) == (0, "")
    assert "about 10,000" in out
    assert "[9,500, 10,500]" in out
    assert "Park Sun-won" in out
    assert all(len(line) <= 100 for line in out.splitlines())


def test_extract_many_files_names_each(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "extract", str(AFP), str(UPI))
    assert status == 0
    assert f"== {AFP}: " in out
    assert f"== {UPI}: " in out


def test_extract_json_loads_back(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "extract", str(AFP), "--format", "json")
    assert status == 0
    expected = list(claimkit.extract(AFP.read_text(encoding="utf-8")))
    assert loads(out) == expected


def test_extract_jsonl_loads_back(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "extract", str(AFP), "--format", "jsonl")
    assert status == 0
    assert len(loads_lines(out)) == len(out.splitlines()) > 0


def test_extract_csv_has_exact_figures(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "extract", str(AFP), "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    about = next(row for row in rows if row["text"] == "about 10,000")
    assert (about["file"], about["low"], about["high"]) == (str(AFP), "9500", "10500")
    assert about["attributor"] == "Park Sun-won"
    assert about["hedge"] == "approximate"


def test_extract_reads_stdin_with_published(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Police said about 10,000 people marched on Sunday."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    status, out, _ = cli(capsys, "extract", "-", "--published", "2025-03-04", "--format", "json")
    assert status == 0
    (claim,) = loads(out)
    assert claim.attributor is not None
    assert claim.attributor.name == "Police"
    assert claim.source.published is not None
    assert claim.source.published.isoformat() == "2025-03-04"


def test_metadata_fills_what_the_text_lacks(capsys: pytest.CaptureFixture[str]) -> None:
    path = SEEDS / "002_623c6515edfe568c.txt"
    _, bare, _ = cli(capsys, "extract", str(path), "--format", "json")
    _, dated, _ = cli(capsys, "extract", str(path), "--metadata", str(METADATA), "--format", "json")
    assert {c.source.published for c in loads(bare)} == {None}
    assert {str(c.source.published) for c in loads(dated)} == {"2024-10-23"}


def test_reconcile_articles_and_claim_files_alike(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    claims = tmp_path / "afp.json"
    lines = tmp_path / "upi.jsonl"
    claims.write_text(claimkit.dumps(claimkit.extract(AFP.read_text())), encoding="utf-8")
    from claimkit.serialize import dumps_lines

    lines.write_text(dumps_lines(claimkit.extract(UPI.read_text())), encoding="utf-8")
    _, from_files, _ = cli(capsys, "reconcile", str(claims), str(lines))
    status, from_text, _ = cli(capsys, "reconcile", str(AFP), str(UPI))
    assert status == 0
    assert from_files == from_text
    assert "Reconciliation of" in from_text
    assert "[rule:" in from_text


def test_reconcile_policy_knobs(capsys: pytest.CaptureFixture[str]) -> None:
    _, default, _ = cli(capsys, "reconcile", str(AFP), "--claims")
    status, wide, _ = cli(capsys, "reconcile", str(AFP), "--claims", "--about-tolerance", "0.1")
    assert status == 0
    assert "[9,500, 10,500]" in default
    assert "[9,000, 11,000]" in wide
    _, literal, _ = cli(capsys, "reconcile", str(AFP), "--claims", "--no-implicit-precision")
    assert "[1,500, 1,500]" in literal


def test_plot_writes_a_png(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "t.png"
    status, out, _ = cli(capsys, "plot", str(AFP), "-o", str(target), "--title", "AFP")
    assert status == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert str(target) in out


def test_demo_prints_the_answer_and_writes_the_plot(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "timeline.png"
    status, out, err = cli(capsys, "demo", "-o", str(target))
    assert (status, err) == (0, "")
    assert "How many North Korean troops has North Korea sent to Russia" in out
    for text in ("about 10,000", "roughly 12,000", "Yu Yong-weon", "Park Sun-won", "In short"):
        assert text in out
    assert f"wrote the timeline plot to {target}" in out
    assert target.stat().st_size > 10_000


def test_demo_without_matplotlib_says_so_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    status, out, err = cli(capsys, "demo", "-o", str(tmp_path / "t.png"))
    assert status == 0
    assert "How many North Korean troops" in out
    assert err.strip().splitlines() == [
        "claimkit: no plot written: matplotlib is not installed: pip install 'claimkit[plot]'"
    ]
    assert not (tmp_path / "t.png").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "x.txt"], "cannot read 'x.txt': No such file or directory"),
        (["extract", "{AFP}", "--published", "nope"], "bad --published date 'nope'"),
        (["reconcile", "{BAD_JSON}"], "malformed JSON"),
        (["reconcile", "{NOT_CLAIMS}"], "cannot load claims"),
        (["extract", "{LATIN1}"], "not UTF-8 text (byte 0xe9 at offset 3)"),
        (["reconcile", "{AFP}", "--about-tolerance", "2"], "approximate_tolerance=2"),
        (["reconcile", "{AFP}", "--about-tolerance", "wide"], "not a number"),
        (["demo", "--seeds", "{EMPTY}"], "no seed articles"),
        (["extract", "{AFP}", "--metadata", "{BAD_JSON}"], "not JSON"),
        (["extract", "{AFP}", "--metadata", "{EMPTY}/none.json"], "No such file or directory"),
        (["plot", "{AFP}", "-o", "{EMPTY}/no/dir/t.png"], "No such file or directory"),
    ],
)
def test_errors_are_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = {
        "AFP": str(AFP),
        "BAD_JSON": tmp_path / "bad.json",
        "NOT_CLAIMS": tmp_path / "other.json",
        "LATIN1": tmp_path / "latin1.txt",
        "EMPTY": tmp_path / "empty",
    }
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad.json").write_text('{"schema": "claimkit.claims", ', encoding="utf-8")
    (tmp_path / "other.json").write_text('{"hello": 1}', encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 1,500".encode("latin-1"))
    status, out, err = cli(capsys, *(a.format(**files) for a in args))
    assert status == 1
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("claimkit: error: ")
    assert message in err


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimkit.cli", "extract", "missing.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == (
        "claimkit: error: cannot read 'missing.txt': No such file or directory\n"
    )


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_many_files() -> None:
    terminal = FakeTerminal()
    bar = Progress(4, terminal)
    for name in "abcd":
        bar.step(name)
    shown = terminal.getvalue()
    assert "[#######" in shown
    assert "4/4" in shown
    assert shown.endswith("\r")  # the line is cleared at the end
    quiet = io.StringIO()
    Progress(4, quiet).step("a")
    single = FakeTerminal()
    Progress(1, single).step("a")
    assert quiet.getvalue() == single.getvalue() == ""
