#!/bin/sh
# Creates one database per Coalition Tracker service, each owned by a login role of the same
# name, so that the service's Flyway migrations can create everything they need (countries-service
# creates the unaccent extension, which PostgreSQL 13+ lets a database owner create).
#
# Run by the postgres image's entrypoint (mounted at /docker-entrypoint-initdb.d), once, when it
# initialises an empty data directory. The passwords come from the container's environment
# (docker-compose.yml): COUNTRIES_DB_PASSWORD, EVENTS_DB_PASSWORD, COMMITMENTS_DB_PASSWORD.
set -eu

create_database() {
    # $1: database and role name, $2: the role's password. psql quotes both (:"name", :'password').
    psql --no-psqlrc --set=ON_ERROR_STOP=1 --username="${POSTGRES_USER:-postgres}" --dbname="${POSTGRES_DB:-postgres}" \
        --set=name="$1" --set=password="$2" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
-- Only its owner (and superusers) may connect: each service sees its own database only.
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database countries "${COUNTRIES_DB_PASSWORD:?COUNTRIES_DB_PASSWORD is not set}"
create_database events "${EVENTS_DB_PASSWORD:?EVENTS_DB_PASSWORD is not set}"
create_database commitments "${COMMITMENTS_DB_PASSWORD:?COMMITMENTS_DB_PASSWORD is not set}"
