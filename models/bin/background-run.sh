#!/usr/bin/env bash
# Starts, or resumes after an interruption, a long models command (train or distill) in the
# background at the lowest CPU priority: background-run.sh RUN-NAME COMMAND ARGS...
# The run directory is models/runs/RUN-NAME; running the same line again resumes from its
# newest checkpoint. Pause with kill -STOP "$(cat models/runs/RUN-NAME/pid)" (e.g. while taking
# benchmark figures) and continue with kill -CONT.
set -euo pipefail
cd "$(dirname "$0")/../.."   # repository root
RUN=models/runs/$1
shift

mvn -B -q -o -pl models package -DskipTests
mkdir -p "$RUN"
# run from a copy, so rebuilding the module does not swap classes under the running JVM
cp models/target/models-0.1.0-SNAPSHOT.jar "$RUN/models.jar"
CP="$RUN/models.jar:$(cat models/target/runtime-classpath.txt)"

OMP_WAIT_POLICY=PASSIVE nohup nice -n 19 java -Xmx4g -cp "$CP" io.emoticctv.models.cli.ModelsCli \
  "$@" --run-dir "$RUN" >> "$RUN/train.log" 2>&1 &
echo "$!" > "$RUN/pid"
echo "running in the background, PID $(cat "$RUN/pid"), log $RUN/train.log"
