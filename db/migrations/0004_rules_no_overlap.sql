-- Guards of the rule book that drizzle cannot express (the commands check the same things first, with
-- Vietnamese messages; these catch any other writer).
-- 1. Versions of one key never overlap. An exclusion constraint would need btree_gist, which the embedded
--    database does not load; a per-key transaction lock followed by a check is just as strict: a second
--    writer of the same key waits for the first to commit, then its check sees the committed row.
CREATE OR REPLACE FUNCTION rules_guard() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'rule versions are never deleted (rule %)', OLD.key USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- 2. History is never edited; the only change allowed is closing an open-ended version.
    IF NEW.id <> OLD.id OR NEW.key <> OLD.key OR NEW.value <> OLD.value
       OR NEW.effective_from <> OLD.effective_from OR NEW.source <> OLD.source
       OR NEW.note IS DISTINCT FROM OLD.note OR OLD.effective_to IS NOT NULL OR NEW.effective_to IS NULL THEN
      RAISE EXCEPTION 'rule versions are never edited, only an open-ended one may be closed (rule %)', OLD.key
        USING ERRCODE = 'restrict_violation';
    END IF;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('rules:' || NEW.key));
  IF EXISTS (
    SELECT 1 FROM rules r
    WHERE r.key = NEW.key AND r.id <> NEW.id
      AND daterange(r.effective_from, r.effective_to, '[]') && daterange(NEW.effective_from, NEW.effective_to, '[]')
  ) THEN
    RAISE EXCEPTION 'rule % already has a version in force between % and %', NEW.key, NEW.effective_from,
      coalesce(NEW.effective_to::text, 'open end')
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'rules_no_overlap';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER rules_guard BEFORE INSERT OR UPDATE OR DELETE ON rules
  FOR EACH ROW EXECUTE FUNCTION rules_guard();
