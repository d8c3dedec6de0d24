"""The cue lexicon (newsclean/boilerplate/lexicon/): well-formed, and matching what it should."""

from __future__ import annotations

import re

import pytest

from newsclean.boilerplate.cues import clean_line, lexicon_tables, load_cues

FAMILIES = {
    "related_heading": "line",
    "inline_related": "prefix",
    "cookie": "phrase",
    "consent_button": "line",
    "caption_prefix": "prefix",
    "credit": "phrase",
    "ai_note": "phrase",
    "video_heading": "line",
    "feedback_prompt": "phrase",
    "subscribe_prompt": "phrase",
    "share_prompt": "line",
    "byline_prefix": "prefix",
    "legal": "phrase",
    "navigation": "line",
    "advert": "line",
    "tags_heading": "line",
    "call_to_action": "phrase",
    "person_pronoun": "phrase",
}
CORE_LANGUAGES = ("de", "nl", "en", "fr", "es", "it", "pt", "pl")


def _data() -> dict[str, dict[str, object]]:
    return lexicon_tables()


def _cues() -> list[tuple[str, str, str]]:
    return [
        (family, lang, cue)
        for family, table in _data().items()
        for lang, values in table.items()
        if isinstance(values, list)
        for cue in values
    ]


def test_cues_file_parses_with_every_family() -> None:
    data = _data()
    assert set(FAMILIES) <= set(data)


def test_a_family_continued_in_a_second_file_extends_the_first_files_arrays() -> None:
    """17b-navigation.toml goes on where 17-navigation.toml stops: both files' cues are the family's."""
    navigation = _data()["navigation"]
    assert "skip navigation" in navigation["en"]  # from 17-navigation.toml
    assert any(cue.startswith("^(?:(?:(?:voice|narrator|choose (?:a )?voice") for cue in navigation["en"])  # from 17b
    assert navigation["mode"] == "line" and navigation["doc"].startswith("Menu, pagination")
    assert load_cues().match("navigation", clean_line("Female voice | Male voice"), ("en",))


def test_cues_tables_have_valid_mode_and_doc() -> None:
    for family, table in _data().items():
        assert table.get("mode") in ("line", "prefix", "phrase"), family
        assert FAMILIES.get(family, table["mode"]) == table["mode"], family
        assert isinstance(table.get("doc"), str) and table["doc"].strip(), family


def test_cues_every_family_covers_core_languages() -> None:
    for family, table in _data().items():
        for lang in CORE_LANGUAGES:
            assert table.get(lang), f"{family} has no '{lang}' cues"
        for key, values in table.items():
            if isinstance(values, list):
                assert re.fullmatch(r"[a-z]{2}", key), f"{family}.{key} is not an ISO 639-1 code"


def test_cues_every_cue_compiles() -> None:
    for family, lang, cue in _cues():
        try:
            re.compile(cue)
        except re.error as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{family}.{lang}: {cue!r} does not compile: {exc}")


def test_cues_never_match_the_empty_string() -> None:
    for family, lang, cue in _cues():
        assert re.fullmatch(cue, "") is None, f"{family}.{lang}: {cue!r} matches ''"
        assert re.fullmatch(cue, " ") is None, f"{family}.{lang}: {cue!r} matches ' '"


def test_cues_are_lower_case_and_case_folded() -> None:
    for family, lang, cue in _cues():
        assert cue == cue.casefold(), f"{family}.{lang}: {cue!r} is not case-folded (write 'ss' for 'ß')"


def test_cues_have_no_duplicates_within_a_family() -> None:
    for family, table in _data().items():
        seen: set[str] = set()
        for lang, values in table.items():
            if isinstance(values, list):
                for cue in values:
                    assert (lang, cue) not in seen, f"{family}.{lang}: duplicate {cue!r}"
                    seen.add((lang, cue))  # type: ignore[arg-type]


def test_cues_load() -> None:
    cues = load_cues()
    assert set(FAMILIES) <= set(cues.families)
    for name, mode in FAMILIES.items():
        assert cues.families[name].mode == mode


@pytest.mark.parametrize(
    "family, text",
    [
        ("inline_related", "» Lesen Sie auch: Die Bahn streikt schon wieder"),
        ("inline_related", "Lees ook: Kabinet valt over stikstof"),
        ("inline_related", "À lire aussi : la réforme des retraites"),
        ("related_heading", "Mehr zum Thema"),
        ("related_heading", "Das könnte Sie auch interessieren:"),
        ("related_heading", "Lees ook"),
        ("related_heading", "Mere om branden"),
        ("related_heading", "Noticias relacionadas"),
        ("related_heading", "Najczęściej czytane"),
        # a sports page's betting offer, a poll's button and count, a live-score widget, a podcast's platforms
        ("advert", "Claim your £20 welcome bonus"),
        ("disclaimer", "Bet on the Champions League: Porto to win 11/4 | New customers get £40 in free bets"),
        ("feedback_prompt", "Vote now"),
        ("navigation", "1.204 Stimmen"),
        ("navigation", "Follow all the games in our live blog"),
        ("navigation", "Artiklen bliver løbende opdateret"),
        ("share_prompt", "Jetzt anhören auf Spotify oder Deezer"),
        ("share_prompt", "Gift this story"),
        # a podcast's subscribe prompt, a developing story's note, affiliate disclosures, shop and gallery links
        ("subscribe_prompt", "Subscribe to Morning Brief wherever you get your podcasts"),
        ("navigation", "Dieser Artikel wird laufend aktualisiert"),
        ("affiliate_disclosure", "We may earn a commission when you buy through links in this article."),
        ("advert", "See all offers"),  # a shop link the call-to-action cues name too is the seller's
        ("navigation", "View gallery"),
        ("feedback_prompt", "Leserbriefe"),  # the section's label, alone on its line
        ("feedback_prompt", "Cartas al director:"),
        ("cookie", "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten."),
        ("cookie", "This website uses cookies to improve your experience."),
        ("cookie", "Deze website gebruikt cookies om de site te verbeteren."),
        ("consent_button", "Alle akzeptieren"),
        ("consent_button", "Tout refuser"),
        ("caption_prefix", "Foto: dpa"),
        ("credit", "Firefighters battle a blaze near Athens on Tuesday. Reuters"),
        ("credit", "Demonstranten vor dem Kanzleramt. Foto: Kay Nietfeld/dpa"),
        ("ai_note", "Dieses Bild wurde mit KI erstellt."),
        ("ai_note", "Illustration générée par l’IA"),
        ("ai_note", "Afbeelding gegenereerd door AI"),
        ("video_heading", "📺 Videos"),
        ("video_heading", "Aanbevolen video’s"),
        ("feedback_prompt", "Einen Fehler gefunden? Schreiben Sie uns."),
        ("feedback_prompt", "Fout gezien? Mail de redactie."),
        ("feedback_prompt", "Did you spot a mistake in this story? Let us know."),
        ("subscribe_prompt", "Abonnieren Sie unseren Newsletter"),
        ("share_prompt", "Teilen"),
        ("share_prompt", "Share on WhatsApp"),
        ("byline_prefix", "Von Anna Müller"),
        ("legal", "© 2024 Example Media. Alle Rechte vorbehalten."),
        ("navigation", "Zum Inhalt springen"),
        ("navigation", "Startseite"),
        ("legal", "Impressum | Datenschutz | AGB"),
        ("share_prompt", "Facebook | X | LinkedIn | E-Mail"),
        ("credit", "Premier Rutte tijdens het debat. ANP / Bart Maat"),
        ("ai_note", "Symbolbild (KI-generiert)"),
        ("related_heading", "Läs också"),
        ("cookie", "Vi använder cookies för att förbättra din upplevelse."),
        # Consent-banner wording (issue 3): partners' cookies "and similar technologies".
        ("cookie", "Vi och våra partners använder cookies och liknande tekniker för att mäta trafiken."),
        ("cookie", "Vi og vores partnere bruger cookies og lignende teknologier til at tilpasse annoncer."),
        ("cookie", "Vi og vores 143 samarbejdspartnere bruger cookies til statistik."),
        ("feedback_prompt", "¿Has visto un error? Avísanos."),
        ("subscribe_prompt", "Il vous reste 80 % de cet article à lire."),
        ("advert", "Anzeige"),
        ("advert", "Article continues below advertisement"),
        ("tags_heading", "Schlagworte:"),
        # Cookie tables list what each cookie does.
        ("cookie", "_ga 2 years Google Analytics sets this cookie to count page views."),
        ("cookie", "Analytics cookies help us understand how visitors use the site."),
        ("cookie", "Dieses Cookie wird verwendet, um Ihre Spracheinstellung zu speichern."),
        # Form status messages.
        ("feedback_prompt", "Oops! Something went wrong while submitting the form."),
        ("feedback_prompt", "Thank you! Your submission has been received!"),
        ("feedback_prompt", "Vielen Dank für Ihre Anmeldung!"),
        ("feedback_prompt", "Bedankt voor je aanmelding."),
        # Donation pitches.
        ("subscribe_prompt", "Since you made it this far, we have a small favor to ask."),
        ("subscribe_prompt", "Please consider supporting our work with a donation."),
        ("subscribe_prompt", "Jetzt spenden und unabhängigen Journalismus sichern"),
        # Legal lines.
        ("legal", "This work is licensed under a Creative Commons Attribution 4.0 License."),
        ("legal", "This site is protected by reCAPTCHA and the Google Privacy Policy applies."),
        ("legal", "Msg & data rates may apply. Message and data rates may apply."),
        ("disclaimer", "This content should not be considered medical advice."),
        ("disclaimer", "Onze columnisten hebben de vrijheid hun eigen mening te geven."),
        ("disclaimer", "Kolumnit ovat kirjoittajiensa henkilökohtaisia näkemyksiä."),
        ("disclaimer", "Komentáře vyjadřují názory autorů, nikoli redakce."),
        # A seller's calls to action.
        ("call_to_action", "Start your free trial today."),
        ("call_to_action", "Book a demo with our team"),
        ("call_to_action", "Talk to one of our cloud specialists."),
        ("call_to_action", "Jetzt unverbindlich anfragen!"),
        ("call_to_action", "Vraag een gratis offerte aan"),
        ("call_to_action", "Demandez votre devis gratuit"),
        ("call_to_action", "Solicita una demo"),
        ("call_to_action", "Richiedi un preventivo"),
        ("ai_note", "Rapporté par IA"),
        ("ai_note", "Relatado por IA"),
        ("ai_note", "Zpracováno umělou inteligencí"),
        ("video_heading", "Videos, die Sie auch interessieren könnten"),
        ("video_heading", "Vidéos recommandées pour vous"),
        ("video_heading", "Video consigliati per te"),
        ("feedback_prompt", "Ist Ihnen in diesem Beitrag ein Fehler aufgefallen?"),
        ("feedback_prompt", "Avez-vous relevé une coquille ?"),
        ("feedback_prompt", "Qualcosa non va in questo articolo?"),
        ("feedback_prompt", "Czy ten artykuł zawiera błąd?"),
        ("related_heading", "Weitere Berichte aus Asien"),
        ("related_heading", "Mirá también"),
        ("subscribe_prompt", "Schrijf je in op onze gratis nieuwsbrief."),
        ("ai_note", "KI-Bild · KI-Bericht"),
        ("video_label", "Jetzt ansehen: Die Pressekonferenz in voller Länge"),
        ("ai_term", "Fotografija je ustvarjena z UI"),
        ("self_reference", "Fotografija je ustvarjena z UI"),
        ("ai_term", "Vaizdas sukurtas DI"),
        ("self_reference", "이미지는 AI로 생성되었습니다"),
        ("ai_term", "Görsel YZ ile üretildi"),
        ("self_reference", "Görsel YZ ile üretildi"),
        ("self_reference", "الصورة من إنشاء الذكاء الاصطناعي"),
        ("error_word", "Haben Sie einen Übersetzungsfehler bemerkt?"),
        ("error_word", "Všimli ste si nepresnosť?"),
        ("error_word", "您在本文中发现了错误吗？"),
        ("ai_note", "KI-generiertes Bild · Von KI verfasster Bericht"),
        ("self_reference", "Hình ảnh minh họa được tạo bởi trí tuệ nhân tạo"),
        ("cookie", "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır."),
        ("cookie", "Bu sitede deneyiminizi iyileştirmek için çerezler kullanılmaktadır."),
        ("cookie", "Door verder te surfen ga je akkoord met het gebruik van cookies."),
        ("subscribe_prompt", "โหลดแอปของเราฟรี อ่านข่าวได้ทุกที่"),  # "โหลด", the short form of "ดาวน์โหลด"
        ("machine_translation", "Prevod: samodejno iz japonščine"),
        ("self_reference", "Текстот е машински преведен од германски јазик."),
        ("machine_translation", "این گزارش به‌صورت ماشینی از زبان ژاپنی ترجمه شده است."),
        ("self_reference", "این گزارش به‌صورت ماشینی از زبان ژاپنی ترجمه شده است."),
        ("subscribe_prompt", "Отвори во апликацијата"),
        ("subscribe_prompt", "Fungua katika programu"),
        ("video_heading", "Sikiliza taarifa hii"),
        ("share_prompt", "I-share ang balitang ito"),
        ("related_heading", "Jums varētu patikt"),
        ("cookie", "Vi och våra partner använder tekniker som kakor för att lagra information på din enhet."),
        ("self_reference", "Изображението е създадено с изкуствен интелект."),
        ("self_reference", "Το άρθρο μεταφράστηκε αυτόματα από τα ιαπωνικά."),
        ("related_heading", "Περισσότερα από την Κρήτη"),
        ("feedback_prompt", "Je li vam ovaj tekst pomogao?"),
        ("related_heading", "Més notícies del Vallès"),
        ("subscribe_prompt", "Pratite vijesti u našoj aplikaciji"),
        ("video_label", "Klipp: Träd över vägen utanför Ystad"),
        ("subscribe_prompt", "Lies die Nachrichten in der App – ohne Werbung"),
        ("subscribe_prompt", "Abrir a aplicação"),
        ("subscribe_prompt", "Read it faster in our app"),
        ("subscribe_prompt", "Читайте статьи в нашем приложении"),
        ("subscribe_prompt", "오늘의 뉴스를 앱에서 바로 확인하세요"),
        ("subscribe_heading", "부산일보 뉴스레터"),
        ("subscribe_heading", "दैनिक समाचार न्यूज़लेटर"),
        ("subscribe_heading", "Newsletter Diário do Minho"),
        ("cookie", "Drogi Użytkowniku, korzystając z naszej strony, wyrażasz zgodę na używanie plików cookies."),
        ("video_heading", "Obejrzyj relację na żywo"),
        ("video_heading", "Réactiver le son"),
        ("subscribe_heading", "会員限定記事"),
        ("navigation", "Lesezeit: 4 Minuten"),
        ("navigation", "Timp de lectură: 3 minute"),
        ("disclaimer", "Spil ansvarligt. 18+"),
        ("disclaimer", "Gamble responsibly. 18+ only."),
        ("subscribe_prompt", "The rest of this article is available to subscribers only."),
        ("subscribe_prompt", "Har du et nyhedstip? Send det til os."),
        ("video_heading", "Watch the full broadcast"),
        ("video_heading", "Nézze meg a teljes adást"),
        ("caption_prefix", "Fotografije: Ivan Horvat"),
        ("author_bio", "Ana Popescu este reporter la Gazeta de Vest și scrie despre educație."),
        ("author_bio", "Jan Novák je redaktorem deníku Sever a píše o dopravě."),
        ("bio_heading", "Yazar hakkında"),
        ("bio_heading", "Про автора"),
        ("caption_prefix", "Grafiek: Het Kanaalblad · Bron: LSEG"),
        ("caption_prefix", "出所：QUICKのデータを基に本社作成"),
        ("caption_prefix", "자료: 한국거래소"),
        ("caption_prefix", "Graf: Vývoj ceny akcií za posledních 12 měsíců"),
        ("advert", "[AD] 수수료 평생 무료, 지금 비대면 계좌 개설하세요"),
        ("advert", "【推广】限时优惠！开户即送88元交易礼包"),
        ("byline_role", "komentátor Polabských listů"),
        ("byline_role", "Fact Check team"),
        ("cookie", "Externer Inhalt: Um ihn anzuzeigen, stimmen Sie der Übermittlung von Daten zu."),
        ("cookie", "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का इस्तेमाल करते हैं।"),
        ("consent_button", "Inhalt laden"),
        ("disclaimer", "The views expressed in this article are the author's own and do not necessarily reflect those of the Herald."),
        ("disclaimer", "Мнение автора может не совпадать с позицией редакции."),
        ("related_heading", "Más columnas de Lucía Carbonell"),
        ("related_heading", "この筆者の他のコラム"),
        ("feedback_prompt", "Согласны с автором? Напишите нам на mnenie@example.ru"),
        ("subscribe_prompt", "Guter Journalismus kostet Geld. Unterstützen Sie uns schon ab 5 Euro im Monat."),
        ("video_label", "Posłuchaj podcastu „Puls Rynku”"),
        ("date_stamp", "Dit artikel is bijgewerkt op 7 april 2025 om 11.20 uur."),
        ("share_prompt", "View on X"),
        ("comments_heading", "Comments are closed for this article."),
        ("video_heading", "Live traffic map"),
        ("video_label", "Livestream: the harbour at high tide"),
        ("republished", "Original article: Kyodo News"),
        ("machine_translation", "This article was translated by machine from Japanese."),
        ("feedback_prompt", "Sign the guest book"),
        ("subscribe_prompt", "Turn on notifications to follow the storm"),
        ("related_heading", "முக்கிய செய்திகள்"),  # "top news"
        ("video_heading", "Watch the trailer"),
        ("video_heading", "Bande-annonce"),
        ("subscribe_prompt", "You are receiving this email because you signed up for our morning briefing."),
        ("share_prompt", "Dit bericht op Instagram bekijken"),
        ("byline_prefix", "Text and photos: Anna Berg"),
        # a news portal's credit for its partner's writer, as it prints it in each language
        ("byline_prefix", "Story von Jens Obermann"),
        ("byline_prefix", "Verhaal van Sanne de Wit"),
        ("byline_prefix", "Article de Thomas Larrieu"),
        ("byline_prefix", "Historia de Lucía Martín"),
        ("byline_prefix", "Historia autorstwa Marka Nowaka"),
        ("byline_prefix", "Priču napisala Ivana Horvat"),
        ("byline_prefix", "Autor článku: Jana Nováková"),
        ("byline_prefix", "Straipsnio autorius: Tomas Petrauskas"),
        ("byline_prefix", "قصة بقلم سامي خوري"),
        ("credit", "Map of the closed section. Graphic: Northern Times"),
        ("subscribe_prompt", "Odesláním formuláře souhlasíte se zpracováním osobních údajů."),
        ("subscribe_prompt", "Нажимая на кнопку «Зарегистрироваться», вы даёте согласие на обработку персональных данных."),
        ("subscribe_prompt", "Administratorem Twoich danych osobowych jest Gazeta Lokalna sp. z o.o."),
        ("navigation", "Devamını oku"),
        ("navigation", "Show full article"),
        ("legal", "Forward-looking statements: this release contains statements about future results."),
        ("disclaimer", "This press release was distributed by GlobeNewswire on behalf of the company."),
        ("author_contact", "Media contact: Jane Doe, +1 555 0100"),
        ("call_to_action", "Compare hotel prices"),
        ("call_to_action", "Jetzt buchen"),
        ("affiliate_disclosure", "This trip was supported by the regional tourist board."),
        ("related_heading", "More recipes"),
        ("related_heading", "Weitere Rezepte"),
        ("disclaimer", "Denne artikel erstatter ikke råd fra din læge."),
        ("disclaimer", "Tento text nenahrazuje radu lékaře."),
        ("disclaimer", "Dit persbericht bevat toekomstgerichte uitspraken."),
        # page tools of obituaries, health pages, election and markets pages, recipes
        ("navigation", "Kondolenzbuch unterschreiben"),
        ("navigation", "Find a doctor near you"),
        ("navigation", "Zobacz mapę wyników na żywo"),
        ("navigation", "Currency converter"),
        ("navigation", "Save to my recipes"),
        # a portal's link to its partner paper's site, under the republished story
        ("navigation", "Weiterlesen bei Harzer Tageblatt"),
        ("navigation", "Continua a leggere su La Gazzetta del Lago"),
        ("navigation", "Nastavite čitati na Večernji Glasnik"),
        ("caption_prefix", "Court sketch: Jane Doe"),
        ("caption_prefix", "Crtež: Ivan Horvat"),
        ("call_to_action", "Hotel Harbour – from €78 per night on Booking.com"),
        ("call_to_action", "Send flowers to the funeral"),
        ("disclaimer", "Questo comunicato stampa contiene dichiarazioni previsionali."),
        ("share_prompt", "Share this chart"),
        ("navigation", "Download the data (CSV)"),
        ("feedback_prompt", "Do you have a tip for the newsroom? Write to us."),
        # page tools' buttons (recipe cards, tickets, job ads, calculators, route planners) and a poll's vote button
        ("navigation", "Zum Rezept springen"),
        ("navigation", "Print recipe"),
        ("navigation", "Hoppa till receptet"),
        ("navigation", "Tulosta resepti"),
        ("navigation", "Tickets kaufen"),
        ("navigation", "Add to calendar"),
        ("navigation", "Jetzt bewerben"),
        ("navigation", "Calcula tu hipoteca"),
        ("navigation", "Plan your journey"),
        ("navigation", "Vergelijk prijzen"),
        ("navigation", "Sök resa"),
        ("feedback_prompt", "Vote"),
        ("feedback_prompt", "Jetzt abstimmen"),
        ("feedback_prompt", "Votează"),
        ("feedback_prompt", "Głosuj"),
        ("feedback_prompt", "Cast your vote"),
        # the headings of listing boxes: job ads, tickets, property listings
        ("navigation", "Top-Jobs in Ihrer Region"),
        ("navigation", "Aktuelle Immobilienangebote"),
        ("navigation", "Nabídky práce ve vašem okolí"),
        ("navigation", "热招职位"),
        ("navigation", "Bilete disponibile"),
        ("navigation", "Upcoming events near you"),
        ("navigation", "Actuele vacatures"),
        # health disclaimers, players' messages, aggregators' bylines, newsletter pitches
        ('disclaimer', 'Le informazioni contenute in questo articolo hanno scopo divulgativo e non sostituiscono in alcun modo il parere del medico.'),
        ('disclaimer', 'Innehållet ersätter inte medicinsk rådgivning. Vid akuta besvär, ring 1177 eller sök vård.'),
        ('video_heading', 'Tu navegador no puede reproducir este video.'),
        ('video_heading', 'Het afspelen van deze video is momenteel niet mogelijk.'),
        ('byline_prefix', 'Příběh od Tomáš Kubíček'),
        ('subscribe_prompt', 'Suscribite al newsletter de Deportes y recibí lo mejor del fútbol cada mañana.'),
        # comment rules, players' errors, ad markings, bare ages
        ('legal', 'Kommentarer som bryter mot svensk lag tas bort.'),
        ('legal', 'Kommentare werden vor der Veröffentlichung moderiert.'),
        ('video_heading', 'Dieses Video ist derzeit nicht verfügbar.'),
        ('advert', 'Реклама. ООО «Ромашка». erid: 2VtzqwA8b1'),
        ('navigation', 'pred 5 hod.'),
        ('navigation', 'vor 2 Std.'),
        # service widgets: energy prices, live results, condolence books, rumour trackers, deals
        ('navigation', 'Strompreis aktuell'),
        ('navigation', 'Condoleanceregister tekenen'),
        ('navigation', 'Transferuri LIVE'),
        ('navigation', '$799 at Best Buy'),
        # paywalls' log-in prompts in Korean, Chinese, Hindi, Arabic and Hebrew
        ('subscribe_prompt', '이미 회원이신가요? 로그인'),
        ('subscribe_prompt', '已是會員？登入'),
        ('subscribe_prompt', 'पहले से सदस्य हैं? लॉग इन करें'),
        ('subscribe_prompt', 'لديك حساب؟ سجّل الدخول'),
        ('subscribe_prompt', 'כבר מנויים? התחברו'),
        # A news site's messenger channel and app, and their buttons.
        ('social_prompt', 'Итоги выборов и всё главное за день — в нашем Telegram-канале.'),
        ('social_prompt', 'Urmărește Știrile Zilei pe Telegram – știrile importante, direct pe telefon.'),
        ('social_prompt', 'Kövesse a Hírpont Viber-csatornáját!'),
        ('subscribe_heading', 'Intră pe canal'),
        ('subscribe_heading', 'Подписаться'),
        ('subscribe_prompt', 'Download aplikasi Ruang Rasa di Play Store untuk resep lainnya'),
        # A section's "more" heading, a news-tip prompt, a donation pitch, a paywall's teaser,
        # a byline's opener, a comparison widget's call and its form's field (a helper's cues).
        ('related_heading', 'Més cultura'),
        ('related_heading', 'Daugiau kultūros'),
        ('inline_related', 'Skatīt arī: Kāpēc skolās trūkst skolotāju'),
        ('inline_related', 'Glej tudi: Lani je ostalo brez mesta 400 učencev'),
        ('feedback_prompt', 'Imate informaciju o ovom slučaju? Javite se našem newsroomu.'),
        ('subscribe_prompt', 'Lee la entrevista completa con Carmen Ibarzo'),
        ('byline_prefix', 'Medically reviewed by Dr Anna Reed'),
        ('call_to_action', 'Compara tarifas de luz y gas ahora'),
        ('form_field', 'Postleitzahl'),
        ('form_field', 'Votre code postal'),
        ('correction_label', 'Korrektur, 14. März: In einer früheren Fassung hieß es, die Frist ende im Mai.'),
        ('correction_label', 'Исправка: Во првичната верзија на текстот погрешно беше наведено дека возачот е од Ресен.'),
        ('correction_label', '訂正：当初の記事で開業日を誤って記載していました。'),
    ],
)
def test_cues_match_boilerplate(family: str, text: str) -> None:
    assert load_cues().match(family, clean_line(text)), f"{family} should match {text!r}"


@pytest.mark.parametrize(
    "family, text",
    [
        ("feedback_prompt", "Der Minister räumte einen Fehler ein."),
        ("feedback_prompt", "Die Prüfer haben einen Fehler in der Bilanz entdeckt."),
        ("feedback_prompt", "Auditors found an error in the accounts."),
        ("cookie", "Die Kekse schmecken nach Zimt und Vanille."),
        ("credit", "The company declined to comment, a spokesperson told Reuters."),
        ("subscribe_prompt", "Mehr als eine Million Menschen haben den Newsletter abonniert."),
        ("ai_note", "Die Forscher nutzen KI, um neue Proteine zu entdecken."),
        ("related_heading", "Mehr zum Thema Energiepolitik sagte der Minister am Dienstag in Berlin."),
        ("share_prompt", "Sie teilen sich eine Wohnung mit drei Freunden."),
        ("legal", "Meta hat seine Datenschutzerklärung geändert."),
        ("navigation", "Home is where the heart is."),
        ("caption_prefix", "Fotografen waren schon früh vor Ort."),
        ("inline_related", "Related problems emerged later in the year."),
        ("ai_note", "AI-generated images of the Pope spread quickly on X."),
        ("ai_note", "KI-generierte Bilder überschwemmen das Netz."),
        ("credit", "A Reuters/Ipsos poll found support fell to 40 percent."),
        ("legal", "Kontakt zur Polizei gab es laut Zeugen nicht."),
        ("legal", "The company updated its privacy policy last week."),
        ("subscribe_prompt", "Im ersten Monat stiegen die Preise um drei Prozent."),
        ("feedback_prompt", "Het OM heeft een fout ontdekt in het dossier."),
        ("cookie", "Uw privacy is in gevaar, waarschuwt de toezichthouder."),
        ("advert", "Die Anzeige wurde am Montag erstattet."),
        ("cookie", "Vi og vores partnere i kommunen har bygget tre nye skoler siden 2019."),
        ("cookie", "Vi och våra partners har investerat i vindkraft i norra Sverige."),
        ("cookie", "This cookie recipe uses brown butter and sea salt."),
        ("subscribe_prompt", "Donors gave more than $2 million to the campaign last year."),
        ("legal", "The brand name is a registered trademark, the court ruled."),
        ("call_to_action", "The service offers a 14-day free trial, with no free plan available."),
        ("call_to_action", "Customers who called the bank were told to wait."),
        ("feedback_prompt", "La police a relevé une erreur de procédure dans le dossier."),
        ("cookie", "De webwinkel laat weten dat de cookiemelding inmiddels is aangepast."),
        ("ai_note", "Der KI-Bericht der Regierung empfiehlt strengere Regeln."),
        ("cookie", "Le texte encadre aussi les cookies et autres traceurs utilisés par les équipes de campagne."),
        ("self_reference", "기사에 따르면 정부는 새 규칙을 발표했다."),
        ("self_reference", "الصورة التي نشرها الوزير أثارت جدلا واسعا حول الذكاء الاصطناعي"),
        ("self_reference", "Haber ajansı yapay zeka ile ilgili yeni bir rapor yayımladı."),
        ("error_word", "Der Minister verließ das Podium."),
        ("ai_note", "Der KI-generierte Text des Ministeriums enthielt Fehler."),
        ("cookie", "Türkiye sitemizde yer alan haberlere göre bakanlık yeni çerez kurallarını açıkladı."),
        ("subscribe_prompt", "Drivers must install the app to pay for parking, the council said."),
        ("subscribe_prompt", "Nutzer müssen die App installieren, um den Parkschein zu bezahlen."),
        ("subscribe_prompt", "Users could read the news in the app for free until March, the company said."),
        ("disclaimer", "The regulator said operators must help customers gamble responsibly, the report found."),
        ("subscribe_prompt", "Police asked witnesses to send photos and videos of the crash to investigators."),
        ("video_heading", "The full broadcast was watched by two million viewers."),
        ("caption_prefix", "Data from the census show the town grew by a tenth."),
        ("advert", "Die Reklame an der Fassade muss bis Juni verschwinden."),
        ("cookie", "Die Behörde will die Übermittlung von Daten an Drittstaaten stoppen."),
        ("date_stamp", "This page was last edited on 2 March 2026, at 10:32."),  # a wiki's footer, no article's update note
        ("feedback_prompt", "Letters To The Editor"),  # a menu's item; the prompt says more after a colon
        ("advert", "The bookmaker offered new customers free bets, the regulator said."),
        ("feedback_prompt", "Residents will vote now that the council has agreed."),
        ("share_prompt", "The band released the album on Spotify and YouTube."),
        ("navigation", "The bill passed with 212 votes"),
        ("navigation", "The situation is developing rapidly, officials said."),
        ("affiliate_disclosure", "The agent earned a commission on every sale, the court heard."),
        # a letters page's headline names the section, then its topics: no prompt
        ("feedback_prompt", "Leserbriefe: Baustelle am Bahnhof, Parkgebühren und das neue Freibad"),
        ("feedback_prompt", "Листи читачів: укриття в школах і останні автобуси"),
        ("disclaimer", "The author's own views were shaped by years on the ward, she said."),
        ("feedback_prompt", "Mourners gathered to light a candle outside the church."),
        ("subscribe_prompt", "Residents can sign up for emergency alerts on the council's website."),
        ("subscribe_prompt", "Get notifications if your information is exposed in a data breach."),
        ("video_heading", "Traffic cameras caught him speeding twice."),
        ("related_heading", "முக்கிய தகவல்கள்"),  # "key facts": a box of the article's own
        ("video_heading", "The trailer for the film was released on Tuesday."),
        ("subscribe_prompt", "The council sends residents an email when bins are collected late."),
        ("subscribe_prompt", "The new law protects the personal data of patients."),
        ("credit", "The map shows where the flooding was worst."),
        ("navigation", "Reading continues to be the most popular hobby."),
        ("disclaimer", "The company announced the results in a press release on Monday."),
        ("disclaimer", "Press release"),  # a menu's or a section's label: the notes say more
        ("call_to_action", "Fans rushed to buy tickets for the final within minutes."),
        ("affiliate_disclosure", "The minister's trip to Paris was paid for by the party."),
        ("legal", "Analysts are looking forward to the statements of the central bank."),
        ("disclaimer", "The minister said the new rules do not replace medical advice from a doctor."),
        ("disclaimer", "Wer Symptome hat, sollte seinen Arzt konsultieren, sagte die Ministerin am Montag."),
        ("call_to_action", "Tourists booked two million nights on Airbnb last year, the agency said."),
        ("navigation", "The doctor said she would find a specialist for the boy."),
        ("navigation", "Researchers can download the data from the agency website."),
        ("feedback_prompt", "The newsroom received a tip about the closure on Monday."),
        # subheads and sentences with a page tool's words
        ('navigation', 'Wo es noch Tickets gibt'),
        ('navigation', 'Die Ergebnisse im Überblick'),
        ('navigation', 'Waar nog tickets te koop zijn'),
        ('navigation', 'De uitslagen per gemeente'),
        ('navigation', 'Where to get tickets for the final'),
        ('navigation', 'Results by state show a tight race'),
        ('navigation', 'Les résultats commune par commune'),
        ('navigation', 'Où trouver encore des billets'),
        ('navigation', 'Los resultados por provincia'),
        ('navigation', 'Dónde comprar entradas para la final'),
        ('navigation', 'Så röstade kommunerna'),
        ('navigation', 'Biljetter till finalen tog slut på en timme'),
        ('navigation', 'Tulokset kunnittain'),
        ('navigation', 'Liput myytiin loppuun tunnissa'),
        ('navigation', '開票結果の分析'),
        ('navigation', 'チケットの販売は来月から'),
        ('feedback_prompt', 'The council will vote on the plan in May.'),
        ('feedback_prompt', 'Voters'),
        # subheads that speak of jobs, tickets and homes
        ('navigation', 'Wo es noch Tickets gibt'),
        ('navigation', 'Jobs in der Region werden knapp'),
        ('navigation', 'Vacatures in de zorg blijven open'),
        ('navigation', 'Tickets voor de finale binnen een uur uitverkocht'),
        ('navigation', 'Jobs in the region are getting scarce'),
        ('navigation', 'Tickets for the final sold out in minutes'),
        ('navigation', "Les offres d'emploi se raréfient"),
        ('navigation', 'Les billets pour la finale sont épuisés'),
        ('navigation', 'Nabídky práce ubývají'),
        ('navigation', 'Vstupenky na koncert byly vyprodány za hodinu'),
        ('navigation', '职位空缺增加'),
        ('navigation', '门票已售罄'),
        ("call_to_action", "Đặt phòng sớm vào mùa cao điểm tháng 6 và tháng 7"),  # advice to book early: a sentence, no button
        # news sentences about doctors, advice, commissions and newsletters
        ('disclaimer', 'Der Arzt riet ihr, mehr zu trinken und sich zu schonen.'),
        ('affiliate_disclosure', 'Ein Video zeigt, wie die Polizei den Mann festnimmt.'),
        ('subscribe_prompt', 'Die Kommission prüft mögliche Verbindungen zwischen den Firmen.'),
        ('disclaimer', 'De arts adviseerde de patiënt om meer te bewegen.'),
        ('affiliate_disclosure', 'Op een video is te zien hoe de brand zich uitbreidt.'),
        ('subscribe_prompt', 'De commissie onderzoekt de banden tussen de twee bedrijven.'),
        ('disclaimer', 'The doctor advised her to rest for two weeks after the surgery.'),
        ('affiliate_disclosure', 'A video posted on social media shows the moment the bridge collapsed.'),
        ('subscribe_prompt', 'The European Commission said the links between the two firms were under investigation.'),
        ('disclaimer', 'Le médecin lui a conseillé de se reposer pendant une semaine.'),
        ('affiliate_disclosure', "Une vidéo publiée sur les réseaux sociaux montre l'agression."),
        ('subscribe_prompt', 'La Commission européenne a ouvert une enquête sur les liens entre les deux groupes.'),
        ('disclaimer', 'El médico le recomendó reposo absoluto durante una semana.'),
        ('affiliate_disclosure', 'Un vídeo grabado por un vecino muestra el momento del accidente.'),
        ('subscribe_prompt', 'La Comisión Europea investiga los vínculos entre ambas empresas.'),
        ('disclaimer', 'Läkaren rådde henne att vila i två veckor.'),
        ('affiliate_disclosure', 'En video som spridits på sociala medier visar bråket.'),
        ('subscribe_prompt', 'Kommissionen granskar kopplingarna mellan bolagen.'),
        ('disclaimer', 'Doktor ona bir hafta dinlenmesini tavsiye etti.'),
        ('affiliate_disclosure', 'Sosyal medyada paylaşılan video kaza anını gösteriyor.'),
        ('subscribe_prompt', 'Avrupa Komisyonu iki şirket arasındaki bağlantıları inceliyor.'),
        ('video_heading', 'Das Video ist nach Angaben der Polizei nicht mehr verfügbar.'),
        ('advert', 'I samarbejde med kommunen åbner skolen et nyt værksted.'),
        ('legal', 'Kommentarsfältet stängdes efter hotfulla inlägg.'),
        ('navigation', 'Vor 3 Stunden meldete die Feuerwehr den ersten Einsatz.'),
        ('navigation', 'Öffnungszeiten'),  # a festival's or a pool's subhead as often as a shop box's title
        ('navigation', 'Nyitvatartás: hétköznap 6 és 21 óra között'),
        ('subscribe_prompt', '市政府表示，民眾可以开通会员后免费停车。'),
        ('subscribe_prompt', '구청은 이미 회원인 주민에게도 혜택을 준다고 밝혔다.'),
        # News of a politician's channel or a bank's app.
        ('social_prompt', 'Кандидат написал в своём Telegram-канале, что признаёт поражение.'),
        ('social_prompt', 'Primarul a anunțat pe Telegram că nu își va recunoaște înfrângerea.'),
        ('subscribe_prompt', 'Bank itu meluncurkan aplikasi baru yang bisa diunduh mulai pekan depan.'),
        # News of tips, donations, comparisons and postcodes.
        ('feedback_prompt', 'Police asked witnesses to call them and said they would guarantee anonymity to anyone who comes forward.'),
        ('subscribe_prompt', 'The hospital thanked the readers who donated to its new children\'s ward.'),
        ('call_to_action', 'Consumers should compare tariffs before the winter, the regulator said.'),
        ('form_field', 'Die Postleitzahl der Gemeinde ändert sich im Januar.'),
        # A sentence that opens with the word, no label's colon after it.
        ('correction_label', 'Oprava mostu potrvá nejméně šest měsíců a vyjde na 38 milionů korun.'),
        ('correction_label', 'Correction officers at the prison said the new rules were applied on Monday.'),
    ],
)
def test_cues_leave_prose_alone(family: str, text: str) -> None:
    assert load_cues().match(family, clean_line(text)) is None, f"{family} should not match {text!r}"


# -- the literal a phrase cue's search waits for (cues._literal) --------------------------


@pytest.mark.parametrize(
    ("cue", "literal"),
    [
        ("we (?:use|serve) cookies", " cookies"),  # the longer of "we " and " cookies"
        ("abonneer (?:je|u|nu)", "abonneer "),
        (r"(?:fotos?|bild|quelle)\s*:\s*[^)]+", ":"),  # the one plain character outside groups and repeats
        ("tous droits réservés", "tous droits réservés"),
        (r"a\.i\.", "a.i."),  # escaped characters are plain
        ("cookies?", "cookie"),  # "s?" is optional: not part of every match
        ("(?:wir|we) nutzen", " nutzen"),
        ("zgoda|consent", ""),  # an alternation at the top: nothing common to write down
        ("(?i)wszelkie prawa", ""),  # case-insensitive: the plain characters match other cases too
    ],
)
def test_cue_literal_is_text_every_match_holds(cue: str, literal: str) -> None:
    from newsclean.boilerplate.cues import _literal

    assert _literal(cue) == literal


@pytest.mark.parametrize(
    "text",
    [
        "Newsletter - jetzt abonnieren - Datenschutz",  # dashes between plain words
        "Abonnez-vous à notre newsletter – c'est gratuit",
        "L'ex-président a dit : « Nous l'avons fait » - Le Monde",
        "Don't miss out - subscribe to our newsletter",
        "Udostępnij - Facebook - Twitter",
        "Read the story - no spam ever",
        "Meld je aan voor de nieuwsbrief - gratis",
        "Iscriviti alla newsletter - è gratis",
        "Teleʼs Newsletter - subscribe now",  # "ʼ" is a letter to text.words, an apostrophe to clean_line
        "分享到：微信 微博 QQ空间",  # Chinese and Japanese: text.words are characters, not the line's runs
        "この記事をシェアする - Twitter",
    ],
)
def test_cue_mask_with_words_is_the_mask_of_the_split_line(text: str) -> None:
    """The words shortcut, also where a line holds "-" or "'" but only between whole words."""
    from newsclean.text import words

    for langs in (None, ("en",), ("de", "en"), ("fr", "en")):
        fresh = lambda: load_cues().__class__(load_cues().families).matchers(langs)  # noqa: E731  (no remembered masks)
        clean = clean_line(text)
        assert fresh().mask(clean, words(text)) == fresh().mask(clean), (langs, text)


def test_a_cues_apostrophes_are_unified_as_the_lines_are() -> None:
    """Lines reach the cues with one apostrophe ("'"); a cue written with a typographic one is
    read with it too, and a cue with none is left as written."""
    from newsclean.boilerplate.cues import _family, clean_line

    family = _family("example", {"mode": "line", "en": ["don’t miss", "l`actu ´ ʼ‘", "plain words"]})
    assert family.cues["en"] == ("don't miss", "l'actu ' ''", "plain words")
    assert family.match(clean_line("Don’t miss:"), ("en",)) == "don't miss"
