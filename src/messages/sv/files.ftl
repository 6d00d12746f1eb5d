file-not-utf8 = är inte giltig UTF-8-text (första felaktiga byte vid position { $offset })
file-not-utf8-hint = spara filen som UTF-8 i din redigerare
