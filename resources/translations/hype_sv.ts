<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessibilityDialog</name>
    <message>
        <source>Accessibility statement</source>
        <translation>Tillgänglighetsutlåtande</translation>
    </message>
    <message>
        <source>The accessibility statement is missing from this installation (%1).</source>
        <translation>Tillgänglighetsutlåtandet saknas i den här installationen (%1).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>före en uppdatering</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Säkerhetskopia gjord: %1</translation>
    </message>
    <message>
        <source>It did not succeed: %1</source>
        <translation>Det lyckades inte: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore the backup from %1?

Your data now is replaced by the backup&apos;s. The current state is backed up first, so this can be undone.</source>
        <translation>Återställa säkerhetskopian från %1?

Dina nuvarande uppgifter ersätts med säkerhetskopians. Det nuvarande läget säkerhetskopieras först, så det här kan ångras.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>Restored. The state before is kept as a backup.</source>
        <translation>Återställt. Det tidigare läget finns kvar som säkerhetskopia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day when your data has changed, and before every update of the app. Backups stay on this computer, in %1.</source>
        <translation>En säkerhetskopia görs automatiskt en gång om dagen när dina uppgifter har ändrats, och före varje uppdatering av appen. Säkerhetskopiorna stannar på den här datorn, i %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Återställ vald…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Återställ den valda säkerhetskopian</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Behåll &amp;dagliga säkerhetskopior:</translation>
    </message>
    <message>
        <source>Number of daily backups to keep</source>
        <translation>Antal dagliga säkerhetskopior att behålla</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Behåll &amp;veckovisa säkerhetskopior:</translation>
    </message>
    <message>
        <source>Number of weekly backups to keep</source>
        <translation>Antal veckovisa säkerhetskopior att behålla</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Close backups</source>
        <translation>Stäng säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>ChartArea</name>
    <message>
        <source>Save chart</source>
        <translation>Spara diagrammet</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation>Diagrammet kunde inte sparas: %1</translation>
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
        <translation>%1: %2 nu, %3 tidigare</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 last time</source>
        <translation>%1: %2 nu, %3 förra gången</translation>
    </message>
    <message>
        <source>%1: no score yet</source>
        <translation>%1: ännu ingen poäng</translation>
    </message>
    <message>
        <source>%1: %2, one reflection</source>
        <translation>%1: %2, en reflektion</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 over %4 reflections</source>
        <translation>%1: först %2, senast %3 (%4 reflektioner)</translation>
    </message>
    <message>
        <source>%1: mean %2</source>
        <translation>%1: medelvärde %2</translation>
    </message>
    <message>
        <source>%1: mean %2, spread %3</source>
        <translation>%1: medelvärde %2, spridning %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: no answers</source>
        <translation>%1: inga svar</translation>
    </message>
</context>
<context>
    <name>ComparingTabs</name>
    <message>
        <source>no change</source>
        <translation>ingen förändring</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>gäller inte mig</translation>
    </message>
    <message>
        <source>statement reworded since then</source>
        <translation>påståendet har omformulerats sedan dess</translation>
    </message>
    <message>
        <source>new statement, not asked then</source>
        <translation>nytt påstående, fanns inte med då</translation>
    </message>
    <message>
        <source>asked then, no longer asked</source>
        <translation>fanns med då, finns inte längre med</translation>
    </message>
    <message>
        <source>Chart: latest profile against an earlier reflection</source>
        <translation>Diagram: den senaste profilen jämförd med en tidigare reflektion</translation>
    </message>
    <message>
        <source>Table: latest profile against an earlier reflection</source>
        <translation>Tabell: den senaste profilen jämförd med en tidigare reflektion</translation>
    </message>
    <message>
        <source>Table: statements that moved most</source>
        <translation>Tabell: påståenden som ändrats mest</translation>
    </message>
    <message>
        <source>Table: next steps linked to the chosen factors</source>
        <translation>Tabell: nästa steg kopplade till de valda områdena</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Satt i</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Hur det gick</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Vad jag lärde mig</translation>
    </message>
    <message>
        <source>(a statement no longer in the content: %1)</source>
        <translation>(ett påstående som inte längre finns i innehållet: %1)</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>inget resultat</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Export all my data</source>
        <translation>Exportera alla mina uppgifter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>%1 reflections; as a table also in “%2”. These files contain your answers and notes: keep them safe.</source>
        <translation>%1 reflektioner; som tabell också i ”%2”. Filerna innehåller dina svar och anteckningar: förvara dem väl.</translation>
    </message>
    <message>
        <source>The export did not succeed: %1</source>
        <translation>Exporten lyckades inte: %1</translation>
    </message>
    <message>
        <source>The shares of the team rounds you created here can then be opened by nobody:
%1

</source>
        <translation>Delningarna i de teamomgångar du skapat här kan sedan inte öppnas av någon:
%1

</translation>
    </message>
    <message>
        <source>Erase all my data</source>
        <translation>Radera alla mina uppgifter</translation>
    </message>
    <message>
        <source>This deletes, for good, everything HyPe Desktop stored on this computer:

%1

That is every reflection, answer, note and next step, all backups, the logs and the settings. Files you exported or shared yourself are not touched. The app closes afterwards.

Erase everything?</source>
        <translation>Det här raderar för gott allt som HyPe Desktop har sparat på den här datorn:

%1

Det vill säga varje reflektion, svar, anteckning och nästa steg, alla säkerhetskopior, loggarna och inställningarna. Filer som du själv har exporterat eller delat rörs inte. Appen stängs efteråt.

Radera allt?</translation>
    </message>
    <message>
        <source>These could not be deleted (close programs using them and delete them by hand):
%1</source>
        <translation>De här kunde inte raderas (stäng program som använder dem och radera dem för hand):
%1</translation>
    </message>
    <message>
        <source>All your data was erased. HyPe Desktop closes now.</source>
        <translation>Alla dina uppgifter raderades. HyPe Desktop stängs nu.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>E&amp;xport all my data…</source>
        <translation>E&amp;xportera alla mina uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Erase all my data…</source>
        <translation>&amp;Radera alla mina uppgifter…</translation>
    </message>
</context>
<context>
    <name>FactorPage</name>
    <message>
        <source>This part describes your work orientation: there is no better or worse answer.</source>
        <translation>Den här delen beskriver din arbetsorientering: inget svar är bättre eller sämre än ett annat.</translation>
    </message>
    <message>
        <source>Here, agreeing means more strain.</source>
        <translation>Här betyder ett instämmande större belastning.</translation>
    </message>
    <message>
        <source>Answer with the keys 1–5, or N for not applicable: the next statement then comes up by itself. Tab reaches the explanation and &apos;Add a note&apos;. You can turn moving on by itself off in Settings.</source>
        <translation>Svara med tangenterna 1–5 eller N (gäller inte mig): nästa påstående kommer då fram av sig självt. Tabb leder till förklaringen och ”Lägg till en anteckning”. Du kan stänga av att gå vidare av sig självt i inställningarna.</translation>
    </message>
    <message>
        <source>Answer with the keys 1–5, or N for not applicable; Tab moves on to the explanation, &apos;Add a note&apos; and the next statement.</source>
        <translation>Svara med tangenterna 1–5 eller N (gäller inte mig); Tabb flyttar till förklaringen, ”Lägg till en anteckning” och nästa påstående.</translation>
    </message>
</context>
<context>
    <name>FactorPicker</name>
    <message>
        <source>Choose what the charts show</source>
        <translation>Välj vad diagrammen visar</translation>
    </message>
    <message>
        <source>Factors to show:</source>
        <translation>Områden som visas:</translation>
    </message>
    <message>
        <source>Compare the latest with:</source>
        <translation>Jämför den senaste med:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lla</translation>
    </message>
    <message>
        <source>Show all factors</source>
        <translation>Visa alla områden</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Inga</translation>
    </message>
    <message>
        <source>Show no factors</source>
        <translation>Visa inga områden</translation>
    </message>
    <message>
        <source>Factors to show in the chart</source>
        <translation>Områden som visas i diagrammet</translation>
    </message>
    <message>
        <source>Earlier reflection to compare the latest with</source>
        <translation>Tidigare reflektion att jämföra den senaste med</translation>
    </message>
    <message>
        <source>One small chart per factor, all on the same time line. Solid line: higher is better. Dashed: higher = more strain. Dash-dot: a profile, neither better nor worse. ○ on a line: a next step for that factor was set in that reflection. Dotted lines: workshop rounds (every one is in the table). Open a table row (Enter or double-click) to read that reflection.</source>
        <translation>Ett litet diagram per område, alla på samma tidslinje. Heldragen linje: högre är bättre. Streckad: högre = mer belastning. Streck-punkt: en profil, varken bättre eller sämre. ○ på en linje: ett nästa steg för det området sattes i den reflektionen. Prickade linjer: workshopomgångar (alla finns i tabellen). Öppna en tabellrad (Enter eller dubbelklick) för att läsa den reflektionen.</translation>
    </message>
    <message>
        <source>— nothing (latest only) —</source>
        <translation>— ingenting (bara den senaste) —</translation>
    </message>
</context>
<context>
    <name>FileStates</name>
    <message>
        <source>%1 files used, %2 not used</source>
        <translation>%1 filer används, %2 används inte</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Används: %1</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Används inte: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Your next steps from last time</source>
        <translation>Dina nästa steg från förra gången</translation>
    </message>
    <message>
        <source>Before you start: what became of the small steps you planned? Any answer is fine; a dropped step can teach as much as a done one. You can skip this page.</source>
        <translation>Innan du börjar: hur gick det med de små stegen du planerade? Alla svar är lika bra; ett steg som du slopade kan lära dig lika mycket som ett som blev gjort. Du kan hoppa över den här sidan.</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>Not looked at yet</source>
        <translation>Inte genomgånget ännu</translation>
    </message>
    <message>
        <source>Step %1: what became of it</source>
        <translation>Steg %1: hur det gick</translation>
    </message>
    <message>
        <source>One line, optional</source>
        <translation>En rad, valfritt</translation>
    </message>
    <message>
        <source>What became of step %1:</source>
        <translation>Hur gick det med steg %1:</translation>
    </message>
    <message>
        <source>What I learned from step %1:</source>
        <translation>Vad jag lärde mig av steg %1:</translation>
    </message>
    <message>
        <source>Step %1: what I learned</source>
        <translation>Steg %1: vad jag lärde mig</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Delete reflection</source>
        <translation>Radera reflektionen</translation>
    </message>
    <message>
        <source>Delete the reflection “%1” of %2? Its answers, notes and next steps are removed from this computer for good. This cannot be undone.</source>
        <translation>Vill du radera reflektionen ”%1” från %2? Dess svar, anteckningar och nästa steg tas bort från den här datorn för gott. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mina reflektioner</translation>
    </message>
    <message>
        <source>Newest first. Open one to read it; correct a finished one if an answer was not what you meant (the correction time is kept).</source>
        <translation>Den nyaste först. Öppna en reflektion för att läsa den; korrigera en avslutad reflektion om ett svar inte blev som du menade (tidpunkten för korrigeringen sparas).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My reflections, newest first</source>
        <translation>Mina reflektioner, den nyaste först</translation>
    </message>
    <message>
        <source>Reflections of the team %1</source>
        <translation>Teamets reflektioner: %1</translation>
    </message>
    <message>
        <source>What the team agreed together in workshop mode, newest first, kept apart from your own reflections. Open one to read it; an unfinished one continues in workshop mode.</source>
        <translation>Det som teamet kommit överens om tillsammans i workshopläget, senaste först, skilt från dina egna reflektioner. Öppna en för att läsa den; en oavslutad fortsätter i workshopläget.</translation>
    </message>
    <message>
        <source>The team&apos;s reflections, newest first</source>
        <translation>Teamets reflektioner, senaste först</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Oavslutad</translation>
    </message>
    <message>
        <source>Finished %1, corrected %2</source>
        <translation>Avslutad %1, korrigerad %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Avslutad %1</translation>
    </message>
    <message>
        <source>%1; linked to the collated round of team %2</source>
        <translation>%1; kopplad till team %2:s sammanställda omgång</translation>
    </message>
    <message>
        <source>No reflections yet. When you have made one, it is listed here, and you can come back to read or correct it.</source>
        <translation>Inga reflektioner ännu. När du har gjort en visas den här, och du kan komma tillbaka för att läsa eller korrigera den.</translation>
    </message>
    <message>
        <source>The team has no reflections yet. Reflect together in workshop mode (File › Workshop mode) with the team name “%1”; the result is listed here.</source>
        <translation>Teamet har inga reflektioner ännu. Reflektera tillsammans i workshopläget (Arkiv › Workshopläge) med teamnamnet ”%1”; resultatet visas här.</translation>
    </message>
    <message>
        <source>Open the selected reflection</source>
        <translation>Öppna den valda reflektionen</translation>
    </message>
    <message>
        <source>Co&amp;rrect answers</source>
        <translation>&amp;Korrigera svar</translation>
    </message>
    <message>
        <source>Reopen the selected finished reflection to correct answers</source>
        <translation>Öppna den valda avslutade reflektionen igen för att korrigera svar</translation>
    </message>
    <message>
        <source>&amp;Link to a collated round…</source>
        <translation>K&amp;oppla till en sammanställd omgång…</translation>
    </message>
    <message>
        <source>Link the selected team reflection to a collated round, or change or remove the link</source>
        <translation>Koppla den valda teamreflektionen till en sammanställd omgång, eller ändra eller ta bort kopplingen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source>Delete the selected reflection</source>
        <translation>Radera den valda reflektionen</translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation>Förändring över &amp;tid</translation>
    </message>
    <message>
        <source>Show change over time</source>
        <translation>Visa förändring över tid</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hem</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Welcome to HyPe Desktop</source>
        <translation>Välkommen till HyPe Desktop</translation>
    </message>
    <message>
        <source>Reflect on your work orientation and on what supports pedagogical well-being in your work community, and bring what you choose to your team&apos;s workshop. A reflection aid, not a test or a diagnosis. Everything stays on this computer unless you export it.</source>
        <translation>Reflektera över din arbetsorientering och över vad som stöder det pedagogiska välbefinnandet i din arbetsgemenskap, och ta med det du väljer till ditt teams workshop. Ett stöd för reflektion, inte ett test eller en diagnos. Allt stannar på den här datorn om du inte själv exporterar det.</translation>
    </message>
    <message>
        <source>Unfinished reflection</source>
        <translation>Oavslutad reflektion</translation>
    </message>
    <message>
        <source>%1, started %2: %3 of %4 statements answered.</source>
        <translation>%1, påbörjad %2: %3 av %4 påståenden besvarade.</translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation>Besvarat %1 av %2</translation>
    </message>
    <message>
        <source>About %1 minutes still to go. Everything you answered is saved.</source>
        <translation>Ungefär %1 minuter kvar. Allt du har svarat är sparat.</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Fortsätt där jag slutade</translation>
    </message>
    <message>
        <source>Continue the unfinished reflection</source>
        <translation>Fortsätt den oavslutade reflektionen</translation>
    </message>
    <message>
        <source>&amp;Start a new reflection</source>
        <translation>&amp;Börja en ny reflektion</translation>
    </message>
    <message>
        <source>Start a new reflection</source>
        <translation>Börja en ny reflektion</translation>
    </message>
    <message>
        <source>A new reflection</source>
        <translation>En ny reflektion</translation>
    </message>
    <message>
        <source>Choose the occasion and what to reflect on; the start page says how long it will take.</source>
        <translation>Välj tillfälle och vad du vill reflektera över; startsidan visar hur lång tid det tar.</translation>
    </message>
    <message>
        <source>A quick check-in takes about %1 minutes, a full reflection about %2; you can stop at any time and continue later.</source>
        <translation>En kort reflektion tar cirka %1 minuter och hela reflektionen cirka %2; du kan avbryta när som helst och fortsätta senare.</translation>
    </message>
    <message>
        <source>%1, finished %2.</source>
        <translation>%1, klar %2.</translation>
    </message>
    <message>
        <source>Your first reflection here. Its summary shows each of its %1 factors on its bands, with words that describe this moment.</source>
        <translation>Det här är din första reflektion. Sammanfattningen visar alla %1 områden på sina skalor, med ord som beskriver just nu.</translation>
    </message>
    <message>
        <source>No factor moved by more than a quarter point since your reflection of %1.</source>
        <translation>Inget område har ändrats med mer än en kvarts poäng sedan din reflektion %1.</translation>
    </message>
    <message>
        <source>What changed most since your reflection of %1:</source>
        <translation>Områdena som ändrats mest sedan din reflektion %1:</translation>
    </message>
    <message>
        <source>(higher = more strain)</source>
        <translation>(högre = mer belastning)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>I ord</translation>
    </message>
    <message>
        <source>What changed most since last time</source>
        <translation>Områdena som ändrats mest sedan förra gången</translation>
    </message>
    <message>
        <source>All %1 factors are in the summary.</source>
        <translation>Alla %1 områden finns i sammanfattningen.</translation>
    </message>
    <message>
        <source>Team round</source>
        <translation>Teamets omgång</translation>
    </message>
    <message>
        <source>Your lead&apos;s invitation is open: %1 for team %2. Start a reflection to take part; what you answer stays on this computer.</source>
        <translation>Din chefs inbjudan är öppen: %1 för team %2. Börja en reflektion för att delta; dina svar stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Your latest reflection belongs to a round of team %1. You choose what goes in the file for your lead; nothing is sent by itself.</source>
        <translation>Din senaste reflektion hör till en omgång för team %1. Du väljer vad som kommer med i filen till din chef; ingenting skickas av sig självt.</translation>
    </message>
    <message>
        <source>Sh&amp;are with my team…</source>
        <translation>&amp;Dela med mitt team…</translation>
    </message>
    <message>
        <source>Share the latest reflection with my team</source>
        <translation>Dela den senaste reflektionen med mitt team</translation>
    </message>
    <message>
        <source>%1 more in My reflections.</source>
        <translation>%1 till under Mina reflektioner.</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>Mina &amp;reflektioner</translation>
    </message>
    <message>
        <source>Show the list of my reflections</source>
        <translation>Visa listan över mina reflektioner</translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation>Förändring över &amp;tid</translation>
    </message>
    <message>
        <source>Show change over time</source>
        <translation>Visa förändring över tid</translation>
    </message>
    <message>
        <source>Latest reflection</source>
        <translation>Senaste reflektionen</translation>
    </message>
    <message>
        <source>With the modules offered first, it takes about %1 minutes; you can stop at any time and continue later.</source>
        <translation>Med de delar som är valda från början tar den ungefär %1 minuter; du kan avbryta när som helst och fortsätta senare.</translation>
    </message>
    <message>
        <source>Open its s&amp;ummary</source>
        <translation>Öppna &amp;sammanfattningen</translation>
    </message>
    <message>
        <source>Open the summary of the latest reflection</source>
        <translation>Öppna sammanfattningen av den senaste reflektionen</translation>
    </message>
    <message>
        <source>Open next steps</source>
        <translation>Pågående nästa steg</translation>
    </message>
    <message>
        <source>No open next steps.</source>
        <translation>Inga pågående nästa steg.</translation>
    </message>
    <message>
        <source>%1 of your steps are past their date. When you start your next reflection, you can say what became of them.</source>
        <translation>%1 av dina steg har passerat sitt datum. När du börjar din nästa reflektion kan du berätta hur det gick med dem.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>datumet gick ut %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Team round invitation</source>
        <translation>Inbjudan till teamomgång</translation>
    </message>
    <message>
        <source>Invitation: team %1, %2</source>
        <translation>Inbjudan: team %1, %2</translation>
    </message>
    <message>
        <source>You can start the round&apos;s reflection now, or use a reflection you have already finished: these fit the round&apos;s dates and cover all its modules.</source>
        <translation>Du kan börja omgångens reflektion nu eller använda en reflektion som du redan har avslutat: de här passar omgångens datum och täcker alla dess moduler.</translation>
    </message>
    <message>
        <source>&amp;Finished reflections that fit:</source>
        <translation>&amp;Avslutade reflektioner som passar:</translation>
    </message>
    <message>
        <source>Finished reflections that fit the round</source>
        <translation>Avslutade reflektioner som passar omgången</translation>
    </message>
    <message>
        <source>A reflection you use becomes this round&apos;s reflection. Nothing is sent: you choose what to share on its summary.</source>
        <translation>En reflektion som du använder blir omgångens reflektion. Ingenting skickas: du väljer i dess sammanfattning vad du delar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Start the round&apos;s reflection</source>
        <translation>&amp;Börja omgångens reflektion</translation>
    </message>
    <message>
        <source>&amp;Use the chosen reflection</source>
        <translation>&amp;Använd den valda reflektionen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Kick-off workshop</source>
        <translation>Startworkshop</translation>
    </message>
    <message>
        <source>Team workshop</source>
        <translation>Teamworkshop</translation>
    </message>
    <message>
        <source>Closing workshop</source>
        <translation>Avslutande workshop</translation>
    </message>
    <message>
        <source>Coaching meeting</source>
        <translation>Coachningsmöte</translation>
    </message>
    <message>
        <source>My own check-in</source>
        <translation>Min egen avstämning</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Jag</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>To raise with my lead</source>
        <translation>Tar upp med min chef</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Delvis gjort</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte gjort</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Slopat</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ingen förändring</translation>
    </message>
    <message>
        <source>more strain</source>
        <translation>mer belastning</translation>
    </message>
    <message>
        <source>less strain</source>
        <translation>mindre belastning</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>högre</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lägre</translation>
    </message>
    <message>
        <source>up</source>
        <translation>upp</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ned</translation>
    </message>
</context>
<context>
    <name>LinesChart</name>
    <message>
        <source>Score 1–5</source>
        <translation>Poäng 1–5</translation>
    </message>
    <message>
        <source>Next step set here</source>
        <translation>Nästa steg sattes här</translation>
    </message>
    <message>
        <source>+1 more round</source>
        <translation>+1 omgång till</translation>
    </message>
    <message>
        <source>+%1 more rounds</source>
        <translation>+%1 omgångar till</translation>
    </message>
</context>
<context>
    <name>LinkRoundDialog</name>
    <message>
        <source>This reflection cannot be linked any more; nothing was changed.</source>
        <translation>Den här reflektionen kan inte längre kopplas; inget ändrades.</translation>
    </message>
    <message>
        <source>Link to a collated round</source>
        <translation>Koppla till en sammanställd omgång</translation>
    </message>
    <message>
        <source>Link the team&apos;s reflection “%1” of %2 to a round the team lead collated and saved in the Team view. Then it can go into that round&apos;s team PDF, next to the collated results.</source>
        <translation>Koppla teamets reflektion ”%1” från %2 till en omgång som teamledaren har sammanställt och sparat i Team-vyn. Då kan den tas med i omgångens team-PDF, bredvid de sammanställda resultaten.</translation>
    </message>
    <message>
        <source>Collated &amp;round:</source>
        <translation>Sammanställd &amp;omgång:</translation>
    </message>
    <message>
        <source>Collated round to link the team&apos;s reflection to</source>
        <translation>Sammanställd omgång som teamets reflektion kopplas till</translation>
    </message>
    <message>
        <source>The reflection keeps its date, name and answers; its occasion becomes the linked round&apos;s. Choose “Not linked” to take the link away.</source>
        <translation>Reflektionen behåller sitt datum, sitt namn och sina svar; dess tillfälle blir den kopplade omgångens. Välj ”Inte kopplad” för att ta bort kopplingen.</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Inte kopplad</translation>
    </message>
    <message>
        <source>&amp;Save link</source>
        <translation>&amp;Spara kopplingen</translation>
    </message>
    <message>
        <source>Save the chosen link</source>
        <translation>Spara den valda kopplingen</translation>
    </message>
    <message>
        <source>Close without changing the link</source>
        <translation>Stäng utan att ändra kopplingen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Set up for you by: %1</source>
        <translation>Förinställt av: %1</translation>
    </message>
    <message>
        <source>This version of HyPe Desktop cannot open “%1”.</source>
        <translation>Den här versionen av HyPe Desktop kan inte öppna ”%1”.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Reflection finished.</source>
        <translation>Reflektionen är klar.</translation>
    </message>
    <message>
        <source>Too few answers for a score in %1 of %2 factors.</source>
        <translation>För få svar för poäng i %1 av %2 områden.</translation>
    </message>
    <message>
        <source>Finish a reflection first; then it can be exported as a PDF.</source>
        <translation>Slutför först en reflektion; sedan kan den exporteras som PDF.</translation>
    </message>
    <message>
        <source>Open a team file</source>
        <translation>Öppna en teamfil</translation>
    </message>
    <message>
        <source>Team files (*.hype-round *.hype-team)</source>
        <translation>Teamfiler (*.hype-round *.hype-team)</translation>
    </message>
    <message>
        <source>Round fingerprint %1: it should be the same as the one your collator reads out.</source>
        <translation>Omgångens fingeravtryck %1: det ska vara detsamma som sammanställaren läser upp.</translation>
    </message>
    <message>
        <source>Sharing works for a finished reflection of a team round. Open your lead&apos;s invitation (File › Open team file) and finish that reflection first.</source>
        <translation>Du kan dela en avslutad reflektion från en teamomgång. Öppna först inbjudan från teamledaren (Arkiv › Öppna teamfil) och slutför den reflektionen.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>%1 %2

A reflection aid for pedagogical well-being, from the Finnish HyPe project. Not a validated test and not a diagnosis; it never ranks people.

Your data is kept in: %3</source>
        <translation>%1 %2

Ett stöd för reflektion kring pedagogiskt välbefinnande, från det finländska HyPe-projektet. Inte ett validerat test och inte en diagnos; appen rangordnar aldrig människor.

Dina uppgifter sparas i: %3</translation>
    </message>
    <message>
        <source>your own settings folder</source>
        <translation>i din egen inställningsmapp</translation>
    </message>
    <message>
        <source>beside the app</source>
        <translation>bredvid appen</translation>
    </message>
    <message>
        <source>the computer&apos;s shared settings folder</source>
        <translation>i datorns gemensamma inställningsmapp</translation>
    </message>
    <message>
        <source>given when the app was started</source>
        <translation>angiven när appen startades</translation>
    </message>
    <message>
        <source>Set-up file: %1 (%2)</source>
        <translation>Inställningsfil: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>H&amp;jälp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hem</translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation>&amp;Ny reflektion</translation>
    </message>
    <message>
        <source>&amp;Open team file…</source>
        <translation>&amp;Öppna teamfil…</translation>
    </message>
    <message>
        <source>&amp;Share with my team…</source>
        <translation>&amp;Dela med mitt team…</translation>
    </message>
    <message>
        <source>&amp;Team results…</source>
        <translation>Team&amp;resultat…</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (team together)…</source>
        <translation>&amp;Workshopläge (teamet tillsammans)…</translation>
    </message>
    <message>
        <source>New tea&amp;m round…</source>
        <translation>Ny team&amp;omgång…</translation>
    </message>
    <message>
        <source>Team ro&amp;unds</source>
        <translation>Teamets om&amp;gångar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Export PDF for the workshop…</source>
        <translation>&amp;Exportera PDF för workshoppen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>A&amp;ccessibility statement</source>
        <translation>&amp;Tillgänglighetsutlåtande</translation>
    </message>
    <message>
        <source>&amp;About HyPe Desktop</source>
        <translation>&amp;Om HyPe Desktop</translation>
    </message>
    <message>
        <source>For trainers: set &amp;up for a programme…</source>
        <translation>För &amp;utbildare: inställningar för ett program…</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>&amp;Mina reflektioner</translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation>Förändring över &amp;tid</translation>
    </message>
    <message>
        <source>Some text could not be saved. Quit anyway and lose it?</source>
        <translation>En del text kunde inte sparas. Vill du avsluta ändå och förlora den?</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>HyPe invitation</source>
        <translation>HyPe-inbjudan</translation>
    </message>
    <message>
        <source>The invitation could not be written: %1</source>
        <translation>Inbjudan kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The invitation was saved as “%1” in the folder %2. Send it to the team with the message below.</source>
        <translation>Inbjudan sparades som ”%1” i mappen %2. Skicka den till teamet med meddelandet nedan.</translation>
    </message>
    <message>
        <source>Round fingerprint: %1. Read it out at the kick-off; each member&apos;s app shows the same digits.</source>
        <translation>Omgångens fingeravtryck: %1. Läs upp det vid starten; varje medlems app visar samma siffror.</translation>
    </message>
    <message>
        <source>Hello all,</source>
        <translation>Hej alla,</translation>
    </message>
    <message>
        <source>our HyPe round “%1” (%2) is open. Attached is the invitation file %3.</source>
        <translation>vår HyPe-omgång ”%1” (%2) har börjat. Inbjudningsfilen %3 finns som bilaga.</translation>
    </message>
    <message>
        <source>1. Open the file in HyPe Desktop (File › Open team file…).</source>
        <translation>1. Öppna filen i HyPe Desktop (Arkiv › Öppna teamfil…).</translation>
    </message>
    <message>
        <source>2. Reflect, or use a reflection you finished recently that covers the same modules.</source>
        <translation>2. Reflektera, eller använd en nyligen avslutad reflektion som täcker samma moduler.</translation>
    </message>
    <message>
        <source>3. On its summary, choose “Share with my team”, look at what goes in, and send me the file it saves in your Documents folder.</source>
        <translation>3. Välj ”Dela med mitt team” i dess sammanfattning, se vad som kommer med och skicka mig filen som sparas i din mapp Dokument.</translation>
    </message>
    <message>
        <source>Please send it by %1.</source>
        <translation>Skicka den senast %1.</translation>
    </message>
    <message>
        <source>Our theme: %1.</source>
        <translation>Vårt tema: %1.</translation>
    </message>
    <message>
        <source>Only group results are shown: scores from %1 people, distributions and shared text from %2. Nobody&apos;s answers are shown one by one.</source>
        <translation>Bara gruppresultat visas: poäng från %1 personer, fördelningar och delad text från %2. Ingens svar visas ett och ett.</translation>
    </message>
    <message>
        <source>The round&apos;s fingerprint is %1; I will read it out at the kick-off.</source>
        <translation>Omgångens fingeravtryck är %1; jag läser upp det på startworkshoppen.</translation>
    </message>
    <message>
        <source>The message is copied: paste it into an e-mail or a Teams chat.</source>
        <translation>Meddelandet är kopierat: klistra in det i ett e-postmeddelande eller en Teams-chatt.</translation>
    </message>
    <message>
        <source>New team round</source>
        <translation>Ny teamomgång</translation>
    </message>
    <message>
        <source>Whoever creates a round collates it: the members&apos; files come to you. Ask someone neutral to do this, such as the trainer, occupational health or a colleague, rather than the team&apos;s supervisor: members share more openly when their supervisor never holds their files.</source>
        <translation>Den som skapar en omgång sammanställer den: medlemmarnas filer kommer till dig. Be någon neutral göra det, till exempel utbildaren, företagshälsovården eller en kollega, hellre än teamets chef: medlemmarna delar öppnare när chefen aldrig har deras filer.</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Teamets &amp;namn:</translation>
    </message>
    <message>
        <source>Team &amp;code:</source>
        <translation>Team&amp;kod:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fas:</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Etikett (valfri):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Shares &amp;by:</source>
        <translation>Delningar &amp;senast:</translation>
    </message>
    <message>
        <source>&amp;Members in the team:</source>
        <translation>&amp;Medlemmar i teamet:</translation>
    </message>
    <message>
        <source>Letters, digits, - and _; it is in every file of the round.</source>
        <translation>Bokstäver, siffror, - och _; koden finns i varje fil i omgången.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Modules of the round</source>
        <translation>Omgångens moduler</translation>
    </message>
    <message>
        <source>Each member chooses</source>
        <translation>Varje medlem väljer</translation>
    </message>
    <message>
        <source>The team&apos;s &amp;theme:</source>
        <translation>Teamets &amp;tema:</translation>
    </message>
    <message>
        <source>Minimum group sizes</source>
        <translation>Minsta gruppstorlekar</translation>
    </message>
    <message>
        <source>&amp;Scores from:</source>
        <translation>&amp;Poäng från:</translation>
    </message>
    <message>
        <source>Distributions and &amp;text from:</source>
        <translation>Fördelningar och &amp;text från:</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>They can only be higher than the app&apos;s own (%1 and %2).</source>
        <translation>De kan bara vara större än appens egna (%1 och %2).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Create the invitation</source>
        <translation>&amp;Skapa inbjudan</translation>
    </message>
    <message>
        <source>The round is ready</source>
        <translation>Omgången är klar</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message>
        <source>&amp;Message to paste:</source>
        <translation>&amp;Meddelande att klistra in:</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>K&amp;opiera meddelandet</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <source>Set up for a programme</source>
        <translation>Inställningar för ett program</translation>
    </message>
    <message>
        <source>Set up HyPe Desktop for your programme</source>
        <translation>Ställ in HyPe Desktop för ditt program</translation>
    </message>
    <message>
        <source>This writes a hype-preset.json. Teachers put it beside the app or in their settings folder (see the trainer guide); the app then shows your organisation, offers your modules and dates reflections by your rounds. Nothing is sent anywhere.</source>
        <translation>Det här skriver en hype-preset.json. Lärarna lägger den bredvid appen eller i sin inställningsmapp (se guiden för utbildare); appen visar då er organisation, erbjuder era moduler och daterar reflektionerna enligt era omgångar. Inget skickas någonstans.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Logo for PDFs:</source>
        <translation>Logotyp för PDF-filer:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Välj &amp;logotyp…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>Default lan&amp;guage:</source>
        <translation>Standard&amp;språk:</translation>
    </message>
    <message>
        <source>Default &amp;team code:</source>
        <translation>Standard&amp;teamkod:</translation>
    </message>
    <message>
        <source>e.g. SCHOOL-A</source>
        <translation>t.ex. SKOLA-A</translation>
    </message>
    <message>
        <source>Modules teachers can choose</source>
        <translation>Moduler som lärarna kan välja</translation>
    </message>
    <message>
        <source>The programme&apos;s rounds</source>
        <translation>Programmets omgångar</translation>
    </message>
    <message>
        <source>A reflection is dated to the most recent round whose day has come. Each round covers the modules offered, except the load check.</source>
        <translation>En reflektion dateras till den senaste omgången vars dag redan har kommit. Varje omgång omfattar de erbjudna modulerna utom belastningskontrollen.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Add a round</source>
        <translation>&amp;Ny omgång</translation>
    </message>
    <message>
        <source>&amp;Remove the selected round</source>
        <translation>Ta &amp;bort vald omgång</translation>
    </message>
    <message>
        <source>Team scores shown from at least (&amp;people):</source>
        <translation>Teamets resultat visas från minst (&amp;personer):</translation>
    </message>
    <message>
        <source>Distributions and texts shown from at least (p&amp;eople):</source>
        <translation>Fördelningar och texter visas från minst (p&amp;ersoner):</translation>
    </message>
    <message>
        <source>Open a pre&amp;set…</source>
        <translation>Öppna en &amp;inställningsfil…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Spara so&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Phase of round %1</source>
        <translation>Fas för omgång %1</translation>
    </message>
    <message>
        <source>Name of round %1</source>
        <translation>Namn på omgång %1</translation>
    </message>
    <message>
        <source>Date of round %1</source>
        <translation>Datum för omgång %1</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Open a preset</source>
        <translation>Öppna en inställningsfil</translation>
    </message>
    <message>
        <source>Presets (hype-preset.json *.json)</source>
        <translation>Inställningsfiler (hype-preset.json *.json)</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>Inställningsfilen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Nothing was saved; fix these first:</source>
        <translation>Inget sparades; rätta först de här:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <source>Save the preset</source>
        <translation>Spara inställningsfilen</translation>
    </message>
</context>
<context>
    <name>PromptsSection</name>
    <message>
        <source>What you write here stays on this computer; you decide later whether to share any of it.</source>
        <translation>Det du skriver stannar på den här datorn; du bestämmer senare om du delar något av det.</translation>
    </message>
    <message>
        <source>▾ Hide the open questions</source>
        <translation>▾ Dölj de öppna frågorna</translation>
    </message>
    <message>
        <source>▸ Open questions in your own words (optional)</source>
        <translation>▸ Öppna frågor med egna ord (valfritt)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmapp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Ogiltigt filnamn</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a PDF for the workshop</source>
        <translation>Exportera en PDF för workshoppen</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>PDF-filens språk</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sidstorlek</translation>
    </message>
    <message>
        <source>Name on the cover (optional)</source>
        <translation>Namn på titelsidan (valfritt)</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Inget namn</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>Earlier reflection to compare with</source>
        <translation>Tidigare reflektion att jämföra med</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Ingen jämförelse</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Ta med %1</translation>
    </message>
    <message>
        <source>Next steps and how earlier steps went</source>
        <translation>Nästa steg och hur tidigare steg gick</translation>
    </message>
    <message>
        <source>Include next steps</source>
        <translation>Ta med nästa steg</translation>
    </message>
    <message>
        <source>Questions for the discussion</source>
        <translation>Frågor för samtalet</translation>
    </message>
    <message>
        <source>Include questions for the discussion</source>
        <translation>Ta med frågor för samtalet</translation>
    </message>
    <message>
        <source>My notes and answers</source>
        <translation>Mina anteckningar och svar</translation>
    </message>
    <message>
        <source>Nothing you wrote is included unless you tick it. Whoever gets the PDF can read what you tick.</source>
        <translation>Inget av det du har skrivit kommer med om du inte kryssar för det. Den som får PDF-filen kan läsa allt du kryssar för.</translation>
    </message>
    <message>
        <source>Notes and answers to include</source>
        <translation>Anteckningar och svar som ska med</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Kryssa för alla</translation>
    </message>
    <message>
        <source>Tick all notes and answers</source>
        <translation>Kryssa för alla anteckningar och svar</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Ta bort alla kryss</translation>
    </message>
    <message>
        <source>Untick all notes and answers</source>
        <translation>Ta bort kryssen från alla anteckningar och svar</translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation>Vad filen kommer att innehålla</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF and write it</source>
        <translation>Välj var PDF-filen ska sparas och skapa den</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Stäng den här dialogrutan</translation>
    </message>
    <message>
        <source>Progress of writing the PDF</source>
        <translation>Förloppet när PDF-filen skapas</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Anteckning till: %1</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Svar på: %1</translation>
    </message>
    <message>
        <source>What I learned, step: %1</source>
        <translation>Vad jag lärde mig, steg: %1</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Avsnitt:</translation>
    </message>
    <message>
        <source>Your own text that will be in the file, exactly as written:</source>
        <translation>Din egen text som kommer med i filen, exakt som du skrev den:</translation>
    </message>
    <message>
        <source>None of your own notes or answers will be in the file.</source>
        <translation>Inga av dina egna anteckningar eller svar kommer med i filen.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Spara PDF-filen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF-filen skapas…</translation>
    </message>
    <message>
        <source>Saved to %1 (%2 pages).</source>
        <translation>Sparades i %1 (%2 sidor).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>shown from %1 people</source>
        <translation>visas från %1 personer</translation>
    </message>
    <message>
        <source>Where views differ most</source>
        <translation>Där synsätten skiljer sig mest</translation>
    </message>
    <message>
        <source>Good starting points for the discussion.</source>
        <translation>Bra utgångspunkter för samtalet.</translation>
    </message>
    <message>
        <source>Where the team agrees most</source>
        <translation>Där teamet är mest överens</translation>
    </message>
    <message>
        <source>Worth naming, and keeping.</source>
        <translation>Värt att sätta ord på och bevara.</translation>
    </message>
    <message>
        <source>Shown from %1 people.</source>
        <translation>Visas från %1 personer.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Att samtala om</translation>
    </message>
    <message>
        <source>The areas: the team&apos;s middle and spread</source>
        <translation>Områdena: teamets mitt och spridning</translation>
    </message>
    <message>
        <source>The dot is the team&apos;s mean on the 1–5 scale; the band reaches one spread to either side: the wider it is, the further apart the team&apos;s views lie.</source>
        <translation>Punkten är teamets medelvärde på skalan 1–5; bandet når en spridning åt vardera hållet: ju bredare det är, desto längre ifrån varandra ligger teamets synsätt.</translation>
    </message>
    <message>
        <source>Chart of the areas&apos; means and spread; the same numbers are in the Tables tab.</source>
        <translation>Diagram över områdenas medelvärden och spridning; samma siffror finns på fliken Tabeller.</translation>
    </message>
    <message>
        <source>The areas</source>
        <translation>Områdena</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <source>The areas&apos; means and spread</source>
        <translation>Områdenas medelvärden och spridning</translation>
    </message>
    <message>
        <source>How the team answered each statement of %1; the same numbers are in the Tables tab.</source>
        <translation>Hur teamet svarade på varje påstående i %1; samma siffror finns på fliken Tabeller.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>People per answer, %1</source>
        <translation>Personer per svar, %1</translation>
    </message>
    <message>
        <source>How the answers spread over the scale is shown from %1 people.</source>
        <translation>Hur svaren fördelar sig på skalan visas från %1 personer.</translation>
    </message>
    <message>
        <source>Next steps members shared</source>
        <translation>Nästa steg som medlemmarna delade</translation>
    </message>
    <message>
        <source>Notes and answers members shared</source>
        <translation>Anteckningar och svar som medlemmarna delade</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Shared text is shown from %1 people up.</source>
        <translation>Delad text visas från %1 personer.</translation>
    </message>
    <message>
        <source>Pi&amp;ctures</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>T&amp;abeller</translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation>I or&amp;d</translation>
    </message>
    <message>
        <source>Group results</source>
        <translation>Gruppresultat</translation>
    </message>
    <message>
        <source>Group results as pictures, tables or words</source>
        <translation>Gruppresultaten som bilder, tabeller eller ord</translation>
    </message>
    <message>
        <source>Group results in words</source>
        <translation>Gruppresultat i ord</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>skulle in %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>reached (scores, distributions and text)</source>
        <translation>uppnådda (poäng, fördelningar och text)</translation>
    </message>
    <message>
        <source>scores only (distributions and text from %1)</source>
        <translation>bara poäng (fördelningar och text från %1)</translation>
    </message>
    <message>
        <source>not yet (scores from %1)</source>
        <translation>inte ännu (poäng från %1)</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>delad %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>kopplad</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>inte kopplad</translation>
    </message>
    <message>
        <source>Team rounds</source>
        <translation>Teamets omgångar</translation>
    </message>
    <message>
        <source>The rounds you created or collated on this computer. Shares count the people whose file was collated; the group results appear once enough people have shared.</source>
        <translation>Omgångarna som du har skapat eller sammanställt på den här datorn. Delningar räknar personerna vars fil har sammanställts; gruppresultaten visas när tillräckligt många har delat.</translation>
    </message>
    <message>
        <source>No rounds yet. Create one with “New team round…”.</source>
        <translation>Inga omgångar ännu. Skapa en med ”Ny teamomgång…”.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Delningar</translation>
    </message>
    <message>
        <source>Group sizes</source>
        <translation>Gruppstorlekar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanställning</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Team rounds and their status</source>
        <translation>Teamets omgångar och deras läge</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hem</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
    <message>
        <source>&amp;New team round…</source>
        <translation>&amp;Ny teamomgång…</translation>
    </message>
    <message>
        <source>Create a new team round and its invitation</source>
        <translation>Skapa en ny teamomgång och dess inbjudan</translation>
    </message>
    <message>
        <source>&amp;Collate shares…</source>
        <translation>S&amp;ammanställ delningar…</translation>
    </message>
    <message>
        <source>Open the team results to collate members&apos; share files</source>
        <translation>Öppna teamresultaten för att sammanställa medlemmarnas delningsfiler</translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <source>reflection</source>
        <translation>reflektion</translation>
    </message>
    <message>
        <source>share</source>
        <translation>delning</translation>
    </message>
    <message>
        <source>team-summary</source>
        <translation>teamsammanställning</translation>
    </message>
    <message>
        <source>my-data</source>
        <translation>mina-uppgifter</translation>
    </message>
    <message>
        <source>change-over-time</source>
        <translation>förändring-över-tid</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Filen har sparats</translation>
    </message>
    <message>
        <source>Saved “%1” in the folder %2.</source>
        <translation>”%1” sparades i mappen %2.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Visa filen i dess mapp</translation>
    </message>
</context>
<context>
    <name>ScaleWidget</name>
    <message>
        <source>Not answered yet. Press 1 to 5, or N for not applicable.</source>
        <translation>Inte besvarat ännu. Tryck på 1 till 5, eller på N om påståendet inte gäller dig.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Färgtema:</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Färgtema</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Textstorlek:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Följ systemet (ljust eller mörkt)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>&amp;After answering with a key, move on to the next statement</source>
        <translation>Gå vidare till nästa påstående efter svar med en tan&amp;gent</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Dina uppgifter:</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Stäng inställningarna</translation>
    </message>
</context>
<context>
    <name>ShareChoiceDialog</name>
    <message>
        <source>Two shares of one person</source>
        <translation>Två delningar av en person</translation>
    </message>
    <message>
        <source>Choose which share counts</source>
        <translation>Välj vilken delning som räknas</translation>
    </message>
    <message>
        <source>One person sent two different shares for this round. Choose the one that counts; the other is not used. Only when each was finished is shown, nothing of what it says; usually the later one is a corrected share.</source>
        <translation>En person skickade två olika delningar för den här omgången. Välj den som räknas; den andra används inte. Bara när var och en blev klar visas, inget av vad de innehåller; oftast är den senare en rättad delning.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>The two shares</source>
        <translation>De två delningarna</translation>
    </message>
    <message>
        <source>the share saved earlier</source>
        <translation>den tidigare sparade delningen</translation>
    </message>
    <message>
        <source>Finished %1 — %2</source>
        <translation>Klar %1 — %2</translation>
    </message>
    <message>
        <source>The collation runs again with your choice.</source>
        <translation>Sammanställningen görs om enligt ditt val.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Use the chosen shares</source>
        <translation>&amp;Använd de valda delningarna</translation>
    </message>
    <message>
        <source>Collate again with the chosen shares</source>
        <translation>Sammanställ igen med de valda delningarna</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Nothing is chosen: tick at least one module.</source>
        <translation>Inget är valt: kryssa för minst en modul.</translation>
    </message>
    <message>
        <source>The file will contain:</source>
        <translation>Filen kommer att innehålla:</translation>
    </message>
    <message>
        <source>• Team %1, round: %2 %3</source>
        <translation>• Team %1, omgång: %2 %3</translation>
    </message>
    <message>
        <source>• A code instead of your name (it changes from round to round)</source>
        <translation>• En kod i stället för ditt namn (koden byts från omgång till omgång)</translation>
    </message>
    <message>
        <source>• When you finished the reflection</source>
        <translation>• När du slutförde reflektionen</translation>
    </message>
    <message>
        <source>• Your answers to %1 statements of “%2”</source>
        <translation>• Dina svar på %1 påståenden i ”%2”</translation>
    </message>
    <message>
        <source>• Your note: “%1”</source>
        <translation>• Din anteckning: ”%1”</translation>
    </message>
    <message>
        <source>• Your answer: “%1”</source>
        <translation>• Ditt svar: ”%1”</translation>
    </message>
    <message>
        <source>• Your next step (%1): “%2”</source>
        <translation>• Ditt nästa steg (%1): ”%2”</translation>
    </message>
    <message>
        <source>No notes or other text of yours.</source>
        <translation>Inga anteckningar eller annan text som du har skrivit.</translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation>Ingår inte i filen: %1</translation>
    </message>
    <message>
        <source>Open the round&apos;s invitation</source>
        <translation>Öppna omgångens inbjudan</translation>
    </message>
    <message>
        <source>HyPe round invitation (*.hype-round)</source>
        <translation>HyPe-omgångsinbjudan (*.hype-round)</translation>
    </message>
    <message>
        <source>Save the share file</source>
        <translation>Spara delningsfilen</translation>
    </message>
    <message>
        <source>HyPe share (*.hype)</source>
        <translation>HyPe-delning (*.hype)</translation>
    </message>
    <message>
        <source>Share with my team</source>
        <translation>Dela med mitt team</translation>
    </message>
    <message>
        <source>You decide what goes in the file. It is sealed to the round&apos;s key: only the round&apos;s collator can open it, in the app that created the round, and the app shows them group results only, never one person&apos;s answers. Anyone else it passes through sees no answers.</source>
        <translation>Du bestämmer vad som kommer med i filen. Den förseglas med omgångens nyckel: bara omgångens sammanställare kan öppna den, i appen som skapade omgången, och appen visar bara gruppens resultat, aldrig en persons svar. Andra som filen passerar ser inga svar.</translation>
    </message>
    <message>
        <source>Answers to share, per module</source>
        <translation>Svar att dela, per modul</translation>
    </message>
    <message>
        <source>Your own words (only what you tick)</source>
        <translation>Dina egna ord (bara det du kryssar för)</translation>
    </message>
    <message>
        <source>You wrote no notes, answers or next steps in this reflection.</source>
        <translation>Du skrev inga anteckningar, svar eller nästa steg i den här reflektionen.</translation>
    </message>
    <message>
        <source>What the file will contain:</source>
        <translation>Vad filen kommer att innehålla:</translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation>Vad filen kommer att innehålla</translation>
    </message>
    <message>
        <source>&amp;Save to Documents</source>
        <translation>&amp;Spara i Dokument</translation>
    </message>
    <message>
        <source>Save the share file in the Documents folder</source>
        <translation>Spara delningsfilen i mappen Dokument</translation>
    </message>
    <message>
        <source>Save &amp;elsewhere…</source>
        <translation>Spara &amp;någon annanstans…</translation>
    </message>
    <message>
        <source>Save the share file in a folder you choose</source>
        <translation>Spara delningsfilen i en mapp du väljer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SpreadPanel</name>
    <message>
        <source>In the members&apos; shared answers (collated, %1 people): %2</source>
        <translation>I medlemmarnas delade svar (sammanställt, %1 personer): %2</translation>
    </message>
    <message>
        <source>Show the team&apos;s spread</source>
        <translation>Visa teamets spridning</translation>
    </message>
    <message>
        <source>Show or hide how the members&apos; shared answers spread on this statement</source>
        <translation>Visa eller dölj hur medlemmarnas delade svar fördelar sig på det här påståendet</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;Quick check-in (about %1 min)</source>
        <translation>&amp;Kort reflektion (cirka %1 min)</translation>
    </message>
    <message>
        <source>F&amp;ull reflection (about %1 min)</source>
        <translation>Hela &amp;reflektionen (cirka %1 min)</translation>
    </message>
    <message>
        <source>About %1 minutes for %2 statements. Notes and answers in your own words are optional and take longer; you can stop at any time and continue later.</source>
        <translation>Cirka %1 minuter för %2 påståenden. Anteckningar och svar med egna ord är valfria och tar längre tid; du kan avbryta när som helst och fortsätta senare.</translation>
    </message>
    <message>
        <source>Start a reflection</source>
        <translation>Börja en reflektion</translation>
    </message>
    <message>
        <source>This is a reflection aid, not a test or a diagnosis. There are no right or wrong answers. Your answers stay on this computer; nothing leaves it unless you export it yourself. Every answer is saved the moment you give it, so you can stop at any time and continue later.</source>
        <translation>Det här är ett stöd för reflektion, inte ett test eller en diagnos. Det finns inga rätta eller felaktiga svar. Dina svar stannar på den här datorn; ingenting lämnar den om du inte själv exporterar det. Varje svar sparas genast när du ger det, så du kan avbryta när som helst och fortsätta senare.</translation>
    </message>
    <message>
        <source>How much time do you have?</source>
        <translation>Hur mycket tid har du?</translation>
    </message>
    <message>
        <source>Fewer statements per factor, chosen so the scores stay comparable with a full reflection.</source>
        <translation>Färre påståenden per faktor, valda så att resultaten går att jämföra med en hel reflektion.</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Namn (valfritt):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Name of the round (optional)</source>
        <translation>Omgångens namn (valfritt)</translation>
    </message>
    <message>
        <source>e.g. Spring kick-off</source>
        <translation>t.ex. Vårens startworkshop</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>Omgångens datum</translation>
    </message>
    <message>
        <source>What to reflect on</source>
        <translation>Vad du vill reflektera över</translation>
    </message>
    <message>
        <source>(optional; these answers are especially personal)</source>
        <translation>(valfritt; de här svaren är särskilt personliga)</translation>
    </message>
    <message>
        <source>Choose at least one module (and, for the themes, at least one theme).</source>
        <translation>Välj minst en modul (och för temana minst ett tema).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Avbr&amp;yt</translation>
    </message>
    <message>
        <source>Cancel and go back home</source>
        <translation>Avbryt och gå tillbaka till startsidan</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Börja</translation>
    </message>
    <message>
        <source>Start the reflection</source>
        <translation>Börja reflektionen</translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Påstående %1 av %2</translation>
    </message>
    <message>
        <source>Statement %1/%2, %3:</source>
        <translation>Påstående %1/%2, %3:</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>Vad betyder det här?</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Lägg till en anteckning</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>En kort anteckning (valfritt)</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Anteckning till: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Dölj förklaringen</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step %1:</source>
        <translation>Steg %1:</translation>
    </message>
    <message>
        <source>What will you do? Small and concrete.</source>
        <translation>Vad ska du göra? Något litet och konkret.</translation>
    </message>
    <message>
        <source>Next step %1: what</source>
        <translation>Nästa steg %1: vad</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <source>— no particular factor —</source>
        <translation>— inget särskilt område —</translation>
    </message>
    <message>
        <source>Next step %1: linked factor</source>
        <translation>Nästa steg %1: kopplat område</translation>
    </message>
    <message>
        <source>Whose step:</source>
        <translation>Vems steg:</translation>
    </message>
    <message>
        <source>Next step %1: whose step</source>
        <translation>Nästa steg %1: vems steg</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Senast:</translation>
    </message>
    <message>
        <source>Next step %1: set a date</source>
        <translation>Nästa steg %1: ange ett datum</translation>
    </message>
    <message>
        <source>Next step %1: by when</source>
        <translation>Nästa steg %1: senast när</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Small next steps</source>
        <translation>Små nästa steg</translation>
    </message>
    <message>
        <source>What is one small, concrete thing you could try before the next round? Up to three, all optional. Next time, the app asks what became of them.</source>
        <translation>Vad är en liten, konkret sak som du kunde pröva före nästa omgång? Högst tre, alla valfria. Nästa gång frågar appen hur det gick med dem.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hem</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
    <message>
        <source>&amp;Export PDF for the workshop…</source>
        <translation>&amp;Exportera PDF för workshoppen…</translation>
    </message>
    <message>
        <source>Export this reflection as a PDF for the workshop</source>
        <translation>Exportera den här reflektionen som PDF för workshoppen</translation>
    </message>
    <message>
        <source>&amp;Share with my team…</source>
        <translation>&amp;Dela med mitt team…</translation>
    </message>
    <message>
        <source>Share this reflection with my team: see what goes in first</source>
        <translation>Dela den här reflektionen med mitt team: se först vad som kommer med</translation>
    </message>
    <message>
        <source>&amp;Compare with earlier</source>
        <translation>Jämför med t&amp;idigare</translation>
    </message>
    <message>
        <source>Compare this reflection with earlier ones</source>
        <translation>Jämför den här reflektionen med tidigare</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Din reflektion</translation>
    </message>
    <message>
        <source>A reflection aid, not an assessment of a person. The words describe how things look to you right now; they are a starting point for a conversation.</source>
        <translation>Ett stöd för reflektion, inte en bedömning av en person. Orden beskriver hur saker ser ut för dig just nu; de är en utgångspunkt för ett samtal.</translation>
    </message>
    <message>
        <source>The dot is now; the ring is your reflection of %1.</source>
        <translation>Punkten är nu; ringen är din reflektion från %1.</translation>
    </message>
    <message>
        <source>Your answers suggest that the load feels heavy right now. That is worth taking seriously, and you do not have to carry it alone: occupational health care (työterveyshuolto) and your lead are there to talk to.</source>
        <translation>Dina svar tyder på att belastningen känns tung just nu. Det är värt att ta på allvar, och du behöver inte bära den ensam: du kan prata med företagshälsovården och med din chef.</translation>
    </message>
    <message>
        <source>A note on load</source>
        <translation>Om belastningen</translation>
    </message>
    <message>
        <source>A profile of your work orientation: no score here is better or worse than another.</source>
        <translation>En profil av din arbetsorientering: inget resultat här är bättre eller sämre än ett annat.</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Förra gången</translation>
    </message>
    <message>
        <source>Too few answers for a score (%1 of %2 answered)</source>
        <translation>För få svar för ett resultat (%1 av %2 besvarade)</translation>
    </message>
    <message>
        <source>How your earlier steps went</source>
        <translation>Hur dina tidigare steg gick</translation>
    </message>
    <message>
        <source>(higher = more strain)</source>
        <translation>(högre = mer belastning)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>I ord</translation>
    </message>
    <message>
        <source>%1: scores by factor</source>
        <translation>%1: poäng per område</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Dina anteckningar</translation>
    </message>
    <message>
        <source>Your answers to the open questions</source>
        <translation>Dina svar på de öppna frågorna</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>No next steps this time.</source>
        <translation>Inga nästa steg den här gången.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Vems</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Till när</translation>
    </message>
</context>
<context>
    <name>TeamFiles</name>
    <message>
        <source>Team %1, %2 people took part.</source>
        <translation>Team %1, %2 personer deltog.</translation>
    </message>
    <message>
        <source>This comparison is shown only on your computer; nothing of it goes back to your lead.</source>
        <translation>Den här jämförelsen visas bara på din dator; inget av den går tillbaka till din teamledare.</translation>
    </message>
    <message>
        <source>You have no finished reflection of this round on this computer, so only the team&apos;s results can be shown.</source>
        <translation>Du har ingen avslutad reflektion från den här omgången på den här datorn, så bara teamets resultat kan visas.</translation>
    </message>
    <message>
        <source>above the team&apos;s middle</source>
        <translation>över teamets mitt</translation>
    </message>
    <message>
        <source>close to the team&apos;s middle</source>
        <translation>nära teamets mitt</translation>
    </message>
    <message>
        <source>below the team&apos;s middle</source>
        <translation>under teamets mitt</translation>
    </message>
    <message>
        <source>%1: fewer than %2 answers in the team</source>
        <translation>%1: färre än %2 svar i teamet</translation>
    </message>
    <message>
        <source>%1: team %2</source>
        <translation>%1: teamet %2</translation>
    </message>
    <message>
        <source> · you %1, %2</source>
        <translation> · du %1, %2</translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation>Teamets sammanställning</translation>
    </message>
    <message>
        <source>Where my answers sit in my team&apos;s results</source>
        <translation>Var mina svar ligger i mitt teams resultat</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Choose share files</source>
        <translation>Välj delningsfiler</translation>
    </message>
    <message>
        <source>HyPe share files and round invitations (*.hype *.hype-round)</source>
        <translation>HyPe-delningsfiler och omgångsinbjudningar (*.hype *.hype-round)</translation>
    </message>
    <message>
        <source>Choose a folder of share files</source>
        <translation>Välj en mapp med delningsfiler</translation>
    </message>
    <message>
        <source>%1: invitation of round %2; its minimum group sizes apply (%3 for scores, %4 for distributions and text)</source>
        <translation>%1: inbjudan till omgång %2; dess minsta gruppstorlekar gäller (%3 för poäng, %4 för fördelningar och text)</translation>
    </message>
    <message>
        <source>The collation stopped: %1</source>
        <translation>Sammanställningen avbröts: %1</translation>
    </message>
    <message>
        <source>Nothing was collated: one person sent two different shares. Choose which one counts, or collate again without one of them.</source>
        <translation>Ingenting sammanställdes: en person skickade två olika delningar. Välj vilken som räknas, eller sammanställ igen utan den ena.</translation>
    </message>
    <message>
        <source>A round invitation given with the files could not be read (see the list above), so nothing was collated: its minimum group sizes might be larger than those used otherwise. Fix or remove that file and collate again.</source>
        <translation>En omgångsinbjudan som gavs med filerna kunde inte läsas (se listan ovan), så ingenting sammanställdes: dess minsta gruppstorlekar kan vara större än de som annars används. Rätta eller ta bort filen och sammanställ igen.</translation>
    </message>
    <message>
        <source>Collation finished.</source>
        <translation>Sammanställningen är klar.</translation>
    </message>
    <message>
        <source>Collation finished: no valid share file remained.</source>
        <translation>Sammanställningen är klar: ingen giltig delningsfil återstod.</translation>
    </message>
    <message>
        <source>No valid share file remained.</source>
        <translation>Ingen giltig delningsfil återstod.</translation>
    </message>
    <message>
        <source>Fewer than %1 people counted, so no scores are shown. For a team this small, reflecting together in workshop mode works better.</source>
        <translation>Färre än %1 personer räknades med, så inga poäng visas. I ett så litet team fungerar det bättre att reflektera tillsammans i workshopläget.</translation>
    </message>
    <message>
        <source>Add to the PDF what the team agreed together in the workshop (%1, %2)</source>
        <translation>Lägg till i PDF:en det som teamet kom överens om tillsammans i workshopen (%1, %2)</translation>
    </message>
    <message>
        <source>Add the team&apos;s workshop result to the team PDF</source>
        <translation>Lägg till teamets workshopresultat i teamets PDF</translation>
    </message>
    <message>
        <source>No workshop result is linked to this round. To put the team&apos;s agreed view into the PDF, choose this round under “Collated round” when you start workshop mode, or link a finished workshop to it afterwards (My reflections › the team › Link to a collated round).</source>
        <translation>Inget workshopresultat är kopplat till den här omgången. För att få med teamets gemensamma bild i PDF:en, välj den här omgången under ”Sammanställd omgång” när du startar workshopläget, eller koppla en avslutad workshop till den i efterhand (Mina reflektioner › teamet › Koppla till en sammanställd omgång).</translation>
    </message>
    <message>
        <source>Team %1 · %2 · %3 · %4 people</source>
        <translation>Team %1 · %2 · %3 · %4 personer</translation>
    </message>
    <message>
        <source>Round fingerprint: %1</source>
        <translation>Omgångens fingeravtryck: %1</translation>
    </message>
    <message>
        <source>Minimum group sizes: %1 people for scores, %2 for distributions and shared text.</source>
        <translation>Minsta gruppstorlekar: %1 personer för poäng, %2 för fördelningar och delad text.</translation>
    </message>
    <message>
        <source>Left out: members also answered content this app does not have (%1). The rest is collated on the factors in common.</source>
        <translation>Utelämnat: medlemmarna svarade också på innehåll som den här appen inte har (%1). Resten sammanställs för de gemensamma faktorerna.</translation>
    </message>
    <message>
        <source>%1: fewer than %2 answers</source>
        <translation>%1: färre än %2 svar</translation>
    </message>
    <message>
        <source>%1: mean %2 (%3 people)</source>
        <translation>%1: medelvärde %2 (%3 personer)</translation>
    </message>
    <message>
        <source>%1: mean %2, median %3, spread %4 (%5 people)</source>
        <translation>%1: medelvärde %2, median %3, spridning %4 (%5 personer)</translation>
    </message>
    <message>
        <source>Where views differ most (the best starting points for discussion):</source>
        <translation>Där synpunkterna skiljer sig mest (de bästa utgångspunkterna för samtalet):</translation>
    </message>
    <message>
        <source>Where the team agrees most:</source>
        <translation>Där teamet är mest enigt:</translation>
    </message>
    <message>
        <source>Change since the previous round:</source>
        <translation>Förändring sedan förra omgången:</translation>
    </message>
    <message>
        <source>Shared next steps:</source>
        <translation>Delade nästa steg:</translation>
    </message>
    <message>
        <source>Shared notes and answers (in random order):</source>
        <translation>Delade anteckningar och svar (i slumpmässig ordning):</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Shared text is shown from %1 people up.</source>
        <translation>Delad text visas från och med %1 personer.</translation>
    </message>
    <message>
        <source>Save the team summary</source>
        <translation>Spara teamsammanfattningen</translation>
    </message>
    <message>
        <source>HyPe team summary (*.hype-team)</source>
        <translation>HyPe-teamsammanfattning (*.hype-team)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Save the team PDF</source>
        <translation>Spara teamets PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The team PDF was saved to %1 (%2 pages).</source>
        <translation>Teamets PDF sparades i %1 (%2 sidor).</translation>
    </message>
    <message>
        <source>Delete this round&apos;s collated answers? The saved group results stay.</source>
        <translation>Vill du radera omgångens sammanställda svar? De sparade gruppresultaten finns kvar.</translation>
    </message>
    <message>
        <source>Collate your team members&apos; share files (.hype). You see group results only: scores from %1 people up, distributions and shared text from %2 people up. Nobody&apos;s answers are shown one by one.</source>
        <translation>Sammanställ teammedlemmarnas delningsfiler (.hype). Du ser bara gruppresultat: poäng från och med %1 personer, fördelningar och delad text från och med %2 personer. Ingens svar visas enskilt.</translation>
    </message>
    <message>
        <source>Drop share files or a folder here, or choose them:</source>
        <translation>Släpp delningsfiler eller en mapp här, eller välj dem:</translation>
    </message>
    <message>
        <source>Choose f&amp;iles…</source>
        <translation>Välj &amp;filer…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Välj en &amp;mapp…</translation>
    </message>
    <message>
        <source>Collation progress</source>
        <translation>Sammanställningens förlopp</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>Report per file</source>
        <translation>Rapport per fil</translation>
    </message>
    <message>
        <source>Group results</source>
        <translation>Gruppresultat</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hem</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
    <message>
        <source>&amp;New team round…</source>
        <translation>&amp;Ny teamomgång…</translation>
    </message>
    <message>
        <source>Create a new team round and its invitation</source>
        <translation>Skapa en ny teamomgång och dess inbjudan</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Omgångar</translation>
    </message>
    <message>
        <source>The team rounds and their status</source>
        <translation>Teamets omgångar och deras läge</translation>
    </message>
    <message>
        <source>&amp;Save team summary…</source>
        <translation>&amp;Spara teamsammanfattning…</translation>
    </message>
    <message>
        <source>Save the team summary to send to the team</source>
        <translation>Spara teamsammanfattningen för att skicka den till teamet</translation>
    </message>
    <message>
        <source>Save team &amp;PDF…</source>
        <translation>Spara teamets &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the team PDF for the workshop</source>
        <translation>Spara teamets PDF inför workshopen</translation>
    </message>
    <message>
        <source>&amp;Delete collated answers</source>
        <translation>&amp;Radera sammanställda svar</translation>
    </message>
    <message>
        <source>Delete this round&apos;s collated answers, keeping the group results</source>
        <translation>Radera omgångens sammanställda svar men behåll gruppresultaten</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message>
        <source>not covered</source>
        <translation>ingick inte</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>(higher = more strain)</source>
        <translation>(högre = mer belastning)</translation>
    </message>
    <message>
        <source>(profile)</source>
        <translation>(profil)</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>inget resultat</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Innehållsversion %1</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Förändring över tid</translation>
    </message>
    <message>
        <source>Change over time: team %1</source>
        <translation>Förändring över tid: teamet %1</translation>
    </message>
    <message>
        <source>The team has no finished reflections yet. After its first one in workshop mode you will see its profile here; from the second on, how each factor changes.</source>
        <translation>Teamet har inga avslutade reflektioner ännu. Efter den första i workshopläget ser du dess profil här, från och med den andra också hur varje område förändras.</translation>
    </message>
    <message>
        <source>No finished reflections yet. After your first one you will see its profile here; from the second on, how each factor changes.</source>
        <translation>Inga avslutade reflektioner ännu. Efter den första ser du dess profil här; från och med den andra ser du hur varje område förändras.</translation>
    </message>
    <message>
        <source>The team has one finished reflection so far. A trend needs at least two, so the lines show single points; the profile shows where the team is now.</source>
        <translation>Teamet har hittills en avslutad reflektion. För en trend behövs minst två, så linjerna visar enskilda punkter; profilen visar var teamet står nu.</translation>
    </message>
    <message>
        <source>One finished reflection so far. A trend needs at least two, so the lines show single points; the profile shows where you are now.</source>
        <translation>Hittills en avslutad reflektion. För en trend behövs minst två, så linjerna visar enskilda punkter; profilen visar var du står nu.</translation>
    </message>
    <message>
        <source>The team has %1 finished reflections. A missing point means too few answers for a score; a factor the team did not cover that time has no point.</source>
        <translation>Teamet har %1 avslutade reflektioner. En punkt som saknas betyder för få svar för ett resultat; ett område som teamet inte tog upp den gången har ingen punkt.</translation>
    </message>
    <message>
        <source>%1 finished reflections. A missing point means too few answers for a score; a factor you did not cover that time has no point.</source>
        <translation>%1 avslutade reflektioner. En punkt som saknas betyder för få svar för ett resultat; ett område som du inte tog upp den gången har ingen punkt.</translation>
    </message>
    <message>
        <source>Lines over time</source>
        <translation>Linjer över tid</translation>
    </message>
    <message>
        <source>Lines as a table</source>
        <translation>Linjerna som tabell</translation>
    </message>
    <message>
        <source>Profile: latest and earlier</source>
        <translation>Profil: senaste och tidigare</translation>
    </message>
    <message>
        <source>Profile as a table</source>
        <translation>Profilen som tabell</translation>
    </message>
    <message>
        <source>What moved most</source>
        <translation>Vad som ändrats mest</translation>
    </message>
    <message>
        <source>Next steps by factor</source>
        <translation>Nästa steg per område</translation>
    </message>
    <message>
        <source>Charts and tables</source>
        <translation>Diagram och tabeller</translation>
    </message>
    <message>
        <source>Chart: factor scores over time</source>
        <translation>Diagram: områdenas poäng över tid</translation>
    </message>
    <message>
        <source>Table: factor scores over time</source>
        <translation>Tabell: områdenas poäng över tid</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>&amp;Open this reflection</source>
        <translation>&amp;Öppna den här reflektionen</translation>
    </message>
    <message>
        <source>Open the reflection of the selected table row</source>
        <translation>Öppna reflektionen på den valda tabellraden</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG or SVG…</source>
        <translation>&amp;Spara diagrammet som PNG eller SVG…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG file</source>
        <translation>Spara det visade diagrammet som PNG- eller SVG-fil</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>Mina &amp;reflektioner</translation>
    </message>
    <message>
        <source>Show the list of my reflections</source>
        <translation>Visa listan över mina reflektioner</translation>
    </message>
    <message>
        <source>The team&apos;s &amp;reflections</source>
        <translation>Teamets &amp;reflektioner</translation>
    </message>
    <message>
        <source>Show the list of the team&apos;s reflections</source>
        <translation>Visa listan över teamets reflektioner</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hem</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Cards shown in the room (an anonymous count, kept apart from the collated results):</source>
        <translation>Kort som visades i rummet (en anonym räkning, hålls åtskild från de sammanställda resultaten):</translation>
    </message>
    <message>
        <source>Cards showing %1</source>
        <translation>Kort som visar %1</translation>
    </message>
</context>
<context>
    <name>WhosePicker</name>
    <message>
        <source>My own reflections</source>
        <translation>Mina egna reflektioner</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>&amp;Whose reflections:</source>
        <translation>&amp;Vems reflektioner:</translation>
    </message>
    <message>
        <source>Whose reflections to show: my own or a team&apos;s</source>
        <translation>Vems reflektioner som visas: mina egna eller ett teams</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <source>All statements on this page answered. Press Enter for the next page.</source>
        <translation>Alla påståenden på sidan är besvarade. Tryck på Enter för nästa sida.</translation>
    </message>
    <message>
        <source>Saved again: everything on this page is stored.</source>
        <translation>Sparat igen: allt på den här sidan är sparat.</translation>
    </message>
    <message>
        <source>Saved. Each answer is stored as soon as you give it.</source>
        <translation>Sparat. Varje svar sparas så snart du ger det.</translation>
    </message>
    <message>
        <source>Not saved: %1. What you entered is still here; the app keeps trying to save it, and you cannot leave this page until it is saved.</source>
        <translation>Inte sparat: %1. Det du skrev finns kvar här; appen försöker spara det igen, och du kan inte lämna sidan förrän det är sparat.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Spara och &amp;stäng</translation>
    </message>
    <message>
        <source>Save and close; continue later from here</source>
        <translation>Spara och stäng; fortsätt senare härifrån</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Tillbaka till föregående sida</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>Slut&amp;för</translation>
    </message>
    <message>
        <source>Finish the reflection and see the summary</source>
        <translation>Slutför reflektionen och se sammanfattningen</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
</context>
<context>
    <name>WorkshopScores</name>
    <message>
        <source>Too few answers for a score</source>
        <translation>För få svar för poäng</translation>
    </message>
    <message>
        <source>(higher = more strain)</source>
        <translation>(högre = mer belastning)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>I ord</translation>
    </message>
    <message>
        <source>The team&apos;s result by area</source>
        <translation>Teamets resultat per område</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Give the team a name first.</source>
        <translation>Ge teamet ett namn först.</translation>
    </message>
    <message>
        <source>Choose at least one module, or the team&apos;s theme.</source>
        <translation>Välj minst en modul eller teamets tema.</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Påstående %1 av %2</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Inget tema</translation>
    </message>
    <message>
        <source>The team&apos;s th&amp;eme:</source>
        <translation>Teamets t&amp;ema:</translation>
    </message>
    <message>
        <source>The team&apos;s theme (optional)</source>
        <translation>Teamets tema (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>To the team&apos;s next steps</source>
        <translation>Till teamets nästa steg</translation>
    </message>
    <message>
        <source>Next statement</source>
        <translation>Nästa påstående</translation>
    </message>
    <message>
        <source>Linked to the collated round of team %1: it can go into that round&apos;s team PDF (Team results › Save team PDF).</source>
        <translation>Kopplad till den sammanställda omgången för teamet %1: resultatet kan tas med i omgångens team-PDF (Teamresultat › Spara teamets PDF).</translation>
    </message>
    <message>
        <source>Saved as the team&apos;s own reflection, apart from anyone&apos;s personal ones. Use the same team name next time to add to the team&apos;s history.</source>
        <translation>Sparad som teamets egen reflektion, åtskild från allas personliga. Använd samma teamnamn nästa gång så fortsätter teamets historik.</translation>
    </message>
    <message>
        <source>Writing the workshop summary…</source>
        <translation>Workshopsammanfattningen skrivs…</translation>
    </message>
    <message>
        <source>HyPe workshop</source>
        <translation>HyPe-workshop</translation>
    </message>
    <message>
        <source>The workshop summary was saved as %1.</source>
        <translation>Workshopsammanfattningen sparades som %1.</translation>
    </message>
    <message>
        <source>The workshop summary could not be saved: %1</source>
        <translation>Workshopsammanfattningen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Workshopläge</translation>
    </message>
    <message>
        <source>Reflect together as a team on one screen: one statement at a time, the team agrees on an answer and, if it wants, a note. The result is the team&apos;s own reflection, kept apart from anyone&apos;s personal ones. Keys: 1–5 or N answer, Page Down next, Page Up back.</source>
        <translation>Reflektera tillsammans som team på en skärm: ett påstående i taget, teamet enas om ett svar och vid behov en anteckning. Resultatet är teamets egen reflektion, åtskild från allas personliga. Tangenter: 1–5 eller N svarar, Page Down nästa, Page Up tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Team name:</source>
        <translation>&amp;Teamets namn:</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamets namn</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>T&amp;illfälle:</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>Start or resume the team reflection</source>
        <translation>Starta eller fortsätt teamets reflektion</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hem</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
    <message>
        <source>The team&apos;s n&amp;ote (optional):</source>
        <translation>Teamets a&amp;nteckning (valfri):</translation>
    </message>
    <message>
        <source>The team&apos;s note on this statement</source>
        <translation>Teamets anteckning till påståendet</translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation>&amp;Lämna</translation>
    </message>
    <message>
        <source>Leave the workshop; it resumes where it stopped</source>
        <translation>Lämna workshoppen; den fortsätter där den slutade</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Moduler:</translation>
    </message>
    <message>
        <source>&amp;Count cards in the room (for a small team: how many cards showed each value, no names)</source>
        <translation>&amp;Räkna korten i rummet (för ett litet team: hur många kort som visade varje värde, utan namn)</translation>
    </message>
    <message>
        <source>Count cards in the room</source>
        <translation>Räkna korten i rummet</translation>
    </message>
    <message>
        <source>Workshop &amp;summary PDF…</source>
        <translation>Workshop&amp;sammanfattning (PDF)…</translation>
    </message>
    <message>
        <source>Save a one-page summary of the workshop as a PDF</source>
        <translation>Spara en sammanfattning av workshoppen på en sida som PDF</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Previous statement</source>
        <translation>Föregående påstående</translation>
    </message>
    <message>
        <source>The team&apos;s reflection is saved</source>
        <translation>Teamets reflektion är sparad</translation>
    </message>
    <message>
        <source>The team&apos;s &amp;reflections</source>
        <translation>Teamets &amp;reflektioner</translation>
    </message>
    <message>
        <source>Show the list of the team&apos;s reflections</source>
        <translation>Visa listan över teamets reflektioner</translation>
    </message>
    <message>
        <source>The team&apos;s change over &amp;time</source>
        <translation>Teamets förändring över &amp;tid</translation>
    </message>
    <message>
        <source>Show how the team&apos;s reflections change over time</source>
        <translation>Visa hur teamets reflektioner förändras över tid</translation>
    </message>
    <message>
        <source>&amp;Link to a collated round…</source>
        <translation>&amp;Koppla till en sammanställd omgång…</translation>
    </message>
    <message>
        <source>Link the team&apos;s reflection to a collated round, or change or remove the link</source>
        <translation>Koppla teamets reflektion till en sammanställd omgång, eller ändra eller ta bort kopplingen</translation>
    </message>
    <message>
        <source>Collated &amp;round:</source>
        <translation>Sammanställd &amp;omgång:</translation>
    </message>
    <message>
        <source>Collated round to link the team&apos;s result to, for that round&apos;s team PDF (optional)</source>
        <translation>Sammanställd omgång som teamets resultat kopplas till, för omgångens team-PDF (valfritt)</translation>
    </message>
    <message>
        <source>None (not linked to a collated round)</source>
        <translation>Ingen (inte kopplad till en sammanställd omgång)</translation>
    </message>
</context>
</TS>
