import { getTranslations } from 'next-intl/server';
import type { Viewer } from '@/db/viewer';
import { listMyPrescriptions } from '@/server/practitioners/prescriptions';
import { practiceHref, queryMatchesPractice } from '@/app/_components/practice/practice-link';
import { PracticeSummary } from '@/app/_components/practice/practice-summary';
import './prescribed-practice.css';

/**
 * "Your practice from <name>": what a linked practitioner prescribed, set up with one click through the
 * /breathe query string (a full load, so the set-up starts from it). Nothing when there is none.
 */
export async function PrescribedPractice({ viewer, query }: { viewer: Viewer; query: Record<string, string | string[] | undefined> }) {
  const { prescriptions } = await listMyPrescriptions(viewer);
  if (prescriptions.length === 0) return null;
  const t = await getTranslations('practitioners.breathe');
  return (
    <div className="prescribed-practices">
      {prescriptions.map((p) => {
        const ready = queryMatchesPractice(query, p.protocol);
        return (
          <section key={p.id} className="card prescribed-practice" aria-labelledby={`practice-${p.id}`} data-testid="prescribed-practice" data-ready={ready}>
            <div>
              <h2 id={`practice-${p.id}`}>{t('heading', { name: p.practitioner.name })}</h2>
              <p>
                <PracticeSummary practice={p} />
              </p>
            </div>
            {ready ? (
              <p className="hint" role="status" data-testid="prescribed-practice-ready">
                {t('ready')}
              </p>
            ) : (
              <a className="button button-primary" href={practiceHref(p.protocol)} data-testid="start-prescribed-practice">
                {t('start')}
              </a>
            )}
          </section>
        );
      })}
    </div>
  );
}
