"""Messages about hand-written files (presets, content packs): every problem at its place, in plain words."""

TEXTS: dict[str, dict[str, str]] = {
    "content.retired": {
        "en": "content no longer installed",
        "fi": "sisältö ei ole enää asennettuna",
        "sv": "innehållet är inte längre installerat",
    },
    "problem.count": {
        "en": "{file}: {count} problem(s) found:",
        "fi": "{file}: löytyi {count} ongelma(a):",
        "sv": "{file}: {count} problem hittades:",
    },
    "problem.valid_preset": {
        "en": "{file} is a valid preset: {organisation}, {rounds} round(s), {modules} module(s) offered.",
        "fi": "{file} on kelvollinen asetustiedosto: {organisation}, {rounds} kierros(ta), {modules} tarjottua moduulia.",
        "sv": "{file} är en giltig inställningsfil: {organisation}, {rounds} omgång(ar), {modules} erbjudna moduler.",
    },
    "problem.item": {
        "en": "item {number}",
        "fi": "kohta {number}",
        "sv": "punkt {number}",
    },
    "problem.missing": {
        "en": "this field is missing.",
        "fi": "tämä kenttä puuttuu.",
        "sv": "det här fältet saknas.",
    },
    "problem.unknown_field": {
        "en": "this field is not part of the format (check its spelling).",
        "fi": "tämä kenttä ei kuulu muotoon (tarkista kirjoitusasu).",
        "sv": "det här fältet hör inte till formatet (kontrollera stavningen).",
    },
    "problem.want_text": {
        "en": "write a text in quotes here.",
        "fi": "kirjoita tähän teksti lainausmerkeissä.",
        "sv": "skriv en text inom citattecken här.",
    },
    "problem.want_number": {
        "en": "write a whole number here (without quotes).",
        "fi": "kirjoita tähän kokonaisluku (ilman lainausmerkkejä).",
        "sv": "skriv ett heltal här (utan citattecken).",
    },
    "problem.want_true_false": {
        "en": "write true or false here.",
        "fi": "kirjoita tähän true tai false.",
        "sv": "skriv true eller false här.",
    },
    "problem.want_list": {
        "en": "write a list in square brackets here: [ … ].",
        "fi": "kirjoita tähän luettelo hakasulkeissa: [ … ].",
        "sv": "skriv en lista inom hakparenteser här: [ … ].",
    },
    "problem.want_object": {
        "en": "write a group of fields in curly brackets here: {{ … }}.",
        "fi": "kirjoita tähän kenttäryhmä aaltosulkeissa: {{ … }}.",
        "sv": "skriv en grupp fält inom klammerparenteser här: {{ … }}.",
    },
    "problem.one_of": {
        "en": "use one of: {choices}.",
        "fi": "käytä jotakin näistä: {choices}.",
        "sv": "använd något av: {choices}.",
    },
    "problem.text_too_short": {
        "en": "the text must have at least {count} character(s).",
        "fi": "tekstissä on oltava vähintään {count} merkki(ä).",
        "sv": "texten måste ha minst {count} tecken.",
    },
    "problem.text_too_long": {
        "en": "the text may have at most {count} characters.",
        "fi": "tekstissä saa olla enintään {count} merkkiä.",
        "sv": "texten får ha högst {count} tecken.",
    },
    "problem.list_too_short": {
        "en": "the list must have at least {count} item(s).",
        "fi": "luettelossa on oltava vähintään {count} kohta(a).",
        "sv": "listan måste ha minst {count} punkt(er).",
    },
    "problem.list_too_long": {
        "en": "the list may have at most {count} items.",
        "fi": "luettelossa saa olla enintään {count} kohtaa.",
        "sv": "listan får ha högst {count} punkter.",
    },
    "problem.at_least": {
        "en": "the number must be at least {limit}.",
        "fi": "luvun on oltava vähintään {limit}.",
        "sv": "talet måste vara minst {limit}.",
    },
    "problem.more_than": {
        "en": "the number must be more than {limit}.",
        "fi": "luvun on oltava suurempi kuin {limit}.",
        "sv": "talet måste vara större än {limit}.",
    },
    "problem.at_most": {
        "en": "the number may be at most {limit}.",
        "fi": "luku saa olla enintään {limit}.",
        "sv": "talet får vara högst {limit}.",
    },
    "problem.less_than": {
        "en": "the number must be less than {limit}.",
        "fi": "luvun on oltava pienempi kuin {limit}.",
        "sv": "talet måste vara mindre än {limit}.",
    },
    "problem.form": {
        "en": "this value is not written in the expected form.",
        "fi": "arvoa ei ole kirjoitettu odotetussa muodossa.",
        "sv": "värdet är inte skrivet i den förväntade formen.",
    },
    "problem.form.date": {
        "en": "write the date as YYYY-MM-DD, e.g. 2027-01-31.",
        "fi": "kirjoita päivämäärä muodossa VVVV-KK-PP, esim. 2027-01-31.",
        "sv": "skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-01-31.",
    },
    "problem.form.team_code": {
        "en": "a team code is 2–32 letters (a–z, A–Z), digits, - or _, starting with a letter or digit, e.g. KOULU-A.",
        "fi": "tiimikoodi on 2–32 kirjainta (a–z, A–Z), numeroa, - tai _, ja se alkaa kirjaimella tai numerolla, esim. KOULU-A.",
        "sv": "en teamkod är 2–32 bokstäver (a–z, A–Z), siffror, - eller _ och börjar med en bokstav eller siffra, t.ex. SKOLA-A.",
    },
    "problem.form.pack_file": {
        "en": "name a file in the same folder, ending in .json, without folders (letters, digits, _, - and .).",
        "fi": "anna saman kansion tiedoston nimi, joka päättyy .json, ilman kansioita (kirjaimet, numerot, _, - ja .).",
        "sv": "ange namnet på en fil i samma mapp som slutar på .json, utan mappar (bokstäver, siffror, _, - och .).",
    },
    "problem.form.id": {
        "en": "an id is lower-case letters, digits, _ and -, parts separated by dots, e.g. key_factors.",
        "fi": "tunnus on pieniä kirjaimia, numeroita, _ ja -, osat pisteillä erotettuina, esim. key_factors.",
        "sv": "ett id består av små bokstäver, siffror, _ och -, delar åtskilda med punkter, t.ex. key_factors.",
    },
    "problem.said": {
        "en": "{text}",
        "fi": "{text}",
        "sv": "{text}",
    },
    "file.field_problems": {
        "en": "{count} problem(s): {problems}",
        "fi": "{count} ongelma(a): {problems}",
        "sv": "{count} problem: {problems}",
    },
    "problem.not_valid": {
        "en": "this value is not valid here.",
        "fi": "arvo ei kelpaa tähän.",
        "sv": "värdet är inte giltigt här.",
    },
    "preset.round_not_offered": {
        "en": "the round includes the module “{module}”, which the preset does not offer (add it to offered_modules or take it out of the round).",
        "fi": "kierrokseen kuuluu moduuli ”{module}”, jota asetustiedosto ei tarjoa (lisää se kohtaan offered_modules tai poista se kierrokselta).",
        "sv": "omgången innehåller modulen ”{module}”, som inställningsfilen inte erbjuder (lägg till den i offered_modules eller ta bort den från omgången).",
    },
}
