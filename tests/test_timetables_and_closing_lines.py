"""A timetable's rows, a list of numbered lines, a review's credits and a closing line over a prompt.

- A row cut like a byline's segments that gives a span of two clock times ("05.00–09.00 | every
  20 minutes") is a timetable's: a byline gives one moment, never a period.
- Rows that each open with the same word and a number of their own before a colon ("Route 4: …,
  every 15 minutes") list routes or lines, not teasers printing their age; a podcast's episodes
  counting down one by one ("Episode 88: …", "Episode 87: …") stay teasers; inside the body such
  lines are the article's list, not a run of links.
- A review's credits may part their names with an Arabic comma ("،").
- A coin's quote ("XRP | 0,49 $ | −8,7%") under two kept rows cut alike is the table's last row.
- A section's breadcrumb over the headline ("Events › Museums") is the page's head, not a second
  headline.
- A line within quotation marks over the body under a related block is a pulled quote, not its
  last teaser.
- The article's closing statement under a related block's titles may stand over the feedback
  prompt or the share bar that closes the article, with tags and comments below them.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

FERRY_HEAD = [
    "Beranda | Berita | Daerah | Ekonomi",
    "Jadwal penyeberangan Ketapang–Gilimanuk diubah mulai pekan depan",
    "Pengelola pelabuhan menambah jumlah kapal pada jam sibuk pagi dan sore untuk mengurangi antrean kendaraan. Perubahan berlaku selama masa libur sekolah.",
    "Kepala cabang pelabuhan mengatakan antrean truk sempat mencapai tiga kilometer pada akhir pekan lalu. Karena itu, jarak antarkeberangkatan dipersingkat pada jam ramai.",
    "Jadwal baru keberangkatan kapal:",
]
FERRY_ROWS = ["05.00–09.00 WIB | setiap 20 menit", "09.00–16.00 WIB | setiap 35 menit", "16.00–22.00 WIB | setiap 25 menit"]
FERRY_FOOT = [
    "Penumpang diminta membeli tiket secara daring paling lambat dua jam sebelum keberangkatan. Petugas tidak lagi melayani pembelian tiket di loket pelabuhan.",
    "Pengelola juga menyiapkan kantong parkir tambahan di dekat terminal untuk kendaraan pribadi. Kantong parkir itu dapat menampung sekitar 400 mobil.",
    "Bagikan",
    "Facebook",
    "WhatsApp",
    "© 2026 Kabar Selat. Hak cipta dilindungi.",
]


def test_rows_of_clock_spans_are_a_timetables_not_a_bylines() -> None:
    out = clean(*FERRY_HEAD, *FERRY_ROWS, *FERRY_FOOT)
    assert set(FERRY_ROWS) <= set(kept(out))


BUS_HEAD = [
    "Startseite | Lokales | Sport | Kultur",
    "Streik im Nahverkehr: Diese Busse fahren am Freitag",
    "Die Gewerkschaft hat die Beschäftigten der städtischen Verkehrsbetriebe für Freitag zum ganztägigen Ausstand aufgerufen. Straßenbahnen bleiben in den Depots.",
    "Einige Buslinien werden von privaten Unternehmen betrieben und fahren deshalb trotzdem. Die Verkehrsbetriebe raten Pendlern, mehr Zeit einzuplanen.",
    "Anzeige",
    "Ersatzverkehr am Freitag",
]
BUS_ROWS = [
    "Linie 12: Hauptbahnhof Vorplatz – Südstadt, alle 30 Minuten",
    "Linie 27: Marktplatz am Rathaus – Klinikum Nord, alle 20 Minuten",
    "Linie 41: Bahnhof Ost – Gewerbegebiet, stündlich",
]
BUS_FOOT = [
    "Die Schulbusse im Landkreis sind vom Streik nicht betroffen und fahren nach dem gewohnten Plan. Auch die Regionalzüge verkehren normal.",
    "Die nächste Verhandlungsrunde ist für den 18. März angesetzt. Ob es bis dahin weitere Streiks gibt, ließ die Gewerkschaft offen.",
    "Artikel teilen",
    "WhatsApp",
    "© 2026 Stadtbote Verlag",
]


def test_rows_opening_with_numbered_lines_are_the_articles_list() -> None:
    out = clean(*BUS_HEAD, *BUS_ROWS, *BUS_FOOT)
    assert set(BUS_ROWS) <= set(kept(out))


EPISODES = [
    "Folge 88: Warum die Mieten in der Altstadt steigen | 34 Min.",
    "Folge 87: Der letzte Schuster der Stadt | 28 Min.",
    "Folge 86: Was wird aus dem alten Hallenbad? | 31 Min.",
]


def test_episodes_counting_down_stay_teasers() -> None:
    out = clean(*BUS_HEAD[:4], *BUS_FOOT[:2], "Stadtgespräch – der Podcast", *EPISODES, *BUS_FOOT[2:])
    assert set(EPISODES) <= set(dropped(out))


REVIEW = [
    "صفحه اصلی | سیاسی | فرهنگ و هنر | ورزشی",
    "«باغ شبانه» در تالار قشقایی؛ اجرایی آرام که دیر اوج می‌گیرد",
    "نمایش تازه این کارگردان جوان از هفته گذشته در تالار قشقایی روی صحنه رفته و با طراحی نور چشمگیری آغاز می‌شود. اما متن در نیمه دوم از نفس می‌افتد.",
    "داستان درباره سه خواهری است که پس از مرگ پدر در باغی قدیمی در حاشیه شهر گرد هم می‌آیند. هر کدام رازی دارد که تا پایان نمایش آشکار نمی‌شود.",
    "بازیگران نقش خواهرها را با دقت و بدون اغراق بازی می‌کنند. بازیگر نقش خواهر کوچک‌تر با کمترین حرکت بیشترین تاثیر را می‌گذارد.",
    "با این همه، اجرا بیش از دو ساعت طول می‌کشد و صحنه‌های تکراری ریتم آن را کند می‌کنند. کوتاه‌تر شدن نیمه دوم می‌توانست به نمایش کمک کند.",
]
CREDITS = [
    "نویسنده و کارگردان: سارا امینی",
    "بازیگران: مریم کاظمی، نیلوفر راد، الهام صفوی",
    "طراح نور: امید نوری",
    "زمان اجرا: هر شب ساعت ۲۰ تا ۱۵ اسفند",
]
SHARE = ["اشتراک‌گذاری", "تلگرام", "واتس‌اپ", "برچسب‌ها: تئاتر، نقد تئاتر، تالار قشقایی", "نظرات", "ناشناس: دیروز دیدمش و خیلی دوستش داشتم."]


def test_a_reviews_credits_with_arabic_commas_are_the_reviews() -> None:
    out = clean(*REVIEW, "بیشتر بخوانید: فروش تئاترهای شهر در پاییز بیشتر شد", "تبلیغات", *CREDITS, "امتیاز شما به این مطلب چیست؟", "۱ ۲ ۳ ۴ ۵", *SHARE)
    assert set(CREDITS) <= set(kept(out))


AIR_HEAD = [
    "Home | News | Weather | Local",
    "Smog alert for the valley as still air traps traffic fumes",
    "The regional environment agency raised its air-quality alert to the second level on Thursday morning. Readings at four stations passed the daily limit for fine dust.",
    "Cold, windless weather has kept exhaust and wood smoke close to the ground for three days. Forecasters expect no change before a front arrives on Sunday.",
    "Doctors advised people with asthma or heart conditions to stay indoors in the afternoon. Schools cancelled outdoor sport until the alert is lifted.",
    "The city has made buses free for the duration of the alert and asked drivers to leave their cars at home. Traffic on the ring road fell by a tenth on Thursday.",
]
AIR_BLOCK = ["See also:", "Which air purifier works in a small flat?", "Why winter smog is worse in the valley"]
AIR_CLOSING = "The agency expects the alert for the valley to stay in force until the weekend, when a cold front should bring wind and clear the air."
AIR_FOOT = [
    "Was this article helpful?",
    "Yes",
    "No",
    "Share",
    "Facebook",
    "smog   air quality   valley   fine dust",
    "Martin K.: Every winter the same story, so when will they finally do something about it?",
    "Like · Reply · 12",
    "© 2026 Valley Herald",
]


def test_a_closing_statement_over_the_feedback_prompt_is_the_articles() -> None:
    out = clean(*AIR_HEAD, *AIR_BLOCK, AIR_CLOSING, *AIR_FOOT)
    assert AIR_CLOSING in kept(out)
    assert set(AIR_BLOCK) <= set(dropped(out))


COINS_HEAD = [
    "Главная | Новости | Экономика | Финансы",
    "Биткоин упал ниже 60 тысяч долларов на фоне массовых ликвидаций",
    "Курс крупнейшей криптовалюты во вторник утром опустился до минимума за полгода. За сутки рынок потерял больше десятой части стоимости.",
    "Аналитики связывают распродажу с принудительным закрытием позиций на биржах. Объём ликвидаций за ночь превысил миллиард долларов.",
    "Как изменились курсы монет за сутки",
]
COINS = ["Bitcoin (BTC) | 58 100 $ | −10,9%", "Ethereum (ETH) | 2 240 $ | −13,2%", "Solana (SOL) | 118,4 $ | −17,5%", "XRP | 0,49 $ | −8,7%"]
COINS_FOOT = [
    "Регуляторы пока не комментируют происходящее на рынке. Ранее центральный банк предупреждал о рисках вложений в цифровые активы.",
    "Часть инвесторов, по словам аналитиков, уже начала выкупать подешевевшие монеты. Однако большинство участников рынка ждёт дальнейшего снижения.",
    "Поделиться",
    "Telegram",
]


def test_a_coins_quote_under_kept_rows_cut_alike_is_the_tables_last_row() -> None:
    out = clean(*COINS_HEAD, *COINS, *COINS_FOOT)
    assert set(COINS) <= set(kept(out))


PULLED_QUOTE = "‘We never want to see the river this high again’"


def test_a_quote_within_quotation_marks_over_the_body_is_no_teaser() -> None:
    teaser = "Sandbag stocks run low across the county after a wet autumn"
    body = [
        "Residents of Riverside Close said the water reached their gardens within an hour on Tuesday night. Several families moved to relatives in the town centre.",
        "The council said it would review the flood barriers on the Wensum before the winter. A report is due to the cabinet in January.",
    ]
    out = clean(*AIR_HEAD[:4], "Read more", teaser, PULLED_QUOTE, *body, "Share this article", "Facebook")
    assert PULLED_QUOTE in kept(out)
    assert teaser in dropped(out)


NETWORK_ROWS = [
    "Linie X12: Hauptbahnhof – Universität – Technologiepark",
    "Linie X14: Westfriedhof – Marktplatz – Ostbahnhof",
    "Linie X15: Neustadt – Klinikum – Messegelände",
    "Linie 161: Rathaus – Hafen – Industriegebiet Nord",
    "Linie 162: Flughafen – Gewerbepark – Südring",
    "Linie 170: Bahnhof Süd – Stadion – Waldsiedlung",
]


def test_lines_numbered_under_one_label_inside_the_body_are_the_articles_list() -> None:
    head = [
        "Startseite | Lokales | Verkehr",
        "Neues Busnetz: Fünf Expresslinien verbinden die Stadtteile",
        "Ab dem 1. Juli fahren in der Stadt fünf neue Expressbusse, die die Außenbezirke ohne Umweg über die Innenstadt verbinden. Die Verkehrsbetriebe versprechen kürzere Fahrzeiten.",
        "Der Stadtrat hatte das neue Netz im Frühjahr nach zwei Jahren Planung beschlossen. Die Kosten von rund zwölf Millionen Euro trägt zum Teil das Land.",
        "Anzeige",
        "Die neuen Linien im Überblick",
    ]
    tail = [
        "Die Busse fahren werktags alle zehn Minuten und am Wochenende alle zwanzig Minuten. Die bisherigen Stadtbuslinien bleiben bis auf zwei Ausnahmen erhalten.",
        "Fahrgäste können die neuen Linien mit allen bisherigen Fahrkarten nutzen. Das Monatsticket wird nicht teurer.",
        "Artikel teilen",
        "WhatsApp",
    ]
    out = clean(*head, *NETWORK_ROWS, *tail)
    assert set(NETWORK_ROWS) <= set(kept(out))


CRUMB = "Events › Museums and galleries"
HEADLINE = "Museum night on Saturday: forty venues open until midnight for one euro"
MUSEUM_PAGE = [
    "Home",
    "News",
    "Events",
    "Sport",
    "Weather",
    "We use cookies to improve your experience on our site and to show you relevant advertising.",
    "Accept",
    "Customise",
    CRUMB,
    HEADLINE,
    "Forty museums and galleries stay open late. Extra trams run on the main lines until two.",
    "By Anna Rossi",
    "From half past seven until eleven, a symbolic ticket opens the doors of forty museums, galleries and historic houses across the city. Shuttle buses link the main venues.",
    "The organisers expect more than sixty thousand visitors, as many as last year. Several museums will open rooms that are usually closed to the public.",
    "The city's transport company will run extra trams on the main lines until two in the morning. Tickets for the night can be bought at every venue.",
    "Share",
    "Facebook",
]


def test_a_breadcrumb_over_the_headline_is_the_pages_head() -> None:
    out = clean(*MUSEUM_PAGE)
    assert HEADLINE in kept(out)
    assert CRUMB in dropped(out)
