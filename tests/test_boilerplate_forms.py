"""Sign-up forms known by their shape in any language: a prompt, an e-mail field, a button.

The lexicon cannot hold every site's wording of "get our newsletter"; a form's lines are
known by how they stand together, and lists that share first words or fields' names are not forms.
"""

from __future__ import annotations

from conftest import TRAM_ARTICLE, dropped, kept, make_article
from newsclean.boilerplate import StripBoilerplate

CROATIAN = [
    "Gradsko vijeće u utorak je izglasalo produženje tramvajske pruge do novog naselja na sjeveru grada, nakon dvije godine rasprave.",
    "Produženje će donijeti šest novih stajališta i stajat će oko osamdeset milijuna eura, a većinu će platiti županija.",
    "Protivnici kažu da bi novac bio bolje potrošen na autobuse, koji bi mogli voziti i do okolnih sela.",
    "Radovi bi trebali početi sljedećeg proljeća i trajati oko dvije godine, priopćila je gradska prometna tvrtka.",
    "Prvi tramvaji na novoj dionici trebali bi voziti u jesen 2027. godine, ako natječaj za tračnice prođe prema planu.",
    "Stanovnici naselja na brzu vezu sa središtem grada čekaju otkako su prije gotovo deset godina useljene prve kuće.",
    "Prema prošlogodišnjoj anketi većina njih na posao ide automobilom, a mnogi kažu da bi prešli na tramvaj.",
    "Odluku još mora potvrditi županijska skupština, koja bi o proračunu trebala glasati u ožujku.",
]
ESTONIAN = [
    "Linnavolikogu otsustas teisipäeval pikendada trammiliini uude elurajooni linna põhjaosas, pärast kaks aastat kestnud arutelu.",
    "Pikendus lisab kuus uut peatust ja maksab umbes kaheksakümmend miljonit eurot, millest suurema osa maksab riik.",
    "Vastased ütlesid, et raha oleks parem kulutada bussidele, mis jõuaksid ka ümberkaudsetesse küladesse.",
    "Ehitus peaks algama järgmisel kevadel ja kestma umbes kaks aastat, teatas linna transpordiamet.",
]


def test_a_prompt_an_email_field_and_a_button_go_together_in_wording_no_lexicon_knows() -> None:
    form = ["Primajte jutarnji pregled vijesti iz regije izravno u svoj sandučić", "Vaša adresa e-pošte", "Prijavi me"]
    out = StripBoilerplate().apply(make_article(*CROATIAN[:3], *form, *CROATIAN[3:]))
    assert kept(out) == CROATIAN
    assert set(dropped(out).values()) == {"boilerplate.subscribe_prompt"}


def test_a_button_that_repeats_the_prompts_verb_goes_with_it() -> None:
    form = ["Liitu meie hommikuse ülevaatega ja saa olulisemad uudised esimesena", "Liitu"]
    out = StripBoilerplate().apply(make_article(*ESTONIAN, *form))
    assert kept(out) == ESTONIAN
    assert set(dropped(out).values()) == {"boilerplate.subscribe_prompt"}


def test_lists_names_and_headlines_shaped_like_a_form_stay() -> None:
    for lines in (
        # A list's items share their first word: no prompt stands apart from them.
        ["Best of the Best: Apartment", "Best of the Best: Beach House", "Best of the Best: Spa"],
        # A headline in title case over a name, and a list holding an e-mail service.
        ["Steam Users Have Until Friday to Claim Two More Free Games", "Steam"],
        ["Compared in this test", "Best Text Message Marketing Services", "Best Email Marketing Services", "Best Website Builders"],
        # A subhead in sentence case over a sentence: no button.
        ["What the residents asked for at the meeting", "What they got was a promise."],
    ):
        out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *lines, *TRAM_ARTICLE[3:6]))
        assert not any(reason == "boilerplate.subscribe_prompt" for reason in dropped(out).values()), lines


def test_a_button_under_a_prompt_asking_for_the_email_goes_with_it() -> None:
    # The lexicon names "Enter your e-mail address"; the button under it is the form's, in any wording.
    box = ["Get the day's top stories in your inbox every morning.", "Please enter your email address below", "Count me in"]
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:2], *box, *TRAM_ARTICLE[2:10]))
    assert kept(out) == TRAM_ARTICLE[:10]
    assert dropped(out)["Count me in"] == "boilerplate.subscribe_prompt"


def test_a_boxs_pitch_between_its_heading_and_its_field_goes_with_the_form() -> None:
    # The lexicon names the box's heading; the pitch under it is a sentence, in any wording,
    # and the field and button under that are the form's. The body around the box stays.
    box = ["Subscribe to our newsletter", "The town's news, every morning — straight from our desk.", "Your e-mail", "Sign me up"]
    out = StripBoilerplate().apply(make_article(*CROATIAN[:3], *box, *CROATIAN[3:]))
    assert kept(out) == CROATIAN
    assert set(dropped(out).values()) == {"boilerplate.subscribe_prompt"}


def test_an_email_field_in_georgian_or_armenian_is_a_field() -> None:
    # "ელფოსტა" and "Էլ. փոստ" name the e-mail field (an abbreviation's dot is no address's); the prompt
    # and button around them go.
    for field in ("ელფოსტა", "Էլ. փոստ", "El. paštas", "E-poçt ünvanınız", "Netfang"):
        form = ["Primajte jutarnji pregled vijesti iz regije izravno u svoj sandučić", field, "Prijavi me"]
        out = StripBoilerplate().apply(make_article(*CROATIAN[:3], *form, *CROATIAN[3:]))
        assert kept(out) == CROATIAN, field


def test_a_calculators_empty_result_takes_its_button_and_fields_up_to_its_heading() -> None:
    # No lexicon names these fields: the result's dash, the button over it and the heading that
    # names the button's verb ("hesapla") make the box. The documents listed above it stay.
    turkish = [
        "Belediye, kış aylarında dar gelirli ailelere verilecek yakacak yardımı için başvuruların pazartesi günü başlayacağını açıkladı.",
        "Başvurular e-Devlet üzerinden ya da belediyenin sosyal yardım masalarında şahsen yapılabilecek ve bir ay boyunca sürecek.",
        "Yardım, hanedeki kişi sayısına ve aylık gelire göre hesaplanacak; en yüksek tutar dört kişilik aileler için belirlendi.",
        "Başvuru sırasında istenen belgeler şunlar:",
    ]
    documents = ["Nüfus cüzdanı", "İkametgâh belgesi", "Banka hesap bilgileri (IBAN)"]
    box = ["Yardım tutarınızı hesaplayın", "Aylık hane geliri (TL)", "Hanedeki kişi sayısı", "Hesapla", "Tahmini yardım tutarı: — TL"]
    closing = "Belediye, başvuruların sonuçlarının kısa mesajla bildirileceğini ve yardımların kasım ayında ödeneceğini duyurdu."
    out = StripBoilerplate().apply(make_article(*turkish, *documents, *box, closing))
    assert kept(out) == [*turkish, *documents, closing]
    assert set(dropped(out).values()) == {"boilerplate.navigation"}
    # A figure the article works out is given, not a dash: its lines stay, but for those the lexicon
    # knows on their own (the button's word, "Hesapla", and a household-size field).
    worked = [*box[:3], "Hesapla", "Tahmini yardım tutarı: 4.200 TL"]
    out = StripBoilerplate().apply(make_article(*turkish, *worked, closing))
    assert kept(out) == [*turkish, *box[:2], worked[-1], closing]
    assert set(dropped(out)) == {"Hesapla", "Hanedeki kişi sayısı"}


def test_a_calculators_example_result_under_its_button_and_named_fields_goes() -> None:
    # The lexicon names the box's fields and button; the figure under them is the widget's example
    # ("Your monthly payment: £743.18"), not one of the article's, though the article's figures look alike.
    box = ["Mortgage calculator", "Loan amount (£)", "Term (years)", "Interest rate (%)", "Calculate"]
    result = "Your monthly payment: £743.18"
    out = StripBoilerplate().apply(make_article(*TRAM_ARTICLE[:3], *box, result, *TRAM_ARTICLE[3:]))
    assert kept(out) == TRAM_ARTICLE
    assert dropped(out)[result] == "boilerplate.navigation"


def test_a_newsletters_name_and_its_one_sentence_pitch_go_with_its_field_and_button() -> None:
    # The pitch ends with its full stop; the e-mail field is named in Catalan as "Adreça electrònica".
    box = ["El butlletí de la comarca", "Rep cada matí les notícies de la comarca al teu correu.", "Adreça electrònica", "Vull rebre'l"]
    out = StripBoilerplate().apply(make_article(*CROATIAN[:3], *box, *CROATIAN[3:]))
    assert kept(out) == CROATIAN
    assert set(dropped(out)) == set(box)
