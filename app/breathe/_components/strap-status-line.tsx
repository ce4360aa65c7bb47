import { useTranslations } from 'next-intl';
import type { LiveStrapSnapshot } from '@/lib/live/live-strap-store';

export function StrapStatusLine({ snapshot, restoring }: { snapshot: LiveStrapSnapshot; restoring: boolean }) {
  const t = useTranslations('breathe.strap');
  const { status, attempt, retryInMs } = snapshot.status;
  const info = snapshot.info;
  const text =
    status === 'idle' && restoring
      ? t('restoring')
      : status === 'reconnecting' && attempt > 0 && retryInMs !== null
        ? t('status.reconnectingIn', { attempt, seconds: Math.round(retryInMs / 1000) })
        : t(`status.${status}`);
  return (
    <>
      <p className={`strap-status strap-status-${status}`} role="status" data-testid="strap-status" data-status={status}>
        <span className="status-dot" aria-hidden="true" />
        {text}
      </p>
      {info ? (
        <dl className="facts">
          <dt>{t('name')}</dt>
          <dd data-testid="strap-name">{info.kind === 'simulated' ? t('simulatedName') : info.name}</dd>
          <dt>{t('location')}</dt>
          <dd data-testid="strap-location">{t(`locations.${info.bodySensorLocation ?? 'unknown'}`)}</dd>
          <dt>{t('battery')}</dt>
          <dd data-testid="strap-battery">
            {snapshot.batteryPercent === null ? t('notReported') : t('batteryValue', { percent: snapshot.batteryPercent })}
          </dd>
        </dl>
      ) : null}
    </>
  );
}
