"""A podcast's episodes and listen buttons by their length.

A newsroom's podcast is promoted in an article as a line that names an episode by its number
and closes with its length: "Folge 42: … · 34:12 Min.", "Episodi 58: … · 27 min". A player's
button with a length and no title ("Kuuntele jakso (32 min)") is the same widget. The length
is minutes (and seconds); a stage's distance "(162 km)" or a race time of hours is the
article's, and so is a numbered subhead with no length.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

BODY_DE = [
    "Ein zwölfjähriger Schüler aus Freiburg hat das Schwarzwald-Open im Schach gewonnen. Er setzte sich im letzten Spiel gegen einen Großmeister durch.",
    "Der Junge spielt seit seinem fünften Lebensjahr im Verein. Sein Trainer sagt, er habe noch nie ein so ruhiges Kind am Brett erlebt.",
    "Das Turnier zog in diesem Jahr mehr als 300 Spielerinnen und Spieler aus acht Ländern an. Gespielt wurde neun Runden lang im Kurhaus.",
    "Die Eltern wollen den Sohn nicht zu früh in den Profisport drängen. Die Schule gehe vor, sagte die Mutter nach der Siegerehrung.",
]
EPISODE_DE = "Podcast „Matt in drei“ · Folge 42: Wie viel Talent braucht ein Schachwunderkind? · 34:12 Min."
EPISODE_MK = "Епизода 33: Водата што ја пиеме · 38 мин."
EPISODE_CA = "Episodi 58: Viure sobre volcans · 27 min"
BODY_FI = [
    "Tampereen kaupunki avaa uuden raitiotien osuuden Hervantaan ensi maanantaina. Liikennöinti alkaa aamulla kello viisi.",
    "Uudella osuudella on kahdeksan pysäkkiä ja matka keskustasta kestää noin kaksikymmentä minuuttia. Vuorot kulkevat kymmenen minuutin välein.",
    "Rakennustyöt kestivät kolme vuotta ja maksoivat arviolta 120 miljoonaa euroa. Valtio maksoi kustannuksista kolmanneksen.",
    "Asukkaat ovat odottaneet yhteyttä pitkään. Moni kertoo jättävänsä auton kotiin, kun raitiovaunu pysähtyy lähes oven edessä.",
]
LISTEN_FI = "Kuuntele jakso (32 min)"
STAGE_SUBHEAD = "Runde 9: Der entscheidende Zug kam nach drei Stunden"


def test_a_numbered_episode_with_its_length_is_dropped_and_the_article_kept() -> None:
    page = ["Schach", *BODY_DE[:2], EPISODE_DE, EPISODE_MK, EPISODE_CA, *BODY_DE[2:], "Teilen"]
    out = clean(*page)
    assert {EPISODE_DE, EPISODE_MK, EPISODE_CA} <= set(dropped(out))
    assert set(BODY_DE) <= set(kept(out))


def test_a_listen_button_with_its_length_alone_is_dropped() -> None:
    out = clean(*BODY_FI[:2], LISTEN_FI, *BODY_FI[2:])
    assert LISTEN_FI in dropped(out)
    assert set(BODY_FI) <= set(kept(out))


def test_a_numbered_subhead_with_no_length_stays() -> None:
    page = [*BODY_DE[:2], STAGE_SUBHEAD, *BODY_DE[2:]]
    assert STAGE_SUBHEAD in kept(clean(*page))


def test_a_stage_with_its_distance_stays() -> None:
    stage = "Etappe 4: Freiburg – Titisee (162 km)"
    page = [*BODY_DE[:2], stage, *BODY_DE[2:]]
    assert stage in kept(clean(*page))
