CREATE TABLE "admin_unit_successions" (
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"effective_date" date NOT NULL,
	"legal_act" text NOT NULL,
	CONSTRAINT "admin_unit_successions_predecessor_id_successor_id_pk" PRIMARY KEY("predecessor_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"province_code" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"search_key" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_units_level_check" CHECK ("admin_units"."level" in ('province', 'district', 'commune', 'below_commune')),
	CONSTRAINT "admin_units_source_check" CHECK ("admin_units"."source" in ('reference', 'local')),
	CONSTRAINT "admin_units_valid_range_check" CHECK ("admin_units"."valid_from" is null or "admin_units"."valid_to" is null or "admin_units"."valid_from" <= "admin_units"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "reference_data" (
	"name" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "admin_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "admin_unit_code" text;--> statement-breakpoint
ALTER TABLE "admin_unit_successions" ADD CONSTRAINT "admin_unit_successions_predecessor_id_admin_units_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_successions" ADD CONSTRAINT "admin_unit_successions_successor_id_admin_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_parent_id_admin_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_unit_successions_successor_idx" ON "admin_unit_successions" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "admin_units_code_idx" ON "admin_units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "admin_units_parent_idx" ON "admin_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "admin_units_search_idx" ON "admin_units" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "admin_units_code_from_unique" ON "admin_units" USING btree ("code",coalesce("valid_from", '0001-01-01'::date));--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_admin_unit_idx" ON "organizations" USING btree ("admin_unit_id");