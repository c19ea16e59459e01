CREATE TABLE "emulation_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"province_code" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_pacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"parties" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"status" text DEFAULT 'signed' NOT NULL,
	"assessment" jsonb,
	"assessed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_pacts_status_check" CHECK ("emulation_pacts"."status" in ('signed', 'assessed'))
);
--> statement-breakpoint
CREATE TABLE "emulation_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"year" integer NOT NULL,
	"registrant_kind" text NOT NULL,
	"person_name" text,
	"person_position" text,
	"title" text NOT NULL,
	"dan_van_kheo_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"registered_on" date NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"self_assessment" jsonb,
	"self_assessed_on" date,
	"council_opinion" text,
	"board_opinion" text,
	"review_proposal" text,
	"reviewed_on" date,
	"commendation" jsonb,
	"outcome_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_registrations_kind_check" CHECK ("emulation_registrations"."registrant_kind" in ('collective', 'individual')),
	CONSTRAINT "emulation_registrations_status_check" CHECK ("emulation_registrations"."status" in ('registered', 'self_assessed', 'reviewed', 'commended', 'not_commended')),
	CONSTRAINT "emulation_registrations_person_check" CHECK ("emulation_registrations"."registrant_kind" = 'collective' or "emulation_registrations"."person_name" is not null),
	CONSTRAINT "emulation_registrations_proposal_check" CHECK ("emulation_registrations"."review_proposal" is null or "emulation_registrations"."review_proposal" in ('commend', 'not_commend'))
);
--> statement-breakpoint
CREATE TABLE "model_awards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"model_id" uuid NOT NULL,
	"province_code" text,
	"form" text NOT NULL,
	"awarded_by" text NOT NULL,
	"decision_number" text NOT NULL,
	"awarded_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_awards_form_check" CHECK ("model_awards"."form" in ('certificate_of_merit', 'commendation_certificate'))
);
--> statement-breakpoint
CREATE TABLE "model_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"model_id" uuid NOT NULL,
	"province_code" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_fields" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_recognitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"model_id" uuid NOT NULL,
	"province_code" text,
	"level" text NOT NULL,
	"deciding_body" text NOT NULL,
	"decision_number" text NOT NULL,
	"decided_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_recognitions_level_check" CHECK ("model_recognitions"."level" in ('commune', 'district', 'province', 'central')),
	CONSTRAINT "model_recognitions_district_check" CHECK ("model_recognitions"."level" <> 'district' or "model_recognitions"."decided_on" < '2025-07-01')
);
--> statement-breakpoint
CREATE TABLE "models" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"admin_unit_id" uuid,
	"admin_unit_code" text,
	"field_code" text NOT NULL,
	"title" text NOT NULL,
	"person_name" text,
	"person_position" text,
	"goal" text NOT NULL,
	"mobilisation" text NOT NULL,
	"results" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"results_text" text,
	"period_from" date NOT NULL,
	"period_to" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_level" text,
	"recognised_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "models_kind_check" CHECK ("models"."kind" in ('model', 'exemplar')),
	CONSTRAINT "models_status_check" CHECK ("models"."status" in ('draft', 'submitted', 'returned', 'recognised', 'awarded', 'replicated', 'withdrawn')),
	CONSTRAINT "models_level_check" CHECK ("models"."current_level" is null or "models"."current_level" in ('commune', 'district', 'province', 'central')),
	CONSTRAINT "models_person_check" CHECK ("models"."kind" = 'model' or "models"."person_name" is not null),
	CONSTRAINT "models_period_check" CHECK ("models"."period_to" is null or "models"."period_to" >= "models"."period_from")
);
--> statement-breakpoint
ALTER TABLE "emulation_events" ADD CONSTRAINT "emulation_events_registration_id_emulation_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."emulation_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_pacts" ADD CONSTRAINT "emulation_pacts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_awards" ADD CONSTRAINT "model_awards_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_events" ADD CONSTRAINT "model_events_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_fields" ADD CONSTRAINT "model_fields_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_recognitions" ADD CONSTRAINT "model_recognitions_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_field_code_model_fields_code_fk" FOREIGN KEY ("field_code") REFERENCES "public"."model_fields"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emulation_events_registration_idx" ON "emulation_events" USING btree ("registration_id","at");--> statement-breakpoint
CREATE INDEX "emulation_pacts_organization_year_idx" ON "emulation_pacts" USING btree ("organization_id","year");--> statement-breakpoint
CREATE INDEX "emulation_registrations_organization_year_idx" ON "emulation_registrations" USING btree ("organization_id","year");--> statement-breakpoint
CREATE INDEX "emulation_registrations_year_idx" ON "emulation_registrations" USING btree ("year","status");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_registrations_collective_unique" ON "emulation_registrations" USING btree ("organization_id","year") WHERE "emulation_registrations"."registrant_kind" = 'collective';--> statement-breakpoint
CREATE INDEX "model_awards_model_idx" ON "model_awards" USING btree ("model_id","awarded_on");--> statement-breakpoint
CREATE INDEX "model_awards_awarded_idx" ON "model_awards" USING btree ("awarded_on");--> statement-breakpoint
CREATE INDEX "model_events_model_idx" ON "model_events" USING btree ("model_id","at");--> statement-breakpoint
CREATE INDEX "model_recognitions_model_idx" ON "model_recognitions" USING btree ("model_id","decided_on");--> statement-breakpoint
CREATE INDEX "model_recognitions_decided_idx" ON "model_recognitions" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "models_organization_idx" ON "models" USING btree ("organization_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "models_recognised_idx" ON "models" USING btree ("recognised_on" DESC NULLS LAST,"id") WHERE "models"."status" in ('recognised', 'awarded', 'replicated');