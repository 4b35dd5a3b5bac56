"""Where the console keeps its files: the user's data and log directories (platformdirs).

CHAIR_CONSOLE_HOME, if set, puts everything under one folder (tests, training laptops)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "chair-console"
APP_AUTHOR = "Oslo kommune"
DB_FILENAME = "chair-console.sqlite3"
DEMO_FILENAME = "demo.sqlite3"  # the demo meeting: a database of its own, never the real one
SIMULATION_FILENAME = "simulation.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """Where the console keeps its database, its logs and its settings."""

    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def demo_db(self) -> Path:
        return self.data_dir / DEMO_FILENAME

    @property
    def simulation_db(self) -> Path:
        return self.data_dir / SIMULATION_FILENAME

    @property
    def log_file(self) -> Path:
        return self.log_dir / "chair-console.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "chair-console.ini"


def app_paths(env: dict[str, str] | None = None) -> AppPaths:
    env = os.environ if env is None else env
    home = env.get("CHAIR_CONSOLE_HOME")
    if home:
        base = Path(home)
        return AppPaths(base / "data", base / "logs", base / "config")
    from platformdirs import PlatformDirs  # only here: not loaded when CHAIR_CONSOLE_HOME says where (bench, tests)

    dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
    return AppPaths(Path(dirs.user_data_dir), Path(dirs.user_log_dir), Path(dirs.user_config_dir))
