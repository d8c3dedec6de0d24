from __future__ import annotations

from conftest import dropped, kept, make_article
from newsclean import DropRepeatedParagraphs

LONG = "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie bis zum neuen Wohngebiet im Norden zu verlängern."
OTHER = "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und nach Angaben der Verkehrsbetriebe zwei Jahre dauern."


def test_dedup_exact_copy_dropped_first_kept() -> None:
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, LONG))
    assert kept(a) == [LONG, OTHER]
    assert a.paragraphs[2].dropped == "repeat.paragraph"


def test_dedup_copy_differing_in_case_and_punctuation_is_exact() -> None:
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, LONG.upper().replace(",", "")))
    assert a.paragraphs[2].dropped == "repeat.paragraph"


def test_dedup_near_copy_with_one_word_changed() -> None:
    near = LONG.replace("Dienstag", "Mittwoch")
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, near))
    assert dropped(a) == {near: "repeat.near_paragraph"}


def test_dedup_different_paragraphs_kept() -> None:
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER))
    assert kept(a) == [LONG, OTHER]


def test_dedup_short_lines_compared_exactly_only() -> None:
    a = DropRepeatedParagraphs().apply(make_article("Berlin, 3. Mai", "Berlin, 4. Mai", LONG))
    assert kept(a) == ["Berlin, 3. Mai", "Berlin, 4. Mai", LONG]


def test_dedup_whole_body_twice_comes_out_once() -> None:
    body = [LONG, OTHER, "Kritiker bemängeln die hohen Kosten von rund 80 Millionen Euro für den neuen Abschnitt der Strecke."]
    a = DropRepeatedParagraphs().apply(make_article(*body, *body))
    assert kept(a) == body


# Rows of a spec table, a schedule or a region's terms repeat their words with another
# number: each says something the others do not.
ROW = "Gewicht gemessen: 1 kg 350 g (Hängematte, Packsack, Spannleinen und Moskitonetz inklusive)"


def test_dedup_row_with_another_number_is_kept() -> None:
    other = ROW.replace("350", "480")
    a = DropRepeatedParagraphs().apply(make_article(ROW, OTHER, other))
    assert kept(a) == [ROW, OTHER, other]


def test_dedup_row_with_one_word_changed_is_a_near_copy() -> None:
    # The same row as above with a word changed instead of the number: similar enough,
    # so only the changed number keeps the other row.
    other = ROW.replace("Packsack", "Beutel")
    a = DropRepeatedParagraphs().apply(make_article(ROW, OTHER, other))
    assert dropped(a) == {other: "repeat.near_paragraph"}


def test_dedup_copy_without_a_number_of_the_original_is_a_near_copy() -> None:
    # Losing a figure (a cut) adds nothing; only a figure of its own makes a line new.
    cut = LONG.replace("am Dienstag", "am 14. Mai")
    shorter = cut.replace("14. ", "")
    a = DropRepeatedParagraphs().apply(make_article(cut, OTHER, shorter))
    assert dropped(a) == {shorter: "repeat.near_paragraph"}


def test_dedup_number_split_by_punctuation_is_the_same_number() -> None:
    text = "Die Arbeitslosenquote lag im Mai bei 4,5 Prozent und damit etwas niedriger als im Vorjahr."
    copy = text.replace("4,5", "45")
    a = DropRepeatedParagraphs().apply(make_article(text, OTHER, copy))
    assert dropped(a) == {copy: "repeat.near_paragraph"}


def test_dedup_paragraph_that_adds_a_phrase_is_kept() -> None:
    longer = LONG.replace("im Norden", "im Norden und zum Klinikum am Stadtrand")
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, longer))
    assert kept(a) == [LONG, OTHER, longer]


def test_dedup_paragraph_cut_short_is_a_near_copy() -> None:
    cut = LONG.replace(" im Norden", "")
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, cut))
    assert dropped(a) == {cut: "repeat.near_paragraph"}


def test_dedup_number_rows_each_kept_but_their_exact_copy_dropped() -> None:
    rows = [ROW.replace("350", n) for n in ("350", "420", "510")]
    a = DropRepeatedParagraphs().apply(make_article(*rows, rows[1]))
    assert kept(a) == rows
    assert a.paragraphs[3].dropped == "repeat.paragraph"


def test_dedup_copy_with_a_mistyped_number_is_a_near_copy() -> None:
    text = "Der Umsatz des Unternehmens stieg im Jahr 2024 um rund ein Drittel auf 480 Millionen Euro."
    copies = [text.replace("2024", "224"), text.replace("480", "840")]  # a digit dropped, two swapped
    a = DropRepeatedParagraphs().apply(make_article(text, OTHER, *copies))
    assert dropped(a) == {c: "repeat.near_paragraph" for c in copies}


# Words drop the currency sign, so "$40" and "£40" read alike; a price for another
# region is new content all the same.
KIT = "The starter kit costs $40 and ships within three working days to any address in the country."


def test_dedup_same_words_with_another_currency_kept() -> None:
    other = KIT.replace("$40", "£40")
    a = DropRepeatedParagraphs().apply(make_article(KIT, OTHER, other, other, KIT))
    assert kept(a) == [KIT, OTHER, other]  # each price once
    assert a.paragraphs[3].dropped == a.paragraphs[4].dropped == "repeat.paragraph"


def test_dedup_near_copy_with_another_currency_kept() -> None:
    # A word added ("GBP") and the sign changed: without the sign, a near copy.
    tarif = "Le forfait annuel coûte 40 € par personne et comprend l'accès à toutes les piscines de la ville."
    british = tarif.replace("40 €", "£40 GBP")
    a = DropRepeatedParagraphs().apply(make_article(tarif, OTHER, british))
    assert kept(a) == [tarif, OTHER, british]


def test_dedup_copy_keeping_or_leaving_out_the_price_still_a_copy() -> None:
    tarif = "Le forfait annuel coûte 40 € par personne et comprend l'accès à toutes les piscines de la ville."
    typo = tarif.replace("personne", "presonne")
    bare = tarif.replace("40 €", "40")  # the sign left out: no price of its own
    a = DropRepeatedParagraphs().apply(make_article(tarif, OTHER, typo, bare))
    assert dropped(a) == {typo: "repeat.near_paragraph", bare: "repeat.paragraph"}


def test_dedup_exact_copy_with_the_same_price_dropped() -> None:
    a = DropRepeatedParagraphs().apply(make_article(KIT, OTHER, KIT.replace("$40", "$ 40")))
    assert kept(a) == [KIT, OTHER]



def test_dedup_same_words_means_same_order_and_same_word_breaks() -> None:
    # The exact test compares word sequences: reordered words or a compound written apart
    # ("E-Mail" / "E Mail") are at most near copies, never "the same words"; spacing and
    # punctuation between the words do not count.
    text = "The city council said on Tuesday that the new tram line will open in the spring of next year."
    reordered = "The city council said on Tuesday that the new tram line will open next year in the spring of."
    german = "Die Stadtwerke haben am Montag per E-Mail mitgeteilt, dass die Preise für Strom im Herbst steigen."
    apart = german.replace("E-Mail", "E Mail")
    respaced = german.replace(", ", " – ").replace("am Montag", "am  Montag")
    a = DropRepeatedParagraphs().apply(make_article(text, german, reordered, apart, respaced))
    assert a.paragraphs[2].dropped != "repeat.paragraph"
    assert a.paragraphs[3].dropped != "repeat.paragraph"
    assert a.paragraphs[4].dropped == "repeat.paragraph"


def test_dedup_row_labels_printed_three_times_kept_each_time() -> None:
    """A training plan's rows: "Rust" under each week is the plan, not a pasted copy."""
    plan = ["Week 1", "Maandag: 5 km rustig", "Rust", "Week 2", "Maandag: 6 km rustig", "Rust", "Week 3", "Maandag: 8 km tempo", "Rust"]
    a = DropRepeatedParagraphs().apply(make_article(LONG, *plan, OTHER))
    assert kept(a) == [LONG, *plan, OTHER]


def test_dedup_short_line_printed_twice_is_still_a_copy() -> None:
    """A text pasted twice prints each line twice: its headline comes out once."""
    body = ["Neue Straßenbahn für den Norden", LONG, OTHER]
    a = DropRepeatedParagraphs().apply(make_article(*body, *body))
    assert kept(a) == body


def test_dedup_long_paragraph_printed_three_times_kept_once() -> None:
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, LONG, LONG))
    assert kept(a) == [LONG, OTHER]


def test_dedup_spec_row_shared_by_two_products_kept_in_each() -> None:
    """Two laptops with the same memory: "Pamięć: 16 GB" is a row of each spec list."""
    alfa = ["Laptop Alfa 14", "Pamięć: 16 GB", "Waga: 1,2 kg"]
    beta = ["Laptop Beta 15", "Pamięć: 16 GB", "Waga: 1,6 kg"]
    a = DropRepeatedParagraphs().apply(make_article(LONG, *alfa, OTHER, *beta))
    assert kept(a) == [LONG, *alfa, OTHER, *beta]


def test_dedup_shared_row_in_french_and_spanish_kept() -> None:
    fr = ["Matériau : acier inoxydable", "Capacité : 1,5 litre"]
    es = ["Material: acero inoxidable", "Garantía: dos años"]
    other_fr = ["Capacité : 2 litres", "Matériau : acier inoxydable", "Couleur : noir mat"]
    other_es = ["Peso: 900 gramos", "Garantía: dos años", "Color: rojo"]
    a = DropRepeatedParagraphs().apply(make_article(*fr, *es, LONG, *other_fr, OTHER, *other_es))
    assert kept(a) == [*fr, *es, LONG, *other_fr, OTHER, *other_es]


def test_dedup_spec_block_printed_twice_comes_out_once() -> None:
    """The same rows in the same order are a box printed twice, not a second product."""
    specs = ["Speicher: 256 GB SSD", "Akku: 4500 mAh", "Gewicht: 180 g"]
    a = DropRepeatedParagraphs().apply(make_article(LONG, *specs, OTHER, *specs))
    assert kept(a) == [LONG, *specs, OTHER]
    assert {a.paragraphs[k].dropped for k in (5, 6, 7)} == {"repeat.paragraph"}


def test_dedup_row_printed_again_with_its_neighbour_is_a_copy() -> None:
    """One row repeated together with the line before it: a pasted pair, the later one goes."""
    a = DropRepeatedParagraphs().apply(
        make_article("Sea bass, grilled", "Price: 24 euros", LONG, "Sea bass, grilled", "Price: 24 euros", OTHER)
    )
    assert kept(a) == ["Sea bass, grilled", "Price: 24 euros", LONG, OTHER]


def test_dedup_note_with_a_long_value_printed_twice_is_a_copy() -> None:
    """A colon does not make a sentence a table row: a note printed twice apart goes."""
    note = "Nota: questo articolo è stato aggiornato lunedì con le ultime cifre ufficiali."
    a = DropRepeatedParagraphs().apply(make_article(note, LONG, "Fonte: Istat", OTHER, note, "Fonte: Eurostat"))
    assert kept(a) == [note, LONG, "Fonte: Istat", OTHER, "Fonte: Eurostat"]


def test_dedup_row_printed_twice_in_a_row_is_a_copy() -> None:
    """No other table's rows between the two: the same row twice on end is a stutter, one goes."""
    for row in ("Schritt 2: Angebote vergleichen", "Étape 2 : comparer les offres", "Duration: 45 minutes"):
        a = DropRepeatedParagraphs().apply(make_article(LONG, row, row, OTHER))
        assert kept(a) == [LONG, row, OTHER]
        assert a.paragraphs[2].dropped == "repeat.paragraph"


def test_dedup_furniture_dropped_before_and_printed_again_with_its_neighbour_is_a_copy() -> None:
    # A page scraped twice: the section-and-age line under the headline was dropped by an earlier
    # stage; its second copy, again under the headline's copy, goes too.
    headline, stamp = "Straßenbahn fährt bald bis in den Norden", "Stadt · vor 3 Stunden"
    article = make_article(headline, stamp, LONG, OTHER, headline, stamp, LONG, OTHER).drop({1: ("boilerplate.outside_body", "before the body")})
    a = DropRepeatedParagraphs().apply(article)
    assert kept(a) == [headline, LONG, OTHER]
    assert a.paragraphs[5].dropped == "repeat.paragraph"


def test_dedup_body_line_printed_as_a_dropped_teaser_above_stays() -> None:
    # A teaser above the body ("Related: …") prints the body's line with other neighbours: the
    # body's copy is the article's.
    teaser, intro = "Neue Linie für den Norden", "Weitere Meldungen"
    article = make_article(intro, teaser, LONG, teaser, OTHER).drop({0: ("boilerplate.related_block", "heading"), 1: ("boilerplate.related_block", "teaser")})
    a = DropRepeatedParagraphs().apply(article)
    assert kept(a) == [LONG, teaser, OTHER]


def test_dedup_copy_of_a_dropped_body_paragraph_stays() -> None:
    # An earlier rule dropped the body's first paragraph; its copy on a page scraped twice is
    # then the only one left of the article's text, and stays.
    headline = "Straßenbahn fährt bald bis in den Norden"
    article = make_article(headline, LONG, OTHER, headline, LONG, OTHER).drop({1: ("boilerplate.outside_body", "before the body")})
    a = DropRepeatedParagraphs().apply(article)
    assert LONG in kept(a)


def test_dedup_lines_that_differ_by_a_code_are_different_items() -> None:
    # A recall's batches: the same product, another batch code each. A code with digits in it
    # is a figure, and another figure is other content; a typo is still a near copy.
    batches = [
        "Prima Rasa Sosis Ayam isi 10 kemasan 500 gram nomor bets PRS240911 kedaluwarsa Maret",
        "Prima Rasa Sosis Ayam isi 10 kemasan 500 gram nomor bets PRS240918 kedaluwarsa Maret",
    ]
    assert kept(DropRepeatedParagraphs().apply(make_article(LONG, *batches))) == [LONG, *batches]
    typo = batches[0].replace("kemasan", "kemsan")
    assert dropped(DropRepeatedParagraphs().apply(make_article(batches[0], OTHER, typo))) == {typo: "repeat.near_paragraph"}
