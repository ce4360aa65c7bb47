ALTER TABLE "user" ADD COLUMN "resonance_rate_bpm" double precision;--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "resonance" jsonb;