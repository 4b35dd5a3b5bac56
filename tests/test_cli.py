"""The command line: --version, --help, and a real start of the console on the demo meeting."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from chair_console import __version__
from chair_console.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_in_both_languages(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "--demo" in out and "demomøtet" in out and "verify" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "create or open the demo meeting" in capsys.readouterr().out


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CHAIR_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "chair_console", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_demo_starts_on_the_default_database_and_reopens_the_last_meeting(tmp_path: Path):
    home = tmp_path / "home"
    shot = tmp_path / "window.png"
    first = _run(["--demo", "--quit-after", "300", "--screenshot", str(shot)], home)
    assert first.returncode == 0, first.stderr
    db = home / "data" / "chair-console.sqlite3"
    assert db.exists() and shot.exists() and shot.stat().st_size > 10_000
    # without --demo it opens the last meeting; a second --demo reuses the same demo meeting
    assert _run(["--quit-after", "200"], home).returncode == 0
    assert _run(["--demo", "--quit-after", "200"], home).returncode == 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1
    finally:
        conn.close()
    assert (home / "logs" / "chair-console.log").exists()
    verify = _run(["verify"], home)
    assert verify.returncode == 0 and "OK" in verify.stdout


def test_empty_database_without_demo_says_what_to_do(tmp_path: Path):
    result = _run(["--db", str(tmp_path / "new.sqlite3"), "--quit-after", "100"], tmp_path / "home")
    assert result.returncode == 1
    assert "--demo" in result.stderr and "Traceback" not in result.stderr


def test_an_unexpected_error_is_told_in_plain_words(monkeypatch, capsys, tmp_path):
    import chair_console.cli as cli

    def boom(*_a, **_k):
        raise RuntimeError("internal detail")

    monkeypatch.setattr(cli, "verify", boom)
    assert main(["verify", "--db", str(tmp_path / "x.sqlite3")]) == 70
    err = capsys.readouterr().err
    assert "uventet feil" in err and "Traceback" not in err and "internal detail" not in err
