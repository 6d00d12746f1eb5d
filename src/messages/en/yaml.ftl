frontmatter-unknown-key = unknown key `{ $key }`
