ALTER TABLE "reception_visit_citizens" ALTER COLUMN "full_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reception_visit_citizens" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD COLUMN "identity_protected" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reception_visit_citizens" ADD CONSTRAINT "reception_visit_citizens_sealed_check" CHECK (case when "reception_visit_citizens"."sealed" is null then "reception_visit_citizens"."full_name" is not null
        else coalesce("reception_visit_citizens"."full_name", "reception_visit_citizens"."id_number", "reception_visit_citizens"."phone", "reception_visit_citizens"."unit_code", "reception_visit_citizens"."address_detail") is null end);