"""Vote results in words, Oslo style, for the minutes and the hall display (kommuneloven § 11-4: the result
and which parties voted for which proposals). The minutes are kept in Bokmål, so these sentences are too.

    «Innstillingen ble vedtatt mot 21 stemmer (A, SV, R, MDG, PS).»
    «Forslag nr. 3 fra SV falt med 17 mot 42 stemmer (SV, R, A (7) stemte for).»
    «Enstemmig vedtatt.»   «… med møteleders dobbeltstemme.»
A group split in the vote is named with its number: «H (18), FrP».
"""

from __future__ import annotations

from chair_console.procedure.state import MeetingState
from chair_console.procedure.votes import RECOMMENDATION, VoteResult


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " og " + parts[-1]


def subject_name(state: MeetingState, item_id: str, subject: str) -> str:
    if subject == RECOMMENDATION:
        return "innstillingen"
    if subject.startswith(RECOMMENDATION + ":"):
        return f"innstillingens punkt {subject.split(':', 1)[1]}"
    proposal = next((p for p in state.proposals.get(item_id, ()) if p.id == subject), None)
    if proposal is None:
        return subject
    council = state.council
    if proposal.groups:
        who = _join([council.group(g).abbreviation if council.group(g) else g for g in proposal.groups])
    elif proposal.proposer:
        group = council.group(council.group_of(proposal.proposer))
        who = f"{council.name_of(proposal.proposer)} ({group.abbreviation if group else 'uavh.'})"
    else:
        who = ""
    return f"forslag nr. {proposal.number}" + (f" fra {who}" if who else "")


def groups_phrase(state: MeetingState, persons: frozenset[str], eligible: frozenset[str]) -> str:
    """«H (18), FrP»: whole groups by name, a split group with how many of it."""
    council = state.council
    parts = []
    for group in council.groups_in_order():
        mine = [p for p in persons if council.group_of(p) == group.id]
        if not mine:
            continue
        everyone = [p for p in eligible if council.group_of(p) == group.id]
        parts.append(group.abbreviation if len(mine) == len(everyone) else f"{group.abbreviation} ({len(mine)})")
    for person in sorted(p for p in persons if council.group_of(p) is None):
        parts.append(f"{council.name_of(person)} (uavh.)")
    return ", ".join(parts)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def result_sentence(state: MeetingState, vote: VoteResult) -> str:
    eligible = frozenset().union(*vote.voters) if vote.voters else frozenset()
    if len(vote.subjects) == 1:
        subject = subject_name(state, vote.item, vote.subjects[0])
        votes_for, against = vote.tally
        if vote.method == "tacit":
            return "Enstemmig vedtatt." if vote.subjects[0] == RECOMMENDATION else f"{_cap(subject)} ble enstemmig vedtatt."
        if vote.adopted and against == 0:
            return f"{_cap(subject)} ble enstemmig vedtatt."
        if not vote.adopted and votes_for == 0:
            return f"{_cap(subject)} falt enstemmig."
        if vote.chair_decided:
            verb = "ble vedtatt" if vote.adopted else "falt"
            return f"{_cap(subject)} {verb} med {votes_for} mot {against} stemmer, med møteleders dobbeltstemme."
        if vote.adopted:
            groups = f" ({groups_phrase(state, vote.voters[1], eligible)})" if vote.voters else ""
            return f"{_cap(subject)} ble vedtatt mot {against} stemmer{groups}."
        groups = f" ({groups_phrase(state, vote.voters[0], eligible)} stemte for)" if vote.voters else ""
        return f"{_cap(subject)} falt med {votes_for} mot {against} stemmer{groups}."
    names = [subject_name(state, vote.item, s) for s in vote.subjects]
    parts = []
    for i, name in enumerate(names):
        groups = f" ({groups_phrase(state, vote.voters[i], eligible)})" if vote.voters and vote.voters[i] else ""
        parts.append(f"{name} {vote.tally[i]} stemmer{groups}")
    text = f"Ved alternativ votering mellom {_join(names)} fikk {_join(parts)}."
    winner = _cap(names[vote.winner]) if vote.winner is not None else ""
    if vote.lot:
        return f"{text} Stemmetallet var likt; loddtrekning avgjorde. {winner} ble valgt."
    if vote.chair_decided:
        return f"{text} {winner} ble vedtatt med møteleders dobbeltstemme."
    return f"{text} {winner} ble {'valgt' if vote.election else 'vedtatt'}."


def default_decision(state: MeetingState, item_id: str) -> str:
    """The adopted text as the console proposes it: the recommendation if adopted, then adopted proposals."""
    item = state.item(item_id)
    parts = []
    for vote in state.final_votes(item_id):
        if not vote.adopted:
            continue
        subject = vote.subjects[vote.winner] if len(vote.subjects) > 1 else vote.subjects[0]
        if subject.startswith(RECOMMENDATION + ":"):
            parts.append(recommendation_part(item.recommendation, int(subject.split(":", 1)[1])))
        elif subject.startswith(RECOMMENDATION):
            parts.append(item.recommendation)
        else:
            proposal = next((p for p in state.proposals.get(item_id, ()) if p.id == subject), None)
            if proposal is not None:
                parts.append(proposal.text)
    return "\n\n".join(p for p in parts if p)


def recommendation_part(text: str, number: int) -> str:
    """Point N of a recommendation written as numbered points («1. …», «2. …»); else the whole text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    mark = f"{number}."
    found = next((line for line in lines if line.startswith(mark)), None)
    return found if found is not None else f"{text} (punkt {number})"
