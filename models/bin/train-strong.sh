#!/usr/bin/env bash
# Starts, or resumes after an interruption, the long training run of strong-v1 in the
# background at the lowest CPU priority. Run it again with the same settings to resume from
# the newest checkpoint in models/runs/strong-v1; when all epochs are done the best epoch
# (selected on the train holdout) is written to models/weights/strong-v1.
set -euo pipefail
cd "$(dirname "$0")/../.."   # repository root
RUN=models/runs/strong-v1
DATA=${FER_TRAIN:-../shared/datasets/fer2013/train}

mvn -B -q -o -pl models package -DskipTests
mkdir -p "$RUN"
# run from a copy, so rebuilding the module does not swap classes under the running JVM
cp models/target/models-0.1.0-SNAPSHOT.jar "$RUN/models.jar"
CP="$RUN/models.jar:$(cat models/target/runtime-classpath.txt)"

OMP_WAIT_POLICY=PASSIVE nohup nice -n 19 java -Xmx4g -cp "$CP" io.emoticctv.models.cli.ModelsCli train \
  --data "$DATA" --run-dir "$RUN" --out models/weights/strong-v1 \
  --name strong --model-version v1 --architecture resnet-m \
  --epochs 80 --batch 64 --lr 0.05 --optimizer sgd --momentum 0.9 --weight-decay 5e-4 \
  --schedule cosine --warmup-epochs 2 --label-smoothing 0.1 --augment strong \
  --holdout-fraction 0.1 --seed 42 --log-every 50 \
  >> "$RUN/train.log" 2>&1 &
echo "$!" > "$RUN/pid"
echo "training in the background, PID $(cat "$RUN/pid"), log $RUN/train.log"
