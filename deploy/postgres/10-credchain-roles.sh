#!/usr/bin/env bash
# Least privilege for docker-compose.yml's PostgreSQL: one LOGIN role and one database per service.
#
#   role credchain_issuer  owns database credchain_issuer  (credentials, batches: the issuing service)
#   role credchain_portal  owns database credchain_portal  (encrypted shares: the public portal)
#
# Neither role is a superuser or may create databases or roles, and CONNECT is revoked from PUBLIC on every
# database, so each role reaches its own database and no other: the internet-facing portal cannot read issued
# credentials, and the issuing service cannot read shares. The bootstrap superuser (POSTGRES_USER) stays with the
# operator; no service uses it.
#
# The postgres image runs this once, as that superuser, when it initializes an empty data volume (it is mounted into
# /docker-entrypoint-initdb.d). It is safe to run again (docker compose exec postgres bash
# /docker-entrypoint-initdb.d/10-credchain-roles.sh): existing roles get the current passwords, nothing is dropped.
# Passwords come from the environment (.env); none is written here.
set -eo pipefail

: "${POSTGRES_USER:?POSTGRES_USER is not set}"
: "${ISSUER_DB_PASSWORD:?set ISSUER_DB_PASSWORD in .env}"
: "${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD in .env}"

# psql quotes :'name' as a literal and :"name" as an identifier; \gexec runs each row of a query as a statement
# (CREATE DATABASE cannot run inside the DO block an "if not exists" would otherwise need).
psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set issuer_password="$ISSUER_DB_PASSWORD" --set portal_password="$PORTAL_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I', r) FROM unnest(ARRAY['credchain_issuer', 'credchain_portal']) AS r
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec
ALTER ROLE credchain_issuer WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :'issuer_password';
ALTER ROLE credchain_portal WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :'portal_password';

SELECT format('CREATE DATABASE %I OWNER %I', d, d) FROM unnest(ARRAY['credchain_issuer', 'credchain_portal']) AS d
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d) \gexec
ALTER DATABASE credchain_issuer OWNER TO credchain_issuer;
ALTER DATABASE credchain_portal OWNER TO credchain_portal;

-- Every role may connect to a new database unless told otherwise: take that away everywhere, the maintenance
-- databases included. Owners (and superusers) keep their access.
REVOKE ALL ON DATABASE credchain_issuer FROM PUBLIC;
REVOKE ALL ON DATABASE credchain_portal FROM PUBLIC;
REVOKE ALL ON DATABASE postgres FROM PUBLIC;
REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;

-- Inside each database the service's role owns the public schema (where its migrations create the tables).
\connect credchain_issuer
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO credchain_issuer;
\connect credchain_portal
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO credchain_portal;
SQL
