"""Numbered steps worded like a prompt, and ranks with an ordinal sign.

"1. Download the app from the App Store or Google Play." opens the article's own
list of how to book: a prompt to download an app stands alone, with no number in a run, and the
next step ("2. …") is kept beside it.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

BODY = [
    "The new wing of the county hospital opened its doors to the first patients on Monday, after three years of building work and a budget that grew by a fifth.",
    "The wing holds 120 beds, four operating theatres and a day clinic for children. Patients can now book their appointments online instead of queueing at the desk.",
]
STEPS = [
    "How to book",
    "1. Download the app from the App Store or Google Play.",
    "2. Sign in with your insurance number.",
    "3. Choose the clinic and a free slot.",
]
CLOSE = "The old building will be pulled down next year to make room for a car park and a garden for patients and their families."
PROMPT = "Download our app for the latest news from your county."


def test_a_numbered_step_worded_like_a_prompt_stays_with_its_list() -> None:
    out = clean(*BODY, *STEPS, CLOSE, "Share", "Facebook", PROMPT)
    assert {*BODY, *STEPS, CLOSE} <= set(kept(out))
    assert PROMPT in dropped(out)


ROUNDS = [
    "Sporting de Braga já conhece o calendário: estreia na Liga é fora, frente ao Santa Clara",
    "O Sporting de Braga já sabe com quem vai jogar nas primeiras jornadas da Liga. A estreia será nos Açores, num jogo marcado para o fim de semana de 9 e 10 de agosto.",
    "O treinador considera o arranque exigente, com duas deslocações longas nas primeiras três semanas. «Temos de estar prontos desde o primeiro dia», afirmou.",
    "As primeiras seis jornadas",
    "1.ª jornada: Santa Clara – Sp. Braga (10 de agosto)",
    "2.ª jornada: Sp. Braga – Tondela (17 de agosto)",
    "3.ª jornada: Nacional – Sp. Braga (24 de agosto)",
    "4.ª jornada: Sp. Braga – Estoril (31 de agosto)",
    "5.ª jornada: Alverca – Sp. Braga (14 de setembro)",
    "6.ª jornada: Sp. Braga – Famalicão (21 de setembro)",
    "As datas e horas exatas dos jogos só serão conhecidas mais tarde, uma vez que dependem das transmissões televisivas e das provas europeias.",
    "Partilhar no Facebook",
    "Partilhar no WhatsApp",
]


def test_ranks_with_an_ordinal_sign_count_up_as_ranks() -> None:
    # "1.ª", "2.ª": the Portuguese ordinal's sign after the rank's dot, as "1.º" for a ranking's first.
    out = clean(*ROUNDS)
    assert set(ROUNDS[:11]) <= set(kept(out))
