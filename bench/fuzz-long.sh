#!/usr/bin/env bash
# The mutation fuzz at any length: CASES mutated files of each kind (plan, registry,
# outline, report, decision, progress), validated and, when valid, built to DOCX and PDF.
# npm test runs 60 a kind, CI 520 (npm run test:fuzz); this is for a night's run:
#   bash bench/fuzz-long.sh 20000 [SEED]
# Any exit-3 outcome or stack trace fails the run and names the case and seed.
set -euo pipefail
cd "$(dirname "$0")/.."
export VANBAN_FUZZ_CASES="${1:-5000}"
export VANBAN_FUZZ_SEED="${2:-$(date +%Y%m%d)}"
npm run build --silent
echo "fuzz: ${VANBAN_FUZZ_CASES} cases a kind, seed ${VANBAN_FUZZ_SEED}"
exec npx vitest run tests/integration/fuzz.test.ts --testTimeout=0
