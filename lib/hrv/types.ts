/** One heartbeat as the strap reports it: when it happened (session-relative) and its RR interval. */
export interface Beat {
  tMs: number;
  rrMs: number;
}

export type ArtifactKind = 'ectopic' | 'missed' | 'extra' | 'long' | 'short';

export const ARTIFACT_KINDS: readonly ArtifactKind[] = ['ectopic', 'missed', 'extra', 'long', 'short'];

/** Compact per-beat class codes, so 100,000-beat series stay in one Uint8Array. */
export const KIND_CODE = { none: 0, ectopic: 1, missed: 2, extra: 3, long: 4, short: 5 } as const;

export const KIND_BY_CODE: readonly (ArtifactKind | null)[] = [null, 'ectopic', 'missed', 'extra', 'long', 'short'];

export interface ArtifactCounts {
  ectopic: number;
  missed: number;
  extra: number;
  long: number;
  short: number;
  total: number;
  /** Flagged intervals as a percentage of the input intervals. */
  percent: number;
}

export type ArtifactIndices = Record<ArtifactKind, number[]>;

export interface TimeDomainMetrics {
  n: number;
  meanRrMs: number;
  meanHrBpm: number;
  minHrBpm: number;
  maxHrBpm: number;
  rmssdMs: number;
  lnRmssd: number;
  sdnnMs: number;
  /** Percentage of successive differences with |ΔRR| > 50 ms, over the N−1 differences. */
  pnn50: number;
}
