-- Search (issue 8). vn_fold() (0000) is IMMUTABLE — it names the unaccent dictionary explicitly — so
-- the expressions below can be indexed on both PostgreSQL and the embedded database.

-- The searchable text of one case, folded (lower case, no diacritics, đ → d). Citizens whose identity is
-- protected keep their identifying columns null (they live only sealed), so they never enter the index.
CREATE OR REPLACE FUNCTION case_search_refresh(target uuid) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_search (case_id, province_code, doc, names, tsv, updated_at)
  SELECT c.id, c.province_code, d.doc,
         vn_fold(concat_ws(' ', c.tracking_code, c.citizen_display, p.people)),
         to_tsvector('simple'::regconfig, d.doc),
         now()
    FROM cases c
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', cc.full_name, cc.phone, cc.id_number, cc.address_detail), ' ') AS people
        FROM case_citizens cc
       WHERE cc.case_id = c.id AND cc.sealed IS NULL
    ) p ON true
    CROSS JOIN LATERAL (
      SELECT vn_fold(concat_ws(' ', c.tracking_code, c.summary, c.citizen_display, p.people, c.content)) AS doc
    ) d
   WHERE c.id = target
  ON CONFLICT (case_id) DO UPDATE
     SET doc = excluded.doc, names = excluded.names, tsv = excluded.tsv, updated_at = excluded.updated_at;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_search_on_case() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_search_refresh(NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_search_on_citizen() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_search_refresh(NEW.case_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_search_case AFTER INSERT OR UPDATE OF tracking_code, summary, content, citizen_display
  ON cases FOR EACH ROW EXECUTE FUNCTION case_search_on_case();
--> statement-breakpoint
CREATE TRIGGER case_search_citizen AFTER INSERT OR UPDATE ON case_citizens
  FOR EACH ROW EXECUTE FUNCTION case_search_on_citizen();
--> statement-breakpoint
SELECT case_search_refresh(id) FROM cases;
--> statement-breakpoint
-- Full text over everything (word order free, quoted phrases), trigrams over names, phones, ID numbers
-- and addresses (typos, partial names).
CREATE INDEX case_search_tsv_idx ON case_search USING gin (tsv);
--> statement-breakpoint
CREATE INDEX case_search_names_trgm_idx ON case_search USING gin (names gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX matters_title_tsv_idx ON matters USING gin (to_tsvector('simple'::regconfig, vn_fold(title)));
--> statement-breakpoint
CREATE INDEX matters_title_trgm_idx ON matters USING gin (vn_fold(title) gin_trgm_ops);
--> statement-breakpoint
-- Duplicate detection: the same ID number, phone (digits only) or folded name.
CREATE INDEX case_citizens_id_number_idx ON case_citizens (upper(id_number)) WHERE id_number IS NOT NULL;
--> statement-breakpoint
CREATE INDEX case_citizens_phone_idx ON case_citizens (right(regexp_replace(phone, '[^0-9]', '', 'g'), 9))
  WHERE phone IS NOT NULL;
--> statement-breakpoint
CREATE INDEX case_citizens_name_trgm_idx ON case_citizens USING gin (vn_fold(full_name) gin_trgm_ops)
  WHERE full_name IS NOT NULL;
