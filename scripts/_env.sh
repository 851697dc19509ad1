# Shared by scripts/run and scripts/test: a project venv with the package installed (editable).
# Re-installs only when pyproject.toml changed. Sourced, not run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${SECRETARIAT_VENV:-$ROOT/.venv}
PY=${PYTHON:-python3}

# Tesseract OCR with the council's languages: the words of scanned files (signed copies) for search.
OCR_PACKAGES=(tesseract-ocr tesseract-ocr-kor tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng)

need_system_packages() {
  # Libraries Qt needs even offscreen, poppler for PDF checks. Installed only when missing and we are root.
  local pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 "$@")
  local missing=()
  for p in "${pkgs[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing system packages (install them with your package manager): ${missing[*]}" >&2
  fi
}

ensure_venv() {
  local extras=$1
  local stamp="$VENV/.secretariat-installed"
  local want
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)-$extras"
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
    "$PY" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    # pip's own output goes to a log, shown only when the set-up fails.
    local log="$VENV/setup.log"
    echo "Setting up Secretariat (about a minute the first time)…" >&2
    if ! { "$VENV/bin/python" -m pip install -q --upgrade pip && \
           "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"; } >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      echo "The set-up failed; the whole log is in $log" >&2
      return 1
    fi
    echo "$want" > "$stamp"
  fi
}
