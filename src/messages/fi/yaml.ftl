frontmatter-unknown-key = tuntematon avain `{ $key }`
