"""The meeting service of a station on the public view (issue 19): the hall display's and the overlay's machines
when they log in with a role of `chair_console_public` (store/public.py).

The same `MeetingService` (catching up when the server says another station recorded, the same listeners, the
same views), with two differences:

- the log is folded by the tolerant public fold (procedure/public_fold.py), not the reducer: the public view
  replaces a closed item's part with `public.withheld` markers, which the reducer would refuse. A public event the
  rules refuse on what is left is skipped and logged, never a reason to stop showing the meeting;
- there is no hash chain to check (the view has none): only that the events follow one another without a gap.

It records nothing: the station is held, and its log refuses appends (`store.public_only`)."""

from __future__ import annotations

import logging

from chair_console.procedure.events import Event
from chair_console.procedure.public_fold import PublicFold, advance_public, replay_public
from chair_console.procedure.state import MeetingState
from chair_console.services.meeting_service import MeetingService
from chair_console.store.port import Head, Problem, StoredEvent

log = logging.getLogger(__name__)


class PublicMeetingService(MeetingService):
    """`MeetingService` on a public log (see the module's text)."""

    _public: PublicFold

    def _replay(self, events: list[Event]) -> MeetingState:
        self._public = replay_public(events)
        if self._public.skipped:
            log.warning("public log of meeting %s: events %s not folded (refused on the public state)",
                        self.meeting_id, list(self._public.skipped))
        return self._public.state

    def _advance(self, state: MeetingState, log_: list[Event], event: Event) -> MeetingState:
        skipped = len(self._public.skipped)
        self._public = advance_public(self._public, log_, event)
        if len(self._public.skipped) > skipped:
            log.warning("public log of meeting %s: event %s (%s) not folded (refused on the public state)",
                        self.meeting_id, event.seq, event.kind)
        return self._public.state

    @property
    def public(self) -> PublicFold:
        return self._public

    def _chain_problem(self, known: Head, head: Head, stored: tuple[StoredEvent, ...]) -> Problem | None:
        """No hashes in the public view: only that the events follow the last one seen without a gap, up to the
        head."""
        mid, seq = self._store.meeting_id, known.seq
        for s in stored:
            if s.event.seq != seq + 1:
                return Problem(mid, seq + 1, "chain.gap", f"found {s.event.seq}")
            seq = s.event.seq
        if head.seq != seq:
            return Problem(mid, min(seq, head.seq) + 1, "chain.head_mismatch", f"log ends at {seq}, head says "
                           f"{head.seq}")
        return None
