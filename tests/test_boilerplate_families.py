"""Furniture families across languages: video labels and player messages, paywall notes,
read-also links behind an emoji, bylines, caption credits, consent buttons, error-report
prompts and AI notes.

The furniture is phrased as sites print it, in other words and often other languages than
the golden cases; each family also has body text beside it that mentions the same things
(a video, subscribers, cookies, a capitalised "De") and must stay.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate
from newsclean.boilerplate.rules import make_lines, vote_totals, written_in

BODIES = {
    "ar": [
        "أعلنت الحكومة يوم الثلاثاء عن برنامج جديد لدعم المزارعين المتضررين من موجة الجفاف التي ضربت المنطقة هذا العام.",
        "وقال وزير الزراعة إن البرنامج سيشمل تعويضات مالية مباشرة وقروضا ميسرة للمزارعين الصغار في المحافظات الجنوبية.",
        "ومن المتوقع أن يبدأ صرف الدفعة الأولى من التعويضات مطلع الشهر المقبل بعد استكمال حصر الأضرار في القرى.",
        "ورحب اتحاد المزارعين بالقرار لكنه طالب بزيادة قيمة التعويضات لتغطية الخسائر الفعلية التي لحقت بالمحاصيل.",
    ],
    "en": TRAM_ARTICLE[:5],
    "de": [
        "Der Gemeinderat hat am Montagabend beschlossen, das alte Hallenbad im Westen der Stadt bis zum Sommer 2026 zu sanieren.",
        "Die Kosten für die Arbeiten werden auf rund zwölf Millionen Euro geschätzt, einen Teil davon übernimmt das Land.",
        "Während der Bauzeit sollen die Schulen ihren Schwimmunterricht im Nachbarort abhalten, wofür eigens ein Bus eingesetzt wird.",
        "Die Opposition hatte einen Neubau am Stadtrand gefordert, weil die alte Halle schon seit Jahren nicht mehr wirtschaftlich sei.",
        "Der Bürgermeister zeigte sich nach der Abstimmung erleichtert und sprach von einem guten Tag für die Vereine und Familien.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes un plan para plantar más de diez mil árboles en los barrios del sur de la ciudad antes de 2027.",
        "La medida busca reducir la temperatura en las calles durante el verano, cuando los termómetros superan con frecuencia los cuarenta grados.",
        "Los vecinos de la zona llevaban años reclamando más sombra en los parques y en los caminos que llevan a los colegios.",
        "La oposición votó a favor, aunque criticó que el plan no incluya fondos para el riego durante los primeros años.",
        "Las primeras plantaciones comenzarán en otoño en las avenidas principales, según explicó la concejala de Medio Ambiente.",
    ],
    "it": [
        "Il consiglio regionale ha approvato ieri sera il piano per riaprire tre linee ferroviarie chiuse da oltre vent'anni nelle valli alpine.",
        "Secondo l'assessore ai trasporti, i primi treni potrebbero tornare a circolare già nella primavera del 2026, dopo i lavori sui binari.",
        "I sindaci dei comuni interessati hanno accolto la notizia con soddisfazione, ma chiedono orari compatibili con quelli delle scuole.",
        "L'opposizione ha votato contro, sostenendo che gli autobus sarebbero una soluzione più economica e più flessibile per le valli.",
        "Il costo complessivo dell'opera è stimato in circa novanta milioni di euro, in gran parte coperti da fondi europei.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van een nieuwe fietsbrug over het kanaal bij het station.",
        "De brug moet in 2027 klaar zijn en kost naar verwachting ruim achttien miljoen euro, waarvan de provincie een deel betaalt.",
        "Bewoners van de wijk aan de overkant wachten al jaren op een snellere verbinding met het centrum en de scholen.",
        "Enkele partijen vonden het ontwerp te duur en stelden voor om eerst de bestaande brug te verbreden, maar dat voorstel haalde het niet.",
        "De wethouder zei na afloop blij te zijn met de steun van een ruime meerderheid van de raad voor het plan.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek o budowie nowej linii tramwajowej, która połączy dworzec z osiedlami na północy miasta.",
        "Koszt inwestycji szacowany jest na około trzysta milionów złotych, a większość pieniędzy ma pochodzić z funduszy unijnych.",
        "Mieszkańcy osiedli od lat skarżą się na zatłoczone autobusy i długie dojazdy do centrum w godzinach szczytu.",
        "Radni opozycji głosowali przeciw, argumentując, że miasto nie ma pieniędzy na utrzymanie kolejnej linii przez wiele lat.",
        "Prace budowlane mają ruszyć w przyszłym roku, a pierwsze tramwaje powinny pojechać nową trasą jesienią 2028 roku.",
    ],
    "pt": [
        "A câmara municipal aprovou na terça-feira um plano para criar vinte quilómetros de ciclovias nos bairros da zona oriental da cidade.",
        "A obra deverá custar cerca de quinze milhões de euros e será financiada em grande parte por fundos europeus de recuperação.",
        "Os moradores da zona pedem há anos ligações mais seguras entre as escolas, o mercado e a estação de comboios.",
        "A oposição absteve-se na votação, alegando que o plano não prevê estacionamento suficiente para os comerciantes locais.",
        "As primeiras ciclovias deverão abrir no próximo verão, segundo explicou o vereador responsável pela mobilidade.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir la rénovation complète de la médiathèque du centre-ville, fermée depuis l'an dernier.",
        "Les travaux devraient durer dix-huit mois et coûter environ sept millions d'euros, dont une partie financée par la région.",
        "Pendant le chantier, un bus itinérant proposera des prêts de livres dans les quartiers et les villages voisins.",
        "L'opposition a dénoncé un projet trop coûteux et réclamé une consultation des habitants avant le lancement des travaux.",
        "Le maire a rappelé que le bâtiment ne répondait plus aux normes d'accessibilité et qu'il fallait agir rapidement.",
    ],
    "ro": [
        "Consiliul local a aprobat marți un proiect pentru modernizarea a douăzeci de școli din cartierele de nord ale orașului.",
        "Lucrările ar urma să coste aproximativ patruzeci de milioane de lei și vor fi finanțate în mare parte din fonduri europene.",
        "Părinții elevilor s-au plâns de ani de zile de clasele reci din timpul iernii și de toaletele aflate în curtea școlii.",
        "Opoziția a votat împotrivă, susținând că orașul nu are bani pentru întreținerea clădirilor după terminarea lucrărilor.",
        "Primele șantiere ar trebui să înceapă în vacanța de vară, potrivit viceprimarului responsabil cu investițiile.",
    ],
    "ru": [
        "Городская дума в среду одобрила план по ремонту двенадцати мостов через реку до конца следующего года.",
        "Работы обойдутся бюджету примерно в два миллиарда рублей, часть расходов возьмет на себя региональное правительство.",
        "На время ремонта движение по мостам будет частично ограничено, а для автобусов проложат временные маршруты.",
        "Жители прибрежных районов давно жаловались на трещины в опорах и разбитое покрытие на подъездах к мостам.",
    ],
    "tr": [
        "Belediye meclisi salı günü şehrin kuzeyindeki eski tramvay hattının yeniden açılması için hazırlanan projeyi onayladı.",
        "Projenin maliyetinin yaklaşık iki milyar lira olacağı ve masrafların bir kısmının bakanlık tarafından karşılanacağı belirtildi.",
        "Hattın geçtiği mahallelerde yaşayan vatandaşlar uzun süredir toplu taşımanın yetersiz olduğundan şikâyet ediyordu.",
        "Muhalefet partileri projeye destek verdi ancak çalışmaların takvimi konusunda daha fazla bilgi istedi.",
    ],
    "ja": [
        "市議会は２日、老朽化した市民プールを来年の夏までに改修する計画を賛成多数で可決した。改修費は約１２億円を見込んでいる。",
        "工事期間中、市内の小学校は隣町のプールで水泳の授業を行う予定だ。送迎のために専用のバスを運行するという。",
        "野党会派は郊外での新設を求めていたが、採決では反対に回らなかった。市長は採決後、記者団に「大きな一歩だ」と語った。",
        "市によると、プールは築４０年を超え、ここ数年は冬季の暖房費が大きな負担になっていた。利用者数は年々減っている。",
    ],
    "ko": [
        "시의회는 2일 낡은 시민 수영장을 내년 여름까지 고치는 계획을 찬성 다수로 통과시켰다. 공사비는 약 120억 원으로 예상된다.",
        "공사 기간 동안 시내 초등학교는 이웃 도시의 수영장에서 수영 수업을 할 예정이다. 시는 학생들을 위해 전용 버스를 운행하기로 했다.",
        "야당 의원들은 교외에 새 수영장을 짓자고 주장했지만 표결에서는 반대하지 않았다. 시장은 표결 뒤 기자들에게 큰 한 걸음이라고 말했다.",
        "시에 따르면 수영장은 지은 지 40년이 넘었고 최근 몇 년 동안 겨울철 난방비가 큰 부담이 됐다. 이용객 수도 해마다 줄고 있다.",
    ],
    "zh": [
        "本报讯（记者 王磊）11月14日深夜，雅安市芦山县境内S217省道K43+200处发生山体滑坡，约1.2万立方米土石方冲毁路面，造成该路段双向交通中断。所幸事发时段过往车辆较少，滑坡未造成人员伤亡。",
        "记者15日上午在现场看到，滑坡体从公路右侧山坡倾泻而下，长约80米的路面被泥石完全覆盖，一处挡墙垮塌，护栏被冲出十余米。芦山县交通运输局已在滑坡点两端设置警示标志和临时管控点，安排专人24小时值守。",
        "据芦山县交通运输局副局长李建国介绍，近期当地持续降雨，山体土壤含水量趋于饱和，是导致此次滑坡的主要原因。目前，专业地质队伍已进场勘测，由于坡体上方仍有部分松动岩土，存在二次滑坡风险，抢险人员暂时只能在坡脚作业。",
        "李建国表示，初步估计清理土石方和修复路基需要10至15天，具体通车时间将视坡体稳定情况而定。抢险期间，县里调集了4台挖掘机、6辆自卸车和30余名施工人员，分两班轮流作业。",
    ],
}


def strip(*paragraphs: str):
    return StripBoilerplate().apply(make_article(*paragraphs))


def check(lang: str, furniture: list[str], reason: str, at: int = 1, keep: tuple[str, ...] = ()) -> None:
    """``furniture`` inside the article of ``lang`` (before body paragraph ``at``) goes, with
    ``reason``; the body and ``keep`` (placed after the body) stay."""
    body = BODIES[lang]
    out = strip(*body[:at], *furniture, *body[at:], *keep)
    assert kept(out) == [*body, *keep]
    assert dropped(out) == {line: reason for line in furniture}


# -- video widgets -----------------------------------------------------------------------

VIDEO = "boilerplate.video_widget"


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("de", "Video: So sieht das sanierte Bad von innen aus"),
        ("es", "VÍDEO | Así será el nuevo parque del sur"),
        ("it", "Guarda: il sindaco presenta il progetto (1:42)"),
        ("nl", "Bekijk: zo komt de brug eruit te zien"),
        ("pl", "Zobacz wideo: Tak będzie wyglądać nowa linia"),
        ("pt", "Assista ao vídeo: como vão funcionar as novas ciclovias"),
        ("fr", "En vidéo : la future médiathèque en images"),
        ("en", "VIDEO: Council leader explains the tram plan (3:05)"),
    ],
)
def test_video_labels_with_their_title(lang: str, label: str) -> None:
    check(lang, [label], VIDEO)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "Dieses Video kann leider nicht abgespielt werden."),
        ("en", "Sorry, this video is no longer available."),
        ("fr", "Cette vidéo n'est plus disponible."),
        ("es", "Este vídeo no está disponible."),
        ("it", "Impossibile riprodurre il video."),
        ("pl", "Nie można odtworzyć filmu."),
        ("pt", "Este vídeo não está mais disponível."),
    ],
)
def test_video_player_messages(lang: str, message: str) -> None:
    check(lang, [message], VIDEO)


def test_a_video_label_lists_no_titles_under_it() -> None:
    # A label carries its own title: the short subhead after it is the article's.
    body = BODIES["de"]
    out = strip(body[0], "Video: So sieht das sanierte Bad von innen aus", "Kritik der Opposition", *body[1:])
    assert kept(out) == [body[0], "Kritik der Opposition", *body[1:]]


def test_titles_listed_under_a_video_heading_go_but_a_headline_over_the_body_stays() -> None:
    # A player's duration opens the widget: the short lines under it are its titles, unless
    # there is one and body prose follows it (the article's headline under a top video).
    body = BODIES["de"]
    headline = "Hallenbad im Westen wird bis 2026 saniert"
    out = strip("02:14", headline, *body)
    assert kept(out) == [headline, *body]
    titles = ["So sieht das Bad heute aus", "Der Bürgermeister im Interview", "Die Pläne im Überblick"]
    out = strip(*body[:3], "Weitere Videos", *titles, *body[3:])
    assert kept(out) == body and set(dropped(out).values()) == {VIDEO}


def test_facts_spaced_before_their_colon_under_a_video_heading_are_the_articles_list() -> None:
    # French spaces its colon ("Numéros de série : …"): two such facts under a player's duration
    # make a list of the article's, and the short line over them is its subhead.
    body = BODIES["fr"]
    listed = ["Les lots concernés", "Numéros de série : de 1204B à 1311F", "Codes EAN : 3760123450012 et 3760123450029"]
    out = strip(*body[:2], "Vidéo - Comment lire une étiquette de rappel ?", "02:31", *listed, *body[2:])
    assert kept(out) == [*body[:2], "Vidéo - Comment lire une étiquette de rappel ?", *listed, *body[2:]]


def test_a_related_heading_over_a_video_widget_ends_at_the_body_under_it() -> None:
    # "Watch also" over a video (its title over its duration, both dropped as the video's): the
    # heading named that widget, and the body paragraph under it goes on with the article.
    body = BODIES["de"]
    results = ["Ergebnisse im Überblick", "1. Gruppe Nord 412 Stimmen", "2. Gruppe Süd 388 Stimmen", "3. Gruppe West 120 Stimmen"]
    out = strip(*body[:-1], "Sehen Sie auch", "Die Bauarbeiten im Zeitraffer", "01:52", body[-1], *results)
    assert kept(out) == [*body, *results]


def test_sentences_about_videos_stay() -> None:
    body = BODIES["de"]
    news = [
        "Video zeigt Einsturz der Brücke",  # a headline: no label colon
        "Video: Ein Anwohner filmte, wie das Wasser in die Keller lief, und stellte die Aufnahmen ins Netz.",  # a sentence
        "Das Video des Bürgermeisters wurde tausendfach geteilt, die Stadt kündigte daraufhin eine Stellungnahme an.",
    ]
    out = strip(*body[:2], *news, *body[2:])
    assert kept(out) == [*body[:2], *news, *body[2:]]


def test_a_spec_sheet_line_is_no_video_label() -> None:
    specs = ("Sensor: 24 MP full frame", "Video: 4K/30p with no crop", "Video: https://example.org/clip")
    check("en", [], VIDEO, keep=specs)


def test_the_articles_own_title_may_open_with_video() -> None:
    body = BODIES["pl"]
    title = "Wideo: Nowy tramwaj przejechał pierwszy raz przez most"
    out = strip(title, *body)
    assert kept(out) == [title, *body]


@pytest.mark.parametrize(
    ("lang", "label", "player"),
    [
        ("pl", "Wideo: Nowy tramwaj przejechał pierwszy raz przez most", "01:12"),
        ("tr", "VİDEO | Yeni tramvay hattı ilk kez test edildi", "Videoyu oynat"),  # "İ" folds to "i" and a dot
        ("ja", "【動画】改修前の市民プール、最後の営業日に多くの家族連れ", "動画を再生"),
    ],
)
def test_a_first_line_video_label_over_the_players_own_line_is_the_widget(lang: str, label: str, player: str) -> None:
    # The player's duration or play button under it: the line titles the video, not the article.
    body = BODIES[lang]
    out = strip(label, player, *body)
    assert kept(out) == body and dropped(out) == {label: VIDEO, player: VIDEO}


# -- paywall notes -----------------------------------------------------------------------

SUBSCRIBE = "boilerplate.subscribe_prompt"


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("de", "Dieser Artikel ist exklusiv für Abonnenten."),
        ("de", "Möchten Sie den ganzen Artikel lesen?"),
        ("en", "This story is available exclusively to our subscribers."),
        ("en", "Get unlimited access to all our journalism."),
        ("es", "Este contenido está reservado para suscriptores."),
        ("it", "Questo articolo è riservato agli abbonati."),
        ("nl", "Dit artikel is alleen te lezen voor abonnees."),
        ("pl", "Artykuł dostępny wyłącznie dla prenumeratorów."),
        ("pt", "Este artigo é exclusivo para assinantes."),
        ("fr", "Vous souhaitez lire la suite ?"),
        ("ro", "Articol disponibil numai pentru abonați."),
    ],
)
def test_paywall_notes(lang: str, note: str) -> None:
    check(lang, [note], SUBSCRIBE, at=len(BODIES[lang]))


def test_sentences_about_subscribers_stay() -> None:
    news = [
        "The paper has lost almost a third of its subscribers since 2020, and the article archive is now free to read for everyone.",
        "Subscribers will be able to read the full report on the website from Monday, the publisher said in a statement.",
        "The study is only available to subscribers of the trade journal, which charges 400 euros a year.",
    ]
    check("en", [], SUBSCRIBE, keep=tuple(news))


# -- read-also links behind an emoji ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "link"),
    [
        ("de", "➡️ Lesen Sie auch: Neues Freibad soll 2027 öffnen"),
        ("es", "👉 Lee también: Los parques más frescos de la ciudad"),
        ("fr", "➡️ À lire aussi : Les bibliothèques rouvrent le dimanche"),
        ("pl", "➡️ Czytaj także: Nowe autobusy na ulicach miasta"),
    ],
)
def test_read_also_links_behind_an_emoji(lang: str, link: str) -> None:
    check(lang, [link], "boilerplate.related_block")


# -- bylines -------------------------------------------------------------------------------

BYLINE = "boilerplate.byline"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("en", "By JANE DOE and RICHARD ROE Reuters"),
        ("nl", "Door onze correspondent Els de Vries"),
        ("fr", "Par notre envoyée spéciale Claire Martin"),
        ("de", "Das Gespräch führte Jonas Weber"),
        ("pl", "Rozmawiał Tomasz Zieliński"),
        ("ro", "de Ioana Marinescu"),
        ("de", "Lena Hoffmann, Korrespondentin"),
        ("it", "Giulia Bianchi, inviata"),
        ("pt", "Ana Ferreira, jornalista"),
        ("ar", "كتب: أحمد يوسف"),  # no capitals in Arabic: after the opener, any words are names
        ("ar", "بقلم سارة خليل"),
        # The desk and agencies for a name.
        ("fr", "Par la rédaction, avec agences"),
        ("pt", "Por Redação com agências"),
        ("fr", "Par la rédaction de Guingamp"),  # the desk and its paper's or town's name
        ("fr", "Par la rédaction numérique de Radio Lorient"),  # a word after the desk's
        ("en", "By Gazette reporters"),
        ("es", "Redacción / Agencias"),  # two desks and no opener
        # Names, then the role with no comma between, in a script without capitals.
        ("ko", "스타데일리 김민지 기자"),
        ("ko", "한빛방송 연예팀 정다은 기자"),
        # A role with the paper or region before it or its place after it, after an opener or none.
        ("de", "Lena Hoffmann, „Kieler Nachrichten“ Korrespondentin"),
        ("en", "By JANE ROE, Bulacan correspondent"),
        ("ru", "Автор: Мария Смирнова, корреспондент в Новосибирске"),
        ("pl", "Anna Nowak, dziennikarka Gazety Olsztyńskiej, Olsztyn"),
        # A columnist's line.
        ("fr", "Chronique de Marie-Ève Lacasse"),
        ("de", "Kolumne von Reto Gassmann"),
        ("en", "A column by Harriet Moss"),
    ],
)
def test_bylines(lang: str, byline: str) -> None:
    check(lang, [byline], BYLINE)


@pytest.mark.parametrize(("lang", "label"), [("pl", "Reklama · Oferty partnerów"), ("it", "Pubblicità · Offerte dei partner"), ("es", "Publicidad · Ofertas de socios")])
def test_an_adverts_label_with_its_partner_is_no_footers_legal_line(lang: str, label: str) -> None:
    # "Advertising | Contact | Privacy" is a footer's row of links; the word before a partner's
    # name labels an advert set into the article, and the body under it goes on.
    check(lang, [label], "boilerplate.advertisement")


def test_a_stamps_label_before_an_age_is_a_byline() -> None:
    # "Updated 47 minutes ago" in a language whose lexicon knows the label but no wording of ages.
    body = [
        "Et jordskjelv med styrke 6,4 rystet østkysten av Taiwan natt til torsdag. Flere bygninger i Hualien fikk store skader.",
        "Ifølge brannvesenet ble minst 27 personer lettere skadet, de fleste av glass og gjenstander som falt ned.",
    ]
    stamp = "Oppdatert for 47 minutter siden"
    out = strip(body[0], stamp, body[1])
    assert kept(out) == body and dropped(out) == {stamp: BYLINE}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "De PVV wil het kabinet laten vallen"),
        ("es", "De Madrid a Barcelona en tren"),
        ("ro", "De Andrei Popescu nu se mai știe nimic de o săptămână."),
        ("ro", "De Ziua Națională"),
        ("de", "Lena Hoffmann, Bäckerin"),
        ("de", "Interview: Lena Hoffmann"),  # an interview with her, not by her
        ("ar", "كتب الوزير رسالة إلى المزارعين"),  # "the minister wrote a letter to the farmers": no colon
        ("es", "Por la mañana, con las agencias"),  # a word that names no desk
        ("en", "Information Security Consultant, CIS Benchmarks Contributor, Seattle, WA"),  # a testimonial's signature
        ("fr", "Chronique de la ville ouvrière"),  # a column's title: no names after the opener
    ],
)
def test_lines_that_only_look_like_bylines_stay(lang: str, line: str) -> None:
    check(lang, [], BYLINE, keep=(line,))


# -- captions with credits ---------------------------------------------------------------------

CAPTION = "boilerplate.caption"


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("de", "Die alte Schwimmhalle am Westpark wird ab Juli saniert. Foto: Jana Keller/dpa"),
        ("it", "Un treno regionale fermo alla stazione di Domodossola (Ansa)"),
        ("es", "Vecinos plantan árboles en un parque del barrio de Usera (Efe)"),
    ],
)
def test_captions_ending_with_a_credit(lang: str, caption: str) -> None:
    check(lang, [caption], CAPTION)


def test_acronyms_in_parentheses_are_no_credit() -> None:
    lines = ("Neuer Streit in der Alternative für Deutschland (AfD)", "Die Freien Wähler (FW)", "Proteste in Pittsburgh (PA)")
    check("de", [], CAPTION, keep=lines)


# -- consent buttons, error reports, AI notes -----------------------------------------------------


def test_a_row_of_consent_buttons_past_the_banner() -> None:
    banner = [
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung zu messen.",
        "Sie können Ihre Einwilligung jederzeit in den Einstellungen widerrufen.",
        "Alle akzeptieren",
        "Ablehnen",
        "Mehr erfahren und anpassen",
    ]
    body = BODIES["de"]
    out = strip(*banner, *body)
    assert kept(out) == body
    assert set(dropped(out).values()) == {"boilerplate.cookie_banner"}


def test_a_subhead_under_a_blocked_map_s_notice_and_its_link_stays() -> None:
    # An embedded map blocked by the consent banner: its notice, its "Show map" link (another
    # widget), then the article's subhead, which no banner's button is.
    notice = "To show this map we need your consent to the use of cookies. Change your cookie settings."
    body = BODIES["en"]
    out = strip(*body[:2], notice, "View larger map", "What changes now", *body[2:])
    assert notice in dropped(out) and "What changes now" in kept(out)


def test_sentences_about_cookies_stay() -> None:
    news = ("Die Datenschutzbehörde will prüfen, ob Zeitungen beim Ablehnen von Cookies genauso schnell klicken lassen müssen wie beim Zustimmen.",)
    check("de", [], "boilerplate.cookie_banner", keep=news)


@pytest.mark.parametrize(
    ("lang", "news"),
    [
        ("en", "The regulator said the use of cookies before consent broke the law and fined the retailer two million pounds."),
        ("de", "Die Verwendung von Cookies ohne Einwilligung sei rechtswidrig, urteilte das Gericht am Dienstag in Karlsruhe."),
        ("fr", "La Cnil estime que l'utilisation de cookies publicitaires sans consentement viole le règlement européen."),
        ("es", "El uso de cookies sin permiso le costó a la empresa una multa de dos millones de euros, según la agencia."),
        ("pl", "Urząd uznał, że pliki cookies były instalowane na komputerach klientów, zanim ci wyrazili zgodę."),
        ("ro", "Autoritatea a constatat că magazinul a instalat cookie-uri fără acordul clienților și l-a amendat."),
    ],
)
def test_news_about_cookies_without_a_site_or_we_stays(lang: str, news: str) -> None:
    # A banner names its site or speaks as "we"; "the use of cookies" alone is the news's subject.
    check(lang, [], "boilerplate.cookie_banner", keep=(news,))


@pytest.mark.parametrize(
    ("lang", "prompt"),
    [
        ("de", "Ist Ihnen im Artikel ein Tippfehler aufgefallen? Schreiben Sie uns."),
        ("en", "Spotted a typo? Highlight the text and press Ctrl+Enter."),
        ("pl", "Zaznacz fragment i naciśnij Ctrl+Enter, aby zgłosić błąd."),
        ("fr", "Sélectionnez le texte et appuyez sur Ctrl+Entrée pour nous signaler une faute."),
    ],
)
def test_error_report_prompts(lang: str, prompt: str) -> None:
    check(lang, [prompt], "boilerplate.feedback_prompt", at=len(BODIES[lang]))


def test_french_ai_note_with_a_tool_named() -> None:
    note = "Cet article a été traduit avec l'aide d'un logiciel d'intelligence artificielle et vérifié par un journaliste."
    check("fr", [note], "boilerplate.ai_note", at=len(BODIES["fr"]))


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ru", "Эта статья написана при участии ИИ-ассистента, редакция проверила факты."),
        ("tr", "Bu metnin hazırlanmasında yapay zekâdan yararlanıldı, editörlerimiz metni kontrol etti."),
        ("ja", "本記事はAIを活用して執筆し、担当記者が確認しました。"),
    ],
)
def test_ai_notes_speak_of_the_text_and_of_ai(lang: str, note: str) -> None:
    """The note's own words ("this article", "AI") in one short line, without a lexicon
    phrase for its verb; a body sentence about AI that speaks of no text of its own stays."""
    news = {
        "ru": "Университет открыл новую лабораторию, где студенты будут изучать системы ИИ для медицины.",
        "tr": "Üniversite, yapay zekâ alanında çalışan öğrenciler için yeni bir laboratuvar açtı.",
        "ja": "大学病院は今月から、AIを活用した新しい診断システムを導入した。",
    }[lang]
    check(lang, [note], "boilerplate.ai_note", at=len(BODIES[lang]), keep=(news,))


def test_body_paragraphs_between_two_ad_markers_stay() -> None:
    # A site prints its ad marker between every few paragraphs: what lies between two is the article.
    body = BODIES["de"]
    out = strip(*body[:2], "Anzeige", body[2], body[3], "Anzeige", body[4])
    assert kept(out) == body and set(dropped(out).values()) == {"boilerplate.advertisement"}


def test_a_feedback_prompts_answer_buttons_go_with_it() -> None:
    body = BODIES["de"]
    out = strip(*body[:2], "War dieser Artikel hilfreich?", "Ja", "Nein", *body[2:])
    assert kept(out) == body and set(dropped(out).values()) == {"boilerplate.feedback_prompt"}
    # Under a short call with no question mark too ("Rate this article").
    pl = BODIES["pl"]
    out = strip(*pl[:2], "Oceń ten artykuł", "Przydatny", "Nieprzydatny", *pl[2:])
    assert kept(out) == pl and set(dropped(out).values()) == {"boilerplate.feedback_prompt"}
    # The next box's heading right under the buttons is no button: its teasers go with it.
    related = ["Mehr zum Thema", "Neue Straßenbahn für den Norden der Stadt", "Brücke über den Rhein wird saniert"]
    out = strip(*body, "War dieser Artikel hilfreich?", "Ja", "Nein", *related)
    assert kept(out) == body and {dropped(out)[line] for line in related} == {"boilerplate.related_block"}


def test_body_prose_under_a_subscribe_prompt_at_the_end_stays() -> None:
    # Two body paragraphs under a paywall line: the article going on (a soft paywall's page still
    # holds the text), not the box's small print; at the end, the short line under the prompt is that.
    de = BODIES["de"]
    body = [de[0], " ".join(de[1:3]), " ".join(de[3:])]
    prompt, small_print = "Jetzt abonnieren und weiterlesen.", "Jederzeit kündbar."
    out = strip(body[0], prompt, small_print, *body[1:])
    assert kept(out)[-2:] == body[1:] and dropped(out)[prompt] == SUBSCRIBE
    out = strip(*body, prompt, small_print)
    assert kept(out) == body and dropped(out) == {prompt: SUBSCRIBE, small_print: SUBSCRIBE}
    # One statement between the box and the share bar is the article's closing line.
    closing = "Der Gemeinderat entscheidet im März endgültig über den Bau."
    out = strip(*body, prompt, closing, "Teilen", "Facebook")
    assert kept(out) == [*body, closing]
    # So it is with the tags between it and the share bar.
    out = strip(*body, prompt, closing, "Schlagwörter: Straßenbahn, Stadtrat", "Teilen", "Facebook")
    assert kept(out) == [*body, closing]


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("de", "Jana Krüger | 2.12.2026 09:14 | Aktualisiert 2.12.2026 11:02"),
        ("pl", "Autor: Jan Nowak | Zdjęcia: Anna Kowalska, PAP"),
        ("ar", "أحمد يوسف | 02.12.2026, 08:14"),  # names in a script without capitals
        ("it", "Giulia Conti / ANSA"),
        ("de", "Geschichte von Jana Petersen • 3 Std."),  # a partner story's byline and its age
        ("ru", "История от Кирилла Манина • 4 ч"),
        ("pl", "Artykuł autorstwa Piotr Lis • 5 godz."),
        ("en", "14:32, 11 MAR 2025 · Updated 16:05, 11 MAR 2025"),  # a date stamp and its update, no name
        ("nl", "14 september 2024, 06:00 · Laatst bijgewerkt: 09:42"),
        ("en", "Friday, 2 May 2025, 3:05am · 4 min read"),  # a date and the reading time
        ("ru", "9 сентября 2024, 07:02 · Время чтения: 3 минуты"),  # a labelled reading time
        ("pt", "Sofia Carvalho | 27 de setembro de 2025, 08:00 | 6 min de leitura"),  # a name, the date and the reading time
        ("zh", "2025-11-10 09:32 · 来源：华中经济报"),  # the date and the source, labelled with the full-width colon
        ("zh", "2025-11-16 09:32 来源：川西日报 作者：记者 王磊"),  # parted by spaces alone, each label closed by "："
    ],
)
def test_bylines_printed_in_segments(lang: str, byline: str) -> None:
    check(lang, [byline], "boilerplate.byline")


def test_segments_of_names_or_labels_alone_are_no_byline() -> None:
    # Two teams, a menu, a fixture with its time: no segment names the author beside a date or label.
    lines = ("Bayern München / Borussia Dortmund", "Politik | Wirtschaft | Sport", "Bayern München – Dortmund | Samstag")
    check("de", [], "boilerplate.byline", keep=lines)
    # An age beside a name no byline's label opens is a teaser's source: no byline either.
    check("de", [], "boilerplate.byline", keep=("Jana Petersen • 3 Std.",))
    # Times alone in segments, no update's label among them: a timetable's row.
    check("de", [], "boilerplate.byline", keep=("10:00 · 12:00 · 14:00",))


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("ru", "Пассажиры на платформе новой станции метро. © ТАСС / Иван Петров"),
        ("ru", "Ремонт моста через Волгу (ΦΩΤΟ: EUROKINISSI)"),  # a label in another script: the credit word is known
        ("ru", "רחוב הרצל בשעות הבוקר. צילום: אורי שגיא"),  # names without capitals under a picture label
        ("ja", "記者会見する市長＝2日、大阪市役所（共同）"),
        ("ja", "市民プールの改修工事の現場。新华社记者 黄宗治 摄"),
        ("ja", "首脳会談に臨む両国の首相＝14日、ソウル（ロイター＝共同）"),  # the agency and its distributor
        ("it", "Il nuovo treno ad alta velocità alla stazione di Busan, 3 aprile (Yonhap)"),  # Asian agencies in Latin script
    ],
)
def test_caption_credits_in_other_scripts(lang: str, caption: str) -> None:
    check(lang, [caption], "boilerplate.caption", at=2)


def test_a_place_and_day_over_an_agencys_tag_is_a_dateline_not_a_caption() -> None:
    check("it", [], "boilerplate.caption", keep=("Roma, 4 giugno 2025 (ANSA)", "Napoli 5 giugno (Ansa)"))
    check("it", ["Il sindaco al taglio del nastro, 4 giugno (ANSA)"], "boilerplate.caption", at=2)


def test_in_hebrew_an_asian_agency_closes_a_caption_and_a_bylines_name_may_hold_a_maqaf() -> None:
    body = [
        "עיריית בוסאן פתחה ביום שני את הגשר החדש מעל הנמל, אחרי ארבע שנות עבודה. הגשר מחבר בין שתי שכונות גדולות בעיר.",
        "לפי העירייה, אלפי נהגים ישתמשו בגשר בכל יום. זמן הנסיעה בין השכונות יתקצר בכעשרים דקות בשעות העומס.",
        "תושבי האזור אמרו שהם מחכים לגשר כבר שנים רבות. חלקם התלוננו על הרעש מהעבודות, אבל רובם מרוצים מהתוצאה.",
        "העירייה מתכננת לבנות גשר נוסף בצפון העיר בשנים הקרובות. התוכנית תוצג לציבור בחודש הבא באולם העירייה.",
    ]
    caption = "ראש העירייה בטקס פתיחת הגשר החדש בבוסאן (יונהאפ)"
    out = strip(body[0], caption, *body[1:])
    assert kept(out) == body
    assert dropped(out) == {caption: "boilerplate.caption"}
    # A Hebrew byline whose name joins its parts with a maqaf ("בן־דוד"), under the headline.
    headline = "גשר חדש נפתח בנמל בוסאן"
    out = strip(headline, "מאת נועה בן־דוד", *body)
    assert kept(out) == [headline, *body]


@pytest.mark.parametrize(
    "caption",
    [
        "ਲੁਧਿਆਣਾ ਦੀ ਸਬਜ਼ੀ ਮੰਡੀ ਵਿੱਚ ਖ਼ਰੀਦਦਾਰੀ ਕਰਦੇ ਲੋਕ। -ਫੋਟੋ: ਹਰਪ੍ਰੀਤ ਕੌਰ",  # after a danda and a dash
        "கோவை ரயில் நிலையத்தில் காத்திருக்கும் பயணிகள். படம்: க. ராஜேஷ்",  # an initial in the name
        "काठमाडौंको रत्नपार्कमा बस कुर्दै यात्रु । तस्बिर : सुमन श्रेष्ठ",  # a spaced danda and colon
        "لاہور میں بارش کے بعد سڑک پر کھڑا پانی — فوٹو: فائل",  # after a dash, no sentence's end
        "Wakulima wakivuna chai katika shamba la Kericho. Picha na Maktaba",  # "by" after the word
        "Mga motorista sa EDSA ngayong umaga. Kuha ni Liza Santos",
        "Nxënësit në oborrin e shkollës në Durrës. Foto | Arben Çela",
        "چهارراه ولیعصر تهران در ساعات اوج ترافیک، عکس از مریم احمدی",  # after a comma, "by" after the word
        "চট্টগ্রাম বন্দরে কনটেইনার ওঠানামার দৃশ্য। ফাইল ছবি",  # the word last: "file picture"
        "ರೈಲು ನಿಲ್ದಾಣದಲ್ಲಿ ಪ್ರಯಾಣಿಕರ ದಟ್ಟಣೆ –ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ",  # the paper's picture
        "รถติดบนถนนสุขุมวิทช่วงเย็นวันศุกร์ ภาพ: สมชาย ใจดี",  # Thai: a label with no sentence's end before it
    ],
)
def test_picture_words_in_more_scripts_end_captions(caption: str) -> None:
    check("ru", [caption], "boilerplate.caption", at=2)


@pytest.mark.parametrize(
    "caption",
    [
        "Les halles accueillent le marché du jeudi. | Photo Le Courrier d'Armor – Yann Kerhervé",  # a picture word, no colon
        "La rivière est sortie de son lit mardi. | Photo : Marc Lefèvre / La Vigie du Bocage",  # a slash inside the credit
        "El carrer de la Força, un dels vials afectats. | Aniol Resclosa",  # the photographer's bare name after a bar
        "Prace przy torowisku trwają od października. Fot. Piotr Majewski / Kurier Warmiński",  # the paper after a slash
        "نمایی از آسمان آلوده تهران از بام یک ساختمان. عکاس: مهدی رضایی",  # "photographer:"
        "一艘货轮在西澳大利亚州一处港口装载矿石。图片来源：路透社",  # "picture source:"
        "衛生局人員在東區住宅巷弄進行緊急噴藥。（記者林怡君攝，114年9月14日）",  # the photographer and the day in brackets
        "大雨で冠水した国道の交差点（県警提供）",  # Japanese: who gave the picture, in brackets
        "夜明け前の港に戻る漁船（2024年3月、本社写真部撮影）",  # the day and who took it
        "村民在齐腰深的洪水中转移物资。（镇政府供图）",  # Chinese: "picture given by"
        "駅前の広場で開かれた朝市に並ぶ買い物客＝5日午前、金沢市",  # Japanese: the day and the place, no credit
        "관람객들이 그네뛰기 행사를 지켜보고 있다. /사진=강릉시 제공",  # Korean: "picture=" and its source
        "시 관계자가 변경 노선을 안내하고 있다. 대구시 제공",  # Korean: the source and "courtesy of"
        "Огнеборцы на месте пожара в посёлке Ключи. Фото: пресс-служба управления МЧС по Камчатскому краю",  # a press office
        "Naujasis tiltas per Danės upę Klaipėdoje. Jono Petraičio nuotr.",  # the name, then the abbreviated word
        "Potvynis Nemuno deltoje 2024 m. kovą. Priešgaisrinės gelbėjimo tarnybos nuotr.",  # an office, its later words in lower case
    ],
)
def test_local_credit_styles_end_captions(caption: str) -> None:
    check("ru", [caption], "boilerplate.caption", at=2)


def test_a_sentence_ending_in_a_picture_word_in_lower_case_is_no_caption() -> None:
    check("ru", [], "boilerplate.caption", keep=("Это было видно на фото.", "Журналисты сделали фото. Рядом стоял Иван с фото."))


def test_a_sentence_ending_in_the_verb_provide_is_no_caption() -> None:
    # "제공" closes a Korean sentence as a verb too ("… provides free meals"): a credit follows a sentence's end.
    check("ru", [], "boilerplate.caption", keep=("정부는 다음 달부터 초등학생에게 무료 급식을 제공",))


def test_a_title_before_its_site_name_is_no_caption() -> None:
    # After a bar, a name needs a caption's full stop before it: a page's title ends with "?" or none.
    titles = ("Can You Sue Social Security to Receive Your Benefits? | Raleigh Disability Attorney",
              "Budget vote in the council | Northern Echo")
    check("en", [], "boilerplate.caption", keep=titles)


def test_a_last_sentence_opening_with_a_picture_word_is_no_credit() -> None:
    news = (
        "Учёные показали снимки коллегам на конференции. Фото сделали в июле",
        "अधिकारियों ने नुकसान का जायजा लिया। तस्वीर साफ नहीं है।",
    )
    check("ru", [], "boilerplate.caption", keep=news)


def test_sentences_ending_in_a_name_or_brackets_are_no_caption() -> None:
    news = (
        "Мэр заявил, что ремонт закончится в срок, и поблагодарил строителей. Об этом сообщает Иван Петров",
        "市長は記者会見で、改修工事は予定通り来年の夏に完了すると述べた（大阪市）。",
    )
    check("ru", [], "boilerplate.caption", keep=news[:1])
    check("ja", [], "boilerplate.caption", keep=news[1:])


def test_a_consent_banner_in_a_language_without_lexicon_over_its_buttons() -> None:
    # Slovak: no cue knows the words; the loanword "cookies", a sentence at the top, two buttons under it.
    banner = "Táto stránka používa súbory cookies na zlepšenie vášho zážitku a na zobrazovanie personalizovanej reklamy."
    body = BODIES["de"]
    out = strip(banner, "Prijať všetko", "Odmietnuť", *body)
    assert kept(out) == body and set(dropped(out).values()) == {"boilerplate.cookie_banner"}
    # A news paragraph on cookies in the body, over a short subhead, stays.
    news = "Die Verbraucherzentrale kritisiert, dass viele Seiten Cookies setzen, bevor die Leser zugestimmt haben."
    out = strip(*body[:2], news, "Was sich ändert", "Ab Mai", *body[2:])
    assert kept(out) == [*body[:2], news, "Was sich ändert", "Ab Mai", *body[2:]]


@pytest.mark.parametrize(
    ("lang", "line", "reason"),
    [
        ("pl", "Wizualizacja nowego przystanku przy dworcu. Foto: archiwum urzędu miasta", "boilerplate.caption"),  # words of any case after a picture label
        ("ru", "Мост через Волгу после ремонта. Снимка: Спортна редакция", "boilerplate.caption"),
        ("de", "Jana Krüger, dpa", "boilerplate.byline"),  # a name and its agency
        ("ja", "執筆：経済部　田中美穂", "boilerplate.byline"),  # a byline in characters: the length limit counts them
        ("ja", "関連記事：市民プールの改修工事、来年夏に完了へ", "boilerplate.related_block"),  # a full-width colon after the cue
        ("it", "Hai notato un refuso? Seleziona il testo e premi Ctrl+Invio.", "boilerplate.feedback_prompt"),
    ],
)
def test_furniture_in_its_usual_forms(lang: str, line: str, reason: str) -> None:
    check(lang, [line], reason, at=len(BODIES[lang]) if reason == "boilerplate.feedback_prompt" else 2)


@pytest.mark.parametrize(
    ("lang", "line", "reason"),
    [
        ("pl", "Tramwaj na moście Poniatowskiego / Jan Kowalski nuotr.", "boilerplate.caption"),  # a credit after the caption's slash
        ("pl", "Nowy przystanek przy dworcu / fot. archiwum", "boilerplate.caption"),
        ("pl", "VIDEO Zobacz, jak wygląda nowy tramwaj", "boilerplate.video_widget"),  # the label in capitals, no colon
        ("ja", "【あわせて読みたい】市民プールの改修工事、来年夏に完了へ　担当者に聞いた注意点", "boilerplate.related_block"),
    ],
)
def test_furniture_by_its_shape(lang: str, line: str, reason: str) -> None:
    check(lang, [line], reason, at=2)


def test_a_slash_or_capitals_in_body_text_are_no_furniture() -> None:
    news = (
        "Bilety kosztują 4,40 zł / 3,20 zł ulgowy, a sprzedaż ruszy w poniedziałek w kasach przy dworcu.",
        "VIDEO to nazwa nowego festiwalu filmowego, który w przyszłym roku odbędzie się w Krakowie.",
    )
    check("pl", [], "boilerplate.caption", keep=news)


ALBANIAN = [
    "Qeveria miratoi të mërkurën projektbuxhetin e vitit të ardhshëm, i cili parashikon rritje të shpenzimeve për arsimin dhe shëndetësinë në të gjitha qarqet.",
    "Ministri i Financave tha në një konferencë për shtyp se pagat e mësuesve do të rriten me dhjetë për qind nga muaji mars, ndërsa investimet për rrugët mbeten të njëjta.",
    "Opozita e kritikoi dokumentin dhe kërkoi më shumë fonde për fermerët në veri të vendit. Deputetët e saj thanë se borxhi publik po rritet më shpejt se ekonomia.",
    "Sipas analistëve, të ardhurat nga tatimet pritet të rriten falë turizmit, por rreziku i inflacionit mbetet i lartë për familjet me të ardhura të ulëta.",
    "Seanca plenare do të vazhdojë të enjten në parlament, kur pritet votimi përfundimtar i buxhetit. Kryetarja e kuvendit e caktoi votimin për orën dhjetë.",
]


def test_a_language_without_a_stopword_list_is_matched_against_every_lexicon() -> None:
    """Albanian has no stopword list: a few of its words are Lithuanian stopwords, and
    Lithuanian's cues alone know no "Lexo edhe:". A vote whose stopwords cover too few of
    the words names no language; every language's cues apply, and no paragraph counts as
    written in another language."""
    related = ["Lexo edhe:", "Çmimi i karburantit bie për të dytën javë radhazi në të gjithë vendin"]
    out = strip(*ALBANIAN[:3], *related, *ALBANIAN[3:])
    assert dropped(out) == dict.fromkeys(related, "boilerplate.related_block")
    assert kept(out) == ALBANIAN


def test_a_stopword_vote_names_a_language_only_where_its_stopwords_cover_the_text() -> None:
    lines = make_lines(list(enumerate(ALBANIAN)))
    winner, votes = vote_totals(lines).most_common(1)[0]
    assert winner != "sq" and written_in(lines, winner, votes) is None
    for lang in ("de", "nl", "pl"):
        lines = make_lines(list(enumerate(BODIES[lang])))
        assert written_in(lines, *vote_totals(lines).most_common(1)[0]) == lang


@pytest.mark.parametrize(
    "byline",
    ["Anna Keller, Winterthur", "Tomasz Nowak | Gazeta Lokalna", "Ni Ana Reyes – Lungsod Quezon", "Von Jan Berger, Graz", "Kadri Tamm, majandustoimetaja"],
)
def test_a_name_and_a_place_under_the_headline_is_a_byline(byline: str) -> None:
    headline = "Gemeinderat beschließt Sanierung des Hallenbads"
    out = strip(headline, byline, *BODIES["de"])
    assert kept(out) == [headline, *BODIES["de"]] and dropped(out) == {byline: "boilerplate.byline"}


def test_a_name_and_a_place_in_a_script_without_capitals() -> None:
    headline = "ارتفاع أسعار الخبز في العاصمة"
    out = strip(headline, "أحمد سالم | عمّان", *BODIES["ar"])
    assert kept(out) == [headline, *BODIES["ar"]]


def test_lines_shaped_like_a_name_and_a_place_elsewhere_stay() -> None:
    # A result line in the body, a comma in the headline itself, a long caseless dek, a part number.
    body = BODIES["de"]
    for head in (["Bayern München, Borussia Dortmund"], ["Trainer Kovač, Kapitän Müller", "Process Knowledge Management, Part IV"]):
        out = strip(*head, *body[:3], "Bayern München, Borussia Dortmund", *body[3:])
        assert kept(out) == [*head, *body[:3], "Bayern München, Borussia Dortmund", *body[3:]]
    # A dateline on its own line under the headline: the place in capitals, then its country.
    out = strip("Gemeinderat beschließt Sanierung des Hallenbads", "BAD ISCHL, Österreich", *body)
    assert kept(out) == ["Gemeinderat beschließt Sanierung des Hallenbads", "BAD ISCHL, Österreich", *body]
    dek = "ارتفاع أسعار الخبز والحليب في العاصمة، والحكومة تعد بالدعم"
    out = strip("ارتفاع أسعار الخبز", dek, *BODIES["ar"])
    assert kept(out) == ["ارتفاع أسعار الخبز", dek, *BODIES["ar"]]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "Om deze video te bekijken moet je JavaScript inschakelen"),
        ("en", "Sorry, this video cannot be played in your browser right now"),
    ],
)
def test_a_video_players_message_of_up_to_twelve_words_is_matched_whole(lang: str, line: str) -> None:
    # Whole-line cues are tried on lines of up to twelve words: players explain themselves at length.
    check(lang, [line], VIDEO, at=2)


AFRIKAANS = [
    "Die munisipaliteit het Dinsdag gesê dat 'n nuwe waterpyplyn teen die einde van volgende jaar klaar sal wees.",
    "Volgens die burgemeester sal die projek baie geld kos, en die provinsie sal die grootste deel daarvan betaal.",
    "Inwoners van die noordelike woonbuurte kla al jare lank oor onderbrekings, want elke somer sit die huise sonder water.",
    "Die werk begin in Maart en sal in fases gedoen word sodat die strate nie almal gelyk gesluit hoef te word nie.",
]


def test_an_article_whose_stopwords_are_a_close_call_gets_its_own_languages_cues() -> None:
    # Afrikaans gives Dutch more stopword votes than its own short list: langdetect decides.
    prompt = "Teken in op ons weeklikse nuusbrief oor plaaslike sake"
    out = strip(*AFRIKAANS, prompt)
    assert kept(out) == AFRIKAANS
    assert dropped(out) == {prompt: "boilerplate.subscribe_prompt"}
