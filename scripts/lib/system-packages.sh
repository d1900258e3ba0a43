# System (Debian) packages the tests and tools need, installed only when missing.
# Sourced by scripts/test.sh and scripts/demo.sh. Add a package here, not in a test.
WAI_APT_PACKAGES=(${WAI_APT_PACKAGES_EXTRA:-})
WAI_APT_PACKAGES+=(espeak-ng)                  # wai data synth and its tests (tests/WearableAI.Tools.Tests)
# The other engines of shared/data-sources.md (voices chosen by name in tools/WearableAI.Synthesis/Voices/VoiceCatalogue.cs).
WAI_APT_PACKAGES+=(mbrola mbrola-af1 mbrola-nl2 mbrola-fr1 mbrola-fr4 mbrola-de1 mbrola-de2 mbrola-de3 mbrola-de4
  mbrola-de5 mbrola-de6 mbrola-gr2 mbrola-hu1 mbrola-pl1 mbrola-ro1 mbrola-sw1 mbrola-sw2)          # non-free
WAI_APT_PACKAGES+=(rhvoice rhvoice-english)    # non-free; only the bdl and clb voices are used
WAI_APT_PACKAGES+=(festival festlex-oald festvox-rablpc16k festvox-don festvox-italp16k festvox-itapc16k) # contrib
WAI_APT_PACKAGES+=(sox libsox-fmt-all)         # decodes the packaged recordings (tools/WearableAI.Synthesis/Recordings); the recording
                                               # packages themselves are fetched with apt-get download, never installed
WAI_APT_PACKAGES+=(fluidsynth fluid-soundfont-gm) # renders generated MIDI music for the noise beds
WAI_APT_PACKAGES+=(pocketsphinx pocketsphinx-en-us) # wai eval --peer: the PocketSphinx baseline (evaluation only) and its tests
WAI_APT_PACKAGES+=(mosquitto mosquitto-clients) # external-broker and raw-client hub tests
WAI_APT_PACKAGES+=(redis-server postgresql)     # the hub's Cluster mode: scripts/lib/cluster-services.sh, tests/…/Cluster
WAI_APT_PACKAGES+=(chromium fonts-liberation)  # hub app browser tests (Playwright drives /usr/bin/chromium)

# The MBROLA databases and RHVoice are in Debian's non-free component, Festival's voices in contrib.
ensure_debian_components() {
  local sources=/etc/apt/sources.list.d/debian.sources
  if [ -f "$sources" ] && grep -q '^Components: main$' "$sources"; then
    echo "enabling Debian contrib and non-free in $sources (MBROLA, RHVoice, Festival voices)"
    sed -i 's/^Components: main$/Components: main contrib non-free/' "$sources"
  elif [ -f /etc/apt/sources.list ] && grep -qE '^deb .* main$' /etc/apt/sources.list; then
    echo "enabling Debian contrib and non-free in /etc/apt/sources.list (MBROLA, RHVoice, Festival voices)"
    sed -i -E 's/^(deb .* main)$/\1 contrib non-free/' /etc/apt/sources.list
  fi
}

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
  ensure_debian_components
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
}

# npm packages of the tests (from their committed lock files; `npm ci` only when node_modules is missing).
# The tests run the same step themselves if needed (tests/WearableAI.Hub.Tests/Resilience/MqttJs.cs).
WAI_NPM_FOLDERS=(tests/WearableAI.Hub.Tests/Resilience/mqttjs)   # MQTT.js hostile client (hub resilience tests)

ensure_node_packages() {
  local folder
  for folder in "${WAI_NPM_FOLDERS[@]}"; do
    [ -d "$folder/node_modules" ] && continue
    echo "installing npm packages in $folder"
    npm ci --prefix "$folder" --no-audit --no-fund
  done
}
