"""Several stations on one meeting (issue 19, step 2): a station folds in what another recorded, checked against
the hash chain, and acts on the newest state; every test runs on a SQLite file and on PostgreSQL (`backend`)."""

from __future__ import annotations

import pytest

from chair_console.clock import SystemClock
from chair_console.messages import describe_problem
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.services.meeting_service import ActionsHeld, ChainBroken, MeetingService


@pytest.fixture
def stations(backend_demo):  # noqa: ANN001, ANN201
    """Two stations on the same meeting, each with its own log and service: (database, first, second)."""
    db, meeting_id = backend_demo
    first = MeetingService(db.event_log(meeting_id), SystemClock())
    second = MeetingService(db.event_log(meeting_id), SystemClock(), actor="secretary")
    yield db, first, second
    first.close()
    second.close()


def test_a_station_catches_up_to_the_same_state_and_log_and_tells_its_listeners(stations):  # noqa: ANN001
    db, first, second = stations
    heard = []
    second.subscribe(lambda state, event: heard.append((state.last_seq, event.seq)))
    for member in ("h-01", "h-02", "a-01"):
        first.record(ev.MEMBER_PRESENT, {"member": member})
    came = second.catch_up()
    assert [e.seq for e in came] == [2, 3, 4]
    assert heard == [(2, 2), (3, 3), (4, 4)]  # one call per event, with the state after it, as `record` does
    assert second.log == first.log and second.state == first.state
    assert second.head_hash == first.head_hash
    assert second.catch_up() == [] and heard == [(2, 2), (3, 3), (4, 4)]  # idempotent
    second.record(ev.MEMBER_PRESENT, {"member": "sv-01"})  # and it writes on the new head
    assert [e.seq for e in first.catch_up()] == [5] and first.state == second.state
    assert db.verify() == []


def test_record_catches_up_first_and_checks_the_rules_on_the_newest_state(stations):  # noqa: ANN001
    db, first, second = stations
    first.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    with pytest.raises(RuleViolation) as exc:  # the second station had not seen it: the rules now do
        second.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert exc.value.code == "attendance.already_present"
    assert second.state == first.state and len(second.log) == 2
    assert _members_present(db) == [("h-01",)]


def _members_present(db) -> list[tuple[str]]:  # noqa: ANN001
    """Who the database says was marked present, in order (read as another station would)."""
    import json
    from contextlib import closing

    from chair_console.store import reader

    with closing(reader.connect(db)) as conn:
        rows = conn.execute("SELECT payload FROM meeting_event WHERE kind = ? ORDER BY seq",
                            (ev.MEMBER_PRESENT,)).fetchall()
    return [(json.loads(payload)["member"],) for (payload,) in rows]


def _races(first: MeetingService, second: MeetingService, kind: str, payload: dict) -> None:  # noqa: ANN001
    """The first station records `kind` just after the second caught up and before its append reaches the
    database: the second's append meets a moved head (store.concurrent_writer)."""
    store = second._store  # noqa: SLF001 - the seam between the rules check and the write
    original = store.append
    calls = []

    def append(event, expected=None):  # noqa: ANN001, ANN202
        if not calls:
            calls.append(event)
            first.record(kind, payload)
        return original(event, expected)

    store.append = append


def test_a_concurrent_append_is_refused_then_checked_again_and_refused_by_the_rule(stations):  # noqa: ANN001
    """Both stations mark the same member present at once: the database refuses the later append, the station
    catches up, and the rules refuse it on the new state with their own message. Nothing doubled."""
    db, first, second = stations
    _races(first, second, ev.MEMBER_PRESENT, {"member": "h-01"})
    with pytest.raises(RuleViolation) as exc:
        second.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert exc.value.code == "attendance.already_present"
    assert second.conflicts == 1
    assert second.state == first.state and second.log == first.log
    assert _members_present(db) == [("h-01",)]
    assert db.verify() == []


def test_a_concurrent_append_the_rules_allow_lands_after_the_other(stations):  # noqa: ANN001
    db, first, second = stations
    _races(first, second, ev.MEMBER_PRESENT, {"member": "h-01"})
    event = second.record(ev.MEMBER_PRESENT, {"member": "h-02"})
    assert event.seq == 3 and event.actor == "secretary" and second.conflicts == 1
    assert _members_present(db) == [("h-01",), ("h-02",)]
    assert first.catch_up() == [event] and first.state == second.state
    assert db.verify() == []


def test_a_broken_chain_holds_the_station_with_the_words_verify_uses(stations, backend):  # noqa: ANN001
    db, first, second = stations
    first.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    before = second.state
    backend.execute("UPDATE meeting_event SET payload = '{\"member\":\"h-02\"}' WHERE seq = 2", bypass_guards=True)
    with pytest.raises(ChainBroken) as exc:
        second.catch_up()
    problem = exc.value.problem
    assert (problem.seq, problem.code) == (2, "chain.hash_mismatch")
    assert db.verify(second.meeting_id)[0] == problem  # the same finding as verify: the same words
    words = describe_problem(db.where, problem.meeting_id, problem.seq, problem.code, problem.detail)
    assert "hendelse 2" in words
    assert second.state is before and len(second.log) == 1  # nothing of it folded in
    assert second.held is not None and second.held.code == "log.failed_gui"
    with pytest.raises(ActionsHeld):
        second.record(ev.MEMBER_PRESENT, {"member": "a-01"})
    with pytest.raises(ChainBroken):  # and it stays held
        second.catch_up()


def test_a_removed_event_is_found_by_the_head(stations, backend):  # noqa: ANN001
    db, first, second = stations
    first.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    first.record(ev.MEMBER_PRESENT, {"member": "h-02"})
    backend.execute("DELETE FROM meeting_event WHERE seq = 3", bypass_guards=True)
    with pytest.raises(ChainBroken) as exc:
        second.catch_up()
    assert (exc.value.problem.seq, exc.value.problem.code) == (3, "chain.head_mismatch")
    assert db.verify(second.meeting_id)[0].code == "chain.head_mismatch"
