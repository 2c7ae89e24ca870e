#!/usr/bin/env bash
# Refreshes the README's pictures (docs/screenshots/*.png) from a freshly seeded demo district. Run it by hand when the
# pages change, and commit the images; `dotnet test` never writes there (its screenshots go to TestResults/screenshots/).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/prerequisites.sh
INTERNSHIPS_SCREENSHOTS="$PWD/docs/screenshots" \
  dotnet test tests/Internships.BrowserTests --nologo --filter "Category=Screenshots"
