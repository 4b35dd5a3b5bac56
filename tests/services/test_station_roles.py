"""Stations and roles, and the station's own id of each event (issue 19): a station records only what its role
allows and undoes only its own actions (the chair's station any); every event carries a uid made by its
station, so that a retry after a lost acknowledgement never doubles an action. On a SQLite file and on
PostgreSQL (`backend`). A secretary's station may not make the chair's choices through a payload either (R-5.3b the
chair's exception for a closing speech, R-3.3e the proposed voting order), and moving a speaker is the chair's
(R-5.3a)."""

from __future__ import annotations

import re
from contextlib import closing

import pytest
from meeting_script import set_meeting, take_up, to_voting
from store_backend import station

from chair_console.clock import SystemClock
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.services.meeting_service import MeetingService
from chair_console.store import reader
from chair_console.store.port import StoreError

NO_COMMITTEE = {"id": "s399", "number": "Sak 399/26", "title": "Orientering om beredskap", "kind": "other"}


@pytest.fixture
def stations(backend_demo):  # noqa: ANN001, ANN201
    """The chair's and a secretary's station on the same meeting: (database, chair, secretary)."""
    db, meeting_id = backend_demo
    chair = station(db, meeting_id)
    secretary = station(db, meeting_id, "secretary")
    yield db, chair, secretary
    chair.close()
    secretary.close()


def _rows(db, meeting_id: int) -> list[tuple]:  # noqa: ANN001
    with closing(reader.connect(db)) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT seq, kind, actor, uid FROM meeting_event WHERE meeting_id = ? ORDER BY seq", (meeting_id,))]


def test_a_secretary_records_the_roll_and_is_refused_the_chairs_actions_with_nothing_written(stations):  # noqa: ANN001
    db, chair, secretary = stations
    secretary.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    before = _rows(db, secretary.meeting_id)
    with pytest.raises(RuleViolation) as refused:
        secretary.record(ev.MEETING_OPENED)
    assert refused.value.code == "station.not_allowed"
    assert refused.value.params == {"action": ev.MEETING_OPENED, "station": "secretary"}
    assert _rows(db, secretary.meeting_id) == before and secretary.state.last_seq == 2
    chair.record(ev.MEETING_OPENED)  # the chair's station may
    assert [r[1:3] for r in _rows(db, chair.meeting_id)[1:]] == [(ev.MEMBER_PRESENT, "secretary"),
                                                                  (ev.MEETING_OPENED, "chair")]


@pytest.mark.parametrize("role", ["display", "overlay"])
def test_the_hall_display_and_the_overlay_record_nothing(backend_demo, role):  # noqa: ANN001
    db, meeting_id = backend_demo
    service = station(db, meeting_id, role)
    try:
        for kind, payload in ((ev.MEMBER_PRESENT, {"member": "h-01"}), (ev.MEETING_OPENED, {})):
            with pytest.raises(RuleViolation) as refused:
                service.record(kind, payload)
            assert refused.value.code == "station.not_allowed" and refused.value.params["station"] == role
        assert len(_rows(db, meeting_id)) == 1
    finally:
        service.close()


def test_R_5_3b_secretary_cannot_give_the_chairs_exception_for_a_closing_speech_nothing_written(stations):  # noqa: ANN001
    db, chair, secretary = stations
    chair.record(ev.AGENDA_SET, {"agenda": [*(i.to_dict() for i in chair.state.agenda), NO_COMMITTEE],
                                 "questions": []})
    set_meeting(chair)
    take_up(chair, "s399")  # no committee behind it: nobody has a closing speech by right
    exception = {"item": "s399", "person": "a-01", "kind": "closing", "override": True,
                 "override_reason": "Arbeiderpartiet meldte saken"}
    before = _rows(db, chair.meeting_id)
    with pytest.raises(RuleViolation) as refused:
        secretary.record(ev.SPEAKER_ADDED, exception)
    assert refused.value.code == "station.chairs_choice"
    assert refused.value.params == {"action": ev.SPEAKER_ADDED, "station": "secretary", "field": "override",
                                    "rule": "R-5.3b"}
    assert _rows(db, chair.meeting_id) == before
    secretary.record(ev.SPEAKER_ADDED, {"item": "s399", "person": "a-05", "kind": "main"})  # asking is the secretary's
    chair.record(ev.SPEAKER_ADDED, exception)  # the chair's station gives the exception, with the reason
    assert [(e.person, e.override) for e in chair.state.queues["s399"]] == [
        ("a-05", None), ("a-01", "Arbeiderpartiet meldte saken")]
    assert [r[1:3] for r in _rows(db, chair.meeting_id)[len(before):]] == [(ev.SPEAKER_ADDED, "secretary"),
                                                                            (ev.SPEAKER_ADDED, "chair")]
    assert db.verify() == []


def test_R_5_3a_secretary_cannot_move_speaker_against_order(stations):  # noqa: ANN001
    db, chair, secretary = stations
    set_meeting(chair)
    take_up(chair, "s304")
    for person in ("h-10", "a-05"):  # put where the rules propose (R-5.3a)
        secretary.record(ev.SPEAKER_ADDED, {"item": "s304", "person": person, "kind": "main"})
    proposed = [e.id for e in secretary.state.queues["s304"]]
    before = _rows(db, chair.meeting_id)
    with pytest.raises(RuleViolation) as refused:
        secretary.record(ev.SPEAKER_MOVED, {"item": "s304", "entry": proposed[-1], "position": 0})
    assert refused.value.code == "station.not_allowed" and refused.value.params["action"] == ev.SPEAKER_MOVED
    assert _rows(db, chair.meeting_id) == before
    chair.record(ev.SPEAKER_MOVED, {"item": "s304", "entry": proposed[-1], "position": 0})  # the chair's
    assert [e.id for e in chair.state.queues["s304"]] == proposed[::-1]


def test_R_3_3e_secretary_records_the_councils_decision_on_the_order_not_the_chairs_proposal(stations):  # noqa: ANN001
    db, chair, secretary = stations
    to_voting(chair)
    proposed = ["s304-p3", "s304-p1", "s304-p2", "recommendation"]
    before = _rows(db, chair.meeting_id)
    with pytest.raises(RuleViolation) as refused:  # without `method`: the chair's proposal
        secretary.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": proposed})
    assert refused.value.code == "station.chairs_choice"
    assert (refused.value.params["field"], refused.value.params["rule"]) == ("method", "R-3.3e")
    assert _rows(db, chair.meeting_id) == before
    chair.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": proposed})  # the chair proposes
    secretary.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": proposed, "method": "tacit"})  # the council
    assert secretary.state.decided_order["s304"] == tuple(proposed)
    assert db.verify() == []


def test_a_station_undoes_its_own_the_chair_any_and_the_log_says_who_undid_what(stations):  # noqa: ANN001
    db, chair, secretary = stations
    own = secretary.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    chairs = chair.record(ev.MEMBER_PRESENT, {"member": "h-02"})
    with pytest.raises(RuleViolation) as refused:  # another station's action: refused, nothing written
        secretary.undo(chairs.seq)
    assert refused.value.code == "station.undo_not_own"
    assert refused.value.params == {"station": "secretary", "owner": "chair", "seq": chairs.seq,
                                    "action": ev.MEMBER_PRESENT}
    assert len(_rows(db, chair.meeting_id)) == 3
    undone = secretary.undo(own.seq)  # its own
    assert undone.actor == "secretary" and own.seq in secretary.state.undone
    secretary.redo(own.seq)
    by_chair = chair.undo(own.seq)  # the chair's station undoes the secretary's
    assert by_chair.actor == "chair"
    rows = _rows(db, chair.meeting_id)
    assert [r[1:3] for r in rows[3:]] == [(ev.UNDONE, "secretary"), (ev.REDONE, "secretary"), (ev.UNDONE, "chair")]
    assert db.verify() == []


def test_every_event_recorded_carries_its_stations_own_id(stations):  # noqa: ANN001
    db, chair, secretary = stations
    a = chair.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    b = secretary.record(ev.MEMBER_PRESENT, {"member": "h-02"})
    rows = _rows(db, chair.meeting_id)
    assert rows[0][3] is None  # the meeting's first event is written by the store, without one
    assert [r[3] for r in rows[1:]] == [a.uid, b.uid]
    assert all(re.fullmatch(r"[0-9a-f]{32}", r[3]) for r in rows[1:]) and a.uid != b.uid


def test_appending_the_same_event_twice_after_a_lost_acknowledgement_writes_one_row(backend_demo):  # noqa: ANN001
    """The first append committed, but its acknowledgement was lost: the station sends the same event again,
    on the head it knew. One row; the second call returns the stored event's hash."""
    db, meeting_id = backend_demo
    log = db.event_log(meeting_id)
    try:
        known = log.head()
        event = Event(known.seq + 1, ev.MEMBER_PRESENT, {"member": "h-01"}, "secretary", SystemClock().now(),
                      "0123456789abcdef0123456789abcdef")
        first = log.append(event)
        assert log.append(event, expected=known) == first  # refused by the database's guards: found by its uid
        assert log.append(event) == first  # and on the head after it (out of sequence): the same
        assert log.head().seq == event.seq and log.head().hash == first
        rows = _rows(db, meeting_id)
        assert [r for r in rows if r[3] == event.uid] == [(event.seq, ev.MEMBER_PRESENT, "secretary", event.uid)]
        assert len(rows) == 2 and db.verify() == []
        assert log.stored_seq(event.uid) == event.seq and log.stored_seq("f" * 32) is None
    finally:
        log.close()


def test_another_event_under_a_stored_id_is_refused_and_nothing_written(backend_demo):  # noqa: ANN001
    db, meeting_id = backend_demo
    log = db.event_log(meeting_id)
    try:
        known = log.head()
        uid = "a" * 32
        log.append(Event(known.seq + 1, ev.MEMBER_PRESENT, {"member": "h-01"}, "secretary", SystemClock().now(), uid))
        with pytest.raises(StoreError) as refused:  # the next seq, the same id: not the same event
            log.append(Event(known.seq + 2, ev.MEMBER_PRESENT, {"member": "h-02"}, "secretary",
                             SystemClock().now(), uid))
        assert refused.value.code == "store.already_recorded" and refused.value.params["seq"] == known.seq + 1
        assert len(_rows(db, meeting_id)) == 2 and db.verify() == []
    finally:
        log.close()


class _LostAcknowledgement:
    """A station's log whose first append commits but whose acknowledgement is lost: the station never learns
    that its write landed, and is told that another station wrote first (as when its retry on a fresh connection
    finds the head moved)."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        self._inner = inner
        self._known = inner.head()
        self.lost = 0

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._inner, name)

    def append(self, event, expected=None):  # noqa: ANN001, ANN201
        digest = self._inner.append(event, expected)
        if not self.lost:
            self.lost += 1
            self._inner.follow(self._known)
            raise StoreError("store.concurrent_writer")
        return digest


def test_a_service_retry_after_a_lost_acknowledgement_never_doubles_the_action(backend_demo):  # noqa: ANN001
    db, meeting_id = backend_demo
    service = MeetingService(_LostAcknowledgement(db.event_log(meeting_id)), SystemClock(), actor="secretary")
    try:
        event = service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
        assert service.conflicts == 1 and event.seq == 2 and event.actor == "secretary"
        assert [r[1] for r in _rows(db, meeting_id)] == [ev.MEETING_CREATED, ev.MEMBER_PRESENT]  # once
        assert service.state.last_seq == 2 and db.verify() == []
        service.record(ev.MEMBER_PRESENT, {"member": "h-02"})  # and it goes on, on the right head
        assert len(_rows(db, meeting_id)) == 3 and db.verify() == []
    finally:
        service.close()


def test_a_database_from_before_the_event_ids_is_migrated_and_keeps_every_hash(backend):  # noqa: ANN001
    """Migration 0005 on a log written before it: the column comes, no hash changes, `verify` passes, and new
    events carry their id (SQLite: copied aside first)."""
    from alembic import command

    from chair_console.demo import ensure_demo_meeting
    from chair_console.store.database import alembic_config

    db = backend.open()
    meeting_id = ensure_demo_meeting(db, SystemClock().now())
    station(db, meeting_id, "secretary").record(ev.MEMBER_PRESENT, {"member": "h-01"})
    with db.engine.begin() as conn:  # back to the schema of the release before
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with closing(reader.connect(db)) as conn:
        hashes = [tuple(r) for r in conn.execute("SELECT seq, hash FROM meeting_event ORDER BY seq")]
    db.close()
    again = backend.open()
    try:
        if backend.kind == "sqlite":
            assert again.backup is not None and again.backup.exists()
        with closing(reader.connect(again)) as conn:
            assert [tuple(r) for r in conn.execute("SELECT seq, hash FROM meeting_event ORDER BY seq")] == hashes
        assert again.verify() == []
        service = station(again, meeting_id)
        event = service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        service.close()
        assert [r[3] for r in _rows(again, meeting_id)] == [None, None, event.uid] and again.verify() == []
    finally:
        again.close()
