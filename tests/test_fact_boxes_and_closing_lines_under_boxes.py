"""An article's fact box past a run of link-shaped lines, Thai teasers with their source and age,
and the closing statement under a reader poll and a related block.

A fact box under its title opens with rows short enough to look like links ("Investment: about
190 million euros") and goes on with rows that do not ("Jobs at the start: 120, by the end of 2026:
280"): judged whole, it is a table of the article's figures. Thai titles space their phrases, not
their words, so a teaser's title counts few "words"; with its source and its age after it, it is a
teaser, and the article's lines under the block are not. Under a reader poll and a related block
(seven lines no rule may mistake for the body), the article's closing statement over a
translation note is the article's; under a comment section's counter, a statement is a reader's.
A table of contents' entries stand next to each other: a headline printed again under its picture
is no entry, though the list's heading between them is dropped.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

MENU = ["Startseite", "Region", "Wirtschaft", "Sport", "Kultur"]
# German capitalises its nouns, so a fact box's short rows take a headline's shape there.
HEAD = [
    "Batterie-Start-up eröffnet Werk bei Cottbus: 280 Arbeitsplätze geplant",
    "Das Berliner Unternehmen fertigt Natrium-Ionen-Zellen im Industriepark am alten Kraftwerk, ehemalige Bergleute werden umgeschult.",
    "Von Katrin Lehmann",
]
BODY = [
    "COTTBUS. Mit einem symbolischen Knopfdruck ist am Freitag die erste Fertigungslinie des Werks angelaufen. Der Wirtschaftsminister und die Gründer waren bei der Eröffnung dabei.",
    "Anders als die meisten Hersteller setzt das Unternehmen nicht auf Lithium, sondern auf Natrium. Die Zellen sind für Heimspeicher und das Stromnetz gedacht, nicht für Autos.",
]
FACTS = [
    "Das Werk in Zahlen",
    "Investition: knapp 190 Millionen Euro",
    "Zuschüsse von Bund und Land: 48 Millionen Euro",
    "Beschäftigte zum Start: 120, bis Ende 2026: 280",
    "Fläche der Halle: 22.000 Quadratmeter",
]
AFTER = [
    "Viele der neuen Beschäftigten kommen aus den Tagebauen und Kraftwerken der Umgebung. Das Unternehmen schult sie sechs Monate lang an den Linien.",
    "Anwohner haben ein unabhängiges Gutachten zu den Emissionen des Werks verlangt. Das Unternehmen verweist auf eine Studie, die kein Risiko für das Dorf sieht.",
    "Die zweite Linie soll im Frühjahr 2026 anlaufen.",
]
FOOT = ["Auf Facebook teilen", "Per E-Mail senden", "© 2026 Lausitzer Kurier. Alle Rechte vorbehalten."]


def test_a_fact_box_under_an_inline_teaser_is_the_articles_whole() -> None:
    out = clean(*MENU, *HEAD, *BODY, "Lesen Sie auch: Wie die Region nach der Kohle neue Jobs schaffen will", *FACTS, *AFTER, *FOOT)
    assert set(FACTS) <= set(kept(out))


TH_BODY = [
    "นักเรียนชั้นมัธยมศึกษาปีที่ 6 จากจังหวัดขอนแก่นคว้าเหรียญทองเคมีโอลิมปิกระหว่างประเทศ ซึ่งจัดขึ้นที่กรุงเจนีวาเมื่อสัปดาห์ที่ผ่านมา ถือเป็นเหรียญทองเหรียญแรกของโรงเรียนในรอบสิบปี",
    "การแข่งขันปีนี้มีผู้เข้าร่วมจากกว่า 80 ประเทศ ประกอบด้วยการสอบภาคปฏิบัติและภาคทฤษฎีอย่างละห้าชั่วโมง ทีมไทยได้รับรางวัลรวมสี่เหรียญ",
    "ครูผู้ฝึกสอนกล่าวว่า นักเรียนใช้เวลาเตรียมตัวเกือบสองปี โดยฝึกทำข้อสอบเก่าทุกวันหลังเลิกเรียน และเข้าค่ายของมูลนิธิอีกสามรอบ",
]
TH_BLOCK = [
    "อ่านข่าวที่เกี่ยวข้อง",
    "ทีมไทยคว้า 3 เหรียญฟิสิกส์โอลิมปิกที่ญี่ปุ่น · ข่าวภาคอีสาน · 2 วันที่แล้ว",
    "เปิดรับสมัครค่ายวิทยาศาสตร์รอบแรกทั่วประเทศ · การศึกษาวันนี้ · 3 วันที่แล้ว",
]
TH_GOES_ON = [
    "ทีมนักเรียนไทยจะเดินทางกลับถึงสนามบินในเช้าวันเสาร์นี้",
    "ผู้อำนวยการโรงเรียนเปิดเผยว่า โรงเรียนจะจัดพิธีต้อนรับและมอบทุนการศึกษาให้แก่นักเรียน ขณะที่มหาวิทยาลัยหลายแห่งเสนอทุนเรียนต่อ",
    "นักเรียนตั้งใจจะเรียนต่อด้านวิศวกรรมเคมี และอยากพัฒนาวัสดุสำหรับแบตเตอรี่ที่เป็นมิตรกับสิ่งแวดล้อม",
]


def test_thai_teasers_with_their_source_and_age_end_where_the_article_goes_on() -> None:
    out = clean("หน้าแรก", "ข่าว", "การศึกษา", "กีฬา", "นักเรียนขอนแก่นคว้าเหรียญทองเคมีโอลิมปิก", *TH_BODY, *TH_BLOCK, *TH_GOES_ON, "© 2026 ข่าวรวมไทย สงวนลิขสิทธิ์")
    assert set(TH_BLOCK) <= set(dropped(out))
    assert set(TH_GOES_ON[:2]) <= set(kept(out))


POLL = ["Poll: Should the city ban fireworks for good?", "Yes", "No", "No opinion"]
BLOCK = [
    "Read also",
    "Firework sales fall for a third year in a row across the region",
    "Animal shelters ask owners to keep pets indoors on New Year's Eve",
]
CLOSING = "The ban on private fireworks takes effect on 1 December."
NOTE = ["This article was machine-translated from French.", "Was this translation helpful?", "Yes", "No"]
CITY = [
    "City council bans private fireworks in the old town from December",
    "The council voted 31 to 9 on Tuesday evening to ban private fireworks in the whole old town and around the hospital. Fines for breaking the ban reach 500 euros.",
    "Parents' associations welcomed the vote and asked the region to follow it. Fire crews were called to 46 fires caused by fireworks last New Year's Eve, twice as many as five years ago.",
    "Shopkeepers in the old market fear losing one of their best weeks of the year. Some of them sell fireworks for a third of their yearly turnover.",
]


def test_the_closing_statement_under_a_poll_and_a_related_block_is_the_articles() -> None:
    out = clean("Home", "News", "City", "Sport", *CITY, *POLL, *BLOCK, CLOSING, *NOTE)
    assert CLOSING in kept(out)
    assert set(BLOCK) <= set(dropped(out))


def test_a_statement_under_a_comment_sections_counter_is_a_readers() -> None:
    reader = "Former teacher: I left the school two years ago. Not for the pay, but for the paperwork."
    out = clean("Home", "News", "City", "Sport", *CITY, "Get our morning newsletter with the city's news in your inbox.", "Your e-mail address", "Sign up", "Share", "Facebook", "Copy link", "Topics: council, fireworks, old town", "Comments (15)", reader, "Contact")
    assert reader in dropped(out)


BRIDGE = "First bridge for cyclists only opens over the ring road in Riyadh"
SECTIONS = ["What the bridge offers", "What cyclists say", "What comes next"]


def test_a_headline_over_a_contents_lists_heading_is_no_entry_of_the_list() -> None:
    """The headline, printed again under its picture, and the list's entries, printed again as
    subheads, are all printed twice; the list's heading a cue names lies between them."""
    prose = [
        "The city opened its first bridge reserved for cyclists on Sunday evening. The 420-metre bridge crosses the ring road near the old market and links two parks.",
        "It is four metres wide, lit at night and shaded by solar panels that power its lights. Ramps at both ends let riders climb it without stepping off.",
        "Riders who crossed it on the first evening praised the shade and the lighting. Some asked for more parking for bicycles at both ends.",
        "The city plans three more bridges of the kind by 2028, the mayor's office said on Monday.",
    ]
    out = clean(
        "News", "Local", "Saudi Arabia", "Local · 2 hours ago", BRIDGE, "Source: Riyadh Today", "In this article", *SECTIONS,
        "A white bridge for cyclists over a wide highway at sunset", "AI-generated image", BRIDGE,
        prose[0], SECTIONS[0], prose[1], SECTIONS[1], prose[2], SECTIONS[2], prose[3], "© 2026 Riyadh Today",
    )
    assert out.paragraphs[4].dropped is None  # the headline over its picture, its copy under it a repeat
    assert {p.dropped for p in out.paragraphs[7:10]} == {"boilerplate.navigation"}


STAMPED = [
    "More news",
    "Nairobi to raise parking fees from January · Coast Today · 4 hours ago",
    "Fuel prices fall by three shillings a litre · Business Daily · yesterday",
]
GOES_ON = [
    "The ban will not cover the official displays the county organises.",
    "Under the new law, anyone caught selling fireworks without a licence faces a fine of up to 200,000 shillings. Repeat offenders can be jailed for six months.",
    "Traders in the old town said the decision would hurt them, since fireworks are a large part of their sales in December. They plan to appeal to the governor.",
]


def test_under_titles_printing_their_age_a_statement_over_a_paragraph_is_the_article_going_on() -> None:
    out = clean("Home | Kenya | Africa | World", *CITY, *STAMPED, *GOES_ON, "Was this translation helpful?", "Yes", "No")
    assert set(GOES_ON) <= set(kept(out))
    assert set(STAMPED) <= set(dropped(out))



def test_a_closing_question_over_another_prompts_buttons_is_the_articles() -> None:
    """"Yes" and "No" under the translation prompt answer it, not the article's last line above it."""
    question = "Will anyone bring the lights of the old cinema back on?"
    out = clean("Home", *CITY, question, "Share", "Was this translation helpful?", "Yes", "No", "© 2026 City News")
    assert question in kept(out)
    assert {"Yes", "No"} <= set(dropped(out))


def test_a_weather_widgets_readings_go_and_a_places_readings_under_its_label_stay() -> None:
    """A temperature with another reading (humidity, rain, wind) on a line in parts or without a
    label is a widget's; a list's row names its place with a colon."""
    widgets = ["Live weather · Bornova · 13°C · Humidity 88% · Wind NW 31 km/h", "Malaga today: 33 °C · Humidity 41 % · Chance of rain 0 %", "Киров −4 °C, ветер 3 м/с"]
    rows = ["Saint-Brevin: gusts of 125 km/h, 12 °C", "Guerande: gusts of 105 km/h, 11 °C", "Pornic: gusts of 98 km/h, 11 °C"]
    out = clean("Home", *CITY[:2], widgets[0], *CITY[2:], "The strongest gusts on the coast:", *rows, widgets[1], widgets[2], "© 2026 City News")
    assert set(widgets) <= set(dropped(out))
    assert set(rows) <= set(kept(out))


def test_a_headline_with_its_standfirst_under_a_menu_of_one_word_lines_stays() -> None:
    """A menu printed an item per line, then the headline and its standfirst, then a table of
    contents, a byline and a date before the body: the walk up from the body stops at the date."""
    headline = "Girona's private university raises its fees by 9% next year"
    deck = "The university blames dearer energy and higher wages for the rise, while students are already preparing protests for the first week of term"
    sections = ["What changes", "How much each degree costs", "How students reacted"]
    out = clean(
        "Front page", "Regions", "Girona", "Education", "Sport", "Opinion", "Subscribe", "Education › Universities", headline, deck,
        "Jump to:", *sections, "Laia Ferrer i Costa", "Girona | 12 March 2025, 07.15", "Updated at 10.40",
        "Students in the campus library this Tuesday. | Photo: Marc Vila", sections[0],
        "The International University of Girona will raise the price of a credit by 9% from the next academic year. About 4,000 students are affected.",
        "The board blames its energy bill, which has doubled in two years, and the new collective agreement for its staff.",
        sections[1],
        "Nursing will cost 10,460 euros a year, up from 9,600. Business studies will cost 9,150 euros, up from 8,400.",
        sections[2],
        "The student union called the rise unfair and announced a sit-in at the rectorate. It asks the university to freeze fees for students already enrolled.",
        "© 2026 Girona Daily",
    )
    assert {headline, deck} <= set(kept(out))


def test_a_contents_heading_a_navigation_cue_names_still_heads_its_entries() -> None:
    entries = ["1. The harbour", "2. The numbers", "3. After the tuna"]
    out = clean(
        "Long reads", "The last crew of Marzamemi", "Reading time: 12 minutes", "In this article", *entries,
        "At four in the morning the harbour of Marzamemi is still dark, and the only sound is the diesel of the last trawler. Its skipper has fished here for forty years.",
        "His son and two Tunisian sailors who have lived in the village for a decade board with him. They will be back before noon with what the sea gives them.",
        "The decline did not come overnight. First fish prices fell at the market, then fuel became dearer, and the young left for the north.",
        "© 2026 Sicilian Weekly",
    )
    assert set(entries) <= set(dropped(out))


def test_a_sentence_opening_like_a_sponsors_label_is_the_articles() -> None:
    """"In cooperation with …" labels a sponsor's box; a sentence that opens so and goes on to its
    news, ending in a full stop, is no label."""
    sentences = ["I samarbete med polisen evakuerades hela huset under natten.", "Ve spolupráci s policií hasiči evakuovali celý dům."]
    for sentence in sentences:
        out = clean(sentence)
        assert sentence in kept(out)
    assert "In samenwerking met Rabobank" in dropped(clean("In samenwerking met Rabobank"))
