"""Attribution cues: reporting verbs and phrases, relays, anonymity markers, titles.

Reporting verbs come from the AP Stylebook's list of attribution verbs and from
reading wire copy; each maps to the normalised cue kept on a claim, because an
estimate, a claim, a confirmation and a denial weigh differently in
reconciliation.  Fields:

* ``VERBS``: inflected verb -> cue lemma ("confirmed" -> "confirm").
* ``RELAYED_LEMMAS``: cue lemmas by which a voice inside another's statement
  speaks for itself ("Curra said that survivors had said ...").
* ``RELAYS``: phrases that introduce the source an attributor relays.
* ``ACCORDING``: phrases whose object is the attributor ("according to").
* ``AGENT_VERBS``: participles whose "by" phrase names the voice ("figures
  released by the ministry").
* ``ASIDES``: asides set off by commas between a speaker and the verb ("The
  NDRRMC, for its part, said").
* ``ANONYMOUS``: words that mark an attributor as an anonymous official
  ("unnamed", "people familiar with the matter").
* ``ANONYMOUS_HEADS``: last words of an unnamed official voice ("officials").
* ``TITLES``: honorifics and titles before a name -> the role noun they imply
  ("Rep." -> "lawmaker"), used for coreference ("the lawmaker said").
* ``ROLE_NOUNS``: nouns that describe a person's role, and their canonical role.
* ``PREPOSED``: first words of an adverbial clause before the speaker that the
  statement does not cover ("After a wildfire destroyed dozens of homes, ...").
* ``PRONOUNS``: pronoun -> what it can refer to ("person", "group", "organization").
* ``BACK_OBJECTS``: objects of a cue verb that point back to figures already
  given ("stated this", "confirmed the figures").
* ``BEFORE_VERB``: adverbs and auxiliaries skipped between a speaker and the
  cue verb ("has also said").
* ``SPEAKER_WORDS``: lower-case words a speaker phrase may hold ("a senior
  defense official", "the health ministry").
* ``APPOSITION_OPENERS``: first words of a comma-delimited apposition or clause
  after a speaker's name ("Lee, a lawmaker on the committee, said").
* ``CONTINUATIONS``: openers by which a sentence without a cue of its own points
  back to the voice of the sentence before ("Of these, 1,500 ...", "Among them
  ...", "The figure includes ..."); any other sentence without a cue is the
  outlet's own.
* ``DOCUMENT_NOUNS``: documents and data that carry a voice's figures without
  being a voice ("according to a memo, the CEO said").
* ``GROUP_SPEAKERS``: unnamed groups that another voice can relay
  ("survivors", "witnesses").
* ``CONTRASTS``: words after a comma that turn a sentence to another voice.
* ``CONTINUATIONS_BEFORE_FIGURE``: openers that point back only before a
  figure ("Of the 61, 27 were in Bogo").
* ``STATE_WORDS``: words after a cue verb that make it a participle ("reported
  dead").
* ``SUBORDINATORS``: words that open a clause before its speaker ("As the
  agency reported", "Like police"), never part of the speaker.
* ``OBJECT_VERBS``: cue verbs that are not verbs of saying when a figure is
  their object ("employers added 213,000 jobs").
* ``ESTIMATE_VERBS``, ``ESTIMATE_NOUNS``: verbs that report a figure only when
  their object is an estimate ("raised its estimate to 3,000", not "raised its
  key rate").
* ``KNOWN_BODIES``: organisations whose names end in no body word ("Doctors
  Without Borders").
* ``LIVES_VERBS``: cue verbs that are not verbs of saying before "lives" ("the
  quake claimed 20 lives").
* ``DETERMINERS``: words before a cue verb that make it an adjective ("the
  disputed region", "an estimated 3,000").
* ``NOUN_MARKERS``: prepositions before a cue word that make it a noun ("based
  on reports from survivors").
* ``NOT_NAMES``: capitalised words that are never part of a person's name
  (institution words, countries and capitals, outlets, sentence openers), so that
  "Seoul's National Intelligence Service" is not read as a person.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACCORDING",
    "AGENT_VERBS",
    "ANONYMOUS",
    "ANONYMOUS_HEADS",
    "APPOSITION_OPENERS",
    "ASIDES",
    "BACK_OBJECTS",
    "BEFORE_VERB",
    "CONTINUATIONS",
    "CONTINUATIONS_BEFORE_FIGURE",
    "CONTRASTS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "ESTIMATE_NOUNS",
    "GROUP_SPEAKERS",
    "ESTIMATE_VERBS",
    "MEDIA",
    "KNOWN_BODIES",
    "LIVES_VERBS",
    "NOT_NAMES",
    "NOUN_MARKERS",
    "OBJECT_VERBS",
    "ORG_WORDS",
    "GOVERNMENT",
    "PREPOSED",
    "PRONOUNS",
    "RELAYED_LEMMAS",
    "RELAYS",
    "ROLE_NOUNS",
    "SPEAKER_WORDS",
    "STATE_WORDS",
    "SUBORDINATORS",
    "TITLES",
    "VERBS",
]

VERBS: Final[dict[str, str]] = {
    "said": "say", "says": "say", "say": "say", "told": "tell", "tells": "tell",
    "confirmed": "confirm", "confirms": "confirm", "estimated": "estimate",
    "estimates": "estimate", "estimate": "estimate", "reported": "report",
    "reports": "report", "claimed": "claim", "claims": "claim", "claim": "claim",
    "revealed": "reveal", "reveals": "reveal", "believes": "believe",
    "believe": "believe", "believed": "believe", "outlined": "outline",
    "quoted": "quote", "added": "say", "adds": "say", "stated": "say", "states": "say",
    "announced": "announce", "announces": "announce", "noted": "say",
    "explained": "say", "wrote": "say", "writes": "say", "posted": "say",
    "tweeted": "say", "indicated": "indicate", "indicate": "indicate",
    "indicates": "indicate", "showed": "indicate", "show": "indicate",
    "shows": "indicate", "suggested": "indicate", "suggest": "indicate",
    "estimating": "estimate", "put": "estimate", "puts": "estimate",
    "counted": "count", "recorded": "report", "registered": "report",
    "assessed": "estimate", "assesses": "estimate", "alleged": "claim",
    "accused": "claim", "insisted": "claim", "denied": "deny", "denies": "deny",
    "dismissed": "deny", "rejected": "deny", "disputed": "deny", "warned": "say",
    "responded": "say", "replied": "say", "testified": "say", "disclosed": "reveal",
    "acknowledged": "confirm", "admitted": "confirm", "verified": "confirm",
    "projected": "estimate", "predicted": "estimate", "forecast": "estimate",
    "calculated": "estimate", "cited": "cite", "briefed": "tell",
    "declared": "announce", "declares": "announce", "released": "report",
    "releases": "report", "published": "report", "publishes": "report",
    "revised": "revise", "revises": "revise", "raised": "revise", "raises": "revise",
    "lowered": "revise", "lowers": "revise",
    "updated": "revise", "tallied": "count", "logged": "report", "documented": "report",
    "found": "find", "finds": "find", "concluded": "find", "measured": "estimate",
    "clarified": "say", "specified": "say", "detailed": "say", "elaborated": "say",
    "predict": "estimate", "predicts": "estimate", "expect": "estimate",
    "expects": "estimate", "project": "estimate", "projects": "estimate",
}  # fmt: skip

RELAYS: Final[tuple[str, ...]] = (
    "citing",
    "cited",
    "quoting",
    "relying on",
    "on the basis of",
)

ACCORDING: Final[tuple[str, ...]] = (
    "according to",
    "as reported by",
    "as cited by",
    "as estimated by",
    "per",
)

#: Participles whose "by" phrase names the voice ("measured by the US
#: Geological Survey at 6.1", "figures released by the ministry").
AGENT_VERBS: Final[tuple[str, ...]] = (
    "reported",
    "estimated",
    "confirmed",
    "released",
    "published",
    "compiled",
    "measured",
    "recorded",
    "registered",
    "counted",
    "tallied",
    "announced",
    "issued",
    "provided",
    "given",
    "calculated",
    "acknowledged",
    "admitted",
    "verified",
    "linked",
    "attributed",
    "put out",
    "collected",
    "gathered",
)

#: Asides between a speaker and the verb, set off by commas ("The NDRRMC, for
#: its part, said").
ASIDES: Final[tuple[str, ...]] = (
    "for its part",
    "for their part",
    "for his part",
    "for her part",
    "in turn",
    "meanwhile",
    "however",
    "though",
    "too",
    "in a statement",
    "in response",
    "separately",
    "for example",
    "in contrast",
    "by contrast",
)

ANONYMOUS: Final[frozenset[str]] = frozenset(
    """anonymous anonymity unnamed unidentified familiar""".split()
)

#: Last words of an unnamed voice that is an official or insider ("officials said",
#: "a senior source", "a spokesman said"): ``official_anonymous`` unless named.
ANONYMOUS_HEADS: Final[frozenset[str]] = frozenset(
    """official officials source sources insider insiders diplomat diplomats
    representative representatives spokesperson spokesman spokeswoman officer
    officers""".split()
)

TITLES: Final[dict[str, str]] = {
    "Rep.": "lawmaker", "Sen.": "lawmaker", "Representative": "lawmaker",
    "Senator": "lawmaker", "MP": "lawmaker", "Lawmaker": "lawmaker",
    "Gen.": "general", "Lt. Gen.": "general", "Maj. Gen.": "general",
    "Brig. Gen.": "general", "General": "general", "Col.": "colonel", "Adm.": "admiral",
    "Dr.": "doctor", "Mr.": "person", "Ms.": "person", "Mrs.": "person", "Prof.": "professor",
    "President": "president", "Prime Minister": "prime minister", "Minister": "minister",
    "Secretary": "secretary", "Defense Secretary": "secretary",
    "Defence Secretary": "secretary", "Chancellor": "chancellor", "Governor": "governor",
    "Gov.": "governor", "Mayor": "mayor", "Judge": "judge", "Chief": "chief",
    "spokesperson": "spokesperson", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
}  # fmt: skip

ROLE_NOUNS: Final[dict[str, str]] = {
    "lawmaker": "lawmaker", "legislator": "lawmaker", "congressman": "lawmaker",
    "congresswoman": "lawmaker", "senator": "lawmaker", "representative": "representative",
    "mp": "lawmaker", "member": "lawmaker", "minister": "minister",
    "secretary": "secretary", "spokesperson": "spokesperson", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "official": "official", "officials": "official",
    "president": "president", "chief": "chief", "head": "chief", "commander": "commander",
    "general": "general", "chair": "chair", "chairman": "chair", "chairwoman": "chair",
    "analyst": "analyst", "expert": "analyst", "researcher": "analyst",
    "governor": "governor", "mayor": "mayor", "police": "police",
    "diplomat": "diplomat", "ambassador": "diplomat", "envoy": "diplomat",
    "soldier": "soldier", "prisoner": "soldier", "witness": "witness",
    "director": "director", "doctor": "doctor", "organizer": "organizer",
    "organiser": "organizer",
}  # fmt: skip

PRONOUNS: Final[dict[str, str]] = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "they": "group",
    "them": "group",
    "it": "organization",
}

ORG_WORDS: Final[frozenset[str]] = frozenset(
    """agency service ministry department office council committee command army
    navy military intelligence institute organization organisation association
    union bureau authority authorities commission company group party police
    nato un observatory centre center hospital federation alliance coalition guard
    club team league firm retailer bank airline carrier operator insurer manufacturer
    charity secretariat directorate inspectorate regulator watchdog court tribunal
    prosecutor prosecutors customs network body board fund institute university
    council municipality prefecture department forecasters utility campaign
    organisers organizers cross crescent foundation society trust inc corp corporation
    co ltd llc plc gmbh holdings industries technologies consortium academy reserve
    parliament senate congress assembly cabinet embassy mission forces school college""".split()
)

GOVERNMENT: Final[frozenset[str]] = frozenset(
    """government kremlin pentagon white house cabinet administration seoul washington
    moscow kyiv pyongyang beijing tokyo london paris berlin united states korea russia
    ukraine china japan israel iran iraq syria turkey india pakistan france germany
    britain uk u.s. us taiwan""".split()
)

MEDIA: Final[frozenset[str]] = frozenset(
    """report reports media newspaper outlet broadcaster tv radio agency's reuters
    ap afp upi yonhap bbc cnn rfa tass ria interfax xinhua kcna nhk""".split()
)

NOT_NAMES: Final[frozenset[str]] = frozenset(
    """The A An He She It They We I House White Defense Defence Foreign Interior
    National Security Intelligence Service Ministry Office Department Presidential
    Press Committee Council Command Army Navy Air Force Forces Party People Power
    Special Operations United States Kingdom Nations Union European Federal State
    Military General Staff Agency Police Government Republic Democratic Korea
    Russia Ukraine China Japan Israel Iran Seoul Washington Moscow Kyiv Pyongyang
    Beijing Kremlin Pentagon NATO UN Yonhap Reuters AFP AP UPI RFA Radio Free Asia
    BBC CNN TASS Facebook Twitter Telegram X North South East West Both But And""".split()
)

BEFORE_VERB: Final[frozenset[str]] = frozenset(
    """also recently reportedly previously earlier later has have had was were is are
    already further then again officially publicly separately additionally not did
    does do had has just subsequently initially meanwhile however now still yesterday
    today tonight overnight late early first finally""".split()
)

SPEAKER_WORDS: Final[frozenset[str]] = frozenset(
    """a an the of from for at on senior top former deputy acting chief defense defence
    intelligence military government administration ministry spy foreign state local
    regional health police news security interior presidential press national
    anonymous unnamed unidentified ruling opposition parliamentary house
    committee agency agencies service office officials official sources source
    lawmaker lawmakers spokesperson spokesman spokeswoman representative head
    member chair minister secretary commander commanders general staff forces army
    analysts experts observers witnesses residents organizers organisers authorities
    media report reports monitor group groups ukrainian russian""".split()
)

APPOSITION_OPENERS: Final[frozenset[str]] = frozenset(
    """a an the who which whose speaking citing according head member chair leader
    director spokesman spokeswoman spokesperson president minister commander""".split()
)

CONTINUATIONS: Final[tuple[str, ...]] = (
    "of these",
    "of them",
    "of those",
    "of whom",
    "of which",
    "among them",
    "among these",
    "among those",
    "among the dead",
    "among the victims",
    "among those killed",
    "the rest",
    "the remaining",
    "the others",
    "this figure",
    "that figure",
    "the figure",
    "this number",
    "that number",
    "the number includes",
    "the total includes",
    "the toll includes",
    "this includes",
    "that includes",
    "in addition",
    "he added",
    "she added",
    "it added",
    "they added",
)

SUBORDINATORS: Final[frozenset[str]] = frozenset(
    {
        "as",
        "like",
        "unlike",
        "while",
        "although",
        "though",
        "whereas",
        "when",
        "if",
        "since",
        "because",
        "after",
        "before",
        "but",
        "and",
        "so",
    }
)

OBJECT_VERBS: Final[frozenset[str]] = frozenset(
    {"add", "adds", "added", "adding", "released", "releases", "found", "finds", "measured"}
)

#: Cue verbs that are not verbs of saying before "lives" ("the quake claimed 20
#: lives", "claimed the lives of 20 people").
LIVES_VERBS: Final[frozenset[str]] = frozenset({"claim", "claims", "claimed", "claiming"})

DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)

#: Prepositions before a cue word that make it a noun ("based on reports from
#: survivors", "in a statement", "of estimates").
NOUN_MARKERS: Final[frozenset[str]] = frozenset(
    {
        "of",
        "on",
        "from",
        "in",
        "with",
        "by",
        "for",
        "after",
        "amid",
        "to",
        "into",
        "about",
        "despite",
        "following",
        "over",
        "under",
        "per",
    }
)

#: Openers that point back to the voice before only when a figure follows
#: ("Of the 61, 27 were in Bogo").
CONTINUATIONS_BEFORE_FIGURE: Final[tuple[str, ...]] = ("of the", "among the", "of")

#: Cue verbs that report a figure only when their object is an estimate ("raised
#: its estimate to 3,000", "lowered the death toll to 52"), not an action
#: ("raised its key rate", "raised $5 million").
ESTIMATE_VERBS: Final[frozenset[str]] = frozenset({"raised", "raises", "lowered", "lowers"})

#: Nouns that make an estimate of the object of an ``ESTIMATE_VERBS`` verb.
ESTIMATE_NOUNS: Final[tuple[str, ...]] = (
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "projection",
    "toll",
    "death toll",
    "tally",
    "count",
    "figure",
    "figures",
    "number",
    "guidance",
    "outlook",
)

#: Words after a comma that turn a sentence to a contrasting voice ("..., while
#: organisers put the crowd at 25,000").
CONTRASTS: Final[tuple[str, ...]] = ("while", "whereas", "but", "although", "though")

#: Unnamed groups that can be relayed inside another voice's statement ("Curra
#: said that survivors had said ...").
GROUP_SPEAKERS: Final[frozenset[str]] = frozenset(
    """survivors witnesses residents officials authorities police organisers organizers
    doctors medics rescuers analysts economists experts investigators researchers
    scientists sources diplomats hackers activists protesters unions employees workers
    lawmakers prosecutors relatives families villagers locals passengers""".split()
)

#: Documents and data that carry a voice's figures without being a voice of their
#: own ("according to a memo, the CEO said", "early reports, the agency said").
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """report reports data figures figure statement statements memo memos filing filings
    release releases letter email post survey study estimate estimates tally count
    assessment analysis document documents records bulletin update forecast""".split()
)

#: Cue lemmas by which a voice inside another's statement speaks for itself
#: ("Curra said that survivors had said ..."); a belief reported by its own
#: spokesperson ("Kirby said the United States believes ...") is not a relay.
RELAYED_LEMMAS: Final[frozenset[str]] = frozenset(
    {"say", "tell", "report", "estimate", "count", "confirm", "announce"}
)


#: Objects of a cue verb that point back to figures already given ("Kyrylenko
#: stated this on Telegram", "the ministry confirmed the figures").
BACK_OBJECTS: Final[tuple[str, ...]] = (
    "this",
    "that",
    "these figures",
    "the figures",
    "these numbers",
    "the numbers",
    "the figure",
    "the toll",
    "so",
)

#: Bodies whose names end in no body word ("Doctors Without Borders"), read as
#: organisations, never as people.
KNOWN_BODIES: Final[tuple[str, ...]] = (
    "doctors without borders",
    "médecins sans frontières",
    "medecins sans frontieres",
    "amnesty international",
    "human rights watch",
    "save the children",
    "oxfam",
    "greenpeace",
    "red cross",
    "red crescent",
    "caritas",
    "unicef",
    "unhcr",
    "unesco",
    "interpol",
    "europol",
    "frontex",
)

#: Words that open a clause the statement does not cover: before the speaker
#: ("After a wildfire destroyed dozens of homes, authorities warned"), or right
#: before a speaker in a subordinate clause ("thousands left after the government
#: announced ...").  Not "as": "As many as 60", "..., as the agency reported".
PREPOSED: Final[frozenset[str]] = frozenset(
    {
        "whereas",
        "after",
        "with",
        "since",
        "while",
        "although",
        "though",
        "when",
        "before",
        "despite",
        "following",
        "amid",
        "because",
        "once",
        "until",
    }
)

#: Words after a cue verb that make it a participle describing the counted
#: people ("400 people reported dead", "12 confirmed killed"), not a statement.
STATE_WORDS: Final[tuple[str, ...]] = (
    "dead", "killed", "missing", "injured", "wounded", "hurt", "alive", "safe", "infected",
    "sick", "drowned", "trapped",
)  # fmt: skip
