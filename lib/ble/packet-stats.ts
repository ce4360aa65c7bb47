// Counts for the UI's signal-quality line ("3 packets rejected: odd RR bytes").
import { PARSE_REJECT_REASONS, type ParseRejectReason, type ParseResult } from './parse-heart-rate';

export interface PacketStatsSnapshot {
  accepted: number;
  rejectedTotal: number;
  rejected: Record<ParseRejectReason, number>;
}

export interface PacketStats {
  record(result: ParseResult): void;
  snapshot(): PacketStatsSnapshot;
  reset(): void;
}

export function createPacketStats(): PacketStats {
  let accepted = 0;
  let rejected = emptyCounts();
  return {
    record(result) {
      if (result.ok) accepted++;
      else rejected[result.reason]++;
    },
    snapshot() {
      let rejectedTotal = 0;
      for (const reason of PARSE_REJECT_REASONS) rejectedTotal += rejected[reason];
      return { accepted, rejectedTotal, rejected: { ...rejected } };
    },
    reset() {
      accepted = 0;
      rejected = emptyCounts();
    },
  };
}

function emptyCounts(): Record<ParseRejectReason, number> {
  return { empty: 0, 'too-short': 0, 'odd-rr-bytes': 0, 'zero-rr': 0, 'zero-hr': 0 };
}
