"""Run the pipeline on gold documents and report the scores."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from vaarta.evaluate.gold import read_gold
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


def report(score: Score, console: Console, verbose: bool = False) -> None:
    d = score.as_dict()
    if verbose:
        for doc_id, ev in score.false_positives:
            who = f"{sorted({a.country for a in ev.actors if a.country})}→{sorted({a.country for a in ev.recipients if a.country})}"
            console.print(f"[red]FP[/red] {doc_id} {ev.type}:{ev.mode or '-'} {who} {ev.modality} [{ev.rule}]\n"
                          f"   {ev.evidence.sentence}", highlight=False)
        for doc_id, g in score.false_negatives:
            console.print(f"[yellow]FN[/yellow] {doc_id} {g.type}:{g.mode or '-'} {sorted(g.actor)}→{sorted(g.recipient)} "
                          f"{g.modality} — {g.note}", highlight=False)
    console.print(f"events: tp={d['tp']} fp={d['fp']} fn={d['fn']}", highlight=False)
    console.print(f"precision={_pct(d['precision'])} recall={_pct(d['recall'])} F1={_pct(d['f1'])}", highlight=False)
    console.print(f"date_accuracy={_pct(d['date_accuracy'])} place_accuracy={_pct(d['place_accuracy'])} "
                  f"modality_accuracy={_pct(d['modality_accuracy'])}", highlight=False)
