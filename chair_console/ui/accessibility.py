"""Universal design helpers: which widgets a screen reader must be able to name, and giving them names.

Every pane names its controls explicitly in its `retranslate()` (so the names follow the language);
`name_from_text()` fills the rest from what the control already shows — a button's or check box's text,
without the mnemonic ampersand — so no interactive widget is ever left without an accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QWidget

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
# These by their Qt class name (QObject.inherits): the first frame has none, and naming their Python classes would
# have PySide make those classes (and their enums) before it (issue 17).
INTERACTIVE_BY_NAME = ("QAbstractSpinBox", "QPlainTextEdit", "QTextEdit")


def _interactive(w: QWidget) -> bool:
    return isinstance(w, INTERACTIVE) or any(w.inherits(name) for name in INTERACTIVE_BY_NAME)


def _owner(w: QWidget) -> bool:
    """A combo box or a spin box: its sub-widgets (popup list, editor) are named by it."""
    return isinstance(w, QComboBox) or w.inherits("QAbstractSpinBox")


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The interactive widgets under `root`, shown or not, without Qt's own sub-widgets (headers, spin box
    editors, dock title buttons), which a screen reader announces with their owner."""
    if _owner(root):  # (a root is a pane or a window, never inside a combo box or spin box)
        return []  # all of it is a combo box's or spin box's: named by their owner
    children = root.findChildren(QWidget)
    # a combo box's popup list, a spin box's editor: named by their owner (each owner's descendants, found once,
    # rather than every widget's chain of parents walked up to the window)
    owned = {id(c) for o in children if _owner(o) for c in o.findChildren(QWidget)}
    out = []
    for w in children:
        if not _interactive(w) or isinstance(w, QHeaderView) or w.objectName().startswith("qt_"):
            continue
        if id(w) in owned:
            continue
        out.append(w)
    return out


def unnamed(root: QWidget) -> list[str]:
    """"Class:objectName" of each interactive widget under `root` without an accessible name set."""
    return [f"{type(w).__name__}:{w.objectName() or '-'}" for w in interactive_widgets(root)
            if not w.accessibleName().strip()]


def plain(text: str) -> str:
    """A control's text as a screen reader should say it: no mnemonic ampersand, one line."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def name_from_text(root: QWidget, widgets: list[QWidget] | None = None) -> None:
    """Give each button or check box under `root` that has no accessible name its visible text as its name,
    and as its tooltip when it has none (the text carries the key, e.g. «Neste taler (F8)»). `widgets`: the
    interactive widgets under `root` when the caller has them already."""
    for w in interactive_widgets(root) if widgets is None else widgets:
        if isinstance(w, QAbstractButton) and w.text().strip():
            if not w.accessibleName().strip() or w.property("a11yFromText"):
                w.setAccessibleName(plain(w.text()))
                w.setProperty("a11yFromText", True)
            if not w.toolTip().strip() or w.property("tipFromText"):
                w.setToolTip(plain(w.text()))
                w.setProperty("tipFromText", True)


def describe(widget: QWidget, name: str, description: str = "", tip: str | None = None) -> None:
    """Set a control's accessible name (and description, tooltip) explicitly."""
    widget.setAccessibleName(name)
    widget.setProperty("a11yFromText", False)
    if description:
        widget.setAccessibleDescription(description)
    if tip is not None:
        widget.setToolTip(tip)
        widget.setProperty("tipFromText", False)


def _n(name: str, description: str = "", tip: str = "") -> tuple[str, str, str]:
    return name, description, tip


# objectName -> (accessible name, description, tooltip), in Bokmål; translated in context "Accessibility".
CONTROLS = {
    # agenda pane
    "agendaTable": _n(QT_TRANSLATE_NOOP("Accessibility", "Saksliste"),
                      QT_TRANSLATE_NOOP("Accessibility", "Sakene i møtet. Enter eller dobbeltklikk tar opp saken; "
                                                         "Alt+pil opp/ned flytter den; Tab går videre.")),
    "groupMinutes": _n(QT_TRANSLATE_NOOP("Accessibility", "Taletid for gruppene, minutter")),
    "extendedMinutes": _n(QT_TRANSLATE_NOOP("Accessibility", "Utvidet taletid, minutter")),
    "independentMinutes": _n(QT_TRANSLATE_NOOP("Accessibility", "Taletid for uavhengige, minutter")),
    "proposalList": _n(QT_TRANSLATE_NOOP("Accessibility", "Forslag i saken")),
    "proposalText": _n(QT_TRANSLATE_NOOP("Accessibility", "Forslagets tekst")),
    "proposalProposer": _n(QT_TRANSLATE_NOOP("Accessibility", "Forslagsstiller")),
    "proposalGroups": _n(QT_TRANSLATE_NOOP("Accessibility", "Partier som fremmer forslaget")),
    "proposalKind": _n(QT_TRANSLATE_NOOP("Accessibility", "Forslagets art")),
    "proposalNumber": _n(QT_TRANSLATE_NOOP("Accessibility", "Forslagets nummer")),
    "openItemButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Tar opp den valgte saken (Enter i sakslisten)")),
    "nextItemButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Tar opp neste sak på sakslisten")),
    "previousItemButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Tar opp forrige sak på sakslisten")),
    "closeDebateButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Avslutter debatten; voteringen begynner")),
    # countdown
    "nextSpeakerButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Gir ordet til neste på talerlisten (F8)")),
    "pauseSpeechButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Stopper eller fortsetter taleklokken (F7)")),
    "endSpeechButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Avslutter innlegget som pågår (F6)")),
    "soundAtZero": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Et lydsignal når taletiden er brukt opp")),
    # speakers
    "speakerInput": _n(QT_TRANSLATE_NOOP("Accessibility", "Ny taler: navn eller representantnummer"),
                       "", QT_TRANSLATE_NOOP("Accessibility", "Skriv navn eller nummer, Enter setter taleren på listen")),
    "speechKind": _n(QT_TRANSLATE_NOOP("Accessibility", "Slag innlegg")),
    "speakerQueue": _n(QT_TRANSLATE_NOOP("Accessibility", "Talerliste"),
                       QT_TRANSLATE_NOOP("Accessibility", "Alt+pil opp/ned flytter taleren, Del fjerner; Tab går videre.")),
    "giveFloorButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Gir ordet til den valgte taleren")),
    # roll call
    "rollCallTable": _n(QT_TRANSLATE_NOOP("Accessibility", "Navneopprop: representantene"),
                        QT_TRANSLATE_NOOP("Accessibility", "T: til stede, F: forfall, V: vara møter; Tab går videre.")),
    "substituteCombo": _n(QT_TRANSLATE_NOOP("Accessibility", "Vararepresentant som møter")),
    "absenceReasonCombo": _n(QT_TRANSLATE_NOOP("Accessibility", "Grunn til forfall")),
    "disqualificationBasis": _n(QT_TRANSLATE_NOOP("Accessibility", "Grunnlag for inhabilitet")),
    "governmentList": _n(QT_TRANSLATE_NOOP("Accessibility", "Byrådet")),
    "startRollCallButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Starter navneoppropet (F5)")),
    # votes
    "votingOrderList": _n(QT_TRANSLATE_NOOP("Accessibility", "Voteringsorden")),
    "forwardProposals": _n(QT_TRANSLATE_NOOP("Accessibility", "Oversendelsesforslag")),
    "urgentChairObjects": _n(QT_TRANSLATE_NOOP("Accessibility", "Møtelederen protesterer")),
    "urgentObjecting": _n(QT_TRANSLATE_NOOP("Accessibility", "Antall representanter som protesterer")),
    "recommendationParts": _n(QT_TRANSLATE_NOOP("Accessibility", "Antall punkter i innstillingen")),
    "voteSubject": _n(QT_TRANSLATE_NOOP("Accessibility", "Det som voteres over")),
    "voteSubject2": _n(QT_TRANSLATE_NOOP("Accessibility", "Stilles mot")),
    "voteMethod": _n(QT_TRANSLATE_NOOP("Accessibility", "Voteringsmåte")),
    "alternativeSubjects": _n(QT_TRANSLATE_NOOP("Accessibility", "Forslag som står mot hverandre")),
    "voteSubjectLast": _n(QT_TRANSLATE_NOOP("Accessibility", "Samlet votering til og med")),
    "voteMembers": _n(QT_TRANSLATE_NOOP("Accessibility", "Representanter som stemmer mot"),
                      QT_TRANSLATE_NOOP("Accessibility", "Kryss av dem som stemmer mot; mellomrom krysser av.")),
    "voteAgainstCount": _n(QT_TRANSLATE_NOOP("Accessibility", "Antall stemmer mot")),
    "voteForCount": _n(QT_TRANSLATE_NOOP("Accessibility", "Antall stemmer for")),
    "voteResults": _n(QT_TRANSLATE_NOOP("Accessibility", "Voteringsresultater i saken")),
    "decisionText": _n(QT_TRANSLATE_NOOP("Accessibility", "Vedtakets tekst")),
    "recordVoteButton": _n(QT_TRANSLATE_NOOP("Accessibility", "Registrer voteringen"), "",
                           QT_TRANSLATE_NOOP("Accessibility", "Registrerer voteringen (Enter)")),
    "electionRecordButton": _n(QT_TRANSLATE_NOOP("Accessibility", "Registrer avstemningen i valget")),
    # elections
    "electionKind": _n(QT_TRANSLATE_NOOP("Accessibility", "Slag valg")),
    "electionOffice": _n(QT_TRANSLATE_NOOP("Accessibility", "Vervet det velges til")),
    "electionSeats": _n(QT_TRANSLATE_NOOP("Accessibility", "Antall som skal velges")),
    "electionBallot": _n(QT_TRANSLATE_NOOP("Accessibility", "Stemmemåte i valget")),
    "electionBlank": _n(QT_TRANSLATE_NOOP("Accessibility", "Blanke stemmer")),
    "electionLotDrawn": _n(QT_TRANSLATE_NOOP("Accessibility", "Trukket ved loddtrekning")),
    "electionLotDrawnBy": _n(QT_TRANSLATE_NOOP("Accessibility", "Loddet ble trukket av")),
    "electionResults": _n(QT_TRANSLATE_NOOP("Accessibility", "Valgresultater")),
    # question hour
    "questionList": _n(QT_TRANSLATE_NOOP("Accessibility", "Spørsmål i spørretimen")),
    "questionAsker": _n(QT_TRANSLATE_NOOP("Accessibility", "Spørsmålsstiller")),
    "questionTo": _n(QT_TRANSLATE_NOOP("Accessibility", "Spørsmålet stilles til")),
    "questionTopic": _n(QT_TRANSLATE_NOOP("Accessibility", "Spørsmålets tema")),
    "followUpPerson": _n(QT_TRANSLATE_NOOP("Accessibility", "Oppfølgingsspørsmål fra")),
    "questionAnsweredBy": _n(QT_TRANSLATE_NOOP("Accessibility", "Svarer"),
                             QT_TRANSLATE_NOOP("Accessibility",
                                               "Den som svarer: den som er spurt, eller en byråd som er til stede og "
                                               "svarer for et byrådsmedlem som ikke er til stede (settebyråd)")),
    "questionStepButton": _n("", "", QT_TRANSLATE_NOOP("Accessibility", "Går til neste steg i spørsmålet (F9)")),
}
# rows added at run time: objectName prefix -> name with the row's number
NUMBERED = {
    "electionCandidate": QT_TRANSLATE_NOOP("Accessibility", "Kandidat {n}"),
    "electionVotes": QT_TRANSLATE_NOOP("Accessibility", "Stemmer til kandidat {n}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def name_controls(root: QWidget) -> None:
    """Name every interactive widget under `root` in the current language: from the table above, else from
    its visible text. Called from each pane's retranslate(), so the names follow the language."""
    widgets = interactive_widgets(root)
    for w in widgets:
        entry = CONTROLS.get(w.objectName())
        if entry is None:
            for prefix, text in NUMBERED.items():
                rest = w.objectName()[len(prefix):]
                if w.objectName().startswith(prefix) and rest.isdigit():
                    describe(w, _tr(text).format(n=int(rest) + 1))
            continue
        name, description, tip = entry
        if name:
            describe(w, _tr(name), _tr(description) if description else "")
        if tip:
            w.setToolTip(_tr(tip))
            w.setProperty("tipFromText", False)
    name_from_text(root, widgets)
