"""PNG views of a corpus: where each label sits in time and in perception space."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from corpus.store import CorpusStore


def plot_corpus(store: CorpusStore, out: Path, max_tracks: int = 24) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tracks = store.tracks()[:max_tracks]
    seg = store.segments([t["id"] for t in tracks])
    fig, (ax_t, ax_p) = plt.subplots(1, 2, figsize=(15, max(4, 0.3 * len(tracks) + 2)),
                                     gridspec_kw={"width_ratios": [3, 2]})
    cmap = plt.get_cmap("tab20")
    for row, t in enumerate(tracks):
        vid = store.vocab_id(t["role"])
        labels = store.labels(vid) if vid else {}
        m = seg.track_id == t["id"]
        for sid, a, b in zip(seg.id[m], seg.start[m], seg.end[m]):
            lab = labels.get(int(sid), -1)
            ax_t.barh(row, b - a, left=a, height=0.8,
                      color=cmap(lab % 20) if lab >= 0 else "lightgrey", linewidth=0)
    ax_t.set_yticks(range(len(tracks)), [f"{t['song']} {t['role']}" for t in tracks], fontsize=7)
    ax_t.invert_yaxis()
    ax_t.set_xlabel("time (s)")
    ax_t.set_title("segments coloured by label (colour = label mod 20)")

    ids, emb = store.embeddings([t["id"] for t in tracks])
    if len(emb) > 2:
        z = (emb - emb.mean(0)) / (emb.std(0) + 1e-6)
        _, _, vt = np.linalg.svd(z - z.mean(0), full_matrices=False)
        xy = z @ vt[:2].T
        role_of = {t["id"]: t["role"] for t in tracks}
        roles = sorted(set(role_of.values()))
        markers = "os^Dv<>p"
        seg_track = dict(zip(seg.id.tolist(), seg.track_id.tolist()))
        for i, role in enumerate(roles):
            m = np.array([role_of[seg_track[s]] == role for s in ids.tolist()])
            vid = store.vocab_id(role)
            labels = store.labels(vid) if vid else {}
            c = [cmap(labels.get(int(s), 0) % 20) for s in ids[m]]
            ax_p.scatter(xy[m, 0], xy[m, 1], s=6, c=c, marker=markers[i % len(markers)],
                         label=role)
        ax_p.legend(fontsize=7, markerscale=2)
    ax_p.set_title("perception space (first two principal axes)")
    fig.tight_layout()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
