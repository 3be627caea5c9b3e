# Messages every conversation can show. Formal register in every language.

help =
    { $programme } — your assistant for the influencer programme.

    Commands:
    /start — apply to the programme or see your application
    /status — where your application stands
    /earnings — what you have earned (or just ask: "how much did I earn in October?")
    /link — a new tracking link for a campaign or a product
    /links — your links and what they brought
    /payout — request a payout of your confirmed earnings
    /invite — invite other creators to the programme
    /connect — link your Telegram and Discord accounts
    /faq — answers to common questions (or just ask)
    /support — ask a person on our team
    /privacy — what we store about you, why and for how long
    /export — all your data as a file
    /delete — erase your data
    /language — change the language
    /cancel — stop what we are doing
    /help — this message

    Need a person? Write to { $support }.

cancelled = Done, I have stopped. Nothing from this step was kept.
cancelled-onboarding = Registration stopped: the answers you gave were not kept. Send /start to begin again from the first question.
nothing-to-cancel = There is nothing to cancel right now.
command-unknown = I do not know the command /{ $command }. Send /help to see what I can do.
not-understood = Sorry, I did not understand that. Send /help to see what I can do.
button-stale = That button is no longer active. Please use the latest message.
session-expired = Our previous conversation expired, so I have started afresh.
error-internal = Something went wrong on our side. Please try again in a minute; if it keeps happening, send /help to reach a person.

## Answers to bad input. Each is followed by the question again.

input-text-empty = The answer is empty. Please type your answer.
input-text-too-short =
    { $min ->
        [one] Please use at least { $min } character.
       *[other] Please use at least { $min } characters.
    }
input-text-too-long =
    { $max ->
        [one] Please keep it to { $max } character.
       *[other] Please keep it to { $max } characters.
    }
input-number-invalid = Please send a whole number, for example 12500 or 12.5k.
input-number-too-small = The number must be at least { $min }.
input-number-too-large = The number must be at most { $max }.
input-url-invalid = That does not look like a web address. Please send a link starting with https://
input-url-domain = Links must point to one of these sites: { $domains }.
input-email-invalid = That does not look like an e-mail address. Please check it and send it again.
input-country-invalid = I do not know that country. Please send its name or its two-letter code, such as DE or PT.
input-choose-button = Please choose one of the buttons below.
input-handle-invalid =
    { $platform ->
        [instagram] That is not a valid Instagram username. Send it like @your.name or as a link to your profile.
        [tiktok] That is not a valid TikTok username. Send it like @your.name or as a link to your profile.
        [youtube] That is not a valid YouTube handle. Send it like @YourChannel or as a link to your channel.
        [vk] That is not a valid VK page. Send the short name like durov or a link such as vk.com/durov.
        [telegram] That is not a valid Telegram channel. Send it like @channel_name or as a t.me link.
        [twitch] That is not a valid Twitch username. Send it like yourname or as a twitch.tv link.
       *[other] Please send a link to your profile that starts with https://
    }

## Command descriptions for the platforms' command menus (short).

command-start = Apply or see your application
command-status = Where your application stands
command-language = Change the language
command-help = What this bot can do
command-cancel = Stop the current step

## Set-up of a community server (Discord /setup).

setup-needs-server = This command works in a server, not in private messages.
setup-forbidden = Only the server's administrators (with the Manage Server permission) and the programme's staff can change its set-up.
setup-bad-language = I do not support that language. Choose English, Russian, French, Spanish or Polish.
setup-usage = Use /setup announcements with a channel, or /setup role with a role.
setup-all-languages = every language
setup-announcements-done = Done: announcements in { $language } will be posted in { $channel }.
setup-role-done = Done: approved influencers will get the role { $role }.

## Discord: answering a question that needs typed text, and the names of slash commands.

discord-answer = Answer
discord-answer-title = Your answer
discord-answer-label = Type your answer here
discord-command-start = start
discord-command-status = status
discord-command-language = language
discord-command-help = help
discord-command-cancel = cancel
discord-command-setup = setup
discord-command-setup-announcements = Choose the announcement channel for a language
discord-command-setup-role = Choose the role approved influencers get
discord-option-code = A referral or campaign code, if you have one
discord-option-channel = The channel for announcements
discord-option-language = The language of the announcements in that channel (all if empty)
discord-option-role = The role to give approved influencers
command-setup = Set up this server for the programme

## The page a visitor sees when a tracking link does not exist or is paused.

redirect-not-found-title = Link not found
redirect-not-found = This link does not exist or is no longer active. Please check it with the person who shared it.
