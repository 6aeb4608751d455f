"""Texts of the PDF reports in fi, sv and en (the PDF is rendered without Qt).

Each entry has the same {placeholders} in every language (a test checks it). Keys are
grouped by prefix: ``report.`` (headings and sentences), ``phase.``, ``owner.``,
``status.``, ``change.`` and ``questions.<phase>`` (workshop discussion questions, one per
line). The team report's texts (``team.``) are in team_report_texts.py, in the same catalogue.
"""

from __future__ import annotations

from datetime import date, datetime

from hype_desktop.reports.team_report_texts import TEAM_TEXTS

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
}
_T.update(TEAM_TEXTS)


from hype_desktop.reports.team_texts import TEAM_TEXTS  # noqa: E402 - the team PDF's newer texts

_T.update(TEAM_TEXTS)


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

