"""The question hour (R-6): questions registered (R-6a, R-6b), their order, follow-ups (R-6c), one key per step,
an answer declined, and the hour's end. The values and limits are in question_hour.py."""

from __future__ import annotations

from typing import Iterable, Mapping

from chair_console.procedure import events as ev
from chair_console.procedure import question_hour, speaker_rules, speakers
from chair_console.procedure.agenda import AgendaItem
from chair_console.procedure.common import known_item
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.evolve import evolve as replace  # dataclasses.replace, faster (replay)
from chair_console.procedure.payloads import QuestionAnswererSet, QuestionFollowUp, QuestionRegistered
from chair_console.procedure.payloads import QuestionsOrdered, QuestionStep
from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.timebase import Instant, elapsed_seconds


def _question_item(state: MeetingState, event: Event) -> AgendaItem:
    item = known_item(state, event)
    if item.kind != "question_hour":
        raise RuleViolation("question.not_question_hour", item=item.id)
    if item.id in state.question_hour_ended:
        raise RuleViolation("question.hour_over")
    return item


def _ordinary_meeting(state: MeetingState) -> None:
    """R-6a «I ordinære bystyremøter settes det av en time til muntlige spørsmål»: an extraordinary meeting
    (R-3.1b) holds no question hour — no question is registered for it (in the pane or with the agenda) and none
    is taken up.
    Rules ≥ 2; rules 1 did not check it, and its meetings replay as recorded."""
    if state.rules >= 2 and state.info is not None and state.info.extraordinary:
        raise RuleViolation("question.extraordinary_meeting")


def _replace_question(state: MeetingState, q: question_hour.Question) -> MeetingState:
    questions = tuple(q if x.id == q.id else x for x in state.questions.get(q.item, ()))
    return replace(state, questions={**state.questions, q.item: questions})


def _question_registered(state: MeetingState, event: Event) -> MeetingState:
    # R-6a: the groups tell the chair beforehand who will ask; R-6b: one main question per member.
    item = _question_item(state, event)
    _ordinary_meeting(state)  # R-6a
    council = state.council
    p: QuestionRegistered = event.data
    asker, to, topic = p.asker, p.to, p.topic.strip()
    if council.member(asker) is None and council.substitute(asker) is None:
        raise RuleViolation("attendance.not_a_member", member=asker)
    mayor = council.holder_of("ordfører")
    if council.government_member(to) is None and (mayor is None or to != mayor.id):
        raise RuleViolation("question.bad_answerer", person=to)
    if not topic:
        raise RuleViolation("question.no_topic")
    existing = state.questions.get(item.id, ())
    if any(q.asker == asker for q in existing):
        raise RuleViolation("question.one_per_member", person=asker)
    q = question_hour.Question(f"q{event.seq}", item.id, asker, to, topic)
    return replace(state, questions={**state.questions, item.id: (*existing, q)})


def register_questions(state: MeetingState, event: Event, questions: Iterable[Mapping] | None) -> MeetingState:
    """Questions registered for the question hour may come with the agenda (R-6a), checked one by one, each
    as a question.registered event of its own (its payload parsed like any other)."""
    qh_item = next((i.id for i in state.agenda if i.kind == "question_hour"), None)
    for n, q in enumerate(questions or ()):
        if qh_item is None:
            raise RuleViolation("agenda.bad_items")
        one = Event(event.seq, ev.QUESTION_REGISTERED, {**q, "item": qh_item}, event.actor, event.at)
        state = _question_registered(state, one)
        registered = state.questions[qh_item]
        numbered = replace(registered[-1], id=f"q{event.seq}-{n + 1}")
        state = replace(state, questions={**state.questions, qh_item: (*registered[:-1], numbered)})
    return state


def _questions_ordered(state: MeetingState, event: Event) -> MeetingState:
    # R-6a: the chair decides the order (questions already taken keep their place).
    item = _question_item(state, event)
    existing = state.questions.get(item.id, ())
    p: QuestionsOrdered = event.data
    order = list(p.order)
    if sorted(order) != sorted(q.id for q in existing):
        raise RuleViolation("question.bad_order")
    for position, q in enumerate(existing):
        if q.status != question_hour.WAITING and order[position] != q.id:
            raise RuleViolation("question.already_taken")
    by_id = {q.id: q for q in existing}
    return replace(state, questions={**state.questions, item.id: tuple(by_id[i] for i in order)})


def _question_follow_up(state: MeetingState, event: Event) -> MeetingState:
    # R-6c: other members or substitutes, one follow-up each, on the same matter.
    item = _question_item(state, event)
    q = state.running_question(item.id)
    if q is None:
        raise RuleViolation("question.none_running")
    p: QuestionFollowUp = event.data
    person = p.person
    if person == q.asker:
        raise RuleViolation("question.follow_up_by_asker")
    if person not in state.seated().values():
        raise RuleViolation("speaker.not_present", person=person)
    if person in q.follow_ups or person in q.followed:
        raise RuleViolation("question.follow_up_once", person=person)
    return _replace_question(state, replace(q, follow_ups=(*q.follow_ups, person)))


def _question_step(state: MeetingState, event: Event) -> MeetingState:
    """One key: end the step under way and start the next — or the next question in the order. R-6c: with
    `supplementary_waived` the asker does not use the supplementary question due next (a right, not a duty): it is
    recorded as not put, and the step goes straight on to the follow-ups or the next question."""
    item = _question_item(state, event)
    if state.current_item != item.id or state.phase is not Phase.OPEN:
        raise RuleViolation("speaker.item_not_current", item=item.id)
    _ordinary_meeting(state)  # R-6a: no question hour in an extraordinary meeting
    p: QuestionStep = event.data
    new = speaker_rules.end_speech(state, event.at)
    q = new.running_question(item.id)
    if p.supplementary_waived:  # R-6c
        if not question_hour.supplementary_due(q):
            raise RuleViolation("question.no_supplementary_due")
        q = replace(q, supplementary_done=True, supplementary_waived=True)
        new = _replace_question(new, q)
    step = question_hour.next_step(q) if q is not None else None
    if q is not None and step is None:  # the question is over
        new = _replace_question(new, replace(q, status=question_hour.DONE))
        q = None
    if q is None:
        q = next((x for x in new.questions.get(item.id, ()) if x.status == question_hour.WAITING), None)
        if q is None:
            if state.speech is not None or state.running_question(item.id) is not None:
                return new  # the last question ended; nothing more to start
            raise RuleViolation("question.none_waiting")
        started = new.question_hour_started.get(item.id)
        if started is not None and question_hour_left(new, item.id, event.at) <= 0:
            raise RuleViolation("question.hour_over")  # R-6a
        if started is None:
            new = replace(new, question_hour_started={**new.question_hour_started, item.id: event.at})
        q = replace(q, status=question_hour.RUNNING)
        step = question_hour.next_step(q)
    kind, person = step
    council = new.council
    here = person in new.government_present if council.government_member(person) else person in new.seated().values()
    if not here:
        if kind == question_hour.QH_ANSWER and council.government_member(person):  # another byråd may answer
            raise RuleViolation("question.answerer_absent", person=person)
        raise RuleViolation("speaker.not_present", person=person)
    if kind == question_hour.SUPPLEMENTARY:
        q = replace(q, supplementary_done=True)
    if kind == question_hour.FOLLOW_UP:
        q = replace(q, follow_ups=q.follow_ups[1:], followed=(*q.followed, person))
    q = replace(q, step=kind)
    new = _replace_question(new, q)
    left = question_hour_left(new, item.id, event.at)
    allowed = max(0.0, min(question_hour.LIMITS[kind], left))
    entry = speakers.QueueEntry(f"e{event.seq}", item.id, person, kind, q.id)
    return replace(new, speech=speakers.Speech(entry, None, allowed, event.at))


def question_hour_left(state: MeetingState, item_id: str, now: Instant) -> float:
    """R-6a: seconds left of the question hour at `now` (the whole hour before the first question)."""
    started = state.question_hour_started.get(item_id)
    if started is None:
        return float(question_hour.HOUR)
    return question_hour.HOUR - question_hour_used(state, started, now)


def question_hour_used(state: MeetingState, started: Instant, now: Instant) -> float:
    """R-6a «settes det av en time til muntlige spørsmål»: the time the question hour has used from its first
    question until `now`. Rules ≥ 2: the meeting's breaks and suspensions (a break still under way until `now`) do not
    count; rules 1 counted the wall clock, and its meetings replay so."""
    used = elapsed_seconds(started, now)
    if state.rules < 2:
        return used
    for sitting in state.sittings:
        for _kind, start, end, _note in sitting.breaks:
            stop = end if end is not None and elapsed_seconds(end, now) > 0 else now
            begin = start if elapsed_seconds(started, start) > 0 else started
            used -= max(0.0, elapsed_seconds(begin, stop))
    return max(0.0, used)


def _question_answerer_set(state: MeetingState, event: Event) -> MeetingState:
    """R-6c «byrådets svar»: questions go to the mayor or to «byrådet» (R-6a); when the city government member asked
    is absent, another member of the city government who is present answers for them (a settebyråd). Recorded on
    the question: its answers go to that person (question_hour.next_step) and the minutes name both. Back to the
    person asked with `answered_by` absent or the person asked."""
    item = _question_item(state, event)
    p: QuestionAnswererSet = event.data
    q = next((x for x in state.questions.get(item.id, ()) if x.id == p.question), None)
    if q is None:
        raise RuleViolation("question.unknown", question=p.question)
    if q.status not in (question_hour.WAITING, question_hour.RUNNING):
        raise RuleViolation("question.already_answered")
    person = p.answered_by
    if person is None or person == q.to:
        return _replace_question(state, replace(q, answered_by=None))
    council = state.council
    if council.government_member(q.to) is None:  # the mayor answers the questions put to the mayor
        raise RuleViolation("question.stand_in_for_government_only", person=q.to)
    if q.to in state.government_present:
        raise RuleViolation("question.asked_is_present", person=q.to)
    if council.government_member(person) is None:
        raise RuleViolation("question.stand_in_not_government", person=person)
    if person not in state.government_present:
        raise RuleViolation("speaker.not_present", person=person)
    return _replace_question(state, replace(q, answered_by=person))


def _question_declined(state: MeetingState, event: Event) -> MeetingState:
    # R-6c «Ordføreren og byrådet kan nekte å svare på spørsmål»: recorded, and the question ends. Which question
    # was declined — the main question, the supplementary or a follow-up — is recorded from the question's state
    # (question_hour.step_answered), so a log of any rules version replays to it; the payload is unchanged.
    item = _question_item(state, event)
    q = state.running_question(item.id)
    if q is None:
        raise RuleViolation("question.none_running")
    new = speaker_rules.end_speech(state, event.at)
    declined = replace(q, status=question_hour.DECLINED, declined_at=question_hour.step_answered(q))
    return _replace_question(new, declined)


def _question_hour_ended(state: MeetingState, event: Event) -> MeetingState:
    # R-6a: what was not reached within the hour is recorded.
    item = _question_item(state, event)
    new = speaker_rules.end_speech(state, event.at)
    questions = tuple(
        replace(q, status=question_hour.NOT_REACHED) if q.status == question_hour.WAITING
        else replace(q, status=question_hour.DONE) if q.status == question_hour.RUNNING else q
        for q in new.questions.get(item.id, ())
    )
    return replace(new, questions={**new.questions, item.id: questions},
                   question_hour_ended=new.question_hour_ended | {item.id})


HANDLERS = {
    ev.QUESTION_REGISTERED: _question_registered,
    ev.QUESTIONS_ORDERED: _questions_ordered,
    ev.QUESTION_FOLLOW_UP: _question_follow_up,
    ev.QUESTION_STEP: _question_step,
    ev.QUESTION_DECLINED: _question_declined,
    ev.QUESTION_ANSWERER_SET: _question_answerer_set,
    ev.QUESTION_HOUR_ENDED: _question_hour_ended,
}
