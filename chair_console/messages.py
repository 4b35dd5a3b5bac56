"""Refusals and errors in the user's language.

Rules, store and database raise codes with parameters; this table holds the Bokmål
sentence for each (translated to English through Qt's translation system)."""

from __future__ import annotations

from typing import Callable, Mapping

from chair_console.i18n import QT_TRANSLATE_NOOP, translate

Translate = Callable[[str, str], str]

CONTEXT = "Messages"

MESSAGES: dict[str, str] = {
    # the meeting record
    "log.out_of_sequence": QT_TRANSLATE_NOOP("Messages", "Handlingen kom i feil rekkefølge i møteloggen. Ingenting ble endret."),
    "log.unknown_actor": QT_TRANSLATE_NOOP("Messages", "Ukjent rolle: {actor}."),
    "log.unknown_event": QT_TRANSLATE_NOOP("Messages", "Ukjent hendelse i møteloggen: {kind}."),
    "payload.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Handlingen ble avvist: feltet «{field}» i {kind} mangler eller er ikke {expected}. Ingenting ble endret."
    ),
    "undo.nothing_to_undo": QT_TRANSLATE_NOOP("Messages", "Det er ingenting å angre."),
    "undo.already_undone": QT_TRANSLATE_NOOP("Messages", "Denne handlingen er allerede angret."),
    "undo.not_undone": QT_TRANSLATE_NOOP("Messages", "Denne handlingen er ikke angret, så den kan ikke gjøres om."),
    "undo.later_events_depend": QT_TRANSLATE_NOOP(
        "Messages", "Kan ikke angre: en senere handling (nr. {seq}) bygger på denne. Angre den først."
    ),
    # the meeting
    "meeting.not_created": QT_TRANSLATE_NOOP("Messages", "Møtet er ikke opprettet."),
    "meeting.already_created": QT_TRANSLATE_NOOP("Messages", "Møtet er allerede opprettet."),
    "meeting.newer_rules": QT_TRANSLATE_NOOP(
        "Messages", "Møtet er registrert etter reglene i en nyere versjon av Chair Console ({rules}). Oppdater programmet."
    ),
    "meeting.bad_snapshot": QT_TRANSLATE_NOOP("Messages", "Møtets grunnlagsdata er ufullstendige."),
    "meeting.already_open": QT_TRANSLATE_NOOP("Messages", "Møtet er allerede satt."),
    "meeting.not_open": QT_TRANSLATE_NOOP("Messages", "Møtet er ikke satt. Sett møtet først (Møte → Sett møtet)."),
    "meeting.adjourned": QT_TRANSLATE_NOOP(
        "Messages", "Møtet er hevet. Bare rettelser kan registreres nå (Møte → Rettelse etter møtet)."
    ),
    "meeting.paused": QT_TRANSLATE_NOOP("Messages", "Møtet har pause. Fortsett møtet først."),
    "meeting.not_paused": QT_TRANSLATE_NOOP("Messages", "Møtet har ikke pause."),
    "meeting.bad_pause": QT_TRANSLATE_NOOP("Messages", "Ukjent type pause."),
    "meeting.voting_under_way": QT_TRANSLATE_NOOP(
        "Messages", "En votering pågår. Avslutt saken før møtet heves."
    ),
    "meeting.not_adjourned": QT_TRANSLATE_NOOP(
        "Messages", "Møtet er ikke hevet; det kan bare fortsettes en annen dag etter at det er hevet."
    ),
    "meeting.correction_only_after": QT_TRANSLATE_NOOP(
        "Messages", "Rettelser etter møtet registreres når møtet er hevet; under møtet brukes Angre."
    ),
    "meeting.correction_needs_reason": QT_TRANSLATE_NOOP("Messages", "Skriv både hva som rettes og hvorfor."),
    "meeting.notice_remarks_too_late": QT_TRANSLATE_NOOP(
        "Messages",
        "Merknader til innkalling og saksliste føres etter at møtet er satt og før første sak tas opp (R-3.6a). "
        "Ingenting ble registrert.",
    ),
    "meeting.notice_remarks_empty": QT_TRANSLATE_NOOP(
        "Messages", "Skriv merknaden til innkallingen eller sakslisten. Ingenting ble registrert."
    ),
    "agenda.closed_needs_confirmation": QT_TRANSLATE_NOOP(
        "Messages", "Saken er lukket etter {basis}. Møtelederen må bekrefte hjemmelen før saken tas opp (R-3.7a)."
    ),
    "agenda.closed_needs_decision": QT_TRANSLATE_NOOP(
        "Messages",
        "Saken skal behandles for lukkede dører etter {basis}. Bystyret må først vedta å lukke møtet, stilltiende "
        "eller ved votering, med hjemmelen (R-3.6b, R-3.7a). Ingenting ble registrert.",
    ),
    "agenda.closed_basis_needed": QT_TRANSLATE_NOOP(
        "Messages", "Skriv hjemmelen for å lukke møtet (kommuneloven § 11-5) (R-3.6b). Ingenting ble registrert."
    ),
    # attendance
    "attendance.not_a_member": QT_TRANSLATE_NOOP(
        "Messages", "{member} er ikke medlem av bystyret. Byrådet teller ikke med i fremmøtet (R-1b)."
    ),
    "attendance.already_present": QT_TRANSLATE_NOOP("Messages", "{member} er allerede registrert til stede."),
    "attendance.already_absent": QT_TRANSLATE_NOOP("Messages", "{member} er allerede registrert med det forfallet."),
    "attendance.invalid_reason": QT_TRANSLATE_NOOP(
        "Messages", "Ugyldig forfallsgrunn: {reason}. Gyldige grunner er sykdom, velferd, omsorg og uoppsettelig arbeid (R-4a)."
    ),
    "attendance.not_present": QT_TRANSLATE_NOOP("Messages", "{member} er ikke til stede."),
    "attendance.seat_held_by_substitute": QT_TRANSLATE_NOOP(
        "Messages", "Plassen til {member} er tatt av varamedlem {substitute}. La varamedlemmet gå ut først (R-4b)."
    ),
    "substitute.unknown": QT_TRANSLATE_NOOP("Messages", "Ukjent varamedlem: {substitute}."),
    "substitute.wrong_group": QT_TRANSLATE_NOOP(
        "Messages", "{substitute} er ikke varamedlem for gruppen til {member} (R-4b)."
    ),
    "substitute.member_present": QT_TRANSLATE_NOOP("Messages", "{member} er til stede; plassen trenger ikke vara."),
    "substitute.seat_taken": QT_TRANSLATE_NOOP(
        "Messages", "{substitute} møter allerede for {member}. En plass kan bare ha én person."
    ),
    "substitute.already_seated": QT_TRANSLATE_NOOP(
        "Messages", "{substitute} møter allerede for {member}. Et varamedlem kan bare møte for én."
    ),
    "substitute.not_seated": QT_TRANSLATE_NOOP("Messages", "{substitute} møter ikke nå."),
    "government.unknown": QT_TRANSLATE_NOOP("Messages", "{person} er ikke medlem av byrådet."),
    "government.already_present": QT_TRANSLATE_NOOP("Messages", "{person} er allerede registrert til stede."),
    "government.not_present": QT_TRANSLATE_NOOP("Messages", "{person} er ikke registrert til stede."),
    "chair.not_present": QT_TRANSLATE_NOOP("Messages", "{person} sitter ikke i salen og kan ikke lede møtet."),
    "chair.already_chairing": QT_TRANSLATE_NOOP("Messages", "{person} leder allerede møtet."),
    "chair.needs_election": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} er verken ordfører eller varaordfører og er ikke valgt som {office}. Bystyret velger {office} før "
        "{person} kan lede møtet (R-3.1a): registrer valget i valgdelen av Votering (vervet «{office}»).",
    ),
    "chair.no_handover": QT_TRANSLATE_NOOP(
        "Messages", "{person} leder ikke møtet, så det er ingen møteledelse å overlate for innlegget (R-5.5b)."
    ),
    "chair.deputy_mayor_first": QT_TRANSLATE_NOOP(
        "Messages",
        "{deputy} er til stede og overtar ledelsen av forhandlingene under innlegget: «overtar varaordfører, "
        "eventuelt setteordfører» (R-5.5b). {person} kan overta bare når verken ordfører eller varaordfører kan. "
        "Ingenting ble registrert.",
    ),
    "chair.disqualified": QT_TRANSLATE_NOOP(
        "Messages", "{person} er inhabil i saken og kan ikke lede møtet under den (R-3.10a). Ingenting ble registrert."
    ),
    "chair.office_not_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} er valgt som {office}, men ordfører og varaordfører er til stede: en av dem leder møtet. "
        "Settevaraordfører leder når ordfører eller varaordfører har forfall, særskilt møteleder når begge har "
        "forfall (R-3.1a). Ingenting ble registrert.",
    ),
    "chair.election_not_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "Det velges ikke {office} nå: settevaraordfører velges når ordfører eller varaordfører har forfall, særskilt "
        "møteleder når begge har forfall (R-3.1a). Ingenting ble registrert.",
    ),
    "disqualification.item_decided": QT_TRANSLATE_NOOP(
        "Messages", "Saken er allerede avgjort; inhabilitet kan ikke registreres nå."
    ),
    "disqualification.no_basis": QT_TRANSLATE_NOOP("Messages", "Skriv hjemmelen for inhabiliteten (R-3.10a)."),
    "disqualification.after_vote": QT_TRANSLATE_NOOP(
        "Messages",
        "Det er allerede votert i saken; bystyret avgjør inhabilitet før voteringen (R-3.10a). Angre voteringen "
        "først hvis spørsmålet om inhabilitet skulle vært avgjort før den. Ingenting ble registrert.",
    ),
    "disqualification.already": QT_TRANSLATE_NOOP("Messages", "{person} er allerede registrert inhabil i saken."),
    "disqualification.decision_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "Bystyret treffer beslutning om inhabilitet (R-3.10a): registrer om bystyret vedtok det stilltiende eller ved "
        "votering. Ingenting ble registrert.",
    ),
    "disqualification.election_item": QT_TRANSLATE_NOOP(
        "Messages",
        "Saken er en valgsak: ingen er inhabil når det velges personer til offentlige tillitsverv eller fastsettes "
        "godtgjøring for slike verv (R-3.10a, reglementet § 3.10 b). Ingenting ble registrert.",
    ),
    "roll_call.nobody_present": QT_TRANSLATE_NOOP(
        "Messages", "Ingen er registrert til stede. Ta navneoppropet før møtet settes (R-5.1a)."
    ),
    # agenda
    "agenda.unknown_item": QT_TRANSLATE_NOOP("Messages", "Saken finnes ikke på sakslisten."),
    "agenda.already_current": QT_TRANSLATE_NOOP("Messages", "Saken er allerede til behandling."),
    # speakers and speaking time (R-3.5a, R-5.3, R-5.4, R-5.6a)
    "speaker.item_not_current": QT_TRANSLATE_NOOP("Messages", "Talelisten gjelder saken som er til behandling. Ta opp saken først."),
    "speaker.unknown_kind": QT_TRANSLATE_NOOP("Messages", "Ukjent type innlegg: {kind}."),
    "speaker.not_present": QT_TRANSLATE_NOOP("Messages", "{person} er ikke til stede og kan ikke få ordet."),
    "speaker.chair_cannot_debate": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} leder møtet og kan ikke ha innlegg eller replikker i debatten. Varaordføreren, eventuelt en valgt "
        "settevaraordfører, overtar møteledelsen så lenge (R-5.5b).",
    ),
    "speaker.government_kind": QT_TRANSLATE_NOOP("Messages", "{person} er medlem av byrådet: velg «byrådsinnlegg»."),
    "speaker.not_government": QT_TRANSLATE_NOOP("Messages", "{person} er ikke medlem av byrådet."),
    "speaker.disqualified": QT_TRANSLATE_NOOP("Messages", "{person} er inhabil i saken og kan ikke få ordet (R-3.10a)."),
    "speaker.urgent_matter_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "I en aktuell sak kan det gis ett innlegg fra hver gruppe og ett fra byrådet, ikke innlegg på ett minutt, "
        "replikker eller avsluttende innlegg (R-3.2c).",
    ),
    "speaker.urgent_matter_group": QT_TRANSLATE_NOOP(
        "Messages", "{group} har allerede en taler i den aktuelle saken: ett innlegg fra hver gruppe (R-3.2c)."
    ),
    "speaker.urgent_matter_government": QT_TRANSLATE_NOOP(
        "Messages", "Byrådet har allerede en taler i den aktuelle saken: ett innlegg fra byrådet (R-3.2c)."
    ),
    "speaker.oral_statement_kind": QT_TRANSLATE_NOOP(
        "Messages", "Etter en muntlig redegjørelse kan én fra hver gruppe og byrådsmedlemmet få ordet én gang (R-3.5a)."
    ),
    "speaker.oral_statement_once": QT_TRANSLATE_NOOP("Messages", "{person} har allerede hatt ordet i debatten (R-3.5a)."),
    "speaker.oral_statement_group": QT_TRANSLATE_NOOP(
        "Messages", "Gruppen {group} har allerede en taler i debatten om redegjørelsen (R-3.5a)."
    ),
    "speaker.oral_statement_presenter": QT_TRANSLATE_NOOP(
        "Messages",
        "Bare {presenter}, som ga redegjørelsen, kan få ordet for byrådet i debatten; {person} kan ikke (R-3.5a).",
    ),
    "speaker.one_minute_limit": QT_TRANSLATE_NOOP(
        "Messages", "{person} har allerede hatt to innlegg på ett minutt i saken (R-5.4d)."
    ),
    "speaker.replies_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Replikker er ikke tillatt i denne saken (R-5.4e). Møtelederen kan tillate dem under Taletid."
    ),
    "speaker.reply_to_unknown": QT_TRANSLATE_NOOP("Messages", "Velg innlegget replikken gjelder."),
    "speaker.reply_to_speech_not_given": QT_TRANSLATE_NOOP(
        "Messages",
        "Innlegget til {speaker} er ikke holdt ennå. En replikk kan bare gjelde et innlegg som er holdt eller holdes nå "
        "(R-5.4e).",
    ),
    "speaker.reply_to_self": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} kan ikke ta replikk på sitt eget innlegg. Den som holdt innlegget, svarer på replikkene med ett svar "
        "på inntil to minutter (R-5.4e).",
    ),
    "speaker.reply_limit": QT_TRANSLATE_NOOP("Messages", "{person} har allerede hatt to replikker (R-5.4e)."),
    "speaker.answer_by_other": QT_TRANSLATE_NOOP(
        "Messages", "Bare den som holdt innlegget kan svare på replikkene (R-5.4e)."
    ),
    "speaker.answer_without_reply": QT_TRANSLATE_NOOP(
        "Messages", "Ingen har tatt replikk på innlegget ennå, så det er ingenting å svare på (R-5.4e)."
    ),
    "speaker.answer_once": QT_TRANSLATE_NOOP(
        "Messages", "{person} har allerede svaret på replikkene til innlegget: ett svar på inntil to minutter (R-5.4e)."
    ),
    "speaker.debate_closed": QT_TRANSLATE_NOOP(
        "Messages", "Debatten i {item} er avsluttet, og saken er tatt opp til votering: ingen kan få ordet nå (R-3.3e)."
    ),
    "speaker.closing_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Avsluttende innlegg gis bare til utvalgets leder eller nestleder eller arbeidsgruppens leder (R-5.3b)."
    ),
    "speaker.closing_no_committee": QT_TRANSLATE_NOOP(
        "Messages",
        "{item} kommer ikke fra et utvalg, så ingen har rett til avsluttende innlegg (R-5.3b). Møtelederen kan gi "
        "{person} ordet likevel, med en begrunnelse som føres i møteboken.",
    ),
    "speaker.override_reason_needed": QT_TRANSLATE_NOOP(
        "Messages", "Skriv hvorfor møtelederen gir avsluttende innlegg likevel; begrunnelsen føres i møteboken (R-5.3b)."
    ),
    "speaker.override_not_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "Møtelederens unntak gjelder bare avsluttende innlegg i saker uten utvalg (R-5.3b); {person} kan føres opp uten det.",
    ),
    "speaker.not_queued": QT_TRANSLATE_NOOP("Messages", "Taleren står ikke på talelisten."),
    "speaker.bad_position": QT_TRANSLATE_NOOP("Messages", "Ugyldig plass på talelisten."),
    "speaker.queue_empty": QT_TRANSLATE_NOOP("Messages", "Talelisten er tom."),
    "speaker.group_time_used": QT_TRANSLATE_NOOP(
        "Messages", "Gruppens taletid i saken er brukt opp (R-5.4a). {person} kan få et innlegg på ett minutt (R-5.4d)."
    ),
    "speaker.interpellation_kind": QT_TRANSLATE_NOOP(
        "Messages", "I en interpellasjon er det bare vanlige innlegg: ingen replikker eller innlegg på ett minutt (R-7a)."
    ),
    "speaker.interpellation_turns": QT_TRANSLATE_NOOP(
        "Messages", "{person} har brukt sine innlegg i interpellasjonen ({turns}) (R-7a)."
    ),
    "speaker.interpellation_hour_used": QT_TRANSLATE_NOOP(
        "Messages", "Interpellasjonens time er brukt opp (R-7b)."
    ),
    "question.not_question_hour": QT_TRANSLATE_NOOP("Messages", "Spørsmål hører til spørretimen."),
    "question.hour_over": QT_TRANSLATE_NOOP("Messages", "Spørretimens time er ute (R-6a)."),
    "question.bad_answerer": QT_TRANSLATE_NOOP(
        "Messages", "Spørsmål stilles til ordføreren eller et medlem av byrådet (R-6a)."
    ),
    "question.no_topic": QT_TRANSLATE_NOOP("Messages", "Skriv hva spørsmålet gjelder."),
    "question.one_per_member": QT_TRANSLATE_NOOP(
        "Messages", "{person} har allerede et hovedspørsmål i spørretimen (R-6b)."
    ),
    "question.bad_order": QT_TRANSLATE_NOOP("Messages", "Den nye rekkefølgen må ha med alle spørsmålene én gang."),
    "question.already_taken": QT_TRANSLATE_NOOP("Messages", "Spørsmål som er tatt, kan ikke flyttes."),
    "question.none_running": QT_TRANSLATE_NOOP("Messages", "Ingen spørsmål er i gang."),
    "question.follow_up_by_asker": QT_TRANSLATE_NOOP(
        "Messages", "Spørreren har sitt ene tilleggsspørsmål; oppfølgingsspørsmål er for andre (R-6c)."
    ),
    "question.follow_up_once": QT_TRANSLATE_NOOP(
        "Messages", "{person} har allerede et oppfølgingsspørsmål i denne saken (R-6c)."
    ),
    "question.none_waiting": QT_TRANSLATE_NOOP("Messages", "Det er ingen flere spørsmål."),
    "question.no_supplementary_due": QT_TRANSLATE_NOOP(
        "Messages", "Det er ikke spørsmålsstillerens tilleggsspørsmål som står for tur nå (R-6c)."
    ),
    "question.extraordinary_meeting": QT_TRANSLATE_NOOP(
        "Messages", "Et ekstraordinært bystyremøte har ingen spørretime; den hører til de ordinære møtene (R-6a)."
    ),
    "question.unknown": QT_TRANSLATE_NOOP("Messages", "Ukjent spørsmål i spørretimen: {question}."),
    "question.already_answered": QT_TRANSLATE_NOOP(
        "Messages", "Spørsmålet er ferdig behandlet; hvem som svarer, kan ikke endres nå."
    ),
    "question.stand_in_for_government_only": QT_TRANSLATE_NOOP(
        "Messages", "Spørsmål til ordføreren besvares av ordføreren; en settebyråd svarer bare for et medlem av byrådet (R-6c)."
    ),
    "question.asked_is_present": QT_TRANSLATE_NOOP("Messages", "{person} er til stede og svarer selv (R-6c)."),
    "question.stand_in_not_government": QT_TRANSLATE_NOOP(
        "Messages", "{person} er ikke medlem av byrådet. Bare en annen byråd kan svare som settebyråd (R-6c)."
    ),
    "question.answerer_absent": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} er ikke til stede og kan ikke svare. Velg en byråd som er til stede under «Svarer:» (settebyråd, R-6c).",
    ),
    "speech.running": QT_TRANSLATE_NOOP("Messages", "Et innlegg pågår. Avslutt det først, eller bruk «Neste taler»."),
    "speech.none": QT_TRANSLATE_NOOP("Messages", "Ingen taler har ordet nå."),
    "speech.already_paused": QT_TRANSLATE_NOOP("Messages", "Taletiden står allerede stille."),
    "speech.not_paused": QT_TRANSLATE_NOOP("Messages", "Taletiden går allerede."),
    "speech.warning_not_speaking": QT_TRANSLATE_NOOP("Messages", "{person} har ikke ordet nå."),
    "speech.warnings_used": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} er allerede bedt to ganger om å holde seg til saken (R-5.6a). Møtelederen kan nå be taleren "
        "forlate talerstolen, eller la bystyret stemme over å utelukke medlemmet fra møtet.",
    ),
    # votes (R-3.3a–f)
    "vote.debate_open": QT_TRANSLATE_NOOP(
        "Messages", "Avslutt debatten før voteringen (R-3.3e), eller saken er allerede avgjort."
    ),
    "vote.bad_order": QT_TRANSLATE_NOOP("Messages", "Voteringsordenen må ha med hvert forslag høyst én gang."),
    "vote.unknown_subject": QT_TRANSLATE_NOOP("Messages", "Det finnes ikke noe forslag {subject} i saken."),
    "vote.withdrawn": QT_TRANSLATE_NOOP("Messages", "Forslaget er trukket og kan ikke settes under votering."),
    "vote.unknown_method": QT_TRANSLATE_NOOP("Messages", "Ukjent voteringsmåte: {method}."),
    "vote.bad_subjects": QT_TRANSLATE_NOOP("Messages", "Velg hva det skal voteres over."),
    "vote.alternative_needs_two": QT_TRANSLATE_NOOP(
        "Messages", "Alternativ votering er mellom to eller flere forslag; ellers voteres det over ett om gangen."
    ),
    # several proposals voted on together (the budget meeting, R-3.3e)
    "vote.together_needs_several": QT_TRANSLATE_NOOP(
        "Messages", "Samlet votering er over to eller flere forslag; velg forslagene som voteres over samlet."
    ),
    "vote.together_not_alternative": QT_TRANSLATE_NOOP(
        "Messages",
        "Forslag som voteres over samlet, får ett resultat for alle: bruk stilltiende godkjenning, stemmetegn eller "
        "kontravotering, ikke alternativ votering eller valg. Ingenting ble registrert.",
    ),
    "vote.no_quorum": QT_TRANSLATE_NOOP(
        "Messages", "Bystyret er ikke vedtaksført: {present} stemmeberettigede til stede, minst {required} kreves (R-3.3a). Ingenting ble registrert."
    ),
    "vote.bad_count": QT_TRANSLATE_NOOP(
        "Messages", "Stemmetallet må være et helt tall fra 0 til antallet stemmeberettigede. Ingenting ble registrert."
    ),
    "vote.twice": QT_TRANSLATE_NOOP("Messages", "{person} er registrert med to stemmer. Hver har én stemme."),
    "vote.not_eligible": QT_TRANSLATE_NOOP(
        "Messages", "{person} kan ikke stemme i saken (ikke til stede eller inhabil, R-3.10a)."
    ),
    "vote.count_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "Tellingen går ikke opp: {counted} stemmer, men {eligible} stemmeberettigede (forskjell {difference}). "
        "Alle til stede skal stemme (R-3.3b). Tell på nytt; ingenting ble registrert.",
    ),
    "vote.tie_needs_chair": QT_TRANSLATE_NOOP(
        "Messages", "Stemmelikhet: møteleders stemme avgjør (R-3.3d). Oppgi hvordan møtelederen stemte."
    ),
    "vote.tie_needs_lot": QT_TRANSLATE_NOOP("Messages", "Stemmelikhet ved valg avgjøres ved loddtrekning (R-3.3d)."),
    "vote.no_chair": QT_TRANSLATE_NOOP(
        "Messages",
        "Det kan ikke voteres eller treffes vedtak når ingen leder møtet (R-3.1a). Registrer hvem som leder "
        "møtet, og prøv igjen. Ingenting ble registrert.",
    ),
    "vote.not_allowed_in_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "Det voteres ikke og treffes ikke vedtak i {item} (interpellasjon R-7c, spørretime R-6a, muntlig "
        "redegjørelse R-3.5a). En interpellasjon kan sendes til et utvalg (Send til utvalg…). Ingenting ble "
        "registrert.",
    ),
    # votes as the law counts them (rules version 2): R-3.3c, R-3.3d, R-3.3f b, no vote counted twice
    "vote.plurality_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Vedtak treffes med flertallet av de avgitte stemmene (R-3.3c), så alternativ votering er mellom to forslag. "
        "Med {count} forslag mot hverandre: hold alternative voteringer to og to (vinneren mot det neste), eller "
        "voter over forslagene etter tur. Ingenting ble registrert.",
    ),
    "vote.no_chair_for_tie": QT_TRANSLATE_NOOP(
        "Messages",
        "Stemmelikhet: møteleders stemme avgjør (R-3.3d), men ingen leder møtet nå. Registrer hvem som leder "
        "møtet, og registrer voteringen på nytt. Ingenting ble registrert.",
    ),
    "vote.chair_side_contradicts": QT_TRANSLATE_NOOP(
        "Messages",
        "Navnene viser at møtelederen ({person}) stemte annerledes enn oppgitt. Ved stemmelikhet avgjør "
        "møteleders egen stemme (R-3.3d); den kan ikke velges etterpå. Ingenting ble registrert.",
    ),
    "vote.chair_not_entitled": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} leder møtet, men har ikke stemt i saken (ikke i salen eller inhabil, R-3.10a), så møteleders "
        "stemme kan ikke avgjøre stemmelikheten (R-3.3d). Ingenting ble registrert.",
    ),
    "vote.bad_chair_vote": QT_TRANSLATE_NOOP(
        "Messages",
        "Oppgi hvordan møtelederen stemte: for eller mot, eller ved alternativ votering ett av de to forslagene. "
        "Ingenting ble registrert.",
    ),
    "vote.already_voted": QT_TRANSLATE_NOOP(
        "Messages",
        "Det er allerede votert over {name}. En stemme telles bare én gang: skal det voteres på nytt, velg "
        "voteringen i listen og «Rett / ta omvotering». Ingenting ble registrert.",
    ),
    "vote.for_in_hands": QT_TRANSLATE_NOOP(
        "Messages",
        "Ved stemmetegn viser bare de som stemmer mot (R-3.3f b); de som stemmer for, er de øvrige "
        "stemmeberettigede. Ta bort «for», eller velg kontravotering. Ingenting ble registrert.",
    ),
    "vote.unknown_vote": QT_TRANSLATE_NOOP("Messages", "Voteringen som skal rettes finnes ikke."),
    "vote.empty_decision": QT_TRANSLATE_NOOP("Messages", "Skriv vedtaket før saken avsluttes."),
    "vote.none_recorded": QT_TRANSLATE_NOOP("Messages", "Det er ikke votert i saken ennå."),
    "vote.not_carried": QT_TRANSLATE_NOOP(
        "Messages", "Det ble ikke flertall (R-3.3c): forslaget ble ikke vedtatt, og ingenting ble endret."
    ),
    "vote.not_urgent": QT_TRANSLATE_NOOP("Messages", "Innsigelser gjelder bare aktuelle saker (R-3.2c)."),
    # the council decides the voting order (R-3.3e)
    "vote.order_not_decided": QT_TRANSLATE_NOOP(
        "Messages",
        "Bystyret har ikke vedtatt voteringsordenen (R-3.3e). Registrer «Voteringsorden vedtatt stilltiende» "
        "(eller voteringen over den) før første votering. Ingenting ble registrert.",
    ),
    "vote.out_of_order": QT_TRANSLATE_NOOP(
        "Messages",
        "Voteringen følger ikke voteringsordenen bystyret vedtok (R-3.3e): neste er {name}. Skal rekkefølgen "
        "endres, må bystyret vedta en ny voteringsorden først. Ingenting ble registrert.",
    ),
    "vote.not_in_decided_order": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} er ikke med i voteringsordenen bystyret vedtok (R-3.3e). Vedta en endret voteringsorden først. "
        "Ingenting ble registrert.",
    ),
    "vote.order_incomplete": QT_TRANSLATE_NOOP(
        "Messages",
        "Voteringsordenen mangler {name}. Hvert forslag som ikke er trukket eller oversendt byrådet, skal med (R-3.3e).",
    ),
    "vote.forwarded": QT_TRANSLATE_NOOP(
        "Messages", "{name} er oversendt byrådet uten realitetsvotering og kan ikke settes under votering."
    ),
    "vote.urgent_objections_first": QT_TRANSLATE_NOOP(
        "Messages", "Spør først om noen protesterer mot at den aktuelle saken avgjøres (R-3.2c)."
    ),
    "vote.urgent_blocked": QT_TRANSLATE_NOOP(
        "Messages",
        "Den aktuelle saken kan ikke avgjøres: møtelederen eller minst en tredjedel av de fremmøtte protesterer (R-3.2c).",
    ),
    "vote.urgent_objections_frozen": QT_TRANSLATE_NOOP(
        "Messages",
        "Det er allerede votert i den aktuelle saken; protestene kan ikke endres nå (R-3.2c). Angre voteringen først "
        "hvis protestene ble registrert feil.",
    ),
    "vote.exclusion_needs_warnings": QT_TRANSLATE_NOOP(
        "Messages", "{person} må først være bedt to ganger om å holde seg til saken (R-5.6a)."
    ),
    "attendance.excluded": QT_TRANSLATE_NOOP("Messages", "{member} er utelukket fra resten av møtet (R-5.6a)."),
    "vote.exclusion_not_a_member": QT_TRANSLATE_NOOP(
        "Messages",
        "{person} sitter ikke i bystyret: bare bystyrets medlemmer og møtende varamedlemmer kan stenges ute fra møtet "
        "ved avstemning (R-5.6a). Ingenting ble registrert.",
    ),
    # elections (R-3.3c, R-3.3d, kommuneloven § 7-5)
    "vote.use_election": QT_TRANSLATE_NOOP(
        "Messages",
        "Valg registreres i valgdelen av voteringsruten, ikke som alternativ votering: der føres hver avstemning, "
        "blanke stemmer og en eventuell loddtrekning. Ingenting ble registrert.",
    ),
    "election.no_chair_side": QT_TRANSLATE_NOOP(
        "Messages", "Stemmelikhet ved valg avgjøres ved loddtrekning, aldri av møtelederen (R-3.3d). Ingenting ble registrert."
    ),
    "election.no_written_ballot": QT_TRANSLATE_NOOP(
        "Messages",
        "Valg av én person kan ikke holdes skriftlig: loven gir ikke adgang til skriftlig valg ved flertallsvalg. "
        "Skriftlig valg kan bare vedtas ved forholdsvalg (kommuneloven § 7-5). Ingenting ble registrert.",
    ),
    "election.bad_ballot": QT_TRANSLATE_NOOP("Messages", "Ukjent valgmåte: {ballot}. Velg åpent eller skriftlig valg."),
    "election.no_office": QT_TRANSLATE_NOOP("Messages", "Skriv hvilket verv valget gjelder (for eksempel settevaraordfører)."),
    "election.no_candidates": QT_TRANSLATE_NOOP("Messages", "Før opp minst én kandidat, med navn."),
    "election.candidate_twice": QT_TRANSLATE_NOOP("Messages", "{candidate} er ført opp to ganger."),
    "election.bad_tally": QT_TRANSLATE_NOOP("Messages", "Før opp ett stemmetall for hver kandidat."),
    "election.decided": QT_TRANSLATE_NOOP("Messages", "Valget av {office} er allerede avgjort i saken."),
    "election.needs_lot": QT_TRANSLATE_NOOP(
        "Messages",
        "Stemmelikhet i den nye avstemningen om {office}: valget avgjøres ved loddtrekning (R-3.3d), ikke ved en ny "
        "avstemning. Registrer loddtrekningen.",
    ),
    "election.wrong_round": QT_TRANSLATE_NOOP(
        "Messages", "Dette blir {round}. avstemning i valget, ikke {given}. Ingenting ble registrert."
    ),
    "election.no_lot_needed": QT_TRANSLATE_NOOP(
        "Messages", "Det er ingen stemmelikhet å avgjøre ved loddtrekning i valget av {office}."
    ),
    "election.lot_not_level": QT_TRANSLATE_NOOP(
        "Messages", "Loddet trekkes bare mellom dem som stod likt ({level}); «{drawn}» var ikke blant dem."
    ),
    "election.lot_needs_drawer": QT_TRANSLATE_NOOP("Messages", "Skriv hvem som trakk loddet i salen."),
    "election.undecided": QT_TRANSLATE_NOOP(
        "Messages",
        "Valget av {office} er ikke avgjort: en ny avstemning eller loddtrekningen gjenstår (R-3.3c, R-3.3d).",
    ),
    "election.no_body": QT_TRANSLATE_NOOP("Messages", "Skriv hvilket organ valget gjelder."),
    "election.bad_seats": QT_TRANSLATE_NOOP("Messages", "Antall plasser som skal fordeles, må være et helt tall, minst 1."),
    "election.bad_lists": QT_TRANSLATE_NOOP(
        "Messages", "Hver liste må ha et navn og et stemmetall (et helt tall, 0 eller mer)."
    ),
    "election.list_twice": QT_TRANSLATE_NOOP("Messages", "Listen {name} er ført opp to ganger."),
    "election.no_list_votes": QT_TRANSLATE_NOOP(
        "Messages", "Ingen liste har fått stemmer, så plassene kan ikke fordeles. Ingenting ble registrert."
    ),
    # stations and roles (procedure/stations.py): {station} and {action} are given in words by `describe`
    "station.not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Handlingen «{action}» kan ikke registreres fra {station}; den registreres fra møtelederens stasjon. "
        "Ingenting ble registrert.",
    ),
    "station.chairs_choice": QT_TRANSLATE_NOOP(
        "Messages",
        "Handlingen «{action}» ble avvist: {choice} ({rule}) bestemmes fra møtelederens stasjon, ikke fra {station}. "
        "Ingenting ble registrert.",
    ),
    "station.undo_not_own": QT_TRANSLATE_NOOP(
        "Messages",
        "Handling nr. {seq} («{action}») ble registrert fra {owner}; {station} kan bare angre sine egne handlinger. "
        "Møtelederens stasjon kan angre den. Ingenting ble registrert.",
    ),
    # the store
    "store.already_recorded": QT_TRANSLATE_NOOP(
        "Messages",
        "Handlingen er allerede lagret i møteloggen (nr. {seq}). Den ble ikke registrert en gang til.",
    ),
    "store.out_of_sequence": QT_TRANSLATE_NOOP(
        "Messages", "Møteloggen i databasen er endret utenfra. Ingenting ble lagret; start konsollen på nytt."
    ),
    "store.concurrent_writer": QT_TRANSLATE_NOOP(
        "Messages", "En annen stasjon registrerte i det samme møtet i samme øyeblikk. Ingenting ble lagret; se over "
        "møtet slik det er nå, og prøv igjen."
    ),
    "store.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "Kunne ikke lagre i databasen ({detail}). Ingenting ble endret; alt som var lagret fra før er i behold."
    ),
    # a PostgreSQL server (store/postgres.py, store/db_errors.py)
    "store.unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "Får ikke kontakt med databasetjeneren {path} ({detail}). Ingenting ble endret; alt som var lagret fra før "
        "er i behold. Kontroller nettverket og tjeneren, og prøv igjen.",
    ),
    "store.offline": QT_TRANSLATE_NOOP(
        "Messages",
        "Forbindelsen til databasetjeneren er brutt. Ingenting kan registreres før den er tilbake; det som er lagret, "
        "er i behold.",
    ),
    "store.online": QT_TRANSLATE_NOOP(
        "Messages",
        "Forbindelsen til databasetjeneren er tilbake, og møtet er oppdatert med det som ble registrert i "
        "mellomtiden. Du kan registrere igjen.",
    ),
    "store.forbidden": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasebrukeren har ikke tilgang til dette i {path} ({detail}). Ingenting ble endret; be IT om riktig rolle "
        "(docs/IT.md).",
    ),
    "store.read_only_role": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasebrukeren for {path} kan bare lese: møtet kan vises, skrives ut, eksporteres og kontrolleres, men "
        "ingenting kan registreres. Ingenting ble endret.",
    ),
    "station.overlay": QT_TRANSLATE_NOOP(
        "Messages",
        "Denne stasjonen viser bare strømmegrafikken: ingenting kan registreres her.",
    ),
    "station.display": QT_TRANSLATE_NOOP(
        "Messages",
        "Denne stasjonen viser bare salskjermen: ingenting kan registreres her.",
    ),
    "store.public_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasebrukeren for {path} kan bare lese den offentlige visningen av møtet. Den er for salskjermen og "
        "strømmegrafikken (--role display eller --role overlay), ikke for møtelederens eller sekretærens stasjon. "
        "Ingenting ble endret; be IT om riktig rolle (docs/IT.md).",
    ),
    "store.append_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Møteloggen kan bare utvides: en registrert hendelse eller et møte kan ikke endres eller slettes. "
        "Ingenting ble endret.",
    ),
    "store.foreign": QT_TRANSLATE_NOOP(
        "Messages", "Databasen {path} inneholder tabeller fra et annet program. Ingenting ble endret."
    ),
    "store.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasen {path} har ingen møter ennå (tabellene for Chair Console er ikke opprettet). Ingenting ble endret.",
    ),
    # the database file
    "db.not_a_file": QT_TRANSLATE_NOOP("Messages", "{path} er ikke en fil."),
    "db.unreadable": QT_TRANSLATE_NOOP("Messages", "Kan ikke lese {path}: {detail}"),
    "db.not_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "{path} er ikke en database for Chair Console (ikke en SQLite-fil). Filen er ikke endret."
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Messages", "Databasen {path} er skadet ({detail}). Filen er ikke endret. Bruk en sikkerhetskopi."
    ),
    "db.foreign": QT_TRANSLATE_NOOP(
        "Messages", "{path} er en SQLite-database fra et annet program. Filen er ikke endret."
    ),
    "db.newer_version": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasen {path} er laget av en nyere versjon av Chair Console (skjema {revision}). "
        "Oppdater programmet. Filen er ikke endret.",
    ),
    "db.unwritable": QT_TRANSLATE_NOOP("Messages", "Kan ikke skrive til {path}: {detail}"),
    "db.missing": QT_TRANSLATE_NOOP("Messages", "Databasen {path} finnes ikke. Ingenting ble opprettet."),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasen {path} er skrivebeskyttet (disken, mappen eller filen kan ikke skrives). Den er ikke skadet: "
        "møtet kan vises, skrives ut, eksporteres og kontrolleres, men ingenting kan registreres. Ingenting ble endret.",
    ),
    "db.read_only_needs_upgrade": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasen {path} er skrivebeskyttet og laget av en eldre versjon; den må oppgraderes før den kan åpnes. "
        "Kopier den til et sted som kan skrives. Filen er ikke endret.",
    ),
    "db.cannot_create": QT_TRANSLATE_NOOP(
        "Messages", "Kan ikke opprette databasen {path}: mappen er skrivebeskyttet. Velg et annet sted med --db."
    ),
    "db.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "Disken er full: {path} kan ikke skrives. Ingenting ble endret; alt som var lagret fra før er i behold. "
        "Frigjør plass og prøv igjen.",
    ),
    "db.busy": QT_TRANSLATE_NOOP(
        "Messages", "Databasen {path} er opptatt av et annet program. Ingenting ble endret; prøv igjen om litt."
    ),
    "db.io_error": QT_TRANSLATE_NOOP(
        "Messages",
        "Lese- eller skrivefeil på disken for {path} ({detail}). Ingenting ble endret. Kontroller disken eller nettverket.",
    ),
    "db.cannot_open": QT_TRANSLATE_NOOP(
        "Messages", "Kan ikke åpne databasen {path} ({detail}). Filen er ikke endret; kontroller tilgangen til mappen."
    ),
    "db.no_memory": QT_TRANSLATE_NOOP("Messages", "Ikke nok minne til å bruke databasen {path}. Ingenting ble endret."),
    "db.constraint": QT_TRANSLATE_NOOP(
        "Messages", "Databasen {path} avviste endringen ({detail}). Ingenting ble endret."
    ),
    "db.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Møtet er åpent i en annen Chair Console (prosess {pid} på {host}). Denne konsollen viser møtet og følger "
        "med på det som registreres der, men registrerer ikke selv; registrer i den andre.",
    ),
    "db.training_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} inneholder et ekte bystyre eller møte ({what}). Demo og simulering bruker bare sin egen database "
        "og endrer aldri ekte data. Ingenting ble endret; utelat --db, eller velg en annen fil.",
    ),
    "display.none": QT_TRANSLATE_NOOP(
        "Messages",
        "Ingen skjerm: DISPLAY er ikke satt, så vinduet kan ikke vises. Start konsollen fra et skrivebord, "
        "under Xvfb (xvfb-run -a chair-console --demo), eller uten vindu for en røyktest: "
        "QT_QPA_PLATFORM=offscreen chair-console --demo --quit-after 3000.",
    ),
    "display.xcb_cursor": QT_TRANSLATE_NOOP(
        "Messages",
        "Qt mangler biblioteket libxcb-cursor0 for å vise vinduet. Installer det (apt-get install libxcb-cursor0 "
        "og de andre pakkene i README.md) og start igjen.",
    ),
    # the hash chain (verify, and the check before any output or action)
    "log.verifying": QT_TRANSLATE_NOOP("Messages", "Møteloggen kontrolleres. Vent litt før du registrerer."),
    "verify.bad_event": QT_TRANSLATE_NOOP(
        "Messages", "FEIL i {path}: første feil er hendelse {seq} i møte {meeting}: {problem}"
    ),
    "verify.bad_file": QT_TRANSLATE_NOOP("Messages", "FEIL i {path}: {problem}"),
    "log.failed_gui": QT_TRANSLATE_NOOP(
        "Messages",
        "Møteloggen besto ikke kontrollen. Møtet vises, men ingenting kan registreres, salskjermen er stengt og "
        "møteboken lages ikke fra denne loggen. Kontakt IT (docs/IT.md, «verify»).",
    ),
    "log.failed_start": QT_TRANSLATE_NOOP(
        "Messages",
        "Møteloggen besto ikke kontrollen og kan ikke vises. Ingenting ble endret. Kontakt IT (docs/IT.md, «verify»).",
    ),
    "log.failed_output": QT_TRANSLATE_NOOP(
        "Messages",
        "Ingenting ble skrevet. Med --unverified lages en kopi som på hver side er merket at loggen ikke besto kontrollen.",
    ),
    "chain.hash_mismatch": QT_TRANSLATE_NOOP("Messages", "innholdet stemmer ikke med hashen (endret etter at den ble skrevet)"),
    "chain.broken_link": QT_TRANSLATE_NOOP("Messages", "lenken til forrige hendelse er brutt"),
    "chain.gap": QT_TRANSLATE_NOOP("Messages", "hendelsen mangler (slettet)"),
    "chain.head_mismatch": QT_TRANSLATE_NOOP("Messages", "loggen slutter før siste registrerte hendelse (slettet)"),
    "chain.head_behind": QT_TRANSLATE_NOOP(
        "Messages", "møtets hode er flyttet tilbake: hendelsene fra denne er ikke dekket av hodet"
    ),
    "chain.head_changed": QT_TRANSLATE_NOOP("Messages", "møtets hode er endret: det peker ikke på siste hendelse"),
    "chain.no_meeting": QT_TRANSLATE_NOOP("Messages", "møtet finnes ikke"),
    "db.integrity": QT_TRANSLATE_NOOP("Messages", "SQLite-integritetskontrollen feilet"),
    "chain.unreadable": QT_TRANSLATE_NOOP("Messages", "kan ikke leses"),
    # data files
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "Kan ikke lese filen {path}: {detail}"),
    "file.unwritable": QT_TRANSLATE_NOOP("Messages", "Kan ikke skrive filen {path}: {detail}"),
    "minutes.no_meeting": QT_TRANSLATE_NOOP("Messages", "Møtet finnes ikke."),
    "minutes.not_adjourned": QT_TRANSLATE_NOOP(
        "Messages", "Den endelige møteboken lages når møtet er hevet. Lag et utkast nå."
    ),
    "minutes.write_failed": QT_TRANSLATE_NOOP("Messages", "Kan ikke skrive møteboken til {path}: {detail}"),
    "file.not_json": QT_TRANSLATE_NOOP("Messages", "Filen {path} er ikke gyldig JSON: {detail}"),
    # the attendance report for pay and the recording's chapters
    "report.bad_date": QT_TRANSLATE_NOOP(
        "Messages", "«{value}» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-12-02. Ingenting ble skrevet."
    ),
    "report.bad_range": QT_TRANSLATE_NOOP(
        "Messages", "Fra-datoen {first} er etter til-datoen {last}. Ingenting ble skrevet."
    ),
    "report.bad_format": QT_TRANSLATE_NOOP(
        "Messages", "Oppmøterapporten skrives som .csv eller .xlsx, ikke {path}. Ingenting ble skrevet."
    ),
    "chapters.bad_format": QT_TRANSLATE_NOOP(
        "Messages", "Kapitlene skrives som .vtt (WebVTT) eller .json, ikke {path}. Ingenting ble skrevet."
    ),
    "chapters.bad_time": QT_TRANSLATE_NOOP(
        "Messages", "«{value}» er ikke et klokkeslett. Skriv når strømmingen startet som TT:MM:SS, f.eks. 16:28:00. "
        "Ingenting ble skrevet."
    ),
    "council.not_a_council_file": QT_TRANSLATE_NOOP("Messages", "Filen er ikke en bystyrefil for Chair Console."),
    "council.unknown_version": QT_TRANSLATE_NOOP("Messages", "Ukjent versjon av bystyrefilen: {version}."),
    "council.malformed": QT_TRANSLATE_NOOP("Messages", "Bystyrefilen mangler opplysninger: {detail}."),
    "council.duplicate_id": QT_TRANSLATE_NOOP("Messages", "Bystyrefilen bruker id-en {id} to ganger."),
    "council.seat_count": QT_TRANSLATE_NOOP(
        "Messages", "Bystyrefilen har {found} medlemmer, men bystyret skal ha {expected} (R-1a)."
    ),
    "council.unknown_group": QT_TRANSLATE_NOOP("Messages", "{id} hører til en gruppe som ikke finnes: {group}."),
    "council.unknown_role": QT_TRANSLATE_NOOP("Messages", "{id} har en ukjent rolle: {role}."),
    "council.group_seats": QT_TRANSLATE_NOOP(
        "Messages", "Gruppen {group} skal ha {expected} medlemmer, men filen har {found}."
    ),
    "council.role_twice": QT_TRANSLATE_NOOP("Messages", "Rollen {role} er gitt til flere enn én."),
    "council.substitute_ranks": QT_TRANSLATE_NOOP(
        "Messages", "Varamedlemmene i {group} må være nummerert 1, 2, 3 … uten hull (R-4b)."
    ),
    "council.committee_kind": QT_TRANSLATE_NOOP("Messages", "Utvalget {id} har en ukjent type: {kind}."),
    "council.committee_member": QT_TRANSLATE_NOOP(
        "Messages", "Leder eller nestleder i utvalget {id} er ikke medlem av bystyret: {member}."
    ),
    "meeting.not_a_meeting_file": QT_TRANSLATE_NOOP("Messages", "Filen er ikke en møtefil for Chair Console."),
    "meeting.malformed": QT_TRANSLATE_NOOP("Messages", "Møtefilen mangler opplysninger: {detail}."),
    "meeting.duplicate_item": QT_TRANSLATE_NOOP("Messages", "Møtefilen har to saker med samme id."),
    "meeting.unknown_item_kind": QT_TRANSLATE_NOOP("Messages", "{item} har en ukjent sakstype: {kind}."),
    "meeting.term_mismatch": QT_TRANSLATE_NOOP("Messages", "Møtefilen gjelder en annen bystyreperiode ({term})."),
    "meeting.empty_title": QT_TRANSLATE_NOOP("Messages", "{item} mangler tittel."),
    "meeting.bad_date": QT_TRANSLATE_NOOP("Messages", "«{value}» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD."),
    "meeting.bad_extraordinary": QT_TRANSLATE_NOOP("Messages", "Ukjent grunn for ekstraordinært møte: {value}."),
    "meeting.no_place": QT_TRANSLATE_NOOP("Messages", "Skriv hvor møtet holdes."),
    "meeting.bad_start": QT_TRANSLATE_NOOP("Messages", "«{value}» er ikke et klokkeslett. Skriv TT:MM."),
    "meeting.no_council": QT_TRANSLATE_NOOP(
        "Messages", "Databasen har ikke bystyret for perioden {term}. Importer bystyret først (import council)."
    ),
    # import files
    "import.empty": QT_TRANSLATE_NOOP("Messages", "{file}: filen er tom."),
    "import.encoding": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: tegnkodingen er verken UTF-8 eller Windows-1252. Lagre filen på nytt som «CSV UTF-8 "
        "(kommadelt)» i Excel, eller som UTF-8 i et tekstprogram, og prøv igjen. Ingenting ble importert.",
    ),
    "import.json": QT_TRANSLATE_NOOP("Messages", "{file}, linje {line}: ugyldig JSON ({detail}). Ingenting ble importert."),
    "import.json_shape": QT_TRANSLATE_NOOP("Messages", "{file}: forventet en liste «{expected}». Ingenting ble importert."),
    "import.csv": QT_TRANSLATE_NOOP("Messages", "{file}, linje {line}: ugyldig CSV ({detail}). Ingenting ble importert."),
    "import.missing_column": QT_TRANSLATE_NOOP(
        "Messages", "{file}: kolonnen «{field}» mangler i overskriftslinjen. Ingenting ble importert."
    ),
    "import.missing_row": QT_TRANSLATE_NOOP("Messages", "{file}: mangler en rad av typen «{field}». Ingenting ble importert."),
    "import.missing_value": QT_TRANSLATE_NOOP(
        "Messages", "{file}, linje {line}, felt «{field}»: verdien mangler. Ingenting ble importert."
    ),
    "import.too_many_fields": QT_TRANSLATE_NOOP(
        "Messages", "{file}, linje {line}: flere felt enn overskriftslinjen har ({expected}). Ingenting ble importert."
    ),
    "import.bad_value": QT_TRANSLATE_NOOP(
        "Messages", "{file}, linje {line}, felt «{field}»: «{value}» – forventet {expected}. Ingenting ble importert."
    ),
    "import.unknown_committee": QT_TRANSLATE_NOOP(
        "Messages", "{file}, linje {line}, felt «{field}»: utvalget «{value}» finnes ikke. Ingenting ble importert."
    ),
    "import.council": QT_TRANSLATE_NOOP("Messages", "{file}: {detail} Ingenting ble importert."),
    "import.agenda": QT_TRANSLATE_NOOP("Messages", "{file}: {detail} Ingenting ble importert."),
    # import files checked against the schema (chair_console/import_schema.py, docs/import.md)
    "import.schema": QT_TRANSLATE_NOOP("Messages", "{file}, {place}: {problem}. Ingenting ble importert."),
    "import.schema_line": QT_TRANSLATE_NOOP(
        "Messages", "{file}, linje {line}, felt «{field}»: {problem}. Ingenting ble importert."
    ),
    "import.schema_row": QT_TRANSLATE_NOOP("Messages", "{file}, linje {line}: {problem}. Ingenting ble importert."),
    "import.schema_file": QT_TRANSLATE_NOOP("Messages", "{file}: {problem}. Ingenting ble importert."),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Messages", "{file}: filen er for stor ({size} MB); høyst {limit} MB kan importeres. Ingenting ble importert."
    ),
    "import.too_deep": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}, linje {line}: lister og objekter ligger mer enn {limit} nivåer inne i hverandre; "
        "filformatet bruker høyst 4. Ingenting ble importert.",
    ),
    # agenda (R-3.2a–c, R-3.4a, R-3.9a)
    "agenda.not_in_debate": QT_TRANSLATE_NOOP("Messages", "Saken er ikke til debatt nå."),
    "agenda.item_not_in_meeting": QT_TRANSLATE_NOOP(
        "Messages", "Saken er utsatt eller sendt til utvalg og behandles ikke i dette møtet."
    ),
    "agenda.closed_item_in_remote_meeting": QT_TRANSLATE_NOOP(
        "Messages", "En lukket sak kan ikke behandles i fjernmøte (R-3.9a)."
    ),
    "agenda.item_finished": QT_TRANSLATE_NOOP("Messages", "Saken er allerede ferdigbehandlet."),
    "agenda.bad_order": QT_TRANSLATE_NOOP("Messages", "Den nye rekkefølgen må ha med alle sakene én gang."),
    "agenda.item_dealt_with": QT_TRANSLATE_NOOP(
        "Messages", "{item} er allerede tatt opp og kan ikke flyttes. Bare saker som ikke er behandlet kan flyttes."
    ),
    "agenda.already_started": QT_TRANSLATE_NOOP(
        "Messages", "Behandlingen av sakslisten er begynt; den kan ikke erstattes nå."
    ),
    "agenda.bad_items": QT_TRANSLATE_NOOP("Messages", "Sakslisten har ugyldige saker."),
    "agenda.set_after_opening": QT_TRANSLATE_NOOP(
        "Messages",
        "Møtet er satt, og sakslisten kan ikke lenger byttes ut (R-3.2a). En sak som ikke står på sakslisten, tas "
        "opp som aktuell sak (Aktuell sak…), der møtelederen eller en tredjedel av de møtende kan motsette seg "
        "vedtak (R-3.2c). Rekkefølgen endres med Flytt opp/ned. Ingenting ble registrert.",
    ),
    "agenda.decision_public_not_closed": QT_TRANSLATE_NOOP(
        "Messages", "{item} er ikke en lukket sak; vedtaket står uansett i den offentlige møteboken."),
    "agenda.empty_title": QT_TRANSLATE_NOOP("Messages", "Saken må ha en tittel."),
    "agenda.duplicate_item": QT_TRANSLATE_NOOP("Messages", "Det finnes allerede en sak med id {item}."),
    "agenda.bad_settings": QT_TRANSLATE_NOOP("Messages", "Taletiden må være et helt antall minutter, 0 eller mer."),
    # the council's decisions: postponement (R-3.2b), a committee (R-7c), the voting order, forwarding (R-3.3e)
    "agenda.decision_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "Dette avgjør bystyret (R-3.2b, R-7c, R-3.3e, R-5.4a, R-3.7a): registrer om det ble vedtatt stilltiende eller ved "
        "votering, med stemmetallene. Ingenting ble registrert.",
    ),
    "agenda.bad_decision": QT_TRANSLATE_NOOP(
        "Messages", "Ukjent vedtaksmåte «{method}»: bystyret vedtar stilltiende eller ved votering (for og mot)."
    ),
    "agenda.tacit_with_count": QT_TRANSLATE_NOOP(
        "Messages", "Et stilltiende vedtak har ingen stemmetall. Velg votering hvis stemmene ble talt."
    ),
    "agenda.committee_needed": QT_TRANSLATE_NOOP("Messages", "Oppgi hvilket utvalg saken sendes til."),
    "agenda.unknown_committee": QT_TRANSLATE_NOOP("Messages", "Bystyret har ikke noe utvalg {committee}."),
    "proposal.not_allowed_in_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "Det kan ikke fremmes forslag i denne saken (muntlig redegjørelse R-3.5a, interpellasjon R-7c, spørretime).",
    ),
    "proposal.debate_closed": QT_TRANSLATE_NOOP(
        "Messages", "Debatten i saken er avsluttet; forslag må fremmes før debatten avsluttes (R-3.4a)."
    ),
    "proposal.empty": QT_TRANSLATE_NOOP("Messages", "Skriv forslaget slik vedtaket skal lyde (R-3.4a)."),
    "proposal.no_proposer": QT_TRANSLATE_NOOP("Messages", "Oppgi hvem som fremmer forslaget: et medlem eller en gruppe."),
    "proposal.unknown_group": QT_TRANSLATE_NOOP("Messages", "Ukjent gruppe: {group}."),
    "proposal.bad_kind": QT_TRANSLATE_NOOP("Messages", "Ukjent forslagstype: {kind}."),
    "proposal.unknown": QT_TRANSLATE_NOOP("Messages", "Forslaget finnes ikke eller er allerede trukket."),
    "proposal.bad_number": QT_TRANSLATE_NOOP("Messages", "Forslagsnummeret må være et helt tall fra 1 og oppover."),
    "proposal.number_taken": QT_TRANSLATE_NOOP(
        "Messages", "Samme forslagsstiller har allerede et forslag nr. {number} i saken. Ingenting ble registrert."
    ),
    "proposal.forward_none": QT_TRANSLATE_NOOP(
        "Messages", "Velg forslagene som skal oversendes byrådet (hvert forslag én gang)."
    ),
    "proposal.already_forwarded": QT_TRANSLATE_NOOP("Messages", "{name} er allerede oversendt byrådet."),
    "proposal.proposer_not_seated": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} sitter ikke i bystyret nå og kan ikke sette frem forslag (R-3.4a). Bare medlemmer og innkalte "
        "varamedlemmer som er til stede, kan fremme forslag. Ingenting ble registrert.",
    ),
    "proposal.voted_cannot_withdraw": QT_TRANSLATE_NOOP(
        "Messages",
        "Det er allerede votert over {name}; et forslag kan bare trekkes til det er votert over (R-3.4a). "
        "Ingenting ble registrert.",
    ),
    "proposal.already_voted": QT_TRANSLATE_NOOP(
        "Messages", "Det er allerede votert over {name}; det kan ikke oversendes byrådet uten realitetsvotering."
    ),
}

UNKNOWN = QT_TRANSLATE_NOOP("Messages", "Handlingen ble avvist ({code}). Ingenting ble endret.")


def describe(
    code: str,
    params: Mapping[str, object] | None = None,
    tr: Translate = translate,
    names: Mapping[str, str] | None = None,
) -> str:
    """The sentence for `code` in the current language, with ids replaced by names where known."""
    values = {k: (names.get(v, v) if names and isinstance(v, str) else v) for k, v in (params or {}).items()}
    if code.startswith("station."):  # the station and the action in words (procedure/stations.py)
        values.update(_station_words(params or {}, tr))
    if code in ("import.council", "import.agenda") and "code_" in values:  # a file's content, told with its name
        inner = {k: v for k, v in values.items() if k != "code_"}
        values["detail"] = describe(str(values["code_"]), inner, tr, names)
    source = MESSAGES.get(code)
    if source is None:
        return tr(CONTEXT, UNKNOWN).format(code=code)
    try:
        return tr(CONTEXT, source).format(**values)
    except (KeyError, IndexError, ValueError):
        return tr(CONTEXT, source)


def _station_words(params: Mapping[str, object], in_language: Translate) -> dict[str, str]:
    from chair_console.procedure.stations import STATION_NAMES, action_name, choice_name

    # (not named `tr`: lupdate would read the context as a string to translate)
    words: dict[str, str] = {}
    for key in ("station", "owner"):
        value = params.get(key)
        if isinstance(value, str):
            name = STATION_NAMES.get(value)
            words[key] = in_language("Labels", name) if name else value
    if isinstance(params.get("action"), str):
        words["action"] = in_language("Labels", action_name(str(params["action"])))
        if isinstance(params.get("field"), str):  # station.chairs_choice: the choice in words
            words["choice"] = in_language("Labels", choice_name(str(params["action"]), str(params["field"])))
    return words


def describe_problem(
    path: object, meeting: int | None, seq: int | None, code: str, detail: str = "",
    tr: Translate = translate,
) -> str:
    """What `verify` says of the first problem it found: the same words wherever a log is refused."""
    problem = describe("chain.unreadable" if code == "db.unreadable" else code, {}, tr)
    if detail:
        problem += f" ({detail})"
    if seq is None:
        return describe("verify.bad_file", {"path": path, "problem": problem}, tr)
    return describe("verify.bad_event", {"path": path, "seq": seq, "meeting": meeting, "problem": problem}, tr)
