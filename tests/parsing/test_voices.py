"""Who asserts each figure: words that look like a speaker or a cue but are not,
and which sentences without a cue of their own keep the voice before them."""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit.parsing.attribution import find_cue, leading_subject
from claimkit.parsing.speakers import read_mention


def _speaker(sentence: str) -> str:
    cue = find_cue(sentence)
    assert cue is not None, sentence
    assert cue.speaker is not None, cue
    return cue.speaker.text


def _voices(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.quantity.text, c.attributor.name if c.attributor else None)
        for c in claimkit.extract(text)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The disputed region is home to some 120,000 ethnic Armenians.",
        "An estimated 3,000 fans waited outside the stadium.",
        "The reported 40 cases were all in one district.",
        "Its claimed range of 500 km has never been tested.",
    ],
)
def test_a_cue_verb_after_a_determiner_is_an_adjective(sentence: str) -> None:
    assert find_cue(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Private employers added 213,000 jobs in September, payroll firm ADP said.", "ADP"),
        (
            "Manufacturers added another 35,000 jobs, economists said.",
            "economists",
        ),
        ("The storm claimed the lives of 20 people, police said.", "police"),
        ("The outbreak has claimed 58 lives, the health ministry said.", "ministry"),
    ],
)
def test_a_verb_with_a_figure_for_its_object_reports_nothing(sentence: str, speaker: str) -> None:
    assert speaker in _speaker(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Hackers claimed 100 million records were stolen.", "Hackers"),
        ("The company added that 30,000 customers were affected.", "The company"),
    ],
)
def test_the_same_verbs_still_report_a_clause(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("As the Associated Press reported, more than 30 people were killed.", "Associated Press"),
        ("Like police, organisers said 12,000 people took part.", "organisers"),
        ("While the union said 65,000 walked out, the ministry put it at 20,000.", "union"),
    ],
)
def test_a_subordinator_is_not_part_of_the_speaker(sentence: str, speaker: str) -> None:
    cue = find_cue(sentence)
    assert cue is not None
    assert cue.speaker is not None
    assert cue.speaker.text.split()[0].lower() not in ("as", "like", "while")
    assert speaker in cue.speaker.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Six more people died on Monday, taking the toll to 410.",
        "Thousands marched through the capital.",
        "Dozens of homes were destroyed.",
        "Twenty firefighters were injured.",
    ],
)
def test_a_sentence_opening_with_a_figure_names_nobody(sentence: str) -> None:
    assert leading_subject(sentence) is None


def test_a_sentence_without_a_cue_is_the_outlets_own() -> None:
    text = (
        "The death toll climbed to 57 on Sunday, regional governor Pavlo Kyrylenko said. "
        "Another 109 people were wounded when two rockets struck the station."
    )
    assert _voices(text) == [("57", "Pavlo Kyrylenko"), ("109", None), ("two", None)]


@pytest.mark.parametrize(
    "follow",
    [
        "Of these, 1,500 were children.",
        "Among them, 1,500 were children.",
        "Of the 4,000, 1,500 were children.",
        "“1,500 of them are children.”",
        "This figure includes 1,500 children.",
    ],
)
def test_a_sentence_that_points_back_keeps_the_voice(follow: str) -> None:
    text = f"The relief agency said 4,000 families had been displaced. {follow}"
    voices = _voices(text)
    assert voices[0] == ("4,000", "relief agency")
    assert all(name == "relief agency" for _, name in voices), voices


def test_the_outlets_own_background_after_a_voice() -> None:
    text = (
        "Insurers face losses of up to $57 billion, the modelling firm Verisk said. "
        "The storm made landfall with winds of 150 mph."
    )
    voices = dict(_voices(text))
    assert voices["150 mph"] is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ministry on Thursday said 1,240 people had died.", "The ministry"),
        ("The union late on Friday said 65,000 members had voted.", "The union"),
        (
            "The Armenian government on Saturday put the figure at 100,417.",
            "The Armenian government",
        ),
        ("A spokesman meanwhile said 40 protesters were arrested.", "A spokesman"),
        ("The insurer yesterday estimated losses at $4 billion.", "The insurer"),
    ],
)
def test_a_time_word_between_speaker_and_verb_is_not_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The leak off the coast was previously estimated at 25,000 gallons.",
        "The crowd has been widely reported as 300,000.",
        "Losses were initially estimated at $2 billion.",
    ],
)
def test_a_passive_with_an_adverb_names_no_speaker(sentence: str) -> None:
    assert find_cue(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Based on reports from survivors, authorities believe 180 people were aboard.",
            "authorities",
        ),
        ("Contrary to claims by the army, medics said 30 civilians died.", "medics"),
        ("In a statement, the company said 4,000 jobs would go.", "the company"),
    ],
)
def test_a_cue_word_after_a_preposition_is_a_noun(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The NDRRMC, for its part, said that 147 people were injured.", "The NDRRMC"),
        ("The union, meanwhile, said 40,000 members walked out.", "The union"),
        (
            "Rescuers reached retired officer K.G. Pillai, who said 2.4 metres of water came in.",
            "K.G. Pillai",
        ),
        (
            "The Electoral Council declared Maduro the winner with 51 percent of the vote.",
            "The Electoral Council",
        ),
        ("The ministry revised the toll to 57.", "The ministry"),
        ("The agency raised its estimate to 3,000 troops.", "The agency"),
        (
            "A Reuters investigation found that at least 74 people had died.",
            "A Reuters investigation",
        ),
    ],
)
def test_more_ways_of_saying(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank raised its key rate by 0.75 percentage points to 5.25%.",
        "The charity raised $5 million for the victims.",
        "Hamas released 20 hostages on Monday.",
        "Police found 13 bodies at the scene.",
    ],
)
def test_actions_are_not_statements(sentence: str) -> None:
    assert find_cue(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The quake was measured by the US Geological Survey at magnitude 6.1.",
            "US Geological Survey",
        ),
        (
            "Turnout data, compiled on April 12 and released by the Election Commission, "
            "showed 78% voted.",
            "Election Commission",
        ),
        ("The crowd was put at 20,000, per Reuters.", "Reuters"),
        ("Losses of $3 billion were estimated by the modelling firm Verisk.", "Verisk"),
    ],
)
def test_a_by_phrase_names_the_voice(sentence: str, source: str) -> None:
    cue = find_cue(sentence)
    assert cue is not None
    assert cue.according is not None
    assert source in cue.according.text


def test_per_cent_is_not_a_source() -> None:
    assert find_cue("Turnout was 50 per cent.") is None


def test_the_day_of_saying_is_read_at_the_cue_verb() -> None:
    text = "Six more bodies were found on Monday, he said, taking the toll to 410."
    pub = dt.date(2018, 8, 21)
    claims = claimkit.extract(text, published=pub)
    assert [c.date.said_on for c in claims] == [pub, pub]


@pytest.mark.parametrize(
    ("sentence", "speaker", "relayed"),
    [
        ("Curra said that survivors had said some 140 were on board.", "Curra", "survivors"),
        (
            "Based on survivors' accounts, authorities believe 180 were aboard, she added.",
            "she",
            "authorities",
        ),
        ("The ministry said 30 people died, the agency reported.", "the agency", "The ministry"),
        ("The mayor said residents told him 400 homes had flooded.", "The mayor", "residents"),
    ],
)
def test_reported_speech_inside_reported_speech_is_a_relay(
    sentence: str, speaker: str, relayed: str
) -> None:
    cue = find_cue(sentence)
    assert cue is not None
    assert cue.speaker is not None
    assert cue.relay is not None
    assert (cue.speaker.text, cue.relay.text) == (speaker, relayed)


@pytest.mark.parametrize(
    "sentence",
    [
        "While the union said 65,000 walked out, the ministry put it at 20,000.",
        "Police said 5,000 marched, while organisers said 20,000.",
        "Kirby said the United States believes 3,000 troops are training.",
        "The minister said the figures showed 12% growth.",
        "The spill is close to 25,000 gallons, one-fifth of what officials estimated, "
        "a Coast Guard official said.",
    ],
)
def test_two_voices_that_are_not_a_relay(sentence: str) -> None:
    cue = find_cue(sentence)
    assert cue is not None
    assert cue.relay is None


def test_according_to_in_another_clause_is_another_voice() -> None:
    text = (
        "The march drew around 80,000 people, according to police, "
        "although organisers put it at 400,000."
    )
    voices = dict(_voices(text))
    assert voices["around 80,000"] == "police"
    assert voices["400,000"] == "organisers"


def test_a_memo_carries_the_voice_it_quotes() -> None:
    cue = find_cue("According to a memo to staff, CEO Pat Gelsinger said 15,000 jobs would go.")
    assert cue is not None
    assert cue.according is None
    assert cue.speaker is not None
    assert "Pat Gelsinger" in cue.speaker.text


def test_a_participle_opening_a_sentence_names_nobody() -> None:
    assert leading_subject("Based on satellite images, researchers counted 40 craters.") is None
    assert leading_subject("Speaking to reporters, the general said 300 died.") is None


def test_a_voice_named_after_its_figures() -> None:
    text = (
        "The death toll from the strike on the station has risen to 50. Of these, 5 are "
        "children.\n\nThe regional governor Pavlo Kyrylenko stated this on Telegram.\n\n"
        "Shops nearby stayed shut for 3 days."
    )
    assert _voices(text) == [("50", "Pavlo Kyrylenko"), ("5", "Pavlo Kyrylenko"), ("3 days", None)]


def test_a_paragraph_that_points_back_keeps_the_last_voice() -> None:
    text = (
        "The provincial disaster office said 61 people had died.\n\n"
        "Of the 61, 27 were in Bogo and 10 in Medellin."
    )
    assert {name for _, name in _voices(text)} == {"provincial disaster office"}


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("The head of the regional administration Pavlo Kyrylenko", "Pavlo Kyrylenko", "person"),
        ("the chair of the Federal Reserve Jerome Powell", "Jerome Powell", "person"),
        ("Doctors Without Borders", "Doctors Without Borders", "organization"),
        ("the Red Cross", "Red Cross", "organization"),
        ("Amnesty International", "Amnesty International", "organization"),
    ],
)
def test_names_and_bodies(phrase: str, name: str, kind: str) -> None:
    mention = read_mention(phrase)
    assert mention is not None
    assert (mention.name, mention.kind.value) == (name, kind)


def test_a_figure_after_the_by_phrase_is_kept() -> None:
    text = "The quake was measured by the US Geological Survey at 6.1-magnitude."
    (claim,) = claimkit.extract(text)
    assert claim.attributor is not None
    assert "Geological Survey" in claim.attributor.name
    assert claim.quantity.text == "6.1"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "After a wildfire destroyed dozens of homes, authorities warned of worse to come.",
            "dozens",
        ),
        ("With thousands still trapped, the authorities have warned of more rain.", "thousands"),
        (
            "Thousands have left the area since the government announced plans to move them.",
            "Thousands",
        ),
        ("Some 200 shops closed after the union said it would strike.", "Some 200"),
    ],
)
def test_a_figure_outside_the_statement_is_the_outlets(text: str, figure: str) -> None:
    assert dict(_voices(text))[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "As many as 60 drones were launched, 48 of which were shot down, the air force said.",
            "As many as 60",
            "air force",
        ),
        ("On Tuesday, police said 40 people were arrested.", "40", "police"),
        ("After counting the ballots, officials said turnout was 61%.", "61%", "officials"),
    ],
)
def test_a_figure_inside_the_statement_keeps_the_voice(
    text: str, figure: str, speaker: str
) -> None:
    assert speaker in (dict(_voices(text))[figure] or "")


def test_a_pronoun_after_according_to_is_the_source() -> None:
    text = (
        "According to the agency, the epicentre of the quake, which it measured at "
        "magnitude 6.1, lies 18 miles from the town."
    )
    assert {name for _, name in _voices(text)} == {"agency"}


def test_two_voices_one_sentence_each_with_its_figure() -> None:
    text = (
        "Estimates varied between 1.3 million, according to organisers, and a local "
        "police estimate of 300,000."
    )
    assert _voices(text) == [("1.3 million", "organisers"), ("300,000", "local police")]


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        ("The ministry's tally of 1,240 deaths was disputed.", "1,240", "ministry"),
        ("A Reuters count of 74 deaths has not been challenged.", "74", "Reuters"),
        ("The UN estimate of 2 million displaced is the highest yet.", "2 million", "UN"),
    ],
)
def test_an_estimate_noun_names_its_voice(text: str, figure: str, speaker: str) -> None:
    assert speaker in (dict(_voices(text))[figure] or "")


@pytest.mark.parametrize(
    "text",
    [
        "The total, a much lower estimate of 300,000, surprised no one.",
        "The death toll of 57 is expected to rise.",
    ],
)
def test_an_estimate_noun_without_a_voice_names_nobody(text: str) -> None:
    assert all(name is None for _, name in _voices(text))


def test_according_to_at_the_end_covers_the_whole_sentence() -> None:
    text = "An anonymous official put the toll at 230, according to a report by Kyodo."
    (claim,) = claimkit.extract(text)
    assert claim.attributor is not None
    assert claim.attributor.via


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In a statement on Tuesday local officials said 13 bodies were found.", "local officials"),
        ("At a briefing on Monday morning the mayor said 40 homes had burned.", "the mayor"),
    ],
)
def test_a_date_before_the_speaker_is_not_part_of_it(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll has risen with nearly 400 people now reported dead.",
        "Twelve miners were confirmed killed in the blast.",
    ],
)
def test_a_cue_verb_describing_the_counted_people_is_no_statement(sentence: str) -> None:
    assert find_cue(sentence) is None


def test_a_participle_with_by_names_its_agent() -> None:
    cue = find_cue("The recalls raised the number of deaths acknowledged by GM to at least 16.")
    assert cue is not None
    assert cue.according is not None
    assert cue.according.text == "GM"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We lost 40 homes,” said the fire chief.", "the fire chief"),
        ("Some 300 people marched, said organisers.", "organisers"),
        ("Some 300 people marched, said a police spokesman on Sunday.", "a police spokesman"),
        (
            "The fire is about 85,000 hectares in size said wildfire manager Chad Morrison.",
            "wildfire manager Chad Morrison",
        ),
        ("“It is over,” said Chief Ann Lee.", "Chief Ann Lee"),
    ],
)
def test_a_speaker_after_the_closing_verb(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The ECI press release, issued at 9 pm, put the turnout at 60.96%.",
            "The ECI press release",
        ),
        (
            "Opposition leader Maria Machado, banned from running, said Gonzalez won 70 percent.",
            "Opposition leader Maria Machado",
        ),
    ],
)
def test_a_participle_aside_is_skipped(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker
