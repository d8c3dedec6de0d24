"""Bad input: every case ends in a clear error (path, line, what to do) or a reject with a
reason; never a traceback, never a silent loss.

Each test drives the real CLI (click's CliRunner) or the library and checks the
invariant: rows in articles.parquet + article rows in removed.parquet == input records,
and report.json's read == kept + rejected for every input file.
"""

from __future__ import annotations

import bz2
import gzip
import importlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from conftest import read_table
from newsclean import Normalize, OutputError, Pipeline, clean, default_pipeline, read, write
from newsclean.article import Batch
from newsclean import InputError
from newsclean.cli import cli

read_module = importlib.import_module("newsclean.read")  # newsclean.read is the function
write_module = importlib.import_module("newsclean.write")

GOOD = "Ein ganz normaler Artikel mit genug Text für die Spracherkennung."
GOOD2 = "Un article tout à fait ordinaire, avec assez de texte pour la langue."


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def run(*inputs: Path | str, out: Path, mode: str = "reject", extra: Iterable[str] = ()) -> Result:
    args = ["clean", *map(str, inputs), "--out", str(out), "-q", "-j1", f"--on-bad-record={mode}", *extra]
    result = CliRunner().invoke(cli, args)
    assert "Traceback" not in result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash, not a clean error: show it
    return result


def outcome(out: Path, records: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(kept rows, article-level removed rows), after checking that none of ``records`` is lost."""
    kept = read_table(out / "articles.parquet")
    removed = [r for r in read_table(out / "removed.parquet") if r["level"] == "article"]
    assert len(kept) + len(removed) == records, (kept, removed)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["articles"]["read"] == records
    for name, counts in report["inputs"].items():
        assert counts["read"] == counts["kept"] + counts["rejected"], name
    return kept, removed


def reasons(removed: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["reason"], r["detail"]) for r in removed]


# ----------------------------------------------------------------------------- encodings


def test_bad_input_invalid_utf8_line_decoded_as_cp1252(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl({"id": "a", "text": GOOD}).encode() + b'{"id": "b", "text": "Caf\xe9 \x93cr\xe8me\x94 \xff ' + GOOD2[3:].encode() + b'"}\n')
    assert run(src, out=tmp_path / "o", mode="raise").exit_code == 0
    kept, _ = outcome(tmp_path / "o", 2)
    assert [r["id"] for r in kept] == ["a", "b"]
    assert str(kept[1]["text"]).startswith("Café “crème” ÿ ")


def test_bad_input_mixed_encodings_in_one_text_file_decoded_line_by_line(tmp_path: Path) -> None:
    src = tmp_path / "mixed.txt"
    utf8, cp1252, latin1 = "Grüße aus Köln – “Zitat”", "Straße für 5 € – ‘quoted’", "Ça coûte très cher à Zürich"
    src.write_bytes(utf8.encode() + b"\n" + cp1252.encode("cp1252") + b"\n" + latin1.encode("latin-1") + b"\n")
    [article] = [a for b in read(src) for a in b]
    assert [p.text for p in article.paragraphs] == [utf8, cp1252, latin1]


def test_bad_input_mixed_encodings_across_jsonl_lines(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    lines = [('{"id": "u", "text": "%s"}' % t).encode(enc) for t, enc in
             (("Grüße – UTF-8 " + GOOD, "utf-8"), ("Grüße – cp1252 " + GOOD, "cp1252"), ("Grüße latin-1 " + GOOD2, "latin-1"))]
    src.write_bytes(b"\n".join(lines) + b"\n")
    assert run(src, out=tmp_path / "o", mode="raise").exit_code == 0
    kept, removed = outcome(tmp_path / "o", 3)
    texts = [str(r["text"]) for r in kept] + [str(r["text"]) for r in removed]
    assert all(t.startswith("Grüße") for t in texts)


@pytest.mark.parametrize("name", ["in.jsonl", "in.txt"])
def test_bad_input_utf8_bom_is_not_part_of_the_text(tmp_path: Path, name: str) -> None:
    body = jsonl({"id": "bom", "text": GOOD}) if name.endswith("jsonl") else GOOD
    (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + body.encode())
    [article] = [a for b in read(tmp_path / name, on_bad_record="raise") for a in b]
    assert article.paragraphs[0].text == GOOD and article.id in ("bom", "in")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom"])
def test_bad_input_utf16_jsonl_read_as_utf16(tmp_path: Path, encoding: str) -> None:
    text = jsonl({"id": "1", "text": GOOD}, {"id": "2", "text": GOOD2})
    data = text.encode("utf-16") if encoding == "utf-16" else b"\xfe\xff" + text.encode("utf-16-be")
    (tmp_path / "in.jsonl").write_bytes(data)
    assert run(tmp_path / "in.jsonl", out=tmp_path / "o", mode="raise").exit_code == 0
    kept, _ = outcome(tmp_path / "o", 2)
    assert [(r["id"], r["text"]) for r in kept] == [("1", GOOD), ("2", GOOD2)]


def test_bad_input_utf16_text_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xfe\xff" + f"{GOOD}\n{GOOD2}".encode("utf-16-be"))
    assert run(tmp_path / "a.txt", out=tmp_path / "o", mode="raise").exit_code == 0
    [kept], _ = outcome(tmp_path / "o", 1)
    assert kept["text"] == f"{GOOD}\n\n{GOOD2}"


def test_bad_input_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    # JSON may escape half a surrogate pair; Parquet cannot hold it. Even without Normalize.
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x\\ud800", "title": "T\\udc80", "text": "Half \\ud83d a pair, and a whole \\ud83d\\ude00"}\n')
    write(Pipeline(()).run(read(src)), tmp_path / "o")
    [kept], _ = outcome(tmp_path / "o", 1)
    assert (kept["id"], kept["title"], kept["text"]) == ("x\ufffd", "T\ufffd", "Half \ufffd a pair, and a whole 😀")


# ----------------------------------------------------------------------------- binary, empty, huge


@pytest.mark.parametrize(
    "name, data, reason, detail",
    [
        ("a.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), "input.binary", "more than 1% NUL"),
        ("a.jsonl", b"\x7fELF\x02\x01\x01" + bytes(40) + b"\n\x00\x00\x01\x02", "input.malformed", "not valid JSON"),
        ("a.parquet", b"PK\x03\x04 this is a zip file, not parquet", "input.unreadable", "Parquet magic bytes not found"),
        ("a.jsonl.gz", b"BZh91AY&SY not gzip at all", "input.unreadable", "Not a gzipped file"),
        ("a.jsonl.bz2", b"\x1f\x8b\x08 gzip header, bz2 name", "input.unreadable", "Invalid data stream"),
    ],
)
def test_bad_input_binary_file_rejected_with_reason(tmp_path: Path, name: str, data: bytes, reason: str, detail: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.jsonl").write_text(jsonl({"id": "ok", "text": GOOD}), encoding="utf-8")
    assert run(tmp_path, out=tmp_path / "o").exit_code == 0
    kept, removed = outcome(tmp_path / "o", len(removed_of(tmp_path / "o")) + 1)
    assert [r["id"] for r in kept] == ["ok"]
    assert {r["reason"] for r in removed} == {reason}
    assert all(detail in str(r["detail"]) for r in removed)


def removed_of(out: Path) -> list[dict[str, object]]:
    return [r for r in read_table(out / "removed.parquet") if r["level"] == "article"]


def test_bad_input_binary_parquet_error_names_file_and_fix(tmp_path: Path) -> None:
    (tmp_path / "a.parquet").write_bytes(b"")
    result = run(tmp_path / "a.parquet", out=tmp_path / "o", mode="raise")
    assert result.exit_code == 1
    assert f"{tmp_path / 'a.parquet'}: cannot be read (Parquet file size is 0 bytes). Check the file, or pass --on-bad-record=reject" in result.output
    assert not (tmp_path / "o" / "articles.parquet").exists()


def test_bad_input_empty_and_whitespace_only_files(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n\t\r\n")  # blank lines are not records
    (tmp_path / "ws.jsonl").write_text(jsonl({"id": "ws", "text": " \n\u00a0\u2028\t "}), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ws.txt").write_bytes(b" \r\n\t\n\xc2\xa0\n")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "none.parquet")
    assert run(tmp_path, out=tmp_path / "o", mode="raise").exit_code == 0
    kept, removed = outcome(tmp_path / "o", 3)
    assert kept == [] and [r["reason"] for r in removed] == ["input.empty"] * 3


def test_bad_input_single_100mb_line_rejected_unparsed(tmp_path: Path) -> None:
    src = tmp_path / "huge.jsonl"
    with src.open("wb") as fh:
        fh.write(jsonl({"id": "before", "text": GOOD}).encode())
        fh.write(b'{"id": "huge", "text": "')
        chunk = b"word " * 200_000  # 1 MB
        for _ in range(100):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write(jsonl({"id": "after", "text": GOOD2}).encode())
    assert run(src, out=tmp_path / "o", mode="raise").exit_code == 0
    kept, [huge] = outcome(tmp_path / "o", 3)
    assert [r["id"] for r in kept] == ["before", "after"]
    assert huge["reason"] == "input.too_large" and huge["source"] == f"{src}:2"
    assert "a line of 100000027 bytes, more than the limit of 10000000 characters" in str(huge["detail"])
    assert len(str(huge["text"])) <= 1000


def test_bad_input_article_over_max_chars_rejected_with_its_id(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "long", "text": "x" * 5000}, {"id": "short", "text": "x" * 50}))
    (tmp_path / "b.txt").write_text("y" * 5000)
    articles = [a for b in read(tmp_path, max_chars=1000) for a in b]
    assert [(a.id, a.rejected) for a in articles] == [("long", "input.too_large"), ("short", None), ("b", "input.too_large")]
    assert "more than the limit of 1000 characters" in str(articles[0].detail)
    assert "more than 4000 bytes" in str(articles[2].detail) and len(articles[2].paragraphs[0].text) == 1000


def test_bad_input_control_characters_and_nul_bytes_are_removed_not_fatal(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    raw = b'{"id": "raw", "text": "Raw\x01 control\x1b[31m and NUL\x00 bytes inside. ' + GOOD.encode() + b'"}\n'
    escaped = jsonl({"id": "esc", "text": "Escaped\u0000 NUL\u0007 bell\u200b. " + GOOD2})
    src.write_bytes(raw + escaped.encode())
    (tmp_path / "few-nuls.txt").write_bytes(GOOD.encode() + b"\x00" + b" " + GOOD2.encode())  # < 1% NUL: text
    assert run(tmp_path, out=tmp_path / "o", mode="raise").exit_code == 0
    kept, _ = outcome(tmp_path / "o", 3)
    assert [r["id"] for r in kept] == ["few-nuls", "raw", "esc"]
    for row in kept:
        assert not any(ord(c) < 32 and c != "\n" for c in str(row["text"])), row["text"]


# ----------------------------------------------------------------------------- records


@pytest.mark.parametrize(
    "line, problem",
    [
        ('{"text": "cut off', "line is not valid JSON (Unterminated string"),
        ('{"text": "a"} trailing', "line is not valid JSON (Extra data)"),
        ("null", "line is a JSON null, not an object"),
        ('"just a string"', "line is a JSON str, not an object"),
        ('{"text": "x", "deep": ' + "[" * 50_000 + "]" * 50_000 + "}", "line is not valid JSON (nested too deeply)"),
        ('{"text": 42}', "field 'text' must be a string, got int"),
        ('{"text": ["a", "b"]}', "field 'text' must be a string, got list"),
        ('{"text": {"body": "a"}}', "field 'text' must be a string, got dict"),
        ('{"text": true}', "field 'text' must be a string, got bool"),
        ('{"text": null}', "the record has no 'text' field"),
        ('{"title": "no text"}', "the record has no 'text' field"),
        ('{"text": "ok", "title": {"a": 1}}', "field 'title' must be a string, got dict"),
    ],
)
def test_bad_input_jsonl_bad_record(tmp_path: Path, line: str, problem: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl({"text": GOOD}) + line + "\n" + jsonl({"text": GOOD2}), encoding="utf-8")
    result = run(src, out=tmp_path / "o", mode="raise")
    assert result.exit_code == 1
    assert f"Error: {src}:2: {problem}" in result.output
    assert "Fix the record, or pass --on-bad-record=reject to keep going." in result.output
    assert not (tmp_path / "o" / "articles.parquet").exists()

    assert run(src, out=tmp_path / "o").exit_code == 0
    kept, [bad] = outcome(tmp_path / "o", 3)
    assert len(kept) == 2
    assert (bad["reason"], bad["source"]) == ("input.malformed", f"{src}:2") and problem in str(bad["detail"])


def test_bad_input_last_line_cut_without_newline(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(jsonl({"text": GOOD}) + '{"text": "half a rec', encoding="utf-8")
    assert run(src, out=tmp_path / "o").exit_code == 0
    _, [bad] = outcome(tmp_path / "o", 2)
    assert bad["reason"] == "input.malformed" and bad["text"] == '{"text": "half a rec'


def test_bad_input_duplicate_ids_within_and_across_files_are_all_kept(tmp_path: Path) -> None:
    # Documented behaviour: ids stay as given and both copies are kept (two feeds that
    # each number their records from 1 are common); `source` tells them apart.
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "1", "text": GOOD}, {"id": "1", "text": GOOD2}), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(jsonl({"id": "1", "text": "Ein anderer Artikel, auch mit genug Text, über etwas ganz anderes."}))
    assert run(tmp_path, out=tmp_path / "o", mode="raise").exit_code == 0
    kept, _ = outcome(tmp_path / "o", 3)
    assert [(r["id"], r["source"]) for r in kept] == [
        ("1", f"{tmp_path / 'a.jsonl'}:1"), ("1", f"{tmp_path / 'a.jsonl'}:2"), ("1", f"{tmp_path / 'b.jsonl'}:1"),
    ]


def test_bad_input_duplicate_id_and_text_is_a_duplicate_article(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "1", "text": GOOD}), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(jsonl({"id": "1", "text": GOOD}), encoding="utf-8")
    assert run(tmp_path, out=tmp_path / "o", mode="raise").exit_code == 0
    [kept], [copy] = outcome(tmp_path / "o", 2)
    assert copy["reason"] == "duplicate.article" and copy["duplicate_of"] == "1"


# ----------------------------------------------------------------------------- parquet


def test_bad_input_parquet_without_text_column_says_which_columns_exist(tmp_path: Path) -> None:
    pq.write_table(pa.table({"body": [GOOD], "headline": ["H"]}), tmp_path / "in.parquet")
    result = run(tmp_path / "in.parquet", out=tmp_path / "o", mode="raise")
    assert result.exit_code == 1
    assert f"{tmp_path / 'in.parquet'}:1: the file has no column 'text' (columns: body, headline); pass --column text=NAME" in result.output
    assert run(tmp_path / "in.parquet", out=tmp_path / "o", extra=["--column", "text=body"]).exit_code == 0
    outcome(tmp_path / "o", 1)


@pytest.mark.parametrize(
    "column, problem",
    [
        (pa.array([1, 2], pa.int64()), "field 'text' must be a string, got int"),
        (pa.array([b"a", b"b"], pa.binary()), "field 'text' must be a string, got bytes"),
        (pa.array([["a"], ["b"]], pa.list_(pa.string())), "field 'text' must be a string, got list"),
        (pa.array([{"x": "a"}, {"x": "b"}]), "field 'text' must be a string, got dict"),
    ],
)
def test_bad_input_parquet_wrong_typed_text_column(tmp_path: Path, column: pa.Array, problem: str) -> None:
    pq.write_table(pa.table({"text": column}), tmp_path / "in.parquet")
    result = run(tmp_path / "in.parquet", out=tmp_path / "o", mode="raise")
    assert result.exit_code == 1 and f"{tmp_path / 'in.parquet'}:1: {problem}" in result.output
    assert run(tmp_path / "in.parquet", out=tmp_path / "o").exit_code == 0
    _, removed = outcome(tmp_path / "o", 2)
    assert [r["reason"] for r in removed] == ["input.malformed"] * 2


def test_bad_input_parquet_wrong_typed_optional_columns(tmp_path: Path) -> None:
    # Numbers and dates are written as text; a nested value cannot be.
    table = pa.table({
        "text": [GOOD, GOOD2],
        "id": pa.array([7, 8], pa.int64()),
        "published": pa.array([19000, 19001], pa.date32()),
        "title": pa.array([None, {"a": 1}], pa.struct([("a", pa.int64())])),
    })
    pq.write_table(table, tmp_path / "in.parquet")
    assert run(tmp_path / "in.parquet", out=tmp_path / "o").exit_code == 0
    [kept], [bad] = outcome(tmp_path / "o", 2)
    assert (kept["id"], kept["published"]) == ("7", "2022-01-08")
    assert bad["reason"] == "input.malformed" and "field 'title' must be a string, got dict" in str(bad["detail"])


# ----------------------------------------------------------------------------- files


@pytest.mark.parametrize("suffix, opener", [(".gz", gzip.open), (".bz2", bz2.open)])
def test_bad_input_truncated_compressed_file(tmp_path: Path, suffix: str, opener) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / f"in.jsonl{suffix}"
    with opener(src, "wt", encoding="utf-8", compresslevel=1) as fh:  # bz2: 100 kB blocks, so some survive the cut
        fh.write(jsonl(*({"id": str(i), "text": f"{GOOD} Nummer {i}."} for i in range(3000))))
    src.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    result = run(src, out=tmp_path / "o", mode="raise")
    assert result.exit_code == 1
    assert f"Error: {src}: cannot be read after " in result.output and "Check the file, or pass --on-bad-record=reject" in result.output

    assert run(src, out=tmp_path / "o").exit_code == 0
    kept = read_table(tmp_path / "o" / "articles.parquet")
    removed = removed_of(tmp_path / "o")
    outcome(tmp_path / "o", len(kept) + len(removed))
    unreadable = [r for r in removed if r["reason"] == "input.unreadable"]
    assert len(unreadable) == 1 and f"after {len(kept) + len(removed) - 1} record(s)" in str(unreadable[0]["detail"])
    assert 0 < len(kept) < 3000


class _OnFit:
    """A corpus stage that runs ``action`` between the first and the second pass."""

    def __init__(self, action) -> None:  # type: ignore[no-untyped-def]
        self.action = action

    def fit(self, batches: Iterable[Batch]) -> _OnFit:
        for _ in batches:
            pass
        self.action()
        return self

    def __call__(self, batches: Iterable[Batch], /) -> Iterator[Batch]:
        return iter(batches)


@pytest.mark.parametrize("how", ["deleted", "replaced by a directory"])
def test_bad_input_file_disappears_between_passes(tmp_path: Path, how: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in (("a.txt", GOOD), ("b.txt", GOOD2), ("c.txt", GOOD + " C")):
        (inputs / name).write_text(text, encoding="utf-8")

    def vanish() -> None:
        (inputs / "b.txt").unlink()
        if how != "deleted":
            (inputs / "b.txt").mkdir()

    pipeline = Pipeline((Normalize(), _OnFit(vanish)))
    with pytest.raises(InputError, match=r"b\.txt: cannot be read \(.*\)\. Check the file, or pass --on-bad-record=reject"):
        clean(inputs, tmp_path / "o", pipeline=pipeline)
    (inputs / "b.txt").rmdir() if (inputs / "b.txt").is_dir() else None
    (inputs / "b.txt").write_text(GOOD2, encoding="utf-8")

    clean(inputs, tmp_path / "o", pipeline=pipeline, on_bad_record="reject")
    kept, [gone] = outcome(tmp_path / "o", 3)
    assert [r["id"] for r in kept] == ["a", "c"]
    assert (gone["reason"], gone["source"]) == ("input.unreadable", str(inputs / "b.txt"))


def test_bad_input_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom chmod 000 changes nothing: make the open fail instead.
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(GOOD2, encoding="utf-8")
    real_open = read_module._open

    def guarded(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path)

    monkeypatch.setattr(read_module, "_open", guarded)
    result = run(tmp_path, out=tmp_path / "o", mode="raise")
    assert result.exit_code == 1 and "secret.txt: cannot be read ([Errno 13] Permission denied" in result.output
    assert run(tmp_path, out=tmp_path / "o").exit_code == 0
    _, [secret] = outcome(tmp_path / "o", 2)
    assert secret["reason"] == "input.unreadable" and "Permission denied" in str(secret["detail"])


def test_bad_input_symlink_loops(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(root, root / "again")  # a directory loop: not followed
    os.symlink(root / "y.txt", root / "x.txt")  # a file loop: x -> y -> x
    os.symlink(root / "x.txt", root / "y.txt")

    given = run(root / "x.txt", out=tmp_path / "o", mode="raise")
    assert given.exit_code == 1 and f"{root / 'x.txt'}: cannot be read (broken link or special file). Check the path." in given.output

    walked = run(root, out=tmp_path / "o", mode="raise")
    assert walked.exit_code == 1 and "x.txt: cannot be read ([Errno 40] Too many levels of symbolic links" in walked.output

    assert run(root, out=tmp_path / "o").exit_code == 0
    kept, removed = outcome(tmp_path / "o", 3)
    assert [r["id"] for r in kept] == ["a"] and [r["reason"] for r in removed] == ["input.unreadable"] * 2


@pytest.mark.parametrize(
    "name",
    ["with spaces/a b.txt", "ünïcödé/Grüße – 日本語.jsonl", "emoji 🗞/news 📰.txt", b"latin1-\xe9/caf\xe9.txt"],
    ids=["spaces", "non-ascii", "emoji", "not-utf8-bytes"],
)
def test_bad_input_paths_with_spaces_and_non_ascii_names(tmp_path: Path, name: str | bytes) -> None:
    rel = os.fsdecode(name)
    path = tmp_path / "in" / rel
    path.parent.mkdir(parents=True)
    path.write_text(jsonl({"text": GOOD}) if rel.endswith(".jsonl") else GOOD, encoding="utf-8")
    for target in (path, tmp_path / "in", str(tmp_path / "in" / "*" / "*")):
        assert run(target, out=tmp_path / "out dir ü", mode="raise", extra=["--overwrite"]).exit_code == 0
        [kept], _ = outcome(tmp_path / "out dir ü", 1)
        shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        assert str(kept["source"]).startswith(shown)


# ----------------------------------------------------------------------------- output


def test_bad_input_output_directory_with_outputs_refused_without_overwrite(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "o"
    out.mkdir()
    (out / "report.json").write_text("{}")
    result = run(tmp_path / "a.txt", out=out)
    assert result.exit_code == 1
    assert f"{out}: already holds report.json. Pass --overwrite to replace them, or choose another --out." in result.output
    assert (out / "report.json").read_text() == "{}"
    assert run(tmp_path / "a.txt", out=out, extra=["--overwrite"]).exit_code == 0
    outcome(out, 1)


@pytest.mark.parametrize("where", ["a file", "inside a file"])
def test_bad_input_output_path_not_a_directory(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "a.txt" if where == "a file" else tmp_path / "a.txt" / "sub"
    result = run(tmp_path / "a.txt", out=out)
    assert result.exit_code in (1, 2)  # click itself refuses an existing file for --out
    problem = "is a file" if where == "a file" else "cannot create the output directory (Not a directory)"
    assert problem in result.output and "Traceback" not in result.output


def test_bad_input_output_directory_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(write_module.os, "access", lambda path, mode: False)  # root may write anywhere
    result = run(tmp_path / "a.txt", out=tmp_path / "o")
    assert result.exit_code == 1
    assert f"{tmp_path / 'o'}: the output directory is not writable. Check its permissions or choose another --out." in result.output


def test_bad_input_disk_full_while_writing_leaves_no_partial_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")

    def full(self, table, row_group_size=None):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full)
    with pytest.raises(OutputError, match=r"o: writing failed \(\[Errno 28\] No space left on device\)\. Free space"):
        write(default_pipeline().run(read(tmp_path / "a.txt")), tmp_path / "o")
    assert list((tmp_path / "o").iterdir()) == []
    result = run(tmp_path / "a.txt", out=tmp_path / "o2")
    assert result.exit_code == 1 and "No space left on device" in result.output

