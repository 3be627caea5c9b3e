# Answers to questions about earnings typed in people's own words (see earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Send /earnings for the figures of this month, or ask about a period ("how much did I earn in October?").
earnings-balance-none = You have no balance yet: no commission has been recorded so far. Send /links to see your links.
earnings-clicks =
    Clicks — { $period }
    { $stats }
earnings-campaign =
    Campaign { $campaign } — { $period }

    { $sections }
earnings-cancelled-orders =
    Cancelled and refunded orders, newest first:
    { $lines }

    The shop cancels an order when it is returned, refunded or never paid, and its commission is taken back (in part for a partial refund).
earnings-cancelled-line = { DATETIME($date, dateStyle: "medium") }, { $code }: order { $amount }, { $status ->
        [reversed] cancelled
       *[refunded] { $refunded } refunded
    } — { $reason }
earnings-cancelled-no-reason = the shop gave no reason
earnings-cancelled-none = None of your orders has been cancelled or refunded.
