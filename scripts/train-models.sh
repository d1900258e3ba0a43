#!/usr/bin/env bash
# The shipping recipe (docs/evaluation.md): synthesise the default data (held-out test voices),
# train with the default preset, evaluate on the test split, copy the shipped files into models/.
#   scripts/train-models.sh            # full recipe (data ~17 min, training ~30+ min on 2 cores)
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
  SYNTH=(); PRESET=default
fi
dotnet build tools/Wai -v q -nologo >/dev/null
WAI=tools/Wai/bin/Debug/net10.0/linux-x64/wai
timed() { local name=$1; shift; local t0=$SECONDS; "$@"; echo "[recipe] $name: $((SECONDS - t0)) s"; TIMES+=("$name $((SECONDS - t0)) s"); }
TIMES=()
if [ ! -f "$DATA/manifest.json" ]; then timed synth "$WAI" data synth --out "$DATA" --seed 1 "${SYNTH[@]}"; fi
timed train "$WAI" train --data "$DATA" --out "$RUN" --preset "$PRESET" --seed 1
timed eval "$WAI" eval --data "$DATA" --models "$RUN" --split test --json "$RUN/eval/report.json"
mkdir -p "$OUT"
cp "$RUN/hub/hub.onnx" "$OUT/hub.onnx"
BLOB=$(ls "$RUN"/tiny/*.waim "$RUN"/tiny/*.blob 2>/dev/null | head -n1 || true)
[ -n "$BLOB" ] && cp "$BLOB" "$OUT/watch.waim" || echo "[recipe] no watch blob in $RUN/tiny (tiny stage not wired in): models/ gets none"
python3 - "$RUN" "$OUT/manifest.json" "$STAMP" <<'PY'
# The manifest the hub reads (hub/WearableAI.Hub/Inference/ModelManifestReader.cs) and the app shows.
import json, sys, os
run, out, stamp = sys.argv[1:]
load = lambda p: json.load(open(p)) if os.path.exists(p) else None
hub = load(f"{run}/hub/config.json"); report = load(f"{run}/eval/report.json") or {}
vocab = hub["vocabulary"]
manifest = {
  "version": stamp,
  "wakePhrase": vocab["wakePhrase"], "wakeLabel": vocab["wakeLabel"], "vocabulary": vocab["labels"],
  "thresholds": {"wake": hub["wakeThreshold"], "command": 0.5, "tinyWake": (report.get("tiny") or {}).get("threshold")},
  "frontEnd": hub["frontEnd"], "windows": hub["windows"], "featureScale": 1, "input": "features", "output": "logits",
  "files": {"hub": "hub.onnx", "watch": "watch.waim"},
  "metrics": {k: report.get(k) for k in ("hub", "tiny", "cascade", "budgets")},
  "training": {"preset": hub["preset"], "seed": hub["seed"], "hub": hub["training"], "network": hub["network"], "run": os.path.basename(run)},
  "dataHash": hub["dataHash"],
}
for tier in ("hub", "tiny", "cascade"):
  if manifest["metrics"].get(tier): manifest["metrics"][tier].pop("det", None)
json.dump(manifest, open(out, "w"), indent=2)
PY
echo "[recipe] wrote $OUT (hub.onnx, watch.waim, manifest.json); report $RUN/eval/report.json"
echo "[recipe] timing: ${TIMES[*]}"
