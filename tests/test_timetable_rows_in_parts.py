"""A timetable printed as rows of places, each with its time, parted by dots.

A replacement bus's times under their heading ("Caldas da Rainha 06h10 · Óbidos 06h25 ·
Bombarral 06h45") are the article's table, not a run of teaser headlines.
"""

from __future__ import annotations

from conftest import clean, kept

PAGE = [
    "Início | País | Mundo | Economia | Desporto",
    "Linha do Oeste fecha entre Caldas da Rainha e Torres Vedras durante três meses",
    "A circulação ferroviária vai estar interrompida a partir de segunda-feira para obras de modernização. A CP garante autocarros de substituição em todos os horários.",
    "A intervenção inclui a substituição de cerca de 40 quilómetros de carris e travessas. As obras deviam ter começado no inverno, mas o concurso atrasou.",
    "Os utentes criticam o calendário. Dizem que a linha fecha precisamente quando há mais turistas e mais estudantes em época de exames.",
    "Horários dos autocarros de substituição (dias úteis)",
    "Caldas da Rainha 06h10 · Óbidos 06h25 · Bombarral 06h45 · Torres Vedras 07h20",
    "Caldas da Rainha 08h05 · Óbidos 08h20 · Bombarral 08h40 · Torres Vedras 09h15",
    "Torres Vedras 17h30 · Bombarral 18h05 · Óbidos 18h25 · Caldas da Rainha 18h40",
    "A CP recomenda que os passageiros confirmem os horários antes de cada viagem.",
    "Partilhar",
    "Facebook",
    "Mais lidas",
    "Greve dos professores marcada para a próxima semana",
    "Preço dos combustíveis volta a descer na segunda-feira",
]


def test_a_timetables_rows_stay() -> None:
    assert set(PAGE[5:10]) <= set(kept(clean(*PAGE)))
