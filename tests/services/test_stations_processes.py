"""Several stations as separate processes on one PostgreSQL server (issue 19, «Tests and CI»): two secretaries and
the chair act at once on a scripted meeting; every station ends with the same log, the same state and a local
copy with the same head, and `verify` passes. Then the faults: the server stopped mid-meeting and started again,
a station killed (SIGKILL) in the middle of an action, a station's connections dropped by the server
(pg_terminate_backend): nothing committed is lost, nothing is doubled, every station is back in step.

Each station is tests/services/station_process.py. The test waits only on the lines a station prints (`expect`,
with a generous limit that only catches a hang), never on a sleep or a time."""

from __future__ import annotations

import collections
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from store_backend import demo_meeting, own_cluster

from chair_console.procedure import events as ev
from chair_console.procedure.reducer import replay
from chair_console.store.database import open_database

CHILD = Path(__file__).with_name("station_process.py")
WAIT_S = 120  # only catches a hang: a healthy station, however slow the machine, never gets near it

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]


class Station:
    """A station process: commands on its stdin, every line it prints kept and waited on."""

    def __init__(self, role: str, url: str, meeting_id: int, home: Path) -> None:
        self.role = role
        env = dict(os.environ, CHAIR_CONSOLE_HOME=str(home), PYTHONUNBUFFERED="1", PYTHONHASHSEED="0")
        self.proc = subprocess.Popen([sys.executable, str(CHILD), url, str(meeting_id), role], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.home = home
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[list[str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:  # type: ignore[union-attr]
            self.lines.put(line.split(maxsplit=3))
        self.lines.put(None)

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]

    def expect(self, *words: str) -> list[str]:
        """The next line that starts with one of `words` (the lines before it are kept in `seen`)."""
        word = " or ".join(words)
        while True:
            try:
                fields = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"{self.role}: no «{word}» within {WAIT_S} s; saw {self.seen[-5:]}") from None
            if fields is None:
                raise AssertionError(f"{self.role} ended (status {self.proc.wait()}) before «{word}»; "
                                     f"saw {self.seen[-5:]}")
            self.seen.append(fields)
            if fields and fields[0] in words:
                return fields

    @property
    def commits(self) -> list[tuple[int, str, dict]]:
        return [(int(f[1]), f[2], json.loads(f[3])) for f in self.seen if f[0] == "commit"]

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(WAIT_S)
        assert self.proc.returncode == -signal.SIGKILL

    def quit(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.expect("bye")
            finally:
                self.proc.stdin.close()  # type: ignore[union-attr]
                self.proc.wait(WAIT_S)

    def stop(self) -> None:  # whatever happened: never outlives the test
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(WAIT_S)


@pytest.fixture(scope="module")
def cluster():  # noqa: ANN201 - a pg_cluster.Cluster of this module's own: the tests stop and start it
    with own_cluster() as c:
        yield c


class Meeting:
    """The demo meeting on a new database of the cluster, and its stations."""

    def __init__(self, cluster, tmp_path: Path) -> None:  # noqa: ANN001
        if not cluster.running:
            cluster.up()
        self.cluster = cluster
        self.url = cluster.new_database("stations")
        self.db, self.meeting_id = demo_meeting(self.url)
        self.tmp = tmp_path
        self.stations: list[Station] = []

    def start(self, *roles: str) -> list[Station]:
        started = [Station(role, self.url, self.meeting_id, self.tmp / f"{role}-{len(self.stations)}")
                   for role in roles]
        self.stations.extend(started)
        for s in started:
            s.expect("ready")
        return started

    def at_once(self, orders: dict[Station, str]) -> None:
        """Each station gets its phase; returns when every one says it is done."""
        for s, order in orders.items():
            s.send(f"script {order}")
        for s, order in orders.items():
            s.expect("script-done")

    def log(self) -> list:
        return self.db.event_log(self.meeting_id).load()

    def all_in_step(self, stations: list[Station]) -> None:
        """Every station at the server's head, with the same state, equal to the server's log replayed, and a local
        copy with that head that passes `verify`; the server's log passes too."""
        head = self.db.event_log(self.meeting_id).refresh_head()
        for s in stations:
            s.send(f"sync {head.seq}")
        states = set()
        for s in stations:
            _w, seq, digest, rest = s.expect("synced")
            state, as_replayed, copy_seq, copy_hash = rest.split()
            assert (int(seq), digest, as_replayed) == (head.seq, head.hash, "True"), s.role
            assert (int(copy_seq), copy_hash) == (head.seq, head.hash), s.role
            states.add(state)
        assert len(states) == 1  # the same state on every station
        assert self.db.verify() == []
        for s in stations:
            (copy,) = list((s.home / "data").glob("station-copy-*.sqlite3"))
            local = open_database(copy)
            try:
                assert local.verify() == [] and local.meetings()[0].head == head
            finally:
                local.close()

    def nothing_lost_or_doubled(self) -> None:
        """Each acknowledged commit is in the server's log at its seq; no member or government member marked
        present twice, the meeting set once."""
        log = {e.seq: e for e in self.log()}
        assert sorted(log) == list(range(1, len(log) + 1))
        for s in self.stations:
            for seq, kind, payload in s.commits:
                assert log[seq].kind == kind and dict(log[seq].payload) == payload, (s.role, seq)
        kinds = collections.Counter((e.kind, json.dumps(dict(e.payload), sort_keys=True)) for e in log.values()
                                    if e.kind in (ev.MEMBER_PRESENT, ev.GOVERNMENT_PRESENT, ev.MEETING_OPENED,
                                                  ev.ITEM_OPENED))
        assert max(kinds.values()) == 1, kinds.most_common(3)

    def close(self) -> None:
        for s in self.stations:
            s.stop()
        self.db.close()


@pytest.fixture
def meeting(cluster, tmp_path):  # noqa: ANN001, ANN201
    m = Meeting(cluster, tmp_path)
    yield m
    m.close()


def _open_item(chair: Station) -> None:
    for kind, payload in ((ev.MEETING_OPENED, {}), (ev.ITEM_OPENED, {"item": "s304"})):
        chair.send(f"act {kind} {json.dumps(payload)}")
        assert chair.expect("commit", "refused")[:3:2] == ["commit", kind], chair.seen[-1]


def _roll_call(m: Meeting, chair: Station, sec1: Station, sec2: Station) -> None:
    m.at_once({chair: "rollcall", sec1: "rollcall", sec2: "rollcall"})
    m.all_in_step([chair, sec1, sec2])


def test_two_secretaries_and_the_chair_at_once_end_with_the_same_log_and_state(meeting: Meeting):
    chair, sec1, sec2 = meeting.start("chair", "secretary1", "secretary2")
    _roll_call(meeting, chair, sec1, sec2)
    members = {m for (_s, kind, p) in sec1.commits + sec2.commits if kind == ev.MEMBER_PRESENT
               for m in [p["member"]]}
    assert len(members) == len(replay(meeting.log()).council.members)  # each member once, whoever won the race
    _open_item(chair)
    meeting.at_once({chair: "speeches 4", sec1: "proposals 4", sec2: "proposals 4"})
    meeting.all_in_step([chair, sec1, sec2])
    meeting.nothing_lost_or_doubled()
    for s, kind in ((chair, ev.SPEECH_NEXT), (sec1, ev.PROPOSAL_TABLED), (sec2, ev.PROPOSAL_TABLED)):
        assert any(k == kind for _s, k, _p in s.commits), (s.role, [f for f in s.seen if f[0] == "refused"])
        # refused only when another station got there first: by the rules on the new state, or twice by the store
        # (and then the chair's «next speaker» finds the list empty)
        assert {f[1] for f in s.seen if f[0] == "refused"} <= {"attendance.already_present", "store.concurrent_writer",
                                                               "government.already_present", "speaker.queue_empty"}
    for s in (chair, sec1, sec2):
        s.quit()


def test_the_server_stopped_mid_meeting_and_started_again(meeting: Meeting):
    chair, sec1, sec2 = meeting.start("chair", "secretary1", "secretary2")
    _roll_call(meeting, chair, sec1, sec2)
    meeting.cluster.down("fast")
    for s in (chair, sec1, sec2):
        s.expect("down")  # every station hears at once that the server is gone
    chair.send(f"act {ev.MEETING_OPENED} {{}}")
    assert chair.expect("commit", "refused")[:2] == ["refused", "store.unreachable"]  # refused with a reason, nothing queued
    meeting.cluster.up()
    for s in (chair, sec1, sec2):
        s.expect("up")  # each connects again by itself
    assert not any(e.kind == ev.MEETING_OPENED for e in meeting.log())  # the refused action was not kept
    _open_item(chair)
    meeting.at_once({chair: "speeches 3", sec1: "proposals 3", sec2: "proposals 3"})
    meeting.all_in_step([chair, sec1, sec2])
    meeting.nothing_lost_or_doubled()
    for s in (chair, sec1, sec2):
        s.quit()


def test_a_station_killed_mid_action_loses_nothing_committed_and_doubles_nothing(meeting: Meeting):
    chair, sec1, sec2 = meeting.start("chair", "secretary1", "secretary2")
    sec1.send("hang tx")  # its first append is written, not committed, when it is killed
    sec2.send("hang commit")  # its first append is committed, and it is killed before it knows
    for s in (chair, sec1, sec2):
        s.send("script rollcall")
    sec1.expect("in-transaction")
    sec1.kill()
    _w, seq, kind, payload = sec2.expect("committed-unacked")
    sec2.kill()
    chair.expect("script-done")
    landed = {e.seq: e for e in meeting.log()}[int(seq)]  # committed: in the log, though never acknowledged
    assert landed.kind == kind and dict(landed.payload) == json.loads(payload)

    sec1b, sec2b = meeting.start("secretary1", "secretary2")  # the secretaries start their stations again
    sec2b.send(f"act {kind} {payload}")  # and press once more: the rules refuse it on the new state
    assert sec2b.expect("commit", "refused")[:2] == ["refused", "attendance.already_present"]
    meeting.at_once({sec1b: "rollcall", sec2b: "rollcall"})
    meeting.all_in_step([chair, sec1b, sec2b])
    _open_item(chair)
    meeting.at_once({chair: "speeches 3", sec1b: "proposals 3", sec2b: "proposals 3"})
    meeting.all_in_step([chair, sec1b, sec2b])
    meeting.nothing_lost_or_doubled()
    assert [e.seq for e in meeting.log()].count(int(seq)) == 1
    for s in (chair, sec1b, sec2b):
        s.quit()


def test_a_stations_connections_dropped_by_the_server(meeting: Meeting):
    chair, sec1, sec2 = meeting.start("chair", "secretary1", "secretary2")
    _roll_call(meeting, chair, sec1, sec2)
    pid = sec2.seen[0][2]  # «ready ROLE PID»: its connections carry the pid in application_name
    meeting.cluster.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          f"WHERE application_name LIKE 'chair-console% {int(pid)}'")
    sec2.expect("down")
    sec2.expect("up")  # it connects again by itself
    _open_item(chair)
    meeting.at_once({chair: "speeches 3", sec1: "proposals 3", sec2: "proposals 3"})
    assert any(kind == ev.PROPOSAL_TABLED for _s, kind, _p in sec2.commits)  # its writing connection came back too
    assert ["refused", "store.unreachable"] not in [f[:2] for f in sec2.seen]  # on a fresh connection, unnoticed
    meeting.all_in_step([chair, sec1, sec2])
    meeting.nothing_lost_or_doubled()
    for s in (chair, sec1, sec2):
        s.quit()
