#!/usr/bin/env bash
# The system packages the test suite needs, installed from Debian when missing; does nothing when all are present.
#   chromium-headless-shell  the browser tests drive it through Playwright (playwright install cannot download here):
#                     Chromium's headless shell, the build Playwright itself runs headless (half the processor time of
#                     the full browser started headless)
#   python3-aiosmtpd  the notification tests run a real SMTP server on 127.0.0.1 (tests/.../Support/smtp_sink.py)
#   postgresql        the PostgreSQL provider's tests (installed only; nothing is started or configured here)
#   nodejs, npm       the single sign-on browser tests run a real OpenID provider (npm oidc-provider) on 127.0.0.1; the
#                     machine's own Node.js is used when there is one. Its packages are installed by `npm ci` below.
# Run as root, or as a user who may sudo. The tests never install anything: one that finds a package missing fails
# and names this script.
set -euo pipefail

packages=(chromium-headless-shell python3-aiosmtpd postgresql)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

oidc_provider="$(cd "$(dirname "$0")/.." && pwd)/tests/Internships.BrowserTests/OidcProvider"
install_oidc_provider() {
  if [ ! -d "$oidc_provider/node_modules" ]; then
    echo "Installing the test OpenID provider's packages (npm ci)..."
    (cd "$oidc_provider" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

if [ "${#missing[@]}" -eq 0 ]; then
  install_oidc_provider
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
install_oidc_provider
