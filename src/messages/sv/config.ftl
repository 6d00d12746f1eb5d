config-messages = `messages: { $value }` är inte ett språk för kielos meddelanden
config-messages-hint = skriv `messages: fi`, `messages: sv` eller `messages: en`
