"""Headlines over their bylines, however long; race results, candidate lists and schedules in rows.

The headline and its standfirst stand right over the byline. When a box stands between the byline
and the body (a picture's caption no rule named, a live-results widget, a ticker), the walk up from
the body meets the box's lines first: the lines right over the byline are still the headline's. A
results table's last cell may be a time ("Men's open | Tom Ridley | 2:24:51"): under the table's
header it is no video's duration, whatever the rows around it; and a table under its title and
header, right under the last paragraph, is the article's as a ranked table is. A span from a date
to a date behind a title ("… : 14 oct. – 12 janv.") is a programme's row, not a teaser's age. Rows
of words under their header, a value repeating down a column ("Tuesday | high | low | good"), are
a table's, not a widget's cards closing on the same button; and a row of a name and a change in
per cent in each cell ("Zamora | -0,4% | -0,3% | -2,8%") is a table's, not a market ticker's. A
tour's dates with their years ("14 Februari 2026 – Medan, …") run forward by their days within a
month, as dates without a year do: a schedule, not teasers, over a ticket box. A party's name of
five words may label its candidates ("Partia e Qytetarëve të Lirë: Altin Murati, …"). A route's
stops between dashes before its departure time ("Piraeus – Syros – Tinos (07:30)") are no video's
title before its duration.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

UNDER_A_WIDGET = [
    "Home | Cronaca | Politica | Sport | Cultura",
    "Ultim'ora · Incidente sulla tangenziale, code fino a Mestre",
    "Ultim'ora · Sciopero dei trasporti venerdì, le fasce garantite",
    "Tutte le notizie",
    "Comunali a Treviso, presentate sette liste: ecco i capolista e le alleanze",
    "Il centrodestra si presenta unito, il centrosinistra schiera due candidati e tre liste civiche completano il quadro",
    "di Marta Zanon",
    "Pubblicato il 12/04/2026 alle 19:40",
    "Il municipio di Treviso illuminato la sera del deposito delle liste",
    "Sabato a mezzogiorno si è chiuso in municipio il deposito delle liste per le elezioni comunali del 24 maggio. Gli uffici elettorali hanno ricevuto sette simboli, due in più rispetto a cinque anni fa.",
    "Il sindaco uscente non si ricandida dopo due mandati. La coalizione di centrodestra ha scelto un assessore della giunta, mentre il centrosinistra arriva al voto con due candidati diversi.",
    "Le tre liste civiche puntano soprattutto sui quartieri periferici e sulla viabilità. Una di queste è guidata da un ex presidente della camera di commercio.",
    "La commissione elettorale esaminerà i documenti entro martedì. Eventuali ricorsi dovranno essere presentati entro la fine della settimana successiva.",
    "Condividi",
    "Facebook",
    "WhatsApp",
    "© Riproduzione riservata",
]


def test_the_headline_and_standfirst_over_the_byline_stay_under_a_ticker_with_a_caption_below() -> None:
    out = clean(*UNDER_A_WIDGET)
    assert {UNDER_A_WIDGET[4], UNDER_A_WIDGET[5]} <= set(kept(out))
    assert {UNDER_A_WIDGET[1], UNDER_A_WIDGET[2], UNDER_A_WIDGET[6], UNDER_A_WIDGET[7]} <= set(dropped(out))


RACE_RESULTS = [
    "Startseite | Sport | Laufsport",
    "Kenianer gewinnt den Bodensee-Marathon in Streckenrekord",
    "Bei kühlem Wetter und kaum Wind sind am Sonntag rund 6.500 Läuferinnen und Läufer in Lindau gestartet. Der Sieger blieb fast eine Minute unter dem alten Streckenrekord.",
    "Bei den Frauen setzte sich eine Läuferin aus Bregenz durch, die erst vor zwei Jahren mit dem Marathon begonnen hat. Sie lief die zweite Hälfte schneller als die erste.",
    "Die Veranstalter zählten so viele Anmeldungen wie nie zuvor. Für das kommende Jahr soll das Teilnehmerfeld deshalb auf 7.000 begrenzt werden.",
    "Die Sieger nach Kategorien",
    "Kategorie | Name | Verein | Zeit",
    "Marathon Männer | Daniel Kiprono | LG Kenia | 2:09:12",
    "Marathon Frauen | Lea Hämmerle | TS Bregenz | 2:31:40",
    "Halbmarathon Männer | Jonas Frick | LC Lindau | 1:07:55",
    "Halbmarathon Frauen | Sarah Wüst | TV Wangen | 1:18:03",
    "Die Ergebnisse aller Teilnehmer veröffentlicht der Veranstalter am Montag auf seiner Internetseite. Urkunden gibt es dort ab Dienstag zum Herunterladen.",
    "Teilen",
    "Facebook",
    "© Südkurier Lindau 2025",
]


def test_a_results_tables_times_under_its_header_are_no_videos_durations() -> None:
    out = clean(*RACE_RESULTS)
    assert set(RACE_RESULTS[5:12]) <= set(kept(out))
    assert {RACE_RESULTS[0], RACE_RESULTS[12], RACE_RESULTS[14]} <= set(dropped(out))


def test_a_table_under_its_title_and_header_closes_the_article_over_a_share_bar() -> None:
    page = RACE_RESULTS[:11] + RACE_RESULTS[12:]  # no paragraph under the table
    out = clean(*page)
    assert set(page[5:11]) <= set(kept(out))
    assert set(page[11:]) <= set(dropped(out))


EXHIBITIONS = [
    "Accueil | Culture | Expositions",
    "Le musée des Beaux-Arts de Rouen dévoile sa nouvelle saison",
    "Le musée rouvre ses galeries du premier étage après deux ans de travaux. Quatre expositions temporaires se succéderont jusqu'à l'été prochain, dont une consacrée aux peintres de la Seine.",
    "La direction mise sur des prêts venus de musées européens et sur une programmation pour les familles. Le prix du billet reste inchangé à 10 euros, gratuit pour les moins de 26 ans.",
    "Les expositions de la saison",
    "Les peintres de la Seine : 14 oct. – 12 janv.",
    "Faïences de Rouen, trois siècles de couleurs : 20 janv. – 6 avr.",
    "Photographies du port, 1880-1930 : 15 avr. – 30 juin",
    "Le musée est ouvert tous les jours sauf le mardi, de 10 heures à 18 heures. Des visites guidées sont proposées chaque dimanche à 15 heures.",
    "Partager",
    "Facebook",
    "© Le Courrier de Rouen",
]


def test_a_programme_of_date_spans_is_no_run_of_teasers_with_their_age() -> None:
    out = clean(*EXHIBITIONS)
    assert set(EXHIBITIONS[4:9]) <= set(kept(out))
    assert {EXHIBITIONS[9], EXHIBITIONS[11]} <= set(dropped(out))


POLLEN = [
    "Nyheter | Inrikes | Väder",
    "Björkpollen når toppnivåer i Mälardalen i veckan",
    "Björkarna har börjat blomma i hela Mälardalen och halterna väntas stiga kraftigt fram till helgen. Allergiker bör räkna med besvär både inomhus och utomhus.",
    "Gräspollen har ännu inte kommit igång, men enstaka mätningar visar låga halter i Skåne. Luftkvaliteten är god i de flesta kommuner.",
    "Prognosen för veckan",
    "Dag | Björk | Gräs | Luftkvalitet",
    "Måndag | måttlig | ingen | god",
    "Tisdag | hög | ingen | god",
    "Onsdag | mycket hög | låg | måttlig",
    "Torsdag | mycket hög | låg | måttlig",
    "Prognosen uppdateras varje morgon klockan sju. Regn under fredagen kan ge tillfällig lindring för den som är allergisk mot björk.",
    "Dela artikeln",
    "Facebook",
    "© Mälardalens Tidning",
]


def test_a_table_of_words_under_its_header_is_no_widgets_cards_closing_on_a_button() -> None:
    out = clean(*POLLEN)
    assert set(POLLEN[4:11]) <= set(kept(out))
    assert {POLLEN[11], POLLEN[13]} <= set(dropped(out))


HOUSE_PRICES = [
    "Inicio | Economía | Vivienda",
    "El precio de la vivienda sube en las grandes capitales y baja en el interior",
    "El precio medio de la vivienda usada subió un 0,4 % en octubre en las grandes capitales, según el último informe de tasación. En cambio, varias ciudades del interior encadenan tres meses de descensos.",
    "Los expertos atribuyen la diferencia a la escasez de oferta en los mercados más tensionados. En las ciudades medianas, la demanda se ha enfriado desde el verano.",
    "Variación del precio por ciudad",
    "Ciudad | Octubre | Septiembre | En el año",
    "Madrid | 0,6% | 0,5% | 7,9%",
    "Barcelona | 0,4% | 0,3% | 6,1%",
    "Valladolid | -0,2% | -0,1% | -1,3%",
    "Zamora | -0,4% | -0,3% | -2,8%",
    "El informe se elabora con más de 40.000 tasaciones realizadas durante el mes. La próxima actualización se publicará a mediados de diciembre.",
    "Compartir",
    "Facebook",
    "© Diario Económico",
]


def test_a_tables_rows_of_changes_in_per_cent_are_no_market_tickers_quotes() -> None:
    out = clean(*HOUSE_PRICES)
    assert set(HOUSE_PRICES[4:11]) <= set(kept(out))
    assert {HOUSE_PRICES[11], HOUSE_PRICES[13]} <= set(dropped(out))


TOUR = [
    "Beranda | Hiburan | Musik",
    "Band asal Yogyakarta umumkan tur tujuh kota mulai Februari",
    "Band rock asal Yogyakarta itu resmi mengumumkan tur konser untuk album keempat mereka. Tur dimulai dari Sumatra dan berakhir di Papua pada awal April.",
    "Sang vokalis mengatakan tur ini sengaja menyasar kota-kota yang jarang disinggahi band nasional. Mereka juga akan membawa tata panggung baru.",
    "Iklan",
    "Jadwal tur lengkap",
    "14 Februari 2026 – Medan, Gedung Serbaguna",
    "21 Februari 2026 – Padang, GOR Haji Agus Salim",
    "28 Februari 2026 – Pekanbaru, Hall Kaliandra",
    "7 Maret 2026 – Samarinda, GOR Segiri",
    "Tiket Medan",
    "Mulai Rp 350.000 · 40 tiket tersedia",
    "Lihat tiket",
    "Penjualan tiket dibuka pekan depan melalui situs resmi promotor. Penggemar diimbau tidak membeli tiket dari calo di media sosial.",
    "Bagikan",
    "Facebook",
    "© Kabar Hiburan",
]


def test_a_tours_dates_with_their_years_run_forward_as_a_schedule_over_a_ticket_box() -> None:
    out = clean(*TOUR)
    assert set(TOUR[5:10]) <= set(kept(out))
    assert {TOUR[4], TOUR[12], TOUR[14]} <= set(dropped(out))


CANDIDATES = [
    "Lajme | Politikë | Zgjedhjet 2027",
    "Gjashtë subjekte në garë për këshillin bashkiak të Shkodrës",
    "Komisioni zgjedhor miratoi dje listat e kandidatëve për këshillin bashkiak të Shkodrës. Në garë janë katër parti dhe dy koalicione, me mbi 250 kandidatë gjithsej.",
    "Një subjekt i shtatë u refuzua sepse lista e tij nuk plotësonte kuotën gjinore. Përfaqësuesit e tij thanë se do ta ankimojnë vendimin brenda afatit ligjor.",
    "Tre emrat e parë në çdo listë",
    "Lëvizja e Re e Qytetit: Arben Gjoka, Elira Marku, Gent Dushi",
    "Aleanca për Shkodrën: Fatmir Lika, Ermira Doda, Besnik Meta",
    "Partia e Qytetarëve të Lirë: Altin Murati, Rozana Leka, Edmond Çela",
    "Koalicioni i Bashkuar i Veriut: Enkelejda Prifti, Gazmend Beqiri, Orjana Hasa",
    "A E DINI KË TË VOTONI?",
    "Plotësoni testin tonë me 10 pyetje dhe shikoni cili program ju përshtatet.",
    "Fillo testin",
    "Fushata nis zyrtarisht më 20 maj dhe zgjat 30 ditë. Votimi do të zhvillohet të dielën e 20 qershorit në të gjitha qendrat e qarkut.",
    "Shpërndaje",
    "Facebook",
    "© Gazeta e Veriut",
]


def test_candidate_lists_under_their_parties_names_of_five_words_are_the_articles() -> None:
    out = clean(*CANDIDATES)
    assert set(CANDIDATES[4:9]) <= set(kept(out))
    assert {CANDIDATES[11], CANDIDATES[13], CANDIDATES[15]} <= set(dropped(out))


FERRIES = [
    "Αρχική | Ελλάδα | Οικονομία | Αθλητισμός",
    "Απεργία στα πλοία την Πέμπτη: ποια δρομολόγια ακυρώνονται",
    "Δεμένα θα μείνουν τα πλοία στα λιμάνια της χώρας την Πέμπτη, λόγω της 24ωρης απεργίας των ναυτεργατών. Η απεργία ξεκινά στις 06:00 και λήγει στις 06:00 της Παρασκευής.",
    "Οι εταιρείες καλούν τους επιβάτες να επικοινωνήσουν με τα πρακτορεία για αλλαγή εισιτηρίων. Τα εισιτήρια ισχύουν για οποιοδήποτε δρομολόγιο της ίδιας εβδομάδας.",
    "Τα δρομολόγια που ακυρώνονται",
    "Πειραιάς – Σύρος – Τήνος – Μύκονος (07:30)",
    "Ραφήνα – Άνδρος – Τήνος (08:15)",
    "Λαύριο – Κέα – Κύθνος (09:00)",
    "Πειραιάς – Αίγινα – Πόρος (10:30)",
    "Η κυκλοφορία των πλοίων θα αρχίσει κανονικά από το πρωί της Παρασκευής. Οι εταιρείες θα ανακοινώσουν έκτακτα δρομολόγια για το Σαββατοκύριακο.",
    "Μοιραστείτε το άρθρο",
    "Facebook",
    "© Νησιώτικα Νέα",
]


def test_a_routes_departures_are_no_videos_titles_with_their_durations() -> None:
    out = clean(*FERRIES)
    assert set(FERRIES[4:10]) <= set(kept(out))
    assert {FERRIES[10], FERRIES[12]} <= set(dropped(out))


LONG_HEADLINE = [
    "Home | Egypt | Crime and courts | Governorates | Economy | Sport",
    "Breaking | Supply minister announces new rules for subsidised bread from next month",
    "Four defendants sentenced to hard labour and two acquitted in the case of state land seized in Zagazig",
    "The court ordered those convicted to repay 37 million pounds and dismissed two former officials",
    "By Ahmed Abdel Razek",
    "Monday, 15 September 2025 03:40 pm",
    "Share",
    "Facebook",
    "Zagazig criminal court - archive",
    "The Zagazig criminal court closed on Monday one of the largest cases of state land seizure in Sharqia, sentencing four defendants to hard labour. Two others were acquitted for lack of evidence.",
    "Investigators found that the defendants forged allocation contracts for some 62 acres of land owned by the new city authority. The land was then sold to investors at market prices.",
    "The court also ordered the confiscation of the proceeds and barred the convicted officials from public office. The defence said it would appeal the ruling before the court of cassation.",
    "The prosecution said the case began with a complaint from the city authority two years ago. Auditors then traced the contracts to a single office in the property department.",
    "Share",
    "© 2025 Sharqia News",
]


def test_a_headline_longer_than_its_standfirst_stays_over_the_byline_under_a_caption() -> None:
    out = clean(*LONG_HEADLINE)
    assert {LONG_HEADLINE[2], LONG_HEADLINE[3]} <= set(kept(out))
    assert LONG_HEADLINE[1] in dropped(out)
