#!/usr/bin/env bash
# The shipping recipe (docs/evaluation.md): synthesise the default data (four engines, held-out
# voices and engines, packaged recordings), train with the default preset, evaluate on the test split
# (unseen engines and voices, clean and noisy), copy the shipped files into models/.
#   scripts/train-models.sh            # full recipe: synthesis ~30 min once (cached in data/synth; the recordings cache
#                                      # takes ~30 min more on a fresh machine), training ~42 min, eval ~2 min (+ the peer)
#   scripts/train-models.sh --smoke    # small data + smoke preset, about a minute; writes to /tmp
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=0; [ "${1:-}" = "--smoke" ] && SMOKE=1
STAMP=$(date +%Y%m%d-%H%M%S)
if [ $SMOKE = 1 ]; then
  WORK=$(mktemp -d /tmp/wai-recipe.XXXX); DATA=$WORK/data; RUN=$WORK/run; OUT=$WORK/models
  SYNTH=(--small); PRESET=smoke
else
  DATA=data/synth; RUN=models/runs/$STAMP; OUT=models
  SYNTH=(--background-minutes 60); PRESET=default
fi
dotnet build tools/Wai -v q -nologo >/dev/null
WAI=tools/Wai/bin/Debug/net10.0/linux-x64/wai
timed() { local name=$1; shift; local t0=$SECONDS; "$@"; echo "[recipe] $name: $((SECONDS - t0)) s"; TIMES+=("$name $((SECONDS - t0)) s"); }
TIMES=()
if [ ! -f "$DATA/manifest.json" ]; then timed synth "$WAI" data synth --out "$DATA" --seed 1 "${SYNTH[@]}"; fi
timed train "$WAI" train --data "$DATA" --out "$RUN" --preset "$PRESET" --seed 1
PEER=(--peer); [ $SMOKE = 1 ] && PEER=()   # the PocketSphinx baseline beside our figures (docs/evaluation.md)
timed eval "$WAI" eval --data "$DATA" --models "$RUN" --split test --json "$RUN/eval/report.json" "${PEER[@]}"
"$WAI" ship --run "$RUN" --eval "$RUN/eval/report.json" --out "$OUT" --version "$STAMP"
echo "[recipe] wrote $OUT (hub.onnx, watch.waim, eval-report.json, manifest.json); report $RUN/eval/report.json"
echo "[recipe] timing: ${TIMES[*]}"
