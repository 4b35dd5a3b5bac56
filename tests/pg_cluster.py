"""A throwaway PostgreSQL cluster for the tests: `initdb` into a temporary folder, `pg_ctl start` listening on a
Unix socket in that folder only (no TCP port), databases made on demand, everything stopped and removed at the
end. Uses Debian's `postgresql` package (initdb and pg_ctl on PATH or under /usr/lib/postgresql/*/bin).

PostgreSQL refuses to run as root: as root (CI), the server runs as the `postgres` user the Debian package makes
(or `nobody`), and the folder is given to that user. The tests themselves connect over the socket as the
cluster's superuser, `chair` (trust authentication, only through that socket)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ENABLE_HINT = (
    "PostgreSQL tests need the server binaries (initdb, pg_ctl): on Debian/Ubuntu `apt-get install postgresql` "
    "(the tests start a cluster of their own; the system's cluster need not run)"
)
SUPERUSER = "chair"


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(candidates):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    return None


def _server_user() -> str | None:
    """Whom to run the server as: None (ourselves) unless we are root."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists to run PostgreSQL")


class Cluster:
    def __init__(self, bin_dir: Path, durable: bool = False) -> None:
        self.bin_dir = bin_dir
        self.durable = durable  # fsync as in production (benchmarks); tests run without it
        self.base = Path(tempfile.mkdtemp(prefix="chair-pg-"))
        self.data = self.base / "data"
        self.socket_dir = self.base
        self.user = _server_user()
        self._counter = 0
        self.running = False

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin_dir / argv[0]), *argv[1:]]
        if self.user is not None:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=self.base)
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:2])} failed ({result.returncode}): {result.stderr or result.stdout}")
        return result

    def start(self) -> None:
        if self.user is not None:
            import pwd

            entry = pwd.getpwnam(self.user)
            os.chown(self.base, entry.pw_uid, entry.pw_gid)
        os.chmod(self.base, 0o755)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8",
                  "--no-sync")
        self.up()

    def up(self) -> None:
        """Start the server (again, after `down`)."""
        opts = f"-k {self.socket_dir} -h '' -c max_connections=60"
        if not self.durable:
            opts += " -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.base / "server.log"), "-w", "start")
        self.running = True

    def down(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)
        self.running = False

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{dbname}?host={self.socket_dir}"

    def admin(self, sql: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname=dbname, autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        self._counter += 1
        name = f"{prefix}_{os.getpid()}_{self._counter}"
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            self.down("immediate")
        shutil.rmtree(self.base, ignore_errors=True)


def start_cluster(durable: bool = False) -> Cluster | None:
    """A running throwaway cluster, or None when no PostgreSQL binaries are installed here. `durable`: with
    fsync and synchronous commit, as a real server (for benchmarks)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        return None
    cluster = Cluster(bin_dir, durable)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster
