'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

/** A page that failed on the server: a calm message in the reader's language, never a stack trace. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('serverError');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p>{t('text')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={reset}>
          {t('retry')}
        </button>
        <Link href="/" className="button">
          {t('home')}
        </Link>
      </div>
    </section>
  );
}
