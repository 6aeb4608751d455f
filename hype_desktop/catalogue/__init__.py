"""The message catalogue of the layers below the UI, split by subject (messages.py holds the
first, general part and the lookup). Each module has TEXTS: key -> {"en", "fi", "sv"}; a new
subject gets a module of its own here, listed in CATALOGUES."""

from hype_desktop.catalogue import pack_rules, problems, sealed_rounds, writing

CATALOGUES: tuple[dict[str, dict[str, str]], ...] = (problems.TEXTS, pack_rules.TEXTS, sealed_rounds.TEXTS, writing.TEXTS)
