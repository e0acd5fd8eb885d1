#!/usr/bin/env bash
# Fuzzes parse and extract with libFuzzer for a given time: `scripts/fuzz.sh [SECONDS]` (default 60).
#
# Builds the clipper-fuzz product with -sanitize=fuzzer,address into .build-fuzz (only Parse,
# Extract and Model are compiled), then runs it on a working corpus in .build-fuzz/corpus made of
# its earlier finds, fuzz/corpus and seeds/. Prints executions, speed, coverage and findings.
# Exits 0 when nothing was found, 1 on a crash, a hang or a broken invariant: the input is then
# saved under .build-fuzz/findings/ and the command that replays it is printed.
#
# Environment: FUZZ_CONFIGURATION=release|debug (release: ~6x the executions; Swift keeps its
# bounds and overflow checks at -O), FUZZ_FLAGS="-seed=1 ..." for more libFuzzer flags.
set -euo pipefail

duration="${1:-60}"
[[ "$duration" =~ ^[0-9]+$ && "$duration" -gt 0 ]] || { echo "fuzz.sh: SECONDS must be a positive whole number, not '$duration'" >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$root/.build-fuzz"
configuration="${FUZZ_CONFIGURATION:-release}"
corpus="$scratch/corpus"
findings="$scratch/findings"
dictionary="$scratch/clipper.dict"
log="$scratch/fuzz.log"

# -sanitize=fuzzer,address instruments every Swift module for coverage and ASan; -DFUZZING swaps
# the replay `main` for libFuzzer's driver, declared with @_extern(c) (the Extern feature); lld
# links the sanitizer runtimes without gold's "cannot export local symbol" noise.
build=(swift build -c "$configuration" --product clipper-fuzz --scratch-path "$scratch"
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
    -Xswiftc -enable-experimental-feature -Xswiftc Extern -Xswiftc -use-ld=lld)
echo "fuzz.sh: building clipper-fuzz ($configuration, fuzzer+address sanitizers) in .build-fuzz"
(cd "$root" && "${build[@]}")
binary="$(cd "$root" && "${build[@]}" --show-bin-path)/clipper-fuzz"

mkdir -p "$corpus" "$findings"
for source in "$root/fuzz/corpus" "$root/seeds"; do
    if [[ -d "$source" ]]; then find -L "$source" -type f ! -name '.*' -exec cp -n -t "$corpus" {} +; fi
done

# Tokens of news pages the mutator splices in: tags, entities, quotation marks, attribution,
# figures, dates, datelines, bylines, charsets and byte-order marks.
cat >"$dictionary" <<'EOF'
"<html>"
"</html>"
"<head>"
"<body>"
"<p>"
"</p>"
"<div class=\"article-body\">"
"</div>"
"<article>"
"</article>"
"<h1>"
"</h1>"
"<title>"
"</title>"
"<br>"
"<a href=\"/"
"</a>"
"<nav>"
"<aside>"
"<figure>"
"<figcaption>"
"<blockquote>"
"<ul><li>"
"<table><tr><td>"
"<script>"
"</script>"
"<style>"
"<noscript>"
"<!--"
"-->"
"<![CDATA["
"<!DOCTYPE html>"
"<meta charset=\"utf-8\">"
"<meta charset=\"windows-1252\">"
"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
"<meta property=\"article:published_time\" content=\"2025-03-30T10:00:00Z\">"
"<meta name=\"author\" content=\""
"<meta property=\"og:site_name\" content=\""
"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-01-28\",\"author\":{\"name\":\""
"&amp;"
"&quot;"
"&nbsp;"
"&ldquo;"
"&rdquo;"
"&#8220;"
"&#x201D;"
"&#0;"
"&#xFFFFFFFF;"
"\xe2\x80\x9c"
"\xe2\x80\x9d"
"\xe2\x80\x98"
"\xe2\x80\x99"
"\xc2\xa0"
"\xe2\x80\x94"
"\""
" said."
", he said."
" said in a statement"
" told reporters"
" according to "
" wrote"
"Mr. "
"Gov. "
"Sen. "
"President "
"Department of "
" University"
"$"
"%"
" million"
" billion"
" percent"
"at least "
"more than "
"nearly "
"1,000"
"3.5"
"Jan. 28, 2025"
"March 30"
"2025"
"yesterday"
"last month"
"next year"
"WASHINGTON (AP) \xe2\x80\x94 "
"By "
"Photo by "
"Getty Images"
"Related:"
"Sources:"
"Sponsor Message"
"\xef\xbb\xbf"
"\xff\xfe"
"\xfe\xff"
"\x0d\x0a"
"\x0a\x0a"
EOF

echo "fuzz.sh: fuzzing for ${duration}s on $(find -L "$corpus" -type f | wc -l) corpus inputs; log in .build-fuzz/fuzz.log"
started="$(date +%s)"
status=0
# The Swift runtime's backtracer would take the crash signal from libFuzzer, which then saves no input.
# shellcheck disable=SC2086  # FUZZ_FLAGS is a list of flags
SWIFT_BACKTRACE=enable=no "$binary" "$corpus" -max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 \
    -dict="$dictionary" -artifact_prefix="$findings/" -print_final_stats=1 ${FUZZ_FLAGS:-} >"$log" 2>&1 || status=$?

executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
added="$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)"
rss="$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)"
coverage="$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*/[0-9a-zA-Z]*' "$log" | tail -1 || true)"
echo "fuzz.sh: ${executions:-?} executions in $(($(date +%s) - started))s (${speed:-?}/s), ${coverage:-no coverage line}, ${added:-0} new inputs, peak RSS ${rss:-?} MB"

found="$(find "$findings" -type f -newermt "@$started" | sort)"
if [[ "$status" -ne 0 || -n "$found" ]]; then
    echo "fuzz.sh: FOUND a failure (libFuzzer exit status $status); the end of the log:" >&2
    grep -v '^#[0-9]' "$log" | tail -40 | swift demangle --simplified >&2
    for input in $found; do
        echo "fuzz.sh: input saved in ${input#"$root/"}; replay it: swift run clipper-fuzz ${input#"$root/"}" >&2
    done
    exit 1
fi
echo "fuzz.sh: no crash, hang or broken invariant"
