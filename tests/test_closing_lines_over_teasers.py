"""A closing line under a box set into the article, over a related block no cue names.

An esports report ends with a reader poll, then its closing sentence, then the site's block of
other stories: a heading no lexicon knows and two headlines, in any script (titles of five words
or more; a menu's items are a word or three). The sentence is the article's.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

FINAL = [
    "Northern Star lose the Baltic Masters final after a five-map thriller",
    "The Tallinn team came back from two maps down but lost the decider in overtime in front of a full hall.",
    "By Karl Tamm",
    "Published 12 March 2025, 22:40",
    "Northern Star reached the final of the Baltic Masters for the first time and pushed the defending champions to the last round of the fifth map. Around four thousand fans filled the hall.",
    "The team lost the first two maps heavily, but changed its tactics after the break. Their captain said the coach's calls in the third map turned the match around.",
    "The tournament's prize pool was 100,000 euros, of which Northern Star earned 30,000 for second place. The organisers say more than half a million people watched the stream.",
    "Poll: will Northern Star win an international tournament this year?",
    "Yes, surely – 54%",
    "I doubt it – 31%",
    "2,118 readers voted",
    "The team's next tournament is in Warsaw in April.",
    "From the arena",
    "Estonian youth team travels to the European championship in Riga",
    "A new fighting game league with record prize money launches this spring",
    "© 2025 Daily News Ltd. All rights reserved.",
]


def test_a_closing_line_over_an_unnamed_related_block_is_the_articles() -> None:
    out = clean(*FINAL)
    assert "The team's next tournament is in Warsaw in April." in kept(out)
    assert {"From the arena", FINAL[13]} <= set(dropped(out))

