#!/usr/bin/env bash
# The system packages the test suite needs, installed from Debian when missing; does nothing when all are present.
#   chromium          the browser tests drive it through Playwright (playwright install cannot download here)
#   python3-aiosmtpd  the notification tests run a real SMTP server on 127.0.0.1 (tests/.../Support/smtp_sink.py)
#   postgresql        the PostgreSQL provider's tests (installed only; nothing is started or configured here)
# Run as root, or as a user who may sudo. The tests never install anything: one that finds a package missing fails
# and names this script.
set -euo pipefail

packages=(chromium python3-aiosmtpd postgresql)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "Installing ${missing[*]}..."
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
