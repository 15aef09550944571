"""The contract on every fixture: evidence is verbatim, every item has evidence, JSON round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from minutes_ai import Extraction, extract, read, schema_hash
from minutes_ai.schemas import extraction_json_schema

FIXTURES = sorted(
    [*(ROOT / "fixtures" / "seeds").glob("*.txt"),
     *(ROOT / "fixtures" / "formats").glob("meeting.*"),
     *(ROOT / "eval" / "dev" / "notes").glob("*.*"),
     *(ROOT / "eval" / "holdout" / "notes").glob("*.*")],
)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_evidence_is_a_verbatim_slice(path: Path):
    document = read(path)
    result = extract(document)
    assert result.meetings, "at least one meeting"
    previous_end = 0
    for meeting in result.meetings:
        assert previous_end <= meeting.start <= meeting.end <= len(document.text)
        previous_end = meeting.end
        for item in (*meeting.decisions, *meeting.action_items):
            assert item.evidence, "every item carries evidence"
            assert item.grounded
            for ev in item.evidence:
                assert document.text[ev.start : ev.end] == ev.quote
                assert ev.quote.strip(), "evidence is never blank"
        for action in meeting.action_items:
            if action.deadline_text is not None:
                assert action.deadline_text in document.text
        if meeting.next_meeting and meeting.next_meeting.evidence:
            ev = meeting.next_meeting.evidence
            assert document.text[ev.start : ev.end] == ev.quote
    again = Extraction.model_validate_json(result.model_dump_json())
    assert again == result


def test_run_info_records_engine_and_schema():
    result = extract(FIXTURES[0])
    assert result.run is not None
    assert result.run.engine == "offline"
    assert result.run.schema_hash == schema_hash()
    assert result.run.usage.calls == 0


def test_schema_forbids_unknown_fields_everywhere():
    schema = extraction_json_schema()
    for name, definition in schema["$defs"].items():
        assert definition.get("additionalProperties") is False, name
        for field, spec in definition["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"
