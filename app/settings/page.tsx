import { getTranslations } from 'next-intl/server';
import { getDailyGoal, getTimeZone } from '@/db/queries/preferences';
import { requireViewer } from '@/server/auth';
import { getTheme } from '@/server/preferences';
import { PreferenceControls } from '../_components/preference-controls';
import { AccountDataSections } from './_components/account-data-sections';
import { DailyGoalSetting } from './_components/daily-goal-setting';
import { PractitionerLinks } from './_components/practitioner-links';
import { TimeZoneSetting } from './_components/time-zone-setting';

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ linked?: string | string[] }> }) {
  const { viewer, session } = await requireViewer('/settings');
  const linked = (await searchParams).linked;
  const [t, theme, zone, goal] = await Promise.all([getTranslations('settings'), getTheme(), getTimeZone(viewer), getDailyGoal(viewer)]);
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
      <TimeZoneSetting current={zone} />
      <DailyGoalSetting current={goal} />
      {viewer.role === 'practising' ? <PractitionerLinks viewer={viewer} justLinked={typeof linked === 'string' ? linked : null} /> : null}
      <AccountDataSections email={session.user.email} userId={session.user.id} />
    </>
  );
}
