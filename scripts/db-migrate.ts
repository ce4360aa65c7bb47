// `npm run db:migrate`: apply committed migrations to DATABASE_PATH (the server also does this on start).
import path from 'node:path';
import { migrateDatabase, openDatabase } from '../db/connection';

const file = path.resolve(process.env.DATABASE_PATH ?? './data/herstel.db');
const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${file}`);
