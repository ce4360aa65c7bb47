import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/server/auth';
import { getTheme } from '@/server/preferences';
import { PreferenceControls } from '../_components/preference-controls';
import { AccountDataSections } from './_components/account-data-sections';

export default async function SettingsPage() {
  const session = await requireSession('/settings');
  const [t, theme] = await Promise.all([getTranslations('settings'), getTheme()]);
  return (
    <>
      <h1>{t('heading')}</h1>
      <section className="card">
        <h2>{t('accountHeading')}</h2>
        <dl className="facts">
          <dt>{t('name')}</dt>
          <dd data-testid="account-name">{session.user.name}</dd>
          <dt>{t('email')}</dt>
          <dd data-testid="account-email">{session.user.email}</dd>
          <dt>{t('role')}</dt>
          <dd data-testid="account-role">{t(`roles.${session.user.role === 'practitioner' ? 'practitioner' : 'practising'}`)}</dd>
        </dl>
      </section>
      <section className="card">
        <h2>{t('preferencesHeading')}</h2>
        <PreferenceControls theme={theme} />
      </section>
      <AccountDataSections email={session.user.email} userId={session.user.id} />
    </>
  );
}
