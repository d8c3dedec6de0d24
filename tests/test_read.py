from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsclean import InputError, from_records, read


def articles(source) -> list:  # type: ignore[no-untyped-def]
    return [a for batch in source for a in batch]


def test_read_txt_id_is_file_name(tmp_path: Path) -> None:
    (tmp_path / "story-1.txt").write_text("Title\n\nBody line.\n", encoding="utf-8")
    [a] = articles(read(tmp_path))
    assert (a.id, a.source, [p.text for p in a.paragraphs]) == ("story-1", str(tmp_path / "story-1.txt"), ["Title", "Body line."])


def test_read_directory_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "1.txt").write_text("one", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.id for a in articles(read(tmp_path))] == ["1", "2"]


def test_read_jsonl_fields_and_extras(tmp_path: Path) -> None:
    record = {"id": "x1", "text": "Hello\nWorld", "title": "T", "url": "https://www.example.org/a", "lang_hint": "en", "tags": ["a"]}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [a] = articles(read(tmp_path / "in.jsonl"))
    assert (a.id, a.title, a.url, a.site, a.source) == ("x1", "T", "https://www.example.org/a", "example.org", f"{tmp_path / 'in.jsonl'}:1")
    assert json.loads(a.extra or "") == {"lang_hint": "en", "tags": ["a"]}


def test_read_jsonl_gz_and_missing_id_uses_content_hash(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "in.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Same text"}) + "\n")
    [a] = articles(read(tmp_path / "in.jsonl.gz"))
    [b] = articles(from_records([{"text": "Same text"}]))
    assert a.id == b.id and len(a.id) == 16


def test_read_parquet_with_column_mapping(tmp_path: Path) -> None:
    table = pa.table({"body": ["Eins\nZwei"], "headline": ["H"], "uid": ["u1"], "views": [42]})
    pq.write_table(table, tmp_path / "in.parquet")
    [a] = articles(read(tmp_path / "in.parquet", columns={"text": "body", "title": "headline", "id": "uid"}))
    assert (a.id, a.title, [p.text for p in a.paragraphs]) == ("u1", "H", ["Eins", "Zwei"])
    assert json.loads(a.extra or "") == {"views": 42}


def test_read_missing_path_names_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read(tmp_path / "nope.txt")


def test_read_directory_without_supported_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="no supported files"):
        read(tmp_path)


def test_read_bad_json_line_raises_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"text": "ok"}\n{"text": oops}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"in\.jsonl:2: line is not valid JSON .*--on-bad-record=reject"):
        articles(read(tmp_path / "in.jsonl"))


@pytest.mark.parametrize(
    "line, problem",
    [('{"text": oops}', "not valid JSON"), ('{"title": "no text"}', "no 'text' field"),
     ('{"text": 42}', "must be a string, got int"), ('{"text": ["a"]}', "must be a string, got list"), ("[1, 2]", "JSON list")],
)
def test_read_bad_record_rejected_when_asked(tmp_path: Path, line: str, problem: str) -> None:
    (tmp_path / "in.jsonl").write_text('{"text": "fine"}\n' + line + "\n", encoding="utf-8")
    good, bad = articles(read(tmp_path / "in.jsonl", on_bad_record="reject"))
    assert good.rejected is None
    assert bad.rejected == "input.malformed" and problem in (bad.detail or "")
    assert bad.paragraphs[0].text == line  # the raw record is kept for the removed file


def test_read_unparsed_batches_load_into_the_same_batches(tmp_path: Path) -> None:
    """The pipeline's first pass hands JSONL lines to the workers unparsed: once loaded
    (in another process, so pickled), they are the batches ``read`` gives."""
    import pickle

    lines = ['{"text": "fine", "id": "a"}', "", '{"text": oops}', "[1, 2]", '{"text": "' + "x" * 200 + '"}', '{"text": "end"}']
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"text": "zipped"}\n\n{"title": "no text"}\n')
    (tmp_path / "c.txt").write_text("Plain text.", encoding="utf-8")
    source = read(tmp_path, on_bad_record="reject", batch_size=3, max_chars=50)
    unparsed = [b if isinstance(b, list) else pickle.loads(pickle.dumps(b)).load() for b in source.unparsed()]
    assert unparsed == list(source)
    assert [b.size for b in source.unparsed()] == [len(b) for b in source]


def test_read_empty_and_whitespace_articles_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" \n\u00a0\n\t\n", encoding="utf-8")
    assert [a.rejected for a in articles(read(tmp_path))] == ["input.empty", "input.empty"]


def test_read_cp1252_file_decoded_by_rule(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Grüße – “Zitat” für 5 €".encode("cp1252"))
    [a] = articles(read(tmp_path))
    assert a.paragraphs[0].text == "Grüße – “Zitat” für 5 €"


def test_read_utf16_with_bom(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Ölpreis steigt".encode("utf-16"))
    [a] = articles(read(tmp_path))
    assert a.paragraphs[0].text == "Ölpreis steigt"


def test_read_binary_file_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    [a] = articles(read(tmp_path))
    assert a.rejected == "input.binary"


def test_read_source_is_reiterable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    source = read(tmp_path)
    assert articles(source) == articles(source)
