// Every guided practice by id, with the length each runs at when nobody chose otherwise.
import type { PracticeId } from '@/lib/session/protocol/record';
import { bodyScanScript } from './body-scan-script';
import { pmrScript, pmrShortScript } from './pmr-scripts';
import { naturalLengthS, type PracticeScript } from './practice-script';
import { quietScript } from './quiet-script';

export const practiceScripts: Record<PracticeId, PracticeScript> = {
  pmr: pmrScript,
  'pmr-short': pmrShortScript,
  'body-scan': bodyScanScript,
  quiet: quietScript,
};

/** The practice phase's length (s) when a practice is chosen without one: its script at its own pace. */
export function defaultPracticeS(practice: PracticeId): number {
  return naturalLengthS(practiceScripts[practice]);
}
