-- The trigram index over a case's display name and summary (issue 6) has had no reader since the search
-- index `case_search` (issue 8) took over: it only cost every intake one more GIN insert.
DROP INDEX "cases_search_idx";
