# System (Debian) packages the tests and tools need, installed only when missing.
# Sourced by scripts/test.sh and scripts/demo.sh. Add a package here, not in a test.
WAI_APT_PACKAGES=(${WAI_APT_PACKAGES_EXTRA:-})
WAI_APT_PACKAGES+=(espeak-ng)                  # wai data synth and its tests (tests/WearableAI.Tools.Tests)
WAI_APT_PACKAGES+=(mosquitto mosquitto-clients) # external-broker and raw-client hub tests
WAI_APT_PACKAGES+=(chromium fonts-liberation)  # hub app browser tests (Playwright drives /usr/bin/chromium)

ensure_system_packages() {
  local missing=()
  local p
  for p in "${WAI_APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${missing[*]} — install them as root (apt-get install ${missing[*]})" >&2
    return 1
  fi
  echo "installing Debian packages: ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
}
