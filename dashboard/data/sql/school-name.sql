SELECT brin, min(naam) AS naam, min(sector) AS sector FROM scholen WHERE brin = $brin GROUP BY brin
