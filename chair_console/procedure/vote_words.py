"""Vote results in words, Oslo style, for the minutes and the hall display (kommuneloven § 11-4: the result
and which parties voted for which proposals). The minutes are kept in Bokmål, so these sentences are too.

    «Innstillingen ble vedtatt mot 21 stemmer (A, SV, R, MDG, PS).»
    «Forslag nr. 3 fra SV falt med 17 mot 42 stemmer (SV, R, A (7) stemte for).»
    «Enstemmig vedtatt.»   «… med møteleders dobbeltstemme.»
A group split in the vote is named with its number: «H (18), FrP».
"""

from __future__ import annotations

from chair_console.procedure.agenda import Proposal
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
        who = council.label_of(proposal.proposer)
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
        parts.append(council.label_of(person))
    return ", ".join(parts)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def result_sentence(state: MeetingState, vote: VoteResult) -> str:
    if vote.together:  # several proposals voted on together: one sentence naming them as ranges
        return together_sentence(state, vote)
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
            if vote.casting_vote:  # rules ≥ 2: the chair's own vote, by name (R-3.3d)
                return f"{_cap(subject)} {verb} med {votes_for} mot {against} stemmer. {casting_sentence(state, vote)}"
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
    if vote.chair_decided and vote.casting_vote:  # rules ≥ 2: the chair's own vote, by name (R-3.3d)
        return f"{text} {winner} ble vedtatt. {casting_sentence(state, vote)}"
    if vote.chair_decided:
        return f"{text} {winner} ble vedtatt med møteleders dobbeltstemme."
    return f"{text} {winner} ble {'valgt' if vote.election else 'vedtatt'}."


# -- the council's decisions on the chair's proposals (R-3.2b, R-7c, R-3.3e) -----------------------------------


def _count_phrase(decision) -> str:  # noqa: ANN001 - a state.CouncilDecisionRecord
    text = f"med {decision.votes_for} mot {decision.against} stemmer"
    old_words = decision.chair_decided and not getattr(decision, "casting_vote", None)  # rules version 1
    return text + (", med møteleders dobbeltstemme" if old_words else "")


def _how(decision) -> str:  # noqa: ANN001
    return "stilltiende" if decision.method == "tacit" else _count_phrase(decision)


def _committee_name(state: MeetingState, committee: str | None) -> str:
    found = next((c for c in state.council.committees if c.id == committee), None) if committee else None
    return found.name if found is not None else (committee or "utvalg")


def order_phrase(state: MeetingState, item_id: str, order: tuple[str, ...] | list[str]) -> str:
    return order_runs_name(state, item_id, order)  # a group's proposals in a row as a range (the budget meeting)


def decision_sentence(state: MeetingState, item_id: str, decision) -> str:  # noqa: ANN001
    """The council's decision in words (`decision_words`), and from rules version 2 a tie settled by the chair's own
    vote, by name (R-3.3d): «… Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende.»"""
    text = decision_words(state, item_id, decision)
    chair = getattr(decision, "casting_vote", None)
    if chair and decision.method == "counted":
        return f"{text} Stemmelikhet; møtelederens stemme ({state.council.name_of(chair)}) var avgjørende."
    return text


def decision_words(state: MeetingState, item_id: str, decision) -> str:  # noqa: ANN001
    """The council's decision on the chair's proposal in words, for the minutes:
    «Bystyret vedtok med 35 mot 24 stemmer å utsette saken.» «Bystyret vedtok stilltiende å sende saken til
    Byutviklingsutvalget.» «Forslaget om å utsette saken falt med 24 mot 35 stemmer.»
    «Voteringsorden: forslag nr. 1 fra SV, innstillingen (vedtatt stilltiende).»
    «Følgende forslag oversendes byrådet uten realitetsvotering: forslag nr. 2 fra R.»"""
    if decision.what in COUNCIL_DECIDES:  # closing, speaking time, disqualification (below)
        return council_decides_words(state, item_id, decision)
    if decision.what == "order":
        order = order_phrase(state, item_id, decision.subjects)
        if decision.carried:
            return f"Voteringsorden: {order} (vedtatt {_how(decision)})."
        return f"Forslaget til voteringsorden ({order}) falt {_count_phrase(decision)}."
    if decision.what == "forward":
        names = _join([subject_name(state, item_id, s) for s in decision.subjects])
        if decision.carried:
            how = "" if decision.method == "tacit" else f" (vedtatt {_count_phrase(decision)})"
            return f"Følgende forslag oversendes byrådet uten realitetsvotering{how}: {names}."
        return f"Forslaget om å oversende {names} til byrådet uten realitetsvotering falt {_count_phrase(decision)}."
    action = ("å utsette saken" if decision.what == "postpone"
              else f"å sende saken til {_committee_name(state, decision.committee)}")
    if decision.method is None:  # rules version 1: recorded without saying how
        return "Saken ble utsatt." if decision.what == "postpone" else "Saken ble sendt til utvalg."
    if decision.carried:
        return f"Bystyret vedtok {_how(decision)} {action}."
    return f"Forslaget om {action} falt {_count_phrase(decision)}."


def default_decision(state: MeetingState, item_id: str) -> str:
    """The adopted text as the console proposes it: the recommendation if adopted, then adopted proposals."""
    item = state.item(item_id)
    parts = []
    for vote in state.final_votes(item_id):
        if not vote.adopted:
            continue
        if vote.together:  # several proposals adopted together: the text of each
            parts.extend(subject_text(state, item_id, s) for s in vote.subjects)
            continue
        subject = vote.subjects[vote.winner] if len(vote.subjects) > 1 else vote.subjects[0]
        if len(vote.subjects) > 1 and beaten_later(state, item_id, vote, subject):  # a pairwise sequence went on
            continue
        if subject.startswith(RECOMMENDATION + ":"):
            parts.append(recommendation_part(item.recommendation, int(subject.split(":", 1)[1])))
        elif subject.startswith(RECOMMENDATION):
            parts.append(item.recommendation)
        else:
            proposal = next((p for p in state.proposals.get(item_id, ()) if p.id == subject), None)
            if proposal is not None:
                parts.append(proposal.text)
    parts += election_decisions(state, item_id)  # who was elected, and the seats by lists
    return "\n\n".join(dict.fromkeys(p for p in parts if p))  # once each: the recommendation may win several votes


# -- the chair's casting vote (R-3.3d), re-votes, pairwise alternative votes (R-3.3c) ------------------------------


def casting_sentence(state: MeetingState, vote: VoteResult) -> str:
    """R-3.3d, a tie decided by the chair's own vote (rules ≥ 2 record who chaired):
    «Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende.»"""
    return f"Stemmelikhet; møtelederens stemme ({state.council.name_of(vote.casting_vote)}) var avgjørende."


def replaced_by(state: MeetingState, vote: VoteResult) -> list[VoteResult]:
    """The earlier results a re-vote (retake_of) replaces, the latest first: a chain of re-votes is followed back."""
    earlier = {v.superseded_by: v for v in state.votes.get(vote.item, ()) if v.superseded_by is not None}
    chain = []
    current = earlier.get(vote.id)
    while current is not None and current not in chain:
        chain.append(current)
        current = earlier.get(current.id)
    return chain


def minutes_vote_line(state: MeetingState, vote: VoteResult) -> str:
    """A standing vote as the minutes print it: «Votering: …», and a re-vote with what it replaces —
    «Omvotering: … (erstatter: …)»."""
    replaced = replaced_by(state, vote)
    if not replaced:
        return "Votering: " + result_sentence(state, vote)
    before = "; ".join(result_sentence(state, v) for v in replaced)
    return f"Omvotering: {result_sentence(state, vote)} (erstatter: {before})"


def beaten_later(state: MeetingState, item_id: str, vote: VoteResult, subject: str) -> bool:
    """Whether the winner of an alternative vote lost a later one (R-3.3c: pairwise, the winner against the next)."""
    return any(
        later.at_seq > vote.at_seq and len(later.subjects) > 1 and subject in later.subjects
        and later.winner is not None and later.subjects[later.winner] != subject and not later.together
        for later in state.final_votes(item_id)
    )


def recommendation_part(text: str, number: int) -> str:
    """Point N of a recommendation written as numbered points («1. …», «2. …»); else the whole text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    mark = f"{number}."
    found = next((line for line in lines if line.startswith(mark)), None)
    return found if found is not None else f"{text} (punkt {number})"


# -- several proposals voted on together (the budget meeting): ranges ------------------------------------------


def _numbers(numbers: list[int]) -> str:
    """«1–37», «1–5, 9 og 12–14»: the numbers in order, runs of consecutive numbers as ranges."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return _join([str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs])


def _proposers(state: MeetingState, proposal: Proposal) -> str:
    """Who is behind a proposal, as subject_name names them: «SV og R», «Ola Nordmann (H)»."""
    council = state.council
    if proposal.groups:
        return _join([council.group(g).abbreviation if council.group(g) else g for g in proposal.groups])
    if proposal.proposer:
        return council.label_of(proposal.proposer)
    return ""


def subjects_name(state: MeetingState, item_id: str, subjects: tuple[str, ...] | list[str]) -> str:
    """Several subjects voted on together, each proposer's proposals as ranges of their numbers: «forslag nr. 1–37
    fra R», «forslag nr. 1–5 og 9 fra H og forslag nr. 2 fra FrP», «innstillingens punkt 1–3»."""
    by_id = {p.id: p for p in state.proposals.get(item_id, ())}
    numbers: dict[tuple, list[int]] = {}  # who -> numbers, in the order each proposer first comes
    first: dict[tuple, Proposal] = {}
    for subject in subjects:
        if subject.startswith(RECOMMENDATION + ":"):
            numbers.setdefault(("recommendation",), []).append(int(subject.split(":", 1)[1]))
        elif subject in by_id:
            proposal = by_id[subject]
            numbers.setdefault(proposal.by, []).append(proposal.number)
            first.setdefault(proposal.by, proposal)
        else:  # the whole recommendation, or a subject not known
            numbers.setdefault(("subject", subject), [])
    parts = []
    for key, nums in numbers.items():
        if key == ("recommendation",):
            parts.append(f"innstillingens punkt {_numbers(nums)}")
        elif key[0] == "subject":
            parts.append(subject_name(state, item_id, key[1]))
        else:
            who = _proposers(state, first[key])
            parts.append(f"forslag nr. {_numbers(nums)}" + (f" fra {who}" if who else ""))
    return _join(parts)


def order_runs_name(state: MeetingState, item_id: str, order: tuple[str, ...] | list[str]) -> str:
    """A voting order in words, in its order, each proposer's proposals that follow each other in rising numbers
    named as one range: «forslag nr. 1–37 fra R, forslag nr. 1–20 fra SV, innstillingen»."""
    by_id = {p.id: p for p in state.proposals.get(item_id, ())}
    runs: list[list[str]] = []
    for subject in order:
        proposal, last = by_id.get(subject), by_id.get(runs[-1][-1]) if runs else None
        if proposal is not None and last is not None and proposal.by == last.by and proposal.number > last.number:
            runs[-1].append(subject)
        else:
            runs.append([subject])
    return ", ".join(subjects_name(state, item_id, run) for run in runs)


def together_sentence(state: MeetingState, vote: VoteResult) -> str:
    """One result for several proposals voted on together, the groups named as in every result sentence:
    «Forslag nr. 1–37 fra R ble ikke vedtatt med 12 mot 47 stemmer (R, SV for).»"""
    name = _cap(subjects_name(state, vote.item, vote.subjects))
    votes_for, against = vote.tally
    if vote.method == "tacit" or (vote.adopted and against == 0):
        return f"{name} ble enstemmig vedtatt."
    if not vote.adopted and votes_for == 0:
        return f"{name} falt enstemmig."
    verb = "ble vedtatt" if vote.adopted else "ble ikke vedtatt"
    if vote.chair_decided and vote.casting_vote:  # rules ≥ 2: the chair's own vote, by name (R-3.3d)
        return f"{name} {verb} med {votes_for} mot {against} stemmer. {casting_sentence(state, vote)}"
    if vote.chair_decided:
        return f"{name} {verb} med {votes_for} mot {against} stemmer, med møteleders dobbeltstemme."
    groups = ""
    if vote.voters:
        eligible = frozenset().union(*vote.voters)
        side, word = (vote.voters[1], "mot") if vote.adopted else (vote.voters[0], "for")
        groups = f" ({groups_phrase(state, side, eligible)} {word})"
    return f"{name} {verb} med {votes_for} mot {against} stemmer{groups}."


def subject_text(state: MeetingState, item_id: str, subject: str) -> str:
    """The text a subject adds to the decision if adopted: the recommendation, a part of it, or the proposal."""
    item = state.item(item_id)
    if subject.startswith(RECOMMENDATION + ":"):
        return recommendation_part(item.recommendation, int(subject.split(":", 1)[1]))
    if subject == RECOMMENDATION:
        return item.recommendation
    proposal = next((p for p in state.proposals.get(item_id, ()) if p.id == subject), None)
    return proposal.text if proposal is not None else ""


# -- elections (R-3.3c, R-3.3d, kommuneloven § 7-5): every round, the lots, who was elected -----------------------


def _clock(at) -> str:  # noqa: ANN001 - an Instant
    return at.as_datetime().astimezone().strftime("%H.%M")


def candidate_name(state: MeetingState, candidate: str) -> str:
    """A candidate as the minutes name them: a person of the council by name, else as written."""
    return state.council.name_of(candidate) if state.council is not None else candidate


def _counts(names: list[str], tally, blank: int) -> str:  # noqa: ANN001
    return ", ".join(f"{n} {t}" for n, t in zip(names, tally, strict=True)) + f", blanke {blank}"


def round_sentence(state: MeetingState, count) -> str:  # noqa: ANN001 - an election_results.ElectionRound
    """«1. avstemning: A 25, B 20, C 14, blanke 0 — ingen fikk mer enn halvparten.»"""
    names = [candidate_name(state, c) for c in count.candidates]
    text = f"{count.number}. avstemning: {_counts(names, count.tally, count.blank)}"
    if count.needs == "second_round":
        return text + " — ingen fikk mer enn halvparten."
    if count.needs == "lots":
        return text + " — stemmelikhet mellom " + _join([names[i] for i in count.tied]) + "."
    return text + "."


def lot_sentence(state: MeetingState, lot, clock=_clock) -> str:  # noqa: ANN001
    """«Valget ble avgjort ved loddtrekning, trukket av … kl. 14.32.» (R-3.3d: drawn in the hall)"""
    aid = " (konsollens egen trekning ble brukt som hjelp)" if lot.aid else ""
    return f"Valget ble avgjort ved loddtrekning, trukket av {lot.drawn_by} kl. {clock(lot.at)}{aid}."


def election_sentence(state: MeetingState, election, clock=_clock) -> str:  # noqa: ANN001 - an Election
    """An election of one person as the minutes print it: every round, the lots if drawn, who was elected."""
    parts = [f"Valg av {election.office}."]
    parts += [round_sentence(state, count) for count in election.rounds]
    if election.lot is not None:
        parts.append(lot_sentence(state, election.lot, clock))
    if election.elected is not None:
        parts.append(f"{_cap(candidate_name(state, election.elected))} ble valgt.")
    elif election.needs == "second_round":
        parts.append("Ny avstemning.")
    elif election.needs == "lots":
        parts.append("Valget avgjøres ved loddtrekning.")
    return " ".join(parts)


def proportional_sentence(state: MeetingState, election, clock=_clock) -> str:  # noqa: ANN001
    """A proportional election (forholdsvalg): how it was held, the counts per list and blank, the seats."""
    seats = "plass" if election.seats == 1 else "plasser"
    parts = [f"Valg av {election.body} ({election.seats} {seats}) ved forholdsvalg."]
    if election.ballot == "written":
        parts.append("Valget ble holdt skriftlig og hemmelig.")
    parts.append("Stemmer: " + _counts([r.name for r in election.lists], [r.votes for r in election.lists],
                                         election.blank) + ".")
    for lot in election.lots:
        aid = " (konsollens egen trekning ble brukt som hjelp)" if lot.aid else ""
        parts.append(f"Stemmelikhet om en plass mellom {_join(list(lot.among))}: avgjort ved loddtrekning, trukket av "
                     f"{lot.drawn_by} kl. {clock(lot.at)}{aid}; {lot.drawn} fikk plassen.")
    parts.append("Plasser: " + ", ".join(f"{r.name} {r.seats}" for r in election.lists) + ".")
    if not election.decided:
        parts.append(f"Loddtrekning mellom {_join(list(election.level))} gjenstår.")
    return " ".join(parts)


def election_decisions(state: MeetingState, item_id: str) -> list[str]:
    """The decision text of elections, as the console proposes it: who was elected, the seats per list."""
    out = []
    for e in state.elections.get(item_id, ()):
        if e.elected is not None:
            out.append(f"{_cap(candidate_name(state, e.elected))} velges som {e.office}.")
    for e in state.proportional_elections.get(item_id, ()):
        if e.decided:
            out.append(f"Plassene i {e.body} fordeles slik: " + ", ".join(f"{r.name} {r.seats}" for r in e.lists) + ".")
    return out


# -- the council decides (R-3.6b, R-3.7a closing, R-5.4a speaking time, R-3.10a disqualification) ---------------

COUNCIL_DECIDES = frozenset({"close", "speaking_time", "disqualify", "not_disqualify"})

_SETTING_WORDS = {"group_minutes": "gruppene", "extended_minutes": "utvidet taletid", "independent_minutes": "uavhengige"}


def _minutes(n: int) -> str:
    return "ett minutt" if n == 1 else f"{n} minutter"


def speaking_time_phrase(settings) -> str:  # noqa: ANN001 - ((key, minutes | None), …)
    """«gruppene 5 minutter, utvidet taletid 10 minutter, uavhengige 2 minutter» (R-5.4a, R-5.4c)."""
    parts = []
    for key, value in settings:
        if key == "extended_minutes" and value is None:
            parts.append("ingen utvidet taletid")
        else:
            parts.append(f"{_SETTING_WORDS.get(key, key)} {_minutes(value)}")
    return ", ".join(parts)


def council_decides_words(state: MeetingState, item_id: str, decision) -> str:  # noqa: ANN001
    """The council's decisions on closing the meeting for the item, its speaking time and a member's
    disqualification, in words for the minutes:
    «Bystyret vedtok stilltiende å lukke møtet under behandlingen av saken, jf. kommuneloven § 11-5 …»
    «Bystyret vedtok med 40 mot 19 stemmer taletiden i saken: gruppene 5 minutter.»
    «Bystyret vedtok stilltiende at Kari Fiktivsen er inhabil (fvl. § 6). Kari Fiktivsen fratrådte.»
    «Bystyret vedtok stilltiende at Kari Fiktivsen ikke er inhabil.»"""
    how = _how(decision)
    if decision.what == "close":
        if decision.carried:
            return f"Bystyret vedtok {how} å lukke møtet under behandlingen av saken, jf. {decision.basis}."
        return (f"Forslaget om å lukke møtet under behandlingen av saken, jf. {decision.basis}, falt "
                f"{_count_phrase(decision)}.")
    if decision.what == "speaking_time":
        times = speaking_time_phrase(decision.settings)
        if decision.carried:
            return f"Bystyret vedtok {how} taletiden i saken: {times}." if times else f"Bystyret vedtok {how} taletiden i saken."
        return f"Forslaget om taletid i saken ({times}) falt {_count_phrase(decision)}." if times else (
            f"Forslaget om taletid i saken falt {_count_phrase(decision)}.")
    name = state.council.name_of(decision.person)
    if decision.what == "disqualify":
        if decision.carried:
            return f"Bystyret vedtok {how} at {name} er inhabil ({decision.basis}). {name} fratrådte."
        return f"Forslaget om at {name} er inhabil falt {_count_phrase(decision)}; {name} er ikke inhabil i saken."
    if decision.carried:
        return f"Bystyret vedtok {how} at {name} ikke er inhabil."
    return (f"Forslaget om at {name} ikke er inhabil falt {_count_phrase(decision)}; {name} er inhabil "
            f"({decision.basis}) og fratrådte.")
