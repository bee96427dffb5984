#!/usr/bin/env bash
# Reminders benchmark (issue 4): 100 divisions x 20 assignments, reminders computed and sent to the
# fake LINE API with 30 % of pushes answering 500. Prints the figures; see README "Benchmark: reminders".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ReminderBenchmark -Dbench=reminders -Dsurefire.failIfNoSpecifiedTests=false \
	-Djacoco.skip=true 2>&1 | sed -n '/== Reminders benchmark/,/still pending/p'
