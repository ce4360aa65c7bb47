import 'server-only';
// The practice plan (GET|PUT|DELETE /api/plan), its calendar feed switched on, renewed or off
// (POST|DELETE /api/plan/feed), and the feed itself (GET /api/plan/feed/<token>.ics), which calendar apps
// fetch without a cookie: the token alone opens it, and anything else is a 404.
import { z } from 'zod';
import { claimTimeZone, getTimeZone } from '@/db/queries/preferences';
import { deletePlan, getPlan, getPlanByFeedTokenHash, savePlan, setPlanFeedTokenHash, type PracticePlanRow } from '@/db/queries/plans';
import { isLocale, pickLocale, localeCookie, type Locale } from '@/lib/i18n/locales';
import { buildPlanCalendar } from '@/lib/plan/ics';
import { planInputSchema, type PracticePlan } from '@/lib/plan/plan';
import { localDayAt } from '@/lib/trends/local-day';
import { AppError, jsonResponse } from '@/server/http/app-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { withErrors } from '@/server/http/with-errors';
import { requireViewer } from '@/server/sessions/handlers';
import { feedUrl, hashFeedToken, newFeedToken, tokenFromSegment } from './feed-token';
import { feedText } from './feed-text';

const maxPlanBytes = 2_048;
/** Minutes before the planned time a calendar reminds the person. */
export const reminderMinutes = 10;

/** Besides the plan: the page's language (the feed's) and the browser's zone, kept only when none is set yet. */
const planBodySchema = planInputSchema.extend({ locale: z.string().max(10).optional(), timeZone: z.string().max(100).optional() });

export function toPracticePlan(row: PracticePlanRow): PracticePlan {
  return { weekdays: row.weekdays, timeOfDay: row.timeOfDay, durationMin: row.durationMin, feedEnabled: row.feedTokenHash !== null, updatedAt: row.updatedAt.toISOString() };
}

function requestLocale(request: Request, stated: string | undefined): Locale {
  if (isLocale(stated)) return stated;
  const cookie = (request.headers.get('cookie') ?? '').split(/;\s*/).find((c) => c.startsWith(`${localeCookie}=`));
  const fromCookie = cookie?.slice(localeCookie.length + 1);
  return isLocale(fromCookie) ? fromCookie : pickLocale(request.headers.get('accept-language'));
}

export const getPlanHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const row = await getPlan(viewer);
  return jsonResponse(200, { plan: row ? toPracticePlan(row) : null });
});

export const putPlanHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const parsed = planBodySchema.safeParse(await readJsonBody(request, maxPlanBytes));
  if (!parsed.success) {
    throw new AppError(400, 'invalid-request', 'A plan is { weekdays: [1–7, at least one], timeOfDay: "HH:MM", durationMin: 1–120 }.', {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  const { locale, timeZone, ...input } = parsed.data;
  // The plan's time is on the person's clock: a person without a zone yet gets the browser's, as an upload would.
  if (timeZone) await claimTimeZone(viewer, timeZone);
  const row = await savePlan(viewer, input, requestLocale(request, locale));
  return jsonResponse(200, { plan: toPracticePlan(row) });
});

export const deletePlanHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  if (!(await deletePlan(viewer))) throw new AppError(404, 'not-found', 'There is no practice plan to remove.');
  return new Response(null, { status: 204 });
});

/** Switches the feed on, or renews its address: the previous address stops working at once. */
export const postPlanFeedHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  const { token, hash } = newFeedToken();
  if (!(await setPlanFeedTokenHash(viewer, hash))) throw new AppError(409, 'conflict', 'Save a practice plan first; the calendar feed shows it.');
  return jsonResponse(201, { feed: feedUrl(request, token) });
});

export const deletePlanFeedHandler = withErrors(async (request: Request) => {
  const viewer = await requireViewer(request);
  if (!(await setPlanFeedTokenHash(viewer, null))) throw new AppError(404, 'not-found', 'There is no practice plan, so no feed to switch off.');
  return new Response(null, { status: 204 });
});

const feedNotFound = () => new AppError(404, 'not-found', 'No calendar feed at this address. It may have been renewed or switched off.');

export const getPlanFeedHandler = withErrors(async (_request: Request, context: { params: Promise<{ token: string }> }) => {
  const token = tokenFromSegment((await context.params).token);
  if (!token) throw feedNotFound();
  const plan = await getPlanByFeedTokenHash(hashFeedToken(token));
  if (!plan) throw feedNotFound();
  const timeZone = plan.timeZone ?? 'UTC';
  const body = buildPlanCalendar({
    planId: plan.id,
    weekdays: plan.weekdays,
    timeOfDay: plan.timeOfDay,
    durationMin: plan.durationMin,
    timeZone,
    startDate: localDayAt(plan.updatedAt.getTime(), timeZone).localDate,
    updatedAt: plan.updatedAt,
    reminderMin: reminderMinutes,
    text: feedText(plan.locale, plan.durationMin),
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="herstel-plan.ics"',
      // The address is the secret: no shared cache keeps it, and no page that links it leaks it on.
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer',
    },
  });
});

/** For the trends page and the form: the viewer's plan, and the zone its time is on. */
export async function getPlanView(viewer: Parameters<typeof getPlan>[0]): Promise<{ plan: PracticePlan | null; timeZone: string | null; today: string }> {
  const [row, zone] = await Promise.all([getPlan(viewer), getTimeZone(viewer)]);
  return { plan: row ? toPracticePlan(row) : null, timeZone: zone, today: localDayAt(Date.now(), zone ?? 'UTC').localDate };
}
