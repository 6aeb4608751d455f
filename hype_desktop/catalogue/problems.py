"""Messages about hand-written files (presets, content packs): every problem at its place, in plain words."""

TEXTS: dict[str, dict[str, str]] = {
    "preset.pack_clashes": {
        "en": "the pack “{pack}” says it adds to the built-in content but reuses its ids ({ids}); give its factors and statements ids of their own, or write \"mode\": \"replace\".",
        "fi": "paketti ”{pack}” sanoo lisäävänsä sisältöä sovelluksen omaan sisältöön, mutta käyttää samoja tunnuksia ({ids}); anna sen osa-alueille ja väittämille omat tunnukset tai kirjoita \"mode\": \"replace\".",
        "sv": "paketet ”{pack}” säger att det lägger till innehåll i appens eget innehåll men återanvänder dess id ({ids}); ge dess faktorer och påståenden egna id eller skriv \"mode\": \"replace\".",
    },
    "pack.adds": {
        "en": "It adds {modules} module(s) and {factors} factor(s) beside the built-in content.",
        "fi": "Se lisää {modules} moduulia ja {factors} osa-aluetta sovelluksen oman sisällön rinnalle.",
        "sv": "Det lägger till {modules} moduler och {factors} faktorer bredvid appens eget innehåll.",
    },
    "pack.replaces": {
        "en": "It replaces the built-in content (teachers see only this pack's modules).",
        "fi": "Se korvaa sovelluksen oman sisällön (opettajat näkevät vain tämän paketin moduulit).",
        "sv": "Det ersätter appens eget innehåll (lärarna ser bara det här paketets moduler).",
    },
    "pack.mode_unsaid": {
        "en": "Warning: the pack does not say \"mode\"; because it reuses ids of the built-in content it is taken to replace it. Write \"mode\": \"replace\" or \"mode\": \"add\" to say which.",
        "fi": "Varoitus: paketissa ei ole kenttää \"mode\"; koska se käyttää sovelluksen oman sisällön tunnuksia, sen katsotaan korvaavan sen. Kirjoita \"mode\": \"replace\" tai \"mode\": \"add\".",
        "sv": "Varning: paketet anger inte \"mode\"; eftersom det återanvänder id från appens eget innehåll antas det ersätta det. Skriv \"mode\": \"replace\" eller \"mode\": \"add\".",
    },
    "pack.unmapped_statement": {
        "en": "Warning: the statement “{item}” of {against} is gone and not in item_map: its trend ends here (map it if it was only reworded).",
        "fi": "Varoitus: väittämä ”{item}” ({against}) puuttuu eikä ole kohdassa item_map: sen kehityskäyrä päättyy tähän (kohdista se, jos sitä vain muotoiltiin uudelleen).",
        "sv": "Varning: påståendet ”{item}” ({against}) finns inte längre och saknas i item_map: dess trend slutar här (koppla det om det bara formulerades om).",
    },
    "pack.dropped_mapping": {
        "en": "Warning: the mapping “{old}” → “{new}” of the previous version is gone: reflections made before it no longer continue that trend.",
        "fi": "Varoitus: edellisen version kohdistus ”{old}” → ”{new}” puuttuu: sitä ennen tehtyjen pohdintojen kehityskäyrä ei enää jatku.",
        "sv": "Varning: kopplingen ”{old}” → ”{new}” från föregående version finns inte längre: reflektioner från före den fortsätter inte längre den trenden.",
    },
    "pack.previous_version": {
        "en": "the previous version",
        "fi": "edellinen versio",
        "sv": "föregående version",
    },
    "pack.builtin_content": {
        "en": "the built-in content",
        "fi": "sovelluksen oma sisältö",
        "sv": "appens eget innehåll",
    },
    "cli.selftest_preset": {
        "en": "The trainer's preset was used: {organisation} ({path}).",
        "fi": "Kouluttajan asetustiedostoa käytettiin: {organisation} ({path}).",
        "sv": "Utbildarens inställningsfil användes: {organisation} ({path}).",
    },
    "collate.left_out": {
        "en": "Left out: members also answered content this app does not have ({factors}). The rest is collated on the factors in common.",
        "fi": "Jätetty pois: jäsenet vastasivat myös sisältöön, jota tässä sovelluksessa ei ole ({factors}). Muu on koottu yhteisten osa-alueiden osalta.",
        "sv": "Utelämnat: medlemmarna svarade också på innehåll som den här appen inte har ({factors}). Resten sammanställs för de gemensamma faktorerna.",
    },
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
