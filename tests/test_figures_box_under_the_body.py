"""The article's box of figures right under its body.

Sites close a story with a small box: a title with no figure ("Спека в цифрах", "The heat in
numbers") over labelled figures ("Record of the day: +38.9 °C", "Cooling centres open in the
city: 42"), then the share bar. The box is the article's, whatever the length of its labels. A
site's contact box gives phone numbers or an e-mail address.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

BODY = [
    "Лікарі радять пити воду невеликими ковтками щогодини і не залишати дітей у припаркованих автомобілях. Лише за вихідні швидка допомога отримала понад 300 викликів.",
    "Спека вже позначилася й на врожаї в області. Аграрії кажуть, що без дощу наступного тижня врожайність кукурудзи може знизитися на п'яту частину.",
    "Невеликий дощ синоптики обіцяють лише в неділю.",
]
BOX = ["Спека в цифрах", "Рекорд дня: +38,9 °C", "Попередній рекорд: +36,4 °C (1936)", "Пунктів охолодження в місті: 42"]
AFTER = ["Поділитися", "Telegram", "Facebook", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter"]


def test_a_titled_box_of_labelled_figures_under_the_body_stays() -> None:
    out = clean(*BODY, *BOX, *AFTER)
    assert set(BODY) | set(BOX) <= set(kept(out))
    assert set(AFTER) <= set(dropped(out))


def test_a_box_of_phone_numbers_is_left_to_the_numbers_rule() -> None:
    contact = ["Редакція", "Телефон: 044 123 45 67", "Факс: 044 123 45 68"]
    out = clean(*BODY, *contact, *AFTER)
    assert contact[1] in dropped(out)
