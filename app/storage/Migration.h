#pragma once

#include <QList>

namespace motcua {

// One numbered step of the schema. Shipped migrations are never edited: a change is a new migration
// appended to Migrations.cpp (docs/STORAGE.md, "Migrations policy").
struct Migration
{
    int version = 0;  // 1, 2, 3, … without gaps; becomes PRAGMA user_version
    const char* name; // short description stored in schema_migrations
    const char* sql;  // one or more statements, run inside one transaction
};

// All migrations in order. The last one's version is the schema version this build writes.
const QList<Migration>& allMigrations();
int latestSchemaVersion();

} // namespace motcua
