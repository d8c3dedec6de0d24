"""A link to a document, closed by its format and size in brackets.

Council and court pages list their documents as links ("Usnesení č. 112/2025 (PDF)", "Scarica
il documento (PDF, 2,4 MB)", "マップをダウンロード（PDF、2.4MB）"); an article names a report
in its sentences.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, clean, dropped, kept


@pytest.mark.parametrize("link", ["Usnesení č. 112/2025 (PDF)", "Scarica il documento (PDF, 2,4 MB)", "Download the council's report (pdf)", "マップをダウンロード（PDF、2.4MB）"])
def test_a_document_link_goes(link: str) -> None:
    out = clean(*TRAM_ARTICLE[:6], link, *TRAM_ARTICLE[6:9])
    assert link in dropped(out)
    assert set(TRAM_ARTICLE[:9]) <= set(kept(out))


def test_a_sentence_naming_a_pdf_stays() -> None:
    line = "The council published the full plan as a 300-page document (PDF) on its website on Monday, and residents have until March to comment on it."
    out = clean(*TRAM_ARTICLE[:6], line, *TRAM_ARTICLE[6:9])
    assert line in kept(out)
