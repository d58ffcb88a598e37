-- The stored annual count of the asked school years (jaartelling.md §5, written by tzm jaartelling).
SELECT schooljaar, strftime(tot, '%Y-%m-%d') AS tot, regel, onderwijssoort, aantal,
  strftime(berekend_op, '%Y-%m-%d %H:%M') AS berekend_op
FROM jaartelling
WHERE schooljaar IN ($nieuw, $vorig)
