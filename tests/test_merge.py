"""Merging per-chunk results: one item per decision/action, all evidence kept."""

from __future__ import annotations

import datetime as dt

from minutes_ai.merge import (
    assign_agenda,
    merge_actions,
    merge_decisions,
    owners_compatible,
)
from minutes_ai.schemas import ActionItem, AgendaItem, Decision, Evidence

TEXT = "x" * 2000  # offsets only; quotes are taken from here so evidence stays verbatim


def ev(start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, quote=TEXT[start:end])


def decision(
    text: str, *spans: tuple[int, int], grounded: bool = True, agenda: int | None = None
) -> Decision:
    return Decision(
        text=text, evidence=[ev(*s) for s in spans], grounded=grounded, agenda_item=agenda
    )


def action(task: str, *spans: tuple[int, int], owner: str | None = None, **extra) -> ActionItem:
    return ActionItem(task=task, owner=owner, evidence=[ev(*s) for s in spans], **extra)


def test_similar_wording_merges_and_keeps_all_evidence_sorted():
    a = decision("Mötet beslutade att anta budgeten för 2024.", (500, 540))
    b = decision("mötet beslutade att anta budgeten för 2024", (100, 140), (500, 540))
    (merged,) = merge_decisions([a, b])
    assert [(e.start, e.end) for e in merged.evidence] == [(100, 140), (500, 540)]
    # The text of the earliest-evidenced copy is kept.
    assert merged.text == b.text


def test_overlapping_evidence_with_loosely_similar_wording_merges():
    a = decision("Styrgruppen antog budgeten", (100, 160))
    b = decision("Budgeten för nästa år antogs av styrgruppen med ändringar", (120, 180))
    (merged,) = merge_decisions([a, b])
    assert [(e.start, e.end) for e in merged.evidence] == [(100, 160), (120, 180)]


def test_overlapping_evidence_but_different_decisions_stay_apart():
    a = decision("Anna Berg valdes till ordförande", (100, 200))
    b = decision("Revisionsberättelsen lades till handlingarna", (100, 200))
    assert len(merge_decisions([a, b])) == 2


def test_distinct_decisions_stay_apart_and_are_ordered():
    a = decision("Budgeten antogs", (900, 920))
    b = decision("Nästa möte flyttas till april", (100, 130))
    out = merge_decisions([a, b])
    assert [d.text for d in out] == ["Nästa möte flyttas till april", "Budgeten antogs"]


def test_different_numbers_stay_apart():
    a = decision("Budgeten för 2024 antogs", (10, 30))
    b = decision("Budgeten för 2025 antogs", (60, 80))
    c = decision("Budgeten antogs", (90, 110))
    out = merge_decisions([a, b, c])
    assert [d.text for d in out] == [a.text, b.text]
    assert {d.evidence[0].start for d in out} == {10, 60}
    assert sum(len(d.evidence) for d in out) == 3


def test_ungrounded_copy_does_not_add_its_offsets():
    a = decision("Budgeten för 2024 antogs", (300, 330))
    b = decision("Budgeten för 2024 antogs", (0, 5), grounded=False)
    (merged,) = merge_decisions([a, b])
    assert merged.grounded
    assert [(e.start, e.end) for e in merged.evidence] == [(300, 330)]


def test_ungrounded_evidence_does_not_count_as_overlap():
    a = decision("Styrgruppen antog budgeten", (100, 160), grounded=False)
    b = decision(
        "Budgeten för nästa år antogs av styrgruppen med ändringar", (120, 180), grounded=False
    )
    assert len(merge_decisions([a, b])) == 2


def test_agenda_item_kept_from_any_copy():
    a = decision("Budgeten antogs", (10, 20))
    b = decision("Budgeten antogs", (50, 60), agenda=3)
    (merged,) = merge_decisions([a, b])
    assert merged.agenda_item == 3


def test_actions_merge_preferring_owner_and_deadline():
    a = action("Skicka protokollet till alla", (700, 740), owner="Henry")
    b = action(
        "skicka protokollet till alla",
        (100, 140),
        owner="Henry Asher",
        deadline=dt.date(2024, 1, 26),
        deadline_text="senast 26/1",
    )
    c = action("Skicka protokollet till alla.", (400, 440))
    (merged,) = merge_actions([a, c, b])
    assert merged.owner == "Henry Asher"
    assert merged.deadline == dt.date(2024, 1, 26)
    assert merged.deadline_text == "senast 26/1"
    assert [e.start for e in merged.evidence] == [100, 400, 700]


def test_deadline_text_without_date_is_kept():
    a = action("Boka lokal till workshopen", (10, 40), owner="Lisa")
    b = action(
        "Boka lokal till workshopen", (90, 120), owner="Lisa", deadline_text="till nästa möte"
    )
    (merged,) = merge_actions([a, b])
    assert merged.deadline is None and merged.deadline_text == "till nästa möte"


def test_dated_copy_without_words_takes_words_from_another_copy():
    a = action("Boka lokal till workshopen", (10, 40), owner="Lisa", deadline=dt.date(2024, 5, 2))
    b = action("Boka lokal till workshopen", (90, 120), deadline_text="senast 2 maj")
    (merged,) = merge_actions([a, b])
    assert merged.deadline == dt.date(2024, 5, 2)
    assert merged.deadline_text == "senast 2 maj"
    assert merged.owner == "Lisa"


def test_same_task_different_owner_stays_apart():
    a = action("Återkoppla till nästa möte", (10, 40), owner="Anna")
    b = action("Återkoppla till nästa möte", (10, 40), owner="Bo")
    assert len(merge_actions([a, b])) == 2


def test_same_task_different_deadline_stays_apart():
    a = action("Skicka rapporten", (10, 40), owner="Anna", deadline=dt.date(2024, 3, 1))
    b = action("Skicka rapporten", (60, 90), owner="Anna", deadline=dt.date(2024, 4, 1))
    assert len(merge_actions([a, b])) == 2


def test_ownerless_copy_cannot_chain_two_owners():
    a = action("Återkoppla om remissen", (10, 40), owner="Anna")
    b = action("Återkoppla om remissen", (50, 80))
    c = action("Återkoppla om remissen", (90, 120), owner="Bo")
    out = merge_actions([a, b, c])
    assert len(out) == 2
    assert sorted(o.owner or "" for o in out) == ["Anna", "Bo"]
    assert sum(len(o.evidence) for o in out) == 3


def test_overlapping_evidence_different_tasks_same_sentence():
    # "Anna bokar lokal och Bo skickar inbjudan": one sentence, two actions.
    a = action("Boka lokal", (100, 160), owner="Anna")
    b = action("Skicka inbjudan", (100, 160), owner="Bo")
    assert len(merge_actions([a, b])) == 2


def test_owner_compatibility():
    assert owners_compatible(None, "Anna")
    assert owners_compatible("Henry", "Henry Asher")
    assert owners_compatible("henry asher", "Henry Asher")
    assert owners_compatible("HA", "Henry Asher")
    assert owners_compatible("Anna, Bo", "Bo och Anna")
    assert owners_compatible("Anna, Bo", "Anna")
    assert not owners_compatible("Anna", "Bo")
    assert not owners_compatible("HA", "Helena Berg")


def test_merge_of_many_items_is_stable():
    items = [
        decision(f"Beslut nummer {i} om ärende {i * 7}", (i * 10, i * 10 + 5)) for i in range(150)
    ]
    out = merge_decisions(items + items[:10])
    assert len(out) == 150
    assert [d.text for d in out] == [d.text for d in items]


AGENDA = [
    AgendaItem(number="1", title="Öppnande", start=0, end=100),
    AgendaItem(number="2", title="Budget", start=100, end=400),
    AgendaItem(number="2a", title="Investeringar", start=200, end=300),
]


def test_assign_agenda_innermost_containing_point():
    items = [
        decision("a", (50, 60)),
        decision("b", (100, 110)),
        decision("c", (250, 260), (20, 30)),  # first evidence decides: point 1
        decision("d", (250, 260)),
        decision("e", (399, 420)),
        decision("f", (400, 420), agenda=1),  # outside every point
    ]
    out = assign_agenda(items, AGENDA)
    assert [d.agenda_item for d in out] == [0, 1, 0, 2, 1, None]


def test_assign_agenda_leaves_ungrounded_items():
    item = decision("x", (250, 260), grounded=False, agenda=0)
    (out,) = assign_agenda([item], AGENDA)
    assert out.agenda_item == 0


def test_assign_agenda_works_for_actions():
    (out,) = assign_agenda([action("Boka", (120, 130), owner="Anna")], AGENDA)
    assert out.agenda_item == 1
