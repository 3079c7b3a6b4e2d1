#!/usr/bin/env python
"""Train the triage model (bot/triage/model.py) from the labelled sets we tune on; never from a blind set before its first look.

    .venv/bin/python scripts/train_triage_model.py            # train, write bot/triage/data/model.json.gz
    .venv/bin/python scripts/train_triage_model.py --cv 5     # also print out-of-fold figures per source

Deterministic: fixed seeds, sorted features, liblinear/lbfgs solvers; the same data gives the same file.
The file records a hash of its training data; tests/triage/test_model.py fails when the data changed and the
model was not trained again.
"""
from __future__ import annotations

import argparse
import gzip
import os
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage.danger import analyse  # noqa: E402
from bot.triage.model import MODEL_PATH, MODEL_VERSION, features  # noqa: E402

DOMAINS = ["scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits",
           "vie_sociale", "accompagnement"]
URGENCY = ["vitale", "haute", "normale"]
# kinds the model may name on its own (the rest fall back to the generic "danger" kind)
KINDS = ["suicide", "medical", "autrui", "violence", "violence_femme", "enfant", "maltraitance", "abri",
         "disparition", "incendie", "abandon"]
# the narrative fields the model also learns (multinomial heads), on the rows that label them
# (an age_stage head was tried: no better than the rules' explicit ages and hints on out-of-fold data)
FIELD_HEADS = {"complexity": [1, 2, 3], "requester": ["personne", "aidant", "professionnel", "inconnu"]}
C_URGENCY = 8.0
C_HEAD = 4.0
MIN_DF = 2


# Blind sets become tuning sets once their first look is recorded in their README (docs/TRIAGE.md); from then on
# the model learns from them too. A set not listed here (the newest ones) is never read by training.
TRAINED_HELDOUT = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
                   "heldout17", "heldout18", "heldout19", "heldout20", "heldout21"]


def training_files() -> list:
    shared = ROOT.parent / "shared" / "eval"
    files = [ROOT / "tests/data/triage_tune.jsonl"]
    files += sorted((ROOT / "tests/data/round2").glob("*.jsonl"))
    files += sorted((ROOT / "tests/data/train").glob("*.jsonl"))
    for name in TRAINED_HELDOUT:
        folder = ROOT / "tests/data" / name
        files += sorted(folder.glob("triage_*.jsonl")) + sorted(folder.glob("narratives_*.jsonl"))
    files += [shared / "triage_dev.jsonl", shared / "narratives_dev.jsonl"]
    return [f for f in files if f.exists()]


def load_rows(files):
    rows, seen = [], set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("urgency") not in URGENCY or not r.get("text") or r["text"] in seen:
                continue
            seen.add(r["text"])
            r["_src"] = f.stem
            rows.append(r)
    return rows


def data_hash(files) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def rule_kinds(rows):
    """Danger kinds the rules give each vitale training text (labels for the kind head)."""
    out = []
    for r in rows:
        ks = analyse([r["text"]]).danger_kinds if r["urgency"] == "vitale" else []
        out.append([k for k in ks if k in KINDS])
    return out


def vectorize(texts, vec=None):
    if vec is None:
        vec = TfidfVectorizer(analyzer=features, binary=True, min_df=MIN_DF, norm="l2", use_idf=True,
                              smooth_idf=True, dtype=np.float64)
        X = vec.fit_transform(texts)
    else:
        X = vec.transform(texts)
    return vec, X


def fit_heads(rows, kinds):
    texts = [r["text"] for r in rows]
    vec, X = vectorize(texts)
    y = np.array([URGENCY.index(r["urgency"]) for r in rows])
    urg = LogisticRegression(C=C_URGENCY, class_weight=None, max_iter=5000, random_state=0)
    urg.fit(X, y)
    heads = {"urgency": (urg, URGENCY)}
    # kind head: vitale rows only (the question is which danger, once there is one)
    vit = np.array([r["urgency"] == "vitale" for r in rows])
    kind_models = []
    for k in KINDS:
        yk = np.array([k in ks for ks, v in zip(kinds, vit) if v], dtype=int)
        m = LogisticRegression(C=C_HEAD, class_weight="balanced", max_iter=5000, random_state=0,
                               solver="liblinear")
        if yk.sum() >= 3:
            m.fit(X[vit], yk)
        else:
            m = None
        kind_models.append(m)
    heads["kind"] = (kind_models, KINDS)
    dom_models = []
    for d in DOMAINS:
        yd = np.array([d in (r.get("domains") or []) for r in rows], dtype=int)
        m = LogisticRegression(C=C_HEAD, class_weight="balanced", max_iter=5000, random_state=0,
                               solver="liblinear")
        m.fit(X, yd)
        dom_models.append(m)
    heads["domain"] = (dom_models, DOMAINS)
    for name, labels in FIELD_HEADS.items():
        idx = [i for i, r in enumerate(rows) if _single(r.get(name)) in labels]
        yf = np.array([labels.index(_single(rows[i][name])) for i in idx])
        if len(set(yf)) < 2:
            continue
        m = LogisticRegression(C=C_HEAD, max_iter=5000, random_state=0)
        m.fit(X[idx], yf)
        heads[name] = (m, [labels[c] for c in m.classes_])
    return vec, heads


def _single(value):
    """A field's one label: a list of several accepted values (a boundary case) is not used to train."""
    if isinstance(value, list):
        return value[0] if len(value) == 1 else None
    return value


def export(vec, heads, files, rows) -> dict:
    names = vec.get_feature_names_out()
    idf = vec.idf_
    out = {"meta": {"version": MODEL_VERSION, "data_hash": data_hash(files), "n_train": len(rows),
                    "files": [f.name for f in files], "C_urgency": C_URGENCY, "C_head": C_HEAD,
                    "min_df": MIN_DF},
           "idf": {}, "heads": {}}
    used = set()
    for head, (model, labels) in heads.items():
        if not isinstance(model, list):  # a multinomial head (urgency and the narrative fields)
            W = model.coef_  # (n_labels, n), or (1, n) for two labels
            intercept = [round(float(b), 5) for b in model.intercept_]
            if W.shape[0] == 1:  # two labels: scikit-learn keeps one row; softmax over (0, z) is the same
                W = np.vstack([np.zeros_like(W[0]), W[0]])
                intercept = [0.0] + intercept
        else:
            W = np.zeros((len(labels), len(names)))
            intercept = []
            for i, m in enumerate(model):
                if m is None:
                    intercept.append(-30.0)
                    continue
                W[i] = m.coef_[0]
                intercept.append(round(float(m.intercept_[0]), 5))
        weights = {}
        for j in np.nonzero(np.any(np.abs(W) >= 1e-3, axis=0))[0]:
            weights[names[j]] = [round(float(w), 4) for w in W[:, j]]
            used.add(j)
        kind = "softmax" if not isinstance(model, list) else "ovr"
        out["heads"][head] = {"labels": labels, "intercept": intercept, "weights": weights, "type": kind}
    out["idf"] = {names[j]: round(float(idf[j]), 4) for j in sorted(used)}
    return out


def cross_validate(rows, kinds, folds: int):
    """Out-of-fold probabilities of the urgency head and the rules' urgency, per source file."""
    from bot.triage.model import LinearHeads
    y = np.array([URGENCY.index(r["urgency"]) for r in rows])
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    oof = [None] * len(rows)
    for tr, te in skf.split(np.zeros(len(rows)), y):
        sub = [rows[i] for i in tr]
        vec, heads = fit_heads(sub, [kinds[i] for i in tr])
        lm = LinearHeads(export(vec, heads, [], sub))
        for i in te:
            oof[i] = lm.predict(rows[i]["text"])
    return oof


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", type=int, default=0, help="k-fold out-of-fold report (no file written)")
    ap.add_argument("--oof-out", help="write out-of-fold probabilities as JSON lines")
    ap.add_argument("--out", default=str(MODEL_PATH))
    args = ap.parse_args(argv)
    os.environ["C360_TRIAGE_MODEL"] = "off"  # kinds for the kind head come from the rules alone
    files = training_files()
    rows = load_rows(files)
    kinds = rule_kinds(rows)
    print(f"{len(rows)} training texts from {len(files)} files", file=sys.stderr)
    if args.cv:
        oof = cross_validate(rows, kinds, args.cv)
        with open(args.oof_out or "/dev/null", "w", encoding="utf-8") as fh:
            for r, p in zip(rows, oof):
                fh.write(json.dumps({"text": r["text"], "src": r["_src"], "urgency": r["urgency"],
                                     "domains": r.get("domains", []), "p": p.urgency_proba,
                                     "dom": p.domain_proba, "kind": p.kind_proba, "fields": p.field_proba,
                                     **{k: r[k] for k in FIELD_HEADS if k in r}}, ensure_ascii=False) + "\n")
        return 0
    vec, heads = fit_heads(rows, kinds)
    data = export(vec, heads, files, rows)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(args.out, "wb") as fh:  # mtime 0: the same data gives the same bytes
        with gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
            gz.write(raw)
    print(f"wrote {args.out}: {len(data['idf'])} features, {Path(args.out).stat().st_size // 1024} KiB",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
