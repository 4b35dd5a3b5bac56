"""The tolerant fold of the public log (procedure/public_fold.py): what a hall display or overlay station on the
public view (migration 0004) shows. Logs made by the real reducer (tests/procedure/helpers.py LogBuilder), the
public view computed as the database computes it (tests/public_view.py; checked against the real view in
tests/store/test_pg_public_station.py)."""

from __future__ import annotations

import json

from helpers import LogBuilder
from public_view import CLOSED, CLOSED_SPEAKER, OPEN_SPEAKER, SECRETS, WITHHELD, closed_meeting, public_view

from chair_console.procedure import events as ev
from chair_console.procedure.events import Event
from chair_console.procedure.public_fold import advance_public, replay_public
from chair_console.procedure.state import MeetingState


class Recorder(LogBuilder):
    """`closed_meeting` records through `record`, as a service does."""

    def record(self, kind: str, payload: dict | None = None) -> Event:
        return self.add(kind, payload)


def _shown(state: MeetingState) -> tuple:
    """What the hall display and the overlay read of a state: the phase, the current item and whether it is closed,
    the speaker under way, the current item's list and votes."""
    item = state.item(state.current_item)
    speech = state.speech.entry.person if state.speech is not None else None
    current = state.current_item or ""
    return (state.phase, state.current_item, item.closed if item else None, speech,
            tuple(e.person for e in state.queues.get(current, ())), state.votes.get(current, ()))


def _meeting() -> tuple[Recorder, dict[str, int]]:
    rec = Recorder().created()
    steps = {}
    for step in closed_meeting(rec):
        steps[step] = len(rec.log)
    return rec, steps


def test_R_3_7a_the_public_fold_shows_the_closed_part_as_closed_and_everything_else_as_the_reducer():
    rec, _steps = _meeting()
    public = public_view(rec.log)
    assert {e.kind for e in public} >= {WITHHELD, ev.ITEM_OPENED}
    real = MeetingState()
    fold = replay_public([])
    from chair_console.procedure.reducer import advance

    for n, (event, shown) in enumerate(zip(rec.log, public)):
        real = advance(real, rec.log[:n], event)
        fold = advance_public(fold, public[:n], shown)
        assert fold.state.last_seq == event.seq
        item = real.item(real.current_item)
        if item is not None and item.closed:  # the closed part: the closed card, nothing of the item
            assert fold.state.current_item == CLOSED and fold.state.item(CLOSED).closed, event
            assert fold.state.speech is None and not fold.state.queues.get(CLOSED)
        elif fold.closed_item is not None:  # the decision to close the doors (its marker): errs to the closed card
            assert event.kind == ev.CLOSED_DECIDED and fold.state.current_item == CLOSED
        else:
            assert _shown(fold.state) == _shown(real), event
    assert fold.skipped == ()  # nothing public was refused
    assert replay_public(public) == fold  # the incremental fold and the whole fold agree


def test_R_3_7a_nothing_of_the_closed_item_is_in_the_folded_state():
    rec, _steps = _meeting()
    state = replay_public(public_view(rec.log)).state
    assert state.current_item == "s309" and state.speech.entry.person == OPEN_SPEAKER
    assert not state.proposals.get(CLOSED) and CLOSED not in state.decisions and not state.speeches.get(CLOSED)
    assert state.item(CLOSED).title.startswith("Unntatt offentlighet, jf.")  # the public title only
    text = json.dumps([e.payload for e in public_view(rec.log)], ensure_ascii=False) + repr(state)
    for secret in SECRETS:
        assert secret not in text, secret
    assert CLOSED_SPEAKER not in {s.entry.person for speeches in state.speeches.values() for s in speeches}
    assert all(a.reason in (None, "not_reported") for a in state.attendance.values())  # no absence reasons


def test_a_marker_outside_the_closed_part_shows_closed_until_a_public_event_says_otherwise():
    rec = Recorder().created()
    steps = closed_meeting(rec)
    for step in steps:
        if step == "open_speech":
            break
    # the doors are decided closed for the closed item while the open item's speech goes on (its marker), then
    # the open item's speech ends: an event the public view would have withheld in a closed part
    closed = rec.state.item(CLOSED)
    rec.add(ev.CLOSED_DECIDED, {"item": CLOSED, "basis": closed.closed_basis, "method": "tacit"})
    fold = replay_public(public_view(rec.log))
    assert fold.state.current_item == CLOSED and fold.closed_item == CLOSED  # errs to the closed card
    rec.add(ev.SPEECH_ENDED)
    fold = replay_public(public_view(rec.log))
    assert fold.closed_item is None and _shown(fold.state) == _shown(rec.state)
    # an event of the open item that the rules refuse in the closed item also proves it
    rec.add(ev.DECISION_PUBLIC, {"item": CLOSED, "public": True})
    rec.add(ev.SPEAKER_ADDED, {"item": "s304", "person": "h-10", "kind": "main"})
    rec.add(ev.SPEECH_NEXT, {"item": "s304"})
    fold = replay_public(public_view(rec.log))
    assert fold.closed_item is None and _shown(fold.state) == _shown(rec.state) and fold.skipped == ()


def test_a_public_event_the_rules_refuse_on_the_partial_state_is_skipped_not_raised():
    rec, _steps = _meeting()
    public = public_view(rec.log)
    odd = Event(len(public) + 1, ev.SPEECH_NEXT, {"item": "s304"}, "chair", rec.at())  # not the current item
    fold = replay_public([*public, odd])
    assert fold.skipped == (odd.seq,) and fold.state.last_seq == odd.seq
    assert _shown(fold.state) == _shown(replay_public(public).state)
    unknown = Event(odd.seq + 1, "some.future_kind", {}, "chair", rec.at())
    assert replay_public([*public, odd, unknown]).skipped == (odd.seq, unknown.seq)


def test_undo_in_the_open_part_folds_again_and_an_undo_of_a_withheld_event_changes_nothing_shown():
    rec, _steps = _meeting()
    speech = len(rec.log)  # the open item's speech.next
    rec.add(ev.UNDONE, {"target": speech})
    fold = replay_public(public_view(rec.log))
    assert fold.state.speech is None and _shown(fold.state) == _shown(rec.state)
    assert speech in fold.state.undone
    rec.add(ev.REDONE, {"target": speech})
    fold = replay_public(public_view(rec.log))
    assert _shown(fold.state) == _shown(rec.state) and fold.state.speech.entry.person == OPEN_SPEAKER
    decision_text = next(e.seq for e in rec.log if e.kind == ev.DECISION_TEXT_SET)
    before = replay_public(public_view(rec.log))
    rec.add(ev.UNDONE, {"target": decision_text})  # shown: an open item is current, but it names a withheld one
    fold = replay_public(public_view(rec.log))
    assert _shown(fold.state) == _shown(before.state) and decision_text in fold.state.undone
