CREATE TABLE "democracy_conference_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conference_id" uuid NOT NULL,
	"province_code" text,
	"action" text NOT NULL,
	"reason" text,
	"previous" jsonb,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "democracy_conference_events_action_check" CHECK ("democracy_conference_events"."action" in ('record', 'correct', 'withdraw'))
);
--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD COLUMN "state" text DEFAULT 'recorded' NOT NULL;--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "inactive_reason" text;--> statement-breakpoint
ALTER TABLE "democracy_conference_events" ADD CONSTRAINT "democracy_conference_events_conference_id_democracy_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."democracy_conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "democracy_conference_events_conference_idx" ON "democracy_conference_events" USING btree ("conference_id","at");--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD CONSTRAINT "democracy_conferences_state_check" CHECK ("democracy_conferences"."state" in ('recorded', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "democracy_conferences" ADD CONSTRAINT "democracy_conferences_withdrawn_check" CHECK (("democracy_conferences"."state" = 'withdrawn') = ("democracy_conferences"."withdrawn_reason" is not null));