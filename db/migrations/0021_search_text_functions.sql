-- The search row of a case (0013), its texts now defined once, in functions that PostgreSQL inlines into
-- the statement calling them: case_search_refresh() below, and the intake statement, which writes the
-- search rows of its new cases itself (the deferred triggers then find them written and stop).
--
-- vn_fold() is an IMMUTABLE SQL wrapper of the STABLE unaccent(), so it cannot be inlined: each call ran
-- the SQL-function executor, which parsed and planned its body again in every trigger call (7 % of the
-- database's time during intake at 1,000,000 cases). These are STABLE, as unaccent() is, so they inline.
-- Same results as vn_fold() over the same concatenations; people are taken in their order on the letter.
CREATE OR REPLACE FUNCTION case_search_fold(value text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
-- What of one citizen is searchable (a protected denouncer's identity is sealed and never passed here).
CREATE OR REPLACE FUNCTION case_search_person(full_name text, phone text, id_number text, address_detail text)
  RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT concat_ws(' ', full_name, phone, id_number, address_detail) $$;
--> statement-breakpoint
-- The folded full text of a case; `people` is string_agg(case_search_person(…), ' ' ORDER BY position).
CREATE OR REPLACE FUNCTION case_search_doc(tracking_code text, summary text, citizen_display text, people text,
  content text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT case_search_fold(concat_ws(' ', tracking_code, summary, citizen_display, people, content)) $$;
--> statement-breakpoint
-- The folded names, phones, ID numbers and addresses of a case, for trigram search.
CREATE OR REPLACE FUNCTION case_search_names(tracking_code text, citizen_display text, people text)
  RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT case_search_fold(concat_ws(' ', tracking_code, citizen_display, people)) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_search_refresh(target uuid) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_search (case_id, province_code, doc, names, tsv, updated_at)
  SELECT c.id, c.province_code, d.doc,
         case_search_names(c.tracking_code, c.citizen_display, p.people),
         to_tsvector('simple'::regconfig, d.doc),
         now()
    FROM cases c
    LEFT JOIN LATERAL (
      SELECT string_agg(case_search_person(cc.full_name, cc.phone, cc.id_number, cc.address_detail), ' '
                        ORDER BY cc.position) AS people
        FROM case_citizens cc
       WHERE cc.case_id = c.id AND cc.sealed IS NULL
    ) p ON true
    CROSS JOIN LATERAL (
      SELECT case_search_doc(c.tracking_code, c.summary, c.citizen_display, p.people, c.content) AS doc
    ) d
   WHERE c.id = target
  ON CONFLICT (case_id) DO UPDATE
     SET doc = excluded.doc, names = excluded.names, tsv = excluded.tsv, updated_at = excluded.updated_at;
END $$;
