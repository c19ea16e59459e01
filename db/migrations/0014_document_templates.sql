CREATE TABLE "document_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"province_code" text,
	"type" text NOT NULL,
	"version" integer NOT NULL,
	"number_symbol" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"body" text NOT NULL,
	"recipients" text NOT NULL,
	"signer_authority" text,
	"signer_title" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_templates_version_check" CHECK ("document_templates"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_templates_version_unique" ON "document_templates" USING btree (coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid),"type","version");--> statement-breakpoint
CREATE INDEX "document_templates_lookup_idx" ON "document_templates" USING btree ("type","organization_id","version" DESC NULLS LAST);