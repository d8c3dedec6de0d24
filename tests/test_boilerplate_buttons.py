"""StripBoilerplate on a page's buttons and boxes printed inside the article's text: shop and
booking buttons, a table of contents' heading, contact and demo links, an empty list's
placeholder, and a carousel of signed customer testimonials.

Each is a whole short line (or, for testimonials, a run of signed quotes); the same words
inside a sentence of the article, or a list of people named in full, stay.
"""

from __future__ import annotations

from conftest import TRAM_ARTICLE, dropped, kept
from test_boilerplate_families import BODIES
from test_boilerplate_furniture import BODY_DE as FURNITURE_BODY_DE
from test_boilerplate_furniture import strip

BODY_EN = TRAM_ARTICLE[:10]
BODY_DE = FURNITURE_BODY_DE[:6]


def _inserted(body: list[str], line: str, at: int = 4) -> list[str]:
    return [*body[:at], line, *body[at:]]


# -- buttons -----------------------------------------------------------------------------

BUTTONS = (
    ("en", "Order yours today"),
    ("en", "Jump to review"),
    ("en", "See deal"),
    ("en", "Try the app for free!"),
    ("de", "Jetzt kostenlos testen"),
    ("nl", "Nu direct bestellen"),
    ("fr", "Réservez votre place maintenant"),
    ("es", "Compra el tuyo ahora"),
    ("it", "Iscriviti gratis"),
    ("pt", "Assine agora"),
    ("pl", "Kup teraz"),
)


def test_boilerplate_buttons_shop_and_booking_buttons_dropped_multilingual() -> None:
    for lang, button in BUTTONS:
        out = strip(*_inserted(BODIES[lang], button, at=2))
        assert dropped(out) == {button: "boilerplate.navigation"}, button


def test_boilerplate_buttons_same_words_in_the_article_kept() -> None:
    """A sentence or a subhead that uses a button's words says something: it is not a button."""
    for line in (
        "Book now if you want a seat on the first tram, the operator advised on Tuesday.",
        "Why commuters should book now",
        "Buy now, pay later: the new fare scheme explained",
        "Shop local this winter",
        "Try it yourself: how long the new route takes",
    ):
        body = _inserted(BODY_EN, line)
        assert kept(strip(*body)) == body, line
    for lang, line in (
        ("de", "Jetzt bestellen die meisten Kunden ihre Fahrkarten online, sagte eine Sprecherin."),
        ("pl", "Kup teraz bilet miesięczny, radzi przewoźnik, bo od marca ceny wzrosną o dziesięć procent."),
        ("fr", "Réservez maintenant vos places pour le concert d'inauguration, a conseillé le maire aux habitants."),
    ):
        body = _inserted(BODIES[lang], line, at=2)
        assert kept(strip(*body)) == body, line


def test_boilerplate_buttons_buttons_do_not_swallow_their_neighbours() -> None:
    """Buttons are menu-like, not a widget: the product lines between two buttons stay."""
    between = "Best for families: the Model S stroller"
    body = [*BODY_EN[:4], "Jump to review", between, "Jump to review", *BODY_EN[4:]]
    out = strip(*body)
    assert between in kept(out)
    assert "Jump to review" not in kept(out)


# -- table of contents, contact and demo links, empty lists ------------------------------


def test_boilerplate_buttons_table_of_contents_heading_dropped_multilingual() -> None:
    for lang, heading in (
        ("en", "Table of contents"),
        ("en", "Contents:"),
        ("de", "Inhaltsverzeichnis"),
        ("nl", "Inhoudsopgave"),
        ("fr", "Table des matières"),
        ("es", "Índice de contenidos"),
        ("it", "Sommario"),
        ("pt", "Sumário"),
        ("pl", "Spis treści"),
    ):
        out = strip(*_inserted(BODIES[lang], heading, at=1))
        assert dropped(out) == {heading: "boilerplate.navigation"}, heading


def test_boilerplate_buttons_table_of_contents_in_a_sentence_kept() -> None:
    line = "The table of contents of the council's report lists twelve chapters on the tram's costs."
    body = _inserted(BODY_EN, line)
    assert kept(strip(*body)) == body


def test_boilerplate_buttons_contact_demo_and_empty_list_lines_dropped_multilingual() -> None:
    for lang, line in (
        ("en", "Back to the blog"),
        ("en", "Get in touch with us"),
        ("en", "No posts found."),
        ("en", "Schedule a demo"),
        ("de", "Keine Beiträge gefunden"),
        ("nl", "Neem contact met ons op"),
        ("fr", "Contactez-nous"),
        ("es", "Contáctanos"),
        ("it", "Contattaci"),
        ("pt", "Fale conosco"),
        ("pl", "Skontaktuj się z nami"),
    ):
        out = strip(*_inserted(BODIES[lang], line, at=2))
        assert dropped(out) == {line: "boilerplate.navigation"}, line


def test_boilerplate_buttons_contact_words_in_the_article_kept() -> None:
    for line in (
        "Residents who want to get in touch with the council can call the hotline until Friday.",
        "No faults were found in the new rails during the inspection, the operator said.",
    ):
        body = _inserted(BODY_EN, line)
        assert kept(strip(*body)) == body, line


# -- testimonials ------------------------------------------------------------------------

TESTIMONIALS_EN = [
    "What our customers say",
    "“Friendly staff and the bikes were ready on time. Will come again!”",
    "Sophie L.",
    "Repaired my brakes the same afternoon, fair price.",
    "Tom B.",
    "“They explained everything before starting the work.”",
    "Priya K.",
]

TESTIMONIALS_DE = [
    "„Super freundliches Team, die Reparatur war in einer Stunde erledigt!“",
    "Anna K.",
    "Kompetente Beratung und faire Preise, gerne wieder.",
    "— Jörg M.",
    "„Mein Fahrrad läuft wie neu.“",
    "Lena W.",
]


def test_boilerplate_buttons_signed_testimonials_dropped() -> None:
    for body, block in ((BODY_EN, TESTIMONIALS_EN[1:]), (BODY_DE, TESTIMONIALS_DE)):
        out = strip(*body, *block)
        assert kept(out) == body
        assert set(dropped(out).values()) == {"boilerplate.comments"}


def test_boilerplate_buttons_testimonials_between_article_paragraphs_dropped() -> None:
    body = [*BODY_EN[:5], *TESTIMONIALS_EN, *BODY_EN[5:]]
    out = strip(*body)
    assert kept(out) == [*BODY_EN[:5], "What our customers say", *BODY_EN[5:]]


def test_boilerplate_buttons_two_signed_quotes_kept() -> None:
    """Two signed quotes are an article quoting two readers; a carousel signs three or more."""
    body = [*BODY_EN[:5], *TESTIMONIALS_EN[1:5], *BODY_EN[5:]]
    assert kept(strip(*body)) == body


def test_boilerplate_buttons_people_named_in_full_kept() -> None:
    """A list of people named in full, each over a short note, is the article's."""
    people = [
        "Sophie Laurent",
        "The engineer who drew the first plans for the northern extension in 2019.",
        "Tom Berger",
        "Chairs the residents' association and led the campaign for the new stops.",
        "Priya Kumar",
        "Runs the bakery at the planned terminus and has asked for a second entrance.",
    ]
    body = [*BODY_EN[:5], *people, *BODY_EN[5:]]
    assert kept(strip(*body)) == body


def test_boilerplate_buttons_initials_in_a_letter_column_spaced_apart_kept() -> None:
    """Signed letters far apart, each after a long letter, are a letters page, not a carousel."""
    long_letter = " ".join(["The tram will finally connect our street to the centre, and I hope the council keeps its promise on the timetable."] * 5)
    body = [*BODY_EN[:3], long_letter, "Sophie L.", *BODY_EN[3:5], long_letter, "Tom B.", *BODY_EN[5:7], long_letter, "Priya K.", *BODY_EN[7:]]
    out = strip(*body)
    assert long_letter in kept(out)


def test_boilerplate_buttons_labelled_options_kept() -> None:
    """Options labelled with one word and a letter ("Option A.", "Variante B.") repeat their
    label; three customers rarely share a first name, so this is the article's list."""
    for labels in (["Option A.", "Option B.", "Option C."], ["Variante A.", "Variante B.", "Variante C."]):
        body = [*BODY_EN[:4]]
        for label, note in zip(labels, ("Extend the line north by six stops.", "Run express buses instead.", "Wait for the regional plan.")):
            body += [label, note]
        body += BODY_EN[4:]
        assert kept(strip(*body)) == body, labels


def test_the_answer_buttons_under_a_feedback_question_in_arabic_script_go_with_it() -> None:
    # "؟" closes the question in Arabic, Persian and Urdu as "?" does elsewhere; the page goes on
    # below the prompt (scraped twice), so only the question's own buttons go with it.
    body = BODIES["ar"]
    prompt, buttons = "هل كان هذا المقال مفيدا؟", ["مفيد", "غير مفيد"]
    out = strip(*body[:2], prompt, *buttons, *body[2:], *body)
    assert kept(out) == [*body, *body]
    assert set(dropped(out)) == {prompt, *buttons}


# -- a share bar's networks and a box's last button ----------------------------------------


def test_boilerplate_buttons_networks_under_a_share_heading_in_any_script_dropped() -> None:
    # "Share" in the lexicon, then WhatsApp, Facebook and X spelled in Kannada: one-word names.
    networks = ["ವಾಟ್ಸ್‌ಆ್ಯಪ್", "ಫೇಸ್‌ಬುಕ್", "ಎಕ್ಸ್"]
    out = strip(*BODY_EN[:3], "Share", *networks, *BODY_EN[3:])
    assert kept(out) == BODY_EN
    assert {dropped(out)[n] for n in networks} == {"boilerplate.share_prompt"}


def test_boilerplate_buttons_lower_case_words_under_a_save_button_kept() -> None:
    # A comment's buttons ("save", then "hide", "report") are no share bar's networks.
    out = strip(*BODY_EN[:3], "save", "hide", "report", *BODY_EN[3:])
    assert {"hide", "report"} <= set(kept(out))


def test_boilerplate_buttons_one_button_between_two_boxes_goes_with_the_upper() -> None:
    pitch = "Sign up for our daily newsletter and get the news in your inbox every morning."
    out = strip(*BODY_EN[:3], pitch, "Count me in", "Share", *BODY_EN[3:])
    assert kept(out) == BODY_EN
    assert dropped(out)["Count me in"] == "boilerplate.subscribe_prompt"
