"""The dataclass methods compiled at build time (chair_console/dataclass_code.py, build/compile_dataclasses.py)."""

from __future__ import annotations

import dataclasses
import json
import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from chair_console import dataclass_code
from chair_console.dataclass_code import Store

ROOT = Path(__file__).resolve().parent.parent

SEAT = '''
from __future__ import annotations
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Seat:
    """A seat."""

    number: int
    holder: str = "ledig"
    groups: tuple[str, ...] = field(default=())
'''


@pytest.fixture
def seat_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Three modules declaring the same frozen dataclass, each imported fresh when first asked for."""
    for name in ("seat_recorded", "seat_from_store", "seat_compiled"):
        (tmp_path / f"{name}.py").write_text(SEAT, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    dataclass_code.uninstall()
    for name in ("seat_recorded", "seat_from_store", "seat_compiled"):
        sys.modules.pop(name, None)


def test_a_class_made_from_the_store_is_the_class_dataclasses_makes(seat_modules: None) -> None:
    codes = dataclass_code.record(["seat_recorded"])
    assert len(codes) == 6  # __init__, __repr__, __eq__, __hash__, __setattr__, __delattr__
    store = Store(codes)
    dataclass_code.install(store)
    import seat_from_store  # type: ignore[import-not-found]

    dataclass_code.uninstall()
    import seat_compiled  # type: ignore[import-not-found]

    assert (store.hits, store.misses) == (6, 0)
    made, compiled = seat_from_store.Seat, seat_compiled.Seat
    a, b = made(7, "Marit", ("A",)), compiled(7, "Marit", ("A",))
    assert repr(a) == repr(b) == "Seat(number=7, holder='Marit', groups=('A',))"
    assert a == made(7, "Marit", ("A",)) and a != made(8) and hash(a) == hash(b)
    assert made(3) == made(3, "ledig", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.number = 8  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.holder  # type: ignore[misc]
    with pytest.raises(TypeError):
        made()  # type: ignore[call-arg]
    assert [f.name for f in dataclasses.fields(made)] == [f.name for f in dataclasses.fields(compiled)]
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        assert getattr(made, method).__code__.co_code == getattr(compiled, method).__code__.co_code, method


def test_a_text_not_in_the_store_is_compiled_as_before(seat_modules: None) -> None:
    store = Store({})
    dataclass_code.install(store)
    import seat_from_store  # type: ignore[import-not-found]

    assert (store.hits, store.misses) == (0, 6)
    assert seat_from_store.Seat(1) == seat_from_store.Seat(1, "ledig")


def test_uninstall_gives_dataclasses_the_built_in_exec_again() -> None:
    dataclass_code.install(Store({}))
    dataclass_code.uninstall()
    assert "exec" not in vars(dataclasses)
    dataclass_code.uninstall()  # twice is harmless


def test_a_store_that_is_missing_damaged_or_of_another_python_is_not_used(tmp_path: Path) -> None:
    assert dataclass_code.load(str(tmp_path / "missing.bin")) is None
    (tmp_path / "damaged.bin").write_bytes(b"\x00not marshal")
    assert dataclass_code.load(str(tmp_path / "damaged.bin")) is None
    other = tmp_path / "other.bin"
    other.write_bytes(marshal.dumps({"format": dataclass_code.FORMAT, "python": "cpython-26 another", "codes": {}}))
    assert dataclass_code.load(str(other)) is None
    good = tmp_path / "good.bin"
    dataclass_code.write(str(good), {"x = 1": marshal.dumps(compile("x = 1", "<string>", "exec"))})
    store = dataclass_code.load(str(good))
    assert store is not None and len(store) == 1


PROBE = """
import json, sys
sys.path.insert(0, sys.argv[2])
from chair_console import dataclass_code
store = dataclass_code.load(sys.argv[1])
dataclass_code.install(store)
# what a start imports before its first frame (the command line, the composition root, the window, the rules),
# then every class the rules make on first use
import chair_console.cli, chair_console.app, chair_console.ui.main_window, chair_console.procedure.reducer
from chair_console.procedure import payloads, state
from chair_console.procedure.first_use import pending, ready
for module in (payloads, state):
    for value in list(vars(module).values()):
        if isinstance(value, type) and pending(value):
            ready(value)
print(json.dumps([store.hits, store.misses]))
"""


def test_the_build_s_store_holds_every_class_a_start_makes(tmp_path: Path) -> None:
    """build/compile_dataclasses.py, as the build runs it, then a fresh interpreter as the packaged program starts."""
    store = tmp_path / "dataclass_code.bin"
    done = subprocess.run([sys.executable, str(ROOT / "build" / "compile_dataclasses.py"), str(store)],
                          capture_output=True, text=True, check=True)
    assert "dataclass methods compiled" in done.stdout
    out = subprocess.run([sys.executable, "-c", PROBE, str(store), str(ROOT)], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    hits, misses = json.loads(out.stdout.strip().splitlines()[-1])
    assert misses == 0
    assert hits > 150  # the ~30 classes of the first frame alone have 174 methods


def test_the_packaged_program_installs_the_store_before_the_console_is_imported() -> None:
    entry = (ROOT / "build" / "entry.py").read_text(encoding="utf-8")
    assert entry.index("dataclass_code.install(store)") < entry.index("from chair_console.cli import main")
    spec = (ROOT / "build" / "chair_console.spec").read_text(encoding="utf-8")
    assert "compile_dataclasses.py" in spec and '(str(DATACLASS_CODE), ".")' in spec


def test_the_module_the_packaged_program_imports_first_brings_no_start_up_hook() -> None:
    """PyInstaller adds a start-up hook for pkgutil (and multiprocessing) when the package can import them: ~1 ms of
    every start (issue 17). The list of the console's modules is build/compile_dataclasses.py's, not this module's."""
    source = (ROOT / "chair_console" / "dataclass_code.py").read_text(encoding="utf-8")
    assert "pkgutil" not in source and "multiprocessing" not in source


def test_a_damaged_entry_in_the_store_is_compiled_from_its_text(seat_modules: None) -> None:
    """A store whose entries are not code (a damaged file that still reads as a dict) never stops a start."""
    codes = dataclass_code.record(["seat_recorded"])
    damaged = {text: (b"\x00" if i % 2 else "not bytes") for i, text in enumerate(codes)}
    store = Store(damaged)  # type: ignore[arg-type]
    dataclass_code.install(store)
    import seat_from_store  # type: ignore[import-not-found]

    assert (store.hits, store.misses) == (0, 6)
    assert seat_from_store.Seat(2) == seat_from_store.Seat(2, "ledig", ())
