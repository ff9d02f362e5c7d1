"""What figures count: head-noun synonyms, roles, demonyms and noun-phrase stops.

Fields:

* ``SYNONYMS``: head noun (lower case, as written) -> normalised key.  Groups were
  taken from the way wire copy varies one referent within a story (troops /
  soldiers / personnel / forces) and from casualty-reporting vocabulary (the
  ACLED and UCDP codebooks' killed / injured / casualties).
* ``ROLES``: word or phrase in the clause around a figure -> role of the counted
  things (what happened to them).  Longer phrases win ("killed or wounded" is
  ``casualties``, not ``killed``).
* ``ROLE_HEADS``: heads that are themselves roles ("400 killed", "3,600 injured"):
  the key becomes the role's default head noun when nothing else is counted.
* ``BEINGS``: keys that count people; a bare role ("400 killed") refers back to
  the most recent of these, never to "sites" or "homes".
* ``DEMONYMS``: adjectives naming whose the counted things are.
* ``STOPS``: words that end a counted noun phrase (verbs, prepositions,
  conjunctions, determiners); a phrase never runs past one.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BEINGS",
    "DEMONYMS",
    "PLANNABLE",
    "ROLES",
    "ROLE_HEADS",
    "STOPS",
    "SYNONYMS",
    "key_for",
]

SYNONYMS: Final[dict[str, str]] = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
    "personnel": "troops", "forces": "troops", "servicemen": "troops",
    "servicemembers": "troops", "service members": "troops", "fighters": "troops",
    "combatants": "troops", "militants": "militants", "men": "people",
    "people": "people", "persons": "people", "individuals": "people",
    "residents": "people", "civilians": "civilians", "protesters": "protesters",
    "protestors": "protesters", "demonstrators": "protesters", "marchers": "protesters",
    "dead": "killed", "deaths": "killed", "fatalities": "killed", "killed": "killed",
    "bodies": "killed", "lives": "killed",
    "wounded": "wounded", "injured": "wounded", "injuries": "wounded",
    "casualties": "casualties", "losses": "casualties",
    "prisoners": "prisoners", "pows": "prisoners", "captives": "prisoners",
    "hostages": "hostages", "refugees": "refugees", "migrants": "migrants",
    "asylum seekers": "migrants", "evacuees": "evacuees", "homes": "homes",
    "houses": "homes", "buildings": "buildings", "sites": "sites", "bases": "sites",
    "locations": "sites", "facilities": "sites", "camps": "sites",
    "workers": "workers", "employees": "workers", "jobs": "jobs",
    "cases": "cases", "infections": "cases", "votes": "votes", "ballots": "votes",
    "missiles": "missiles", "rockets": "missiles", "drones": "drones",
    "interpreters": "interpreters", "translators": "interpreters",
    "crowd": "people", "crowds": "people", "turnout": "people", "attendance": "people",
    "toll": "killed", "death toll": "killed",
}  # fmt: skip

ROLES: Final[dict[str, str]] = {
    "killed or wounded": "casualties", "killed or injured": "casualties",
    "killed and wounded": "casualties", "dead or wounded": "casualties",
    "casualties": "casualties", "casualty": "casualties", "losses": "casualties",
    "killed in action": "killed", "killed": "killed", "dead": "killed", "died": "killed",
    "deaths": "killed", "death toll": "killed", "fatalities": "killed",
    "wounded": "wounded", "injured": "wounded", "injuries": "wounded",
    "missing": "missing", "captured": "captured", "prisoners": "captured",
    "taken prisoner": "captured", "arrested": "arrested", "detained": "arrested",
    "evacuated": "evacuated", "displaced": "displaced", "rescued": "rescued",
    "deployed": "deployed", "sent": "deployed", "dispatched": "deployed",
    "deployment": "deployed", "deploy": "deployed", "send": "deployed",
    "transferred": "deployed", "provide": "deployed", "reinforcements": "deployed",
    "stationed": "stationed", "positioned": "stationed", "fighting": "fighting",
    "training": "training", "trained": "training", "returned": "returned",
    "recruited": "recruited", "infected": "infected", "vaccinated": "vaccinated",
    "attended": "attended", "gathered": "attended", "marched": "attended",
    "protested": "attended", "rallied": "attended",
}  # fmt: skip

ROLE_HEADS: Final[dict[str, str]] = {
    "killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded",
    "missing": "missing", "captured": "captured", "displaced": "displaced",
    "arrested": "arrested", "evacuated": "evacuated", "infected": "infected",
}  # fmt: skip

PLANNABLE: Final[frozenset[str]] = frozenset({"deployed", "stationed", "evacuated", "recruited"})
"""Roles that become ``planned`` after "promised to", "may", "preparing to" ..."""

BEINGS: Final[frozenset[str]] = frozenset(
    """troops militants people civilians protesters prisoners hostages refugees migrants
    evacuees workers killed wounded casualties interpreters children women men patients
    students passengers residents voters fans""".split()
)

DEMONYMS: Final[tuple[str, ...]] = (
    "North Korean", "South Korean", "Korean", "Russian", "Ukrainian", "American", "U.S.",
    "US", "Chinese", "Japanese", "Israeli", "Palestinian", "Iranian", "Syrian", "Iraqi",
    "Afghan", "Turkish", "Kurdish", "British", "French", "German", "Italian", "Spanish",
    "Polish", "Indian", "Pakistani", "Sudanese", "Ethiopian", "Somali", "Nigerian",
    "Mexican", "Venezuelan", "Colombian", "Brazilian", "Canadian", "Australian",
    "Lebanese", "Yemeni", "Saudi", "Egyptian", "Libyan", "Belarusian", "Georgian",
    "Taiwanese", "Filipino", "Vietnamese", "Indonesian", "Haitian", "Cuban", "European",
    "African", "Western", "NATO", "Allied", "Houthi", "Hamas", "Hezbollah", "Wagner",
)  # fmt: skip

STOPS: Final[frozenset[str]] = frozenset(
    """
    a an the this that these those his her its their our my your of in on at to from
    by for with without into onto over under near across between among during after
    before since until through toward towards against about around as than per via
    and or but nor so yet while whereas because although though if when where which
    who whom whose what is are was were be been being am has have had do does did
    will would shall should can could may might must said says say told tells claimed
    reported according including who're it they he she we you i also already now
    still only just even currently initially reportedly each every both either neither
    who's not no more most less fewer some any all other another such same
    remain remains remained stay stays stayed live lives face faces faced need needs
    include includes included die dies left fled arrived joined marched went came took
    made got lost won saw held became become seem seems appear appears continue
    continues returned whose
    """.split()
)


def key_for(head: str) -> str:
    """The normalised key of a head noun: its synonym group, else itself.

    >>> key_for("Soldiers"), key_for("injured"), key_for("bulldozers")
    ('troops', 'wounded', 'bulldozers')
    """
    lowered = head.lower()
    return SYNONYMS.get(lowered, lowered)
