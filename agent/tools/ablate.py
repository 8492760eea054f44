"""Ablations of the decision model on validation songs, never on test songs.

Each lever is trained on the corpus's training songs less the validation pieces (stopping early
on a share of them, as `train` does), then run free-running on the validation pieces against
the count tables counted on all of them, with
the same evaluation as `obbligato eval`. Levers are chosen here, and only the chosen settings
are then reported on the test songs.

    python -m agent.tools.ablate CORPUS --guide soprano --target bass --k 32 --out DIR
    python -m agent.tools.ablate CORPUS ... --export pairs.npz   # the labels alone, to run
    python -m agent.tools.ablate --pairs pairs.npz --out DIR     # ... where torch is (no corpus)
    python -m agent.tools.ablate --pairs pairs.npz --probe       # what longer guide contexts tell

Prints a Markdown table and writes ablation.csv and ablation.png into DIR."""
from __future__ import annotations

import argparse
import csv
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

import numpy as np
from tqdm import tqdm

from agent.decision.configs import ModelConfig, SamplingConfig, TrainConfig
from agent.decision.fit import Pairs, split_validation

WRITTEN_ONLY = "songs as written only"  # a variant that changes the data, not the model
PRIOR = {"cooc_prior": True}
REG = {"dropout": 0.3}
# name -> (model overrides, training overrides)
VARIANTS: dict[str, tuple[dict, dict]] = {
    "default": ({}, {}),
    "no B history (dropout 1.0)": ({}, {"history_dropout": 1.0}),
    "co-occurrence prior": (PRIOR, {}),
    "prior, B history dropout 0.5": (PRIOR, {"history_dropout": 0.5}),
    "prior, no B history": (PRIOR, {"history_dropout": 1.0}),
    "prior, no B history, dropout 0.3, wd 0.1": ({**PRIOR, **REG}, {"history_dropout": 1.0,
                                                                    "weight_decay": 0.1}),
    "prior, B history dropout 0.5, dropout 0.3, wd 0.1": ({**PRIOR, **REG},
                                                          {"history_dropout": 0.5,
                                                           "weight_decay": 0.1}),
    "prior, no B history, short epochs": (PRIOR, {"history_dropout": 1.0, "steps_per_epoch": 10,
                                                  "max_epochs": 80}),
    "prior, no B history, lr 5e-4": (PRIOR, {"history_dropout": 1.0, "lr": 5e-4}),
    # Offline re-generation (the paper's setting): b_t decided hearing a_t, baselines likewise.
    "prior, no B history, lag 0": ({**PRIOR, "lag": 0}, {"history_dropout": 1.0}),
    # How much guide history the model hears (the default is about 32 s of ticks).
    "prior, no B history, context 4": ({**PRIOR, "context": 4}, {"history_dropout": 1.0}),
    "prior, no B history, lag 0, context 4": ({**PRIOR, "lag": 0, "context": 4},
                                              {"history_dropout": 1.0}),
    # Scheduled sampling: B's past is fed, partly replaced by the model's own samples.
    "prior, scheduled sampling 0.5": (PRIOR, {"history_dropout": 0.0, "scheduled_sampling": 0.5}),
    "prior, scheduled sampling 1.0": (PRIOR, {"history_dropout": 0.0, "scheduled_sampling": 1.0}),
    "prior, B history dropout 0.5, scheduled sampling 0.5": (PRIOR, {"history_dropout": 0.5,
                                                                     "scheduled_sampling": 0.5}),
    # The sixth round: the ensemble (ModelConfig.members) and the centroid embedding, each
    # without the other, and neither (the fifth round's default).
    "random embedding": (PRIOR, {"guide_embedding": "random"}),
    "one model": ({**PRIOR, "members": 1}, {}),
    "one model, random embedding": ({**PRIOR, "members": 1}, {"guide_embedding": "random"}),
    "ensemble of 8": ({**PRIOR, "members": 8}, {}),
    # The seventh round: the default trained (and the tables counted) on the training songs as
    # written, without their transposed copies (with `--written`: what transposition adds).
    WRITTEN_ONLY: ({}, {}),
    # The eleventh round: the prior over the guide's last tick only (the default before it).
    "one-tick prior": ({**PRIOR, "prior_order": 1}, {}),
    # The twelfth round: the network's whole correction, not the share chosen on `train`'s
    # validation pieces.
    "full correction": ({}, {"correction": "1"}),
    # The thirteenth round: the prior counted on every song (copies included) or on the songs
    # as written, not the one chosen by leaving one training piece out.
    "prior on all songs": ({}, {"prior_songs": "all"}),
    "prior on songs as written": ({}, {"prior_songs": "written"}),
    # The seventeenth round: the prior in one form, not the one chosen leaving pieces out.
    "count-table prior": ({}, {"prior_form": "counts"}),
    "additive prior": ({}, {"prior_form": "additive"}),
    # The nineteenth round: count tables over six ticks where leaving pieces out says so.
    "six-tick prior option": ({}, {"longer_prior": 6}),
}
# Decoding defaults are chosen here too: every top-p x temperature (CLI: --top-p, --temperature).
TOP_PS, TEMPERATURES = (0.5, 0.7), (0.5, 1.0)


def export(corpus: Path, guide: str, target: str, k: int | None, out: Path) -> None:
    """The training split's label pairs (test songs never leave the corpus)."""
    from agent.decision.model import default_context
    from agent.decision.train import load_pairs
    from corpus.store import CorpusStore

    with CorpusStore(corpus) as store:
        gvid, tvid = store.choose_vocabulary(guide, None, k), store.choose_vocabulary(target, None, k)
        p = load_pairs(store, guide, target, gvid, tvid, "train")
        gv, tv = store.vocabulary(gvid), store.vocabulary(tvid)
        duration = store.config["segment"]["duration"]
    np.savez(out, names=np.array(p.names), a=np.concatenate(p.a), b=np.concatenate(p.b),
             lengths=np.array([len(x) for x in p.a]), k_guide=gv.n_labels, k_target=tv.n_labels,
             rest=-1 if tv.rest is None else tv.rest, context=default_context(duration),
             guide_centroids=gv.centroids)


def load(path: Path) -> tuple[Pairs, dict]:
    z = np.load(path)
    cut = np.cumsum(z["lengths"])[:-1]
    p = Pairs([str(n) for n in z["names"]], np.split(z["a"], cut), np.split(z["b"], cut))
    meta: dict = {k: int(z[k]) for k in ("k_guide", "k_target", "rest", "context")}
    meta["guide_centroids"] = z["guide_centroids"] if "guide_centroids" in z else None
    return p, meta


def run_variant(args: tuple[str, Path, int, int, tuple[SamplingConfig, ...], bool]
                ) -> list[dict]:
    """One lever: fit, then every method on the validation pieces at each decoding (on their
    songs as written only when `judge_written`, the CLI's --written)."""
    import torch

    from agent.decision.correction import settle_correction
    from agent.decision.evaluate import evaluate, margin_columns, strongest
    from agent.decision.fit import as_written, baseline_tables, fit

    name, pairs_file, seed, max_epochs, decodings, judge_written = args
    torch.set_num_threads(1)
    pairs, meta = load(pairs_file)
    model_o, train_o = VARIANTS[name]
    tcfg = replace(TrainConfig(seed=seed, max_epochs=max_epochs), **train_o)
    train_p, val_p = split_validation(pairs, 0.25, tcfg.seed)
    if judge_written:
        val_p = as_written(val_p) or val_p
    if name == WRITTEN_ONLY:
        train_p = as_written(train_p) or train_p
    # Training stops early on `train`'s share of the training pieces, as `train` does, never on
    # the pieces that judge the lever: that would pick each lever's luckiest epoch on them.
    fit_p, stop_p = split_validation(train_p, tcfg.val_fraction, tcfg.seed)
    mcfg = replace(ModelConfig(k_guide=meta["k_guide"], k_target=meta["k_target"],
                               context=meta["context"]), **model_o)
    rest = None if meta["rest"] < 0 else meta["rest"]
    model, hist = fit(fit_p, stop_p, mcfg, tcfg, guide_centroids=meta["guide_centroids"], rest=rest)
    settle_correction(model, tcfg.correction, stop_p, rest)  # as `train` does
    tables, same_keys = baseline_tables(train_p, mcfg.k_guide, mcfg.k_target, mcfg.lag,
                                        val_p.names)
    rows: list[dict] = []
    greedy: list = []  # greedy does not depend on the decoding: run once
    for dec in decodings:
        res = evaluate(model, val_p.a, val_p.b, tables, dec, False, 4,
                       seed, rest, ("sampled",) if greedy else ("sampled", "greedy"), same_keys)
        greedy = greedy or [x for x in res if x.decoding == "greedy"]
        res = [x for x in res if x.decoding == "sampled"]
        r = {(x.method, x.decoding): x for x in res + greedy}
        best_s, best_a = strongest(res, "sampled"), strongest(greedy, "greedy")
        ms, mg = r["model", "sampled"], r["model", "greedy"]
        rows.append({
            "variant": name, "seed": seed, "top_p": dec.top_p,
            "temperature": dec.temperature, "best_epoch": hist.best_epoch + 1,
            "val_loss": round(hist.best_val, 4),
            "model_sampled": round(ms.tpp_mean, 2), "best_sampled": round(best_s.tpp_mean, 2),
            "best_sampled_is": best_s.method, "model_greedy": round(mg.tpp_mean, 2),
            "best_argmax": round(best_a.tpp_mean, 2), "best_argmax_is": best_a.method,
            **margin_columns(ms, best_s, mg, best_a),  # 95% intervals over the validation songs
            "model_sounding": round(mg.tpp_sounding, 2),
            "cooc_sounding": round(strongest(greedy, "greedy", "co-occurrence",
                                             "tpp_sounding").tpp_sounding, 2),
            "guide_dep_model": round(ms.guide_dependence or 0.0, 2),
            "guide_dep_greedy": round(mg.guide_dependence or 0.0, 2),
            "rest_model": round(ms.rest_share, 1), "val_songs": len(val_p.names)})
    return rows


PROBE_LAGS = ((1,), (1, 2), (1, 2, 3), (0,), (0, 1), (0, 1, 2))


def probe(pairs: Pairs, rest: int | None, seed: int = 0) -> list[dict]:
    """How much the guide's older past tells about b_t, as far as counting can find: argmax TPP
    on the validation pieces of p(b_t | a_{t-l} for l in lags), counted on the training songs,
    each context backing off to the shorter one where it was never seen. If a longer context
    does not beat a_{t-lag} alone, a model hearing more of the guide has little to win."""
    train_p, val_p = split_validation(pairs, 0.25, seed)
    k = 1 + max(int(b.max()) for b in train_p.b + val_p.b)
    prior = np.bincount(np.concatenate(train_p.b), minlength=k) + 1.0
    prior /= prior.sum()

    def contexts(a: np.ndarray, lags: tuple[int, ...]) -> list[list[tuple]]:
        padded = np.concatenate([np.full(max(lags), -1), a])
        return [[tuple(padded[max(lags) + t - g] for g in lags[: i + 1]) for t in range(len(a))]
                for i in range(len(lags))]

    rows = []
    for lags in PROBE_LAGS:
        tables: list[dict[tuple, np.ndarray]] = [{} for _ in lags]
        for a, b in zip(train_p.a, train_p.b):
            for table, ctx in zip(tables, contexts(a, lags)):
                for key, y in zip(ctx, b):
                    table.setdefault(key, np.zeros(k))[y] += 1
        hits, sounding = [], []
        for a, b in zip(val_p.a, val_p.b):
            ctxs = contexts(a, lags)
            for t, y in enumerate(b):
                p = prior
                for table, ctx in zip(tables, ctxs):
                    c = table.get(ctx[t])
                    p = p if c is None else (c + p) / (c.sum() + 1.0)
                hits.append(int(np.argmax(p)) == y)
                if y != rest:
                    sounding.append(hits[-1])
        rows.append({"guide_ticks_heard": ", ".join(f"a_t-{g}" if g else "a_t" for g in lags),
                     "tpp_argmax": round(100 * float(np.mean(hits)), 1),
                     "tpp_sounding": round(100 * float(np.mean(sounding or [0])), 1)})
    return rows


def plot(rows: list[dict], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    d = SamplingConfig()  # the default decoding's rows when it was measured, else the first
    shown = next(((d.top_p, d.temperature) for r in rows
                  if (r["top_p"], r["temperature"]) == (d.top_p, d.temperature)),
                 (rows[0]["top_p"], rows[0]["temperature"]))
    first = [r for r in rows
             if (r["top_p"], r["temperature"]) == shown and r["seed"] == rows[0]["seed"]]
    names = [r["variant"] for r in first]
    y = np.arange(len(names))
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(names) + 1.2))
    ax.barh(y - 0.2, [r["model_greedy"] - r["best_argmax"] for r in first], 0.4,
            label="greedy model - best argmax baseline")
    ax.barh(y + 0.2, [r["model_sampled"] - r["best_sampled"] for r in first], 0.4,
            label=f"sampled model - best sampled baseline (top-p {shown[0]}, T {shown[1]})")
    ax.axvline(0, color="k", lw=0.8)
    ax.set_yticks(y, names, fontsize=8)
    ax.set_xlabel("TPP points on validation pieces")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--guide", default="soprano")
    ap.add_argument("--target", default="bass")
    ap.add_argument("--k", type=int, help="the vocabulary size to use (when the corpus has several)")
    ap.add_argument("--export", type=Path, help="write the training split's labels here and stop")
    ap.add_argument("--pairs", type=Path, help="labels written by --export (instead of a corpus)")
    ap.add_argument("--out", type=Path, default=Path("ablation"))
    ap.add_argument("--variant", action="append", dest="variants",
                    help="a variant's name (repeat for several; default: all)")
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--max-epochs", type=int, default=TrainConfig.max_epochs)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--top-p", type=float, action="append", dest="top_ps",
                    help=f"sampled decodings' top-p (repeat; default: {TOP_PS})")
    ap.add_argument("--temperature", type=float, action="append", dest="temperatures",
                    help=f"sampled decodings' temperature (repeat; default: {TEMPERATURES})")
    ap.add_argument("--written", action="store_true",
                    help="judge on the validation pieces' songs as written only (no transposed "
                         "copies), e.g. to measure what transposed training songs add")
    ap.add_argument("--probe", action="store_true",
                    help="print count tables over longer guide contexts and stop (no training)")
    args = ap.parse_args()
    if args.pairs is None:
        if args.corpus is None:
            ap.error("give a corpus or --pairs")
        target = args.export or args.out / "pairs.npz"
        target.parent.mkdir(parents=True, exist_ok=True)
        export(args.corpus, args.guide, args.target, args.k, target)
        if args.export:
            return
        args.pairs = target
    if args.probe:
        from agent.decision.evaluate import markdown_table

        pairs, meta = load(args.pairs)
        found = probe(pairs, None if meta["rest"] < 0 else meta["rest"])
        print(markdown_table(found, list(found[0])))
        return
    names = args.variants or list(VARIANTS)
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        ap.error(f"unknown variants {unknown}; known: {list(VARIANTS)}")
    decodings = tuple(SamplingConfig(top_p=p, temperature=t) for p in args.top_ps or TOP_PS
                      for t in args.temperatures or TEMPERATURES)
    jobs = [(n, args.pairs, seed, args.max_epochs, decodings, args.written)
            for seed in range(args.seeds)
            for n in names]
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for done in tqdm(as_completed([pool.submit(run_variant, j) for j in jobs]),
                         total=len(jobs), desc="ablation", unit="variant", file=sys.stderr):
            rows += done.result()
            with open(args.out / "ablation.csv", "w", newline="") as f:  # as far as it got
                w = csv.DictWriter(f, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows(rows)
    rows.sort(key=lambda r: (r["seed"], names.index(r["variant"]), r["top_p"], r["temperature"]))
    plot(rows, args.out / "ablation.png")
    from agent.decision.evaluate import markdown_table

    print(markdown_table(rows, list(rows[0])))
    print(f"wrote {args.out / 'ablation.csv'} and ablation.png", file=sys.stderr)


if __name__ == "__main__":
    main()
