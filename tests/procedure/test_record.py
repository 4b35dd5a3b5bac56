"""The meeting's record (procedure/record.py): who attended when, every member accounted for, substitutes and for
whom, exclusion, undo, sittings; items, speeches, votes and the question hour; the roll-call summary."""

from __future__ import annotations

from chair_console.procedure import events as ev
from chair_console.procedure import record
from chair_console.procedure.reducer import replay
from helpers import LogBuilder

BASIS = "kommuneloven § 11-5 tredje ledd bokstav b, jf. offentleglova § 23 første ledd"
NOT_MARKED = "frp-03"


def at(b: LogBuilder, second: int) -> None:
    """The next event is recorded at `second` (LogBuilder adds one)."""
    b.t = second - 1


def meeting() -> LogBuilder:
    """All present at 100 s but one absent with a substitute, one absent without, one never marked and one late."""
    b = LogBuilder().created()
    at(b, 100)
    for m in b.state.council.members:
        if m.id == "a-05":
            b.add(ev.MEMBER_ABSENT, {"member": m.id, "reason": "sykdom"}, "secretary")
            b.add(ev.SUBSTITUTE_SEATED, {"seat": m.id, "substitute": "a-v1"}, "secretary")
        elif m.id == "ps-01":
            b.add(ev.MEMBER_ABSENT, {"member": m.id, "reason": "velferd"}, "secretary")
        elif m.id not in (NOT_MARKED, "mdg-02"):
            b.add(ev.MEMBER_PRESENT, {"member": m.id}, "secretary")
    at(b, 1000)
    b.add(ev.MEETING_OPENED)
    at(b, 1600)
    b.add(ev.MEMBER_PRESENT, {"member": "mdg-02"}, "secretary")
    return b


def rows_by_person(rec: record.AttendanceRecord) -> dict[str, record.SittingAttendance]:
    return {r.person: r for r in rec.rows()}


def test_R_4a_every_member_is_accounted_for_present_absent_with_reason_or_not_recorded():
    b = meeting()
    at(b, 4000)
    b.add(ev.MEETING_ADJOURNED)
    rec = record.attendance_record(b.log)
    rows = rows_by_person(rec)
    assert len([r for r in rec.rows() if r.kind == record.MEMBER]) == 59  # nobody left out
    assert rows[NOT_MARKED].status == record.NOT_RECORDED and rows[NOT_MARKED].absent
    assert rows["ps-01"].status == "absent" and rows["ps-01"].reason == "velferd" and rows["ps-01"].seconds == 0
    assert rows["a-05"].reason == "sykdom" and rows["a-05"].absent
    h01 = rows["h-01"]
    assert not h01.absent and h01.status == "present" and h01.seconds > 0
    assert h01.left == rec.sittings[0].adjourned_at  # stayed to the end: left when the meeting was adjourned
    late = rows["mdg-02"]
    assert late.arrived.wall_us - h01.arrived.wall_us > 1400 * 1_000_000 and late.seconds < h01.seconds


def test_R_4b_a_substitute_is_listed_with_the_seat_they_held():
    b = meeting()
    rows = rows_by_person(record.attendance_record(b.log))
    sub = rows["a-v1"]
    assert sub.kind == record.SUBSTITUTE and sub.for_whom == (b.state.council.name_of("a-05"),)
    assert not sub.absent and sub.left is not None  # still there: the record's last event
    substitutes_not_called = [r for r in rows.values() if r.kind == record.SUBSTITUTE and r.person != "a-v1"]
    assert substitutes_not_called == []  # only those who sat


def test_R_5_6a_an_excluded_member_is_recorded_as_excluded_when_and_by_which_decision():
    b = meeting()
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": "r-03", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": "r-03"})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": "r-03"})
    at(b, 2000)
    excluded = b.add(ev.MEMBER_EXCLUDED, {"item": "s307", "member": "r-03", "for": 40, "against": 17})
    rec = record.attendance_record(b.log)
    person = rec.person("r-03")
    assert person.status == "excluded" and person.excluded == record.Exclusion(excluded.at, "s307", excluded.seq)
    row = rows_by_person(rec)["r-03"]
    assert row.status == "excluded" and row.left == excluded.at and not row.absent


def test_an_undone_arrival_is_not_in_the_record_and_a_redone_one_is():
    b = meeting()
    at(b, 2000)
    came = b.add(ev.MEMBER_PRESENT, {"member": NOT_MARKED}, "secretary")
    b.add(ev.UNDONE, {"target": came.seq})
    assert record.attendance_record(b.log).person(NOT_MARKED).status == record.NOT_RECORDED
    b.add(ev.REDONE, {"target": came.seq})
    assert record.attendance_record(b.log).person(NOT_MARKED).status == "present"
    # the same with the state's own list of undone events
    assert record.attendance_record(b.log, b.state.undone).person(NOT_MARKED).status == "present"


def test_the_record_agrees_with_the_states_timeline():
    """Whoever the replayed state has in a seat at an instant has a stretch in the record covering it."""
    b = meeting()
    b.add(ev.MEMBER_LEFT, {"member": "h-02", "rest_of_meeting": False}, "secretary")
    b.add(ev.SUBSTITUTE_LEFT, {"substitute": "a-v1"}, "secretary")
    b.add(ev.MEMBER_PRESENT, {"member": "h-02"}, "secretary")
    rec = record.attendance_record(b.log)
    for change in b.state.timeline:
        here = b.state.present_at(change.at.wall_us)
        for p in rec.people:
            if p.kind == record.GOVERNMENT:
                continue
            inside = any(s.start.wall_us <= change.at.wall_us and (s.end is None or s.end.wall_us > change.at.wall_us)
                         for s in p.stretches)
            assert inside == (p.person in here), (p.person, change)


def test_a_meeting_continued_another_day_is_two_sittings_with_a_row_each():
    b = meeting()
    at(b, 4000)
    b.add(ev.MEETING_ADJOURNED)
    at(b, 90_000)
    b.add(ev.SITTING_CONTINUED, {"date": "2026-12-03"})
    at(b, 90_100)
    b.add(ev.MEMBER_ABSENT, {"member": "h-03", "reason": "omsorg"}, "secretary")
    at(b, 91_000)
    b.add(ev.MEETING_OPENED)
    at(b, 95_000)
    b.add(ev.MEETING_ADJOURNED)
    rec = record.attendance_record(b.log)
    assert [s.date for s in rec.sittings] == ["2026-12-02", "2026-12-03"]
    h03 = [r for r in rec.rows() if r.person == "h-03"]
    assert [r.sitting for r in h03] == [1, 2]
    assert h03[0].status == "present" and h03[1].status == "absent" and h03[1].reason == "omsorg"
    h01 = [r for r in rec.rows() if r.person == "h-01"][1]
    assert h01.arrived == rec.sittings[1].begins and round(h01.seconds) == 95_000 - 90_000


def test_items_speeches_votes_and_questions_in_the_order_dealt_with():
    b = meeting()
    b.add(ev.ITEM_OPENED, {"item": "sporretime"})
    q = b.state.questions["sporretime"][0]
    if b.state.council.government_member(q.to) is not None:
        b.add(ev.GOVERNMENT_PRESENT, {"person": q.to}, "secretary")
    b.add(ev.QUESTION_STEP, {"item": "sporretime"})
    b.add(ev.QUESTION_STEP, {"item": "sporretime"})
    b.add(ev.QUESTION_HOUR_ENDED, {"item": "sporretime"})
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": "r-03", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.add(ev.SPEECH_ENDED)
    b.add(ev.DEBATE_CLOSED, {"item": "s307"})
    b.add(ev.VOTING_ORDER_SET, {"item": "s307", "order": ["recommendation"], "method": "tacit"})
    b.add(ev.VOTE_RECORDED, {"item": "s307", "subjects": ["recommendation"], "method": "tacit"}, "secretary")
    b.add(ev.DECISION_TEXT_SET, {"item": "s307", "text": "Vedtatt som innstilt."}, "secretary")
    b.add(ev.ITEM_DECIDED, {"item": "s307"})
    rec = record.meeting_record(replay(b.log), b.log)
    assert [i.id for i in rec.items] == ["sporretime", "s307"]
    assert rec.items[0].ended == rec.items[1].taken_up and rec.items[1].status == "decided"
    s307 = [s for s in rec.speeches if s.item == "s307"]
    assert [(s.person, s.group, s.kind) for s in s307] == [("r-03", "R", "main")] and s307[0].end is not None
    assert [s.kind for s in rec.speeches if s.item == "sporretime"] == ["question", "qh_answer"]
    assert len(rec.votes) == 1 and rec.votes[0].adopted and rec.votes[0].sentence
    assert rec.decisions == (("s307", "Vedtatt som innstilt."),)
    first = rec.questions[0]
    assert (first.asker, first.to, first.answered_by) == (q.asker, q.to, (q.to,))


def test_R_3_7a_a_closed_item_keeps_its_public_title_in_the_record():
    b = meeting()
    b.add(ev.CLOSED_DECIDED, {"item": "s308", "basis": BASIS, "method": "tacit"})
    b.add(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})
    item = record.meeting_record(b.state, b.log).item("s308")
    assert item.closed and item.public_title != item.title and BASIS in item.public_title


def test_R_3_3a_roll_call_summary_counts_every_member():
    b = meeting()
    summary = record.roll_call_summary(b.state)
    assert (summary.present, summary.absent, summary.not_recorded, summary.substitutes) == (57, 2, 1, 1)
    assert summary.present + summary.absent + summary.not_recorded == 59 + summary.substitutes
    assert summary.quorum and summary.seats == 59


def test_R_5_1a_a_sitting_never_set_has_no_rows():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"}, "secretary")  # a roll call under way, the meeting not yet set
    rec = record.attendance_record(b.log)
    assert rec.rows() == () and rec.person("h-01").status == "present"
