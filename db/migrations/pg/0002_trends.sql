ALTER TABLE "user" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "daily_goal_minutes" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "kind" text DEFAULT 'breathing' NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "posture" text;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "local_date" text;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "utc_offset_min" integer;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "tags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "baseline_ln_rmssd" double precision;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "practice_minutes" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "practice_session_user_local_date_idx" ON "practice_session" USING btree ("user_id","local_date");;--> statement-breakpoint
-- Existing sessions: their day in UTC (no zone was known when they were stored), the ln of a baseline the
-- engine did not flag, and the breathing phase's minutes without the pauses in it — as derive-columns.ts does.
UPDATE "practice_session" SET
  "local_date" = to_char("started_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
  "utc_offset_min" = 0,
  "baseline_ln_rmssd" = CASE
    WHEN "baseline_rmssd_ms" > 0 AND "quality_reasons"::text NOT LIKE '%"baseline-flagged"%' AND "quality_reasons"::text NOT LIKE '%"missing-baseline"%'
    THEN ln("baseline_rmssd_ms") END,
  "practice_minutes" = coalesce((
    SELECT sum(
      ((ph->>'endMs')::float8 - (ph->>'startMs')::float8)
      - coalesce((SELECT sum(greatest(0, least((pa->>'endMs')::float8, (ph->>'endMs')::float8) - greatest((pa->>'startMs')::float8, (ph->>'startMs')::float8)))
                  FROM jsonb_array_elements("practice_session"."pauses") pa), 0)
    ) / 60000.0
    FROM jsonb_array_elements("practice_session"."phases") ph WHERE ph->>'phase' = 'breathing'
  ), 0);--> statement-breakpoint
ALTER TABLE "practice_session" ALTER COLUMN "local_date" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_session" ALTER COLUMN "utc_offset_min" SET NOT NULL;