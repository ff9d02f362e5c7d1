"""The documentation site builds with ``mkdocs build --strict`` (no broken link, no bad reference).

Skipped when MkDocs or its plugins are not installed (``pip install -e ".[docs]"``);
the ``>>>`` examples in docs/*.md run as doctests either way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mkdocs")
pytest.importorskip("material")
pytest.importorskip("mkdocstrings_handlers.python")

ROOT = Path(__file__).resolve().parent.parent


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    warnings = [line for line in done.stderr.splitlines() if "WARNING" in line]
    assert done.returncode == 0, "\n".join(warnings) or done.stderr[-2000:]
    assert (tmp_path / "worked-example" / "index.html").is_file()
    assert (tmp_path / "img" / "seed-timeline.png").is_file()
    api = (tmp_path / "api" / "index.html").read_text(encoding="utf-8")
    for name in (
        "parsing.extract.extract",
        "reconcile.reconcile",
        "plot.timeline",
        "frame.to_frame",
        "table.claims_table",
    ):
        assert f'id="claimkit.{name}"' in api, name
