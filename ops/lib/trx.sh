# Sums the <Counters …> of .trx files (VSTest's TRX results) into passed/failed/skipped.
# shellcheck shell=bash

# trx_attr LINE NAME: the numeric attribute NAME="…" of a Counters element, 0 when absent.
trx_attr() {
  local value
  value=$(sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p" <<<"$1")
  echo "${value:-0}"
}

# trx_totals DIR: prints "PASSED FAILED SKIPPED" over every .trx file under DIR.
trx_totals() {
  local passed=0 failed=0 skipped=0 file counters total p f
  while IFS= read -r -d '' file; do
    counters=$(grep -o '<Counters [^>]*>' "$file" | head -n1) || continue
    total=$(trx_attr "$counters" total)
    p=$(trx_attr "$counters" passed)
    f=$(($(trx_attr "$counters" failed) + $(trx_attr "$counters" error) \
      + $(trx_attr "$counters" timeout) + $(trx_attr "$counters" aborted)))
    passed=$((passed + p))
    failed=$((failed + f))
    ((total > p + f)) && skipped=$((skipped + total - p - f))
  done < <(find "$1" -name '*.trx' -print0 2>/dev/null)
  echo "$passed $failed $skipped"
}
