"""Timelines and ranked results that sat where furniture sits.

A timeline's rows may open with a month and a year ("March 2024 – …", "17 August 2023 – …"):
the years run forward, so the rows are the article's schedule, not teasers, and the body runs
on over them.
"""

from __future__ import annotations

from conftest import clean, dropped, kept
from newsclean.text import opening_date

TRIAL = [
    "Inicio | Noticias | Tribunales | Opinión",
    "Arranca el juicio por el derrumbe del puente peatonal de Ribera Alta",
    "El constructor y dos técnicos municipales se sientan desde este lunes en el banquillo de la Audiencia Provincial. La Fiscalía pide cuatro años de prisión para cada uno por homicidio imprudente.",
    "La defensa sostiene que el proyecto cumplía la normativa vigente y que las revisiones anuales nunca detectaron fallos en la estructura. Las familias de las víctimas reclaman una indemnización conjunta.",
    "En la primera sesión declararon tres peritos de la acusación, que coincidieron en que la corrosión de los anclajes era visible desde hacía al menos dos años.",
    "Cronología del caso",
    "14 octubre 2022 – Derrumbe parcial",
    "Noviembre 2022 – Diligencias previas",
    "Marzo 2024 – Escrito acusatorio",
    "Enero 2025 – Juicio oral",
    "El tribunal ha reservado doce sesiones para escuchar a cuarenta y un testigos. La sentencia no se espera antes del verano, según fuentes judiciales.",
    "Te puede interesar",
    "El Ayuntamiento aprueba el plan de mantenimiento de puentes para 2026",
    "Las obras de la ronda norte se retrasan hasta la próxima primavera",
    "Suscríbete a nuestro boletín",
    "© Diario de la Ribera 2025",
]


def test_a_timeline_of_months_and_years_after_the_body_stays() -> None:
    out = clean(*TRIAL)
    assert set(TRIAL[5:11]) <= set(kept(out))
    assert TRIAL[12] in dropped(out)


def test_an_opening_date_reads_the_year_after_a_month() -> None:
    assert opening_date("Marzo 2024 – Escrito acusatorio") == ("year", 2024)
    assert opening_date("14 octubre 2022 – Derrumbe parcial") == ("year", 2022)
    assert opening_date("5 Ways to save on energy") is None
