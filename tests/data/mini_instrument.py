"""A small instrument written for the tests (not the built-in content)."""


def L(text: str) -> dict[str, str]:
    return {"fi": f"{text} (fi)", "sv": f"{text} (sv)", "en": text}


def _bands(words: tuple[str, str, str]) -> list[dict]:
    return [{"min": 1.0, "max": 2.4, "label": L(words[0])},
            {"min": 2.5, "max": 3.4, "label": L(words[1])},
            {"min": 3.5, "max": 5.0, "label": L(words[2])}]


def _factor(fid: str, direction: str, n_items: int, min_answered: int, threshold=None) -> dict:
    return {
        "id": fid, "title": L(f"Factor {fid}"), "description": L(f"About {fid}."),
        "direction": direction, "min_answered": min_answered, "strain_threshold": threshold,
        "bands": _bands(("low", "middle", "high")),
        "items": [{"id": f"{fid}.{n}", "text": L(f"Statement {n} of {fid}"),
                   "explanation": L(f"What statement {n} means.")} for n in range(1, n_items + 1)],
        "prompts": [{"id": f"{fid}.p1", "text": L(f"What do you think about {fid}?")}],
    }


def mini_instrument() -> dict:
    return {
        "format": "hype-instrument", "format_version": 1, "id": "mini", "version": 1,
        "languages": ["fi", "sv", "en"], "title": L("Mini"), "description": L("For tests."),
        "scale": {"points": [{"value": v, "label": L(f"point {v}")} for v in range(1, 6)],
                  "not_applicable": L("n/a")},
        "modules": [
            {"id": "alpha", "title": L("Alpha"), "intro": L("Alpha intro."), "default_selected": True,
             "sensitive": False, "choose_factors": False,
             "factors": [_factor("alpha.one", "higher_better", 4, 2), _factor("alpha.two", "profile", 3, 2)]},
            {"id": "load", "title": L("Load"), "intro": L("Load intro."), "default_selected": False,
             "sensitive": True, "choose_factors": False,
             "factors": [_factor("load.tech", "higher_strain", 4, 3, 3.5)]},
        ],
        "item_map": {},
    }


def adding_pack() -> dict:
    """A trainer's pack that adds one module of its own beside the built-in content."""
    pack = mini_instrument()
    pack["id"], pack["version"] = "koulutus-lisa", 1
    pack["modules"] = [{"id": "koulutus", "title": L("Our programme"), "intro": L("Extra."),
                        "default_selected": True, "sensitive": False, "choose_factors": False,
                        "factors": [_factor("koulutus.one", "higher_better", 4, 2)]}]
    return pack
