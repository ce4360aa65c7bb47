import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/server/auth';
import { getClient } from '@/server/practitioners/client-data';
import { orNotFound } from '@/app/_lib/or-not-found';
import { LiveFollow } from './_components/live-follow';
import '../../_components/clients.css';

/** A linked practitioner follows a client's session live; without an active link it is not there (404). */
export default async function ClientLivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer } = await requireViewer(`/clients/${encodeURIComponent(id)}/live`);
  if (viewer.role !== 'practitioner') notFound();
  const client = await orNotFound(getClient(viewer, id));
  const t = await getTranslations('liveShare.follow');
  return (
    <>
      <Link href={`/clients/${encodeURIComponent(client.id)}`} className="back-link">
        {t('back', { name: client.name })}
      </Link>
      <h1>{t('heading', { name: client.name })}</h1>
      <p className="lead">{t('intro', { name: client.name })}</p>
      <LiveFollow clientId={client.id} clientName={client.name} />
    </>
  );
}
