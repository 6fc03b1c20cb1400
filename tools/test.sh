#!/usr/bin/env bash
# `make test`: every test and check, each step's output shown as it runs, then one closing line
# that sums them all: `tests: N passed, M failed`. Native tests (cargo test), the release build
# (one check, with its build-time checks), the component test in Chromium (wasm-bindgen-test),
# the browser suite (Playwright) and the checks (formatting, lints, the copy check against the
# source article). A step that cannot run (a compile error, a crash) counts as one failure; the later
# steps still run where they can, so one run shows everything that is wrong.
set -uo pipefail
cd "$(dirname "$0")/.."
LOGS=target/test-logs
mkdir -p "$LOGS"
passed=0
failed=0
summary=()

# run NAME COMMAND…: runs it with its output shown and kept in $LOGS/NAME.log; returns its status.
run() {
  local name=$1 start=$SECONDS
  shift
  echo "::: $name: $*"
  "$@" 2>&1 | tee "$LOGS/$name.log"
  local status=${PIPESTATUS[0]}
  summary+=("$(printf '%-10s %4ss  exit %s' "$name" $((SECONDS - start)) "$status")")
  return "$status"
}

# cargo's libtest lines: "test result: ok. 12 passed; 0 failed; …", one per test binary.
count_libtest() {
  local name=$1 status=$2 p f
  p=$(grep -aoE 'test result: [A-Za-z]+\. [0-9]+ passed' "$LOGS/$name.log" | awk '{ s += $4 } END { print s + 0 }')
  f=$(grep -aoE '[0-9]+ passed; [0-9]+ failed' "$LOGS/$name.log" | awk '{ s += $3 } END { print s + 0 }')
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
}

# A check is one test: it passes when its command exits 0.
check() {
  local name=$1
  if run "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

# The build and the browser suite agree on one site address (the social-card tests compare every
# absolute URL in the pages with it), whatever the caller's environment says.
export SITE_URL=https://h200.example/explainer/

run setup make --no-print-directory setup || failed=$((failed + 1))

run native cargo test --locked; count_libtest native $?

# The release build before the component test: that test reuses the build's compiled crates.
built=0
if run build make --no-print-directory build; then built=1; passed=$((passed + 1)); else failed=$((failed + 1)); fi

run wasm make --no-print-directory test-wasm; count_libtest wasm $?

if [ "$built" = 1 ]; then
  rm -f tests/e2e/.output/results.json
  run e2e make --no-print-directory test-e2e
  status=$?
  # Playwright's JSON report (written beside the list output): expected = passed, unexpected =
  # failed, flaky = passed only on a retry (there are none: retries are 0, and stay 0).
  if counts=$(node -e '
      const s = JSON.parse(require("fs").readFileSync("tests/e2e/.output/results.json", "utf8")).stats;
      console.log(s.expected, s.unexpected + s.flaky);' 2>/dev/null); then
    read -r p f <<<"$counts"
    if [ "$status" != 0 ] && [ "$f" = 0 ]; then f=1; fi
    passed=$((passed + p))
    failed=$((failed + f))
  else
    failed=$((failed + 1))
  fi
else
  echo "::: e2e: skipped, the build failed"
  failed=$((failed + 1))
fi

check fmt cargo fmt --all --check
check clippy cargo clippy --locked --all-targets --quiet -- -D warnings
# The copy check needs ../shared beside the checkout; where it is missing the check is skipped
# and counted neither way.
if [ -f ../shared/tools/copycheck.py ]; then
  check copycheck python3 ../shared/tools/copycheck.py .
else
  echo "::: copycheck: skipped, ../shared/tools/copycheck.py not found"
fi

echo "::: steps"
printf '  %s\n' "${summary[@]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
