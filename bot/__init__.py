"""influencer-bot: one conversation engine, served on Telegram, Discord and the console."""
