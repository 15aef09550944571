"""The command line: outputs, exit codes and one-line errors (never a traceback)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import PATTERN_CACHE, ROOT, SEEDS
from llm_server import ScriptedChatServer, answer, server_error
from minutes_ai import Extraction
from minutes_ai.cli import main

SEED = next(p for p in SEEDS if p.name.startswith("001_"))


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("minutes-ai: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("minutes-ai 0.")


def test_no_command_shows_help_and_fails(capsys):
    code, _out, err = run_cli(capsys)
    assert code == 2
    assert "draft" in err and "extract" in err


def test_draft_markdown_to_stdout_is_swedish_minutes(capsys):
    code, out, err = run_cli(capsys, "draft", str(SEED))
    assert code == 0, err
    assert "Närvarande" in out
    assert "Beslut" in out
    assert "Ebba Gierow" in out


def test_draft_english_labels_on_request(capsys):
    code, out, _err = run_cli(capsys, "draft", str(SEED), "--lang", "en")
    assert code == 0
    assert "Present" in out and "Decision" in out


def test_draft_docx_has_a_real_action_table(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "Möte 2024-03-01\n\nNärvarande: Anna Berg, Bo Ek\n\n"
        "Anna bokar lokal senast 15/3.\nBo skickar kallelsen.\n", encoding="utf-8")
    target = tmp_path / "minutes.docx"
    code, _out, err = run_cli(capsys, "draft", str(notes), "-o", str(target))
    assert code == 0, err
    assert "wrote" in err
    document = docx.Document(str(target))
    tables = [t for t in document.tables if t.rows[0].cells[0].text.strip() == "Vem"]
    assert tables, "no Vem/Vad/Senast table"
    rows = [[c.text for c in row.cells] for row in tables[0].rows]
    assert rows[0][:3] == ["Vem", "Vad", "Senast"]
    owners = {row[0] for row in rows[1:]}
    assert owners == {"Anna Berg", "Bo Ek"}
    assert any("2024-03-15" in row[2] for row in rows[1:])


def test_extract_writes_the_contract(tmp_path, capsys):
    target = tmp_path / "out.json"
    code, _out, err = run_cli(capsys, "extract", str(SEED), "-o", str(target))
    assert code == 0, err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data) >= {"meetings"}
    result = Extraction.model_validate(data)
    text = SEED.read_text(encoding="utf-8")
    assert result.meetings[0].decisions
    for meeting in result.meetings:
        for item in (*meeting.decisions, *meeting.action_items):
            for ev in item.evidence:
                assert text[ev.start : ev.end] == ev.quote


def test_extract_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b"Minutes 2024-05-02\n\nPresent: Ann Lee, Tom Fox\n\nDecision: we adopt the plan.\n"
        b"ACTION: Tom to book the venue by 2024-05-10.\n")))
    code, out, err = run_cli(capsys, "extract", "-")
    assert code == 0, err
    meeting = Extraction.model_validate_json(out).meetings[0]
    assert [d.text for d in meeting.decisions] == ["we adopt the plan."]
    assert meeting.action_items[0].owner == "Tom Fox"
    assert str(meeting.action_items[0].deadline) == "2024-05-10"


def test_schema_command_prints_json_schema(capsys):
    code, out, _err = run_cli(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert "Evidence" in schema["$defs"]
    assert schema["$defs"]["ActionItem"]["additionalProperties"] is False


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "directory"),
        (lambda d: _write(d / "empty.txt", b"  \n\t\n"), "empty"),
        (lambda d: _write(d / "blob.txt", bytes(range(256)) * 8), "binary"),
        (lambda d: _write(d / "broken.docx", b"PK\x03\x04 not really a zip"), "broken.docx"),
    ],
    ids=["missing", "directory", "empty", "binary", "corrupt-docx"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, make, needle):
    path = make(tmp_path)
    code, out, err = run_cli(capsys, "extract", str(path))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, needle)


def test_input_over_the_size_limit(tmp_path, capsys):
    notes = _write(tmp_path / "big.txt", b"Beslut: ja.\n" * 100)
    code, _out, err = run_cli(capsys, "extract", str(notes), "--max-bytes", "100")
    assert code == 2
    assert_one_line_error(err, "--max-bytes")


def test_docx_needs_an_output_file(capsys):
    code, _out, err = run_cli(capsys, "draft", str(SEED), "--format", "docx")
    assert code == 2
    assert_one_line_error(err, "-o")


def test_unwritable_output_keeps_the_error_to_one_line(tmp_path, capsys):
    code, _out, err = run_cli(capsys, "draft", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.md"))
    assert code == 2
    assert_one_line_error(err, "cannot write")


def test_llm_engine_without_model_is_a_config_error(capsys):
    code, _out, err = run_cli(capsys, "extract", str(SEED), "--engine", "llm")
    assert code == 2
    assert_one_line_error(err, "model")


def test_llm_engine_without_key_on_the_default_server(capsys):
    code, _out, err = run_cli(capsys, "extract", str(SEED), "--engine", "llm", "--model", "gpt-4o-mini")
    assert code == 2
    assert_one_line_error(err, "OPENAI_API_KEY")


def _cli_subprocess(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MINUTES_AI_"))}
    env["MINUTES_AI_CACHE_DIR"] = str(PATTERN_CACHE)  # not the user's cache
    return subprocess.run(
        [sys.executable, "-m", "minutes_ai.cli", *args],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT,
    )


def test_unreachable_server_is_one_line_and_exit_1(tmp_path):
    result = _cli_subprocess(
        "extract", str(SEED), "--engine", "llm", "--model", "m", "--base-url", "http://127.0.0.1:9/v1",
        "--timeout", "2", "--no-cache", "--cache-dir", str(tmp_path),
    )
    assert result.returncode == 1, result.stderr
    assert_one_line_error(result.stderr)
    assert result.stdout == ""


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_partial_result_is_written_and_exit_3(tmp_path):
    notes = tmp_path / "two.txt"
    notes.write_text(
        "Protokoll styrelsemöte 2024-01-10\n\nNärvarande: Anna Berg, Bo Ek\n\n"
        "§ 1 Budget\nKassören gick igenom utfallet för året och förklarade de största avvikelserna "
        "mot budgeten, främst kostnaderna för uppvärmning och snöröjning under vintern.\n"
        "Beslut: Budgeten godkänns enligt förslaget från kassören.\n\n"
        "Minnesanteckningar arbetsgrupp 2024-02-14\n\nNärvarande: Anna Berg, Cia Lund\n\n"
        "§ 1 Plan\nGruppen gick igenom planen för våren punkt för punkt och diskuterade särskilt "
        "tidplanen för upphandlingen och hur kommunikationen med de boende ska skötas.\n"
        "Beslut: Planen för våren antas med de ändringar som diskuterades.\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.json"
    with ScriptedChatServer() as server:
        # One meeting's call succeeds; the other fails on every attempt.
        server.script(answer(decisions=[("Budgeten godkänns.", "Beslut: Budgeten godkänns.")]),
                      *[server_error() for _ in range(10)])
        result = _cli_subprocess(
            "extract", str(notes), "--engine", "llm", "--model", "m", "--base-url", server.base_url,
            "--concurrency", "1", "--no-cache", "--cache-dir", str(tmp_path), "-o", str(target),
            "--max-context-tokens", "1300",  # too small for both meetings in one call
        )
    assert result.returncode == 3, result.stderr
    assert "partial result" in result.stderr and "Traceback" not in result.stderr
    data = Extraction.model_validate_json(target.read_text(encoding="utf-8"))
    assert data.run is not None and data.run.partial
    assert any(d.text for m in data.meetings for d in m.decisions)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_docx_fixture_is_a_zip():
    # The corrupt-docx case above relies on real .docx files being zip archives.
    assert zipfile.is_zipfile(ROOT / "fixtures" / "formats" / "meeting.docx")


def test_as_of_places_a_meeting_dated_by_weekday_and_day_in_the_year_it_fits(tmp_path, capsys):
    notes = tmp_path / "kok.txt"
    notes.write_text("möte köket skolan tors 2 okt\n\nva med: Pia, Roger\n\n- Roger beställer mjölk senast fre 10/10\n",
                     encoding="utf-8")
    code, out, _ = run_cli(capsys, "extract", str(notes), "--as-of", "2026-11-24")
    assert code == 0
    meeting = json.loads(out)["meetings"][0]
    assert meeting["meeting_date"] == "2025-10-02"
    assert meeting["action_items"][0]["deadline"] == "2025-10-10"
    code, out, _ = run_cli(capsys, "extract", str(notes), "--as-of", "2032-06-01")
    assert json.loads(out)["meetings"][0]["meeting_date"] == "2031-10-02"
    with pytest.raises(SystemExit) as exited:
        main(["extract", str(notes), "--as-of", "2032-13-01"])
    assert exited.value.code == 2
    assert "not a date as YYYY-MM-DD: '2032-13-01'" in capsys.readouterr().err
