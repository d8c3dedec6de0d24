"""Widgets set into an article's page that recur across sites and languages: a chart printed
as text, comment counters, a weather widget's forecast, shops' buy buttons, a reader poll asked
in Greek, a music player's links, pictures' credits after a copyright sign or in brackets, and
a live list's own heading. Beside each, the article's lines of the same shape stay.
"""

from __future__ import annotations

import pytest

from conftest import dropped, kept
from newsclean.boilerplate.rules import ADVERT, BYLINE, CAPTION, COMMENTS, FEEDBACK, NAVIGATION, RELATED, SUBSCRIBE
from test_boilerplate_families import BODIES
from test_boilerplate_widgets import strip


@pytest.mark.parametrize(
    ("lang", "title", "chart", "source"),
    [
        ("de", "Arbeitslosenquote nach Quartalen, in Prozent", ["4", "6", "8", "10", "I 2023 · III 2023 · I 2024 · III 2024", "Alle", "Jugendliche"], "Quelle: Statistisches Bundesamt"),
        ("pl", "Przeciętne wynagrodzenie w złotych", ["9 000", "8 500", "8 000", "7 500", "2021 2022 2023 2024", "Nominalne", "Realne"], "Źródło: GUS"),
        ("en", "Inflation by month", ["0 %", "2 %", "4 %", "6 %", "Jan 2024 · Apr 2024 · Jul 2024 · Oct 2024"], "Source: ONS"),
    ],
)
def test_a_charts_ticks_axis_and_legend_go_its_title_stays(lang: str, title: str, chart: list[str], source: str) -> None:
    body = BODIES[lang]
    out = strip(*body[:2], title, *chart, source, *body[2:])
    assert kept(out) == [*body[:2], title, *body[2:]]
    assert {dropped(out)[line] for line in chart} == {NAVIGATION}


def test_a_charts_ticks_go_without_a_source_and_the_articles_figures_stay() -> None:
    # Evenly spaced values alone on their lines, and the periods' axis under them, with no
    # source: still the chart's. The article's figures in uneven steps, each a line, stay.
    body = BODIES["en"]
    ticks = ["100", "200", "300", "400"]
    out = strip(*body[:2], *ticks, "2021 2022 2023 2024", *body[2:])
    assert kept(out) == body
    figures = ["1,204", "1,390", "2,015"]
    out = strip(*body[:2], "Passengers per day", *figures, *body[2:])
    assert kept(out) == [*body[:2], "Passengers per day", *figures, *body[2:]]


@pytest.mark.parametrize(
    ("lang", "counter"),
    [("ru", "Комментарии (12)"), ("ar", "التعليقات: 86"), ("pl", "12 komentarzy"), ("es", "Comentarios (23)"), ("en", "37 comments"), ("it", "Commenti: 1,2k")],
)
def test_a_comment_counter_by_the_byline_goes_and_the_article_stays(lang: str, counter: str) -> None:
    body = BODIES[lang]
    out = strip(body[0], counter, *body[1:])
    assert dropped(out) == {counter: COMMENTS}
    assert kept(out) == body


def test_a_forecast_widgets_days_go_and_the_articles_warning_rows_stay() -> None:
    body = BODIES["fr"]
    rows = ["Vigilance rouge : Finistère", "Vigilance orange : Morbihan, Côtes-d'Armor", "Vigilance jaune : Ille-et-Vilaine"]
    widget = ["Brest – prévisions", "Mer. 12° – pluie 95 %", "Jeu. 10° – pluie 60 %", "Ven. 11° – pluie 20 %"]
    out = strip(*body[:2], *rows, *widget, *body[2:])
    assert kept(out) == [*body[:2], *rows, *body[2:]]
    assert {dropped(out)[line] for line in widget} == {NAVIGATION}


@pytest.mark.parametrize(
    ("lang", "buttons"),
    [
        ("ru", ["Купить в «Электроне» — 124 500 ₽", "Купить на Маркетплейсе — 119 990 ₽"]),
        ("en", ["£649 at Amazon — View Deal", "£679 at Currys — Check Price"]),
    ],
)
def test_shops_buy_buttons_go_with_no_box_named_around_them(lang: str, buttons: list[str]) -> None:
    # Each row names its button: no heading or advert marker needs to frame them.
    body = BODIES[lang]
    out = strip(*body[:3], *buttons, *body[3:])
    assert kept(out) == body
    assert {dropped(out)[line] for line in buttons} == {ADVERT}


def test_an_articles_price_list_stays_though_its_rows_end_on_a_currencys_dot() -> None:
    body = BODIES["ru"]
    prices = ["«Электрон» — 124 500 руб.", "Маркетплейс — 119 990 руб."]
    out = strip(*body[:3], *prices, *body[3:])
    assert kept(out) == [*body[:3], *prices, *body[3:]]


def test_a_greek_poll_asks_with_a_semicolon_and_goes_with_its_results() -> None:
    body = [
        "Το υπουργείο Παιδείας ανακοίνωσε την Τετάρτη τις βαθμολογίες των Πανελλαδικών εξετάσεων για φέτος.",
        "Οι μέσοι όροι στα μαθήματα προσανατολισμού ήταν υψηλότεροι από πέρυσι σε όλη τη χώρα.",
        "Οι υποψήφιοι πρέπει τώρα να συμπληρώσουν το μηχανογραφικό δελτίο μέσα στις επόμενες δύο εβδομάδες.",
        "Οι βάσεις εισαγωγής στα πανεπιστήμια αναμένεται να ανακοινωθούν στα τέλη Αυγούστου, σύμφωνα με το υπουργείο.",
    ]
    poll = ["Πρέπει να αλλάξει το σύστημα των Πανελλαδικών;", "Ναι, ριζικά 67%", "Μόνο σε ορισμένα σημεία 25%", "Όχι 8%", "Ψηφίστε"]
    out = strip(*body[:2], *poll, *body[2:])
    assert kept(out) == body
    assert {dropped(out)[line] for line in poll} == {FEEDBACK}


def test_a_music_players_links_end_nothing_and_the_article_goes_on_under_them() -> None:
    body = BODIES["en"]
    player = ["Listen on Spotify", "Listen on Apple Music"]
    out = strip(*body[:3], *player, *body[3:])
    assert kept(out) == body


@pytest.mark.parametrize(
    "caption",
    [
        "A thermometer in the city centre shows 36 degrees. Bild © picture alliance/dpa",
        "Waves hit the sea wall during an earlier storm. © Photo d'archives / AFP",
        "昨年のメインステージの様子（写真提供：潮見ジャズフェスティバル実行委員会）",
        "지난해 축제 메인 무대 모습 [사진 제공=파도소리 조직위원회]",
    ],
)
def test_a_pictures_credit_after_a_copyright_sign_or_in_labelled_brackets_makes_a_caption(caption: str) -> None:
    body = BODIES["en"]
    out = strip(body[0], caption, *body[1:])
    assert dropped(out) == {caption: CAPTION}


def test_a_live_label_over_the_articles_own_stamped_updates_is_their_heading() -> None:
    body = BODIES["nl"]
    live = [
        "Live: de laatste ontwikkelingen",
        "18:05", "NS laat donderdag tussen Rotterdam en Vlissingen minder treinen rijden.",
        "17:20", "De gemeente sluit uit voorzorg de strandopgangen af.",
        "16:42", "Het KNMI geeft code oranje af voor drie provincies.",
    ]
    out = strip(*body[:3], *live, *body[3:])
    assert kept(out) == [*body[:3], *live[::2], *body[3:]]
    assert dropped(out) == {"18:05": BYLINE, "17:20": BYLINE, "16:42": BYLINE}


@pytest.mark.parametrize(
    ("lang", "ticker", "headline"),
    [
        ("en", "Breaking: Storm closes the coastal road near the harbour", "Tram line to reach the northern district by 2027"),
        ("tr", "Son dakika: Merkez Bankası faiz kararını açıkladı", "Çiftçilere kuraklık desteği için yeni program"),
        ("en", "Breaking | Storm closes the coastal road near the harbour", "Tram line to reach the northern district by 2027"),
        ("zh", "头条｜市区三条公交线路下周起调整走向", "新建的市民公园下月对外开放，设有儿童游乐区"),
    ],
)
def test_a_tickers_line_above_the_headline_goes_and_a_headline_opening_with_its_label_stays(lang: str, ticker: str, headline: str) -> None:
    body = BODIES[lang]
    out = strip(ticker, headline, *body)
    assert dropped(out) == {ticker: RELATED}
    out = strip(ticker, *body)  # the label opens the article's own headline
    assert kept(out) == [ticker, *body]


@pytest.mark.parametrize(
    ("lang", "prompt", "buttons"),
    [
        ("en", "Want to know first when a new weather warning is issued? Turn on push notifications.", ["Not now", "Turn on"]),
        ("de", "Keine Unwetterwarnung mehr verpassen? Aktivieren Sie die Eilmeldungen.", ["Jetzt aktivieren", "Vielleicht später"]),
        ("it", "Vuoi ricevere una notifica quando scatta un'allerta meteo nella tua zona?", ["Sì, attiva", "No grazie"]),
    ],
)
def test_an_alert_prompts_buttons_go_with_it_and_the_article_goes_on(lang: str, prompt: str, buttons: list[str]) -> None:
    body = BODIES[lang]
    out = strip(*body[:2], prompt, *buttons, *body[2:])
    assert kept(out) == body
    assert {dropped(out)[line] for line in [prompt, *buttons]} == {SUBSCRIBE}


def test_the_articles_facts_under_an_advert_marker_stay_over_a_ticket_button() -> None:
    # An advert's marker over the article's own facts, then a ticket seller's button: the
    # facts are told under their labels, with no shop's price or odds in parts.
    body = BODIES["en"]
    facts = ["Festival details", "Where: Liberty Square and the esplanade", "When: 9 to 17 August"]
    out = strip(*body[:3], "Advertisement", *facts, "Buy tickets", *body[3:])
    assert kept(out) == [*body[:3], *facts, *body[3:]]


def test_hashtags_under_a_short_label_are_a_tags_line() -> None:
    body = BODIES["en"]
    tags = "Trending: #storm #floods #coastal_road"
    out = strip(tags, *body)
    assert dropped(out) == {tags: NAVIGATION}


def test_an_embedded_posts_author_and_date_alone_go_and_its_text_stays() -> None:
    # The author's name and handle over the post's text, its date alone under it: the post's
    # frame, though no time of day stands with the date. The text is quoted news.
    body = BODIES["en"]
    post = ["Harbour Pharmacies @harbourpharma", "Our online shop is closed while we investigate a security incident. Our stores are open as usual.", "12.3.2025"]
    out = strip(*body[:2], *post, *body[2:])
    assert kept(out) == [*body[:2], post[1], *body[2:]]


def test_a_korean_byline_with_its_place_before_the_reporters_name_goes() -> None:
    # "Cheongju=Kim Do-yun, reporter" under the stamp: the place, "=", the name, the role.
    body = BODIES["ko"]
    out = strip(*body, "청주=김도윤 기자")  # signed at the article's end, as Korean papers often sign
    assert kept(out) == body


def test_a_closing_wish_between_an_app_prompt_and_a_disclaimer_is_the_articles() -> None:
    body = BODIES["en"]
    closing = "Happy holidays to all of our readers!"
    disclaimer = "Disclaimer: this article is for informational purposes only and is not medical advice."
    out = strip(*body, "Get new recipes every day: download our app now", closing, disclaimer)
    assert kept(out) == [*body, closing]


def test_an_app_prompts_box_ends_at_the_related_heading_under_it() -> None:
    # The related heading, which a later rule names, is the next box's: its teasers go as related.
    body = BODIES["en"]
    related = ["Related articles", "Ferry fares rise again in spring", "New cycle lane opens on the quay"]
    out = strip(*body, "Get new recipes every day: download our app now", *related)
    assert {dropped(out)[line] for line in related} == {RELATED}
