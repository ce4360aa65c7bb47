CREATE TABLE "practice_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"weekdays" jsonb NOT NULL,
	"time_of_day" text NOT NULL,
	"duration_min" integer NOT NULL,
	"locale" text NOT NULL,
	"feed_token_hash" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_plan_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "practice_plan_feed_token_hash_unique" UNIQUE("feed_token_hash")
);
--> statement-breakpoint
ALTER TABLE "practice_plan" ADD CONSTRAINT "practice_plan_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;