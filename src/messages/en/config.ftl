config-messages = `messages: { $value }` is not a language of kielo's messages
config-messages-hint = write `messages: fi`, `messages: sv` or `messages: en`
