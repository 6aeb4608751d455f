"""Messages from the layers below the UI (files, store, command line), in fi, sv and en.

Widgets translate their own strings with Qt's tr(); code that must run without Qt (the
command line, file validation, the store) says things through this catalogue instead.
Each entry has the same {placeholders} in every language (a test checks it).
"""

from __future__ import annotations

import locale
import os
import re
from pathlib import Path

from hype_desktop.catalogue import CATALOGUES
from hype_desktop.domain.instrument import LANGUAGES

_M: dict[str, dict[str, str]] = {
    "file.unreadable": {
        "en": "The file could not be read ({reason}).",
        "fi": "Tiedostoa ei voitu lukea ({reason}).",
        "sv": "Filen kunde inte läsas ({reason}).",
    },
    "file.too_big": {
        "en": "The file is too large ({size} kB; at most {limit} kB is accepted).",
        "fi": "Tiedosto on liian suuri ({size} kt; enintään {limit} kt hyväksytään).",
        "sv": "Filen är för stor ({size} kB; högst {limit} kB godtas).",
    },
    "file.not_json": {
        "en": "The file is not valid JSON: {reason}.",
        "fi": "Tiedosto ei ole kelvollista JSONia: {reason}.",
        "sv": "Filen är inte giltig JSON: {reason}.",
    },
    "file.not_utf8": {
        "en": "The file is not UTF-8 text.",
        "fi": "Tiedosto ei ole UTF-8-tekstiä.",
        "sv": "Filen är inte UTF-8-text.",
    },
    "file.duplicate_key": {
        "en": "The file names the field “{key}” twice.",
        "fi": "Tiedostossa on kenttä ”{key}” kahdesti.",
        "sv": "Filen har fältet ”{key}” två gånger.",
    },
    "file.long_number": {
        "en": "The file contains a number with far too many digits.",
        "fi": "Tiedostossa on luku, jossa on aivan liikaa numeroita.",
        "sv": "Filen innehåller ett tal med alldeles för många siffror.",
    },
    "file.too_big_for_memory": {
        "en": "The file is {size} MB; reading it needs about {need} MB of memory and {available} MB is free now. Close other programs and try again.",
        "fi": "Tiedosto on {size} Mt; sen lukeminen vaatii noin {need} Mt muistia, ja vapaana on nyt {available} Mt. Sulje muita ohjelmia ja yritä uudelleen.",
        "sv": "Filen är {size} MB; att läsa den kräver cirka {need} MB minne, och {available} MB är ledigt nu. Stäng andra program och försök igen.",
    },
    "file.would_be_too_big": {
        "en": "The file was not written: it would be {size} kB, and the apps that read it accept at most {limit} kB.",
        "fi": "Tiedostoa ei kirjoitettu: siitä tulisi {size} kt, ja sen lukevat sovellukset hyväksyvät enintään {limit} kt.",
        "sv": "Filen skrevs inte: den skulle bli {size} kB, och apparna som läser den godtar högst {limit} kB.",
    },
    "file.not_regular": {
        "en": "This is not an ordinary file (a folder, a named pipe or a device), so it was not read.",
        "fi": "Tämä ei ole tavallinen tiedosto (vaan kansio, nimetty putki tai laite), joten sitä ei luettu.",
        "sv": "Det här är ingen vanlig fil (utan en mapp, ett namngivet rör eller en enhet), så den lästes inte.",
    },
    "file.bad_number": {
        "en": "The file contains a number that is not allowed ({value}).",
        "fi": "Tiedostossa on luku, jota ei sallita ({value}).",
        "sv": "Filen innehåller ett tal som inte tillåts ({value}).",
    },
    "file.too_deep": {
        "en": "The file is nested too deeply to be a genuine file.",
        "fi": "Tiedoston rakenne on liian syvä ollakseen aito tiedosto.",
        "sv": "Filens struktur är för djup för att vara en äkta fil.",
    },
    "file.wrong_kind": {
        "en": "This is not a {expected} file.",
        "fi": "Tämä ei ole {expected}-tiedosto.",
        "sv": "Det här är inte en {expected}-fil.",
    },
    "file.newer_format": {
        "en": "The file was made by a newer version of HyPe Desktop (format {found}; this version reads up to {supported}). Update the app to open it.",
        "fi": "Tiedosto on tehty HyPe Desktopin uudemmalla versiolla (muoto {found}; tämä versio lukee muotoon {supported} asti). Päivitä sovellus avataksesi sen.",
        "sv": "Filen har gjorts med en nyare version av HyPe Desktop (format {found}; den här versionen läser upp till {supported}). Uppdatera appen för att öppna den.",
    },
    "file.invalid": {
        "en": "The file's content is not valid: {details}",
        "fi": "Tiedoston sisältö ei ole kelvollinen: {details}",
        "sv": "Filens innehåll är inte giltigt: {details}",
    },
    "store.newer_database": {
        "en": "The database {path} was written by a newer version of HyPe Desktop (schema {found}). It has not been touched. Install the newer version, or start with another data folder (--data-dir).",
        "fi": "Tietokannan {path} on kirjoittanut HyPe Desktopin uudempi versio (skeema {found}). Siihen ei ole koskettu. Asenna uudempi versio tai käynnistä toisella datakansiolla (--data-dir).",
        "sv": "Databasen {path} har skrivits av en nyare version av HyPe Desktop (schema {found}). Den har inte rörts. Installera den nyare versionen eller starta med en annan datamapp (--data-dir).",
    },
    "store.damaged": {
        "en": "The database {path} could not be opened: {reason}",
        "fi": "Tietokantaa {path} ei voitu avata: {reason}",
        "sv": "Databasen {path} kunde inte öppnas: {reason}",
    },
    "store.reason.structure": {
        "en": "its internal structure failed the integrity check",
        "fi": "sen sisäinen rakenne ei läpäissyt eheystarkistusta",
        "sv": "dess interna struktur klarade inte integritetskontrollen",
    },
    "store.reason.disk_full": {
        "en": "the disk is full (free some space, then start the app again; nothing stored is lost)",
        "fi": "levy on täynnä (vapauta tilaa ja käynnistä sovellus uudelleen; mitään tallennettua ei menetetä)",
        "sv": "disken är full (frigör utrymme och starta appen igen; inget som sparats går förlorat)",
    },
    "store.reason.not_a_database": {
        "en": "it is not a database file, or it is damaged",
        "fi": "se ei ole tietokantatiedosto, tai se on vioittunut",
        "sv": "den är ingen databasfil, eller så är den skadad",
    },
    "store.reason.not_hype": {
        "en": "it holds tables but is not a HyPe Desktop database",
        "fi": "siinä on tauluja, mutta se ei ole HyPe Desktopin tietokanta",
        "sv": "den innehåller tabeller men är ingen HyPe Desktop-databas",
    },
    "store.reason.unreadable_values": {
        "en": "some of its values cannot be read (invalid text or dates)",
        "fi": "osaa sen arvoista ei voi lukea (virheellistä tekstiä tai päivämääriä)",
        "sv": "en del av dess värden kan inte läsas (ogiltig text eller ogiltiga datum)",
    },
    "store.emptied": {
        "en": "The database {path} is missing or holds no reflections, but a backup from {date} holds {count}. HyPe Desktop did not delete them and no one chose to start empty, so this is treated as damage.",
        "fi": "Tietokanta {path} puuttuu tai siinä ei ole pohdintoja, mutta varmuuskopiossa ajalta {date} niitä on {count}. HyPe Desktop ei ole poistanut niitä eikä kukaan ole valinnut tyhjästä aloittamista, joten tilannetta käsitellään vikana.",
        "sv": "Databasen {path} saknas eller innehåller inga reflektioner, men en säkerhetskopia från {date} innehåller {count}. HyPe Desktop har inte raderat dem och ingen har valt att börja tomt, så det behandlas som ett fel.",
    },
    "store.migration_failed": {
        "en": "Updating the database {path} failed ({reason}). It was left as it was; a backup is in {backup}.",
        "fi": "Tietokannan {path} päivitys epäonnistui ({reason}). Se jätettiin ennalleen; varmuuskopio on kansiossa {backup}.",
        "sv": "Uppdateringen av databasen {path} misslyckades ({reason}). Den lämnades som den var; en säkerhetskopia finns i {backup}.",
    },
    "store.folder_unusable": {
        "en": "The data folder {path} cannot be used: {reason}",
        "fi": "Datakansiota {path} ei voi käyttää: {reason}",
        "sv": "Datamappen {path} kan inte användas: {reason}",
    },
    "cli.sample_done": {
        "en": "Added {count} sample reflections to {path}.",
        "fi": "Lisättiin {count} esimerkkipohdintaa kansioon {path}.",
        "sv": "Lade till {count} exempelreflektioner i {path}.",
    },
    "cli.selftest_ok": {
        "en": "Self-test passed: a reflection was walked through and stored ({answers} answers).",
        "fi": "Itsetesti onnistui: pohdinta käytiin läpi ja tallennettiin ({answers} vastausta).",
        "sv": "Självtestet lyckades: en reflektion gicks igenom och sparades ({answers} svar).",
    },
    "cli.selftest_failed": {
        "en": "Self-test failed: {reason}",
        "fi": "Itsetesti epäonnistui: {reason}",
        "sv": "Självtestet misslyckades: {reason}",
    },
    "pack.valid": {
        "en": "{file}: the pack is valid ({modules} modules, {items} statements).",
        "fi": "{file}: paketti on kelvollinen ({modules} moduulia, {items} väittämää).",
        "sv": "{file}: paketet är giltigt ({modules} moduler, {items} påståenden).",
    },
    # --- reliability and privacy ---
    "cli.mydata_exported": {
        "en": "Exported {count} reflections to {path} (and as a table to {csv}). The files contain your answers and notes: keep them safe.",
        "fi": "Vietiin {count} pohdintaa tiedostoon {path} (ja taulukkona tiedostoon {csv}). Tiedostoissa ovat vastauksesi ja muistiinpanosi: säilytä ne huolella.",
        "sv": "Exporterade {count} reflektioner till {path} (och som tabell till {csv}). Filerna innehåller dina svar och anteckningar: förvara dem väl.",
    },
    "cli.mydata_imported": {
        "en": "Imported {count} reflections into {path} (ones already there were skipped).",
        "fi": "Tuotiin {count} pohdintaa kansioon {path} (jo olemassa olevat ohitettiin).",
        "sv": "Importerade {count} reflektioner till {path} (sådana som redan fanns hoppades över).",
    },
    "app.handed_over": {
        "en": "HyPe Desktop is already running; it was brought to the front.",
        "fi": "HyPe Desktop on jo käynnissä; se tuotiin esiin.",
        "sv": "HyPe Desktop körs redan; det togs fram.",
    },
    "app.not_answering": {
        "en": "Another copy of HyPe Desktop is using the data folder {path} but does not answer. Close it (or wait a moment) and try again.",
        "fi": "Toinen HyPe Desktop -ikkuna käyttää datakansiota {path}, mutta se ei vastaa. Sulje se (tai odota hetki) ja yritä uudelleen.",
        "sv": "En annan kopia av HyPe Desktop använder datamappen {path} men svarar inte. Stäng den (eller vänta en stund) och försök igen.",
    },
    "recovery.damaged": {
        "en": "Your saved reflections could not be read: the database file {path} is damaged ({reason}).\n\nIt will not be deleted: it is kept aside under a new name so that nothing is thrown away.",
        "fi": "Tallennettuja pohdintojasi ei voitu lukea: tietokantatiedosto {path} on vioittunut ({reason}).\n\nSitä ei poisteta: se siirretään sivuun uudella nimellä, jotta mitään ei heitetä pois.",
        "sv": "Dina sparade reflektioner kunde inte läsas: databasfilen {path} är skadad ({reason}).\n\nDen raderas inte: den sparas undan med ett nytt namn så att inget kastas bort.",
    },
    "recovery.offer_backup": {
        "en": "The newest good backup is from {date}. Restore it? Anything saved after that is only in the damaged file.",
        "fi": "Uusin kunnossa oleva varmuuskopio on ajalta {date}. Palautetaanko se? Sen jälkeen tallennettu on vain vioittuneessa tiedostossa.",
        "sv": "Den nyaste felfria säkerhetskopian är från {date}. Återställa den? Det som sparats efter det finns bara i den skadade filen.",
    },
    "recovery.no_backup": {
        "en": "There is no good backup. You can start with an empty database; the damaged file stays in the data folder.",
        "fi": "Kunnossa olevaa varmuuskopiota ei ole. Voit aloittaa tyhjällä tietokannalla; vioittunut tiedosto jää datakansioon.",
        "sv": "Det finns ingen felfri säkerhetskopia. Du kan börja med en tom databas; den skadade filen stannar i datamappen.",
    },
    "recovery.restore_failed": {
        "en": "Restoring the backup failed ({reason}). Nothing was deleted: the backups and the set-aside file are still in {path}. Quit, free some disk space, and start HyPe Desktop again.",
        "fi": "Varmuuskopion palautus epäonnistui ({reason}). Mitään ei poistettu: varmuuskopiot ja sivuun siirretty tiedosto ovat yhä kansiossa {path}. Lopeta, vapauta levytilaa ja käynnistä HyPe Desktop uudelleen.",
        "sv": "Återställningen av säkerhetskopian misslyckades ({reason}). Inget raderades: säkerhetskopiorna och filen som sparats undan finns kvar i {path}. Avsluta, frigör diskutrymme och starta HyPe Desktop igen.",
    },
    "recovery.stray_wal": {
        "en": "The database itself is intact: the damage is in the file {name} next to it, which does not belong to it (it may have been copied from another folder). That file can be kept aside under a new name and the database opened without it.",
        "fi": "Itse tietokanta on kunnossa: vika on sen vieressä olevassa tiedostossa {name}, joka ei kuulu siihen (se on ehkä kopioitu toisesta kansiosta). Tiedoston voi siirtää sivuun uudella nimellä ja avata tietokannan ilman sitä.",
        "sv": "Själva databasen är hel: felet finns i filen {name} bredvid den, som inte hör till den (den kan ha kopierats från en annan mapp). Filen kan sparas undan med ett nytt namn och databasen öppnas utan den.",
    },
    "recovery.without_wal": {"en": "Open without that file", "fi": "Avaa ilman sitä tiedostoa", "sv": "Öppna utan den filen"},
    "recovery.restore": {"en": "Restore the backup", "fi": "Palauta varmuuskopio", "sv": "Återställ säkerhetskopian"},
    "recovery.start_empty": {"en": "Start empty", "fi": "Aloita tyhjästä", "sv": "Börja tomt"},
    "recovery.quit": {"en": "Quit", "fi": "Lopeta", "sv": "Avsluta"},
    "recovery.retry": {"en": "Try again", "fi": "Yritä uudelleen", "sv": "Försök igen"},
    "recovery.other_folder": {"en": "Use another folder…", "fi": "Käytä toista kansiota…", "sv": "Använd en annan mapp…"},
    "recovery.folder_hint": {
        "en": "Check that the disk is connected, not full and not read-only, and that no other program locks the folder.",
        "fi": "Tarkista, että levy on kytketty, ei täynnä eikä vain luku -tilassa, eikä mikään muu ohjelma lukitse kansiota.",
        "sv": "Kontrollera att disken är ansluten, inte full och inte skrivskyddad, och att inget annat program låser mappen.",
    },
    "recovery.set_aside": {
        "en": "The damaged file was kept as {path}.",
        "fi": "Vioittunut tiedosto säilytettiin nimellä {path}.",
        "sv": "Den skadade filen sparades som {path}.",
    },
    "app.io_problem": {
        "en": "The data could not be saved or read ({reason}). Nothing you typed is lost while the window stays open. Check that the disk is not full or read-only, then try again.",
        "fi": "Tietoja ei voitu tallentaa tai lukea ({reason}). Kirjoittamasi ei katoa, kun ikkuna pysyy auki. Tarkista, ettei levy ole täynnä tai vain luku -tilassa, ja yritä uudelleen.",
        "sv": "Uppgifterna kunde inte sparas eller läsas ({reason}). Inget du skrivit går förlorat medan fönstret är öppet. Kontrollera att disken inte är full eller skrivskyddad och försök igen.",
    },
    "background.bug": {
        "en": "Something went wrong; the details are in the log ({path}).",
        "fi": "Jokin meni vikaan; tarkemmat tiedot ovat lokissa ({path}).",
        "sv": "Något gick fel; detaljerna finns i loggen ({path}).",
    },
    "background.file_problem": {
        "en": "{path}: the file could not be read or written ({reason}).",
        "fi": "{path}: tiedostoa ei voitu lukea tai kirjoittaa ({reason}).",
        "sv": "{path}: filen kunde inte läsas eller skrivas ({reason}).",
    },
    "app.unexpected": {
        "en": "Something unexpected went wrong ({kind}). Your saved answers are safe. If it happens again, the log in {path} helps to find the cause (it contains no answers).",
        "fi": "Jotain odottamatonta tapahtui ({kind}). Tallennetut vastauksesi ovat tallessa. Jos tämä toistuu, kansion {path} loki auttaa löytämään syyn (siinä ei ole vastauksia).",
        "sv": "Något oväntat gick fel ({kind}). Dina sparade svar är i säkerhet. Om det händer igen hjälper loggen i {path} att hitta orsaken (den innehåller inga svar).",
    },
    "backup.failed": {
        "en": "The automatic backup failed: {reason}",
        "fi": "Automaattinen varmuuskopiointi epäonnistui: {reason}",
        "sv": "Den automatiska säkerhetskopieringen misslyckades: {reason}",
    },
    "backup.source_damaged": {
        "en": "While making a backup, the database turned out to be damaged. Your earlier backups are untouched. Restart HyPe Desktop: it will then offer to restore the newest good backup.",
        "fi": "Varmuuskopioinnissa tietokanta osoittautui vioittuneeksi. Aiemmat varmuuskopiot ovat koskemattomia. Käynnistä HyPe Desktop uudelleen: se tarjoaa silloin uusimman kunnossa olevan varmuuskopion palauttamista.",
        "sv": "Vid säkerhetskopieringen visade sig databasen vara skadad. Tidigare säkerhetskopior är orörda. Starta om HyPe Desktop: det erbjuder då att återställa den nyaste felfria säkerhetskopian.",
    },
    # --- team work ---------------------------------------------------------------------------
    "team.bad_checksum": {
        "en": "The file's checksum does not match its content: it was changed or damaged after it was written.",
        "fi": "Tiedoston tarkistussumma ei vastaa sisältöä: tiedostoa on muutettu tai se on vioittunut kirjoittamisen jälkeen.",
        "sv": "Filens kontrollsumma stämmer inte med innehållet: filen har ändrats eller skadats efter att den skrevs.",
    },
    "collate.status.not_read": {
        "en": "not read: at most {limit} files are collated at a time (collate the rest separately)",
        "fi": "ei luettu: kerralla kootaan enintään {limit} tiedostoa (kokoa loput erikseen)",
        "sv": "lästes inte: högst {limit} filer sammanställs åt gången (sammanställ resten separat)",
    },
    "collate.too_many_invitations": {
        "en": "more than {limit} round invitations were given; none of the rest was read, so the group sizes they promise are unknown.",
        "fi": "annettiin yli {limit} kierroskutsua; loppuja ei luettu, joten niiden lupaamia ryhmäkokoja ei tiedetä.",
        "sv": "fler än {limit} omgångsinbjudningar gavs; resten lästes inte, så de gruppstorlekar de utlovar är okända.",
    },
    "collate.status.accepted": {"en": "accepted", "fi": "hyväksytty", "sv": "godkänd"},
    "collate.status.duplicate": {
        "en": "duplicate of a file already collated",
        "fi": "kaksoiskappale jo kootusta tiedostosta",
        "sv": "dubblett av en fil som redan sammanställts",
    },
    "collate.status.other_round": {
        "en": "belongs to another round ({round})",
        "fi": "kuuluu toiseen kierrokseen ({round})",
        "sv": "hör till en annan omgång ({round})",
    },
    "collate.status.newer_format": {
        "en": "made by a newer version of the app",
        "fi": "tehty sovelluksen uudemmalla versiolla",
        "sv": "gjord med en nyare version av appen",
    },
    "collate.status.damaged": {"en": "damaged", "fi": "vioittunut", "sv": "skadad"},
    "collate.summary": {
        "en": "{accepted} of {total} files used for round {round} ({people} people).",
        "fi": "{total} tiedostosta {accepted} käytettiin kierrokselle {round} ({people} henkilöä).",
        "sv": "{accepted} av {total} filer användes för omgången {round} ({people} personer).",
    },
    "collate.nothing_valid": {
        "en": "No valid share file remained; nothing was written.",
        "fi": "Yhtään kelvollista jakotiedostoa ei jäänyt; mitään ei kirjoitettu.",
        "sv": "Ingen giltig delningsfil återstod; ingenting skrevs.",
    },
    "collate.need_output": {
        "en": "Say where to write the result: --out team.pdf and/or --json summary.json.",
        "fi": "Kerro, minne tulos kirjoitetaan: --out tiimi.pdf ja/tai --json yhteenveto.json.",
        "sv": "Ange var resultatet ska skrivas: --out team.pdf och/eller --json sammanfattning.json.",
    },
    "collate.wrote": {
        "en": "Wrote {path}.",
        "fi": "Kirjoitettiin {path}.",
        "sv": "Skrev {path}.",
    },
    "collate.saved": {
        "en": "Saved the round's submissions and summary in {path}.",
        "fi": "Kierroksen vastaukset ja yhteenveto tallennettiin kansioon {path}.",
        "sv": "Omgångens svar och sammanfattning sparades i {path}.",
    },
    "collate.small_team": {
        "en": "Fewer than {k} people counted, so no scores are shown. For a team this small, reflecting together in workshop mode works better.",
        "fi": "Alle {k} henkilön vastaukset, joten pistemääriä ei näytetä. Näin pienelle tiimille sopii paremmin yhteinen pohdinta työpajatilassa.",
        "sv": "Färre än {k} personers svar, så inga poäng visas. För ett så litet team passar en gemensam reflektion i workshopläget bättre.",
    },
    "collate.invitation_unreadable": {
        "en": "A round invitation given with the files could not be read (see above), so nothing was collated: its minimum group sizes might be larger than those used otherwise. Fix or remove that file and collate again.",
        "fi": "Tiedostojen mukana annettua kierroksen kutsua ei voitu lukea (ks. yllä), joten mitään ei koottu: sen vähimmäisryhmäkoot voivat olla muuten käytettäviä suurempia. Korjaa tai poista tiedosto ja kokoa uudelleen.",
        "sv": "En omgångsinbjudan som gavs med filerna kunde inte läsas (se ovan), så ingenting sammanställdes: dess minsta gruppstorlekar kan vara större än de som annars används. Rätta eller ta bort filen och sammanställ igen.",
    },
    "collate.invitation": {
        "en": "{name}: invitation of round {round}; its minimum group sizes apply to that round ({k} for scores, {k_detail} for answer distributions and text).",
        "fi": "{name}: kierroksen {round} kutsu; sen vähimmäisryhmäkoot koskevat kierrosta ({k} pisteille, {k_detail} vastausjakaumille ja teksteille).",
        "sv": "{name}: inbjudan till omgång {round}; dess minsta gruppstorlekar gäller omgången ({k} för poäng, {k_detail} för svarsfördelningar och text).",
    },
    "collate.group_sizes": {
        "en": "Minimum group sizes used: {k} people for scores, {k_detail} for answer distributions and shared text.",
        "fi": "Käytetyt vähimmäisryhmäkoot: {k} henkilöä pisteille, {k_detail} vastausjakaumille ja jaetuille teksteille.",
        "sv": "Minsta gruppstorlekar som används: {k} personer för poäng, {k_detail} för svarsfördelningar och delad text.",
    },
    "collate.no_workshop": {
        "en": "No finished workshop reflection in the data folder is linked to round {round}; the PDF has no workshop section. (In workshop mode, choose the round under \"Collated round\" before starting, or link a finished workshop afterwards: My reflections, the team, \"Link to a collated round\".)",
        "fi": "Datakansiossa ei ole kierrokseen {round} liitettyä valmista työpajapohdintaa, joten PDF:ssä ei ole työpajaosiota. (Valitse kierros työpajatilassa kohdasta \"Koottu kierros\" ennen aloittamista, tai liitä valmis työpaja kierrokseen jälkikäteen: Omat pohdinnat, tiimi, \"Liitä koottuun kierrokseen\".)",
        "sv": "I datamappen finns ingen avslutad workshopreflektion kopplad till omgång {round}, så PDF:en har inget workshopavsnitt. (Välj omgången under \"Sammanställd omgång\" i workshopläget innan du startar, eller koppla en avslutad workshop till den i efterhand: Mina reflektioner, teamet, \"Koppla till en sammanställd omgång\".)",
    },
    "collate.with_workshop": {
        "en": "The PDF includes what the team {team} agreed together in the workshop of {date}.",
        "fi": "PDF:ssä on mukana, mistä tiimi {team} sopi yhdessä työpajassa {date}.",
        "sv": "PDF:en innehåller det som teamet {team} kom överens om tillsammans i workshopen {date}.",
    },
    "cli.bad_option": {
        "en": "Cannot do that: {reason}",
        "fi": "Ei onnistu: {reason}",
        "sv": "Det går inte: {reason}",
    },
    "cli.round_written": {
        "en": "Wrote the invitation {path} (round {round}); the round's key stays in this data folder, which is where its shares can be collated. Send the invitation to the team by any channel.",
        "fi": "Kirjoitettiin kutsu {path} (kierros {round}); kierroksen avain jää tähän datakansioon, ja jaot voi koota vain täällä. Lähetä kutsu tiimille haluamallasi tavalla.",
        "sv": "Skrev inbjudan {path} (omgång {round}); omgångens nyckel stannar i den här datamappen, där dess delningar kan sammanställas. Skicka inbjudan till teamet på valfritt sätt.",
    },
    "cli.share_written": {
        "en": "Wrote {path}, sealed to the round's key: only the round's collator can open it, and only in their app.",
        "fi": "Kirjoitettiin {path} kierroksen avaimella sinetöitynä: vain kierroksen kokoaja voi avata sen, ja vain sovelluksessaan.",
        "sv": "Skrev {path}, förseglad med omgångens nyckel: bara omgångens sammanställare kan öppna den, och bara i sin app.",
    },
    "cli.no_shareable": {
        "en": "No finished reflection of a team round was found. Open the lead's invitation (.hype-round) and finish the reflection first.",
        "fi": "Valmista tiimikierroksen pohdintaa ei löytynyt. Avaa vetäjän kutsu (.hype-round) ja tee pohdinta ensin loppuun.",
        "sv": "Ingen avslutad reflektion för en teamomgång hittades. Öppna ledarens inbjudan (.hype-round) och slutför reflektionen först.",
    },
    "cli.samples_written": {
        "en": "Wrote {count} sample share files to {path}.",
        "fi": "Kirjoitettiin {count} esimerkkijakotiedostoa kansioon {path}.",
        "sv": "Skrev {count} exempeldelningsfiler i {path}.",
    },
    "cli.preset_broken": {
        "en": "The set-up file from your trainer could not be used, so nothing was done (its minimum group sizes might be larger than the app's own). Fix or remove the file, or name another with --preset. {problem}",
        "fi": "Kouluttajalta saatua asetustiedostoa ei voitu käyttää, joten mitään ei tehty (sen vähimmäisryhmäkoot voivat olla sovelluksen omia suuremmat). Korjaa tai poista tiedosto tai anna toinen valitsimella --preset. {problem}",
        "sv": "Inställningsfilen från din utbildare kunde inte användas, så ingenting gjordes (dess minsta gruppstorlekar kan vara större än appens egna). Rätta eller ta bort filen, eller ange en annan med --preset. {problem}",
    },
    "preset.broken": {
        "en": "The set-up file from your trainer could not be used, so HyPe Desktop starts with its own settings. {problem}",
        "fi": "Kouluttajalta saatua asetustiedostoa ei voitu käyttää, joten HyPe Desktop käynnistyy omilla asetuksillaan. {problem}",
        "sv": "Inställningsfilen från din utbildare kunde inte användas, så HyPe Desktop startar med sina egna inställningar. {problem}",
    },
    "preset.logo_not_image": {
        "en": "The logo is not a usable PNG or JPEG image ({reason}).",
        "fi": "Logo ei ole käyttökelpoinen PNG- tai JPEG-kuva ({reason}).",
        "sv": "Logotypen är inte en användbar PNG- eller JPEG-bild ({reason}).",
    },
    "preset.logo_too_big": {
        "en": "The logo is too large ({size} kB; at most {limit} kB is accepted).",
        "fi": "Logo on liian suuri ({size} kt; enintään {limit} kt hyväksytään).",
        "sv": "Logotypen är för stor ({size} kB; högst {limit} kB godtas).",
    },
    "preset.logo_too_many_pixels": {
        "en": "The logo is {width} × {height} pixels; at most {limit} pixels a side is accepted.",
        "fi": "Logo on {width} × {height} pikseliä; sivu saa olla enintään {limit} pikseliä.",
        "sv": "Logotypen är {width} × {height} pixlar; högst {limit} pixlar per sida godtas.",
    },
    "preset.group_size_too_small": {
        "en": "The minimum group size “{which}” is {value}, but it can only be raised, never set below {minimum}.",
        "fi": "Vähimmäisryhmäkoko ”{which}” on {value}, mutta sitä voi vain nostaa, ei asettaa alle {minimum}.",
        "sv": "Minsta gruppstorlek ”{which}” är {value}, men den kan bara höjas, aldrig sättas under {minimum}.",
    },
    "preset.unknown_module": {
        "en": "The module “{module}” does not exist in the reflection content.",
        "fi": "Moduulia ”{module}” ei ole pohdinnan sisällössä.",
        "sv": "Modulen ”{module}” finns inte i reflektionsinnehållet.",
    },
    "preset.pack_missing": {
        "en": "The instrument pack “{pack}” named in it is not in the same folder.",
        "fi": "Siinä mainittua sisältöpakettia ”{pack}” ei ole samassa kansiossa.",
        "sv": "Innehållspaketet ”{pack}” som nämns i den finns inte i samma mapp.",
    },
    "preset.bad_date": {
        "en": "“{value}” is not a date (write it as YYYY-MM-DD).",
        "fi": "”{value}” ei ole päivämäärä (kirjoita muodossa VVVV-KK-PP).",
        "sv": "”{value}” är inte ett datum (skriv det som ÅÅÅÅ-MM-DD).",
    },
    "preset.from": {
        "en": "Set up by {organisation}",
        "fi": "Asetukset: {organisation}",
        "sv": "Inställt av {organisation}",
    },
    "pack.problem_count": {
        "en": "{file}: {count} problem(s) found:",
        "fi": "{file}: löytyi {count} ongelma(a):",
        "sv": "{file}: {count} problem hittades:",
    },
    "pack.mapped": {
        "en": "{count} old statement id(s) are mapped to new ones, so trends continue across versions.",
        "fi": "{count} vanhaa väittämätunnusta on kohdistettu uusiin, joten kehityskäyrät jatkuvat versiosta toiseen.",
        "sv": "{count} gamla påståendeid är kopplade till nya, så att trenderna fortsätter mellan versionerna.",
    },
}


for _part in CATALOGUES:  # tests/unit/test_messages.py checks no key is defined twice
    _M.update(_part)


def system_language() -> str:
    """fi, sv or en from the environment's locale; English when none fits."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        lang = value.split(":")[0][:2].lower()
        if lang in LANGUAGES:
            return lang
    try:
        loc = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        loc = ""
    return loc if loc in LANGUAGES else "en"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes (\\n, \\x1b): a file name or a round
    label from outside can then neither fake report lines nor clear a terminal."""
    return _CONTROL.sub(lambda m: "\\n" if m.group() == "\n" else f"\\x{ord(m.group()):02x}", text)


def message(key: str, /, lang: str | None = None, **params: object) -> str:
    """The message ``key`` in ``lang`` (system language by default) with its values filled in.

    ``key`` is positional-only, so a placeholder may itself be named {key}. The values are one
    line each, without control characters (they often come from outside: names, labels).
    """
    entry = _M[key]
    text = entry.get(lang or system_language()) or entry["en"]
    return text.format(**{k: printable(str(v)) if isinstance(v, (str, Path)) else v
                          for k, v in params.items()})


def catalogue() -> dict[str, dict[str, str]]:
    """All messages (for the completeness tests)."""
    return {k: dict(v) for k, v in _M.items()}
