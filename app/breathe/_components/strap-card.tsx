import { useTranslations } from 'next-intl';
import { BluetoothHelp } from './bluetooth-help';
import { SimulationControls } from './simulation-controls';
import { StrapStatusLine } from './strap-status-line';
import type { LiveStrapControls } from './use-live-strap';

/** The strap: status, connect / reconnect / disconnect, and the simulated strap. One primary action at a time. */
export function StrapCard({ strap, locked }: { strap: LiveStrapControls; locked: boolean }) {
  const t = useTranslations('breathe.strap');
  const { snapshot, support } = strap;
  const status = snapshot.status.status;
  const isSimulated = snapshot.info?.kind === 'simulated';
  const active = status === 'connected' || status === 'connecting' || status === 'reconnecting';
  // Without Web Bluetooth the simulated strap becomes the way in. Bluetooth switched off is only a note:
  // it can be switched on at any moment, and Connect asks the browser again.
  const noBluetooth = support === 'unavailable';
  const showHelp = support === 'unavailable' || support === 'adapter-off';

  return (
    <section className="card strap-card" aria-labelledby="strap-heading">
      <div className="strap-head">
        <h2 id="strap-heading" tabIndex={-1}>
          {t('heading')}
        </h2>
        <StrapStatusLine snapshot={snapshot} restoring={strap.restoring} />
        {status === 'idle' && !showHelp ? <p className="hint">{t('wearTip')}</p> : null}
      </div>
      {strap.error ? (
        <p className="form-error" role="alert" data-testid="strap-error">
          {t(`errors.${strap.error}`)}
        </p>
      ) : null}
      <div className="actions">
        {!active && status !== 'needs-user' ? (
          <button
            type="button"
            className={noBluetooth ? 'button' : 'button button-primary'}
            data-testid="connect-strap"
            onClick={strap.connectStrap}
            disabled={support === 'checking' || noBluetooth}
            aria-describedby={noBluetooth ? 'bluetooth-help' : undefined}
          >
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
      {showHelp && !active ? <BluetoothHelp support={support === 'unavailable' ? 'unavailable' : 'adapter-off'} /> : null}
      {(!active || isSimulated) && !locked ? <SimulationControls running={active && isSimulated} prominent={noBluetooth} onStart={strap.startSimulation} /> : null}
    </section>
  );
}
