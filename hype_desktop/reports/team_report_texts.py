"""Texts of the team PDF (the collated team summary and the workshop's record) in fi, sv and en.

Keys start with ``team.``; ``report_texts.text`` looks them up with the personal report's
texts (one catalogue, one placeholder check).
"""

from __future__ import annotations

TEAM_TEXTS: dict[str, dict[str, str]] = {
    # --- the team summary ----------------------------------------------------------------
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
    "team.sample": {
        "en": "Sample data: these results were made from made-up shares, not from real people's answers.",
        "fi": "Esimerkkiaineisto: nämä tulokset on koottu keksityistä jaoista, eivät oikeiden ihmisten vastauksista.",
        "sv": "Exempeldata: resultaten bygger på påhittade delningar, inte på riktiga personers svar.",
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
    # --- the team report: what the team agreed in workshop mode ------------------------------
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
