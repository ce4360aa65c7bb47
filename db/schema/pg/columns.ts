// Column helpers that give PostgreSQL columns the same JavaScript values as their SQLite twins.
import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Milliseconds precision, as SQLite's integer timestamps keep; a JavaScript Date either way. */
export const timestampMs = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** bytea read as a Buffer: node-postgres gives a Buffer already, PGlite a Uint8Array. */
export const bytes = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});
