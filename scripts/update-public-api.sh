#!/usr/bin/env bash
# Brings the PublicAPI files of the packable libraries up to date with the code, after a deliberate API change.
#
#   scripts/update-public-api.sh                      every library with a PublicAPI/ folder
#   scripts/update-public-api.sh src/Safeguarding.Rules.Json   one library (creates its PublicAPI files if missing)
#
# For each target framework (PublicAPI/<tfm>/, or the project's TargetFrameworks when the folder is new) it builds the
# library with the public API analyzer's errors turned into warnings and reads them back:
#   RS0016 (a public symbol not declared)     -> the symbol is added to PublicAPI.Unshipped.txt;
#   RS0017 (a declared symbol no longer there) -> removed from PublicAPI.Unshipped.txt, or, if it had shipped,
#                                                 recorded as *REMOVED*<symbol> in PublicAPI.Unshipped.txt (a breaking change).
# It repeats until the build reports neither, then prints what changed (review it with git diff before committing).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ "$#" -gt 0 ]; then
  projects=("$@")
else
  # The analyzer's errors are warnings in these builds, so a library builds even while one it references is out of date.
  mapfile -t projects < <(find src -mindepth 2 -maxdepth 2 -type d -name PublicAPI -printf '%h\n' | LC_ALL=C sort)
fi
[ "${#projects[@]}" -gt 0 ] || { echo "error: no project with a PublicAPI folder under src/" >&2; exit 1; }

header='#nullable enable'

ensure_file() {
  [ -s "$1" ] || printf '%s\n' "$header" >"$1"
  head -n1 "$1" | grep -qxF "$header" || { echo "error: $1 does not start with '$header'" >&2; exit 1; }
}

# Writes the header then the given entries, sorted ordinally, one a line.
write_sorted() {
  local file=$1 entries=$2
  { printf '%s\n' "$header"; printf '%s' "$entries" | grep -v '^$' | LC_ALL=C sort -u || true; } >"$file"
}

for project in "${projects[@]}"; do
  project=${project%/}
  csproj=$(find "$project" -maxdepth 1 -name '*.csproj' | head -1)
  [ -n "$csproj" ] || { echo "error: no .csproj in $project" >&2; exit 1; }
  tfms=$(dotnet msbuild "$csproj" -getProperty:TargetFrameworks)
  [ -n "$tfms" ] || tfms=$(dotnet msbuild "$csproj" -getProperty:TargetFramework)
  for tfm in ${tfms//;/ }; do
    dir="$project/PublicAPI/$tfm"
    mkdir -p "$dir"
    shipped="$dir/PublicAPI.Shipped.txt"
    unshipped="$dir/PublicAPI.Unshipped.txt"
    ensure_file "$shipped"
    ensure_file "$unshipped"
    for pass in 1 2 3 4; do
      touch "$unshipped"   # an input of the compiler: the build below compiles again and reports afresh
      log=$(dotnet build "$csproj" -f "$tfm" -nologo -clp:NoSummary -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= 2>&1 || true)
      added=$(grep -E "(warning|error) RS0016: " <<<"$log" | sed -E "s/.* RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" | LC_ALL=C sort -u || true)
      removed=$(grep -E "(warning|error) RS0017: " <<<"$log" | sed -E "s/.* RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/" | LC_ALL=C sort -u || true)
      if [ -z "$added" ] && [ -z "$removed" ]; then
        if grep -qE "error (CS|RS)[0-9]+" <<<"$log"; then
          grep -E "error (CS|RS)[0-9]+" <<<"$log" | LC_ALL=C sort -u | head -20 >&2
          echo "error: $csproj ($tfm) does not build; fix the errors above first" >&2
          exit 1
        fi
        break
      fi
      current=$(tail -n +2 "$unshipped")
      if [ -n "$removed" ]; then
        while IFS= read -r symbol; do
          if grep -qxF -- "$symbol" <<<"$current"; then
            current=$(grep -vxF -- "$symbol" <<<"$current" || true)
          elif grep -qxF -- "$symbol" "$shipped"; then
            current+=$'\n'"*REMOVED*$symbol"
          fi
        done <<<"$removed"
      fi
      [ -z "$added" ] || current+=$'\n'"$added"
      write_sorted "$unshipped" "$current"
      printf '%s (%s): %d added, %d removed\n' "$project" "$tfm" "$(grep -c . <<<"$added" || true)" "$(grep -c . <<<"$removed" || true)"
      if [ "$pass" -eq 4 ]; then
        echo "error: $csproj ($tfm) still reports RS0016/RS0017 after $pass passes" >&2
        exit 1
      fi
    done
  done
done
git status --short -- '*PublicAPI*.txt' || true
