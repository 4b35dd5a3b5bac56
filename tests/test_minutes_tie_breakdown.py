"""A tie decided by the chair's vote (R-3.3d) names how the parties voted, as every counted result does
(kommuneloven § 11-4 «voteringsresultatet», R-3.6a e): the side that lost, those against an adopted subject, those
for one that fell. Read back from the PDF too."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader

from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure.vote_words import result_sentence

sys.path.insert(0, str(Path(__file__).resolve().parent / "procedure"))
from helpers import LogBuilder  # noqa: E402

ITEM = "s304"
CHAIR = "h-01"  # Kari Fiktivsen, the mayor, chairs
CASTING = "Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende."


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))


def in_voting() -> LogBuilder:
    """58 in the hall (the independent away), a proposal from MDG and the recommendation, the order decided."""
    b = LogBuilder().created()
    for m in b.state.council.members:
        if m.id != "uav-01":
            b.add(ev.MEMBER_PRESENT, {"member": m.id}, "secretary")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Parken utvides.", "proposer": "mdg-04", "groups": ["MDG"]})
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": ["s304-p1", "recommendation"], "method": "tacit"})
    return b


def of(b: LogBuilder, *groups: str) -> list[str]:
    c = b.state.council
    return sorted(p for p in b.state.eligible(ITEM) if c.group_of(p) in groups)


def test_R_3_3d_a_tie_decided_by_the_chair_prints_how_the_parties_voted(tmp_path):
    b = in_voting()
    against = [p for p in of(b, "H", "V", "FrP") if p != CHAIR] + ["a-01"]  # 29; the chair (H) votes for
    everyone = of(b, "H", "A", "SV", "V", "MDG", "R", "FrP", "KrF", "PS")
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["s304-p1"], "method": "counter", "against": against,
                             "for": [p for p in everyone if p not in against]})
    adopted = b.state.votes[ITEM][-1]
    assert adopted.adopted and adopted.chair_decided and adopted.tally == (29, 29)
    assert result_sentence(b.state, adopted) == (  # those against, as «vedtatt mot 28 stemmer (…)» names them
        f"Forslag nr. 1 fra MDG ble vedtatt med 29 mot 29 stemmer (H (19), A (1), V, FrP mot). {CASTING}")
    assert result_sentence(b.state, adopted, "en") == (
        "Proposal no. 1 from MDG was adopted by 29 votes to 29 (H (19), A (1), V, FrP against). "
        "Tie; the chair's vote (Kari Fiktivsen) was decisive.")

    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation"], "method": "hands",
                             "against": of(b, "H", "V", "FrP")})  # 29 against with the chair: it falls
    fell = b.state.votes[ITEM][-1]
    assert not fell.adopted and fell.chair_decided
    assert result_sentence(b.state, fell) == (  # those for, as «falt med 17 mot 42 stemmer (…)» names them
        f"Innstillingen falt med 29 mot 29 stemmer (A, SV, MDG, R, KrF, PS stemte for). {CASTING}")
    assert result_sentence(b.state, fell, "en") == (
        "The recommendation was rejected by 29 votes to 29 (A, SV, MDG, R, KrF, PS voted for). "
        "Tie; the chair's vote (Kari Fiktivsen) was decisive.")

    text = text_of(write_minutes(b.state, tmp_path / "tie.pdf", Options(public=False)))
    assert (f"Forslag nr. 1 fra MDG ble vedtatt med 29 mot 29 stemmer (H (19), A (1), V, FrP mot). {CASTING}"
            in text)
    assert f"Innstillingen falt med 29 mot 29 stemmer (A, SV, MDG, R, KrF, PS stemte for). {CASTING}" in text


def test_R_3_3d_a_tie_by_counts_only_names_no_parties():
    """Only counts taken (the chair's vote recorded): there are no names to print."""
    b = in_voting()
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["s304-p1"], "method": "hands", "against_count": 29,
                             "chair_vote": "for"})
    assert result_sentence(b.state, b.state.votes[ITEM][-1]) == (
        f"Forslag nr. 1 fra MDG ble vedtatt med 29 mot 29 stemmer. {CASTING}")
