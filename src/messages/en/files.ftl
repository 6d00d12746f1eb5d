file-not-utf8 = is not valid UTF-8 text (first bad byte at offset { $offset })
file-not-utf8-hint = save the file as UTF-8 in your editor
