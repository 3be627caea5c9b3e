# Broadcasts: the /broadcast wizard, progress and reports. Shown to broadcasters only, except
# the button labels, which every recipient sees in their own language.

broadcast-button-more = Learn more
broadcast-button-open = Open
broadcast-button-shop = Shop now
broadcast-button-join = Join

broadcast-usage =
    /broadcast — write a new broadcast
    /broadcast status — broadcasts under way
    /broadcast cancel — stop one
broadcast-no-platform = Broadcasts go out on Telegram and Discord, and neither is connected to this bot yet.

## 1. The text, language by language

broadcast-language = Let us write a broadcast. Which language is your first text in? You can add texts in other languages afterwards.
broadcast-language-more = I have the text in { $written }. Add a text in another language, or carry on.
    .done = Carry on
broadcast-text =
    Send the text in { $language }, exactly as recipients should see it (up to 4,096 characters; line breaks are kept).
broadcast-fallbacks =
    Which of the other languages should get the { $language } text? Tap to select, then carry on. Speakers of languages you leave out will not receive this broadcast.
    .continue = Carry on

## 2. An optional button

broadcast-button = Should the message have a button that opens a link? Its label is shown in each reader’s language.
    .none = No button
broadcast-url = Send the address the button should open (starting with https://).

## 3. Who receives it

broadcast-segment =
    Who should receive it?
    Languages: { $languages }
    Countries: { $countries }
    Platforms: { $platforms }
    Application status: { $statuses }
    Tiers: { $tiers }
    Channels: { $channels }
    Registered: { $registered }
    Last active: { $active }

    Tap a line to narrow it down, or count the recipients.
    .languages = Languages
    .countries = Countries
    .platforms = Platforms
    .statuses = Status
    .tiers = Tiers
    .channels = Channels
    .registered_since = Registered
    .active_since = Last active
    .count = Count recipients
broadcast-segment-any = any
broadcast-segment-since = since { $date }
broadcast-segment-languages = languages
broadcast-segment-countries = countries
broadcast-segment-platforms = platforms
broadcast-segment-statuses = application statuses
broadcast-segment-tiers = tiers
broadcast-segment-channels = channels
broadcast-choose =
    Choose the { $what } to include (tap again to remove one). With none selected, nobody is left out.
    .back = Back
broadcast-applicant-approved = Approved
broadcast-applicant-pending = Under review
broadcast-applicant-rejected = Not accepted
broadcast-applicant-suspended = Suspended
broadcast-applicant-none = Not applied
broadcast-registered-since = Only people who registered since a date? Send the date (for example 2026-10-01) or a number of days (30 means the last 30 days).
broadcast-active-since = Only people who were active since a date? Send the date (for example 2026-10-01) or a number of days (7 means the last 7 days).
broadcast-since-invalid = Please send a date such as 2026-10-01 or a number of days such as 30.
broadcast-since-future = That date is in the future. Please send a date that has passed.

## 4. Count, preview, confirm

broadcast-nobody = Nobody matches these choices. Please widen them.
broadcast-audience =
    { $people ->
        [one] It will reach { $people } person on Telegram
       *[other] It will reach { $people } people on Telegram
    }{ $channels ->
        [0] .
        [one] {" "}and { $channels } Discord announcement channel.
       *[other] {" "}and { $channels } Discord announcement channels.
    }{ $blocked ->
        [0] {""}
        [one] {" "}{ $blocked } more person matches but has blocked the bot and will be skipped.
       *[other] {" "}{ $blocked } more people match but have blocked the bot and will be skipped.
    }

    Here is how it will look:
broadcast-preview =
    { BLANK($button) ->
        [yes] For { $languages }:

            { $text }
       *[no] For { $languages }:

            { $text }

            Button: “{ $button }”
    }
broadcast-confirm = Send it?
    .now = Send now
    .schedule = Send later
    .edit = Change recipients
    .drop = Discard
broadcast-when = When should it go out? Send the date and time in UTC, for example 2026-12-01 18:00.
broadcast-when-invalid = Please send a date and a time in UTC, for example 2026-12-01 18:00.
broadcast-when-past = That time has already passed. Please send a time in the future (UTC).
broadcast-dropped = The broadcast has been discarded; nothing was sent.
broadcast-scheduled = Broadcast #{ $id } is scheduled for { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC. Send /broadcast cancel to call it off.
broadcast-started =
    { $followed ->
        [yes] Broadcast #{ $id } is on its way. I will keep you posted here and send a report when it is done. Send /broadcast cancel to stop it.
       *[other] Broadcast #{ $id } is on its way. Send /broadcast status to follow it, or /broadcast cancel to stop it.
    }

## Status and cancelling

broadcast-status-none = No broadcast is scheduled or being sent.
broadcast-status-line =
    #{ $id } ({ $state ->
        [scheduled] scheduled for { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC
       *[running] sending
    }): { $sent } sent, { $remaining } to go.
broadcast-cancel-none = No broadcast is scheduled or being sent, so there is nothing to cancel.
broadcast-cancel = Which broadcast should I stop? Messages already on their way still arrive.
    .one = Stop #{ $id }
    .keep = Keep them all
broadcast-cancel-kept = Nothing has changed.
broadcast-cancel-too-late = Broadcast #{ $id } has already finished or been cancelled.
broadcast-cancelled =
    { $running ->
        [yes] Broadcast #{ $id } is stopped. The messages already on their way still arrive; you will get the final figures shortly.
       *[other] Broadcast #{ $id } is cancelled; nothing was sent.
    }

## Progress and the final report (edited in place, then sent)

broadcast-progress =
    Broadcast #{ $id } is being sent.
    Sent: { $sent } · Failed: { $failed } · Blocked: { $blocked } · Remaining: { $remaining }
    Time left: about { $eta }
broadcast-report-done =
    Broadcast #{ $id } is complete ({ $took }).
    Sent: { $sent } of { $total }
    Failed: { $failed }
    Blocked the bot: { $blocked }
    Skipped (had blocked the bot before): { $skipped }
    Fate unknown (interrupted while sending): { $unknown }
broadcast-report-cancelled =
    Broadcast #{ $id } was cancelled ({ $took }).
    Sent: { $sent } of { $total }
    Not sent because of the cancellation: { $cancelled }
    Failed: { $failed }
    Blocked the bot: { $blocked }
    Skipped (had blocked the bot before): { $skipped }
    Fate unknown (interrupted while sending): { $unknown }
