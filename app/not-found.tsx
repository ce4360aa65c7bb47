import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <section className="card">
      <h1>{t('heading')}</h1>
      <p>{t('text')}</p>
      <Link href="/">{t('home')}</Link>
    </section>
  );
}
