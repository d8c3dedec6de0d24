"""Pictures and their notes on aggregator pages, and the lines that only look like them.

An aggregator that machine-translates news prints each picture with a description (often left
in English) and a label that AI made it, sometimes prints the headline above and below the
picture, and closes with a feedback prompt. News about AI-made pictures is not such a label.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean import default_pipeline
from newsclean.boilerplate import StripBoilerplate
from test_boilerplate_families import BODIES

SPANISH = [
    "El ayuntamiento aprobó el martes la ampliación de la línea de tranvía hasta el nuevo barrio del norte, tras dos años de debate.",
    "La obra añadirá seis paradas y costará unos 80 millones de euros, que pagará en su mayor parte el gobierno regional.",
    "Los vecinos del barrio esperan desde hace una década una conexión rápida con el centro de la ciudad y sus hospitales.",
    "Las obras empezarán la próxima primavera y durarán unos dos años, según informó la empresa municipal de transportes.",
]


def cleaned(*paragraphs: str):
    [[out]] = list(default_pipeline().run([[make_article(*paragraphs)]]))
    return out


# -- the picture's description -------------------------------------------------------------


def test_the_line_above_a_pictures_ai_label_describes_the_picture() -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    described = "Un tranvía moderno cruzando un puente sobre el río al atardecer, con la ciudad al fondo"
    out = cleaned(headline, described, "Imagen generada por IA", *SPANISH)
    assert kept(out) == [headline, *SPANISH]
    assert dropped(out)[described] == "boilerplate.caption"


def test_a_standfirst_with_a_figure_under_a_described_picture_stays() -> None:
    # The picture is described above its label: the line below with a figure is the news' own.
    headline = "El tranvía llegará al barrio del norte en 2027"
    described = "Un tranvía moderno cruzando un puente sobre el río al atardecer, con la ciudad al fondo"
    standfirst = "Seis paradas nuevas por 80 millones de euros"
    out = cleaned(headline, described, "Imagen generada por IA", standfirst, *SPANISH)
    assert kept(out) == [headline, standfirst, *SPANISH]
    # Without a figure the line below may describe the picture again: it goes.
    again = "Un tranvía rojo frente a la estación central bajo la lluvia"
    out = cleaned(headline, described, "Imagen generada por IA", again, *SPANISH)
    assert kept(out) == [headline, *SPANISH]


def test_a_related_block_opening_the_page_ends_at_the_headline_over_its_labelled_picture() -> None:
    # The block's teasers, then the article's headline over its picture's AI label and the body:
    # the headline is neither a teaser nor the picture's description.
    teasers = ["El metro de la capital amplía su horario nocturno", "Nuevos autobuses eléctricos para la periferia"]
    headline = "El tranvía llegará al barrio del norte en 2027 tras dos años de debate"
    out = cleaned("Noticias relacionadas", *teasers, headline, "Imagen generada por IA", *SPANISH)
    assert kept(out) == [headline, *SPANISH]
    # Teasers each over its own picture's label are the block's: the next picture's label follows.
    out = cleaned("Noticias relacionadas", teasers[0], "Imagen generada por IA", teasers[1], "Imagen generada por IA", headline, *SPANISH)
    assert teasers[0] not in kept(out)


def test_a_teaser_over_its_labelled_picture_in_a_related_block_is_the_blocks() -> None:
    # In the block after a related heading a teaser's title stands over its picture's AI label:
    # the title is the block's teaser, not a description of the article's picture.
    teasers = ["El metro de la capital amplía su horario nocturno", "Nuevos autobuses eléctricos para la periferia"]
    headline = "El tranvía llegará al barrio del norte en 2027"
    out = cleaned(headline, *SPANISH, "Noticias relacionadas", teasers[0], "Imagen generada por IA", teasers[1])
    assert kept(out) == [headline, *SPANISH]
    assert dropped(out)[teasers[0]] == dropped(out)[teasers[1]] == "boilerplate.related_block"


def test_a_headline_between_two_pictures_labels_and_a_sentence_above_one_stay() -> None:
    # The headline sits under one picture's label and over the next: no description. A body
    # paragraph above a label ends like a sentence: the picture had no description.
    headline = "El tranvía llegará al barrio del norte en 2027"
    out = cleaned("Imagen generada por IA", headline, "Imagen generada por IA", *SPANISH[:2], "Imagen generada por IA", *SPANISH[2:])
    assert kept(out) == [headline, *SPANISH]


def test_the_headline_printed_above_and_below_its_picture_is_kept_once() -> None:
    headline = "Tram line to reach the northern district by 2027"
    described = "A modern tram crossing a bridge over a river at sunset, the city skyline behind it"
    out = cleaned(headline, described, "Image generated by AI", headline, *TRAM_ARTICLE[:6])
    assert kept(out) == [headline, *TRAM_ARTICLE[:6]]
    assert [p.dropped for p in out.paragraphs[1:4]] == ["boilerplate.caption", "boilerplate.ai_note", "repeat.paragraph"]


def test_under_a_video_widget_the_headline_on_both_sides_of_a_label_is_no_description() -> None:
    # A video widget's titles open the page, so the first title is no headline; the headline
    # printed above and below the picture's label is the article's, and its first copy stays.
    video = ["Recommended videos", "Harbour ferries return after the storm", "2:41", "Play"]
    headline = "Tram line to reach the northern district by 2027"
    out = cleaned(*video, headline, "Image generated by AI", headline, *TRAM_ARTICLE[:6])
    assert kept(out) == [headline, *TRAM_ARTICLE[:6]]
    assert out.paragraphs[len(video) + 2].dropped == "repeat.paragraph"


def test_the_articles_stamp_above_a_pictures_ai_label_is_no_description() -> None:
    # The desk, "machine translation" and the article's age over the picture: a stamp, whatever
    # its length; it goes (as page metadata), the headline above it stays.
    headline = "Tram line to reach the northern district by 2027"
    stamp = "Asia desk · machine translation · 7 hours ago"
    out = cleaned(headline, stamp, "Image generated by AI", "A modern tram crossing a bridge over a river at sunset", *TRAM_ARTICLE[:6])
    assert kept(out) == [headline, *TRAM_ARTICLE[:6]]
    assert dropped(out)[stamp] != "boilerplate.caption"


# -- AI labels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("Rapporté par IA", ["Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers le nouveau quartier du nord, après deux ans de débat.",
                             "Les travaux commenceront au printemps prochain et dureront environ deux ans, a indiqué la régie des transports dans un communiqué."]),
        ("Zrelacjonowane przez AI", ["Rada miasta zgodziła się we wtorek na przedłużenie linii tramwajowej do nowego osiedla na północy, po dwóch latach sporów.",
                                     "Budowa ma ruszyć wiosną przyszłego roku i potrwać około dwóch lat, poinformował w komunikacie zarząd transportu miejskiego."]),
        ("Rapporterad av AI", ["Kommunfullmäktige beslutade på tisdagen att förlänga spårvägen till det nya bostadsområdet i norr, efter två års debatt.",
                               "Bygget ska börja nästa vår och ta ungefär två år, meddelade trafikbolaget i ett pressmeddelande på onsdagen."]),
        ("AIによって生成された画像", ["市議会は火曜日、路面電車の路線を北部の新しい住宅地まで延伸する計画を承認した。二年間にわたる議論の末の決定だった。",
                                  "工事は来年の春に始まり、完成までにおよそ二年かかる見通しだと、市の交通局が発表した。総事業費は約八十億円に上る。"]),
        ("AI가 생성한 이미지", ["시의회는 화요일 북부 신도시까지 트램 노선을 연장하는 계획을 승인했다. 2년에 걸친 논의 끝에 내려진 결정이다.",
                             "공사는 내년 봄에 시작해 약 2년이 걸릴 예정이라고 시 교통공사가 밝혔다. 총사업비는 약 8천억 원에 이른다."]),
        ("由人工智能生成的图片", ["市议会周二批准将有轨电车线路延伸至北部新住宅区的计划。这一决定是在两年的讨论之后作出的。",
                               "工程将于明年春天开工，预计耗时约两年，市交通局在一份声明中表示。项目总投资约为八十亿元。"]),
    ],
)
def test_ai_labels_in_other_languages(label: str, body: list[str]) -> None:
    out = StripBoilerplate().apply(make_article(body[0], label, body[1]))
    assert dropped(out) == {label: "boilerplate.ai_note"}


@pytest.mark.parametrize(
    ("label", "body"),
    [
        # Labels that open with the picture they label and run past four more words, with no final stop,
        # or end their cue with a comma.
        ("Изображението е генерирано с изкуствен интелект и има само илюстративен характер",
         ["Общинският съвет одобри във вторник удължаването на трамвайната линия до новия квартал на север след две години спорове.",
          "Строителството ще започне следващата пролет и ще продължи около две години, съобщиха от градската транспортна компания."]),
        ("Сликата е создадена со вештачка интелигенција и е само илустрација",
         ["Градскиот совет во вторник го одобри продолжувањето на трамвајската линија до новата населба на север по две години расправии.",
          "Градежните работи ќе почнат следната пролет и ќе траат околу две години, соопшти градското транспортно претпријатие."]),
        ("Fotografía de carácter meramente ilustrativo generada por IA", SPANISH[:2]),
        # A label's end may be a comma and a few words more.
        ("AI-generated image, not a real photograph", TRAM_ARTICLE[:2]),
    ],
)
def test_ai_labels_that_run_past_their_cue(label: str, body: list[str]) -> None:
    out = StripBoilerplate().apply(make_article(body[0], label, body[1]))
    assert dropped(out) == {label: "boilerplate.ai_note"}
    # A news sentence about such a picture ends with its stop: it stays.
    news = "La fotografía generada por IA que mostraba al alcalde en el tranvía se difundió el lunes en las redes."
    out = StripBoilerplate().apply(make_article(SPANISH[0], news, SPANISH[1]))
    assert not dropped(out)


WELSH = [
    "Mae mwy na phedair mil o bobl wedi gorfod gadael eu cartrefi ar ynys Java ar ôl i losgfynydd ffrwydro nos Sul. Cododd cwmwl o ludw tua phum cilomedr i'r awyr.",
    "Mae asiantaeth drychinebau Indonesia wedi codi'r lefel rybudd i'r uchaf posibl. Does dim adroddiadau bod unrhyw un wedi marw hyd yma, ond mae sawl person yn yr ysbyty.",
]
MARATHI = [
    "युरोपीय महासंघाने चीनमधून आयात होणाऱ्या इलेक्ट्रिक मोटारींवरील कर आणखी वाढवण्याचा निर्णय घेतला आहे. चिनी सरकारकडून कंपन्यांना मिळणाऱ्या अनुदानामुळे नुकसान होत असल्याचा आरोप आहे.",
    "या निर्णयावर चीनच्या वाणिज्य मंत्रालयाने तीव्र नाराजी व्यक्त केली. युरोपमधून येणाऱ्या पदार्थांवर प्रत्युत्तरादाखल कर लावण्याचा विचार सुरू असल्याचे प्रवक्त्यांनी सांगितले.",
]


@pytest.mark.parametrize(
    ("label", "body"),
    [
        # No wording of the lexicon's, but a picture and AI in a short label: it opens with the
        # picture, or a part of it of a few words names both (after a dash, in brackets).
        ("Llun darluniadol yw hwn, wedi'i gynhyrchu gydag AI", WELSH),
        ("Gweithwyr yn gorffwys ar safle adeiladu — llun AI", WELSH),
        ("(Imagen creada con inteligencia artificial, solo con fines ilustrativos)", SPANISH[:2]),
        ("बंदरावर निर्यातीसाठी उभ्या असलेल्या मोटारी (एआयने तयार केलेले प्रातिनिधिक चित्र)", MARATHI),
        # One short sentence that opens with the picture, after an article.
        ("La imagen fue creada por IA y es solo ilustrativa.", SPANISH[:2]),
        # Or with a demonstrative and its verb: function words only before the AI or the picture.
        ("Esta es una imagen ilustrativa generada por IA.", SPANISH[:2]),
        ("Mae hwn yn llun a grëwyd gan AI.", WELSH),
        # Or with AI and the picture, or after a label's "Note:"; or in parts split by a dash.
        ("AI-generated image. For illustration only.", TRAM_ARTICLE[:2]),
        ("Notă: ilustrația a fost creată de AI și nu reprezintă un eveniment real.", BODIES["ro"][:2]),
        ("Ενδεικτική εικόνα – δημιουργία AI", TRAM_ARTICLE[:2]),
        ("AI-genereret billede. Kun til illustration", TRAM_ARTICLE[:2]),  # AI and the picture in its first phrase
    ],
)
def test_a_short_label_naming_a_picture_and_ai_is_an_ai_note(label: str, body: list[str]) -> None:
    out = StripBoilerplate().apply(make_article(body[0], label, body[1]))
    assert dropped(out) == {label: "boilerplate.ai_note"}


@pytest.mark.parametrize(
    "headline",
    [
        "Fake photos made with AI flood social media before the vote",
        "Meta will label AI images on Facebook and Instagram",
        "Regulator – AI images must carry a label from 2026",
        "Why this AI picture fooled half the internet",  # a word of its own before the picture
        "এআই-তৈরি ছবিতে লেবেল লাগানো বাধ্যতামূলক করল নতুন আইন",  # AI and pictures first, and a headline's length
        "ಎಐ ಚಿತ್ರ ಜನರೇಟರ್‌ಗಳ ವಿರುದ್ಧ ಕಲಾವಿದರ ಪ್ರತಿಭಟನೆ",
    ],
)
def test_a_headline_on_ai_pictures_is_no_label(headline: str) -> None:
    out = StripBoilerplate().apply(make_article(headline, *TRAM_ARTICLE[:4]))
    assert headline in kept(out)


def test_news_about_ai_made_pictures_is_no_ai_note_but_a_labelled_sentence_is() -> None:
    # The AI cue stands late in a long line: the news names its subject first.
    news = [
        "Singapur crea un grupo de trabajo para verificar vídeos falsos generados por IA antes de las elecciones",
        "Los verificadores dicen que los sistemas automáticos cometen muchos errores y que parte de las fotos virales fueron creadas con inteligencia artificial por usuarios anónimos.",
    ]
    note = "Este artículo fue redactado con la ayuda de herramientas de inteligencia artificial y revisado por la redacción."
    out = StripBoilerplate().apply(make_article(*news, *SPANISH, note))
    assert kept(out) == [*news, *SPANISH]
    assert dropped(out) == {note: "boilerplate.ai_note"}


def test_the_headline_over_a_picture_label_under_a_breadcrumb_and_over_a_text_note_stays() -> None:
    # The headline is the first title under the breadcrumb, whatever label follows it; over a
    # note on the text ("Written by AI") no picture is described.
    headline = "Lo tranvía llegará al barrio del norte en 2027 según el ayuntamiento"
    out = cleaned("Inicio › Noticias › Ciudad", headline, "Imagen generada por IA", *SPANISH)
    assert headline in kept(out)
    description = "Un tranvía moderno cruzando un puente sobre el río al atardecer, con la ciudad al fondo"
    out = cleaned("Imagen generada por IA", description, headline, "Texto redactado por IA", *SPANISH)
    assert headline in kept(out)


def test_a_label_quoted_in_a_news_sentence_is_no_ai_note() -> None:
    quoted = "Under the draft, the label must read “This content was made with AI” and sit above every post."
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], quoted, *TRAM_ARTICLE[3:6]))
    assert quoted in kept(out)


def test_a_subhead_over_its_list_under_a_video_heading_stays() -> None:
    points = ["Main points of the decision", "- Fine: 4.2 billion won", "- Deadline to remove the adverts: 24 hours"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *points, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *points, *TRAM_ARTICLE[3:6]]


def test_a_chinese_related_block_ends_where_paragraphs_of_several_sentences_go_on() -> None:
    # Chinese writes no space after "。": a paragraph's inner sentence end is found all the same.
    body = [
        "市议会周二批准将有轨电车线路延伸至北部新住宅区的计划。这一决定是在两年的讨论之后作出的。反对者认为，这笔钱更应该用于公交车。",
        "工程将于明年春天开工，预计耗时约两年。市交通局在一份声明中表示，项目总投资约为八十亿元，大部分由省政府承担。",
        "北部新区的居民十年来一直等待一条通往市中心的快速线路。市政府去年的调查显示，大多数居民目前开车上班。",
        "市政府将于一月份在新区举办说明会。居民届时可以查看各站点的设计图，并向工程师提出问题。",
        "自行车爱好者要求在轨道旁修建一条受保护的车道。目前的方案尚未包括这一点，市政府表示将进行研究。",
        "票价不会改变，交通局表示。新车站将与市中心属于同一票价区，老年人仍可免费乘车。",
    ]
    related = ["相关报道", "地铁夜间运营时间将延长一小时", "新建自行车道在河畔开通"]
    subhead = "票价保持不变"
    out = StripBoilerplate().apply(make_article(*body[:4], *related, body[4], subhead, body[5]))
    assert kept(out) == [*body[:5], subhead, body[5]]


# -- the description under its label, and the headlines it must not take --------------------

HEADLINE = "El tranvía llegará al barrio del norte en 2027"
DESCRIBED = "Un tranvía moderno cruzando un puente sobre el río al atardecer"
LABEL = "Imagen generada por IA"


def test_at_the_top_the_line_below_a_pictures_ai_label_describes_the_picture() -> None:
    headline = HEADLINE
    described = DESCRIBED
    out = cleaned(headline, LABEL, described, *SPANISH)
    assert kept(out) == [headline, *SPANISH]
    assert dropped(out)[described] == "boilerplate.caption"


@pytest.mark.parametrize(
    "described",
    ["La imagen muestra un tranvía moderno cruzando un puente sobre el río al atardecer.", "En la ilustración, un tranvía cruza el río al atardecer."],
)
def test_at_the_top_a_sentence_opening_with_the_picture_below_its_ai_label_describes_it(described: str) -> None:
    out = cleaned(HEADLINE, LABEL, described, *SPANISH)
    assert kept(out) == [HEADLINE, *SPANISH]
    assert dropped(out)[described] == "boilerplate.caption"


def test_at_the_top_a_standfirst_sentence_below_a_pictures_ai_label_stays() -> None:
    standfirst = "El tranvía llegará al barrio del norte en 2027, con seis paradas nuevas y un coste de 80 millones."
    out = cleaned(HEADLINE, LABEL, standfirst, *SPANISH)
    assert kept(out) == [HEADLINE, standfirst, *SPANISH]


def test_inside_the_body_the_line_below_a_pictures_ai_label_is_a_subhead() -> None:
    headline = HEADLINE
    subhead = "Seis paradas nuevas entre el centro y el norte"
    out = cleaned(headline, *SPANISH[:2], LABEL, subhead, *SPANISH[2:])
    assert kept(out) == [headline, *SPANISH[:2], subhead, *SPANISH[2:]]


def test_between_a_pictures_label_and_a_note_on_the_text_no_title_is_taken_for_a_description() -> None:
    # Headline, picture label, title, text note: the title under the label may be the picture's
    # description or the headline over its note; the page does not tell, so both stay.
    first = "El tranvía llegará al barrio del norte en 2027"
    second = "Un tranvía moderno cruza un puente sobre el río al atardecer"
    out = cleaned(first, LABEL, second, "Texto redactado por IA", *SPANISH)
    assert kept(out) == [first, second, *SPANISH]


def test_a_video_heading_over_the_headline_lists_no_titles() -> None:
    # The page opens with the player's heading; the headline under it stands over its picture's label.
    headline = HEADLINE
    described = DESCRIBED
    out = cleaned("Vídeos recomendados", headline, LABEL, described, *SPANISH)
    assert kept(out) == [headline, *SPANISH]


def test_a_video_heading_lists_no_headline_over_its_date_or_age() -> None:
    # The player at the page's top: its heading, a title and its duration, then the article's
    # headline over its section and age (or its date), then the body.
    for stamp in ("Mundo | hace 6 horas", "Mundo · 16 de marzo de 2025"):
        out = cleaned("Vídeos para ti", "Nuevas líneas de tranvía en Europa · 2:31", "▶ Reproducir", HEADLINE, stamp, *SPANISH)
        assert HEADLINE in kept(out) and "Nuevas líneas de tranvía en Europa · 2:31" in dropped(out), stamp


def test_a_video_heading_lists_no_headline_over_a_desks_name_and_its_byline() -> None:
    # "En directo", then the headline over the desk's name and its dated byline: the byline
    # stands a line lower, under the desk's name.
    out = cleaned("En directo", HEADLINE, "Redacción", "Publicado: 16 de marzo de 2025 08:40", *SPANISH)
    assert HEADLINE in kept(out)


def test_the_subhead_under_a_headline_printed_again_below_its_picture_stays() -> None:
    headline = HEADLINE
    described = "Un tranvía moderno cruzando un puente sobre el río al atardecer, con la ciudad al fondo"
    subhead = "Seis paradas nuevas"
    out = cleaned(headline, described, LABEL, headline, subhead, *SPANISH)
    assert kept(out) == [headline, subhead, *SPANISH]


def test_a_description_left_in_english_is_no_headline_and_the_headline_under_the_label_stays() -> None:
    described = "Two coast guard ships sail side by side on a calm blue sea"
    headline = "El tranvía llegará al barrio del norte en 2027 tras dos años de debate"
    out = cleaned(described, LABEL, headline, *SPANISH)
    assert kept(out) == [headline, *SPANISH]
    assert dropped(out)[described] == "boilerplate.caption"


def test_two_words_under_the_pictures_note_and_over_the_body_are_a_subhead() -> None:
    headline = HEADLINE
    described = DESCRIBED
    out = cleaned(headline, described, LABEL, "Seis paradas", *SPANISH)
    assert kept(out) == [headline, "Seis paradas", *SPANISH]


def test_a_subhead_over_numbered_sentences_under_a_video_heading_stays() -> None:
    points = ["What the report found", "1. The pier grew by a third.", "2. Four new radar domes were built."]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *points, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *points, *TRAM_ARTICLE[3:6]]


# -- what an AI label is ----------------------------------------------------------------------


def test_a_headline_about_ai_made_pictures_is_no_label_but_a_joined_label_is() -> None:
    # A label is its AI phrase and a few words more, in its part of the line; a headline names
    # who does what to whom first.
    headline = "Japón obligará a etiquetar imágenes creadas por inteligencia artificial"
    label = "Imagen creada por inteligencia artificial · Noticia redactada por IA"
    out = cleaned(headline, label, *SPANISH)
    assert kept(out) == [headline, *SPANISH]
    assert dropped(out) == {label: "boilerplate.ai_note"}


FRENCH = [
    "Le conseil municipal a voté mardi le prolongement de la ligne de tramway vers le nouveau quartier du nord, après deux ans de débat.",
    "Les travaux commenceront au printemps prochain et dureront environ deux ans, a indiqué la régie des transports dans un communiqué.",
    "Les habitants du quartier attendent depuis dix ans une liaison rapide avec le centre-ville et ses hôpitaux, selon l'association locale.",
]
DUTCH = [
    "De Japanse regering wil dat grote platforms beelden die met kunstmatige intelligentie zijn gemaakt duidelijk herkenbaar maken.",
    "Het wetsvoorstel ligt sinds dinsdag bij het parlement en moet volgend jaar ingaan, als beide kamers ermee instemmen.",
    "Critici vinden dat de regels te laat komen, omdat nepbeelden bij de vorige verkiezingen al op grote schaal werden gedeeld.",
]


@pytest.mark.parametrize(
    ("body", "line"),
    [
        # "Le texte" is the bill in the second sentence, not the publication's text in the first.
        (FRENCH, "Le Parlement a adopté mardi une loi qui impose de signaler tout contenu électoral fabriqué par "
                 "l'intelligence artificielle. Le texte entrera en vigueur avant les élections de janvier."),
        (DUTCH, "Label ‘gemaakt met AI’ verplicht"),  # a label quoted in a subhead
    ],
)
def test_a_line_that_only_names_an_ai_label_is_no_ai_note(body: list[str], line: str) -> None:
    out = StripBoilerplate().apply(make_article(body[0], line, *body[1:]))
    assert line in kept(out)


# -- error prompts the lexicon has no wording for ---------------------------------------------

GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahn bis in das neue Wohngebiet im Norden zu verlängern, nach zwei Jahren Streit.",
    "Die Verlängerung bringt sechs neue Haltestellen und soll rund 80 Millionen Euro kosten, den größten Teil zahlt das Land.",
    "Gegner sagen, das Geld wäre bei Bussen besser aufgehoben, die auch die umliegenden Dörfer erreichen könnten, wohin keine Bahn fährt.",
]


def test_a_short_question_about_an_error_after_the_body_is_a_feedback_prompt_with_its_reply() -> None:
    prompt = "Haben Sie einen Übersetzungsfehler bemerkt?"
    reply = "Ihre Rückmeldung fließt in künftige Versionen dieses Artikels ein."
    out = StripBoilerplate().apply(make_article(*GERMAN, prompt, reply))
    assert kept(out) == GERMAN
    assert dropped(out) == {prompt: "boilerplate.feedback_prompt", reply: "boilerplate.feedback_prompt"}
    slovak = [
        "Mestské zastupiteľstvo v utorok schválilo predĺženie električkovej trate do novej štvrte na severe mesta po dvoch rokoch sporov.",
        "Predĺženie prinesie šesť nových zastávok a má stáť približne osemdesiat miliónov eur, väčšinu zaplatí kraj z vlastného rozpočtu.",
        "Stavba sa má začať budúcu jar a potrvá asi dva roky, oznámil v stredu dopravný podnik v tlačovej správe pre médiá.",
    ]
    out = StripBoilerplate().apply(make_article(*slovak, "Všimli ste si nepresnosť?"))
    assert kept(out) == slovak


def test_a_short_question_about_the_text_itself_after_the_body_is_a_feedback_prompt() -> None:
    estonian = [
        "Linnavolikogu otsustas teisipäeval pikendada trammiliini uude elurajooni põhjas, pärast kaks aastat kestnud vaidlusi.",
        "Pikendus toob kuus uut peatust ja maksab umbes 80 miljonit eurot, millest suurema osa maksab riik.",
        "Ehitus peaks algama järgmisel kevadel ja kestma umbes kaks aastat, teatas transpordiamet kolmapäeval.",
    ]
    prompt = "Kas see artikkel oli sulle kasulik?"
    out = StripBoilerplate().apply(make_article(*estonian, prompt))
    assert kept(out) == estonian and dropped(out) == {prompt: "boilerplate.feedback_prompt"}


def test_the_body_printed_again_under_a_question_about_an_error_is_no_body_going_on() -> None:
    # The page was scraped twice: the copies under the prompt are repeats, not the article going on.
    prompt = "Haben Sie einen Übersetzungsfehler bemerkt?"
    out = cleaned(*GERMAN, prompt, *GERMAN)
    assert kept(out) == GERMAN
    assert out.paragraphs[len(GERMAN)].dropped == "boilerplate.feedback_prompt"


def test_the_body_printed_again_with_a_word_changed_under_a_question_is_no_body_going_on() -> None:
    # The second copy has a word changed in one paragraph: still a copy, not the article going on.
    prompt = "Haben Sie einen Übersetzungsfehler bemerkt?"
    edited = GERMAN[1].replace("sechs neue", "6 neue")
    out = cleaned(*GERMAN, prompt, GERMAN[0], edited, GERMAN[2])
    assert out.paragraphs[len(GERMAN)].dropped == "boilerplate.feedback_prompt"
    # A paragraph that shares a few words with one above is the body going on: the question stays.
    other = "Die Bürgermeisterin sagt, die Stadt habe die Verlängerung lange geplant und das Land habe nun zugestimmt."
    out = StripBoilerplate().apply(make_article(*GERMAN, prompt, other))
    assert prompt in kept(out)


def test_a_rating_of_stars_and_the_prompt_over_it_are_a_feedback_prompt() -> None:
    prompt = "Hva syntes du om artikkelen?"
    out = StripBoilerplate().apply(make_article(*GERMAN, prompt, "★★★★★"))
    assert kept(out) == GERMAN
    assert dropped(out) == {prompt: "boilerplate.feedback_prompt", "★★★★★": "boilerplate.feedback_prompt"}
    # A body paragraph over the stars is no prompt; two stars in a line are no rating.
    out = StripBoilerplate().apply(make_article(*GERMAN, "☆☆"))
    assert kept(out) == [*GERMAN, "☆☆"]


def test_a_reader_ratings_score_and_votes_and_the_prompt_over_it_go_and_the_article_goes_on() -> None:
    # A recipe's rating under its title, in any language: a mean out of five and a count of votes.
    # It closes nothing: the paragraphs under it stay. A critic's score counts no votes.
    for score in ("4,5 (212 häält)", "★★★★½ 4,5 (212 glasov)", "4,6 av 5 (212 röster)", "4.8/5 · 96 ratings"):
        prompt = "Wie hat Ihnen das Rezept geschmeckt?"
        out = StripBoilerplate().apply(make_article(*GERMAN[:3], prompt, score, *GERMAN[3:]))
        assert kept(out) == GERMAN, score
        assert dropped(out) == {prompt: "boilerplate.feedback_prompt", score: "boilerplate.feedback_prompt"}
    for line in ("Wertung: 4,5/5", "52,3 (1200 Stimmen)", "1.5 (3 km)"):
        out = StripBoilerplate().apply(make_article(*GERMAN[:3], line, *GERMAN[3:]))
        assert line in kept(out), line


def test_a_sentence_under_the_byline_over_a_pictures_bare_credit_describes_the_picture() -> None:
    # Headline, standfirst, byline and date, then the picture's one-sentence description over its
    # credit: the description is the picture's. A headline under a byline at the page's top ends
    # with no full stop, and stays.
    description = "Der Sänger bei seinem Jubiläumskonzert in Kassel im Jahr 2019."
    head = [GERMAN[0], "Von Jana Reuter", "17.09.2025, 10:12 Uhr"]
    out = StripBoilerplate().apply(make_article(*head, description, "Foto: Archiv / Peter Nolte", *GERMAN[1:]))
    assert dropped(out)[description] == "boilerplate.caption"
    headline = "Sänger Raimund Lehner ist tot: Er wurde 83 Jahre alt"
    out = StripBoilerplate().apply(make_article("Von Jana Reuter", "17.09.2025, 10:12 Uhr", headline, "Foto: Archiv / Peter Nolte", *GERMAN))
    assert headline in kept(out)


def test_a_critics_score_of_stars_filled_and_empty_takes_no_prompt_over_it() -> None:
    # A reader's rating widget prints its stars all alike; a review's score ("★★★★☆") has no
    # prompt over it: the line above it is the review's headline.
    headline = "Stille Wasser: Ein leises Familiendrama vom Bodensee"
    out = StripBoilerplate().apply(make_article(headline, "★★★★☆", *GERMAN))
    assert headline in kept(out)
    out = StripBoilerplate().apply(make_article(headline, "★★★★★", *GERMAN))
    assert headline not in kept(out)  # stars all alike: the widget and the prompt over it


def test_a_short_question_over_answer_buttons_after_the_body_is_a_feedback_prompt() -> None:
    # No wording of the lexicon's: the question over two buttons after the body is the page's poll.
    for question, buttons in (("Jeste li pronašli ono što ste tražili?", ["Jesam", "Nisam"]), ("你觉得这篇报道怎么样？", ["满意", "一般"])):
        out = StripBoilerplate().apply(make_article(*GERMAN, question, *buttons))
        assert kept(out) == GERMAN
        assert set(dropped(out).values()) == {"boilerplate.feedback_prompt"}
    # An interview's question over its answer stays; so does one over a figure's list.
    answer = "Nein, sagt die Bürgermeisterin, ohne die erste Linie hätte die Stadt heute keine Chance auf Fördergeld."
    out = StripBoilerplate().apply(make_article(*GERMAN, "War das ein Fehler?", answer))
    assert kept(out) == [*GERMAN, "War das ein Fehler?", answer]


def test_a_question_about_an_error_with_the_body_going_on_under_it_stays() -> None:
    # An interview's question has its answer under it; a question in the body has body after it.
    question = "War der Bau der ersten Linie ein Fehler?"
    answer = "Nein, sagt die Bürgermeisterin, ohne die erste Linie hätte die Stadt heute keine Chance auf Fördergeld für die zweite."
    out = StripBoilerplate().apply(make_article(*GERMAN[:2], question, answer, GERMAN[2]))
    assert kept(out) == [*GERMAN[:2], question, answer, GERMAN[2]]


# -- credits in scripts without capitals --------------------------------------------------------

ARABIC = [
    "وافق مجلس المدينة يوم الثلاثاء على تمديد خط الترام إلى الحي السكني الجديد في الشمال بعد عامين من النقاش.",
    "وسيضيف التمديد ست محطات جديدة وتبلغ كلفته نحو ثمانين مليون يورو تدفع الحكومة الإقليمية معظمها.",
    "ويقول المعارضون إن المال كان سيفيد أكثر لو أنفق على الحافلات التي تصل إلى القرى المحيطة بالمدينة.",
]


def test_a_one_sentence_caption_closed_by_its_agency_in_brackets_goes_in_a_script_without_capitals() -> None:
    caption = "رئيس الوزراء يصافح نظيره في القصر الرئاسي في هانوي. (رويترز)"
    tagged = "وقالت الوزارة إن الأعمال ستبدأ في الربيع. وأضافت أنها ستستمر عامين على الأقل. (رويترز)"
    out = StripBoilerplate().apply(make_article(ARABIC[0], caption, ARABIC[1], tagged, ARABIC[2]))
    assert dropped(out) == {caption: "boilerplate.caption"}
    chinese = "3月11日，韩国海军驱逐舰在东海海域参加联合演习。（韩联社）"
    body = [
        "市议会周二批准将有轨电车线路延伸至北部新住宅区的计划。这一决定是在两年的讨论之后作出的。",
        "工程将于明年春天开工，预计耗时约两年。市交通局在一份声明中表示，项目总投资约为八十亿元。",
        "北部新区的居民十年来一直等待一条通往市中心的快速线路。市政府去年的调查显示，大多数居民目前开车上班。",
    ]
    out = StripBoilerplate().apply(make_article(body[0], chinese, *body[1:]))
    assert dropped(out) == {chinese: "boilerplate.caption"}


def test_a_title_closed_by_its_videos_duration_goes_but_a_time_of_day_after_a_date_stays_apart() -> None:
    title = "Inside Japan's newest chip plant (2:31)"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", title, *TRAM_ARTICLE[3:6]))
    assert dropped(out) == {"Recommended videos": "boilerplate.video_widget", title: "boilerplate.video_widget"}
    stamp = "Ann Lee · Wed, 12/03/2025 - 02:42"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], stamp, *TRAM_ARTICLE[3:6]))
    assert dropped(out).get(stamp) != "boilerplate.video_widget"


def test_titles_closed_by_a_bare_duration_go_among_videos_but_a_time_of_day_alone_stays() -> None:
    titles = ["Inside Japan's newest chip plant 2:31", "Why typhoons are getting stronger 0:58"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Videos you may like", *titles, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:6]]
    # One title under a heading that names videos, even one another rule took for a related block.
    for heading in ("Watch the video", "Read also: our videos"):
        out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], heading, titles[0], *TRAM_ARTICLE[3:6]))
        assert dropped(out).get(titles[0]) == "boilerplate.video_widget", heading
    # The same shape alone, between paragraphs, is a fact: when the match starts.
    kickoff = "Kick-off at the new stadium on Saturday 20:45"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], kickoff, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], kickoff, *TRAM_ARTICLE[3:6]]


def test_a_subhead_over_a_list_of_dashed_numbered_or_comma_ended_items_under_a_video_heading_stays() -> None:
    for items in (
        ["— 1.2 trillion yen for long-range missiles", "— 600 billion yen for drones"],
        ["2. Data deleted within 30 days", "3. Leaks reported within 72 hours"],
        ["long-range missiles, about 940 billion yen,", "missile defence, about 1.3 trillion yen,"],
    ):
        points = ["Where the money goes", *items]
        out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *points, *TRAM_ARTICLE[3:6]))
        assert kept(out) == [*TRAM_ARTICLE[:3], *points, *TRAM_ARTICLE[3:6]], items


def test_a_subhead_over_label_and_value_items_under_a_video_heading_stays() -> None:
    for items in (
        ["Total cost: about 24 billion rupees", "First delivery: early 2026", "Deployed in: Ladakh and Arunachal"],
        ["参演舰艇：越方两艘、菲方三艘", "参演人员：约四百人"],
    ):
        points = ["Key points", *items]
        out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *points, *TRAM_ARTICLE[3:6]))
        assert kept(out) == [*TRAM_ARTICLE[:3], *points, *TRAM_ARTICLE[3:6]], items


def test_a_subhead_over_rows_led_by_figures_under_a_video_stays() -> None:
    # A video's title and duration, then the article's ingredients or a life in dates: rows that
    # open with a figure are a list's, however they are worded, and so is the subhead over them.
    video = ["VIDEO: How the dumplings go into the boiling water", "1:48"]
    for points in (
        ["What you need", "1 kg potatoes", "about 300 g flour", "1 teaspoon salt", "250 g sheep cheese"],
        ["Her life in dates", "1937 born in Kolín", "1959 graduates from drama school", "1961 joins the city theatre"],
    ):
        out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *video, *points, *TRAM_ARTICLE[3:6]))
        assert kept(out) == [*TRAM_ARTICLE[:3], *points, *TRAM_ARTICLE[3:6]], points


def test_a_subhead_over_a_timeline_under_video_titles_stays_and_the_titles_go() -> None:
    titles = ["How underwater drones work: a short explainer"]
    section = ["A long wait for the order", "Key dates:", "May 2022 – the request goes to Washington", "Sept. 2023 – the sale is approved"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *titles, *section, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *section, *TRAM_ARTICLE[3:6]]


def test_a_short_subhead_after_longer_video_titles_stays_over_the_body() -> None:
    titles = ["North Korea fires a ballistic missile towards the sea", "How a radar works on board a warship"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *titles, "Eyes on exports", *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], "Eyes on exports", *TRAM_ARTICLE[3:6]]
    assert set(dropped(out)) == {"Recommended videos", *titles}


def test_a_subhead_under_a_videos_duration_stays_over_the_body() -> None:
    # The video's title, its duration with its unit, then the article's subhead over its
    # paragraphs: a playlist's next title would have a duration of its own.
    video = ["Video", "Flooded high street: the pictures from this morning", "1:47 Min"]
    subhead = "The pipe dates from the 1950s"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *video, subhead, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], subhead, *TRAM_ARTICLE[3:6]]


def test_an_albanian_ai_label_names_a_picture() -> None:
    described = "Një dron i vogël fluturon mbi një gardh me tela me gjemba pranë një baze"
    body = [
        "Qeveria e Vietnamit ka miratuar një dekret që ndalon xhirimin dhe publikimin e videove me dron mbi zonat ushtarake.",
        "Dekreti hyn në fuqi në fillim të muajit të ardhshëm dhe vlen edhe për turistët, tha ministria në një njoftim.",
        "Shkelësit rrezikojnë gjoba të larta, ndërsa pajisjet e tyre mund të konfiskohen nga policia pa paralajmërim.",
        "Organizatat e gazetarëve kanë kërkuar sqarime se si do të zbatohet ndalimi për mediat që raportojnë nga terreni.",
    ]
    headline = "Vietnami ndalon publikimin e videove të xhiruara me dron mbi zonat ushtarake"
    out = cleaned(headline, described, "Imazhi është gjeneruar nga inteligjenca artificiale", *body)
    assert kept(out) == [headline, *body]


def test_one_title_with_a_colon_under_a_video_heading_is_still_a_videos_title() -> None:
    titles = ["Drone show: the festival's opening night", "Flood defences tested on the river bank"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *titles, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *TRAM_ARTICLE[3:6]]


def test_a_videos_title_under_a_video_heading_is_no_headline_for_the_picture_below() -> None:
    headline = HEADLINE
    described = DESCRIBED
    video = "Mira el vídeo: la presentación del proyecto en el ayuntamiento"
    out = cleaned("Vídeos", video, headline, LABEL, described, *SPANISH)
    assert headline in kept(out) and described not in kept(out)


def test_news_about_cookies_between_two_body_paragraphs_stays() -> None:
    news = (
        "The regulator also banned cookie walls on news sites. Readers may no longer be made to accept all "
        "cookies before they can read an article, the regulator said."
    )
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], news, *TRAM_ARTICLE[3:6]))
    assert news in kept(out)


# -- a description left untranslated --------------------------------------------------------


def test_a_description_left_in_english_between_the_articles_lines_is_a_caption() -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    described = "A modern tram crossing a bridge over the river at dusk with the city behind it"
    out = cleaned(headline, SPANISH[0], described, *SPANISH[1:])
    assert kept(out) == [headline, *SPANISH]
    assert dropped(out) == {described: "boilerplate.caption"}


def test_an_english_description_over_the_translated_headline_is_a_caption() -> None:
    described = "A modern tram crossing a bridge over the river at dusk with the city behind it"
    headline = "El tranvía llegará al barrio del norte en 2027, tras dos años de debate"
    out = cleaned(described, headline, *SPANISH)
    assert kept(out) == [headline, *SPANISH]


def test_an_english_description_in_a_language_with_no_stopword_list_is_a_caption() -> None:
    # Welsh has no stopword list to name the article's language: langdetect names it.
    described = "Ash cloud rising above a volcano in East Java at dawn"
    headline = "Llosgfynydd yn ffrwydro yn Indonesia: miloedd yn ffoi o'u cartrefi"
    out = cleaned(headline, WELSH[0], described, WELSH[1])
    assert kept(out) == [headline, *WELSH] and dropped(out) == {described: "boilerplate.caption"}


@pytest.mark.parametrize(
    "english",
    [
        # A passage in English: two lines of it.
        ["The council approved the line on Tuesday after two years of debate", "Works start in spring and take about two years"],
        # A quoted title in English.
        ['The report, titled "A tram for the north and its new neighbourhoods", came out in May'],
        # Two sentences: no picture's description.
        ["The mayor spoke in English at the opening. He thanked the workers for their patience."],
        # Someone's words as a line of their own: in quotation marks, the full stop inside them or
        # outside, opened and closed by the same mark (Finnish, Swedish), or after a dialogue dash.
        ["«We have let a whole town down and that hurts more than any defeat.»"],
        ["”I have always painted the sea, but never as close to it as this.”"],
        ["\"The harbour can become a model for the whole of the Adriatic coast\"."],
        ["– This is a big day for those of us who still fish out of this harbour."],
    ],
)
def test_english_passages_quotes_and_sentences_in_an_article_stay(english: list[str]) -> None:
    headline = "El tranvía llegará al barrio del norte en 2027"
    out = cleaned(headline, SPANISH[0], *english, *SPANISH[1:])
    assert kept(out) == [headline, SPANISH[0], *english, *SPANISH[1:]]


def test_an_english_headline_over_a_body_in_another_language_stays() -> None:
    headline = "Tram line to reach the northern district by 2027 after two years of debate"
    out = cleaned(headline, *SPANISH)
    assert kept(out) == [headline, *SPANISH]


def test_a_short_label_in_parts_naming_a_picture_and_ai_goes_but_a_headline_with_a_colon_stays() -> None:
    for lang, label in (("tr", "Temsili görsel (YZ ile üretildi)"), ("pl", "Sztuczna inteligencja, zdjęcie poglądowe")):
        body = BODIES[lang]
        out = StripBoilerplate().apply(make_article(*body[:2], label, *body[2:]))
        assert dropped(out) == {label: "boilerplate.ai_note"}, label
    headline = "KI-Bild: Papst im Daunenmantel"
    out = StripBoilerplate().apply(make_article(headline, *BODIES["de"]))
    assert kept(out) == [headline, *BODIES["de"]]


def test_a_play_button_under_a_videos_duration_goes() -> None:
    title = "Inside Japan's newest chip plant (2:31)"
    for button in ("Watch", "▶ Play now"):
        out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", title, button, *TRAM_ARTICLE[3:6]))
        assert kept(out) == TRAM_ARTICLE[:6], button


def test_a_subhead_under_a_video_widgets_play_button_stays_over_the_body() -> None:
    titles = ["Ash cloud over the island as the airport shuts (1:12)", "A night in the shelters with the villagers (2:38)"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "Recommended videos", *titles, "▶ Play", "Tourism fears", *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], "Tourism fears", *TRAM_ARTICLE[3:6]]


def test_a_bulleted_lists_item_opening_like_a_caption_is_the_lists() -> None:
    # A fact box's items, one of them opening with a caption's label: an item of the list. A
    # credit with a bullet of its own, no list around it, is a picture's.
    facts = ["The new wing in figures", "• 24,000 square metres on six floors", "• 180 single rooms with their own bathroom", "• Illustration by a firm of architects from Aarhus"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *facts, *TRAM_ARTICLE[3:6]))
    assert kept(out) == [*TRAM_ARTICLE[:3], *facts, *TRAM_ARTICLE[3:6]]
    credit = "• Photo by the council press office"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], credit, *TRAM_ARTICLE[3:6]))
    assert dropped(out) == {credit: "boilerplate.caption"}


@pytest.mark.parametrize("counter", ["Foto 3 z 12", "Bild 3 av 12", "Kuva 3/12", "3/12. fotó", "Фото 3 з 12", "Image 1 of 5", "Fotoğraf 3 / 12", "3/12"])
def test_a_gallerys_picture_counter_is_a_caption(counter: str) -> None:
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], counter, *TRAM_ARTICLE[3:6]))
    assert dropped(out) == {counter: "boilerplate.caption"}


@pytest.mark.parametrize("line", ["Part 2 of 3", "Foto 12 z 3", "Round 3 of 12", "12/3", "4/5", "8/10"])
def test_a_series_part_or_a_count_past_its_total_is_no_gallery_counter(line: str) -> None:
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], line, *TRAM_ARTICLE[3:6]))
    assert line in kept(out)


@pytest.mark.parametrize("credit", ["Map: © OpenStreetMap contributors", "Karte: © OpenStreetMap-Mitwirkende", "지도 데이터 ⓒ OpenStreetMap", "Grafik ©Statista"])
def test_a_label_and_a_copyright_sign_over_its_source_is_a_credit(credit: str) -> None:
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], credit, *TRAM_ARTICLE[3:6]))
    assert dropped(out) == {credit: "boilerplate.caption"}


def test_a_line_between_a_gallerys_counter_and_its_credit_describes_the_picture() -> None:
    description = "Volunteers carry stones to repair the castle's north wall."
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "3/12", description, "Photo: Getty Images", *TRAM_ARTICLE[3:6]))
    assert dropped(out)[description] == "boilerplate.caption"
    # Without the credit under it, the line after a counter may be the article's own.
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "3/12", description, *TRAM_ARTICLE[3:6]))
    assert description in kept(out)
    # A counter the lexicon names ("3 of 12") is a counter too: the line under it describes its picture.
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], "3 of 12", description, "Photo: Getty Images", *TRAM_ARTICLE[3:6]))
    assert dropped(out) == {"3 of 12": "boilerplate.caption", description: "boilerplate.caption", "Photo: Getty Images": "boilerplate.caption"}


def test_a_teams_line_up_ending_with_its_coach_is_no_caption_with_a_credit() -> None:
    line_up = "Harbour United: Smith (9 saves) – Jones 9 (4), Brown 7, Lee 5, Green 3, Fox 2. Coach: Tom Hale"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:4], line_up, *TRAM_ARTICLE[4:6]))
    assert line_up in kept(out)


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("it", "Immagine generata dall'IA: un uomo anziano si misura la pressione al tavolo della cucina, accanto a una tazza di tè."),
        ("pl", "Obraz wygenerowany przez AI: policjantka w długim płaszczu stoi nocą na moście nad rzeką spowitą mgłą."),
        ("de", "Bild mit KI erstellt: Eine junge Handwerkerin montiert auf einem Dach in der Abendsonne Solarmodule."),
        # The picture named after a word for its description.
        ("es", "Descripción de la imagen generada con IA: un andén de estación con viajeros que esperan un tren."),
        ("ro", "Descriere imagine generată de AI: jucători în echipament albastru sărbătoresc un gol în fața peluzei."),
    ],
)
def test_an_ai_label_before_a_colon_and_the_pictures_description_after_it_is_the_note(lang: str, label: str) -> None:
    out = StripBoilerplate().apply(make_article("Headline of the story here", label, *BODIES[lang]))
    assert dropped(out) == {label: "boilerplate.ai_note"}


def test_a_sentence_about_ai_pictures_before_a_colon_stays() -> None:
    line = "Experten über KI-generierte Bilder: Die Täuschung wird immer besser, sagt die Forscherin."
    out = StripBoilerplate().apply(make_article("Headline of the story here", line, *BODIES["de"]))
    assert line in kept(out)


def test_a_sentence_between_the_ai_label_and_the_headline_printed_again_describes_the_picture() -> None:
    headline = "Rents in the city rise by 14 percent in a year"
    description = "The facade of a block of flats with green shutters and balconies in the old quarter."
    out = StripBoilerplate().apply(make_article(headline, "Image created with artificial intelligence", description, headline, *TRAM_ARTICLE[:5]))
    assert dropped(out)[description] == "boilerplate.caption"
    assert kept(out) == [headline, headline, *TRAM_ARTICLE[:5]]  # the copy goes at the repeat stage


def test_a_credit_between_the_description_and_the_headline_printed_again_still_frames_it() -> None:
    headline = "Rents in the city rise by 14 percent in a year"
    description = "The facade of a block of flats with green shutters and balconies in the old quarter."
    credit = "© Provided by The Example Herald"
    out = StripBoilerplate().apply(make_article(headline, "Image created with artificial intelligence", description, credit, headline, *TRAM_ARTICLE[:5]))
    assert dropped(out)[description] == "boilerplate.caption"
    assert kept(out) == [headline, headline, *TRAM_ARTICLE[:5]]


def test_a_long_ai_label_between_the_headline_and_its_copy_is_the_note() -> None:
    # The label runs on to describe the picture: past the length of a label alone, yet it stands
    # where the aggregator prints the picture, between the headline and its copy under it.
    headline = "Czynsze w mieście wzrosły w ciągu roku o czternaście procent"
    label = "Zdjęcie jest wygenerowane przez AI i przedstawia rowerzystę na moście we mgle tuż po wschodzie słońca."
    out = StripBoilerplate().apply(make_article(headline, label, headline, *BODIES["pl"]))
    assert dropped(out) == {label: "boilerplate.ai_note"}
    # The same sentence in the body is news about a picture, and stays.
    out = StripBoilerplate().apply(make_article(headline, *BODIES["pl"][:2], label, *BODIES["pl"][2:]))
    assert label in kept(out)


def test_a_caption_closed_by_an_abbreviated_picture_word_in_lower_case_is_a_caption() -> None:
    # Polish prints "fot." in lower case after a comma: "… w Toruniu, fot. PAP". Cut short, the word
    # opens nothing but a credit; a name must follow it, not a common noun ("fot. archiwum" alone).
    body = BODIES["pl"]
    caption = "Prezydent miasta podczas otwarcia nowej biblioteki w Toruniu, fot. Jan Wiśniewski"
    out = StripBoilerplate().apply(make_article(body[0], caption, *body[1:]))
    assert dropped(out) == {caption: "boilerplate.caption"}
    other = "Nowa hala przy ulicy Dworcowej, fot. archiwum"
    out = StripBoilerplate().apply(make_article(body[0], other, *body[1:]))
    assert other in kept(out)


# -- charts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "title", "source"),
    [
        ("es", "Evolución del beneficio trimestral de la empresa (millones de euros)", "Fuente: cuentas de la compañía"),
        ("de", "Nettogewinn je Quartal in Millionen Euro", "Quelle: Geschäftsberichte"),
        ("ja", "東和精機の四半期純利益の推移", "出所：同社決算資料"),
    ],
)
def test_a_charts_title_over_its_source_goes_with_it(lang: str, title: str, source: str) -> None:
    # A line with no figure and no sentence mark, right over a caption that names a data source,
    # inside the body: the chart's title.
    body = BODIES[lang]
    out = StripBoilerplate().apply(make_article(*body[:2], title, source, *body[2:]))
    assert kept(out) == body
    assert dropped(out)[title] == "boilerplate.caption"


def test_a_tables_heading_over_its_source_and_rows_and_the_headline_over_its_source_stay() -> None:
    # Rows of figures under the source: the title heads the article's table. Above the first
    # paragraph: the headline over the agency it comes from.
    body, title, source = BODIES["de"], "Arbeitslosenquote im Februar nach Ländern", "Quelle: Bundesagentur für Arbeit"
    rows = ["Bayern: 3,9", "Bremen: 11,2", "Berlin: 9,8"]
    out = StripBoilerplate().apply(make_article(*body[:2], title, source, *rows, *body[2:]))
    assert title in kept(out)
    headline = "Behörde warnt vor überhitzenden Heizlüftern aus dem Baumarkt"
    out = StripBoilerplate().apply(make_article(headline, "Quelle: dpa", *body))
    assert headline in kept(out)


def test_a_korean_caption_ending_in_its_graphic_credit_goes() -> None:
    # "[그래픽=…]" credits a chart as "[사진=…]" credits a photo.
    body = [
        "바이오의약품 위탁생산 기업 한결바이오가 올해 2분기 시장 예상치를 크게 웃도는 실적을 냈다. 회사는 연간 실적 전망도 올려 잡았다.",
        "같은 기간 매출은 4,380억원으로 29% 증가했다. 송도 3공장의 가동률이 90%를 넘어서면서 수익성이 크게 개선됐다는 분석이 나온다.",
        "회사 측은 하반기에도 해외 제약사들과의 신규 계약이 이어질 것으로 내다봤다. 증권가에서는 목표주가를 잇따라 올리고 있다.",
    ]
    caption = "한결바이오 분기별 영업이익 추이 [그래픽=머니인사이트]"
    out = StripBoilerplate().apply(make_article(*body[:2], caption, *body[2:]))
    assert kept(out) == body


def test_a_dateline_in_a_script_without_capitals_over_the_body_is_no_caption_with_a_credit() -> None:
    # "القاهرة، 18 سبتمبر (رويترز)": a place and a day before the agency's tag, the first
    # paragraph's dateline on a line of its own, in a script that has no capitals to show the
    # place's name. A caption's scene says more than its place and day.
    dateline = "القاهرة، 18 سبتمبر (رويترز)"
    out = StripBoilerplate().apply(make_article(dateline, *BODIES["ar"]))
    assert dateline in kept(out)
    caption = "متظاهرون يرفعون الأعلام أمام مبنى البرلمان في وسط القاهرة (رويترز)"
    out = StripBoilerplate().apply(make_article(*BODIES["ar"][:2], caption, *BODIES["ar"][2:]))
    assert caption in dropped(out)


def test_a_gallery_s_counters_go_with_its_name_or_out_of_a_rating_s_scale() -> None:
    # "Gallery: 1/14" names the gallery before its count; "1 / 10" and "2 / 10", each next to
    # a picture's caption, count ten pictures where one such line alone would be a score.
    body = TRAM_ARTICLE[:6]
    caption = "The new tram at the harbour stop on its first run. Photo: Jane Doe"
    out = StripBoilerplate().apply(make_article(body[0], "Gallery: 1/14", caption, *body[1:]))
    assert dropped(out).get("Gallery: 1/14") == "boilerplate.caption"
    second = "Passengers board at the depot before dawn. Photo: Jane Doe"
    out = StripBoilerplate().apply(make_article(body[0], "1 / 10", caption, *body[1:4], "2 / 10", second, *body[4:]))
    assert {"1 / 10", "2 / 10"} <= set(dropped(out)) and kept(out) == body
    out = StripBoilerplate().apply(make_article(body[0], "Our verdict", "8 / 10", *body[1:]))
    assert "8 / 10" in kept(out)  # a review's score


def test_a_pictures_credit_in_segments_is_its_caption_and_a_writers_credit_beside_it_a_byline() -> None:
    # "Foto: X / Outlet" credits a picture, wherever it stands: the article's closing quote
    # under it is the body's. With the text's author beside it, the line is the byline.
    quote = "«Menos producto y mejor aplicado», resume Osuna."
    out = StripBoilerplate().apply(make_article(*SPANISH, "Foto: Marcos Lledó / Estilo Hoy", quote, "Compartir", "Pinterest"))
    assert dropped(out)["Foto: Marcos Lledó / Estilo Hoy"] == "boilerplate.caption"
    assert quote in kept(out)
    out = StripBoilerplate().apply(make_article("Texto: Lucía Prieto | Foto: Marcos Lledó", *SPANISH))
    assert dropped(out)["Texto: Lucía Prieto | Foto: Marcos Lledó"] == "boilerplate.byline"


def test_a_caption_credited_to_an_archive_is_a_caption() -> None:
    # "Fot. archiwum Radia Nadodrze", "Foto: Archiv": the paper's or an agency's archive took it.
    for caption in (
        "Katedra pw. św. Jadwigi przed ingresem. Fot. archiwum Radia Nadodrze",
        "Die alte Brücke im Sommer 1990. Foto: Archiv",
        "La plaza mayor durante las fiestas de 2019. Foto: archivo EFE",
    ):
        out = StripBoilerplate().apply(make_article(*SPANISH[:2], caption, *SPANISH[2:]))
        assert dropped(out) == {caption: "boilerplate.caption"}, caption
    # An archive in the article's own sentence is no credit.
    line = "Los vecinos consultaron el archivo municipal. Foto y archivo se guardan en el ayuntamiento."
    assert line in kept(StripBoilerplate().apply(make_article(*SPANISH[:2], line, *SPANISH[2:])))


def test_stars_under_each_item_of_a_ranking_end_nothing() -> None:
    # A ranking scores every item: its last item's stars are no rating widget closing the page,
    # and the item's name over them is no prompt.
    items = [
        ("1. Harbour Kitchen", "The tasting menu changes every week and leans on fish landed that morning at the quay. Booking ahead is wise on Fridays."),
        ("2. Olive & Ash", "A wood oven runs from noon until late, and the flatbreads come out blistered and smoky. The wine list favours small growers."),
        ("3. The Copper Pot", "Families fill the long tables at lunch, drawn by generous stews and a playroom at the back. Prices have barely moved in years."),
        ("4. Nori Bar", "Eight seats face the counter where the chef slices each piece to order. The omakase runs ninety minutes and sells out early."),
    ]
    lines = [line for name, text in items for line in (name, "★★★★★", text)]
    out = StripBoilerplate().apply(make_article(*lines))
    assert kept(out) == [line for name, text in items for line in (name, text)]
    # One row of stars at the page's end is the reader's widget: the prompt over it goes too.
    prompt = "How would you rate this guide?"
    out = StripBoilerplate().apply(make_article(*[line for name, text in items for line in (name, text)], prompt, "★★★★★"))
    assert prompt not in kept(out)
