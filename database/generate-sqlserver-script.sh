#!/usr/bin/env bash
# Regenerates the idempotent SQL Server script from the SQL Server migrations.
# Run it after adding a migration; a test fails while the committed script is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --context SqlServerAppDbContext \
  --project src/Internships.Infrastructure --startup-project src/Internships.Infrastructure \
  --output database/internships.sqlserver.sql
echo "wrote database/internships.sqlserver.sql"
