#!/bin/sh
# The schema job of compose.yaml (it runs in the postgres image, whose psql it uses), and what a DBA would type:
# as a superuser (PGHOST, PGUSER, PGPASSWORD), create the database's owner, the application's login and the database
# when missing (setting their passwords each time, so changing one in deploy/.env takes effect on the next deploy);
# as the owner, apply the reviewed schema script, which applies only the migrations the database lacks; then grant the
# login its rights: rows, not tables (database/internships.postgresql-login.sql). Safe to run on every deploy.
set -eu

: "${INTERNSHIPS_DATABASE:=internships}"
: "${OWNER_ROLE:=internships_owner}"
: "${APP_LOGIN:=internships_app}"
: "${SCRIPTS:=/database}"
: "${OWNER_PASSWORD:?OWNER_PASSWORD is not set}"
: "${APP_PASSWORD:?APP_PASSWORD is not set}"

psql_as_superuser() {
  psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -v owner="$OWNER_ROLE" -v owner_password="$OWNER_PASSWORD" \
    -v login="$APP_LOGIN" -v login_password="$APP_PASSWORD" -v db="$INTERNSHIPS_DATABASE" "$@"
}

psql_as_superuser <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'login') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'login') \gexec
ALTER ROLE :"owner" PASSWORD :'owner_password';
ALTER ROLE :"login" PASSWORD :'login_password';
-- The owner hands the "hangfire" schema to the login (CREATE SCHEMA … AUTHORIZATION), which takes membership.
GRANT :"login" TO :"owner";
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L', :'db', :'owner', 'UTF8')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL

# As the owner: the tables are the owner's, and the default privileges the login script sets cover the tables the
# owner's later scripts add.
PGUSER="$OWNER_ROLE" PGPASSWORD="$OWNER_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -d "$INTERNSHIPS_DATABASE" \
  -f "$SCRIPTS/internships.postgresql.sql"
PGUSER="$OWNER_ROLE" PGPASSWORD="$OWNER_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -d "$INTERNSHIPS_DATABASE" \
  -v login="$APP_LOGIN" -f "$SCRIPTS/internships.postgresql-login.sql"
echo "Database $INTERNSHIPS_DATABASE is ready for $APP_LOGIN."
