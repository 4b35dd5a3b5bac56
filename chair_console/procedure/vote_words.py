"""Vote results in words, Oslo style, for the minutes and the hall display (kommuneloven § 11-4: the result
and which parties voted for which proposals). The minutes are kept in Bokmål, so these sentences are too.

    «Innstillingen ble vedtatt mot 21 stemmer (A, SV, R, MDG, PS).»
    «Forslag nr. 3 fra SV falt med 17 mot 42 stemmer (SV, R, A (7) stemte for).»
    «Enstemmig vedtatt.»   «… med møteleders dobbeltstemme.»
A group split in the vote is named with its number: «H (18), FrP».

Every sentence the interface shows can be had in English too (`lang="en"`, the operator's language or the hall
display's own): the words come from the phrase table `PHRASES` below. The default is Bokmål, and the minutes, the
legal record, never ask for anything else.
"""

from __future__ import annotations

from chair_console.procedure.common import chair_office
from chair_console.procedure.agenda import Proposal
from chair_console.procedure.state import MeetingState
from chair_console.procedure.votes import RECOMMENDATION, VoteResult

# The words of the sentences by language: Bokmål (the default, the minutes' language) and English (the operator's
# or the hall display's choice). A phrase missing in a language falls back to Bokmål.
PHRASES: dict[str, dict[str, str]] = {
    "nb": {
        "and": " og ",
        "independent": "uavh.",  # the mark after the name of a person in no group (council.INDEPENDENT)
        "recommendation": "innstillingen",
        "point": "innstillingens punkt {n}",
        "points": "innstillingens punkt {n}",
        "proposal": "forslag nr. {n}",
        "proposals": "forslag nr. {n}",
        "from": " fra {who}",
        "tacit_recommendation": "Enstemmig vedtatt.",
        "unanimous": "{subject} ble enstemmig vedtatt.",
        "fell_unanimous": "{subject} falt enstemmig.",
        "adopted": "ble vedtatt",
        "fell": "falt",
        "not_adopted": "ble ikke vedtatt",
        # several voted on together: English says «were» (Bokmål's «ble» is the same for one and many)
        "unanimous_together": "{subject} ble enstemmig vedtatt.",
        "fell_unanimous_together": "{subject} falt enstemmig.",
        "adopted_together": "ble vedtatt",
        "not_adopted_together": "ble ikke vedtatt",
        "counted": "{subject} {verb} med {votes_for} mot {against} stemmer",
        "casting_old": ", med møteleders dobbeltstemme",
        "adopted_against": "{subject} ble vedtatt mot {against} stemmer{groups}.",
        "fell_with": "{subject} falt med {votes_for} mot {against} stemmer{groups}.",
        "groups_for": " ({groups} stemte for)",
        "side_for": " ({groups} for)",
        "side_against": " ({groups} mot)",
        "alternative": "Ved alternativ votering mellom {names} fikk {parts}.",
        "alternative_part": "{name} {votes} stemmer{groups}",
        "lot": "Stemmetallet var likt; loddtrekning avgjorde. {winner} ble valgt.",
        "winner_adopted": "{winner} ble vedtatt.",
        "winner_elected": "{winner} ble valgt.",
        "winner_casting_old": "{winner} ble vedtatt med møteleders dobbeltstemme.",
        "casting": "Stemmelikhet; møtelederens stemme ({name}) var avgjørende.",
        "recommendation_part": "{text} (punkt {n})",
        # elections (R-3.3c, R-3.3d)
        "blank": "blanke {n}",
        "round": "{n}. avstemning: {counts}",
        "round_no_majority": " — ingen fikk mer enn halvparten.",
        "round_tie": " — stemmelikhet mellom {names}.",
        "lot_drawn": "Valget ble avgjort ved loddtrekning, trukket av {who} kl. {time}{aid}.",
        "lot_aid": " (konsollens egen trekning ble brukt som hjelp)",
        "election": "Valg av {office}.",
        "elected": "{name} ble valgt.",
        "new_round": "Ny avstemning.",
        "lots_to_come": "Valget avgjøres ved loddtrekning.",
        "proportional": "Valg av {body} ({seats} {places}) ved forholdsvalg.",
        "seat": "plass",
        "seats": "plasser",
        "written": "Valget ble holdt skriftlig og hemmelig.",
        "votes": "Stemmer: {counts}.",
        "seat_lot": "Stemmelikhet om en plass mellom {among}: avgjort ved loddtrekning, trukket av {who} "
                    "kl. {time}{aid}; {drawn} fikk plassen.",
        "places": "Plasser: {seats}.",
        "lots_remain": "Loddtrekning mellom {names} gjenstår.",
    },
    "en": {
        "and": " and ",
        "independent": "ind.",
        "recommendation": "the recommendation",
        "point": "point {n} of the recommendation",
        "points": "points {n} of the recommendation",
        "proposal": "proposal no. {n}",
        "proposals": "proposals nos. {n}",
        "from": " from {who}",
        "tacit_recommendation": "Adopted unanimously.",
        "unanimous": "{subject} was adopted unanimously.",
        "fell_unanimous": "{subject} was rejected unanimously.",
        "adopted": "was adopted",
        "fell": "was rejected",
        "not_adopted": "was not adopted",
        "unanimous_together": "{subject} were adopted unanimously.",
        "fell_unanimous_together": "{subject} were rejected unanimously.",
        "adopted_together": "were adopted",
        "not_adopted_together": "were not adopted",
        "counted": "{subject} {verb} by {votes_for} votes to {against}",
        "casting_old": ", with the chair's casting vote",
        "adopted_against": "{subject} was adopted against {against} votes{groups}.",
        "fell_with": "{subject} was rejected by {votes_for} votes to {against}{groups}.",
        "groups_for": " ({groups} voted for)",
        "side_for": " ({groups} for)",
        "side_against": " ({groups} against)",
        "alternative": "In the alternative vote between {names}, {parts}.",
        "alternative_part": "{name} got {votes} votes{groups}",
        "lot": "The votes were tied; lots were drawn. {winner} was chosen.",
        "winner_adopted": "{winner} was adopted.",
        "winner_elected": "{winner} was elected.",
        "winner_casting_old": "{winner} was adopted with the chair's casting vote.",
        "casting": "Tie; the chair's vote ({name}) was decisive.",
        "recommendation_part": "{text} (point {n})",
        "blank": "blank {n}",
        "round": "Round {n}: {counts}",
        "round_no_majority": " — no one got more than half.",
        "round_tie": " — a tie between {names}.",
        "lot_drawn": "The election was decided by drawing lots, drawn by {who} at {time}{aid}.",
        "lot_aid": " (the console's own draw was used as an aid)",
        "election": "Election of {office}.",
        "elected": "{name} was elected.",
        "new_round": "A new round.",
        "lots_to_come": "The election is to be decided by drawing lots.",
        "proportional": "Election of {body} ({seats} {places}) by proportional representation.",
        "seat": "seat",
        "seats": "seats",
        "written": "The election was held by secret written ballot.",
        "votes": "Votes: {counts}.",
        "seat_lot": "A tie for a seat between {among}: decided by drawing lots, drawn by {who} at {time}{aid};"
                    " {drawn} got the seat.",
        "places": "Seats: {seats}.",
        "lots_remain": "Drawing lots between {names} remains.",
    },
}
DEFAULT_LANG = "nb"


def _w(lang: str, key: str) -> str:
    """The phrase `key` in `lang`; Bokmål for a language or phrase the table does not have."""
    return PHRASES.get(lang, PHRASES[DEFAULT_LANG]).get(key) or PHRASES[DEFAULT_LANG][key]


def independent_mark(lang: str = DEFAULT_LANG) -> str:
    """The mark for a person in no group («uavh.», «ind.»), as the sentences in `lang` write it."""
    return _w(lang, "independent")


def _join(parts: list[str], lang: str = DEFAULT_LANG) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + _w(lang, "and") + parts[-1]


def subject_name(state: MeetingState, item_id: str, subject: str, lang: str = DEFAULT_LANG) -> str:
    if subject == RECOMMENDATION:
        return _w(lang, "recommendation")
    if subject.startswith(RECOMMENDATION + ":"):
        return _w(lang, "point").format(n=subject.split(":", 1)[1])
    proposal = next((p for p in state.proposals.get(item_id, ()) if p.id == subject), None)
    if proposal is None:
        return subject
    who = _proposers(state, proposal, lang)
    return _w(lang, "proposal").format(n=proposal.number) + (_w(lang, "from").format(who=who) if who else "")


def groups_phrase(state: MeetingState, persons: frozenset[str], eligible: frozenset[str],
                  lang: str = DEFAULT_LANG) -> str:
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
        parts.append(council.label_of(person, _w(lang, "independent")))
    return ", ".join(parts)


def _tie_groups(state: MeetingState, vote: VoteResult, eligible: frozenset[str], lang: str, for_word: str) -> str:
    """How the groups voted in a result «med N mot M stemmer» — a tie decided by the chair's vote (R-3.3d) too,
    kommuneloven § 11-4: the side that lost, as every counted result names it — those against an adopted subject
    «(H (19), V, FrP mot)», those for one that fell (`for_word`: «(SV, R stemte for)» or «(SV, R for)»). Empty
    when only counts were taken."""
    if not vote.voters:
        return ""
    side, word = (vote.voters[1], "side_against") if vote.adopted else (vote.voters[0], for_word)
    return _w(lang, word).format(groups=groups_phrase(state, side, eligible, lang)) if side else ""


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def result_sentence(state: MeetingState, vote: VoteResult, lang: str = DEFAULT_LANG) -> str:
    if vote.together:  # several proposals voted on together: one sentence naming them as ranges
        return together_sentence(state, vote, lang)
    eligible = frozenset().union(*vote.voters) if vote.voters else frozenset()
    if len(vote.subjects) == 1:
        subject = _cap(subject_name(state, vote.item, vote.subjects[0], lang))
        votes_for, against = vote.tally
        if vote.method == "tacit":
            return _w(lang, "tacit_recommendation") if vote.subjects[0] == RECOMMENDATION else (
                _w(lang, "unanimous").format(subject=subject))
        if vote.adopted and against == 0:
            return _w(lang, "unanimous").format(subject=subject)
        if not vote.adopted and votes_for == 0:
            return _w(lang, "fell_unanimous").format(subject=subject)
        if vote.chair_decided:
            verb = _w(lang, "adopted" if vote.adopted else "fell")
            counted = _w(lang, "counted").format(subject=subject, verb=verb, votes_for=votes_for, against=against)
            counted += _tie_groups(state, vote, eligible, lang, "groups_for")  # R-3.3d, kommuneloven § 11-4
            if vote.casting_vote:  # rules ≥ 2: the chair's own vote, by name (R-3.3d)
                return f"{counted}. {casting_sentence(state, vote, lang)}"
            return f"{counted}{_w(lang, 'casting_old')}."
        if vote.adopted:
            groups = f" ({groups_phrase(state, vote.voters[1], eligible, lang)})" if vote.voters else ""
            return _w(lang, "adopted_against").format(subject=subject, against=against, groups=groups)
        groups = (_w(lang, "groups_for").format(groups=groups_phrase(state, vote.voters[0], eligible, lang))
                  if vote.voters else "")
        return _w(lang, "fell_with").format(subject=subject, votes_for=votes_for, against=against, groups=groups)
    names = [subject_name(state, vote.item, s, lang) for s in vote.subjects]
    parts = []
    for i, name in enumerate(names):
        groups = f" ({groups_phrase(state, vote.voters[i], eligible, lang)})" if vote.voters and vote.voters[i] else ""
        parts.append(_w(lang, "alternative_part").format(name=name, votes=vote.tally[i], groups=groups))
    text = _w(lang, "alternative").format(names=_join(names, lang), parts=_join(parts, lang))
    winner = _cap(names[vote.winner]) if vote.winner is not None else ""
    if vote.lot:
        return f"{text} {_w(lang, 'lot').format(winner=winner)}"
    if vote.chair_decided and vote.casting_vote:  # rules ≥ 2: the chair's own vote, by name (R-3.3d)
        return f"{text} {_w(lang, 'winner_adopted').format(winner=winner)} {casting_sentence(state, vote, lang)}"
    if vote.chair_decided:
        return f"{text} {_w(lang, 'winner_casting_old').format(winner=winner)}"
    return f"{text} {_w(lang, 'winner_elected' if vote.election else 'winner_adopted').format(winner=winner)}"


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
    if decision.what == "exclude":  # R-5.6a: the council's vote to exclude a member, always counted and carried
        return f"Bystyret vedtok {_count_phrase(decision)} å stenge {state.council.name_of(decision.person)} ute fra møtet."
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


def casting_sentence(state: MeetingState, vote: VoteResult, lang: str = DEFAULT_LANG) -> str:
    """R-3.3d, a tie decided by the chair's own vote (rules ≥ 2 record who chaired):
    «Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende.»"""
    return _w(lang, "casting").format(name=state.council.name_of(vote.casting_vote))


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
        return "Votering: " + _says_what(state, vote, result_sentence(state, vote))
    before = "; ".join(result_sentence(state, v) for v in replaced)
    return f"Omvotering: {result_sentence(state, vote)} (erstatter: {before})"


def _says_what(state: MeetingState, vote: VoteResult, sentence: str) -> str:
    """The minutes name what was adopted: «Innstillingen ble enstemmig vedtatt.», not «Enstemmig vedtatt.»."""
    if sentence.startswith("Enstemmig vedtatt."):
        return f"{_cap(subject_name(state, vote.item, vote.subjects[0]))} ble enstemmig vedtatt." + sentence[18:]
    return sentence


def beaten_later(state: MeetingState, item_id: str, vote: VoteResult, subject: str) -> bool:
    """Whether the winner of an alternative vote lost a later one (R-3.3c: pairwise, the winner against the next)."""
    return any(
        later.at_seq > vote.at_seq and len(later.subjects) > 1 and subject in later.subjects
        and later.winner is not None and later.subjects[later.winner] != subject and not later.together
        for later in state.final_votes(item_id)
    )


def recommendation_part(text: str, number: int, lang: str = DEFAULT_LANG) -> str:
    """Point N of a recommendation written as numbered points («1. …», «2. …»); else the whole text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    mark = f"{number}."
    found = next((line for line in lines if line.startswith(mark)), None)
    return found if found is not None else _w(lang, "recommendation_part").format(text=text, n=number)


# -- several proposals voted on together (the budget meeting): ranges ------------------------------------------


def _numbers(numbers: list[int], lang: str = DEFAULT_LANG) -> str:
    """«1–37», «1–5, 9 og 12–14»: the numbers in order, runs of consecutive numbers as ranges."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return _join([str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs], lang)


def _proposers(state: MeetingState, proposal: Proposal, lang: str = DEFAULT_LANG) -> str:
    """Who is behind a proposal, as subject_name names them: «SV og R», «Ola Nordmann (H)»."""
    council = state.council
    if proposal.groups:
        return _join([council.group(g).abbreviation if council.group(g) else g for g in proposal.groups], lang)
    if proposal.proposer:
        return council.label_of(proposal.proposer, _w(lang, "independent"))
    return ""


def subjects_name(state: MeetingState, item_id: str, subjects: tuple[str, ...] | list[str],
                  lang: str = DEFAULT_LANG) -> str:
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
        several = len(set(nums)) > 1
        if key == ("recommendation",):
            parts.append(_w(lang, "points" if several else "point").format(n=_numbers(nums, lang)))
        elif key[0] == "subject":
            parts.append(subject_name(state, item_id, key[1], lang))
        else:
            who = _proposers(state, first[key], lang)
            parts.append(_w(lang, "proposals" if several else "proposal").format(n=_numbers(nums, lang))
                         + (_w(lang, "from").format(who=who) if who else ""))
    return _join(parts, lang)


def order_runs_name(state: MeetingState, item_id: str, order: tuple[str, ...] | list[str],
                    lang: str = DEFAULT_LANG) -> str:
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
    return ", ".join(subjects_name(state, item_id, run, lang) for run in runs)


def together_sentence(state: MeetingState, vote: VoteResult, lang: str = DEFAULT_LANG) -> str:
    """One result for several proposals voted on together, the groups named as in every result sentence:
    «Forslag nr. 1–37 fra R ble ikke vedtatt med 12 mot 47 stemmer (R, SV for).»"""
    name = _cap(subjects_name(state, vote.item, vote.subjects, lang))
    votes_for, against = vote.tally
    if vote.method == "tacit" or (vote.adopted and against == 0):
        return _w(lang, "unanimous_together").format(subject=name)
    if not vote.adopted and votes_for == 0:
        return _w(lang, "fell_unanimous_together").format(subject=name)
    verb = _w(lang, "adopted_together" if vote.adopted else "not_adopted_together")
    counted = _w(lang, "counted").format(subject=name, verb=verb, votes_for=votes_for, against=against)
    eligible = frozenset().union(*vote.voters) if vote.voters else frozenset()
    groups = _tie_groups(state, vote, eligible, lang, "side_for")  # how the groups voted, a tie too (§ 11-4)
    if vote.chair_decided and vote.casting_vote:  # rules ≥ 2: the chair's own vote, by name (R-3.3d)
        return f"{counted}{groups}. {casting_sentence(state, vote, lang)}"
    if vote.chair_decided:
        return f"{counted}{groups}{_w(lang, 'casting_old')}."
    return f"{counted}{groups}."


def subject_text(state: MeetingState, item_id: str, subject: str, lang: str = DEFAULT_LANG) -> str:
    """The text a subject adds to the decision if adopted: the recommendation, a part of it, or the proposal."""
    item = state.item(item_id)
    if subject.startswith(RECOMMENDATION + ":"):
        return recommendation_part(item.recommendation, int(subject.split(":", 1)[1]), lang)
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


def _counts(names: list[str], tally, blank: int, lang: str = DEFAULT_LANG) -> str:  # noqa: ANN001
    return (", ".join(f"{n} {t}" for n, t in zip(names, tally, strict=True)) + ", "
            + _w(lang, "blank").format(n=blank))


def round_sentence(state: MeetingState, count, lang: str = DEFAULT_LANG) -> str:  # noqa: ANN001 - an ElectionRound
    """«1. avstemning: A 25, B 20, C 14, blanke 0 — ingen fikk mer enn halvparten.»"""
    names = [candidate_name(state, c) for c in count.candidates]
    text = _w(lang, "round").format(n=count.number, counts=_counts(names, count.tally, count.blank, lang))
    if count.needs == "second_round":
        return text + _w(lang, "round_no_majority")
    if count.needs == "lots":
        return text + _w(lang, "round_tie").format(names=_join([names[i] for i in count.tied], lang))
    return text + "."


def lot_sentence(state: MeetingState, lot, clock=_clock, lang: str = DEFAULT_LANG) -> str:  # noqa: ANN001
    """«Valget ble avgjort ved loddtrekning, trukket av … kl. 14.32.» (R-3.3d: drawn in the hall)"""
    aid = _w(lang, "lot_aid") if lot.aid else ""
    return _w(lang, "lot_drawn").format(who=lot.drawn_by, time=clock(lot.at), aid=aid)


def election_sentence(state: MeetingState, election, clock=_clock, lang: str = DEFAULT_LANG) -> str:  # noqa: ANN001
    """An election of one person as the minutes print it: every round, the lots if drawn, who was elected."""
    parts = [_w(lang, "election").format(office=election.office)]
    parts += [round_sentence(state, count, lang) for count in election.rounds]
    if election.lot is not None:
        parts.append(lot_sentence(state, election.lot, clock, lang))
    if election.elected is not None:
        parts.append(_w(lang, "elected").format(name=_cap(candidate_name(state, election.elected))))
    elif election.needs == "second_round":
        parts.append(_w(lang, "new_round"))
    elif election.needs == "lots":
        parts.append(_w(lang, "lots_to_come"))
    return " ".join(parts)


def proportional_sentence(state: MeetingState, election, clock=_clock, lang: str = DEFAULT_LANG) -> str:  # noqa: ANN001
    """A proportional election (forholdsvalg): how it was held, the counts per list and blank, the seats."""
    places = _w(lang, "seat" if election.seats == 1 else "seats")
    parts = [_w(lang, "proportional").format(body=election.body, seats=election.seats, places=places)]
    if election.ballot == "written":
        parts.append(_w(lang, "written"))
    parts.append(_w(lang, "votes").format(counts=_counts([r.name for r in election.lists],
                                                         [r.votes for r in election.lists], election.blank, lang)))
    for lot in election.lots:
        aid = _w(lang, "lot_aid") if lot.aid else ""
        parts.append(_w(lang, "seat_lot").format(among=_join(list(lot.among), lang), who=lot.drawn_by,
                                                 time=clock(lot.at), aid=aid, drawn=lot.drawn))
    parts.append(_w(lang, "places").format(seats=", ".join(f"{r.name} {r.seats}" for r in election.lists)))
    if not election.decided:
        parts.append(_w(lang, "lots_remain").format(names=_join(list(election.level), lang)))
    return " ".join(parts)


def election_decisions(state: MeetingState, item_id: str) -> list[str]:
    """The decision text of elections, as the console proposes it: who was elected, the seats per list."""
    out = []
    item = state.item(item_id)
    for e in state.elections.get(item_id, ()):
        if chair_office(e.office) is not None and not (item is not None and item.election_item):
            continue  # R-3.1a: the one to chair, elected in whatever item was under way: not that item's decision
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
