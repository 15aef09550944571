"""Tests for minutes_ai.evaluation: gold loading, matching, metrics, reports, compare, HTML."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from minutes_ai.document import Document
from minutes_ai.errors import EvaluationError
from minutes_ai.evaluation import (
    compare_reports,
    evaluate,
    gold_set_hash,
    load_gold_dir,
    load_gold_file,
    render_html,
    report_json,
    run_eval,
)
from minutes_ai.evaluation.matching import owner_matches
from minutes_ai.schemas import ActionItem, Decision, Evidence, Extraction, Meeting, RunInfo, Usage

ROOT = Path(__file__).resolve().parents[1]

SOURCE = (
    "Protokoll styrelsemöte 2024-03-01\r\n"
    "\r\n"
    "1. Budget\r\n"
    "Styrelsen beslutar att anta budgeten för 2024.\r\n"
    "Anna Berg skickar budgeten till revisorn senast 15 mars.\r\n"
    "\r\n"
    "2. Lokaler\r\n"
    "Frågan om nya lokaler bordlades.\r\n"
    "Kalle ser över hyresavtalet till nästa möte.\r\n"
    "\r\n"
    "Arbetsgruppens möte 2024-03-08\r\n"
    "Arbetsgruppen väljer Eva som sammankallande.\r\n"
    "Eva bokar lokal.\r\n"
)
TEXT = SOURCE.replace("\r\n", "\n")
SPLIT = TEXT.index("Arbetsgruppens möte")

GOLD = {
    "source": "notes/board.txt",
    "meetings": [
        {
            "title": "Protokoll styrelsemöte",
            "meeting_date": "2024-03-01",
            "decisions": [
                {"text": "The budget is adopted.", "quote": "Styrelsen beslutar att anta budgeten för 2024."},
                {"text": "The premises question is tabled.", "quote": "Frågan om nya lokaler bordlades."},
            ],
            "action_items": [
                {"owner": "Anna Berg", "task": "send the budget to the auditor", "deadline": "2024-03-15",
                 "deadline_text": "senast 15 mars",
                 "quote": "Anna Berg skickar budgeten till revisorn senast 15 mars."},
                {"owner": "Kalle", "task": "review the lease", "deadline": None,
                 "deadline_text": "till nästa möte", "quote": "Kalle ser över hyresavtalet till nästa möte."},
            ],
        },
        {
            "title": "Arbetsgruppens möte",
            "meeting_date": "2024-03-08",
            "decisions": [
                {"text": "Eva is elected convener.", "quote": "Arbetsgruppen väljer Eva som sammankallande."}
            ],
            "action_items": [
                {"owner": "Eva", "task": "book a room", "deadline": None, "deadline_text": None,
                 "quote": "Eva bokar lokal."}
            ],
        },
    ],
}


def write_gold(folder: Path, gold: dict | None = None, source: str = SOURCE, name: str = "board") -> Path:
    """A gold folder with one source file (CRLF, to exercise normalisation) and its gold file."""
    (folder / "notes").mkdir(parents=True, exist_ok=True)
    (folder / "notes" / "board.txt").write_bytes(source.encode("utf-8"))
    path = folder / f"{name}.json"
    path.write_text(json.dumps(gold or GOLD, ensure_ascii=False), encoding="utf-8")
    return path


def ev(quote: str, text: str = TEXT) -> Evidence:
    start = text.index(quote)
    return Evidence(start=start, end=start + len(quote), quote=quote)


def perfect(usage: Usage | None = None) -> Extraction:
    """What a flawless engine would return for SOURCE."""
    meetings = []
    for spec, (start, end) in zip(GOLD["meetings"], [(0, SPLIT), (SPLIT, len(TEXT))], strict=True):
        meetings.append(Meeting(
            title=spec["title"], meeting_date=dt.date.fromisoformat(spec["meeting_date"]), start=start, end=end,
            decisions=[Decision(text=d["text"], evidence=[ev(d["quote"])]) for d in spec["decisions"]],
            action_items=[
                ActionItem(owner=a["owner"], task=a["task"],
                           deadline=dt.date.fromisoformat(a["deadline"]) if a["deadline"] else None,
                           deadline_text=a["deadline_text"], evidence=[ev(a["quote"])])
                for a in spec["action_items"]
            ],
        ))
    run = RunInfo(engine="fake", engine_version="0", schema_hash="s1", prompt_hash="p1", usage=usage or Usage())
    return Extraction(source="board.txt", meetings=meetings, run=run)


def constant(extraction: Extraction) -> Callable[[Document], Extraction]:
    return lambda _doc: extraction


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    write_gold(folder)
    return folder


def run(gold_dir: Path, extraction: Extraction):
    return evaluate(load_gold_dir(gold_dir), constant(extraction))


# --- gold loading -------------------------------------------------------------------------------


def _gold_files() -> list[Path]:
    files: list[Path] = []
    for sub in ("gold", "dev", "holdout"):
        folder = ROOT / "eval" / sub
        if folder.is_dir():
            files += sorted(folder.glob("*.json"))
    return files


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_committed_gold_file_loads_with_verbatim_quotes(path: Path) -> None:
    doc = load_gold_file(path)
    items = doc.items("decision") + doc.items("action")
    assert items, "a gold file should annotate something"
    for item in items:
        assert doc.document.text[item.start : item.end] == item.quote


def test_seed_gold_set_covers_all_five_seeds_and_the_two_meetings_of_seed_000() -> None:
    docs = load_gold_dir(ROOT / "eval" / "gold")
    seeds = sorted(p.name for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    assert sorted(d.source_path.name for d in docs) == seeds
    by_name = {d.name: d for d in docs}
    assert len(by_name["000_45bd0c5ee624b5c8"].meetings) == 2
    assert by_name["000_45bd0c5ee624b5c8"].meetings[1].meeting_date == dt.date(2025, 3, 26)


def test_loader_resolves_quotes_to_spans_after_crlf_normalisation(gold_dir: Path) -> None:
    doc = load_gold_dir(gold_dir)[0]
    assert doc.document.text == TEXT
    eva = doc.meetings[1].action_items[0]
    assert (eva.start, eva.end) == (TEXT.index("Eva bokar lokal."), TEXT.index("Eva bokar lokal.") + 16)
    assert doc.meetings[0].action_items[0].deadline == dt.date(2024, 3, 15)


def test_loader_says_which_quote_is_not_in_the_source(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][0]["action_items"][1]["quote"] = "Kalle ser över hyresavtalet före nästa möte."
    path = write_gold(tmp_path, gold)
    with pytest.raises(EvaluationError) as info:
        load_gold_file(path)
    message = str(info.value)
    assert "meetings[0].action_items[1].quote" in message
    assert "not found in source" in message
    assert "line 9" in message  # the closest passage is pointed out
    assert "decisions[0]" not in message  # only the bad quote is reported


def test_loader_requires_occurrence_for_repeated_quotes_and_honours_it(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][1]["decisions"][0]["quote"] = "möte"
    with pytest.raises(EvaluationError, match="occurs 3 times"):
        load_gold_file(write_gold(tmp_path, gold))
    gold["meetings"][1]["decisions"][0]["occurrence"] = 2
    doc = load_gold_file(write_gold(tmp_path, gold))
    assert doc.meetings[1].decisions[0].start == TEXT.index("möte", TEXT.index("möte") + 1)


def test_loader_rejects_unknown_fields_and_missing_folder(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][0]["decisions"][0]["qoute"] = "typo"
    with pytest.raises(EvaluationError, match="qoute"):
        load_gold_file(write_gold(tmp_path, gold))
    with pytest.raises(EvaluationError, match="not found"):
        load_gold_dir(tmp_path / "nowhere")


def test_gold_set_hash_changes_when_a_gold_file_or_its_source_changes(tmp_path: Path) -> None:
    path = write_gold(tmp_path)
    before = gold_set_hash(load_gold_dir(tmp_path))
    assert gold_set_hash(load_gold_dir(tmp_path)) == before
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][0]["decisions"][0]["text"] = "The budget for 2024 is adopted."
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    after_gold = gold_set_hash(load_gold_dir(tmp_path))
    assert after_gold != before
    (tmp_path / "notes" / "board.txt").write_text(SOURCE + "Övrigt.\n", encoding="utf-8")
    assert gold_set_hash(load_gold_dir(tmp_path)) not in {before, after_gold}


# --- metrics --------------------------------------------------------------------------------------


def test_perfect_extraction_scores_one_everywhere_and_sums_usage(gold_dir: Path) -> None:
    report = run(gold_dir, perfect(Usage(calls=3, prompt_tokens=100, completion_tokens=20)))
    m = report.metrics
    for name in ("decision_precision", "decision_recall", "decision_f1", "action_precision",
                 "action_recall", "action_f1", "owner_accuracy", "deadline_accuracy", "grounding_rate",
                 "meeting_date_accuracy"):
        assert m[name] == 1.0, name
    assert (m["calls"], m["prompt_tokens"], m["completion_tokens"]) == (3, 100, 20)
    assert report.totals.deadline_total == 2  # only gold actions that state a deadline count
    assert report.key.engine == "fake" and report.key.prompt_hash == "p1"
    assert all(o.matched_by == "span" and o.same_meeting for o in report.documents[0].outcomes)


def test_empty_extraction_misses_everything(gold_dir: Path) -> None:
    report = run(gold_dir, Extraction())
    m = report.metrics
    assert (m["decision_precision"], m["decision_recall"], m["decision_f1"]) == (0.0, 0.0, 0.0)
    assert (m["action_recall"], m["action_f1"]) == (0.0, 0.0)
    assert m["owner_accuracy"] is None and m["deadline_accuracy"] is None and m["grounding_rate"] is None
    assert report.totals.decision_fn == 3 and report.totals.action_fn == 3
    assert report.key.engine == "unknown"


def test_spurious_decision_lowers_precision_only(gold_dir: Path) -> None:
    extraction = perfect()
    extraction.meetings[0].decisions.append(
        Decision(text="The agenda is approved.", evidence=[ev("1. Budget")])
    )
    report = run(gold_dir, extraction)
    assert report.metrics["decision_precision"] == 0.75
    assert report.metrics["decision_recall"] == 1.0
    assert report.metrics["decision_f1"] == round(2 * 0.75 / 1.75, 4)
    spurious = [o for o in report.documents[0].outcomes if o.status == "spurious"]
    assert [o.predicted.text for o in spurious] == ["The agenda is approved."]


def test_wrong_owner_and_wrong_deadline_are_counted_on_matched_actions(gold_dir: Path) -> None:
    extraction = perfect()
    extraction.meetings[0].action_items[1].owner = "Lotta"
    extraction.meetings[0].action_items[0].deadline = dt.date(2024, 3, 16)
    report = run(gold_dir, extraction)
    m = report.metrics
    assert m["action_f1"] == 1.0
    assert m["owner_accuracy"] == round(2 / 3, 4)
    assert m["deadline_accuracy"] == 0.5


def test_unresolved_gold_deadline_needs_words_not_a_guessed_date(gold_dir: Path) -> None:
    extraction = perfect()
    kalle = extraction.meetings[0].action_items[1]
    kalle.deadline = dt.date(2024, 4, 1)  # guessing a date for "till nästa möte" is wrong
    assert run(gold_dir, extraction).metrics["deadline_accuracy"] == 0.5
    kalle.deadline, kalle.deadline_text = None, None  # dropping the stated words is wrong too
    assert run(gold_dir, extraction).metrics["deadline_accuracy"] == 0.5


def test_ungrounded_evidence_still_matches_by_text_but_lowers_grounding(gold_dir: Path) -> None:
    extraction = perfect()
    start = TEXT.index("Frågan om nya lokaler")
    extraction.meetings[0].decisions[1].evidence = [
        Evidence(start=start + 5, end=start + 37, quote="Frågan om nya lokalerna bordlades.")
    ]
    report = run(gold_dir, extraction)
    assert report.metrics["decision_recall"] == 1.0
    assert report.metrics["grounding_rate"] == round(5 / 6, 4)
    tabled = [o for o in report.documents[0].outcomes if o.gold and o.gold.text.startswith("The premises")]
    assert tabled[0].matched_by == "text" and tabled[0].predicted.grounded is False


def test_item_in_the_wrong_meeting_matches_by_span(gold_dir: Path) -> None:
    extraction = perfect()
    eva = extraction.meetings[1].action_items.pop()
    extraction.meetings[0].action_items.append(eva)
    report = run(gold_dir, extraction)
    assert report.metrics["action_recall"] == 1.0 and report.metrics["action_precision"] == 1.0
    outcome = next(o for o in report.documents[0].outcomes if o.gold and o.gold.owner == "Eva")
    assert outcome.matched_by == "span" and outcome.same_meeting is False


def test_unrelated_ungrounded_prediction_stays_spurious(gold_dir: Path) -> None:
    extraction = perfect()
    extraction.meetings[0].action_items.append(
        ActionItem(owner="Kalle", task="Ring hyresvärden om nycklarna",
                   evidence=[Evidence(start=0, end=12, quote="Kalle ringer hyresvärden.")])
    )
    report = run(gold_dir, extraction)
    assert (report.totals.action_tp, report.totals.action_fp) == (3, 1)
    assert report.metrics["grounding_rate"] == round(6 / 7, 4)


def test_engine_failure_is_recorded_and_scored_as_empty(gold_dir: Path) -> None:
    from minutes_ai.errors import BackendError

    def failing(_doc: Document) -> Extraction:
        raise BackendError("server said 500")

    report = evaluate(load_gold_dir(gold_dir), failing, engine_name="llm")
    assert report.documents[0].error == "server said 500"
    assert report.key.engine == "llm"
    assert report.metrics["action_recall"] == 0.0


def test_gold_hash_ignores_crlf_in_gold_files(tmp_path: Path) -> None:
    path = write_gold(tmp_path)
    before = gold_set_hash(load_gold_dir(tmp_path))
    path.write_bytes(json.dumps(GOLD, ensure_ascii=False, indent=1).replace("\n", "\r\n").encode("utf-8"))
    crlf = gold_set_hash(load_gold_dir(tmp_path))
    path.write_bytes(json.dumps(GOLD, ensure_ascii=False, indent=1).encode("utf-8"))
    assert crlf == gold_set_hash(load_gold_dir(tmp_path)) != before


def test_matching_is_one_to_one(gold_dir: Path) -> None:
    extraction = perfect()
    duplicate = extraction.meetings[0].decisions[0].model_copy(update={"text": "Budget adopted again."})
    extraction.meetings[0].decisions.append(duplicate)
    report = run(gold_dir, extraction)
    assert report.totals.decision_tp == 3 and report.totals.decision_fp == 1


def test_totals_are_micro_averaged_across_documents(tmp_path: Path) -> None:
    write_gold(tmp_path, name="a")
    write_gold(tmp_path, name="b")
    docs = load_gold_dir(tmp_path)
    extractions = {"a": perfect(), "b": Extraction()}
    names = iter(d.name for d in docs)
    report = evaluate(docs, lambda _doc: extractions[next(names)])
    assert [d.metrics["decision_recall"] for d in report.documents] == [1.0, 0.0]
    assert report.metrics["decision_recall"] == 0.5
    assert report.metrics["decision_precision"] == 1.0  # 3 of 3 predictions right, not mean(1, 0)


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("Henry", "Henry Asher", True),
        ("Henry Asher", "henry", True),
        ("Henry Asher", "HA", True),
        ("Henry Asher", "H. Asher", True),
        ("Katrin Sepp, Ann-Marie Ekström", "Katrin och Ann-Marie Ekström", True),
        ("Katrin Sepp, Ann-Marie Ekström", "Katrin Sepp", False),
        (None, None, True),
        (None, "Kajsa", False),
        ("Kajsa", None, False),
        ("Kajsa", "Lorna", False),
        ("Henry Asher", "Henrik Asplund", False),
        ("Ms. Hayes", "Gloria Hayes", True),
        ("Dr Sam Oduya", "Sam Oduya", True),
        ("Ms. Hayes", "Ms. Kline", False),
        ("BW", "Fr. Brendan Walsh", True),  # a priest's or a nurse's title is no name either
        ("Helen W", "Sr Helen Ward", True),
    ],
)
def test_owner_matching_tolerates_name_forms(gold: str | None, pred: str | None, same: bool) -> None:
    assert owner_matches(gold, pred) is same


# --- reports, baselines, compare ----------------------------------------------------------------


class FakeEngine:
    name = "fake"

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction

    def extract(self, document: Document) -> Extraction:
        return self.extraction


def _run_eval(gold_dir: Path, extraction: Extraction, **kwargs) -> int:
    options = {"save_baseline": None, "compare": None, "report_path": None, "html_path": None}
    options.update(kwargs)
    return run_eval(gold_dir=gold_dir, engine=FakeEngine(extraction), console=Console(file=None, quiet=True),
                    **options)


def test_saved_baseline_is_stable_and_has_no_timestamp(gold_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "b1.json", tmp_path / "b2.json"
    assert _run_eval(gold_dir, perfect(), save_baseline=first) == 0
    assert _run_eval(gold_dir, perfect(), save_baseline=second) == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert "created_at" not in data
    assert list(data) == sorted(data)
    assert data["key"]["gold_set_hash"] == gold_set_hash(load_gold_dir(gold_dir))
    assert {o["status"] for o in data["documents"][0]["outcomes"]} == {"matched"}


def test_compare_fails_only_on_drops_beyond_tolerance(gold_dir: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _run_eval(gold_dir, perfect(), save_baseline=baseline)
    worse = perfect()
    worse.meetings[1].decisions.clear()  # decision recall 1.0 -> 0.6667
    assert _run_eval(gold_dir, worse, compare=baseline) == 1
    assert _run_eval(gold_dir, worse, compare=baseline, tolerance=0.4) == 0
    assert _run_eval(gold_dir, perfect(), compare=baseline) == 0
    report = tmp_path / "report.json"
    _run_eval(gold_dir, worse, report_path=report)
    assert "created_at" in json.loads(report.read_text(encoding="utf-8"))


def test_compare_lists_item_level_differences(gold_dir: Path) -> None:
    base = run(gold_dir, perfect())
    changed = perfect()
    changed.meetings[1].decisions.clear()
    changed.meetings[0].action_items[1].owner = "Lotta"
    changed.meetings[0].action_items[0].deadline = None
    changed.meetings[0].decisions.append(Decision(text="Agenda approved.", evidence=[ev("2. Lokaler")]))
    comparison = compare_reports(run(gold_dir, changed), base, tolerance=0.0)
    assert comparison.regressed
    recall = next(m for m in comparison.metrics if m.name == "decision_recall")
    assert (recall.baseline, recall.current, recall.delta, recall.regressed) == (1.0, 0.6667, -0.3333, True)
    doc = comparison.documents[0]
    assert doc.newly_missed == ["decision: Eva is elected convener."]
    assert doc.new_spurious == ["decision: Agenda approved."]
    fields = {(c.field, c.before, c.after, c.ok_after) for c in doc.changes}
    assert ("owner", "Kalle", "Lotta", False) in fields
    assert ("deadline", "2024-03-15 (senast 15 mars)", "? (senast 15 mars)", False) in fields
    reverse = compare_reports(base, run(gold_dir, changed), tolerance=0.0)
    assert not reverse.regressed and reverse.documents[0].newly_found == ["decision: Eva is elected convener."]


def test_compare_pairs_gold_items_that_share_a_quote(tmp_path: Path) -> None:
    # one sentence gives two people a task: two gold items with one quote, only one found
    gold = json.loads(json.dumps(GOLD))
    shared = gold["meetings"][1]["action_items"]
    shared[0]["quote"] = shared[0]["task"] = "Eva bokar lokal."
    shared.append(dict(shared[0], owner="Kalle"))
    folder = tmp_path / "shared"
    write_gold(folder, gold)
    found = perfect()
    results = evaluate(load_gold_dir(folder), constant(found))
    statuses = [o.status for o in results.documents[0].outcomes if o.kind == "action"]
    assert statuses.count("missed") == 1
    same = compare_reports(results, evaluate(load_gold_dir(folder), constant(found)), tolerance=0.0)
    assert not same.regressed and all(d.empty for d in same.documents)


def test_compare_refuses_a_baseline_from_another_gold_set(gold_dir: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _run_eval(gold_dir, perfect(), save_baseline=baseline)
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][1]["action_items"].clear()
    write_gold(gold_dir, gold)
    with pytest.raises(EvaluationError, match="different gold set"):
        _run_eval(gold_dir, perfect(), compare=baseline)
    current = run(gold_dir, perfect())
    old = json.loads(baseline.read_text(encoding="utf-8"))
    from minutes_ai.evaluation import EvalReport

    with pytest.raises(EvaluationError, match="different gold set"):
        compare_reports(current, EvalReport.model_validate(old))


def test_report_json_round_trips(gold_dir: Path) -> None:
    from minutes_ai.evaluation import EvalReport

    report = run(gold_dir, perfect())
    again = EvalReport.model_validate_json(report_json(report))
    assert again == report


# --- HTML -----------------------------------------------------------------------------------------


def test_html_report_escapes_content_and_highlights_spans(tmp_path: Path) -> None:
    source = SOURCE.replace("Eva bokar lokal.", "Eva bokar lokal. <script>alert('x')</script>")
    write_gold(tmp_path, source=source)
    text = source.replace("\r\n", "\n")
    extraction = perfect()
    extraction.meetings[1].decisions.append(
        Decision(text="<b>Bold</b> & co", evidence=[ev("<script>alert('x')</script>", text)])
    )
    docs = load_gold_dir(tmp_path)
    report = evaluate(docs, constant(extraction))
    page = render_html(report, docs)
    assert "<script>" not in page and "<b>Bold" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in page
    assert 'class="g-dec p-dec"' in page  # gold and predicted evidence overlap
    assert 'class="p-dec p-spur"' in page  # the spurious decision is drawn on the text
    missed = evaluate(docs, constant(Extraction()))
    assert 'class="g-act g-act-miss"' in render_html(missed, docs)
    out = tmp_path / "report.html"
    assert _run_eval(tmp_path, extraction, html_path=out) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_console_output_shows_the_table_and_the_comparison(gold_dir: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _run_eval(gold_dir, perfect(), save_baseline=baseline)
    worse = perfect()
    worse.meetings[0].action_items[1].owner = "Lotta"
    console = Console(record=True, width=200)
    code = run_eval(gold_dir=gold_dir, engine=FakeEngine(worse), save_baseline=None, compare=baseline,
                    report_path=None, html_path=None, console=console)
    out = console.export_text()
    assert code == 1
    assert "Total (micro)" in out and "board" in out
    assert "owner_accuracy" in out and "-0.33" in out
    assert "owner changed: review the lease: Kalle → Lotta" in out
    assert "regressed" in out


@pytest.mark.parametrize(
    ("a", "b", "matches"),
    [
        ("Frågan om nya lokalerna bordlades.", "Frågan om nya lokaler bordlades.", True),  # altered quote
        ("maila Petra om detta", "Henry får uppgiften att maila Petra om detta.", True),  # trimmed quote
        # A few shared words ("till", "möte") are not the same item.
        ("Henry kollar upp detta till nästa möte.",
         "När Kajsa tagit fram mer underlag bjuda in till ett kort möte för diskussion kring det.", False),
        ("Beslut", "Beslut: Nätverket beslutar att genomföra två aktiviteter under 2024.", False),
    ],
)
def test_text_fallback_similarity(a: str, b: str, matches: bool) -> None:
    from minutes_ai.evaluation.matching import FUZZY_THRESHOLD, similarity

    assert (similarity(a, b) >= FUZZY_THRESHOLD) is matches


def test_a_quote_inside_the_gold_quote_matches_by_span(gold_dir: Path) -> None:
    extraction = perfect()
    # Only the key words of the gold quote "Styrelsen beslutar att anta budgeten för 2024."
    extraction.meetings[0].decisions[0] = Decision(text="Budget adopted.", evidence=[ev("anta budgeten för 2024")])
    report = run(gold_dir, extraction)
    assert report.metrics["decision_recall"] == 1.0
    matched = [o for o in report.documents[0].outcomes if o.kind == "decision" and o.status != "missed"]
    assert any(o.matched_by == "span" and o.predicted.text == "Budget adopted." for o in matched)


def test_a_tiny_quote_inside_the_gold_quote_does_not_match(gold_dir: Path) -> None:
    extraction = perfect()
    extraction.meetings[0].decisions[0] = Decision(text="x", evidence=[ev("anta")])
    report = run(gold_dir, extraction)
    assert report.metrics["decision_recall"] < 1.0


def test_run_eval_extracts_all_documents_at_once_when_the_engine_can(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    write_gold(folder, name="one")
    write_gold(folder, name="two")
    calls: list[int] = []

    class ManyEngine:
        name = "fake"

        def extract(self, document: Document) -> Extraction:
            raise AssertionError("documents should come from extract_many")

        def extract_many(self, documents: list[Document]) -> list[Extraction]:
            calls.append(len(documents))
            return [perfect() for _ in documents]

    code = run_eval(gold_dir=folder, engine=ManyEngine(), save_baseline=None, compare=None,
                    report_path=None, html_path=None, console=Console(file=None, quiet=True))
    assert code == 0
    assert calls == [2]
