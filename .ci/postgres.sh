#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL on loopback, with a database and user for the
# store tests. Prints the JDBC URL. By hand: `bash .ci/postgres.sh` then
#   CORPUS_QA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/corpusqa ./mvnw -pl batch-job test -Dtest=PostgresStoreTest
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$ver main$"; then
  pg_createcluster "$ver" main >/dev/null
fi
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
for i in $(seq 1 30); do
  su postgres -c "psql -qAt -c 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qAt -c \"select 1 from pg_roles where rolname='corpusqa'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"create user corpusqa password 'corpusqa'\""
su postgres -c "psql -qAt -c \"select 1 from pg_database where datname='corpusqa'\"" | grep -q 1 \
  || su postgres -c "createdb -O corpusqa corpusqa"
echo "jdbc:postgresql://127.0.0.1:5432/corpusqa"
