#!/usr/bin/env bash
# The long training run of strong-v1 (start, or resume after an interruption). When all epochs
# are done the best epoch (selected on the train holdout) is written to models/weights/strong-v1.
exec "$(dirname "$0")/background-run.sh" strong-v1 train \
  --data "${FER_TRAIN:-../shared/datasets/fer2013/train}" --out models/weights/strong-v1 \
  --name strong --model-version v1 --architecture resnet-m \
  --epochs 80 --batch 64 --lr 0.05 --optimizer sgd --momentum 0.9 --weight-decay 5e-4 \
  --schedule cosine --warmup-epochs 2 --label-smoothing 0.1 --augment strong \
  --holdout-fraction 0.1 --seed 42 --log-every 50
