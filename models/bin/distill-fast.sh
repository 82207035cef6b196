#!/usr/bin/env bash
# The distillation of fast-v2 from strong-v1 (start, or resume after an interruption): resnet-s,
# which runs about as many faces/s batched as compact-cnn with 3.6x its parameters. When all
# epochs are done the best epoch (selected on the train holdout, the same 10 % strong-v1 never
# trained on) is written to models/weights/fast-v2.
exec "$(dirname "$0")/background-run.sh" fast-v2 distill --teacher models/weights/strong-v1 \
  --data "${FER_TRAIN:-../shared/datasets/fer2013/train}" --out models/weights/fast-v2 \
  --name fast --model-version v2 --architecture resnet-s \
  --epochs 40 --batch 64 --lr 0.05 --optimizer sgd --momentum 0.9 --weight-decay 5e-4 \
  --schedule cosine --warmup-epochs 2 --augment strong \
  --distill-temperature 4 --distill-weight 0.7 \
  --holdout-fraction 0.1 --seed 42 --log-every 50
