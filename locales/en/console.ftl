# The staff web console (/console in chat gives a one-time sign-in link). Only staff see these.

## In chat

console-link =
    Your personal sign-in link to the staff console:
    { $url }

    It works once, within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, and signs you in with this account's roles. Do not share it.
console-off = The staff console is not switched on for this programme (BOT_CONSOLE_SECRET is not set).

## Signing in and out

console-title = Staff console
console-login-title = Sign in to the staff console
console-login-as = You are about to sign in as { $account }.
console-login-button = Sign in
console-login-used = This sign-in link has already been used. Send /console in chat to get a new one.
console-login-expired = This sign-in link has expired. Send /console in chat to get a new one.
console-login-unknown = This sign-in link is not valid. Send /console in chat to get a new one.
console-refused-title = Access refused
console-signed-out = You are not signed in, or your session has ended. Send /console in chat to get a sign-in link.
console-signed-out-done = You are signed out. Send /console in chat whenever you want to come back.
console-role-missing = This page needs the “{ $role }” role, which you do not have. An owner of the programme can grant it.
console-csrf = This form has expired or did not come from the console. Please open the page again and retry.
console-sign-out = Sign out

## Navigation

console-nav-overview = Overview
console-nav-applications = Applications
console-nav-campaigns = Campaigns
console-nav-payouts = Payouts
console-nav-broadcasts = Broadcasts
console-nav-staff = Roles
console-nav-audit = Audit log

## Shared words

console-none = Nothing here yet.
console-any = any
console-name = Name
console-country = Country
console-countries = Countries
console-all-countries = all countries
console-platforms = Platforms
console-audience = Audience
console-submitted = Submitted
console-niche = Topic
console-account = Account
console-role = Role
console-since = Since
console-by = By
console-created = Created
console-state = State
console-amount = Amount
console-reason = Reason
console-reference = Reference
console-when = When
console-action = Action
console-subject = Subject
console-details = Details
console-apply-filters = Apply
console-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
console-requests =
    { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
console-status-label = Status
console-status =
    { $status ->
        [draft] Not submitted
        [pending] Under review
        [approved] Approved
        [rejected] Not accepted
        [suspended] Suspended
       *[other] { $status }
    }

## Overview

console-applications-waiting = Applications waiting for review
console-payouts-waiting = Payouts waiting
console-influencers-by-status = Influencers by status
console-influencers-by-tier = Approved influencers by tier
console-last-days = { $days ->
        [one] The last day
       *[other] The last { $days } days
    }
console-chart-clicks = Clicks per day
console-chart-orders = Orders per day
console-chart-commission = Commission per day ({ $currency })
console-broadcasts-active = Broadcasts under way

## Applications

console-applications-claimable =
    { $count ->
        [0] No application can be reviewed right now.
        [one] { $count } application can be reviewed now.
       *[other] { $count } applications can be reviewed now.
    }
console-filter-country = Country (two letters)
console-filter-platform = Platform
console-filter-min-audience = Audience at least
console-sort = Order
console-sort-oldest = oldest first
console-sort-audience = largest audience first
console-review = Review
console-release = Put back in the queue
console-held-by = Being reviewed by { $actor }
console-held-until = You hold this application until { $time }.
console-application-taken = Someone else is reviewing this application, or it has been decided already.
console-application-not-held = This application is no longer in your hands: it has been decided, or your claim expired and another reviewer took it.
console-application-approved = { $name } is approved, and they have been told.
console-application-rejected = { $name } is not approved; the reason has been sent to them.
console-application-asked = Your question has been sent to { $name }. The application returns to the queue with their answer.
console-application-released = The application is back in the queue.
console-reason-missing = Please choose a reason.

## Campaigns

console-campaign-new = New campaign
console-campaign-create = Create the campaign
console-destination = Destination
console-currency = Currency
console-rates = Commission
console-rate-for = Commission for { $tier } (basis points, 800 = 8 %)
console-window = Attribution / holding
console-window-days = Attribution window (days)
console-lock-days = Holding period (days)
console-domains = Allowed product domains (separated by spaces)
console-starts = Starts
console-ends = Ends
console-campaign-state =
    { $active ->
        [yes] Active
       *[no] Paused
    }
console-campaign-edit = Change “{ $name }”
console-campaign-save = Save the changes
console-campaign-saved = Campaign “{ $name }” is changed; new clicks and sales follow the new terms.
console-campaign-figures = { $days ->
        [one] Last day
       *[other] Last { $days } days
    }
console-orders-count =
    { $count ->
        [one] { $count } order
       *[other] { $count } orders
    }
console-campaign-pause = Pause
console-campaign-resume = Resume
console-campaign-added = Campaign “{ $name }” is created.
console-campaign-paused = Campaign “{ $name }” is paused: its links stop working within a few seconds.
console-campaign-resumed = Campaign “{ $name }” is running again.
console-campaign-missing = There is no campaign named “{ $name }”.
console-campaign-exists = A campaign named “{ $name }” already exists.
console-campaign-bad-name = Please give the campaign a name.
console-campaign-bad-url = The destination must be an address starting with http:// or https://.
console-campaign-bad-currency = The currency must be a three-letter ISO 4217 code such as EUR.
console-campaign-bad-days = The attribution window and the holding period cannot be negative.
console-campaign-bad-ends = The end must come after the start.
console-campaign-bad-domain = “{ $detail }” is not a domain name.
console-campaign-bad-rate = Give a commission for at least one tier, between 0 and 10,000 basis points.
console-campaign-bad-number = Please write the numbers and dates in digits (dates as 2026-12-01).

## Payouts

console-payouts-empty = No payout request is waiting.
console-payouts-more =
    { $count ->
        [one] { $count } more request waits behind these: pay these first, or download the CSV.
       *[other] { $count } more requests wait behind these: pay these first, or download the CSV.
    }
console-payout-details = Paid to
console-csv = Download the queue as CSV
console-pay = Mark as paid
console-reject = Reject
console-sepa-export = SEPA file of the selected requests (they are marked as paid)
console-sepa-off = SEPA files need the programme's account: set BOT_SEPA_DEBTOR_NAME and BOT_SEPA_DEBTOR_IBAN.
console-sepa-invalid = The SEPA file could not be made: check the programme's account (BOT_SEPA_DEBTOR_IBAN and BOT_SEPA_DEBTOR_BIC) and the influencers' bank details. Nothing was marked as paid.
console-sepa-none = Select at least one request for the SEPA file.
console-sepa-not-eligible = Request #{ $id } cannot go into a SEPA file: only open requests in euros to a bank account can.
console-payout-paid = Request #{ $id } is marked as paid; the influencer has been told.
console-payout-rejected = Request #{ $id } is rejected; the money is available to the influencer again.
console-payout-refused =
    { $reason ->
        [not_found] There is no such payout request.
        [already_paid] This request has already been paid or decided.
        [already_rejected] This request was rejected; it cannot be paid or rejected again.
        [reference_used] This reference has already been used for another payment; every payment has its own.
        [insufficient_balance] The influencer's confirmed balance is now below the request (sales were reversed): reject it with a reason.
        [bad_reference] A reference is 1 to 64 printable characters.
        [bad_reason] A reason is 1 to 500 characters.
       *[other] The payout could not be recorded.
    }

## Broadcasts

console-broadcast-new = New broadcast
console-broadcast-texts = Texts
console-broadcast-fallback = Without its own text, readers of this language get the text in
console-broadcast-button = Link button
console-broadcast-recipients = Recipients
console-registered-since = Registered since
console-active-since = Active since
console-send-at = Send at (UTC)
console-broadcast-count = Count the recipients and preview
console-broadcast-send = Send
console-broadcast-no-text = Write the text in at least one language.
console-broadcast-invalid = These choices do not make a valid broadcast; please check the button and the languages.
console-broadcast-created = Broadcast #{ $id } is created.
console-broadcast-cancelled = Broadcast #{ $id } is cancelled; messages already on their way still arrive.
console-broadcast-title = Broadcast #{ $id }
console-broadcast-cancel = Cancel the broadcast
console-broadcast-state =
    { $state ->
        [scheduled] Scheduled
        [running] Being sent
        [cancelled] Cancelled
        [done] Complete
       *[other] { $state }
    }
console-sent = Sent
console-failed = Failed
console-blocked = Blocked the bot
console-skipped = Skipped
console-unknown = Fate unknown
console-cancelled = Not sent (cancelled)
console-remaining = Remaining
console-cancelled-by = cancelled by { $actor }

## Roles, sessions and the audit log

console-owners = Owners: { $owners }
console-roles-change = Grant or revoke a role
console-grant = Grant
console-revoke = Revoke
console-bad-account = “{ $account }” is not an account. Write it as channel:id, for example telegram:123456789.
console-sessions = Signed in to the console
console-signed-in = Signed in
console-last-seen = Last active
console-signout-all = Sign out every session of this account
console-signed-out-account =
    { $count ->
        [0] { $account } had no open session.
        [one] { $account } is signed out of { $count } session.
       *[other] { $account } is signed out of { $count } sessions.
    }
console-last-days-input = Period (days)

## Influencers

console-nav-influencers = Influencers
console-search = Name, handle, account or link code
console-search-short = Names and handles are searched from three characters on; shorter text finds accounts and link codes only.
console-tier = Tier
console-tier-button = Set the tier
console-tier-invalid = A tier is 1 to 16 lowercase letters, digits or _.
console-tier-set = The tier is now { $tier }.
console-suspend = Suspend
console-reinstate = Reinstate
console-suspended = The influencer is suspended.
console-reinstated = The influencer is reinstated.
console-status-unchanged = Nothing was changed: someone else changed the status in the meantime.
console-balance = Balance
console-pending = Pending
console-confirmed = Confirmed
console-paid = Paid out
console-links = Links
console-code = Code
console-clicks = Clicks
console-orders = Orders
console-trail = Notes and audit trail
console-note = Internal note (only staff see it)
console-note-button = Add the note
console-note-added = The note is added.

## Campaigns: the command line's rules (python -m bot campaign add), worded for staff
console-deeplink = Deep link to a product page (optional)
console-advertiser = Advertiser’s legal name (required for Russia)
console-advertiser-inn = Advertiser’s INN (Russian tax number, required for Russia)
console-erid = Ad identifier (erid)
console-campaign-bad-name-long = The name can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
console-campaign-bad-url-long = The destination can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
console-campaign-bad-deeplink-long = The deep link can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
console-campaign-bad-deeplink-scheme = The deep link must be an address starting with http:// or https://.
console-campaign-bad-url-host = The destination leads to { $host }, which is not among the allowed domains ({ $domains }): the campaign’s links could never redirect. Add that domain or correct the address.
console-campaign-bad-deeplink-host = The deep link leads to { $host }, which is not among the allowed domains ({ $domains }): the campaign’s links could never redirect. Add that domain or correct the address.
console-campaign-bad-deeplink-page = The deep link must contain { $placeholder } where the product page’s address goes.
console-campaign-bad-days-long = The attribution window and the holding period can be at most { $max ->
        [one] { $max } day
       *[other] { $max } days
    }.
console-campaign-bad-country = “{ $country }” is not a two-letter country code (such as FR).
console-campaign-bad-advertiser = The advertiser’s legal name must be { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
console-campaign-bad-inn = “{ $inn }” is not a valid INN: 10 digits for an organisation or 12 for an individual, with the correct check digits.
console-campaign-bad-erid = The erid must be the identifier from the advertising registry: letters and digits only, at most 64.
console-campaign-bad-advertiser-needed = A campaign for { $markets } needs the advertiser’s legal name and INN: the advertising notice there must name them.

## Payouts: details changed lately (fraud often starts there)
console-payout-details-changed = Payout details changed on { $when }: confirm them with the influencer before paying.

## Support tickets
console-tickets-open = Open support tickets
console-tickets = Support tickets
console-ticket-subject = Subject
console-ticket-updated = Last activity
console-ticket-state =
    { $state ->
        [open] Waiting for staff
        [waiting] Waiting for the influencer
       *[closed] Closed
    }
