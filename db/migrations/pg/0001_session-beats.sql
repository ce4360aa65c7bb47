CREATE TABLE "session_beats" (
	"session_id" text PRIMARY KEY NOT NULL,
	"beats" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_beats" ADD CONSTRAINT "session_beats_session_id_practice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "session_beats" ("session_id", "beats") SELECT "id", "beats" FROM "practice_session";--> statement-breakpoint
ALTER TABLE "practice_session" DROP COLUMN "beats";