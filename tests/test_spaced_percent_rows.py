"""Tables: changes in per cent printed with a space ("+1,8 %"), prices under headers that name dates.

French and other typography print a space between a figure and its per cent sign. A row of a
name and one such change in each cell between bars is a table's, as "Busan | -0.04% | -0.03%"
is, not a market ticker's quotes; a ticker's line still gives names and quotes side by side.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

PAGE = [
    "Accueil | Économie | Conso | Emploi",
    "Inflation : les prix de l'alimentation accélèrent encore en octobre",
    "Les prix à la consommation ont augmenté de 1,2 % sur un an en octobre, selon l'estimation définitive publiée vendredi par l'Insee. La hausse reste portée par l'alimentation et les services.",
    "L'énergie continue en revanche de tirer l'indice vers le bas. Les prix des produits pétroliers ont reculé pour le cinquième mois consécutif.",
    "L'évolution des prix par grand poste",
    "Poste | Septembre | Octobre",
    "Alimentation | +1,8 % | +2,1 %",
    "Énergie | -5,9 % | -6,3 %",
    "Services | +2,4 % | +2,5 %",
    "Tabac | +5,1 % | +5,1 %",
    "Ensemble | +1,1 % | +1,2 %",
    "Dans le détail, ce sont les produits frais qui ont le plus augmenté, en particulier les légumes et les fruits. Les économistes attendent une détente au début de l'année prochaine.",
    "Les syndicats réclament une nouvelle revalorisation des salaires dans le commerce. Le gouvernement renvoie aux négociations de branche prévues en décembre.",
    "Partager",
    "© 2026 Le Quotidien de l'Est",
]
TICKER = "CAC 40 7 412,35 +0,8 % DAX 19 230,10 +0,5 % Euro Stoxx 50 4 880,20 -0,2 %"


def test_rows_of_spaced_per_cent_changes_under_a_header_are_the_articles_table() -> None:
    out = clean(*PAGE)
    assert set(PAGE[5:11]) <= set(kept(out))


def test_a_tickers_quotes_side_by_side_still_fall() -> None:
    out = clean(*PAGE[:2], TICKER, *PAGE[2:])
    assert TICKER in dropped(out)


FARES = [
    "Home | City | Transport | Sport",
    "Tirana bus fares rise from May: single tickets up by ten lek",
    "The city council approved new fares for the municipal bus network on Thursday evening. The operator had asked for a larger rise because of fuel and wage costs.",
    "Season tickets for students and pensioners stay at their current price. The council said the single ticket had not changed for six years.",
    "New fares by ticket type",
    "Ticket | Until 30 April | From 1 May",
    "Single ticket on the bus | 40 lek | 50 lek",
    "Single ticket with the smart card | 35 lek | 45 lek",
    "Monthly pass, adult | 1 500 lek | 1 800 lek",
    "Monthly pass, student | 800 lek | 800 lek",
    "Monthly pass, pensioner | 500 lek | 500 lek",
    "The operator says smart card sales have doubled since the app was launched last year. Paper tickets will still be sold at the central station.",
    "Councillors from the opposition voted against the rise and asked for a free line to the hospital. Their motion was rejected.",
    "Share",
    "© 2026 Tirana Courier",
]


def test_a_header_naming_its_columns_by_dates_heads_rows_of_prices_with_their_currency() -> None:
    out = clean(*FARES)
    assert set(FARES[5:11]) <= set(kept(out))
