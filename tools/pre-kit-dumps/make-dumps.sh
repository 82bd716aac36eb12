#!/usr/bin/env bash
# Writes each service's pre-kit schema dump (service/src/test/resources/schema-upgrade/pre-kit.sql)
# from the migrations at a commit (default af9a492, the last one before the kit owned the
# change-event tables) and the rows in rows/. See README.md beside this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tools/pre-kit-dumps"
commit="${1:-af9a492}"
pg_dump="${PG_DUMP:-$(ls /usr/lib/postgresql/*/bin/pg_dump 2>/dev/null | sort -V | tail -n 1)}"
if [[ ! -x "$pg_dump" ]]; then
  echo "pg_dump not found: install PostgreSQL's client tools or set PG_DUMP" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for service in countries-service events-service commitments-service; do
  git -C "$root" archive "$commit" "$service/src/main/resources/db/migration" | tar -x -C "$work"
done

# The embedded PostgreSQL, Flyway and the JDBC driver, as the tests have them.
cd "$root"
./mvnw -B -q -pl test-support -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
classpath="$root/test-support/target/classes:$(cat "$work/classpath.txt")"

java -cp "$classpath" "$here/MakePreKitDumps.java" "$work" "$here/rows" "$root" "$pg_dump" "$commit"
