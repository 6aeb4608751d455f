"""Texts of the team PDF's first page, its Likert charts and its page for too few shares, in
fi, sv and en; report_texts.text() reads them with the others."""

from __future__ import annotations

TEAM_TEXTS: dict[str, dict[str, str]] = {
    "team.people_shared": {
        "en": "{count} people shared their reflection",
        "fi": "{count} henkilöä jakoi pohdintansa",
        "sv": "{count} personer delade sin reflektion",
    },
    "team.glance": {"en": "At a glance", "fi": "Yhdellä silmäyksellä", "sv": "I korthet"},
    "team.glance_agree": {"en": "The team agrees most on", "fi": "Tiimi on yksimielisin näistä",
                          "sv": "Teamet är mest överens om"},
    "team.glance_differ": {"en": "Views differ most on", "fi": "Näkemykset eroavat eniten näistä",
                           "sv": "Synsätten skiljer sig mest om"},
    "team.glance_hidden": {
        "en": "Where the team agrees and where views differ is shown from {k_detail} people.",
        "fi": "Missä tiimi on yksimielinen ja missä näkemykset eroavat, näytetään vähintään {k_detail} "
              "hengeltä.",
        "sv": "Var teamet är överens och var synsätten skiljer sig visas från {k_detail} personer.",
    },
    "team.glance_questions": {"en": "Questions for this phase", "fi": "Kysymyksiä tähän vaiheeseen",
                              "sv": "Frågor för den här fasen"},
    "team.likert_caption": {
        "en": "How many people gave each answer, per statement: disagreement to the left of the middle "
              "line, agreement to the right; the middle answer straddles the line.",
        "fi": "Kuinka moni antoi kunkin vastauksen väittämittäin: eri mieltä keskiviivan vasemmalla, samaa "
              "mieltä oikealla; keskimmäinen vastaus jakautuu viivan molemmin puolin.",
        "sv": "Hur många som gav varje svar, per påstående: inte av samma åsikt till vänster om mittlinjen, "
              "av samma åsikt till höger; mittsvaret ligger på båda sidor om linjen.",
    },
    "team.likert_hidden": {"en": "shown from {k_detail} people", "fi": "näytetään vähintään {k_detail} hengeltä",
                           "sv": "visas från {k_detail} personer"},
    "team.col_people": {"en": "People", "fi": "Vastaajia", "sv": "Personer"},
    "team.too_few.title": {
        "en": "Why this report shows no results",
        "fi": "Miksi tässä raportissa ei ole tuloksia",
        "sv": "Varför rapporten inte visar några resultat",
    },
    "team.too_few.body": {
        "en": "{count} people shared their reflection for this round. The team's results are shown from {k} "
              "people, so that nobody's answers can be told apart; with fewer, even a mean could show what "
              "one person answered. So this report shows no scores, no charts and no shared words.",
        "fi": "Tälle kierrokselle pohdintansa jakoi {count} henkilöä. Tiimin tulokset näytetään vähintään {k} "
              "hengeltä, jotta kenenkään vastauksia ei voi erottaa; pienemmästä joukosta jo keskiarvo voisi "
              "paljastaa yhden ihmisen vastauksen. Siksi raportissa ei ole pisteitä, kaavioita eikä jaettuja "
              "tekstejä.",
        "sv": "{count} personer delade sin reflektion för den här omgången. Teamets resultat visas från {k} "
              "personer, så att ingens svar kan urskiljas; med färre kunde redan ett medelvärde visa vad en "
              "person svarade. Därför visar rapporten inga poäng, diagram eller delade texter.",
    },
    "team.too_few.next": {
        "en": "What you can do: ask more members to share before the deadline and collate again, or reflect "
              "together in workshop mode, where the team agrees its view aloud and can count anonymous "
              "cards instead.",
        "fi": "Mitä voit tehdä: pyydä useampaa jäsentä jakamaan ennen määräpäivää ja kokoa uudelleen, tai "
              "pohtikaa yhdessä työpajatilassa, jossa tiimi sopii näkemyksestään ääneen ja voi laskea "
              "nimettömiä kortteja.",
        "sv": "Vad du kan göra: be fler medlemmar dela före sista dagen och sammanställ igen, eller reflektera "
              "tillsammans i workshopläget, där teamet enas om sin bild högt och kan räkna anonyma kort.",
    },
    "workshop.title": {"en": "Our workshop", "fi": "Työpajamme", "sv": "Vår workshop"},
    "workshop.own_result": {
        "en": "What the team agreed together in workshop mode: the team's own shared result, not anyone's "
              "personal answers.",
        "fi": "Mistä tiimi sopi yhdessä työpajatilassa: tiimin oma yhteinen tulos, ei kenenkään henkilökohtaisia "
              "vastauksia.",
        "sv": "Vad teamet enades om tillsammans i workshopläget: teamets eget gemensamma resultat, inte någons "
              "personliga svar.",
    },
    "workshop.agreed": {"en": "What we agreed", "fi": "Mistä sovimme", "sv": "Vad vi enades om"},
    "workshop.col_agreed": {"en": "Agreed", "fi": "Sovittu", "sv": "Överenskommet"},
    "workshop.cards_hint": {
        "en": "1–5 and N/A: cards counted in the room by the facilitator, no names, added up over each area's "
              "statements. The room saw the cards; these counts are kept apart from the collated results "
              "of members' shares.",
        "fi": "1–5 ja ei koske: ohjaajan huoneessa laskemat kortit ilman nimiä, osa-alueen väittämien "
              "yhteismäärinä. Huone näki kortit; luvut pidetään erillään jäsenten jakojen kootuista "
              "tuloksista.",
        "sv": "1–5 och ej tillämpligt: kort som handledaren räknade i rummet, utan namn, summerade över "
              "områdets påståenden. Rummet såg korten; siffrorna hålls åtskilda från de sammanställda "
              "resultaten av medlemmarnas delningar.",
    },
    "workshop.earlier": {"en": "Our earlier steps", "fi": "Aiemmat askeleemme", "sv": "Våra tidigare steg"},
    "workshop.next": {"en": "Our next steps", "fi": "Seuraavat askeleemme", "sv": "Våra nästa steg"},
    "workshop.no_next": {"en": "No next steps recorded.", "fi": "Seuraavia askeleita ei kirjattu.",
                         "sv": "Inga nästa steg antecknade."},
    "workshop.footer": {
        "en": "{app} {version} · the team's own workshop result · page {page}/{pages}",
        "fi": "{app} {version} · tiimin oma työpajan tulos · sivu {page}/{pages}",
        "sv": "{app} {version} · teamets eget workshopresultat · sida {page}/{pages}",
    },
}
