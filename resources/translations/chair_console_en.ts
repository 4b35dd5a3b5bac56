<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="90"/>
        <source>Saksliste</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="91"/>
        <source>Sakene i møtet. Enter eller dobbeltklikk tar opp saken; Alt+pil opp/ned flytter den; Tab går videre.</source>
        <translation>The meeting&apos;s items. Enter or double-click takes up the item; Alt+Up/Down moves it; Tab moves on.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="93"/>
        <source>Taletid for gruppene, minutter</source>
        <translation>Group speaking time, minutes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="94"/>
        <source>Utvidet taletid, minutter</source>
        <translation>Extended speaking time, minutes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="95"/>
        <source>Taletid for uavhengige, minutter</source>
        <translation>Independents&apos; speaking time, minutes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="96"/>
        <source>Forslag i saken</source>
        <translation>Proposals in the item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="97"/>
        <source>Forslagets tekst</source>
        <translation>Text of the proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="98"/>
        <source>Forslagsstiller</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="99"/>
        <source>Partier som fremmer forslaget</source>
        <translation>Groups tabling the proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="100"/>
        <source>Forslagets art</source>
        <translation>Kind of proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="101"/>
        <source>Forslagets nummer</source>
        <translation>Number of the proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="102"/>
        <source>Tar opp den valgte saken (Enter i sakslisten)</source>
        <translation>Takes up the selected item (Enter in the agenda)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="103"/>
        <source>Tar opp neste sak på sakslisten</source>
        <translation>Takes up the next item on the agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="104"/>
        <source>Tar opp forrige sak på sakslisten</source>
        <translation>Takes up the previous item on the agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="105"/>
        <source>Avslutter debatten; voteringen begynner</source>
        <translation>Closes the debate; voting begins</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="107"/>
        <source>Gir ordet til neste på talerlisten (F8)</source>
        <translation>Gives the floor to the next on the speaker list (F8)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="108"/>
        <source>Stopper eller fortsetter taleklokken (F7)</source>
        <translation>Pauses or resumes the speaking clock (F7)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="109"/>
        <source>Avslutter innlegget som pågår (F6)</source>
        <translation>Ends the current speech (F6)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="110"/>
        <source>Et lydsignal når taletiden er brukt opp</source>
        <translation>A sound when the speaking time is used up</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="112"/>
        <source>Ny taler: navn eller representantnummer</source>
        <translation>New speaker: name or member number</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="113"/>
        <source>Skriv navn eller nummer, Enter setter taleren på listen</source>
        <translation>Type a name or number; Enter puts the speaker on the list</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="114"/>
        <source>Slag innlegg</source>
        <translation>Kind of speech</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="115"/>
        <source>Talerliste</source>
        <translation>Speaker list</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="116"/>
        <source>Alt+pil opp/ned flytter taleren, Del fjerner; Tab går videre.</source>
        <translation>Alt+Up/Down moves the speaker, Del removes; Tab moves on.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="117"/>
        <source>Gir ordet til den valgte taleren</source>
        <translation>Gives the floor to the selected speaker</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="119"/>
        <source>Navneopprop: representantene</source>
        <translation>Roll call: the members</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="120"/>
        <source>T: til stede, F: forfall, V: vara møter; Tab går videre.</source>
        <translation>T: present, F: absent, V: substitute attends; Tab moves on.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="121"/>
        <source>Vararepresentant som møter</source>
        <translation>Substitute who attends</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="122"/>
        <source>Grunn til forfall</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="123"/>
        <source>Grunnlag for inhabilitet</source>
        <translation>Grounds for disqualification</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="124"/>
        <source>Byrådet</source>
        <translation>City government</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="125"/>
        <source>Starter navneoppropet (F5)</source>
        <translation>Starts the roll call (F5)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="127"/>
        <source>Voteringsorden</source>
        <translation>Voting order</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="128"/>
        <source>Oversendelsesforslag</source>
        <translation>Proposals forwarded to the city government</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="129"/>
        <source>Møtelederen protesterer</source>
        <translation>The chair objects</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="130"/>
        <source>Antall representanter som protesterer</source>
        <translation>Number of members objecting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="131"/>
        <source>Antall punkter i innstillingen</source>
        <translation>Number of parts in the recommendation</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="132"/>
        <source>Det som voteres over</source>
        <translation>Subject of the vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="133"/>
        <source>Stilles mot</source>
        <translation>Set against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="134"/>
        <source>Voteringsmåte</source>
        <translation>Voting method</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="135"/>
        <source>Forslag som står mot hverandre</source>
        <translation>Proposals standing against each other</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="136"/>
        <source>Samlet votering til og med</source>
        <translation>Voted on together up to and including</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="137"/>
        <source>Representanter som stemmer mot</source>
        <translation>Members voting against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="138"/>
        <source>Kryss av dem som stemmer mot; mellomrom krysser av.</source>
        <translation>Tick those voting against; Space ticks.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="139"/>
        <source>Antall stemmer mot</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="140"/>
        <source>Antall stemmer for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="141"/>
        <source>Voteringsresultater i saken</source>
        <translation>Vote results in the item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="142"/>
        <source>Vedtakets tekst</source>
        <translation>Text of the decision</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="143"/>
        <source>Registrer voteringen</source>
        <translation>Record the vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="144"/>
        <source>Registrerer voteringen (Enter)</source>
        <translation>Records the vote (Enter)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="145"/>
        <source>Registrer avstemningen i valget</source>
        <translation>Record the election ballot</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="147"/>
        <source>Slag valg</source>
        <translation>Kind of election</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="148"/>
        <source>Vervet det velges til</source>
        <translation>Office being filled</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="149"/>
        <source>Antall som skal velges</source>
        <translation>Number to be elected</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="150"/>
        <source>Stemmemåte i valget</source>
        <translation>Ballot method</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="151"/>
        <source>Blanke stemmer</source>
        <translation>Blank votes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="152"/>
        <source>Trukket ved loddtrekning</source>
        <translation>Drawn by lot</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="153"/>
        <source>Loddet ble trukket av</source>
        <translation>Lot drawn by</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="154"/>
        <source>Valgresultater</source>
        <translation>Election results</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="156"/>
        <source>Spørsmål i spørretimen</source>
        <translation>Questions in question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="157"/>
        <source>Spørsmålsstiller</source>
        <translation>Asker</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="158"/>
        <source>Spørsmålet stilles til</source>
        <translation>Question put to</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="159"/>
        <source>Spørsmålets tema</source>
        <translation>Topic of the question</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="160"/>
        <source>Oppfølgingsspørsmål fra</source>
        <translation>Follow-up question from</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="161"/>
        <source>Svarer</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="162"/>
        <source>Den som svarer: den som er spurt, eller en byråd som er til stede og svarer for et byrådsmedlem som ikke er til stede (settebyråd)</source>
        <translation>Who answers: the person asked, or a city government member who is present answering for one who is absent (stand-in)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="165"/>
        <source>Går til neste steg i spørsmålet (F9)</source>
        <translation>Moves to the next step of the question (F9)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="169"/>
        <source>Kandidat {n}</source>
        <translation>Candidate {n}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/accessibility.py" line="170"/>
        <source>Stemmer til kandidat {n}</source>
        <translation>Votes for candidate {n}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="99"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="100"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="101"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="103"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="104"/>
        <source>Brukt</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="171"/>
        <source>Innstilling fra {committee}</source>
        <translation>Recommendation from {committee}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="175"/>
        <source>Dissens i utvalget</source>
        <translation>The committee was divided</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="175"/>
        <source>Enstemmig innstilling</source>
        <translation>Unanimous recommendation</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="177"/>
        <source>Lukket: {basis}</source>
        <translation>Closed: {basis}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="179"/>
        <source>Valgsak: ingen kan erklæres inhabil</source>
        <translation>Election item: no one can be declared disqualified</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="141"/>
        <source>{kind} – lukket</source>
        <translation>{kind} – closed</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="142"/>
        <source>Behandlet</source>
        <translation>Dealt with</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="137"/>
        <source>{start} · {minutes} min</source>
        <translation>{start} · {minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="56"/>
        <source>Stemmelikhet. Møteleders egen stemme avgjør (R-3.3d). Hvordan stemte møtelederen?</source>
        <translation>A tie. The chair&apos;s own vote decides (R-3.3d). How did the chair vote?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="63"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="63"/>
        <source>Mot</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="76"/>
        <source>{question}

Vedtok bystyret det stilltiende (ingen protesterte), eller ble det votert?</source>
        <translation>{question}

Did the city council decide it tacitly (no one objected), or was it put to a vote?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="79"/>
        <source>Vedtatt stilltiende</source>
        <translation>Adopted tacitly</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="80"/>
        <source>Votering – tell stemmene…</source>
        <translation>Vote – count the votes…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="334"/>
        <source>Forrige sak</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="335"/>
        <source>Neste sak</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="336"/>
        <source>Flytt opp (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="337"/>
        <source>Flytt ned (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="339"/>
        <source>Utsett saken…</source>
        <translation>Postpone item…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="340"/>
        <source>Send til utvalg…</source>
        <translation>Send to committee…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="341"/>
        <source>Aktuell sak…</source>
        <translation>Urgent matter…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="345"/>
        <source>Saker</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="346"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="348"/>
        <source>Forslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="347"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="714"/>
        <source>Taletid</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="348"/>
        <source>Forslagsstiller</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="348"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="349"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="351"/>
        <source>Skriv forslaget slik vedtaket skal lyde</source>
        <translation>Write the proposal as the resolution would read</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="352"/>
        <source>Gruppeforkortelser, f.eks. A, SV</source>
        <translation>Group abbreviations, e.g. A, SV</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="353"/>
        <source>Fremme forslag</source>
        <translation>Table proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="354"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="695"/>
        <source>Trekk forslaget</source>
        <translation>Withdraw proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="356"/>
        <source>Endring av innstillingen</source>
        <translation>Change to the recommendation</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="357"/>
        <source>Nytt punkt</source>
        <translation>New point</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="358"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="359"/>
        <source>neste i saken</source>
        <translation>next in the item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="360"/>
        <source>Gruppenes taletid (min)</source>
        <translation>Groups&apos; speaking time (min)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="360"/>
        <source>Utvidet taletid (min, 0 = ingen)</source>
        <translation>Extended time (min, 0 = none)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="361"/>
        <source>Uavhengiges taletid (min)</source>
        <translation>Independents&apos; time (min)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="363"/>
        <source>Replikker tillatt (R-5.4e)</source>
        <translation>Replies allowed (R-5.4e)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="364"/>
        <source>Lagre taletid</source>
        <translation>Save speaking time</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="384"/>
        <source>Planlagt slutt {time}</source>
        <translation>Planned end {time}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="388"/>
        <source>beregnet slutt {time} ({delay:+d} min)</source>
        <translation>projected end {time} ({delay:+d} min)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="398"/>
        <source>(gruppeforslag)</source>
        <translation>(group proposal)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="412"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="413"/>
        <source>Velg en sak i listen.</source>
        <translation>Choose an item in the list.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="417"/>
        <source>{number}: det kan ikke fremmes forslag i denne saken.</source>
        <translation>{number}: no proposals may be tabled in this item.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="420"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="680"/>
        <source>Forslag i {number}</source>
        <translation>Proposals in {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="426"/>
        <source>Forslag nr. {n} fra {by}: {text}</source>
        <translation>Proposal no. {n} from {by}: {text}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="428"/>
        <source>{text} (trukket)</source>
        <translation>{text} (withdrawn)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="432"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="726"/>
        <source>Taletid i {number}</source>
        <translation>Speaking time in {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="465"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="591"/>
        <source>Taleren {name} har ordet.</source>
        <translation>The speaker {name} has the floor.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="467"/>
        <source>Debatten i {number} er ikke avsluttet.</source>
        <translation>The debate on {number} is not closed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="469"/>
        <source>Voteringen i {number} er ikke avsluttet.</source>
        <translation>The vote on {number} is not finished.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="471"/>
        <source>Spørretimen er ikke avsluttet.</source>
        <translation>The question hour is not finished.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="473"/>
        <source>Avslutte innlegget og ta opp {number}?</source>
        <translation>End the speech and take up {number}?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="475"/>
        <source>Ta opp {number} likevel?</source>
        <translation>Take up {number} anyway?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="478"/>
        <source>Ja, ta opp {number}</source>
        <translation>Yes, take up {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="478"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="594"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="494"/>
        <source>Lukket møte</source>
        <translation>Closed meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="496"/>
        <source>{number} behandles for lukkede dører etter {basis}.

Bekreft hjemmelen. Bare medlemmer, varamedlemmer som møter, ordføreren, byrådet og ansatte med oppgaver i saken kan være til stede (R-3.8a). Strømmingen skal stoppes nå (R-3.7a).</source>
        <translation>{number} is dealt with behind closed doors under {basis}.

Confirm the legal basis. Only members, substitutes sitting, the mayor, the city government and staff with tasks in the item may stay (R-3.8a). The stream must stop now (R-3.7a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="500"/>
        <source>Hjemmelen er riktig – lukk møtet</source>
        <translation>The basis is right – close the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="501"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="477"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="506"/>
        <source>Ta opp {number}</source>
        <translation>Take up {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="333"/>
        <source>Ta opp saken (Ctrl+T)</source>
        <translation>Take up the item (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="338"/>
        <source>Avslutt debatten (Ctrl+D)</source>
        <translation>Close the debate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="515"/>
        <source>Lukke møtet</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="518"/>
        <source>Hjemmel for å lukke møtet under behandlingen av {number} (kommuneloven § 11-5):</source>
        <translation>Legal basis under the Local Government Act (kommuneloven) § 11-5 for closing the meeting while {number} is dealt with:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="526"/>
        <source>Forslag om å lukke møtet under behandlingen av {number}, jf. {basis} (R-3.6b). Hvor mange stemte for?</source>
        <translation>Proposal to close the meeting while {number} is dealt with, under {basis} (R-3.6b). How many voted for?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="532"/>
        <source>Lukke møtet under {number}</source>
        <translation>Close the meeting for {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="536"/>
        <source>Forslaget om å lukke møtet falt ({a} mot {b} stemmer). {number} tas ikke opp for lukkede dører.</source>
        <translation>The proposal to close the meeting was defeated ({a} votes to {b}). {number} will not be dealt with behind closed doors.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="574"/>
        <source>Flytt {number}</source>
        <translation>Move {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="590"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="598"/>
        <source>Avslutt debatten i {number}</source>
        <translation>Close the debate in {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="592"/>
        <source>Avslutte innlegget og debatten i {number}? Saken går til votering (R-3.3e).</source>
        <translation>End the speech and the debate on {number}? The item goes to the vote (R-3.3e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="594"/>
        <source>Ja, avslutt debatten</source>
        <translation>Yes, close the debate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="605"/>
        <source>Utsett saken</source>
        <translation>Postpone item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="606"/>
        <source>Forslag om å utsette {number} (R-3.2b). Hvor mange stemte for utsettelse?</source>
        <translation>Proposal to postpone {number} (R-3.2b). How many voted for postponement?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="607"/>
        <source>Utsett {number}</source>
        <translation>Postpone {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="620"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="627"/>
        <source>Send til utvalg</source>
        <translation>Send to committee</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="620"/>
        <source>Hvilket utvalg skal {number} sendes til?</source>
        <translation>Which committee should {number} be sent to?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="628"/>
        <source>Forslag om å sende {number} til {committee} (R-7c). Hvor mange stemte for?</source>
        <translation>Proposal to send {number} to {committee} (R-7c). How many voted for?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="630"/>
        <source>Send {number} til utvalg</source>
        <translation>Send {number} to committee</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="647"/>
        <source>Forslaget falt ({a} mot {b} stemmer). {number} blir stående på sakslisten.</source>
        <translation>The proposal was defeated ({a} votes to {b}). {number} remains on the agenda.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="653"/>
        <source>Aktuell sak</source>
        <translation>Urgent matter</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="653"/>
        <source>Tittel på den aktuelle saken (R-3.2c):</source>
        <translation>Title of the urgent matter (R-3.2c):</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="657"/>
        <source>Aktuell sak {n}</source>
        <translation>Urgent matter {n}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="659"/>
        <source>Aktuell sak: {title}</source>
        <translation>Urgent matter: {title}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="715"/>
        <source>Forslag om taletid i {number}: gruppene {group} min, utvidet taletid {extended}, uavhengige {independent} min (R-5.4a). Hvor mange stemte for?</source>
        <translation>Proposed speaking time in {number}: groups {group} min, extended time {extended}, independents {independent} min (R-5.4a). How many voted for?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="718"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="719"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/agenda.py" line="731"/>
        <source>Forslaget om taletid falt ({a} mot {b} stemmer). Taletiden i {number} er uendret.</source>
        <translation>The proposal on speaking time was defeated ({a} votes to {b}). The speaking time in {number} is unchanged.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../chair_console/app.py" line="73"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../chair_console/app.py" line="84"/>
        <source>Databasen har ingen møter ennå. Vil du åpne demomøtet?</source>
        <translation>The database has no meetings yet. Open the demo meeting?</translation>
    </message>
    <message>
        <location filename="../../chair_console/app.py" line="85"/>
        <source>Åpne demomøtet</source>
        <translation>Open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/app.py" line="86"/>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../chair_console/app.py" line="235"/>
        <source>Chair Console kunne ikke starte på grunn av en uventet feil. Detaljer står i loggfilen: {log}</source>
        <translation>Chair Console could not start because of an unexpected error. Details are in the log file: {log}</translation>
    </message>
    <message>
        <location filename="../../chair_console/app.py" line="255"/>
        <source>Chair Console kan ikke starte</source>
        <translation>Chair Console cannot start</translation>
    </message>
    <message>
        <location filename="../../chair_console/app.py" line="278"/>
        <source>Databasen har ingen møter. Start med --demo for demomøtet.</source>
        <translation>The database has no meetings. Start with --demo for the demo meeting.</translation>
    </message>
</context>
<context>
    <name>AttendanceReportDialog</name>
    <message>
        <location filename="../../chair_console/ui/attendance_dialog.py" line="21"/>
        <source>Oppmøterapport for godtgjøring</source>
        <translation>Attendance report for allowances</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/attendance_dialog.py" line="27"/>
        <source>Ta med forfallsgrunner (helseopplysninger; trengs ikke for godtgjøring)</source>
        <translation>Include reasons for absence (health data; not needed for allowances)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/attendance_dialog.py" line="33"/>
        <source>Fra dato:</source>
        <translation>From date:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/attendance_dialog.py" line="34"/>
        <source>Til dato:</source>
        <translation>To date:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/attendance_dialog.py" line="56"/>
        <source>Lagre oppmøterapporten</source>
        <translation>Save the attendance report</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/attendance_dialog.py" line="70"/>
        <source>Oppmøterapporten er lagret: {path} ({rows} rader fra {meetings} møter).</source>
        <translation>The attendance report is saved: {path} ({rows} rows from {meetings} meetings).</translation>
    </message>
</context>
<context>
    <name>ChairHandover</name>
    <message>
        <location filename="../../chair_console/ui/chair_handover.py" line="36"/>
        <source>Ingen som kan lede møtet, er til stede: bystyret velger {office} først (R-3.1a). Registrer valget i valgdelen av Votering, med vervet «{office}».</source>
        <translation>No one who can chair the meeting is present: the city council must first elect a {office} (R-3.1a). Record the election in the election section of the Votes pane, with the office “{office}”.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/chair_handover.py" line="46"/>
        <source>Møteledelsen</source>
        <translation>Chairing the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/chair_handover.py" line="47"/>
        <source>{chair} tar ordet. Skal {deputy} lede møtet så lenge? (R-5.5b)</source>
        <translation>{chair} is taking the floor. Should {deputy} chair the meeting in the meantime? (R-5.5b)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/chair_handover.py" line="50"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/chair_handover.py" line="51"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../chair_console/cli.py" line="21"/>
        <source>Chair Console: møtelederens konsoll for bystyrets møter.</source>
        <translation>Chair Console: the chair&apos;s console for city council meetings.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="25"/>
        <source>opprett eller åpne demomøtet for Oslo bystyre</source>
        <translation>create or open the demo meeting of Oslo city council</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="26"/>
        <source>språk for grensesnittet: nb (norsk bokmål) eller en (engelsk)</source>
        <translation>interface language: nb (Norwegian Bokmål) or en (English)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="27"/>
        <source>hvem som registrerer: chair (møteleder) eller secretary (sekretær); display viser bare salskjermen, overlay bare strømmegrafikken</source>
        <translation>who records: chair or secretary; display shows only the hall display, overlay only the stream overlay</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="31"/>
        <source>lukk vinduet av seg selv etter så mange millisekunder (røyktest)</source>
        <translation>close the window by itself after this many milliseconds (smoke test)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="32"/>
        <source>lagre et bilde av vinduet til denne PNG-filen</source>
        <translation>save a picture of the window to this PNG file</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="33"/>
        <source>vis versjonen og avslutt</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="34"/>
        <source>kontroller databasen: integritet og hash-kjeden for hvert møte</source>
        <translation>check the database: integrity and each meeting&apos;s hash chain</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="35"/>
        <source>OK: {path} er uskadd; hash-kjeden stemmer for {meetings} møter og {events} hendelser.</source>
        <translation>OK: {path} is intact; the hash chain holds for {meetings} meetings and {events} events.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="36"/>
        <source>FEIL i {path}: første feil er hendelse {seq} i møte {meeting}: {problem}</source>
        <translation>ERROR in {path}: the first bad event is event {seq} of meeting {meeting}: {problem}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="37"/>
        <source>FEIL i {path}: {problem}</source>
        <translation>ERROR in {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="38"/>
        <source>Databasen {path} finnes ikke.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="39"/>
        <source>importer bystyret eller en saksliste fra CSV eller JSON (se docs/import.md)</source>
        <translation>import the council or an agenda from CSV or JSON (see docs/import.md)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="40"/>
        <source>importer bystyret (perioden, gruppene, medlemmene, varamedlemmene, byrådet, utvalgene)</source>
        <translation>import the council (term, groups, members, substitutes, city government, committees)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="41"/>
        <source>importer sakslisten til et møte</source>
        <translation>import a meeting&apos;s agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="42"/>
        <source>filen som skal importeres (.csv eller .json)</source>
        <translation>the file to import (.csv or .json)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="43"/>
        <source>møtets nummer (standard: møtet som ble brukt sist)</source>
        <translation>the meeting&apos;s number (default: the meeting used last)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="44"/>
        <source>opprett et nytt møte</source>
        <translation>create a new meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="45"/>
        <source>møtedato, ÅÅÅÅ-MM-DD</source>
        <translation>meeting date, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="46"/>
        <source>simuler et helt bystyremøte gjennom programmets egen vei (samme frø gir samme møte; fortsetter der det stoppet)</source>
        <translation>simulate a whole council meeting through the console&apos;s own path (the same seed gives the same meeting; continues where it stopped)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="49"/>
        <source>sekunder mellom hendelsene: øvelse i sanntid, eller for å treffe midt i (standard: %(default)s)</source>
        <translation>seconds between events: rehearsal in real time, or to land in the middle (default: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="74"/>
        <source>arkivkopi: PDF/A-2b for langtidsarkivet</source>
        <translation>archive copy: PDF/A-2b for long-term archiving</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="77"/>
        <source>oppmøterapport for godtgjøring: én rad per person per møtedag for alle møter i perioden (.csv eller .xlsx)</source>
        <translation>attendance report for allowances: one row per person per sitting for every meeting in the period (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="80"/>
        <source>første dato, ÅÅÅÅ-MM-DD</source>
        <translation>first date, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="81"/>
        <source>siste dato, ÅÅÅÅ-MM-DD</source>
        <translation>last date, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="82"/>
        <source>filen som skal skrives: .csv (semikolon, for Excel) eller .xlsx</source>
        <translation>the file to write: .csv (semicolons, for Excel) or .xlsx</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="83"/>
        <source>ta med forfallsgrunnene (helseopplysninger; trengs ikke for godtgjøring)</source>
        <translation>include the reasons for absence (health data; not needed for allowances)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="84"/>
        <source>kapitler for opptaket: hver sak og hvert innlegg (WebVTT eller JSON); lukkede deler bare som «Lukket møte»</source>
        <translation>chapters for the recording: every item and every speech (WebVTT or JSON); closed parts only as «Lukket møte» (closed meeting)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="87"/>
        <source>filen som skal skrives: .vtt eller .json</source>
        <translation>the file to write: .vtt or .json</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="88"/>
        <source>klokkeslett da strømmingen startet, TT:MM:SS (standard: da møtet ble satt)</source>
        <translation>time of day the stream started, HH:MM:SS (default: when the meeting was set)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="91"/>
        <source>lag likevel filen når en møtelogg ikke består kontrollen; det står i filen (standard: avvis)</source>
        <translation>write the file even when a meeting&apos;s log fails verification; the file says so (default: refuse)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="94"/>
        <source>Skrev {path}: {rows} rader fra {meetings} møter.</source>
        <translation>Wrote {path}: {rows} rows from {meetings} meetings.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="97"/>
        <source>kontroller at en hash trykt i en møtebok eller eksport (8 tegn eller flere) er en hendelse i loggen, og vis hva som er registrert etter den</source>
        <translation>check that a hash printed in minutes or an export (8 characters or more) is an event of the log, and show what was recorded after it</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="101"/>
        <source>lag likevel en kopi når loggen ikke består kontrollen; den merkes slik på hver side (standard: avvis)</source>
        <translation>make a copy even when the log fails verification; every page is marked so (default: refuse)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="104"/>
        <source>{short} er hendelse {seq} i møte {meeting} «{title}», registrert {when}. Etter den: {after}.</source>
        <translation>{short} is event {seq} of meeting {meeting} “{title}”, recorded {when}. After it: {after}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="107"/>
        <source>ingenting – dette er loggens siste hendelse</source>
        <translation>nothing – this is the last event of the log</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="108"/>
        <source>{count} hendelser, den siste registrert {when}</source>
        <translation>{count} events, the last recorded {when}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="109"/>
        <source>FEIL: {short} er ikke en hendelse i loggen i {path}.</source>
        <translation>ERROR: {short} is not an event of the log in {path}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="110"/>
        <source>Oppgi minst 8 heksadesimale tegn av hashen (0–9, a–f).</source>
        <translation>Give at least 8 hexadecimal characters of the hash (0–9, a–f).</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="111"/>
        <source>Møte {meeting} finnes ikke i {path}. Møtene der er: {meetings}.</source>
        <translation>Meeting {meeting} does not exist in {path}. Its meetings are: {meetings}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="112"/>
        <source>FEIL i {path}: filen er tom, ikke en database for Chair Console.</source>
        <translation>ERROR in {path}: the file is empty, not a Chair Console database.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="113"/>
        <source>Øvingsdatabase (demo og simulering, egen fil): {path}</source>
        <translation>Training database (demo and simulation, a file of its own): {path}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="114"/>
        <source>frø for tilfeldighetene: samme frø gir samme møte (standard: %(default)s)</source>
        <translation>seed for the randomness: the same seed gives the same meeting (default: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="115"/>
        <source>antall saker (standard: %(default)s)</source>
        <translation>number of items (default: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="116"/>
        <source>antall innlegg (standard: %(default)s)</source>
        <translation>number of speeches (default: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="117"/>
        <source>antall voteringer (standard: %(default)s)</source>
        <translation>number of votes (default: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="118"/>
        <source>møtets lengde i timer, simulert tid (standard: %(default)s)</source>
        <translation>length of the meeting in hours, simulated time (default: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="119"/>
        <source>databasefil (standard: {default}, en egen fil; en fil med et ekte bystyre eller møte avvises)</source>
        <translation>database file (default: {default}, a file of its own; a file holding a real council or meeting is refused)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="52"/>
        <source>stopp etter så mange hendelser: et halvferdig møte å øve på (kjør igjen for å fortsette)</source>
        <translation>stop after this many events: a half-finished meeting to rehearse on (run again to continue)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="22"/>
        <source>databasefil, eller en PostgreSQL-database: postgresql+psycopg://BRUKER@TJENER/DATABASE (standard: {default})</source>
        <translation>database file, or a PostgreSQL database: postgresql+psycopg://USER@SERVER/DATABASE (default: {default})</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="53"/>
        <source>skriv nummeret på hver hendelse når den er lagret</source>
        <translation>print the number of each event once it is saved</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="54"/>
        <source>Simulerte møte {meeting}: {steps} hendelser lagret nå.</source>
        <translation>Simulated meeting {meeting}: {steps} events saved now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="55"/>
        <source>ekstraordinært møte: mayor (ordføreren fant det nødvendig) eller third (minst 1/3 av medlemmene krevde det)</source>
        <translation>extraordinary meeting: mayor (the mayor found it necessary) or third (at least 1/3 of the members demanded it)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="58"/>
        <source>møtested, f.eks. «Bystyresalen, Oslo rådhus»</source>
        <translation>place, e.g. “Bystyresalen, Oslo rådhus”</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="59"/>
        <source>møtets tittel (standard: «Bystyrets møte» og datoen)</source>
        <translation>the meeting&apos;s title (default: “Bystyrets møte” and the date)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="60"/>
        <source>planlagt start, TT:MM</source>
        <translation>planned start, HH:MM</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="61"/>
        <source>bystyreperioden (standard: den nyeste i databasen)</source>
        <translation>the council term (default: the newest in the database)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="62"/>
        <source>møtet holdes som fjernmøte (R-3.9a)</source>
        <translation>the meeting is held remotely (R-3.9a)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="63"/>
        <source>Importert {file}: {members} medlemmer i {groups} grupper, {subs} varamedlemmer, {gov} byrådsmedlemmer, {committees} utvalg. Møter som alt er opprettet beholder bystyret de ble opprettet med.</source>
        <translation>Imported {file}: {members} members in {groups} groups, {subs} substitutes, {gov} city government members, {committees} committees. Meetings already created keep the council they were created with.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="68"/>
        <source>Importert {file}: {items} saker til møte {meeting}.</source>
        <translation>Imported {file}: {items} items into meeting {meeting}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="69"/>
        <source>Opprettet møte {meeting}: {title}.</source>
        <translation>Created meeting {meeting}: {title}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="70"/>
        <source>lag møteboken som PDF (utkast til møtet er hevet)</source>
        <translation>make the minutes as PDF (a draft until the meeting is adjourned)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="71"/>
        <source>filen som skal skrives</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="72"/>
        <source>offentlig utgave: uten innholdet i lukkede saker og uten forfallsgrunner</source>
        <translation>public version: without the content of closed items and without absence reasons</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="73"/>
        <source>merk som UTKAST selv om møtet er hevet</source>
        <translation>mark as DRAFT even if the meeting is adjourned</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="75"/>
        <source>eksporter møtet: hele loggen (json) eller voteringer og innlegg (csv)</source>
        <translation>export the meeting: the whole log (json) or votes and speeches (csv)</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="76"/>
        <source>json eller csv</source>
        <translation>json or csv</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="95"/>
        <source>Skrev {path}.</source>
        <translation>Wrote {path}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli.py" line="96"/>
        <source>Databasen har ingen møter. Opprett et med new-meeting.</source>
        <translation>The database has no meetings. Create one with new-meeting.</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="16"/>
        <source>bruk: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="17"/>
        <source>kommandoer og argumenter</source>
        <translation>commands and arguments</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="18"/>
        <source>valg</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="19"/>
        <source>vis denne hjelpen og avslutt</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="20"/>
        <source>{prog}: feil: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="22"/>
        <source>disse må oppgis: {names}</source>
        <translation>the following arguments are required: {names}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="23"/>
        <source>ugyldig valg: {value} (velg blant {choices})</source>
        <translation>invalid choice: {value} (choose from {choices})</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="24"/>
        <source>ukjente argumenter: {names}</source>
        <translation>unrecognized arguments: {names}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="25"/>
        <source>forventet én verdi</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="26"/>
        <source>ugyldig verdi: {value} (forventet {type})</source>
        <translation>invalid value: {value} (expected {type})</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="27"/>
        <source>argument {name}: {message}</source>
        <translation>argument {name}: {message}</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="29"/>
        <source>et heltall</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="30"/>
        <source>et tall</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../chair_console/cli_parser.py" line="31"/>
        <source>en filsti</source>
        <translation>a file path</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../chair_console/ui/controller.py" line="292"/>
        <source>Databasetjeneren svarer ikke: møteboken er laget fra stasjonens lokale kopi av loggen (til og med hendelse {seq}, hash-kjeden kontrollert).</source>
        <translation>The database server does not answer: the minutes were made from this station&apos;s local copy of the log (up to event {seq}, hash chain checked).</translation>
    </message>
</context>
<context>
    <name>CountdownPane</name>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="89"/>
        <source>Neste taler (F8)</source>
        <translation>Next speaker (F8)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="90"/>
        <source>Pause / fortsett (F7)</source>
        <translation>Pause / resume (F7)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="91"/>
        <source>Avslutt innlegget (F6)</source>
        <translation>End the speech (F6)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="92"/>
        <source>Be taleren holde seg til saken (R-5.6a)</source>
        <translation>Ask the speaker to keep to the item (R-5.6a)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="93"/>
        <source>Lydsignal ved null</source>
        <translation>Sound at zero</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="94"/>
        <source>La bystyret stemme over å utelukke taleren (R-5.6a)</source>
        <translation>Let the council vote on excluding the speaker (R-5.6a)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="112"/>
        <source>Ingen har ordet</source>
        <translation>No one has the floor</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="119"/>
        <source>PAUSE</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="135"/>
        <source>Møtetid 0:00:00</source>
        <translation>Meeting time 0:00:00</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="140"/>
        <source>Møtetid {time} (satt kl. {start})</source>
        <translation>Meeting time {time} (opened at {start})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="155"/>
        <source>Ingen sak er til behandling.</source>
        <translation>No item is under debate.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="158"/>
        <source>Neste steg i spørretimen</source>
        <translation>Next step in question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="169"/>
        <source>Neste taler: {name}</source>
        <translation>Next speaker: {name}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="169"/>
        <location filename="../../chair_console/ui/panes/countdown.py" line="184"/>
        <source>Avslutt innlegget</source>
        <translation>End the speech</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="177"/>
        <source>Fortsett taletiden</source>
        <translation>Resume the speaking time</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="178"/>
        <source>Stopp taletiden</source>
        <translation>Pause the speaking time</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="194"/>
        <source>Utelukkelse</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="195"/>
        <source>Votering over å utelukke {name} fra møtet (R-5.6a). Hvor mange stemte for?</source>
        <translation>Vote on excluding {name} from the meeting (R-5.6a). How many voted for?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="203"/>
        <source>{name} utelukket</source>
        <translation>{name} excluded</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="214"/>
        <source>Advarsel til {name}</source>
        <translation>Warning to {name}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/countdown.py" line="219"/>
        <source>{name} er nå bedt to ganger om å holde seg til saken (R-5.6a). Neste skritt: be taleren forlate talerstolen, eller la bystyret stemme over å utelukke medlemmet fra møtet.</source>
        <translation>{name} has now been asked twice to keep to the item (R-5.6a). Next steps: ask the speaker to leave the rostrum, or put excluding the member from the meeting to a vote.</translation>
    </message>
</context>
<context>
    <name>CurrentItemView</name>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="143"/>
        <source>Ingen sak til behandling</source>
        <translation>No item under debate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="32"/>
        <source>Innstilling: {text}</source>
        <translation>Recommendation: {text}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="18"/>
        <source>NAVNEOPPROP</source>
        <translation>ROLL CALL</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="19"/>
        <source>MØTET ER SATT</source>
        <translation>THE MEETING IS OPEN</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="20"/>
        <source>DEBATT</source>
        <translation>DEBATE</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="21"/>
        <source>SPØRRETIME</source>
        <translation>QUESTION HOUR</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="22"/>
        <source>VOTERING</source>
        <translation>VOTING</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="23"/>
        <source>SAKEN ER AVGJORT</source>
        <translation>THE ITEM IS DECIDED</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="24"/>
        <source>PAUSE</source>
        <translation>BREAK</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="25"/>
        <source>MØTET ER SUSPENDERT</source>
        <translation>THE MEETING IS SUSPENDED</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="26"/>
        <source>MØTET ER HEVET</source>
        <translation>THE MEETING IS ADJOURNED</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="28"/>
        <source>LUKKET MØTE</source>
        <translation>CLOSED MEETING</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="33"/>
        <source>Det er dissens i innstillingen.</source>
        <translation>The committee was divided (dissent).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="34"/>
        <source>Innstillingen er enstemmig.</source>
        <translation>The recommendation is unanimous.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="35"/>
        <source>Lukket sak: {basis}</source>
        <translation>Closed item: {basis}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="36"/>
        <source>«Ønsker noen ordet?»</source>
        <translation>“Does anyone wish to speak?”</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="37"/>
        <source>Til stede: {present} av {seats}.</source>
        <translation>Present: {present} of {seats}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="38"/>
        <source>Bystyret er vedtaksført.</source>
        <translation>The city council has a quorum.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="39"/>
        <source>Bystyret er ikke vedtaksført: {required} må være til stede.</source>
        <translation>The city council has no quorum: {required} must be present.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="40"/>
        <source>«Møtet er hevet.»</source>
        <translation>“The meeting is adjourned.”</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="41"/>
        <source>«Møtet er suspendert.»</source>
        <translation>“The meeting is suspended.”</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="42"/>
        <source>«Møtet er avbrutt for pause.»</source>
        <translation>“The meeting is interrupted for a break.”</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="43"/>
        <source>«Møtet fortsetter kl. {time}.»</source>
        <translation>“The meeting resumes at {time}.”</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="44"/>
        <source>«Vi går til votering over {subject}.»</source>
        <translation>“We proceed to the vote on {subject}.”</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/current_item.py" line="45"/>
        <source>Saken kan ikke avgjøres: møtelederen eller minst en tredjedel av de møtende motsetter seg vedtak (R-3.2c). Gå videre til neste sak.</source>
        <translation>The matter cannot be decided: the chair or at least a third of those attending object to a decision (R-3.2c). Go on to the next item.</translation>
    </message>
</context>
<context>
    <name>ElectionBox</name>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="41"/>
        <source>Valg av én person (flertallsvalg)</source>
        <translation>Election of one person (majority election)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="42"/>
        <source>Forholdsvalg (lister)</source>
        <translation>Proportional election (lists)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="45"/>
        <source>Åpent valg</source>
        <translation>Open election</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="46"/>
        <source>Skriftlig og hemmelig valg (vedtatt av bystyret)</source>
        <translation>Written, secret ballot (as decided by the council)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="147"/>
        <source>Valg (R-3.3c, R-3.3d)</source>
        <translation>Election (R-3.3c, R-3.3d)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="156"/>
        <source>Valgform</source>
        <translation>Type of election</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="156"/>
        <source>Verv / organ</source>
        <translation>Office / body</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="156"/>
        <source>Plasser</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="157"/>
        <source>Blanke</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="157"/>
        <source>trukket av</source>
        <translation>drawn by</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="159"/>
        <source>Legg til kandidat</source>
        <translation>Add candidate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="160"/>
        <source>Fjern siste</source>
        <translation>Remove last</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="161"/>
        <source>Konsollens trekning (bare som hjelp)</source>
        <translation>Console&apos;s draw (as an aid only)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="162"/>
        <source>Registrer loddtrekningen</source>
        <translation>Record the drawing of lots</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="163"/>
        <source>Hvem trakk loddet i salen</source>
        <translation>Who drew the lot in the hall</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="172"/>
        <source>Organet, f.eks. bydelsutvalg</source>
        <translation>The body, e.g. a district committee</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="172"/>
        <source>Vervet, f.eks. settevaraordfører</source>
        <translation>The office, e.g. substitute deputy mayor</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="175"/>
        <source>Listens navn</source>
        <translation>Name of the list</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="175"/>
        <source>Kandidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="247"/>
        <source>{votes} stemmer + {blank} blanke = {total} av {n} stemmeberettigede</source>
        <translation>{votes} votes + {blank} blank = {total} of {n} entitled to vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="310"/>
        <source>Ny avstemning: ingen fikk mer enn halvparten av stemmene. I den nye avstemningen er den som får flest stemmer valgt (R-3.3c).</source>
        <translation>New ballot: no one received more than half of the votes. In the new ballot, whoever receives the most votes is elected (R-3.3c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="312"/>
        <source>Registrer ny avstemning ({n}. avstemning)</source>
        <translation>Record new ballot (ballot {n})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="314"/>
        <source>Stemmelikhet: valget avgjøres ved loddtrekning i salen, aldri av møtelederen (R-3.3d). Registrer hvem som ble trukket, og av hvem.</source>
        <translation>A tie: the election is decided by drawing lots in the hall, never by the chair (R-3.3d). Record who was drawn, and by whom.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="316"/>
        <location filename="../../chair_console/ui/panes/election_box.py" line="326"/>
        <source>Registrer avstemningen</source>
        <translation>Record the ballot</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="320"/>
        <source>{name} ble valgt som {office}.</source>
        <translation>{name} was elected as {office}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="323"/>
        <source>Plassene er fordelt.</source>
        <translation>The seats have been allocated.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="327"/>
        <source>Registrer forholdsvalget</source>
        <translation>Record the proportional election</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="332"/>
        <source>Utenfor voteringen i en sak kan bare settevaraordfører eller særskilt møteleder velges (R-3.1a, R-3.3e).</source>
        <translation>Outside an item&apos;s voting, only a stand-in deputy mayor or a special chair can be elected (R-3.1a, R-3.3e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="342"/>
        <source>Loddtrekning mellom {names}. Trukket:</source>
        <translation>Drawing lots between {names}. Drawn:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="365"/>
        <source>Valg</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="382"/>
        <source>Konsollens trekning (hjelp): {name}.</source>
        <translation>Console&apos;s draw (aid): {name}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/election_box.py" line="390"/>
        <source>Loddtrekning</source>
        <translation>Drawing of lots</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../chair_console/ui/errors.py" line="20"/>
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
        <location filename="../../chair_console/ui/errors.py" line="58"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/errors.py" line="60"/>
        <source>Fortsett</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="181"/>
        <source>Chair Console – salskjerm</source>
        <translation>Chair Console – hall display</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="207"/>
        <source>Lukket møte</source>
        <translation>Closed meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="226"/>
        <source>Votering</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="236"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="237"/>
        <source>Mot</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="238"/>
        <source>Blanke</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="254"/>
        <source>Møtet er suspendert</source>
        <translation>The meeting is suspended</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="256"/>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="261"/>
        <source>Møtet fortsetter kl. {time}</source>
        <translation>The meeting resumes at {time}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/hall_display.py" line="264"/>
        <source>Møtet er hevet</source>
        <translation>The meeting is adjourned</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="24"/>
        <source>Utvalgssak</source>
        <translation>Committee case</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="25"/>
        <source>Sak med arbeidsgruppe</source>
        <translation>Case with working group</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="26"/>
        <source>Kontrollutvalgssak</source>
        <translation>Control committee case</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="27"/>
        <source>Privat forslag</source>
        <translation>Private proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="28"/>
        <source>Interpellasjon</source>
        <translation>Interpellation</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="29"/>
        <source>Muntlig redegjørelse</source>
        <translation>Oral statement</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="30"/>
        <source>Spørretime</source>
        <translation>Question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="31"/>
        <source>Aktuell sak</source>
        <translation>Urgent matter</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="32"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="36"/>
        <source>Sykdom</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="37"/>
        <source>Velferd</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="38"/>
        <source>Omsorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="39"/>
        <source>Uoppsettelig arbeid</source>
        <translation>Work that cannot be postponed</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="40"/>
        <source>Ikke meldt</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="45"/>
        <source>Ikke satt</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="46"/>
        <source>Møtet er satt</source>
        <translation>Meeting open</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="47"/>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="48"/>
        <source>Forhandlingene avbrutt (R-11a)</source>
        <translation>Proceedings suspended (R-11a)</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="49"/>
        <source>Møtet er hevet</source>
        <translation>Meeting adjourned</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="53"/>
        <source>Møteleder</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="54"/>
        <source>Sekretær</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="59"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="60"/>
        <source>Forfall</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="61"/>
        <source>Gått ut</source>
        <translation>Gone out</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="62"/>
        <source>Gått for resten av møtet</source>
        <translation>Left for the rest of the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="63"/>
        <source>Utestengt fra møtet</source>
        <translation>Excluded from the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="64"/>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="68"/>
        <source>ordfører</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="69"/>
        <source>varaordfører</source>
        <translation>deputy mayor</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="70"/>
        <source>settevaraordfører</source>
        <translation>substitute deputy mayor</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="71"/>
        <source>særskilt møteleder</source>
        <translation>special chair</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="75"/>
        <source>Ikke behandlet</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="76"/>
        <source>Til debatt</source>
        <translation>In debate</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="77"/>
        <source>Votering</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="78"/>
        <source>Avgjort</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="79"/>
        <source>Utsatt</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="80"/>
        <source>Sendt til utvalg</source>
        <translation>Sent to committee</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="84"/>
        <source>Innlegg</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="85"/>
        <source>Ett minutt</source>
        <translation>One minute</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="86"/>
        <source>Replikk</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="87"/>
        <source>Svar på replikk</source>
        <translation>Answer to replies</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="88"/>
        <source>Avsluttende innlegg</source>
        <translation>Closing speech</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="89"/>
        <source>Byrådsinnlegg</source>
        <translation>City government speech</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="90"/>
        <source>Spørsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="91"/>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="92"/>
        <source>Tilleggsspørsmål</source>
        <translation>Supplementary question</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="93"/>
        <source>Oppfølgingsspørsmål</source>
        <translation>Follow-up question</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="97"/>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="98"/>
        <source>Pågår</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="99"/>
        <source>Besvart</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="100"/>
        <source>Ikke besvart (avslått)</source>
        <translation>Not answered (declined)</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/words.py" line="101"/>
        <source>Ikke nådd</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="64"/>
        <source>møtelederens stasjon</source>
        <translation>the chair&apos;s station</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="65"/>
        <source>sekretærens stasjon</source>
        <translation>the secretary&apos;s station</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="66"/>
        <source>salskjermen</source>
        <translation>the hall display</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="67"/>
        <source>strømmegrafikken</source>
        <translation>the stream overlay</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="76"/>
        <source>opprette møtet</source>
        <translation>create the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="77"/>
        <source>sette møtet</source>
        <translation>open the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="78"/>
        <source>pause i møtet</source>
        <translation>break in the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="79"/>
        <source>fortsette møtet</source>
        <translation>resume the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="80"/>
        <source>heve møtet</source>
        <translation>adjourn the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="81"/>
        <source>fortsette møtet en annen dag</source>
        <translation>continue the meeting another day</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="82"/>
        <source>merknader til innkalling og saksliste</source>
        <translation>remarks on the notice and agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="83"/>
        <source>rettelse etter møtet</source>
        <translation>correction after the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="85"/>
        <source>registrere til stede</source>
        <translation>record present</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="86"/>
        <source>registrere forfall</source>
        <translation>record an absence</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="87"/>
        <source>registrere at et medlem gikk</source>
        <translation>record that a member left</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="88"/>
        <source>innkalle varamedlem</source>
        <translation>seat a substitute</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="89"/>
        <source>registrere at et varamedlem gikk</source>
        <translation>record that a substitute left</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="90"/>
        <source>registrere byrådet til stede</source>
        <translation>record the city government present</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="91"/>
        <source>registrere at et byrådsmedlem gikk</source>
        <translation>record that a city government member left</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="92"/>
        <source>overta møteledelsen</source>
        <translation>take the chair</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="93"/>
        <source>utestenge et medlem</source>
        <translation>exclude a member</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="94"/>
        <source>avgjøre habilitet</source>
        <translation>decide on disqualification</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="96"/>
        <source>lese inn sakslisten</source>
        <translation>import the agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="97"/>
        <source>endre rekkefølgen på sakslisten</source>
        <translation>reorder the agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="98"/>
        <source>ta opp en aktuell sak</source>
        <translation>take up an urgent matter</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="99"/>
        <source>endre taletiden i saken</source>
        <translation>change the item&apos;s speaking time</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="100"/>
        <source>lukke møtet</source>
        <translation>close the meeting to the public</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="101"/>
        <source>ta opp saken</source>
        <translation>take up the item</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="102"/>
        <source>avslutte debatten</source>
        <translation>close the debate</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="103"/>
        <source>utsette saken</source>
        <translation>postpone the item</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="104"/>
        <source>sende saken til utvalg</source>
        <translation>send the item to a committee</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="105"/>
        <source>avslutte saken</source>
        <translation>close the item</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="106"/>
        <source>vedtak i lukket sak i den offentlige møteboken</source>
        <translation>a closed item&apos;s decision in the public minutes</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="108"/>
        <source>sette på talerlisten</source>
        <translation>put on the speaker list</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="109"/>
        <source>ta av talerlisten</source>
        <translation>take off the speaker list</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="110"/>
        <source>flytte på talerlisten</source>
        <translation>move on the speaker list</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="111"/>
        <source>gi ordet</source>
        <translation>give the floor</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="112"/>
        <source>stoppe taletiden</source>
        <translation>pause the speaking time</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="113"/>
        <source>fortsette taletiden</source>
        <translation>resume the speaking time</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="114"/>
        <source>avslutte innlegget</source>
        <translation>end the speech</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="115"/>
        <source>neste taler</source>
        <translation>next speaker</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="116"/>
        <source>advare en taler</source>
        <translation>warn a speaker</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="118"/>
        <source>registrere forslag</source>
        <translation>record a proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="119"/>
        <source>trekke forslag</source>
        <translation>withdraw a proposal</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="120"/>
        <source>oversende forslag til byrådet</source>
        <translation>forward proposals to the city government</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="121"/>
        <source>voteringsorden</source>
        <translation>voting order</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="122"/>
        <source>registrere votering</source>
        <translation>record a vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="123"/>
        <source>vedtakstekst</source>
        <translation>decision text</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="124"/>
        <source>protester mot vedtak i aktuell sak</source>
        <translation>objections to a decision in an urgent matter</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="125"/>
        <source>registrere valgomgang</source>
        <translation>record an election round</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="126"/>
        <source>registrere loddtrekning</source>
        <translation>record a drawing of lots</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="127"/>
        <source>registrere forholdsvalg</source>
        <translation>record a proportional election</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="129"/>
        <source>registrere spørsmål</source>
        <translation>register a question</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="130"/>
        <source>hvem som svarer på spørsmålet</source>
        <translation>who answers the question</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="131"/>
        <source>spørsmålenes rekkefølge</source>
        <translation>the order of the questions</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="132"/>
        <source>oppfølgingsspørsmål</source>
        <translation>follow-up question</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="133"/>
        <source>neste trinn i spørretimen</source>
        <translation>next step of the question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="134"/>
        <source>avstå fra å svare</source>
        <translation>decline to answer</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="135"/>
        <source>avslutte spørretimen</source>
        <translation>end the question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="137"/>
        <source>angre</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="138"/>
        <source>gjøre om</source>
        <translation>redo</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="166"/>
        <location filename="../../chair_console/procedure/stations.py" line="169"/>
        <source>et avsluttende innlegg som reglementet ikke gir</source>
        <translation>a closing speech the rules do not give</translation>
    </message>
    <message>
        <location filename="../../chair_console/procedure/stations.py" line="174"/>
        <source>forslaget til voteringsorden</source>
        <translation>the proposed voting order</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="369"/>
        <source>Sett møtet</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="375"/>
        <location filename="../../chair_console/ui/main_window.py" line="552"/>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="381"/>
        <location filename="../../chair_console/ui/main_window.py" line="554"/>
        <source>Fortsett møtet</source>
        <translation>Resume the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="453"/>
        <source>Ta opp valgt sak</source>
        <translation>Take up the selected item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="454"/>
        <source>Avslutt debatten</source>
        <translation>Close the debate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="521"/>
        <source>Oversettelsen finnes ikke i denne installasjonen.</source>
        <translation>That translation is not installed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="530"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="531"/>
        <source>Oppmøterapport for godtgjøring …</source>
        <translation>Attendance report for allowances …</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="532"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="533"/>
        <source>&amp;Møte</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="534"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="535"/>
        <source>Møte&amp;bok</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="536"/>
        <source>Vis møteboken (offentlig utgave)</source>
        <translation>Show the minutes (public version)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="537"/>
        <source>Lagre offentlig møtebok som PDF…</source>
        <translation>Save public minutes as PDF…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="538"/>
        <source>Lagre intern møtebok som PDF…</source>
        <translation>Save internal minutes as PDF…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="539"/>
        <source>Lagre arkivkopi (PDF/A-2b)…</source>
        <translation>Save archive copy (PDF/A-2b)…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="540"/>
        <source>Vedtak i lukket sak i den offentlige møteboken…</source>
        <translation>Decision of a closed item in the public minutes…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="541"/>
        <source>Skriv ut møteboken…</source>
        <translation>Print the minutes…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="542"/>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="543"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="544"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="545"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="546"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="547"/>
        <source>Importer bystyret…</source>
        <translation>Import council…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="548"/>
        <source>Importer saksliste til dette møtet…</source>
        <translation>Import agenda into this meeting…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="549"/>
        <source>Sett møtet («Møtet er satt»)</source>
        <translation>Open the meeting (“Møtet er satt”)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="551"/>
        <source>Hev møtet («Møtet er hevet»)</source>
        <translation>Adjourn the meeting (“Møtet er hevet”)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="553"/>
        <source>Avbryt forhandlingene (R-11a)…</source>
        <translation>Suspend the proceedings (R-11a)…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="555"/>
        <source>Fortsett møtet en annen dag…</source>
        <translation>Continue the meeting another day…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="556"/>
        <source>Rettelse etter møtet…</source>
        <translation>Correction after the meeting…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="557"/>
        <source>Merknader til innkalling og saksliste …</source>
        <translation>Remarks on the notice and agenda …</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="558"/>
        <source>Tilbakestill vindusoppsettet</source>
        <translation>Reset the window layout</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="559"/>
        <source>Oppsettet følger møtet</source>
        <translation>Layout follows the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="561"/>
        <source>Salskjerm (F11)</source>
        <translation>Hall display (F11)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="562"/>
        <source>Salskjerm på skjerm</source>
        <translation>Hall display on screen</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="563"/>
        <source>Strømmegrafikk</source>
        <translation>Stream graphics</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="564"/>
        <location filename="../../chair_console/ui/main_window.py" line="970"/>
        <source>Om Chair Console</source>
        <translation>About Chair Console</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="567"/>
        <source>Stasjonens rolle er satt ved oppstart (--role eller innstillingsfilen) og kan ikke endres her</source>
        <translation>The station&apos;s role is set when it starts (--role or the settings file) and cannot be changed here</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="588"/>
        <source>Angre {action}</source>
        <translation>Undo {action}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="588"/>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="589"/>
        <source>Gjør om {action}</source>
        <translation>Redo {action}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="589"/>
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="727"/>
        <source>Chair Console — {title}</source>
        <translation>Chair Console — {title}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="729"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="731"/>
        <source>{date} · {place} · {phase}</source>
        <translation>{date} · {place} · {phase}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="735"/>
        <source>Møteleder: {name}</source>
        <translation>Chair: {name}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="739"/>
        <source>Til stede: {present} av {seats} · vedtaksført</source>
        <translation>Present: {present} of {seats} · quorate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="741"/>
        <source>Til stede: {present} av {seats} · ikke vedtaksført (minst {required})</source>
        <translation>Present: {present} of {seats} · no quorum (at least {required})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="746"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="749"/>
        <source>LUKKET MØTE – ingen strømming</source>
        <translation>CLOSED MEETING – no streaming</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="791"/>
        <source>DEMO – egen database</source>
        <translation>DEMO – database of its own</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="793"/>
        <source>SKRIVEBESKYTTET – bare visning</source>
        <translation>READ-ONLY – view only</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="795"/>
        <source>ÅPEN I EN ANNEN KONSOLL – bare visning</source>
        <translation>OPEN IN ANOTHER CONSOLE – view only</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="797"/>
        <source>Kontrollerer loggen …</source>
        <translation>Checking the log …</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="799"/>
        <source>LOGGEN BESTO IKKE KONTROLLEN</source>
        <translation>THE LOG FAILED VERIFICATION</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="801"/>
        <source>FRAKOBLET – venter på databasetjeneren</source>
        <translation>OFFLINE – waiting for the database server</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="807"/>
        <source>Loggen besto ikke kontrollen</source>
        <translation>The log failed verification</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="811"/>
        <source>IKKE LAGRET – se meldingen</source>
        <translation>NOT SAVED – see the message</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="814"/>
        <source>Alt er lagret</source>
        <translation>All saved</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="817"/>
        <source>Alt er lagret ({time})</source>
        <translation>All saved ({time})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="848"/>
        <source>Lagre møteboken</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="852"/>
        <source>Møteboken er lagret: {path}</source>
        <translation>The minutes are saved: {path}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="878"/>
        <source>Ingen saker i dette møtet er lukket.</source>
        <translation>No item in this meeting is closed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="880"/>
        <source>vedtaket offentliggjøres</source>
        <translation>decision published</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="881"/>
        <source>vedtaket offentliggjøres ikke</source>
        <translation>decision not published</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="884"/>
        <location filename="../../chair_console/ui/main_window.py" line="889"/>
        <source>Vedtak i lukket sak</source>
        <translation>Decision of a closed item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="884"/>
        <source>Hvilken lukket sak?</source>
        <translation>Which closed item?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="890"/>
        <source>Skal vedtaket i {item} stå i den offentlige møteboken? Bare vedtaket, aldri debatten, og bare der unntaket fra offentlighet tillater det (R-3.6c).</source>
        <translation>Should the decision of {item} be printed in the public minutes? Only the decision, never the debate, and only where the exemption from public access allows it (R-3.6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="892"/>
        <source>Offentliggjør vedtaket</source>
        <translation>Publish the decision</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="892"/>
        <source>Ikke offentliggjør</source>
        <translation>Do not publish</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="895"/>
        <source>Offentliggjør vedtak</source>
        <translation>Publish decision</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="895"/>
        <source>Ikke offentliggjør vedtak</source>
        <translation>Do not publish decision</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="900"/>
        <source>Møteboken ble ikke skrevet ut.</source>
        <translation>The minutes were not printed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="903"/>
        <location filename="../../chair_console/ui/main_window.py" line="906"/>
        <source>Avbryt forhandlingene</source>
        <translation>Suspend the proceedings</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="903"/>
        <source>Kort merknad til møteboken (R-11a):</source>
        <translation>A short note for the minutes (R-11a):</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="911"/>
        <source>Fortsett en annen dag</source>
        <translation>Continue another day</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="911"/>
        <source>Dato for neste møtedag (ÅÅÅÅ-MM-DD):</source>
        <translation>Date of the next sitting (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="914"/>
        <source>Ny møtedag</source>
        <translation>New sitting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="917"/>
        <location filename="../../chair_console/ui/main_window.py" line="920"/>
        <source>Rettelse etter møtet</source>
        <translation>Correction after the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="917"/>
        <source>Hva rettes?</source>
        <translation>What is corrected?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="920"/>
        <source>Hvorfor (hvem meldte feilen)?</source>
        <translation>Why (who reported the error)?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="922"/>
        <source>Rettelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="927"/>
        <source>Merknader til innkalling og saksliste</source>
        <translation>Remarks on the notice and agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="928"/>
        <source>Merknad til innkallingen eller sakslisten (føres i møteboken):</source>
        <translation>Remark on the notice or the agenda (entered in the minutes):</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="931"/>
        <source>Merknad til innkalling og saksliste</source>
        <translation>Remark on the notice and agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="934"/>
        <source>Importer bystyret</source>
        <translation>Import council</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="934"/>
        <source>Bystyret (*.csv *.json)</source>
        <translation>Council (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="948"/>
        <location filename="../../chair_console/ui/main_window.py" line="950"/>
        <source>Importer saksliste</source>
        <translation>Import agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="948"/>
        <source>Saksliste (*.csv *.json)</source>
        <translation>Agenda (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="958"/>
        <location filename="../../chair_console/ui/main_window.py" line="960"/>
        <location filename="../../chair_console/ui/main_window.py" line="964"/>
        <source>Hev møtet</source>
        <translation>Adjourn the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="959"/>
        <source>Vil du heve møtet? Etterpå kan ingenting mer registreres i dette møtet.</source>
        <translation>Adjourn the meeting? Nothing more can be recorded in it afterwards.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="961"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="972"/>
        <source>Chair Console {version}

Database: {db}
Loggfil: {log}</source>
        <translation>Chair Console {version}

Database: {db}
Log file: {log}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="976"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../chair_console/ui/controller.py" line="233"/>
        <source>Importert: {members} medlemmer i {groups} grupper. Nye møter bruker dette bystyret.</source>
        <translation>Imported: {members} members in {groups} groups. New meetings use this council.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../chair_console/messages.py" line="18"/>
        <source>Handlingen kom i feil rekkefølge i møteloggen. Ingenting ble endret.</source>
        <translation>The action came out of order in the meeting log. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="19"/>
        <source>Ukjent rolle: {actor}.</source>
        <translation>Unknown role: {actor}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="20"/>
        <source>Ukjent hendelse i møteloggen: {kind}.</source>
        <translation>Unknown event in the meeting log: {kind}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="21"/>
        <source>Handlingen ble avvist: feltet «{field}» i {kind} mangler eller er ikke {expected}. Ingenting ble endret.</source>
        <translation>Refused: the field «{field}» in {kind} is missing or is not {expected}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="24"/>
        <source>Det er ingenting å angre.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="25"/>
        <source>Denne handlingen er allerede angret.</source>
        <translation>This action is already undone.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="26"/>
        <source>Denne handlingen er ikke angret, så den kan ikke gjøres om.</source>
        <translation>This action is not undone, so it cannot be redone.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="27"/>
        <source>Kan ikke angre: en senere handling (nr. {seq}) bygger på denne. Angre den først.</source>
        <translation>Cannot undo: a later action (no. {seq}) depends on this one. Undo that first.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="31"/>
        <source>Møtet er ikke opprettet.</source>
        <translation>The meeting has not been created.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="32"/>
        <source>Møtet er allerede opprettet.</source>
        <translation>The meeting is already created.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="33"/>
        <source>Møtet er registrert etter reglene i en nyere versjon av Chair Console ({rules}). Oppdater programmet.</source>
        <translation>The meeting is recorded under the rules of a newer version of Chair Console ({rules}). Update the program.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="36"/>
        <source>Møtets grunnlagsdata er ufullstendige.</source>
        <translation>The meeting&apos;s base data are incomplete.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="37"/>
        <source>Møtet er allerede satt.</source>
        <translation>The meeting is already open.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="38"/>
        <source>Møtet er ikke satt. Sett møtet først (Møte → Sett møtet).</source>
        <translation>The meeting is not open. Open it first (Meeting → Open the meeting).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="39"/>
        <source>Møtet er hevet. Bare rettelser kan registreres nå (Møte → Rettelse etter møtet).</source>
        <translation>The meeting is adjourned. Only corrections can be recorded now (Meeting → Correction after the meeting).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="42"/>
        <source>Møtet har pause. Fortsett møtet først.</source>
        <translation>The meeting is on a break. Resume it first.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="43"/>
        <source>Møtet har ikke pause.</source>
        <translation>The meeting is not on a break.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="44"/>
        <source>Ukjent type pause.</source>
        <translation>Unknown kind of break.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="45"/>
        <source>En votering pågår. Avslutt saken før møtet heves.</source>
        <translation>A vote is under way. Finish the item before adjourning.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="48"/>
        <source>Møtet er ikke hevet; det kan bare fortsettes en annen dag etter at det er hevet.</source>
        <translation>The meeting is not adjourned; it can continue another day only after it is adjourned.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="51"/>
        <source>Rettelser etter møtet registreres når møtet er hevet; under møtet brukes Angre.</source>
        <translation>Corrections after the meeting are recorded once it is adjourned; during the meeting use Undo.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="54"/>
        <source>Skriv både hva som rettes og hvorfor.</source>
        <translation>Write both what is corrected and why.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="55"/>
        <source>Merknader til innkalling og saksliste føres etter at møtet er satt og før første sak tas opp (R-3.6a). Ingenting ble registrert.</source>
        <translation>Remarks on the notice and agenda are recorded after the meeting is set and before the first item is taken up (R-3.6a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="60"/>
        <source>Skriv merknaden til innkallingen eller sakslisten. Ingenting ble registrert.</source>
        <translation>Write the remark on the notice or the agenda. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="63"/>
        <source>Saken er lukket etter {basis}. Møtelederen må bekrefte hjemmelen før saken tas opp (R-3.7a).</source>
        <translation>The item is closed under {basis}. The chair must confirm the legal basis before taking it up (R-3.7a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="66"/>
        <source>Saken skal behandles for lukkede dører etter {basis}. Bystyret må først vedta å lukke møtet, stilltiende eller ved votering, med hjemmelen (R-3.6b, R-3.7a). Ingenting ble registrert.</source>
        <translation>The item is to be dealt with behind closed doors under {basis}. The city council must first decide to close the meeting, tacitly or by a vote, stating the legal basis (R-3.6b, R-3.7a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="71"/>
        <source>Skriv hjemmelen for å lukke møtet (kommuneloven § 11-5) (R-3.6b). Ingenting ble registrert.</source>
        <translation>Enter the legal basis for closing the meeting under the Local Government Act (kommuneloven) § 11-5 (R-3.6b). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="75"/>
        <source>{member} er ikke medlem av bystyret. Byrådet teller ikke med i fremmøtet (R-1b).</source>
        <translation>{member} is not a member of the council. The city government does not count towards attendance (R-1b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="78"/>
        <source>{member} er allerede registrert til stede.</source>
        <translation>{member} is already recorded as present.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="79"/>
        <source>{member} er allerede registrert med det forfallet.</source>
        <translation>{member} is already recorded with that absence.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="80"/>
        <source>Ugyldig forfallsgrunn: {reason}. Gyldige grunner er sykdom, velferd, omsorg og uoppsettelig arbeid (R-4a).</source>
        <translation>Invalid reason for absence: {reason}. Valid reasons are illness, welfare, care and work that cannot be postponed (R-4a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="83"/>
        <source>{member} er ikke til stede.</source>
        <translation>{member} is not present.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="84"/>
        <source>Plassen til {member} er tatt av varamedlem {substitute}. La varamedlemmet gå ut først (R-4b).</source>
        <translation>{member}&apos;s seat is held by the substitute {substitute}. Let the substitute leave first (R-4b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="87"/>
        <source>Ukjent varamedlem: {substitute}.</source>
        <translation>Unknown substitute: {substitute}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="88"/>
        <source>{substitute} er ikke varamedlem for gruppen til {member} (R-4b).</source>
        <translation>{substitute} is not a substitute of {member}&apos;s group (R-4b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="91"/>
        <source>{member} er til stede; plassen trenger ikke vara.</source>
        <translation>{member} is present; the seat needs no substitute.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="92"/>
        <source>{substitute} møter allerede for {member}. En plass kan bare ha én person.</source>
        <translation>{substitute} already sits for {member}. A seat holds only one person.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="95"/>
        <source>{substitute} møter allerede for {member}. Et varamedlem kan bare møte for én.</source>
        <translation>{substitute} already sits for {member}. A substitute sits for one seat only.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="98"/>
        <source>{substitute} møter ikke nå.</source>
        <translation>{substitute} is not sitting now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="99"/>
        <location filename="../../chair_console/messages.py" line="168"/>
        <source>{person} er ikke medlem av byrådet.</source>
        <translation>{person} is not a member of the city government.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="100"/>
        <source>{person} er allerede registrert til stede.</source>
        <translation>{person} is already recorded as present.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="101"/>
        <source>{person} er ikke registrert til stede.</source>
        <translation>{person} is not recorded as present.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="102"/>
        <source>{person} sitter ikke i salen og kan ikke lede møtet.</source>
        <translation>{person} is not in a seat and cannot chair the meeting.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="103"/>
        <source>{person} leder allerede møtet.</source>
        <translation>{person} already chairs the meeting.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="104"/>
        <source>{person} er verken ordfører eller varaordfører og er ikke valgt som {office}. Bystyret velger {office} før {person} kan lede møtet (R-3.1a): registrer valget i valgdelen av Votering (vervet «{office}»).</source>
        <translation>{person} is neither the mayor nor the deputy mayor and has not been elected as {office}. The city council must elect a {office} before {person} can chair the meeting (R-3.1a): record the election in the election section of the Votes pane (the office “{office}”).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="109"/>
        <source>{person} leder ikke møtet, så det er ingen møteledelse å overlate for innlegget (R-5.5b).</source>
        <translation>{person} is not chairing the meeting, so there is no chair to hand over for the speech (R-5.5b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="112"/>
        <source>{deputy} er til stede og overtar ledelsen av forhandlingene under innlegget: «overtar varaordfører, eventuelt setteordfører» (R-5.5b). {person} kan overta bare når verken ordfører eller varaordfører kan. Ingenting ble registrert.</source>
        <translation>{deputy} is present and chairs the meeting during the speech: «the deputy mayor takes over, or else a stand-in chair» (R-5.5b). {person} can take over only when neither the mayor nor the deputy mayor can. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="118"/>
        <source>{person} er inhabil i saken og kan ikke lede møtet under den (R-3.10a). Ingenting ble registrert.</source>
        <translation>{person} is disqualified in this item and cannot chair the meeting during it (R-3.10a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="121"/>
        <source>{person} er valgt som {office}, men ordfører og varaordfører er til stede: en av dem leder møtet. Settevaraordfører leder når ordfører eller varaordfører har forfall, særskilt møteleder når begge har forfall (R-3.1a). Ingenting ble registrert.</source>
        <translation>{person} was elected {office}, but the mayor and the deputy mayor are present: one of them chairs the meeting. A stand-in deputy mayor chairs when the mayor or the deputy mayor is absent, a special chair when both are (R-3.1a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="127"/>
        <source>Det velges ikke {office} nå: settevaraordfører velges når ordfører eller varaordfører har forfall, særskilt møteleder når begge har forfall (R-3.1a). Ingenting ble registrert.</source>
        <translation>No {office} is elected now: a stand-in deputy mayor is elected when the mayor or the deputy mayor is absent, a special chair when both are (R-3.1a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="132"/>
        <source>Saken er allerede avgjort; inhabilitet kan ikke registreres nå.</source>
        <translation>The item is already decided; a disqualification cannot be recorded now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="135"/>
        <source>Skriv hjemmelen for inhabiliteten (R-3.10a).</source>
        <translation>Enter the legal basis of the disqualification (R-3.10a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="136"/>
        <source>Det er allerede votert i saken; bystyret avgjør inhabilitet før voteringen (R-3.10a). Angre voteringen først hvis spørsmålet om inhabilitet skulle vært avgjort før den. Ingenting ble registrert.</source>
        <translation>A vote has already been held in this item; the council decides on disqualification before the vote (R-3.10a). Undo the vote first if the question of disqualification should have been decided before it. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="141"/>
        <source>{person} er allerede registrert inhabil i saken.</source>
        <translation>{person} is already recorded as disqualified in this item.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="142"/>
        <source>Bystyret treffer beslutning om inhabilitet (R-3.10a): registrer om bystyret vedtok det stilltiende eller ved votering. Ingenting ble registrert.</source>
        <translation>The city council decides on disqualification (R-3.10a): record whether the city council decided it tacitly or by a vote. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="147"/>
        <source>Saken er en valgsak: ingen er inhabil når det velges personer til offentlige tillitsverv eller fastsettes godtgjøring for slike verv (R-3.10a, reglementet § 3.10 b). Ingenting ble registrert.</source>
        <translation>The item is an election item: no one is disqualified when people are elected to public office or the remuneration for such offices is set (R-3.10a, rules of procedure § 3.10 b). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="152"/>
        <source>Ingen er registrert til stede. Ta navneoppropet før møtet settes (R-5.1a).</source>
        <translation>No one is recorded as present. Take the roll call before opening the meeting (R-5.1a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="156"/>
        <source>Saken finnes ikke på sakslisten.</source>
        <translation>The item is not on the agenda.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="157"/>
        <source>Saken er allerede til behandling.</source>
        <translation>The item is already under debate.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="159"/>
        <source>Talelisten gjelder saken som er til behandling. Ta opp saken først.</source>
        <translation>The speaker list belongs to the item under debate. Take up the item first.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="160"/>
        <source>Ukjent type innlegg: {kind}.</source>
        <translation>Unknown kind of speech: {kind}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="161"/>
        <source>{person} er ikke til stede og kan ikke få ordet.</source>
        <translation>{person} is not present and cannot have the floor.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="162"/>
        <source>{person} leder møtet og kan ikke ha innlegg eller replikker i debatten. Varaordføreren, eventuelt en valgt settevaraordfører, overtar møteledelsen så lenge (R-5.5b).</source>
        <translation>{person} is chairing the meeting and cannot make speeches or replies in the debate. The deputy mayor, or an elected substitute deputy mayor, takes the chair in the meantime (R-5.5b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="167"/>
        <source>{person} er medlem av byrådet: velg «byrådsinnlegg».</source>
        <translation>{person} is in the city government: choose “city government speech”.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="169"/>
        <source>{person} er inhabil i saken og kan ikke få ordet (R-3.10a).</source>
        <translation>{person} is disqualified in this item and cannot have the floor (R-3.10a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="170"/>
        <source>I en aktuell sak kan det gis ett innlegg fra hver gruppe og ett fra byrådet, ikke innlegg på ett minutt, replikker eller avsluttende innlegg (R-3.2c).</source>
        <translation>In an urgent matter there may be one speech from each group and one from the city government, but no one-minute speeches, replies or closing speeches (R-3.2c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="175"/>
        <source>{group} har allerede en taler i den aktuelle saken: ett innlegg fra hver gruppe (R-3.2c).</source>
        <translation>{group} already has a speaker in the urgent matter: one speech from each group (R-3.2c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="178"/>
        <source>Byrådet har allerede en taler i den aktuelle saken: ett innlegg fra byrådet (R-3.2c).</source>
        <translation>The city government already has a speaker in the urgent matter: one speech from the city government (R-3.2c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="181"/>
        <source>Etter en muntlig redegjørelse kan én fra hver gruppe og byrådsmedlemmet få ordet én gang (R-3.5a).</source>
        <translation>After an oral statement one member of each group and the city government member may speak once (R-3.5a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="184"/>
        <source>{person} har allerede hatt ordet i debatten (R-3.5a).</source>
        <translation>{person} has already spoken in this debate (R-3.5a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="185"/>
        <source>Gruppen {group} har allerede en taler i debatten om redegjørelsen (R-3.5a).</source>
        <translation>The group {group} already has a speaker in the debate on the statement (R-3.5a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="188"/>
        <source>Bare {presenter}, som ga redegjørelsen, kan få ordet for byrådet i debatten; {person} kan ikke (R-3.5a).</source>
        <translation>Only {presenter}, who gave the statement, may have the floor for the city government in the debate; {person} may not (R-3.5a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="192"/>
        <source>{person} har allerede hatt to innlegg på ett minutt i saken (R-5.4d).</source>
        <translation>{person} has already had two one-minute speeches in this item (R-5.4d).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="195"/>
        <source>Replikker er ikke tillatt i denne saken (R-5.4e). Møtelederen kan tillate dem under Taletid.</source>
        <translation>Replies are not allowed in this item (R-5.4e). The chair can allow them under Speaking time.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="198"/>
        <source>Velg innlegget replikken gjelder.</source>
        <translation>Choose the speech the reply is to.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="199"/>
        <source>Innlegget til {speaker} er ikke holdt ennå. En replikk kan bare gjelde et innlegg som er holdt eller holdes nå (R-5.4e).</source>
        <translation>{speaker}&apos;s speech has not been given yet. A reply can only be to a speech given or under way (R-5.4e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="204"/>
        <source>{person} kan ikke ta replikk på sitt eget innlegg. Den som holdt innlegget, svarer på replikkene med ett svar på inntil to minutter (R-5.4e).</source>
        <translation>{person} cannot reply to their own speech. The one who gave the speech answers the replies with one answer of up to two minutes (R-5.4e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="209"/>
        <source>{person} har allerede hatt to replikker (R-5.4e).</source>
        <translation>{person} has already had two replies (R-5.4e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="210"/>
        <source>Bare den som holdt innlegget kan svare på replikkene (R-5.4e).</source>
        <translation>Only the speaker of the speech may answer the replies (R-5.4e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="213"/>
        <source>Ingen har tatt replikk på innlegget ennå, så det er ingenting å svare på (R-5.4e).</source>
        <translation>Nobody has replied to the speech yet, so there is nothing to answer (R-5.4e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="216"/>
        <source>{person} har allerede svaret på replikkene til innlegget: ett svar på inntil to minutter (R-5.4e).</source>
        <translation>{person} has already answered the replies to the speech: one answer of up to two minutes (R-5.4e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="219"/>
        <source>Debatten i {item} er avsluttet, og saken er tatt opp til votering: ingen kan få ordet nå (R-3.3e).</source>
        <translation>The debate on {item} is closed and the item is being voted on: nobody can be given the floor now (R-3.3e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="222"/>
        <source>Avsluttende innlegg gis bare til utvalgets leder eller nestleder eller arbeidsgruppens leder (R-5.3b).</source>
        <translation>Closing speeches are for the committee&apos;s leader or deputy leader or the working group&apos;s leader (R-5.3b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="225"/>
        <source>{item} kommer ikke fra et utvalg, så ingen har rett til avsluttende innlegg (R-5.3b). Møtelederen kan gi {person} ordet likevel, med en begrunnelse som føres i møteboken.</source>
        <translation>{item} does not come from a committee, so no one is entitled to a closing speech (R-5.3b). The chair may give {person} the floor all the same, with a reason that is entered in the minutes.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="230"/>
        <source>Skriv hvorfor møtelederen gir avsluttende innlegg likevel; begrunnelsen føres i møteboken (R-5.3b).</source>
        <translation>Write why the chair is allowing a closing speech all the same; the reason is entered in the minutes (R-5.3b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="233"/>
        <source>Møtelederens unntak gjelder bare avsluttende innlegg i saker uten utvalg (R-5.3b); {person} kan føres opp uten det.</source>
        <translation>The chair&apos;s exception applies only to closing speeches in items without a committee (R-5.3b); {person} can be put on the list without it.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="237"/>
        <source>Taleren står ikke på talelisten.</source>
        <translation>The speaker is not on the list.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="238"/>
        <source>Ugyldig plass på talelisten.</source>
        <translation>Invalid place in the speaker list.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="239"/>
        <source>Talelisten er tom.</source>
        <translation>The speaker list is empty.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="240"/>
        <source>Gruppens taletid i saken er brukt opp (R-5.4a). {person} kan få et innlegg på ett minutt (R-5.4d).</source>
        <translation>The group&apos;s time in this item is used up (R-5.4a). {person} may have a one-minute speech (R-5.4d).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="243"/>
        <source>I en interpellasjon er det bare vanlige innlegg: ingen replikker eller innlegg på ett minutt (R-7a).</source>
        <translation>An interpellation has ordinary speeches only: no replies or one-minute speeches (R-7a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="246"/>
        <source>{person} har brukt sine innlegg i interpellasjonen ({turns}) (R-7a).</source>
        <translation>{person} has used their speeches in the interpellation ({turns}) (R-7a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="249"/>
        <source>Interpellasjonens time er brukt opp (R-7b).</source>
        <translation>The interpellation&apos;s hour is used up (R-7b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="252"/>
        <source>Spørsmål hører til spørretimen.</source>
        <translation>Questions belong to the question hour.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="253"/>
        <source>Spørretimens time er ute (R-6a).</source>
        <translation>The question hour&apos;s hour is over (R-6a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="254"/>
        <source>Spørsmål stilles til ordføreren eller et medlem av byrådet (R-6a).</source>
        <translation>Questions are put to the mayor or a member of the city government (R-6a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="257"/>
        <source>Skriv hva spørsmålet gjelder.</source>
        <translation>Write what the question is about.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="258"/>
        <source>{person} har allerede et hovedspørsmål i spørretimen (R-6b).</source>
        <translation>{person} already has a main question in this question hour (R-6b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="261"/>
        <source>Den nye rekkefølgen må ha med alle spørsmålene én gang.</source>
        <translation>The new order must hold every question once.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="262"/>
        <source>Spørsmål som er tatt, kan ikke flyttes.</source>
        <translation>Questions already taken cannot be moved.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="263"/>
        <source>Ingen spørsmål er i gang.</source>
        <translation>No question is under way.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="264"/>
        <source>Spørreren har sitt ene tilleggsspørsmål; oppfølgingsspørsmål er for andre (R-6c).</source>
        <translation>The asker has their one supplementary question; follow-ups are for others (R-6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="267"/>
        <source>{person} har allerede et oppfølgingsspørsmål i denne saken (R-6c).</source>
        <translation>{person} already has a follow-up on this matter (R-6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="270"/>
        <source>Det er ingen flere spørsmål.</source>
        <translation>There are no more questions.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="271"/>
        <source>Det er ikke spørsmålsstillerens tilleggsspørsmål som står for tur nå (R-6c).</source>
        <translation>It is not the asker&apos;s supplementary question that is next (R-6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="274"/>
        <source>Et ekstraordinært bystyremøte har ingen spørretime; den hører til de ordinære møtene (R-6a).</source>
        <translation>An extraordinary council meeting has no question hour; it belongs to the ordinary meetings (R-6a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="277"/>
        <source>Ukjent spørsmål i spørretimen: {question}.</source>
        <translation>Unknown question in the question hour: {question}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="278"/>
        <source>Spørsmålet er ferdig behandlet; hvem som svarer, kan ikke endres nå.</source>
        <translation>The question is finished; who answers can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="281"/>
        <source>Spørsmål til ordføreren besvares av ordføreren; en settebyråd svarer bare for et medlem av byrådet (R-6c).</source>
        <translation>Questions to the mayor are answered by the mayor; a stand-in answers only for a member of the city government (R-6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="284"/>
        <source>{person} er til stede og svarer selv (R-6c).</source>
        <translation>{person} is present and answers in person (R-6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="285"/>
        <source>{person} er ikke medlem av byrådet. Bare en annen byråd kan svare som settebyråd (R-6c).</source>
        <translation>{person} is not a member of the city government. Only another member of the city government can answer as a stand-in (R-6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="288"/>
        <source>{person} er ikke til stede og kan ikke svare. Velg en byråd som er til stede under «Svarer:» (settebyråd, R-6c).</source>
        <translation>{person} is not present and cannot answer. Choose a city government member who is present under «Answers:» (stand-in, R-6c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="292"/>
        <source>Et innlegg pågår. Avslutt det først, eller bruk «Neste taler».</source>
        <translation>A speech is under way. End it first, or use “Next speaker”.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="293"/>
        <source>Ingen taler har ordet nå.</source>
        <translation>No speaker has the floor now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="294"/>
        <source>Taletiden står allerede stille.</source>
        <translation>The speaking time is already paused.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="295"/>
        <source>Taletiden går allerede.</source>
        <translation>The speaking time is already running.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="296"/>
        <source>{person} har ikke ordet nå.</source>
        <translation>{person} does not have the floor now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="297"/>
        <source>{person} er allerede bedt to ganger om å holde seg til saken (R-5.6a). Møtelederen kan nå be taleren forlate talerstolen, eller la bystyret stemme over å utelukke medlemmet fra møtet.</source>
        <translation>{person} has already been asked twice to keep to the item (R-5.6a). The chair may now ask the speaker to leave the rostrum, or let the council vote on excluding the member from the meeting.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="303"/>
        <source>Avslutt debatten før voteringen (R-3.3e), eller saken er allerede avgjort.</source>
        <translation>Close the debate before voting (R-3.3e), or the item is already decided.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="306"/>
        <source>Voteringsordenen må ha med hvert forslag høyst én gang.</source>
        <translation>The voting order must hold each proposal at most once.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="307"/>
        <source>Det finnes ikke noe forslag {subject} i saken.</source>
        <translation>There is no proposal {subject} in this item.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="308"/>
        <source>Forslaget er trukket og kan ikke settes under votering.</source>
        <translation>The proposal was withdrawn and cannot be put to the vote.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="309"/>
        <source>Ukjent voteringsmåte: {method}.</source>
        <translation>Unknown voting method: {method}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="310"/>
        <source>Velg hva det skal voteres over.</source>
        <translation>Choose what is voted on.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="311"/>
        <source>Alternativ votering er mellom to eller flere forslag; ellers voteres det over ett om gangen.</source>
        <translation>An alternative vote is between two or more proposals; otherwise one is voted on at a time.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="315"/>
        <source>Samlet votering er over to eller flere forslag; velg forslagene som voteres over samlet.</source>
        <translation>A combined vote is on two or more proposals; choose the proposals to be voted on together.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="318"/>
        <source>Forslag som voteres over samlet, får ett resultat for alle: bruk stilltiende godkjenning, stemmetegn eller kontravotering, ikke alternativ votering eller valg. Ingenting ble registrert.</source>
        <translation>Proposals voted on together get one result for all: use tacit approval, a show of hands or a counter-vote, not an alternative vote or an election. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="323"/>
        <source>Bystyret er ikke vedtaksført: {present} stemmeberettigede til stede, minst {required} kreves (R-3.3a). Ingenting ble registrert.</source>
        <translation>The council has no quorum: {present} entitled to vote are present, at least {required} are needed (R-3.3a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="326"/>
        <source>Stemmetallet må være et helt tall fra 0 til antallet stemmeberettigede. Ingenting ble registrert.</source>
        <translation>A count must be a whole number from 0 to the number entitled to vote. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="329"/>
        <source>{person} er registrert med to stemmer. Hver har én stemme.</source>
        <translation>{person} is recorded with two votes. Each has one vote.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="330"/>
        <source>{person} kan ikke stemme i saken (ikke til stede eller inhabil, R-3.10a).</source>
        <translation>{person} cannot vote in this item (not present, or disqualified, R-3.10a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="333"/>
        <source>Tellingen går ikke opp: {counted} stemmer, men {eligible} stemmeberettigede (forskjell {difference}). Alle til stede skal stemme (R-3.3b). Tell på nytt; ingenting ble registrert.</source>
        <translation>The count does not add up: {counted} votes but {eligible} entitled to vote (difference {difference}). Everyone present must vote (R-3.3b). Count again; nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="338"/>
        <source>Stemmelikhet: møteleders stemme avgjør (R-3.3d). Oppgi hvordan møtelederen stemte.</source>
        <translation>A tie: the chair&apos;s vote decides (R-3.3d). Say how the chair voted.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="341"/>
        <source>Stemmelikhet ved valg avgjøres ved loddtrekning (R-3.3d).</source>
        <translation>A tie in an election is decided by drawing lots (R-3.3d).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="342"/>
        <source>Det kan ikke voteres eller treffes vedtak når ingen leder møtet (R-3.1a). Registrer hvem som leder møtet, og prøv igjen. Ingenting ble registrert.</source>
        <translation>No vote or decision can be taken while nobody chairs the meeting (R-3.1a). Record who chairs the meeting and try again. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="347"/>
        <source>Det voteres ikke og treffes ikke vedtak i {item} (interpellasjon R-7c, spørretime R-6a, muntlig redegjørelse R-3.5a). En interpellasjon kan sendes til et utvalg (Send til utvalg…). Ingenting ble registrert.</source>
        <translation>There is no vote and no decision in {item} (interpellation R-7c, question hour R-6a, oral statement R-3.5a). An interpellation can be sent to a committee (Send to committee…). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="354"/>
        <source>Vedtak treffes med flertallet av de avgitte stemmene (R-3.3c), så alternativ votering er mellom to forslag. Med {count} forslag mot hverandre: hold alternative voteringer to og to (vinneren mot det neste), eller voter over forslagene etter tur. Ingenting ble registrert.</source>
        <translation>Decisions are made by a majority of the votes cast (R-3.3c), so an alternative vote is between two proposals. With {count} competing proposals: hold alternative votes two at a time (the winner against the next), or vote on the proposals in turn. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="360"/>
        <source>Stemmelikhet: møteleders stemme avgjør (R-3.3d), men ingen leder møtet nå. Registrer hvem som leder møtet, og registrer voteringen på nytt. Ingenting ble registrert.</source>
        <translation>A tie: the chair&apos;s vote decides (R-3.3d), but no one is chairing the meeting now. Record who is chairing the meeting, then record the vote again. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="365"/>
        <source>Navnene viser at møtelederen ({person}) stemte annerledes enn oppgitt. Ved stemmelikhet avgjør møteleders egen stemme (R-3.3d); den kan ikke velges etterpå. Ingenting ble registrert.</source>
        <translation>The names show that the chair ({person}) voted differently from what was given. In a tie the chair&apos;s own vote decides (R-3.3d); it cannot be chosen afterwards. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="370"/>
        <source>{person} leder møtet, men har ikke stemt i saken (ikke i salen eller inhabil, R-3.10a), så møteleders stemme kan ikke avgjøre stemmelikheten (R-3.3d). Ingenting ble registrert.</source>
        <translation>{person} is chairing the meeting but has not voted in this item (not in the hall, or disqualified, R-3.10a), so the chair&apos;s vote cannot decide the tie (R-3.3d). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="375"/>
        <source>Oppgi hvordan møtelederen stemte: for eller mot, eller ved alternativ votering ett av de to forslagene. Ingenting ble registrert.</source>
        <translation>Say how the chair voted: for or against, or, in an alternative vote, one of the two proposals. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="380"/>
        <source>Det er allerede votert over {name}. En stemme telles bare én gang: skal det voteres på nytt, velg voteringen i listen og «Rett / ta omvotering». Ingenting ble registrert.</source>
        <translation>{name} has already been voted on. A vote is counted only once: to vote again, choose the vote in the list and “Correct / re-take”. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="385"/>
        <source>Ved stemmetegn viser bare de som stemmer mot (R-3.3f b); de som stemmer for, er de øvrige stemmeberettigede. Ta bort «for», eller velg kontravotering. Ingenting ble registrert.</source>
        <translation>In a show of hands only those voting against raise their hands (R-3.3f b); those voting for are the rest of those entitled to vote. Remove “for”, or choose a counter-vote. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="390"/>
        <source>Voteringen som skal rettes finnes ikke.</source>
        <translation>The vote to correct does not exist.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="391"/>
        <source>Skriv vedtaket før saken avsluttes.</source>
        <translation>Write the decision before closing the item.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="392"/>
        <source>Det er ikke votert i saken ennå.</source>
        <translation>No vote has been taken in this item yet.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="393"/>
        <source>Det ble ikke flertall (R-3.3c): forslaget ble ikke vedtatt, og ingenting ble endret.</source>
        <translation>No majority (R-3.3c): the motion was not carried, and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="396"/>
        <source>Innsigelser gjelder bare aktuelle saker (R-3.2c).</source>
        <translation>Objections apply only to urgent matters (R-3.2c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="398"/>
        <source>Bystyret har ikke vedtatt voteringsordenen (R-3.3e). Registrer «Voteringsorden vedtatt stilltiende» (eller voteringen over den) før første votering. Ingenting ble registrert.</source>
        <translation>The council has not adopted the voting order (R-3.3e). Record “Voting order adopted tacitly” (or the vote on it) before the first vote. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="403"/>
        <source>Voteringen følger ikke voteringsordenen bystyret vedtok (R-3.3e): neste er {name}. Skal rekkefølgen endres, må bystyret vedta en ny voteringsorden først. Ingenting ble registrert.</source>
        <translation>The vote does not follow the voting order the council adopted (R-3.3e): next is {name}. To change the order, the council must first adopt a new voting order. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="408"/>
        <source>{name} er ikke med i voteringsordenen bystyret vedtok (R-3.3e). Vedta en endret voteringsorden først. Ingenting ble registrert.</source>
        <translation>{name} is not in the voting order the council adopted (R-3.3e). Adopt an amended voting order first. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="413"/>
        <source>Voteringsordenen mangler {name}. Hvert forslag som ikke er trukket eller oversendt byrådet, skal med (R-3.3e).</source>
        <translation>The voting order lacks {name}. Every proposal that has not been withdrawn or forwarded to the city government must be included (R-3.3e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="417"/>
        <source>{name} er oversendt byrådet uten realitetsvotering og kan ikke settes under votering.</source>
        <translation>{name} has been forwarded to the city government without a vote on the merits and cannot be put to the vote.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="420"/>
        <source>Spør først om noen protesterer mot at den aktuelle saken avgjøres (R-3.2c).</source>
        <translation>First ask whether anyone objects to deciding the urgent matter (R-3.2c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="423"/>
        <source>Den aktuelle saken kan ikke avgjøres: møtelederen eller minst en tredjedel av de fremmøtte protesterer (R-3.2c).</source>
        <translation>The urgent matter cannot be decided: the chair or at least a third of those present object (R-3.2c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="427"/>
        <source>Det er allerede votert i den aktuelle saken; protestene kan ikke endres nå (R-3.2c). Angre voteringen først hvis protestene ble registrert feil.</source>
        <translation>The urgent matter has already been voted on; the objections cannot be changed now (R-3.2c). Undo the vote first if the objections were recorded wrongly.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="432"/>
        <source>{person} må først være bedt to ganger om å holde seg til saken (R-5.6a).</source>
        <translation>{person} must first have been asked twice to keep to the item (R-5.6a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="435"/>
        <source>{member} er utelukket fra resten av møtet (R-5.6a).</source>
        <translation>{member} is excluded from the rest of the meeting (R-5.6a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="436"/>
        <source>{person} sitter ikke i bystyret: bare bystyrets medlemmer og møtende varamedlemmer kan stenges ute fra møtet ved avstemning (R-5.6a). Ingenting ble registrert.</source>
        <translation>{person} does not sit in the council: only council members and substitutes sitting for them can be excluded from the meeting by vote (R-5.6a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="442"/>
        <source>Valg registreres i valgdelen av voteringsruten, ikke som alternativ votering: der føres hver avstemning, blanke stemmer og en eventuell loddtrekning. Ingenting ble registrert.</source>
        <translation>Elections are recorded in the election section of the Votes pane, not as an alternative vote: each ballot, the blank votes and any drawing of lots are entered there. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="447"/>
        <source>Stemmelikhet ved valg avgjøres ved loddtrekning, aldri av møtelederen (R-3.3d). Ingenting ble registrert.</source>
        <translation>A tie in an election is decided by drawing lots, never by the chair (R-3.3d). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="450"/>
        <source>Valg av én person kan ikke holdes skriftlig: loven gir ikke adgang til skriftlig valg ved flertallsvalg. Skriftlig valg kan bare vedtas ved forholdsvalg (kommuneloven § 7-5). Ingenting ble registrert.</source>
        <translation>An election of one person cannot be held by written ballot: the law does not allow a written ballot in a majority election. A written ballot can be decided on only in a proportional election (the Local Government Act (kommuneloven) § 7-5). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="455"/>
        <source>Ukjent valgmåte: {ballot}. Velg åpent eller skriftlig valg.</source>
        <translation>Unknown kind of ballot: {ballot}. Choose an open election or a written ballot.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="456"/>
        <source>Skriv hvilket verv valget gjelder (for eksempel settevaraordfører).</source>
        <translation>Write which office the election is for (for example substitute deputy mayor).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="457"/>
        <source>Før opp minst én kandidat, med navn.</source>
        <translation>Enter at least one candidate, by name.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="458"/>
        <source>{candidate} er ført opp to ganger.</source>
        <translation>{candidate} is entered twice.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="459"/>
        <source>Før opp ett stemmetall for hver kandidat.</source>
        <translation>Enter one vote count for each candidate.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="460"/>
        <source>Valget av {office} er allerede avgjort i saken.</source>
        <translation>The election for {office} has already been decided in this item.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="461"/>
        <source>Stemmelikhet i den nye avstemningen om {office}: valget avgjøres ved loddtrekning (R-3.3d), ikke ved en ny avstemning. Registrer loddtrekningen.</source>
        <translation>A tie in the new ballot for {office}: the election is decided by drawing lots (R-3.3d), not by another ballot. Record the drawing of lots.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="466"/>
        <source>Dette blir {round}. avstemning i valget, ikke {given}. Ingenting ble registrert.</source>
        <translation>This will be ballot {round} of the election, not {given}. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="469"/>
        <source>Det er ingen stemmelikhet å avgjøre ved loddtrekning i valget av {office}.</source>
        <translation>There is no tie to decide by drawing lots in the election for {office}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="472"/>
        <source>Loddet trekkes bare mellom dem som stod likt ({level}); «{drawn}» var ikke blant dem.</source>
        <translation>Lots are drawn only between those who tied ({level}); “{drawn}” was not among them.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="475"/>
        <source>Skriv hvem som trakk loddet i salen.</source>
        <translation>Write who drew the lot in the hall.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="476"/>
        <source>Valget av {office} er ikke avgjort: en ny avstemning eller loddtrekningen gjenstår (R-3.3c, R-3.3d).</source>
        <translation>The election for {office} is not decided: a new ballot or the drawing of lots remains (R-3.3c, R-3.3d).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="480"/>
        <source>Skriv hvilket organ valget gjelder.</source>
        <translation>Write which body the election is for.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="481"/>
        <source>Antall plasser som skal fordeles, må være et helt tall, minst 1.</source>
        <translation>The number of seats to allocate must be a whole number, at least 1.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="482"/>
        <source>Hver liste må ha et navn og et stemmetall (et helt tall, 0 eller mer).</source>
        <translation>Each list must have a name and a vote count (a whole number, 0 or more).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="485"/>
        <source>Listen {name} er ført opp to ganger.</source>
        <translation>The list {name} is entered twice.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="486"/>
        <source>Ingen liste har fått stemmer, så plassene kan ikke fordeles. Ingenting ble registrert.</source>
        <translation>No list has received any votes, so the seats cannot be allocated. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="490"/>
        <source>Handlingen «{action}» kan ikke registreres fra {station}; den registreres fra møtelederens stasjon. Ingenting ble registrert.</source>
        <translation>The action “{action}” cannot be recorded from {station}; it is recorded from the chair&apos;s station. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="495"/>
        <source>Handlingen «{action}» ble avvist: {choice} ({rule}) bestemmes fra møtelederens stasjon, ikke fra {station}. Ingenting ble registrert.</source>
        <translation>The action «{action}» was refused: {choice} ({rule}) is decided from the chair&apos;s station, not from {station}. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="500"/>
        <source>Handling nr. {seq} («{action}») ble registrert fra {owner}; {station} kan bare angre sine egne handlinger. Møtelederens stasjon kan angre den. Ingenting ble registrert.</source>
        <translation>Action no. {seq} (“{action}”) was recorded from {owner}; {station} can only undo its own actions. The chair&apos;s station can undo it. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="506"/>
        <source>Handlingen er allerede lagret i møteloggen (nr. {seq}). Den ble ikke registrert en gang til.</source>
        <translation>The action is already stored in the meeting log (no. {seq}). It was not recorded a second time.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="510"/>
        <source>Møteloggen i databasen er endret utenfra. Ingenting ble lagret; start konsollen på nytt.</source>
        <translation>The meeting log in the database was changed from outside. Nothing was saved; restart the console.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="513"/>
        <source>En annen stasjon registrerte i det samme møtet i samme øyeblikk. Ingenting ble lagret; se over møtet slik det er nå, og prøv igjen.</source>
        <translation>Another station recorded in the same meeting at the same moment. Nothing was saved; look over the meeting as it is now and try again.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="526"/>
        <source>Forbindelsen til databasetjeneren er brutt. Ingenting kan registreres før den er tilbake; det som er lagret, er i behold.</source>
        <translation>The connection to the database server is lost. Nothing can be recorded until it is back; what has been saved is kept.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="531"/>
        <source>Forbindelsen til databasetjeneren er tilbake, og møtet er oppdatert med det som ble registrert i mellomtiden. Du kan registrere igjen.</source>
        <translation>The connection to the database server is back, and the meeting has been updated with what was recorded meanwhile. You can record again.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="550"/>
        <source>Denne stasjonen viser bare salskjermen: ingenting kan registreres her.</source>
        <translation>This station shows only the hall display: nothing can be recorded here.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="554"/>
        <source>Databasebrukeren for {path} kan bare lese den offentlige visningen av møtet. Den er for salskjermen og strømmegrafikken (--role display eller --role overlay), ikke for møtelederens eller sekretærens stasjon. Ingenting ble endret; be IT om riktig rolle (docs/IT.md).</source>
        <translation>The database user for {path} may only read the public view of the meeting. It is for the hall display and the stream overlay (--role display or --role overlay), not for the chair&apos;s or the secretary&apos;s station. Nothing was changed; ask IT for the right role (docs/IT.md).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="623"/>
        <source>Møtet er åpent i en annen Chair Console (prosess {pid} på {host}). Denne konsollen viser møtet og følger med på det som registreres der, men registrerer ikke selv; registrer i den andre.</source>
        <translation>The meeting is open in another Chair Console (process {pid} on {host}). This console shows the meeting and follows what is recorded there, but does not record itself; record in the other one.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="517"/>
        <source>Kunne ikke lagre i databasen ({detail}). Ingenting ble endret; alt som var lagret fra før er i behold.</source>
        <translation>Could not save to the database ({detail}). Nothing was changed; everything saved before is kept.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="521"/>
        <source>Får ikke kontakt med databasetjeneren {path} ({detail}). Ingenting ble endret; alt som var lagret fra før er i behold. Kontroller nettverket og tjeneren, og prøv igjen.</source>
        <translation>Cannot reach the database server {path} ({detail}). Nothing was changed; everything saved before is kept. Check the network and the server, and try again.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="536"/>
        <source>Databasebrukeren har ikke tilgang til dette i {path} ({detail}). Ingenting ble endret; be IT om riktig rolle (docs/IT.md).</source>
        <translation>The database user is not allowed to do this in {path} ({detail}). Nothing was changed; ask IT for the right role (docs/IT.md).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="541"/>
        <source>Databasebrukeren for {path} kan bare lese: møtet kan vises, skrives ut, eksporteres og kontrolleres, men ingenting kan registreres. Ingenting ble endret.</source>
        <translation>The database user for {path} may only read: the meeting can be shown, printed, exported and verified, but nothing can be recorded. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="546"/>
        <source>Denne stasjonen viser bare strømmegrafikken: ingenting kan registreres her.</source>
        <translation>This station shows only the stream graphics: nothing can be recorded here.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="560"/>
        <source>Møteloggen kan bare utvides: en registrert hendelse eller et møte kan ikke endres eller slettes. Ingenting ble endret.</source>
        <translation>The meeting log can only grow: a recorded event or a meeting cannot be changed or deleted. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="565"/>
        <source>Databasen {path} inneholder tabeller fra et annet program. Ingenting ble endret.</source>
        <translation>The database {path} holds tables from another program. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="568"/>
        <source>Databasen {path} har ingen møter ennå (tabellene for Chair Console er ikke opprettet). Ingenting ble endret.</source>
        <translation>The database {path} has no meetings yet (Chair Console&apos;s tables have not been created). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="573"/>
        <source>{path} er ikke en fil.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="574"/>
        <source>Kan ikke lese {path}: {detail}</source>
        <translation>Cannot read {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="575"/>
        <source>{path} er ikke en database for Chair Console (ikke en SQLite-fil). Filen er ikke endret.</source>
        <translation>{path} is not a Chair Console database (not an SQLite file). The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="578"/>
        <source>Databasen {path} er skadet ({detail}). Filen er ikke endret. Bruk en sikkerhetskopi.</source>
        <translation>The database {path} is damaged ({detail}). The file was not changed. Use a backup copy.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="581"/>
        <source>{path} er en SQLite-database fra et annet program. Filen er ikke endret.</source>
        <translation>{path} is an SQLite database of another program. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="584"/>
        <source>Databasen {path} er laget av en nyere versjon av Chair Console (skjema {revision}). Oppdater programmet. Filen er ikke endret.</source>
        <translation>The database {path} was made by a newer version of Chair Console (schema {revision}). Update the program. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="589"/>
        <source>Kan ikke skrive til {path}: {detail}</source>
        <translation>Cannot write to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="590"/>
        <source>Databasen {path} finnes ikke. Ingenting ble opprettet.</source>
        <translation>The database {path} does not exist. Nothing was created.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="591"/>
        <source>Databasen {path} er skrivebeskyttet (disken, mappen eller filen kan ikke skrives). Den er ikke skadet: møtet kan vises, skrives ut, eksporteres og kontrolleres, men ingenting kan registreres. Ingenting ble endret.</source>
        <translation>The database {path} is read-only (the disk, folder or file cannot be written). It is not damaged: the meeting can be shown, printed, exported and verified, but nothing can be recorded. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="596"/>
        <source>Databasen {path} er skrivebeskyttet og laget av en eldre versjon; den må oppgraderes før den kan åpnes. Kopier den til et sted som kan skrives. Filen er ikke endret.</source>
        <translation>The database {path} is read-only and was made by an older version; it must be upgraded before it can be opened. Copy it to a place that can be written. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="601"/>
        <source>Kan ikke opprette databasen {path}: mappen er skrivebeskyttet. Velg et annet sted med --db.</source>
        <translation>Cannot create the database {path}: the folder is read-only. Choose another place with --db.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="604"/>
        <source>Disken er full: {path} kan ikke skrives. Ingenting ble endret; alt som var lagret fra før er i behold. Frigjør plass og prøv igjen.</source>
        <translation>The disk is full: {path} cannot be written. Nothing was changed; everything saved before is kept. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="609"/>
        <source>Databasen {path} er opptatt av et annet program. Ingenting ble endret; prøv igjen om litt.</source>
        <translation>The database {path} is busy with another program. Nothing was changed; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="612"/>
        <source>Lese- eller skrivefeil på disken for {path} ({detail}). Ingenting ble endret. Kontroller disken eller nettverket.</source>
        <translation>A disk read or write error for {path} ({detail}). Nothing was changed. Check the disk or the network.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="616"/>
        <source>Kan ikke åpne databasen {path} ({detail}). Filen er ikke endret; kontroller tilgangen til mappen.</source>
        <translation>Cannot open the database {path} ({detail}). The file was not changed; check access to the folder.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="619"/>
        <source>Ikke nok minne til å bruke databasen {path}. Ingenting ble endret.</source>
        <translation>Not enough memory to use the database {path}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="620"/>
        <source>Databasen {path} avviste endringen ({detail}). Ingenting ble endret.</source>
        <translation>The database {path} refused the change ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="628"/>
        <source>{path} inneholder et ekte bystyre eller møte ({what}). Demo og simulering bruker bare sin egen database og endrer aldri ekte data. Ingenting ble endret; utelat --db, eller velg en annen fil.</source>
        <translation>{path} holds a real council or meeting ({what}). Demo and simulation use only a database of their own and never change real data. Nothing was changed; leave out --db, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="633"/>
        <source>Ingen skjerm: DISPLAY er ikke satt, så vinduet kan ikke vises. Start konsollen fra et skrivebord, under Xvfb (xvfb-run -a chair-console --demo), eller uten vindu for en røyktest: QT_QPA_PLATFORM=offscreen chair-console --demo --quit-after 3000.</source>
        <translation>No screen: DISPLAY is not set, so the window cannot be shown. Start the console from a desktop, under Xvfb (xvfb-run -a chair-console --demo), or without a window for a smoke test: QT_QPA_PLATFORM=offscreen chair-console --demo --quit-after 3000.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="639"/>
        <source>Qt mangler biblioteket libxcb-cursor0 for å vise vinduet. Installer det (apt-get install libxcb-cursor0 og de andre pakkene i README.md) og start igjen.</source>
        <translation>Qt lacks the library libxcb-cursor0 to show the window. Install it (apt-get install libxcb-cursor0 and the other packages in README.md) and start again.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="645"/>
        <source>Møteloggen kontrolleres. Vent litt før du registrerer.</source>
        <translation>The meeting log is being verified. Wait a moment before recording.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="646"/>
        <source>FEIL i {path}: første feil er hendelse {seq} i møte {meeting}: {problem}</source>
        <translation>ERROR in {path}: the first bad event is event {seq} in meeting {meeting}: {problem}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="649"/>
        <source>FEIL i {path}: {problem}</source>
        <translation>ERROR in {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="650"/>
        <source>Møteloggen besto ikke kontrollen. Møtet vises, men ingenting kan registreres, salskjermen er stengt og møteboken lages ikke fra denne loggen. Kontakt IT (docs/IT.md, «verify»).</source>
        <translation>The meeting log failed verification. The meeting is shown, but nothing can be recorded, the hall display is shut and no minutes are made from this log. Contact IT (docs/IT.md, “verify”).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="655"/>
        <source>Møteloggen besto ikke kontrollen og kan ikke vises. Ingenting ble endret. Kontakt IT (docs/IT.md, «verify»).</source>
        <translation>The meeting log failed verification and cannot be shown. Nothing was changed. Contact IT (docs/IT.md, “verify”).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="659"/>
        <source>Ingenting ble skrevet. Med --unverified lages en kopi som på hver side er merket at loggen ikke besto kontrollen.</source>
        <translation>Nothing was written. With --unverified a copy is made, marked on every page that the log failed verification.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="663"/>
        <source>innholdet stemmer ikke med hashen (endret etter at den ble skrevet)</source>
        <translation>the content does not match its hash (changed after it was written)</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="664"/>
        <source>lenken til forrige hendelse er brutt</source>
        <translation>the link to the previous event is broken</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="665"/>
        <source>hendelsen mangler (slettet)</source>
        <translation>the event is missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="666"/>
        <source>loggen slutter før siste registrerte hendelse (slettet)</source>
        <translation>the log ends before the last recorded event (deleted)</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="667"/>
        <source>møtets hode er flyttet tilbake: hendelsene fra denne er ikke dekket av hodet</source>
        <translation>the meeting&apos;s head was moved back: the events from this one on are not covered by the head</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="670"/>
        <source>møtets hode er endret: det peker ikke på siste hendelse</source>
        <translation>the meeting&apos;s head was changed: it does not point at the last event</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="671"/>
        <source>møtet finnes ikke</source>
        <translation>the meeting does not exist</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="672"/>
        <source>SQLite-integritetskontrollen feilet</source>
        <translation>SQLite&apos;s integrity check failed</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="673"/>
        <source>kan ikke leses</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="675"/>
        <source>Kan ikke lese filen {path}: {detail}</source>
        <translation>Cannot read the file {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="676"/>
        <source>Kan ikke skrive filen {path}: {detail}</source>
        <translation>Cannot write the file {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="677"/>
        <source>Møtet finnes ikke.</source>
        <translation>The meeting does not exist.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="678"/>
        <source>Den endelige møteboken lages når møtet er hevet. Lag et utkast nå.</source>
        <translation>The final minutes are made when the meeting is adjourned. Make a draft now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="681"/>
        <source>Kan ikke skrive møteboken til {path}: {detail}</source>
        <translation>Cannot write the minutes to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="682"/>
        <source>Filen {path} er ikke gyldig JSON: {detail}</source>
        <translation>The file {path} is not valid JSON: {detail}</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="684"/>
        <source>«{value}» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-12-02. Ingenting ble skrevet.</source>
        <translation>«{value}» is not a date. Write the date as YYYY-MM-DD, e.g. 2026-12-02. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="687"/>
        <source>Fra-datoen {first} er etter til-datoen {last}. Ingenting ble skrevet.</source>
        <translation>The from date {first} is after the to date {last}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="690"/>
        <source>Oppmøterapporten skrives som .csv eller .xlsx, ikke {path}. Ingenting ble skrevet.</source>
        <translation>The attendance report is written as .csv or .xlsx, not {path}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="693"/>
        <source>Kapitlene skrives som .vtt (WebVTT) eller .json, ikke {path}. Ingenting ble skrevet.</source>
        <translation>The chapters are written as .vtt (WebVTT) or .json, not {path}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="696"/>
        <source>«{value}» er ikke et klokkeslett. Skriv når strømmingen startet som TT:MM:SS, f.eks. 16:28:00. Ingenting ble skrevet.</source>
        <translation>«{value}» is not a time of day. Write when the stream started as HH:MM:SS, e.g. 16:28:00. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="700"/>
        <source>Filen er ikke en bystyrefil for Chair Console.</source>
        <translation>The file is not a Chair Console council file.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="701"/>
        <source>Ukjent versjon av bystyrefilen: {version}.</source>
        <translation>Unknown council file version: {version}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="702"/>
        <source>Bystyrefilen mangler opplysninger: {detail}.</source>
        <translation>The council file is missing data: {detail}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="703"/>
        <source>Bystyrefilen bruker id-en {id} to ganger.</source>
        <translation>The council file uses the id {id} twice.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="704"/>
        <source>Bystyrefilen har {found} medlemmer, men bystyret skal ha {expected} (R-1a).</source>
        <translation>The council file has {found} members, but the council has {expected} (R-1a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="707"/>
        <source>{id} hører til en gruppe som ikke finnes: {group}.</source>
        <translation>{id} belongs to a group that does not exist: {group}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="708"/>
        <source>{id} har en ukjent rolle: {role}.</source>
        <translation>{id} has an unknown role: {role}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="709"/>
        <source>Gruppen {group} skal ha {expected} medlemmer, men filen har {found}.</source>
        <translation>The group {group} should have {expected} members, but the file has {found}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="712"/>
        <source>Rollen {role} er gitt til flere enn én.</source>
        <translation>The role {role} is given to more than one person.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="713"/>
        <source>Varamedlemmene i {group} må være nummerert 1, 2, 3 … uten hull (R-4b).</source>
        <translation>The substitutes of {group} must be numbered 1, 2, 3 … without gaps (R-4b).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="716"/>
        <source>Utvalget {id} har en ukjent type: {kind}.</source>
        <translation>The committee {id} has an unknown kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="717"/>
        <source>Leder eller nestleder i utvalget {id} er ikke medlem av bystyret: {member}.</source>
        <translation>The leader or deputy leader of committee {id} is not a council member: {member}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="720"/>
        <source>Filen er ikke en møtefil for Chair Console.</source>
        <translation>The file is not a Chair Console meeting file.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="721"/>
        <source>Møtefilen mangler opplysninger: {detail}.</source>
        <translation>The meeting file is missing data: {detail}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="722"/>
        <source>Møtefilen har to saker med samme id.</source>
        <translation>The meeting file has two items with the same id.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="723"/>
        <source>{item} har en ukjent sakstype: {kind}.</source>
        <translation>{item} has an unknown item kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="724"/>
        <source>Møtefilen gjelder en annen bystyreperiode ({term}).</source>
        <translation>The meeting file is for another council term ({term}).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="725"/>
        <source>{item} mangler tittel.</source>
        <translation>{item} has no title.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="726"/>
        <source>«{value}» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD.</source>
        <translation>“{value}” is not a date. Write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="727"/>
        <source>Ukjent grunn for ekstraordinært møte: {value}.</source>
        <translation>Unknown reason for an extraordinary meeting: {value}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="728"/>
        <source>Skriv hvor møtet holdes.</source>
        <translation>Say where the meeting is held.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="729"/>
        <source>«{value}» er ikke et klokkeslett. Skriv TT:MM.</source>
        <translation>“{value}” is not a time. Write HH:MM.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="730"/>
        <source>Databasen har ikke bystyret for perioden {term}. Importer bystyret først (import council).</source>
        <translation>The database has no council for the term {term}. Import the council first (import council).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="734"/>
        <source>{file}: filen er tom.</source>
        <translation>{file}: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="735"/>
        <source>{file}: tegnkodingen er verken UTF-8 eller Windows-1252. Lagre filen på nytt som «CSV UTF-8 (kommadelt)» i Excel, eller som UTF-8 i et tekstprogram, og prøv igjen. Ingenting ble importert.</source>
        <translation>{file}: the encoding is neither UTF-8 nor Windows-1252. Save the file again as “CSV UTF-8 (Comma delimited)” in Excel, or as UTF-8 in a text editor, and try again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="740"/>
        <source>{file}, linje {line}: ugyldig JSON ({detail}). Ingenting ble importert.</source>
        <translation>{file}, line {line}: invalid JSON ({detail}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="741"/>
        <source>{file}: forventet en liste «{expected}». Ingenting ble importert.</source>
        <translation>{file}: expected a list “{expected}”. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="742"/>
        <source>{file}, linje {line}: ugyldig CSV ({detail}). Ingenting ble importert.</source>
        <translation>{file}, line {line}: invalid CSV ({detail}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="743"/>
        <source>{file}: kolonnen «{field}» mangler i overskriftslinjen. Ingenting ble importert.</source>
        <translation>{file}: the column “{field}” is missing from the header line. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="746"/>
        <source>{file}: mangler en rad av typen «{field}». Ingenting ble importert.</source>
        <translation>{file}: a row of type “{field}” is missing. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="747"/>
        <source>{file}, linje {line}, felt «{field}»: verdien mangler. Ingenting ble importert.</source>
        <translation>{file}, line {line}, field “{field}”: the value is missing. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="750"/>
        <source>{file}, linje {line}: flere felt enn overskriftslinjen har ({expected}). Ingenting ble importert.</source>
        <translation>{file}, line {line}: more fields than the header line has ({expected}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="753"/>
        <source>{file}, linje {line}, felt «{field}»: «{value}» – forventet {expected}. Ingenting ble importert.</source>
        <translation>{file}, line {line}, field “{field}”: “{value}” – expected {expected}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="756"/>
        <source>{file}, linje {line}, felt «{field}»: utvalget «{value}» finnes ikke. Ingenting ble importert.</source>
        <translation>{file}, line {line}, field “{field}”: there is no committee “{value}”. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="759"/>
        <location filename="../../chair_console/messages.py" line="760"/>
        <source>{file}: {detail} Ingenting ble importert.</source>
        <translation>{file}: {detail} Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="762"/>
        <source>{file}, {place}: {problem}. Ingenting ble importert.</source>
        <translation>{file}, {place}: {problem}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="763"/>
        <source>{file}, linje {line}, felt «{field}»: {problem}. Ingenting ble importert.</source>
        <translation>{file}, line {line}, field “{field}”: {problem}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="766"/>
        <source>{file}, linje {line}: {problem}. Ingenting ble importert.</source>
        <translation>{file}, line {line}: {problem}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="767"/>
        <source>{file}: {problem}. Ingenting ble importert.</source>
        <translation>{file}: {problem}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="768"/>
        <source>{file}: filen er for stor ({size} MB); høyst {limit} MB kan importeres. Ingenting ble importert.</source>
        <translation>{file}: the file is too large ({size} MB); at most {limit} MB can be imported. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="771"/>
        <source>{file}, linje {line}: lister og objekter ligger mer enn {limit} nivåer inne i hverandre; filformatet bruker høyst 4. Ingenting ble importert.</source>
        <translation>{file}, line {line}: lists and objects are nested more than {limit} levels deep; the file format uses at most 4. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="777"/>
        <source>Saken er ikke til debatt nå.</source>
        <translation>The item is not in debate now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="778"/>
        <source>Saken er utsatt eller sendt til utvalg og behandles ikke i dette møtet.</source>
        <translation>The item was postponed or sent to a committee and is not dealt with in this meeting.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="781"/>
        <source>En lukket sak kan ikke behandles i fjernmøte (R-3.9a).</source>
        <translation>A closed item cannot be dealt with in a remote meeting (R-3.9a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="784"/>
        <source>Saken er allerede ferdigbehandlet.</source>
        <translation>The item is already finished.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="785"/>
        <source>Den nye rekkefølgen må ha med alle sakene én gang.</source>
        <translation>The new order must hold every item once.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="786"/>
        <source>{item} er allerede tatt opp og kan ikke flyttes. Bare saker som ikke er behandlet kan flyttes.</source>
        <translation>{item} has been taken up and cannot be moved. Only items not yet dealt with can be moved.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="789"/>
        <source>Behandlingen av sakslisten er begynt; den kan ikke erstattes nå.</source>
        <translation>Work on the agenda has begun; it cannot be replaced now.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="792"/>
        <source>Sakslisten har ugyldige saker.</source>
        <translation>The agenda has invalid items.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="793"/>
        <source>Møtet er satt, og sakslisten kan ikke lenger byttes ut (R-3.2a). En sak som ikke står på sakslisten, tas opp som aktuell sak (Aktuell sak…), der møtelederen eller en tredjedel av de møtende kan motsette seg vedtak (R-3.2c). Rekkefølgen endres med Flytt opp/ned. Ingenting ble registrert.</source>
        <translation>The meeting is set, and the agenda can no longer be replaced (R-3.2a). A matter not on the agenda is taken up as an urgent matter (Urgent matter…), where the chair or a third of those attending can object to a decision (R-3.2c). The order is changed with Move up/down. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="799"/>
        <source>{item} er ikke en lukket sak; vedtaket står uansett i den offentlige møteboken.</source>
        <translation>{item} is not a closed item; its decision is in the public minutes anyway.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="801"/>
        <source>Saken må ha en tittel.</source>
        <translation>The item needs a title.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="802"/>
        <source>Det finnes allerede en sak med id {item}.</source>
        <translation>There is already an item with the id {item}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="803"/>
        <source>Taletiden må være et helt antall minutter, 0 eller mer.</source>
        <translation>Speaking time must be a whole number of minutes, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="805"/>
        <source>Dette avgjør bystyret (R-3.2b, R-7c, R-3.3e, R-5.4a, R-3.7a): registrer om det ble vedtatt stilltiende eller ved votering, med stemmetallene. Ingenting ble registrert.</source>
        <translation>This is for the city council to decide (R-3.2b, R-7c, R-3.3e, R-5.4a, R-3.7a): record whether it was decided tacitly or by a vote, with the vote counts. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="810"/>
        <source>Ukjent vedtaksmåte «{method}»: bystyret vedtar stilltiende eller ved votering (for og mot).</source>
        <translation>Unknown way of deciding “{method}”: the council decides tacitly or by a vote (for and against).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="813"/>
        <source>Et stilltiende vedtak har ingen stemmetall. Velg votering hvis stemmene ble talt.</source>
        <translation>A tacit decision has no vote counts. Choose a vote if the votes were counted.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="816"/>
        <source>Oppgi hvilket utvalg saken sendes til.</source>
        <translation>Say which committee the item is sent to.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="817"/>
        <source>Bystyret har ikke noe utvalg {committee}.</source>
        <translation>The council has no committee {committee}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="818"/>
        <source>Det kan ikke fremmes forslag i denne saken (muntlig redegjørelse R-3.5a, interpellasjon R-7c, spørretime).</source>
        <translation>No proposals may be tabled in this item (oral statement R-3.5a, interpellation R-7c, question hour).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="822"/>
        <source>Debatten i saken er avsluttet; forslag må fremmes før debatten avsluttes (R-3.4a).</source>
        <translation>The debate in this item is closed; proposals must be tabled before the debate closes (R-3.4a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="825"/>
        <source>Skriv forslaget slik vedtaket skal lyde (R-3.4a).</source>
        <translation>Write the proposal as the resolution would read (R-3.4a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="826"/>
        <source>Oppgi hvem som fremmer forslaget: et medlem eller en gruppe.</source>
        <translation>Say who tables the proposal: a member or a group.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="827"/>
        <source>Ukjent gruppe: {group}.</source>
        <translation>Unknown group: {group}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="828"/>
        <source>Ukjent forslagstype: {kind}.</source>
        <translation>Unknown kind of proposal: {kind}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="829"/>
        <source>Forslaget finnes ikke eller er allerede trukket.</source>
        <translation>The proposal does not exist or was already withdrawn.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="830"/>
        <source>Forslagsnummeret må være et helt tall fra 1 og oppover.</source>
        <translation>The proposal number must be a whole number from 1 upwards.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="831"/>
        <source>Samme forslagsstiller har allerede et forslag nr. {number} i saken. Ingenting ble registrert.</source>
        <translation>The same proposer already has a proposal no. {number} in this item. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="834"/>
        <source>Velg forslagene som skal oversendes byrådet (hvert forslag én gang).</source>
        <translation>Choose the proposals to be forwarded to the city government (each proposal once).</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="837"/>
        <source>{name} er allerede oversendt byrådet.</source>
        <translation>{name} has already been forwarded to the city government.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="838"/>
        <source>{name} sitter ikke i bystyret nå og kan ikke sette frem forslag (R-3.4a). Bare medlemmer og innkalte varamedlemmer som er til stede, kan fremme forslag. Ingenting ble registrert.</source>
        <translation>{name} does not sit in the council now and cannot table proposals (R-3.4a). Only members and called-in substitutes who are present can table proposals. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="843"/>
        <source>Det er allerede votert over {name}; et forslag kan bare trekkes til det er votert over (R-3.4a). Ingenting ble registrert.</source>
        <translation>A vote has already been held on {name}; a proposal can only be withdrawn until it has been voted on (R-3.4a). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="848"/>
        <source>Det er allerede votert over {name}; det kan ikke oversendes byrådet uten realitetsvotering.</source>
        <translation>{name} has already been voted on; it cannot be forwarded to the city government without a vote on the merits.</translation>
    </message>
    <message>
        <location filename="../../chair_console/messages.py" line="853"/>
        <source>Handlingen ble avvist ({code}). Ingenting ble endret.</source>
        <translation>The action was refused ({code}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="60"/>
        <location filename="../../chair_console/ui/panes/agenda.py" line="212"/>
        <source>Saksliste</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="63"/>
        <location filename="../../chair_console/ui/panes/countdown.py" line="38"/>
        <source>Taletid</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="65"/>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="33"/>
        <source>Spørretime</source>
        <translation>Question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="59"/>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="167"/>
        <source>Navneopprop</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="62"/>
        <location filename="../../chair_console/ui/panes/speakers.py" line="65"/>
        <source>Taleliste</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="64"/>
        <location filename="../../chair_console/ui/panes/votes.py" line="59"/>
        <source>Votering</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/main_window.py" line="61"/>
        <location filename="../../chair_console/ui/panes/seat_chart.py" line="15"/>
        <source>Salkart</source>
        <translation>Seat chart</translation>
    </message>
</context>
<context>
    <name>QuestionHourPane</name>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="99"/>
        <source>Hva spørsmålet gjelder</source>
        <translation>What the question is about</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="100"/>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="256"/>
        <source>Registrer spørsmål</source>
        <translation>Register question</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="101"/>
        <source>Neste steg (F9)</source>
        <translation>Next step (F9)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="102"/>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="103"/>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="287"/>
        <source>Uten tilleggsspørsmål</source>
        <translation>No supplementary question</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="104"/>
        <source>Spørsmålsstilleren bruker ikke retten til et tilleggsspørsmål; går rett videre til oppfølgingsspørsmålene eller neste spørsmål (R-6c)</source>
        <translation>The asker does not use the right to a supplementary question; goes straight on to the follow-up questions or the next question (R-6c)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="106"/>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="293"/>
        <source>Oppfølgingsspørsmål</source>
        <translation>Follow-up question</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="107"/>
        <source>Svarer ikke (avslår)</source>
        <translation>Declines to answer</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="108"/>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="303"/>
        <source>Avslutt spørretimen</source>
        <translation>End the question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="109"/>
        <source>Svarer:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="118"/>
        <source>Ingen spørretime i dette møtet.</source>
        <translation>No question hour in this meeting.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="122"/>
        <source>Spørretimen pågår (60 minutter, R-6a).</source>
        <translation>Question hour in progress (60 minutes, R-6a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="123"/>
        <source>Spørretime på sakslisten (60 minutter, R-6a).</source>
        <translation>Question hour on the agenda (60 minutes, R-6a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="128"/>
        <source>{n}. {asker} ({group}) til {to}: {topic} – {status}</source>
        <translation>{n}. {asker} ({group}) to {to}: {topic} – {status}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="129"/>
        <source>uavh.</source>
        <translation>ind.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="133"/>
        <source>(svar ved {name}, settebyråd)</source>
        <translation>(answered by {name}, stand-in)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="144"/>
        <source>F9 starter neste spørsmål.</source>
        <translation>F9 starts the next question.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="147"/>
        <source>neste spørsmål</source>
        <translation>next question</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="149"/>
        <source>Nå: {kind} – {name}. Neste (F9): {next}.</source>
        <translation>Now: {kind} – {name}. Next (F9): {next}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="163"/>
        <source>{name} (ordfører)</source>
        <translation>{name} (mayor)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="202"/>
        <source>ikke til stede</source>
        <translation>not present</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="221"/>
        <source>Settebyråd svarer</source>
        <translation>Stand-in answers</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="234"/>
        <source>Spørretimen: 60:00 igjen</source>
        <translation>Question hour: 60:00 left</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="238"/>
        <source>Spørretimen: {left} igjen</source>
        <translation>Question hour: {left} left</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="240"/>
        <source>neste spørsmål rekker ikke å bli besvart</source>
        <translation>the next question cannot be answered in time</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="273"/>
        <source>Rekkefølgen i spørretimen</source>
        <translation>Question hour order</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="279"/>
        <source>Neste steg i spørretimen</source>
        <translation>Next step in question hour</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/question_hour.py" line="298"/>
        <source>Svarer ikke</source>
        <translation>Declines to answer</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="78"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="77"/>
        <source>Plass</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="79"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="81"/>
        <source>Vara som møter</source>
        <translation>Substitute sitting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="119"/>
        <source>Uavh.</source>
        <translation>Ind.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="110"/>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="112"/>
        <source>Forfall: {reason}</source>
        <translation>Absent: {reason}</translation>
    </message>
</context>
<context>
    <name>RollCallPane</name>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="272"/>
        <source>Start navneopprop (F5)</source>
        <extracomment>the table&apos;s columns as wide as their contents (the name takes the rest)</extracomment>
        <translation>Start roll call (F5)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="276"/>
        <source>Gått ut</source>
        <translation>Gone out</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="277"/>
        <source>Gått for resten av møtet</source>
        <translation>Left for the rest of the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="281"/>
        <source>Vara går ut</source>
        <translation>Substitute leaves</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="282"/>
        <source>Overtar møteledelsen</source>
        <translation>Takes the chair</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="283"/>
        <source>Til valget</source>
        <translation>Go to the election</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="284"/>
        <source>Hjemmel, f.eks. forvaltningsloven § 6 første ledd</source>
        <translation>Legal basis, e.g. forvaltningsloven § 6 første ledd</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="285"/>
        <source>Inhabil i saken</source>
        <translation>Disqualified in this item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="286"/>
        <source>Sett møtet («Møtet er satt») – Enter</source>
        <translation>Open the meeting (“Møtet er satt”) – Enter</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="287"/>
        <source>Byrådet til stede (teller ikke med, R-1b)</source>
        <translation>City government present (not counted, R-1b)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="274"/>
        <source>Til stede ({key})</source>
        <translation>Present ({key})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="275"/>
        <source>Forfall ({key})</source>
        <translation>Absent ({key})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="278"/>
        <source>Vara møter ({key})</source>
        <translation>Seat substitute ({key})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="305"/>
        <source>Til stede: {present} av {seats} · Forfall/borte: {absent} · Ikke registrert: {unmarked} · Vara: {subs}</source>
        <translation>Present: {present} of {seats} · Absent/out: {absent} · Not recorded: {unmarked} · Substitutes: {subs}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="311"/>
        <source>Møteleder: ingen valgt</source>
        <translation>Chair: none chosen</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="314"/>
        <source>Møteleder: {name} ({capacity})</source>
        <translation>Chair: {name} ({capacity})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="371"/>
        <source>{name} (foreslått)</source>
        <translation>{name} (proposed)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="373"/>
        <source>{name} (møter allerede)</source>
        <translation>{name} (already sitting)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="405"/>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="578"/>
        <source>{name} til stede</source>
        <translation>{name} present</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="417"/>
        <source>{name} forfall ({reason})</source>
        <translation>{name} absent ({reason})</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="428"/>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="578"/>
        <source>{name} gått ut</source>
        <translation>{name} gone out</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="440"/>
        <source>{sub} møter for {name}</source>
        <translation>{sub} sits for {name}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="452"/>
        <source>{sub} går ut</source>
        <translation>{sub} leaves</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="463"/>
        <source>{name} leder møtet</source>
        <translation>{name} chairs</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="485"/>
        <source>{name} er valgt som {office}. Trykk «Overtar møteledelsen».</source>
        <translation>{name} has been elected as {office}. Press “Takes the chair”.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="488"/>
        <source>{name} kan lede møtet først når bystyret har valgt {name} som {office} (R-3.1a). «Til valget» fyller ut valget i Votering; det kan holdes når som helst mens bystyret er satt.</source>
        <translation>{name} can chair the meeting only once the council has elected {name} as {office} (R-3.1a). «Go to the election» fills in the election in Vote; it can be held at any time while the council is in session.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="519"/>
        <source>Valget registreres i en sak til votering: ta opp valgsaken (eller saken valget holdes i) og avslutt debatten, så vises valgdelen i Votering med vervet «{office}» utfylt (R-3.1a).</source>
        <translation>The election is recorded in an item that is being voted on: take up the election item (or the item in which the election is held) and close the debate, and the election section of the Votes pane appears with the office “{office}” filled in (R-3.1a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="531"/>
        <source>Ta opp saken først: inhabilitet gjelder én sak (R-3.10a).</source>
        <translation>Take up the item first: a disqualification applies to one item (R-3.10a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="542"/>
        <source>{name} inhabil</source>
        <translation>{name} disqualified</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="548"/>
        <source>Bystyret vedtok at {name} ikke er inhabil i saken. Vedtaket er ført i møteboken.</source>
        <translation>The city council decided that {name} is not disqualified in this item. The decision is entered in the minutes.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="558"/>
        <source>Inhabilitet (R-3.10a)</source>
        <translation>Disqualification (R-3.10a)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="559"/>
        <source>{name} er inhabil i {number}</source>
        <translation>{name} is disqualified in {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="560"/>
        <source>{name} er ikke inhabil i {number}</source>
        <translation>{name} is not disqualified in {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="561"/>
        <source>Bystyret treffer beslutning om inhabilitet i den enkelte sak. Hva foreslår møtelederen?</source>
        <translation>The city council decides on disqualification item by item. What does the chair propose?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="568"/>
        <source>Forslag: {proposal}. {name} deltar ikke i avgjørelsen. Hvor mange stemte for?</source>
        <translation>Proposal: {proposal}. {name} takes no part in the decision. How many voted for?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="583"/>
        <source>Sett møtet</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="610"/>
        <source>{name}: forfallsgrunn? {reasons}</source>
        <translation>{name}: reason for absence? {reasons}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="614"/>
        <source>Vara for {name}: Enter = foreslått ({first}) · {choices} · Esc = ingen vara</source>
        <translation>Substitute for {name}: Enter = proposed ({first}) · {choices} · Esc = none</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="618"/>
        <source>Navneopprop: {name} — {present} til stede · {absent} forfall · {substitute} forfall med vara · ↑↓ flytt · Esc avslutt</source>
        <translation>Roll call: {name} — {present} present · {absent} absent · {substitute} absent with substitute · ↑↓ move · Esc stop</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="640"/>
        <source>Til stede: {present} av {seats}{quorum}</source>
        <translation>Present: {present} of {seats}{quorum}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="643"/>
        <source> – vedtaksført</source>
        <translation> – quorate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="643"/>
        <source> – ikke vedtaksført</source>
        <translation> – no quorum</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/roll_call.py" line="652"/>
        <source> – {sub} møter</source>
        <translation> – {sub} sits</translation>
    </message>
</context>
<context>
    <name>SeatChart</name>
    <message>
        <location filename="../../chair_console/ui/seat_chart.py" line="164"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/seat_chart.py" line="165"/>
        <source>Vara</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/seat_chart.py" line="166"/>
        <source>Borte</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/seat_chart.py" line="167"/>
        <location filename="../../chair_console/ui/seat_chart.py" line="249"/>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/seat_chart.py" line="172"/>
        <source>{present} av {seats}</source>
        <translation>{present} of {seats}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/seat_chart.py" line="242"/>
        <source>Uavh.</source>
        <translation>Ind.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/seat_chart.py" line="245"/>
        <source>{sub} møter for {name} ({group})</source>
        <translation>{sub} sits for {name} ({group})</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <location filename="../../chair_console/ui/panes/speaker_list.py" line="66"/>
        <source>NESTE</source>
        <translation>NEXT</translation>
    </message>
</context>
<context>
    <name>SpeakersPane</name>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="124"/>
        <source>Navn, plassnummer eller gruppe – Enter legger til</source>
        <translation>Name, seat number or group – Enter adds</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="125"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="126"/>
        <source>Opp (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="127"/>
        <source>Ned (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="128"/>
        <source>Fjern (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="129"/>
        <location filename="../../chair_console/ui/panes/speakers.py" line="413"/>
        <location filename="../../chair_console/ui/panes/speakers.py" line="436"/>
        <source>Gi ordet</source>
        <translation>Give the floor</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="142"/>
        <source>Ingen sak til behandling.</source>
        <translation>No item under debate.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="144"/>
        <source>Taleliste for {number}</source>
        <translation>Speakers for {number}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="162"/>
        <source>Et avsluttende innlegg i en sak uten utvalg er møtelederens unntak (R-5.3b): det gis fra møtelederens stasjon.</source>
        <translation>A closing speech in an item with no committee behind it is the chair&apos;s exception (R-5.3b): it is given from the chair&apos;s station.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="178"/>
        <location filename="../../chair_console/ui/panes/speakers.py" line="220"/>
        <source>uavh.</source>
        <translation>ind.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="220"/>
        <source>byråd</source>
        <translation>city gov.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="223"/>
        <source>{n}. {name} ({group}) – {kind} – {time}</source>
        <translation>{n}. {name} ({group}) – {kind} – {time}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="228"/>
        <location filename="../../chair_console/ui/panes/speakers.py" line="229"/>
        <source>møteleders unntak</source>
        <translation>chair&apos;s exception</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="230"/>
        <source>talt 1 gang</source>
        <translation>spoken once</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="231"/>
        <source>talt {count} ganger</source>
        <translation>spoken {count} times</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="235"/>
        <source>neste</source>
        <translation>next</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="255"/>
        <source>Interpellasjonen: {left} igjen av 60:00 (R-7b)</source>
        <translation>Interpellation: {left} left of 60:00 (R-7b)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="266"/>
        <source>Gruppenes taletid igjen: {list}</source>
        <translation>Groups&apos; time left: {list}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="306"/>
        <source>Flere til stede passer «{text}»: velg i listen som kommer opp.</source>
        <translation>Several present match “{text}”: choose in the list that appears.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="308"/>
        <source>Fant ingen til stede som passer «{text}».</source>
        <translation>No one present matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="336"/>
        <source>{name} på talelisten</source>
        <translation>{name} on the speaker list</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="350"/>
        <source>Avsluttende innlegg uten utvalg</source>
        <translation>Closing speech without a committee</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="352"/>
        <source>{number} kommer ikke fra et utvalg, så reglementet gir ingen rett til avsluttende innlegg (R-5.3b).

Vil du likevel gi {name} ordet til avsluttende innlegg? Skriv begrunnelsen; den føres i møteboken.</source>
        <translation>{number} does not come from a committee, so the rules of procedure give no right to a closing speech (R-5.3b).

Do you want to give {name} the floor for a closing speech all the same? Write the reason; it is entered in the minutes.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="373"/>
        <source>Flytt taler</source>
        <translation>Move speaker</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="401"/>
        <source>Fjern taler</source>
        <translation>Remove speaker</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="414"/>
        <source>Taleren {name} har ordet. Avslutte innlegget og gi ordet til {other}?</source>
        <translation>The speaker {name} has the floor. End the speech and give the floor to {other}?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="416"/>
        <source>Ja, gi ordet til {other}</source>
        <translation>Yes, give the floor to {other}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="416"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/speakers.py" line="434"/>
        <source>Avslutt innlegget</source>
        <translation>End the speech</translation>
    </message>
</context>
<context>
    <name>SpeechView</name>
    <message>
        <location filename="../../chair_console/ui/speech_view.py" line="37"/>
        <source>Neste: {names}</source>
        <translation>Next: {names}</translation>
    </message>
</context>
<context>
    <name>StreamOverlay</name>
    <message>
        <location filename="../../chair_console/ui/overlay.py" line="152"/>
        <source>Nøkkelfarge for strømmegrafikken</source>
        <translation>Key colour for the stream overlay</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/overlay.py" line="161"/>
        <source>Chair Console – strømmegrafikk</source>
        <translation>Chair Console – stream graphics</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/overlay.py" line="162"/>
        <source>Nøkkelfarge …</source>
        <translation>Key colour …</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/overlay.py" line="163"/>
        <source>Lukk strømmegrafikken (Ctrl+Q)</source>
        <translation>Close the stream overlay (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/overlay.py" line="164"/>
        <source>Strømmegrafikk</source>
        <translation>Stream graphics</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/overlay.py" line="172"/>
        <source>Lukket møte – sendingen er avbrutt</source>
        <translation>Closed meeting – the broadcast is interrupted</translation>
    </message>
</context>
<context>
    <name>ViewSettings</name>
    <message>
        <location filename="../../chair_console/ui/view_settings.py" line="128"/>
        <source>Større tekst (Ctrl+Pluss)</source>
        <translation>Larger text (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/view_settings.py" line="129"/>
        <source>Mindre tekst (Ctrl+Minus)</source>
        <translation>Smaller text (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/view_settings.py" line="130"/>
        <source>Vanlig tekststørrelse (Ctrl+0)</source>
        <translation>Normal text size (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/view_settings.py" line="131"/>
        <source>Høy kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/view_settings.py" line="132"/>
        <source>Salskjermens språk</source>
        <translation>Hall display language</translation>
    </message>
</context>
<context>
    <name>VoteResultPanel</name>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="131"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="131"/>
        <source>Mot</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="131"/>
        <location filename="../../chair_console/ui/vote_picture.py" line="133"/>
        <source>Blanke / ikke avgitt</source>
        <translation>Blank / not cast</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="137"/>
        <location filename="../../chair_console/ui/vote_picture.py" line="144"/>
        <source>✓ Vedtatt</source>
        <translation>✓ Adopted</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="137"/>
        <location filename="../../chair_console/ui/vote_picture.py" line="144"/>
        <source>✗ Falt</source>
        <translation>✗ Defeated</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="140"/>
        <source>{n} forslag samlet</source>
        <translation>{n} proposals together</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="152"/>
        <source>Resultat: {outcome}, {a} – {b}</source>
        <translation>Result: {outcome}, {a} – {b}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="158"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="163"/>
        <source>Uavhengige</source>
        <translation>Independents</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/vote_picture.py" line="169"/>
        <source>Bare antall ble tatt – ingen fordeling på grupper.</source>
        <translation>Only numbers were taken – no split by group.</translation>
    </message>
</context>
<context>
    <name>VotesPane</name>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="48"/>
        <source>Stemmetegn – de som stemmer mot</source>
        <translation>Show of hands – those against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="49"/>
        <source>Stilltiende godkjenning</source>
        <translation>Tacit approval</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="50"/>
        <source>Kontravotering – for og mot telles</source>
        <translation>Counter-vote – for and against counted</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="51"/>
        <source>Alternativ votering</source>
        <translation>Alternative vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="207"/>
        <source>Votering over</source>
        <translation>Vote on</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="207"/>
        <source>Mot (alternativ)</source>
        <translation>Against (alternative)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="207"/>
        <source>Måte</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="208"/>
        <source>Mot / for:</source>
        <translation>Against / for:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="210"/>
        <source>Bare antall (navn tas ikke)</source>
        <translation>Numbers only (no names)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="211"/>
        <source>Valg (likhet: loddtrekning)</source>
        <translation>Election (tie: lots)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="212"/>
        <source>Registrer voteringen</source>
        <translation>Record the vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="213"/>
        <source>Rett / ta omvotering</source>
        <translation>Correct / re-take</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="214"/>
        <source>Vedtaket</source>
        <translation>The decision</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="215"/>
        <source>Lagre vedtaket og avslutt saken</source>
        <translation>Save the decision and close the item</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="216"/>
        <source>Aktuell sak (R-3.2c) – protester:</source>
        <translation>Urgent matter (R-3.2c) – objections:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="217"/>
        <source>Møtelederen</source>
        <translation>The chair</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="218"/>
        <source> medlemmer</source>
        <translation> members</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="219"/>
        <source>Registrer protestene</source>
        <translation>Record the objections</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="222"/>
        <source>Del opp</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="223"/>
        <source>Resultat og vedtak</source>
        <translation>Result and decision</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="224"/>
        <source>Alle voteringer</source>
        <translation>All votes</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="225"/>
        <source>Valg</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="227"/>
        <source>Står mot hverandre</source>
        <translation>Competing proposals</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="238"/>
        <source>Vedtaksført</source>
        <translation>Quorate</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="238"/>
        <source>Ikke vedtaksført</source>
        <translation>No quorum</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="241"/>
        <source>{present} av {seats} medlemmer til stede; minst {required} må være til stede (R-3.3a).</source>
        <translation>{present} of {seats} members present; at least {required} must be present (R-3.3a).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="257"/>
        <source>Voteringsordenen foreslås fra møtelederens stasjon (R-3.3e); her registreres bystyrets vedtak om den.</source>
        <translation>The voting order is proposed from the chair&apos;s station (R-3.3e); here the council&apos;s decision on it is recorded.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="345"/>
        <source>(rettet) {text}</source>
        <translation>(corrected) {text}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="407"/>
        <source>{a} for det første, {b} for det andre av {n}</source>
        <translation>{a} for the first, {b} for the second of {n}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="409"/>
        <source>For {yes} · mot {no} · stemmeberettigede {n}</source>
        <translation>For {yes} · against {no} · entitled {n}</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="420"/>
        <location filename="../../chair_console/ui/panes/votes.py" line="433"/>
        <location filename="../../chair_console/ui/panes/votes.py" line="910"/>
        <source>Voteringsorden</source>
        <translation>Voting order</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="443"/>
        <source>Neste registrering erstatter den valgte voteringen (begge blir stående i loggen).</source>
        <translation>The next record replaces the chosen vote (both stay in the log).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="472"/>
        <source>Loddtrekning: {winner} vant.</source>
        <translation>Lots drawn: {winner} won.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="520"/>
        <source>Samlet votering, til og med</source>
        <translation>Combined vote, up to and including</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="521"/>
        <source>Samme mot som forrige (Ctrl+R)</source>
        <translation>Same against as last vote (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="522"/>
        <source>Bare forslagsstillerne for (Ctrl+P)</source>
        <translation>Only the proposers for (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="523"/>
        <source>Forslagsstillerens forslag samlet (Ctrl+G)</source>
        <translation>The proposer&apos;s proposals together (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="524"/>
        <source>Registrer voteringen (Enter)</source>
        <translation>Record the vote (Enter)</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="740"/>
        <source>Står flere enn to forslag mot hverandre, kryss dem av: det voteres alternativt to og to, vinneren mot det neste (R-3.3c).</source>
        <translation>If more than two proposals compete, tick them: they are put to alternative votes two at a time, the winner against the next (R-3.3c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="743"/>
        <source>Neste: {first} mot {second}.</source>
        <translation>Next: {first} against {second}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="746"/>
        <source>Deretter: vinneren mot {rest}.</source>
        <translation>Then: the winner against {rest}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="747"/>
        <source>, deretter vinneren mot </source>
        <translation>, then the winner against </translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="750"/>
        <source>Alternativ votering ferdig: {winner} står igjen.</source>
        <translation>Alternative vote complete: {winner} remains.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="766"/>
        <source>Stemmelikhet. Møteleders egen stemme avgjør (R-3.3d). Hvordan stemte møtelederen?</source>
        <translation>A tie. The chair&apos;s own vote decides (R-3.3d). How did the chair vote?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="772"/>
        <location filename="../../chair_console/ui/panes/votes.py" line="775"/>
        <source>Stemmelikhet</source>
        <translation>Tie</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="775"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="775"/>
        <source>Mot</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="961"/>
        <source>Voteringen over {subject} ble registrert bare med antall. Registrer hvordan partiene stemte før saken avsluttes?</source>
        <translation>The vote on {subject} was recorded by counts only. Record how the parties voted before the item is closed?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="964"/>
        <source>{n} voteringer i saken ble registrert bare med antall, den første over {subject}. Registrer hvordan partiene stemte før saken avsluttes?</source>
        <translation>{n} votes in the item were recorded by counts only, the first on {subject}. Record how the parties voted before the item is closed?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="966"/>
        <source>Hvordan partiene stemte</source>
        <translation>How the parties voted</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="966"/>
        <source>Registrer</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="967"/>
        <source>Avslutt likevel</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="977"/>
        <source>Kryss av medlemmene gruppevis, som ved en votering med navn, og registrer voteringen på nytt. Den erstatter voteringen med bare antall; begge blir stående i loggen. Saken er ikke avsluttet.</source>
        <translation>Tick the members by group, as in a vote by name, and record the vote again. It replaces the vote by counts only; both stay in the log. The item is not closed.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="999"/>
        <source>✓ vedtatt</source>
        <translation>✓ adopted</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="999"/>
        <source>✗ falt</source>
        <translation>✗ defeated</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="478"/>
        <source>Votering</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="220"/>
        <source>Punkter i innstillingen: </source>
        <translation>Points in the recommendation: </translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="809"/>
        <source>Vedta voteringsorden (stilltiende) – Ctrl+O</source>
        <translation>Adopt the voting order (tacitly) – Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="810"/>
        <source>Votering over voteringsorden…</source>
        <translation>Vote on the voting order…</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="811"/>
        <source>Oversendelsesforslag:</source>
        <translation>Proposals to forward:</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="812"/>
        <source>Oversend byrådet (stilltiende) – Ctrl+B</source>
        <translation>Forward to the city government (tacitly) – Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="831"/>
        <source>Ordførerens forslag til voteringsorden. Bystyret har ikke vedtatt den ennå (R-3.3e).</source>
        <translation>The mayor&apos;s proposed voting order. The council has not adopted it yet (R-3.3e).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="833"/>
        <source>Endret forslag til voteringsorden, ikke vedtatt ennå. Til da gjelder den vedtatte.</source>
        <translation>Amended proposal for the voting order, not adopted yet. Until then the adopted order applies.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="835"/>
        <source>Voteringsorden vedtatt med {a} mot {b} stemmer.</source>
        <translation>Voting order adopted by {a} votes to {b}.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="837"/>
        <source>Voteringsorden vedtatt stilltiende.</source>
        <translation>Voting order adopted tacitly.</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="845"/>
        <source>vedtatt</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="845"/>
        <source>falt</source>
        <translation>defeated</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="850"/>
        <source>neste</source>
        <translation>next</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="859"/>
        <source>{name} – oversendt</source>
        <translation>{name} – forwarded</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="867"/>
        <source>Voteringsorden vedtatt stilltiende</source>
        <translation>Voting order adopted tacitly</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="874"/>
        <location filename="../../chair_console/ui/panes/votes.py" line="878"/>
        <source>Votering over voteringsorden</source>
        <translation>Vote on the voting order</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="875"/>
        <source>Votering over voteringsorden (R-3.3e). Hvor mange stemte for forslaget?</source>
        <translation>Vote on the voting order (R-3.3e). How many voted for the proposal?</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="896"/>
        <source>Oversendt byrådet</source>
        <translation>Forwarded to the city government</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="924"/>
        <source>Det er votert i saken; protestene kan ikke endres (R-3.2c).</source>
        <translation>The item has been voted on; the objections cannot be changed (R-3.2c).</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="932"/>
        <source>Protester mot å avgjøre den aktuelle saken</source>
        <translation>Objections to deciding the urgent matter</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="944"/>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../chair_console/ui/panes/votes.py" line="946"/>
        <source>Saken avgjort</source>
        <translation>Item decided</translation>
    </message>
</context>
</TS>
