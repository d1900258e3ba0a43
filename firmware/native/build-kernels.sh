#!/usr/bin/env bash
# Builds the watch's native interop assembly WearableAI.Kernels (firmware/WearableAI.Kernels: the extern
# declarations; firmware/native/WearableAI.Kernels: their C++ bodies) into a nanoCLR with the nanoFramework kit,
# and prints that nanoCLR's folder (for the kit's run.sh / measure.sh --clr).
#
# usage: build-kernels.sh [--folder-only DIR] KERNELS_DLL
#   KERNELS_DLL   WearableAI.Kernels.dll, the nanoFramework build (dotnet build firmware/WearableAI.Kernels;
#                 it depends on mscorlib only)
#   --folder-only DIR  only write the interop assembly's folder to DIR/WearableAI.Kernels: what goes into
#                 nf-interpreter's InteropAssemblies/WearableAI.Kernels/ for an ESP32-S3 image
#                 (firmware/esp32s3/README.md); no nanoCLR build.
# Steps: the kit's mdp.sh --skeleton writes the generated files (checksum, method table, marshalling,
# FindINTEROP-WearableAI.Kernels.cmake) for exactly these declarations; the hand-written
# WearableAI_Kernels_WearableAI_Kernels_<Class>.cpp files of this folder replace the empty stubs; then the kit's
# build-interop.sh compiles nanoCLR with them (first time ~1.5 min, then cached by content: < 1 s).
# The kit is ../shared/nanoframework beside the repository, or $WAI_NFKIT.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KIT=${WAI_NFKIT:-$(cd "$ROOT/.." && pwd)/shared/nanoframework}

folder_only=""
if [ "${1:-}" = "--folder-only" ]; then
    folder_only=${2:?--folder-only needs a folder}
    shift 2
fi
if [ $# -ne 1 ]; then
    sed -n '2,16p' "$0" >&2
    exit 2
fi
[ -f "$1" ] || { echo "build-kernels: not found: $1" >&2; exit 2; }
[ -x "$KIT/mdp.sh" ] || { echo "build-kernels: the nanoFramework kit is not at $KIT (set WAI_NFKIT)" >&2; exit 2; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
assembly="$stage/WearableAI.Kernels"
"$KIT/mdp.sh" --skeleton "$assembly" "$1" "$stage/WearableAI.Kernels.pe" >&2

# The generated stubs are replaced by the implementations; a stub without one, or one without a stub, is an error.
for stub in "$assembly"/WearableAI_Kernels_WearableAI_Kernels_*.cpp; do
    case "$stub" in *_mshl.cpp) continue ;; esac
    name=$(basename "$stub")
    [ -f "$HERE/WearableAI.Kernels/$name" ] || { echo "build-kernels: no implementation $HERE/WearableAI.Kernels/$name for the generated stub" >&2; exit 1; }
done
for impl in "$HERE"/WearableAI.Kernels/*.cpp; do
    [ -f "$assembly/$(basename "$impl")" ] || { echo "build-kernels: $impl matches no class with extern methods" >&2; exit 1; }
    cp "$impl" "$assembly/"
done
rm -f "$assembly"/*.pe "$assembly"/*.pdbx

if [ -n "$folder_only" ]; then
    mkdir -p "$folder_only"
    rm -rf "$folder_only/WearableAI.Kernels"
    cp -R "$assembly" "$folder_only/"
    echo "$folder_only/WearableAI.Kernels"
    exit 0
fi

"$KIT/build-interop.sh" "$assembly"
