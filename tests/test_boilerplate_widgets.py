"""Widget furniture that recurs across sites and languages: rating widgets, a form's replies,
notification requests, app-store badges, "preferred source" buttons, a newsletter box's
promises, comment-section headings, "topics you may like" headings, skip links, breadcrumb
labels, reading-time counters, recipe-card buttons, shop buttons, reader polls, live-score widgets, price comparisons, weather boxes and currency converters.

Each family is tried in several languages, in sentences other than the ones it was found
in; beside each, body text that speaks of the same things (ratings, inboxes, apps, prices)
must stay.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate
from test_boilerplate_families import BODIES, check

FEEDBACK = "boilerplate.feedback_prompt"
SUBSCRIBE = "boilerplate.subscribe_prompt"
SHARE = "boilerplate.share_prompt"
NAVIGATION = "boilerplate.navigation"
ADVERT = "boilerplate.advertisement"
RELATED = "boilerplate.related_block"
COMMENTS = "boilerplate.comments"


# Prompts and boxes stand at the article's end, where sites print them (a prompt takes the
# short lines after it into its box).


def strip(*paragraphs: str):
    return StripBoilerplate().apply(make_article(*paragraphs))


@pytest.mark.parametrize(
    ("lang", "widget"),
    [
        ("en", ["How useful was this guide?", "Click on a star to rate this article!", "Average rating 4.2 / 5. Vote count: 37"]),
        ("en", ["No votes so far! Be the first to rate this post."]),
        ("de", ["Klicken Sie auf die Sterne, um den Beitrag zu bewerten!", "Durchschnittliche Bewertung 4.7 / 5. Anzahl Bewertungen: 15"]),
        ("nl", ["Klik op een ster om dit te beoordelen!", "Gemiddelde waardering 3.9 / 5. Aantal stemmen: 8"]),
        ("fr", ["Cliquez sur une étoile pour la noter !", "Note moyenne 4,5 / 5. Nombre de votes : 22"]),
        ("es", ["¡Haz clic en una estrella para puntuarlo!", "Promedio de puntuación 4.8 / 5. Recuento de votos: 5"]),
        ("it", ["Clicca su una stella per votarla!", "Finora nessun voto! Sii il primo a valutare questo articolo."]),
        ("pt", ["Clique numa estrela para avaliar!", "Média da classificação 4.1 / 5. Contagem de votos: 12"]),
        ("pl", ["Kliknij gwiazdkę, aby ją ocenić!", "Średnia ocena 4.4 / 5. Liczba głosów: 9"]),
    ],
)
def test_boilerplate_widgets_rating_widget(lang: str, widget: list[str]) -> None:
    check(lang, widget, FEEDBACK, at=len(BODIES[lang]))


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Please enter a valid email address."),
        ("en", "You have been successfully subscribed!"),
        ("en", "Item successfully added to your cart."),
        ("de", "Bitte geben Sie eine gültige E-Mail-Adresse ein."),
        ("nl", "Vul een geldig e-mailadres in."),
        ("fr", "Veuillez saisir une adresse e-mail valide."),
        ("es", "Introduce una dirección de correo electrónico válida."),
        ("it", "Inserisci un indirizzo email valido."),
        ("pt", "Insira um e-mail válido."),
        ("pl", "Podaj poprawny adres e-mail."),
    ],
)
def test_boilerplate_widgets_form_replies(lang: str, reply: str) -> None:
    check(lang, [reply], FEEDBACK, at=len(BODIES[lang]))


@pytest.mark.parametrize(
    ("lang", "prompt"),
    [
        ("en", "Would you like to receive notifications when we publish new stories?"),
        ("de", "Möchten Sie Push-Nachrichten erhalten?"),
        ("nl", "Wil je meldingen ontvangen over nieuwe artikelen?"),
        ("fr", "Souhaitez-vous recevoir les notifications de notre site ?"),
        ("es", "¿Quieres recibir notificaciones de las últimas noticias?"),
        ("it", "Vuoi ricevere le notifiche sulle ultime notizie?"),
        ("pt", "Deseja receber notificações das últimas notícias?"),
        ("pl", "Czy chcesz otrzymywać powiadomienia o nowych artykułach?"),
    ],
)
def test_boilerplate_widgets_notification_requests(lang: str, prompt: str) -> None:
    check(lang, [prompt], SUBSCRIBE, at=len(BODIES[lang]))


@pytest.mark.parametrize(
    ("lang", "badges"),
    [
        ("en", ["Download on the App Store", "Get it on Google Play"]),
        ("de", ["Laden im App Store Jetzt bei Google Play"]),
        ("nl", ["Download in de App Store", "Ontdek het op Google Play"]),
        ("fr", ["Télécharger dans l'App Store", "Disponible sur Google Play"]),
        ("es", ["Descárgalo en el App Store", "Disponible en Google Play"]),
        ("it", ["Scarica su App Store", "Disponibile su Google Play"]),
        ("pt", ["Baixar na App Store", "Disponível no Google Play"]),
        ("pl", ["Pobierz w App Store", "Pobierz z Google Play"]),
    ],
)
def test_boilerplate_widgets_app_store_badges(lang: str, badges: list[str]) -> None:
    check(lang, badges, SUBSCRIBE, at=len(BODIES[lang]))


@pytest.mark.parametrize(
    ("lang", "button"),
    [
        ("en", "Add The Courier as a preferred source on Google"),
        ("de", "Fügen Sie uns als bevorzugte Quelle bei Google hinzu"),
        ("nl", "Voeg ons toe als voorkeursbron op Google"),
        ("fr", "Ajoutez-nous comme source préférée sur Google"),
        ("es", "Añádenos como fuente preferida en Google"),
        ("it", "Aggiungici come fonte preferita su Google"),
        ("pt", "Adicione-nos como fonte preferida no Google"),
        ("pl", "Dodaj nas jako preferowane źródło w Google"),
    ],
)
def test_boilerplate_widgets_preferred_source_button(lang: str, button: str) -> None:
    check(lang, [button], SHARE)


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("en", ["The Weekend Digest newsletter brings our best long reads to your inbox every Saturday.", "No spam. Unsubscribe anytime."]),
        ("en", ["We will never share your email with anyone."]),
        ("de", ["Unsere Empfehlungen bequem in Ihr Postfach.", "Abmeldung jederzeit möglich."]),
        ("nl", ["Het beste van de week rechtstreeks in je inbox.", "Je kunt je op elk moment weer afmelden."]),
        ("fr", ["L'essentiel de l'actualité directement dans votre boîte mail.", "Vous pouvez vous désinscrire à tout moment."]),
        ("es", ["Las mejores historias directamente en tu bandeja de entrada.", "Puedes darte de baja en cualquier momento."]),
        ("it", ["Le notizie del giorno direttamente nella tua casella di posta.", "Puoi disiscriverti in qualsiasi momento."]),
        ("pt", ["As principais notícias diretamente na sua caixa de entrada.", "Pode cancelar a subscrição a qualquer momento."]),
        ("pl", ["Najważniejsze wiadomości prosto na Twoją skrzynkę.", "Możesz się wypisać w każdej chwili."]),
    ],
)
def test_boilerplate_widgets_newsletter_promises(lang: str, box: list[str]) -> None:
    check(lang, box, SUBSCRIBE, at=len(BODIES[lang]))


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("en", "Discussion about this post"),
        ("de", "Diskussion zu diesem Beitrag"),
        ("nl", "Discussie over dit artikel"),
        ("fr", "Discussion à propos de cet article"),
        ("es", "Discusión sobre este artículo"),
        ("it", "Discussione su questo articolo"),
        ("pt", "Discussão sobre este artigo"),
        ("pl", "Dyskusja na temat tego artykułu"),
    ],
)
def test_boilerplate_widgets_discussion_heading_ends_the_article(lang: str, heading: str) -> None:
    body = BODIES[lang]
    thread = ["Anna K.", "Great piece, thanks for writing it up so clearly!"]
    out = strip(*body, heading, *thread)
    assert kept(out) == body
    assert set(dropped(out).values()) == {COMMENTS}


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("en", "You may be interested in these topics as well:"),
        ("en", "More Recipes You Might Enjoy"),
        ("de", "Diese Artikel könnten Sie auch interessieren"),
        ("nl", "Artikelen die je misschien ook leuk vindt"),
        ("fr", "Vous pourriez aussi être intéressé par"),
        ("es", "Artículos que te pueden interesar"),
        ("it", "Potrebbero interessarti anche"),
        ("pt", "Notícias que podem lhe interessar"),
        ("pl", "Artykuły, które mogą cię również zainteresować"),
    ],
)
def test_boilerplate_widgets_topics_you_may_like_heading(lang: str, heading: str) -> None:
    check(lang, [heading], RELATED)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Skip to content Skip to footer"),
        ("en", "You are here: Home » Travel » Europe"),
        ("en", "7 min read"),
        ("en", "Jump to Recipe"),
        ("de", "Lesezeit: 4 Minuten"),
        ("de", "Zum Inhalt springen Zur Navigation springen"),
        ("nl", "U bent hier: Home / Nieuws"),
        ("nl", "Recept afdrukken"),
        ("fr", "Temps de lecture : 3 min"),
        ("fr", "Vous êtes ici : Accueil > Actualités"),
        ("es", "5 minutos de lectura"),
        ("es", "Imprimir receta"),
        ("it", "Tempo di lettura: 6 minuti"),
        ("it", "Vai alla ricetta"),
        ("pt", "Tempo de leitura: 2 min"),
        ("pl", "Czas czytania: 4 min"),
        ("pl", "Przejdź do przepisu"),
    ],
)
def test_boilerplate_widgets_navigation_lines(lang: str, line: str) -> None:
    check(lang, [line], NAVIGATION)


@pytest.mark.parametrize(
    ("lang", "button"),
    [
        ("en", "Check price at Walmart"),
        ("en", "View on Amazon"),
        ("de", "Preis prüfen bei MediaMarkt"),
        ("nl", "Bekijk prijs bij Coolblue"),
        ("fr", "Voir le prix sur Darty"),
        ("es", "Ver precio en El Corte Inglés"),
        ("it", "Vedi prezzo su Unieuro"),
        ("pt", "Ver preço na Worten"),
        ("pl", "Sprawdź cenę w Media Expert"),
    ],
)
def test_boilerplate_widgets_shop_buttons(lang: str, button: str) -> None:
    check(lang, [button], ADVERT)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The app is available on the App Store and Google Play from Monday, the transport authority said."),
        ("en", "Customers can unsubscribe at any time, according to the new rules."),
        ("en", "Scam messages land in your inbox every day, police warned."),
        ("en", "No spam filter is perfect, the researchers wrote in their report."),
        ("en", "Check your inbox for suspicious messages before clicking any link."),
        ("en", "The film's average rating fell after the director's comments."),
        ("en", "Print the recipe and keep it on the fridge, she advises."),
        ("de", "Laut Anbieter ist die Abmeldung jederzeit möglich, auch per Post."),
        ("de", "Die App ist im App Store und bei Google Play kostenlos erhältlich, teilte die Stadt mit."),
        ("fr", "Les avis d'imposition arriveront dans votre boîte aux lettres en mai."),
        ("es", "Los clientes podrán darse de baja del servicio en la oficina municipal."),
        ("it", "Il nuovo servizio sarà disponibile su Google Play entro la fine dell'anno."),
        ("nl", "De gemeente controleert de inbox van het meldpunt elke ochtend."),
        ("pl", "Radni chcą, aby mieszkańcy mogli sprawdzić cenę biletu w aplikacji."),
    ],
)
def test_boilerplate_widgets_body_sentences_stay(lang: str, sentence: str) -> None:
    body = BODIES[lang]
    article = [*body[:2], sentence, *body[2:]]
    assert kept(strip(*article)) == article


def test_boilerplate_widgets_discussion_heading_early_is_not_a_comment_section() -> None:
    """A 'discussion' heading in the article's first half opens no comment section: the body stays."""
    body = BODIES["en"]
    out = strip(body[0], "Discussion about this post", *body[1:])
    assert [line for line in kept(out) if line in body] == body


@pytest.mark.parametrize(
    ("lang", "heading", "title"),
    [
        ("en", "Recommended for you: videos", "Floods sweep through the old town overnight"),
        ("ru", "Подборка видео для вас", "Наводнение затопило старый город за одну ночь"),
        ("ar", "اخترنا لك من الفيديو", "فيضانات تجتاح البلدة القديمة خلال الليل"),
    ],
)
def test_boilerplate_widgets_video_heading_and_first_title_over_a_duration(lang: str, heading: str, title: str) -> None:
    # The lexicon knows no such heading: the widget's durations show it, and the heading names videos.
    body = BODIES[lang]
    widget = [heading, title, "1:56", "The second video's title here", "4:30"]
    out = StripBoilerplate().apply(make_article(*body[:3], *widget, *body[3:]))
    assert kept(out) == body
    assert set(dropped(out).values()) == {"boilerplate.video_widget"}
    # A subhead over a paragraph names no video and stays.
    out = StripBoilerplate().apply(make_article(*body[:3], heading, *body[3:]))
    assert heading in kept(out)


def test_boilerplate_widgets_a_videos_title_over_its_labelled_duration_goes_but_the_headline_over_its_player_stays() -> None:
    # "Duration: 06:12" the lexicon names; the title over it is the video's, a question too when it
    # names the video. The page's first line over its own player is its headline.
    body = BODIES["en"]
    title = "Video review: is the new folding phone worth the money?"
    out = strip(*body[:3], title, "Duration: 06:12", *body[3:])
    assert kept(out) == body
    out = strip("Harbour Radio – episode 9: The tunnel nobody wanted to pay for", "Duration: 41:18", *body)
    assert kept(out)[0] == "Harbour Radio – episode 9: The tunnel nobody wanted to pay for"


def test_a_related_blocks_last_teaser_over_a_headline_holding_a_figure_goes_and_the_headline_stays() -> None:
    # The headline holds a figure, as a date line does: the teaser above it is still no headline.
    teasers = ["Indonesia raises the price of subsidised fuel — Antara · 3 hours ago", "Thailand cuts its growth forecast for this year — Bangkok Post · yesterday"]
    headline = "Malaysian palm oil exports jump 14% in March"
    out = StripBoilerplate().apply(make_article("Most read", *teasers, headline, "Economy | 10 April 2025 | Bernama", *TRAM_ARTICLE[:6]))
    assert kept(out)[0] == headline
    assert all(dropped(out).get(t) == "boilerplate.related_block" for t in teasers)


def test_a_long_teaser_with_its_source_and_age_stays_in_its_block_early_in_the_article() -> None:
    teasers = [
        "Seoul sees a boom in Japanese tourists thanks to the weak yen — Yonhap · 2 days ago",
        "Tokyo raises the minimum wage above 1,100 yen an hour for the first time in its history — Kyodo · 5 days ago",
    ]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:2], "You may also like", *teasers, *TRAM_ARTICLE[2:8]))
    assert kept(out) == TRAM_ARTICLE[:8]


def test_a_long_label_over_its_list_after_a_related_block_ends_the_block() -> None:
    teasers = ["Heavy rain to last until the weekend in the north", "Hundreds of families moved away from the river banks"]
    section = ["Rainfall measured by six in the morning at the gauges along the valley:", "Upper valley: 512 mm", "Lower valley: 468 mm", "City centre: 421 mm"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:5], "Related articles", *teasers, *section, *TRAM_ARTICLE[5:9]))
    assert kept(out) == [*TRAM_ARTICLE[:5], *section, *TRAM_ARTICLE[5:9]]


def test_teasers_with_their_age_go_though_a_title_holds_a_decimal_figure() -> None:
    teasers = ["Magnitude 5.9 earthquake shakes Sumatra awake — Antara · 5 hours ago", "Bali shuts its airport for a day because of ash — Kompas · 2 days ago"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:6], "Elsewhere in the region", *teasers, *TRAM_ARTICLE[6:10]))
    assert kept(out) == TRAM_ARTICLE[:10]


def test_boilerplate_widgets_a_live_blogs_entry_between_two_players_stays() -> None:
    # Short lines between two lines of a video widget are its own; an entry of the live blog, a
    # sentence of prose, is the article's.
    entry = "02.45 Several ferries between the two ports were cancelled overnight, and the operators expect delays all morning."
    out = StripBoilerplate().apply(
        make_article(*TRAM_ARTICLE[:4], "Video: Trees across the road near the harbour", "Play video", "0:46", entry, "More videos", *TRAM_ARTICLE[4:8])
    )
    assert entry in kept(out)
    assert {"Play video", "0:46", "More videos"} <= set(dropped(out))


LIVE_ENTRIES = [
    "The first ferries left the harbour again at six, an hour later than planned, after the wind dropped overnight.",
    "Police closed the coast road near the lighthouse because of fallen trees and asked drivers to use the motorway instead.",
    "The weather service lifted its storm warning for the islands but kept a flood alert for the river mouth in place.",
    "Crews restored power to most of the 12,000 homes cut off on Monday evening, the network operator said.",
]


@pytest.mark.parametrize(
    "stamps",
    [
        ["18:40", "18:05", "17:30", "16:55"],
        ["7:45 PM", "7:10 PM", "12:30 PM", "11:05 AM"],
        ["90+3'", "71'", "38'", "12'"],
        ["Update 18:40", "18:05", "17:30", "Update 16:55"],  # a label two stamps share
        ["Mise à jour 18h40", "Mise à jour 18h05", "17h30", "16h55"],
        ["रात 11:32 बजे", "रात 10:58 बजे", "रात 10:21 बजे", "रात 9:40 बजे"],  # a label and a unit spelled with vowel signs
    ],
)
def test_a_live_blogs_time_stamps_over_its_entries_go_as_stamps_and_a_title_under_one_stays(stamps: list[str]) -> None:
    # A bare time is a video's duration among video titles; over a live blog's entries, in the
    # clock's order, it is the entry's stamp, and the title between a stamp and its text is the entry's.
    title = "Harbour reopens for ferries"
    page = [*TRAM_ARTICLE[:3], stamps[0], title, LIVE_ENTRIES[0]]
    for stamp, entry in zip(stamps[1:], LIVE_ENTRIES[1:]):
        page += [stamp, entry]
    out = strip(*page, *TRAM_ARTICLE[3:5])
    assert {stamp: "boilerplate.byline" for stamp in stamps} == dropped(out)
    assert title in kept(out)


def test_a_time_under_a_label_no_other_stamp_shares_is_no_live_blogs_stamp() -> None:
    # "Valid until 23:59" over a stamp is a warning box's line; a stamp's label comes back.
    page = [*TRAM_ARTICLE[:3], "Valid until 23:59"]
    for stamp, entry in zip(["18:40", "18:05", "17:30"], LIVE_ENTRIES):
        page += [stamp, entry]
    out = strip(*page, *TRAM_ARTICLE[3:5])
    assert dropped(out).get("Valid until 23:59") != "boilerplate.byline"
    assert {"18:40", "18:05", "17:30"} <= set(dropped(out))


def test_durations_out_of_the_clocks_order_over_sentences_are_no_live_blogs_stamps() -> None:
    page = [*TRAM_ARTICLE[:3]]
    for duration, entry in zip(["2:31", "4:05", "1:12", "3:48"], LIVE_ENTRIES):
        page += [duration, entry]
    out = strip(*page, *TRAM_ARTICLE[3:5])
    assert "boilerplate.byline" not in dropped(out).values()


def test_a_headline_under_a_player_over_its_published_and_updated_times_stays() -> None:
    headline = "Storm closes the coast road and cancels the morning ferries"
    out = strip("Watch video", "02:47", "Play", headline, "14 Jun 2024, 09:15 · Updated at 11:02", *TRAM_ARTICLE[:5])
    assert headline in kept(out)
    assert {"Watch video", "02:47", "Play"} <= set(dropped(out))


def test_the_articles_last_paragraphs_after_a_newsletter_box_and_over_a_share_bar_stay() -> None:
    box = ["Get the morning briefing from your region", "Your e-mail address", "Sign up"]
    last = [
        "The council has promised a fund for the shops along the route. A first meeting with the owners is planned for March.",
        "The tender closes in the autumn.",
    ]
    out = strip(*TRAM_ARTICLE[:5], *box, *last, "Share", "Facebook", "Copy link")
    assert kept(out) == [*TRAM_ARTICLE[:5], *last]




def test_the_bodys_dateline_under_a_player_at_the_top_is_no_videos_title() -> None:
    headline, dateline = "Burza nad wybrzeżem zamyka drogę", "GDAŃSK (PAP) –"
    out = strip(headline, "Zobacz wideo", "Odśwież relację", dateline, *BODIES["pl"])
    assert kept(out) == [headline, dateline, *BODIES["pl"]]


def test_a_consent_button_of_seven_characters_next_to_a_japanese_cookie_banner_goes() -> None:
    # Chinese and Japanese words are characters: "同意して閉じる" is a button of three words.
    banner = "当サイトではCookieを使用しています。閲覧を続けることでCookieの利用に同意したものとみなします。"
    out = strip(banner, "同意して閉じる", *BODIES["ja"])
    assert dropped(out) == {banner: "boilerplate.cookie_banner", "同意して閉じる": "boilerplate.cookie_banner"}


@pytest.mark.parametrize("position", ["00:00 / 27:14", "Lecture 0:00 / 15:02", "再生 00:00 / 18:42", "0:00 / 1:02:10"])
def test_a_players_position_over_its_length_is_the_players_line(position: str) -> None:
    # Mid-article, under no heading the lexicon knows: the player's line says what it is.
    body = TRAM_ARTICLE[:8]
    out = strip(*body[:4], position, *body[4:])
    assert dropped(out) == {position: "boilerplate.video_widget"}


def test_times_and_scores_in_a_short_line_are_no_players_position() -> None:
    body = TRAM_ARTICLE[:8]
    for line in ("Kick-off 20:00 / gates open 18:30", "Night buses: 00:00 / 01:30 / 03:00 / 04:30"):
        out = strip(*body[:4], line, *body[4:])
        assert line in kept(out), line


def test_boilerplate_widgets_a_listings_rows_are_no_teasers_with_their_age() -> None:
    # "· Castle Park, 21 h · 500 denars": a place and a time, then a price, not a source and an age.
    rows = ["Jazz on the Hill: The Blue Trio · Castle Park, 21 h · 500 denars",
            "Cinema under the stars: Honeyland · City Park, 21:30 h · Free entry"]
    out = strip(BODIES["en"][0], "Friday 28 June", *rows, BODIES["en"][1])
    assert set(rows) <= set(kept(out))
    teasers = ["Floods close the coast road after two days of rain – Reuters, 7 h",
               "The city raises its budget for flood barriers – Herald, 1 day ago"]
    out = strip(BODIES["en"][0], BODIES["en"][1], "More news", *teasers)
    assert dropped(out).get(teasers[0]) == RELATED  # a source and an age after a comma: still a teaser


def test_boilerplate_widgets_a_prize_table_in_kroner_is_no_run_of_teasers_with_their_age() -> None:
    # "6 right: 57 winners – 6240 kr": a prize in a currency written as a word, not a teaser's age.
    rows = ["7 right: 1 winner – 14 382 220 kr", "6 + 1 right: 4 winners – 118 460 kr", "6 right: 57 winners – 6240 kr",
            "5 right: 2913 winners – 215 kr"]
    out = strip(*BODIES["en"][:3], "Prizes", *rows, *BODIES["en"][3:])
    assert set(rows) <= set(kept(out))


def test_boilerplate_widgets_a_list_under_a_players_button_is_the_articles() -> None:
    # Under a video's play line: a label announcing the scorers is no play button, and players'
    # grades ("Edgars Liepins – 8") are a list of the article's, not the widget's video titles.
    video = ["VIDEO | Highlights: Galati – Braila", "Watch all the goals and chances", "Play video (02:47)"]
    scorers = ["Scorers:", "23' Radu Patrascu (Braila)", "89' Stefan Buzatu (Galati)"]
    out = strip(BODIES["en"][0], *video, *scorers, BODIES["en"][1])
    assert all(dropped(out).get(line) == "boilerplate.video_widget" for line in video)
    assert set(scorers) <= set(kept(out))
    grades = ["Player ratings", "Edgars Liepins – 8", "Markuss Berzins – 8", "Roberts Kalnins – 6"]
    out = strip(BODIES["en"][0], "VIDEO: the match's best moments", "Watch video (3:12)", *grades, BODIES["en"][1])
    assert set(grades) <= set(kept(out))


@pytest.mark.parametrize("position", ["00:00 / 06:12", "06:12"])
def test_boilerplate_widgets_the_lines_under_the_articles_own_player_are_the_articles(position: str) -> None:
    # "Listen to this article" plays the article itself: the headline and the "key points" box
    # under it are no video titles, and a one-word heading under its length is no play button.
    top = ["Listen to this article", position, "Council backs tram extension to the north", "Key points"]
    points = ["The line gets six new stops.", "Work starts next spring.", "The region pays most of the bill."]
    out = strip(*top, *points, *BODIES["en"])
    assert dropped(out).get("Listen to this article") == "boilerplate.video_widget"
    assert set(top[2:] + points) <= set(kept(out))
    videos = ["More videos", "Floods close the coast road", "Mayor opens the new bridge", "Storm damage in pictures"]
    out = strip(BODIES["en"][0], *videos, BODIES["en"][1])
    assert all(dropped(out).get(line) == "boilerplate.video_widget" for line in videos)  # a widget's titles still go


def test_boilerplate_widgets_a_posts_text_between_its_embeds_lines_stays() -> None:
    # An embedded post: its text, quoted by the article, stands between the embed's header and
    # its "shared by" line; a share bar's items are no sentences.
    embed = ["View this post on Instagram", "A post shared by Lea Brand (@lea.brand)"]
    post = "We said yes. Thank you to everyone who made this day so special for both of us."
    out = strip(BODIES["en"][0], embed[0], post, embed[1], "12 May 2025", BODIES["en"][1])
    assert post in kept(out)
    assert all(line in dropped(out) for line in embed)
    assert dropped(out).get("12 May 2025") == SHARE  # the post's date, under its "shared by" line
    out = strip(BODIES["en"][0], "Share", "Copy link", "Facebook", BODIES["en"][1])
    assert "Copy link" in dropped(out)  # a short line between two share lines is the bar's


def test_boilerplate_widgets_a_one_word_label_over_a_bar_of_networks_is_the_bars() -> None:
    # "Kongsi" (Malay: share) over Facebook, WhatsApp, Telegram: a share bar's label in a
    # language the lexicon does not hold. A feedback prompt's answer right above a bar stays its own.
    out = strip(*BODIES["en"], "Kongsi", "Facebook", "WhatsApp", "Telegram")
    assert dropped(out).get("Kongsi") == SHARE
    out = strip(*BODIES["en"], "Was this article helpful?", "Yes", "No", "Facebook", "WhatsApp")
    assert dropped(out).get("No") == FEEDBACK
    out = strip(BODIES["en"][0], "Why the council changed its mind", BODIES["en"][1])
    assert "Why the council changed its mind" in kept(out)  # a subhead between paragraphs, no bar under it


def test_boilerplate_widgets_a_dateline_in_capitals_under_a_share_bar_is_no_network() -> None:
    # Networks the lexicon does not name ("ВКонтакте", "Одноклассники") go by their shape; a
    # place's name in capitals under them is the body's dateline.
    out = strip(BODIES["en"][0], "Share:", "ВКонтакте", "Одноклассники", "MARSHFIELD", *BODIES["en"][1:])
    assert "MARSHFIELD" in kept(out) and {"ВКонтакте", "Одноклассники"} <= set(dropped(out))


def test_boilerplate_widgets_an_embedded_post_near_the_end_does_not_end_the_article() -> None:
    # A share bar in the article's last part ends it; an embedded post's frame names its
    # author's handle, and the article goes on under the quoted post.
    post = ["View this post on Instagram", "We said yes. Thank you to everyone who made this day so special.",
            "A post shared by Lea Brand (@lea.brand)"]
    tail = ["The couple met on the set of a crime series eight years ago and kept the wedding small.",
            "Brand's next film opens in October, a drama shot on a ferry in the North Sea."]
    out = strip(*BODIES["en"], *post, *tail)
    assert set(tail) <= set(kept(out))
    out = strip(*BODIES["en"], "Share", "Facebook", "WhatsApp", *tail)
    assert not set(tail) & set(kept(out))  # a share bar still ends it


def test_boilerplate_widgets_an_embedded_x_post_s_frame_goes_and_the_article_goes_on() -> None:
    # An X post: its author's name, the handle alone on its line, the post's text, its time and
    # date, then "View on X". The frame goes and the text stays; the link under the post ends
    # nothing, so the article's paragraphs after it stay.
    frame = ["Harbourtown Police", "@harbourpolice"]
    post = "The coast road is closed between the port and the bridge. Please avoid the area and follow the signs."
    stamp, link = "12:51 · 9 Oct 2025", "View on X"
    tail = ["The fire brigade expects to keep the road closed until the evening, when the smoke should clear.",
            "Residents were asked to keep their windows shut and to stay indoors for the rest of the day."]
    out = strip(*BODIES["en"], *frame, post, stamp, link, *tail)
    assert post in kept(out) and set(tail) <= set(kept(out))
    assert {*frame, stamp, link} <= set(dropped(out))
    out = strip(*BODIES["en"], "Share", "Facebook", "WhatsApp", *tail)
    assert not set(tail) & set(kept(out))  # a share bar still ends it


@pytest.mark.parametrize(
    ("author", "link"),
    [("harbour_police", "View on Instagram"), ("Harbourtown Police @harbourpolice", "View on X")],
)
def test_boilerplate_widgets_an_embedded_posts_author_as_a_user_name_or_with_a_name_goes(author: str, link: str) -> None:
    # An Instagram user's name alone, in lower case joined by "_", over the embed's link; or the
    # author's name before the handle on one line. The post's text stays.
    post = "The coast road is closed between the port and the bridge. Please avoid the area and follow the signs."
    out = strip(*BODIES["en"][:2], author, post, link, *BODIES["en"][2:])
    assert author in dropped(out) and post in kept(out)
    # A user's name with no link under it may be a forum's reply signature: it stays.
    out = strip(*BODIES["en"][:2], "harbour_fan", "I agree with the council on this one, it took far too long.", *BODIES["en"][2:])
    assert "harbour_fan" in kept(out)


def test_boilerplate_widgets_an_embedded_post_without_its_link_is_framed_by_its_time_and_date() -> None:
    # A city site prints the transport company's post with no "View on X" under it: the
    # handle alone on its line, then the post's time and date within a few lines frame it.
    frame = ["Riyadh Metro", "@RiyadhMetro_Ops"]
    post = "Dear passengers, service between Wadi Green and the Museum is suspended until Friday for track works."
    stamp = "7:12 PM · 13 Feb 2025"
    out = strip(*BODIES["en"][:2], *frame, post, stamp, *BODIES["en"][2:])
    assert {*frame, stamp} <= set(dropped(out)) and post in kept(out)
    # A reply in a forum names a handle alone too, with no time and date under it: it stays.
    out = strip(*BODIES["en"][:2], "@harbour_fan", "I agree with the council on this one, it took far too long.", *BODIES["en"][2:])
    assert "@harbour_fan" in kept(out)


def test_boilerplate_widgets_a_follow_us_prompt_inside_the_article_ends_nothing() -> None:
    # A call to follow the site on Google News set between paragraphs, as a newsletter box is:
    # the article's subhead and paragraphs under it stay.
    tail = ["What happens next", "The two candidates who were knocked out have not yet said whom they will back. Both meet their parties on Friday.",
            "The second round will be held on Sunday, 19 October. Polls open at seven in the morning and close at nine."]
    follow = "Get the latest election results: follow Example News on Google News"
    out = strip(*BODIES["en"], follow, *tail, "© 2025 Example Media")
    assert follow in dropped(out) and set(tail) <= set(kept(out))
    # Its button too ("Join our Telegram channel", then "Join the channel"): a sign-up box's.
    # A share bar's buttons under the call still end the article.
    call = "Join our Telegram channel for the results as they come in"
    out = strip(*BODIES["en"], call, "Join the channel", *tail, "© 2025 Example Media")
    assert dropped(out).get("Join the channel") == SUBSCRIBE and set(tail) <= set(kept(out))
    out = strip(*BODIES["en"], call, "Share on Facebook", "Share on X", *tail, "© 2025 Example Media")
    assert not set(tail) & set(kept(out))


def test_boilerplate_widgets_a_shop_box_s_or_odds_box_s_note_ends_nothing() -> None:
    # "We may earn a commission …" under a box of shop links, "18+ | Play responsibly" under the
    # odds: notes set into the article, which goes on under them. A footer's copyright still
    # closes the page.
    tail = ["The recall covers every pack sold since March. The maker says no other products are affected.",
            "Customers can return the packs to any shop for a refund. No receipt is needed, the company said."]
    # The age limit may be spelled out ("aged 18 and over", "over 21").
    notes = ("We may earn a commission when you buy through the links on this page.", "18+ | Play responsibly | Gambling can be addictive",
             "Betting is only for players aged 18 and over. Play responsibly.", "Betting is for players over 21 only. Play responsibly.")
    for note in notes:
        out = strip(*BODIES["en"], note, *tail, "© 2025 Example Media")
        assert note in dropped(out) and set(tail) <= set(kept(out)), note
    out = strip(*BODIES["en"], "© 2025 Example Media. All rights reserved.", *tail)
    assert not set(tail) & set(kept(out))


def test_boilerplate_widgets_an_embedded_posts_text_ending_on_an_emoji_stays() -> None:
    # The post's sentences end on its emoji, not a full stop: still the quoted post, not the frame's.
    text = "Five years ago we met on a muddy film set full of mosquitoes. Today I said yes. Thank you for waiting 💍"
    out = strip(*BODIES["en"][:2], "View this post on Instagram", text, "A post shared by Lea Brand (@lea.brand)", *BODIES["en"][2:])
    assert text in kept(out)
    # A share bar flattened into one line has no sentence in it, and stays with the bar.
    bar = "Share this page to Facebook Share this page to X Share this page via Email Share this page via WhatsApp"
    out = strip(*BODIES["en"], "Share", bar, "Print")
    assert bar not in kept(out)


def test_boilerplate_widgets_opening_hours_with_clock_times_are_no_teasers_with_their_age() -> None:
    # "17h00 – 23h00" is a clock time, not an age ("2h"): a festival's opening hours stay
    # (Vietnamese: "Opening hours", "Monday, 9/12: …").
    hours = ["Giờ mở cửa", "Thứ Hai, 9/12: 17h00 – 23h00", "Thứ Ba, 10/12: 16h00 – 24h00", "Thứ Tư, 11/12: 16h00 – 22h30"]
    out = strip(BODIES["en"][0], *hours, BODIES["en"][1])
    assert set(hours) <= set(kept(out))
    teasers = ["Floods close the coast road · 2h", "Mayor opens the new bridge · 5h", "Storm damage in pictures · 7h"]
    out = strip(*BODIES["en"], "More news", *teasers)
    assert all(line in dropped(out) for line in teasers)  # ages still make teasers


def test_boilerplate_widgets_reader_poll() -> None:
    # The poll's heading, question, options with their shares and count of votes go, in any
    # language; its buttons are the lexicon's. The subhead under the poll stays.
    poll = ["Umfrage", "Soll die Stadt das Hallenbad sanieren, auch wenn andere Projekte warten?", "Ja – 64 %", "Nur mit Spenden – 21 %", "Nein – 15 %", "1.204 Stimmen"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *poll, "Kritik der Opposition", *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], "Kritik der Opposition", *TRAM_ARTICLE[3:6]]
    assert set(dropped(out).values()) == {"boilerplate.feedback_prompt"}


@pytest.mark.parametrize(
    "poll",
    [
        ["Poll", "Should pupils get less homework?", "Yes, far too much", "No, it is enough", "It depends on the teacher", "Vote"],
        ["Should the tram run all night at weekends?", "Yes", "Only on Saturdays", "No", "Cast your vote"],
    ],
)
def test_boilerplate_widgets_an_open_poll_goes_and_the_article_goes_on_under_it(poll: list[str]) -> None:
    # A poll still open (options with no shares yet, its button the lexicon's) set into the
    # article's last part: the poll goes, the paragraphs under it stay, as its button ends no article.
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:6], *poll, *TRAM_ARTICLE[6:8]))
    assert kept(out) == [*TRAM_ARTICLE[:6], *TRAM_ARTICLE[6:8]]
    assert set(dropped(out).values()) <= {"boilerplate.feedback_prompt", "boilerplate.navigation"}


@pytest.mark.parametrize("count", ["Vastanuid: 2074", "Glasovalo je 1.412 bralcev", "986 readers voted"])
def test_boilerplate_widgets_an_open_poll_closed_by_its_count_of_voters(count: str) -> None:
    # No shares yet and no button: the count of voters closes the poll, with the reader's
    # question over it ("What do you think?"). The article goes on under it.
    poll = ["What do you think?", "Should small schools be merged into bigger ones?", "Yes, for better teachers", "No, small is better", "Can't say", count]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:6], *poll, *TRAM_ARTICLE[6:8]))
    assert kept(out) == [*TRAM_ARTICLE[:6], *TRAM_ARTICLE[6:8]]
    assert set(dropped(out).values()) == {FEEDBACK}


def test_boilerplate_widgets_a_poll_of_two_answers_with_its_button_or_label() -> None:
    # Two answers over the poll's own button ("See results") make a poll, not a prompt that ends
    # the article: the closing line under it stays.
    out = strip(*TRAM_ARTICLE[:6], "Should the tram run all night at weekends?", "Yes", "No", "See results",
                "The council will decide in March.", "Share", "Facebook", "WhatsApp")
    assert kept(out) == [*TRAM_ARTICLE[:6], "The council will decide in March."]
    # Under the poll's label a rule named ("Poll"), two answers are a poll though the article goes on.
    out = strip(*TRAM_ARTICLE[:6], "Poll", "Will the tram be ready by 2027?", "Yes", "No", *TRAM_ARTICLE[6:8])
    assert kept(out) == [*TRAM_ARTICLE[:6], *TRAM_ARTICLE[6:8]]
    assert dropped(out)["Will the tram be ready by 2027?"] == FEEDBACK


def test_boilerplate_widgets_a_forum_posters_card_is_no_poll() -> None:
    # A post ending in a question, its poster's name and role, and a count of posts printed on
    # every poster's card; a question of two words over a stamp.
    thread = [
        "Does the tram really need a second depot before the line opens next year?", "Mike Haasl", "steward", "Posts: 16074",
        "It would be a better idea to decide first where the line goes.", "Anna Reed", "member", "Posts: 512",
        "Joe Doe?", "pop", "Posted August 26",
    ]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:6], *thread))
    assert not any(reason == FEEDBACK for reason in dropped(out).values())


def test_boilerplate_widgets_an_interviews_short_answers_under_a_question_are_no_poll() -> None:
    # Answers end like sentences, and no button stands under them.
    interview = ["Should pupils get less homework?", "Yes.", "Why?", "They are tired."]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:6], *interview, *TRAM_ARTICLE[6:8]))
    assert kept(out) == [*TRAM_ARTICLE[:6], *interview, *TRAM_ARTICLE[6:8]]


def test_boilerplate_widgets_a_surveys_results_are_no_poll() -> None:
    # A survey the article reports on: the question it asked and the shares, with no count of
    # the reader's votes or button under them, are the article's.
    survey = ["Should the town keep its library open on Sundays?", "Yes 58%", "No 31%", "Don't know 11%"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *survey, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *survey, *TRAM_ARTICLE[3:6]]


def test_boilerplate_widgets_live_scores() -> None:
    # Other matches with their minute or state, under a short heading: the page's live-score widget.
    widget = ["Live scores", "Harbour Town 1-0 Port Vale 63'", "Crewe 2-2 Walsall HT", "Ajaccio 14-10 Nevers | 55e", "Arenteiro 2-0 Ponferradina · Final"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *widget, *TRAM_ARTICLE[3:6]))
    assert kept(out) == TRAM_ARTICLE[:6]
    assert set(dropped(out).values()) == {NAVIGATION}
    # The round's results the article reports print no minute or state, and stay.
    results = ["Other results", "Bayern 3:1 Borussia Dortmund", "Crewe 2-2 Walsall", "Leipzig 0:0 Mainz (0:0)"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *results, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *results, *TRAM_ARTICLE[3:6]]


@pytest.mark.parametrize(
    "box",
    [
        ["Hotel deal", "The Weavers Rest, Kelby", "★★★★ · 8.9 Excellent · 412 reviews", "From £94 per night"],
        ["Tip na ubytovanie", "Penzión Vila Hermína ★★★★", "9,2 Vynikajúce · 318 hodnotení", "od 89 € / noc"],
        ["Homestay Nhà Sàn Phìn Sảng", "Từ 650.000 đ/đêm"],
    ],
)
def test_boilerplate_widgets_a_booking_box_goes_with_its_button(box: list[str]) -> None:
    # A hotel's price per night or its guests' rating with their count of reviews, over the
    # button the lexicon names ("Check prices"), with its name and heading above: a booking box.
    out = strip(*TRAM_ARTICLE[:4], *box, "Check prices", *TRAM_ARTICLE[4:8])
    assert kept(out) == TRAM_ARTICLE[:8]
    # The article's own prices are its sentences, or a list its label announces.
    prices = ["Rooms at the inn cost from £85 a night, breakfast included.", "Prices this summer:", "Adults: 12 € per day", "Children: 6 € per day"]
    out = strip(*TRAM_ARTICLE[:4], *prices, "Check prices", *TRAM_ARTICLE[4:8])
    assert kept(out) == [*TRAM_ARTICLE[:4], *prices, *TRAM_ARTICLE[4:8]]


@pytest.mark.parametrize(
    ("lang", "form"),
    [
        ("de", ["Jetzt Stromtarife vergleichen und wechseln", "Postleitzahl", "Jahresverbrauch in kWh", "Tarife berechnen"]),
        ("nl", ["Vergelijk nu de prijzen van jouw boodschappenlijst", "Postcode", "Vergelijken"]),
        ("en", ["Compare energy deals in your area", "Your postcode", "Compare now"]),
    ],
)
def test_boilerplate_widgets_a_comparison_widgets_form_goes(lang: str, form: list[str]) -> None:
    # The fields the lexicon names and the button under the last one go, inside the article.
    body = BODIES[lang]
    out = strip(*body[:3], *form, *body[3:])
    assert kept(out) == body, lang


def test_boilerplate_widgets_a_download_link_with_its_files_size_goes() -> None:
    # A document viewer's link names the file's type and size, in any language; the article
    # that speaks of the report stays.
    links = ["Download het raadsvoorstel (PDF, 2,4 MB)", "Télécharger le document (PDF, 2,4 Mo)", "Full report (pdf, 830 KB)"]
    for link in links:
        out = strip(*TRAM_ARTICLE[:4], link, *TRAM_ARTICLE[4:8])
        assert kept(out) == TRAM_ARTICLE[:8], link
        assert dropped(out)[link] == NAVIGATION
    prose = "The council's report (PDF) says the line will cost 80 million euros, with 12 million for the depot."
    out = strip(*TRAM_ARTICLE[:4], prose, *TRAM_ARTICLE[4:8])
    assert prose in kept(out)


def test_boilerplate_widgets_price_comparison_shops() -> None:
    # Shops and their prices under a price comparison's button go with it.
    shops = ["Harbour Electronics – 379,90 €", "Tech Corner – 14 990 kr", "Bookworm – £89.99"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Compare prices", *shops, *TRAM_ARTICLE[3:6]))
    assert kept(out) == TRAM_ARTICLE[:6]
    assert set(dropped(out).values()) == {ADVERT}
    # ... or under a box's heading the lexicon names as a button ("Best price").
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Best price", *shops, *TRAM_ARTICLE[3:6]))
    assert kept(out) == TRAM_ARTICLE[:6]
    # A launch's prices name models with their figures, and no advert stands by them.
    models = ["Vela X3 – 379 €", "Vela X3 Pro – 499 €"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *models, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *models, *TRAM_ARTICLE[3:6]]


def test_boilerplate_widgets_weather_widget() -> None:
    # A place, its temperature and the sky, in parts split by dots or bars: the page's weather box.
    for widget in ("Harbourtown · 2 °C · Fog · High 7° Low -4°", "Lastovo 24°C · sunčano · bura 20 km/h", "Flores 17° Showers | Wind 35 km/h",
                   "Weather in Sulina: 27°C, clear | Tomorrow: 29°C"):
        out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], widget, *TRAM_ARTICLE[3:6]))
        assert kept(out) == TRAM_ARTICLE[:6], widget
        assert set(dropped(out).values()) == {NAVIGATION}
    # A forecast in the body is a sentence or a row under its label.
    forecast = ["Monday: 24 °C, sunny", "Tuesday: 19 °C · showers", "Temperatures will reach 30° by Thursday · the highest this year"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *forecast, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *forecast, *TRAM_ARTICLE[3:6]]


def test_boilerplate_widgets_currency_converter_rates() -> None:
    # A converter's rates under its title go with it; a markets report's rates under its own label stay.
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Currency converter", "1 EUR = 1,0842 USD", "100 EUR = 745,93 DKK", *TRAM_ARTICLE[3:6]))
    assert kept(out) == TRAM_ARTICLE[:6]
    assert set(dropped(out).values()) == {NAVIGATION}
    rates = ["Exchange rates at noon", "1 EUR = 1,0842 USD", "1 GBP = 1.1712 EUR"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *rates, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *rates, *TRAM_ARTICLE[3:6]]


def test_boilerplate_widgets_a_subhead_under_a_polls_buttons_stays() -> None:
    # "Show results" is the poll's second button, with no answers of its own under it: the
    # subhead under it opens the body's next section.
    poll = ["Should the town keep its library open on Sundays?", "Yes 58%", "No 42%", "Vote now", "Show results"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *poll, "Opposition critical", *TRAM_ARTICLE[3:]))
    assert kept(out) == [*TRAM_ARTICLE[:3], "Opposition critical", *TRAM_ARTICLE[3:]]


def test_boilerplate_widgets_a_subhead_under_an_error_report_link_stays() -> None:
    # A link to report an error has no answer buttons: the short subhead under it opens the next section.
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Report an error", "Thursday: the expert", *TRAM_ARTICLE[3:]))
    assert kept(out) == [*TRAM_ARTICLE[:3], "Thursday: the expert", *TRAM_ARTICLE[3:]]
    # Under a rating's call, the short lines are its buttons.
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Rate this article", "Good", "Bad", *TRAM_ARTICLE[3:]))
    assert kept(out) == TRAM_ARTICLE


def test_boilerplate_widgets_reader_poll_whose_count_the_lexicon_knows() -> None:
    # The lexicon names the poll's heading and its count of votes: the question and options between go too.
    poll = ["Poll", "Should the town keep its library open on Sundays?", "Yes, every week 58%", "Only in winter 30%", "No 12%", "3,912 votes"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *poll, *TRAM_ARTICLE[3:]))
    assert kept(out) == TRAM_ARTICLE


def test_boilerplate_widgets_betting_offer_by_its_gambling_notice() -> None:
    # Odds and a sum in a line of parts, over the gambling notice an earlier rule dropped, in any language.
    offer = "Pokal live: Heimsieg zu 1,85 | 50 € Startguthaben"
    notice = "18+ | BeGambleAware.org | Play responsibly | T&Cs apply"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], offer, notice, *TRAM_ARTICLE[3:]))
    assert kept(out) == TRAM_ARTICLE
    # The same figures in the article's sentence, with no notice by it, stay.
    line = "The bookmakers cut the odds on a home win to 1.85 | and a €50 stake now returns €92."
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], line, *TRAM_ARTICLE[3:]))
    assert line in kept(out)


def test_boilerplate_widgets_a_price_tables_last_row_over_an_adverts_label_is_no_betting_offer() -> None:
    # Prices cut like odds and a sum ("4,90 € | 5,60 €"), under rows of the same cells: the table's.
    table = ["Ingredient | Price 2024 | Price 2025", "Aubergines (1 kg) | 1,90 € | 2,40 €", "Parmesan (200 g) | 4,90 € | 5,60 €"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *table, "Advertisement", *TRAM_ARTICLE[3:]))
    assert set(table) <= set(kept(out))


@pytest.mark.parametrize("row", ["1  2.05  |  X  3.15  |  2  3.60", "Harbour Town – Port Vale   2,45 | 3,30 | 2,70"])
def test_boilerplate_widgets_a_bookmakers_odds_box_over_its_gambling_notice_goes(row: str) -> None:
    # Three odds on a match's outcomes are no line of an article's; the box's title over them and
    # its button under them go with them when its gambling notice closes the box.
    box = ["Saturday's derby at the harbour", row, "Bet"]
    notice = "18+ | Gambling can be addictive | Play responsibly"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *box, notice, *TRAM_ARTICLE[3:]))
    assert kept(out) == TRAM_ARTICLE
    # Without the notice under it, the row alone goes, and the title over it stays.
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], box[0], row, *TRAM_ARTICLE[3:]))
    assert kept(out) == [*TRAM_ARTICLE[:3], box[0], *TRAM_ARTICLE[3:]]


@pytest.mark.parametrize("count", ["1.214 har stemt", "Ääniä yhteensä 862", "Total votes: 3 912", "Balsavo 2 318 skaitytojų", "Glasovalo je 1.412 bralcev"])
def test_boilerplate_widgets_reader_poll_counts_in_words_either_way_round(count: str) -> None:
    poll = ["Should the town keep its library open on Sundays?", "Yes 58%", "No 42%", count]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *poll, *TRAM_ARTICLE[3:]))
    assert kept(out) == TRAM_ARTICLE


def test_boilerplate_widgets_a_box_of_job_ads_between_its_heading_and_its_button_goes() -> None:
    # The lexicon names the box's heading and its button; the ads between them go, inside the article.
    box = ["Top jobs in your area", "Care worker – City Hospital – full time", "Electrician – Northfield – £32,000", "See all jobs"]
    out = strip(*TRAM_ARTICLE[:4], *box, *TRAM_ARTICLE[4:8])
    assert kept(out) == TRAM_ARTICLE[:8]
    assert set(dropped(out).values()) == {NAVIGATION}


def test_boilerplate_widgets_a_box_under_an_adverts_marker_over_its_button_goes() -> None:
    # An advert's marker heads the box, a button the lexicon names closes it: a standings widget's
    # title and rows go. The article goes on under it.
    box = ["Advertisement", "Premier Division", "1. Harbour Town 34 68", "2. Port Vale 34 65", "3. Crewe 34 61", "See full table"]
    out = strip(*TRAM_ARTICLE[:3], *box, *TRAM_ARTICLE[3:6])
    assert kept(out) == TRAM_ARTICLE[:6]
    # Under a marker with no button, the rows are the article's (``a_players_figures_next_to_an_advert``).


def test_boilerplate_widgets_a_price_comparisons_rows_with_their_buttons_go() -> None:
    # Each row a shop, its price and its button, under the box's heading; the shop out of stock
    # under them too. The article's own list of prices names no button, and stays.
    box = ["Compare prices", "Harbour Electronics £349 Buy now", "Northfield Tech £359 Go to shop", "Lumo Store Out of stock"]
    out = strip(*TRAM_ARTICLE[:3], *box, *TRAM_ARTICLE[3:6])
    assert kept(out) == TRAM_ARTICLE[:6]
    prices = ["What the phone costs", "Harbour Electronics £349", "Northfield Tech £359"]
    out = strip(*TRAM_ARTICLE[:3], *prices, *TRAM_ARTICLE[3:6])
    assert kept(out) == [*TRAM_ARTICLE[:3], *prices, *TRAM_ARTICLE[3:6]]


def test_boilerplate_widgets_a_guides_picks_between_its_repeated_buttons_stay() -> None:
    # "Jump to review" printed under every pick: the picks are the guide's own list.
    picks = ["Best overall: Harbour kettle ($200)", "Jump to review", "Best budget: Northfield kettle ($35)", "Jump to review", "Best compact: Lumo kettle ($80)", "Jump to review"]
    out = strip(*TRAM_ARTICLE[:4], *picks, *TRAM_ARTICLE[4:8])
    assert kept(out) == [*TRAM_ARTICLE[:4], *picks[::2], *TRAM_ARTICLE[4:8]]


def test_boilerplate_widgets_a_players_figures_next_to_an_advert_are_no_shops_prices() -> None:
    # A price has its currency: "Goals: 17" under an advert's label is the article's stats box.
    stats = ["Goals: 17", "Assists: 6"]
    out = strip(*TRAM_ARTICLE[:4], "Advertisement", *stats, *TRAM_ARTICLE[4:8])
    assert kept(out) == [*TRAM_ARTICLE[:4], *stats, *TRAM_ARTICLE[4:8]]


@pytest.mark.parametrize("link", ["Buy it at Example Shop from 449 € »", "Tickets from $69 at Example Tix →", "Example.com: from 389.00 € in 9 shops ›"])
def test_boilerplate_widgets_a_short_line_closed_by_a_links_arrow_goes(link: str) -> None:
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], link, *TRAM_ARTICLE[3:6]))
    assert dropped(out) == {link: "boilerplate.navigation"}


@pytest.mark.parametrize("line", ["« Un coup dur en pleine saison »", "← Previous 1 2 3 Next →", "Le maire a répondu « pas cette année »"])
def test_boilerplate_widgets_a_quote_in_guillemets_a_pager_or_a_sentence_keeps_its_arrow(line: str) -> None:
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], line, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], line, *TRAM_ARTICLE[3:6]]


@pytest.mark.parametrize("row", ["Harbour FC 1,65 · Lions 4,50 · Rovers 9,00 · United 11,00", "Example.com 449 € · ShopCo 459 € · Tech Corner 469 € · See all 12 offers",
                                 "Jane Rangel 41,18 % · Andrew Pike 33,05 % · Camilo Ardila 17,64 %"])
def test_boilerplate_widgets_a_row_of_names_each_with_its_figure_goes(row: str) -> None:
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], row, *TRAM_ARTICLE[3:6]))
    assert dropped(out) == {row: "boilerplate.navigation"}


@pytest.mark.parametrize("row", ["Revenue: 14.8 | Staff: 1,200 | Shops: 3", "Price (Nigeria) | ₦489,000 | ₦565,000 | ₦435,000", "Lions 23 · Sharks 20", "Food 8 · Service 6 · Setting 8"])
def test_boilerplate_widgets_labelled_figures_a_table_row_and_a_result_stay(row: str) -> None:
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], row, *TRAM_ARTICLE[3:6]))
    assert row in kept(out)


def test_an_advert_label_with_its_sponsor_and_the_sponsored_title_under_it_go() -> None:
    # "Sponsored · Nordbank" names who paid: the teaser title under it is the advert's. The label
    # alone over a body paragraph takes nothing, and a dotted line of another kind is no label.
    body = TRAM_ARTICLE
    for label, title in [("Sponsored · Nordbank", "How much you need to save each month to retire at 60"),
                         ("Advertisement | Northern Power", "Cut your heating bill by up to 300 pounds this winter"),
                         ("Paid content · Harbour Bank", "Why more savers are switching to fixed-rate accounts")]:
        out = StripBoilerplate().apply(make_article(*body[:2], label, title, *body[2:]))
        assert kept(out) == body and dropped(out) == {label: ADVERT, title: ADVERT}
    out = StripBoilerplate().apply(make_article(*body[:2], "Sponsored · Nordbank", *body[2:]))
    assert kept(out) == body
    out = StripBoilerplate().apply(make_article(*body[:2], "Politics · Local", "Council backs the tram", *body[2:]))
    assert "Council backs the tram" in kept(out)


# -- classifieds boxes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("de", ["Wohnungen in Neustadt und Umgebung", "2-Zimmer-Wohnung, 61 m², Altbau – 690 € kalt", "Einfamilienhaus mit Garage, 142 m² – 412.000 €", "Mehr Angebote auf wohnfinder.de"]),
        ("fr", ["Annonces immobilières à Pontclair", "Maison de ville 4 pièces, 96 m² – 185 000 €", "Studio meublé près de la gare – 420 €/mois"]),
        ("es", ["Viviendas en venta en Valdemora", "Piso de 2 dormitorios, 74 m² — 158.000 €", "Chalet adosado con jardín, 130 m² — 289.000 €"]),
    ],
)
def test_a_classifieds_box_of_homes_goes_with_its_heading_and_link(lang: str, box: list[str]) -> None:
    # Rows of a home's description with its price after a dash, most with a floor area.
    check(lang, box, ADVERT, at=2)


def test_prices_per_square_metre_in_a_market_report_stay() -> None:
    # A price per square metre is no home's area and price: a housing report's own figures.
    figures = ["Durchschnittspreise je Stadtteil", "Altstadt – 4.850 €/m²", "Nordviertel – 3.120 €/m²", "Hafen – 3.990 €/m²"]
    out = strip(*BODIES["de"][:2], *figures, *BODIES["de"][2:])
    assert kept(out) == [*BODIES["de"][:2], *figures, *BODIES["de"][2:]]


# -- social posts' counts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "counts",
    ["12K lượt thích · 2,3K bình luận · 860 lượt chia sẻ", "좋아요 38.2만개 · 댓글 1.1만개", "转发 2.1万　评论 4.8万　赞 36万"],
)
def test_a_social_posts_counts_cut_short_go(counts: str) -> None:
    body = TRAM_ARTICLE[:6]
    out = strip(*body[:3], counts, *body[3:])
    assert kept(out) == body and dropped(out) == {counts: NAVIGATION}


def test_figures_written_out_or_in_millions_stay() -> None:
    figures = ["Revenue: 12.4 million euros · Profit: 2.1 million euros", "Visitors 2023: 1,2 Mio. · 2024: 1,4 Mio.", "8.3K 60p N-RAW, 4.1K 60p ProRes RAW"]
    body = TRAM_ARTICLE[:6]
    out = strip(*body[:3], *figures, *body[3:])
    assert kept(out) == [*body[:3], *figures, *body[3:]]


# An election story in Slovenian: its lead and results, then body paragraphs.
VOLITVE = [
    "Nobeden od štirih kandidatov za župana ni prejel več kot polovice glasov, zato se bosta čez dva tedna v drugem krogu pomerila prva dva.",
    "Zmagovalec prvega kroga je zmagal na enajstih od štirinajstih volišč, predvsem v vaseh na desnem bregu reke, kjer je bila udeležba najvišja.",
    "Njegova tekmica je na družbenem omrežju zapisala, da ostaja optimistična in da bo v drugem krogu nagovorila predvsem mlajše volivce v mestu.",
    "Občinska volilna komisija bo uradne izide potrdila v sredo, drugi krog pa bo potekal v nedeljo, dva tedna po prvem krogu volitev.",
    "Udeležba je bila nekoliko nižja kot pred štirimi leti, ko so volivci župana izvolili že v prvem krogu z veliko prednostjo.",
]


@pytest.mark.parametrize(
    ("lang", "teaser"),
    [
        ("en", "LIVE: Storm Odile – road closures, cancelled ferries and power cuts as they happen"),
        ("fr", "EN DIRECT. Tempête Amaury : routes coupées, coupures d'électricité, suivez la situation"),
        ("de", "Wetter-Ticker: Sturmtief „Zora“ – alle Entwicklungen im Liveblog"),
        ("ru", "Онлайн: подсчёт голосов в столице — главное за ночь"),
        ("pl", "NA ŻYWO | Wieczór wyborczy w całym kraju: wyniki i komentarze"),
    ],
)
def test_a_live_blogs_teaser_set_into_the_body_is_related(lang: str, teaser: str) -> None:
    # A live label, a separator and a title under the body's first paragraph: the site's live blog.
    body = BODIES[lang]
    out = StripBoilerplate().apply(make_article(body[0], teaser, *body[1:]))
    assert dropped(out) == {teaser: RELATED}
    # Above the body's first paragraph it is the live page's own headline.
    out = StripBoilerplate().apply(make_article(teaser, *body))
    assert teaser in kept(out)


def test_a_results_table_under_a_related_block_ends_it() -> None:
    # Two teasers under "Preberite tudi", then the council's seats under their title: the
    # block ended above the table, whose rows give results after a dash.
    table = ["Občinski svet (17 sedežev)", "Lista za Lipnico – 29,4 % – 5 svetnikov", "SDS – 18,1 % – 3 svetniki", "Levica – 10,6 % – 2 svetnika"]
    teasers = ["Preberite tudi", "Maribor: tesen boj za županski stolček do zadnjega glasu", "V Slovenskih Konjicah rekordna udeležba, v Piranu najnižja"]
    out = StripBoilerplate().apply(make_article(*VOLITVE[:3], *teasers, *table, *VOLITVE[3:]))
    assert kept(out) == [*VOLITVE[:3], *table, *VOLITVE[3:]]


def test_rows_counting_in_the_unit_above_them_are_no_teasers_with_their_age() -> None:
    # "– 6 мандатів" stands where a teaser prints its age; under "Міська рада (17 мандатів)",
    # or under a row in the same unit, the rows are the council's seats.
    body = [
        "Центральна виборча комісія оприлюднила попередні дані з усіх восьми дільниць міста, і незалежний кандидат отримав понад половину голосів.",
        "Чинний мер визнав поразку, але заявив, що його фракція в раді не підтримає бюджет нового мера без змін у розподілі коштів.",
    ]
    rows = ["Громадський блок «Нова Валя» — 6 мандатів", "Партія «Земля і вода» разом — 2 мандати"]
    out = StripBoilerplate().apply(make_article(body[0], "Міська рада (17 мандатів)", *rows, body[1]))
    assert kept(out) == [body[0], "Міська рада (17 мандатів)", *rows, body[1]]
    # Under a heading with no count, two titles with their ages are teasers.
    teasers = ["Повінь на заході країни: рятувальники евакуювали село — 2 години тому", "Уряд підвищив мінімальну пенсію з першого жовтня — 5 годин тому"]
    out = StripBoilerplate().apply(make_article(body[0], "Більше новин", *teasers, body[1]))
    assert kept(out) == body


def test_a_facts_list_under_a_video_widgets_titles_keeps_its_subhead() -> None:
    # A radar's player and its buttons (four short lines), then the article's subhead over its
    # snow depths: the rows lie past the titles' reach, and still make the line over them a subhead.
    body = [
        "Der Deutsche Wetterdienst warnt für die Nacht auf Donnerstag vor Orkanböen und starkem Schneefall in den Hochlagen des Allgäus.",
        "Besonders betroffen sind nach Angaben des Wetterdienstes die Gemeinden am Alpenrand oberhalb von achthundert Metern Höhe.",
    ]
    player = ["Niederschlagsradar", "▶ Abspielen", "Vergangenheit | Jetzt | Prognose", "+  −", "Radar: © Deutscher Wetterdienst · Kartendaten © OpenStreetMap"]
    rows = ["So viel Neuschnee wird erwartet", "Oberwertach: 30 bis 40 cm", "Kaltenbrunn: 20 bis 30 cm", "Marktheim: 10 bis 15 cm"]
    closing = "Die Räumdienste sind nach Angaben der Landkreise seit dem Abend im Einsatz und haben zusätzliche Fahrzeuge angefordert."
    out = StripBoilerplate().apply(make_article(*body, *player, *rows, closing))
    assert kept(out) == [*body, *rows, closing]


def test_a_price_table_under_its_own_title_stays_over_a_comparison_widget() -> None:
    # Shops with their basket's price, under the article's title for them: the article's table,
    # though a price comparison's call follows. Without a title, rows over the widget are its shops.
    romanian = [
        "Am cumpărat același coș de cumpărături în cinci magazine din Oradea și am comparat bonurile, produs cu produs, în aceeași zi.",
        "Lista a cuprins produse pe care aproape orice familie le cumpără săptămânal, de la pâine și lapte la ulei și carne de pui.",
        "Cele mai mari diferențe au apărut la uleiul de floarea-soarelui și la pieptul de pui, unde prețurile au variat cu peste o treime.",
        "Reprezentanții magazinului din centru au explicat că prețurile mai mari se datorează chiriei și costurilor de aprovizionare.",
    ]
    rows = ["Discount Nufărul – 142,60 lei", "Hipermarket Crișul – 149,30 lei", "Supermarket Lotus – 168,20 lei"]
    widget = "Compară prețurile din magazinele din zona ta"
    out = StripBoilerplate().apply(make_article(*romanian[:2], "Cât a costat coșul în fiecare magazin", *rows, widget, *romanian[2:]))
    assert all(row in kept(out) for row in rows)
    out = StripBoilerplate().apply(make_article(*romanian[:2], *rows, widget, *romanian[2:]))
    assert not set(rows) & set(kept(out))


@pytest.mark.parametrize(("lang", "heading"), [("en", "AI summary"), ("ja", "AIによる要約"), ("es", "Resumen con IA"), ("de", "KI-Zusammenfassung")])
def test_an_ai_summary_boxs_heading_is_an_ai_note(lang: str, heading: str) -> None:
    out = StripBoilerplate().apply(make_article(BODIES[lang][0], heading, *BODIES[lang][1:]))
    assert dropped(out) == {heading: "boilerplate.ai_note"}



def test_boilerplate_widgets_an_open_polls_options_may_name_shares() -> None:
    # Options that are shares of a salary ("Less than 30 %") over the poll's named button: an
    # open poll, not one with its results. The article's closing line under it stays, though
    # the share bar and the page's end follow.
    poll = ["POLL How much of your pay goes on rent?", "Less than 30 %", "Between 30 and 50 %", "More than half", "Vote"]
    closing = "The council publishes the figures for April in the middle of May."
    out = strip(*BODIES["en"], *poll, closing, "Share", "Facebook", "WhatsApp")
    assert kept(out) == [*BODIES["en"], closing]
    assert all(out.paragraphs[k].dropped == FEEDBACK for k in range(5, 10))


def test_boilerplate_widgets_a_question_over_three_answers_or_more_is_a_poll() -> None:
    # Three answers and a button the lexicon does not know ("Răspunde"): a reader poll, whose
    # results take its place. The article's closing line under it is no reply to it.
    poll = ["Sondaj: Unde faceți cumpărăturile săptămânale?", "La discount", "La hipermarket", "La piață", "Răspunde"]
    closing = "Vom repeta comparația la începutul lunii viitoare, după noile scumpiri."
    out = strip(*BODIES["ro"], *poll, closing, "Distribuie", "Facebook", "WhatsApp")
    assert kept(out) == [*BODIES["ro"], closing]
    assert {out.paragraphs[k].dropped for k in range(5, 10)} == {FEEDBACK}


def test_boilerplate_widgets_a_line_between_a_poll_and_a_helpfulness_prompt_is_in_neither() -> None:
    # A reader poll, the article's closing line, then "Was this article helpful?": two boxes,
    # and the line between them is the article's.
    poll = ["Poll", "Should the tram run all night at weekends?", "Yes", "Only on Saturdays", "No", "Vote"]
    closing = "The council will publish the results of its own survey next month."
    helpful = ["Was this article helpful?", "Yes", "No"]
    out = strip(*BODIES["en"], *poll, closing, *helpful)
    assert kept(out) == [*BODIES["en"], closing]


@pytest.mark.parametrize("badges", ["Baixa-la a l'App Store i Google Play", "Letöltés: App Store | Google Play", "Na voljo v trgovinah App Store in Google Play"])
def test_boilerplate_widgets_an_apps_store_badges_go_in_any_language(badges: str) -> None:
    # Both stores' names on a short line with no sentence: an app's download badges. The
    # article's sentence that names both stores stays.
    sentence = "The new ticket app is free on the App Store and Google Play, the transport authority said."
    out = strip(*TRAM_ARTICLE[:3], badges, sentence, *TRAM_ARTICLE[3:])
    assert dropped(out).get(badges) == SUBSCRIBE
    assert sentence in kept(out)


@pytest.mark.parametrize("field", ["Miestas: Vilnius / Kaunas / Klaipėda", "Type of ticket: adult / student / child"])
def test_boilerplate_widgets_a_select_fields_choices_split_by_slashes_go(field: str) -> None:
    # A label and three choices or more split by slashes, no figures: a form's select field.
    out = strip(*TRAM_ARTICLE[:3], "Find a course", field, *TRAM_ARTICLE[3:])
    assert dropped(out).get(field) == NAVIGATION


def test_boilerplate_widgets_a_spec_lists_choices_among_label_value_rows_stay() -> None:
    # The same shape among a spec list's label/value rows is the article's.
    specs = ["Display: 6.1 inch OLED", "Colours: black / white / sage green", "Battery: 4,500 mAh"]
    out = strip(*TRAM_ARTICLE[:3], *specs, *TRAM_ARTICLE[3:])
    assert set(specs) <= set(kept(out))
