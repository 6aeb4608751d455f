"""Messages about files the app writes: one a reader would refuse is not written, and a full or
read-only disk is said plainly, naming the file (the command line and the window say the same)."""

TEXTS: dict[str, dict[str, str]] = {
    "file.would_not_be_read": {
        "en": "The file was not written: the app that reads it would refuse it. {problems}",
        "fi": "Tiedostoa ei kirjoitettu: sen lukeva sovellus hylkäisi sen. {problems}",
        "sv": "Filen skrevs inte: appen som läser den skulle avvisa den. {problems}",
    },
    "disk.full": {
        "en": "{path}: the disk is full, so this was not written. Free some space (or choose another place) and try again; what was stored before is unchanged.",
        "fi": "{path}: levy on täynnä, joten tätä ei kirjoitettu. Vapauta tilaa (tai valitse toinen paikka) ja yritä uudelleen; aiemmin tallennettu on ennallaan.",
        "sv": "{path}: disken är full, så detta skrevs inte. Frigör utrymme (eller välj en annan plats) och försök igen; det som sparats tidigare är oförändrat.",
    },
    "save.reason.disk_full": {
        "en": "the disk is full; free some space (empty the wastebasket, remove big files you no longer need)",
        "fi": "levy on täynnä; vapauta tilaa (tyhjennä roskakori, poista isoja tiedostoja, joita et enää tarvitse)",
        "sv": "disken är full; frigör utrymme (töm papperskorgen, ta bort stora filer du inte längre behöver)",
    },
    "disk.read_only": {
        "en": "{path}: this place cannot be written to (it is read-only or you lack permission). Choose another place, or ask whoever looks after the computer.",
        "fi": "{path}: tähän paikkaan ei voi kirjoittaa (se on vain luku -tilassa tai sinulla ei ole oikeuksia). Valitse toinen paikka tai kysy tietokoneen ylläpitäjältä.",
        "sv": "{path}: det går inte att skriva här (platsen är skrivskyddad eller du saknar behörighet). Välj en annan plats eller fråga den som sköter datorn.",
    },
}
