"""Messages about sealed team rounds: keys, signatures, seals, and releases the app refuses."""

TEXTS: dict[str, dict[str, str]] = {
    "team.v1_round": {
        "en": "This invitation is of the earlier, unsealed kind (version 1). Ask your collator for a new invitation to the round: shares are now sealed to the round's key.",
        "fi": "Tämä kutsu on aiempaa, sinetöimätöntä tyyppiä (versio 1). Pyydä kokoajalta kierrokselle uusi kutsu: jaot sinetöidään nyt kierroksen avaimella.",
        "sv": "Inbjudan är av det tidigare, oförseglade slaget (version 1). Be sammanställaren om en ny inbjudan till omgången: delningar förseglas nu med omgångens nyckel.",
    },
    "team.v1_share": {
        "en": "This share is of the earlier, unsealed kind (version 1) and is not used: anyone could have read or changed it. Ask the member to share the reflection again with the round's new invitation.",
        "fi": "Tämä jako on aiempaa, sinetöimätöntä tyyppiä (versio 1), eikä sitä käytetä: kuka tahansa olisi voinut lukea tai muuttaa sitä. Pyydä jäsentä jakamaan pohdinta uudelleen kierroksen uudella kutsulla.",
        "sv": "Delningen är av det tidigare, oförseglade slaget (version 1) och används inte: vem som helst kunde ha läst eller ändrat den. Be medlemmen dela reflektionen igen med omgångens nya inbjudan.",
    },
    "team.v1_team": {
        "en": "This team summary is of the earlier, unsigned kind (version 1): the app cannot tell it from a made-up one, so it is not shown.",
        "fi": "Tämä tiimin yhteenveto on aiempaa, allekirjoittamatonta tyyppiä (versio 1): sovellus ei voi erottaa sitä keksitystä, joten sitä ei näytetä.",
        "sv": "Teamets sammanfattning är av det tidigare, osignerade slaget (version 1): appen kan inte skilja den från en påhittad, så den visas inte.",
    },
    "team.bad_signature": {
        "en": "The invitation's signature does not match its content: it was changed after the collator made it. Ask the collator for the invitation again.",
        "fi": "Kutsun allekirjoitus ei vastaa sisältöä: sitä on muutettu kokoajan tekemisen jälkeen. Pyydä kutsu kokoajalta uudelleen.",
        "sv": "Inbjudans signatur stämmer inte med innehållet: den har ändrats efter att sammanställaren gjorde den. Be sammanställaren om inbjudan igen.",
    },
    "team.bad_summary_signature": {
        "en": "The summary is not signed with the key of the round's invitation: it was changed or made up, so it is not shown.",
        "fi": "Yhteenvetoa ei ole allekirjoitettu kierroksen kutsun avaimella: sitä on muutettu tai se on keksitty, joten sitä ei näytetä.",
        "sv": "Sammanfattningen är inte signerad med nyckeln i omgångens inbjudan: den har ändrats eller är påhittad, så den visas inte.",
    },
    "team.summary_unverifiable": {
        "en": "The round's invitation was never opened on this computer, so the summary cannot be checked. Open the invitation (File › Open team file) first.",
        "fi": "Kierroksen kutsua ei ole avattu tällä tietokoneella, joten yhteenvetoa ei voi tarkistaa. Avaa ensin kutsu (Tiedosto › Avaa tiimitiedosto).",
        "sv": "Omgångens inbjudan har aldrig öppnats på den här datorn, så sammanfattningen kan inte kontrolleras. Öppna inbjudan först (Arkiv › Öppna teamfil).",
    },
    "team.key_reused": {
        "en": "This invitation uses the key of a round you already opened, but says something else (round of {date}). It is refused: ask your collator what happened.",
        "fi": "Tämä kutsu käyttää jo avaamasi kierroksen avainta mutta kertoo muuta (kierros {date}). Kutsua ei hyväksytä: kysy kokoajalta, mitä on tapahtunut.",
        "sv": "Inbjudan använder nyckeln för en omgång du redan öppnat men säger något annat (omgången {date}). Den avvisas: fråga sammanställaren vad som hänt.",
    },
    "team.bad_seal": {
        "en": "The sealed content cannot be opened with the round's key: it was changed or damaged.",
        "fi": "Sinetöityä sisältöä ei voi avata kierroksen avaimella: sitä on muutettu tai se on vioittunut.",
        "sv": "Det förseglade innehållet kan inte öppnas med omgångens nyckel: det har ändrats eller skadats.",
    },
    "team.seal_round_mismatch": {
        "en": "The sealed content names another round than the file: it was put together from two files.",
        "fi": "Sinetöity sisältö nimeää eri kierroksen kuin tiedosto: se on koottu kahdesta tiedostosta.",
        "sv": "Det förseglade innehållet anger en annan omgång än filen: den har satts ihop av två filer.",
    },
    "team.no_round_key": {
        "en": "sealed for round {round}, whose key is not in this data folder",
        "fi": "sinetöity kierrokselle {round}, jonka avain ei ole tässä datakansiossa",
        "sv": "förseglad för omgång {round}, vars nyckel inte finns i den här datamappen",
    },
    "collate.status.no_key": {
        "en": "not a round of this data folder",
        "fi": "ei tämän datakansion kierros",
        "sv": "inte en omgång i den här datamappen",
    },
    "collate.status.future": {
        "en": "refused: dated in the future ({round})",
        "fi": "hylätty: päivätty tulevaisuuteen ({round})",
        "sv": "avvisad: daterad i framtiden ({round})",
    },
    "collate.status.identical": {
        "en": "flagged and not counted: the same answers as another share under another code",
        "fi": "merkitty eikä laskettu: samat vastaukset kuin toisessa jaossa eri koodilla",
        "sv": "flaggad och inte räknad: samma svar som en annan delning under en annan kod",
    },
    "collate.status.chosen": {
        "en": "accepted; chosen over another share of the same person",
        "fi": "hyväksytty; valittu saman henkilön toisen jaon sijaan",
        "sv": "godkänd; vald framför en annan delning av samma person",
    },
    "collate.status.not_chosen": {
        "en": "not used: another share of the same person was chosen",
        "fi": "ei käytetty: saman henkilön toinen jako valittiin",
        "sv": "används inte: en annan delning av samma person valdes",
    },
    "collate.not_this_folder": {
        "en": "None of these shares can be opened in this data folder: they are sealed to rounds created in another one (first: round {round}). Collate in the data folder where the round was created. Nothing was written.",
        "fi": "Yhtäkään näistä jaoista ei voi avata tässä datakansiossa: ne on sinetöity toisessa kansiossa luotujen kierrosten avaimilla (ensimmäinen: kierros {round}). Kokoa siinä datakansiossa, jossa kierros luotiin. Mitään ei kirjoitettu.",
        "sv": "Ingen av delningarna kan öppnas i den här datamappen: de är förseglade för omgångar som skapats i en annan (första: omgång {round}). Sammanställ i datamappen där omgången skapades. Ingenting skrevs.",
    },
    "collate.release_refused": {
        "en": "Refused: these {people} people differ from an earlier release of this round by {changed} (fewer than {k}); comparing the two would show those people's answers. Release the same people as before, or wait until at least {k} more have shared. Nothing was written.",
        "fi": "Hylätty: nämä {people} henkilöä eroavat kierroksen aiemmasta julkaisusta {changed} henkilön osalta (alle {k}); niiden vertailu näyttäisi näiden henkilöiden vastaukset. Julkaise samat henkilöt kuin aiemmin tai odota, kunnes vähintään {k} muuta on jakanut. Mitään ei kirjoitettu.",
        "sv": "Avvisad: dessa {people} personer skiljer sig från en tidigare publicering av omgången med {changed} (färre än {k}); en jämförelse skulle visa de personernas svar. Publicera samma personer som förut, eller vänta tills minst {k} till har delat. Ingenting skrevs.",
    },
    "collate.release_isolates": {
        "en": "Refused: together with earlier releases of this round, releasing these {people} people would single out a group of {group} (fewer than {k}) whose answers could be worked out by comparing the releases. Release the same people as an earlier release, or wait until more have shared. Nothing was written.",
        "fi": "Hylätty: yhdessä kierroksen aiempien julkaisujen kanssa näiden {people} henkilön julkaisu erottaisi {group} henkilön ryhmän (alle {k}), jonka vastaukset voisi päätellä julkaisuja vertaamalla. Julkaise samat henkilöt kuin jossakin aiemmassa julkaisussa tai odota, kunnes useampi on jakanut. Mitään ei kirjoitettu.",
        "sv": "Avvisad: tillsammans med omgångens tidigare publiceringar skulle en publicering av dessa {people} personer urskilja en grupp på {group} (färre än {k}) vars svar kunde räknas ut genom att jämföra publiceringarna. Publicera samma personer som i en tidigare publicering, eller vänta tills fler har delat. Ingenting skrevs.",
    },
    "collate.too_many": {
        "en": "Refused: {people} different people's shares, but the round's team has {size} members. Some shares were not made by team members. Nothing was written.",
        "fi": "Hylätty: {people} eri henkilön jakoja, mutta kierroksen tiimissä on {size} jäsentä. Osa jaoista ei ole tiimin jäsenten tekemiä. Mitään ei kirjoitettu.",
        "sv": "Avvisad: delningar från {people} olika personer, men omgångens team har {size} medlemmar. En del delningar är inte gjorda av teamets medlemmar. Ingenting skrevs.",
    },
    "collate.conflict": {
        "en": "Two different shares of one person: {first} ({first_date}) and {second} ({second_date}). Choose one (--use FILE, or keep only that file) and collate again. Nothing was written.",
        "fi": "Saman henkilön kaksi eri jakoa: {first} ({first_date}) ja {second} ({second_date}). Valitse toinen (--use TIEDOSTO, tai jätä vain se tiedosto) ja kokoa uudelleen. Mitään ei kirjoitettu.",
        "sv": "Två olika delningar av en person: {first} ({first_date}) och {second} ({second_date}). Välj den ena (--use FIL, eller behåll bara den filen) och sammanställ igen. Ingenting skrevs.",
    },
    "collate.saved_share": {"en": "the share saved earlier", "fi": "aiemmin tallennettu jako", "sv": "den tidigare sparade delningen"},
    "collate.sample_mixed": {
        "en": "Refused: sample shares (made with sample-exports) are mixed with real ones. Collate them apart. Nothing was written.",
        "fi": "Hylätty: esimerkkijakoja (sample-exports) on sekoittunut oikeisiin. Kokoa ne erikseen. Mitään ei kirjoitettu.",
        "sv": "Avvisad: exempeldelningar (sample-exports) är blandade med riktiga. Sammanställ dem var för sig. Ingenting skrevs.",
    },
    "collate.sample_note": {
        "en": "These are sample shares, not real people's answers; the summary says so.",
        "fi": "Nämä ovat esimerkkijakoja, eivät oikeiden ihmisten vastauksia; yhteenveto kertoo sen.",
        "sv": "Detta är exempeldelningar, inte riktiga personers svar; sammanfattningen säger det.",
    },
    "round.fingerprint": {
        "en": "Round fingerprint: {fingerprint}. Read it out at the kick-off: every member's app shows the same digits for this invitation.",
        "fi": "Kierroksen tunniste: {fingerprint}. Lue se ääneen aloituksessa: jokaisen jäsenen sovellus näyttää samat numerot tälle kutsulle.",
        "sv": "Omgångens fingeravtryck: {fingerprint}. Läs upp det vid starten: varje medlems app visar samma siffror för inbjudan.",
    },
    "round.neutral_collator": {
        "en": "Whoever creates a round collates it, and only this data folder can open its shares. Answers about well-being can be health data: a neutral collator (a trainer, occupational health, a peer) is better than the team's supervisor.",
        "fi": "Kierroksen luoja myös kokoaa sen, ja vain tämä datakansio voi avata sen jaot. Hyvinvointia koskevat vastaukset voivat olla terveystietoja: neutraali kokoaja (kouluttaja, työterveys, kollega) on parempi kuin tiimin esihenkilö.",
        "sv": "Den som skapar en omgång sammanställer den, och bara den här datamappen kan öppna dess delningar. Svar om välbefinnande kan vara hälsouppgifter: en neutral sammanställare (en utbildare, företagshälsovården, en kollega) är bättre än teamets chef.",
    },
    "cli.no_invitation": {
        "en": "This reflection's round has no sealed invitation on this computer. Give the round's invitation with --invitation FILE.hype-round (a stored reflection can also be shared to a new round this way).",
        "fi": "Tämän pohdinnan kierroksella ei ole tällä tietokoneella sinetöityä kutsua. Anna kierroksen kutsu valinnalla --invitation TIEDOSTO.hype-round (näin tallennetun pohdinnan voi jakaa myös uudelle kierrokselle).",
        "sv": "Reflektionens omgång har ingen förseglad inbjudan på den här datorn. Ange omgångens inbjudan med --invitation FIL.hype-round (så kan en sparad reflektion också delas till en ny omgång).",
    },
    "export.keys_warning": {
        "en": "The export also holds the keys of the team rounds you created here: whoever has the file can open every share of those rounds. Keep it as safe as the data folder itself.",
        "fi": "Vienti sisältää myös täällä luomiesi tiimikierrosten avaimet: tiedoston haltija voi avata kierrosten kaikki jaot. Säilytä sitä yhtä huolellisesti kuin itse datakansiota.",
        "sv": "Exporten innehåller också nycklarna till de teamomgångar du skapat här: den som har filen kan öppna alla delningar i omgångarna. Förvara den lika säkert som själva datamappen.",
    },
}
