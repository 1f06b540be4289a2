#!/usr/bin/env bash
# Logs every statement the application runs during a set of database tests (the workload: notes,
# people, legal track, protection, versioning, referrals, access rules, annual figures), then says what
# share would stay on one shard with case records distributed by case. See docs/operations.md#the-path-to-citus.
set -euo pipefail
cd "$(dirname "$0")/../.."
log="$PWD/artifacts/statements.jsonl"
mkdir -p artifacts
rm -f "$log"
ENLACE_STATEMENT_LOG="$log" npx vitest run --project db \
  test/records/notes.db.test.ts test/records/person-record.db.test.ts test/records/protection.db.test.ts \
  test/records/legal-track.db.test.ts test/records/case-versioning.db.test.ts \
  test/referrals/referrals.db.test.ts test/statistics/annual-figures.db.test.ts test/access >/dev/null
node --import tsx bench/citus/shard-locality.ts "$log"
