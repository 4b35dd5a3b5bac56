"""The public view of a log (migration 0004, `public_meeting_event`) computed in Python for tests without a server,
and a scripted meeting with a closed item in the middle. tests/store/test_pg_public_station.py checks that this
function gives exactly what the real view gives."""

from __future__ import annotations

from chair_console.procedure import events as ev
from chair_console.procedure.events import Event

WITHHELD = "public.withheld"
SHOWN_IN_CLOSED_PART = (ev.MEETING_ADJOURNED, ev.MEETING_RESUMED)
_KEPT = ("id", "number", "kind", "closed_basis", "public_title", "planned_minutes", "planned_start",
         "group_minutes", "extended_minutes", "independent_minutes", "replies", "election_item")

CLOSED = "s308"  # the demo meeting's closed item (resources/demo/demo-meeting.json)
CLOSED_SPEAKER = "frp-03"  # speaks only in the closed item
OPEN_SPEAKER = "a-05"
SECRETS = (
    "Kjøp av eiendom i Fiktivgata 12",  # the closed item's own title
    "fullmakt til å kjøpe eiendommen",  # its recommendation
    "Forslag om kjøp for inntil 40 millioner",  # a proposal tabled in it
    "Byrådet kjøper eiendommen for 38 millioner",  # its decision text
    "Pause for å hente takstrapporten",  # a note while it was under way
)


def _item_of(payload: dict) -> str | None:
    item = payload.get("item")
    return item if isinstance(item, str) else None


def _public_item(i: dict) -> dict:
    if not i.get("closed_basis"):
        return i
    kept = {k: i[k] for k in _KEPT if i.get(k) is not None}
    return {**kept, "title": i.get("public_title") or f"Unntatt offentlighet, jf. {i['closed_basis']}"}


def public_view(events: list[Event]) -> list[Event]:
    """What `public_meeting_event` shows of `events` (one meeting), as the SQL of migration 0004 computes it."""
    closed: set[str] = set()
    for e in events:
        if e.kind in (ev.MEETING_CREATED, ev.AGENDA_SET):
            closed |= {i["id"] for i in e.payload.get("agenda", []) if i.get("closed_basis")}
        elif e.kind == ev.URGENT_MATTER_ADDED and isinstance(e.payload.get("item"), dict):
            if e.payload["item"].get("closed_basis"):
                closed.add(e.payload["item"]["id"])
        elif e.kind == ev.CLOSED_DECIDED and _item_of(e.payload):
            closed.add(e.payload["item"])
    undone = {e.payload["target"] for e in events if e.kind == ev.UNDONE}
    openings = [(e.seq, _item_of(e.payload)) for e in events if e.kind == ev.ITEM_OPENED]
    shown: list[Event] = []
    for e in events:
        item = _item_of(e.payload)
        withheld = None
        if item is not None and item in closed:
            withheld = item
        elif item is None and e.kind not in SHOWN_IN_CLOSED_PART:
            last = [(s, i) for s, i in openings if s < e.seq and (i in closed or s not in undone)]
            if last and last[-1][1] in closed:
                withheld = last[-1][1]
        if withheld is not None:
            shown.append(Event(e.seq, WITHHELD, {"item": withheld}, e.actor, e.at))
            continue
        payload = dict(e.payload)
        if e.kind in (ev.MEETING_CREATED, ev.AGENDA_SET) and isinstance(payload.get("agenda"), list):
            payload["agenda"] = [_public_item(i) for i in payload["agenda"]]
        elif e.kind == ev.URGENT_MATTER_ADDED and isinstance(payload.get("item"), dict):
            payload["item"] = _public_item(payload["item"])
        elif e.kind == ev.MEMBER_ABSENT:
            payload.pop("reason", None)
        shown.append(Event(e.seq, e.kind, payload, e.actor, e.at))
    return shown


def closed_meeting(svc, stop_after: int | None = None):  # noqa: ANN001, ANN201
    """An open item with a speech, the council's decision to close the doors, the closed item with a speech, a
    pause, a proposal and a decision text, then an open item again with a speech under way. `svc` records (a
    MeetingService, or anything with `record(kind, payload)` and `state`). Yields a name after each step."""
    members = [m.id for m in svc.state.council.members]
    for m in members[1:]:
        svc.record(ev.MEMBER_PRESENT, {"member": m})
    svc.record(ev.MEMBER_ABSENT, {"member": members[0], "reason": "sykdom"})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": OPEN_SPEAKER, "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s304"})
    yield "open_speech"
    svc.record(ev.SPEECH_ENDED)
    closed = svc.state.item(CLOSED)
    svc.record(ev.CLOSED_DECIDED, {"item": CLOSED, "basis": closed.closed_basis, "method": "tacit"})
    yield "closing_decided"
    svc.record(ev.ITEM_OPENED, {"item": CLOSED, "closed_confirmed": True})
    yield "closed_taken_up"
    svc.record(ev.SPEAKER_ADDED, {"item": CLOSED, "person": CLOSED_SPEAKER, "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": CLOSED})
    yield "closed_speech"
    svc.record(ev.SPEECH_ENDED)
    svc.record(ev.MEETING_PAUSED, {"kind": "pause", "note": SECRETS[4]})
    yield "closed_pause"
    svc.record(ev.MEETING_RESUMED)
    svc.record(ev.PROPOSAL_TABLED, {"item": CLOSED, "text": SECRETS[2], "groups": ["FrP"]})
    svc.record(ev.DEBATE_CLOSED, {"item": CLOSED})
    svc.record(ev.DECISION_TEXT_SET, {"item": CLOSED, "text": SECRETS[3]})
    yield "closed_voting"
    svc.record(ev.ITEM_OPENED, {"item": "s309"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s309", "person": OPEN_SPEAKER, "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s309"})
    yield "open_again"


def login_role(pg_cluster, pg_url: str, group: str, suffix: str = "") -> str:  # noqa: ANN001
    """A login role in `group` (as IT makes one per station, docs/IT.md) on the database of `pg_url`; its URL."""
    from sqlalchemy.engine import make_url

    dbname = make_url(pg_url).database
    name = f"{group.removeprefix('chair_console_')}{suffix}_{dbname}"
    pg_cluster.admin(f'CREATE ROLE "{name}" LOGIN IN ROLE {group}')
    return pg_cluster.url(dbname, user=name)
