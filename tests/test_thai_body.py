"""The body of a Thai article around its short rows.

Thai puts no space between words, so ``text.words`` cuts a line into word-sized pieces that
seldom fall on a word's edges, and hardly one piece is a function word. DropOutsideBody counts
the function words inside the text instead: without that a Thai body paragraph under a box of
label rows and an advert's label, or under a numbered list, weighed as little as a teaser, and
the body was cut above it.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

HEAD = ["ข่าวเหนือออนไลน์", "หน้าแรก  ข่าว  ภูมิภาค  เศรษฐกิจ  กีฬา", "เชียงใหม่เปิดสถานีขนส่งแห่งใหม่ รองรับผู้โดยสารวันละหมื่นคน", "โดย กองบรรณาธิการข่าวภูมิภาค"]
LEDE = [
    "จังหวัดเชียงใหม่เปิดสถานีขนส่งผู้โดยสารแห่งใหม่อย่างเป็นทางการเมื่อวันจันทร์ที่ผ่านมา ทั้งนี้ สถานีใช้เวลาก่อสร้างนานกว่าสามปี และสถานีแห่งนี้จะรองรับรถโดยสารระหว่างจังหวัดทั้งหมดที่เคยจอดอยู่ในตัวเมือง",
    "ผู้ว่าราชการจังหวัดกล่าวว่า ทั้งนี้ การย้ายสถานีออกไปนอกเมืองจะช่วยลดปัญหาการจราจรติดขัดในช่วงเทศกาล และทำให้ผู้โดยสารมีพื้นที่รอรถที่สะดวกและปลอดภัยมากขึ้นกว่าเดิม",
    "“เราอยากให้สถานีนี้เป็นประตูของภาคเหนือ” ผู้ว่าราชการจังหวัดกล่าว",
]
FACTS = ["ข้อมูลสถานี", "ช่องจอดรถ: 48 ช่อง", "ที่จอดรถยนต์: 600 คัน", "งบประมาณ: 1,250 ล้านบาท"]
MIDDLE = "ภายในสถานีมีห้องพักผู้โดยสาร ร้านอาหาร และจุดให้บริการข้อมูลการเดินทาง นอกจากนี้ยังมีระบบแสดงเวลารถออกแบบเรียลไทม์ที่ผู้โดยสารสามารถตรวจสอบผ่านโทรศัพท์มือถือได้"
STEPS = ["ขั้นตอนการซื้อตั๋วออนไลน์", "1. เลือกเส้นทางและวันที่เดินทาง", "2. เลือกที่นั่งที่ต้องการ", "3. ชำระเงินผ่านแอปธนาคาร"]
CLOSE = [
    "สำนักงานขนส่งจังหวัดระบุว่าจะทยอยย้ายรถโดยสารทุกเส้นทางเข้าสถานีใหม่ภายในสิ้นเดือนนี้ และจะจัดรถสองแถวรับส่งจากตัวเมืองทุกสิบห้านาทีเพื่อให้ผู้โดยสารเดินทางได้สะดวก",
    "ด้านผู้ประกอบการรถโดยสารหลายรายต่างแสดงความพอใจ เพราะที่ผ่านมาต้องจอดรถริมถนนและมักถูกร้องเรียนเรื่องการกีดขวางการจราจรอยู่เป็นประจำ",
]
TAIL = ["แท็ก: เชียงใหม่, สถานีขนส่ง, คมนาคม", "แชร์", "Facebook", "LINE", "© 2568 ข่าวเหนือออนไลน์ สงวนลิขสิทธิ์"]


def test_a_thai_body_goes_on_under_its_rows_and_its_numbered_steps() -> None:
    out = clean(*HEAD, *LEDE, *FACTS, "โฆษณา", MIDDLE, *STEPS, *CLOSE, *TAIL)
    assert {*LEDE, MIDDLE, *CLOSE} <= set(kept(out))
    assert set(TAIL) <= set(dropped(out))
