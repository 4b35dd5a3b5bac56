"""A picture of a vote: for and against by group, one bar per group (on the votes pane and hall display)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from chair_console.procedure import voting
from chair_console.procedure.state import MeetingState
from chair_console.i18n import current_language  # the operator's language, for the vote words
from chair_console.procedure.vote_words import independent_mark, subject_name
from chair_console.procedure.votes import VoteResult

FOR, AGAINST = QColor("#1b6e20"), QColor("#b00020")


def by_group(state: MeetingState, vote: VoteResult, lang: str = "nb") -> list[tuple[str, int, int]]:
    """(group abbreviation, for, against) in group order; needs names (voters) for a single subject. Those in no
    group are one row, marked in `lang` («uavh.», «ind.»)."""
    council = state.council
    if vote.voters is None or len(vote.voters) != 2:
        return []
    rows = []
    for group in council.groups_in_order():
        yes = sum(1 for p in vote.voters[0] if council.group_of(p) == group.id)
        no = sum(1 for p in vote.voters[1] if council.group_of(p) == group.id)
        if yes or no:
            rows.append((group.abbreviation, yes, no))
    ind_yes = sum(1 for p in vote.voters[0] if council.group_of(p) is None)
    ind_no = sum(1 for p in vote.voters[1] if council.group_of(p) is None)
    if ind_yes or ind_no:
        rows.append((independent_mark(lang), ind_yes, ind_no))
    return rows


class VotePicture(QWidget):
    def __init__(self, dark: bool = False) -> None:
        super().__init__(objectName="votePicture")
        self.dark = dark
        self.rows: list[tuple[str, int, int]] = []
        self.setMinimumHeight(120)

    def show_vote(self, state: MeetingState, vote: VoteResult | None) -> None:
        self.rows = by_group(state, vote, current_language()) if vote is not None else []
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.rows:
            return
        w, h = self.width(), self.height()
        label_h = max(14, h * 0.14)
        top = 6
        biggest = max(max(y, n) for _, y, n in self.rows) or 1
        slot = w / len(self.rows)
        bar = slot * 0.32
        font = p.font()
        font.setPixelSize(max(10, int(label_h * 0.7)))
        p.setFont(font)
        for i, (abbr, yes, no) in enumerate(self.rows):
            x = i * slot + (slot - 2 * bar - 2) / 2  # the pair of bars centred over the group's name
            for j, (count, colour) in enumerate(((yes, FOR), (no, AGAINST))):
                height = (h - label_h - top - 16) * count / biggest
                rect = QRectF(x + j * (bar + 2), h - label_h - height, bar, height)
                p.fillRect(rect, colour)
                p.setPen(QColor("#ffffff") if self.dark else QColor("#111111"))
                if count:
                    p.drawText(QRectF(rect.x() - 4, rect.y() - 16, bar + 8, 14), Qt.AlignmentFlag.AlignCenter, str(count))
            p.setPen(QColor("#ffffff") if self.dark else QColor("#111111"))
            p.drawText(QRectF(i * slot, h - label_h, slot, label_h), Qt.AlignmentFlag.AlignCenter, abbr)
        p.end()


class VoteResultPanel(QFrame):
    """The result of the vote just recorded, big and at once: for / against / blank in large type, adopted or fell
    in words with a sign (✓ / ✗, never colour alone), and per group how many voted each way (when names were
    taken). Hidden until the item has a vote standing."""

    def __init__(self) -> None:
        super().__init__(objectName="voteResultPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.vote: VoteResult | None = None
        self._state: MeetingState | None = None
        self.outcome = QLabel(objectName="voteResultOutcome")
        self.subject = QLabel(objectName="voteResultSubject")
        self.subject.setWordWrap(True)
        big = QFont()
        big.setPointSize(22)
        big.setBold(True)
        self.outcome.setFont(big)
        self.numbers: list[tuple[QLabel, QLabel]] = []
        numbers = QHBoxLayout()
        for name in ("voteResultFor", "voteResultAgainst", "voteResultBlank"):
            value, caption = QLabel("0", objectName=name), QLabel(objectName=name + "Caption")
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = QVBoxLayout()
            column.addWidget(value)
            column.addWidget(caption)
            numbers.addLayout(column)
            self.numbers.append((value, caption))
        self.groups = QWidget(objectName="voteResultGroups")
        self.group_grid = QGridLayout(self.groups)
        self.group_grid.setContentsMargins(0, 0, 0, 0)
        self.no_names = QLabel(objectName="voteResultNoNames")
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.outcome)
        head.addWidget(self.subject, 1)
        layout.addLayout(head)
        layout.addLayout(numbers)
        layout.addWidget(self.groups)
        layout.addWidget(self.no_names)
        self.setVisible(False)

    def show_vote(self, state: MeetingState, vote: VoteResult | None) -> None:
        self._state, self.vote = state, vote
        self.setVisible(vote is not None)
        if vote is not None:
            self._draw(state, vote)

    def retranslate(self) -> None:
        if self._state is not None and self.vote is not None:
            self._draw(self._state, self.vote)

    def _captions(self, state: MeetingState, vote: VoteResult) -> list[str]:
        if vote.single:
            return [self.tr("For"), self.tr("Mot"), self.tr("Blanke / ikke avgitt")]
        names = [subject_name(state, vote.item, s, current_language()) for s in vote.subjects[:2]]
        return [*names, self.tr("Blanke / ikke avgitt")]

    def _draw(self, state: MeetingState, vote: VoteResult) -> None:
        if vote.single:
            outcome = self.tr("✓ Vedtatt") if vote.adopted else self.tr("✗ Falt")
            self.subject.setText(subject_name(state, vote.item, vote.subjects[0], current_language())
                                 if len(vote.subjects) == 1
                                 else self.tr("{n} forslag samlet").format(n=len(vote.subjects)))
        else:
            winner = (subject_name(state, vote.item, vote.subjects[vote.winner], current_language())
                      if vote.winner is not None else "")
            outcome = self.tr("✓ Vedtatt") if winner else self.tr("✗ Falt")
            self.subject.setText(winner)
        self.outcome.setText(outcome)
        self.outcome.setStyleSheet("color: #1b6e20;" if vote.adopted else "color: #b00020;")
        values = [*vote.tally[:2], voting.blank_votes(vote)]
        for (value, caption), number, text in zip(self.numbers, values, self._captions(state, vote)):
            value.setText(str(number))
            caption.setText(text)
        self.setAccessibleName(self.tr("Resultat: {outcome}, {a} – {b}").format(outcome=outcome, a=values[0], b=values[1]))
        while self.group_grid.count():
            widget = self.group_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        rows = voting.group_counts(state, vote)
        heads = [self.tr("Gruppe"), *self._captions(state, vote)[:2]]
        for col, text in enumerate(heads):
            label = QLabel(f"<b>{text}</b>")
            self.group_grid.addWidget(label, 0, col)
        for r, row in enumerate(rows, start=1):
            name = QLabel(row.abbreviation or self.tr("Uavhengige"), objectName=f"voteResultGroup{r}")
            self.group_grid.addWidget(name, r, 0)
            for col, count in enumerate(row.counts[:2], start=1):
                self.group_grid.addWidget(QLabel(str(count), objectName=f"voteResultGroup{r}_{col}"), r, col)
        self.groups.setVisible(bool(rows))
        self.no_names.setVisible(not rows)
        self.no_names.setText(self.tr("Bare antall ble tatt – ingen fordeling på grupper."))

    def group_rows(self) -> list[tuple[str, ...]]:
        """What the per-group rows show: (group, for, against) as text — for tests and screen readers."""
        out = []
        for r in range(1, self.group_grid.rowCount()):
            cells = [self.group_grid.itemAtPosition(r, c) for c in range(3)]
            if all(cell is not None and cell.widget() is not None for cell in cells):
                out.append(tuple(cell.widget().text() for cell in cells))
        return out
