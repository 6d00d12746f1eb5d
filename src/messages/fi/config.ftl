config-messages = `messages: { $value }` ei ole kielo-viestien kieli
config-messages-hint = kirjoita `messages: fi`, `messages: sv` tai `messages: en`
