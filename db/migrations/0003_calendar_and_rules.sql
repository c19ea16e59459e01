CREATE TABLE "calendar_overrides" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference_key" text,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"legal_act" text NOT NULL,
	"province_code" text,
	"recurring" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	CONSTRAINT "calendar_overrides_reference_key_unique" UNIQUE("reference_key"),
	CONSTRAINT "calendar_overrides_kind_check" CHECK ("calendar_overrides"."kind" in ('day_off', 'working_day', 'not_off'))
);
--> statement-breakpoint
CREATE TABLE "rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rules_key_from_unique" UNIQUE("key","effective_from"),
	CONSTRAINT "rules_period_check" CHECK ("rules"."effective_to" is null or "rules"."effective_to" >= "rules"."effective_from")
);
--> statement-breakpoint
CREATE INDEX "calendar_overrides_date_idx" ON "calendar_overrides" USING btree ("date");--> statement-breakpoint
CREATE INDEX "rules_effective_idx" ON "rules" USING btree ("effective_from");