-- What the application's login may do on PostgreSQL, and nothing more: read and write the rows of the application's
-- tables (not change the tables), and own the "hangfire" schema, whose tables Hangfire creates and upgrades itself.
-- Run it as the database's owner, after database/internships.postgresql.sql, naming the login (created beforehand):
--   psql -d internships -v login=internships_app -f database/internships.postgresql-login.sql
-- It may be run again after each upgrade; ALTER DEFAULT PRIVILEGES covers tables that later scripts add.
\set ON_ERROR_STOP on

GRANT CONNECT ON DATABASE :"DBNAME" TO :"login";
GRANT USAGE ON SCHEMA public TO :"login";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"login";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"login";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"login";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"login";

CREATE SCHEMA IF NOT EXISTS hangfire AUTHORIZATION :"login";
