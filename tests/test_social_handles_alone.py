"""A reporter's or an account's social handle on a short line of its own.

Under the byline or after the body a site prints the reporter's account ("@zuzana_hrn na X",
"Følg Jonas på X: @jonaskjaer_oa"); a live page keeps an account's name and handle over a post
whose frame it lost. Both are furniture. A handle alone goes by the byline only: elsewhere it
names a forum reply's author. A line of code's decorator ("@property") and a list's item that
gives a figure ("@cityzoo – 2.1 million followers") are the article's.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, clean, dropped, kept


@pytest.mark.parametrize(
    "handle",
    [
        "@zuzana_hrn na X",
        "Følg Jonas på X: @jonaskjaer_oa",
        "Carrow Police @CarrowPolice",
        "BoxExpres CZ (@boxexpres_cz)",
    ],
)
def test_a_handle_on_a_short_line_of_its_own_goes(handle: str) -> None:
    out = clean(*TRAM_ARTICLE[:3], handle, *TRAM_ARTICLE[3:8])
    assert handle in dropped(out)
    assert set(TRAM_ARTICLE[:8]) <= set(kept(out))


def test_a_handle_alone_under_the_reporters_name_goes() -> None:
    out = clean(TRAM_ARTICLE[0], "By Laura Quintana", "@lauraquintana_m", *TRAM_ARTICLE[1:8])
    assert "@lauraquintana_m" in dropped(out)
    assert set(TRAM_ARTICLE[:8]) <= set(kept(out))


@pytest.mark.parametrize(
    "line", ["@property", "@lauraquintana_m", "@cityzoo – 2.1 million followers", "deprecated via the @warnings.deprecated decorator", '"@type": "Product",']
)
def test_a_decorator_or_a_counted_account_stays(line: str) -> None:
    out = clean(*TRAM_ARTICLE[:3], line, *TRAM_ARTICLE[3:8])
    assert line in kept(out)
