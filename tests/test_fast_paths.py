"""The offline engine's fast paths give the same answers as the plain regexes they stand for."""

from __future__ import annotations

import random
import re

import pytest

from minutes_ai.engines.offline import _fastre, _literals
from minutes_ai.engines.offline.owners import _MID_PROPER, _name_pairs
from minutes_ai.engines.offline.segment import _last_word, clean, split_blocks

_ALPHABET = ["Anna", "Berg", "beslut", "BESLUT", "ade", " ", "\n", ".", ":", "!", "- ", "**", ", ",
             "och", "x", "Ö", "é", "\t", "Bo-Ek", "a", "senast", "Fredag", "1", "§", "|"]


def _samples(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(count)]


@pytest.mark.parametrize(
    "source, expected",
    [
        (r"\b(?:beslut(?:ade|ar)|decided)\s+att", {"besluta", "decided"}),
        (r"senast\s+\d+", {"senast"}),
        (r"(?:ab|cd)x", ()),  # needles under three characters prefilter nothing
        (r"(?i:beslut)", ()),  # inline flags: literals may match other characters
        (r"\w+|beslut", ()),  # one branch has no literal: nothing is required
    ],
)
def test_required_literals(source: str, expected: object) -> None:
    assert set(_literals.required_literals(source)) == set(expected)  # type: ignore[call-overload]


def test_every_match_holds_a_required_literal() -> None:
    source = r"\b(?:klart? )?(?:senast|innan|före)\s+(?:nästa\s+)?(?:möte|mötet|fredag)\b"
    needles = _literals.required_literals(source)
    assert needles
    pattern = re.compile(source)
    for text in _samples(3000, 1) + ["klar senast nästa möte", "innan fredag", "före mötet"]:
        found = pattern.search(text)
        if found is not None:
            assert any(n in text for n in needles)


def test_anchored() -> None:
    assert _literals.anchored(r"^(?:a|b)c")
    assert _literals.anchored(r"^a|^b")
    assert not _literals.anchored(r"^a|b")
    assert not _literals.anchored(r"^a", re.MULTILINE)


@pytest.mark.parametrize(
    "source",
    [r"\b(?P<verb>beslutade?s?)\b", r"^(?P<who>\w+) (?:tar|will) (?P<what>.+)$", r"senast (?P<d>\w+)",
     # some branches tied to the start, the others stepped through or searched
     r"^(?:anna|x)\b|\bberg\b|^(?:[A-ZÅÄÖ]\w*\s+){1,2}beslut|\bfredag",
     r"^(?:beslut|senast)\b|\w+ och\b|^\s*:"],
)
def test_lower_pattern_matches_like_ignorecase(source: str) -> None:
    plain = re.compile(source, re.IGNORECASE)
    fast = _fastre.LowerPattern(plain)
    texts = _samples(2000, 2) + ["Styrelsen BESLUTADE att", "Anna tar Protokollet", "klart SENAST Fredag"]
    for text in texts:
        for pos in (0, 3):
            want, got = plain.search(text, pos), fast.search(text, pos)
            assert (want is None) == (got is None), text
            if want is not None:
                assert got.span() == want.span()
                assert got.group(0) == want.group(0)  # the original's case, not lower case
            want, got = plain.match(text, pos), fast.match(text, pos)
            assert (want is None) == (got is None), text
            if want is not None:
                assert got.group(0) == want.group(0)


def test_last_word_is_the_trailing_word() -> None:
    texts = _samples(5000, 3) + ["x" * 100, "ab " + "c" * 60, "bl.a", "t.ex\n", ""]
    for text in texts:
        found = re.search(r"[\w.]+$", text)
        assert _last_word(text) == (found.group(0) if found else None), text


def test_name_patterns_match_their_plain_forms() -> None:
    mid = re.compile(r"(?<=[a-zåäöéü0-9,;:)] )[A-ZÅÄÖÉÜ][a-zåäöéüøæ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
    pair = re.compile(
        r"(?:^|[.!?:]\s+|\n[ \t]*(?:[-*•]\s+)?(?:\*\*)?)([A-ZÅÄÖÉÜ][a-zåäöéü]+)\s+"
        r"[A-ZÅÄÖÉÜ][a-zåäöéü]+(?=[ ,]+[a-zåäö])"
    )
    texts = _samples(5000, 4) + ["Anna Berg tar det. Bo Ek och Cia Dahl ses", "- **Anna Berg ringer"]
    for text in texts:
        assert _MID_PROPER.findall(text) == mid.findall(text), text
        assert _name_pairs(text) == pair.findall(text), text


def test_clean_and_blocks_on_markup() -> None:
    assert clean("**Beslut:**  godkänd\tnu ") == "Beslut: godkänd nu"
    assert clean("  plain words ") == "plain words"
    text = "| a | b | c |\n|---|---|---|\n# Rubrik\n**Fet rad**\n- punkt\n\nVanlig rad."
    kinds = [b.kind for b in split_blocks(text, 0, len(text))]
    assert kinds == ["table", "rule", "heading", "bold", "bullet", "para"]


@pytest.mark.parametrize(
    "source, expected",
    [
        (r"\b(?:beslut(?:ade|ar)|decided)\s+att", {"beslutade", "beslutar", "decided"}),
        (r"(?:och )?så blir|[–-]x|^voted", {"och så blir", "så blir", "-x", "–x", "voted"}),
        (r"(?:ab)+c", {"ab"}),  # a repetition may follow itself: no "abc"
        (r"(?:ab)*c", {"ab", "c"}),
        (r"\s*ab", ()),  # a class too wide to list
        (r"a?", ()),  # may match the empty string
    ],
)
def test_start_literals(source: str, expected: object) -> None:
    assert set(_literals.start_literals(source)) == set(expected)  # type: ignore[call-overload]


def test_stepped_search_finds_the_leftmost_match() -> None:
    source = r"\b(?:beslut(?:ade|ar)|decided|(?:ab)+c)\b|(?<=x)yz|^voted"
    plain = re.compile(source)
    fast = _fastre.LowerPattern(re.compile(source, re.IGNORECASE))
    texts = _samples(3000, 5) + ["xyz ababc beslutade", "voted yes", "a voted", "abab abc", "xxyz"]
    for text in texts:
        low = text.lower()
        for pos in (0, 1, 4):
            want, got = plain.search(low, pos), fast.search(text, pos)
            assert (want is None) == (got is None), (text, pos)
            if want is not None:
                assert got.span() == want.span(), (text, pos)


def test_verb_may_follow_matches_its_plain_form() -> None:
    from minutes_ai.engines.offline import cues, rules

    def plain(text: str, end: int) -> bool:
        rest = text[end:].lstrip(" ")
        if not rest or rest[0] in ",(" or rest[0].islower():
            return True
        word = rest.split(maxsplit=1)[0].casefold()
        return word in cues.TASK_VERBS or word in cues.FUTURE_ONLY_VERBS

    texts = [*_samples(400, 7), "Anna Bokar lokalen", "Anna  Skickar\tut", "Bo  ", "Bo \tKontaktar x"]
    for text in texts:
        for end in range(len(text) + 1):
            try:
                expected: object = plain(text, end)
            except IndexError:
                expected = IndexError
            try:
                got: object = rules._verb_may_follow(text, end)
            except IndexError:
                got = IndexError
            assert got == expected, (text, end)


def test_header_read_to_the_end_equals_one_read_to_any_later_stop() -> None:
    from pathlib import Path

    from minutes_ai._structure_header import parse_header
    from minutes_ai._structure_lines import Watched, split_lines
    from minutes_ai.structure import _is_point

    seeds = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
    text = "\n\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    lines = split_lines(text)
    checked = 0
    for lo in range(0, len(lines), 7):
        view = Watched(lines)
        whole = parse_header(view, lo, len(lines), _is_point, {})  # type: ignore[arg-type]
        assert lo <= whole.end_index <= max(view.reach, lo)
        for hi in {view.reach, view.reach + 1, (view.reach + len(lines)) // 2}:
            if view.reach <= hi < len(lines):
                assert parse_header(lines, lo, hi, _is_point, {}) == whole, (lo, hi)
                checked += 1
    assert checked > 20


def test_watched_view_records_how_far_it_was_read() -> None:
    from minutes_ai._structure_lines import Watched, split_lines

    lines = split_lines("a\nb\nc\nd\ne\n")
    view = Watched(lines)
    assert view.reach == 0 and len(view) == len(lines)
    assert view[1] is lines[1] and view.reach == 2
    assert view[0:3] == lines[0:3] and view.reach == 3
    assert view[2:100] == lines[2:] and view.reach == len(lines)
    other = Watched(lines)
    assert other[-1] is lines[-1] and other.reach == len(lines)


def _rests() -> list[str]:
    """Texts that follow a subject: every lead word and phrase, in several cases and with
    what may come after, besides random text and narration."""
    from minutes_ai.engines.offline import cues, rules

    words = sorted(rules._LEAD_WORDS | cues.NARRATION | cues.EN_NARRATION | cues.NOT_SUBJECT | cues.SV_IMPERATIVES)
    words += ["informerade", "presenterade", "reported", "noted", "sends", "watches", "buying", "being",
              "running", "går ut", "lyfter frågan till", "tar fram", "har i uppdrag att", "is to", "wants to",
              "hopes to", "likes to", "asks whether", "frågar om", "träffas och tar fram", "meets and agrees",
              "updates the group", "will", "'ll", "ska", "får boka", "får i uppgift att", "pays", "ok", "x"]
    tails = ["", " det", " the list by Friday", " och bokar", ", senare", " inte", " tbd"]
    rests = [w + t for w in words for t in tails]
    rests += [r.capitalize() for r in rests] + [r.upper() for r in rests[:400]]
    rests += [f"{w}{p} rest" for w in words[:200] for p in (",", ".", ":", ";")]
    return rests + [s.strip() for s in _samples(3000, 8) if s.strip()]


def test_may_lead_never_rules_out_a_task_lead() -> None:
    from minutes_ai.engines.offline import cues, rules

    sentences = ("x", "senast nästa möte", "next meeting before Friday")  # every sentence test passes on these
    ruled_out = 0
    for rest in _rests():
        if rules._may_lead(rest):
            continue
        ruled_out += 1
        assert rest.split(maxsplit=1)[0].casefold() not in cues.EN_IMPERATIVES, rest
        for lang in ("sv", "en"):
            for known in (True, False):
                for sentence in sentences:
                    assert rules._task_lead(rest, lang, known_subject=known, sentence=sentence) is None, rest
    assert ruled_out > 500


def test_may_lead_words_fold_like_the_first_word() -> None:
    from minutes_ai.engines.offline import cues, rules

    # _subject_task's plural fallback looks a word up unstripped; _may_lead strips ",.:;".
    assert all(w == w.strip(",.:;") and w == w.casefold() for w in cues.EN_IMPERATIVES)
    assert all(w == w.casefold() for w in rules._LEAD_WORDS)


def test_clause_cuts_match_their_plain_form() -> None:
    from minutes_ai.engines.offline import rules

    plain = re.compile(
        r"\s(?:att|that)\s(?=[A-ZÅÄÖ]|(?:varje|alla|samtliga|respektive) )|\s[—–-]\s|\s(?:->|→|=>)\s|:\s|;\s"
        r"|,\s(?=[A-ZÅÄÖ]|[a-zåäö]{2,3}\s)"
        r"|\s(?:och|men|so|and|but)\s(?=[A-ZÅÄÖ])"
    )
    pieces = [" ", "\t", "\n", "\u00a0", "att", "that", "och", "and", "so", "but", "men", "alla", "varje", "–", "—",
              "-", "->", "→", "=>", ":", ";", ",", "Anna", "Öst", "ab", "bokar", "x", "."]
    rng = random.Random(9)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    texts += ["Julbord: Lina bokar", "Frågan kom upp – Helena ska", "vi köper, ab bokar", "beslut att Anna och Bo tar"]
    for text in texts:
        assert [m.span() for m in rules._CLAUSE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_long_alternation_with_unstarted_branches_searches_like_the_plain_pattern() -> None:
    words = [f"{a}{b}" for a in ("an", "be", "sl", "fr", "se") for b in ("na", "rg", "ut", "ed", "ag", "st", "ada", "ag x",
                                                                    "g", "ast", "ut ", "n")]
    source = r"\b(?:" + "|".join([*words[:30], r"\w+ och fredag(?=\W*$)", *words[30:], r"[a-z]+ it is\b"]) + r")\b"
    plain = re.compile(source, re.IGNORECASE)
    fast = _fastre.LowerPattern(plain)
    assert _fastre._stepped_unless(_fastre.lower_source(source), 0) is not None  # the path under test
    texts = _samples(4000, 10) + ["Anna och Fredag", "x berg it is", "seut it is beslut", "ann Berg och fredag."]
    for text in texts + [t + " och fredag" for t in texts[:500]] + [t + " it is" for t in texts[:500]]:
        for pos in (0, 2):
            want, got = plain.search(text, pos), fast.search(text, pos)
            assert (want is None) == (got is None), (text, pos)
            if want is not None:
                assert got.span() == want.span(), (text, pos)


def test_emphasis_marks_match_their_plain_form() -> None:
    from minutes_ai.engines.offline.segment import _MARKS

    plain = re.compile(r"\*{1,3}|_{2,3}|`")
    rng = random.Random(11)
    texts = ["".join(rng.choice("*_`a ") for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in texts + _samples(2000, 12):
        assert [m.span() for m in _MARKS.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert _MARKS.sub("", text) == plain.sub("", text), text


def test_stepped_search_from_word_boundaries_finds_the_leftmost_match() -> None:
    source = r"\b(?:beslut(?:ade|ar)|decided|(?:ab)+c|x\w*|é?a-b)"
    at_boundary = _literals.tree_facts(source)[4]  # every match opens with "\b": the finder too
    assert at_boundary and _fastre._start_finder(at_boundary, ("ab",), 0).pattern.startswith(r"\b")
    assert not _literals.tree_facts(r"(?:ab)+c|\bx")[4]
    plain = re.compile(source)
    fast = _fastre.LowerPattern(re.compile(source, re.IGNORECASE))
    texts = _samples(4000, 13) + ["xbeslutade beslutar", "abab abc", "a-b éa-b", "1decided decided", "_x x"]
    for text in texts:
        low = text.lower()
        for pos in (0, 1, 4):
            want, got = plain.search(low, pos), fast.search(text, pos)
            assert (want is None) == (got is None), (text, pos)
            if want is not None:
                assert got.span() == want.span(), (text, pos)


def test_needles_found_after_a_match_give_what_needles_tested_first_give() -> None:
    # Needles need not follow from the pattern: "stay as" is none, so it never counts.
    source = r"\b(?:beslut(?:ade|ar)|decided|stay as (?:it|they) (?:is|are)|anna\w*|berg)\b"
    needles = ("beslut", "decided", "stays", "anna", "xx1", "xx2", "xx3", "xx4", "xx5", "xx6", "xx7", "xx8", "xx9")
    assert len(needles) > _fastre._CHAIN_MAX
    fast = _fastre.LowerPattern(re.compile(source, re.IGNORECASE), needles)
    plain = re.compile(source)
    texts = _samples(3000, 14) + ["Tiers stay as they are", "Anna: stays as it is", "berg beslutar", "bergs decided"]
    for text in texts:
        low = text.lower()
        for pos in (0, 2):
            want = plain.search(low, pos) if any(n in low for n in needles) else None
            got = fast.search(text, pos)
            assert (want is None) == (got is None), (text, pos)
            if want is not None:
                assert got.span() == want.span(), (text, pos)


def test_needle_prefilters_never_reject_a_line_their_pattern_matches():
    """The needle lists (``_NEEDLES`` of cues and of every rule module) decide what a pattern can
    match: over every line of the development notes, a pattern with its prefilter finds a match
    exactly where the plain pattern does."""
    import importlib
    import pkgutil
    import re
    from pathlib import Path

    import minutes_ai.engines.offline as offline

    root = Path(__file__).resolve().parents[1]
    lines = [line for path in sorted((root / "eval" / "dev" / "notes").iterdir())
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 5000
    modules = [importlib.import_module(f"{offline.__name__}.{info.name}") for info in pkgutil.iter_modules(offline.__path__)]
    kept = [(module, name) for module in modules for name in getattr(module, "_NEEDLES", {})]
    assert {m.__name__.rsplit(".", 1)[-1] for m, _ in kept} >= {"cues", "_rules_verbs", "_rules_assigned"}
    for module, name in kept:
        fast = getattr(module, name)
        plain = re.compile(fast.pattern, re.IGNORECASE)
        missed = [line for line in lines if plain.search(line.lower()) and not fast.search(line)]
        assert not missed, (module.__name__, name, missed[:3])


def _dev_lines() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    return [line for path in sorted((root / "eval" / "dev" / "notes").iterdir())
            for line in path.read_text(encoding="utf-8").splitlines()]


def test_content_span_skips_its_patterns_only_where_they_cannot_match() -> None:
    from minutes_ai.engines.offline import segment

    def plain(text: str, start: int, end: int) -> tuple[int, int]:
        segment_ = text[start:end]
        lead = segment._LEAD.match(segment_)
        offset = lead.end() if lead else 0
        emph = segment._EMPH_LEAD.match(segment_, offset)
        if emph:
            offset = emph.end()
            lead = segment._LEAD.match(segment_[offset:])
            if lead and lead.end():
                offset += lead.end()
        while offset < len(segment_) and segment_[offset] in " \t":
            offset += 1
        while offset < len(segment_) - 2 and segment_[offset] >= "\U0001F300" and segment_[offset + 1] in " \t":
            offset += 2  # a pictograph before the words ("👍 I'll send it")
        stop = len(segment_)
        while stop > offset and segment_[stop - 1] in segment._TAIL_CHARS:
            stop -= 1
        ref = segment._FOOTNOTE_REF.search(segment_, offset, stop)
        if ref is not None and ref.end() == stop:
            stop = ref.start()  # "Agreed.[^1]": a footnote's reference ends the line
            while stop > offset and segment_[stop - 1] in segment._TAIL_CHARS:
                stop -= 1
        return (start + offset, start + offset) if stop <= offset else (start + offset, start + stop)

    marks = ["a) ", "b. ", "K", "kl 09.30  ", "Kl. 9:15 – ", "§ 3 ", "(ii) ", "1.2 ", "٣. ", "**", "__",
             "`", "> ", "# ", "- ", "• ", "[x] ", "\\item ", "x", "Ö", " ", "\t"]
    rng = random.Random(21)
    texts = _samples(3000, 20) + _dev_lines()
    texts += ["".join(rng.choice(marks) for _ in range(rng.randint(1, 4))) + rng.choice(_ALPHABET)
              for _ in range(3000)]
    for text in texts:
        for start in (0, 1):
            assert segment.content_span(text, start, len(text)) == plain(text, start, len(text)), text


def test_may_lead_present_tense_tests_need_their_last_letter() -> None:
    from minutes_ai.engines.offline import rules

    words = {w.casefold().strip(",.:;") for line in _dev_lines() for w in line.split()}
    words |= {w + "\n" for w in list(words)[:200]}  # "$" matches before a final newline
    for word in words:
        if rules._EN_PRESENT.match(word) and "\n" not in word:
            assert word[-1:] == "s", word
        if rules._SV_PRESENT.match(word) and "\n" not in word:
            assert word[-1:] == "r", word


def test_apposition_opens_with_a_comma_or_a_bracket() -> None:
    from minutes_ai.engines.offline import rules

    texts = [line[k:] for line in _dev_lines()[:3000] for k in range(0, min(len(line), 40), 3)]
    texts += [" , the chair, will", "  (ordf) tar", "\u00a0, x, y", "\u2003(a) b"] + _samples(2000, 22)
    for text in texts:
        if rules._APPOSITION.match(text):
            assert text.lstrip()[:1] in rules._APPOSITION_OPENERS, text


def test_first_character_gate_of_match_rules_out_only_what_cannot_match() -> None:
    """A LowerPattern's ``match`` skips the regex where the text's character at the position
    starts none of the pattern's start literals: over the development notes' lines (and their
    tails) and random text, it matches exactly where the lower-cased pattern does."""
    import importlib
    import pkgutil

    import minutes_ai.engines.offline as offline
    from minutes_ai.engines.offline import cues, rules, segment

    # The sentence rules and the engine keep their patterns in private modules (rules and the
    # engine's package gather some of them): every one is checked, each pattern once.
    private_modules = [importlib.import_module(f"{offline.__name__}.{info.name}")
                       for info in pkgutil.iter_modules(offline.__path__) if info.name.startswith("_")]
    patterns: dict[str, _fastre.LowerPattern] = {}
    seen: set[int] = set()
    for module in (cues, rules, *private_modules, segment, offline):
        for name, value in vars(module).items():
            if isinstance(value, _fastre.LowerPattern) and id(value) not in seen:
                seen.add(id(value))
                patterns[f"{module.__name__}.{name}"] = value
    gated = [name for name, p in patterns.items() if p.match.__name__ == "run" and p.match.__closure__
             and any(isinstance(c.cell_contents, frozenset) for c in p.match.__closure__)]
    assert len(gated) > 40
    lines = [line for line in _dev_lines() if line.strip()]
    texts = lines[::3] + [line.split(maxsplit=1)[-1] for line in lines[1::7]] + _samples(1500, 23)
    texts += ["İ", "K", "ſ", "\u212a", ""]
    for name in gated:
        pattern = patterns[name]
        plain = pattern._compiled.match
        for text in texts:
            low = text.lower()
            for pos in (0, 1, 4, -2, len(text) + 1):
                want = plain(low, pos)
                got = pattern.match(text, pos)
                assert (want is None) == (got is None), (name, text, pos)
                if want is not None:
                    assert got.span() == want.span(), (name, text, pos)


def test_month_event_needs_a_meeting_noun() -> None:
    """The deadline reader asks MONTH_EVENT only where a meeting noun is written (or a letter that
    IGNORECASE folds unlike str.lower): it never skips text the pattern matches."""
    import minutes_ai.engines.offline as offline
    from minutes_ai._structure_lines import case_folds
    from minutes_ai.engines.offline.schedule import MONTH_EVENT

    words = ["till", "the", "April", "aprilsammanträdet", "mötet i maj", "majmötet", "May meeting", "Dec.",
             "board", "Board Meeting", "kyrkorådets", "sammanträde", "i", "juni", "APT", "interim", "ſession",
             "İnterim", "ınterim", "councıl", "Oct", "call", "review", "styrgruppsmötet", " ", "\n", "."]
    rng = random.Random(24)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(6000)]
    texts += _dev_lines()
    matched = 0
    for text in texts:
        if MONTH_EVENT.search(text):
            matched += 1
            assert offline._MEETING_WORD(text.lower()) is not None or case_folds(text), text
    assert matched > 500


def _dev_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    return [path.read_text(encoding="utf-8") for path in sorted((root / "eval" / "dev" / "notes").iterdir())]


def test_writer_gates_rule_out_only_what_cannot_match() -> None:
    """The substring tests before the writer's patterns (a note's head, a sentence) are false only
    where the pattern finds nothing: over the development notes, their lines, their upper-case
    forms and text with letters IGNORECASE folds another way than str.lower."""
    from minutes_ai.engines.offline import _action_clauses, writer

    texts = _dev_texts()
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    texts += [text.upper() for text in texts] + lines + [line.upper() for line in lines[::5]] + _samples(2000, 31)
    texts += ["Minutes taken by Ruth Ellis", "(my notes – Esther)", "NOTES BY Gwen", "wrıtten by Bo",
              "ſkrivet av Tomas", "me (Becca)", "Sophie (me)", "jag \n (Anna)", "myself(Ann Lee)", "x mig(Bo)",
              "Anna (det är jag)", "ok, so I'll book it", "jag lovade att boka", "I PROMISED TO ring",
              "ok; och JAG SKA fixa", "ok, and ı will do it", "(me)", "("]
    matched = {"written": 0, "self": 0, "later": 0}
    for text in texts:
        if writer._WRITTEN_BY.search(text, 0, writer._HEAD_CHARS):
            matched["written"] += 1
            assert writer._written_by(text) is not None, text[:80]
        if writer._SELF.search(text, 0, writer._HEAD_CHARS):
            matched["self"] += 1
            assert writer._may_name_self(text[: writer._HEAD_CHARS]), text[:80]
        if _action_clauses._WRITER_TASK_LATER.search(text):
            matched["later"] += 1
            assert _action_clauses._may_promise_later(text), text[:80]
    assert min(matched.values()) >= 5, matched


def test_label_patterns_match_their_plain_forms() -> None:
    """The label word test (a trie of the label words) finds a label exactly where the plain
    alternation does, and the label written mid-line is found at the same places as by the plain
    pattern that opens with its look-behinds."""
    from minutes_ai.engines.offline import segment

    plain_word = re.compile(segment._LABELS)
    plain_inline = re.compile(
        rf"(?<=[^\s:])(?<!\btill)(?<!\bför)(?<!\binför)(?<!\bom)(?<!\bto)(?<!\bfor)\s+(?=(?:{segment._LABELS})\s*:)")
    rng = random.Random(32)
    tokens = ["till", "för", "inför", "om", "to", "for", "x", ":", " ", "  ", "\t", "\n", "Beslut", "BESLUT",
              "Action", "AP", "Resolved", "a", "utill", "\u00a0", ",", ".", "beslut", "åtgärd", "Å"]
    texts = _dev_lines() + ["".join(rng.choice(tokens) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    found = 0
    for text in texts:
        assert (plain_word.search(text) is None) == (segment._LABEL_WORD.search(text) is None), text
        spans = [m.span() for m in plain_inline.finditer(text)]
        assert spans == [m.span() for m in segment._INLINE_LABEL.finditer(text)], text
        found += bool(spans)
    assert found > 100


def test_lower_pattern_finditer_steps_to_the_same_matches() -> None:
    """A LowerPattern's ``finditer`` that steps with its search from each match's end finds the
    matches the lower-cased pattern's own ``finditer`` finds, over the development notes' lines,
    their upper-case forms and random text."""
    import importlib
    import pkgutil

    import minutes_ai.engines.offline as offline
    from minutes_ai.engines.offline import cues

    modules = [importlib.import_module(f"{offline.__name__}.{info.name}") for info in pkgutil.iter_modules(offline.__path__)]
    patterns = {id(v): v for module in (cues, *modules) for v in vars(module).values()
                if isinstance(v, _fastre.LowerPattern)}
    stepped = [p for p in patterns.values() if p._step is not None]
    assert len(stepped) > 20
    assert cues.HEDGE in stepped
    lines = [line for line in _dev_lines() if line.strip()]
    texts = lines[::2] + [line.upper() for line in lines[1::9]] + _samples(1000, 33) + ["İ ſ \u212a", ""]
    for pattern in stepped:
        for text in texts:
            want = [m.span() for m in pattern._compiled.finditer(text.lower())]
            assert [m.span() for m in pattern.finditer(text)] == want, (pattern.pattern[:40], text)



def _counting(run, name: str, long_inputs: list[str]):
    """``run`` (a pattern's search or match), noting ``name`` when it is given more than a few pages."""

    def counted(text, *args, **kwargs):
        if len(text) > 20_000:
            long_inputs.append(name)
        return run(text, *args, **kwargs)

    return counted


def test_no_cue_pattern_is_handed_the_whole_document(monkeypatch) -> None:
    """The cue patterns lower-case the text they are given: handed the document with a position
    range, once per sentence or meeting, they make a long file quadratic (10 MB as one file ran at
    0.017 MB/s when an offer test read the whole document to look at one line). Counted, not timed:
    on a document of many meetings no pattern may see more than a few pages at a time."""
    import importlib
    import pkgutil
    from pathlib import Path

    import minutes_ai.engines.offline as offline
    from minutes_ai import read_text
    from minutes_ai.engines.offline._fastre import LowerPattern

    long_inputs: list[str] = []
    seen: set[int] = set()
    for info in pkgutil.iter_modules(offline.__path__):
        module = importlib.import_module(f"minutes_ai.engines.offline.{info.name}")
        for name, value in vars(module).items():
            if not isinstance(value, LowerPattern) or id(value) in seen:
                continue
            seen.add(id(value))
            for attr in ("search", "match"):
                monkeypatch.setattr(value, attr, _counting(getattr(value, attr), f"{info.name}.{name}", long_inputs))
    notes = sorted((Path(__file__).parents[1] / "eval" / "dev" / "notes").glob("d[1-4]*.txt"))[:60]
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in notes)
    assert len(text) > 100_000 and len(seen) > 100
    meetings = offline.OfflineEngine().extract(read_text(text)).meetings
    assert len(meetings) > 30
    assert long_inputs == []


def test_a_long_alternation_with_too_many_openings_is_stepped_by_their_prefixes():
    # 35 branches of 12 openings each: more than a search can step through whole, few once cut short
    letters = "abcdefghijkl"
    branches = [("\\b" if i % 2 else "") + rf"{chr(97 + i % 26)}{i:02d}(?:{'|'.join(letters)})x" for i in range(35)]
    source = "|".join(branches + [r"^(?:if|om) nobody\b"])
    rest = "|".join(branches)
    assert _literals.start_literals(rest) == ()  # too many whole
    openings = _fastre._alternation_starts(rest, 0)
    assert openings and all(len(o) >= 3 for o in openings) and len(openings) <= 400
    plain = re.compile(source)
    fast = _fastre.LowerPattern(re.compile(source, re.IGNORECASE))
    rng = random.Random(17)
    pieces = ["b01", "a1", "i34", "H07", "ax", "bx", "lx", "mx", " ", "if nobody", "om nobody", "-", "cc02c"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(4000)]
    for text in texts + ["if nobody d03ax", "xd03ax d03ax", "j35ax a00lx"]:
        low = text.lower()
        want, got = plain.search(low), fast.search(text)
        assert (want is None) == (got is None), text
        if want is not None:
            assert want.span() == got.span(), text
