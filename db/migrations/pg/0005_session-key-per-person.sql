-- Sessions are keyed by (user_id, id): an id is the owner's, so one person's id says nothing about
-- another's. The beats and the notes reference a session by both columns; existing rows take the
-- owner from their session.
ALTER TABLE "session_beats" DROP CONSTRAINT "session_beats_session_id_practice_session_id_fk";--> statement-breakpoint
ALTER TABLE "practitioner_note" DROP CONSTRAINT "practitioner_note_session_id_practice_session_id_fk";--> statement-breakpoint
DROP INDEX "practitioner_note_session_idx";--> statement-breakpoint
ALTER TABLE "practice_session" DROP CONSTRAINT "practice_session_pkey";--> statement-breakpoint
ALTER TABLE "practice_session" ADD CONSTRAINT "practice_session_pk" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "session_beats" ADD COLUMN "user_id" text;--> statement-breakpoint
UPDATE "session_beats" b SET "user_id" = s."user_id" FROM "practice_session" s WHERE s."id" = b."session_id";--> statement-breakpoint
ALTER TABLE "session_beats" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "session_beats" DROP CONSTRAINT "session_beats_pkey";--> statement-breakpoint
ALTER TABLE "session_beats" ADD CONSTRAINT "session_beats_pk" PRIMARY KEY("user_id","session_id");--> statement-breakpoint
ALTER TABLE "practitioner_note" ADD COLUMN "session_user_id" text;--> statement-breakpoint
UPDATE "practitioner_note" n SET "session_user_id" = s."user_id" FROM "practice_session" s WHERE s."id" = n."session_id";--> statement-breakpoint
ALTER TABLE "practitioner_note" ALTER COLUMN "session_user_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "session_beats" ADD CONSTRAINT "session_beats_session_fk" FOREIGN KEY ("user_id","session_id") REFERENCES "public"."practice_session"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_note" ADD CONSTRAINT "practitioner_note_session_fk" FOREIGN KEY ("session_user_id","session_id") REFERENCES "public"."practice_session"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practitioner_note_session_idx" ON "practitioner_note" USING btree ("session_user_id","session_id");
