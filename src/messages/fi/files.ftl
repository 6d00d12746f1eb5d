file-not-utf8 = ei ole kelvollista UTF-8-tekstiä (ensimmäinen virheellinen tavu kohdassa { $offset })
file-not-utf8-hint = tallenna tiedosto editorissa UTF-8-muodossa
