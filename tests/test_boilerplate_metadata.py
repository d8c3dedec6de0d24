"""StripBoilerplate on the metadata printed around an article: agency tags, bylines with a date,
date stamps, tag lines, privacy labels, republication notes, a newsletter's header, a section with
the article's age.

Each family is dropped in several languages, and the article text that shares its words stays.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate
from test_boilerplate_families import BODIES as FAMILY_BODIES

BODY = TRAM_ARTICLE[:8]
BODY_DE = [
    "Der Stadtrat hat am Dienstag die Verlängerung der Straßenbahnlinie in das neue Wohngebiet im Norden beschlossen, nach zwei Jahren Streit.",
    "Die Strecke soll sechs neue Haltestellen bekommen und rund 80 Millionen Euro kosten, den größten Teil bezahlt das Land.",
    "Gegner sagten, das Geld wäre bei Bussen besser angelegt, die auch die Dörfer am Rand erreichen könnten, wohin die Bahn nie fährt.",
    "Der Bau soll im nächsten Frühjahr beginnen und etwa zwei Jahre dauern, teilten die Verkehrsbetriebe in einer Erklärung mit.",
    "Die ersten Bahnen sollen im Herbst 2027 auf dem neuen Abschnitt fahren, wenn die Ausschreibung für die Schienen wie geplant läuft.",
]
BODY_FR = [
    "Le conseil municipal a voté mardi le prolongement du tramway jusqu'au nouveau quartier du nord, après deux ans de débats.",
    "Le projet ajoute six arrêts et devrait coûter environ 80 millions d'euros, dont la plus grande partie sera payée par la région.",
    "Les opposants estiment que cet argent serait mieux employé pour les bus, qui desservent aussi les villages autour de la ville.",
    "Les travaux doivent commencer au printemps prochain et durer environ deux ans, selon un communiqué de la régie des transports.",
    "Les premières rames devraient circuler sur le nouveau tronçon à l'automne 2027, si l'appel d'offres pour les rails aboutit.",
]
BODY_ES = [
    "El ayuntamiento aprobó el martes la ampliación del tranvía hasta el nuevo barrio del norte, después de dos años de debate.",
    "La obra añadirá seis paradas y costará unos 80 millones de euros, que pagará en su mayor parte el gobierno regional.",
    "Los críticos dicen que el dinero estaría mejor invertido en autobuses, que también llegan a los pueblos de los alrededores.",
    "Las obras empezarán la próxima primavera y durarán unos dos años, según un comunicado de la empresa de transportes.",
    "Los primeros tranvías circularán por el nuevo tramo en el otoño de 2027, si el concurso para los raíles sale según lo previsto.",
]
BODY_IT = [
    "Il consiglio comunale ha approvato martedì il prolungamento del tram fino al nuovo quartiere a nord, dopo due anni di discussioni.",
    "La linea avrà sei nuove fermate e costerà circa 80 milioni di euro, pagati in gran parte dalla regione.",
    "Secondo i contrari, i soldi sarebbero spesi meglio per gli autobus, che arrivano anche nei paesi intorno alla città.",
    "I lavori dovrebbero iniziare la prossima primavera e durare circa due anni, ha comunicato l'azienda dei trasporti.",
    "I primi tram dovrebbero circolare sul nuovo tratto nell'autunno del 2027, se la gara per i binari andrà come previsto.",
]
BODY_NL = [
    "De gemeenteraad heeft dinsdag ingestemd met de verlenging van de tramlijn naar de nieuwe wijk in het noorden, na twee jaar discussie.",
    "De lijn krijgt zes nieuwe haltes en kost ongeveer 80 miljoen euro, waarvan de provincie het grootste deel betaalt.",
    "Tegenstanders vinden dat het geld beter naar bussen kan gaan, die ook de dorpen rond de stad bereiken.",
    "De bouw begint volgend voorjaar en duurt ongeveer twee jaar, meldde het vervoersbedrijf in een verklaring.",
    "De eerste trams moeten in het najaar van 2027 over het nieuwe stuk rijden, als de aanbesteding voor de rails volgens plan verloopt.",
]
BODY_DA = [
    "Byrådet besluttede tirsdag at forlænge letbanen til det nye boligområde mod nord efter to års diskussion.",
    "Forlængelsen får seks nye stationer og koster omkring 600 millioner kroner, som regionen betaler det meste af.",
    "Modstanderne mener, at pengene var givet bedre ud på busser, som også kører til landsbyerne uden for byen.",
    "Byggeriet begynder til foråret og varer omkring to år, oplyser trafikselskabet i en pressemeddelelse.",
    "De første tog skal køre på den nye strækning i efteråret 2027, hvis udbuddet af skinnerne går som planlagt.",
]
BODIES = {"en": BODY, "de": BODY_DE, "fr": BODY_FR, "es": BODY_ES, "it": BODY_IT, "nl": BODY_NL, "da": BODY_DA}


def strip(*paragraphs: str):
    return StripBoilerplate().apply(make_article(*paragraphs))


# -- agency tags -------------------------------------------------------------------------


def test_agency_tags_on_their_own_line_dropped() -> None:
    for lang, tag in (("de", "(dpa)"), ("da", "/ritzau/"), ("en", "(AFP)"), ("it", "(ANSA)")):
        out = strip(tag, *BODIES[lang])
        assert dropped(out) == {tag: "boilerplate.byline"}, tag


def test_other_text_in_brackets_kept() -> None:
    # A query's row count, a plant's Latin name, a placeholder in a config file, a button.
    for text in ("(8 rows)", "(Zamioculcas zamiifolia)", "[Mapper]", "(Up)", "(or)"):
        out = strip(*BODY[:4], text, *BODY[4:])
        assert text in kept(out), text


# -- bylines with a date and date stamps -------------------------------------------------


def test_bylines_with_a_date_dropped_multilingual() -> None:
    bylines = [
        ("en", "By Ann Keller · Senior Editor · Updated March 5, 2025"),
        ("en", "By Tom Reyes – Published Sep 9, 2024 at 1:00 PM EST | Fact-checked by Lena Ward"),
        ("de", "Von Jan Roth, 12.03.2024"),
        ("es", "Por Lucía Ortega | 04/06/2025"),
        ("nl", "Door Sanne de Vries · 18 februari 2025"),
    ]
    for lang, byline in bylines:
        out = strip(byline, *BODIES[lang])
        assert dropped(out) == {byline: "boilerplate.byline"}, byline


def test_date_stamps_dropped_multilingual() -> None:
    stamps = [
        ("en", "Updated: Dec 31, 2025 8:51pm UTC"),
        ("en", "Last updated on June 2, 2025"),
        ("de", "Stand: 12.03.2024, 14:05 Uhr"),
        ("fr", "Mis à jour le 12 mars 2024 à 10h05"),
        ("it", "Pubblicato il 3 aprile 2025"),
        ("nl", "Gepubliceerd op 18 februari 2025"),
        ("en", "First published today, 06:30 GMT"),  # on the day itself, a time for a date
        ("fr", "Mardi 4 mars 2025 à 18:30"),  # a date and a time alone
        ("es", "Actualizado el 19 de marzo de 2025"),  # "de" on either side of the month
        ("es", "Publicado el 1 de mayo del 2024"),
        ("en", "Posted Tue 4 Mar 2025 at 6:02am, updated Tue 4 Mar 2025 at 9:18am"),
        ("da", "28. feb. 2025 kl. 06.00"),  # a time of day with a dot
        ("da", "28.5.2025 6.00"),  # and an hour of one figure, as Finnish prints it
    ]
    for lang, stamp in stamps:
        out = strip(stamp, *BODIES[lang])
        assert dropped(out) == {stamp: "boilerplate.byline"}, stamp


def test_a_section_and_the_articles_age_with_its_unit_cut_short_dropped() -> None:
    """"val." (valandos, hours) ends like a sentence: the abbreviation's full stop."""
    headline = "Vilniaus gimnazistė laimėjo Europos jaunųjų mokslininkų konkursą"
    stamp = "Mokslas · prieš 5 val."
    body = [
        "Vilniaus licėjaus abiturientė Ugnė Petrauskaitė laimėjo Europos jaunųjų mokslininkų konkursą. Jos darbas apie mikroplastiko filtrus vertinimo komisiją sužavėjo paprastumu.",
        "Mokinė filtrą sukūrė mokyklos laboratorijoje per pusantrų metų. Jis pagamintas iš pigių medžiagų ir gali būti naudojamas buitinėse skalbimo mašinose.",
        "Konkurso organizatoriai teigė, kad šiais metais dalyvavo rekordinis skaičius jaunuolių iš trisdešimt aštuonių šalių. Premija siekia penkis tūkstančius eurų.",
        "Ugnė sakė, kad premiją skirs tolesniems tyrimams. Rudenį ji pradės studijuoti chemiją Kauno technologijos universitete.",
    ]
    out = strip(headline, stamp, *body)
    assert dropped(out) == {stamp: "boilerplate.byline"}


def test_a_date_and_a_time_alone_in_japanese_units_or_with_the_update_in_brackets_dropped() -> None:
    for stamp in ("2025年3月4日 18時30分", "2025年3月4日 18:30（更新 19:05）"):
        out = strip(stamp, *FAMILY_BODIES["ja"])
        assert dropped(out) == {stamp: "boilerplate.byline"}, stamp


def test_a_date_of_the_solar_hijri_calendar_and_its_time_dropped() -> None:
    # The Persian calendar's year (1404), in Persian digits, under the headline.
    body = [
        "شورای شهر روز سه‌شنبه طرح گسترش خط مترو به شمال شهر را تصویب کرد. این طرح پس از دو سال بحث به رأی گذاشته شد.",
        "به گفته شهرداری، هزینه این طرح حدود هشتاد میلیارد تومان است و بیشتر آن را دولت استانی می‌پردازد.",
        "مخالفان می‌گویند بهتر بود این پول صرف اتوبوس‌هایی شود که به روستاهای اطراف می‌روند. آنها خواستار بازنگری در طرح شدند.",
        "عملیات ساخت از بهار آینده آغاز می‌شود و حدود دو سال طول می‌کشد. شهرداری گفت ایستگاه‌های جدید تا پایان سال آماده می‌شوند.",
    ]
    stamp = "۱۲ تیر ۱۴۰۴ - ۰۹:۳۰"
    out = strip(stamp, *body)
    assert dropped(out) == {stamp: "boilerplate.byline"}


@pytest.mark.parametrize(
    ("lang", "signature"),
    [
        ("en", "— Commuter Truth (@commutertruth_uk) 9 March 2025"),
        ("de", "— Heimatstimme Nord (@heimatstimme_n) 2. März 2025"),
        ("pt", "— Carlos Mendes (@carlosmendes_real) 8 de janeiro de 2025"),
        ("ja", "— 健康ニュース速報 (@kenko_sokuho_jp) 2024年11月3日"),
    ],
)
def test_an_embedded_posts_handle_and_date_are_its_signature(lang: str, signature: str) -> None:
    post = "Rail fares are doubling and nobody in charge is even hiding it anymore."
    out = strip(post, signature, *FAMILY_BODIES[lang])
    assert dropped(out) == {signature: "boilerplate.byline"}


def test_a_handle_or_an_address_in_a_sentence_is_no_posts_signature() -> None:
    lines = [
        "Write to the council at tram@leeds.gov.uk before 12 March 2025.",
        "The ministry's account @transport_uk posted the new timetable on 9 March 2025 and deleted it an hour later.",
    ]
    out = strip(*BODIES["en"][:3], *lines, *BODIES["en"][3:])
    assert all(line in kept(out) for line in lines)


BODY_TH = [
    "กรมควบคุมมลพิษรายงานว่าค่าฝุ่น PM2.5 ในกรุงเทพมหานครเช้าวันนี้เกินมาตรฐานใน 40 พื้นที่ โดยเขตที่มีค่าสูงสุดอยู่ทางฝั่งตะวันออกของเมือง",
    "ผู้ว่าราชการกรุงเทพมหานครขอให้หน่วยงานรัฐทำงานจากบ้านเป็นเวลาสามวัน และสั่งตรวจรถควันดำบนถนนสายหลักอย่างเข้มงวด",
    "นักวิชาการด้านสิ่งแวดล้อมระบุว่าลมที่อ่อนลงและการเผาในที่โล่งในจังหวัดใกล้เคียงเป็นสาเหตุหลักของฝุ่นที่สะสมในช่วงนี้",
]
BODY_BG = [
    "Общинският съвет в Пловдив прие новия бюджет за ремонт на улиците в Кършияка. Работите ще започнат през април.",
    "Кметът обясни, че първо ще бъдат ремонтирани най-натоварените кръстовища. Движението ще бъде пренасочено по съседни улици.",
    "Жителите на квартала настояват за повече пешеходни пътеки около училищата. Общината обеща да разгледа искането им.",
]


def test_a_date_and_a_time_closing_with_the_times_abbreviated_unit_dropped() -> None:
    # The unit's dot ends no sentence; the Thai date counts its year from the Buddha's death.
    for stamp, body in (("2 ธ.ค. 2568 07:45 น.", BODY_TH), ("๑๔ ต.ค. ๒๕๖๘ ๑๕:๔๐ น.", BODY_TH), ("15.05.2025 10:32 ч.", BODY_BG)):
        out = strip(stamp, *body)
        assert dropped(out) == {stamp: "boilerplate.byline"}, stamp
    fact = "Начало на мача: 15.05.2025 в 20:45 ч. на стадион „Лазур“ в Бургас."
    assert fact in kept(strip(fact, *BODY_BG))


BODY_HI = [
    "दिल्ली में सोमवार सुबह वायु गुणवत्ता सूचकांक 310 दर्ज किया गया, जो बहुत खराब श्रेणी में आता है। कई इलाकों में धुंध छाई रही।",
    "नगर निगम ने निर्माण कार्यों पर रोक लगा दी है और सड़कों पर पानी का छिड़काव बढ़ाने का आदेश दिया है। स्कूलों को भी सतर्क किया गया है।",
    "मौसम विभाग के अनुसार अगले तीन दिनों तक हवा की रफ्तार कम रहेगी, इसलिए प्रदूषण से जल्द राहत मिलने की उम्मीद नहीं है।",
]


def test_date_stamps_with_a_month_in_an_indic_script_dropped() -> None:
    # The month's name holds vowel signs, which are no letters to a regular expression's \w.
    for stamp in ("प्रकाशित: 14 नवंबर 2024, 06:30 AM", "अपडेटेड: 2 दिसंबर 2025 10:15 PM IST"):
        out = strip(stamp, *BODY_HI)
        assert dropped(out) == {stamp: "boilerplate.byline"}, stamp


def test_a_reporters_role_in_a_names_place_under_the_headline_is_a_byline() -> None:
    headline = "Tram line to reach the northern district by 2027"
    for lang, byline in (("en", "Our Correspondent, Lucknow"), ("de", "Unser Korrespondent, Berlin"), ("en", "Special Correspondent")):
        out = strip(headline, byline, *BODIES[lang])
        assert dropped(out) == {byline: "boilerplate.byline"}, byline
    subhead = "Notes from a war correspondent"
    out = strip(headline, subhead, *BODIES["en"])
    assert subhead in kept(out)


def test_sentences_opening_like_a_byline_or_stamp_kept() -> None:
    lines = [
        ("en", "By March 2025, the company had hired 300 new drivers for the extended network"),
        ("en", "Published in 2021, the survey of 4,000 households found that four in ten had no car at all."),
        ("en", "Standard tickets bought before 12.03.2024 stay valid on the new line"),
        ("de", "Von Januar bis März 2024 stiegen die Fahrgastzahlen auf der Linie deutlich"),
        ("de", "Standortwechsel am 12.03.2024: die Haltestelle zieht um"),
        ("en", "Release 2.14.0 of the timetable app, 1.23 MB"),  # versions are no dates or times
        ("de", "Konzert am 4. März 2025 um 19:30 Uhr im Stadtpark mit dem Jugendorchester"),
    ]
    for lang, line in lines:
        body = BODIES[lang]
        out = strip(*body[:3], line, *body[3:])
        assert line in kept(out), line


# -- tag lines ---------------------------------------------------------------------------


def test_tags_after_their_heading_on_one_line_dropped() -> None:
    for lang, line in (("en", "Tagged: trams, public transport, city council"), ("de", "Schlagwörter: Straßenbahn, Stadtrat, Verkehr"), ("fr", "Mots-clés : tramway, transports")):
        out = strip(*BODIES[lang], line)
        assert dropped(out) == {line: "boilerplate.navigation"}, line


def test_a_sentence_after_a_topic_label_kept() -> None:
    line = "Topic: the council approved the extension by a large majority."
    out = strip(*BODY[:4], line, *BODY[4:])
    assert line in kept(out)


# -- privacy labels ----------------------------------------------------------------------


def test_privacy_settings_label_dropped() -> None:
    for lang, label in (("en", "Privacy Settings"), ("de", "Datenschutz-Einstellungen"), ("fr", "Paramètres de confidentialité")):
        out = strip(*BODIES[lang], label)
        assert dropped(out) == {label: "boilerplate.cookie_banner"}, label


def test_a_products_privacy_settings_in_prose_kept() -> None:
    line = (
        "You can stream a ride on the new tram to your profile, a page or a group, depending on your privacy "
        "settings, and friends can join the stream at any time from the app."
    )
    out = strip(*BODY[:4], line, *BODY[4:])
    assert line in kept(out)


# -- notes about the article itself ------------------------------------------------------


def test_republication_notes_dropped_multilingual() -> None:
    notes = [
        ("en", "This article was originally published on The Conversation."),
        ("en", "A version of this story first appeared in the Northern Courier."),
        ("de", "Dieser Artikel erschien zuerst im Stadtanzeiger."),
        ("fr", "Cet article a été initialement publié sur le site du Courrier du Nord."),
        ("es", "Este artículo fue publicado originalmente en El Diario del Norte."),
    ]
    for lang, note in notes:
        out = strip(*BODIES[lang], note)
        assert dropped(out) == {note: "boilerplate.byline"}, note


def test_a_study_first_published_elsewhere_kept() -> None:
    line = "The study, first published in a transport journal in 2019, found that trams raise nearby rents."
    out = strip(*BODY[:4], line, *BODY[4:])
    assert line in kept(out)


def test_newsletter_header_dropped_multilingual() -> None:
    for lang, header in (("en", "Is this email not displaying correctly? View it in your browser."), ("de", "Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen")):
        out = strip(header, *BODIES[lang])
        assert dropped(out) == {header: "boilerplate.subscribe_prompt"}, header


def test_self_promotion_lines_dropped() -> None:
    for lang, line in (
        ("en", "Sign up for a free trial with us today"),
        ("en", "Connect with one of our transit experts"),
        ("de", "Testen Sie jetzt die kostenlose Testphase"),
        ("nl", "Meld je aan voor een gratis proefperiode"),
    ):
        out = strip(*BODIES[lang], line)
        assert dropped(out) == {line: "boilerplate.advertisement"}, line


def test_pointing_readers_to_the_sites_own_tool_kept() -> None:
    # Advice that names the site's calculator is the article's: no seller's button.
    line = "You can also use our free commute cost calculator to get a more personal estimate."
    out = strip(*BODY[:4], line, *BODY[4:])
    assert line in kept(out)


# -- comment headings --------------------------------------------------------------------


def test_a_response_label_opens_no_comment_section() -> None:
    answer = [
        "Response:",
        "Phase one: the council builds the depot and the first two stops, with buses replacing the trams at night.",
        "Phase two: the remaining four stops open once the bridge over the canal has been strengthened.",
    ]
    out = strip(*BODY, *answer)
    assert kept(out) == [*BODY, *answer]


def test_counted_responses_still_open_a_comment_section() -> None:
    thread = ["3 Responses", "Great news for the north, finally a tram!", "Too expensive, buses would have done."]
    out = strip(*BODY, *thread)
    assert kept(out) == BODY


def test_stamps_heading_every_post_of_a_thread_kept() -> None:
    """An article prints its own stamp once or twice; one over every post belongs to the post."""
    thread = []
    for day, post in (
        ("4", "The new stops look great, but will the night service run on the extension from the first day?"),
        ("5", "According to the council papers the night trams start six months after the line opens to passengers."),
        ("7", "Six months is a long time for people who work late shifts at the hospital in the northern district."),
    ):
        thread += [f"Posted March {day}, 2025", post]
    out = strip(*BODY[:3], *thread)
    assert kept(out) == [*BODY[:3], *thread]


def test_a_section_and_the_articles_age_under_the_headline_go_but_a_figure_or_a_sentence_stays() -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    for stamp in ("Local — hace 2 h", "Ciudad | Publicado hace 40 min", "Ciudad｜3時間前", "国際・韓国 ｜ 3時間前", "Mundo | Yakarta · hace 4 h"):
        out = StripBoilerplate().apply(make_article(headline, stamp, *BODY_ES))
        assert kept(out) == [headline, *BODY_ES], stamp
    # A figure in the first part is no section's name; a sentence is the body's.
    for line in ("Línea 4 — 6 paradas", "El tranvía — dos años y 6 meses de obras."):
        out = StripBoilerplate().apply(make_article(headline, line, *BODY_ES))
        assert line in kept(out), line


def test_an_authors_name_alone_by_the_date_under_the_headline_goes_with_the_date() -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    standfirst = "La obra costará 80 millones y añadirá seis paradas, según el proyecto aprobado el martes por el pleno."
    for name, date in (
        ("Marta Puigdevall", "mar, 15/04/2025 07:00"),
        ("Redacción Medellín", "13 de noviembre de 2025, 19:15"),
        ("Jukka Hämäläinen", "12.2.2025 7:45 | Actualizado 12.2.2025 9:10"),
    ):
        out = StripBoilerplate().apply(make_article(headline, standfirst, name, date, *BODY_ES))
        assert kept(out) == [headline, standfirst, *BODY_ES], name
        assert dropped(out) == {name: "boilerplate.byline", date: "boilerplate.byline"}
    # With no date beside it, a name alone is a subhead or a speaker's: it stays.
    out = StripBoilerplate().apply(make_article(headline, standfirst, "Marta Puigdevall", *BODY_ES))
    assert "Marta Puigdevall" in kept(out)


def test_a_breadcrumb_of_two_places_at_the_pages_top_goes_but_an_arrow_in_the_body_stays() -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    for crumb in ("Noticias › Barcelona", "Deportes > Liga 1", "Local » Área metropolitana"):
        out = StripBoilerplate().apply(make_article(crumb, headline, *BODY_ES))
        assert dropped(out) == {crumb: "boilerplate.navigation"}, crumb
    # Further down, an arrow is the article's: a route, a step.
    route = "Plaza Mayor › Estación Norte"
    out = StripBoilerplate().apply(make_article(headline, *BODY_ES[:3], *BODY_ES, route, *BODY_ES))
    assert route in kept(out)


def test_a_name_with_an_email_address_is_a_byline_and_an_address_alone_only_under_the_headline() -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    signed = "Marta Puigdevall · marta.puigdevall@diari-exemple.cat"
    out = StripBoilerplate().apply(make_article(headline, *BODY_ES[:2], *BODY_ES[2:], signed))
    assert dropped(out) == {signed: "boilerplate.byline"}
    alone = "mpuigdevall@diari-exemple.cat"
    out = StripBoilerplate().apply(make_article(headline, "Por Marta Puigdevall", alone, *BODY_ES))
    assert kept(out) == [headline, *BODY_ES]
    # In a directory's contact lines, an address alone is the listing's own.
    contact = ["Centre for Counselling", "507 Polk Street, Suite 450", "hello@centre-example.org", "Individual and group therapy for adults"]
    out = StripBoilerplate().apply(make_article(headline, *BODY_ES, *contact, *BODY_ES))
    assert alone not in dropped(out) and "hello@centre-example.org" in kept(out)


def test_a_note_on_the_machine_translation_goes_but_news_on_the_technology_stays() -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    for note in (
        "Internacional · Traducción automática",
        "Este artículo fue traducido automáticamente del inglés.",
        "Traducción automática del japonés. El original puede leerse en la web de la agencia Kyodo.",  # the label's own short sentence first
    ):
        out = StripBoilerplate().apply(make_article(headline, note, *BODY_ES))
        assert kept(out) == [headline, *BODY_ES], note
    for news in (
        "La traducción automática cambia el oficio de los intérpretes en Bruselas",
        "Traducción automática: así trabajan ya los intérpretes. La Comisión Europea ha reducido su plantilla a la mitad.",
    ):
        out = StripBoilerplate().apply(make_article(headline, *BODY_ES[:2], news, *BODY_ES[2:]))
        assert news in kept(out), news


def test_english_lexicon_lines_of_a_newsletter_a_byline_and_an_inline_teaser() -> None:
    # Wordings the English lexicon lacked: each goes with its own reason, the body stays.
    lines = {
        "You might also like: Hong Kong rents climb for a ninth straight month": "boilerplate.related_block",
        "Author of the article: Kelsey Marchand": "boilerplate.byline",
        "Sign up to receive daily headline news from the Prairie Post.": "boilerplate.subscribe_prompt",
        "AI-generated image for illustration purposes only": "boilerplate.ai_note",
    }
    for line, reason in lines.items():
        out = StripBoilerplate().apply(make_article(*BODY[:2], line, *BODY[2:]))
        assert dropped(out) == {line: reason}, line


def test_the_date_under_a_desks_byline_goes_with_it() -> None:
    # The date alone is too wordy for a stamp ("de", "noviembre", "p. m."): next to the byline it is one.
    headline = "Medellín estrena cable aéreo hacia la comuna 8 tras dos años de obras"
    for byline in ("Redacción Medellín", "Nuestro corresponsal, Medellín"):
        stamp = "13 de noviembre de 2025 - 7:15 p. m."
        out = strip(headline, byline, stamp, *BODIES["es"])
        assert dropped(out) == {byline: "boilerplate.byline", stamp: "boilerplate.byline"}, byline


def test_an_update_with_its_news_after_the_time_is_an_entry_not_a_stamp() -> None:
    entries = [
        ("en", "Updated 14:20", "Updated 14:20: Crews have found the leak in the main under Station Road and expect water back by evening."),
        ("de", "Aktualisiert 11:30", "Aktualisiert 11:30 – Die Feuerwehr hat die Sperrung der Brücke inzwischen wieder aufgehoben."),
    ]
    for lang, stamp, entry in entries:
        out = strip(stamp, entry, *BODIES[lang])
        assert entry in kept(out), entry
        assert dropped(out) == {stamp: "boilerplate.byline"}, stamp


def test_a_name_and_its_paper_or_place_after_a_dot_or_a_full_stop_under_the_headline_is_a_byline() -> None:
    headline = "Tram line to reach the northern district by 2027"
    for byline in ("By Ana Lima · The Harbour Gazette", "Laura Gil. Zaragoza"):
        out = strip(headline, byline, *BODIES["en"])
        assert dropped(out) == {byline: "boilerplate.byline"}, byline
    # A subhead parted by a full stop names no one before it.
    subhead = "Notes from the council. Part two"
    assert subhead in kept(strip(headline, subhead, *BODIES["en"]))


def test_a_name_alone_over_its_role_under_the_headline_is_a_byline() -> None:
    headline = "Tram line to reach the northern district by 2027"
    out = strip(headline, "Jane Holloway", "Special Correspondent", *BODIES["en"])
    assert dropped(out) == {"Jane Holloway": "boilerplate.byline", "Special Correspondent": "boilerplate.byline"}


def test_a_byline_with_the_authors_role_before_the_name_is_a_byline() -> None:
    # "By consumer affairs reporter Liam Ferreira": lower-case words ending in a role, then the
    # name. Lower-case words that end in no role before a name are no byline.
    body = TRAM_ARTICLE
    for line in ["By consumer affairs reporter Liam Ferreira", "By political editor Jane Moss and Tom Reed"]:
        out = StripBoilerplate().apply(make_article("Council backs the tram extension", line, *body))
        assert dropped(out) == {line: "boilerplate.byline"}
    out = StripBoilerplate().apply(make_article("Council backs the tram extension", "By train and bus Tom Reed", *body))
    assert "By train and bus Tom Reed" in kept(out)


def test_a_stamp_with_a_levantine_month_and_its_update_after_the_time_dropped() -> None:
    """Levantine Arabic names four months in two words ("تشرين الأول"), and a stamp's time
    may close with its "م" (pm) before the update's own stamp: no update's news follows it."""
    stamps = [
        "نُشر في: الأحد 3 تشرين الثاني 2024 - 08:15 ص | آخر تحديث: 11:40 ص",
        "نُشر في: 21 كانون الثاني 2025",
        "Posted: 3 November 2024 - 08:15 am | Last updated: 11:40 am",
    ]
    for stamp in stamps:
        lang = "en" if stamp.startswith("Posted") else "ar"
        out = strip(stamp, *FAMILY_BODIES[lang])
        assert dropped(out) == {stamp: "boilerplate.byline"}, stamp
