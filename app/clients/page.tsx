import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/server/auth';
import { listClients } from '@/server/practitioners/clients';
import { ClientTable } from './_components/client-table';
import { InvitePanel } from './_components/invite-panel';
import './_components/clients.css';

export default async function ClientsPage() {
  const { viewer } = await requireViewer('/clients');
  // Only a practitioner has clients; for anyone else the page is not there.
  if (viewer.role !== 'practitioner') notFound();
  const [t, { clients }] = await Promise.all([getTranslations('practitioners.clients'), listClients(viewer)]);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {clients.length === 0 ? (
        <section className="card" aria-labelledby="clients-empty-heading" data-testid="clients-empty">
          <h2 id="clients-empty-heading">{t('empty.heading')}</h2>
          <p>{t('empty.body')}</p>
          <ol className="steps">
            <li>{t('empty.step1')}</li>
            <li>{t('empty.step2')}</li>
            <li>{t('empty.step3')}</li>
          </ol>
        </section>
      ) : (
        <section className="card" aria-labelledby="clients-heading">
          <h2 id="clients-heading">{t('listHeading')}</h2>
          <ClientTable
            clients={clients.map((c) => ({
              id: c.id,
              name: c.name,
              lastSessionAt: c.lastSessionAt,
              latestShiftLnRmssd: c.latestShiftLnRmssd,
              trend: c.trend,
              sessionsThisWeek: c.sessionsThisWeek,
              adherence: c.prescription && c.practisedThisWeek !== null ? { practised: c.practisedThisWeek, timesPerWeek: c.prescription.timesPerWeek } : null,
            }))}
          />
        </section>
      )}
      <InvitePanel />
    </>
  );
}
