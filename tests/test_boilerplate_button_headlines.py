"""StripBoilerplate on short headlines that start like a shop button ("Order ... today").

A button's verb takes its object ("Book your stay now", "Shop Aero Poles now"), never
"of": a subhead or a live blog's heading "Order of play today" (the order, not "to order")
or "Prueba de fuego hoy" starts with a noun, says something and stays.
"""

from __future__ import annotations

from conftest import dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate
from test_boilerplate_families import BODIES


def strip(*paragraphs: str):
    return StripBoilerplate().apply(make_article(*paragraphs))


def _inserted(body: list[str], line: str, at: int = 2) -> list[str]:
    return [*body[:at], line, *body[at:]]


def test_button_headlines_noun_first_subheads_kept() -> None:
    for lang, line in (
        ("en", "Start of the strike today"),
        ("en", "Register of lobbyists now"),
        ("nl", "Boek van het jaar vandaag"),
        ("es", "Compra de vivienda hoy"),
        ("it", "Prova del fuoco oggi"),
        ("pt", "Peça de teatro hoje"),
        ("pt", "Reserve de ouro agora"),
    ):
        body = _inserted(BODIES[lang], line)
        assert kept(strip(*body)) == body, line


def test_button_headlines_buttons_with_their_object_still_dropped() -> None:
    for lang, button in (
        ("en", "Book your tickets today"),
        ("en", "Start your journey now"),
        ("en", "Shop Aero Trail Poles Now"),
        ("nl", "Bestel je pakket vandaag"),
        ("es", "Reserva tu mesa hoy"),
        ("it", "Prenota il tavolo ora"),
        ("pt", "Compre o seu agora"),
    ):
        body = BODIES[lang]
        out = strip(*_inserted(body, button))
        assert dropped(out) == {button: "boilerplate.navigation"}, button
