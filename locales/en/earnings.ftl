# Earnings: /earnings, its buttons, and answers to questions such as "how much did I earn in October?".
# Amounts are per currency: different currencies are never added together.

earnings-not-registered = You are not in the programme yet. Send /start to apply; once you are approved and make your first sales, your earnings will appear here.
earnings-not-approved-pending = Your application is still being reviewed. Once it is approved, create a link with /link and your earnings will appear here.
earnings-not-approved-rejected = Earnings are for approved members of the programme, and your application was not approved.
earnings-no-links = You have no links yet. Create one with /link: every click and sale through it will show up here.
earnings-no-sales =
    No sales yet. { $clicks ->
        [0] Nobody has clicked your links this month so far.
        [one] Your links got { $clicks } click this month.
       *[other] Your links got { $clicks } clicks this month.
    }
    Share your links (see /links) with your audience: your commission appears here as soon as someone orders.

# $period is earnings-period; $sections are the parts below, one after the other.
earnings-report =
    Earnings — { $period }

    { $sections }
earnings-period =
    { $kind ->
        [today] today, { $range }
        [yesterday] yesterday, { $range }
        [this_week] this week, { $range }
        [last_week] last week, { $range }
        [last_days] { $days ->
            [one] the last day, { $range }
           *[other] the last { $days } days, { $range }
        }
        [this_month] this month, { $range }
        [last_month] last month, { $range }
        [this_year] this year, { $range }
        [last_year] last year, { $range }
        [since] since { $range }
        [all] all time
       *[other] { $range }
    }
earnings-amount = { $total } earned: { $pending } pending, { $confirmed } confirmed
earnings-amount-none = Nothing earned in this period.
earnings-amount-all = { $total } earned: { $pending } pending, { $confirmed } confirmed, { $paid } paid out
earnings-stats =
    { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    } · { $clicks ->
        [one] { $clicks } click
       *[other] { $clicks } clicks
    } · conversion rate { NUMBER($rate, style: "percent", maximumFractionDigits: 1) }
earnings-stats-no-clicks =
    { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    } · no clicks
earnings-cancelled =
    { $count ->
        [one] { $count } order was cancelled (no commission).
       *[other] { $count } orders were cancelled (no commission).
    }
earnings-glance =
    At a glance:
    Today: { $today }
    Last 7 days: { $week }
    This month: { $month }
    Last month: { $lastMonth }
    All time: { $all }
earnings-glance-none = nothing yet
earnings-balance =
    Your balance:
    { $lines }
earnings-balance-pending = Pending: { $amount }
earnings-balance-pending-next = Pending: { $amount }, first confirmations from { DATETIME($date, dateStyle: "long") }
earnings-balance-pending-late = Pending: { $amount }, waiting for the shop to confirm it
earnings-balance-confirmed = Confirmed: { $amount }
earnings-balance-confirmed-requested = Confirmed: { $amount }, of which { $requested } requested for payout
earnings-balance-owed = Owed: { $amount } (commission already paid out, then taken back by a refund); it will be deducted from your next confirmed sales
earnings-balance-paid = Paid out: { $amount }
earnings-tier = Your tier: { $tier }.
earnings-top =
    Top links:
    { $lines }
earnings-top-line =
    { $position }. { $code } ({ $campaign }): { $amounts }, { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    }, { $clicks ->
        [one] { $clicks } click
       *[other] { $clicks } clicks
    }
earnings-orders =
    Latest orders:
    { $lines }
earnings-order =
    { DATETIME($date, dateStyle: "medium") }, { $code }: order { $amount }, commission { $commission } — { $status ->
        [pending] pending until { DATETIME($until, dateStyle: "medium") }
        [confirmed] confirmed
        [refunded] refunded to the customer
        [partly-refunded] { $refunded } refunded to the customer
       *[reversed] cancelled
    }
earnings-button =
    .today = Today
    .week = 7 days
    .month = This month
    .last-month = Last month
    .all = All time
    .links = By link
    .back = Back

## Per link

earnings-links =
    Your links — { $period }

    { $lines }
earnings-links-none = No clicks or orders on your links in this period.
earnings-links-line =
    { $position }. { $code } ({ $campaign }): { $clicks ->
        [one] { $clicks } click
       *[other] { $clicks } clicks
    }, { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    }, { $amounts }
earnings-links-more =
    { $count ->
        [one] …and { $count } more link.
       *[other] …and { $count } more links.
    }
earnings-link =
    Link { $code } ({ $campaign }) — { $period }
    { $url }

    { $sections }
earnings-link-nothing = no commission

## Questions in the user's own words

earnings-pending =
    Pending commission, by the date it can be confirmed:
    { $lines }
    The shop confirms an order once its return period is over; the commission then becomes yours to withdraw.
earnings-pending-line =
    { DATETIME($date, dateStyle: "long") }: { $amount } ({ $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    })
earnings-pending-late-line =
    Waiting for the shop to confirm: { $amount } ({ $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    })
earnings-pending-later =
    Later: { $amount } ({ $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    })
earnings-pending-none = Nothing is pending right now: all your commission is confirmed. Send /earnings to see your balance.
earnings-payout =
    { $lines }
    Only confirmed commission can be paid out: the shop confirms an order once its return period is over.
earnings-payout-ready = You have { $amount } confirmed and available: send /payout to request it.
earnings-payout-short = You have { $available } confirmed and available. Payouts start at { $minimum }, so { $missing } more is needed.
earnings-payout-eta = If your pending orders are confirmed as expected, you will reach it on { DATETIME($date, dateStyle: "long") }.
earnings-payout-eta-shop = Your pending orders will get you there as soon as the shop confirms them.
earnings-payout-requested = Your payout request for { $amount } of { DATETIME($date, dateStyle: "long") } is being processed.
earnings-payout-none = There is no confirmed commission to pay out right now. Commission is confirmed once the shop confirms the order; send "what is pending?" to see when.
earnings-examples =
    I did not catch which period you mean. You can ask, for example:
    • how much did I earn today?
    • how much did I earn in October?
    • what did I make last week?
    • earnings since 1 October
    • what is pending?
    • when do I get paid?
    Or send /earnings.
earnings-future = That period has not started yet, so there is nothing to show. Ask about today or an earlier period, or send /earnings.

## Command menus

command-earnings = Your earnings, clicks and orders
discord-command-earnings = earnings
