// A prescribed practice as the /breathe link that sets it up (DESIGN → /breathe takes its protocol from the
// query string, in seconds), so the client's one-click start and the link a practitioner sends are the same.
import { protocolQueryKeys, type ProtocolQueryKey } from '@/lib/session/protocol/protocol';
import type { BreathingProtocol } from '@/lib/session/protocol/record';

export type PracticeProtocol = Pick<BreathingProtocol, (typeof protocolQueryKeys)[ProtocolQueryKey]>;

/** '/breathe?inhale=4&holdIn=0&…' with every field, in the order the interface lists them. */
export function practiceHref(protocol: PracticeProtocol): string {
  const query = new URLSearchParams();
  for (const [key, field] of Object.entries(protocolQueryKeys) as [ProtocolQueryKey, keyof PracticeProtocol][]) {
    query.set(key, String(protocol[field]));
  }
  return `/breathe?${query.toString()}`;
}

/** Whether the /breathe query already asks for exactly this practice (then the set-up shows it). */
export function queryMatchesPractice(query: Record<string, string | string[] | undefined>, protocol: PracticeProtocol): boolean {
  return (Object.entries(protocolQueryKeys) as [ProtocolQueryKey, keyof PracticeProtocol][]).every(
    ([key, field]) => typeof query[key] === 'string' && Number(query[key]) === protocol[field],
  );
}
