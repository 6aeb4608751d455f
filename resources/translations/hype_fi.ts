<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AccessibilityDialog</name>
    <message>
        <source>Accessibility statement</source>
        <translation>Saavutettavuusseloste</translation>
    </message>
    <message>
        <source>The accessibility statement is missing from this installation (%1).</source>
        <translation>Saavutettavuusseloste puuttuu tästä asennuksesta (%1).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>automatic</source>
        <translation>automaattinen</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>itse tehty</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>ennen päivitystä</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Varmuuskopio tehty: %1</translation>
    </message>
    <message>
        <source>It did not succeed: %1</source>
        <translation>Se ei onnistunut: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Restore the backup from %1?

Your data now is replaced by the backup&apos;s. The current state is backed up first, so this can be undone.</source>
        <translation>Palautetaanko varmuuskopio ajalta %1?

Nykyiset tietosi korvataan varmuuskopion tiedoilla. Nykyinen tila varmuuskopioidaan ensin, joten palautuksen voi perua.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Palautetaan…</translation>
    </message>
    <message>
        <source>Restored. The state before is kept as a backup.</source>
        <translation>Palautettu. Aiempi tila säilyy varmuuskopiona.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day when your data has changed, and before every update of the app. Backups stay on this computer, in %1.</source>
        <translation>Varmuuskopio tehdään automaattisesti kerran päivässä, jos tietosi ovat muuttuneet, sekä ennen jokaista sovelluksen päivitystä. Varmuuskopiot pysyvät tällä tietokoneella kansiossa %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Palauta valittu…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Palauta valittu varmuuskopio</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Säilytä &amp;päivittäisiä varmuuskopioita:</translation>
    </message>
    <message>
        <source>Number of daily backups to keep</source>
        <translation>Säilytettävien päivittäisten varmuuskopioiden määrä</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Säilytä &amp;viikoittaisia varmuuskopioita:</translation>
    </message>
    <message>
        <source>Number of weekly backups to keep</source>
        <translation>Säilytettävien viikoittaisten varmuuskopioiden määrä</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Työ käynnissä</translation>
    </message>
    <message>
        <source>Close backups</source>
        <translation>Sulje varmuuskopiot</translation>
    </message>
</context>
<context>
    <name>ChartArea</name>
    <message>
        <source>Save chart</source>
        <translation>Tallenna kaavio</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-kuva (*.png);;SVG-kuva (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation>Kaaviota ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 earlier</source>
        <translation>%1: %2 nyt, %3 aiemmin</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 last time</source>
        <translation>%1: %2 nyt, %3 viime kerralla</translation>
    </message>
    <message>
        <source>%1: no score yet</source>
        <translation>%1: ei vielä pisteitä</translation>
    </message>
    <message>
        <source>%1: %2, one reflection</source>
        <translation>%1: %2, yksi pohdinta</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 over %4 reflections</source>
        <translation>%1: ensin %2, viimeksi %3 (%4 pohdintaa)</translation>
    </message>
    <message>
        <source>%1: mean %2</source>
        <translation>%1: keskiarvo %2</translation>
    </message>
    <message>
        <source>%1: mean %2, spread %3</source>
        <translation>%1: keskiarvo %2, hajonta %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: no answers</source>
        <translation>%1: ei vastauksia</translation>
    </message>
</context>
<context>
    <name>ComparingTabs</name>
    <message>
        <source>no change</source>
        <translation>ei muutosta</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ei koske minua</translation>
    </message>
    <message>
        <source>statement reworded since then</source>
        <translation>väittämän sanamuotoa on sittemmin muutettu</translation>
    </message>
    <message>
        <source>new statement, not asked then</source>
        <translation>uusi väittämä, ei kysytty silloin</translation>
    </message>
    <message>
        <source>asked then, no longer asked</source>
        <translation>kysyttiin silloin, ei enää kysytä</translation>
    </message>
    <message>
        <source>Chart: latest profile against an earlier reflection</source>
        <translation>Kaavio: viimeisin profiili verrattuna aiempaan pohdintaan</translation>
    </message>
    <message>
        <source>Table: latest profile against an earlier reflection</source>
        <translation>Taulukko: viimeisin profiili verrattuna aiempaan pohdintaan</translation>
    </message>
    <message>
        <source>Table: statements that moved most</source>
        <translation>Taulukko: eniten muuttuneet väittämät</translation>
    </message>
    <message>
        <source>Table: next steps linked to the chosen factors</source>
        <translation>Taulukko: valittuihin osa-alueisiin liittyvät seuraavat askeleet</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Viimeisin</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Aiempi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Väittämä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Asetettu pohdinnassa</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Mennessä</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Miten kävi</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Mitä opin</translation>
    </message>
    <message>
        <source>(a statement no longer in the content: %1)</source>
        <translation>(väittämä, jota ei enää ole sisällössä: %1)</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ei tulosta</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Export all my data</source>
        <translation>Vie kaikki tietoni</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>%1 reflections; as a table also in “%2”. These files contain your answers and notes: keep them safe.</source>
        <translation>Pohdintoja %1; taulukkona myös tiedostossa ”%2”. Näissä tiedostoissa ovat vastauksesi ja muistiinpanosi: säilytä ne huolella.</translation>
    </message>
    <message>
        <source>The export did not succeed: %1</source>
        <translation>Vienti ei onnistunut: %1</translation>
    </message>
    <message>
        <source>The shares of the team rounds you created here can then be opened by nobody:
%1

</source>
        <translation>Täällä luomiesi tiimikierrosten jakoja ei sen jälkeen voi avata kukaan:
%1

</translation>
    </message>
    <message>
        <source>Erase all my data</source>
        <translation>Poista kaikki tietoni</translation>
    </message>
    <message>
        <source>This deletes, for good, everything HyPe Desktop stored on this computer:

%1

That is every reflection, answer, note and next step, all backups, the logs and the settings. Files you exported or shared yourself are not touched. The app closes afterwards.

Erase everything?</source>
        <translation>Tämä poistaa pysyvästi kaiken, mitä HyPe Desktop on tallentanut tälle tietokoneelle:

%1

Eli jokaisen pohdinnan, vastauksen, muistiinpanon ja seuraavan askeleen, kaikki varmuuskopiot, lokit ja asetukset. Itse viemiisi tai jakamiisi tiedostoihin ei kosketa. Sovellus sulkeutuu lopuksi.

Poistetaanko kaikki?</translation>
    </message>
    <message>
        <source>These could not be deleted (close programs using them and delete them by hand):
%1</source>
        <translation>Näitä ei voitu poistaa (sulje niitä käyttävät ohjelmat ja poista ne käsin):
%1</translation>
    </message>
    <message>
        <source>All your data was erased. HyPe Desktop closes now.</source>
        <translation>Kaikki tietosi poistettiin. HyPe Desktop sulkeutuu nyt.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Varmuuskopiot…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>E&amp;xport all my data…</source>
        <translation>Vie &amp;kaikki tietoni…</translation>
    </message>
    <message>
        <source>&amp;Erase all my data…</source>
        <translation>&amp;Poista kaikki tietoni…</translation>
    </message>
</context>
<context>
    <name>FactorPage</name>
    <message>
        <source>This part describes your work orientation: there is no better or worse answer.</source>
        <translation>Tämä osa kuvaa työorientaatiotasi: mikään vastaus ei ole toista parempi tai huonompi.</translation>
    </message>
    <message>
        <source>Here, agreeing means more strain.</source>
        <translation>Tässä samaa mieltä oleminen tarkoittaa suurempaa kuormitusta.</translation>
    </message>
    <message>
        <source>Answer with the keys 1–5, or N for not applicable: the next statement then comes up by itself. Tab reaches the explanation and &apos;Add a note&apos;. You can turn moving on by itself off in Settings.</source>
        <translation>Vastaa näppäimillä 1–5 tai N (ei koske minua): seuraava väittämä tulee silloin esiin itsestään. Sarkain vie selitykseen ja kohtaan ”Lisää muistiinpano”. Itsestään siirtymisen voi ottaa pois käytöstä asetuksista.</translation>
    </message>
    <message>
        <source>Answer with the keys 1–5, or N for not applicable; Tab moves on to the explanation, &apos;Add a note&apos; and the next statement.</source>
        <translation>Vastaa näppäimillä 1–5 tai N (ei koske minua); sarkain siirtää selitykseen, kohtaan ”Lisää muistiinpano” ja seuraavaan väittämään.</translation>
    </message>
</context>
<context>
    <name>FactorPicker</name>
    <message>
        <source>Choose what the charts show</source>
        <translation>Valitse, mitä kaaviot näyttävät</translation>
    </message>
    <message>
        <source>Factors to show:</source>
        <translation>Näytettävät osa-alueet:</translation>
    </message>
    <message>
        <source>Compare the latest with:</source>
        <translation>Vertailukohta viimeisimmälle:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Kaikki</translation>
    </message>
    <message>
        <source>Show all factors</source>
        <translation>Näytä kaikki osa-alueet</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Ei &amp;yhtään</translation>
    </message>
    <message>
        <source>Show no factors</source>
        <translation>Älä näytä yhtään osa-aluetta</translation>
    </message>
    <message>
        <source>Factors to show in the chart</source>
        <translation>Kaaviossa näytettävät osa-alueet</translation>
    </message>
    <message>
        <source>Earlier reflection to compare the latest with</source>
        <translation>Aiempi pohdinta, johon viimeisintä verrataan</translation>
    </message>
    <message>
        <source>One small chart per factor, all on the same time line. Solid line: higher is better. Dashed: higher = more strain. Dash-dot: a profile, neither better nor worse. ○ on a line: a next step for that factor was set in that reflection. Dotted lines: workshop rounds (every one is in the table). Open a table row (Enter or double-click) to read that reflection.</source>
        <translation>Yksi pieni kaavio kutakin osa-aluetta kohden, kaikki samalla aikajanalla. Yhtenäinen viiva: korkeampi on parempi. Katkoviiva: korkeampi = enemmän kuormitusta. Piste-viiva: profiili, ei parempi eikä huonompi. ○ viivalla: tälle osa-alueelle asetettiin seuraava askel siinä pohdinnassa. Pisteviivat: työpajakierrokset (jokainen on taulukossa). Avaa taulukon rivi (Enter tai kaksoisnapsautus) lukeaksesi sen pohdinnan.</translation>
    </message>
    <message>
        <source>— nothing (latest only) —</source>
        <translation>— ei mitään (vain viimeisin) —</translation>
    </message>
</context>
<context>
    <name>FileStates</name>
    <message>
        <source>%1 files used, %2 not used</source>
        <translation>%1 tiedostoa käytetty, %2 ei käytetty</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Käytetty: %1</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Ei käytetty: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Your next steps from last time</source>
        <translation>Viime kerran seuraavat askeleesi</translation>
    </message>
    <message>
        <source>Before you start: what became of the small steps you planned? Any answer is fine; a dropped step can teach as much as a done one. You can skip this page.</source>
        <translation>Ennen kuin aloitat: miten suunnittelemillesi pienille askeleille kävi? Mikä tahansa vastaus käy; askel, josta luovuit, voi opettaa yhtä paljon kuin toteutunut. Voit myös ohittaa tämän sivun.</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>by %1</source>
        <translation>%1 mennessä</translation>
    </message>
    <message>
        <source>Not looked at yet</source>
        <translation>Ei vielä katsottu</translation>
    </message>
    <message>
        <source>Step %1: what became of it</source>
        <translation>Askel %1: miten kävi</translation>
    </message>
    <message>
        <source>One line, optional</source>
        <translation>Yksi rivi, valinnainen</translation>
    </message>
    <message>
        <source>What became of step %1:</source>
        <translation>Miten askeleen %1 kävi:</translation>
    </message>
    <message>
        <source>What I learned from step %1:</source>
        <translation>Mitä opin askeleesta %1:</translation>
    </message>
    <message>
        <source>Step %1: what I learned</source>
        <translation>Askel %1: mitä opin</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Delete reflection</source>
        <translation>Poista pohdinta</translation>
    </message>
    <message>
        <source>Delete the reflection “%1” of %2? Its answers, notes and next steps are removed from this computer for good. This cannot be undone.</source>
        <translation>Poistetaanko pohdinta ”%1” (%2)? Sen vastaukset, muistiinpanot ja seuraavat askeleet poistetaan tältä tietokoneelta pysyvästi. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Omat pohdinnat</translation>
    </message>
    <message>
        <source>Newest first. Open one to read it; correct a finished one if an answer was not what you meant (the correction time is kept).</source>
        <translation>Uusin ensin. Avaa pohdinta lukeaksesi sen; voit korjata valmista pohdintaa, jos jokin vastaus ei ollut sitä, mitä tarkoitit (korjauksen ajankohta tallentuu).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>My reflections, newest first</source>
        <translation>Omat pohdinnat, uusin ensin</translation>
    </message>
    <message>
        <source>Reflections of the team %1</source>
        <translation>Tiimin pohdinnat: %1</translation>
    </message>
    <message>
        <source>What the team agreed together in workshop mode, newest first, kept apart from your own reflections. Open one to read it; an unfinished one continues in workshop mode.</source>
        <translation>Mistä tiimi on sopinut yhdessä työpajatilassa, uusin ensin, erillään omista pohdinnoistasi. Avaa pohdinta lukeaksesi sen; keskeneräinen jatkuu työpajatilassa.</translation>
    </message>
    <message>
        <source>The team&apos;s reflections, newest first</source>
        <translation>Tiimin pohdinnat, uusin ensin</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Finished %1, corrected %2</source>
        <translation>Valmis %1, korjattu %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Valmis %1</translation>
    </message>
    <message>
        <source>%1; linked to the collated round of team %2</source>
        <translation>%1; liitetty tiimin %2 koottuun kierrokseen</translation>
    </message>
    <message>
        <source>No reflections yet. When you have made one, it is listed here, and you can come back to read or correct it.</source>
        <translation>Pohdintoja ei vielä ole. Kun olet tehnyt pohdinnan, se näkyy tässä, ja voit palata lukemaan tai korjaamaan sitä.</translation>
    </message>
    <message>
        <source>The team has no reflections yet. Reflect together in workshop mode (File › Workshop mode) with the team name “%1”; the result is listed here.</source>
        <translation>Tiimillä ei ole vielä pohdintoja. Pohtikaa yhdessä työpajatilassa (Tiedosto › Työpajatila) tiimin nimellä ”%1”; tulos näkyy tässä.</translation>
    </message>
    <message>
        <source>Open the selected reflection</source>
        <translation>Avaa valittu pohdinta</translation>
    </message>
    <message>
        <source>Co&amp;rrect answers</source>
        <translation>&amp;Korjaa vastauksia</translation>
    </message>
    <message>
        <source>Reopen the selected finished reflection to correct answers</source>
        <translation>Avaa valittu valmis pohdinta uudelleen vastausten korjaamista varten</translation>
    </message>
    <message>
        <source>&amp;Link to a collated round…</source>
        <translation>&amp;Liitä koottuun kierrokseen…</translation>
    </message>
    <message>
        <source>Link the selected team reflection to a collated round, or change or remove the link</source>
        <translation>Liitä valittu tiimin pohdinta koottuun kierrokseen tai muuta tai poista liitos</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Delete the selected reflection</source>
        <translation>Poista valittu pohdinta</translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation>&amp;Muutos ajan myötä</translation>
    </message>
    <message>
        <source>Show change over time</source>
        <translation>Näytä muutos ajan myötä</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Etusivu</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Takaisin etusivulle</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Welcome to HyPe Desktop</source>
        <translation>Tervetuloa HyPe Desktopiin</translation>
    </message>
    <message>
        <source>Reflect on your work orientation and on what supports pedagogical well-being in your work community, and bring what you choose to your team&apos;s workshop. A reflection aid, not a test or a diagnosis. Everything stays on this computer unless you export it.</source>
        <translation>Pohdi omaa työorientaatiotasi ja sitä, mikä tukee pedagogista hyvinvointia työyhteisössäsi, ja vie valitsemasi asiat tiimisi työpajaan. Tämä on pohdinnan apuväline, ei testi eikä diagnoosi. Kaikki pysyy tällä tietokoneella, ellet itse vie tietoja muualle.</translation>
    </message>
    <message>
        <source>Unfinished reflection</source>
        <translation>Keskeneräinen pohdinta</translation>
    </message>
    <message>
        <source>%1, started %2: %3 of %4 statements answered.</source>
        <translation>%1, aloitettu %2: vastattu %3/%4 väittämään.</translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation>Vastattu %1/%2</translation>
    </message>
    <message>
        <source>About %1 minutes still to go. Everything you answered is saved.</source>
        <translation>Jäljellä noin %1 minuuttia. Kaikki vastaamasi on tallessa.</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Jatka siitä, mihin jäin</translation>
    </message>
    <message>
        <source>Continue the unfinished reflection</source>
        <translation>Jatka keskeneräistä pohdintaa</translation>
    </message>
    <message>
        <source>&amp;Start a new reflection</source>
        <translation>&amp;Aloita uusi pohdinta</translation>
    </message>
    <message>
        <source>Start a new reflection</source>
        <translation>Aloita uusi pohdinta</translation>
    </message>
    <message>
        <source>A new reflection</source>
        <translation>Uusi pohdinta</translation>
    </message>
    <message>
        <source>Choose the occasion and what to reflect on; the start page says how long it will take.</source>
        <translation>Valitse tilanne ja se, mitä pohdit; aloitussivu kertoo, kauanko se vie.</translation>
    </message>
    <message>
        <source>A quick check-in takes about %1 minutes, a full reflection about %2; you can stop at any time and continue later.</source>
        <translation>Lyhyt pohdinta vie noin %1 minuuttia ja koko pohdinta noin %2; voit keskeyttää milloin tahansa ja jatkaa myöhemmin.</translation>
    </message>
    <message>
        <source>%1, finished %2.</source>
        <translation>%1, valmis %2.</translation>
    </message>
    <message>
        <source>Your first reflection here. Its summary shows each of its %1 factors on its bands, with words that describe this moment.</source>
        <translation>Tämä on ensimmäinen pohdintasi. Sen yhteenveto näyttää kaikki %1 osa-aluetta asteikoillaan, ja sanat kuvaavat tätä hetkeä.</translation>
    </message>
    <message>
        <source>No factor moved by more than a quarter point since your reflection of %1.</source>
        <translation>Mikään osa-alue ei ole muuttunut yli neljännespistettä pohdintasi %1 jälkeen.</translation>
    </message>
    <message>
        <source>What changed most since your reflection of %1:</source>
        <translation>Eniten muuttuneet osa-alueet pohdintasi %1 jälkeen:</translation>
    </message>
    <message>
        <source>(higher = more strain)</source>
        <translation>(korkeampi = enemmän kuormitusta)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Sanoin</translation>
    </message>
    <message>
        <source>What changed most since last time</source>
        <translation>Eniten muuttuneet osa-alueet edellisestä kerrasta</translation>
    </message>
    <message>
        <source>All %1 factors are in the summary.</source>
        <translation>Kaikki %1 osa-aluetta ovat yhteenvedossa.</translation>
    </message>
    <message>
        <source>Team round</source>
        <translation>Tiimin kierros</translation>
    </message>
    <message>
        <source>Your lead&apos;s invitation is open: %1 for team %2. Start a reflection to take part; what you answer stays on this computer.</source>
        <translation>Esihenkilösi kutsu on auki: %1, tiimi %2. Osallistu aloittamalla pohdinta; vastauksesi pysyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Your latest reflection belongs to a round of team %1. You choose what goes in the file for your lead; nothing is sent by itself.</source>
        <translation>Viimeisin pohdintasi kuuluu tiimin %1 kierrokseen. Sinä päätät, mitä esihenkilöllesi menevään tiedostoon tulee; mitään ei lähetetä itsestään.</translation>
    </message>
    <message>
        <source>Sh&amp;are with my team…</source>
        <translation>Jaa t&amp;iimilleni…</translation>
    </message>
    <message>
        <source>Share the latest reflection with my team</source>
        <translation>Jaa viimeisin pohdinta tiimilleni</translation>
    </message>
    <message>
        <source>%1 more in My reflections.</source>
        <translation>%1 lisää kohdassa Omat pohdinnat.</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>Omat &amp;pohdinnat</translation>
    </message>
    <message>
        <source>Show the list of my reflections</source>
        <translation>Näytä omien pohdintojen luettelo</translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation>&amp;Muutos ajan myötä</translation>
    </message>
    <message>
        <source>Show change over time</source>
        <translation>Näytä muutos ajan myötä</translation>
    </message>
    <message>
        <source>Latest reflection</source>
        <translation>Viimeisin pohdinta</translation>
    </message>
    <message>
        <source>With the modules offered first, it takes about %1 minutes; you can stop at any time and continue later.</source>
        <translation>Oletuksena valituilla osioilla se vie noin %1 minuuttia; voit keskeyttää milloin tahansa ja jatkaa myöhemmin.</translation>
    </message>
    <message>
        <source>Open its s&amp;ummary</source>
        <translation>Avaa sen &amp;yhteenveto</translation>
    </message>
    <message>
        <source>Open the summary of the latest reflection</source>
        <translation>Avaa viimeisimmän pohdinnan yhteenveto</translation>
    </message>
    <message>
        <source>Open next steps</source>
        <translation>Avoimet seuraavat askeleet</translation>
    </message>
    <message>
        <source>No open next steps.</source>
        <translation>Ei avoimia seuraavia askeleita.</translation>
    </message>
    <message>
        <source>%1 of your steps are past their date. When you start your next reflection, you can say what became of them.</source>
        <translation>Askeleistasi %1 on ohittanut määräaikansa. Kun aloitat seuraavan pohdintasi, voit kertoa, miten niille kävi.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>määräaika umpeutui %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 mennessä</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Team round invitation</source>
        <translation>Tiimikierroksen kutsu</translation>
    </message>
    <message>
        <source>Invitation: team %1, %2</source>
        <translation>Kutsu: tiimi %1, %2</translation>
    </message>
    <message>
        <source>You can start the round&apos;s reflection now, or use a reflection you have already finished: these fit the round&apos;s dates and cover all its modules.</source>
        <translation>Voit aloittaa kierroksen pohdinnan nyt tai käyttää jo valmista pohdintaa: nämä osuvat kierroksen ajankohtaan ja kattavat kaikki sen osiot.</translation>
    </message>
    <message>
        <source>&amp;Finished reflections that fit:</source>
        <translation>&amp;Sopivat valmiit pohdinnat:</translation>
    </message>
    <message>
        <source>Finished reflections that fit the round</source>
        <translation>Kierrokseen sopivat valmiit pohdinnat</translation>
    </message>
    <message>
        <source>A reflection you use becomes this round&apos;s reflection. Nothing is sent: you choose what to share on its summary.</source>
        <translation>Käyttämästäsi pohdinnasta tulee tämän kierroksen pohdinta. Mitään ei lähetetä: valitset sen yhteenvedossa, mitä jaat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Start the round&apos;s reflection</source>
        <translation>&amp;Aloita kierroksen pohdinta</translation>
    </message>
    <message>
        <source>&amp;Use the chosen reflection</source>
        <translation>&amp;Käytä valittua pohdintaa</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Kick-off workshop</source>
        <translation>Aloituspaja</translation>
    </message>
    <message>
        <source>Team workshop</source>
        <translation>Tiimipaja</translation>
    </message>
    <message>
        <source>Closing workshop</source>
        <translation>Päätöspaja</translation>
    </message>
    <message>
        <source>Coaching meeting</source>
        <translation>Valmennustapaaminen</translation>
    </message>
    <message>
        <source>My own check-in</source>
        <translation>Oma välikatsaus</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Minä</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <source>To raise with my lead</source>
        <translation>Otan puheeksi esihenkilön kanssa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Osittain tehty</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ei tehty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Luovuttu</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ei muutosta</translation>
    </message>
    <message>
        <source>more strain</source>
        <translation>enemmän kuormitusta</translation>
    </message>
    <message>
        <source>less strain</source>
        <translation>vähemmän kuormitusta</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>korkeampi</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>matalampi</translation>
    </message>
    <message>
        <source>up</source>
        <translation>nousi</translation>
    </message>
    <message>
        <source>down</source>
        <translation>laski</translation>
    </message>
</context>
<context>
    <name>LinesChart</name>
    <message>
        <source>Score 1–5</source>
        <translation>Pisteet 1–5</translation>
    </message>
    <message>
        <source>Next step set here</source>
        <translation>Seuraava askel asetettu tässä</translation>
    </message>
    <message>
        <source>+1 more round</source>
        <translation>+1 muu kierros</translation>
    </message>
    <message>
        <source>+%1 more rounds</source>
        <translation>+%1 muuta kierrosta</translation>
    </message>
</context>
<context>
    <name>LinkRoundDialog</name>
    <message>
        <source>This reflection cannot be linked any more; nothing was changed.</source>
        <translation>Tätä pohdintaa ei voi enää liittää; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Link to a collated round</source>
        <translation>Liitä koottuun kierrokseen</translation>
    </message>
    <message>
        <source>Link the team&apos;s reflection “%1” of %2 to a round the team lead collated and saved in the Team view. Then it can go into that round&apos;s team PDF, next to the collated results.</source>
        <translation>Liitä tiimin pohdinta ”%1” (%2) kierrokseen, jonka tiimin vetäjä on koonnut ja tallentanut Tiimi-näkymässä. Silloin sen voi ottaa mukaan kierroksen tiimi-PDF:ään koottujen tulosten rinnalle.</translation>
    </message>
    <message>
        <source>Collated &amp;round:</source>
        <translation>&amp;Koottu kierros:</translation>
    </message>
    <message>
        <source>Collated round to link the team&apos;s reflection to</source>
        <translation>Koottu kierros, johon tiimin pohdinta liitetään</translation>
    </message>
    <message>
        <source>The reflection keeps its date, name and answers; its occasion becomes the linked round&apos;s. Choose “Not linked” to take the link away.</source>
        <translation>Pohdinnan päivämäärä, nimi ja vastaukset säilyvät; sen tilanteeksi tulee liitetyn kierroksen tilanne. Poista liitos valitsemalla ”Ei liitetty”.</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Ei liitetty</translation>
    </message>
    <message>
        <source>&amp;Save link</source>
        <translation>&amp;Tallenna liitos</translation>
    </message>
    <message>
        <source>Save the chosen link</source>
        <translation>Tallenna valittu liitos</translation>
    </message>
    <message>
        <source>Close without changing the link</source>
        <translation>Sulje muuttamatta liitosta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Set up for you by: %1</source>
        <translation>Asetukset laatinut: %1</translation>
    </message>
    <message>
        <source>This version of HyPe Desktop cannot open “%1”.</source>
        <translation>Tämä HyPe Desktopin versio ei osaa avata tiedostoa ”%1”.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Reflection finished.</source>
        <translation>Pohdinta on valmis.</translation>
    </message>
    <message>
        <source>Too few answers for a score in %1 of %2 factors.</source>
        <translation>Liian vähän vastauksia pisteisiin %1 osa-alueessa %2:sta.</translation>
    </message>
    <message>
        <source>Finish a reflection first; then it can be exported as a PDF.</source>
        <translation>Tee ensin pohdinta valmiiksi; sen jälkeen voit viedä sen PDF-tiedostoksi.</translation>
    </message>
    <message>
        <source>Open a team file</source>
        <translation>Avaa tiimitiedosto</translation>
    </message>
    <message>
        <source>Team files (*.hype-round *.hype-team)</source>
        <translation>Tiimitiedostot (*.hype-round *.hype-team)</translation>
    </message>
    <message>
        <source>Round fingerprint %1: it should be the same as the one your collator reads out.</source>
        <translation>Kierroksen tunniste %1: sen pitää olla sama kuin kokoajan ääneen lukema.</translation>
    </message>
    <message>
        <source>Sharing works for a finished reflection of a team round. Open your lead&apos;s invitation (File › Open team file) and finish that reflection first.</source>
        <translation>Jakaminen onnistuu, kun tiimikierroksen pohdinta on valmis. Avaa ensin tiiminvetäjäsi kutsu (Tiedosto › Avaa tiimitiedosto) ja tee pohdinta valmiiksi.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Tietoja: %1</translation>
    </message>
    <message>
        <source>%1 %2

A reflection aid for pedagogical well-being, from the Finnish HyPe project. Not a validated test and not a diagnosis; it never ranks people.

Your data is kept in: %3</source>
        <translation>%1 %2

Pedagogisen hyvinvoinnin pohdinnan apuväline suomalaisesta HyPe-hankkeesta. Ei validoitu testi eikä diagnoosi; se ei koskaan laita ihmisiä paremmuusjärjestykseen.

Tietojasi säilytetään kansiossa: %3</translation>
    </message>
    <message>
        <source>your own settings folder</source>
        <translation>omassa asetuskansiossasi</translation>
    </message>
    <message>
        <source>beside the app</source>
        <translation>sovelluksen vieressä</translation>
    </message>
    <message>
        <source>the computer&apos;s shared settings folder</source>
        <translation>tietokoneen yhteisessä asetuskansiossa</translation>
    </message>
    <message>
        <source>given when the app was started</source>
        <translation>annettu sovellusta käynnistettäessä</translation>
    </message>
    <message>
        <source>Set-up file: %1 (%2)</source>
        <translation>Asetustiedosto: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenna</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Pienennä</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Alkuperäinen koko</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Etusivu</translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation>&amp;Uusi pohdinta</translation>
    </message>
    <message>
        <source>&amp;Open team file…</source>
        <translation>&amp;Avaa tiimitiedosto…</translation>
    </message>
    <message>
        <source>&amp;Share with my team…</source>
        <translation>&amp;Jaa tiimilleni…</translation>
    </message>
    <message>
        <source>&amp;Team results…</source>
        <translation>&amp;Tiimin tulokset…</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (team together)…</source>
        <translation>&amp;Työpajatila (tiimi yhdessä)…</translation>
    </message>
    <message>
        <source>New tea&amp;m round…</source>
        <translation>Uusi tiimi&amp;kierros…</translation>
    </message>
    <message>
        <source>Team ro&amp;unds</source>
        <translation>Tiimin kier&amp;rokset</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;setukset…</translation>
    </message>
    <message>
        <source>&amp;Export PDF for the workshop…</source>
        <translation>&amp;Vie PDF työpajaa varten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>A&amp;ccessibility statement</source>
        <translation>&amp;Saavutettavuusseloste</translation>
    </message>
    <message>
        <source>&amp;About HyPe Desktop</source>
        <translation>&amp;Tietoja HyPe Desktopista</translation>
    </message>
    <message>
        <source>For trainers: set &amp;up for a programme…</source>
        <translation>&amp;Kouluttajille: ohjelman asetukset…</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>Omat &amp;pohdinnat</translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation>&amp;Muutos ajan myötä</translation>
    </message>
    <message>
        <source>Some text could not be saved. Quit anyway and lose it?</source>
        <translation>Osaa tekstistä ei voitu tallentaa. Lopetetaanko silti, jolloin teksti menetetään?</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>HyPe invitation</source>
        <translation>HyPe-kutsu</translation>
    </message>
    <message>
        <source>The invitation could not be written: %1</source>
        <translation>Kutsua ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>The invitation was saved as “%1” in the folder %2. Send it to the team with the message below.</source>
        <translation>Kutsu tallennettiin nimellä ”%1” kansioon %2. Lähetä se tiimille alla olevan viestin kanssa.</translation>
    </message>
    <message>
        <source>Round fingerprint: %1. Read it out at the kick-off; each member&apos;s app shows the same digits.</source>
        <translation>Kierroksen tunniste: %1. Lue se ääneen aloituksessa; jokaisen jäsenen sovellus näyttää samat numerot.</translation>
    </message>
    <message>
        <source>Hello all,</source>
        <translation>Hei kaikki,</translation>
    </message>
    <message>
        <source>our HyPe round “%1” (%2) is open. Attached is the invitation file %3.</source>
        <translation>HyPe-kierroksemme ”%1” (%2) on alkanut. Liitteenä on kutsutiedosto %3.</translation>
    </message>
    <message>
        <source>1. Open the file in HyPe Desktop (File › Open team file…).</source>
        <translation>1. Avaa tiedosto HyPe Desktopissa (Tiedosto › Avaa tiimitiedosto…).</translation>
    </message>
    <message>
        <source>2. Reflect, or use a reflection you finished recently that covers the same modules.</source>
        <translation>2. Tee pohdinta tai käytä äskettäin valmistunutta pohdintaa, joka kattaa samat osiot.</translation>
    </message>
    <message>
        <source>3. On its summary, choose “Share with my team”, look at what goes in, and send me the file it saves in your Documents folder.</source>
        <translation>3. Valitse pohdinnan yhteenvedossa ”Jaa tiimilleni”, katso mitä tiedostoon tulee, ja lähetä minulle tiedosto, jonka se tallentaa Tiedostot-kansioosi.</translation>
    </message>
    <message>
        <source>Please send it by %1.</source>
        <translation>Lähetäthän sen viimeistään %1.</translation>
    </message>
    <message>
        <source>Our theme: %1.</source>
        <translation>Teemamme: %1.</translation>
    </message>
    <message>
        <source>Only group results are shown: scores from %1 people, distributions and shared text from %2. Nobody&apos;s answers are shown one by one.</source>
        <translation>Vain ryhmän tulokset näytetään: pisteet vähintään %1 hengeltä, jakaumat ja jaetut tekstit vähintään %2 hengeltä. Kenenkään vastauksia ei näytetä yksitellen.</translation>
    </message>
    <message>
        <source>The round&apos;s fingerprint is %1; I will read it out at the kick-off.</source>
        <translation>Kierroksen tunniste on %1; luen sen ääneen aloitustyöpajassa.</translation>
    </message>
    <message>
        <source>The message is copied: paste it into an e-mail or a Teams chat.</source>
        <translation>Viesti on kopioitu: liitä se sähköpostiin tai Teams-keskusteluun.</translation>
    </message>
    <message>
        <source>New team round</source>
        <translation>Uusi tiimikierros</translation>
    </message>
    <message>
        <source>Whoever creates a round collates it: the members&apos; files come to you. Ask someone neutral to do this, such as the trainer, occupational health or a colleague, rather than the team&apos;s supervisor: members share more openly when their supervisor never holds their files.</source>
        <translation>Kierroksen luoja myös kokoaa sen: jäsenten tiedostot tulevat sinulle. Pyydä tähän joku puolueeton, esimerkiksi kouluttaja, työterveyshuolto tai kollega, mieluummin kuin tiimin esihenkilö: jäsenet jakavat avoimemmin, kun heidän tiedostonsa eivät koskaan päädy esihenkilölle.</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Tiimin &amp;nimi:</translation>
    </message>
    <message>
        <source>Team &amp;code:</source>
        <translation>Tiimin &amp;koodi:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Nimike (valinnainen):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>Shares &amp;by:</source>
        <translation>Jaot &amp;viimeistään:</translation>
    </message>
    <message>
        <source>&amp;Members in the team:</source>
        <translation>&amp;Jäseniä tiimissä:</translation>
    </message>
    <message>
        <source>Letters, digits, - and _; it is in every file of the round.</source>
        <translation>Kirjaimia, numeroita, - ja _; koodi on kierroksen jokaisessa tiedostossa.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>Modules of the round</source>
        <translation>Kierroksen osiot</translation>
    </message>
    <message>
        <source>Each member chooses</source>
        <translation>Kukin jäsen valitsee</translation>
    </message>
    <message>
        <source>The team&apos;s &amp;theme:</source>
        <translation>Tiimin &amp;teema:</translation>
    </message>
    <message>
        <source>Minimum group sizes</source>
        <translation>Vähimmäisryhmäkoot</translation>
    </message>
    <message>
        <source>&amp;Scores from:</source>
        <translation>&amp;Pisteet alkaen:</translation>
    </message>
    <message>
        <source>Distributions and &amp;text from:</source>
        <translation>Jakaumat ja &amp;tekstit alkaen:</translation>
    </message>
    <message>
        <source> people</source>
        <translation> henkeä</translation>
    </message>
    <message>
        <source>They can only be higher than the app&apos;s own (%1 and %2).</source>
        <translation>Ne voivat olla vain suuremmat kuin sovelluksen omat (%1 ja %2).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Create the invitation</source>
        <translation>&amp;Luo kutsu</translation>
    </message>
    <message>
        <source>The round is ready</source>
        <translation>Kierros on valmis</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Näytä &amp;kansiossa</translation>
    </message>
    <message>
        <source>&amp;Message to paste:</source>
        <translation>&amp;Liitettävä viesti:</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>K&amp;opioi viesti</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Valmis</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <source>Set up for a programme</source>
        <translation>Ohjelman asetukset</translation>
    </message>
    <message>
        <source>Set up HyPe Desktop for your programme</source>
        <translation>HyPe Desktopin asetukset ohjelmaasi varten</translation>
    </message>
    <message>
        <source>This writes a hype-preset.json. Teachers put it beside the app or in their settings folder (see the trainer guide); the app then shows your organisation, offers your modules and dates reflections by your rounds. Nothing is sent anywhere.</source>
        <translation>Tämä kirjoittaa tiedoston hype-preset.json. Opettajat laittavat sen sovelluksen viereen tai omaan asetuskansioonsa (katso kouluttajan opas); sovellus näyttää silloin organisaatiosi, tarjoaa valitsemasi moduulit ja päivää pohdinnat kierrostesi mukaan. Mitään ei lähetetä minnekään.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>Logo for PDFs:</source>
        <translation>Logo PDF-tiedostoihin:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Valitse &amp;logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Poista logo</translation>
    </message>
    <message>
        <source>Default lan&amp;guage:</source>
        <translation>Oletus&amp;kieli:</translation>
    </message>
    <message>
        <source>Default &amp;team code:</source>
        <translation>Oletus&amp;tiimikoodi:</translation>
    </message>
    <message>
        <source>e.g. SCHOOL-A</source>
        <translation>esim. KOULU-A</translation>
    </message>
    <message>
        <source>Modules teachers can choose</source>
        <translation>Moduulit, joista opettajat voivat valita</translation>
    </message>
    <message>
        <source>The programme&apos;s rounds</source>
        <translation>Ohjelman kierrokset</translation>
    </message>
    <message>
        <source>A reflection is dated to the most recent round whose day has come. Each round covers the modules offered, except the load check.</source>
        <translation>Pohdinta liitetään viimeisimpään kierrokseen, jonka päivä on jo koittanut. Jokainen kierros kattaa tarjotut moduulit kuormituksen tarkistusta lukuun ottamatta.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Add a round</source>
        <translation>&amp;Uusi kierros</translation>
    </message>
    <message>
        <source>&amp;Remove the selected round</source>
        <translation>&amp;Poista valittu kierros</translation>
    </message>
    <message>
        <source>Team scores shown from at least (&amp;people):</source>
        <translation>Tiimin tulokset näytetään vähintään (&amp;henkilöä):</translation>
    </message>
    <message>
        <source>Distributions and texts shown from at least (p&amp;eople):</source>
        <translation>Jakaumat ja tekstit näytetään vähintään (h&amp;enkilöä):</translation>
    </message>
    <message>
        <source>Open a pre&amp;set…</source>
        <translation>&amp;Avaa asetustiedosto…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Phase of round %1</source>
        <translation>Kierroksen %1 vaihe</translation>
    </message>
    <message>
        <source>Name of round %1</source>
        <translation>Kierroksen %1 nimi</translation>
    </message>
    <message>
        <source>Date of round %1</source>
        <translation>Kierroksen %1 päivämäärä</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Open a preset</source>
        <translation>Avaa asetustiedosto</translation>
    </message>
    <message>
        <source>Presets (hype-preset.json *.json)</source>
        <translation>Asetustiedostot (hype-preset.json *.json)</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>Asetustiedostoa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Nothing was saved; fix these first:</source>
        <translation>Mitään ei tallennettu; korjaa ensin nämä:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>Save the preset</source>
        <translation>Tallenna asetustiedosto</translation>
    </message>
</context>
<context>
    <name>PromptsSection</name>
    <message>
        <source>What you write here stays on this computer; you decide later whether to share any of it.</source>
        <translation>Kirjoittamasi jää tälle tietokoneelle; päätät myöhemmin, jaatko siitä mitään.</translation>
    </message>
    <message>
        <source>▾ Hide the open questions</source>
        <translation>▾ Piilota avoimet kysymykset</translation>
    </message>
    <message>
        <source>▸ Open questions in your own words (optional)</source>
        <translation>▸ Avoimet kysymykset omin sanoin (valinnainen)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Tiedostokansio</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-tiedosto</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tiedostotyyppi:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Virheellinen tiedostonimi</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a PDF for the workshop</source>
        <translation>Vie PDF työpajaa varten</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>PDF:n kieli</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sivukoko</translation>
    </message>
    <message>
        <source>Name on the cover (optional)</source>
        <translation>Nimi kansilehdelle (valinnainen)</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Ei nimeä</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vertailukohta</translation>
    </message>
    <message>
        <source>Earlier reflection to compare with</source>
        <translation>Aiempi pohdinta vertailukohdaksi</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Ei vertailua</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Ota mukaan: %1</translation>
    </message>
    <message>
        <source>Next steps and how earlier steps went</source>
        <translation>Seuraavat askeleet ja miten aiemmat askeleet sujuivat</translation>
    </message>
    <message>
        <source>Include next steps</source>
        <translation>Ota mukaan seuraavat askeleet</translation>
    </message>
    <message>
        <source>Questions for the discussion</source>
        <translation>Kysymyksiä keskusteluun</translation>
    </message>
    <message>
        <source>Include questions for the discussion</source>
        <translation>Ota mukaan kysymyksiä keskusteluun</translation>
    </message>
    <message>
        <source>My notes and answers</source>
        <translation>Omat muistiinpanot ja vastaukset</translation>
    </message>
    <message>
        <source>Nothing you wrote is included unless you tick it. Whoever gets the PDF can read what you tick.</source>
        <translation>Mitään kirjoittamaasi ei tule mukaan, ellet valitse sitä. PDF:n saaja voi lukea kaiken, minkä valitset.</translation>
    </message>
    <message>
        <source>Notes and answers to include</source>
        <translation>Mukaan otettavat muistiinpanot ja vastaukset</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Valitse &amp;kaikki</translation>
    </message>
    <message>
        <source>Tick all notes and answers</source>
        <translation>Valitse kaikki muistiinpanot ja vastaukset</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Poista valinnat</translation>
    </message>
    <message>
        <source>Untick all notes and answers</source>
        <translation>Poista kaikkien muistiinpanojen ja vastausten valinta</translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation>Tiedoston sisältö</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Tallenna PDF…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF and write it</source>
        <translation>Valitse, mihin PDF tallennetaan, ja tallenna se</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Sulje tämä ikkuna</translation>
    </message>
    <message>
        <source>Progress of writing the PDF</source>
        <translation>PDF:n tallennuksen eteneminen</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Muistiinpano väittämään: %1</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Vastaus kysymykseen: %1</translation>
    </message>
    <message>
        <source>What I learned, step: %1</source>
        <translation>Mitä opin, askel: %1</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Osiot:</translation>
    </message>
    <message>
        <source>Your own text that will be in the file, exactly as written:</source>
        <translation>Oma tekstisi, joka tulee tiedostoon juuri sellaisena kuin sen kirjoitit:</translation>
    </message>
    <message>
        <source>None of your own notes or answers will be in the file.</source>
        <translation>Tiedostoon ei tule omia muistiinpanojasi eikä vastauksiasi.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Tallennetaan PDF-tiedostoa…</translation>
    </message>
    <message>
        <source>Saved to %1 (%2 pages).</source>
        <translation>Tallennettu tiedostoon %1 (sivuja %2).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>shown from %1 people</source>
        <translation>näytetään vähintään %1 hengeltä</translation>
    </message>
    <message>
        <source>Where views differ most</source>
        <translation>Missä näkemykset eroavat eniten</translation>
    </message>
    <message>
        <source>Good starting points for the discussion.</source>
        <translation>Hyviä lähtökohtia keskustelulle.</translation>
    </message>
    <message>
        <source>Where the team agrees most</source>
        <translation>Missä tiimi on yksimielisin</translation>
    </message>
    <message>
        <source>Worth naming, and keeping.</source>
        <translation>Kannattaa sanoittaa ja vaalia.</translation>
    </message>
    <message>
        <source>Shown from %1 people.</source>
        <translation>Näytetään vähintään %1 hengeltä.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Keskustelun aiheet</translation>
    </message>
    <message>
        <source>The areas: the team&apos;s middle and spread</source>
        <translation>Osa-alueet: tiimin keskikohta ja hajonta</translation>
    </message>
    <message>
        <source>The dot is the team&apos;s mean on the 1–5 scale; the band reaches one spread to either side: the wider it is, the further apart the team&apos;s views lie.</source>
        <translation>Piste on tiimin keskiarvo asteikolla 1–5; palkki ulottuu yhden hajonnan verran kumpaankin suuntaan: mitä leveämpi se on, sitä kauempana toisistaan tiimin näkemykset ovat.</translation>
    </message>
    <message>
        <source>Chart of the areas&apos; means and spread; the same numbers are in the Tables tab.</source>
        <translation>Kaavio osa-alueiden keskiarvoista ja hajonnasta; samat luvut ovat Taulukot-välilehdellä.</translation>
    </message>
    <message>
        <source>The areas</source>
        <translation>Osa-alueet</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöitä</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Hajonta</translation>
    </message>
    <message>
        <source>The areas&apos; means and spread</source>
        <translation>Osa-alueiden keskiarvot ja hajonta</translation>
    </message>
    <message>
        <source>How the team answered each statement of %1; the same numbers are in the Tables tab.</source>
        <translation>Miten tiimi vastasi osion %1 väittämiin; samat luvut ovat Taulukot-välilehdellä.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Väittämä</translation>
    </message>
    <message>
        <source>People per answer, %1</source>
        <translation>Henkilöitä vastausta kohden, %1</translation>
    </message>
    <message>
        <source>How the answers spread over the scale is shown from %1 people.</source>
        <translation>Vastausten jakauma asteikolle näytetään vähintään %1 hengeltä.</translation>
    </message>
    <message>
        <source>Next steps members shared</source>
        <translation>Jäsenten jakamat seuraavat askeleet</translation>
    </message>
    <message>
        <source>Notes and answers members shared</source>
        <translation>Jäsenten jakamat muistiinpanot ja vastaukset</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Shared text is shown from %1 people up.</source>
        <translation>Jaetut tekstit näytetään vähintään %1 hengeltä.</translation>
    </message>
    <message>
        <source>Pi&amp;ctures</source>
        <translation>Ku&amp;vat</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>T&amp;aulukot</translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation>&amp;Sanoin</translation>
    </message>
    <message>
        <source>Group results</source>
        <translation>Ryhmän tulokset</translation>
    </message>
    <message>
        <source>Group results as pictures, tables or words</source>
        <translation>Ryhmän tulokset kuvina, taulukkoina tai sanoin</translation>
    </message>
    <message>
        <source>Group results in words</source>
        <translation>Ryhmän tulokset sanoin</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>määräpäivä oli %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>määräpäivä %1</translation>
    </message>
    <message>
        <source>reached (scores, distributions and text)</source>
        <translation>täyttyvät (pisteet, jakaumat ja tekstit)</translation>
    </message>
    <message>
        <source>scores only (distributions and text from %1)</source>
        <translation>vain pisteet (jakaumat ja tekstit alkaen %1)</translation>
    </message>
    <message>
        <source>not yet (scores from %1)</source>
        <translation>ei vielä (pisteet alkaen %1)</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>julkaistu %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>liitetty</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>ei liitetty</translation>
    </message>
    <message>
        <source>Team rounds</source>
        <translation>Tiimin kierrokset</translation>
    </message>
    <message>
        <source>The rounds you created or collated on this computer. Shares count the people whose file was collated; the group results appear once enough people have shared.</source>
        <translation>Kierrokset, jotka olet luonut tai koonnut tällä tietokoneella. Jaot kertovat, monenko hengen tiedosto on koottu; ryhmän tulokset näkyvät, kun riittävän moni on jakanut.</translation>
    </message>
    <message>
        <source>No rounds yet. Create one with “New team round…”.</source>
        <translation>Ei vielä kierroksia. Luo kierros valinnalla ”Uusi tiimikierros…”.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Jaot</translation>
    </message>
    <message>
        <source>Group sizes</source>
        <translation>Ryhmäkoot</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kooste</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <source>Team rounds and their status</source>
        <translation>Tiimin kierrokset ja niiden tila</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Etusivu</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Takaisin etusivulle</translation>
    </message>
    <message>
        <source>&amp;New team round…</source>
        <translation>&amp;Uusi tiimikierros…</translation>
    </message>
    <message>
        <source>Create a new team round and its invitation</source>
        <translation>Luo uusi tiimikierros ja sen kutsu</translation>
    </message>
    <message>
        <source>&amp;Collate shares…</source>
        <translation>&amp;Kokoa jaot…</translation>
    </message>
    <message>
        <source>Open the team results to collate members&apos; share files</source>
        <translation>Avaa tiimin tulokset jäsenten jakotiedostojen kokoamiseksi</translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <source>reflection</source>
        <translation>pohdinta</translation>
    </message>
    <message>
        <source>share</source>
        <translation>jako</translation>
    </message>
    <message>
        <source>team-summary</source>
        <translation>tiimikooste</translation>
    </message>
    <message>
        <source>my-data</source>
        <translation>omat-tiedot</translation>
    </message>
    <message>
        <source>change-over-time</source>
        <translation>muutos-ajan-myötä</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profiili</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Tiedosto tallennettu</translation>
    </message>
    <message>
        <source>Saved “%1” in the folder %2.</source>
        <translation>Tallennettiin ”%1” kansioon %2.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Näytä &amp;kansiossa</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Näytä tiedosto kansiossaan</translation>
    </message>
</context>
<context>
    <name>ScaleWidget</name>
    <message>
        <source>Not answered yet. Press 1 to 5, or N for not applicable.</source>
        <translation>Ei vielä vastausta. Paina 1–5 tai N, jos väittämä ei koske sinua.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Vastaus: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Teema:</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Väriteema</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tekstin k&amp;oko:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Järjestelmän mukaan (vaalea tai tumma)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>&amp;After answering with a key, move on to the next statement</source>
        <translation>Siirry seuraavaan väittämään, kun olet vastannut &amp;näppäimellä</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Omat tietosi:</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Sulje asetukset</translation>
    </message>
</context>
<context>
    <name>ShareChoiceDialog</name>
    <message>
        <source>Two shares of one person</source>
        <translation>Saman henkilön kaksi jakoa</translation>
    </message>
    <message>
        <source>Choose which share counts</source>
        <translation>Valitse, mikä jako lasketaan</translation>
    </message>
    <message>
        <source>One person sent two different shares for this round. Choose the one that counts; the other is not used. Only when each was finished is shown, nothing of what it says; usually the later one is a corrected share.</source>
        <translation>Yksi henkilö lähetti tälle kierrokselle kaksi erilaista jakoa. Valitse se, joka lasketaan; toista ei käytetä. Jaoista näytetään vain, milloin ne on tehty, ei mitään niiden sisällöstä; yleensä myöhempi on korjattu jako.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Henkilö %1</translation>
    </message>
    <message>
        <source>The two shares</source>
        <translation>Kaksi jakoa</translation>
    </message>
    <message>
        <source>the share saved earlier</source>
        <translation>aiemmin tallennettu jako</translation>
    </message>
    <message>
        <source>Finished %1 — %2</source>
        <translation>Valmis %1 — %2</translation>
    </message>
    <message>
        <source>The collation runs again with your choice.</source>
        <translation>Kooste tehdään uudelleen valintasi mukaan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Use the chosen shares</source>
        <translation>&amp;Käytä valittuja jakoja</translation>
    </message>
    <message>
        <source>Collate again with the chosen shares</source>
        <translation>Kokoa uudelleen valituilla jaoilla</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Nothing is chosen: tick at least one module.</source>
        <translation>Mitään ei ole valittu: valitse vähintään yksi osio.</translation>
    </message>
    <message>
        <source>The file will contain:</source>
        <translation>Tiedostoon tulee:</translation>
    </message>
    <message>
        <source>• Team %1, round: %2 %3</source>
        <translation>• Tiimi %1, kierros: %2 %3</translation>
    </message>
    <message>
        <source>• A code instead of your name (it changes from round to round)</source>
        <translation>• Koodi nimesi sijaan (koodi vaihtuu joka kierroksella)</translation>
    </message>
    <message>
        <source>• When you finished the reflection</source>
        <translation>• Milloin teit pohdinnan valmiiksi</translation>
    </message>
    <message>
        <source>• Your answers to %1 statements of “%2”</source>
        <translation>• Vastauksesi osion ”%2” %1 väittämään</translation>
    </message>
    <message>
        <source>• Your note: “%1”</source>
        <translation>• Muistiinpanosi: ”%1”</translation>
    </message>
    <message>
        <source>• Your answer: “%1”</source>
        <translation>• Vastauksesi: ”%1”</translation>
    </message>
    <message>
        <source>• Your next step (%1): “%2”</source>
        <translation>• Seuraava askeleesi (%1): ”%2”</translation>
    </message>
    <message>
        <source>No notes or other text of yours.</source>
        <translation>Ei muistiinpanojasi eikä muuta kirjoittamaasi tekstiä.</translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>Tiedostoon ei tule: %1</translation>
    </message>
    <message>
        <source>Open the round&apos;s invitation</source>
        <translation>Avaa kierroksen kutsu</translation>
    </message>
    <message>
        <source>HyPe round invitation (*.hype-round)</source>
        <translation>HyPe-kierroksen kutsu (*.hype-round)</translation>
    </message>
    <message>
        <source>Save the share file</source>
        <translation>Tallenna jakotiedosto</translation>
    </message>
    <message>
        <source>HyPe share (*.hype)</source>
        <translation>HyPe-jakotiedosto (*.hype)</translation>
    </message>
    <message>
        <source>Share with my team</source>
        <translation>Jaa tiimilleni</translation>
    </message>
    <message>
        <source>You decide what goes in the file. It is sealed to the round&apos;s key: only the round&apos;s collator can open it, in the app that created the round, and the app shows them group results only, never one person&apos;s answers. Anyone else it passes through sees no answers.</source>
        <translation>Sinä päätät, mitä tiedostoon tulee. Se sinetöidään kierroksen avaimella: vain kierroksen kokoaja voi avata sen, kierroksen luoneessa sovelluksessa, ja sovellus näyttää hänelle vain ryhmän tulokset, ei koskaan yhden ihmisen vastauksia. Muut, joiden kautta tiedosto kulkee, eivät näe vastauksia.</translation>
    </message>
    <message>
        <source>Answers to share, per module</source>
        <translation>Jaettavat vastaukset osioittain</translation>
    </message>
    <message>
        <source>Your own words (only what you tick)</source>
        <translation>Omat sanasi (vain valitsemasi)</translation>
    </message>
    <message>
        <source>You wrote no notes, answers or next steps in this reflection.</source>
        <translation>Et kirjoittanut tähän pohdintaan muistiinpanoja, vastauksia etkä seuraavia askeleita.</translation>
    </message>
    <message>
        <source>What the file will contain:</source>
        <translation>Tiedoston sisältö:</translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation>Tiedoston sisältö</translation>
    </message>
    <message>
        <source>&amp;Save to Documents</source>
        <translation>&amp;Tallenna Tiedostoihin</translation>
    </message>
    <message>
        <source>Save the share file in the Documents folder</source>
        <translation>Tallenna jakotiedosto Tiedostot-kansioon</translation>
    </message>
    <message>
        <source>Save &amp;elsewhere…</source>
        <translation>Tallenna &amp;muualle…</translation>
    </message>
    <message>
        <source>Save the share file in a folder you choose</source>
        <translation>Tallenna jakotiedosto valitsemaasi kansioon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>SpreadPanel</name>
    <message>
        <source>In the members&apos; shared answers (collated, %1 people): %2</source>
        <translation>Jäsenten jakamissa vastauksissa (koottu, %1 henkilöä): %2</translation>
    </message>
    <message>
        <source>Show the team&apos;s spread</source>
        <translation>Näytä tiimin hajonta</translation>
    </message>
    <message>
        <source>Show or hide how the members&apos; shared answers spread on this statement</source>
        <translation>Näytä tai piilota, miten jäsenten jakamat vastaukset jakautuvat tähän väittämään</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;Quick check-in (about %1 min)</source>
        <translation>&amp;Lyhyt pohdinta (noin %1 min)</translation>
    </message>
    <message>
        <source>F&amp;ull reflection (about %1 min)</source>
        <translation>Koko poh&amp;dinta (noin %1 min)</translation>
    </message>
    <message>
        <source>About %1 minutes for %2 statements. Notes and answers in your own words are optional and take longer; you can stop at any time and continue later.</source>
        <translation>Noin %1 minuuttia, %2 väittämää. Muistiinpanot ja omin sanoin kirjoitetut vastaukset ovat valinnaisia ja vievät enemmän aikaa; voit keskeyttää milloin tahansa ja jatkaa myöhemmin.</translation>
    </message>
    <message>
        <source>Start a reflection</source>
        <translation>Aloita pohdinta</translation>
    </message>
    <message>
        <source>This is a reflection aid, not a test or a diagnosis. There are no right or wrong answers. Your answers stay on this computer; nothing leaves it unless you export it yourself. Every answer is saved the moment you give it, so you can stop at any time and continue later.</source>
        <translation>Tämä on pohdinnan apuväline, ei testi eikä diagnoosi. Oikeita tai vääriä vastauksia ei ole. Vastauksesi pysyvät tällä tietokoneella; mitään ei lähde muualle, ellet itse vie sitä. Jokainen vastaus tallentuu heti, kun annat sen, joten voit keskeyttää milloin tahansa ja jatkaa myöhemmin.</translation>
    </message>
    <message>
        <source>How much time do you have?</source>
        <translation>Kuinka paljon sinulla on aikaa?</translation>
    </message>
    <message>
        <source>Fewer statements per factor, chosen so the scores stay comparable with a full reflection.</source>
        <translation>Vähemmän väittämiä kustakin tekijästä, valittu niin, että tulokset ovat vertailukelpoisia koko pohdinnan kanssa.</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Kierros:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>N&amp;imi (valinnainen):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Päivä&amp;määrä:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Name of the round (optional)</source>
        <translation>Kierroksen nimi (valinnainen)</translation>
    </message>
    <message>
        <source>e.g. Spring kick-off</source>
        <translation>esim. kevään aloituspaja</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>Kierroksen päivämäärä</translation>
    </message>
    <message>
        <source>What to reflect on</source>
        <translation>Mitä pohdit</translation>
    </message>
    <message>
        <source>(optional; these answers are especially personal)</source>
        <translation>(valinnainen; nämä vastaukset ovat erityisen henkilökohtaisia)</translation>
    </message>
    <message>
        <source>Choose at least one module (and, for the themes, at least one theme).</source>
        <translation>Valitse vähintään yksi osio (ja teemoista vähintään yksi teema).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Cancel and go back home</source>
        <translation>Peruuta ja palaa etusivulle</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Aloita</translation>
    </message>
    <message>
        <source>Start the reflection</source>
        <translation>Aloita pohdinta</translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Väittämä %1/%2</translation>
    </message>
    <message>
        <source>Statement %1/%2, %3:</source>
        <translation>Väittämä %1/%2, %3:</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>Mitä tämä tarkoittaa?</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Lyhyt muistiinpano (valinnainen)</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Muistiinpano väittämään: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Muistiinpano:</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Piilota selitys</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step %1:</source>
        <translation>Askel %1:</translation>
    </message>
    <message>
        <source>What will you do? Small and concrete.</source>
        <translation>Mitä aiot tehdä? Jotain pientä ja konkreettista.</translation>
    </message>
    <message>
        <source>Next step %1: what</source>
        <translation>Seuraava askel %1: mitä</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Osa-alue:</translation>
    </message>
    <message>
        <source>— no particular factor —</source>
        <translation>— ei tiettyä osa-aluetta —</translation>
    </message>
    <message>
        <source>Next step %1: linked factor</source>
        <translation>Seuraava askel %1: liittyvä osa-alue</translation>
    </message>
    <message>
        <source>Whose step:</source>
        <translation>Kenen askel:</translation>
    </message>
    <message>
        <source>Next step %1: whose step</source>
        <translation>Seuraava askel %1: kenen askel</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Mennessä:</translation>
    </message>
    <message>
        <source>Next step %1: set a date</source>
        <translation>Seuraava askel %1: aseta määräaika</translation>
    </message>
    <message>
        <source>Next step %1: by when</source>
        <translation>Seuraava askel %1: mihin mennessä</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Small next steps</source>
        <translation>Pienet seuraavat askeleet</translation>
    </message>
    <message>
        <source>What is one small, concrete thing you could try before the next round? Up to three, all optional. Next time, the app asks what became of them.</source>
        <translation>Mikä olisi yksi pieni, konkreettinen asia, jota voisit kokeilla ennen seuraavaa kierrosta? Enintään kolme, kaikki valinnaisia. Ensi kerralla sovellus kysyy, miten niille kävi.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Etusivu</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Takaisin etusivulle</translation>
    </message>
    <message>
        <source>&amp;Export PDF for the workshop…</source>
        <translation>&amp;Vie PDF työpajaa varten…</translation>
    </message>
    <message>
        <source>Export this reflection as a PDF for the workshop</source>
        <translation>Vie tämä pohdinta PDF-tiedostona työpajaa varten</translation>
    </message>
    <message>
        <source>&amp;Share with my team…</source>
        <translation>&amp;Jaa tiimilleni…</translation>
    </message>
    <message>
        <source>Share this reflection with my team: see what goes in first</source>
        <translation>Jaa tämä pohdinta tiimilleni: katso ensin, mitä jakoon tulee</translation>
    </message>
    <message>
        <source>&amp;Compare with earlier</source>
        <translation>Vertaa &amp;aiempiin</translation>
    </message>
    <message>
        <source>Compare this reflection with earlier ones</source>
        <translation>Vertaa tätä pohdintaa aiempiin</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Pohdintasi</translation>
    </message>
    <message>
        <source>A reflection aid, not an assessment of a person. The words describe how things look to you right now; they are a starting point for a conversation.</source>
        <translation>Pohdinnan apuväline, ei henkilön arviointi. Sanalliset kuvaukset kertovat, miltä asiat näyttävät sinusta juuri nyt; ne ovat keskustelun lähtökohta.</translation>
    </message>
    <message>
        <source>The dot is now; the ring is your reflection of %1.</source>
        <translation>Piste on tämä kerta; rengas on pohdintasi %1.</translation>
    </message>
    <message>
        <source>Your answers suggest that the load feels heavy right now. That is worth taking seriously, and you do not have to carry it alone: occupational health care (työterveyshuolto) and your lead are there to talk to.</source>
        <translation>Vastauksesi viittaavat siihen, että kuormitus tuntuu nyt raskaalta. Se kannattaa ottaa vakavasti, eikä sitä tarvitse kantaa yksin: voit keskustella asiasta työterveyshuollon ja esihenkilösi kanssa.</translation>
    </message>
    <message>
        <source>A note on load</source>
        <translation>Kuormituksesta</translation>
    </message>
    <message>
        <source>A profile of your work orientation: no score here is better or worse than another.</source>
        <translation>Työorientaatiosi profiili: mikään tulos ei tässä ole toista parempi tai huonompi.</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Viime kerralla</translation>
    </message>
    <message>
        <source>Too few answers for a score (%1 of %2 answered)</source>
        <translation>Liian vähän vastauksia tulokseen (%1/%2 vastattu)</translation>
    </message>
    <message>
        <source>How your earlier steps went</source>
        <translation>Miten aiemmat askeleesi sujuivat</translation>
    </message>
    <message>
        <source>(higher = more strain)</source>
        <translation>(suurempi = enemmän kuormitusta)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Sanoin</translation>
    </message>
    <message>
        <source>%1: scores by factor</source>
        <translation>%1: pisteet osa-alueittain</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Muistiinpanosi</translation>
    </message>
    <message>
        <source>Your answers to the open questions</source>
        <translation>Vastauksesi avoimiin kysymyksiin</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Seuraavat askeleet</translation>
    </message>
    <message>
        <source>No next steps this time.</source>
        <translation>Ei seuraavia askeleita tällä kertaa.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Kenen</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Mihin mennessä</translation>
    </message>
</context>
<context>
    <name>TeamFiles</name>
    <message>
        <source>Team %1, %2 people took part.</source>
        <translation>Tiimi %1, mukana %2 henkilöä.</translation>
    </message>
    <message>
        <source>This comparison is shown only on your computer; nothing of it goes back to your lead.</source>
        <translation>Tämä vertailu näkyy vain omalla tietokoneellasi; mitään siitä ei palaudu tiiminvetäjällesi.</translation>
    </message>
    <message>
        <source>You have no finished reflection of this round on this computer, so only the team&apos;s results can be shown.</source>
        <translation>Tällä tietokoneella ei ole tämän kierroksen valmista pohdintaasi, joten vain tiimin tulokset voidaan näyttää.</translation>
    </message>
    <message>
        <source>above the team&apos;s middle</source>
        <translation>tiimin keskikohdan yläpuolella</translation>
    </message>
    <message>
        <source>close to the team&apos;s middle</source>
        <translation>lähellä tiimin keskikohtaa</translation>
    </message>
    <message>
        <source>below the team&apos;s middle</source>
        <translation>tiimin keskikohdan alapuolella</translation>
    </message>
    <message>
        <source>%1: fewer than %2 answers in the team</source>
        <translation>%1: tiimissä alle %2 vastausta</translation>
    </message>
    <message>
        <source>%1: team %2</source>
        <translation>%1: tiimi %2</translation>
    </message>
    <message>
        <source> · you %1, %2</source>
        <translation> · sinä %1, %2</translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation>Tiimin kooste</translation>
    </message>
    <message>
        <source>Where my answers sit in my team&apos;s results</source>
        <translation>Missä vastaukseni ovat tiimini tuloksissa</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Choose share files</source>
        <translation>Valitse jakotiedostot</translation>
    </message>
    <message>
        <source>HyPe share files and round invitations (*.hype *.hype-round)</source>
        <translation>HyPe-jakotiedostot ja kierroskutsut (*.hype *.hype-round)</translation>
    </message>
    <message>
        <source>Choose a folder of share files</source>
        <translation>Valitse jakotiedostojen kansio</translation>
    </message>
    <message>
        <source>%1: invitation of round %2; its minimum group sizes apply (%3 for scores, %4 for distributions and text)</source>
        <translation>%1: kierroksen %2 kutsu; sen vähimmäisryhmäkoot ovat käytössä (%3 pisteille, %4 jakaumille ja teksteille)</translation>
    </message>
    <message>
        <source>The collation stopped: %1</source>
        <translation>Koonti keskeytyi: %1</translation>
    </message>
    <message>
        <source>Nothing was collated: one person sent two different shares. Choose which one counts, or collate again without one of them.</source>
        <translation>Mitään ei koottu: yksi henkilö lähetti kaksi erilaista jakoa. Valitse, kumpi lasketaan, tai kokoa uudelleen ilman toista niistä.</translation>
    </message>
    <message>
        <source>A round invitation given with the files could not be read (see the list above), so nothing was collated: its minimum group sizes might be larger than those used otherwise. Fix or remove that file and collate again.</source>
        <translation>Tiedostojen mukana annettua kierroksen kutsua ei voitu lukea (ks. luettelo yllä), joten mitään ei koottu: sen vähimmäisryhmäkoot voivat olla muuten käytettäviä suurempia. Korjaa tai poista tiedosto ja kokoa uudelleen.</translation>
    </message>
    <message>
        <source>Collation finished.</source>
        <translation>Kooste on valmis.</translation>
    </message>
    <message>
        <source>Collation finished: no valid share file remained.</source>
        <translation>Kooste on valmis: yhtään kelvollista jakotiedostoa ei jäänyt.</translation>
    </message>
    <message>
        <source>No valid share file remained.</source>
        <translation>Yhtään kelvollista jakotiedostoa ei jäänyt jäljelle.</translation>
    </message>
    <message>
        <source>Fewer than %1 people counted, so no scores are shown. For a team this small, reflecting together in workshop mode works better.</source>
        <translation>Mukana on alle %1 henkeä, joten pisteitä ei näytetä. Näin pienessä tiimissä yhteinen pohdinta työpajan tapaan toimii paremmin.</translation>
    </message>
    <message>
        <source>Add to the PDF what the team agreed together in the workshop (%1, %2)</source>
        <translation>Lisää PDF:ään, mistä tiimi sopi yhdessä työpajassa (%1, %2)</translation>
    </message>
    <message>
        <source>Add the team&apos;s workshop result to the team PDF</source>
        <translation>Lisää tiimin työpajan tulos tiimin PDF:ään</translation>
    </message>
    <message>
        <source>No workshop result is linked to this round. To put the team&apos;s agreed view into the PDF, choose this round under “Collated round” when you start workshop mode, or link a finished workshop to it afterwards (My reflections › the team › Link to a collated round).</source>
        <translation>Tähän kierrokseen ei ole liitetty työpajan tulosta. Jos haluat tiimin yhteisen näkemyksen PDF:ään, valitse tämä kierros kohdasta ”Koottu kierros”, kun aloitat työpajatilan, tai liitä valmis työpaja kierrokseen jälkikäteen (Omat pohdinnat › tiimi › Liitä koottuun kierrokseen).</translation>
    </message>
    <message>
        <source>Team %1 · %2 · %3 · %4 people</source>
        <translation>Tiimi %1 · %2 · %3 · osallistujia %4</translation>
    </message>
    <message>
        <source>Round fingerprint: %1</source>
        <translation>Kierroksen tunniste: %1</translation>
    </message>
    <message>
        <source>Minimum group sizes: %1 people for scores, %2 for distributions and shared text.</source>
        <translation>Vähimmäisryhmäkoot: %1 henkilöä pisteille, %2 jakaumille ja jaetuille teksteille.</translation>
    </message>
    <message>
        <source>Left out: members also answered content this app does not have (%1). The rest is collated on the factors in common.</source>
        <translation>Jätetty pois: jäsenet vastasivat myös sisältöön, jota tässä sovelluksessa ei ole (%1). Muu on koottu yhteisten osa-alueiden osalta.</translation>
    </message>
    <message>
        <source>%1: fewer than %2 answers</source>
        <translation>%1: alle %2 vastausta</translation>
    </message>
    <message>
        <source>%1: mean %2 (%3 people)</source>
        <translation>%1: keskiarvo %2 (%3 henkilöä)</translation>
    </message>
    <message>
        <source>%1: mean %2, median %3, spread %4 (%5 people)</source>
        <translation>%1: keskiarvo %2, mediaani %3, hajonta %4 (vastaajia %5)</translation>
    </message>
    <message>
        <source>Where views differ most (the best starting points for discussion):</source>
        <translation>Missä näkemykset eroavat eniten (parhaat lähtökohdat keskustelulle):</translation>
    </message>
    <message>
        <source>Where the team agrees most:</source>
        <translation>Missä tiimi on eniten samaa mieltä:</translation>
    </message>
    <message>
        <source>Change since the previous round:</source>
        <translation>Muutos edellisestä kierroksesta:</translation>
    </message>
    <message>
        <source>Shared next steps:</source>
        <translation>Jaetut seuraavat askeleet:</translation>
    </message>
    <message>
        <source>Shared notes and answers (in random order):</source>
        <translation>Jaetut muistiinpanot ja vastaukset (satunnaisessa järjestyksessä):</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muut</translation>
    </message>
    <message>
        <source>Shared text is shown from %1 people up.</source>
        <translation>Jaetut tekstit näytetään, kun mukana on vähintään %1 henkeä.</translation>
    </message>
    <message>
        <source>Save the team summary</source>
        <translation>Tallenna tiimin yhteenveto</translation>
    </message>
    <message>
        <source>HyPe team summary (*.hype-team)</source>
        <translation>HyPe-tiimiyhteenveto (*.hype-team)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <source>Save the team PDF</source>
        <translation>Tallenna tiimin PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>The team PDF was saved to %1 (%2 pages).</source>
        <translation>Tiimin PDF tallennettiin tiedostoon %1 (%2 sivua).</translation>
    </message>
    <message>
        <source>Delete this round&apos;s collated answers? The saved group results stay.</source>
        <translation>Poistetaanko tämän kierroksen kootut vastaukset? Tallennetut ryhmän tulokset säilyvät.</translation>
    </message>
    <message>
        <source>Collate your team members&apos; share files (.hype). You see group results only: scores from %1 people up, distributions and shared text from %2 people up. Nobody&apos;s answers are shown one by one.</source>
        <translation>Kokoa tiimisi jäsenten jakotiedostot (.hype). Näet vain ryhmän tulokset: pisteet, kun mukana on vähintään %1 henkeä, sekä jakaumat ja jaetut tekstit, kun mukana on vähintään %2 henkeä. Kenenkään vastauksia ei näytetä yksitellen.</translation>
    </message>
    <message>
        <source>Drop share files or a folder here, or choose them:</source>
        <translation>Pudota jakotiedostot tai kansio tähän tai valitse ne:</translation>
    </message>
    <message>
        <source>Choose f&amp;iles…</source>
        <translation>Valitse t&amp;iedostot…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Valitse &amp;kansio…</translation>
    </message>
    <message>
        <source>Collation progress</source>
        <translation>Koonnin eteneminen</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Tiedostot:</translation>
    </message>
    <message>
        <source>Report per file</source>
        <translation>Tiedostokohtainen raportti</translation>
    </message>
    <message>
        <source>Group results</source>
        <translation>Ryhmän tulokset</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Etusivu</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Takaisin etusivulle</translation>
    </message>
    <message>
        <source>&amp;New team round…</source>
        <translation>Uusi tii&amp;mikierros…</translation>
    </message>
    <message>
        <source>Create a new team round and its invitation</source>
        <translation>Luo uusi tiimikierros ja sen kutsu</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>Kie&amp;rrokset</translation>
    </message>
    <message>
        <source>The team rounds and their status</source>
        <translation>Tiimin kierrokset ja niiden tila</translation>
    </message>
    <message>
        <source>&amp;Save team summary…</source>
        <translation>Tallenna tiimin &amp;yhteenveto…</translation>
    </message>
    <message>
        <source>Save the team summary to send to the team</source>
        <translation>Tallenna tiimin yhteenveto tiimille lähetettäväksi</translation>
    </message>
    <message>
        <source>Save team &amp;PDF…</source>
        <translation>Tallenna tiimin &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the team PDF for the workshop</source>
        <translation>Tallenna tiimin PDF työpajaa varten</translation>
    </message>
    <message>
        <source>&amp;Delete collated answers</source>
        <translation>Poista koot&amp;ut vastaukset</translation>
    </message>
    <message>
        <source>Delete this round&apos;s collated answers, keeping the group results</source>
        <translation>Poista tämän kierroksen kootut vastaukset; ryhmän tulokset säilyvät</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message>
        <source>not covered</source>
        <translation>ei mukana</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>(higher = more strain)</source>
        <translation>(suurempi = enemmän kuormitusta)</translation>
    </message>
    <message>
        <source>(profile)</source>
        <translation>(profiili)</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ei tulosta</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Sisältöversio %1</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Muutos ajan myötä</translation>
    </message>
    <message>
        <source>Change over time: team %1</source>
        <translation>Muutos ajan myötä: tiimi %1</translation>
    </message>
    <message>
        <source>The team has no finished reflections yet. After its first one in workshop mode you will see its profile here; from the second on, how each factor changes.</source>
        <translation>Tiimillä ei ole vielä valmiita pohdintoja. Ensimmäisen työpajatilassa tehdyn jälkeen näet tässä sen profiilin, toisesta alkaen myös sen, miten kukin osa-alue muuttuu.</translation>
    </message>
    <message>
        <source>No finished reflections yet. After your first one you will see its profile here; from the second on, how each factor changes.</source>
        <translation>Valmiita pohdintoja ei vielä ole. Ensimmäisen jälkeen näet tässä sen profiilin; toisesta alkaen myös sen, miten kukin osa-alue muuttuu.</translation>
    </message>
    <message>
        <source>The team has one finished reflection so far. A trend needs at least two, so the lines show single points; the profile shows where the team is now.</source>
        <translation>Tiimillä on toistaiseksi yksi valmis pohdinta. Kehityksen näkemiseen tarvitaan vähintään kaksi, joten käyrät näkyvät yksittäisinä pisteinä; profiili näyttää, missä tiimi on nyt.</translation>
    </message>
    <message>
        <source>One finished reflection so far. A trend needs at least two, so the lines show single points; the profile shows where you are now.</source>
        <translation>Valmiita pohdintoja on toistaiseksi yksi. Kehityksen näkemiseen tarvitaan vähintään kaksi, joten käyrät näkyvät yksittäisinä pisteinä; profiili näyttää, missä olet nyt.</translation>
    </message>
    <message>
        <source>The team has %1 finished reflections. A missing point means too few answers for a score; a factor the team did not cover that time has no point.</source>
        <translation>Tiimillä on %1 valmista pohdintaa. Puuttuva piste tarkoittaa, että vastauksia oli liian vähän tulokseen; osa-alueella, jota tiimi ei sillä kertaa käsitellyt, ei ole pistettä.</translation>
    </message>
    <message>
        <source>%1 finished reflections. A missing point means too few answers for a score; a factor you did not cover that time has no point.</source>
        <translation>Valmiita pohdintoja on %1. Puuttuva piste tarkoittaa, että vastauksia oli liian vähän tulokseen; osa-alueella, jota et sillä kertaa käsitellyt, ei ole pistettä.</translation>
    </message>
    <message>
        <source>Lines over time</source>
        <translation>Käyrät ajan myötä</translation>
    </message>
    <message>
        <source>Lines as a table</source>
        <translation>Käyrät taulukkona</translation>
    </message>
    <message>
        <source>Profile: latest and earlier</source>
        <translation>Profiili: viimeisin ja aiempi</translation>
    </message>
    <message>
        <source>Profile as a table</source>
        <translation>Profiili taulukkona</translation>
    </message>
    <message>
        <source>What moved most</source>
        <translation>Mikä muuttui eniten</translation>
    </message>
    <message>
        <source>Next steps by factor</source>
        <translation>Seuraavat askeleet osa-alueittain</translation>
    </message>
    <message>
        <source>Charts and tables</source>
        <translation>Kaaviot ja taulukot</translation>
    </message>
    <message>
        <source>Chart: factor scores over time</source>
        <translation>Kaavio: osa-alueiden tulokset ajan myötä</translation>
    </message>
    <message>
        <source>Table: factor scores over time</source>
        <translation>Taulukko: osa-alueiden tulokset ajan myötä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>&amp;Open this reflection</source>
        <translation>&amp;Avaa tämä pohdinta</translation>
    </message>
    <message>
        <source>Open the reflection of the selected table row</source>
        <translation>Avaa valitun taulukkorivin pohdinta</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG or SVG…</source>
        <translation>Tallenna kaa&amp;vio PNG- tai SVG-muodossa…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG file</source>
        <translation>Tallenna näkyvä kaavio PNG- tai SVG-tiedostona</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>Omat &amp;pohdinnat</translation>
    </message>
    <message>
        <source>Show the list of my reflections</source>
        <translation>Näytä omien pohdintojen luettelo</translation>
    </message>
    <message>
        <source>The team&apos;s &amp;reflections</source>
        <translation>Tiimin &amp;pohdinnat</translation>
    </message>
    <message>
        <source>Show the list of the team&apos;s reflections</source>
        <translation>Näytä luettelo tiimin pohdinnoista</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Etusivu</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Takaisin etusivulle</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Cards shown in the room (an anonymous count, kept apart from the collated results):</source>
        <translation>Huoneessa näytetyt kortit (nimetön laskenta, pidetään erillään kootuista tuloksista):</translation>
    </message>
    <message>
        <source>Cards showing %1</source>
        <translation>Kortteja, joissa %1</translation>
    </message>
</context>
<context>
    <name>WhosePicker</name>
    <message>
        <source>My own reflections</source>
        <translation>Omat pohdintani</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Tiimi: %1</translation>
    </message>
    <message>
        <source>&amp;Whose reflections:</source>
        <translation>Ke&amp;nen pohdinnat:</translation>
    </message>
    <message>
        <source>Whose reflections to show: my own or a team&apos;s</source>
        <translation>Kenen pohdinnat näytetään: omani vai tiimin</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Reflection</source>
        <translation>Pohdinta</translation>
    </message>
    <message>
        <source>All statements on this page answered. Press Enter for the next page.</source>
        <translation>Kaikkiin tämän sivun väittämiin on vastattu. Siirry seuraavalle sivulle painamalla Enter.</translation>
    </message>
    <message>
        <source>Saved again: everything on this page is stored.</source>
        <translation>Tallennettu taas: kaikki tämän sivun tiedot on tallennettu.</translation>
    </message>
    <message>
        <source>Saved. Each answer is stored as soon as you give it.</source>
        <translation>Tallennettu. Jokainen vastaus tallentuu heti, kun annat sen.</translation>
    </message>
    <message>
        <source>Not saved: %1. What you entered is still here; the app keeps trying to save it, and you cannot leave this page until it is saved.</source>
        <translation>Ei tallennettu: %1. Kirjoittamasi on yhä tallessa tässä; sovellus yrittää tallentaa sen uudelleen, eikä sivulta voi siirtyä ennen kuin se on tallennettu.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Tallenna ja s&amp;ulje</translation>
    </message>
    <message>
        <source>Save and close; continue later from here</source>
        <translation>Tallenna ja sulje; jatka myöhemmin tästä kohdasta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Edellinen</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Takaisin edelliselle sivulle</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Finish the reflection and see the summary</source>
        <translation>Tee pohdinta valmiiksi ja katso yhteenveto</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Seuraava sivu</translation>
    </message>
</context>
<context>
    <name>WorkshopScores</name>
    <message>
        <source>Too few answers for a score</source>
        <translation>Liian vähän vastauksia pisteisiin</translation>
    </message>
    <message>
        <source>(higher = more strain)</source>
        <translation>(korkeampi = enemmän kuormitusta)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Sanoin</translation>
    </message>
    <message>
        <source>The team&apos;s result by area</source>
        <translation>Tiimin tulos osa-alueittain</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Give the team a name first.</source>
        <translation>Anna tiimille ensin nimi.</translation>
    </message>
    <message>
        <source>Choose at least one module, or the team&apos;s theme.</source>
        <translation>Valitse vähintään yksi osio tai tiimin teema.</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Väittämä %1/%2</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Ei teemaa</translation>
    </message>
    <message>
        <source>The team&apos;s th&amp;eme:</source>
        <translation>Tiimin t&amp;eema:</translation>
    </message>
    <message>
        <source>The team&apos;s theme (optional)</source>
        <translation>Tiimin teema (valinnainen)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <source>To the team&apos;s next steps</source>
        <translation>Tiimin seuraaviin askeleisiin</translation>
    </message>
    <message>
        <source>Next statement</source>
        <translation>Seuraava väittämä</translation>
    </message>
    <message>
        <source>Linked to the collated round of team %1: it can go into that round&apos;s team PDF (Team results › Save team PDF).</source>
        <translation>Liitetty tiimin %1 koottuun kierrokseen: tuloksen voi ottaa mukaan kierroksen tiimi-PDF:ään (Tiimin tulokset › Tallenna tiimin PDF).</translation>
    </message>
    <message>
        <source>Saved as the team&apos;s own reflection, apart from anyone&apos;s personal ones. Use the same team name next time to add to the team&apos;s history.</source>
        <translation>Tallennettu tiimin omaksi pohdinnaksi, erillään kenenkään henkilökohtaisista pohdinnoista. Käytä ensi kerralla samaa tiimin nimeä, niin pohdinta jatkaa tiimin historiaa.</translation>
    </message>
    <message>
        <source>Writing the workshop summary…</source>
        <translation>Työpajan yhteenvetoa kirjoitetaan…</translation>
    </message>
    <message>
        <source>HyPe workshop</source>
        <translation>HyPe-työpaja</translation>
    </message>
    <message>
        <source>The workshop summary was saved as %1.</source>
        <translation>Työpajan yhteenveto tallennettiin nimellä %1.</translation>
    </message>
    <message>
        <source>The workshop summary could not be saved: %1</source>
        <translation>Työpajan yhteenvetoa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Työpajatila</translation>
    </message>
    <message>
        <source>Reflect together as a team on one screen: one statement at a time, the team agrees on an answer and, if it wants, a note. The result is the team&apos;s own reflection, kept apart from anyone&apos;s personal ones. Keys: 1–5 or N answer, Page Down next, Page Up back.</source>
        <translation>Pohtikaa yhdessä tiiminä yhdellä näytöllä: yksi väittämä kerrallaan, tiimi sopii vastauksesta ja halutessaan muistiinpanosta. Tuloksena on tiimin oma pohdinta, erillään kenenkään henkilökohtaisista. Näppäimet: 1–5 tai N vastaa, Page Down seuraava, Page Up edellinen.</translation>
    </message>
    <message>
        <source>&amp;Team name:</source>
        <translation>Tiimin ni&amp;mi:</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Tiimin nimi</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>T&amp;ilanne:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Aloita</translation>
    </message>
    <message>
        <source>Start or resume the team reflection</source>
        <translation>Aloita tiimin pohdinta tai jatka sitä</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>Etu&amp;sivu</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Takaisin aloitusnäkymään</translation>
    </message>
    <message>
        <source>The team&apos;s n&amp;ote (optional):</source>
        <translation>Tiimin &amp;muistiinpano (valinnainen):</translation>
    </message>
    <message>
        <source>The team&apos;s note on this statement</source>
        <translation>Tiimin muistiinpano tähän väittämään</translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation>&amp;Poistu</translation>
    </message>
    <message>
        <source>Leave the workshop; it resumes where it stopped</source>
        <translation>Poistu työpajasta; se jatkuu siitä, mihin jäi</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Osiot:</translation>
    </message>
    <message>
        <source>&amp;Count cards in the room (for a small team: how many cards showed each value, no names)</source>
        <translation>Laske kortit &amp;huoneessa (pienelle tiimille: kuinka monta korttia näytti kutakin arvoa, ilman nimiä)</translation>
    </message>
    <message>
        <source>Count cards in the room</source>
        <translation>Laske kortit huoneessa</translation>
    </message>
    <message>
        <source>Workshop &amp;summary PDF…</source>
        <translation>Työpajan &amp;yhteenveto-PDF…</translation>
    </message>
    <message>
        <source>Save a one-page summary of the workshop as a PDF</source>
        <translation>Tallenna työpajan yhden sivun yhteenveto PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Edellinen</translation>
    </message>
    <message>
        <source>Previous statement</source>
        <translation>Edellinen väittämä</translation>
    </message>
    <message>
        <source>The team&apos;s reflection is saved</source>
        <translation>Tiimin pohdinta on tallennettu</translation>
    </message>
    <message>
        <source>The team&apos;s &amp;reflections</source>
        <translation>Tiimin &amp;pohdinnat</translation>
    </message>
    <message>
        <source>Show the list of the team&apos;s reflections</source>
        <translation>Näytä luettelo tiimin pohdinnoista</translation>
    </message>
    <message>
        <source>The team&apos;s change over &amp;time</source>
        <translation>Tiimin muutos a&amp;jan myötä</translation>
    </message>
    <message>
        <source>Show how the team&apos;s reflections change over time</source>
        <translation>Näytä, miten tiimin pohdinnat muuttuvat ajan myötä</translation>
    </message>
    <message>
        <source>&amp;Link to a collated round…</source>
        <translation>Liitä k&amp;oottuun kierrokseen…</translation>
    </message>
    <message>
        <source>Link the team&apos;s reflection to a collated round, or change or remove the link</source>
        <translation>Liitä tiimin pohdinta koottuun kierrokseen tai muuta tai poista liitos</translation>
    </message>
    <message>
        <source>Collated &amp;round:</source>
        <translation>&amp;Koottu kierros:</translation>
    </message>
    <message>
        <source>Collated round to link the team&apos;s result to, for that round&apos;s team PDF (optional)</source>
        <translation>Koottu kierros, johon tiimin tulos liitetään kierroksen tiimi-PDF:ää varten (valinnainen)</translation>
    </message>
    <message>
        <source>None (not linked to a collated round)</source>
        <translation>Ei mitään (ei liitetty koottuun kierrokseen)</translation>
    </message>
</context>
</TS>
