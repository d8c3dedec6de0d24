"""Chinese and Japanese, written without spaces: each character counts as a word; Thai, cut into
word-sized pieces."""

from __future__ import annotations

from conftest import kept, make_article
from newsclean import default_pipeline
from newsclean.dedup import DropRepeatedParagraphs
from newsclean.text import ends_like_sentence, has_unspaced, tokenize, words
from test_neardup import dedup
from test_site import run

ZH = [
    "新华社北京12月1日电 国务院总理主持召开国务院常务会议，听取关于当前就业形势的汇报，部署进一步稳定和扩大就业的政策措施。",
    "会议指出，今年以来，各地区各部门认真落实稳就业的决策部署，城镇新增就业保持稳定，高校毕业生等重点群体就业总体平稳，但部分行业和地区仍面临较大压力。",
    "会议要求，要加大对中小微企业的支持力度，落实好减税降费、稳岗返还等政策，鼓励企业多吸纳就业。同时要拓宽高校毕业生就业渠道，扩大基层服务项目招募规模。",
    "会议还研究了其他事项。专家表示，这些措施将有助于稳定市场预期，增强经济发展的内生动力，为明年经济平稳运行打下基础。",
]
OTHER_ZH = [
    "本报上海12月1日电 上海市今天发布新一轮城市更新计划，未来三年将改造老旧小区二百余个，涉及居民约十五万户。",
    "市住建委负责人介绍，改造内容包括加装电梯、更新管网、增设停车位和养老服务设施，资金由市区两级财政和社会资本共同承担。",
    "不少居民对此表示欢迎。家住黄浦区的王女士说，小区加装电梯后，腿脚不便的老人出门方便多了。",
    "专家认为，城市更新要坚持以人为本，既要改善居住条件，也要保护城市历史风貌，避免大拆大建。",
]
JA = "政府は1日の臨時閣議で、物価高への対応を柱とする総合経済対策を決定した。"


def test_unspaced_scripts_count_each_character_as_a_word() -> None:
    assert tokenize("政府は1日の閣議で") == ("政", "府", "は", "1", "日", "の", "閣", "議", "で")
    assert tokenize("国务院总理 and the UN-Rat, l'ex-président") == (
        "国", "务", "院", "总", "理", "and", "the", "un-rat", "l'ex-président",
    )
    assert len(words(JA)) == 34 and words(JA) == tokenize(JA)
    assert has_unspaced(JA) and has_unspaced("Tokyo (東京)") and not has_unspaced("Москва, Αθήνα, 서울, Zürich")


def test_unspaced_text_leaves_spaced_scripts_as_they_were() -> None:
    # Korean, Cyrillic, Greek and Latin words are runs between spaces and punctuation, as before.
    assert tokenize("서울시는 월요일 새로운 조례를 발표했다") == ("서울시는", "월요일", "새로운", "조례를", "발표했다")
    assert tokenize("Правительство объявило, «Αθήνα» l'ex-président") == (
        "правительство", "объявило", "αθήνα", "l'ex-président",
    )


def test_unspaced_syndicated_chinese_copy_is_a_near_duplicate() -> None:
    # A copy with another dateline and a few characters changed in every paragraph: as runs
    # between commas, each edit would change a whole clause; as characters, only a few shingles.
    copy = [
        ZH[0].replace("新华社北京12月1日电", "中新网12月2日电"),
        ZH[1].replace("今年以来", "今年"),
        ZH[2].replace("同时要", "同时"),
        ZH[3].replace("专家表示", "有专家认为"),
    ]
    articles = [
        make_article(*ZH, id="original"),
        make_article(*OTHER_ZH, id="other-story"),
        make_article(*copy, id="copy"),
    ]
    out = {a.id: a for a in dedup(articles)}
    assert out["copy"].rejected == "duplicate.article" and out["copy"].duplicate_of == "original"
    assert out["other-story"].rejected is None and out["original"].rejected is None


def test_unspaced_paragraph_printed_again_with_one_character_changed_is_a_near_copy() -> None:
    copy = ZH[1].replace("较大", "很大")
    a = DropRepeatedParagraphs().apply(make_article(*ZH[:3], copy, ZH[3]))
    assert [p.dropped for p in a.paragraphs] == [None, None, None, "repeat.near_paragraph", None]


def test_unspaced_site_counts_stories_by_their_long_paragraphs() -> None:
    # Three different Chinese stories printing the same four footer lines: the footer is the
    # site's boilerplate. A story is known by its long paragraphs (no spaces to count words
    # by: its characters), not by the footer, which would make the three stories one.
    footer = ["责任编辑：李华", "本文来源：本报", "分享到：微信 微博", "版权所有 未经授权禁止转载"]
    bodies = [ZH, OTHER_ZH, [*ZH[2:], *OTHER_ZH[:2]]]
    articles = [make_article(*body, *footer, id=str(i), site="example.cn") for i, body in enumerate(bodies)]
    out = run(articles)
    for a in out:
        assert [p.dropped for p in a.paragraphs] == [None] * 4 + ["repeat.site"] * 4
        assert "on 3 stories of example.cn" in (a.paragraphs[-1].detail or "")


# Thai: no spaces between words (a space ends a clause) and no mark at a sentence's end.
TH = [
    "กรมอุตุนิยมวิทยาประกาศเตือนว่าจะมีฝนตกหนักถึงหนักมากในหลายจังหวัดของภาคตะวันออกเฉียงเหนือ ตั้งแต่คืนวันนี้ไปจนถึงวันศุกร์ ประชาชนที่อาศัยอยู่ในพื้นที่ลุ่มต่ำควรเตรียมพร้อมรับมือ",
    "ผู้ว่าราชการจังหวัดขอนแก่นสั่งการให้ทุกอำเภอจัดเตรียมเครื่องสูบน้ำและกระสอบทราย พร้อมเปิดศูนย์รับแจ้งเหตุตลอดยี่สิบสี่ชั่วโมง เพื่อให้ความช่วยเหลือผู้ได้รับผลกระทบได้อย่างรวดเร็ว",
    "เกษตรกรในอำเภอน้ำพองกังวลว่านาข้าวที่ใกล้ถึงฤดูเก็บเกี่ยวอาจได้รับความเสียหาย หลายรายเร่งเก็บเกี่ยวข้าวก่อนกำหนดแม้ผลผลิตจะยังไม่สมบูรณ์เต็มที่",
    "ด้านกรมชลประทานระบุว่าเขื่อนอุบลรัตน์ยังสามารถรองรับน้ำได้อีกประมาณร้อยละสามสิบ และจะทยอยระบายน้ำอย่างระมัดระวังเพื่อไม่ให้กระทบพื้นที่ท้ายเขื่อน",
]


def test_thai_runs_are_cut_into_word_sized_pieces_and_long_paragraphs_end_sentences() -> None:
    # Four letters a piece, each with its vowel and tone marks; Thai digits stay figures.
    assert tokenize("นักท่องเที่ยว ๒๕๖๘ PM2.5") == ("นักท่อ", "งเที่ย", "ว", "๒๕๖๘", "pm2", "5")
    assert 25 <= len(words(TH[0])) <= 60 and not has_unspaced(TH[0])
    assert ends_like_sentence(TH[0]) and all(map(ends_like_sentence, TH))
    # A headline or a teaser is shorter than a body paragraph: no sentence.
    assert not ends_like_sentence("ฝนถล่มอีสาน ขอนแก่นเตรียมรับมือน้ำท่วม")


def test_thai_boilerplate_around_the_article_dropped_and_its_paragraphs_kept() -> None:
    # No mark ends a Thai sentence: before, no line was prose and nothing was dropped.
    page = [
        "ฝนถล่มอีสาน ขอนแก่นเตรียมรับมือน้ำท่วม",
        *TH[:2],
        "ข่าวที่เกี่ยวข้อง",
        "ชาวนาร้อยเอ็ดเร่งเกี่ยวข้าวหนีน้ำ หวั่นผลผลิตเสียหายทั้งหมด",
        "เขื่อนใหญ่ภาคอีสานทยอยระบายน้ำ กรมชลประทานยืนยันยังรับมือได้",
        *TH[2:],
        "แชร์ข่าวนี้",
        "Facebook",
    ]
    [[out]] = list(default_pipeline().run([[make_article(*page)]]))
    assert out.lang == "th"
    assert kept(out) == [page[0], *TH]
