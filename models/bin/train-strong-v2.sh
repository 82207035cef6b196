#!/usr/bin/env bash
# The long training run of strong-v2 (start, or resume after an interruption), a step towards
# the 73 % target: resnet-l (2.8 M params), 120 epochs, mixup on top of strong-v1's recipe. Many
# CPU hours: it runs across sessions. When all epochs are done the best epoch (selected on the
# train holdout) is written to models/weights/strong-v2.
exec "$(dirname "$0")/background-run.sh" strong-v2 train \
  --data "${FER_TRAIN:-../shared/datasets/fer2013/train}" --out models/weights/strong-v2 \
  --name strong --model-version v2 --architecture resnet-l \
  --epochs 120 --batch 64 --lr 0.05 --optimizer sgd --momentum 0.9 --weight-decay 5e-4 \
  --schedule cosine --warmup-epochs 3 --label-smoothing 0.1 --mixup 0.2 --augment strong \
  --holdout-fraction 0.1 --seed 42 --log-every 50
