# The nanoFramework kit (nanoCLR + MetadataProcessor from pinned upstream sources), sourced by
# scripts/test.sh. It sits beside the repository: ../shared/nanoframework, or beside the local checkout this
# one was cloned from (WAI_NFKIT overrides; test.sh exports what it found, for the tests).
# The firmware tests convert the watch assemblies with it and run them on nanoCLR; `wai bench`
# counts their instructions with it. A machine without the folder gets the same pinned sources as
# firmware/README.md ("The watch on the real runtime") says.

wai_nfkit_dir() {
  if [ -n "${WAI_NFKIT:-}" ]; then
    printf '%s\n' "$WAI_NFKIT"
    return
  fi
  local root origin
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  # A clone of a local checkout (`git clone . /tmp/x`, as CI and a quick check make): the kit beside the checkout
  # it was cloned from.
  origin=$(git -C "$root" remote get-url origin 2>/dev/null || true)
  if [ ! -d "$root/../shared/nanoframework" ] && [ -d "$origin" ] && [ -d "$origin/../shared/nanoframework" ]; then
    printf '%s\n' "$(cd "$origin/.." && pwd)/shared/nanoframework"
  else
    printf '%s\n' "$(cd "$root/.." && pwd)/shared/nanoframework"
  fi
}

# Builds the kit (installs cmake, ninja, g++, valgrind, xz-utils as root when missing; ~2 min from
# clean, under a second when up to date). Fails with a clear message when the kit is missing.
ensure_nanoframework_kit() {
  local kit
  kit=$(wai_nfkit_dir)
  if [ ! -x "$kit/build.sh" ]; then
    echo "the nanoFramework kit is missing: expected $kit (the repository's sibling ../shared/nanoframework)," >&2
    echo "or set WAI_NFKIT to its folder. Without it, see firmware/README.md, \"The watch on the real runtime\"." >&2
    return 1
  fi
  echo "building the nanoFramework kit ($kit) ..."
  "$kit/build.sh"
}

# Builds the nanoCLR with the watch's native kernels (firmware/native/build-kernels.sh: the kit's skeleton for
# firmware/WearableAI.Kernels, the C++ of firmware/native/WearableAI.Kernels, the kit's build-interop.sh; ~1.5 min
# the first time, then cached by content). The firmware's nanoCLR tests and `wai bench --only watch-clr` run the
# watch on it; they would build it themselves, this only does it up front with a clear log.
ensure_watch_kernels() {
  local root bin
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  bin="$root/firmware/WearableAI.Kernels/bin/Debug/netstandard2.0"
  echo "building the watch's native kernels into nanoCLR (firmware/native/build-kernels.sh) ..."
  dotnet build "$root/firmware/WearableAI.Kernels" -c Debug --nologo -v q >/dev/null
  WAI_NFKIT=$(wai_nfkit_dir) "$root/firmware/native/build-kernels.sh" "$bin/WearableAI.Kernels.dll" >/dev/null
}
