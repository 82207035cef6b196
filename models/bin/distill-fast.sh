#!/usr/bin/env bash
# Distils a fast model from strong-v1 (start, or resume after an interruption):
#   distill-fast.sh VERSION ARCHITECTURE, e.g. v2 resnet-s (fast-v2), v3 resnet-xs (fast-v3).
# When all epochs are done the best epoch (selected on the train holdout, the same 10 % strong-v1
# never trained on) is written to models/weights/fast-VERSION.
VERSION=${1:?usage: distill-fast.sh VERSION ARCHITECTURE}
ARCHITECTURE=${2:?usage: distill-fast.sh VERSION ARCHITECTURE}
exec "$(dirname "$0")/background-run.sh" "fast-$VERSION" distill --teacher models/weights/strong-v1 \
  --data "${FER_TRAIN:-../shared/datasets/fer2013/train}" --out "models/weights/fast-$VERSION" \
  --name fast --model-version "$VERSION" --architecture "$ARCHITECTURE" \
  --epochs 40 --batch 64 --lr 0.05 --optimizer sgd --momentum 0.9 --weight-decay 5e-4 \
  --schedule cosine --warmup-epochs 2 --augment strong \
  --distill-temperature 4 --distill-weight 0.7 \
  --holdout-fraction 0.1 --seed 42 --log-every 50
