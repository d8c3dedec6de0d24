"""A row of a two-column table that reads like a byline's segments.

A table printed as text rows of two cells parted by a bar ("Plats | Beräknad passering", then
"Hökerum | 11.52") may hold a row shaped like a byline with its time ("Ulricehamn, Storgatan |
12.05": a name, a comma, a place, a time). Among three rows or more cut alike, one of them kept,
it is the table's row: a byline is one line.
"""

from __future__ import annotations

from conftest import clean, kept

ROWS = [
    "Beräknade passertider",
    "Plats | Beräknad passering",
    "Hökerum | 11.52",
    "Ulricehamn, Storgatan | 12.05",
    "Lassalyckan | 12.09",
    "Gällstad | 12.31",
]
PAGE = [
    "Nyheter | Sport | Kultur",
    "Cykelloppet rullar genom Ulricehamn på torsdag",
    "På torsdag passerar tredje etappen av Sverigeloppet genom Ulricehamn. Cyklisterna kommer från Tranemo och fortsätter mot Jönköping.",
    "För stadens del innebär det avstängda gator under en stor del av dagen. Polisen ber bilister att planera sina resor i god tid.",
    *ROWS,
    "Tiderna kan ändras med upp till en kvart beroende på väder och vind. Arrangören ber publiken att stå bakom avspärrningarna.",
    "Vid Lassalyckan delas ett spurtpris ut, och där blir det också musik och korvförsäljning under eftermiddagen.",
    "Dela artikeln",
]


def test_a_row_shaped_like_a_byline_stays_in_its_table() -> None:
    assert set(ROWS) <= set(kept(clean(*PAGE)))
