"""The rules of a content pack that a schema cannot say (unique ids, every language present,
bands covering the scale, the item_map): each problem as a sentence in the reader's language.
JSON field names (bands, min_answered, item_map…) stay as written in the file."""

TEXTS: dict[str, dict[str, str]] = {
    "pack.rule.language_twice": {
        "en": "languages lists a language twice.",
        "fi": "languages-luettelossa on sama kieli kahdesti.",
        "sv": "languages anger samma språk två gånger.",
    },
    "pack.rule.id_twice": {
        "en": "the id “{id}” is used more than once; every module, factor, statement and question needs an id of its own.",
        "fi": "tunnusta ”{id}” käytetään useammin kuin kerran; jokainen osio, osa-alue, väittämä ja kysymys tarvitsee oman tunnuksen.",
        "sv": "id:t ”{id}” används mer än en gång; varje del, område, påstående och fråga behöver ett eget id.",
    },
    "pack.rule.text_missing": {
        "en": "{where}: the {language} text is missing.",
        "fi": "{where}: kielen {language} teksti puuttuu.",
        "sv": "{where}: texten på språket {language} saknas.",
    },
    "pack.rule.map_target_missing": {
        "en": "item_map: “{old}” maps to “{new}”, which is not a statement of this pack.",
        "fi": "item_map: ”{old}” kohdistetaan väittämään ”{new}”, jota tässä paketissa ei ole.",
        "sv": "item_map: ”{old}” kopplas till ”{new}”, som inte är ett påstående i det här paketet.",
    },
    "pack.rule.map_still_statement": {
        "en": "item_map: “{old}” is still a statement of this version; give changed statements new ids.",
        "fi": "item_map: ”{old}” on yhä tämän version väittämä; anna muuttuneille väittämille uudet tunnukset.",
        "sv": "item_map: ”{old}” är fortfarande ett påstående i den här versionen; ge ändrade påståenden nya id.",
    },
    "pack.rule.min_answered": {
        "en": "min_answered ({needed}) is more than the {count} statements of the factor.",
        "fi": "min_answered ({needed}) on enemmän kuin osa-alueen {count} väittämää.",
        "sv": "min_answered ({needed}) är fler än områdets {count} påståenden.",
    },
    "pack.rule.short_min_without_short": {
        "en": "short_min_answered is only for factors that mark statements with short_form.",
        "fi": "short_min_answered sopii vain osa-alueille, joiden väittämiä on merkitty short_form-kentällä.",
        "sv": "short_min_answered gäller bara områden där påståenden är märkta med short_form.",
    },
    "pack.rule.short_too_few": {
        "en": "the quick check-in asks {short} statements of {factor}, fewer than the {needed} a score needs (short_min_answered, or min_answered).",
        "fi": "lyhyt pohdinta kysyy osa-alueesta {factor} {short} väittämää, vähemmän kuin pisteisiin tarvittavat {needed} (short_min_answered tai min_answered).",
        "sv": "den korta reflektionen frågar {short} påståenden i {factor}, färre än de {needed} som ett resultat kräver (short_min_answered eller min_answered).",
    },
    "pack.rule.threshold_direction": {
        "en": "strain_threshold is only for factors with direction higher_strain.",
        "fi": "strain_threshold sopii vain osa-alueille, joiden direction on higher_strain.",
        "sv": "strain_threshold gäller bara områden med direction higher_strain.",
    },
    "pack.rule.band_decimals": {
        "en": "band {low}–{high}: write the limits with one decimal, e.g. 2.4 and 2.5.",
        "fi": "bands {low}–{high}: kirjoita rajat yhdellä desimaalilla, esim. 2.4 ja 2.5.",
        "sv": "bands {low}–{high}: skriv gränserna med en decimal, t.ex. 2.4 och 2.5.",
    },
    "pack.rule.bands_cover": {
        "en": "the bands must cover the whole scale 1.0–5.0.",
        "fi": "bands-välien on katettava koko asteikko 1.0–5.0.",
        "sv": "bands måste täcka hela skalan 1.0–5.0.",
    },
    "pack.rule.band_gap": {
        "en": "bands {low}–{high} and {next_low}–{next_high} leave a gap or overlap (the next band starts 0.1 higher).",
        "fi": "bands-välien {low}–{high} ja {next_low}–{next_high} väliin jää aukko tai ne menevät päällekkäin (seuraava väli alkaa 0.1 ylempää).",
        "sv": "bands {low}–{high} och {next_low}–{next_high} lämnar en lucka eller överlappar (nästa intervall börjar 0.1 högre).",
    },
    "pack.rule.band_backwards": {
        "en": "band {low}–{high} runs backwards (min is above max).",
        "fi": "bands {low}–{high} on väärin päin (min on suurempi kuin max).",
        "sv": "bands {low}–{high} går baklänges (min är större än max).",
    },
    "pack.rule.scale_points": {
        "en": "the scale points must be 1, 2, 3, 4, 5 in order.",
        "fi": "asteikon pisteiden on oltava 1, 2, 3, 4, 5 tässä järjestyksessä.",
        "sv": "skalans punkter måste vara 1, 2, 3, 4, 5 i den ordningen.",
    },
}
