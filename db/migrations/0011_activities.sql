CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"level" text NOT NULL,
	"admin_unit_id" uuid,
	"admin_unit_code" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"start_time" text,
	"status" text DEFAULT 'held' NOT NULL,
	"title" text NOT NULL,
	"place" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"participants_total" integer DEFAULT 0 NOT NULL,
	"public_summary" text,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_kind_check" CHECK ("activities"."kind" in ('dialogue', 'supervision', 'social_criticism', 'training', 'dissemination', 'field_visit', 'coordination_programme', 'neighbourhood_activity', 'cofunded_project')),
	CONSTRAINT "activities_level_check" CHECK ("activities"."level" in ('central', 'province', 'district', 'commune')),
	CONSTRAINT "activities_status_check" CHECK ("activities"."status" in ('planned', 'held', 'cancelled')),
	CONSTRAINT "activities_dates_check" CHECK ("activities"."ends_on" is null or "activities"."ends_on" >= "activities"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "activity_daily_counts" (
	"day" date NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"admin_unit_id" uuid,
	"activities" integer DEFAULT 0 NOT NULL,
	"participants" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "activity_daily_counts_key" UNIQUE NULLS NOT DISTINCT("organization_id","day","kind","level","admin_unit_id")
);
--> statement-breakpoint
CREATE TABLE "activity_monthly_counts" (
	"month" date NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"admin_unit_id" uuid,
	"activities" integer DEFAULT 0 NOT NULL,
	"participants" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "activity_monthly_counts_key" UNIQUE NULLS NOT DISTINCT("organization_id","month","kind","level","admin_unit_id")
);
--> statement-breakpoint
CREATE TABLE "activity_participants" (
	"activity_id" uuid NOT NULL,
	"group_code" text NOT NULL,
	"count" integer NOT NULL,
	"province_code" text,
	CONSTRAINT "activity_participants_activity_id_group_code_pk" PRIMARY KEY("activity_id","group_code"),
	CONSTRAINT "activity_participants_count_check" CHECK ("activity_participants"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "commitment_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"commitment_id" uuid NOT NULL,
	"province_code" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"step_date" date NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_date" date
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"kind" text DEFAULT 'commitment' NOT NULL,
	"question" text NOT NULL,
	"content" text NOT NULL,
	"owner_organization_id" uuid,
	"owner_user_id" uuid,
	"owner_name" text NOT NULL,
	"committed_on" date NOT NULL,
	"due_date" date NOT NULL,
	"due_rule_key" text,
	"status" text DEFAULT 'open' NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"completed_on" date,
	"result" text,
	"response_reference" text,
	"published" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_kind_check" CHECK ("commitments"."kind" in ('commitment', 'recommendation')),
	CONSTRAINT "commitments_status_check" CHECK ("commitments"."status" in ('open', 'done', 'extended', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_events" ADD CONSTRAINT "commitment_events_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_organization_starts_idx" ON "activities" USING btree ("organization_id","starts_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activities_starts_idx" ON "activities" USING btree ("starts_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activities_kind_starts_idx" ON "activities" USING btree ("kind","starts_on" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activities_planned_idx" ON "activities" USING btree ("starts_on") WHERE "activities"."status" = 'planned';--> statement-breakpoint
CREATE INDEX "activity_daily_counts_day_idx" ON "activity_daily_counts" USING btree ("day","organization_id");--> statement-breakpoint
CREATE INDEX "activity_monthly_counts_month_idx" ON "activity_monthly_counts" USING btree ("month","organization_id");--> statement-breakpoint
CREATE INDEX "commitment_events_commitment_idx" ON "commitment_events" USING btree ("commitment_id","at");--> statement-breakpoint
CREATE INDEX "commitments_activity_idx" ON "commitments" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "commitments_organization_due_idx" ON "commitments" USING btree ("organization_id","due_date","id");--> statement-breakpoint
CREATE INDEX "commitments_owner_idx" ON "commitments" USING btree ("owner_organization_id");--> statement-breakpoint
CREATE INDEX "commitments_open_due_idx" ON "commitments" USING btree ("due_date") WHERE "commitments"."status" in ('open', 'extended');