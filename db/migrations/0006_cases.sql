CREATE TABLE "case_citizens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text,
	"position" integer DEFAULT 0 NOT NULL,
	"display_name" text NOT NULL,
	"full_name" text,
	"id_number" text,
	"phone" text,
	"email" text,
	"unit_code" text,
	"address_detail" text,
	"sealed" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"step_date" date NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_date" date,
	"due_rule_key" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tracking_code" text NOT NULL,
	"kind" text NOT NULL,
	"instance" text,
	"lifecycle_id" text NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"field" text DEFAULT 'other' NOT NULL,
	"summary" text NOT NULL,
	"content" text NOT NULL,
	"citizen_display" text NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"protect_identity" boolean DEFAULT false NOT NULL,
	"complexity" text DEFAULT 'normal' NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"matter_id" uuid,
	"letter_id" uuid NOT NULL,
	"forwarded_by" text,
	"forwarded_letter_number" text,
	"forwarded_letter_date" date,
	"assignee_id" uuid,
	"clock_key" text,
	"clock_start" date,
	"due_date" date,
	"due_rule_key" text,
	"public_answer" text,
	"answered_at" timestamp with time zone,
	"rating" integer,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"consented_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_tracking_code_unique" UNIQUE("tracking_code"),
	CONSTRAINT "cases_kind_check" CHECK ("cases"."kind" in ('complaint', 'denunciation', 'petition', 'feedback')),
	CONSTRAINT "cases_channel_check" CHECK ("cases"."channel" in ('in_person', 'portal', 'hotline', 'email', 'post', 'forwarded')),
	CONSTRAINT "cases_complexity_check" CHECK ("cases"."complexity" in ('normal', 'complex', 'especially_complex')),
	CONSTRAINT "cases_rating_check" CHECK ("cases"."rating" is null or "cases"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "identity_reveals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text,
	"user_id" uuid,
	"user_name" text NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"title" text NOT NULL,
	"letter_count" integer DEFAULT 1 NOT NULL,
	"complex" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matters_status_check" CHECK ("matters"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"province_code" text,
	"case_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
ALTER TABLE "case_citizens" ADD CONSTRAINT "case_citizens_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_reveals" ADD CONSTRAINT "identity_reveals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_citizens_case_idx" ON "case_citizens" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "cases_received_idx" ON "cases" USING btree ("received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_organization_received_idx" ON "cases" USING btree ("organization_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_due_idx" ON "cases" USING btree ("due_date") WHERE "cases"."due_date" is not null;--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "cases_letter_idx" ON "cases" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "cases_matter_idx" ON "cases" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING gin (vn_fold("citizen_display" || ' ' || "summary") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "identity_reveals_case_idx" ON "identity_reveals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "matters_organization_idx" ON "matters" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST);