CREATE TABLE "live_session" (
	"user_id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"phase" text,
	"paused" boolean DEFAULT false NOT NULL,
	"rhythm" jsonb NOT NULL,
	"beats" jsonb NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "live_session" ADD CONSTRAINT "live_session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_session_updated_idx" ON "live_session" USING btree ("updated_at");