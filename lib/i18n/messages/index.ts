// Messages are split by feature so each feature owns its own file; every file has an English and a Dutch
// twin with the same keys (lib/i18n/messages.test.ts enforces it). A new file is added to both lists.
import enApp from './en/app.json';
import enAuth from './en/auth.json';
import enBreathe from './en/breathe.json';
import enData from './en/data.json';
import enImports from './en/imports.json';
import enContext from './en/context.json';
import enMorningReading from './en/morningReading.json';
import enPlan from './en/plan.json';
import enPractice from './en/practice.json';
import enPractitioners from './en/practitioners.json';
import enResonance from './en/resonance.json';
import enSession from './en/session.json';
import enSessions from './en/sessions.json';
import enSessionPages from './en/session-pages.json';
import enSettings from './en/settings.json';
import enSummary from './en/summary.json';
import enTrends from './en/trends.json';
import enLiveShare from './en/liveShare.json';
import nlApp from './nl/app.json';
import nlAuth from './nl/auth.json';
import nlBreathe from './nl/breathe.json';
import nlData from './nl/data.json';
import nlImports from './nl/imports.json';
import nlContext from './nl/context.json';
import nlMorningReading from './nl/morningReading.json';
import nlPlan from './nl/plan.json';
import nlPractice from './nl/practice.json';
import nlPractitioners from './nl/practitioners.json';
import nlResonance from './nl/resonance.json';
import nlSession from './nl/session.json';
import nlSessions from './nl/sessions.json';
import nlSessionPages from './nl/session-pages.json';
import nlSettings from './nl/settings.json';
import nlSummary from './nl/summary.json';
import nlTrends from './nl/trends.json';
import nlLiveShare from './nl/liveShare.json';
import type { Locale } from '../locales';

export const messageFiles = {
  en: { app: enApp, auth: enAuth, breathe: enBreathe, settings: enSettings, sessions: enSessions, summary: enSummary, session: enSession, sessionPages: enSessionPages, data: enData, imports: enImports, trends: enTrends, morningReading: enMorningReading, context: enContext, plan: enPlan, practitioners: enPractitioners, liveShare: enLiveShare, practice: enPractice, resonance: enResonance },
  nl: { app: nlApp, auth: nlAuth, breathe: nlBreathe, settings: nlSettings, sessions: nlSessions, summary: nlSummary, session: nlSession, sessionPages: nlSessionPages, data: nlData, imports: nlImports, trends: nlTrends, morningReading: nlMorningReading, context: nlContext, plan: nlPlan, practitioners: nlPractitioners, liveShare: nlLiveShare, practice: nlPractice, resonance: nlResonance },
} satisfies Record<Locale, Record<string, object>>;

export type Messages = typeof enApp &
  typeof enAuth &
  typeof enBreathe &
  typeof enSettings &
  typeof enSessions &
  typeof enSummary &
  typeof enSession &
  typeof enSessionPages &
  typeof enData &
  typeof enImports &
  typeof enTrends &
  typeof enMorningReading &
  typeof enContext &
  typeof enPlan &
  typeof enPractitioners &
  typeof enLiveShare &
  typeof enPractice &
  typeof enResonance;

export function getMessages(locale: Locale): Messages {
  return Object.assign({}, ...Object.values(messageFiles[locale])) as Messages;
}
