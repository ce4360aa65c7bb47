// `npm run db:rederive`: derives again the numbers of sessions stored by an older HRV engine
// (server/sessions/rederive-command.ts).
import { runServerScript } from './run-server-script';

runServerScript('server/sessions/rederive-command.ts');
