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


def test_demo_starts_on_a_database_of_its_own_and_reopens_the_demo_meeting(tmp_path: Path):
    home = tmp_path / "home"
    shot = tmp_path / "window.png"
    first = _run(["--demo", "--quit-after", "300", "--screenshot", str(shot)], home)
    assert first.returncode == 0, first.stderr
    db = home / "data" / "demo.sqlite3"
    assert db.exists() and shot.exists() and shot.stat().st_size > 10_000
    assert not (home / "data" / "chair-console.sqlite3").exists()  # the real database is never made by the demo
    # a second --demo reuses the same demo meeting
    assert _run(["--demo", "--quit-after", "200"], home).returncode == 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1
    finally:
        conn.close()
    assert (home / "logs" / "chair-console.log").exists()
    verify = _run(["verify", "--db", str(db)], home)
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


def test_help_is_norwegian_all_through_and_every_simulate_option_is_explained(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("bruk: ") and "valg:" in out and "vis denne hjelpen" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out
    with pytest.raises(SystemExit):
        main(["simulate", "--help"])
    out = capsys.readouterr().out
    for option in ("--seed", "--items", "--speeches", "--votes", "--hours", "--pace", "--stop-after", "--report"):
        line = out[out.index(option):].split("\n--", 1)[0]
        assert len(line.split()) > 2, f"{option} has no help text"
    flat = " ".join(out.split())
    assert "(standard: 60)" in flat and "(standard: 500)" in flat and "egen fil" in flat
    with pytest.raises(SystemExit) as exc:
        main(["minutes"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "feil: disse må oppgis: --out" in err and "required" not in err


def test_new_meeting_without_a_date_names_the_meeting_it_made(tmp_path: Path, capsys):
    db = tmp_path / "b.sqlite3"
    assert main(["import", "council", "--db", str(db), "resources/examples/bystyre.csv"]) == 0
    assert main(["new-meeting", "--db", str(db), "--place", "Bystyresalen"]) == 0
    out = capsys.readouterr().out
    assert "Opprettet møte 1: Bystyrets møte " in out and ": ." not in out


def test_new_meeting_refuses_a_start_that_is_not_a_time(tmp_path: Path, capsys):
    db = tmp_path / "b.sqlite3"
    assert main(["import", "council", "--db", str(db), "resources/examples/bystyre.csv"]) == 0
    assert main(["new-meeting", "--db", str(db), "--place", "Salen", "--start", "25:99"]) == 2
    assert "25:99" in capsys.readouterr().err


def test_a_meeting_that_does_not_exist_is_named_as_such(tmp_path: Path, capsys):
    db = tmp_path / "b.sqlite3"
    assert main(["simulate", "--db", str(db), "--stop-after", "2"]) == 0
    capsys.readouterr()
    assert main(["minutes", "--db", str(db), "--meeting", "99", "--out", str(tmp_path / "m.pdf")]) == 2
    err = capsys.readouterr().err
    assert "Møte 99 finnes ikke" in err and "Møtene der er: 1" in err and "ingen møter" not in err


@pytest.mark.parametrize("command", [["minutes"], ["export", "--format", "json"]])
def test_reading_a_database_that_does_not_exist_creates_nothing(tmp_path: Path, capsys, command):
    missing = tmp_path / "typo.sqlite3"
    assert main([*command, "--db", str(missing), "--out", str(tmp_path / "out")]) == 2
    assert "finnes ikke" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "out").exists()


def test_a_failed_minutes_leaves_no_empty_or_half_written_file(tmp_path: Path, capsys, monkeypatch):
    import chair_console.services.records as records

    db = tmp_path / "b.sqlite3"
    assert main(["simulate", "--db", str(db), "--stop-after", "2"]) == 0

    def half_then_fail(state, out, options):
        Path(out).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(records, "write_minutes", half_then_fail)
    target = tmp_path / "moetebok.pdf"
    assert main(["minutes", "--db", str(db), "--out", str(target)]) == 3
    assert not target.exists() and [p.name for p in tmp_path.iterdir() if "moetebok" in p.name] == []
    capsys.readouterr()


def test_without_a_screen_the_console_says_what_to_do_instead_of_aborting(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CHAIR_CONSOLE_HOME"] = str(tmp_path / "home")
    r = subprocess.run([sys.executable, "-m", "chair_console", "--demo"], env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 4, r.stderr
    assert "Ingen skjerm" in r.stderr and "xvfb-run" in r.stderr and "QT_QPA_PLATFORM=offscreen" in r.stderr


def test_a_missing_xcb_cursor_library_is_named(monkeypatch):
    import ctypes
    import ctypes.util

    from chair_console.app import display_problem

    def no_library(name: str) -> None:
        raise OSError(f"{name}: cannot open shared object file")

    asked = []
    monkeypatch.setattr(ctypes, "CDLL", no_library)  # not by its usual name: then find_library is asked
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: asked.append(name))
    assert display_problem({"DISPLAY": ":0"}, "linux") == "display.xcb_cursor"
    assert asked == ["xcb-cursor"]
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: "libxcb-cursor.so.1")  # under another name
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    monkeypatch.setattr(ctypes, "CDLL", lambda name: object())  # found by its usual name: find_library not asked
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: asked.append(name))
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert asked == ["xcb-cursor"]
    assert display_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def _station_settings(home: Path, url: str) -> None:
    """The settings file as IT writes it for a station (docs/IT.md: `[database]` `url=`)."""
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "chair-console.ini").write_text(f"[database]\nurl={url}\n", encoding="utf-8")


def test_the_database_set_in_the_settings_file_is_used_and_db_wins(tmp_path: Path, capsys, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("CHAIR_CONSOLE_HOME", str(home))
    station_db = tmp_path / "hall" / "bystyret.sqlite3"
    station_db.parent.mkdir()
    assert main(["import", "council", "--db", str(station_db), "resources/examples/bystyre.csv"]) == 0
    _station_settings(home, str(station_db))
    assert main(["new-meeting", "--place", "Bystyresalen"]) == 0  # no --db: the settings file's database
    assert main(["verify"]) == 0
    out = capsys.readouterr().out
    assert f"OK: {station_db}" in out and "1 møter" in out
    assert not (home / "data" / "chair-console.sqlite3").exists()  # the default file is never made meanwhile
    other = tmp_path / "other.sqlite3"
    assert main(["verify", "--db", str(other)]) == 2  # --db wins over the settings file
    assert str(other) in capsys.readouterr().err
    _station_settings(home, "")  # an empty value: the default file in the data folder, as without the setting
    assert main(["verify"]) == 2
    assert str(home / "data" / "chair-console.sqlite3") in capsys.readouterr().err


@pytest.mark.postgres
def test_a_station_set_to_a_postgresql_server_in_its_settings_works_there(tmp_path: Path, capsys, monkeypatch,
                                                                       pg_url: str):
    home = tmp_path / "home"
    monkeypatch.setenv("CHAIR_CONSOLE_HOME", str(home))
    _station_settings(home, pg_url)
    assert main(["import", "council", "resources/examples/bystyre.csv"]) == 0
    assert main(["new-meeting", "--place", "Bystyresalen"]) == 0
    assert main(["verify"]) == 0
    out = capsys.readouterr().out
    assert "OK: postgresql" in out and "1 møter" in out
    assert not (home / "data").exists() or not any((home / "data").iterdir())  # nothing written on the laptop


@pytest.mark.parametrize("argv", [
    [], ["--demo"], ["--demo", "--quit-after", "0"], ["--lang", "en", "--role", "secretary"], ["--db", "x.sqlite3"],
    ["--db=x.sqlite3", "--screenshot", "s.png", "--demo"], ["--dem"], ["--quit-after=5", "--lang=nb"],
])
def test_a_plain_start_is_parsed_without_the_commands_parsers_and_as_the_whole_parser_does(argv, monkeypatch):
    """Issue 17: the window's start builds only its own options' parser, with the same result as the whole one."""
    from chair_console import cli
    from chair_console.i18n import Translations
    from chair_console.resources import resources_dir

    t = Translations(resources_dir() / "translations")
    built = []
    build = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda *a, **k: built.append(k.get("commands", True)) or build(*a, **k))
    args = cli.parse_command_line(argv, t, Path("real.sqlite3"), Path("sim.sqlite3"))
    assert built == [False]
    assert args == build(t, Path("real.sqlite3"), Path("sim.sqlite3")).parse_args(argv)


@pytest.mark.parametrize("argv", [
    ["--quit-after", "soon"], ["--role", "king"], ["--d"], ["--demo", "extra"], ["--nothing"], ["verify", "--head"],
    ["--db"], ["--lang", "xx"],
])
def test_a_command_line_that_is_not_a_plain_start_is_refused_as_the_whole_parser_refuses_it(argv, capsys):
    """Errors name the whole command line's usage (its commands), as before the plain start had a parser of its own."""
    from chair_console import cli
    from chair_console.i18n import Translations
    from chair_console.resources import resources_dir

    t = Translations(resources_dir() / "translations")
    with pytest.raises(SystemExit) as whole:
        cli.build_parser(t, Path("real.sqlite3"), Path("sim.sqlite3")).parse_args(argv)
    expected = capsys.readouterr().err
    with pytest.raises(SystemExit) as parsed:
        cli.parse_command_line(argv, t, Path("real.sqlite3"), Path("sim.sqlite3"))
    assert parsed.value.code == whole.value.code == 2
    assert capsys.readouterr().err == expected and "verify" in expected


def test_garbage_collection_is_held_off_only_for_the_windows_start(monkeypatch, tmp_path):
    """Issue 17: the window's start runs without cyclic garbage collection until its first frame (app.run_gui turns
    it on again); a command runs with it; main leaves it on either way."""
    import gc

    from chair_console import app, cli

    seen = {}

    def fake_run_gui(options, *_args):  # noqa: ANN001, ANN002, ANN202
        seen["gui"] = (gc.isenabled(), options.collect_after_start)
        return 0

    def fake_verify(*_args):  # noqa: ANN002, ANN202
        seen["verify"] = gc.isenabled()
        return 0

    monkeypatch.setenv("CHAIR_CONSOLE_HOME", str(tmp_path))
    monkeypatch.setattr(app, "run_gui", fake_run_gui)
    monkeypatch.setattr(app, "display_problem", lambda: None)
    monkeypatch.setattr(cli, "verify", fake_verify)
    assert gc.isenabled()
    assert main(["--demo"]) == 0 and gc.isenabled()
    assert main(["verify", "--db", str(tmp_path / "x.sqlite3")]) == 0 and gc.isenabled()
    assert seen == {"gui": (False, True), "verify": True}
