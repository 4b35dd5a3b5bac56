"""The meeting's course: created, set (R-5.1a), breaks and suspensions (R-11a), adjourned, continued another
day, and corrections after adjournment."""

from __future__ import annotations


from chair_console.procedure import agenda_rules, speaker_rules
from chair_console.procedure import events as ev
from chair_console.procedure.agenda import VOTING, AgendaItem, MeetingInfo
from chair_console.procedure.attendance import set_chair
from chair_console.procedure.common import close_period
from chair_console.procedure.council import ROLE_DEPUTY_MAYOR, ROLE_MAYOR, Council
from chair_console.procedure.errors import CouncilDataError, RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.evolve import evolve as replace  # dataclasses.replace, faster (replay)
from chair_console.procedure.payloads import CorrectionNoted, MeetingCreated, MeetingPaused, NoticeRemarks
from chair_console.procedure.question_rules import register_questions
from chair_console.procedure.state import (
    RULES_BEFORE_VERSIONS,
    RULES_VERSION,
    Correction,
    MeetingState,
    Phase,
    Sitting,
)


def _meeting_created(state: MeetingState, event: Event) -> MeetingState:
    if state.created:
        raise RuleViolation("meeting.already_created")
    p: MeetingCreated = event.data
    try:
        council = Council.from_dict(p.council)
        m = p.meeting
        info = MeetingInfo(m["title"], m["date"], m.get("start", ""), m["place"], m["term"], bool(m.get("remote")),
                           m.get("extraordinary") or None)
        agenda = tuple(AgendaItem.from_dict(d) for d in p.agenda)
    except (CouncilDataError, KeyError, TypeError, ValueError):
        raise RuleViolation("meeting.bad_snapshot") from None
    rules = p.rules if p.rules is not None else RULES_BEFORE_VERSIONS
    if not RULES_BEFORE_VERSIONS <= rules <= RULES_VERSION:  # made by a newer console: its rules are not known here
        raise RuleViolation("meeting.newer_rules", rules=rules)
    new = replace(state, rules=rules, council=council, info=info, agenda=agenda)
    return register_questions(new, event, p.questions)


def _meeting_opened(state: MeetingState, event: Event) -> MeetingState:
    # R-5.1a: after the roll call the mayor declares the meeting open («Møtet er satt»).
    if state.phase is Phase.OPEN:
        raise RuleViolation("meeting.already_open")
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")
    if not state.seated():
        raise RuleViolation("roll_call.nobody_present")
    sittings = state.sittings or (Sitting(state.info.date),)
    sittings = (*sittings[:-1], replace(sittings[-1], opened_at=event.at))
    opening = state.opened_at or event.at  # the meeting's first «Møtet er satt» stays its start
    new = replace(state, phase=Phase.OPEN, opened_at=opening, sittings=sittings)
    if state.chair is None:  # R-3.1a: the mayor chairs, else the deputy mayor (assist; the chair can change it)
        council = state.council
        for role in (ROLE_MAYOR, ROLE_DEPUTY_MAYOR):
            holder = council.holder_of(role) if council else None
            if holder is not None and holder.id in state.seated().values():
                new = set_chair(new, holder.id, event)
                break
    return new


def _meeting_adjourned(state: MeetingState, event: Event) -> MeetingState:
    if state.phase in (Phase.PAUSED, Phase.SUSPENDED):
        raise RuleViolation("meeting.paused")
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    if state.current_item is not None and state.status(state.current_item) == VOTING \
            and not agenda_rules.blocked_urgent_matter(state, state.current_item):
        # R-3.2c: an urgent matter the objections block is dealt with without a decision — no vote is under way
        raise RuleViolation("meeting.voting_under_way")
    state = speaker_rules.end_speech(state, event.at)
    periods = close_period(state, state.current_item, event.at)
    if state.sittings:
        state = replace(state, sittings=(*state.sittings[:-1], replace(state.sittings[-1], adjourned_at=event.at)))
    return replace(state, phase=Phase.ADJOURNED, adjourned_at=event.at, current_item=None, item_periods=periods)


def _meeting_paused(state: MeetingState, event: Event) -> MeetingState:
    # A break, or a suspension because order cannot be kept (R-11a): every countdown stops.
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    p: MeetingPaused = event.data
    kind = p.kind
    if kind not in ("pause", "suspended"):
        raise RuleViolation("meeting.bad_pause")
    note = p.note.strip()
    paused_speech = state.speech is not None and not state.speech.paused
    new = state
    if paused_speech:
        new = replace(new, speech=replace(new.speech, pauses=(*new.speech.pauses, (event.at, None))))
    sittings = new.sittings or (Sitting(new.info.date),)
    last = sittings[-1]
    sittings = (*sittings[:-1], replace(last, breaks=(*last.breaks, (kind, event.at, None, note))))
    phase = Phase.SUSPENDED if kind == "suspended" else Phase.PAUSED
    return replace(new, phase=phase, paused_speech=paused_speech, sittings=sittings)


def _meeting_resumed(state: MeetingState, event: Event) -> MeetingState:
    if state.phase not in (Phase.PAUSED, Phase.SUSPENDED):
        raise RuleViolation("meeting.not_paused")
    new = state
    if state.paused_speech and new.speech is not None and new.speech.paused:
        pauses = new.speech.pauses
        new = replace(new, speech=replace(new.speech, pauses=(*pauses[:-1], (pauses[-1][0], event.at))))
    last = new.sittings[-1]
    kind, start, _end, note = last.breaks[-1]
    last = replace(last, breaks=(*last.breaks[:-1], (kind, start, event.at, note)))
    return replace(new, phase=Phase.OPEN, paused_speech=False, sittings=(*new.sittings[:-1], last))


def _sitting_continued(state: MeetingState, event: Event) -> MeetingState:
    # A meeting adjourned in the evening continues another day: a new sitting, with a new roll call that
    # starts from the previous sitting's attendance.
    if state.phase is not Phase.ADJOURNED:
        raise RuleViolation("meeting.not_adjourned")
    date = event.data.date
    try:
        from datetime import date as _date

        _date.fromisoformat(date)
    except ValueError:
        raise RuleViolation("meeting.bad_date", value=date) from None
    return replace(state, phase=Phase.NOT_STARTED, adjourned_at=None, sittings=(*state.sittings, Sitting(date)))


def _correction_noted(state: MeetingState, event: Event) -> MeetingState:
    # After adjournment the record is closed: changes are corrections, with who, when and why.
    if state.phase is not Phase.ADJOURNED:
        raise RuleViolation("meeting.correction_only_after")
    p: CorrectionNoted = event.data
    text, reason = p.text.strip(), p.reason.strip()
    if not text or not reason:
        raise RuleViolation("meeting.correction_needs_reason")
    c = Correction(event.seq, event.at, event.actor, text, reason)
    return replace(state, corrections=(*state.corrections, c))


def _notice_remarks(state: MeetingState, event: Event) -> MeetingState:
    # R-3.6a: «Innkalling og saksliste godkjent» — or the remarks made to them, which the minutes keep. They are made
    # once the meeting is set and before the council takes up its first item; each remark is one event.
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")
    if state.opened_at is None:
        raise RuleViolation("meeting.not_open")
    if state.current_item is not None or any(state.item_periods.values()):
        raise RuleViolation("meeting.notice_remarks_too_late")
    p: NoticeRemarks = event.data
    text = p.text.strip()
    if not text:
        raise RuleViolation("meeting.notice_remarks_empty")
    return replace(state, notice_remarks=(*state.notice_remarks, text))


HANDLERS = {
    ev.MEETING_CREATED: _meeting_created,
    ev.MEETING_OPENED: _meeting_opened,
    ev.MEETING_ADJOURNED: _meeting_adjourned,
    ev.MEETING_PAUSED: _meeting_paused,
    ev.MEETING_RESUMED: _meeting_resumed,
    ev.SITTING_CONTINUED: _sitting_continued,
    ev.CORRECTION_NOTED: _correction_noted,
    ev.NOTICE_REMARKS: _notice_remarks,
}
