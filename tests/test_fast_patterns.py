"""Patterns rewritten to run faster match exactly what their plain forms match."""

from __future__ import annotations

import random
import re

from minutes_ai.dates import _order
from minutes_ai.engines.offline import owners

# The plain forms, as first written.
_SLASH = re.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_US_MARKERS = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)\s*(?:ET|CT|MT|PT|EST|CST|MST|PST|EDT|CDT|MDT|PDT)\b"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}\b",
)

_PIECES = ["1", "12", "3", "/", ".", "a", "x", " ", ",", "-", ":", "05", "2025", "12345", "pm", "PM", "EST",
           "CA", "NY", "June", "May", "July", "March", "August", "Jq", "aJune", "9th", "\n", "_", "é", "ſ"]


def _texts(seed: int, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_slash_dates_are_found_as_before() -> None:
    texts = _texts(1) + ["1/2", "x1/2", "/1/2", "12/31/2024", "3/4/25", "1/2/", ".5/6", "é5/6", "01/02/2025 5/6"]
    for text in texts:
        old = [(m.span(), m.groups()) for m in _SLASH.finditer(text)]
        new = [(m.span(), m.groups()) for m in _order._SLASH.finditer(text)]
        assert new == old, text


def test_us_markers_are_found_as_before() -> None:
    texts = _texts(2) + ["5 pm EST", "x5 pm EST", "12:30 p.m. PDT", "NY 10001", "xNY 10001", "June 3, 2025",
                         "aJune 3, 2025", "May 21st, 2024", "Thursday, February 20, 2025"]
    for text in texts:
        assert any(p.search(text) for p in _order._US_MARKERS) == bool(_US_MARKERS.search(text)), text


def test_role_suffix_gate_agrees_with_the_pattern() -> None:
    words = ["styrelsen", "Kansliet", "IT-avdelningen", "HR-chefen", "lärarna", "Ansvarige", "rektor", "Anna",
             "kommundirektören\n", "styrelsen\n\n", "STYRELSEN", "rådeT", "gruppeN", "ledare", "x", "", "chefeſ",
             "RÅDET", "rÅdet", "r\u212bdet", "Kommunerna", "ekonomen", "sten", "rådet\n", "ådet", "Kassören",
             "kassöreN", "kass\u00d6ren", "eleverna-"]
    for word in words:
        assert owners._role_suffix(word) == bool(owners._ROLE_SUFFIX.search(word)), word


def test_role_suffix_gate_agrees_on_random_words() -> None:
    rng = random.Random(3)
    pieces = ["r", "å", "Å", "\u212b", "d", "e", "t", "n", "a", "chef", "EN", "styrelse", "ö", "ſ", "-", " ", "\n", "k"]
    for _ in range(20000):
        word = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert owners._role_suffix(word) == bool(owners._ROLE_SUFFIX.search(word)), word


def test_dispatched_alternations_match_as_before() -> None:
    from minutes_ai.engines.offline import _dispatch, _fastre, cues

    rng = random.Random(4)
    words = ["vi", "beslutar", "godkändes", "inte", "agreed", "to", "it", "is", "motion", "was", "carried",
             "ok", "alla", "→", "->", "#agreed", "ja,", "kör", "the", "board", "noted", "that", "vote:", "passed",
             "won", "5-2", "set", "for", "mon", "w/", "(omval)", "enighet", "maybe", "would", ".", ",", "\n"]
    checked = 0
    for pattern in (cues.DECISION_VERB, cues.HEDGE):
        plain = re.compile(_fastre.lower_source(pattern.pattern), pattern._compiled.flags)
        fast = _dispatch.dispatched(plain.pattern, plain.flags)
        assert fast is not None
        fast_re = re.compile(fast, plain.flags)
        for _ in range(3000):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
            assert [m.span() for m in fast_re.finditer(text)] == [m.span() for m in plain.finditer(text)], text
            for pos in range(0, len(text) + 1, 3):
                found, expected = fast_re.match(text, pos), plain.match(text, pos)
                assert (found and found.span()) == (expected and expected.span()), (text, pos)
            checked += 1
    assert checked == 6000


def test_top_alternatives_split_like_the_parser() -> None:
    from minutes_ai.engines.offline import _dispatch

    assert _dispatch.top_alternatives(r"a|[|]b|(?:c|d)|\|e|[]|]f") == ["a", "[|]b", "(?:c|d)", r"\|e", "[]|]f"]
    assert _dispatch.top_alternatives("a)|b") is None
    # the inside of a group read up to the bracket that closes it
    assert _dispatch.top_alternatives(r"a|(b|c)|[)]d)e|f", closed=True) == ["a", "(b|c)", "[)]d"]


def test_role_gate_agrees_with_the_pattern() -> None:
    rng = random.Random(5)
    names = sorted(owners._ROLE_NAMES or ())
    assert "ordföranden" in names and "the head teacher" in names
    tokens = [*names, *(n.upper() for n in names), *(n.title() for n in names), "Ordf.", "ORDFÖRANDEN",
              "Kassören\n", "chair\n", "styrelsen ", "Anna", "", "Sekr", "vice-chair", "vice chair", "ſtaff",
              "\u212bll", "Kelvin\u212a", "head  teacher"]
    pieces = ["the ", "chair", "man", "o", "rdf", ".", "PL", "ſ", "Å", "å", "\n", " ", "-"]
    tokens += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(5000)]
    for token in tokens:
        assert owners._role(token) == bool(owners._ROLE.match(token)), token


def test_trigger_words_are_found_as_before() -> None:
    from minutes_ai.dates import _phrases

    words = set().union(*_phrases.TRIGGERS)
    assert all(words)
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    rng = random.Random(6)
    pieces = [*sorted(words), "x", " ", "a", "s", "t", "e", "d", ":", "ag", "veckan", "THE"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert _phrases.TRIGGER_RE.findall(text) == plain.findall(text), text


def test_literal_gates_pass_whatever_their_pattern_matches() -> None:
    from minutes_ai.engines.offline import cues, rules

    gates = [(rules._MAY_REQUEST, cues.REQUEST.match), (rules._MAY_ASSIGN, cues.ASSIGNED_TO.search),
             (rules._MAY_GO, rules._GOING_TO.match), (rules._MAY_DASH, rules._DASH_OWNER.match),
             (rules._MAY_BE, rules._EN_PASSIVE_TASK.match), (rules._MAY_OUTCOME, rules.OUTCOME.match)]
    samples = ["Petter, kan du boka salen?", "Action on Bob to call", "assigned to Ann Lee", "Ruth's going to call",
               "Bo – boka buss senast 3/4", "Minutes to be circulated", "Det blir så", "Fia justerar.",
               "Ann took an action to check", "We're gonna do it", "Jo, can you send it", "plain words only"]
    rng = random.Random(7)
    pieces = ["Petter", ",", " ", "kan du", "Action on", "Bob", "assigned to", "'s", "going to", "gonna", "–", "-",
              "—", "to be", "circulated", "Det blir", "så", "justerar", "x", "Ann", "will be", "mailed", "\n"]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20000)]
    matched = 0
    for gate, run in gates:
        for text in samples:
            if run(text):
                matched += 1
                assert gate(text), text
    assert matched > 20
    assert rules._MAY_ASSIGN("nothing here") is None and rules._MAY_DASH("no dash") is None


def test_we_gate_letters_are_the_patterns_first_letters() -> None:
    import sys

    from minutes_ai.engines.offline import rules

    assert frozenset("vwea") == rules._WE_FIRST
    for i in range(sys.maxunicode + 1):
        char = chr(i)
        if rules._WE.match(char + "i ") or rules._WE.match(char + "e "):
            assert char.lower()[:1] in rules._WE_FIRST, hex(i)


def test_one_word_owner_lists_split_as_before() -> None:
    from minutes_ai.engines.offline.owners import _OWNER_SPLIT, split_owner_list

    def plain(text: str) -> list[str]:
        return [p.strip() for p in _OWNER_SPLIT.split(text.strip()) if p.strip()]

    for text in ["Anna", "och", "and", "o", "Bo", "Åsa", " Anna ", "Och", "AND", "ö", "Anna och Bo", "kl o mj",
                 "A,B", "Bo-och", "", " ", "x/y", "ſ", "İ", "Anna\n"]:
        assert split_owner_list(text) == plain(text), text


def test_writer_task_split_finds_what_the_pattern_finds() -> None:
    from minutes_ai.engines import offline

    rng = random.Random(8)
    pieces = ["I", "i", "jag", "Jag", " ", "'ll", "will", "ok", ",", "lovade", "promised", "att", "to", "och", "x",
              "ſ", "İ", "\n", "bokar", "så"]
    texts = ["I'll send it", "ok, jag bokar", "Sedan lovade jag att ringa", "Bo said i promised to", "x i lovade att"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20000)]
    assert offline._SPLIT
    for text in texts:
        assert offline._writer_task(text) == bool(offline._WRITER_TASK.search(text)), text


def test_unanchored_part_keeps_the_other_branches() -> None:
    from minutes_ai.engines.offline._dispatch import unanchored_part

    assert unanchored_part(re.compile(r"^a|b|^c"))[1].pattern == "b"  # type: ignore[union-attr]
    assert unanchored_part(re.compile(r"^a|^c"))[0] is False  # the parser joins the two "^": not split
    assert unanchored_part(re.compile(r"a|b"))[0] is False
    assert unanchored_part(re.compile(r"^a|b", re.M))[0] is False


def test_no_branch_after_a_word_boundary_opens_on_a_mark_that_never_follows_a_word() -> None:
    # "\b(?:...|\((?:klart)\)|->\s*nej|...)": a branch that opens on a bracket, an arrow, a hash or a
    # tilde can only match where a letter stands right before that mark, so it is dead in notes.
    import importlib
    import pkgutil

    import minutes_ai.engines.offline as offline
    from minutes_ai.engines.offline import _dispatch

    dead = []
    for info in pkgutil.iter_modules(offline.__path__):
        module = importlib.import_module(f"minutes_ai.engines.offline.{info.name}")
        for name, value in vars(module).items():
            source = getattr(value, "pattern", None)
            if not isinstance(source, str):
                continue
            for opening in re.finditer(r"\\b\(\?:", source):
                branches = _dispatch.top_alternatives(source[opening.end():], closed=True) or []
                dead += [(info.name, name, b[:30]) for b in branches
                         if b.startswith(("\\(", "\\[", "(?:→", "(?:->", "->", "→", "#", "~", "<", ">"))]
    assert not dead, dead

