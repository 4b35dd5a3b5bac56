"""Meeting events: the append-only log that the meeting state is folded from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping

from chair_console.procedure.timebase import Instant

if TYPE_CHECKING:
    from chair_console.procedure.payloads import Payload

# Who did it. The podium laptop acts as the chair; secretaries record attendance and votes.
ACTORS = frozenset({"chair", "secretary", "system"})

# -- event kinds ---------------------------------------------------------------
MEETING_CREATED = "meeting.created"  # snapshot of council, particulars, agenda
MEETING_OPENED = "meeting.opened"  # R-5.1a «Møtet er satt»
MEETING_ADJOURNED = "meeting.adjourned"  # «Møtet er hevet»
MEETING_PAUSED = "meeting.paused"  # {kind: "pause"|"suspended", note} R-11a for a suspension
MEETING_RESUMED = "meeting.resumed"  # {}
SITTING_CONTINUED = "meeting.sitting_continued"  # {date}: the adjourned meeting continues another day
CORRECTION_NOTED = "meeting.correction_noted"  # {text, reason}: after adjournment, corrections only
NOTICE_REMARKS = "meeting.notice_remarks"  # {text} R-3.6a: a remark to the notice and agenda (set, no item yet)
MEMBER_PRESENT = "attendance.present"  # {member}
MEMBER_ABSENT = "attendance.absent"  # {member, reason} R-4a
MEMBER_LEFT = "attendance.left"  # {member, rest_of_meeting: bool}
SUBSTITUTE_SEATED = "substitute.seated"  # {seat, substitute} R-4b
SUBSTITUTE_LEFT = "substitute.left"  # {substitute}
GOVERNMENT_PRESENT = "government.present"  # {person} R-1b
GOVERNMENT_LEFT = "government.left"  # {person}
CHAIR_TAKEN = "chair.taken"  # {person} R-3.1a, R-5.5b
DISQUALIFIED = "item.disqualified"  # {person, item, basis, disqualified?, method?, for?, against?} R-3.10a
ITEM_OPENED = "agenda.item_opened"  # {item}
DEBATE_CLOSED = "agenda.debate_closed"  # {item} R-3.3e: voting starts
ITEM_POSTPONED = "agenda.item_postponed"  # {item, method, for?, against?, chair_side?} R-3.2b: the council's decision
ITEM_SENT_TO_COMMITTEE = "agenda.item_sent_to_committee"  # {item, committee, method, for?, against?} R-7c, R-3.2b
AGENDA_REORDERED = "agenda.reordered"  # {order: [item ids]}
AGENDA_SET = "agenda.set"  # {agenda: [items]}: an imported agenda, before any item is dealt with
URGENT_MATTER_ADDED = "agenda.urgent_matter_added"  # {item: {...}} R-3.2c
ITEM_SETTINGS_CHANGED = "agenda.item_settings_changed"  # {item, group_minutes, …, method?, for?, against?} R-5.4a–e:
# a change of time is the council's decision (rules ≥ 2, once the meeting is set); replies are the chair's
CLOSED_DECIDED = "agenda.closed_decided"  # {item, basis, method, for?, against?, chair_vote?} R-3.6b, R-3.7a
PROPOSAL_TABLED = "proposal.tabled"  # {item, text, proposer, groups, kind} R-3.4a
PROPOSAL_WITHDRAWN = "proposal.withdrawn"  # {item, proposal}
PROPOSAL_FORWARDED = "proposal.forwarded"  # {item, proposals, method, for?, against?, chair_side?} R-3.3e oversendelsesforslag
SPEAKER_ADDED = "speakers.added"  # {item, person, kind, reply_to?, override?, override_reason?}
SPEAKER_REMOVED = "speakers.removed"  # {item, entry}
SPEAKER_MOVED = "speakers.moved"  # {item, entry, position}: the chair overrides the proposed order
SPEECH_STARTED = "speech.started"  # {item, entry, chair_to?} chair_to: R-5.5b
SPEECH_PAUSED = "speech.paused"  # {}
SPEECH_RESUMED = "speech.resumed"  # {}
SPEECH_ENDED = "speech.ended"  # {}
SPEECH_NEXT = "speech.next"  # {item, chair_to?}: end the speech under way and start the next in the queue (one key)
ORDER_WARNING = "speech.order_warning"  # {item, person} R-5.6a
VOTING_ORDER_SET = "vote.order_set"  # {item, order: [subjects], method?, for?, against?} R-3.3e: proposed or decided
VOTE_RECORDED = "vote.recorded"  # {item, subjects, method, against|against_count, for|for_count, …}
DECISION_TEXT_SET = "vote.decision_text"  # {item, text}: the adopted text (vedtak), editable until decided
ITEM_DECIDED = "agenda.item_decided"  # {item}: the item is decided and closed
DECISION_PUBLIC = "agenda.decision_public"  # {item, public} R-3.6c: a closed item's decision published (or not)
URGENT_OBJECTIONS = "vote.urgent_objections"  # {item, chair_objects, objecting} R-3.2c
# elections (elections.py): one person by majority (flertallsvalg), the lots of a tie, and by lists (forholdsvalg)
ELECTION_ROUND = "election.round"  # {item, office, candidates, tally, blank, ballot?, round?} R-3.3c, R-3.3d
ELECTION_LOT = "election.lot"  # {item, office, drawn, drawn_by, aid} R-3.3d: lots drawn in the hall
ELECTION_PROPORTIONAL = "election.proportional"  # {item, body, seats, lists: [{name, votes}], blank, ballot}
QUESTION_REGISTERED = "question.registered"  # {item, asker, to, topic} R-6a, R-6b
QUESTIONS_ORDERED = "question.ordered"  # {item, order: [question ids]} R-6a
QUESTION_FOLLOW_UP = "question.follow_up"  # {item, person} R-6c: wants a follow-up on the question under way
QUESTION_STEP = "question.step"  # {item, supplementary_waived?}: one key: end this step, start the next (R-6c)
QUESTION_ANSWERER_SET = "question.answerer_set"  # {item, question, answered_by?} R-6c: a settebyråd answers
QUESTION_DECLINED = "question.declined"  # {item}: the answerer declines to answer (R-6c)
QUESTION_HOUR_ENDED = "question.hour_ended"  # {item}: what was not reached is recorded
MEMBER_EXCLUDED = "attendance.excluded"  # {item, member, for, against, chair_side?} R-5.6a, by vote
UNDONE = "log.undone"  # {target}: a correcting event; nothing is ever deleted
REDONE = "log.redone"  # {target}: reinstates an undone event

CORRECTIONS = frozenset({UNDONE, REDONE})


@dataclass(frozen=True)
class Event:
    """One entry of the meeting's append-only event log."""

    seq: int  # 1, 2, 3 … within the meeting
    kind: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    actor: str = "chair"
    at: Instant = Instant(0, 0, "")
    # The id the recording station made for this event (uuid4 hex, MeetingService): a retry after a lost
    # acknowledgement is recognised by it and never doubles the action. Stored beside the event, outside its hash
    # (procedure/chain.py), and empty for events read back or recorded before it existed; not part of equality.
    uid: str = field(default="", compare=False)

    @cached_property
    def data(self) -> Payload:
        """The payload parsed into its kind's frozen dataclass (payloads.py), once per event: the rules read
        this, never `payload`. `payload` stays what is stored; `data.to_payload()` equals it.
        Raises RuleViolation("payload.invalid", …) for a payload of the wrong shape."""
        from chair_console.procedure.payloads import parse  # payloads.py names the kinds defined here

        return parse(self.kind, self.payload)
