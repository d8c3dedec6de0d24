"""StripBoilerplate's rules on article text they must leave alone: the body after a
related-articles block, links printed under every item, and qualifiers that look like credits.

Each test also shows the rule still firing on the furniture beside it.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate

BODY = TRAM_ARTICLE[:8]


def strip(*paragraphs: str):
    return StripBoilerplate().apply(make_article(*paragraphs))


# -- related blocks ----------------------------------------------------------------------


def test_run_in_labels_after_a_related_block_are_the_body_again() -> None:
    related = ["Related:", "Five Tram Lines Worth a Detour", "How the Night Bus Network Grew"]
    guide = [
        "Commuters:",
        "A monthly pass pays for itself after about twenty trips, and employers in the city can claim part of it back from the council.",
        "Visitors:",
        "Day tickets are sold at every stop, and children under six travel free with an adult holding any valid ticket for the network.",
    ]
    out = strip(*BODY, *related, *guide)
    assert kept(out) == [*BODY, *guide]
    assert set(dropped(out)) == set(related)


def test_a_rankings_numbered_items_end_the_block_at_the_first_line_with_no_next_rank() -> None:
    # "Most read" over "1. …", "2. …", "3. …": the article's subhead and list under the last
    # item print no rank "4.", so the block ends there, though they are short titles too.
    ranking = ["Most read", "1. Gold price today", "2. Ferry timetable for the summer", "3. Rain returns to the coast"]
    own = ["The new tram stops", "Harbour Square, next to the ferry terminal", "Quay Road, by the old fish market"]
    out = strip(*BODY[:4], *ranking, *own, *BODY[4:])
    assert kept(out) == [*BODY[:4], *own, *BODY[4:]]
    assert set(dropped(out)) == set(ranking)


def test_a_related_block_opening_the_page_ends_at_the_headline_over_its_byline_and_date() -> None:
    # Teasers, then the article's headline over its desk's byline and date, then the body: the
    # headline is no teaser. Teasers with dates of their own stay in the block.
    latest = ["Latest news", "Night buses return to the harbour district", "Bridge repairs close the ring road for ten days"]
    head = ["Tram line to the north approved after two years of debate", "City desk", "Published 2 December 2025, 07:45"]
    out = strip(*latest, *head, *BODY)
    assert set(latest) <= set(dropped(out)) and head[0] in kept(out)
    dated = ["Latest news", "Night buses return to the harbour district", "1 December 2025, 18:10",
             "Bridge repairs close the ring road for ten days", "30 November 2025, 09:30"]
    out = strip(*dated, "Council approves the budget for next year", "Tax on second homes goes up", *BODY)
    assert "Bridge repairs close the ring road for ten days" in dropped(out)


def test_a_block_label_opening_the_page_ends_at_the_headline_over_two_reporters_names() -> None:
    # "Latest news" over the headline, its stamp and two reporters' names no earlier rule named
    # ("Jane Holt and Omar Reyes Diaz"): the headline is the article's. Two teaser titles in
    # title case joined by "and" name nobody.
    head = ["Tram line to the north approved after two years of debate", "Published 07:12 · Updated 09:48", "Jane Holt and Omar Reyes Diaz"]
    out = strip("Latest news", *head, *BODY)
    assert head[0] in kept(out) and "Latest news" in dropped(out)
    teasers = ["Storm and Flood Hit the Coast", "Bridge Repairs Close the Ring Road"]
    out = strip("Latest news", *teasers, *BODY)
    assert set(teasers) <= set(dropped(out))


def test_a_headline_right_under_a_top_label_stays_over_its_byline_and_stamps() -> None:
    # A label no teaser follows ("Top stories" over the article itself), then the headline, its
    # author, date, reading time and count of shares, then the body: the headline is the article's.
    head = ["Tram line to the north approved after two years of debate", "Jane Holm", "2 December 2025",
            "4 min read", "345 shares"]
    out = strip("Top stories", *head, *BODY)
    assert "Top stories" in dropped(out) and head[0] in kept(out)
    # With teasers above it, the same run of stamps under the headline ends the block there.
    latest = ["Latest news", "Night buses return to the harbour district", "Bridge repairs close the ring road for ten days"]
    out = strip(*latest, *head, *BODY)
    assert set(latest) <= set(dropped(out)) and head[0] in kept(out)
    # The body may open with a short lede of one sentence, or with a paragraph and a short
    # sentence after it: the headline over its stamp is the article's all the same.
    for opening in (["The tram is coming north at last.", *BODY], [BODY[0], "The tram is coming north at last.", *BODY[1:]]):
        out = strip(*latest, head[0], "City | 1 hour ago", *opening)
        assert set(latest) <= set(dropped(out)) and head[0] in kept(out), opening[:2]


def test_chinese_and_japanese_lines_are_measured_in_words_in_related_blocks() -> None:
    # Unspaced lines count a word for every character or so: a teaser title of twenty characters
    # is no long body line that ends the block, and a short subhead is no last teaser; a
    # section and age printed unspaced ("経済・3時間前") is a stamp.
    from test_boilerplate_families import BODIES

    ja = BODIES["ja"]
    teasers = ["注目のニュース", "タイ、観光客の入国税を来年から導入へ　一人あたり約千円", "ベトナムの輸出、半導体けん引で二割増加　過去最高を更新"]
    head = ["市民プール改修へ、１２億円の計画を可決", "経済・3時間前"]
    out = strip(*teasers, *head, *ja)
    assert set(teasers) <= set(dropped(out)) and kept(out) == [head[0], *ja]
    subhead = "■担当者に聞く"
    out = strip(*ja[:2], *teasers, subhead, *ja[2:])
    assert kept(out) == [*ja[:2], subhead, *ja[2:]]


def test_a_subhead_under_a_block_stays_when_the_second_copy_prints_it_among_the_paragraphs() -> None:
    # A headline-length line under a block's teasers, over the body, reads as the last teaser;
    # on a page scraped twice whose second copy has no block, the copy of that line stands
    # between the copies of the paragraphs around the block: it is the article's subhead.
    related = ["Related articles", "Night buses return to the harbour district", "Bridge repairs close the ring road for ten days"]
    subhead = "What changes for the people living along the line"
    first = [*BODY[:3], *related, subhead, *BODY[3:]]
    at = first.index(subhead)
    out = strip(*first)
    assert out.paragraphs[at].dropped is not None  # printed once: the block's last teaser
    out = strip(*first, *BODY[:3], subhead, *BODY[3:])
    assert out.paragraphs[at].dropped is None and set(related) <= set(dropped(out))
    # A second copy that prints the block again says nothing about the line.
    out = strip(*first, *BODY[:3], *related, subhead, *BODY[3:])
    assert out.paragraphs[at].dropped is not None


def test_a_related_block_opening_the_page_ends_at_the_headline_over_its_age_and_video() -> None:
    # The headline's stamp says how long ago it went up; the article's video player sits between
    # the stamp and the body. Teasers with stamps of their own stay in the block.
    latest = ["More on this story", "Night buses return to the harbour district", "Bridge repairs close the ring road for ten days"]
    head = ["Tram line to the north approved after two years of debate", "Published 47 minutes ago | City"]
    video = ["Video: the new line in ninety seconds", "Play", "01:32"]
    out = strip(*latest, *head, *video, *BODY)
    assert set(latest) <= set(dropped(out)) and head[0] in kept(out)
    aged = ["More on this story", "Night buses return to the harbour district", "Transport · 3 hours ago",
            "Bridge repairs close the ring road for ten days", "Transport · 5 hours ago"]
    out = strip(*aged, *head, *BODY)
    assert set(aged) <= set(dropped(out)) and head[0] in kept(out)


def test_teasers_with_their_age_make_a_related_block_whatever_its_heading() -> None:
    # No cue knows the heading; the teasers' ages behind their titles (after the source or not,
    # one of them "yesterday") tell the block. A Slovene and a Macedonian block, and an English one.
    blocks = [
        ["Več o tem", "Vlada potrdila nov načrt za obnovo železniških prog — STA · pred 2 urama",
         "Zakaj so zime v srednji Evropi vse bolj mile · včeraj", "Občine dobijo več denarja za ceste · pred 3 dnevi"],
        ["Прочитајте и ова", "Собранието ги усвои измените на изборниот законик — пред 5 часа",
         "Нова линија за автобуси меѓу Скопје и Тетово — МИА · пред 1 ден"],
        ["Elsewhere", "Harbour ferries return after the winter storms — Metro Desk · 3 hours ago",
         "Council votes to keep the old library open · 2 days ago"],
        # Two teasers, one of them "yesterday", a figure in a title.
        ["Across the region", "Vietnam extends its e-visa to 90 days — VnExpress · 2 hours ago",
         "Bangkok to build a second airport in the east — Bangkok Post · yesterday"],
        # Japanese titles, unspaced, their parts set off by ideographic spaces.
        ["関連ニュース", "タイ東北部、干ばつで農業用水を制限　―　バンコク・ポスト　・　5時間前",
         "ラオスの新ダム、下流の漁業に影響か　―　ベトナム通信　・　2日前"],
    ]
    for block in blocks:
        out = strip(*BODY[:3], *block, *BODY[3:])
        assert kept(out) == BODY and set(dropped(out)) == set(block)


def test_a_related_block_opening_the_page_ends_at_the_headline_over_its_standfirst_and_byline() -> None:
    # One teaser, then the headline, its standfirst, the byline with its date, the picture: a
    # teaser's summary would be followed by the next teaser, not by a byline and the body.
    block = ["Most read now", "Bridge repairs close the ring road for ten days"]
    head = ["Tram line to the north approved after two years of debate",
            "The council voted 31 to 12 for the six-stop extension, which the region will largely pay for.",
            "Jane Doe · Updated 22.5.2025 23.14"]
    out = strip(*block, *head, "The new tram at its first test run. Photo: John Smith/Example", *BODY)
    assert set(block) <= set(dropped(out)) and head[:2] == [t for t in kept(out) if t in head[:2]]


def test_a_related_block_under_a_cookie_banner_and_a_breadcrumb_still_opens_the_page() -> None:
    # The banner, its buttons and a breadcrumb, named by earlier rules, print above the block: it
    # still opens the page, and ends at the headline over its standfirst and byline.
    banner = ["We and our partners use cookies to measure our audience and show you personalised content and ads.",
              "Accept all", "Continue without accepting", "Manage my choices"]
    block = ["Most read", "Night buses return to the harbour district", "Bridge repairs close the ring road for ten days"]
    head = ["Tram line to the north approved after two years of debate",
            "The council voted 31 to 12 for the extension. The region will pay for most of it.", "By Jane Doe"]
    out = strip(*banner, "Home > Region > Harbourside", *block, *head, *BODY)
    assert set(block) <= set(dropped(out)) and head[:2] == [t for t in kept(out) if t in head[:2]]


def test_a_related_block_opening_the_page_ends_at_the_headline_over_its_byline_and_captioned_picture() -> None:
    # Under the byline and its date, the picture's one-sentence caption over its credit: the
    # picture's, not the body's first line, and the block ended above the headline.
    block = ["Latest", "Bridge repairs close the ring road for ten days"]
    head = ["Tram line to the north approved after two years of debate",
            "The council voted 31 to 12 for the extension. The region will pay for most of it.", "Jane Doe", "08.10.2025 08:31"]
    picture = ["The first test run of the new tram, in 2019.", "Photo: Example Archive / John Smith"]
    out = strip(*block, *head, *picture, *BODY)
    assert set(block) <= set(dropped(out)) and head[:2] == [t for t in kept(out) if t in head[:2]]


def test_a_related_block_opening_the_page_ends_at_the_sections_breadcrumb() -> None:
    # The section's breadcrumb of three parts under the teasers: the block ended above it, and
    # the headline under it is the article's, whatever widget lines follow its byline.
    block = ["Most read", "Bypass roadworks to run into summer, council admits", "Teenager cleared of arson at derelict mill"]
    headline = "Care home boss lied to families about missing money, jury told"
    head = [headline, "By Rebecca Tranter, Courts Reporter", "Follow this story", "We will email you when there is a new development in this case"]
    out = strip(*block, "News › Crime › Courts", *head, *BODY)
    assert set(block) <= set(dropped(out)) and headline in kept(out)


def test_a_related_block_of_undated_titles_opening_the_page_ends_at_the_articles_section_and_age() -> None:
    # Two titles with no age, then the article's section and age over its headline: the stamp
    # is the article's, not a teaser's date, and the block ended above it.
    block = ["Read also", "Bridge repairs close the ring road for ten days", "Night buses return to the harbour district"]
    headline = "Tram line to the north approved after two years of debate"
    out = strip(*block, "City · Updated 25 minutes ago", headline, *BODY)
    assert set(block) <= set(dropped(out)) and headline in kept(out)


def test_a_title_without_an_age_after_teasers_with_theirs_is_the_articles_headline() -> None:
    # A block opens the page; its teasers print their ages, the headline under them none. The
    # headline stands over its picture's AI note, and is neither a teaser nor the picture's description.
    block = ["Read also", "Bridge repairs close the ring road for ten days · 3 hours ago", "Night buses return to the harbour district · 9 hours ago"]
    headline = "Tram line to the north approved after two years of debate"
    out = strip(*block, headline, "Illustration made by AI. It shows no real scene.", *BODY)
    assert set(block) <= set(dropped(out)) and headline in kept(out)


def test_lists_with_figures_after_a_dash_or_bar_are_no_teasers() -> None:
    # Prices, measures and a single dated entry: an article's own lists.
    lists = [
        ["Electric push lawn mowers for small gardens – $50 instant discount", "Heat pump water heaters for older homes – $750 rebate"],
        ["Measured maximum speed on flat roads | 32.3 km/h", "Measured effective range with one battery | 48.5 km"],
        ["The next public hearing on the tram line · 12 May"],
        # A table's rows whose notes hold a standard's number.
        ["store_country String Store country of the item — Use ISO 3166-1 alpha-2", "target_country String Target country of the item — Use ISO 3166-1 alpha-2"],
        # Fares in a currency written as a word ("15 грн", "1.200 din"), under their subhead.
        ["Що зміниться для пасажирів", "разовий квиток у салоні — 15 грн;", "поїздка з «Бузькою карткою» — 13 грн;"],
        ["Nove cene karata", "mesečna karta za zaposlene — 3.200 din", "godišnja karta za penzionere — 1.200 din"],
        # Bulleted items counting what went where: teasers print no bullet before their title.
        ["Where the injured were taken", "• Royal Infirmary in the city centre – 11 passengers", "• County Hospital on the ring road – 5 passengers"],
    ]
    for items in lists:
        out = strip(*BODY[:3], *items, *BODY[3:])
        assert kept(out) == [*BODY[:3], *items, *BODY[3:]]


def test_a_question_over_a_list_after_a_related_block_is_the_body_again() -> None:
    related = ["Related coverage", "Data regulator fines hospital group over leak", "Online sales pass a record for the first time", "Digital services tax heads to parliament"]
    section = ["What will the board examine?", "Hidden 'Reject' buttons in cookie notices", "Pre-ticked consent boxes", "Data shared with advertising partners"]
    out = strip(*BODY[:5], *related, *section, *BODY[5:])
    assert kept(out) == [*BODY[:5], *section, *BODY[5:]]
    assert set(dropped(out)) == set(related)


def test_a_subhead_over_a_bulleted_list_after_a_related_block_is_the_body_again() -> None:
    related = ["More on this topic", "How to tell which apps collect your data", "Bill: a fine of up to a million for data leaks"]
    section = ["Main findings", "• 62% of the sites stored tracking cookies before consent", "• 41% showed no button to refuse"]
    out = strip(*BODY[:5], *related, *section, *BODY[5:])
    assert kept(out) == [*BODY[:5], *section, *BODY[5:]]
    assert set(dropped(out)) == set(related)


def test_a_paragraph_over_a_closing_list_after_a_related_block_is_the_body_again() -> None:
    # Under the teasers, a paragraph, then "What we know:" over short items to the article's
    # end: the article's close, not a teaser's summary.
    related = ["More on the tram line", "Why the northern depot was delayed", "Council rejects the bus plan"]
    close = [
        "Heavy rain had soaked the embankment for days, and the operator had warned on Wednesday that the line might close. The inquiry begins on Monday.",
        "What we know:",
        "The tram was on its way to the harbour",
        "Forty passengers were on board",
        "The line stays closed until Friday",
    ]
    out = strip(*BODY, *related, *close, "Share", "Facebook", "WhatsApp")
    assert kept(out) == [*BODY, *close]
    assert set(related) <= set(dropped(out))


def test_an_interview_resumes_after_a_related_block() -> None:
    related = ["Related news", "Summit ends without a joint statement on the sea", "Jakarta buys French fighter jets"]
    interview = [
        "What do you ask of Europe?",
        "More investment and fewer lessons. European companies are welcome in our nickel industry, but they must process the ore here.",
        "Do you still trust Washington?",
        "We trust agreements, not persons. Governments come and go, and that is why we sign treaties that outlast them.",
    ]
    out = strip(*BODY[:6], *related, *interview)
    assert kept(out) == [*BODY[:6], *interview]
    assert set(dropped(out)) == set(related)


def test_a_subhead_alone_under_a_related_heading_early_in_the_article_stays() -> None:
    section = ["Cautious optimism", BODY[1], "Diplomats name other issues too:", "- a detained businessman", "- buoys at sea"]
    out = strip(BODY[0], "Recommended for you", *section, *BODY[2:])
    assert kept(out) == [BODY[0], *section, *BODY[2:]]


def test_a_related_block_ends_at_a_subhead_over_a_paragraph_and_a_quote() -> None:
    # Teasers, then the article's subhead, its paragraph of two sentences and a quote on a line of its own.
    related = ["More from the region", "Ring road closed after a lorry crash", "Library reopens after two years of works"]
    section = [
        "Shopkeepers divided",
        "The traders' association fears the plan will keep shoppers away. Its members met on Monday evening to discuss it.",
        "\u201cWe do not want an empty town centre on Saturday afternoons\u201d",
    ]
    out = strip(*BODY[:2], *related, *section, *BODY[2:])
    assert kept(out) == [*BODY[:2], *section, *BODY[2:]]
    assert set(dropped(out)) == set(related)


def test_a_related_block_ends_at_a_short_subhead_over_a_paragraph_and_a_statement() -> None:
    # Teasers, then the article's short subhead, a paragraph of two sentences and its closing
    # statement, over the page's boxes: no teaser's summary is followed by a line ending so.
    related = ["More from the region", "Ring road closed after a lorry crash", "Library reopens after two years of works"]
    section = [
        "What next",
        "The council votes on the plan in March. The traders want to be heard before then.",
        "Work would start in the summer.",
    ]
    out = strip(*BODY[:4], *related, *section, "Get our app for more local news", "© 2025 Example Media")
    assert kept(out) == [*BODY[:4], *section]


def test_a_related_block_of_titles_ends_at_the_articles_last_section_over_the_next_block() -> None:
    # A teaser asking after a topic's label ("Abbey Fields recount: who is …?") announces no list;
    # the article's subhead of three words and its last paragraph stand over the tags and the next block.
    related = ["More from the region", "Priya Lendon: the former science teacher who led the Green surge",
               "Abbey Fields recount: who is first-time winner Sam Okafor?", "Graham Tillett looks back on fourteen years in charge"]
    section = ["What happens next", "The new council will hold its annual meeting on 21 May, when a leader will be elected. "
               "Results for the county council are due on Saturday afternoon."]
    out = strip(*BODY[:4], *related, *section, "Local elections", "Marlow Fen", "Most read", "Bypass roadworks to close the A1123 for three weekends")
    assert kept(out)[:6] == [*BODY[:4], *section]
    assert set(related) <= set(dropped(out))


def test_run_in_labels_in_german() -> None:
    body = [
        "Der Stadtrat hat am Dienstag die Verlängerung der Straßenbahnlinie in das neue Wohngebiet im Norden beschlossen, nach zwei Jahren Streit.",
        "Die Strecke soll sechs neue Haltestellen bekommen und rund 80 Millionen Euro kosten, den größten Teil bezahlt das Land.",
        "Gegner sagten, das Geld wäre bei Bussen besser angelegt, die auch die Dörfer am Rand erreichen könnten, wohin die Bahn nie fährt.",
        "Der Bau soll im nächsten Frühjahr beginnen und etwa zwei Jahre dauern, teilten die Verkehrsbetriebe in einer Erklärung mit.",
        "Die ersten Bahnen sollen im Herbst 2027 auf dem neuen Abschnitt fahren, wenn die Ausschreibung für die Schienen wie geplant läuft.",
    ]
    related = ["Mehr zum Thema", "Neue Buslinien im Süden der Stadt", "Wie teuer wird das Deutschlandticket?"]
    guide = [
        "Pendler:",
        "Eine Monatskarte lohnt sich schon nach etwa zwanzig Fahrten, und viele Arbeitgeber in der Stadt zahlen einen Teil davon dazu.",
    ]
    out = strip(*body, *related, *guide)
    assert kept(out) == [*body, *guide]
    assert set(dropped(out)) == set(related)


def test_a_teaser_title_is_no_run_in_label() -> None:
    # Teaser titles announce nothing: the block goes on over a title and its summary.
    related = ["Related stories", "Five Tram Lines Worth a Detour", "A look at the city's most scenic routes, from the harbour to the hills, and when to ride them."]
    out = strip(*BODY, *related)
    assert kept(out) == BODY
    assert set(dropped(out)) == set(related)


def test_a_link_under_every_item_is_no_block_heading() -> None:
    reviews = [
        ("The Harbour Line", "The Harbour Line is the oldest route in the city, and after the rebuild its trams run every six minutes at rush hour."),
        ("The Hill Line", "The Hill Line climbs to the university in twelve minutes, a trip that used to take half an hour by bus in the morning."),
        ("The Airport Line", "The Airport Line opened last year and now carries more passengers than the express bus it replaced on that route."),
    ]
    lines = [*BODY[:4]]
    for name, review in reviews:
        lines += [name, review, f"More on {name}"]
    out = strip(*lines, *BODY[4:])
    assert [line for line in kept(out) if not line.startswith("More on")] == kept(out)
    assert all(review in kept(out) for _, review in reviews)
    assert all(dropped(out)[f"More on {name}"] == "boilerplate.related_block" for name, _ in reviews)


def test_a_single_more_on_heading_still_opens_a_block() -> None:
    teasers = ["More on The Harbour Line", "Why the Harbour Line Runs Late", "The Harbour Line at Night"]
    out = strip(*BODY, *teasers)
    assert kept(out) == BODY
    assert set(dropped(out)) == set(teasers)


# -- captions ----------------------------------------------------------------------------


def test_qualifiers_in_parentheses_are_not_photo_credits() -> None:
    qualifiers = [
        "Top Long-Distance Mover: Colonial Van Lines (4.7/5 rating)",
        "Best Overall: Adidas Adizero Evo SL (Men’s/Women’s)",
        "Automatic thread cutter (with on/off capability)",
        "What Are Full EV Cars? (And What They’re Not)",
        "Flat Rate vs. Hourly Cleaning Services: Understanding San Diego's Pricing Dynamics",
        "So now you know what a tram depot does, and why the city needs a second one. :)",
    ]
    out = strip(*BODY[:4], *qualifiers, *BODY[4:])
    assert kept(out) == [*BODY[:4], *qualifiers, *BODY[4:]]


def test_photo_credits_still_dropped() -> None:
    credits = [
        "Police officers at the scene on Monday evening. (AP Photo/Jane Doe)",
        "Der Kanzler bei seiner Rede im Bundestag (dpa/picture alliance)",
        "El rey durante la visita oficial a Madrid. Foto: EFE/Juan Pérez",
        "Photograph: Jane Doe/PA",
    ]
    out = strip(*BODY[:4], *credits, *BODY[4:])
    assert kept(out) == BODY
    assert all(dropped(out)[credit] == "boilerplate.caption" for credit in credits)


def test_section_blocks_under_recurring_headings_still_dropped() -> None:
    # "More from X" over each section's teaser titles: blocks, though the heading recurs.
    sections = [
        "More from Sport", "City Win the Derby at Last", "A Record Crowd for the Final",
        "More from Culture", "The Opera House Reopens", "A New Director for the Museum",
        "More from Business", "Harbour Traffic Hits a High", "Fares Rise in January",
    ]
    out = strip(*BODY, *sections)
    assert kept(out) == BODY
    assert set(dropped(out)) == set(sections)


def test_two_body_paragraphs_that_end_the_article_after_a_related_block_stay() -> None:
    # Late in the article, teasers run until three body paragraphs in a row; when only two are
    # left before the article's end (and its share buttons), they are still the body.
    related = ["Read also:", "The council's plan for a new depot in the west of the city, and what it will cost the taxpayers"]
    tail = [
        "The council expects the first trams to run on the new section in the autumn of 2027, if the tender goes to plan.",
        "Residents of the northern district welcomed the decision, though some asked for more frequent buses in the meantime.",
    ]
    out = strip(*BODY, *related, *tail, "Share this article", "Facebook", "X")
    assert kept(out) == [*BODY, *tail]
    assert set(dropped(out)) == {*related, "Share this article", "Facebook", "X"}


def test_a_paragraph_of_two_sentences_under_title_teasers_is_the_body_again() -> None:
    # Two teasers or more that are titles (no full stop) end where a paragraph of two sentences follows,
    # even a single one before the share bar; a block whose teasers carry summary sentences
    # runs on over such paragraphs (they are more summaries).
    related = ["Related stories", "Night buses to run every ten minutes from March", "New cycle lane opens on the river bank"]
    last = "The council will hold a public meeting on the building works in January. Residents can put their questions to the engineers there."
    out = strip(*BODY, *related, last, "Share this article", "Facebook")
    assert kept(out) == [*BODY, last]
    summaries = [
        "Related stories",
        "Night buses to run every ten minutes from March. The new timetable adds forty late departures on six routes across the city.",
        "New cycle lane opens on the river bank",
    ]
    out = strip(*BODY, *summaries, last, "Share this article", "Facebook")
    assert kept(out) == BODY


def test_a_related_blocks_last_teaser_over_the_body_goes_but_a_short_subhead_stays() -> None:
    # Heading, teaser, teaser, then the body: the second teaser is headline-length (six words or
    # more) and goes with its block; a short subhead in its place ("Tickets and fares") opens the
    # article's next section and stays.
    related = ["Read more", "Five tram lines worth a detour this summer", "How the night bus network grew in ten years"]
    tail = [
        "The council expects the first trams to run on the new section in the autumn of 2027, if the tender goes to plan.",
        "Residents of the northern district welcomed the decision, though some asked for more frequent buses in the meantime.",
    ]
    out = strip(*BODY[:3], *related, *tail)
    assert kept(out) == [*BODY[:3], *tail] and set(dropped(out)) == set(related)
    out = strip(*BODY[:3], *related[:2], "Tickets and fares", *tail)
    assert kept(out) == [*BODY[:3], "Tickets and fares", *tail]


def test_a_one_word_subhead_under_two_titles_over_the_articles_last_paragraph_stays() -> None:
    # A review's rivals box, then its verdict: "Verdict" and the paragraph under it close the
    # article above the next box's heading.
    related = ["Rivals", "Tessaro Vela review: the quiet achiever of the electric SUV class", "Brandt iX4 Touring review: grown-up, rapid and rather pricey"]
    verdict = "The Corsair was always easy to like, and now it is easy to recommend. Few family cars go as far on a charge for the money."
    out = strip(*BODY, *related, "Verdict", verdict, "More from Motoring", "Why charging at home gets cheaper next year")
    assert kept(out) == [*BODY, "Verdict", verdict]


def test_a_headline_printed_again_under_its_picture_is_no_teaser_beside_an_aged_byline() -> None:
    # An aggregator's page: the story's byline with its age, the headline (a dash in it, as a
    # teaser's source would stand), the picture with its AI note, the headline again.
    headline = "Before the derby: Storvik without their captain – how the teams line up"
    picture = ["A football stadium full of fans in yellow and black during an evening match", "This picture was created with AI"]
    out = strip("West Coast Sport", "Story by Anton Berg • 2 hrs", headline, *picture, headline, *BODY)
    assert headline not in dropped(out) and kept(out).count(headline) == 2


def test_ranked_rows_with_their_scores_are_no_teasers_with_their_ages() -> None:
    # "480 pont" stands where a teaser prints its age, but rows that count up from 1 are a ranking.
    ranking = [
        "1. general medicine, Alföld University – 480 pont",
        "2. general medicine, Danube University – 476 pont",
        "3. international studies, Buda School of Economics – 471 pont",
    ]
    out = strip(*BODY[:3], "The highest thresholds this year", *ranking, *BODY[3:])
    assert set(ranking) <= set(kept(out))
    teasers = [
        "Council votes to keep the old library open in the city centre – 2 óra",
        "Harbour ferries return after the winter storms at last – 5 óra",
    ]
    out = strip(*BODY[:3], *teasers, *BODY[3:])
    assert not set(teasers) & set(kept(out))


# -- boxes at the end ----------------------------------------------------------------------


def test_the_articles_last_paragraph_between_two_boxes_stays() -> None:
    # A newsletter box (its consent line is its small print, not the page's footer), the
    # article's last paragraph of two sentences, then an app prompt and the footer.
    last = (
        "The regional parliament will vote on the budget in March. Until then, the council "
        "says it will keep the information office at the town hall open every weekday."
    )
    newsletter = ["Newsletter", "Sign up for our daily newsletter.", "By signing up you accept our privacy policy."]
    out = strip(*BODY, *newsletter, last, "Download our free app for breaking news alerts.", "© 2026 Example Media Ltd. All rights reserved.")
    assert kept(out) == [*BODY, last]
    # Without a paragraph between them the box's short rest still goes with it.
    out = strip(*BODY, *newsletter, "Your e-mail address", "Download our free app for breaking news alerts.")
    assert kept(out) == BODY


def test_a_late_related_block_ends_at_a_paragraph_that_only_sentences_follow() -> None:
    # One teaser, then the article's last paragraph and a short closing sentence before the
    # footer's boxes: the body again, though only one of them is a paragraph of prose.
    related = ["Read also:", "The council's plan for a new depot in the west of the city"]
    tail = [
        "The council expects the first trams to run on the new section in the autumn of 2027. The tender for the rails closes in May.",
        "Nobody objected.",
    ]
    out = strip(*BODY, *related, *tail, "Share this article", "Facebook")
    assert kept(out) == [*BODY, *tail]
    assert set(dropped(out)) == {*related, "Share this article", "Facebook"}


def test_a_late_related_block_of_titles_one_a_question_ends_at_two_paragraphs_in_a_row() -> None:
    # Two teasers' titles (one asks its question), then a paragraph of two sentences right over
    # another paragraph of the article: the body goes on, whatever short lines follow.
    related = ["More on this story", "How do you ready your house for the fire season?", "Teenager arrested on suspicion of arson near the ring road"]
    tail = [
        "Firefighters said the strong wind and the dry undergrowth made the blaze hard to control. A spokesman said crews would stay overnight.",
        "Police have opened an investigation into the cause of the fire, and arson has not been ruled out.",
        "Emergency numbers",
        "Fire brigade: 102",
        "Ambulance: 101",
        "Residents who need help to leave their homes are asked to call the council's hotline, which is open through the night.",
    ]
    out = strip(*BODY, *related, *tail, "Share this article", "Facebook")
    assert kept(out) == [*BODY, *tail]


def test_a_related_block_ends_at_a_paragraph_under_a_title_shaped_like_the_items_above_it() -> None:
    # A weekend guide: each pick's heading ("Title — platform, day") over its paragraph. A related
    # block of two titles sits between two picks: the next pick's heading, shaped like the picks'
    # headings above the block, and its paragraph are the article's.
    picks = [
        "Still Water — Channel 4, from Friday",
        "A detective returns to the island where she grew up after a ferry captain is found dead. The six parts were shot on the coast. The pace is slow but the mood is dense.",
        "The Kitchen Up North — BBC Two, Saturday 8pm",
        "Twelve amateur cooks compete for a place in the kitchen of a famous restaurant. This season they cook in a mountain hut. The host keeps it warm and funny.",
    ]
    related = ["Read more", "Streaming services raise their prices again this winter", "Review: this year's Christmas film is a brave one"]
    last = [
        "Last Summer — Netflix, from Saturday",
        "Three siblings empty their late mother's summer house on the coast. The director lets the conflicts simmer under the surface. The last scene at the jetty stays with you.",
    ]
    out = strip(*BODY[:2], *picks, *related, *last, "Share this article", "Facebook")
    assert kept(out) == [*BODY[:2], *picks, *last]
    # Under a heading no item above shares the shape of, the title is the block's last teaser.
    plain = ["Still Water, on Channel 4", picks[1], "The Kitchen Up North, on BBC Two", picks[3]]
    out = strip(*BODY[:2], *plain, *related, *last, "Share this article", "Facebook")
    assert kept(out) == [*BODY[:2], *plain, last[1]]


def test_a_newsletter_box_inside_the_article_does_not_end_it() -> None:
    # A sign-up box between two paragraphs: its privacy line is the form's small print, and the
    # body resumes under it. The same privacy line at the end closes the article.
    box = [
        "Het belangrijkste nieuws elke ochtend in je mailbox? Schrijf je in op onze gratis nieuwsbrief.",
        "Je kan je op elk moment uitschrijven. Lees hier onze privacyverklaring.",
    ]
    dutch = [
        "De gemeenteraad heeft dinsdag ingestemd met de verlenging van de tramlijn naar de nieuwe woonwijk in het noorden. Daar ging twee jaar debat aan vooraf.",
        "De verlenging krijgt zes haltes en kost naar schatting tachtig miljoen euro. Het grootste deel betaalt de provincie, de rest komt van de gemeente.",
        "Tegenstanders vinden dat het geld beter naar bussen kan gaan. Die rijden ook naar de dorpen aan de rand, waar de tram nooit zal komen.",
        "De bouw begint volgend voorjaar en duurt ongeveer twee jaar. Dat meldt het vervoersbedrijf in een verklaring die woensdag werd verspreid.",
        "Bewoners kunnen hun vragen stellen op informatieavonden in januari. De gemeente laat daar ook de tekeningen van de nieuwe haltes en de route zien.",
    ]
    out = strip(*dutch[:3], *box, *dutch[3:])
    assert kept(out) == dutch
    out = strip(*dutch, *box)
    assert kept(out) == dutch
    # Under it, a paragraph of two sentences and then a closing line of one: the body goes on.
    closing = "De gemeente maakt de definitieve planning in maart bekend op haar website."
    out = strip(*dutch[:4], *box, dutch[4], closing)
    assert kept(out) == [*dutch, closing]


def test_a_reader_polls_button_inside_the_article_does_not_end_it() -> None:
    # The poll's options give no shares yet, so no poll rule takes them; its "Vote" button is
    # a feedback prompt, and two paragraphs of the column under it resume the article.
    column = [
        "The council will vote on Thursday on a $310 million loan for a new downtown arena, the largest sum it has ever lent to a private company.",
        "The team's owners have not agreed to share their own revenue figures with the council. Without them, nobody can judge the risk to taxpayers.",
        "Nor is the jobs math as rosy as it sounds. The consultant hired by the team counted every seasonal usher and parking attendant as a new job.",
        "Supporters say the arena would bring crowds back to a downtown that emptied during the pandemic, and that other cities have done well.",
    ]
    poll = ["Should Harlow lend $310 million for a new downtown arena?", "Yes, it will bring people back downtown", "No, the risk is too high", "Vote"]
    closing = [
        "There is a better deal available, and it is not complicated. Let the owners borrow privately, and let the city pay for the roads and the plaza.",
        "Harlow has been promised a renaissance before. This time, it should read the fine print first.",
    ]
    footer = [
        "More from the Harlow Ledger",
        "The bus lane fight nobody on the council wants to have",
        "Our school board meetings deserve better than a livestream nobody can hear",
        "© 2024 The Harlow Ledger. All rights reserved.",
    ]
    out = strip(*column, *poll, *closing, *footer)
    assert kept(out)[-2:] == closing
    # A rating's button (a feedback prompt) with its average right under it: the two paragraphs
    # below the average resume the article.
    rating = ["Rate it", "Average 4.2 of 5 (143 votes)"]
    out = strip(*column, *rating, *closing, *footer)
    assert kept(out)[-2:] == closing and dropped(out)["Rate it"] == "boilerplate.feedback_prompt"


def test_bylines_with_a_papers_name_joined_by_a_particle() -> None:
    body = [
        "A Prefeitura do Recife apresentou nesta terça-feira o projeto do corredor de ônibus da Avenida Norte, com catorze estações.",
        "As obras devem começar em julho e durar cerca de dois anos, segundo a secretaria de mobilidade, que estima custo de 300 milhões de reais.",
    ]
    byline = "Por Ana Beatriz Souza, Jornal do Recife"
    out = strip("Recife anuncia corredor de ônibus na Avenida Norte", byline, *body)
    assert dropped(out) == {byline: "boilerplate.byline"}


@pytest.mark.parametrize(
    "ticker",
    [
        "FTSE 100 8,231.4 ▲0.3%  FTSE 250 20,114.7 ▼0.5%  GBP/USD 1.2712 ▲0.1%",
        "日経平均 39,105.42 +412.30（+1.07%）　TOPIX 2,741.18 +0.84%　ドル/円 151.62",
        "DAX 18.412,30 −0,6 % · MDAX 26.118,04 −1,1 % · EUR/USD 1,0842 +0,1 %",
    ],
)
def test_a_market_tickers_quotes_and_changes_are_furniture(ticker: str) -> None:
    out = strip(ticker, *TRAM_ARTICLE[:8])
    assert dropped(out) == {ticker: "boilerplate.navigation"}


@pytest.mark.parametrize("widget", [["+1,82 (+3,89 %)", "1T   1W   1M   6M   1J   5J"], ["VLR   18,42 €   +5,26%", "1D | 5D | 1M | YTD | Max"]])
def test_a_share_price_widgets_quote_and_period_buttons_are_furniture(widget: list[str]) -> None:
    # One quote with its change beside a currency or in brackets, and a chart's period buttons.
    out = strip(*TRAM_ARTICLE[:4], *widget, *TRAM_ARTICLE[4:8])
    assert dropped(out) == dict.fromkeys(widget, "boilerplate.navigation")


def test_figures_with_their_changes_under_labels_or_in_words_are_the_articles() -> None:
    lines = ["Revenue: £14.8bn (+3.4%) | Profit: £412m (−8.9%)", "Sales up +3.4% and margins down −0.8% on the year before", "DAX 18.512 +1,2 %", "AEX: 948,17 (+1,1%)"]
    body = TRAM_ARTICLE[:8]
    out = strip(*body[:4], *lines, *body[4:])
    assert all(line in kept(out) for line in lines)


# -- tables of contents --------------------------------------------------------------------

SECTIONS = [
    ("Wat verandert er?", "Vanaf januari mogen gemeenten zelf bepalen hoeveel nachten per jaar een woning aan toeristen mag worden verhuurd, tot een maximum van zestig."),
    ("Voor wie geldt het?", "De regels gelden voor iedereen die een hele woning verhuurt; wie alleen een kamer in het eigen huis aanbiedt, valt er niet onder."),
    ("Wat als je je er niet aan houdt?", "Gemeenten kunnen boetes tot twintigduizend euro opleggen en bij herhaling de registratie van de woning intrekken, zo staat in de wet."),
]


def test_a_table_of_contents_goes_and_the_subheads_it_links_to_stay() -> None:
    # The entries are printed again further down, each over its section's prose: the copies are
    # the article's subheads, the run at the top the links to them, with its heading.
    lead = "Het kabinet scherpt de regels voor vakantieverhuur aan, nadat steden klaagden over de drukte in hun binnensteden en de stijgende huren."
    toc = ["In dit artikel", *(head for head, _ in SECTIONS)]
    sections = [line for section in SECTIONS for line in section]
    out = strip(lead, *toc, *sections)
    assert kept(out) == [lead, *sections]
    assert set(dropped(out)) == set(toc)


def test_lines_printed_again_without_prose_of_their_own_between_are_no_table_of_contents() -> None:
    # A page scraped twice prints its headline, stamp and prose again: no section's text lies
    # between the copies, only copies. And a line printed three times is no entry and subhead.
    headline, stamp = "Gemeente Utrecht beperkt vakantieverhuur tot dertig nachten", "Binnenland | 3 uur geleden"
    prose = [text for _, text in SECTIONS]
    out = strip(headline, stamp, *prose, headline, stamp, *prose)
    assert out.paragraphs[0].dropped is None and not any(p.dropped == "boilerplate.navigation" for p in out.paragraphs)
    thrice = [line for head, text in SECTIONS for line in (head, text, head)]
    out = strip(*(head for head, _ in SECTIONS), *thrice)
    assert not any(p.dropped == "boilerplate.navigation" for p in out.paragraphs)


def test_a_line_of_hashtags_is_a_tag_list_and_a_list_of_ranks_is_not() -> None:
    tags = "#elections #Harbourtown #mayor #local government"
    out = strip(*BODY, tags)
    assert dropped(out).get(tags) == "boilerplate.navigation"
    ranks = "#1 Harbourtown #2 Millbrook #3 Eastfield"
    out = strip(*BODY[:4], ranks, *BODY[4:])
    assert ranks in kept(out)


def test_a_date_and_a_time_with_its_am_or_pm_run_on_is_a_stamp() -> None:
    # "7:00am", the unit run on to the figures, is a time as much as "7:00 am".
    for stamp in ("14 March 2025 • 7:00am", "14 March 2025 • 7:00 am", "3 June 2025, 11:45PM"):
        out = strip("Council backs tram extension to the north", stamp, *BODY)
        assert dropped(out) == {stamp: "boilerplate.byline"}, stamp



def test_a_persian_byline_whose_name_joins_its_parts_with_a_zero_width_non_joiner() -> None:
    # "محمدی‌نژاد" is one name written with a ZWNJ between its parts: a name all the same.
    body = [
        "شورای شهر روز سه‌شنبه تصمیم گرفت خط تراموا را تا محله جدید شمالی گسترش دهد و این تصمیم پس از دو سال بحث گرفته شد.",
        "این طرح شش ایستگاه جدید خواهد داشت و حدود هشتاد میلیون یورو هزینه دارد که بیشتر آن را دولت استانی می‌پردازد.",
        "مخالفان می‌گویند این پول بهتر است صرف اتوبوس‌هایی شود که به روستاهای اطراف شهر می‌روند و تراموا هرگز به آنجا نمی‌رسد.",
    ]
    byline = "نویسنده: سارا محمدی\u200cنژاد"
    out = strip("گسترش خط تراموا به شمال شهر", byline, *body)
    assert dropped(out) == {byline: "boilerplate.byline"}


def test_a_paragraph_of_two_sentences_under_teasers_with_their_ages_is_the_body_again() -> None:
    # Titles that all print their source and age, a picture's AI note, then a paragraph of two
    # sentences with no age, a quote that ends without a full stop and another paragraph: the
    # article goes on.
    related = ["You may like", "Night buses to run every ten minutes — City Post · 1 d", "New cycle lane on the river bank — Town Guide · 4 h"]
    rest = [
        "It is a real photograph, but it is almost eight years old. The water board's figures show the reservoir at 61 percent this week.",
        "“The reservoir is fine for the time of year, there is nothing to hide”",
        "That is how the board's chief engineer sums it up, recalling that the summer release for irrigation happens every year.",
    ]
    out = strip(*BODY, *related, "Image created with artificial intelligence", *rest, "Share this article", "Facebook")
    assert kept(out) == [*BODY, *rest] and set(related) <= set(dropped(out))


# -- correction notes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article said the extension would add eight stops. It will add six.",
        "Clarification, 14 March: The first version of this story gave the wrong date for the council vote.",
    ],
)
def test_an_editors_correction_note_under_a_tip_box_at_the_end_stays(note: str) -> None:
    # A box at the article's end takes the short lines under it; the editor's note on an earlier
    # version is the article's, under whatever box stands over it.
    tip_box = "Were you there? Send us your photos and videos"
    out = strip(*BODY, tip_box, note, "Newsroom: 0800 123 456 · news@example.com")
    assert note in kept(out)
    assert tip_box in dropped(out)


# -- calls to action -----------------------------------------------------------------------


def test_a_call_to_action_alone_goes_and_a_sentence_of_advice_going_on_past_it_stays() -> None:
    call = "Compare prices now"
    advice = "Compare prices between a direct flight and one with a stopover before you book the trip."
    out = strip(*BODY[:4], call, advice, *BODY[4:])
    assert kept(out) == [*BODY[:4], advice, *BODY[4:]]
    assert set(dropped(out)) == {call}


def test_a_rankings_last_item_over_the_body_goes_however_short() -> None:
    # Under a ranking's heading, "2. Ferry strike" carries the next rank: the block's last item,
    # though a subhead there would be as short.
    ranking = ["Most read", "1. Gold price", "2. Ferry strike"]
    out = strip(*BODY[:4], *ranking, *BODY[4:])
    assert kept(out) == BODY


def test_a_consent_banner_the_lexicon_lacks_under_the_menus_items_is_dropped() -> None:
    # A sentence on cookies over its two buttons, under a menu of one-word items that opens the
    # page: a consent banner in a language without cues, whose page head an earlier line did not end.
    banner = ["Súbory cookie používame na zabezpečenie funkčnosti stránky, meranie návštevnosti a zobrazovanie relevantnej reklamy.", "Súhlasím", "Nastavenia"]
    out = strip("News", "Region", "Sport", "Culture", *banner, *BODY)
    assert {dropped(out).get(line) for line in banner} == {"boilerplate.cookie_banner"}
    assert set(BODY) <= set(kept(out))


def test_a_name_by_the_date_under_a_standfirst_is_the_byline_under_a_banner_the_lexicon_lacks() -> None:
    # The banner's sentence is no lead paragraph: the name over the date under the standfirst is
    # still within the page's head.
    banner = ["Súbory cookie používame na zabezpečenie funkčnosti stránky, meranie návštevnosti a zobrazovanie relevantnej reklamy.", "Súhlasím", "Nastavenia"]
    standfirst = "Six new stops will open along the northern line. The council says the first trams run in spring."
    out = strip("News", "Region", "Sport", "Culture", *banner, "Council backs the tram extension", standfirst, "Jane Doe", "22 September 2025, 14:30", *BODY)
    assert dropped(out).get("Jane Doe") == "boilerplate.byline" and standfirst in kept(out)
