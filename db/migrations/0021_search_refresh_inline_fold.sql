-- The search row of a case, as in 0013, with the fold written out instead of called through vn_fold().
-- vn_fold() is an IMMUTABLE SQL wrapper of the STABLE unaccent(), so PostgreSQL cannot inline it: each
-- call ran the SQL-function executor, which parsed and planned its body again in every trigger call
-- (measured: 7 % of the database's time during intake at 1,000,000 cases). Written out, the expression is
-- part of this function's cached plan. Same result: vn_fold is exactly this expression, and concat_ws()
-- never returns null.
CREATE OR REPLACE FUNCTION case_search_refresh(target uuid) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_search (case_id, province_code, doc, names, tsv, updated_at)
  SELECT c.id, c.province_code, d.doc,
         lower(public.unaccent('public.unaccent'::regdictionary,
               concat_ws(' ', c.tracking_code, c.citizen_display, p.people))),
         to_tsvector('simple'::regconfig, d.doc),
         now()
    FROM cases c
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', cc.full_name, cc.phone, cc.id_number, cc.address_detail), ' ') AS people
        FROM case_citizens cc
       WHERE cc.case_id = c.id AND cc.sealed IS NULL
    ) p ON true
    CROSS JOIN LATERAL (
      SELECT lower(public.unaccent('public.unaccent'::regdictionary,
             concat_ws(' ', c.tracking_code, c.summary, c.citizen_display, p.people, c.content))) AS doc
    ) d
   WHERE c.id = target
  ON CONFLICT (case_id) DO UPDATE
     SET doc = excluded.doc, names = excluded.names, tsv = excluded.tsv, updated_at = excluded.updated_at;
END $$;
