"""StripBoilerplate's comments rule: a reader-comments section runs to the end of the page."""

from __future__ import annotations

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate

ARTICLE_EN = TRAM_ARTICLE
THREAD_EN = [
    "Rachel says", "July 14, 2015 at 7:21 pm", "Finally! We have been waiting for this tram for years.", "Reply",
    "Tom says", "July 14, 2015 at 8:02 pm", "Two years of road works in front of my shop, great news.", "Reply",
    "Anna says", "July 15, 2015 at 9:15 am", "Will there be a stop near the school?", "Reply",
]


def test_boilerplate_comment_thread_without_heading_dropped() -> None:
    out = StripBoilerplate().apply(make_article(*ARTICLE_EN, *THREAD_EN))
    assert kept(out) == ARTICLE_EN
    assert set(dropped(out).values()) == {"boilerplate.comments"}


def test_boilerplate_comment_thread_german_stamps_dropped() -> None:
    article = [
        "Der Stadtrat hat am Dienstag die Verlängerung der Straßenbahnlinie in das neue Wohngebiet im Norden beschlossen, nach zwei Jahren Streit.",
        "Die Verlängerung bringt sechs neue Haltestellen und soll rund 80 Millionen Euro kosten, den größten Teil zahlt das Land.",
        "Gegner hatten gefordert, das Geld lieber in Busse zu stecken, die auch die umliegenden Dörfer erreichen könnten.",
        "Der Bau soll im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, teilten die Verkehrsbetriebe am Abend mit.",
        "Die ersten Bahnen sollen im Herbst 2027 auf der neuen Strecke fahren, wenn die Ausschreibung für die Schienen gelingt.",
        "Die Anwohner warten seit fast zehn Jahren auf eine schnelle Verbindung in die Innenstadt, viele fahren bisher mit dem Auto.",
        "Die Händler an der Strecke fürchten zwei Jahre Baustelle, die Stadt hat deshalb einen Ausgleichsfonds versprochen.",
        "Im Januar will die Stadt die Pläne bei Informationsabenden im Stadtteil vorstellen und die Fragen der Anwohner beantworten.",
        "Der Landtag muss den Beschluss noch bestätigen, die Abstimmung über den Haushalt ist für März geplant.",
        "Mit dem Bau des Betriebshofs könnte schon vorher begonnen werden, weil das Grundstück der Stadt bereits gehört.",
        "Radfahrer fordern einen geschützten Radweg neben den Gleisen, den die Pläne bisher nicht vorsehen; die Stadt will das prüfen.",
        "Die Fahrpreise sollen sich nicht ändern, die neuen Haltestellen liegen in derselben Tarifzone wie die Innenstadt.",
        "Die Straßenbahn fährt seit 1902 durch die Stadt und wurde seitdem viermal verlängert, zuletzt 2011 bis zur Universität.",
        "Eine Umfrage der Stadt hatte im vergangenen Jahr ergeben, dass die meisten Anwohner umsteigen würden, wenn die Bahn kommt.",
    ]
    thread = [
        "Petra M.", "14.07.2025 um 19:21 Uhr", "Endlich! Darauf warten wir seit Jahren.",
        "Klaus", "14.07.2025 um 20:02 Uhr", "Zwei Jahre Baustelle vor meinem Laden, na toll.",
        "Anonym", "15.07.2025 um 09:15 Uhr", "Gibt es auch eine Haltestelle an der Schule?",
    ]
    out = StripBoilerplate().apply(make_article(*article, *thread))
    assert kept(out) == article


def test_boilerplate_early_thread_needs_a_reply_button() -> None:
    # A thread that starts before the article's middle counts only with a repeated
    # reply button; without one, stamped lines early on may be the article's own.
    short = ARTICLE_EN[:13]
    stamps = [f"July {day}, 2015 at 7:{day + 10} pm" for day in range(1, 25)]
    plain = [line for day, stamp in enumerate(stamps) for line in (f"Reader {day} says", stamp, f"I agree with point {day} about the tram.")]
    assert kept(StripBoilerplate().apply(make_article(*short, *plain))) == [*short, *plain]
    with_button = [line for day, stamp in enumerate(stamps) for line in (f"Reader {day} says", stamp, f"I agree with point {day} about the tram.", "Reply")]
    assert kept(StripBoilerplate().apply(make_article(*short, *with_button))) == short


def test_boilerplate_live_blog_stamps_from_the_top_kept() -> None:
    # A live blog stamps its entries from the start: no article comes before the stamps.
    entries = []
    for hour, text in ((9, ARTICLE_EN[0]), (10, ARTICLE_EN[1]), (11, ARTICLE_EN[2]), (12, ARTICLE_EN[3])):
        entries += [f"14.07.2025, {hour}:30", text]
    out = StripBoilerplate().apply(make_article("Live: council votes on the tram", *entries))
    assert dropped(out) == {}


def test_boilerplate_dated_paragraphs_without_times_kept() -> None:
    # Dates alone (a timeline) are not posting stamps.
    timeline = [line for pair in zip(["March 2019", "June 2021", "May 2023"], ARTICLE_EN[4:7]) for line in pair]
    out = StripBoilerplate().apply(make_article(*ARTICLE_EN[:4], *timeline, *ARTICLE_EN[7:]))
    assert dropped(out) == {}


def test_boilerplate_a_race_results_list_is_no_comment_thread() -> None:
    # A ranked list of finishers with their times ("2.09.51": hours, minutes, seconds) holds a
    # date's shape and a clock's in one figure; a comment's stamp has its date and its time apart.
    results = [f"{n}. {name}, {country}, 2.{9 + n:02d}.{n * 7:02d}" for n, (name, country) in enumerate(
        [("Peter Kamau", "Kenya"), ("Lars Ek", "Sweden"), ("Ivo Marek", "Czechia"), ("Tom Berg", "Norway")], 1)]
    out = StripBoilerplate().apply(make_article(*ARTICLE_EN, "Top four, men", *results))
    assert kept(out) == [*ARTICLE_EN, "Top four, men", *results]
