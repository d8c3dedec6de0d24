"""A race's results with times of an hour or more, and a table of two columns under its header.

A title closed by "– 2:31" is a video's; rows closed by times of an hour or more, one under the
other ("Marathon, men – 2:09:41"), are a race's results, the article's. Rows of two cells under a
header of two short cells without figures ("Horário — Intervalo", then "Das 6h às 22h — 20 minutos")
are a table, not teasers printing their ages.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

FOOT = ["Share this article", "Facebook", "WhatsApp", "© 2026 Harbour Post Ltd. All rights reserved."]
MARATHON = [
    "Home | News | Sport | Local",
    "Thousands run the new seafront course at the Harbour Marathon",
    "Some 14,000 runners took part in four races on Sunday, 1,500 of them in the full marathon. The new course along the seafront won praise.",
    "The races started at six in the morning by the ferry terminal, and the coast road stayed closed for six hours. Buses ran on diversions.",
    "A Kenyan runner won the men's race and a local teacher the women's, her first win at the distance after three second places.",
    "Winning times",
    "Marathon, men – 2:09:41",
    "Marathon, women – 2:31:07",
    "Wheelchair race – 1:32:55",
    "Paramedics treated 38 runners during the morning, most of them for dehydration and cramp. Two were taken to hospital as a precaution.",
    "The race raised some 200,000 pounds for local charities, among them a centre for children with special needs and the lifeboat station.",
    "Residents of the old town complained that they could not leave their streets by car for most of the morning.",
]


def test_rows_closed_by_times_of_an_hour_or_more_are_a_races_results() -> None:
    out = clean(*MARATHON, *FOOT)
    assert {"Winning times", "Marathon, men – 2:09:41", "Marathon, women – 2:31:07", "Wheelchair race – 1:32:55"} <= set(kept(out))


FERRY = [
    "Início | Notícias | Região | Desporto",
    "Novo horário dos barcos no Tejo: menos ligações à noite a partir de domingo",
    "A partir de domingo os barcos entre o Barreiro e Lisboa vão sair com menos frequência durante a noite, anunciou a empresa na terça-feira. De dia tudo fica igual.",
    "Durante o dia haverá um barco a cada vinte minutos, como até agora. À noite os passageiros vão esperar até uma hora pela ligação seguinte.",
    "Horário — Intervalo",
    "Das 6h às 22h — 20 minutos",
    "Das 22h às 6h — 60 minutos",
    "A empresa explicou que dois dos cinco navios estão parados para reparações no cais. As obras devem durar cerca de um mês, segundo a administração.",
    "Os utentes queixam-se de que os cortes noturnos afetam sobretudo quem trabalha por turnos. A comissão de utentes pediu uma ligação extra à meia-noite.",
    "Os novos horários podem ser consultados nos terminais e na aplicação da empresa, que também mostra os atrasos.",
]


def test_rows_of_two_cells_under_a_header_of_two_cells_are_a_table_not_teasers() -> None:
    teaser = "Portagens da ponte sobem em abril — Diário do Sul · há 2 dias"
    out = clean(*FERRY, "Notícias relacionadas", teaser, "Estação do Barreiro fecha para obras — Jornal da Margem · há 3 dias", *FOOT)
    assert {"Horário — Intervalo", "Das 6h às 22h — 20 minutos", "Das 22h às 6h — 60 minutos"} <= set(kept(out))
    assert dropped(out)[teaser] == "boilerplate.related_block"
