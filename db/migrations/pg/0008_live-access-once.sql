-- Two polls at one instant could each log the same live session: keep the earliest entry of each.
DELETE FROM "access_log" AS "later" USING "access_log" AS "earlier"
WHERE "later"."what" = 'live' AND "earlier"."what" = 'live'
  AND "earlier"."practitioner_id" = "later"."practitioner_id" AND "earlier"."client_id" = "later"."client_id" AND "earlier"."session_id" = "later"."session_id"
  AND ("earlier"."at" < "later"."at" OR ("earlier"."at" = "later"."at" AND "earlier"."id" < "later"."id"));--> statement-breakpoint
CREATE UNIQUE INDEX "access_log_live_once_idx" ON "access_log" USING btree ("practitioner_id","client_id","session_id") WHERE what = 'live';
