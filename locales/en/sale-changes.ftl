# What changed in known sales, gathered into one message an hour at most.

sale-changes =
    Updates on your sales:
    { $changes }
sale-change-confirmed = • Order { $order }: { $amount } commission confirmed, now available for payout.
sale-change-reversed = • Order { $order }: the sale was cancelled by the shop, { $amount } commission withdrawn.
sale-change-refunded = • Order { $order }: { $whole ->
        [yes] refunded to the customer in full ({ $refund })
       *[other] { $refund } refunded to the customer
    }, so your commission is { $amount } lower.
sale-change-amount = • Order { $order }: the shop confirmed an order total of { $total }, so your commission is { $amount } { $direction ->
        [up] higher
       *[down] lower
    }.
sale-changes-more = { $count ->
        [one] …and { $count } more change. Send /earnings for the details.
       *[other] …and { $count } more changes. Send /earnings for the details.
    }
sale-change-owed = Commission already paid out was taken back: you now owe { $amount }. It will be deducted from your next confirmed sales; until then no payout can be requested.
