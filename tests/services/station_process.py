"""One station as a process of its own on a PostgreSQL server, for tests/services/test_stations_processes.py.

    python station_process.py URL MEETING_ID ROLE        (ROLE: chair, secretary1, secretary2; CHAIR_CONSOLE_HOME
                                                         per station: its local copy of the log goes there)

The station works as the window does, without one: `MeetingService` (catch up, rules, append with the expected
head), `PgListener` (LISTEN/NOTIFY, reconnects by itself) and the local copy (services/station_copy.py). It reads
commands on stdin and prints a line for everything the test waits on (never a sleep on the test's side):

    ready ROLE PID                       started, listening, caught up
    up / down                            the listener's connection to the server came back / was lost
    commit SEQ KIND PAYLOAD              an action this station recorded (committed, acknowledged)
    refused CODE                         an action refused: by the rules, or by the store (store.unreachable …)
    script-done NAME                     a scripted phase is finished
    synced SEQ HASH STATE SAME COPYSEQ COPYHASH   caught up to SEQ; a digest of the state (PYTHONHASHSEED=0);
                                         whether it equals the server's log replayed; the local copy's head
    in-transaction SEQ                   (after `hang tx`) the next append is written but not committed: it hangs
    committed-unacked SEQ KIND PAYLOAD   (after `hang commit`) the next append is committed, not yet acknowledged:
                                         it hangs

Commands: `act KIND JSON`, `script rollcall|proposals N|speeches N`, `sync SEQ`, `hang tx|commit`, `quit`."""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sys
import threading


def say(*fields: object) -> None:
    print(*fields, flush=True)


def state_digest(state) -> str:  # noqa: ANN001 - a MeetingState
    """The same for two stations whose states are equal (dataclass repr; sets print in the order of their
    hashes, so every station runs with PYTHONHASHSEED=0)."""
    return hashlib.sha256(repr(state).encode()).hexdigest()[:16]


def main(url: str, meeting_id: int, role: str) -> None:
    from chair_console.clock import SystemClock
    from chair_console.paths import app_paths
    from chair_console.procedure import events as ev
    from chair_console.procedure.errors import RuleViolation
    from chair_console.services.meeting_service import MeetingService
    from chair_console.services.station_copy import keep_station_copy
    from chair_console.store import writer
    from chair_console.store.database import open_database
    from chair_console.store.port import StoreError
    from chair_console.store.postgres import PgListener

    inbox: queue.Queue = queue.Queue()  # commands from stdin and the listener's notices, in one line
    hang: dict = {"tx": False, "commit": False, "event": None}
    forever = threading.Event()  # never set: a hang lasts until the test kills the process

    original = writer.write_event

    def write_event(conn, meeting_id, uid, prev_hash, event):  # noqa: ANN001, ANN202
        digest = original(conn, meeting_id, uid, prev_hash, event)
        hang["event"] = event  # this station's own append (a caught-up event never comes through here)
        if hang["tx"] and threading.current_thread() is threading.main_thread():  # not the local copy's thread
            say("in-transaction", event.seq)
            forever.wait()
        return digest

    writer.write_event = write_event  # EventStore.append looks it up at each append

    db = open_database(url)
    actor = "chair" if role == "chair" else "secretary"
    service = MeetingService(db.event_log(meeting_id), SystemClock(), actor=actor)

    def acknowledged(_state, event) -> None:  # noqa: ANN001 - after the commit, before `record` returns
        if hang["commit"] and event is hang["event"] and threading.current_thread() is threading.main_thread():
            say("committed-unacked", event.seq, event.kind, json.dumps(event.payload, sort_keys=True))
            forever.wait()

    listener = PgListener(url, lambda m, s: inbox.put(("notice", m, s)), lambda up: inbox.put(("conn", up)))
    listener.start()
    if not listener.listening.wait(60):
        raise SystemExit("the listener did not connect")
    service.subscribe(acknowledged)
    copy = keep_station_copy(service, db, app_paths().data_dir)
    assert copy is not None
    service.catch_up()

    def read_stdin() -> None:
        for line in sys.stdin:
            inbox.put(("cmd", line.strip()))
        inbox.put(("cmd", "quit"))

    threading.Thread(target=read_stdin, daemon=True).start()
    say("ready", role, os.getpid())

    pending: list[str] = []  # commands that came while a phase waited for notices

    def take(item: tuple) -> None:
        if item[0] == "conn":
            say("up" if item[1] else "down")
        elif item[0] == "cmd":
            pending.append(item[1])
        # a notice: the caller catches up

    def drain(wait: float = 0.0) -> None:
        """Take what came in (waiting up to `wait` seconds for the first), then catch up."""
        try:
            take(inbox.get(timeout=wait) if wait else inbox.get_nowait())
            while True:
                take(inbox.get_nowait())
        except queue.Empty:
            pass
        try:
            service.catch_up()
        except StoreError:
            pass  # the server is away: the listener says so, and the next notice catches up

    def act(kind: str, payload: dict, again: int = 0) -> bool:
        """One action; `again`: pressed once more (up to so many times) after «another station wrote first»."""
        for _ in range(again + 1):
            try:
                event = service.record(kind, payload)
            except (RuleViolation, StoreError) as exc:
                say("refused", exc.code)
                if exc.code == "store.concurrent_writer":
                    continue
                return False
            say("commit", event.seq, event.kind, json.dumps(event.payload, sort_keys=True))
            return True
        return False

    council = service.state.council
    members = [m.id for m in council.members]
    half = len(members) // 2
    mine = members[:half] if role == "secretary1" else members[half:]
    others = members[half:] if role == "secretary1" else members[:half]

    def script(name: str, n: int) -> None:
        if name == "rollcall" and role == "chair":
            for _ in range(10):
                for person in council.government:
                    if person.id not in service.state.government_present:
                        act(ev.GOVERNMENT_PRESENT, {"person": person.id})
                    drain()
                if all(p.id in service.state.government_present for p in council.government):
                    break
        elif name == "rollcall":
            for _ in range(10):  # a member refused because another station wrote first twice: pressed again
                for member in mine + others:  # the other half too: the two secretaries race on the same members
                    if member not in service.state.attendance:
                        act(ev.MEMBER_PRESENT, {"member": member})
                    drain()
                if all(m in service.state.attendance for m in members):
                    break
        elif name == "proposals":  # the secretaries record the proposals handed in
            for i in range(n):
                act(ev.PROPOSAL_TABLED, {"item": "s304", "text": f"{role} foreslår endring {i + 1}.",
                                         "proposer": mine[(i * 7) % len(mine)], "groups": [], "kind": "change"},
                    again=5)
                drain()
        elif name == "speeches":  # the chair puts speakers on the list and gives the floor
            for i in range(n):
                person = members[1 + (i * 5) % (len(members) - 1)]  # not members[0], the chair (ordfører)
                act(ev.SPEAKER_ADDED, {"item": "s304", "person": person, "kind": "main"}, again=5)
                act(ev.SPEECH_NEXT, {"item": "s304"}, again=5)
                drain()
        say("script-done", name)

    def sync(seq: int) -> None:
        while service.state.last_seq < seq:
            drain(wait=1.0)
        assert copy.flush(60)
        from chair_console.procedure.reducer import replay

        as_replayed = replay(db.event_log(meeting_id).load()) == service.state  # the server's log, replayed here
        say("synced", service.state.last_seq, service.head_hash, state_digest(service.state), as_replayed,
            copy.head.seq, copy.head.hash)

    while True:
        if pending:
            line = pending.pop(0)
        else:
            item = inbox.get()
            if item[0] != "cmd":
                take(item)
                drain()
                continue
            line = item[1]
        words = line.split(maxsplit=2)
        if not words:
            continue
        if words[0] == "quit":
            break
        if words[0] == "act":
            act(words[1], json.loads(words[2]) if len(words) > 2 else {})
        elif words[0] == "script":
            script(words[1], int(words[2]) if len(words) > 2 else 0)
        elif words[0] == "sync":
            sync(int(words[1]))
        elif words[0] == "hang":
            hang[words[1]] = True
    copy.stop()
    listener.stop()
    service.close()
    db.close()
    say("bye")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
