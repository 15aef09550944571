"""A self-contained HTML page for one evaluation run.

Per document: the metrics, the missed and spurious items, and the source text with gold
evidence as a background colour and predicted evidence as an underline, so an overlap
shows both. Every piece of text goes through jinja2's autoescaping.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .gold import GoldDocument
from .report import fmt
from .results import DocumentResult, EvalReport

_TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Segment:
    """A run of source text and the highlight classes that cover it."""

    text: str
    classes: str
    title: str


def _highlights(doc: DocumentResult, text: str) -> list[tuple[int, int, str, str]]:
    marks: list[tuple[int, int, str, str]] = []
    for o in doc.outcomes:
        short = "dec" if o.kind == "decision" else "act"
        if o.gold is not None:
            classes = f"g-{short} g-{short}-miss" if o.status == "missed" else f"g-{short}"
            marks.append((o.gold.start, o.gold.end, classes, f"gold {o.kind}: {o.gold.text}"))
        p = o.predicted
        if p is not None:
            classes = f"p-{short} p-spur" if o.status == "spurious" else f"p-{short}"
            for (start, end), quote in zip(p.evidence, p.quotes, strict=True):
                # Only evidence that is really at its offsets can be drawn on the text.
                if end > start and text[start:end] == quote:
                    marks.append((start, end, classes, f"predicted {o.kind}: {p.text}"))
    return marks


def segments(doc: DocumentResult, text: str) -> list[Segment]:
    """Split ``text`` at every highlight boundary; each piece carries all classes covering it."""
    marks = _highlights(doc, text)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in marks), *(e for _, e, _, _ in marks)})
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        classes = " ".join(sorted({c for m in covering for c in m[2].split()}))
        title = "\n".join(dict.fromkeys(m[3] for m in covering))
        out.append(Segment(text[start:end], classes, title))
    return out


def render_html(report: EvalReport, gold_docs: list[GoldDocument]) -> str:
    """The report as one HTML page (inline CSS, no scripts, no external resources)."""
    env = Environment(
        loader=FileSystemLoader(_TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["fmt"] = fmt
    texts = {g.name: g.document.text for g in gold_docs}
    documents = [
        {"result": d, "segments": segments(d, texts[d.name]) if d.name in texts else []}
        for d in report.documents
    ]
    return env.get_template("report.html.j2").render(report=report, documents=documents)


def write_html(report: EvalReport, gold_docs: list[GoldDocument], path: Path) -> None:
    """Write :func:`render_html` to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report, gold_docs), encoding="utf-8")
