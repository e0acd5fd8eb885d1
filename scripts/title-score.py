#!/usr/bin/env python3
"""Scores the titles of an export of the PolNeAR quotes set against the set's own gold titles.

Usage: title-score.py EXPORT.jsonl GOLD.json

A title counts when it equals the gold title after the normalisation of the eval folder's score.py
(case, quotes, punctuation at the ends). Prints one JSON object: {"titles": {"exact": F, "none": N, "n": N}}.
"""
import json
import sys
from pathlib import Path

export, gold_path = Path(sys.argv[1]), Path(sys.argv[2])
sys.path.insert(0, str(gold_path.parent.parent))
from score import norm  # noqa: E402  (the eval folder's normalisation, so titles compare as the seeds' do)

gold = json.loads(gold_path.read_text(encoding="utf-8"))
right = missing = total = 0
for line in export.read_text(encoding="utf-8").splitlines():
    article = json.loads(line)
    expected = gold.get(article["source"]["file"], {}).get("title")
    if not expected:
        continue
    total += 1
    missing += not article.get("title")
    right += norm(article.get("title")) == norm(expected)
print(json.dumps({"titles": {"exact": right / total if total else 0.0, "none": missing, "n": total}}))
