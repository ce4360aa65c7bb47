import { getTranslations } from 'next-intl/server';
import type { Viewer } from '@/db/viewer';
import { listLinks } from '@/server/practitioners/links';
import { listNotes } from '@/server/practitioners/notes';
import { SessionNotes } from '@/app/_components/notes/session-notes';
import { HideFromPractitioners } from './hide-from-practitioners';

/**
 * On the owner's session page: what their practitioners wrote about it (read only), and whether it is
 * shared at all. Nothing for someone who never linked and has no notes.
 */
export async function SessionSharing({ viewer, sessionId, hidden }: { viewer: Viewer; sessionId: string; hidden: boolean }) {
  const [t, { links }, { notes }] = await Promise.all([getTranslations('practitioners.sharing'), listLinks(viewer), listNotes(viewer, { ownerId: viewer.userId, sessionId })]);
  const linked = links.some((link) => link.side === 'client');
  if (!linked && notes.length === 0) return null;
  return (
    <>
      <SessionNotes
        ownerId={viewer.userId}
        sessionId={sessionId}
        viewerId={viewer.userId}
        canWrite={false}
        notes={notes}
      />
      {linked ? (
        <section className="card" aria-labelledby="session-sharing-heading" data-testid="session-sharing">
          <h2 id="session-sharing-heading" className="visually-hidden">
            {t('label')}
          </h2>
          <HideFromPractitioners sessionId={sessionId} initialHidden={hidden} />
        </section>
      ) : null}
    </>
  );
}

