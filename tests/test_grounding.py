"""Evidence location: exact, normalised and fuzzy, always cut verbatim from the source."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from minutes_ai.grounding import MIN_FUZZY_CHARS, ground, locate, locate_all, normalise
from minutes_ai.schemas import ActionItem, Decision, Evidence

SOURCE = (
    "# Styrgruppsmöte 2024-03-12\n"
    "\n"
    "Närvarande: Åsa Öberg (ordförande), Pär Ärlig\n"
    "\n"
    "3. Budget\n"
    "- **Beslut:** Styrgruppen beslutade att anta\n"
    "  budgeten för 2024 med ändringen att ”resor” minskas.\n"
    "- Åsa  Öberg   skickar protokollet till __alla__ senast 26/1.\n"
    "\n"
    "4. Övrigt\n"
    "Nästa möte den 9 april kl. 13.00.\n"
)


def check(ev: Evidence | None, text: str = SOURCE) -> Evidence:
    assert ev is not None
    assert text[ev.start : ev.end] == ev.quote
    return ev


def test_exact_match():
    ev = check(locate("Nästa möte den 9 april", SOURCE))
    assert ev.start == SOURCE.index("Nästa möte")


def test_exact_prefers_window_then_nearest():
    text = "Anna ringer. Bo läser. Anna ringer. Cilla skriver. Anna ringer."
    first, second, third = (i for i in range(len(text)) if text.startswith("Anna ringer", i))
    assert check(locate("Anna ringer", text), text).start == first
    assert (
        check(locate("Anna ringer", text, start=second - 2, end=second + 20), text).start == second
    )
    # Not inside the window: the occurrence nearest to its edges wins.
    assert check(locate("Anna ringer", text, start=30, end=40), text).start == second
    assert check(locate("Anna ringer", text, start=37, end=45), text).start == third
    assert check(locate("Anna ringer", text, start=50, end=len(text) - 3), text).start == third


def test_quote_with_surrounding_whitespace_is_trimmed():
    ev = check(locate("  Övrigt\n", SOURCE))
    assert ev.quote == "Övrigt"


def test_swedish_letters_different_case():
    ev = check(locate("ÅSA ÖBERG (ORDFÖRANDE), PÄR ÄRLIG", SOURCE))
    assert ev.quote == "Åsa Öberg (ordförande), Pär Ärlig"


def test_decomposed_letters_match_composed_quote():
    text = "Beslut: a\u030arsmo\u0308tet flyttas."  # å and ö written as base + combining mark
    ev = check(locate("årsmötet flyttas", text), text)
    assert ev.start == text.index("a\u030a")
    assert ev.end == text.index(".")


def test_quote_spanning_line_break_and_bold_markup():
    quote = "Beslut: Styrgruppen beslutade att anta budgeten för 2024"
    ev = check(locate(quote, SOURCE))
    assert ev.quote.startswith("Beslut:**")
    assert ev.quote.endswith("budgeten för 2024")
    assert "\n" in ev.quote


def test_collapsed_whitespace_and_markup_in_source():
    ev = check(locate("Åsa Öberg skickar protokollet till alla senast 26/1", SOURCE))
    assert ev.quote == "Åsa  Öberg   skickar protokollet till __alla__ senast 26/1"


def test_smart_quotes_ignored():
    ev = check(locate('ändringen att "resor" minskas', SOURCE))
    assert ev.quote == "ändringen att ”resor” minskas"


def test_bullets_and_headings_do_not_block_a_match():
    ev = check(locate("Budget Beslut:", SOURCE))
    assert ev.quote == "Budget\n- **Beslut:"


def test_normalise_is_idempotent_and_drops_markup():
    once = normalise("**Beslut:**  Mötet\n- Tar  ”Ställning”")
    assert once == "beslut: mötet tar ställning"
    assert normalise(once) == once


def test_fuzzy_match_widens_to_words():
    # One letter wrong and one word changed: only the fuzzy step can find it.
    quote = "Styrgruppen beslötade att anta budgeten för år 2024"
    ev = check(locate(quote, SOURCE))
    assert ev.quote.startswith("Styrgruppen")
    assert ev.quote.endswith("2024")


def test_fuzzy_threshold_respected():
    quote = "Styrgruppen beslötade att anta budgeten för år 2024"
    assert locate(quote, SOURCE, threshold=99.5) is None


def test_absent_quote_is_none():
    assert locate("Kommunfullmäktige godkände detaljplanen för hamnen", SOURCE) is None
    assert locate("", SOURCE) is None
    assert locate("  \n ", SOURCE) is None
    assert locate("**", SOURCE) is None


def test_short_quotes_are_never_fuzzy():
    assert len(normalise("Budgett")) < MIN_FUZZY_CHARS
    assert locate("Budgett", SOURCE) is None


def test_fuzzy_prefers_the_window():
    block = "Lisa bokar lokal till höstens workshop om trygghet.\n"
    text = block + "Annat.\n" * 50 + block
    quote = "Lisa bokar lokalen till höstens workshop om trygghet"
    ev = check(locate(quote, text, start=len(text) - len(block), end=len(text)), text)
    assert ev.start == len(text) - len(block)


@pytest.mark.parametrize(
    "quote",
    [
        "STYRGRUPPEN beslutade att anta budgeten",
        "anta\nbudgeten",
        "Pär  Ärlig",
        "senast 26/1.",
        "Nästa möte den 9 april kl 13.00",
        "budgeten för 2024 med ändringen att resor minskas",
        "Åsa Öberg skickar protokollet tll alla senast 26/1",
    ],
)
def test_invariant_on_every_result(quote):
    check(locate(quote, SOURCE))


def test_window_outside_text_is_clamped():
    check(locate("Övrigt", SOURCE, start=10_000, end=20_000))
    check(locate("Övrigt", SOURCE, start=-5, end=3))


def test_locate_all_splits_elided_quotes():
    evs = locate_all("Styrgruppen beslutade att anta ... ”resor” minskas", SOURCE)
    assert len(evs) == 2
    for ev in evs:
        check(ev)
    assert evs[0].start < evs[1].start
    assert locate_all("Styrgruppen beslutade … helt påhittat här", SOURCE) == []


def _decision(quote: str, start: int = 0, end: int = 0) -> Decision:
    return Decision(text="x", evidence=[Evidence(start=start, end=end, quote=quote)])


def test_ground_items():
    good_offsets = SOURCE.index("Övrigt")
    items = [
        _decision("Övrigt", good_offsets, good_offsets + len("Övrigt")),  # already right
        _decision("styrgruppen beslutade att anta budgeten"),  # wrong offsets, findable
        _decision("Regionstyrelsen sade nej till allt"),  # not in the source
    ]
    kept, relocated, missing = ground(items, SOURCE)
    assert kept.grounded and kept.evidence == items[0].evidence
    assert relocated.grounded
    check(relocated.evidence[0])
    assert relocated.evidence[0].start == SOURCE.index("Styrgruppen")
    assert not missing.grounded
    assert missing.evidence == items[2].evidence


def test_ground_action_with_one_missing_quote_is_not_grounded():
    action = ActionItem(
        owner="Åsa",
        task="skicka protokollet",
        evidence=[
            Evidence(start=0, end=0, quote="skickar protokollet till alla"),
            Evidence(start=0, end=0, quote="helt annan mening som inte finns"),
        ],
    )
    (out,) = ground([action], SOURCE)
    assert not out.grounded
    assert len(out.evidence) == 1
    check(out.evidence[0])


def test_ground_deduplicates_evidence():
    action = ActionItem(
        task="skicka",
        evidence=[
            Evidence(start=0, end=0, quote="senast 26/1"),
            Evidence(start=0, end=0, quote="SENAST 26/1"),
        ],
    )
    (out,) = ground([action], SOURCE)
    assert out.grounded and len(out.evidence) == 1


SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_mangled_quotes_from_real_notes(seed):
    """Quotes re-cased, re-spaced or stripped of markup are found with the same wording."""
    text = seed.read_text(encoding="utf-8")
    rng = random.Random(seed.name)
    for _ in range(60):
        a = rng.randrange(len(text) - 160)
        b = a + rng.randrange(30, 150)
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        while b < len(text) and text[b].isalnum():
            b += 1
        original = text[a:b]
        if len(normalise(original)) < 20:
            continue
        mangled = re.sub(r"\s+", " ", original.replace("**", "")).upper()
        ev = check(locate(mangled, text, start=a, end=b), text)
        assert normalise(ev.quote) == normalise(mangled)
        assert ev.start < b and a < ev.end  # the window's own occurrence
        typo = mangled[:10] + "Q" + mangled[11:]
        ev = check(locate(typo, text, start=a, end=b), text)
        assert ev.start < b and a < ev.end
