#!/usr/bin/env bash
# Measures Clipper on every development set in ../shared/eval: `scripts/eval.sh [--json FILE] [--keep]
# [--sets LIST]` (what `make eval` runs, after a release build).
#
# Each set is copied into the inbox of a fresh state folder under /tmp, processed with
# `clipperd --once`, exported with `clipperctl export` and scored with the set's own scorer. Then one
# table is printed (what | figure | floor), and the script exits 1 when a figure is below its floor.
# The floors are the FLOORS block below: the figures reached on the development sets, so that a change
# that loses ground fails here. Exports and scorer outputs stay under /tmp (they hold the sets' text,
# which never goes into the repository); --keep leaves them there and prints where.
#
#   --json FILE   also write the figures as one JSON object to FILE
#   --keep        keep the working folder (exports, scorer outputs) instead of deleting it
#   --sets LIST   only these sets, comma-separated: seeds,html,ner,quotes,web-html,web-text,figures,dates
#
# Environment: CLIPPER_EVAL_DIR (default ../shared/eval), CLIPPER_SEEDS_DIR (default ../shared/seeds),
# CLIPPER_BIN (default .build/release).
set -euo pipefail

# The floors: a figure below its floor fails `make eval`. Keys are the rows of the table.
FLOORS='
ner.people       0.889
ner.orgs         0.758
ner.places       0.880
quotes.quotes    0.948
quotes.speakers  0.845
quotes.titles    0.949
web_html.f       0.936
web_text.f       0.851
html.f1          0.978
figures.f1       0.865
dates.f1         0.870
seeds.title      0.800
seeds.authors    0.800
seeds.published  0.800
seeds.outlet     0.800
seeds.people     0.900
seeds.organizations 0.850
seeds.places     0.900
seeds.quotes     0.900
seeds.speakers   0.850
seeds.figures    0.900
seeds.dates      0.800
seeds.boilerplate 0.950
seeds.body_kept  1.000
'

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
eval_dir="${CLIPPER_EVAL_DIR:-../shared/eval}"
seeds_dir="${CLIPPER_SEEDS_DIR:-../shared/seeds}"
bin="${CLIPPER_BIN:-.build/release}"
json_out=""
keep=false
sets="seeds,html,ner,quotes,web-html,web-text,figures,dates"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --json) json_out="${2:?eval.sh: --json needs a file name}"; shift 2 ;;
        --keep) keep=true; shift ;;
        --sets) sets="${2:?eval.sh: --sets needs a comma-separated list}"; shift 2 ;;
        -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "eval.sh: unknown option '$1' (see scripts/eval.sh --help)" >&2; exit 2 ;;
    esac
done

if [[ ! -d "$eval_dir" ]]; then
    echo "eval.sh: the development sets are missing: no folder $eval_dir (put the shared eval folder beside the clone or set CLIPPER_EVAL_DIR)." >&2
    exit 2
fi
for tool in clipperd clipperctl; do
    [[ -x "$bin/$tool" ]] || { echo "eval.sh: $bin/$tool is not built (run swift build -c release, or make eval)." >&2; exit 2; }
done
command -v python3 >/dev/null || { echo "eval.sh: python3 is needed to run the scorers." >&2; exit 2; }

work="$(mktemp -d /tmp/clipper-eval.XXXXXX)"
if $keep; then
    trap 'echo "eval.sh: exports and scorer outputs kept in $work"' EXIT
else
    trap 'rm -rf "$work"' EXIT
fi

# run_set NAME: processes $work/NAME/inbox with clipperd --once into its own state folder, then exports it
# to $work/NAME.jsonl and counts the quarantined files into $work/NAME.failed.
run_set() {
    local state="$work/$1"
    CLIPPER_LOG_LEVEL=error "$bin/clipperd" --once --state-dir "$state" >"$work/$1.log" 2>&1 ||
        { echo "eval.sh: clipperd --once failed on the $1 set (log: $work/$1.log)." >&2; keep=true; exit 1; }
    "$bin/clipperctl" --state-dir "$state" export >"$work/$1.jsonl"
    find "$state/failed" -maxdepth 1 -type f ! -name '*.error.json' 2>/dev/null | wc -l >"$work/$1.failed"
}

# copy_set NAME FOLDER [gz]: fills $work/NAME/inbox with the files of FOLDER (gunzipped, .gz dropped).
copy_set() {
    local inbox="$work/$1/inbox"
    mkdir -p "$inbox"
    if [[ "${3:-}" == gz ]]; then
        for f in "$2"/*.gz; do gzip -dc "$f" >"$inbox/$(basename "$f" .gz)"; done
    else
        cp "$2"/* "$inbox/"
    fi
}

wants() { [[ ",$sets," == *",$1,"* ]]; }
started=$SECONDS
score="python3 $eval_dir"
if wants seeds; then
    copy_set seeds "$seeds_dir"
    run_set seeds
    $score/score.py "$work/seeds.jsonl" --json >"$work/seeds.score" || true
fi
if wants html; then
    copy_set html "$eval_dir/html/pages" gz
    run_set html
    $score/score_html.py "$work/html.jsonl" >"$work/html.score" || true
fi
if wants ner; then
    copy_set ner "$eval_dir/ner/articles"
    run_set ner
    $score/ner_score.py "$work/ner.jsonl" --json >"$work/ner.score" || true
fi
if wants quotes; then
    copy_set quotes "$eval_dir/quotes/articles"
    run_set quotes
    $score/quotes_score.py "$work/quotes.jsonl" --json >"$work/quotes.score" || true
    python3 "$root/scripts/title-score.py" "$work/quotes.jsonl" "$eval_dir/quotes/gold.json" >"$work/titles.score" || true
fi
if wants web-html; then
    copy_set web-html "$eval_dir/web/html" gz
    run_set web-html
    $score/web_score.py "$work/web-html.jsonl" --json >"$work/web-html.score" || true
fi
if wants web-text; then
    copy_set web-text "$eval_dir/web/text"
    run_set web-text
    $score/web_score.py "$work/web-text.jsonl" --json >"$work/web-text.score" || true
fi
if wants figures; then
    copy_set figures "$eval_dir/figures/articles"
    run_set figures
    $score/figures_score.py "$work/figures.jsonl" >"$work/figures.score" || true
fi
if wants dates; then
    copy_set dates "$eval_dir/dates/articles"
    run_set dates
    $score/dates_score.py "$work/dates.jsonl" >"$work/dates.score" || true
fi

python3 "$root/scripts/eval-table.py" "$work" --floors "$FLOORS" --seconds $((SECONDS - started)) \
    ${json_out:+--json "$json_out"}
