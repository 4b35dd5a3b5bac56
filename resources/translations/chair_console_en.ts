<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
  <context>
    <name>AgendaModel</name>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="17" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="18" />
      <source>Tittel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="19" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="20" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="57" />
      <source>{kind} – lukket</source>
      <translation>{kind} – closed</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="58" />
      <source>Til behandling</source>
      <translation>Under debate</translation>
    </message>
  </context>
  <context>
    <name>AgendaPane</name>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="82" />
      <source>Ta opp saken</source>
      <translation>Take up item</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="96" />
      <source>Ta opp {number}</source>
      <translation>Take up {number}</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../chair_console/app.py" line="59" />
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../chair_console/app.py" line="67" />
      <source>Databasen har ingen møter ennå. Vil du åpne demomøtet?</source>
      <translation>The database has no meetings yet. Open the demo meeting?</translation>
    </message>
    <message>
      <location filename="../../chair_console/app.py" line="68" />
      <source>Åpne demomøtet</source>
      <translation>Open the demo meeting</translation>
    </message>
    <message>
      <location filename="../../chair_console/app.py" line="69" />
      <source>Avslutt</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../chair_console/app.py" line="142" />
      <source>Chair Console kan ikke starte</source>
      <translation>Chair Console cannot start</translation>
    </message>
    <message>
      <location filename="../../chair_console/app.py" line="161" />
      <source>Databasen har ingen møter. Start med --demo for demomøtet.</source>
      <translation>The database has no meetings. Start with --demo for the demo meeting.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../chair_console/cli.py" line="18" />
      <source>Chair Console: møtelederens konsoll for bystyrets møter.</source>
      <translation>Chair Console: the chair's console for city council meetings.</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="19" />
      <source>databasefil (standard: {default})</source>
      <translation>database file (default: {default})</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="20" />
      <source>opprett eller åpne demomøtet for Oslo bystyre</source>
      <translation>create or open the demo meeting of Oslo city council</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="21" />
      <source>språk for grensesnittet: nb (norsk bokmål) eller en (engelsk)</source>
      <translation>interface language: nb (Norwegian Bokmål) or en (English)</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="22" />
      <source>hvem som registrerer: chair (møteleder) eller secretary (sekretær)</source>
      <translation>who is recording: chair or secretary</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="23" />
      <source>lukk vinduet av seg selv etter så mange millisekunder (røyktest)</source>
      <translation>close the window by itself after this many milliseconds (smoke test)</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="24" />
      <source>lagre et bilde av vinduet til denne PNG-filen</source>
      <translation>save a picture of the window to this PNG file</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="25" />
      <source>vis versjonen og avslutt</source>
      <translation>show the version and exit</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="26" />
      <source>kontroller databasen: integritet og hash-kjeden for hvert møte</source>
      <translation>check the database: integrity and each meeting's hash chain</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="27" />
      <source>OK: {path} er uskadd; hash-kjeden stemmer for {meetings} møter og {events} hendelser.</source>
      <translation>OK: {path} is intact; the hash chain holds for {meetings} meetings and {events} events.</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="28" />
      <source>FEIL i {path}: første feil er hendelse {seq} i møte {meeting}: {problem}</source>
      <translation>ERROR in {path}: the first bad event is event {seq} of meeting {meeting}: {problem}</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="29" />
      <source>FEIL i {path}: {problem}</source>
      <translation>ERROR in {path}: {problem}</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="30" />
      <source>Databasen {path} finnes ikke.</source>
      <translation>The database {path} does not exist.</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="31" />
      <source>innholdet stemmer ikke med hashen (endret etter at den ble skrevet)</source>
      <translation>its content does not match its hash (changed after it was written)</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="32" />
      <source>lenken til forrige hendelse er brutt</source>
      <translation>the link to the previous event is broken</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="33" />
      <source>hendelsen mangler (slettet)</source>
      <translation>the event is missing (deleted)</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="34" />
      <source>loggen slutter før siste registrerte hendelse (slettet)</source>
      <translation>the log ends before the last recorded event (deleted)</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="35" />
      <source>SQLite-integritetskontrollen feilet</source>
      <translation>SQLite's integrity check failed</translation>
    </message>
    <message>
      <location filename="../../chair_console/cli.py" line="36" />
      <source>kan ikke leses</source>
      <translation>cannot be read</translation>
    </message>
  </context>
  <context>
    <name>CountdownPane</name>
    <message>
      <location filename="../../chair_console/ui/panes/countdown.py" line="48" />
      <source>Møtetid</source>
      <translation>Meeting time</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/countdown.py" line="53" />
      <source>Møtetid (satt kl. {time})</source>
      <translation>Meeting time (opened at {time})</translation>
    </message>
  </context>
  <context>
    <name>CurrentItemView</name>
    <message>
      <location filename="../../chair_console/ui/current_item.py" line="47" />
      <source>Ingen sak til behandling</source>
      <translation>No item under debate</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/current_item.py" line="53" />
      <source>Innstilling: {text}</source>
      <translation>Recommendation: {text}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/current_item.py" line="56" />
      <source>Det er dissens i innstillingen.</source>
      <translation>The committee was divided (dissent).</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/current_item.py" line="56" />
      <source>Innstillingen er enstemmig.</source>
      <translation>The recommendation is unanimous.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/current_item.py" line="58" />
      <source>Lukket sak: {basis}</source>
      <translation>Closed item: {basis}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/current_item.py" line="59" />
      <source>«Ønsker noen ordet?»</source>
      <translation>“Does anyone wish to speak?”</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../chair_console/ui/errors.py" line="20" />
      <source>Det oppstod en uventet feil i Chair Console.

Alt som var registrert i møtet er lagret; ingenting er tapt. Du kan fortsette, eller starte konsollen på nytt: den åpner møtet der det var.

Detaljer er skrevet i loggfilen:
{log}</source>
      <translation>An unexpected error occurred in Chair Console.

Everything recorded in the meeting is saved; nothing is lost. You can carry on, or restart the console: it reopens the meeting where it was.

Details are in the log file:
{log}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/errors.py" line="56" />
      <source>Uventet feil</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/errors.py" line="58" />
      <source>Fortsett</source>
      <translation>Continue</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="10" />
      <source>Utvalgssak</source>
      <translation>Committee case</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="11" />
      <source>Sak med arbeidsgruppe</source>
      <translation>Case with working group</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="12" />
      <source>Kontrollutvalgssak</source>
      <translation>Control committee case</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="13" />
      <source>Privat forslag</source>
      <translation>Private proposal</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="14" />
      <source>Interpellasjon</source>
      <translation>Interpellation</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="15" />
      <source>Muntlig redegjørelse</source>
      <translation>Oral statement</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="16" />
      <source>Spørretime</source>
      <translation>Question hour</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="17" />
      <source>Aktuell sak</source>
      <translation>Urgent matter</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="18" />
      <source>Annet</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="22" />
      <source>Sykdom</source>
      <translation>Illness</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="23" />
      <source>Velferd</source>
      <translation>Welfare</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="24" />
      <source>Omsorg</source>
      <translation>Care</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="25" />
      <source>Uoppsettelig arbeid</source>
      <translation>Work that cannot be postponed</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="26" />
      <source>Ikke meldt</source>
      <translation>Not reported</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="30" />
      <source>Ikke satt</source>
      <translation>Not opened</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="31" />
      <source>Møtet er satt</source>
      <translation>Meeting open</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="32" />
      <source>Møtet er hevet</source>
      <translation>Meeting adjourned</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="36" />
      <source>Møteleder</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="37" />
      <source>Sekretær</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="48" />
      <source>Til stede</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="49" />
      <source>Forfall</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="50" />
      <source>Gått ut</source>
      <translation>Gone out</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="51" />
      <source>Gått for resten av møtet</source>
      <translation>Left for the rest of the meeting</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="55" />
      <source>ordfører</source>
      <translation>mayor</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="56" />
      <source>varaordfører</source>
      <translation>deputy mayor</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="57" />
      <source>settevaraordfører</source>
      <translation>substitute deputy mayor</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/labels.py" line="58" />
      <source>særskilt møteleder</source>
      <translation>special chair</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="155" />
      <source>Sett møtet</source>
      <translation>Open the meeting</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="217" />
      <source>Oversettelsen finnes ikke i denne installasjonen.</source>
      <translation>That translation is not installed.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="226" />
      <source>&amp;Fil</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="227" />
      <source>&amp;Rediger</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="228" />
      <source>&amp;Møte</source>
      <translation>&amp;Meeting</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="229" />
      <source>&amp;Vis</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="230" />
      <source>&amp;Innstillinger</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="231" />
      <source>Språk</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="232" />
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="233" />
      <source>&amp;Hjelp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="234" />
      <source>&amp;Avslutt</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="235" />
      <source>Sett møtet («Møtet er satt»)</source>
      <translation>Open the meeting (“Møtet er satt”)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="236" />
      <source>Hev møtet («Møtet er hevet»)</source>
      <translation>Adjourn the meeting (“Møtet er hevet”)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="237" />
      <source>Tilbakestill vindusoppsettet</source>
      <translation>Reset the window layout</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="238" />
      <location filename="../../chair_console/ui/main_window.py" line="342" />
      <source>Om Chair Console</source>
      <translation>About Chair Console</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="259" />
      <source>Angre {action}</source>
      <translation>Undo {action}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="259" />
      <source>Angre</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="260" />
      <source>Gjør om {action}</source>
      <translation>Redo {action}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="260" />
      <source>Gjør om</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="277" />
      <source>Chair Console — {title}</source>
      <translation>Chair Console — {title}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="278" />
      <source>{date} · {place} · {phase}</source>
      <translation>{date} · {place} · {phase}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="282" />
      <source>Møteleder: {name}</source>
      <translation>Chair: {name}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="286" />
      <source>Til stede: {present} av {seats} · vedtaksført</source>
      <translation>Present: {present} of {seats} · quorate</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="288" />
      <source>Til stede: {present} av {seats} · ikke vedtaksført (minst {required})</source>
      <translation>Present: {present} of {seats} · no quorum (at least {required})</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="293" />
      <source>Database: {path}</source>
      <translation>Database: {path}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="304" />
      <source>IKKE LAGRET – se meldingen</source>
      <translation>NOT SAVED – see the message</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="307" />
      <source>Alt er lagret</source>
      <translation>All saved</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="310" />
      <source>Alt er lagret ({time})</source>
      <translation>All saved ({time})</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="332" />
      <location filename="../../chair_console/ui/main_window.py" line="334" />
      <location filename="../../chair_console/ui/main_window.py" line="338" />
      <source>Hev møtet</source>
      <translation>Adjourn the meeting</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="333" />
      <source>Vil du heve møtet? Etterpå kan ingenting mer registreres i dette møtet.</source>
      <translation>Adjourn the meeting? Nothing more can be recorded in it afterwards.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="335" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="344" />
      <source>Chair Console {version}

Database: {db}
Loggfil: {log}</source>
      <translation>Chair Console {version}

Database: {db}
Log file: {log}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/main_window.py" line="348" />
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../chair_console/messages.py" line="18" />
      <source>Handlingen kom i feil rekkefølge i møteloggen. Ingenting ble endret.</source>
      <translation>The action came out of order in the meeting log. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="19" />
      <source>Ukjent rolle: {actor}.</source>
      <translation>Unknown role: {actor}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="20" />
      <source>Ukjent hendelse i møteloggen: {kind}.</source>
      <translation>Unknown event in the meeting log: {kind}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="21" />
      <source>Det er ingenting å angre.</source>
      <translation>There is nothing to undo.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="22" />
      <source>Denne handlingen er allerede angret.</source>
      <translation>This action is already undone.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="23" />
      <source>Denne handlingen er ikke angret, så den kan ikke gjøres om.</source>
      <translation>This action is not undone, so it cannot be redone.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="24" />
      <source>Kan ikke angre: en senere handling (nr. {seq}) bygger på denne. Angre den først.</source>
      <translation>Cannot undo: a later action (no. {seq}) depends on this one. Undo that first.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="28" />
      <source>Møtet er ikke opprettet.</source>
      <translation>The meeting has not been created.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="29" />
      <source>Møtet er allerede opprettet.</source>
      <translation>The meeting is already created.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="30" />
      <source>Møtets grunnlagsdata er ufullstendige.</source>
      <translation>The meeting's base data are incomplete.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="31" />
      <source>Møtet er allerede satt.</source>
      <translation>The meeting is already open.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="32" />
      <source>Møtet er ikke satt. Sett møtet først (Møte → Sett møtet).</source>
      <translation>The meeting is not open. Open it first (Meeting → Open the meeting).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="33" />
      <source>Møtet er hevet. Ingenting mer kan registreres.</source>
      <translation>The meeting is adjourned. Nothing more can be recorded.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="35" />
      <source>{member} er ikke medlem av bystyret. Byrådet teller ikke med i fremmøtet (R-1b).</source>
      <translation>{member} is not a member of the council. The city government does not count towards attendance (R-1b).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="38" />
      <source>{member} er allerede registrert til stede.</source>
      <translation>{member} is already recorded as present.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="39" />
      <source>{member} er allerede registrert med det forfallet.</source>
      <translation>{member} is already recorded with that absence.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="40" />
      <source>Ugyldig forfallsgrunn: {reason}. Gyldige grunner er sykdom, velferd, omsorg og uoppsettelig arbeid (R-4a).</source>
      <translation>Invalid reason for absence: {reason}. Valid reasons are illness, welfare, care and work that cannot be postponed (R-4a).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="43" />
      <source>{member} er ikke til stede.</source>
      <translation>{member} is not present.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="44" />
      <source>Plassen til {member} er tatt av varamedlem {substitute}. La varamedlemmet gå ut først (R-4b).</source>
      <translation>{member}'s seat is held by the substitute {substitute}. Let the substitute leave first (R-4b).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="47" />
      <source>Ukjent varamedlem: {substitute}.</source>
      <translation>Unknown substitute: {substitute}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="48" />
      <source>{substitute} er ikke varamedlem for gruppen til {member} (R-4b).</source>
      <translation>{substitute} is not a substitute of {member}'s group (R-4b).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="51" />
      <source>{member} er til stede; plassen trenger ikke vara.</source>
      <translation>{member} is present; the seat needs no substitute.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="52" />
      <source>{substitute} møter allerede for {member}. En plass kan bare ha én person.</source>
      <translation>{substitute} already sits for {member}. A seat holds only one person.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="55" />
      <source>{substitute} møter allerede for {member}. Et varamedlem kan bare møte for én.</source>
      <translation>{substitute} already sits for {member}. A substitute sits for one seat only.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="58" />
      <source>{substitute} møter ikke nå.</source>
      <translation>{substitute} is not sitting now.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="59" />
      <source>{person} er ikke medlem av byrådet.</source>
      <translation>{person} is not a member of the city government.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="60" />
      <source>{person} er allerede registrert til stede.</source>
      <translation>{person} is already recorded as present.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="61" />
      <source>{person} er ikke registrert til stede.</source>
      <translation>{person} is not recorded as present.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="62" />
      <source>{person} sitter ikke i salen og kan ikke lede møtet.</source>
      <translation>{person} is not in a seat and cannot chair the meeting.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="63" />
      <source>{person} leder allerede møtet.</source>
      <translation>{person} already chairs the meeting.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="64" />
      <source>Saken er allerede avgjort; inhabilitet kan ikke registreres nå.</source>
      <translation>The item is already decided; a disqualification cannot be recorded now.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="67" />
      <source>Skriv hjemmelen for inhabiliteten (R-3.10a).</source>
      <translation>Enter the legal basis of the disqualification (R-3.10a).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="68" />
      <source>{person} er allerede registrert inhabil i saken.</source>
      <translation>{person} is already recorded as disqualified in this item.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="69" />
      <source>Ingen er registrert til stede. Ta navneoppropet før møtet settes (R-5.1a).</source>
      <translation>No one is recorded as present. Take the roll call before opening the meeting (R-5.1a).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="73" />
      <source>Saken finnes ikke på sakslisten.</source>
      <translation>The item is not on the agenda.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="74" />
      <source>Saken er allerede til behandling.</source>
      <translation>The item is already under debate.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="76" />
      <source>Møteloggen i databasen er endret utenfra. Ingenting ble lagret; start konsollen på nytt.</source>
      <translation>The meeting log in the database was changed from outside. Nothing was saved; restart the console.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="79" />
      <source>Et annet program skriver til det samme møtet. Ingenting ble lagret; start konsollen på nytt.</source>
      <translation>Another program is writing to the same meeting. Nothing was saved; restart the console.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="82" />
      <source>Kunne ikke lagre i databasen ({detail}). Ingenting ble endret; alt som var lagret fra før er i behold.</source>
      <translation>Could not save to the database ({detail}). Nothing was changed; everything saved before is kept.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="86" />
      <source>{path} er ikke en fil.</source>
      <translation>{path} is not a file.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="87" />
      <source>Kan ikke lese {path}: {detail}</source>
      <translation>Cannot read {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="88" />
      <source>{path} er ikke en database for Chair Console (ikke en SQLite-fil). Filen er ikke endret.</source>
      <translation>{path} is not a Chair Console database (not an SQLite file). The file was not changed.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="91" />
      <source>Databasen {path} er skadet ({detail}). Filen er ikke endret. Bruk en sikkerhetskopi.</source>
      <translation>The database {path} is damaged ({detail}). The file was not changed. Use a backup copy.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="94" />
      <source>{path} er en SQLite-database fra et annet program. Filen er ikke endret.</source>
      <translation>{path} is an SQLite database of another program. The file was not changed.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="97" />
      <source>Databasen {path} er laget av en nyere versjon av Chair Console (skjema {revision}). Oppdater programmet. Filen er ikke endret.</source>
      <translation>The database {path} was made by a newer version of Chair Console (schema {revision}). Update the program. The file was not changed.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="102" />
      <source>Kan ikke skrive til {path}: {detail}</source>
      <translation>Cannot write to {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="104" />
      <source>Kan ikke lese filen {path}: {detail}</source>
      <translation>Cannot read the file {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="105" />
      <source>Filen {path} er ikke gyldig JSON: {detail}</source>
      <translation>The file {path} is not valid JSON: {detail}</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="106" />
      <source>Filen er ikke en bystyrefil for Chair Console.</source>
      <translation>The file is not a Chair Console council file.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="107" />
      <source>Ukjent versjon av bystyrefilen: {version}.</source>
      <translation>Unknown council file version: {version}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="108" />
      <source>Bystyrefilen mangler opplysninger: {detail}.</source>
      <translation>The council file is missing data: {detail}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="109" />
      <source>Bystyrefilen bruker id-en {id} to ganger.</source>
      <translation>The council file uses the id {id} twice.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="110" />
      <source>Bystyrefilen har {found} medlemmer, men bystyret skal ha {expected} (R-1a).</source>
      <translation>The council file has {found} members, but the council has {expected} (R-1a).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="113" />
      <source>{id} hører til en gruppe som ikke finnes: {group}.</source>
      <translation>{id} belongs to a group that does not exist: {group}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="114" />
      <source>{id} har en ukjent rolle: {role}.</source>
      <translation>{id} has an unknown role: {role}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="115" />
      <source>Gruppen {group} skal ha {expected} medlemmer, men filen har {found}.</source>
      <translation>The group {group} should have {expected} members, but the file has {found}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="118" />
      <source>Rollen {role} er gitt til flere enn én.</source>
      <translation>The role {role} is given to more than one person.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="119" />
      <source>Varamedlemmene i {group} må være nummerert 1, 2, 3 … uten hull (R-4b).</source>
      <translation>The substitutes of {group} must be numbered 1, 2, 3 … without gaps (R-4b).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="122" />
      <source>Utvalget {id} har en ukjent type: {kind}.</source>
      <translation>The committee {id} has an unknown kind: {kind}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="123" />
      <source>Leder eller nestleder i utvalget {id} er ikke medlem av bystyret: {member}.</source>
      <translation>The leader or deputy leader of committee {id} is not a council member: {member}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="126" />
      <source>Filen er ikke en møtefil for Chair Console.</source>
      <translation>The file is not a Chair Console meeting file.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="127" />
      <source>Møtefilen mangler opplysninger: {detail}.</source>
      <translation>The meeting file is missing data: {detail}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="128" />
      <source>Møtefilen har to saker med samme id.</source>
      <translation>The meeting file has two items with the same id.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="129" />
      <source>{item} har en ukjent sakstype: {kind}.</source>
      <translation>{item} has an unknown item kind: {kind}.</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="130" />
      <source>Møtefilen gjelder en annen bystyreperiode ({term}).</source>
      <translation>The meeting file is for another council term ({term}).</translation>
    </message>
    <message>
      <location filename="../../chair_console/messages.py" line="133" />
      <source>Handlingen ble avvist ({code}). Ingenting ble endret.</source>
      <translation>The action was refused ({code}). Nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>Panes</name>
    <message>
      <location filename="../../chair_console/ui/panes/agenda.py" line="63" />
      <source>Saksliste</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/countdown.py" line="22" />
      <source>Taletid</source>
      <translation>Countdown</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/question_hour.py" line="14" />
      <source>Spørretime</source>
      <translation>Question hour</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="94" />
      <source>Navneopprop</source>
      <translation>Roll call</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/speakers.py" line="14" />
      <source>Taleliste</source>
      <translation>Speakers</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/votes.py" line="15" />
      <source>Votering</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/seat_chart.py" line="15" />
      <source>Salkart</source>
      <translation>Seat chart</translation>
    </message>
  </context>
  <context>
    <name>QuestionHourPane</name>
    <message>
      <location filename="../../chair_console/ui/panes/question_hour.py" line="29" />
      <source>Ingen spørretime i dette møtet.</source>
      <translation>No question hour in this meeting.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/question_hour.py" line="31" />
      <source>Spørretimen pågår (60 minutter, R-6a).</source>
      <translation>Question hour in progress (60 minutes, R-6a).</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/question_hour.py" line="33" />
      <source>Spørretime på sakslisten (60 minutter, R-6a).</source>
      <translation>Question hour on the agenda (60 minutes, R-6a).</translation>
    </message>
  </context>
  <context>
    <name>RollCallModel</name>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="39" />
      <source>Gruppe</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="38" />
      <source>Plass</source>
      <translation>Seat</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="40" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="41" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="42" />
      <source>Vara som møter</source>
      <translation>Substitute sitting</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="68" />
      <source>Uavh.</source>
      <translation>Ind.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="59" />
      <source>Ikke registrert</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="61" />
      <source>Forfall: {reason}</source>
      <translation>Absent: {reason}</translation>
    </message>
  </context>
  <context>
    <name>RollCallPane</name>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="179" />
      <source>Start navneopprop (F5)</source>
      <translation>Start roll call (F5)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="180" />
      <source>Til stede (T)</source>
      <translation>Present (T)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="181" />
      <source>Forfall (F)</source>
      <translation>Absent (F)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="182" />
      <source>Gått ut</source>
      <translation>Gone out</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="183" />
      <source>Gått for resten av møtet</source>
      <translation>Left for the rest of the meeting</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="184" />
      <source>Vara møter (V)</source>
      <translation>Seat substitute (V)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="185" />
      <source>Vara går ut</source>
      <translation>Substitute leaves</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="186" />
      <source>Overtar møteledelsen</source>
      <translation>Takes the chair</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="187" />
      <source>Hjemmel, f.eks. forvaltningsloven § 6 første ledd</source>
      <translation>Legal basis, e.g. forvaltningsloven § 6 første ledd</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="188" />
      <source>Inhabil i saken</source>
      <translation>Disqualified in this item</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="189" />
      <source>Sett møtet («Møtet er satt») – Enter</source>
      <translation>Open the meeting (“Møtet er satt”) – Enter</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="190" />
      <source>Byrådet til stede (teller ikke med, R-1b)</source>
      <translation>City government present (not counted, R-1b)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="208" />
      <source>Til stede: {present} av {seats} · Forfall/borte: {absent} · Vara: {subs}</source>
      <translation>Present: {present} of {seats} · Absent/out: {absent} · Substitutes: {subs}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="214" />
      <source>Møteleder: ingen valgt</source>
      <translation>Chair: none chosen</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="217" />
      <source>Møteleder: {name} ({capacity})</source>
      <translation>Chair: {name} ({capacity})</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="254" />
      <source>{name} (foreslått)</source>
      <translation>{name} (proposed)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="256" />
      <source>{name} (møter allerede)</source>
      <translation>{name} (already sitting)</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="288" />
      <location filename="../../chair_console/ui/panes/roll_call.py" line="371" />
      <source>{name} til stede</source>
      <translation>{name} present</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="300" />
      <source>{name} forfall ({reason})</source>
      <translation>{name} absent ({reason})</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="311" />
      <location filename="../../chair_console/ui/panes/roll_call.py" line="371" />
      <source>{name} gått ut</source>
      <translation>{name} gone out</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="323" />
      <source>{sub} møter for {name}</source>
      <translation>{sub} sits for {name}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="335" />
      <source>{sub} går ut</source>
      <translation>{sub} leaves</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="345" />
      <source>{name} leder møtet</source>
      <translation>{name} chairs</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="353" />
      <source>Ta opp saken først: inhabilitet gjelder én sak (R-3.10a).</source>
      <translation>Take up the item first: a disqualification applies to one item (R-3.10a).</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="360" />
      <source>{name} inhabil</source>
      <translation>{name} disqualified</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="376" />
      <source>Sett møtet</source>
      <translation>Open the meeting</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="403" />
      <source>{name}: forfallsgrunn? {reasons}</source>
      <translation>{name}: reason for absence? {reasons}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="407" />
      <source>Vara for {name}: Enter = foreslått ({first}) · {choices} · Esc = ingen vara</source>
      <translation>Substitute for {name}: Enter = proposed ({first}) · {choices} · Esc = none</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="411" />
      <source>Navneopprop: {name} — T til stede · F forfall · V forfall med vara · ↑↓ flytt · Esc avslutt</source>
      <translation>Roll call: {name} — T or P present · F or A absent · V or S absent with substitute · ↑↓ move · Esc stop</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="434" />
      <source>Til stede: {present} av {seats}{quorum}</source>
      <translation>Present: {present} of {seats}{quorum}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="437" />
      <source> – vedtaksført</source>
      <translation> – quorate</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="437" />
      <source> – ikke vedtaksført</source>
      <translation> – no quorum</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/roll_call.py" line="446" />
      <source> – {sub} møter</source>
      <translation> – {sub} sits</translation>
    </message>
  </context>
  <context>
    <name>SeatChart</name>
    <message>
      <location filename="../../chair_console/ui/seat_chart.py" line="140" />
      <source>Til stede</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/seat_chart.py" line="141" />
      <source>Vara</source>
      <translation>Substitute</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/seat_chart.py" line="142" />
      <source>Borte</source>
      <translation>Away</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/seat_chart.py" line="143" />
      <location filename="../../chair_console/ui/seat_chart.py" line="194" />
      <source>Ikke registrert</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/seat_chart.py" line="159" />
      <source>{present} av {seats}</source>
      <translation>{present} of {seats}</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/seat_chart.py" line="187" />
      <source>Uavh.</source>
      <translation>Ind.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/seat_chart.py" line="190" />
      <source>{sub} møter for {name} ({group})</source>
      <translation>{sub} sits for {name} ({group})</translation>
    </message>
  </context>
  <context>
    <name>SpeakersPane</name>
    <message>
      <location filename="../../chair_console/ui/panes/speakers.py" line="29" />
      <source>Ingen sak til behandling.</source>
      <translation>No item under debate.</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/speakers.py" line="31" />
      <source>Taleliste for {number}</source>
      <translation>Speakers for {number}</translation>
    </message>
  </context>
  <context>
    <name>VotesPane</name>
    <message>
      <location filename="../../chair_console/ui/panes/votes.py" line="34" />
      <source>Vedtaksført</source>
      <translation>Quorate</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/votes.py" line="34" />
      <source>Ikke vedtaksført</source>
      <translation>No quorum</translation>
    </message>
    <message>
      <location filename="../../chair_console/ui/panes/votes.py" line="37" />
      <source>{present} av {seats} medlemmer til stede; minst {required} må være til stede (R-3.3a).</source>
      <translation>{present} of {seats} members present; at least {required} must be present (R-3.3a).</translation>
    </message>
  </context>
</TS>