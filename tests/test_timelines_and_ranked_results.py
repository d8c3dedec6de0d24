"""Timelines and ranked results that sat where furniture sits.

A timeline's rows may open with a month and a year ("March 2024 – …", "17 August 2023 – …"):
the years run forward, so the rows are the article's schedule, not teasers, and the body runs
on over them. Under a related block's teasers, rows that rank from 1 up, each closed by its
result ("1. Ana Sousa (POR) 2:24:51"), or rows under a short title that label a figure with one
unit each ("Génova: rajadas de 90 km/h"), are the article's again: the block ended above them. A caption's credit may follow the circled
copyright sign with no space ("ⓒ연합뉴스"), as Korean sites print it. Two paragraphs whose last
sentences end after a dash ("proti – 20, zdrželo se pět.") are no teasers with their ages. Two
tables printed one under the other, each under its title, stand or fall together: a stage's result
and the overall standings between the article's paragraphs. Under a related block's titles, a
paragraph of two sentences, then a subhead over a list of short sentences (tips), then another
paragraph: the article goes on; the list's sentences are no teasers' titles. A table of words
under its header, a column repeating its values ("Ernstige tekortkomingen"), is a table too, and
weighs for neither side when the body is found, as a table of figures does. A
source's label under a ranking of short names ("Fonte: Istat") names the ranking's source. A long
table between a related teaser and a booking form of a heading and four fields stays when the
prose resumes right under the form.
"""

from __future__ import annotations

from conftest import clean, dropped, kept
from newsclean.text import dates_run_forward, opening_date

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
    # With its day, the month and year name it and the day orders it; across months, the years do.
    assert opening_date("14 octubre 2022 – Derrumbe parcial") == ("octubre 2022", 14)
    assert dates_run_forward([opening_date("14 octubre 2022 – a"), opening_date("Marzo 2024 – b")])  # type: ignore[list-item]
    assert not dates_run_forward([opening_date("14 octubre 2023 – a"), opening_date("3 marzo 2022 – b")])  # type: ignore[list-item]
    assert opening_date("5 Ways to save on energy") is None


RACE = [
    "Desporto | Atletismo | Modalidades",
    "Queniano Kibet bate recorde da Maratona do Porto numa manhã de nevoeiro",
    "Samuel Kibet venceu este domingo a Maratona do Porto com o tempo de 2:06:40, menos quarenta segundos do que o anterior recorde da prova. Mais de doze mil atletas cortaram a meta na Avenida dos Aliados.",
    "Leia também",
    "Corrida de São Silvestre abre inscrições com percurso renovado",
    "Os cinco erros mais comuns de quem prepara a primeira maratona",
    "Classificação masculina",
    "1. Samuel Kibet (QUE) 2:06:40",
    "2. Dawit Mekonnen (ETI) 2:07:12",
    "3. Rui Teixeira (POR) 2:09:58",
    "Classificação feminina",
    "1. Mercy Chelimo (QUE) 2:23:05",
    "2. Ana Sousa (POR) 2:24:51",
    "3. Helen Tadesse (ETI) 2:25:30",
    "Siga o seu atleta",
    "Introduza o número do dorsal",
    "Na prova feminina, a portuguesa Ana Sousa conquistou o segundo lugar e garantiu os mínimos para o Campeonato da Europa. A organização destacou as boas condições, apesar do nevoeiro cerrado no início.",
    "A próxima edição já tem data marcada para novembro do próximo ano. A câmara municipal anunciou que o percurso passará pela marginal de Matosinhos.",
    "Mais de trezentos voluntários apoiaram a prova ao longo do percurso. Os abastecimentos foram reforçados depois das queixas da edição anterior.",
    "Partilhar no Facebook",
    "© Jornal do Norte 2025",
]


def test_a_ranked_result_under_a_related_blocks_teasers_stays() -> None:
    out = clean(*RACE)
    assert set(RACE[6:14]) <= set(kept(out))
    assert set(RACE[3:6]) <= set(dropped(out))


STORM = [
    "Home | Cronaca | Meteo | Sport",
    "Allerta arancione per vento in Liguria, mareggiate attese sulla costa di levante",
    "La Protezione civile regionale ha emesso un'allerta arancione per vento forte valida da stasera fino a domani a mezzogiorno. Sono attese raffiche intense soprattutto sui crinali e lungo la costa.",
    "I sindaci dei comuni costieri hanno disposto la chiusura di parchi, cimiteri e passeggiate a mare. Le scuole resteranno aperte, ma sono sospese le attività all'aperto.",
    "Più letti",
    "Incidente sull'Aurelia, chiuso per due ore il tratto di Albenga",
    "Rincari in autostrada, quanto costa ora il casello di Genova Ovest",
    "Le raffiche previste per zona",
    "Genova e Tigullio: raffiche fino a 95 km/h, mare agitato",
    "Spezzino: raffiche fino a 80 km/h, mare molto mosso",
    "Savonese: raffiche fino a 70 km/h sui crinali",
    "Imperiese: raffiche fino a 60 km/h, schiarite dal pomeriggio",
    "Il prossimo bollettino dell'Arpal è atteso per domani alle 14. In caso di danni i cittadini possono rivolgersi al numero verde della Protezione civile.",
    "Condividi su WhatsApp",
    "© Il Corriere del Levante 2025",
]


def test_labelled_rows_with_one_unit_under_a_title_after_teasers_stay() -> None:
    out = clean(*STORM)
    assert set(STORM[7:12]) <= set(kept(out))
    assert set(STORM[4:7]) <= set(dropped(out))


CAPTIONED = [
    "수도권 대학병원 외래 첫 진료까지 평균 47일",
    "수도권 상급종합병원에서 처음 진료를 받으려면 평균 한 달 반 넘게 기다려야 하는 것으로 나타났습니다. 보건복지부가 오늘 공개한 자료에 따르면 대기 기간은 1년 전보다 9일 늘었습니다.",
    "서울의 한 대학병원 외래 접수 창구 앞에 환자들이 줄을 서 있다. ⓒ뉴스1",
    "진료과별로는 편차가 컸습니다. 신경과와 류마티스내과는 석 달 이상 기다려야 했지만, 가정의학과는 대기가 거의 없었습니다.",
    "복지부는 하반기부터 지역 중소병원과 대학병원 간 진료 협력을 늘리기로 했습니다. 병원별 예약 대기 현황도 분기마다 공개할 예정입니다.",
]


def test_a_caption_credited_after_the_circled_sign_is_dropped() -> None:
    out = clean(*CAPTIONED)
    assert dropped(out) == {CAPTIONED[2]: "boilerplate.caption"}
    assert set(CAPTIONED) - {CAPTIONED[2]} <= set(kept(out))


VOTE = [
    "Zprávy | Domácí | Politika | Sněmovna",
    "Sněmovna schválila zákaz prodeje energetických nápojů mladistvým",
    "Poslanecká sněmovna v úterý ve třetím čtení schválila zákon, který zakazuje prodej energetických nápojů osobám mladším osmnácti let. Pro hlasovalo 142 poslanců, proti – 20, zdrželo se pět.",
    "Zákon také zakazuje prodej energetických nápojů ve školách, sportovních zařízeních a v automatech. Za porušení hrozí obchodníkům pokuta – až 500 tisíc korun.",
    "Opozice namítá, že zákaz prodej jen přesune na internet. Podle ministerstva zdravotnictví pije energetické nápoje pravidelně každý třetí teenager.",
    "Zákon nyní posoudí Senát. Účinnosti by měl nabýt od března příštího roku, aby se obchodníci stihli připravit.",
    "Sdílet na Facebooku",
    "© Deník Sever 2025",
]


def test_paragraphs_whose_last_sentence_ends_after_a_dash_are_no_aged_teasers() -> None:
    out = clean(*VOTE)
    assert set(VOTE[1:6]) <= set(kept(out))


SWIM = [
    "뉴스 | 스포츠 | 연예 | 경제 | 오피니언",
    "전국체전 수영 사흘째, 박서준 자유형 200m 대회 신기록으로 2관왕",
    "제106회 전국체육대회 수영 경기 사흘째인 14일 부산 사직수영장에서 박서준(강원도청)이 남자 일반부 자유형 200m에서 1분45초82의 대회 신기록으로 우승했다. 전날 400m에 이어 이번 대회 두 번째 금메달이다.",
    "박서준은 마지막 50m를 남기고 3위로 처졌지만 막판 스퍼트로 두 선수를 따라잡았다. 2위와의 격차는 불과 0.31초였다.",
    "AD",
    "수영복·수경 최대 50% 할인! 시즌오프 특가 한정 수량 – 아쿠아몰 온라인 단독",
    "남자 일반부 자유형 200m 결과",
    "순위 | 선수 | 소속 | 기록",
    "1 | 박서준 | 강원도청 | 1:45.82",
    "2 | 이도현 | 경북도청 | 1:46.13",
    "3 | 최민재 | 서울시청 | 1:46.90",
    "4 | 한승우 | 부산시체육회 | 1:47.35",
    "5 | 김태오 | 대전시청 | 1:48.02",
    "여자 일반부 자유형 200m 결과",
    "순위 | 선수 | 소속 | 기록",
    "1 | 윤하린 | 경기도청 | 1:58.44",
    "2 | 정수아 | 인천시청 | 1:59.10",
    "3 | 오지민 | 울산시청 | 1:59.87",
    "4 | 배서연 | 전남수영연맹 | 2:00.41",
    "5 | 송예은 | 충북도청 | 2:01.26",
    "박서준은 경기 후 인터뷰에서 전날 밤 잠을 설쳤지만 레이스에 집중했다고 밝혔다. 그는 내년 세계선수권 대표 선발전을 목표로 훈련을 이어갈 계획이다.",
    "수영 경기는 17일 계영 종목을 끝으로 막을 내린다. 대회 조직위원회는 마지막 날 남녀 혼계영 400m에서 한국 신기록이 나올지 주목하고 있다.",
    "<저작권자(c) 한빛스포츠, 무단 전재-재배포 금지>",
    "관련 뉴스",
    "다이빙 국가대표 선발전, 다음 달 광주서 개최",
    "생활체육 수영 인구 5년 새 두 배로 늘어",
]


def test_two_tables_one_under_the_other_between_paragraphs_stay() -> None:
    out = clean(*SWIM)
    assert set(SWIM[6:22]) <= set(kept(out))
    assert set(SWIM[22:]) <= set(dropped(out))


TIPS = [
    "Start | Region | Politik | Sport",
    "Trockenheit: Talsperren im Harz nur noch zu einem Drittel gefüllt",
    "Die Talsperren im Harz sind nach dem trockenen Sommer so leer wie seit zwanzig Jahren nicht mehr. Die Harzwasserwerke meldeten am Montag einen Füllstand von 34 Prozent.",
    "Besonders die Okertalsperre, aus der auch Haushalte in Braunschweig versorgt werden, liegt deutlich unter dem langjährigen Mittel. Eine Einschränkung der Versorgung sei aber nicht zu befürchten.",
    "Seit Juni sind im Oberharz nur knapp sechzig Prozent der üblichen Niederschläge gefallen. Der Deutsche Wetterdienst rechnet auch für den Herbst mit weniger Regen als im Durchschnitt.",
    "Die Landwirte in der Region klagen bereits über Ernteausfälle bei Mais und Zuckerrüben. Einige Betriebe mussten ihre Felder zusätzlich bewässern, was die Kosten deutlich erhöht hat.",
    "Die Stadtwerke in Goslar haben ihre Kunden gebeten, auf das Befüllen privater Pools zu verzichten. Ein Verbot sei derzeit aber nicht geplant, sagte ein Sprecher am Dienstag.",
    "Lesen Sie auch",
    "Neue Wasserpreise: Was Haushalte im kommenden Jahr zahlen müssen",
    "Waldbrandgefahr im Oberharz bleibt auf höchster Stufe",
    "Die Landesregierung prüft, ob zusätzliche Brunnen in Betrieb genommen werden können. Zudem soll die Leitung zwischen Sösetalsperre und Granetalsperre schneller ausgebaut werden als geplant.",
    "Was Haushalte tun können",
    "Beim Zähneputzen den Wasserhahn zudrehen.",
    "Wasch- und Spülmaschine nur voll beladen einschalten.",
    "Den Garten am frühen Morgen oder am späten Abend gießen.",
    "Tropfende Wasserhähne und Spülkästen rasch reparieren lassen.",
    "Nach Berechnungen der Verbraucherzentrale kann ein Vier-Personen-Haushalt so bis zu 30.000 Liter im Jahr sparen. Die Harzwasserwerke wollen ihre Kunden mit der nächsten Rechnung informieren.",
    "Teilen",
    "Facebook",
    "© Harzer Nachrichten 2025",
]


def test_a_list_of_short_sentences_between_paragraphs_under_teasers_stays() -> None:
    out = clean(*TIPS)
    assert set(TIPS[10:17]) <= set(kept(out))
    assert set(TIPS[7:10]) <= set(dropped(out))


INSPECTION = [
    "Nieuws | Utrecht | Amersfoort | Sport | Cultuur",
    "Muizen en vuile koelcellen: zo deden restaurants in Utrecht het bij de controle",
    "De Nederlandse Voedsel- en Warenautoriteit heeft dit najaar ruim veertig restaurants in de Utrechtse binnenstad gecontroleerd. Bij een op de drie zaken werden tekortkomingen gevonden.",
    "Het ernstigst was de situatie bij een sushirestaurant aan de Oudegracht, waar inspecteurs sporen van muizen aantroffen. Het restaurant moest twee dagen dicht.",
    "Advertentie",
    "Zin in sushi vanavond? Bestel bij meer dan vierhonderd restaurants in Utrecht en krijg je eerste bezorging gratis.",
    "Uitslag voor een selectie van de gecontroleerde zaken",
    "Restaurant | Wijk | Uitslag | Tekortkomingen",
    "Sushi Koi | Binnenstad | Ernstige tekortkomingen | Ongedierte, temperatuur",
    "Pizzeria Dom | Lombok | Tekortkomingen | Schoonmaak, etiketten",
    "Café De Poort | Binnenstad | Geen tekortkomingen | –",
    "Brasserie Ganzenmarkt | Binnenstad | Geen tekortkomingen | –",
    "Thai Orchid | Lombok | Tekortkomingen | Handen wassen",
    "Burgerbar Zuilen | Zuilen | Ernstige tekortkomingen | Schoonmaak, temperatuur",
    "Bron: NVWA",
    "Beoordeel dit restaurant",
    "Heb je bij een van deze zaken gegeten? Geef je oordeel van een tot vijf sterren.",
    "★★★★★",
    "Verstuur beoordeling",
    "Volgens de NVWA is het doel van de controles niet om ondernemers aan de schandpaal te nagelen. Wie tekortschiet, krijgt binnen zes weken een herinspectie.",
    "Veel restauranthouders zeggen dat het personeelstekort het lastig maakt om de hygiëneregels overal na te leven. De branchevereniging wil meer geld voor opleidingen.",
    "Deel dit artikel",
    "Facebook",
    "© Utrechts Dagblad 2025",
]


def test_a_table_of_words_under_its_header_stays() -> None:
    out = clean(*INSPECTION)
    assert set(INSPECTION[6:15]) <= set(kept(out))


NAMES = [
    "Home | Cronaca | Economia | Sport",
    "Leonardo e Sofia restano i nomi più amati, ma cresce Aurora",
    "Anche quest'anno Leonardo e Sofia sono i nomi più scelti dai genitori italiani per i loro figli. Lo rivela il rapporto annuale dell'Istat pubblicato oggi.",
    "Nella classifica femminile sale però Aurora, che guadagna due posizioni. Tra i maschi entra nella top five Tommaso, mentre scende Francesco.",
    "I nomi più diffusi tra i maschi",
    "1. Leonardo",
    "2. Edoardo",
    "3. Tommaso",
    "4. Francesco",
    "5. Alessandro",
    "Fonte: Istat, nati residenti in Italia",
    "Secondo i demografi la scelta dei nomi segue sempre più le mode dei social e delle serie televisive. Crescono anche i nomi brevi, facili da pronunciare all'estero.",
    "Gli esperti notano che i nomi tradizionali dei nonni tornano di moda dopo una generazione. È il caso di Ettore e Bianca, in forte crescita nelle regioni del Nord.",
    "Condividi su Facebook",
    "© Gazzetta del Lago 2025",
]


def test_a_source_under_a_ranking_of_names_stays() -> None:
    out = clean(*NAMES)
    assert set(NAMES[4:13]) <= set(kept(out))


OUTBREAK = [
    "Beranda | Nasional | Daerah | Kesehatan | Olahraga",
    "Kasus Demam Berdarah di Cianjur Melonjak, Dinkes Tetapkan Siaga di Tujuh Kecamatan",
    "Dinas Kesehatan Kabupaten Cianjur menetapkan status siaga demam berdarah setelah jumlah kasus dalam sebulan terakhir naik tiga kali lipat dibandingkan periode yang sama tahun lalu. Sebagian besar pasien adalah anak usia sekolah.",
    "Baca Juga:",
    "Viral Video Antrean Panjang di Puskesmas, Begini Penjelasan Dinkes",
    "Petugas puskesmas memeriksa jentik nyamuk di rumah warga. (Foto: Dok. Istimewa)",
    "Sebaran kasus per kecamatan",
    "Kecamatan | Kasus | Dirawat | Meninggal",
    "Cibeber | 96 | 31 | 1",
    "Sukaresmi | 81 | 22 | 0",
    "Cugenang | 74 | 19 | 1",
    "Pacet | 63 | 17 | 0",
    "Warungkondang | 55 | 12 | 0",
    "Kecamatan lain | 48 | 9 | 0",
    "Total | 417 | 110 | 2",
    "Daftarkan Pemeriksaan Anak Anda Sekarang",
    "Nama Lengkap Anak",
    "Tanggal Lahir (HH/BB/TTTT)",
    "Pilih Puskesmas Terdekat",
    "Pilih Jadwal Tersedia",
    "Daftar",
    "Untuk memutus rantai penularan, Dinkes Cianjur juga membentuk juru pemantau jentik di setiap desa. Mereka akan mendatangi rumah warga sepekan sekali dan mencatat temuan jentik nyamuk.",
    "Menurut data dinas, angka bebas jentik di Cianjur selatan tahun lalu hanya sekitar 70 persen, jauh di bawah target nasional 95 persen. Kondisi itu membuat penularan mudah meluas saat musim hujan.",
    "Gejala awal demam berdarah biasanya berupa demam tinggi mendadak, nyeri otot, dan bintik merah di kulit. Tiga hingga lima hari setelah demam muncul merupakan masa kritis yang perlu diwaspadai.",
    "Bagikan artikel ini",
    "Tag: demam berdarah, Cianjur, fogging",
]


def test_a_long_table_over_a_booking_form_with_prose_under_it_stays() -> None:
    out = clean(*OUTBREAK)
    assert set(OUTBREAK[1:3]) | set(OUTBREAK[6:15]) <= set(kept(out))


def test_results_timed_in_two_units_are_no_teasers_ages() -> None:
    # A race's times after a dash ("– 4 min 12 s") count two units: a measured time, not an age.
    results = ["Resultados de la regata", "Ganador: Club Náutico Ribera – 4 min 12 s", "Segundo: Remo Alto Tajo – 4 min 19 s", "Tercero: Piragüismo Ebro – 4 min 31 s"]
    out = clean(*TRIAL[:5], *results, TRIAL[9], *TRIAL[-6:])
    assert set(results) <= set(kept(out))
