"""The minutes after the audit: the council's decisions on disqualification (and the speaking time) in every item,
also one postponed or sent to a committee (R-3.6b); every time and date in Oslo time whatever the zone of the
computer that prints them, and the day the meeting sat rather than the day it was planned for (R-3.6a). Read back
from the PDF."""

from __future__ import annotations

import logging
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from chair_console import minutes
from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure.timebase import Instant

sys.path.insert(0, str(Path(__file__).resolve().parent / "procedure"))
from helpers import LogBuilder  # noqa: E402

BASIS = "forvaltningsloven § 6 første ledd bokstav a"


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))


class ClockedLog(LogBuilder):
    """A LogBuilder whose events happen one minute apart from a chosen UTC moment."""

    def __init__(self, start: datetime) -> None:
        super().__init__()
        self.start_us = int(start.timestamp() * 1_000_000)

    def at(self) -> Instant:
        self.t += 1
        return Instant(self.start_us + self.t * 60_000_000, self.t * 1_000_000_000, "boot-a")


def opened(b: LogBuilder | None = None) -> LogBuilder:
    b = (b or LogBuilder()).created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    return b


def item_part(text: str, number: str, next_heading: str) -> str:
    """The text of one item in the minutes, from its heading to the next heading given."""
    start = text.index(number)
    return text[start:text.index(next_heading, start + 1)]


# -- R-3.6b: the council's decisions on disqualification in every item ---------------------------------------------


def test_R_3_6b_disqualification_printed_in_a_postponed_item(tmp_path):
    b = opened()
    c = b.state.council
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": 5, "method": "tacit"})
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.DISQUALIFIED, {"item": "s307", "person": "a-05", "basis": BASIS, "method": "tacit"})
    b.add(ev.DISQUALIFIED, {"item": "s307", "person": "h-02", "disqualified": False, "method": "tacit"})
    b.add(ev.ITEM_POSTPONED, {"item": "s307", "method": "tacit"})
    for public in (False, True):
        text = text_of(write_minutes(b.state, tmp_path / f"utsatt-{public}.pdf", Options(public=public)))
        part = item_part(text, b.state.item("s307").number, "Vedlegg: talere")
        a05, h02 = c.name_of("a-05"), c.name_of("h-02")
        assert f"Bystyret vedtok stilltiende at {a05} er inhabil ({BASIS}). {a05} fratrådte." in part
        assert f"Bystyret vedtok stilltiende at {h02} ikke er inhabil." in part
        assert "Bystyret vedtok stilltiende taletiden i saken: gruppene 5 minutter." in part  # R-5.4a too
        # in the order made: the disqualification before the postponement, each once
        assert part.index("inhabil") < part.index("Bystyret vedtok stilltiende å utsette saken.")
        assert part.count(f"at {a05} er inhabil") == 1


def test_R_3_6b_disqualification_printed_in_an_item_sent_to_a_committee(tmp_path):
    b = opened()
    c = b.state.council
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.DISQUALIFIED, {"item": "s307", "person": "h-04", "basis": "fvl. § 6 andre ledd", "method": "counted",
                            "for": 41, "against": 17})
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s307", "committee": "SAM", "method": "tacit"})
    text = text_of(write_minutes(b.state, tmp_path / "utvalg.pdf", Options()))
    part = item_part(text, b.state.item("s307").number, "Vedlegg: talere")
    h04 = c.name_of("h-04")
    assert f"Bystyret vedtok med 41 mot 17 stemmer at {h04} er inhabil (fvl. § 6 andre ledd)." in part
    assert "Bystyret vedtok stilltiende å sende saken til Samferdsels- og miljøutvalget." in part


def test_R_3_6b_disqualification_printed_in_an_interpellation_sent_to_a_committee(tmp_path):
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s301"})
    b.add(ev.DISQUALIFIED, {"item": "s301", "person": "a-05", "basis": BASIS, "method": "tacit"})
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301", "committee": "KUL", "method": "tacit"})
    text = text_of(write_minutes(b.state, tmp_path / "interpellasjon.pdf", Options()))
    part = item_part(text, b.state.item("s301").number, "Vedlegg: talere")
    assert f"at {b.state.council.name_of('a-05')} er inhabil ({BASIS})" in part


def test_R_3_6b_disqualification_printed_in_the_question_hour(tmp_path):
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "sporretime"})
    b.add(ev.DISQUALIFIED, {"item": "sporretime", "person": "a-05", "basis": BASIS, "method": "tacit"})
    text = text_of(write_minutes(b.state, tmp_path / "sporretime.pdf", Options()))
    part = item_part(text, b.state.item("sporretime").number, "Vedlegg: talere")
    assert f"at {b.state.council.name_of('a-05')} er inhabil ({BASIS})" in part


# -- R-3.6a: Oslo time, whatever the computer's zone ----------------------------------------------------------------


@pytest.fixture
def host_zone(monkeypatch):
    """Set the zone of 'this computer' (TZ + tzset); the original zone comes back afterwards."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def _winter_meeting() -> LogBuilder:
    # about 16.00 UTC on 2 December 2026: 17.00 in Oslo (CET), 11.00 in New York
    b = opened(ClockedLog(datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)))
    b.add(ev.MEETING_PAUSED, {"kind": "pause", "note": ""})
    b.add(ev.MEETING_RESUMED)
    b.add(ev.MEETING_ADJOURNED)
    b.add(ev.CORRECTION_NOTED, {"text": "Navn rettet", "reason": "Meldt av sekretariatet"})
    return b


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_R_3_6a_minutes_times_in_oslo_time_whatever_the_host(tmp_path, host_zone, zone):
    b = _winter_meeting()
    state = b.state
    at = {name: minutes.oslo_time(x).strftime("%H.%M") for name, x in (
        ("opened", state.opened_at), ("adjourned", state.adjourned_at), ("pause", state.sittings[0].breaks[0][1]),
        ("resumed", state.sittings[0].breaks[0][2]), ("correction", state.corrections[0].at))}
    # the log's instants as Oslo reads them in December (CET, UTC+1)
    utc = state.opened_at.as_datetime()
    assert at["opened"] == f"{utc.hour + 1:02d}.{utc.minute:02d}" and utc.hour + 1 == 17
    host_zone(zone)
    assert datetime.now().astimezone().utcoffset() != minutes.oslo_time(state.opened_at).utcoffset()
    text = text_of(write_minutes(state, tmp_path / f"m-{zone.replace('/', '-')}.pdf", Options()))
    assert f"Møtet ble satt kl. {at['opened']} og hevet kl. {at['adjourned']}." in text
    assert f"Pause kl. {at['pause']}–{at['resumed']}." in text
    assert f"2. desember 2026 kl. {at['correction']} (" in text  # the correction, with its day and time
    assert f"(ordfører) fra kl. {at['opened']}" in text  # who chaired from when (the mayor, from the opening)
    assert "Møtedato: 2. desember 2026 ·" in text


def test_R_3_6a_minutes_times_do_not_depend_on_the_host(tmp_path, host_zone):
    b = _winter_meeting()
    texts = []
    for zone in ("UTC", "America/New_York", "Asia/Tokyo", "Europe/Oslo"):
        host_zone(zone)
        texts.append(text_of(write_minutes(b.state, tmp_path / f"{len(texts)}.pdf", Options())))
    assert len(set(texts)) == 1


def test_R_3_6a_a_missing_time_zone_never_stops_the_minutes(tmp_path, monkeypatch, caplog):
    b = _winter_meeting()
    monkeypatch.setattr(minutes, "ZONE", "Nowhere/Atlantis")  # no zone data by that name anywhere
    minutes._zone.cache_clear()  # looked up afresh: the warning is logged
    with caplog.at_level(logging.WARNING, logger="chair_console.minutes"):
        text = text_of(write_minutes(b.state, tmp_path / "uten-sone.pdf", Options()))
    local = b.state.opened_at.as_datetime().astimezone().strftime("%H.%M")  # this computer's local time instead
    assert f"Møtet ble satt kl. {local}" in text
    assert any("Nowhere/Atlantis" in r.getMessage() for r in caplog.records)


# -- R-3.6a: the day the meeting sat -------------------------------------------------------------------------------


def test_R_3_6a_minutes_date_is_the_day_the_meeting_sat(tmp_path):
    # called for 2 December 2026 (the demo meeting), set at 00.30 on 3 December in Oslo (23.30 UTC on the 2nd)
    b = opened(ClockedLog(datetime(2026, 12, 2, 22, 29, tzinfo=timezone.utc)))
    assert b.state.info.date == "2026-12-02"
    assert b.state.opened_at.as_datetime().strftime("%d %H.%M") == "02 23.30"  # UTC: still the 2nd
    assert minutes.oslo_time(b.state.opened_at).strftime("%d %H.%M") == "03 00.30"
    b.add(ev.MEETING_ADJOURNED)
    text = text_of(write_minutes(b.state, tmp_path / "natt.pdf", Options()))
    assert "Møtedato: 3. desember 2026 (berammet til 2. desember 2026) ·" in text
    assert "Møtebok 3. desember 2026 Side 1" in text  # the page header too

    # set on the day it was called for: the date alone
    b = opened(ClockedLog(datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)))
    text = text_of(write_minutes(b.state, tmp_path / "dag.pdf", Options()))
    assert "Møtedato: 2. desember 2026 ·" in text and "berammet" not in text


def test_R_3_6a_a_meeting_over_two_days_dates_each_sitting_by_the_day_it_sat(tmp_path):
    b = opened(ClockedLog(datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)))
    b.add(ev.MEETING_ADJOURNED)
    b.add(ev.SITTING_CONTINUED, {"date": "2026-12-03"})  # planned for the 3rd ...
    b.start_us += 2 * 86_400_000_000  # ... set on the 4th
    b.add(ev.MEETING_OPENED)
    b.add(ev.MEETING_ADJOURNED)
    text = text_of(write_minutes(b.state, tmp_path / "to-dager.pdf", Options()))
    assert ("Møtedato: 2. desember 2026 og 4. desember 2026 (berammet til 2. desember 2026 og 3. desember 2026)"
            in text)
    assert "Møtedag 1, 2. desember 2026: satt kl. 17." in text and "Møtedag 2, 4. desember 2026: satt kl." in text


def test_R_7c_an_interpellation_closed_without_a_vote_is_printed_as_dealt_with(tmp_path):
    """No vote or «item decided» in an interpellation (R-7c): the debate closed is how it is dealt with, and the
    minutes say so even when nobody but the interpellant and the answerer spoke."""
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s301"})
    b.add(ev.DEBATE_CLOSED, {"item": "s301"})
    text = text_of(write_minutes(b.state, tmp_path / "interpellasjon.pdf", Options()))
    part = item_part(text, b.state.item("s301").number, "Vedlegg: talere")
    assert "Interpellasjonen ble behandlet." in part
    assert "Vedtak" not in part


def test_R_7c_an_interpellation_sent_to_a_committee_names_who_asked_and_who_answered(tmp_path):
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s301"})
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301", "committee": "KUL", "method": "tacit"})
    text = text_of(write_minutes(b.state, tmp_path / "interpellasjon.pdf", Options()))
    part = item_part(text, b.state.item("s301").number, "Vedlegg: talere")
    item = b.state.item("s301")
    assert f"Interpellant: {b.state.council.label_of(item.interpellant)}." in part
    assert "Interpellasjonen ble besvart av" in part
    assert part.index("Interpellasjonen ble besvart av") < part.index("å sende saken til")
    assert "Interpellasjonen ble behandlet." not in part  # the council's decision to send it follows instead
