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


# -- what the minutes and the CSV export lay out (issue 18: the renderers compute none of it) ---------------------


def by_group(rec: record.AttendanceRecord) -> dict[str | None, record.GroupAttendance]:
    return {g.group: g for g in rec.groups()}


def excluding(b: LogBuilder, person: str = "r-03") -> None:
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": person, "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": person})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": person})
    at(b, 2000)
    present = b.state.quorum("s307").present
    b.add(ev.MEMBER_EXCLUDED, {"item": "s307", "member": person, "for": present - 17, "against": 17})


def test_R_4a_R_4b_the_attendance_table_accounts_for_every_member_group_by_group():
    b = meeting()
    rec = record.attendance_record(b.log)
    assert [m.person for m in by_group(rec)["FrP"].not_recorded] == [NOT_MARKED]
    b.add(ev.SUBSTITUTE_SEATED, {"seat": NOT_MARKED, "substitute": "frp-v1"}, "secretary")  # no absence recorded
    rec = record.attendance_record(b.log)
    groups = by_group(rec)
    council = b.state.council
    assert sum(len(g.present) + len(g.absent) + len(g.not_recorded) for g in groups.values()) == 59
    ap = groups["A"]
    assert [(m.person, m.reason) for m in ap.absent] == [("a-05", "sykdom")]
    assert [(m.person, m.seat, m.seat_name) for m in ap.substitutes] == [("a-v1", "a-05", council.name_of("a-05"))]
    assert [(m.person, m.reason) for m in groups["FrP"].absent] == [(NOT_MARKED, "not_reported")]  # a substitute sat
    assert groups["FrP"].not_recorded == ()
    assert [(m.person, m.reason) for m in groups["PS"].absent] == [("ps-01", "velferd")]
    assert "mdg-02" in [m.person for m in groups["MDG"].present]  # came late: present
    totals = rec.totals()
    assert (totals.seats, totals.absent, totals.substitutes, totals.not_recorded) == (59, 2, 2, 0)


def test_R_5_6a_the_excluded_member_is_marked_with_the_time_and_the_decision_is_in_the_record():
    b = meeting()
    excluding(b)
    events = b.log
    excluded = events[-1]
    for rec in (record.meeting_record(replay(events), events), record.meeting_record(b.state)):
        mark = next(m for m in by_group(rec.attendance)["R"].present if m.person == "r-03")
        assert mark.excluded_at == excluded.at
        assert rec.exclusions == (record.ExclusionRecord(excluded.seq, "s307", b.state.item("s307").number, "r-03",
                                                         excluded.at, excluded.data.votes_for, 17),)
        # the arrivals and departures during the meeting leave the exclusion out (said with its decision)
        assert [m.person for m in rec.movements_during()] == ["mdg-02"]


def test_R_1b_the_city_government_present_in_the_councils_order_with_titles():
    b = meeting()
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-2"}, "secretary")
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-1"}, "secretary")
    b.add(ev.GOVERNMENT_LEFT, {"person": "byr-2"}, "secretary")
    gov = record.attendance_record(b.log).government()
    assert [(p.person, p.title) for p in gov] == [("byr-1", "byrådsleder"), ("byr-2", "byråd for finans")]


def test_the_movements_folded_from_the_log_are_the_states_presence_timeline():
    b = meeting()
    b.add(ev.MEMBER_LEFT, {"member": "h-02", "rest_of_meeting": False}, "secretary")
    b.add(ev.SUBSTITUTE_LEFT, {"substitute": "a-v1"}, "secretary")
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-3"}, "secretary")
    b.add(ev.MEMBER_ABSENT, {"member": "h-03", "reason": "omsorg"}, "secretary")
    excluding(b, "sv-02")
    moves = record.attendance_record(b.log).movements
    assert [(m.seq, m.at, m.person, m.seat, m.arrived) for m in moves] == [
        (c.seq, c.at, c.person, c.seat, c.present) for c in b.state.timeline]
    assert [m.person for m in moves if m.excluded] == ["sv-02"]


def test_the_attendance_read_from_the_state_agrees_with_the_logs_fold():
    """The minutes read the attendance from the replayed state, the pay report from the log: the same record."""
    b = meeting()
    b.add(ev.MEMBER_LEFT, {"member": "h-02", "rest_of_meeting": True}, "secretary")
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-3"}, "secretary")
    excluding(b)
    at(b, 4000)
    b.add(ev.MEETING_ADJOURNED)
    from_log, from_state = record.attendance_record(b.log), record.attendance_of_state(b.state)
    assert from_log.movements == from_state.movements
    assert from_log.groups() == from_state.groups() and from_log.totals() == from_state.totals()
    assert from_log.government() == tuple(p for p in from_state.people if p.kind == record.GOVERNMENT)
    for p in from_log.people:
        q = from_state.person(p.person)
        assert q is not None and (p.status, p.reason, p.stretches, p.excluded) == (q.status, q.reason, q.stretches,
                                                                                   q.excluded), p.person
    assert [(s.opened_at, s.adjourned_at) for s in from_log.sittings] == [
        (s.opened_at, s.adjourned_at) for s in from_state.sittings]


def test_R_6c_the_question_record_names_the_settebyrad_who_answered():
    b = LogBuilder().created(questions=False)
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-2"})
    q = b.add(ev.QUESTION_REGISTERED, {"item": "sporretime", "asker": "a-03", "to": "byr-1", "topic": "Skolebygg"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "sporretime"})
    b.add(ev.QUESTION_STEP, {"item": "sporretime"})
    b.add(ev.QUESTION_ANSWERER_SET, {"item": "sporretime", "question": f"q{q.seq}", "answered_by": "byr-2"})
    b.add(ev.QUESTION_STEP, {"item": "sporretime"})  # byr-2 answering: under way
    asked = record.meeting_record(b.state).questions_in("sporretime")[0]
    assert (asked.id, asked.to, asked.stand_ins, asked.supplementary) == (f"q{q.seq}", "byr-1", ("byr-2",), False)
    b.add(ev.QUESTION_STEP, {"item": "sporretime"})  # the supplementary question
    asked = record.meeting_record(b.state, b.log).questions_in("sporretime")[0]
    assert asked.answered_by == ("byr-2",) and asked.stand_ins == ("byr-2",) and asked.supplementary


def test_the_vote_record_carries_the_minutes_line_and_a_missing_party_breakdown():
    b = meeting()
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Byggehøydene reduseres.", "groups": ["SV"]})
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    b.add(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p1", "recommendation"], "method": "tacit"})
    b.add(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1"], "method": "hands", "against_count": 42})
    b.add(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "tacit"})
    counted, tacit = record.meeting_record(b.state).votes_in("s304")
    assert counted.minutes_line.startswith("Votering: ") and counted.party_breakdown_missing
    assert tacit.minutes_line.startswith("Votering: ") and not tacit.party_breakdown_missing


def test_R_3_6a_the_remarks_to_the_notice_are_in_the_record():
    b = meeting()
    b.add(ev.NOTICE_REMARKS, {"text": "Sak 12 mangler vedlegg."})
    assert record.meeting_record(b.state).notice_remarks == ("Sak 12 mangler vedlegg.",)


def test_R_7a_an_interpellation_record_names_who_asked_answered_and_spoke():
    b = meeting()
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-8"})
    b.add(ev.ITEM_OPENED, {"item": "s301"})  # interpellant sv-04, answered by byr-8
    for person, kind in (("sv-04", "main"), ("byr-8", "government"), ("h-10", "main")):
        b.add(ev.SPEAKER_ADDED, {"item": "s301", "person": person, "kind": kind})
    for _ in range(3):
        b.add(ev.SPEECH_NEXT, {"item": "s301"})
    rec = record.meeting_record(b.state, b.log)
    item = rec.item("s301")
    assert (item.interpellant, item.answerer, item.speakers) == ("sv-04", "byr-8", ("sv-04", "byr-8"))
    assert [s.person for s in rec.speeches_in("s301")] == ["sv-04", "byr-8"]  # the speeches given
    under_way = rec.speeches_in("s301", given=False)[-1]
    assert under_way.person == "h-10" and under_way.under_way and under_way.end is None


def test_R_3_2b_an_item_postponed_without_being_taken_up_is_settled_in_the_record():
    b = meeting()
    b.add(ev.ITEM_POSTPONED, {"item": "s309", "method": "tacit"})
    rec = record.meeting_record(b.state)
    assert rec.items == () and [i.id for i in rec.settled_unopened] == ["s309"]
    position = [i.id for i in b.state.agenda].index("s309")
    assert rec.item("s309").status == "postponed" and rec.item("s309").position == position
