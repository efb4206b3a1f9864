#!/usr/bin/env bash
# Bounded fuzzing with Jazzer: each fuzz test below runs in fuzzing mode (JAZZER_FUZZ=1) for the maxDuration its
# @FuzzTest gives, in a JVM of its own (Jazzer fuzzes one test per JVM), with Jazzer's coverage instrumentation on
# (-Djazzer.hooks=true; the normal build runs the seeds only, without it: see src/test/resources/junit-platform.properties).
# Called by .ci/run after the main build, whose compiled classes it uses; run it alone with `bash .ci/fuzz.sh` after
# `./mvnw test-compile`. A finding fails the run, and Jazzer saves the input that found it as a seed under
# src/test/resources/<package>/<Class>Inputs/<method>/: commit it with the fix, and every build replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(
  "org.urbansdg.search.SearchQueryFuzzTests#searchLinksLeadBackToTheSameSearch"
  "org.urbansdg.shared.CsvFuzzTests#everyCellReadsBackAndNoneIsAFormula"
  "org.urbansdg.WebInputFuzzTests#requestsNeverFail"
)
MVN=(./mvnw -B -ntp -q)
if [[ "${MAVEN_OFFLINE:-}" == "true" ]]; then MVN+=(-o); fi

for target in "${TARGETS[@]}"; do
  started=$(date +%s)
  JAZZER_FUZZ=1 "${MVN[@]}" surefire:test -Dtest="$target" -Djazzer.hooks=true -Dsurefire.failIfNoSpecifiedTests=false
  echo "fuzzed $target in $(( $(date +%s) - started )) s"
done
