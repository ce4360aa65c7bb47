// The two dialects' schemas must describe the same tables: the queries are written once (typed against
// the PostgreSQL schema) and run on either, so a column that differs would be a bug on one of them.
import { getTableColumns, getTableName, is, Table, type Column } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pg from './pg';
import * as sqlite from './sqlite';

type Shape = Record<string, { name: string; kind: string; notNull: boolean; hasDefault: boolean; primary: boolean; isUnique: boolean; enumValues?: string[] }>;

/** What a column holds in JavaScript, whatever the SQL type (bytea is a custom type read as a Buffer). */
function kind(column: Column): string {
  if (column.dataType === 'custom' && column.getSQLType() === 'bytea') return 'buffer';
  return column.dataType;
}

function shape(columns: Record<string, Column>): Shape {
  return Object.fromEntries(
    Object.entries(columns).map(([key, c]) => [
      key,
      { name: c.name, kind: kind(c), notNull: c.notNull, hasDefault: c.hasDefault, primary: c.primary, isUnique: c.isUnique, ...(c.enumValues?.length ? { enumValues: c.enumValues } : {}) },
    ]),
  );
}

const tablesOf = (module: Record<string, unknown>) => Object.entries(module).filter(([, value]) => is(value, Table)) as [string, Table][];

describe('SQLite and PostgreSQL schemas', () => {
  it('have the same tables under the same export names', () => {
    const names = (module: Record<string, unknown>) => tablesOf(module).map(([key, table]) => `${key}=${getTableName(table)}`).sort();
    expect(names(pg)).toEqual(names(sqlite));
    expect(names(pg).length).toBeGreaterThan(5);
  });

  for (const [key, pgTable] of tablesOf(pg)) {
    it(`${key}: same columns, types, nullability, defaults, keys (composite ones too), indexes and foreign keys`, () => {
      const liteTable = (sqlite as Record<string, unknown>)[key];
      if (!is(pgTable, PgTable) || !is(liteTable, SQLiteTable)) throw new Error(`${key} is not a table in both schemas`);
      const p = pgConfig(pgTable);
      const s = sqliteConfig(liteTable);
      expect(shape(getTableColumns(pgTable))).toEqual(shape(getTableColumns(liteTable)));
      expect(p.indexes.map((i) => i.config.name).sort()).toEqual(s.indexes.map((i) => i.config.name).sort());
      const fk = (f: { reference(): { columns: { name: string }[]; foreignColumns: { name: string }[] }; onDelete?: string }) => {
        const r = f.reference();
        return `${r.columns.map((c) => c.name).join()}->${r.foreignColumns.map((c) => c.name).join()} ${f.onDelete}`;
      };
      expect(p.foreignKeys.map(fk).sort()).toEqual(s.foreignKeys.map(fk).sort());
      const keys = (k: { getName(): string; columns: { name: string }[] }) => `${k.getName()}(${k.columns.map((c) => c.name).join()})`;
      expect(p.primaryKeys.map(keys)).toEqual(s.primaryKeys.map(keys));
    });
  }
});
