"""Line-ups in sections or under an advert; prices, holidays, programmes in rows; a closing quote.

A box of labelled facts right under the last paragraph ("Goalkeeper: …", "Defence: …") may come
in sections, each under its title: the home side's line-up, the away side's, the substitutions.
The sections go together, and three facts or more with a figure among them are the article's
whatever follows. The same box under an advert (its label, its pitch, its button and its "18+"
small print, all named by earlier rules) is the article's too when a figure stands among its
values ("Goals: 0–1 Ranta 41."); a traffic widget's roads under an app's promo ("Bridge 7:
heavy") put their figure in a label, and go. A table's row of a product and three prices or more
("Rice 10kg | 26.00 | 26.00 | 26.00") is no byline's date and reading time: its prices read as
times, and its unit as an age. A date's weekday in brackets ("6 kwietnia (poniedziałek) – …")
leaves it a row's opening date: a list of holidays runs forward as a schedule, not as teasers.
A caption may close on its source's name and the picture's word in brackets ("[한빛통신 자료사진]",
"(file photo)"): named, it no longer passes for the standfirst, and the headline above stays. A
programme's rows cut into the same cells, a figure in each and no header ("ศุกร์ 21 พ.ย. | … | 18.00
น. …"), between the article's paragraphs and a ticket box, weigh for neither side as a table does.
A quotation whole on its line, under the last paragraph and over a share bar, closes the article.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

SECTIONS = [
    "Home | Sport | Voetbal | Eredivisie",
    "Heracles wint met tien man van Go Ahead Eagles",
    "Heracles heeft zondag in Almelo de derby tegen Go Ahead Eagles gewonnen. Ondanks een rode kaart na een half uur bleef de thuisploeg overeind en won met 2-1.",
    "Go Ahead kwam vlak na rust op gelijke hoogte, maar de invaller van Heracles besliste het duel met een laag schot in de verre hoek. De bezoekers klaagden na afloop over de scheidsrechter.",
    "Trainer Jansen sprak van een karakteroverwinning. Zijn ploeg klimt door de zege naar de negende plaats en heeft nu drie punten voorsprong op de degradatiezone.",
    "Opstelling Heracles",
    "Doel: Bakker",
    "Verdediging: De Vries, Smit, Mulder, Visser",
    "Middenveld: Bos, Meijer, Kok",
    "Aanval: Dekker, Brouwer, Willems",
    "Opstelling Go Ahead Eagles",
    "Doel: Van Dijk",
    "Verdediging: Hendriks, Peters, Jacobs, Vermeulen",
    "Middenveld: Van den Berg, Koster, Prins",
    "Aanval: Huisman, Peeters, Leeuwen",
    "Wissels",
    "Heracles: Post voor Dekker (58), Kuipers voor Kok (77)",
    "Go Ahead Eagles: Wouters voor Peeters (64)",
    "Deel dit artikel",
    "Facebook",
    "WhatsApp",
    "© Sportredactie Twente 2025",
]


def test_a_line_up_in_sections_under_the_report_stays() -> None:
    out = clean(*SECTIONS)
    assert set(SECTIONS[5:18]) <= set(kept(out))
    assert {SECTIONS[18], SECTIONS[21]} <= set(dropped(out))


UNDER_ADVERT = [
    "Strona główna | Sport | Piłka nożna | Ekstraklasa",
    "Piast odwrócił losy meczu z Koroną w ostatnich dziesięciu minutach",
    "Piłkarze Piasta Gliwice wygrali u siebie z Koroną Kielce 2:1, choć do przerwy przegrywali po golu z rzutu karnego. Zwycięską bramkę zdobył wprowadzony z ławki napastnik.",
    "Goście długo bronili prowadzenia i mieli okazję, by je podwyższyć, ale strzał z dystansu trafił w poprzeczkę. Po zmianie ustawienia gospodarze zaczęli częściej dośrodkowywać.",
    "Trener Piasta przyznał po meczu, że pierwsza połowa była najsłabsza w tym sezonie. Jego drużyna awansowała na szóste miejsce w tabeli ligowej.",
    "Reklama",
    "Postaw na kolejny mecz Piasta i odbierz bonus powitalny do 500 zł!",
    "Zarejestruj się",
    "Graj odpowiedzialnie. 18+. Hazard może uzależniać.",
    "Składy i zmiany",
    "Piast: Nowak – Wiśniewski, Wójcik, Kowalczyk, Kamiński – Lewandowski, Zieliński (61. Szymański), Woźniak – Dąbrowski",
    "Korona: Kozłowski – Jankowski, Mazur, Kwiatkowski, Krawczyk – Piotrowski, Grabowski (75. Nowakowski), Pawłowski – Michalski",
    "Bramki: 0:1 Michalski 23. (karny), 1:1 Wójcik 81., 2:1 Szymański 88.",
    "Żółte kartki: Kamiński – Mazur, Krawczyk",
    "Sędzia: Tomasz Kwiatkowski",
    "W następnej kolejce Piast zagra na wyjeździe z Radomiakiem, a Korona podejmie Lecha.",
    "Czytaj także",
    "Trener Korony: Sędzia nie widział ręki w polu karnym",
    "Kibice Piasta pobili rekord frekwencji na nowym stadionie",
    "© Serwis Sportowy Śląsk 2025",
]


def test_a_line_up_under_an_advert_set_into_the_report_stays() -> None:
    out = clean(*UNDER_ADVERT)
    assert set(UNDER_ADVERT[9:16]) <= set(kept(out))
    assert {UNDER_ADVERT[5], UNDER_ADVERT[6], UNDER_ADVERT[17]} <= set(dropped(out))


PRICES = [
    "Utama | Berita | Ekonomi | Pengguna",
    "Harga barang dapur di Pulau Pinang paling murah di pasar tani, tinjauan mendapati",
    "Tinjauan harga oleh persatuan pengguna negeri mendapati perbezaan sehingga RM19 bagi bakul sepuluh barangan asas antara premis. Harga diambil pada hari Sabtu lalu di lima premis sekitar Bayan Lepas.",
    "Menurut persatuan itu, pengguna yang membandingkan harga sebelum membeli boleh menjimatkan hampir RM80 sebulan bagi keluarga empat orang.",
    "Harga mengikut premis (RM)",
    "Barangan | Kedai A | Kedai B | Kedai C | Pasar tani",
    "Beras tempatan 10kg | 26.00 | 26.00 | 26.00 | 26.00",
    "Tepung gandum 1kg | 2.70 | 2.90 | 3.10 | 2.60",
    "Susu pekat manis | 3.85 | 3.99 | 4.20 | 3.70",
    "Gula pasir 1kg | 2.85 | 2.85 | 2.85 | 2.85",
    "Persatuan itu menggesa kementerian memantau harga minyak masak dan ayam yang menunjukkan perbezaan paling ketara. Tinjauan seterusnya dijadual pada bulan depan di Seberang Perai.",
    "Kongsi artikel ini",
    "© Berita Utara 2025",
]


def test_a_table_row_of_prices_is_no_byline_with_a_reading_time() -> None:
    out = clean(*PRICES)
    assert set(PRICES[4:11]) <= set(kept(out))


HOLIDAYS = [
    "Start | Wiadomości | Kraj | Praca",
    "Dni wolne w 2026 roku. Kiedy wypadają święta i jak zaplanować urlop",
    "Kalendarz na 2026 rok jest łaskawy dla pracowników, bo kilka świąt wypada w czwartek lub we wtorek. Z kilku dni urlopu można więc zrobić długi weekend.",
    "Dwa święta wypadają jednak w sobotę, a za nie pracodawca musi wyznaczyć inny dzień wolny. Przypominają o tym prawnicy i inspekcja pracy.",
    "Święta w 2026 roku",
    "1 stycznia (czwartek) – Nowy Rok",
    "6 stycznia (wtorek) – Trzech Króli",
    "5 kwietnia (niedziela) – Wielkanoc",
    "6 kwietnia (poniedziałek) – Poniedziałek Wielkanocny",
    "1 maja (piątek) – Święto Pracy",
    "3 maja (niedziela) – Święto Konstytucji",
    "4 czerwca (czwartek) – Boże Ciało",
    "15 sierpnia (sobota) – Wniebowzięcie",
    "1 listopada (niedziela) – Wszystkich Świętych",
    "11 listopada (środa) – Święto Niepodległości",
    "25 grudnia (piątek) – Boże Narodzenie",
    "Najwięcej wolnego da się zyskać na początku roku i w czerwcu. Wystarczy wziąć jeden dzień urlopu po Bożym Ciele, by mieć cztery dni wolnego.",
    "Zobacz też",
    "Urlop na żądanie: ile dni przysługuje i kiedy pracodawca może odmówić",
    "Płaca minimalna 2026: tyle dostaniesz na rękę od stycznia",
    "© Portal Regionalny 2025",
]


def test_a_list_of_dates_with_their_weekdays_in_brackets_is_a_schedule() -> None:
    out = clean(*HOLIDAYS)
    assert set(HOLIDAYS[4:17]) <= set(kept(out))
    assert HOLIDAYS[19] in dropped(out)


FILE_PICTURE = [
    "전체기사 | 정치 | 경제 | 사회 | 세계 | 스포츠",
    "글자크기 조절　인쇄하기",
    "지난달 아파트 거래 1만2천건…서울·경기 나란히 늘어",
    "금리 인하 기대에 매수 문의 증가…강남은 숨 고르기",
    "입력 2026.03.05. 09:20",
    "경기도 한 아파트 단지 전경 [한빛통신 자료사진]",
    "(서울=한빛통신) 박지훈 기자 = 지난달 전국 아파트 매매 거래량이 1만2천여 건으로 집계됐다. 서울과 경기 지역 거래가 나란히 늘었다.",
    "국토교통부에 따르면 서울 아파트 거래는 3천100여 건으로 한 달 전보다 12% 증가했다. 경기 지역도 9% 늘었다.",
    "업계에서는 금리 인하 기대감이 커지면서 관망하던 수요가 움직이기 시작한 것으로 보고 있다. 다만 강남권은 가격 부담에 거래가 주춤했다.",
    "전문가들은 대출 규제가 유지되는 한 상승 폭은 제한적일 것이라고 내다봤다. 국토부는 다음 달 초 2월 통계를 발표할 예정이다.",
    "저작권자 © 한빛통신 무단전재 및 재배포 금지",
]


def test_a_file_pictures_credit_in_brackets_names_the_caption_and_the_headline_stays() -> None:
    out = clean(*FILE_PICTURE)
    assert FILE_PICTURE[5] in dropped(out)
    assert {FILE_PICTURE[2], FILE_PICTURE[3]} <= set(kept(out))



PROGRAMME = [
    "หน้าแรก › ข่าวบันเทิง › ศิลปะ",
    "ข่าวเด่น | ข่าวด่วน | ตรวจหวย | ดูดวง",
    "เปิดโปรแกรมเทศกาลดนตรีริมน้ำน่าน ครั้งที่ 3 จัดเต็มสามวัน",
    "เทศบาลเมืองน่านร่วมกับสมาคมดนตรีพื้นบ้านเตรียมจัดงานเทศกาลดนตรีริมน้ำน่าน ครั้งที่ 3 ระหว่างวันที่ 21-23 พฤศจิกายนนี้ ณ ลานริมแม่น้ำน่าน โดยปีนี้มีวงดนตรีจากทั่วภาคเหนือเข้าร่วมกว่า 30 วง",
    "ผู้จัดงานระบุว่าคาดว่าจะมีนักท่องเที่ยวเข้าร่วมงานมากกว่าหนึ่งหมื่นคน และได้เตรียมพื้นที่จอดรถเพิ่มเติมบริเวณสนามกีฬาจังหวัด",
    "🎟 ซื้อบัตรเข้างาน",
    "บัตรรายวัน 150 บาท | บัตรสามวัน 350 บาท | เลือกวันที่ ▼",
    "ซื้อเลย",
    "โปรแกรมไฮไลต์ตลอด 3 วัน",
    "ศุกร์ 21 พ.ย. | เวทีริมน้ำ | 18.00 น. พิธีเปิดและการแสดงสะล้อซอซึง",
    "ศุกร์ 21 พ.ย. | ลานวัดภูมินทร์ | 20.00 น. คอนเสิร์ตเพลงคำเมือง",
    "เสาร์ 22 พ.ย. | เวทีริมน้ำ | 16.00 น. ประกวดวงดนตรีเยาวชน",
    "เสาร์ 22 พ.ย. | ถนนคนเดิน | 19.00 น. ขบวนแห่กลองปูจา",
    "อาทิตย์ 23 พ.ย. | เวทีริมน้ำ | 17.00 น. คอนเสิร์ตปิดงาน",
    "โฆษณา",
    "ร้านเครื่องดนตรีเมืองน่าน ลดทุกชิ้นสูงสุด 30% เฉพาะสัปดาห์นี้",
    "นอกจากเวทีหลักแล้ว ภายในงานยังมีตลาดสินค้าหัตถกรรมและอาหารพื้นเมืองกว่า 80 ร้าน เปิดให้บริการตั้งแต่เวลา 16.00 น. ถึง 23.00 น. ทุกวัน",
    "นายกเทศมนตรีเมืองน่านกล่าวว่า เทศกาลนี้ต้องการให้คนรุ่นใหม่ได้รู้จักดนตรีพื้นบ้านมากขึ้น และช่วยกระตุ้นเศรษฐกิจของเมืองในช่วงปลายปี",
    "สำหรับผู้ที่ไม่สะดวกเดินทาง ผู้จัดงานจะถ่ายทอดสดการแสดงบนเวทีหลักทางเพจของเทศบาลทุกคืน",
    "ข่าวที่เกี่ยวข้อง",
    "งานลอยกระทงน่านปีนี้เพิ่มจุดปล่อยกระทงริมน้ำ",
    "เชียงรายเตรียมจัดเทศกาลดนตรีในสวนชา",
    "แชร์ข่าวนี้",
]


def test_a_programme_of_dated_rows_without_a_header_weighs_for_neither_side() -> None:
    out = clean(*PROGRAMME)
    assert set(PROGRAMME[2:5]) | set(PROGRAMME[8:14]) <= set(kept(out))


CLOSING_QUOTE = [
    "Início | País | Sociedade | Ambiente",
    "Cheias no Mondego obrigam a retirar 40 famílias em Montemor-o-Velho",
    "A subida do caudal do rio Mondego obrigou esta madrugada a retirar quarenta famílias de casas junto ao leito. A Proteção Civil abriu dois centros de acolhimento no pavilhão municipal.",
    "Segundo o comandante distrital, a descarga da barragem da Aguieira foi reduzida ao fim da manhã, mas o nível da água só deverá baixar na quinta-feira.",
    "Vários agricultores perderam colheitas inteiras de arroz e milho. A associação do setor pede ao Governo que declare o estado de calamidade na região.",
    "Os moradores mais antigos dizem nunca ter visto a água chegar tão depressa às casas da parte baixa da vila.",
    "«Em quarenta anos nunca vi o rio subir assim numa só noite»",
    "Partilhar no Facebook",
    "Partilhar no WhatsApp",
    "Leia também",
    "Chuva forte mantém aviso laranja em seis distritos",
    "Barragens do Centro acima dos 90 por cento",
]


def test_a_quotation_that_closes_the_article_over_a_share_bar_stays() -> None:
    out = clean(*CLOSING_QUOTE)
    assert CLOSING_QUOTE[6] in kept(out)
    assert CLOSING_QUOTE[7] in dropped(out)
