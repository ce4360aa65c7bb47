import { useTranslations } from 'next-intl';
import { BluetoothHelp } from './bluetooth-help';
import { SimulationControls } from './simulation-controls';
import { StrapStatusLine } from './strap-status-line';
import type { LiveStrapControls } from './use-live-strap';

/** The strap: status, connect / reconnect / disconnect, and the simulated strap. */
export function StrapCard({ strap, locked }: { strap: LiveStrapControls; locked: boolean }) {
  const t = useTranslations('breathe.strap');
  const { snapshot, support } = strap;
  const status = snapshot.status.status;
  const isSimulated = snapshot.info?.kind === 'simulated';
  const active = status === 'connected' || status === 'connecting' || status === 'reconnecting';

  return (
    <section className="card strap-card" aria-labelledby="strap-heading">
      <h2 id="strap-heading">{t('heading')}</h2>
      <StrapStatusLine snapshot={snapshot} restoring={strap.restoring} />
      {strap.error ? (
        <p className="form-error" role="alert" data-testid="strap-error">
          {t(`errors.${strap.error}`)}
        </p>
      ) : null}
      <div className="actions">
        {support !== 'unavailable' && !active && status !== 'needs-user' ? (
          <button type="button" className="button button-primary" data-testid="connect-strap" onClick={strap.connectStrap} disabled={support === 'checking'}>
            {t('connect')}
          </button>
        ) : null}
        {status === 'needs-user' || status === 'reconnecting' ? (
          <button type="button" className="button button-primary" data-testid="reconnect-strap" onClick={strap.reconnect}>
            {t('reconnect')}
          </button>
        ) : null}
        {active && !locked ? (
          <button type="button" className="button" data-testid="disconnect-strap" onClick={strap.disconnect}>
            {isSimulated ? t('stopSimulation') : t('disconnect')}
          </button>
        ) : null}
        {snapshot.info?.kind === 'bluetooth' && !locked ? (
          <button type="button" className="button button-quiet" data-testid="forget-strap" onClick={strap.forget}>
            {t('forget')}
          </button>
        ) : null}
      </div>
      {(support === 'unavailable' || support === 'adapter-off') && !active ? <BluetoothHelp support={support} /> : null}
      {(!active || isSimulated) && !locked ? (
        <SimulationControls running={active && isSimulated} prominent={support === 'unavailable' || support === 'adapter-off'} onStart={strap.startSimulation} />
      ) : null}
    </section>
  );
}
