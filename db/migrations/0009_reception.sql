CREATE TABLE "reception_officers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"user_id" uuid,
	"full_name" text NOT NULL,
	"title" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_places" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"hours" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_refusal_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"visit_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"ground" text NOT NULL,
	"due_date" date NOT NULL,
	"due_rule_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"number" text,
	"issued_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_refusal_notices_status_check" CHECK ("reception_refusal_notices"."status" in ('pending', 'issued'))
);
--> statement-breakpoint
CREATE TABLE "reception_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"date" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"kind" text NOT NULL,
	"host_role" text NOT NULL,
	"host_name" text NOT NULL,
	"host_title" text NOT NULL,
	"place_id" uuid,
	"place" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"online_link" text,
	"recording_ref" text,
	"notice_sent_on" date,
	"attendees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion_number" text,
	"conclusion_date" date,
	"conclusion" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_sessions_kind_check" CHECK ("reception_sessions"."kind" in ('regular', 'periodic', 'ad_hoc', 'online')),
	CONSTRAINT "reception_sessions_status_check" CHECK ("reception_sessions"."status" in ('planned', 'held', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "reception_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"direction" text NOT NULL,
	"owner" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"result" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_tasks_status_check" CHECK ("reception_tasks"."status" in ('open', 'done'))
);
--> statement-breakpoint
CREATE TABLE "reception_visit_cases" (
	"visit_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text,
	"relation" text NOT NULL,
	CONSTRAINT "reception_visit_cases_visit_id_case_id_pk" PRIMARY KEY("visit_id","case_id"),
	CONSTRAINT "reception_visit_cases_relation_check" CHECK ("reception_visit_cases"."relation" in ('created', 'linked'))
);
--> statement-breakpoint
CREATE TABLE "reception_visit_citizens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"visit_id" uuid NOT NULL,
	"province_code" text,
	"position" integer NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text,
	"phone" text,
	"unit_code" text,
	"address_detail" text,
	"representative" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"visited_at" timestamp with time zone NOT NULL,
	"visit_date" date NOT NULL,
	"kind" text NOT NULL,
	"session_id" uuid,
	"officer_id" uuid,
	"officer_name" text NOT NULL,
	"group_size" integer DEFAULT 1 NOT NULL,
	"appointment" jsonb,
	"summary" text NOT NULL,
	"content_kinds" text[] NOT NULL,
	"resolved_by" text,
	"within_competence" boolean DEFAULT true NOT NULL,
	"guidance" text,
	"transferred_to" text,
	"documents_received" text,
	"receipt_issued" boolean DEFAULT false NOT NULL,
	"outcome" text NOT NULL,
	"refusal_ground" text,
	"repeat_of_id" uuid,
	"follow_up" text,
	"note" text,
	"online_link" text,
	"recording_ref" text,
	"notice_sent_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_visits_kind_check" CHECK ("reception_visits"."kind" in ('regular', 'periodic', 'ad_hoc', 'online')),
	CONSTRAINT "reception_visits_outcome_check" CHECK ("reception_visits"."outcome" in ('cases', 'guided', 'refused', 'recorded')),
	CONSTRAINT "reception_visits_group_check" CHECK ("reception_visits"."group_size" >= 1)
);
--> statement-breakpoint
ALTER TABLE "reception_officers" ADD CONSTRAINT "reception_officers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_places" ADD CONSTRAINT "reception_places_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_refusal_notices" ADD CONSTRAINT "reception_refusal_notices_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_refusal_notices" ADD CONSTRAINT "reception_refusal_notices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_place_id_reception_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."reception_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_tasks" ADD CONSTRAINT "reception_tasks_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_tasks" ADD CONSTRAINT "reception_tasks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visit_cases" ADD CONSTRAINT "reception_visit_cases_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visit_cases" ADD CONSTRAINT "reception_visit_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visit_citizens" ADD CONSTRAINT "reception_visit_citizens_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_officers_organization_idx" ON "reception_officers" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "reception_places_organization_idx" ON "reception_places" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "reception_refusal_notices_visit_idx" ON "reception_refusal_notices" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "reception_refusal_notices_due_idx" ON "reception_refusal_notices" USING btree ("organization_id","status","due_date");--> statement-breakpoint
CREATE INDEX "reception_sessions_organization_date_idx" ON "reception_sessions" USING btree ("organization_id","date");--> statement-breakpoint
CREATE INDEX "reception_tasks_session_idx" ON "reception_tasks" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "reception_tasks_open_idx" ON "reception_tasks" USING btree ("organization_id","status","due_date");--> statement-breakpoint
CREATE INDEX "reception_visit_cases_case_idx" ON "reception_visit_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "reception_visit_citizens_visit_idx" ON "reception_visit_citizens" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "reception_visit_citizens_id_number_idx" ON "reception_visit_citizens" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "reception_visit_citizens_name_idx" ON "reception_visit_citizens" USING gin (vn_fold("full_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "reception_visits_organization_idx" ON "reception_visits" USING btree ("organization_id","visited_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reception_visits_visited_idx" ON "reception_visits" USING btree ("visited_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reception_visits_session_idx" ON "reception_visits" USING btree ("session_id");