"""The article going on under a sign-up box that closes a block of teasers.

Sites set a block of teasers into the article and close it with a box of their own (a newsletter
sign-up, a call for donations). Under that box the article goes on: a paragraph with more of the
body right under it (another paragraph, or a subhead over a sentence) is no teaser. A site's
description of itself in the footer, under its sign-up box, has its address and links under it.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

UNDER_A_BOX = [
    "News | Local | Sport",
    "Aftershocks rattle the Vrancea region for a second night",
    "A magnitude 5.8 earthquake struck the Vrancea region at 3.47 on Sunday morning, the national seismology institute said. It was felt as far away as Bucharest and Galați, and many residents spent the rest of the night outdoors.",
    "Firefighters checked more than 200 buildings in Focșani during the day. Most of the damage was cracked plaster and fallen chimneys, and nobody was seriously hurt.",
    "Seismologists said aftershocks were normal after a quake of this size and deep focus, and that they would weaken over the coming days. The institute recorded eleven of them by Monday evening, the strongest of magnitude 3.4.",
    "The last earthquake of more than magnitude 5.5 in Vrancea struck two years ago. The region has the strongest intermediate-depth earthquakes in Europe, and the country's building code is written around them.",
    "Read also",
    "Map of the buildings at seismic risk in Bucharest, updated by City Hall",
    "Support the families hit by the earthquake",
    "Subscribe to our newsletter and get the day's news in your inbox every morning.",
    "The ministry said teams of engineers would inspect the schools, the hospital and the older blocks of flats in Focșani and Râmnicu Sărat from Monday morning.",
    "What to do during an earthquake",
    "Take cover under a solid table or next to a load-bearing wall.",
    "Do not use the lift and do not go down the stairs while the building is shaking.",
    "After the shaking stops, check the gas and electricity installations and leave the building if you smell gas. Keep a torch and a bottle of water near the bed, the civil protection service advises.",
    "Share on Facebook",
    "© 2025 National News",
]


def test_the_body_under_a_box_that_closes_the_teasers_stays() -> None:
    out = kept(clean(*UNDER_A_BOX))
    assert set(UNDER_A_BOX[10:15]) <= set(out)
    assert UNDER_A_BOX[7] not in out


FOOTER = [
    *UNDER_A_BOX[:10],
    "National News is an independent newsroom founded in 2009 by a group of reporters from Iași. We publish news from every county of the country, every day of the year.",
    "+40 21 555 0100",
    "office@nationalnews.example",
    "Contact | Advertise | Privacy",
]


def test_a_sites_self_description_under_its_sign_up_box_goes_with_the_teasers() -> None:
    assert FOOTER[10] in dropped(clean(*FOOTER))
