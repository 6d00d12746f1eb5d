frontmatter-unknown-key = okänd nyckel `{ $key }`
