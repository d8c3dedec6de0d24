"""A live page's updates under a "Latest" heading.

A related-articles cue ("Senaste nytt", "Latest news") over a list of teasers opens a related
block. The same words over a live blog's first time stamp head the article's own updates: each
stamp stands over an entry of sentences, and the entries stay.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

PAGE = [
    "Nyheter Sport Kultur Nöje",
    "Hamnfesten ställs in – skyfall väntas på lördag",
    "Efter SMHI:s varning för kraftigt regn ställer arrangörerna in lördagens program i hamnen.",
    "Beskedet kom strax efter klockan nio på fredagsmorgonen. Styrelsen säger att säkerheten för besökarna måste gå först.",
    "SMHI har utfärdat en gul varning för kraftigt regn från lördag förmiddag. Upp till 60 millimeter kan falla på några timmar.",
    "För föreningarna som säljer mat på festen är beskedet ett hårt slag. Många har redan köpt in varor för helgen.",
    "Senaste nytt",
    "13.48",
    "Nu är det klart: konserterna flyttas till lördagen den 30 augusti. Det bekräftar styrelsen efter ett extra möte.",
    "11.20",
    "Räddningstjänsten uppmanar båtägare i gästhamnen att se över sina förtöjningar. Vinden kan nå stormstyrka i byarna.",
    "10.05",
    "Den som har köpt armband men inte kan komma får pengarna tillbaka. Återbetalningen sker automatiskt inom två veckor.",
    "Dela artikeln",
    "Facebook",
    "Kopiera länk",
    "Mest läst just nu",
    "Trafikolycka på E20 vid Götene – en till sjukhus",
    "Nytt bostadsområde planeras vid Framnäs",
]


def test_the_updates_under_a_latest_heading_over_a_time_stamp_stay() -> None:
    out = clean(*PAGE)
    assert {PAGE[8], PAGE[10], PAGE[12]} <= set(kept(out))
    assert {PAGE[7], PAGE[9], PAGE[17]} <= set(dropped(out))
