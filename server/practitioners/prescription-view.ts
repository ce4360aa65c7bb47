import 'server-only';
import type { PrescriptionRow } from '@/db/queries/prescriptions';
import type { PrescribedProtocol } from '@/db/schema/json-types';
import { protocolQueryKeys } from '@/lib/session/protocol/protocol';

export interface PrescriptionView {
  id: string;
  protocol: PrescribedProtocol;
  timesPerWeek: number;
  minutesPerSession: number;
  /** The practice as a /breathe link (seconds), the same one the practitioner can send. */
  breathePath: string;
  updatedAt: string;
}

export function breathePathOf(protocol: PrescribedProtocol): string {
  const query = new URLSearchParams(Object.entries(protocolQueryKeys).map(([key, field]) => [key, String(protocol[field])]));
  return `/breathe?${query.toString()}`;
}

export function toPrescriptionView(row: PrescriptionRow): PrescriptionView {
  return {
    id: row.id,
    protocol: row.protocol,
    timesPerWeek: row.timesPerWeek,
    minutesPerSession: row.minutesPerSession,
    breathePath: breathePathOf(row.protocol),
    updatedAt: row.updatedAt.toISOString(),
  };
}
