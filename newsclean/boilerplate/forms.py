"""A sign-up form's lines, in any language: its prompt, its e-mail field and its button.

A form is known by its shape, not its wording, so a language the lexicon has no prompt for
is covered too: a short button under the prompt whose verb it repeats ("Naročite se na
tedenski pregled" / "Naroči se"), or an e-mail field between prompt and button ("Vaš
e-naslov" / "Subscriu-m'hi").
"""

from __future__ import annotations

import re

from .cues import LanguageCues
from .rules import ADVERT, NAVIGATION, SUBSCRIBE, Drops, Line

__all__ = ["calculators", "choice_fields", "form_fields", "signup_forms"]

# The field's name for an e-mail address, in the world's scripts: "E-Mail-Adresse", "Vaš
# e-naslov", "Correu electrònic", "Внесете е-пошта", "El. paštas", "ایمیل", "メールアドレス",
# "ელფოსტა", "Էլ. փոստ", "E-poçt", "Netfang", "E-mel".
_EMAIL_FIELD = re.compile(
    r"mail|e-?naslov|e-?po[sš]t|correu|correo|courriel|sähköpost|e-?pasts|pa[sš]tas|barua pepe"
    r"|пошт|имејл|ηλεκτρονικ|ई-?मेल|ইমেইল|ই-মেইল|البريد|ای ?میل|ایمیل|אימייל|דוא\"ל|อีเมล|メール|이메일|邮箱|郵箱|邮件|郵件"
    r"|ფოსტ|փոստ|e-?po[cç]t|netfang|e-mel"
    r"|adre[çc]a electr|direcci[oó]n electr|adresse [ée]lectr|endere[çc]o eletr|indirizzo elettr",
    re.IGNORECASE,
)
_PATH = re.compile(r"[@_/]|\.(?!\s)")
_CODE = re.compile(r"[\d(){}\[\]<>=$#;`]")  # figures and a program's signs: no prompt or button has them
_CLAUSE = re.compile(r"\s[–—-]\s|:\s")
_STEM = 5  # letters a button's verb shares with the prompt's: "naroč-i" / "naroč-ite", "telli" / "telli"


def signup_forms(lines: list[Line], drops: Drops, most_words: int = 30, button_words: int = 3) -> Drops:
    """The prompt, field and button of each sign-up form: a prompt of 5 to ``most_words`` words
    and one clause (or one the lexicon named), then a button of at most ``button_words`` words,
    under an e-mail field or repeating the prompt's verb. A list's items share their first words
    too ("Best of: Spa", "Best of: Beach"): a form stands apart from the lines around it."""
    out: Drops = {}
    for pos in range(2, len(lines)):  # the first line is the headline, never a prompt over a button
        button, above = lines[pos], lines[pos - 1]
        # Most lines are longer than a button, or sit under no field or prompt: told by word counts.
        if button.n_words > button_words or not (above.n_words <= 4 or 5 <= above.n_words <= most_words):
            continue
        if not _button(button, button_words):
            continue
        below = lines[pos + 1] if pos + 1 < len(lines) else None
        if _field(above) and (below is None or not _field(below)):
            prompt = lines[pos - 2]
            heading = lines[pos - 3] if pos >= 3 else None
            field_and_button = (SUBSCRIBE, f"a sign-up form's e-mail field and button (line {button.index})")
            if _prompt(prompt, most_words, stopped=prompt.text.rstrip().endswith(".")) or drops.get(prompt.index, ("",))[0] == SUBSCRIBE:
                out[prompt.index] = (SUBSCRIBE, f"a sign-up form's prompt over its e-mail field (line {above.index})")
                out[above.index] = out[button.index] = field_and_button
                if heading is not None and _title(heading) and heading.index not in drops:
                    out[heading.index] = (SUBSCRIBE, f"the newsletter's name over its sign-up form's prompt (line {prompt.index})")
            elif heading is not None and drops.get(heading.index, ("",))[0] == SUBSCRIBE and 3 <= prompt.n_words <= most_words:
                # Its pitch between the heading the lexicon named and the field, a sentence or not:
                # "Subscribe to our newsletter" / "The city's news, every morning in your inbox." / "Your e-mail".
                out[prompt.index] = (SUBSCRIBE, f"a sign-up box's pitch under its heading (line {heading.index})")
                out[above.index] = out[button.index] = field_and_button
        elif drops.get(above.index, ("",))[0] == SUBSCRIBE and _EMAIL_FIELD.search(above.clean) and (below is None or not _field(below)):
            # Under a line the lexicon named that asks for the e-mail ("Enter your e-mail address").
            out[button.index] = (SUBSCRIBE, f"a sign-up form's button under its e-mail field (line {above.index})")
        elif _prompt(above, most_words) and (verb := _shared_verb(above, button)):
            if not any(other is not None and _begins_with(other, verb) for other in (lines[pos - 2], below)):
                out[above.index] = (SUBSCRIBE, f"a sign-up form's prompt over its button '{button.text.strip()}'")
                out[button.index] = (SUBSCRIBE, f"a sign-up form's button under its prompt (line {above.index})")
    return {index: found for index, found in out.items() if index not in drops or drops[index][0] == SUBSCRIBE}


def _title(line: Line, most: int = 6) -> bool:
    """A box's title over its pitch: at most ``most`` words, no sentence, no figure ("The Weekend
    Escape", "La lettre Sciences")."""
    return 1 <= line.n_words <= most and not line.sentence and not any(c.isdigit() for c in line.text)


def _button(line: Line, most: int) -> bool:
    """A verb and a word or two, in letters: "Naroči se", "Tilmeld". Capitals on two words or
    more make a name or a menu's item ("Industry Reports", "Center for Healing")."""
    return 1 <= line.n_words <= most and not line.sentence and not _CODE.search(line.text) and _capitals(line) <= 1


def _field(line: Line) -> bool:
    """An e-mail field's label: a few words of letters, none of a path or a variable
    ("GIT_AUTHOR_EMAIL"), in title case only up to three words ("Your Email Address", not "Best
    Email Marketing Services")."""
    if line.n_words > 6 or _EMAIL_FIELD.search(line.clean) is None:
        return False  # most lines name no e-mail
    spaced = len(line.text.split())
    # An abbreviation's dot is followed by a space ("El. paštas", "Էլ. փոստ"); a path's or an address's is not.
    return (spaced <= 3 or spaced == 4 and _capitals(line) <= 1) and not line.sentence and not _PATH.search(line.text)


def _prompt(line: Line, most: int, stopped: bool = False) -> bool:
    """Short, and worded as a sentence without being one of the body: one clause at most, not
    closed by a full stop, most words in lower case (a headline or a product's name is in title case).
    ``stopped``: a newsletter's pitch over its e-mail field instead, one sentence of one clause with
    its full stop ("The county's news in your inbox every morning.")."""
    text = line.text.rstrip()
    if text.endswith(".") != stopped or stopped and _CLAUSE.search(text):
        return False
    inside = text[:-1] if stopped else text
    return (
        5 <= line.n_words <= most and not any(mark in inside for mark in (". ", "! ", "? ", "。", "！", "？"))
        and not _CODE.search(text)
        and _capitals(line) * 2 <= line.n_words
    )


def _capitals(line: Line) -> int:
    """How many words begin with a capital letter."""
    return sum(word[:1].isupper() for word in line.text.split())


def _shared_verb(prompt: Line, button: Line) -> str:
    """The stem of the button's first word when the prompt's first word, or its first after a
    dash or colon, begins alike ("Telli" / "Telli meie uudiskiri", "Tilmeld" / "Få nyhederne –
    tilmeld dig"); else ''."""
    verb = button.words[0] if button.words else ""
    if len(verb) < _STEM or any(c in button.text for c in "()–—-:|"):
        return ""
    starts = [prompt.words[0]] + [clause.split()[0] for clause in _CLAUSE.split(prompt.clean)[1:] if clause.split()]
    return verb[:_STEM] if any(word[:_STEM] == verb[:_STEM] for word in starts) else ""


def _begins_with(line: Line, stem: str) -> bool:
    return bool(line.words) and line.words[0][:_STEM] == stem


def form_fields(lines: list[Line], drops: Drops, cues: LanguageCues, most_words: int = 6, button_words: int = 3, call_words: int = 10) -> Drops:
    """A comparison widget's form: the fields the lexicon names, alone on their lines
    ("Postleitzahl", "Jahresverbrauch in kWh", "Votre code postal"), the short button under the
    last of them ("Tarife berechnen", "Vergelijken") and the widget's call over the first, up to
    ``call_words`` words with no sentence's end ("Vergelijk nu de prijzen van jouw
    boodschappenlijst"). An e-mail field is ``signup_forms``'s, known by its shape: alone, it is
    as often a share bar's button."""
    out: Drops = {}
    fields = {
        pos: hit
        for pos, line in enumerate(lines)
        if line.index not in drops and line.n_words <= most_words and (hit := cues.match("form_field", line.clean, line.words))
    }
    for pos, hit in fields.items():
        line = lines[pos]
        out[line.index] = (ADVERT, f"form_field cue '{hit}'")
        below = lines[pos + 1] if pos + 1 < len(lines) else None
        if below is not None and below.index not in drops and pos + 1 not in fields and _button(below, button_words):
            out[below.index] = (ADVERT, f"a form's button under its field (line {line.index})")
        above = lines[pos - 1] if pos > 1 else None  # the first line is the headline
        if above is not None and above.index not in drops and pos - 1 not in fields and above.n_words <= call_words and not above.sentence:
            out[above.index] = (ADVERT, f"a widget's call over its form's field (line {line.index})")
    return out


# A select field's label and its choices split by slashes ("Miestas: Vilnius / Kaunas / Klaipėda",
# "Type of ticket: adult / student / child"): three choices or more of up to three words, no figures.
_CHOICES = re.compile(r"[^\W\d][^:：/\d]{0,40}[:：]\s*[^/\d:：]+(?:\s/\s[^/\d:：]+){2,}")
_LABEL_VALUE = re.compile(r"[^:：]{1,40}[:：]\s*\S")


def choice_fields(lines: list[Line], drops: Drops, label_words: int = 5, choice_words: int = 3) -> Drops:
    """A form's select field printed with its choices, in any language: a short label, a colon and
    three choices or more split by slashes. A spec list prints such a line among other label/value
    rows ("Colours: black / white / blue" under "Battery: 4,500 mAh"): beside one, it stays."""
    out: Drops = {}
    for pos, line in enumerate(lines):
        if line.index in drops or line.sentence or "/" not in line.text or not _CHOICES.fullmatch(line.text.strip()):
            continue
        label, choices = re.split(r"[:：]", line.text, maxsplit=1)
        if len(label.split()) > label_words or any(len(choice.split()) > choice_words for choice in choices.split(" / ")):
            continue
        near = (lines[k] for k in (pos - 1, pos + 1) if 0 <= k < len(lines))
        if any(other.index not in drops and _LABEL_VALUE.match(other.text) for other in near):
            continue
        out[line.index] = (NAVIGATION, "a select field's label and its choices split by slashes")
    return out


# A result not worked out yet: a label, a colon, a dash for the figure, maybe its unit
# ("Resultat estimat: —", "Din månedlige egenbetaling: – kr.", "Tahmini yardım tutarı: — TL").
_EMPTY_RESULT = re.compile(r"[^:：]{2,60}[:：]\s*[—–‒-]+\s*(?:[^\s\d]{1,8}\.?)?\s*")


# A result the calculator shows for its example: a label and one figure with its unit ("Vaš
# mesečni obrok: 743,18 EUR", "Igakuine makse: 612 €").
_FILLED_RESULT = re.compile(r"\s*[^:：\d]{2,60}[:：]\s*(?:[^\s\d]{1,3}\s?)?\d[\d\s.,]*(?:\s?[^\s\d]{1,8}\.?)?\s*")


def _form_above(lines: list[Line], pos: int, drops: Drops, fields: int = 2) -> bool:
    """Whether a form's button stands right over ``pos`` ("Izračunaj"), ``fields`` or more of its
    fields over the button, all named as a widget's by an earlier rule (a field the lexicon knows
    as a form's is an advert's: a comparison widget's)."""
    if pos < fields + 1 or not all(drops.get(lines[k].index, ("",))[0] in (NAVIGATION, ADVERT) for k in range(pos - fields - 1, pos)):
        return False
    return _button(lines[pos - 1], 3)


def filled_results(lines: list[Line], drops: Drops) -> Drops:
    """A calculator's result for its example, right under its button and the fields named over
    it: the widget's, not a figure of the article's."""
    return {
        line.index: (NAVIGATION, f"a calculator's result under its button (line {lines[pos - 1].index})")
        for pos, line in enumerate(lines)
        if line.index not in drops and _FILLED_RESULT.fullmatch(line.text) and _form_above(lines, pos, drops)
    }


def calculators(lines: list[Line], drops: Drops, most: int = 4, field_words: int = 10) -> Drops:
    """A calculator set into a service article: its result line, empty until the reader fills
    the form in ("Estimated allowance: — TL"), and the button over it. Its fields go with them up
    to the heading that names the button's verb ("Calculate your allowance", "Monthly household
    income (TL)", "Calculate"), at most ``most`` lines up, in any language: a list the article
    gives above the box names no such verb. The figures an article works out are given, never a
    dash."""
    out: Drops = {}
    for pos, line in enumerate(lines):
        if line.index in drops or not _EMPTY_RESULT.fullmatch(line.text.strip()):
            continue
        out[line.index] = (NAVIGATION, "a calculator's result, empty until the form is filled in")
        button = lines[pos - 1] if pos > 1 else None  # the lexicon may know it already ("Hesapla")
        if button is None or drops.get(button.index, (NAVIGATION,))[0] != NAVIGATION or not _button(button, 3):
            continue
        out[button.index] = (NAVIGATION, f"a calculator's button over its result (line {line.index})")
        stem = button.words[0].casefold()[:_STEM] if button.words else ""
        box: list[Line] = []
        for above in reversed(lines[max(pos - 1 - most, 1) : pos - 1]):  # the first line is the headline
            if above.index in drops and drops[above.index][0] == NAVIGATION:
                continue  # a field the lexicon named already ("Number of people in the household")
            if above.index in drops or above.n_words > field_words or above.text.rstrip().endswith((".", "!", "。")):
                break
            box.append(above)
            if len(stem) >= 4 and any(word.casefold().startswith(stem) for word in above.words):
                for field in box:
                    out[field.index] = (NAVIGATION, f"a calculator's heading or field over its button (line {button.index})")
                break
    return out
