CREATE TABLE "access_log" (
	"id" text PRIMARY KEY NOT NULL,
	"practitioner_id" text,
	"client_id" text NOT NULL,
	"what" text NOT NULL,
	"session_id" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practitioner_invite" (
	"id" text PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"practitioner_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"used_at" timestamp (3) with time zone,
	"used_by" text,
	CONSTRAINT "practitioner_invite_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "practitioner_link" (
	"id" text PRIMARY KEY NOT NULL,
	"practitioner_id" text NOT NULL,
	"client_id" text NOT NULL,
	"share" text NOT NULL,
	"accepted_at" timestamp (3) with time zone NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"ended_by" text
);
--> statement-breakpoint
CREATE TABLE "practitioner_note" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"author_id" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prescription" (
	"id" text PRIMARY KEY NOT NULL,
	"link_id" text NOT NULL,
	"protocol" jsonb NOT NULL,
	"times_per_week" integer NOT NULL,
	"minutes_per_session" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prescription_link_id_unique" UNIQUE("link_id")
);
--> statement-breakpoint
ALTER TABLE "practice_session" ADD COLUMN "hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_practitioner_id_user_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_invite" ADD CONSTRAINT "practitioner_invite_practitioner_id_user_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_invite" ADD CONSTRAINT "practitioner_invite_used_by_user_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_link" ADD CONSTRAINT "practitioner_link_practitioner_id_user_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_link" ADD CONSTRAINT "practitioner_link_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_note" ADD CONSTRAINT "practitioner_note_session_id_practice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_note" ADD CONSTRAINT "practitioner_note_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescription" ADD CONSTRAINT "prescription_link_id_practitioner_link_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."practitioner_link"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_client_at_idx" ON "access_log" USING btree ("client_id","at");--> statement-breakpoint
CREATE INDEX "access_log_practitioner_idx" ON "access_log" USING btree ("practitioner_id");--> statement-breakpoint
CREATE INDEX "practitioner_invite_practitioner_idx" ON "practitioner_invite" USING btree ("practitioner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practitioner_link_active_pair_idx" ON "practitioner_link" USING btree ("practitioner_id","client_id") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "practitioner_link_client_idx" ON "practitioner_link" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "practitioner_note_session_idx" ON "practitioner_note" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "practitioner_note_author_idx" ON "practitioner_note" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "practice_session_user_day_cover_idx" ON "practice_session" USING btree ("user_id","local_date","started_at","hidden","baseline_ln_rmssd","practice_minutes");