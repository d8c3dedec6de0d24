"""StripBoilerplate's edge furniture: author bios, reference lists, affiliate disclosures.

Each is furniture only at the article's end; the same words inside the article, or an
article about the person a bio would name, stay.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate

BODY_EN = TRAM_ARTICLE[:10]
BODY_DE = [
    "Der Stadtrat hat am Dienstag die Verlängerung der Straßenbahnlinie in das neue Wohngebiet im Norden beschlossen, nach zwei Jahren Streit.",
    "Die Strecke soll sechs neue Haltestellen bekommen und rund 80 Millionen Euro kosten, den größten Teil bezahlt das Land.",
    "Gegner sagten, das Geld wäre bei Bussen besser angelegt, die auch die Dörfer am Rand erreichen könnten, wohin die Bahn nie fährt.",
    "Der Bau soll im nächsten Frühjahr beginnen und etwa zwei Jahre dauern, teilten die Verkehrsbetriebe in einer Erklärung mit.",
    "Die ersten Bahnen sollen im Herbst 2027 auf dem neuen Abschnitt fahren, wenn die Ausschreibung für die Schienen wie geplant läuft.",
    "Die Bewohner des Viertels warten seit fast zehn Jahren auf eine schnelle Verbindung in die Innenstadt, seit die ersten Häuser fertig wurden.",
    "Eine Umfrage der Stadt im vergangenen Jahr ergab, dass die meisten von ihnen mit dem Auto zur Arbeit fahren und gern umsteigen würden.",
    "Das Land will auch einen Parkplatz an der Endhaltestelle bezahlen, auf dem rund 400 Autos Platz finden sollen, hieß es weiter.",
]


def strip(*paragraphs: str):
    return StripBoilerplate().apply(make_article(*paragraphs))


# -- author bios -------------------------------------------------------------------------


def test_boilerplate_furniture_third_person_bio_at_end_dropped() -> None:
    bio = "Jane Holloway is an experienced mortgage broker and personal finance writer based in Leeds who has helped first-time buyers for a decade."
    out = strip(*BODY_EN, bio)
    assert kept(out) == BODY_EN
    assert dropped(out)[bio] == "boilerplate.byline"


def test_boilerplate_furniture_bio_with_following_pronoun_line_dropped() -> None:
    bio = "Marta Lindqvist is a freelance journalist covering transport and housing for several Nordic newspapers."
    more = "She has reported from Brussels, Berlin and Stockholm, and her work has won two regional press awards."
    out = strip(*BODY_EN, bio, more)
    assert kept(out) == BODY_EN
    assert dropped(out)[more] == "boilerplate.byline"


def test_boilerplate_furniture_first_person_bio_dropped_multilingual() -> None:
    for body, bio in (
        (BODY_EN, "Hi, I'm Sara! I love hiking, camping and road trips, and I write about the places I visit with my family."),
        (BODY_EN, "I'm Philip, a certified electrician with twenty years on building sites, and I test every tool I write about myself."),
        (BODY_DE, "Hallo, ich bin Anna! Ich schreibe hier über Reisen mit Kindern und teste seit Jahren Rucksäcke und Zelte für die ganze Familie."),
    ):
        out = strip(*body, bio)
        assert kept(out) == body, bio
        assert dropped(out)[bio] == "boilerplate.byline"


def test_boilerplate_furniture_german_bio_dropped() -> None:
    bio = "Lena Brandt ist freie Journalistin in Hamburg und schreibt seit 2015 über Verkehr, Stadtplanung und Wohnen."
    out = strip(*BODY_DE, bio)
    assert kept(out) == BODY_DE
    assert dropped(out)[bio] == "boilerplate.byline"


def test_boilerplate_furniture_writes_for_bios_dropped() -> None:
    # "schreibt für", "écrit pour", "writes for": the cues once ended in a space, which the
    # phrase boundary after every cue never let match.
    bio = "Jonas Weber schreibt für das Ressort Wirtschaft über Energie, Verkehr und die Industrie in der Region."
    out = strip(*BODY_DE, bio)
    assert kept(out) == BODY_DE
    assert dropped(out)[bio] == "boilerplate.byline"


def test_boilerplate_furniture_about_the_author_heading_dropped() -> None:
    bio = "Tom Baker writes about cities and transport and has covered local politics in the north for many years."
    out = strip(*BODY_EN, "About the author", "Tom Baker", bio)
    assert kept(out) == [*BODY_EN, "Tom Baker"]  # a name line alone is left to the byline rule
    assert dropped(out)[bio] == "boilerplate.byline"


@pytest.mark.parametrize(
    ("body", "bio"),
    [
        (BODY_EN, "About the author: Tom Baker has lived in the north since 2010 and follows the council for the paper."),
        (BODY_DE, "Über den Autor: Tom Baker lebt seit 2010 im Norden und begleitet den Stadtrat für die Zeitung."),
    ],
)
def test_boilerplate_furniture_an_about_the_author_heading_and_its_bio_on_one_line_dropped(body: list[str], bio: str) -> None:
    out = strip(*body, bio)
    assert dropped(out) == {bio: "boilerplate.byline"}


def test_boilerplate_furniture_a_label_over_a_colon_in_the_body_is_no_bio_heading() -> None:
    line = "The author of the plan: the regional transport authority, which has worked on it since 2019."
    out = strip(*BODY_EN[:3], line, *BODY_EN[3:])
    assert line in kept(out)


def test_boilerplate_furniture_closing_first_person_quote_kept() -> None:
    """A closing paragraph quoting someone in the first person is the article's."""
    ending = [
        "“I'm tired of waiting, and I know my neighbours are too,” said one resident, who has lived in the district since 2016.",
        "I am German by birth but have lived here for thirty years, and I have never seen the council move this fast, she added.",
    ]
    out = strip(*BODY_EN, *ending)
    assert kept(out) == [*BODY_EN, *ending]


def test_boilerplate_furniture_article_about_an_author_kept() -> None:
    """A portrait's closing paragraph about its subject is not a bio: the body names her."""
    body = [
        "The novelist Ruth Calder has spent ten years writing a trilogy about the tram line that runs past her house in the north of the city.",
        "Calder grew up in the district and says the trams were the sound of her childhood, the first thing she heard every morning.",
        *BODY_EN[2:8],
        "Her first book sold poorly, but the second was shortlisted for a national prize, and Calder says the third will be the last.",
    ]
    ending = "Ruth Calder is a novelist and former teacher who still lives two streets from the tram depot she writes about."
    out = strip(*body, ending)
    assert kept(out) == [*body, ending]


@pytest.mark.parametrize(
    ("signature", "bio"),
    [
        ("Harriet Moss | Health columnist", "Harriet Moss used to nurse on a cardiac ward and now lives in Shrewsbury with two dogs."),
        ("Par Claire Dumontel, professeure des écoles", "Claire Dumontel enseigne en Loire-Atlantique. Elle tient cette chronique un mardi sur deux."),
    ],
)
def test_boilerplate_furniture_a_sentence_at_the_end_opening_with_the_name_the_article_is_signed_with_is_its_bio(
    signature: str, bio: str
) -> None:
    # No author_bio cue in either: the name over the first paragraph tells.
    out = strip(signature, *BODY_EN, bio)
    assert dropped(out)[bio] == "boilerplate.byline"
    assert all(line in kept(out) for line in BODY_EN)


def test_boilerplate_furniture_a_closing_sentence_on_a_person_the_headline_names_kept() -> None:
    # The headline names her, no byline signs with her name: the last sentence is the article's.
    headline = "Harriet Moss wins the county's nursing award"
    closing = "Harriet Moss will receive the award at a ceremony in Worcester next month."
    out = strip(headline, *BODY_EN, closing)
    assert closing in kept(out)


def test_boilerplate_furniture_first_name_bio_dropped() -> None:
    """A bio may name its author by first name alone, then speak of her: "Lisa has ... Her ..."."""
    bio = "Lisa has over 20 years of experience in tax preparation. Her clients range from students to small businesses in Bristol."
    out = strip(*BODY_EN, bio)
    assert kept(out) == BODY_EN
    assert dropped(out)[bio] == "boilerplate.byline"


def test_boilerplate_furniture_first_name_company_paragraph_kept() -> None:
    """A one-word name with a bio's wording but no "she" or "his" is a company or a product: it stays."""
    ending = "Tramworks has over 20 years of experience as a rail contractor and has built lines in fourteen European cities."
    out = strip(*BODY_EN, ending)
    assert kept(out) == [*BODY_EN, ending]


def test_boilerplate_furniture_bio_before_a_long_footer_dropped() -> None:
    """The article's end is where its prose ends: a footer of short links after the bio does not push it out of the last quarter."""
    bio = "Jane Holloway is an experienced transport reporter who has covered the city's trams and buses for the Evening Post since 2015."
    footer = ["Home", "News", "Sport", "Business", "Weather", "Contact", "Jobs", "Events", "Archive", "Puzzles", "Travel", "Letters"]
    out = strip(*BODY_EN, bio, *footer)
    assert dropped(out)[bio] == "boilerplate.byline"
    assert all(p in kept(out) for p in BODY_EN)


def test_boilerplate_furniture_bio_mid_article_kept() -> None:
    """Bio-shaped sentences in the article's first three quarters stay."""
    inside = "Jane Holloway is an experienced mortgage broker in Leeds who says the new line will lift prices along the route."
    body = [*BODY_EN[:3], inside, *BODY_EN[3:]]
    out = strip(*body)
    assert kept(out) == body


# -- reference lists ---------------------------------------------------------------------


def test_boilerplate_furniture_reference_list_dropped_multilingual() -> None:
    for body, heading, refs in (
        (BODY_EN, "References", [
            "Smith, J. A. (2019). Urban rail and housing markets. Journal of Transport Geography, 74, 12–20. https://doi.org/10.1016/j.jtrangeo.2019.01.002",
            "Wang DD, Leung CW, Li Y, et al. Trends in commuting among adults in Europe. Transp Rev. 2014;34(3):287-95.",
            "European Environment Agency (2021). Transport and environment report. Retrieved from https://www.eea.europa.eu/",
        ]),
        (BODY_DE, "Quellen", [
            "Müller, K. (2020): Straßenbahnen in deutschen Städten. Berlin: Springer, S. 45–67.",
            "Statistisches Bundesamt (2022). Pendler in Deutschland. Online verfügbar unter https://www.destatis.de, abgerufen am 3. Mai 2023.",
        ]),
        (BODY_DE, "Literatur", [
            "Schmidt, A.; Weber, B. (2018): Verkehrswende vor Ort. Zeitschrift für Verkehrswissenschaft 89 (2), S. 101–118.",
        ]),
    ):
        out = strip(*body, heading, *refs)
        assert kept(out) == body, heading
        assert set(dropped(out).values()) == {"boilerplate.references"}


def test_boilerplate_furniture_reference_list_with_a_policy_note_under_its_heading_dropped() -> None:
    """A note on the site's editorial standards between the heading and the citations is part of the list."""
    for body, heading, note, refs in (
        (BODY_EN, "Article Sources", "Every article is reviewed by our fact-checkers for accuracy before it is published.", [
            "\u201cRail Usage Statistics 2023.\u201d Office of Rail and Road, https://dataportal.orr.gov.uk/statistics/usage/",
            "Green, P. (2021). Trams and the city. Urban Studies, 58(4), 701\u2013719.",
        ]),
        (BODY_DE, "Quellen", "Alle Angaben wurden von unserer Fachredaktion geprüft.", [
            "Umweltbundesamt (2022): Verkehr in Zahlen. https://www.umweltbundesamt.de/daten/verkehr",
            "Becker, L. (2019): Die Straßenbahn kehrt zurück. München: Oekom, S. 12–30.",
        ]),
    ):
        out = strip(*body, heading, note, *refs)
        assert kept(out) == body, heading
        assert {line: dropped(out)[line] for line in (heading, *refs)} == dict.fromkeys((heading, *refs), "boilerplate.references")


def test_boilerplate_furniture_prose_under_references_heading_kept() -> None:
    """Prose under a references heading, citations or not after it, is the article's own: only a note
    on the site's editorial standards joins the list."""
    prose = "The council published its own figures on the route in March, before the vote."
    refs = ["Smith, J. (2019). Urban rail. Transport Review, 12(3), 4\u201320.", "Green, P. (2021). Trams and the city. Urban Studies, 58(4), 701\u2013719."]
    out = strip(*BODY_EN, "References", prose, *refs)
    assert prose in kept(out)


def test_boilerplate_furniture_sources_heading_as_menu_item_kept() -> None:
    """'Sources' in a menu, followed by other menu items, is no reference list."""
    out = strip(*BODY_EN, "Sources", "Destinations", "Pricing")
    assert "Sources" in kept(out)


def test_boilerplate_furniture_references_heading_early_kept() -> None:
    """A section called 'Sources' in the article's first half, with prose under it, stays."""
    body = [*BODY_EN[:2], "Sources", "Two officials with knowledge of the plans (2019) said the route had been chosen years before the vote.", *BODY_EN[2:]]
    out = strip(*body)
    assert kept(out) == body


# -- disclosures -------------------------------------------------------------------------


def test_boilerplate_furniture_affiliate_disclosure_at_end_dropped_multilingual() -> None:
    for body, note in (
        (BODY_EN, "This post contains affiliate links, which means we may earn a small commission at no extra cost to you."),
        (BODY_EN, "As an Amazon Associate I earn from qualifying purchases."),
        (BODY_DE, "Dieser Artikel enthält Affiliate-Links. Wenn Sie darüber einkaufen, erhalten wir eine kleine Provision."),
    ):
        out = strip(*body, note)
        assert kept(out) == body, note
        assert dropped(out)[note] == "boilerplate.legal"


def test_boilerplate_furniture_affiliate_disclosure_at_the_top_and_in_the_middle_dropped() -> None:
    # Under the headline, or between two paragraphs over a booking box: the site's note either
    # way (notes no disclaimer cue names, which drops them anywhere).
    for body, note in (
        (BODY_EN, "Purchases made through links earn us a small commission, at no extra cost to you."),
        (BODY_DE, "Für Käufe über Links in diesem Text erhalten wir eine Provision vom Händler."),
    ):
        for at in (1, 3):
            out = strip(*body[:at], note, *body[at:])
            assert kept(out) == body, (note, at)
            assert dropped(out)[note] == "boilerplate.legal"


def test_boilerplate_furniture_an_author_box_under_the_name_the_article_is_signed_with_dropped() -> None:
    # The byline's name again at the article's end, and the bio under it, with no cue of its own.
    box = ["Rosa Lindqvist", "Reporter on the city desk since 2016, she covers the council, housing and transport."]
    out = strip("Tram line to reach the north", "By Rosa Lindqvist", *BODY_EN, *box)
    assert kept(out) == ["Tram line to reach the north", *BODY_EN]
    # A name the byline does not hold is the article's (a profile's subject).
    other = ["Tom Brandt", "A tram driver for 30 years, he will steer the first tram over the new bridge in 2027."]
    out = strip("Tram line to reach the north", "By Rosa Lindqvist", *BODY_EN, *other)
    assert kept(out)[-2:] == other


def test_boilerplate_furniture_affiliate_article_prose_kept() -> None:
    """An article about affiliate marketing speaks of affiliate links in its body."""
    inside = "Streamers can earn money through affiliate links, sponsorships and subscriptions, the report on the creator economy found."
    body = [*BODY_EN[:4], inside, *BODY_EN[4:]]
    out = strip(*body)
    assert kept(out) == body


# -- calls to action ----------------------------------------------------------------------


def test_boilerplate_furniture_call_to_action_line_dropped_multilingual() -> None:
    for body, cta in (
        (BODY_EN, "Ready to modernise your fleet? Book a demo with our team today."),
        (BODY_EN, "Request a free quote in two minutes."),
        (BODY_DE, "Jetzt unverbindlich anfragen und beraten lassen!"),
    ):
        body = [*body[:4], cta, *body[4:]]
        out = strip(*body)
        assert dropped(out)[cta] == "boilerplate.advertisement", cta


def test_boilerplate_furniture_call_to_action_in_a_long_sentence_kept() -> None:
    """A sentence of the article that mentions a quote or a demo, longer than a button's caption, stays."""
    inside = "Residents who want to sell before the works start were told to request a quote from two agents and to compare the valuations carefully before signing anything."
    body = [*BODY_EN[:4], inside, *BODY_EN[4:]]
    out = strip(*body)
    assert kept(out) == body


# -- the page's trailer ------------------------------------------------------------------


def test_boilerplate_furniture_prose_after_closing_share_bar_dropped_multilingual() -> None:
    """What a site prints after the share bar or copyright that ends the article is furniture, prose or not."""
    for body, closer, trailer in (
        (BODY_EN, "Share this article", [
            "Join 50,000 readers who get our weekly briefing on cities, transport and housing, every Friday morning.",
            "Metro Weekly is dedicated to bringing you honest reporting on the places where people live and work.",
        ]),
        (BODY_DE, "Artikel teilen", [
            "Seit über zwanzig Jahren berichtet unser kleines Team unabhängig aus der Region, finanziert von unseren Lesern.",
        ]),
        (BODY_EN, "© 2025 Metro Weekly Ltd. All rights reserved.", [
            "Thank you so much for the clear and honest reporting on our neighbourhood, it helped us a lot!",
            "Stacey",
        ]),
    ):
        out = strip(*body, closer, *trailer)
        assert kept(out) == body, closer
        assert set(trailer) <= set(dropped(out)), closer


def test_boilerplate_furniture_one_closing_sentence_between_the_share_bar_and_the_footer_stays() -> None:
    """A live page's last line under its share bar, with only the page's tags and copyright
    below it, closes the article; two lines there, or one at the very end, are the site's."""
    closing = "The investigation continues, and the driver is due to be questioned on Monday morning."
    bar = ["Share", "Facebook", "WhatsApp"]
    footer = ["Tags: accident, coach, mountain road", "© 2025 Metro Weekly Ltd. All rights reserved."]
    out = strip(*BODY_EN, *bar, closing, *footer)
    assert kept(out) == [*BODY_EN, closing]
    pitch = "Metro Weekly is dedicated to bringing you honest reporting on the places where people live."
    out = strip(*BODY_EN, *bar, closing, pitch, *footer)
    assert kept(out) == BODY_EN
    out = strip(*BODY_EN, *bar, closing)
    assert kept(out) == BODY_EN


def test_boilerplate_furniture_share_bar_early_keeps_article_after_it() -> None:
    """A share bar under the lead is no end: the article after it stays."""
    body = [*BODY_EN[:2], "Share this article", *BODY_EN[2:]]
    out = strip(*body)
    assert kept(out) == BODY_EN


def test_boilerplate_furniture_a_feedback_link_between_the_articles_lines_ends_nothing() -> None:
    """"Report an error" set between the last paragraph and a closing statement is a link in the
    article's end: the statement under it stays. A prompt that asks closes the article."""
    closing = "The trial continues on Monday."
    out = strip(*BODY_EN, "Report an error", closing)
    assert closing in kept(out)
    out = strip(*BODY_EN, "Was this article helpful?", closing)
    assert closing not in kept(out)


def test_boilerplate_furniture_a_tip_box_inside_the_article_ends_nothing() -> None:
    """A box that asks readers for tips, its call over its link ("Send us your photos", "Write
    to the newsroom"), set between two of the article's paragraphs: the paragraphs under it stay."""
    box = ["Stuck at a station? Send us your photos and stories.", "Write to the newsroom"]
    after = ["Roads are expected to be busy in the morning. The police advise drivers to leave early.", "Trains should run normally again on Friday."]
    footer = ["Most read", "Storm closes the coastal road for a second day", "New bus lanes open in the city centre", "© 2025 Example Media Ltd. All rights reserved."]
    out = strip(*BODY_EN[:6], *box, *after, *footer)
    assert kept(out) == [*BODY_EN[:6], *after]
    assert set(dropped(out)) == {*box, *footer}


def test_boilerplate_furniture_page_scraped_twice_ends_at_the_share_bar_above_the_copy() -> None:
    """The body printed again under the share bar is no words of the article's: the bar ends the
    article, what stands between it and the copy goes, and the copy is left to the repeat stage."""
    pitch = "Get the morning briefing: our editors pick the day's five stories for you"
    body = BODY_EN[:6]
    out = strip(*body, "Share this article", pitch, *body)
    assert dropped(out)[pitch] == "boilerplate.share_prompt"
    assert kept(out) == [*body, *body]
    # Prose of the article's own under a bar that only the copy's words would put near the end: it stays.
    quote = "“We cannot afford to wait another decade for this line,” the mayor told reporters after the vote on Tuesday."
    out = strip(*body[:3], "Share this article", quote, *body[:3])
    assert quote in kept(out)


def test_boilerplate_furniture_numbered_citations_at_end_dropped() -> None:
    refs = [
        "1. National Institute of Transport Research (n.d.). Light rail in mid-sized cities.",
        "2. European Environment Agency (2021). Transport and environment report.",
        "3. Federal Statistical Office (2022). Commuters in Germany.",
    ]
    out = strip(*BODY_EN, *refs)
    assert kept(out) == BODY_EN
    assert set(dropped(out).values()) == {"boilerplate.references"}


def test_boilerplate_furniture_numbered_list_at_end_kept() -> None:
    """A numbered list of steps with years in it is the article's, not a citation list."""
    steps = [
        "1. The council approved the route in 2019 after a public consultation.",
        "2. The regional government promised its share of the money in 2021.",
        "3. The tender for the rails opens in spring, the transport authority said.",
    ]
    out = strip(*BODY_EN, *steps)
    assert kept(out) == [*BODY_EN, *steps]


def test_boilerplate_furniture_first_person_bio_with_exclamation_dropped() -> None:
    bio = "Hi there! I'm Shona, and I started this blog in 2012 to write about slow travel by train across Europe with my kids."
    out = strip(*BODY_EN, bio)
    assert kept(out) == BODY_EN
    assert dropped(out)[bio] == "boilerplate.byline"


def test_boilerplate_furniture_long_disclaimer_does_not_end_article() -> None:
    """The article's own "not medical advice" note can stand before its FAQ: what follows stays."""
    note = "Keep in mind that the information in this article is for general purposes and should not be considered medical advice for your own situation."
    faq = [
        "How long will the construction take?",
        "The transport authority expects the work on the new section to take about two years, starting next spring.",
    ]
    out = strip(*BODY_EN, note, *faq)
    assert kept(out)[-2:] == faq


def test_boilerplate_furniture_first_name_bio_under_name_line_dropped() -> None:
    """An author box prints the full name, then a bio by first name alone with no "she" or "his"."""
    bio = "Dana has over 12 years of experience covering city transport, housing and regional planning."
    out = strip(*BODY_EN, "Dana Whitfield", bio)
    assert dropped(out)[bio] == "boilerplate.byline"
    assert kept(out)[: len(BODY_EN)] == BODY_EN


def test_boilerplate_furniture_first_name_company_under_other_name_kept() -> None:
    """A name line above that is someone else's does not make a company paragraph a bio."""
    ending = "Tramworks has over 20 years of experience as a rail contractor and has built lines in fourteen European cities."
    out = strip(*BODY_EN, "Karl Meyer", ending)
    assert ending in kept(out)


def test_boilerplate_furniture_contracted_pronoun_continues_bio() -> None:
    bio = "Dennis Moore is the founder and lead instructor at the Transit Academy in Manchester."
    more = "He's a transport planner with over 15 years of experience in light rail projects across Britain."
    out = strip(*BODY_EN, bio, more)
    assert kept(out) == BODY_EN
    assert dropped(out)[more] == "boilerplate.byline"


def test_boilerplate_furniture_long_first_person_bio_under_name_line_dropped() -> None:
    intro = (
        "I'm Philip, a certified transport planner and former tram driver with a passion for writing! "
        + "I write about light rail, city buses and the people who run them, and I have visited more than forty tram networks. " * 4
    ).strip()
    assert 80 < len(intro.split()) <= 160
    out = strip(*BODY_EN, "Philip Stefanov", intro)
    assert dropped(out)[intro] == "boilerplate.byline"
    # Without the author's name line above, a long first-person paragraph at the end stays.
    assert intro in kept(strip(*BODY_EN, intro))


def test_boilerplate_furniture_editorial_policy_note_at_end_dropped_multilingual() -> None:
    for body, note in (
        (BODY_EN, "Learn more about our editorial process."),
        (BODY_EN, "All articles are reviewed and updated by our fact-checkers for accuracy."),
        (BODY_DE, "Mehr dazu in unseren redaktionellen Richtlinien."),
    ):
        out = strip(*body, note)
        assert kept(out) == body, note
        assert dropped(out)[note] == "boilerplate.legal"


def test_boilerplate_furniture_editorial_standards_in_article_prose_kept() -> None:
    ending = (
        "The paper's editorial standards committee said on Friday that it would review how the tram story was reported, "
        "after readers complained that the cost estimates had been taken from the operator's own press release without "
        "any independent check by the newsroom or by outside experts."
    )
    out = strip(*BODY_EN, ending)
    assert kept(out) == [*BODY_EN, ending]


def test_boilerplate_furniture_copyright_in_quoted_boot_screen_does_not_end_article() -> None:
    """A legal line inside a quoted listing (a boot screen, a terminal) is the machine's, not the page's footer."""
    screen = [
        "------------------------------------------",
        "BootRom Version 1.1",
        "Memory Size: 128 MB",
        "------------------------------------------",
        "(c) Copyright 1990-1994, Hewlett-Packard Company.",
        "Press <ESCAPE> to stop boot sequence.",
    ]
    after = BODY_EN[8:10]
    out = strip(*BODY_EN[:8], "The old control computer still greets the depot staff with this screen:", *screen, *after)
    assert kept(out)[-len(after) :] == after
    assert "Press <ESCAPE> to stop boot sequence." in kept(out)


# -- author boxes above the article ------------------------------------------------------

HEADLINE = "Tram Line to Reach the Northern District by 2027"


def test_boilerplate_furniture_author_box_above_the_article_dropped_multilingual() -> None:
    """An author box between headline and body: the name, then the bio, then the article."""
    for body, name, bio in (
        (BODY_EN, "Maya Lindgren", "Maya Lindgren is a Bristol-based writer specializing in transport, housing and city budgets."),
        (BODY_DE, "Jonas Weber", "Jonas Weber ist freier Journalist und schreibt seit 2015 über Verkehr und Stadtplanung."),
    ):
        out = strip(HEADLINE, "By", name, bio, *body)
        assert dropped(out) == {bio: "boilerplate.byline"}, bio
        assert kept(out)[-len(body) :] == body


def test_boilerplate_furniture_bio_under_about_the_author_heading_above_the_article_dropped() -> None:
    bio = (
        "Omar Haddad, CFA, is a contributing transport analyst covering rail operators and city budgets. "
        "Before that he spent ten years at a regional bank advising councils on infrastructure loans."
    )
    out = strip(HEADLINE, "About the Author", bio, *BODY_EN)
    assert dropped(out)[bio] == "boilerplate.byline"
    assert kept(out)[-len(BODY_EN) :] == BODY_EN


def test_boilerplate_furniture_portraits_under_names_inside_the_article_kept() -> None:
    """Past the article's first prose, a name over a portrait is a section of the article."""
    portraits = [
        "Ines Duarte",
        "Ines Duarte is a photographer whose pictures of night trams toured Europe in 2019.",
        "Piet Hoekstra",
        "Piet Hoekstra is an engineer who designed the low-floor tram still used in six cities.",
    ]
    out = strip(HEADLINE, *BODY_EN[:5], *portraits, *BODY_EN[5:])
    assert [p for p in portraits if p in kept(out)] == portraits


def test_boilerplate_furniture_portrait_of_the_articles_subject_above_it_kept() -> None:
    """A portrait heading an interview: the body speaks of the same person."""
    bio = "Lena Brandt is the engineer in charge of the northern tram extension for the regional transport authority."
    body = [
        *BODY_EN[:4],
        "Brandt said the hardest part would be the bridge over the canal, which has to carry trams twice as heavy as today's buses.",
        "Asked about the cost, Brandt said the regional government had already set aside most of the money in its budget for next year.",
    ]
    out = strip(HEADLINE, "Lena Brandt", bio, *body)
    assert bio in kept(out)


# -- the author's contact line -----------------------------------------------------------


def test_boilerplate_furniture_author_contact_line_at_end_dropped_multilingual() -> None:
    for body, line in (
        (BODY_EN, "Contact staff writer Dana Whitfield at 0161 555 0142 or dwhitfield@example-news.org."),
        (BODY_EN, "Reach the reporter at transport-desk@example-news.org."),
        (BODY_DE, "Der Autor ist erreichbar unter jonas.weber@beispiel-zeitung.de."),
    ):
        out = strip(*body, line)
        assert dropped(out) == {line: "boilerplate.byline"}, line


def test_boilerplate_furniture_contact_for_readers_in_the_article_kept() -> None:
    """A contact the article gives its readers (the police, a helpline) is the article's."""
    for line in (
        "Anyone who saw the collision should contact Detective Sergeant Paul Reid at 0161 555 0199.",
        "Contact the reporter's union if you want to know more about the strike.",
    ):
        out = strip(*BODY_EN, line)
        assert line in kept(out), line


# -- a press release's media contact -------------------------------------------------------


def test_boilerplate_furniture_media_contact_under_its_heading_at_the_end_dropped() -> None:
    # The heading, then a name and role, an e-mail address and a phone number: the contact goes.
    contact = ["Media contact:", "Petra Zupan, head of communications", "petra.zupan@example.com", "+386 41 555 210"]
    out = strip(*BODY_EN, *contact)
    assert kept(out) == BODY_EN
    assert {dropped(out)[line] for line in contact} == {"boilerplate.byline"}
    for heading, body in (("Pressekontakt", BODY_DE), ("For more information, please contact:", BODY_EN)):
        out = strip(*body, heading, "Anna Beispiel", "presse@example.de")
        assert kept(out) == body, heading


def test_boilerplate_furniture_a_contact_heading_over_the_articles_own_lines_leaves_them() -> None:
    # Under the heading, a sentence without an address is the article's again, and the same
    # heading in the article's first three quarters is a subhead of its own.
    closing = "The tram authority said it would answer questions at a public meeting in the town hall next week."
    out = strip(*BODY_EN, "Press office", closing)
    assert closing in kept(out)
    out = strip(*BODY_EN[:2], "Media contacts", *BODY_EN[2:])
    assert "Media contacts" in kept(out)


def test_boilerplate_furniture_a_cast_line_over_the_body_signs_no_bio() -> None:
    # A sentence that opens with a name the article is signed with is the author's bio; a fact
    # box's "Cast: Ana Lima, Rui Costa" names actors, not the author: a review's sentence on one stays.
    box = ["The Last Summer", "Director: Ines Carvalho", "Cast: Ana Lima, Rui Costa, Eva Moss", "Running time: 112 min"]
    late = "Ana Lima, as the older sister, carries the film with a restraint that is rare in this kind of drama."
    article = make_article("The Last Summer review: a family, a house and the end of an era", *box, *TRAM_ARTICLE, late)
    out = StripBoilerplate().apply(article)
    assert late in kept(out)


def test_boilerplate_furniture_advice_announcing_a_list_is_no_disclaimer() -> None:
    # "See your doctor" closes a health page's disclaimer; a line that announces a list with its
    # colon is the article's advice, and stays with its items.
    items = ["a temperature above 39 degrees for two days", "confusion or strong drowsiness"]
    advice = "If you have any of these symptoms, see your doctor:"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:4], advice, *items, *TRAM_ARTICLE[4:]))
    assert advice in kept(out)
    notice = "This article is for general information only and does not replace medical advice. Consult a doctor."
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE, notice))
    assert notice not in kept(out)
