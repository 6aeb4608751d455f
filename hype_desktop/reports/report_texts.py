"""Texts of the PDF reports in fi, sv and en (the PDF is rendered without Qt).

Each entry has the same {placeholders} in every language (a test checks it). Keys are
grouped by prefix: ``report.`` (headings and sentences), ``phase.``, ``owner.``,
``status.``, ``change.`` and ``questions.<phase>`` (workshop discussion questions, one per
line). The team report (issue 5) adds its own keys here under ``team.``.
"""

from __future__ import annotations

from datetime import date, datetime

_T: dict[str, dict[str, str]] = {
    # --- document ---------------------------------------------------------------------
    "report.title": {
        "en": "My reflection for the workshop",
        "fi": "Oma pohdintani työpajaan",
        "sv": "Min reflektion inför workshopen",
    },
    "report.subject": {
        "en": "A personal reflection on work orientation and pedagogical well-being (HyPe)",
        "fi": "Henkilökohtainen pohdinta työorientaatiosta ja pedagogisesta hyvinvoinnista (HyPe)",
        "sv": "En personlig reflektion kring arbetsorientering och pedagogiskt välbefinnande (HyPe)",
    },
    "report.footer": {
        "en": "{app} {version} · a reflection aid, not an assessment of a person · page {page}/{pages}",
        "fi": "{app} {version} · pohdinnan apuväline, ei henkilön arviointi · sivu {page}/{pages}",
        "sv": "{app} {version} · ett stöd för reflektion, inte en bedömning av en person · sida {page}/{pages}",
    },
    # --- cover ------------------------------------------------------------------------
    "report.occasion": {
        "en": "Occasion: {occasion}",
        "fi": "Tilanne: {occasion}",
        "sv": "Tillfälle: {occasion}",
    },
    "report.date": {
        "en": "Date: {date}",
        "fi": "Päivämäärä: {date}",
        "sv": "Datum: {date}",
    },
    "report.name": {
        "en": "Name: {name}",
        "fi": "Nimi: {name}",
        "sv": "Namn: {name}",
    },
    "report.organisation": {
        "en": "Organisation: {organisation}",
        "fi": "Organisaatio: {organisation}",
        "sv": "Organisation: {organisation}",
    },
    "report.intro": {
        "en": "This is a reflection aid, not a test or a diagnosis. The scores and words describe how "
              "things looked to me on this day; they are a starting point for a conversation, not a "
              "judgement of anyone. I chose myself what this file contains.",
        "fi": "Tämä on pohdinnan apuväline, ei testi eikä diagnoosi. Pisteet ja sanalliset kuvaukset "
              "kertovat, miltä asiat näyttivät minusta tänä päivänä. Ne ovat keskustelun alku, eivät "
              "kenenkään arvio. Valitsin itse, mitä tähän tiedostoon tulee.",
        "sv": "Det här är ett stöd för reflektion, inte ett test eller en diagnos. Poängen och orden "
              "beskriver hur saker såg ut för mig den här dagen. De är en utgångspunkt för ett samtal, "
              "inte en bedömning av någon. Jag har själv valt vad filen innehåller.",
    },
    "report.contents": {
        "en": "In this report",
        "fi": "Raportin sisältö",
        "sv": "I den här rapporten",
    },
    "report.how_to_read": {
        "en": "Scores run from 1 to 5 and are the mean of the statements I answered; “not applicable” "
              "answers are left out. Where higher means more strain, this is said next to the score. "
              "A work-orientation profile has no better or worse: it shows where my energy comes from.",
        "fi": "Pisteet ovat asteikolla 1–5, ja ne ovat vastaamieni väittämien keskiarvo; ”ei koske "
              "minua” -vastaukset on jätetty pois. Jos suurempi luku tarkoittaa enemmän kuormitusta, "
              "se mainitaan pisteen vieressä. Työorientaation profiilissa mikään ei ole parempi tai "
              "huonompi: se kertoo, mistä saan energiaa.",
        "sv": "Poängen går från 1 till 5 och är medelvärdet av de påståenden jag svarade på; svaren "
              "”inte tillämpligt” räknas inte med. Där ett högre värde betyder mer belastning står det "
              "bredvid poängen. En profil av arbetsorienteringen har inget bättre eller sämre: den "
              "visar varifrån min energi kommer.",
    },
    # --- results ----------------------------------------------------------------------
    "report.results": {
        "en": "Results by area",
        "fi": "Tulokset osa-alueittain",
        "sv": "Resultat per område",
    },
    "report.profile_hint": {
        "en": "A profile of my work orientation: no score here is better or worse than another.",
        "fi": "Työorientaationi profiili: mikään tulos ei tässä ole toista parempi tai huonompi.",
        "sv": "En profil av min arbetsorientering: inget resultat här är bättre eller sämre än ett annat.",
    },
    "report.col_factor": {"en": "Area", "fi": "Osa-alue", "sv": "Område"},
    "report.col_score": {"en": "Score", "fi": "Pisteet", "sv": "Poäng"},
    "report.col_words": {"en": "In words", "fi": "Sanoin", "sv": "I ord"},
    "report.col_change": {
        "en": "Since {date}",
        "fi": "Muutos {date} jälkeen",
        "sv": "Sedan {date}",
    },
    "report.strain_suffix": {
        "en": "(higher = more strain)",
        "fi": "(suurempi = enemmän kuormitusta)",
        "sv": "(högre = mer belastning)",
    },
    "report.too_few": {
        "en": "Too few answers for a score ({answered} of {total} answered)",
        "fi": "Liian vähän vastauksia pisteisiin ({answered}/{total} vastattu)",
        "sv": "För få svar för ett resultat ({answered} av {total} besvarade)",
    },
    "report.no_score": {"en": "no score", "fi": "ei pisteitä", "sv": "inget resultat"},
    "report.chart_now": {"en": "This reflection", "fi": "Tämä pohdinta", "sv": "Den här reflektionen"},
    "report.chart_earlier": {"en": "{date}", "fi": "{date}", "sv": "{date}"},
    "report.chart_title": {
        "en": "{module}: scores 1–5",
        "fi": "{module}: pisteet 1–5",
        "sv": "{module}: poäng 1–5",
    },
    "report.trend_title": {
        "en": "{module}: change over time",
        "fi": "{module}: muutos ajan mittaan",
        "sv": "{module}: förändring över tid",
    },
    "report.chart_numbers": {
        "en": "The chart shows the numbers in the table below.",
        "fi": "Kuvio esittää alla olevan taulukon luvut.",
        "sv": "Diagrammet visar talen i tabellen nedan.",
    },
    "report.load_support": {
        "en": "My answers suggest that the load feels heavy right now. That is worth taking seriously, "
              "and I do not have to carry it alone: occupational health care and my lead are there "
              "to talk to.",
        "fi": "Vastaukseni viittaavat siihen, että kuormitus tuntuu nyt raskaalta. Se kannattaa ottaa "
              "vakavasti, eikä sitä tarvitse kantaa yksin: työterveyshuolto ja esihenkilöni ovat "
              "käytettävissä keskusteluun.",
        "sv": "Mina svar tyder på att belastningen känns tung just nu. Det är värt att ta på allvar, "
              "och jag behöver inte bära den ensam: företagshälsovården och min chef finns där att "
              "prata med.",
    },
    # --- change -----------------------------------------------------------------------
    "change.up": {"en": "up {delta}", "fi": "nousi {delta}", "sv": "upp {delta}"},
    "change.down": {"en": "down {delta}", "fi": "laski {delta}", "sv": "ned {delta}"},
    "change.same": {"en": "about the same", "fi": "suunnilleen sama", "sv": "ungefär samma"},
    "change.none": {"en": "no earlier score", "fi": "ei aiempaa tulosta", "sv": "inget tidigare resultat"},
    "change.more_strain": {"en": "more strain", "fi": "enemmän kuormitusta", "sv": "mer belastning"},
    "change.less_strain": {"en": "less strain", "fi": "vähemmän kuormitusta", "sv": "mindre belastning"},
    "report.compared_with": {
        "en": "Compared with my reflection of {date} ({occasion}).",
        "fi": "Vertailukohtana pohdintani {date} ({occasion}).",
        "sv": "Jämfört med min reflektion {date} ({occasion}).",
    },
    # --- next steps -------------------------------------------------------------------
    "report.steps": {"en": "My next steps", "fi": "Seuraavat askeleeni", "sv": "Mina nästa steg"},
    "report.no_steps": {
        "en": "No next steps this time.",
        "fi": "Ei seuraavia askeleita tällä kertaa.",
        "sv": "Inga nästa steg den här gången.",
    },
    "report.step_whose": {"en": "Whose", "fi": "Kenen", "sv": "Vems"},
    "report.step_what": {"en": "Step", "fi": "Askel", "sv": "Steg"},
    "report.step_factor": {"en": "Area", "fi": "Osa-alue", "sv": "Område"},
    "report.step_due": {"en": "By", "fi": "Mennessä", "sv": "Senast"},
    "report.step_status": {"en": "How it went", "fi": "Miten kävi", "sv": "Hur det gick"},
    "report.earlier_steps": {
        "en": "How my earlier steps went",
        "fi": "Miten aiemmat askeleeni sujuivat",
        "sv": "Hur mina tidigare steg gick",
    },
    "report.learned": {"en": "What I learned: {text}", "fi": "Mitä opin: {text}", "sv": "Vad jag lärde mig: {text}"},
    # --- free text --------------------------------------------------------------------
    "report.own_words": {
        "en": "In my own words",
        "fi": "Omin sanoin",
        "sv": "Med mina egna ord",
    },
    "report.own_words_hint": {
        "en": "Notes and answers I chose to include.",
        "fi": "Muistiinpanot ja vastaukset, jotka valitsin mukaan.",
        "sv": "Anteckningar och svar som jag valde att ta med.",
    },
    "report.note_on": {"en": "Note on: {statement}", "fi": "Muistiinpano väittämään: {statement}",
                       "sv": "Anteckning till: {statement}"},
    "report.shortened": {
        "en": "[shortened: {count} more characters are not shown]",
        "fi": "[lyhennetty: {count} merkkiä jätetty pois]",
        "sv": "[förkortat: ytterligare {count} tecken visas inte]",
    },
    # --- discussion -------------------------------------------------------------------
    "report.questions": {
        "en": "Questions for the discussion",
        "fi": "Kysymyksiä keskusteluun",
        "sv": "Frågor för samtalet",
    },
    "report.questions_hint": {
        "en": "Suggestions for {occasion}; pick the ones that help.",
        "fi": "Ehdotuksia tilanteeseen: {occasion}. Valitse ne, joista on apua.",
        "sv": "Förslag inför tillfället: {occasion}. Välj de som hjälper.",
    },
    "questions.kickoff": {
        "en": "Which result surprised me, and which one did I expect?\n"
              "Where does my energy at work come from right now, and what takes it?\n"
              "What would I like our team to pay attention to during this development period?\n"
              "What do I hope to be able to say at the closing workshop?",
        "fi": "Mikä tulos yllätti minut ja minkä osasin arvata?\n"
              "Mistä saan työssäni nyt energiaa ja mikä sitä vie?\n"
              "Mihin toivon tiimimme kiinnittävän huomiota tämän kehittämisjakson aikana?\n"
              "Mitä toivoisin voivani sanoa päätöspajassa?",
        "sv": "Vilket resultat överraskade mig, och vilket hade jag väntat mig?\n"
              "Var får jag energi i arbetet just nu, och vad tar energi?\n"
              "Vad vill jag att vårt team ska uppmärksamma under den här utvecklingsperioden?\n"
              "Vad hoppas jag kunna säga på den avslutande workshopen?",
    },
    "questions.team_workshop": {
        "en": "Which of my results would I like to compare with how others see it?\n"
              "What works well in our team's way of working that we should keep?\n"
              "Where do our ways of working together, online or on site, need clearer agreements?\n"
              "Which one small step could the team try before we meet again?",
        "fi": "Mitä tuloksistani haluaisin verrata siihen, miten muut asian näkevät?\n"
              "Mikä tiimimme toimintatavoissa toimii hyvin ja kannattaa säilyttää?\n"
              "Missä yhteistyömme, verkossa tai paikan päällä, kaipaa selkeämpiä sopimuksia?\n"
              "Minkä yhden pienen askeleen tiimi voisi kokeilla ennen seuraavaa tapaamista?",
        "sv": "Vilka av mina resultat vill jag jämföra med hur andra ser det?\n"
              "Vad fungerar bra i vårt teams sätt att arbeta och är värt att behålla?\n"
              "Var behöver vårt samarbete, på distans eller på plats, tydligare överenskommelser?\n"
              "Vilket litet steg kan teamet pröva innan vi ses nästa gång?",
    },
    "questions.closing": {
        "en": "What has changed since the kick-off, in my results and in my everyday work?\n"
              "Which of our steps made a difference, and why?\n"
              "What did I learn about myself and about our team?\n"
              "What do we want to carry on with after this period?",
        "fi": "Mikä on muuttunut aloituksen jälkeen tuloksissani ja arjen työssäni?\n"
              "Mitkä askeleistamme vaikuttivat ja miksi?\n"
              "Mitä opin itsestäni ja tiimistämme?\n"
              "Mitä haluamme jatkaa tämän jakson jälkeen?",
        "sv": "Vad har förändrats sedan starten, i mina resultat och i mitt vardagsarbete?\n"
              "Vilka av våra steg gjorde skillnad, och varför?\n"
              "Vad lärde jag mig om mig själv och om vårt team?\n"
              "Vad vill vi fortsätta med efter den här perioden?",
    },
    "questions.coaching": {
        "en": "Which result would I like to understand better in this conversation?\n"
              "What supports my work orientation right now, and what gets in its way?\n"
              "What kind of support from my lead or colleagues would help me most?\n"
              "What will I try next, and how will I notice that it helped?",
        "fi": "Minkä tuloksen haluaisin ymmärtää paremmin tässä keskustelussa?\n"
              "Mikä tukee työorientaatiotani nyt ja mikä on sen esteenä?\n"
              "Millaisesta esihenkilön tai kollegoiden tuesta olisi minulle eniten apua?\n"
              "Mitä kokeilen seuraavaksi ja mistä huomaan, että se auttoi?",
        "sv": "Vilket resultat vill jag förstå bättre i det här samtalet?\n"
              "Vad stöder min arbetsorientering just nu, och vad står i vägen?\n"
              "Vilket stöd från min chef eller mina kolleger skulle hjälpa mig mest?\n"
              "Vad prövar jag härnäst, och hur märker jag att det hjälpte?",
    },
    "questions.check_in": {
        "en": "What has gone well since my last reflection?\n"
              "Which result would I like to keep an eye on?\n"
              "Is there something I would like to bring up with my team or my lead?\n"
              "What is one small thing I can do for my own well-being at work?",
        "fi": "Mikä on sujunut hyvin edellisen pohdintani jälkeen?\n"
              "Mitä tulosta haluaisin seurata?\n"
              "Onko jotain, minkä haluaisin ottaa puheeksi tiimini tai esihenkilöni kanssa?\n"
              "Mikä on yksi pieni asia, jonka voin tehdä omaksi hyvinvoinnikseni työssä?",
        "sv": "Vad har gått bra sedan min förra reflektion?\n"
              "Vilket resultat vill jag hålla ett öga på?\n"
              "Finns det något jag vill ta upp med mitt team eller min chef?\n"
              "Vilken liten sak kan jag göra för mitt eget välbefinnande i arbetet?",
    },
    # --- names of domain values ---------------------------------------------------------
    "phase.kickoff": {"en": "Kick-off workshop", "fi": "Aloituspaja", "sv": "Startworkshop"},
    "phase.team_workshop": {"en": "Team workshop", "fi": "Tiimipaja", "sv": "Teamworkshop"},
    "phase.closing": {"en": "Closing workshop", "fi": "Päätöspaja", "sv": "Avslutande workshop"},
    "phase.coaching": {"en": "Coaching meeting", "fi": "Valmennustapaaminen", "sv": "Coachningsmöte"},
    "phase.check_in": {"en": "My own check-in", "fi": "Oma välikatsaus", "sv": "Min egen avstämning"},
    "owner.me": {"en": "Me", "fi": "Minä", "sv": "Jag"},
    "owner.team": {"en": "The team", "fi": "Tiimi", "sv": "Teamet"},
    "owner.lead": {"en": "To raise with my lead", "fi": "Otan puheeksi esihenkilön kanssa",
                   "sv": "Tar upp med min chef"},
    "status.open": {"en": "Open", "fi": "Avoin", "sv": "Öppet"},
    "status.done": {"en": "Done", "fi": "Tehty", "sv": "Gjort"},
    "status.partly": {"en": "Partly done", "fi": "Osittain tehty", "sv": "Delvis gjort"},
    "status.not_done": {"en": "Not done", "fi": "Ei tehty", "sv": "Inte gjort"},
    "status.dropped": {"en": "Dropped", "fi": "Luovuttu", "sv": "Slopat"},
    # --- writing the file ---------------------------------------------------------------
    "pdf.written": {
        "en": "The report was saved to {path} ({pages} pages).",
        "fi": "Raportti tallennettiin tiedostoon {path} ({pages} sivua).",
        "sv": "Rapporten sparades i {path} ({pages} sidor).",
    },
    "pdf.folder_missing": {
        "en": "The folder {folder} does not exist.",
        "fi": "Kansiota {folder} ei ole olemassa.",
        "sv": "Mappen {folder} finns inte.",
    },
    "pdf.not_writable": {
        "en": "The report could not be saved: the folder {folder} cannot be written to. Choose another folder.",
        "fi": "Raporttia ei voitu tallentaa: kansioon {folder} ei voi kirjoittaa. Valitse toinen kansio.",
        "sv": "Rapporten kunde inte sparas: det går inte att skriva i mappen {folder}. Välj en annan mapp.",
    },
    "pdf.disk_full": {
        "en": "The report could not be saved: the disk holding {folder} is full. Free some space or choose another place.",
        "fi": "Raporttia ei voitu tallentaa: levy, jolla {folder} on, on täynnä. Vapauta tilaa tai valitse toinen paikka.",
        "sv": "Rapporten kunde inte sparas: disken där {folder} finns är full. Frigör utrymme eller välj en annan plats.",
    },
    "pdf.write_failed": {
        "en": "The report could not be saved to {path}: {reason}",
        "fi": "Raporttia ei voitu tallentaa tiedostoon {path}: {reason}",
        "sv": "Rapporten kunde inte sparas i {path}: {reason}",
    },
    "pdf.is_folder": {
        "en": "{path} is a folder; give a file name ending in .pdf.",
        "fi": "{path} on kansio; anna tiedostonimi, joka päättyy .pdf.",
        "sv": "{path} är en mapp; ange ett filnamn som slutar på .pdf.",
    },
    "report.no_reflection": {
        "en": "There is no finished reflection to report on in {path}.",
        "fi": "Kansiossa {path} ei ole valmista pohdintaa, josta tehdä raportti.",
        "sv": "I {path} finns ingen avslutad reflektion att göra en rapport om.",
    },
    "report.unknown_reflection": {
        "en": "There is no finished reflection with the number {id}.",
        "fi": "Valmista pohdintaa numerolla {id} ei ole.",
        "sv": "Det finns ingen avslutad reflektion med nummer {id}.",
    },
    # --- the team report (issue 5) --------------------------------------------------------
    "team.title": {
        "en": "Our team's reflection for the workshop",
        "fi": "Tiimimme pohdinta työpajaan",
        "sv": "Vårt teams reflektion inför workshopen",
    },
    "team.subject": {
        "en": "A team's collated reflections on work orientation and pedagogical well-being (HyPe)",
        "fi": "Tiimin koostetut pohdinnat työorientaatiosta ja pedagogisesta hyvinvoinnista (HyPe)",
        "sv": "Ett teams sammanställda reflektioner kring arbetsorientering och pedagogiskt välbefinnande (HyPe)",
    },
    "team.team_code": {"en": "Team: {code}", "fi": "Tiimi: {code}", "sv": "Team: {code}"},
    "team.round": {"en": "Round: {round}", "fi": "Kierros: {round}", "sv": "Omgång: {round}"},
    "team.contributors": {
        "en": "Contributors: {count}",
        "fi": "Osallistujia: {count}",
        "sv": "Deltagare: {count}",
    },
    "team.intro": {
        "en": "This report brings together what the members chose to share. It shows only the team's "
              "spread of views, never one person's answers: a score appears only when at least {k} "
              "people answered, answer distributions and written words only when at least {k_detail} "
              "did. Written words are shuffled and not attributed. Whoever receives this file can read "
              "it, so share it with the team only. It is a starting point for a conversation, not an "
              "assessment of anyone.",
        "fi": "Tähän raporttiin on koottu se, minkä tiimin jäsenet valitsivat jakaa. Se näyttää vain "
              "tiimin näkemysten kirjon, ei koskaan yhden ihmisen vastauksia: pisteet näytetään vain, "
              "kun vähintään {k} henkilöä on vastannut, vastausjakaumat ja kirjoitetut sanat vain, kun "
              "vähintään {k_detail} on vastannut. Kirjoitetut sanat on sekoitettu, eikä niitä yhdistetä "
              "kehenkään. Tiedoston saaja voi lukea sen, joten jaa se vain tiimille. Raportti on "
              "keskustelun alku, ei kenenkään arvio.",
        "sv": "Den här rapporten samlar det som medlemmarna valde att dela. Den visar bara teamets "
              "spridning av synsätt, aldrig en enskild persons svar: ett resultat visas först när minst "
              "{k} personer har svarat, svarsfördelningar och skrivna ord först när minst {k_detail} har "
              "gjort det. Skrivna ord är blandade och inte kopplade till någon. Den som får filen kan "
              "läsa den, så dela den bara med teamet. Den är en utgångspunkt för ett samtal, inte en "
              "bedömning av någon.",
    },
    "team.results": {"en": "The team's results by area", "fi": "Tiimin tulokset osa-alueittain",
                     "sv": "Teamets resultat per område"},
    "team.chart_title": {"en": "{module}: team mean 1–5", "fi": "{module}: tiimin keskiarvo 1–5",
                         "sv": "{module}: teamets medelvärde 1–5"},
    "team.col_n": {"en": "Answers", "fi": "Vastauksia", "sv": "Svar"},
    "team.col_mean": {"en": "Mean", "fi": "Keskiarvo", "sv": "Medelvärde"},
    "team.col_median": {"en": "Median", "fi": "Mediaani", "sv": "Median"},
    "team.col_spread": {"en": "Spread", "fi": "Hajonta", "sv": "Spridning"},
    "team.col_statement": {"en": "Statement", "fi": "Väittämä", "sv": "Påstående"},
    "team.col_distribution": {"en": "Answers 1/2/3/4/5", "fi": "Vastaukset 1/2/3/4/5",
                              "sv": "Svar 1/2/3/4/5"},
    "team.too_few": {
        "en": "fewer than {k} answers",
        "fi": "alle {k} vastausta",
        "sv": "färre än {k} svar",
    },
    "team.no_scores": {
        "en": "Fewer than {k} people counted for every area, so no scores are shown. For a team this "
              "small, reflecting together in workshop mode works better.",
        "fi": "Jokaisella osa-alueella vastaajia oli alle {k}, joten pisteitä ei näytetä. Näin pienelle "
              "tiimille sopii paremmin yhteinen pohdinta työpajatilassa.",
        "sv": "Färre än {k} personer svarade inom varje område, så inga resultat visas. För ett så litet "
              "team passar en gemensam reflektion i workshopläget bättre.",
    },
    "team.numbers_hint": {
        "en": "Spread is the standard deviation: 0 means everyone answered alike. The table under each "
              "chart holds its numbers.",
        "fi": "Hajonta on keskihajonta: 0 tarkoittaa, että kaikki vastasivat samoin. Kunkin kuvion alla "
              "olevassa taulukossa ovat sen luvut.",
        "sv": "Spridningen är standardavvikelsen: 0 betyder att alla svarade likadant. Tabellen under "
              "varje diagram innehåller dess tal.",
    },
    "team.agreement": {"en": "Where we agree and where views differ",
                       "fi": "Missä olemme samaa mieltä ja missä näkemykset eroavat",
                       "sv": "Där vi är överens och där synsätten skiljer sig"},
    "team.most_agreed": {"en": "Most agreed", "fi": "Yksimielisimmät", "sv": "Mest överens"},
    "team.most_disputed": {"en": "Views differ most", "fi": "Näkemykset eroavat eniten",
                           "sv": "Synsätten skiljer sig mest"},
    "team.disputed_hint": {
        "en": "The statements where views differ most are often the best starting points for the "
              "discussion: different experiences of the same work are worth hearing.",
        "fi": "Väittämät, joissa näkemykset eroavat eniten, ovat usein parhaita keskustelun avauksia: "
              "erilaiset kokemukset samasta työstä kannattaa kuulla.",
        "sv": "De påståenden där synsätten skiljer sig mest är ofta de bästa utgångspunkterna för "
              "samtalet: olika erfarenheter av samma arbete är värda att höra.",
    },
    "team.no_agreement": {
        "en": "Too few statements had enough answers to compare agreement.",
        "fi": "Liian harvassa väittämässä oli riittävästi vastauksia yksimielisyyden vertailuun.",
        "sv": "För få påståenden hade tillräckligt många svar för att jämföra samstämmigheten.",
    },
    "team.questions_hint": {
        "en": "Suggestions for {occasion}; pick the ones that help.",
        "fi": "Ehdotuksia tilanteeseen: {occasion}. Valitse ne, joista on apua.",
        "sv": "Förslag inför tillfället: {occasion}. Välj de som hjälper.",
    },
    "team.change": {"en": "Change since the previous round", "fi": "Muutos edellisestä kierroksesta",
                    "sv": "Förändring sedan föregående omgång"},
    "team.change_since": {
        "en": "Compared with {round}; only areas with a team score in both rounds are shown.",
        "fi": "Vertailukohtana {round}; mukana vain osa-alueet, joilla on tiimin tulos molemmilla kierroksilla.",
        "sv": "Jämfört med {round}; bara områden med ett teamresultat i båda omgångarna visas.",
    },
    "team.col_before": {"en": "Before", "fi": "Aiemmin", "sv": "Tidigare"},
    "team.col_now": {"en": "Now", "fi": "Nyt", "sv": "Nu"},
    "team.col_change": {"en": "Change", "fi": "Muutos", "sv": "Förändring"},
    "team.comparison_warning": {
        "en": "This collation differs from the one saved earlier for this round by fewer than {k} "
              "people. Comparing the two could reveal individuals, so do not compare them.",
        "fi": "Tämä kooste eroaa kierroksen aiemmin tallennetusta alle {k} henkilön osalta. Niiden "
              "vertailu voisi paljastaa yksittäisiä henkilöitä, joten älä vertaa niitä.",
        "sv": "Den här sammanställningen skiljer sig från den som sparades tidigare för omgången med "
              "färre än {k} personer. En jämförelse kunde avslöja enskilda personer, så jämför dem inte.",
    },
    "team.steps": {"en": "Next steps members shared", "fi": "Jäsenten jakamat seuraavat askeleet",
                   "sv": "Nästa steg som medlemmarna delade"},
    "team.words": {"en": "In the members' own words", "fi": "Jäsenten omin sanoin",
                   "sv": "Med medlemmarnas egna ord"},
    "team.words_hint": {
        "en": "Shared by their authors, shuffled, not attributed; shown for an area only when at least "
              "{k_detail} people answered there.",
        "fi": "Kirjoittajat ovat jakaneet nämä itse; järjestys on sekoitettu eikä niitä yhdistetä "
              "kehenkään. Näytetään vain osa-alueilta, joilla vähintään {k_detail} henkilöä vastasi.",
        "sv": "Delade av sina författare, blandade, inte kopplade till någon; visas för ett område bara "
              "när minst {k_detail} personer svarade där.",
    },
    "team.same_text": {
        "en": "({count} people wrote this)",
        "fi": "({count} henkilöä kirjoitti tämän)",
        "sv": "({count} personer skrev detta)",
    },
    "team.other_area": {"en": "Other", "fi": "Muut", "sv": "Övrigt"},
    "team.nothing_shared": {
        "en": "Nothing shared here, or too few people for it to be shown.",
        "fi": "Ei jaettua sisältöä, tai liian vähän vastaajia sen näyttämiseen.",
        "sv": "Inget delat här, eller för få personer för att det ska visas.",
    },
    "team.footer": {
        "en": "{app} {version} · team {code} · aggregates only, a reflection aid · page {page}/{pages}",
        "fi": "{app} {version} · tiimi {code} · vain koosteita, pohdinnan apuväline · sivu {page}/{pages}",
        "sv": "{app} {version} · team {code} · endast sammanställningar, ett stöd för reflektion · sida {page}/{pages}",
    },
    "team.questions.kickoff": {
        "en": "Which of the team's results did we expect, and which surprised us?\n"
              "Where do our views differ most, and what different experiences lie behind them?\n"
              "What do we want to pay attention to together during this development period?\n"
              "How will we know at the closing workshop that something changed?",
        "fi": "Mitkä tiimin tuloksista osasimme arvata ja mitkä yllättivät?\n"
              "Missä näkemyksemme eroavat eniten, ja millaiset kokemukset niiden taustalla ovat?\n"
              "Mihin haluamme yhdessä kiinnittää huomiota tämän kehittämisjakson aikana?\n"
              "Mistä tiedämme päätöstyöpajassa, että jokin muuttui?",
        "sv": "Vilka av teamets resultat väntade vi oss, och vilka överraskade oss?\n"
              "Var skiljer sig våra synsätt mest, och vilka olika erfarenheter ligger bakom?\n"
              "Vad vill vi tillsammans uppmärksamma under den här utvecklingsperioden?\n"
              "Hur vet vi på den avslutande workshopen att något har förändrats?",
    },
    "team.questions.team_workshop": {
        "en": "What works well in our way of working that we want to keep?\n"
              "Which statement where views differ would be most useful to talk through now?\n"
              "Where do we need clearer agreements, online or on site?\n"
              "Which one small step will the team try before we meet again?",
        "fi": "Mikä toimintatavoissamme toimii hyvin ja kannattaa säilyttää?\n"
              "Mistä väittämästä, jossa näkemykset eroavat, olisi nyt hyödyllisintä keskustella?\n"
              "Missä tarvitsemme selkeämpiä sopimuksia, verkossa tai paikan päällä?\n"
              "Minkä yhden pienen askeleen tiimi kokeilee ennen seuraavaa tapaamista?",
        "sv": "Vad fungerar bra i vårt sätt att arbeta och är värt att behålla?\n"
              "Vilket påstående där synsätten skiljer sig vore mest värt att prata igenom nu?\n"
              "Var behöver vi tydligare överenskommelser, på distans eller på plats?\n"
              "Vilket litet steg prövar teamet innan vi ses nästa gång?",
    },
    "team.questions.closing": {
        "en": "What has changed in the team since the kick-off, in the results and in everyday work?\n"
              "Which of our shared steps made a difference, and why?\n"
              "Where do our views still differ, and what does that tell us?\n"
              "What do we want to carry on with after this period?",
        "fi": "Mikä tiimissä on muuttunut aloituksen jälkeen tuloksissa ja arjen työssä?\n"
              "Mitkä yhteisistä askeleistamme vaikuttivat ja miksi?\n"
              "Missä näkemyksemme eroavat yhä, ja mitä se kertoo meille?\n"
              "Mitä haluamme jatkaa tämän jakson jälkeen?",
        "sv": "Vad har förändrats i teamet sedan starten, i resultaten och i vardagsarbetet?\n"
              "Vilka av våra gemensamma steg gjorde skillnad, och varför?\n"
              "Var skiljer sig våra synsätt fortfarande, och vad säger det oss?\n"
              "Vad vill vi fortsätta med efter den här perioden?",
    },
    "team.questions.coaching": {
        "en": "Which of the team's results would we like to understand better?\n"
              "What supports our work right now, and what gets in its way?\n"
              "What support from the lead or from each other would help most?\n"
              "What will we try next, and how will we notice that it helped?",
        "fi": "Mitä tiimin tuloksista haluaisimme ymmärtää paremmin?\n"
              "Mikä tukee työtämme nyt ja mikä on sen esteenä?\n"
              "Millaisesta esihenkilön tai toistemme tuesta olisi eniten apua?\n"
              "Mitä kokeilemme seuraavaksi ja mistä huomaamme, että se auttoi?",
        "sv": "Vilka av teamets resultat vill vi förstå bättre?\n"
              "Vad stöder vårt arbete just nu, och vad står i vägen?\n"
              "Vilket stöd från chefen eller från varandra skulle hjälpa mest?\n"
              "Vad prövar vi härnäst, och hur märker vi att det hjälpte?",
    },
    "team.questions.check_in": {
        "en": "What has gone well in the team since we last looked at this?\n"
              "Which result would we like to keep an eye on together?\n"
              "Is there something we should bring up with the lead?\n"
              "What is one small thing we can do for our well-being at work?",
        "fi": "Mikä tiimissä on sujunut hyvin sen jälkeen, kun viimeksi katsoimme tätä?\n"
              "Mitä tulosta haluaisimme seurata yhdessä?\n"
              "Onko jotain, mikä meidän pitäisi ottaa puheeksi esihenkilön kanssa?\n"
              "Mikä on yksi pieni asia, jonka voimme tehdä hyvinvointimme eteen työssä?",
        "sv": "Vad har gått bra i teamet sedan vi senast tittade på det här?\n"
              "Vilket resultat vill vi hålla ett öga på tillsammans?\n"
              "Finns det något vi borde ta upp med chefen?\n"
              "Vilken liten sak kan vi göra för vårt välbefinnande i arbetet?",
    },
    # --- the team report: what the team agreed in workshop mode (issue 5, section 5) ----------
    "team.workshop.cover": {
        "en": "Also in this report: what the team agreed together in the workshop ({team}, {date}).",
        "fi": "Raportissa myös: mistä tiimi sopi yhdessä työpajassa ({team}, {date}).",
        "sv": "I rapporten finns också det som teamet kom överens om tillsammans i workshopen ({team}, {date}).",
    },
    "team.workshop.title": {
        "en": "What the team agreed together in the workshop",
        "fi": "Mistä tiimi sopi yhdessä työpajassa",
        "sv": "Det som teamet kom överens om tillsammans i workshopen",
    },
    "team.workshop.intro": {
        "en": "The team {team} went through the statements together in workshop mode ({occasion}) and "
              "agreed on one answer for each. This is the team's own shared view, not anyone's personal "
              "answers, so the minimum group sizes of the collated results do not apply to it. Next to it "
              "is the mean of the members' own answers from this round, where at least {k} people answered.",
        "fi": "Tiimi {team} kävi väittämät läpi yhdessä työpajatilassa ({occasion}) ja sopi kuhunkin "
              "yhden yhteisen vastauksen. Tämä on tiimin oma yhteinen näkemys eikä kenenkään henkilökohtaisia "
              "vastauksia, joten koosteen vähimmäisryhmäkoot eivät koske sitä. Vieressä on jäsenten omien "
              "vastausten keskiarvo tältä kierrokselta niillä osa-alueilla, joihin vähintään {k} henkilöä vastasi.",
        "sv": "Teamet {team} gick igenom påståendena tillsammans i workshopläget ({occasion}) och kom "
              "överens om ett gemensamt svar på varje. Det här är teamets egen gemensamma bild, inte någons "
              "personliga svar, så sammanställningens minsta gruppstorlekar gäller inte den. Bredvid står "
              "medelvärdet av medlemmarnas egna svar från den här omgången, där minst {k} personer svarade.",
    },
    "team.workshop.col_agreed": {
        "en": "Agreed together", "fi": "Yhdessä sovittu", "sv": "Överenskommet tillsammans",
    },
    "team.workshop.col_members": {
        "en": "Members' mean (collated)", "fi": "Jäsenten keskiarvo (kooste)",
        "sv": "Medlemmarnas medelvärde (sammanställt)",
    },
    "team.workshop.not_collated": {
        "en": "not in the collated round", "fi": "ei koosteessa", "sv": "inte i sammanställningen",
    },
    "team.workshop.notes": {
        "en": "The team's agreed notes", "fi": "Tiimin yhdessä sopimat muistiinpanot",
        "sv": "Teamets gemensamma anteckningar",
    },
    "team.workshop.no_notes": {
        "en": "The team wrote no notes in the workshop.",
        "fi": "Tiimi ei kirjoittanut työpajassa muistiinpanoja.",
        "sv": "Teamet skrev inga anteckningar i workshopen.",
    },
    "team.workshop.answer": {
        "en": "{statement} (agreed answer: {answer})",
        "fi": "{statement} (sovittu vastaus: {answer})",
        "sv": "{statement} (överenskommet svar: {answer})",
    },
}


def text(key: str, /, lang: str, **params: object) -> str:
    """The report text ``key`` in ``lang`` (English when the language is unknown), filled in."""
    entry = _T[key]
    return (entry.get(lang) or entry["en"]).format(**params)


def questions(phase: str, lang: str) -> list[str]:
    """Discussion questions for a phase of the workshop process (one per line in the catalogue)."""
    return text(f"questions.{phase}", lang).splitlines()


def team_questions(phase: str, lang: str) -> list[str]:
    """Discussion questions for a team's workshop of a phase (the team report)."""
    return text(f"team.questions.{phase}", lang).splitlines()


def catalogue() -> dict[str, dict[str, str]]:
    """All texts (for the completeness test)."""
    return {k: dict(v) for k, v in _T.items()}


def fmt_number(value: float, lang: str, digits: int = 1) -> str:
    """A number with the language's decimal separator (3,5 in Finnish and Swedish)."""
    s = f"{value:.{digits}f}"
    return s.replace(".", ",") if lang in ("fi", "sv") else s


def fmt_date(value: date | datetime, lang: str) -> str:
    """A date as people write it: 5.3.2025 in Finnish, 2025-03-05 in Swedish and English (ISO)."""
    if lang == "fi":
        return f"{value.day}.{value.month}.{value.year}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"

