CREATE TABLE "hotline_calls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"caller_number" text NOT NULL,
	"caller_name" text,
	"called_at" timestamp with time zone NOT NULL,
	"summary" text NOT NULL,
	"kind" text NOT NULL,
	"field" text DEFAULT 'other' NOT NULL,
	"outcome" text NOT NULL,
	"answer" text,
	"case_id" uuid,
	"operator_id" uuid,
	"operator_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hotline_calls_kind_check" CHECK ("hotline_calls"."kind" in ('complaint', 'denunciation', 'petition', 'feedback', 'inquiry')),
	CONSTRAINT "hotline_calls_outcome_check" CHECK ("hotline_calls"."outcome" in ('answered', 'case', 'pending'))
);
--> statement-breakpoint
CREATE TABLE "blocked_senders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"province_code" text,
	"address" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blocked_senders_unique" UNIQUE("organization_id","address")
);
--> statement-breakpoint
CREATE TABLE "case_mails" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text,
	"message_id" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_mails_message_unique" UNIQUE("message_id")
);
--> statement-breakpoint
CREATE TABLE "inbound_mail_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"mail_id" uuid NOT NULL,
	"province_code" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbound_mails" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"province_code" text,
	"status" text NOT NULL,
	"reason_code" text,
	"reason" text,
	"envelope_from" text,
	"header_from" text,
	"from_name" text,
	"recipient" text NOT NULL,
	"subject" text,
	"message_id" text,
	"in_reply_to" text,
	"text_body" text,
	"size" integer NOT NULL,
	"raw" "bytea",
	"received_at" timestamp with time zone NOT NULL,
	"case_id" uuid,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_mails_status_check" CHECK ("inbound_mails"."status" in ('draft', 'confirmed', 'threaded', 'discarded', 'quarantined', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "inbox_openings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_search" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text,
	"doc" text NOT NULL,
	"names" text NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocked_senders" ADD CONSTRAINT "blocked_senders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_mails" ADD CONSTRAINT "case_mails_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_mail_attachments" ADD CONSTRAINT "inbound_mail_attachments_mail_id_inbound_mails_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."inbound_mails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_openings" ADD CONSTRAINT "inbox_openings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_search" ADD CONSTRAINT "case_search_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotline_calls_organization_idx" ON "hotline_calls" USING btree ("organization_id","called_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "hotline_calls_caller_idx" ON "hotline_calls" USING btree ("caller_number");--> statement-breakpoint
CREATE INDEX "case_mails_case_idx" ON "case_mails" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "inbound_mail_attachments_mail_idx" ON "inbound_mail_attachments" USING btree ("mail_id");--> statement-breakpoint
CREATE INDEX "inbound_mails_organization_idx" ON "inbound_mails" USING btree ("organization_id","status","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbound_mails_status_idx" ON "inbound_mails" USING btree ("status","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_search_updated_idx" ON "case_search" USING btree ("updated_at");