import 'server-only';
// Derives the numbers of every session stored by an older HRV engine again, from its kept beats, so a
// change to lib/hrv (a fixed rule, a better window) reaches the sessions people already have and not
// only the new ones: their list, their trends and what a practitioner sees agree again. Run by
// `npm run db:rederive` (and so by `npm start`); safe to run on several machines at once.
import { listSessionsDerivedBefore, readSessionForDerivation, storeRederivedColumns, type DerivedSessionColumns, type SessionKey, type StoredDerivationInput } from '@/db/queries/rederive';
import { decodeBeats } from '@/lib/session/protocol/beats-codec';
import { deriveColumns, deriveImportedColumns, HRV_ENGINE_VERSION, type DerivableRecord } from './derive-columns';

export interface RederiveReport {
  /** Sessions whose numbers were derived again and stored. */
  rederived: number;
  /** Sessions gone, or changed by someone else meanwhile: the next run sees them if they still need it. */
  skipped: number;
  /** Sessions derived by a newer engine than this one (a rolling deploy, a rollback): left as they are. */
  newer: number;
  /** Sessions that could not be read, derived or stored (their stored numbers stay), with the reason. */
  failed: { userId: string; id: string; reason: string }[];
}

/** The generation of an engine version ('herstel-hrv/3' → 3); null for a name this code does not know. */
export function engineGeneration(version: string): number | null {
  const match = /^herstel-hrv\/(\d+)$/.exec(version);
  return match ? Number(match[1]) : null;
}

/** Whether a session derived by `version` is older than this engine (an unknown name counts as older). */
function derivedByOlderEngine(version: string): boolean {
  const stored = engineGeneration(version);
  const current = engineGeneration(HRV_ENGINE_VERSION);
  return stored === null || current === null || stored < current;
}

/** The record the engine reads, from a stored session: an assessment's step rates from its stored steps. */
export function storedToDerivable(stored: StoredDerivationInput): DerivableRecord {
  return {
    beats: decodeBeats(stored.beats),
    phases: stored.phases,
    gaps: stored.gaps,
    pauses: stored.pauses,
    pacerCycleStartsMs: stored.pacerCycleStartsMs,
    kind: stored.kind === 'imported' ? 'breathing' : stored.kind,
    resonanceRatesBpm: stored.kind === 'resonance' ? stored.resonance?.steps.map((step) => step.rateBpm) : undefined,
  };
}

/** What a session derived again stores: the same derived columns an upload or an import stores. */
export function derivedColumnsOf(stored: StoredDerivationInput): DerivedSessionColumns {
  const record = storedToDerivable(stored);
  return stored.kind === 'imported' ? deriveImportedColumns(record) : deriveColumns(record);
}

export async function rederiveStaleSessions({ batchSize = 100 }: { batchSize?: number } = {}): Promise<RederiveReport> {
  const report: RederiveReport = { rederived: 0, skipped: 0, newer: 0, failed: [] };
  let after: SessionKey | null = null;
  for (;;) {
    const batch = await listSessionsDerivedBefore(HRV_ENGINE_VERSION, { after, limit: batchSize });
    if (batch.length === 0) return report;
    for (const { userId, id, owner, engineVersion } of batch) {
      if (!derivedByOlderEngine(engineVersion)) {
        report.newer++;
        continue;
      }
      try {
        const stored = await readSessionForDerivation(owner, id);
        if (!stored) {
          report.skipped++;
          continue;
        }
        if (await storeRederivedColumns(owner, id, stored.engineVersion, derivedColumnsOf(stored))) report.rederived++;
        else report.skipped++;
      } catch (error) {
        // A row the engine or the database cannot take: its stored numbers are better than none, and the
        // sessions after it still get theirs.
        report.failed.push({ userId, id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    after = batch[batch.length - 1]!;
  }
}
