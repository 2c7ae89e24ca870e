#!/usr/bin/env bash
# Regenerates the idempotent PostgreSQL script from the PostgreSQL migrations.
# Run it after adding a migration; a test fails while the committed script is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --context PostgreSqlAppDbContext \
  --project src/Internships.Infrastructure --startup-project src/Internships.Infrastructure \
  --output database/internships.postgresql.sql
echo "wrote database/internships.postgresql.sql"
