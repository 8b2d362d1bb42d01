#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local dotnet tool, pinned in dotnet-tools.json).
#
# Usage: scripts/mutation-test.sh [GLOB ...] [-- STRYKER_OPTION ...]
#
#   GLOB  a source file glob, relative to the repository root, of the files to mutate; '!' in front excludes.
#         Default: the calendar, the logic core and the timescale evaluator:
#           'src/Safeguarding.Rules/Calendars/**/*.cs' 'src/Safeguarding.Rules/Logic/**/*.cs'
#           'src/Safeguarding.Rules/Timescales/**/*.cs'
#   after --, options passed to Stryker as they are (say '-- --concurrency 2' on an idle machine).
#
# Example: scripts/mutation-test.sh 'src/Safeguarding.Rules/Calendars/**/*.cs'
#
# Settings shared by every run (project, test filter, coverage analysis, reporters, thresholds) are in
# stryker-config.json at the repository root. Reports go to artifacts/mutation/<time>/reports
# (mutation-report.html and mutation-report.json); artifacts/mutation/latest points at the last run.
# The run does not fail on a low score: it prints the score and the survivors, and you read them.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

globs=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) globs+=("$1"); shift ;;
  esac
done
if [ ${#globs[@]} -eq 0 ]; then
  globs=(
    'src/Safeguarding.Rules/Calendars/**/*.cs'
    'src/Safeguarding.Rules/Logic/**/*.cs'
    'src/Safeguarding.Rules/Timescales/**/*.cs'
  )
fi

# Stryker matches a glob against each file's full path and against its path relative to the library's
# project folder. A glob relative to the repository root matches neither, so anchor it with '**/':
# 'src/Safeguarding.Rules/Calendars/**/*.cs' becomes '**/src/Safeguarding.Rules/Calendars/**/*.cs'.
mutate_args=()
for glob in "${globs[@]}"; do
  sign=''
  if [ "${glob#!}" != "$glob" ]; then sign='!'; glob=${glob#!}; fi
  glob=${glob#./}
  case "$glob" in
    /*|'**'*) ;;
    *) glob="**/$glob" ;;
  esac
  mutate_args+=(--mutate "$sign$glob")
done

echo "== restoring the local tools (dotnet-tools.json)"
dotnet tool restore

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/artifacts/mutation/$stamp"
mkdir -p "$out"
echo "== mutating: ${globs[*]}"
echo "== reports:  $out/reports"

start=$(date +%s)
set +e
# Stryker is run from the test project's folder; it finds the library among that project's references.
(
  cd tests/Safeguarding.Rules.Tests
  dotnet stryker \
    --config-file "$root/stryker-config.json" \
    --output "$out" \
    --skip-version-check \
    "${mutate_args[@]}" \
    ${extra[@]+"${extra[@]}"}
) 2>&1 | tee "$out/stryker.log"
status=${PIPESTATUS[0]}
set -e
elapsed=$(( $(date +%s) - start ))
ln -sfn "$stamp" "$root/artifacts/mutation/latest"

report="$out/reports/mutation-report.json"
if [ "$status" -ne 0 ] || [ ! -f "$report" ]; then
  echo "error: Stryker exited with $status and wrote no report ($report); see $out/stryker.log" >&2
  [ "$status" -ne 0 ] && exit "$status"
  exit 1
fi

# The score, counted from the JSON report as Stryker counts it:
# detected (killed + timeout) / (detected + survived + no coverage); compile errors and ignored mutants do not count.
python3 - "$report" "$elapsed" <<'PY'
import json, sys
from collections import Counter

report, elapsed = sys.argv[1], int(sys.argv[2])
files = json.load(open(report))["files"]
total = Counter()
print()
print(f"{'file':<60} {'score':>7} {'killed':>6} {'timeout':>7} {'survived':>8} {'nocov':>5} {'errors':>6} {'ignored':>7}")
for name, f in sorted(files.items()):
    c = Counter(m["status"] for m in f["mutants"])
    total += c
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    score = f"{100 * detected / valid:.2f}%" if valid else "n/a"
    short = name.split("src/Safeguarding.Rules/")[-1]
    print(f"{short:<60} {score:>7} {c['Killed']:>6} {c['Timeout']:>7} {c['Survived']:>8} {c['NoCoverage']:>5} {c['CompileError'] + c['RuntimeError']:>6} {c['Ignored']:>7}")

detected = total["Killed"] + total["Timeout"]
valid = detected + total["Survived"] + total["NoCoverage"]
print()
print("Surviving and uncovered mutants:")
for name, f in sorted(files.items()):
    lines = f["source"].splitlines()
    for m in sorted(f["mutants"], key=lambda m: (m["location"]["start"]["line"], m["location"]["start"]["column"])):
        if m["status"] in ("Survived", "NoCoverage"):
            line = m["location"]["start"]["line"]
            short = name.split("src/Safeguarding.Rules/")[-1]
            print(f"  {m['status']:<10} {short}:{line} #{m['id']} {m['mutatorName']}: {m.get('replacement', '').strip()[:90]!r}")
            print(f"             was: {lines[line - 1].strip()[:110]}")
print()
if valid:
    print(f"Mutation score: {100 * detected / valid:.2f}% ({detected} detected of {valid}; "
          f"{total['Killed']} killed, {total['Timeout']} timed out, {total['Survived']} survived, {total['NoCoverage']} not covered)")
else:
    print("Mutation score: n/a (no mutant was tested)")
print(f"Time: {elapsed // 60} min {elapsed % 60} s")
PY
