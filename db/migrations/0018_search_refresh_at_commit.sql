-- The search row of a case is built once, at commit, from the final state of the case and its citizens.
-- An intake inserts the case and its citizens in one statement; row triggers fired for each of them, so
-- the whole row (unaccent, tsvector, two GIN inserts) was built twice or more per intake. Deferred
-- constraint triggers run at commit, in event order: the first one sees the final state and writes the
-- row; the later ones of the same transaction find the row already written by it (xmin) and stop.
CREATE OR REPLACE FUNCTION case_search_refresh_once(target uuid) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM case_search
              WHERE case_id = target AND xmin = pg_current_xact_id()::xid) THEN
    RETURN;
  END IF;
  PERFORM case_search_refresh(target);
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_search_on_case() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_search_refresh_once(NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_search_on_citizen() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_search_refresh_once(NEW.case_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER case_search_case ON cases;
--> statement-breakpoint
DROP TRIGGER case_search_citizen ON case_citizens;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_search_case AFTER INSERT OR UPDATE OF tracking_code, summary, content, citizen_display
  ON cases DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION case_search_on_case();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_search_citizen AFTER INSERT OR UPDATE ON case_citizens
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION case_search_on_citizen();
