"""Run the pipeline on gold documents and report the scores."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from vaarta.evaluate.diagnose import FN_CAUSES, FP_CAUSES, TP_CAUSES, diagnose
from vaarta.evaluate.gold import GoldEvent, read_gold
from vaarta.evaluate.scorer import Score, score_documents
from vaarta.model import Doc
from vaarta.pipeline import load_pipeline


def evaluate_file(gold_path: Path, kb_extra: list[Path] | None = None) -> Score:
    pipeline = load_pipeline(kb_extra or [])
    pairs = []
    sentences: dict[str, Doc] = {}
    for g in read_gold(gold_path):
        doc = pipeline(Doc(g.id, g.text, g.published, lang=g.lang))
        sentences[g.id] = doc
        pairs.append((g.id, doc.events, g.events))
    score = score_documents(pairs)
    score.docs = sentences  # type: ignore[attr-defined]
    return score


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _who(actors: set[str], recipients: set[str]) -> str:
    return f"{sorted(actors)}→{sorted(recipients)}"


def _gold_line(g: GoldEvent) -> str:
    return f"{g.type}:{g.mode or '-'} {_who(g.actor, g.recipient)} {g.modality} — {g.note}"


def report(score: Score, console: Console, verbose: bool = False) -> None:
    d = score.as_dict()
    diag = diagnose(score)
    if verbose:
        console.print("[bold]By type[/bold]   tp  fp  fn  P     R     F1", highlight=False)
        for t, c in diag.by_type.items():
            console.print(f"  {t:<10}{c['tp']:>3} {c['fp']:>3} {c['fn']:>3}  {c['precision']:.2f}  "
                          f"{c['recall']:.2f}  {c['f1']:.2f}", highlight=False)
        for cause in FN_CAUSES:
            items = diag.missed.get(cause, [])
            if items:
                console.print(f"[bold yellow]Missed — {cause}[/bold yellow] ({len(items)})", highlight=False)
                for doc_id, g in items:
                    console.print(escape(f"  FN {doc_id} {_gold_line(g)}"), highlight=False)
        for cause in FP_CAUSES:
            fps = diag.spurious.get(cause, [])
            if fps:
                console.print(f"[bold red]Spurious — {cause}[/bold red] ({len(fps)})", highlight=False)
                for doc_id, ev in fps:
                    who = _who({a.country for a in ev.actors if a.country},
                               {a.country for a in ev.recipients if a.country})
                    console.print(escape(f"  FP {doc_id} {ev.type}:{ev.mode or '-'} {who} {ev.modality} [{ev.rule}]\n"
                                         f"     {ev.evidence.sentence}"), highlight=False)
        for cause in TP_CAUSES:
            tps = diag.attributes.get(cause, [])
            if tps:
                console.print(f"[bold]Matched, {cause}[/bold] ({len(tps)})", highlight=False)
                for doc_id, ev, g in tps:
                    got = {"wrong modality": ev.modality, "wrong date": ev.date.value if ev.date else None,
                           "wrong place": ev.place.name or ev.place.country if ev.place else None}[cause]
                    want = {"wrong modality": g.modality, "wrong date": g.date,
                            "wrong place": (g.place or {}).get("name")}[cause]
                    console.print(escape(f"  {doc_id} {g.type} {_who(g.actor, g.recipient)}: {got} ≠ {want} [{ev.rule}]"),
                                  highlight=False)
    causes = diag.counts()
    if causes["missed"] or causes["spurious"]:
        console.print("misses: " + ", ".join(f"{c} {n}" for c, n in causes["missed"].items())
                      + (" | spurious: " + ", ".join(f"{c} {n}" for c, n in causes["spurious"].items())
                         if causes["spurious"] else ""), highlight=False)
    console.print(f"events: tp={d['tp']} fp={d['fp']} fn={d['fn']}", highlight=False)
    console.print(f"precision={_pct(d['precision'])} recall={_pct(d['recall'])} F1={_pct(d['f1'])}", highlight=False)
    console.print(f"date_accuracy={_pct(d['date_accuracy'])} place_accuracy={_pct(d['place_accuracy'])} "
                  f"modality_accuracy={_pct(d['modality_accuracy'])} direction_accuracy={_pct(d['direction_accuracy'])} "
                  f"mode_accuracy={_pct(d['mode_accuracy'])}", highlight=False)


def as_json(score: Score) -> dict[str, object]:
    """The figures, the per-type table and the miss counts by cause."""
    diag = diagnose(score)
    return {**score.as_dict(), "by_type": diag.by_type, "causes": diag.counts()}
