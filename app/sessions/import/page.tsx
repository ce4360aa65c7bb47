import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getTimeZone } from '@/db/queries/preferences';
import { resolveTimeZone } from '@/lib/i18n/request';
import { importLimits } from '@/lib/session/protocol/limits';
import { requireViewer } from '@/server/auth';
import { ImportFiles } from './_components/import-files';
import '../_components/sessions.css';
import './_components/imports.css';

export default async function ImportPage() {
  const { viewer } = await requireViewer('/sessions/import');
  const [t, stored, browserZone] = await Promise.all([getTranslations('imports'), getTimeZone(viewer), resolveTimeZone()]);
  const limits = { maxFiles: importLimits.maxFiles, maxMegabytes: importLimits.maxRequestBytes / 1024 / 1024 };
  return (
    <>
      <Link href="/sessions" className="back-link">
        {t('back')}
      </Link>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="hint">{t('formats', limits)}</p>
      {/* File times without a zone are read in the person's zone: the one their days are counted in. */}
      <ImportFiles timeZone={stored ?? browserZone} />
    </>
  );
}
