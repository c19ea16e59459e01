CREATE TABLE "citizen_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"claimed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
DROP INDEX "cases_due_idx";--> statement-breakpoint
ALTER TABLE "citizen_notices" ADD CONSTRAINT "citizen_notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizen_notices_case_idx" ON "citizen_notices" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "citizen_notices_unsent_idx" ON "citizen_notices" USING btree ("created_at") WHERE "citizen_notices"."sent_at" is null and "citizen_notices"."email" is not null;--> statement-breakpoint
CREATE INDEX "cases_due_idx" ON "cases" USING btree ("due_date","id") WHERE "cases"."due_date" is not null;