"""Speaking: the speaker queue (R-5.3, R-5.4), speeches started, paused, resumed and ended, and the chair's
request to keep to the item (R-5.6a). The queue's rules (order, time, who may speak) are in
speaker_rules.py; the values in speakers.py."""

from __future__ import annotations


from chair_console.procedure import events as ev
from chair_console.procedure import speaker_rules, speakers
from chair_console.procedure import attendance  # noqa: I001 - the chair's handover (R-5.5b)
from chair_console.procedure.agenda import IN_DEBATE, AgendaItem
from chair_console.procedure.common import is_seated, known_item
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.evolve import evolve as replace  # dataclasses.replace, faster (replay)
from chair_console.procedure.payloads import SpeakerAdded
from chair_console.procedure.state import MeetingState, Phase


def _speaking_item(state: MeetingState, event: Event) -> AgendaItem:
    item = known_item(state, event)
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    if state.current_item != item.id:
        raise RuleViolation("speaker.item_not_current", item=item.id)
    return item


def _debate_open(state: MeetingState, item: AgendaItem) -> None:
    """R-3.3e «Saken tas opp til votering når debatten er avsluttet» (rules ≥ 2): once the debate is closed nobody is
    put on the list or given the floor in it (closing it ends a speech under way, agenda_rules._debate_closed).
    Rules 1 let speeches go on into the vote, and its meetings replay so."""
    if state.rules >= 2 and state.status(item.id) != IN_DEBATE:
        raise RuleViolation("speaker.debate_closed", item=item.number)


def _speaker_added(state: MeetingState, event: Event) -> MeetingState:
    item = _speaking_item(state, event)
    _debate_open(state, item)
    p: SpeakerAdded = event.data
    person, kind, reply_to = p.person, p.kind, p.reply_to
    override = _closing_override(state, p)  # R-5.3b: the chair's exception, with its reason (rules ≥ 2)
    speaker_rules.check_speaker(state, item, person, kind, reply_to, override is not None)
    entry = speakers.QueueEntry(f"e{event.seq}", item.id, person, kind, reply_to, override)
    queue = list(state.queues.get(item.id, ()))
    queue.insert(speaker_rules.insert_position(state, item, entry), entry)
    return replace(state, queues={**state.queues, item.id: tuple(queue)})


def _closing_override(state: MeetingState, p: SpeakerAdded) -> str | None:
    """R-5.3b: the reason the chair gave for a closing speech in an item with no committee behind it, or None. Rules ≥ 2:
    an override is for a closing speech only, and needs a reason (it is printed in the minutes); whether it was needed
    is checked by speaker_rules.check_closing. Rules 1 knew no override."""
    if not p.override or state.rules < 2:
        return None
    if p.kind != speakers.CLOSING:
        raise RuleViolation("speaker.override_not_needed", person=p.person)
    reason = (p.override_reason or "").strip()
    if not reason:
        raise RuleViolation("speaker.override_reason_needed")
    return reason


def _queued(state: MeetingState, item_id: str, entry_id: str) -> speakers.QueueEntry:
    entry = next((e for e in state.queues.get(item_id, ()) if e.id == entry_id), None)
    if entry is None:
        raise RuleViolation("speaker.not_queued")
    return entry


def _speaker_removed(state: MeetingState, event: Event) -> MeetingState:
    item = known_item(state, event)
    entry = _queued(state, item.id, event.data.entry)
    queue = tuple(e for e in state.queues[item.id] if e.id != entry.id)
    return replace(state, queues={**state.queues, item.id: queue})


def _speaker_moved(state: MeetingState, event: Event) -> MeetingState:
    # The chair may move anyone; the event records who overrode the proposed order, and when.
    item = known_item(state, event)
    entry = _queued(state, item.id, event.data.entry)
    queue = [e for e in state.queues[item.id] if e.id != entry.id]
    position = event.data.position
    if not isinstance(position, int) or not 0 <= position <= len(queue):
        raise RuleViolation("speaker.bad_position")
    queue.insert(position, entry)
    return replace(state, queues={**state.queues, item.id: tuple(queue)})


def _speech_started(state: MeetingState, event: Event) -> MeetingState:
    item = _speaking_item(state, event)
    if state.speech is not None:
        raise RuleViolation("speech.running")
    entry = _queued(state, item.id, event.data.entry)
    _debate_open(state, item)
    _still_allowed(state, item, entry)
    state = attendance.hand_over_for_speech(state, item, entry, event.data.chair_to, event)  # R-5.5b
    return speaker_rules.start_speech(state, entry, event.at)


def _still_allowed(state: MeetingState, item: AgendaItem, entry: speakers.QueueEntry) -> None:
    # A speaker who has left, or was disqualified since being put on the list, cannot be given the floor.
    if state.council.government_member(entry.person) is not None:
        here = entry.person in state.government_present
    else:
        here = is_seated(state, entry.person)
    if not here:
        raise RuleViolation("speaker.not_present", person=entry.person)
    if entry.person in state.disqualified.get(item.id, {}):
        raise RuleViolation("speaker.disqualified", person=entry.person)


def _speech_next(state: MeetingState, event: Event) -> MeetingState:
    # One key: end the speech under way (if any) and give the floor to the first in the queue (if any).
    item = _speaking_item(state, event)
    queue = state.queues.get(item.id, ())
    if state.speech is None and not queue:
        raise RuleViolation("speaker.queue_empty")
    new = speaker_rules.end_speech(state, event.at)
    if queue:
        _debate_open(new, item)
        _still_allowed(new, item, queue[0])
        new = attendance.hand_over_for_speech(new, item, queue[0], event.data.chair_to, event)  # R-5.5b
        new = speaker_rules.start_speech(new, queue[0], event.at)
    elif event.data.chair_to is not None:
        raise RuleViolation("chair.no_handover", person=event.data.chair_to)
    return new


def _speech_running(state: MeetingState) -> speakers.Speech:
    if state.speech is None:
        raise RuleViolation("speech.none")
    return state.speech


def _speech_paused(state: MeetingState, event: Event) -> MeetingState:
    speech = _speech_running(state)
    if speech.paused:
        raise RuleViolation("speech.already_paused")
    return replace(state, speech=replace(speech, pauses=(*speech.pauses, (event.at, None))))


def _speech_resumed(state: MeetingState, event: Event) -> MeetingState:
    speech = _speech_running(state)
    if not speech.paused:
        raise RuleViolation("speech.not_paused")
    pauses = (*speech.pauses[:-1], (speech.pauses[-1][0], event.at))
    return replace(state, speech=replace(speech, pauses=pauses))


def _speech_ended(state: MeetingState, event: Event) -> MeetingState:
    _speech_running(state)
    return speaker_rules.end_speech(state, event.at)


def _order_warning(state: MeetingState, event: Event) -> MeetingState:
    # R-5.6a: the chair asks a speaker to keep to the item, up to twice; then further steps.
    item = known_item(state, event)
    person = event.data.person
    if state.speech is None or state.speech.entry.person != person:
        raise RuleViolation("speech.warning_not_speaking", person=person)
    count = state.warnings.get(item.id, {}).get(person, 0)
    if count >= 2:
        raise RuleViolation("speech.warnings_used", person=person)
    warnings = {k: dict(v) for k, v in state.warnings.items()}
    warnings.setdefault(item.id, {})[person] = count + 1
    return replace(state, warnings=warnings)


HANDLERS = {
    ev.SPEAKER_ADDED: _speaker_added,
    ev.SPEAKER_REMOVED: _speaker_removed,
    ev.SPEAKER_MOVED: _speaker_moved,
    ev.SPEECH_STARTED: _speech_started,
    ev.SPEECH_NEXT: _speech_next,
    ev.SPEECH_PAUSED: _speech_paused,
    ev.SPEECH_RESUMED: _speech_resumed,
    ev.SPEECH_ENDED: _speech_ended,
    ev.ORDER_WARNING: _order_warning,
}
