// `npm run seed:demo`: server/demo/seed-demo.ts, run as `npm run bench` runs the server benchmarks.
import { runServerScript } from './run-server-script';

runServerScript('server/demo/seed-demo.ts');
