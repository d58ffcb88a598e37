-- The end of the newest stored annual count (jaartelling.md §5), NULL before any.
SELECT strftime(max(tot), '%Y-%m-%d') AS tot FROM jaartelling
