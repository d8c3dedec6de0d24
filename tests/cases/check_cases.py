"""Check the golden case files in this folder, gaps/ and unlisted/: python tests/cases/check_cases.py [--langdetect]

Checks the format only (not newsclean's decisions): every line parses, names are unique and start
with the file's language, every paragraph is a [text, expectation] pair with a known expectation,
each article keeps at least 4 body paragraphs (>= 120 characters, 50 in Chinese, Japanese and Korean,
whose characters say two or three Latin letters' worth; >= 2 sentences), a
repeat.paragraph is an exact copy of an earlier kept paragraph and a repeat.near_paragraph is a
close but not exact copy of one. With --langdetect, the kept text must be detected as `lang`.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul

CODES = {
    "boilerplate.cookie_banner", "boilerplate.related_block", "boilerplate.caption",
    "boilerplate.ai_note", "boilerplate.video_widget", "boilerplate.feedback_prompt",
    "boilerplate.subscribe_prompt", "boilerplate.share_prompt", "boilerplate.byline",
    "boilerplate.legal", "repeat.paragraph", "repeat.near_paragraph",
}
# A sentence's end: a mark and a space, or a Chinese/Japanese full-width mark (no space follows it),
# or in Thai, which marks none, a space between two Thai letters or the paragraph's end.
SENTENCE_END = re.compile(r"[.!?…।؟۔։][\"'”“»«„]*(?:\s|$)|[。！？][」』”）]*|[\u0e01-\u0e4e](?:\s+(?=[\u0e01-\u0e4e])|$)")


def check_case(case: dict, lang: str, where: str) -> list[str]:
    errors = []
    if set(case) - {"batch"} != {"name", "lang", "note", "paragraphs"} or not isinstance(case.get("batch", ""), str):
        errors.append(f"{where}: keys {sorted(case)}")
    if not str(case.get("name", "")).startswith(lang + "-"):
        errors.append(f"{where}: name should start with '{lang}-'")
    if case.get("lang") != lang:
        errors.append(f"{where}: lang {case.get('lang')!r} differs from the file name")
    earlier_kept: list[str] = []
    for i, pair in enumerate(case.get("paragraphs", [])):
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and pair[0]):
            errors.append(f"{where}: paragraph {i} is not a [text, expectation] pair")
            continue
        text, expected = pair
        if expected is not None and expected != "drop" and expected not in CODES:
            errors.append(f"{where}: paragraph {i} has unknown expectation {expected!r}")
        if expected == "repeat.paragraph" and text not in earlier_kept:
            errors.append(f"{where}: paragraph {i} is marked repeat.paragraph but copies no kept paragraph")
        if expected == "repeat.near_paragraph":
            best = max((difflib.SequenceMatcher(None, text, k, autojunk=False).ratio() for k in earlier_kept), default=0.0)  # no junk heuristic: in a line of 200 characters or more it skips every frequent character
            if text in earlier_kept or best < 0.9:
                errors.append(f"{where}: paragraph {i} is not a near copy (best ratio {best:.2f})")
        if expected is None:
            if text in earlier_kept:
                errors.append(f"{where}: paragraph {i} is kept but repeats an earlier one")
            earlier_kept.append(text)
    body = [t for t in earlier_kept if len(t) >= (50 if DENSE.search(t) else 120) and len(SENTENCE_END.findall(t)) >= 2]
    if len(body) < 4:
        errors.append(f"{where}: only {len(body)} kept body paragraphs (need 4)")
    return errors


def main(argv: list[str]) -> int:
    use_langdetect = "--langdetect" in argv
    if use_langdetect:
        from newsclean.language import detect  # seeded langdetect, zh-cn/zh-tw as zh
    errors, names = [], set()
    here = Path(__file__).parent
    unknown = {path.stem for path in (here / "unlisted").glob("*.jsonl")}  # languages langdetect does not know
    # The golden cases, the gaps, and the pages in languages langdetect does not know (no language check).
    for path in [*sorted(here.glob("*.jsonl")), *sorted((here / "gaps").glob("*.jsonl")), *sorted((here / "unlisted").glob("*.jsonl"))]:
        lang, where_from = path.stem, path.relative_to(here)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{where_from}:{n}"
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not valid JSON ({exc})")
                continue
            if case.get("name") in names:
                errors.append(f"{where}: duplicate name {case.get('name')!r}")
            names.add(case.get("name"))
            errors += check_case(case, lang, where)
            if use_langdetect and path.parent.name != "unlisted" and lang not in unknown:  # a gap in such a language too
                kept = "\n\n".join(t for t, e in case["paragraphs"] if e is None)
                if (found := detect(kept)[0]) != case["lang"]:
                    errors.append(f"{where}: kept text detected as {found!r}")
    print("\n".join(errors) or f"{len(names)} cases OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
