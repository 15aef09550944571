"""Tests for minutes_ai.ingest: formats, encodings, line endings, stdin and every input error."""

from __future__ import annotations

import importlib.util
import io
import random
import re
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement

from minutes_ai.document import Document
from minutes_ai.errors import InputError
from minutes_ai.ingest import (
    DEFAULT_MAX_BYTES,
    decode_bytes,
    normalise_text,
    read_bytes,
    read_document,
)

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "fixtures" / "formats"
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
SWEDISH = (
    "Närvarande: Åsa, Örjan, Märta\nBeslut: köpa nya stolar\nÅtgärd: Örjan ringer leverantören\n"
)


def _load_fixture_script():
    spec = importlib.util.spec_from_file_location("make_fixtures", FORMATS / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _turn_words(document: Document) -> list[tuple[str | None, str]]:
    return [(t.speaker, document.text[t.start : t.end]) for t in document.turns]


def _assert_turns_consistent(document: Document) -> None:
    """Every turn indexes its words; a named turn's line starts with ``Name: ``."""
    for turn in document.turns:
        words = document.text[turn.start : turn.end]
        assert words and words == words.strip()
        line_start = document.text.rfind("\n", 0, turn.start) + 1
        prefix = f"{turn.speaker}: " if turn.speaker else ""
        assert document.text[line_start : turn.start] == prefix


# --- Word --------------------------------------------------------------------------------

DOCX_TEXT = """\
# Styrelsemöte 2025-03-25

Närvarande: Åsa Berg, Örjan Lind, Märta Ek.

## Beslut

Styrelsen beslutade att köpa nya stolar.

- Budgeten ses över
- Offert begärs in
  - Delpunkt om leverans

## Åtgärder

Vem | Vad | När
Örjan | Ringa leverantören | 1 april
Åsa | Skicka protokollet | fredag

Nästa möte: 15 april.
"""


def test_docx_fixture_reads_headings_paragraphs_list_and_table_in_order():
    document = read_document(FORMATS / "meeting.docx")
    assert document.format == "docx"
    assert document.text == DOCX_TEXT
    assert document.turns == ()
    assert document.source == str(FORMATS / "meeting.docx")


def test_docx_merged_cells_numbered_list_and_swedish_heading_style(tmp_path):
    source = docx.Document()
    source.add_heading("Protokoll", level=0)  # the Title style
    rubrik = source.styles.add_style("Rubrik 3", 1)  # a Swedish Word heading name
    source.add_paragraph("Ekonomi", style=rubrik)
    source.add_paragraph("Första punkten", style="List Number")
    table = source.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Sammanslagen"
    table.cell(0, 2).text = "Tredje"
    table.cell(1, 0).text = "a"
    table.cell(1, 1).text = "rad\ntvå"
    path = tmp_path / "merged.docx"
    source.save(str(path))

    text = read_document(path).text

    assert text == (
        "# Protokoll\n\n### Ekonomi\n\n- Första punkten\n\nSammanslagen | Tredje\na | rad två | \n"
    )


def test_docx_content_controls_are_read_in_document_order(tmp_path):
    source = docx.Document()
    source.add_paragraph("Före")
    inside = source.add_paragraph("Datum: 2025-03-25")
    after = source.add_paragraph("Efter")
    # Wrap the middle paragraph in a block-level content control, as Word templates do.
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    after._p.addprevious(sdt)
    content.append(inside._p)
    path = tmp_path / "template.docx"
    source.save(str(path))

    assert read_document(path).text == "Före\n\nDatum: 2025-03-25\n\nEfter\n"


def test_docx_with_no_text_is_an_error(tmp_path):
    path = tmp_path / "blank.docx"
    source = docx.Document()
    source.add_paragraph("   ")
    source.save(str(path))
    with pytest.raises(InputError, match=r"blank\.docx.*no text"):
        read_document(path)


@pytest.mark.parametrize(
    "data",
    [b"this is plain text, not a Word file", b"PK\x03\x04 truncated zip"],
    ids=["text", "truncated-zip"],
)
def test_corrupt_docx_is_an_input_error(tmp_path, data):
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"broken\.docx: not a readable Word document") as info:
        read_document(path)
    assert "\n" not in str(info.value)


# --- Transcripts -------------------------------------------------------------------------

VTT_TEXT = """\
Anna Berg: Välkomna allihop. Vi börjar med budgeten och lokalen.

Bo: Jag tar offerten & ringer dem.

Anna Berg: Bra, tack.

(applåder)

Bo: Klart på fredag.

Anna Berg: Perfekt.
"""


def test_vtt_fixture_lays_out_merged_speaker_turns_with_offsets():
    document = read_document(FORMATS / "meeting.vtt")
    assert document.format == "vtt"
    assert document.text == VTT_TEXT
    assert _turn_words(document) == [
        ("Anna Berg", "Välkomna allihop. Vi börjar med budgeten och lokalen."),
        ("Bo", "Jag tar offerten & ringer dem."),
        ("Anna Berg", "Bra, tack."),
        (None, "(applåder)"),
        ("Bo", "Klart på fredag."),
        ("Anna Berg", "Perfekt."),
    ]
    _assert_turns_consistent(document)
    assert "-->" not in document.text


def test_srt_fixture_lays_out_turns_without_tags_or_timestamps():
    document = read_document(FORMATS / "meeting.srt")
    assert document.format == "srt"
    assert document.text == (
        "Åsa: Hej, ska vi börja? Första punkten är budgeten.\n\n"
        "Örjan: Jag har gått igenom den och den håller.\n\n"
        "Det blir bra.\n"
    )
    assert _turn_words(document) == [
        ("Åsa", "Hej, ska vi börja? Första punkten är budgeten."),
        ("Örjan", "Jag har gått igenom den och den håller."),
        (None, "Det blir bra."),
    ]
    _assert_turns_consistent(document)


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Speaker 2: hej", ("Speaker 2", "hej")),
        ("Anna af Klercker: ja", ("Anna af Klercker", "ja")),
        ("Beslut: vi köper stolar", (None, "Beslut: vi köper stolar")),
        ("Vi pratade om detta: det blev bra", (None, "Vi pratade om detta: det blev bra")),
        ("note: lowercase label", (None, "note: lowercase label")),
        ("Kl. 10:30 börjar vi", (None, "Kl. 10:30 börjar vi")),
    ],
)
def test_name_prefix_is_a_speaker_only_when_it_looks_like_a_name(cue, expected):
    data = f"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n{cue}\n".encode()
    document = read_bytes(data, format="vtt")
    assert _turn_words(document) == [expected]


def test_vtt_header_notes_stay_above_the_turns_and_comments_between_cues_do_not():
    body = ("WEBVTT\n\nNOTE Styrgrupp IT\nInspelat 3 mars 2026\n\n"
            "00:01.000 --> 00:02.000\n<v Åsa>Hej</v>\n\nNOTE cut here\n\n"
            "00:02.000 --> 00:03.000\n<v Bo>Hej Åsa</v>\n")
    document = read_bytes(body.encode(), format="vtt")
    assert document.text == "Styrgrupp IT\nInspelat 3 mars 2026\n\nÅsa: Hej\n\nBo: Hej Åsa\n"
    assert [(t.speaker, document.text[t.start : t.end]) for t in document.turns] == [("Åsa", "Hej"), ("Bo", "Hej Åsa")]


def test_vtt_with_crlf_and_bom_reads_like_lf():
    body = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Åsa>Hej</v>\n\n00:02.000 --> 00:03.000\n<v Åsa>då</v>\n"
    crlf = b"\xef\xbb\xbf" + body.replace("\n", "\r\n").encode()
    assert read_bytes(crlf, format="vtt") == read_bytes(body.encode(), format="vtt")
    assert read_bytes(body.encode(), format="vtt").text == "Åsa: Hej då\n"


@pytest.mark.parametrize(
    ("suffix", "data", "problem"),
    [
        (".vtt", b"00:00:01.000 --> 00:00:02.000\nno header\n", "must start with a WEBVTT line"),
        (".vtt", b"WEBVTT\n\n", "no cues"),
        (
            ".vtt",
            b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:xx --> 00:00:03.000\nbad\n",
            "1 of 2 WebVTT cues are malformed",
        ),
        (".srt", b"just some words\nwithout any timing\n", "not a valid SRT transcript"),
        (
            ".srt",
            b"1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:0x,000 --> 00:00:03,000\nbad\n",
            "not a valid SRT transcript",
        ),
    ],
    ids=["vtt-no-header", "vtt-no-cues", "vtt-bad-cue", "srt-garbage", "srt-bad-timestamp"],
)
def test_malformed_transcripts_are_input_errors(tmp_path, suffix, data, problem):
    path = tmp_path / f"call{suffix}"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_document(path)
    message = str(info.value)
    assert str(path) in message and problem in message
    assert "\n" not in message


# --- Fixture script ----------------------------------------------------------------------


def test_fixture_script_rebuilds_the_committed_fixtures(tmp_path):
    _load_fixture_script().main(tmp_path)
    built = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in FORMATS.iterdir() if p.is_file() and p.suffix != ".py")
    assert built == committed
    for name in built:
        fresh, kept = read_document(tmp_path / name), read_document(FORMATS / name)
        assert (fresh.text, fresh.format, fresh.turns) == (kept.text, kept.format, kept.turns)


# --- Encodings and line endings ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("notes_utf8.txt", "txt"),
        ("notes_utf8_sig.txt", "txt"),
        ("notes_utf16.txt", "txt"),
        ("notes_cp1252.txt", "txt"),
        ("notes_crlf.md", "md"),
        ("notes_cr.txt", "txt"),
    ],
)
def test_text_fixtures_decode_to_the_same_swedish_notes(name, fmt):
    document = read_document(FORMATS / name)
    assert document.text == SWEDISH
    assert document.format == fmt


@pytest.mark.parametrize(
    "data",
    [
        SWEDISH.encode("utf-16-be"),
        SWEDISH.encode("utf-16-le"),
        b"\xfe\xff" + SWEDISH.encode("utf-16-be"),
        b"\xff\xfe\x00\x00" + SWEDISH.encode("utf-32-le"),
        SWEDISH.encode("cp850"),  # Windows console (DOS) encoding
        SWEDISH.encode("mac_roman"),
        SWEDISH.encode("cp1252"),
    ],
    ids=["utf16be-nobom", "utf16le-nobom", "utf16be-bom", "utf32le-bom", "cp850", "mac", "cp1252"],
)
def test_decode_bytes_recovers_swedish_letters(data):
    assert decode_bytes(data) == SWEDISH


def test_decode_bytes_cp1252_keeps_swedish_quotes_dashes_and_euro():
    text = "”Budget” – 5 000 € för året…\n"
    assert decode_bytes(text.encode("cp1252")) == text


def test_decode_bytes_prefers_strict_utf8():
    text = "Möte ✓ 🙂\n"
    assert decode_bytes(text.encode("utf-8")) == text


def test_normalise_text_changes_only_line_endings_and_leading_bom():
    raw = "\ufeffa\r\nb\rc\n\td  \u00a0e\ufeff\r\r\n"
    assert normalise_text(raw) == "a\nb\nc\n\td  \u00a0e\ufeff\n\n"
    assert normalise_text("plain\n") == "plain\n"


def test_mixed_line_endings_in_a_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("ett\r\ntvå\rtre\nfyra".encode())
    assert read_document(path).text == "ett\ntvå\ntre\nfyra"


# --- Seeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_seeds_read_unchanged_except_line_endings(seed):
    raw = seed.read_bytes().decode("utf-8-sig")
    document = read_document(seed)
    assert document.format == "txt"
    assert document.text.split("\n") == re.split(r"\r\n|\r|\n", raw)


def test_there_are_five_seeds():
    assert len(SEEDS) == 5


# --- stdin ---------------------------------------------------------------------------------


def test_stdin_text_vtt_srt_and_docx_are_sniffed():
    text = read_document("-", stdin=io.BytesIO(SWEDISH.encode("cp1252")))
    assert (text.text, text.format, text.source) == (SWEDISH, "txt", "-")

    vtt = read_document("-", stdin=io.BytesIO((FORMATS / "meeting.vtt").read_bytes()))
    assert (vtt.text, vtt.format) == (VTT_TEXT, "vtt")
    assert vtt.turns == read_document(FORMATS / "meeting.vtt").turns

    srt_doc = read_document("-", stdin=io.BytesIO((FORMATS / "meeting.srt").read_bytes()))
    assert srt_doc.format == "srt" and srt_doc.turns

    word = read_document("-", stdin=io.BytesIO((FORMATS / "meeting.docx").read_bytes()))
    assert (word.text, word.format) == (DOCX_TEXT, "docx")


def test_stdin_defaults_to_sys_stdin_buffer(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Hej\r\nfr\xc3\xa5n stdin\r\n")))
    document = read_document("-")
    assert document.text == "Hej\nfrån stdin\n"
    assert document.source == "-"


def test_stdin_over_the_limit_names_standard_input_and_the_flag():
    with pytest.raises(InputError) as info:
        read_document("-", stdin=io.BytesIO(b"x" * 101), max_bytes=100)
    message = str(info.value)
    assert "standard input" in message and "100 bytes" in message and "--max-bytes" in message


def test_stdin_zip_that_is_not_word_is_binary():
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.bin", b"\x00\x01\x02" * 50)
    with pytest.raises(InputError, match="standard input: looks like binary"):
        read_document("-", stdin=io.BytesIO(buffer.getvalue()))


# --- Suffixes and read_bytes ---------------------------------------------------------------


def test_unknown_suffix_is_read_as_text_or_sniffed(tmp_path):
    notes = tmp_path / "notes.anteckningar"
    notes.write_text("Möte idag\n", encoding="utf-8")
    assert read_document(notes).format == "txt"
    captions = tmp_path / "captions.webvtt-backup"
    captions.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nBo: Hej\n", encoding="utf-8")
    assert _turn_words(read_document(captions)) == [("Bo", "Hej")]


def test_captions_saved_as_txt_are_read_as_the_transcript_they_are(tmp_path):
    vtt = tmp_path / "board_call.txt"
    vtt.write_text("WEBVTT\nNOTE Board call 17 February 2026\n\n00:00:03.000 --> 00:00:08.000\n"
                   "<v Magnus Ek>Kristoffer, du bokar?\n\n00:00:09.000 --> 00:00:11.000\n"
                   "<v Kristoffer Nyman>Ja. Jag ringer dem på torsdag.\n", encoding="utf-8")
    document = read_document(vtt)
    assert document.format == "vtt"
    assert _turn_words(document) == [("Magnus Ek", "Kristoffer, du bokar?"),
                                     ("Kristoffer Nyman", "Ja. Jag ringer dem på torsdag.")]
    assert document.text.startswith("Board call 17 February 2026\n")
    srt = tmp_path / "captions.txt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nBo: Hej\n", encoding="utf-8")
    assert read_document(srt).format == "srt"
    # notes that only mention captions, and Markdown, stay as written
    plain = tmp_path / "notes.txt"
    plain.write_text("WEBVTT-exporten från Teams saknas.\nBo: Hej\n", encoding="utf-8")
    assert read_document(plain).format == "txt" and read_document(plain).turns == ()


def test_unknown_suffix_binary_is_an_error(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match=r"image\.png: looks like binary data"):
        read_document(path)


def test_suffix_is_case_insensitive_and_markdown_is_md(tmp_path):
    path = tmp_path / "NOTES.MARKDOWN"
    path.write_text("# Rubrik\n\ntext\n", encoding="utf-8")
    assert read_document(path).format == "md"


def test_read_bytes_with_explicit_format_and_unknown_format():
    assert read_bytes(b"# Agenda\n", format="md", source="x.md").format == "md"
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        read_bytes(b"text", format="pdf")


def test_unsupported_office_suffix_says_what_to_do(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match=r"old\.doc: .*save it as \.docx"):
        read_document(path)


# --- Errors --------------------------------------------------------------------------------


def test_missing_file(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_document(path)


def test_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory") as info:
        read_document(tmp_path)
    assert str(tmp_path) in str(info.value)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "is empty"),
        (b"  \r\n\t\n", "only whitespace"),
        (b"\xef\xbb\xbf", "only whitespace"),
        ("\n \u3000\n".encode("utf-16"), "only whitespace"),
    ],
    ids=["empty", "whitespace", "bom-only", "utf16-whitespace"],
)
def test_empty_or_whitespace_only(tmp_path, data, problem):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert "blank.txt" in str(info.value) and problem in str(info.value)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n\x00\x01\x02binary stream\xff\xfe\x00",
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"a few letters",
    ],
    ids=["nul-bytes", "control-chars"],
)
def test_binary_data_is_refused(tmp_path, data):
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert "notes.txt" in str(info.value) and "binary" in str(info.value)


def test_undecodable_text_after_a_bom(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xef\xbb\xbfok \xff\xfe bad")
    with pytest.raises(InputError, match=r"bad\.txt: cannot decode as utf-8-sig") as info:
        read_document(path)
    assert "UTF-8" in str(info.value)


def test_over_max_bytes_says_size_limit_and_flag(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError) as info:
        read_document(path, max_bytes=1000)
    message = str(info.value)
    assert "big.txt" in message and "2,048 bytes" in message and "1,000 bytes" in message
    assert "--max-bytes" in message
    assert read_document(path, max_bytes=2048).text == "a" * 2048


def test_default_limit_is_ten_mebibytes():
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    with pytest.raises(InputError, match="over the limit"):
        read_bytes(b"a" * (DEFAULT_MAX_BYTES + 1))


@pytest.mark.parametrize("name", ["meeting.vtt", "meeting.srt", "meeting.docx", "notes_utf16.txt"])
def test_damaged_inputs_give_a_document_or_a_one_line_input_error(name):
    """Randomly damaged fixtures never escape as anything but InputError."""
    rng = random.Random(name)
    base = (FORMATS / name).read_bytes()
    fmt = {".vtt": "vtt", ".srt": "srt", ".docx": "docx", ".txt": None}[Path(name).suffix]
    for _ in range(150):
        data = bytearray(base)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[at] = rng.randrange(256)
            else:
                del data[at : at + rng.randint(1, 40)]
        try:
            document = read_bytes(bytes(data), format=fmt, source=name)
        except InputError as error:
            assert "\n" not in str(error) and name in str(error)
        else:
            assert all(document.text[t.start : t.end].strip() for t in document.turns)
