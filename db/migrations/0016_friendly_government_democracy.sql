CREATE TABLE "democracy_conferences" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"province_code" text,
	"year" integer NOT NULL,
	"status" text DEFAULT 'held' NOT NULL,
	"held_on" date,
	"form" text,
	"staff_total" integer NOT NULL,
	"expected_count" integer,
	"present_count" integer,
	"quorum_met" boolean,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"timing" text,
	"valid" boolean NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rule_source" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "democracy_conferences_kind_check" CHECK ("democracy_conferences"."kind" in ('staff', 'workers')),
	CONSTRAINT "democracy_conferences_status_check" CHECK ("democracy_conferences"."status" in ('held', 'skipped')),
	CONSTRAINT "democracy_conferences_form_check" CHECK ("democracy_conferences"."form" is null or "democracy_conferences"."form" in ('full', 'delegates')),
	CONSTRAINT "democracy_conferences_enterprise_check" CHECK (("democracy_conferences"."kind" = 'workers') = ("democracy_conferences"."enterprise_id" is not null)),
	CONSTRAINT "democracy_conferences_year_check" CHECK ("democracy_conferences"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "democracy_resolutions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conference_id" uuid NOT NULL,
	"province_code" text,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"votes_for" integer NOT NULL,
	"votes_against" integer NOT NULL,
	"abstentions" integer DEFAULT 0 NOT NULL,
	"passed" boolean NOT NULL,
	CONSTRAINT "democracy_resolutions_position_unique" UNIQUE("conference_id","position")
);
--> statement-breakpoint
CREATE TABLE "democracy_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"version_number" integer NOT NULL,
	"title" text NOT NULL,
	"decision_number" text NOT NULL,
	"adopted_on" date NOT NULL,
	"effective_from" date NOT NULL,
	"content" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "democracy_rules_version_unique" UNIQUE("organization_id","version_number"),
	CONSTRAINT "democracy_rules_dates_check" CHECK ("democracy_rules"."effective_from" >= "democracy_rules"."adopted_on")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tax_code" "citext" NOT NULL,
	"ownership" text NOT NULL,
	"workforce" integer NOT NULL,
	"fiscal_year_end_month" integer DEFAULT 12 NOT NULL,
	"has_trade_union" boolean DEFAULT true NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"admin_unit_id" uuid,
	"admin_unit_code" text,
	"address" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_tax_code_unique" UNIQUE("tax_code"),
	CONSTRAINT "enterprises_ownership_check" CHECK ("enterprises"."ownership" in ('state', 'private')),
	CONSTRAINT "enterprises_status_check" CHECK ("enterprises"."status" in ('active', 'inactive')),
	CONSTRAINT "enterprises_workforce_check" CHECK ("enterprises"."workforce" >= 0),
	CONSTRAINT "enterprises_fiscal_month_check" CHECK ("enterprises"."fiscal_year_end_month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "friendly_criteria_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"issuer" text NOT NULL,
	"organization_id" uuid,
	"province_code" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"criteria" jsonb NOT NULL,
	"thresholds" jsonb NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "friendly_criteria_sets_code_from_unique" UNIQUE("code","effective_from"),
	CONSTRAINT "friendly_criteria_sets_period_check" CHECK ("friendly_criteria_sets"."effective_to" is null or "friendly_criteria_sets"."effective_to" >= "friendly_criteria_sets"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "friendly_evaluation_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"province_code" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "friendly_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"year" integer NOT NULL,
	"criteria_set_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"self_total" numeric(6, 1),
	"final_total" numeric(6, 1),
	"rating" text,
	"self_summary" text,
	"review_comment" text,
	"reviewer_organization_id" uuid,
	"reviewer_name" text,
	"submitted_at" timestamp with time zone,
	"rated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "friendly_evaluations_organization_year_unique" UNIQUE("organization_id","year"),
	CONSTRAINT "friendly_evaluations_status_check" CHECK ("friendly_evaluations"."status" in ('draft', 'submitted', 'returned', 'rated')),
	CONSTRAINT "friendly_evaluations_rating_check" CHECK ("friendly_evaluations"."rating" is null or "friendly_evaluations"."rating" in ('good', 'fair', 'average', 'not_met')),
	CONSTRAINT "friendly_evaluations_year_check" CHECK ("friendly_evaluations"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "friendly_scores" (
	"id" uuid PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"province_code" text,
	"criterion_code" text NOT NULL,
	"self_score" numeric(5, 1),
	"evidence" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewed_score" numeric(5, 1),
	"review_note" text,
	CONSTRAINT "friendly_scores_criterion_unique" UNIQUE("evaluation_id","criterion_code")
);
--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD CONSTRAINT "democracy_conferences_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD CONSTRAINT "democracy_conferences_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "democracy_resolutions" ADD CONSTRAINT "democracy_resolutions_conference_id_democracy_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."democracy_conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "democracy_rules" ADD CONSTRAINT "democracy_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendly_criteria_sets" ADD CONSTRAINT "friendly_criteria_sets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendly_evaluation_events" ADD CONSTRAINT "friendly_evaluation_events_evaluation_id_friendly_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."friendly_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendly_evaluations" ADD CONSTRAINT "friendly_evaluations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendly_evaluations" ADD CONSTRAINT "friendly_evaluations_criteria_set_id_friendly_criteria_sets_id_fk" FOREIGN KEY ("criteria_set_id") REFERENCES "public"."friendly_criteria_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendly_evaluations" ADD CONSTRAINT "friendly_evaluations_reviewer_organization_id_organizations_id_fk" FOREIGN KEY ("reviewer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friendly_scores" ADD CONSTRAINT "friendly_scores_evaluation_id_friendly_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."friendly_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "democracy_conferences_year_idx" ON "democracy_conferences" USING btree ("year","kind");--> statement-breakpoint
CREATE INDEX "democracy_conferences_organization_idx" ON "democracy_conferences" USING btree ("organization_id","year");--> statement-breakpoint
CREATE INDEX "democracy_conferences_enterprise_idx" ON "democracy_conferences" USING btree ("enterprise_id","year");--> statement-breakpoint
CREATE INDEX "enterprises_organization_idx" ON "enterprises" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "friendly_criteria_sets_province_idx" ON "friendly_criteria_sets" USING btree ("province_code","effective_from");--> statement-breakpoint
CREATE INDEX "friendly_evaluation_events_evaluation_idx" ON "friendly_evaluation_events" USING btree ("evaluation_id","at");--> statement-breakpoint
CREATE INDEX "friendly_evaluations_year_idx" ON "friendly_evaluations" USING btree ("year","province_code");