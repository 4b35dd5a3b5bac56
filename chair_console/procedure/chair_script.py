"""The chair's script by phase of the meeting (issue 17): the words to read aloud, and the phase banner.

Pure: the meeting state in, the phase and the lines out. A line is a Norwegian template with its values, so the
console can show it in the operator's language while the words read aloud stay the regulation's (R-5.2a)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chair_console.procedure.agenda import FINAL_STATUSES, QUESTION_HOUR, VOTING, has_recommendation
from chair_console.procedure.agenda_rules import blocked_urgent_matter
from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.vote_words import result_sentence, subject_name

# the phase codes (the banner's words are the console's: ui/current_item.py)
ROLL_CALL = "roll_call"
OPEN = "open"  # the meeting is set, no item taken up
DEBATE = "debate"
QUESTION_HOUR_PHASE = "question_hour"
VOTING_PHASE = "voting"
DECIDED = "decided"
PAUSED = "paused"
SUSPENDED = "suspended"
ADJOURNED = "adjourned"

ASK_FLOOR = "«Ønsker noen ordet?»"
# R-3.2c: an urgent matter the objections leave without a decision
URGENT_BLOCKED = "Saken kan ikke avgjøres: møtelederen eller minst en tredjedel av de møtende motsetter seg vedtak (R-3.2c). Gå videre til neste sak."

_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b")


@dataclass(frozen=True)
class ScriptLine:
    """One line of the chair's script, a template and its values."""

    template: str  # Norwegian, the source text for translation
    params: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class ChairScript:
    """What the chair may say next in the phase under way."""

    phase: str
    closed: bool  # the item under way is held in a closed meeting (R-3.7a)
    lines: tuple[ScriptLine, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(line.text for line in self.lines)


def resume_time(note: str) -> str | None:
    """The time the meeting resumes, when the break's note gives one («Lunsj til 13.15» → «13:15»)."""
    match = _CLOCK.search(note or "")
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else None


def _open_break(state: MeetingState) -> tuple[str, str] | None:
    if not state.sittings or not state.sittings[-1].breaks:
        return None
    kind, _start, end, note = state.sittings[-1].breaks[-1]
    return (kind, note) if end is None else None


def next_subject(state: MeetingState, item_id: str) -> str | None:
    """The first subject in the voting order not yet voted on (a vote on several subjects covers them all)."""
    done = {s for v in state.final_votes(item_id) for s in v.subjects}
    return next((s for s in state.voting_subjects(item_id) if s not in done), None)


def _last_result(state: MeetingState, item_id: str, lang: str) -> ScriptLine | None:
    votes = state.final_votes(item_id)
    return ScriptLine("{sentence}", {"sentence": result_sentence(state, votes[-1], lang)}) if votes else None


def _item_lines(state: MeetingState, item) -> list[ScriptLine]:  # noqa: ANN001 - an AgendaItem
    lines = []
    if item.summary:
        lines.append(ScriptLine("{summary}", {"summary": item.summary}))
    if item.recommendation:
        lines.append(ScriptLine("Innstilling: {text}", {"text": item.recommendation}))
    if has_recommendation(item):  # R-5.2a: the chair says whether the committee had dissent
        lines.append(ScriptLine("Det er dissens i innstillingen." if item.dissent else "Innstillingen er enstemmig."))
    if item.closed:
        lines.append(ScriptLine("Lukket sak: {basis}", {"basis": item.closed_basis}))
    return lines


def chair_script(state: MeetingState, lang: str = "nb") -> ChairScript:
    """What the chair reads aloud now, chosen by the phase of the meeting and of the item under way; the vote words
    (subjects, result sentences) in `lang`, the operator's language, as the templates are translated."""
    item = state.item(state.current_item)
    closed = bool(item is not None and item.closed and state.phase is not Phase.ADJOURNED)
    if state.phase is Phase.NOT_STARTED:
        q = state.quorum()
        lines = [ScriptLine("Til stede: {present} av {seats}.", {"present": q.present, "seats": q.seats})]
        lines.append(ScriptLine("Bystyret er vedtaksført." if q.ok else
                                "Bystyret er ikke vedtaksført: {required} må være til stede.",
                                {"required": q.required}))
        return ChairScript(ROLL_CALL, False, tuple(lines))
    if state.phase is Phase.ADJOURNED:
        return ChairScript(ADJOURNED, False, (ScriptLine("«Møtet er hevet.»"),))
    if state.phase in (Phase.PAUSED, Phase.SUSPENDED):
        kind, note = _open_break(state) or ("pause", "")
        suspended = state.phase is Phase.SUSPENDED
        lines = [ScriptLine("«Møtet er suspendert.»" if suspended else "«Møtet er avbrutt for pause.»")]
        at = resume_time(note)
        if at:
            lines.append(ScriptLine("«Møtet fortsetter kl. {time}.»", {"time": at}))
        elif note:
            lines.append(ScriptLine("{note}", {"note": note}))
        return ChairScript(SUSPENDED if suspended else PAUSED, closed, tuple(lines))
    if item is None:
        return ChairScript(OPEN, False, ())
    status = state.status(item.id)
    if blocked_urgent_matter(state, item.id):  # R-3.2c: dealt with, without a decision: on to the next item
        return ChairScript(OPEN, closed, (ScriptLine(URGENT_BLOCKED),))
    if status == VOTING:
        lines = []
        last = _last_result(state, item.id, lang)
        if last is not None:
            lines.append(last)
        subject = next_subject(state, item.id)
        if subject is not None:
            lines.append(ScriptLine("«Vi går til votering over {subject}.»",
                                    {"subject": subject_name(state, item.id, subject, lang)}))
        return ChairScript(VOTING_PHASE, closed, tuple(lines))
    if status in FINAL_STATUSES:
        last = _last_result(state, item.id, lang)
        return ChairScript(DECIDED, closed, (last,) if last is not None else ())
    if item.kind == QUESTION_HOUR:
        return ChairScript(QUESTION_HOUR_PHASE, closed, tuple(_item_lines(state, item)))
    return ChairScript(DEBATE, closed, (*_item_lines(state, item), ScriptLine(ASK_FLOOR)))
