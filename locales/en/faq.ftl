# Answers to common questions (/faq, or asked in one's own words; see faq-phrases.ftl).

command-faq = Answers to common questions
discord-command-faq = faq
faq-menu = What would you like to know? Choose a topic; you can also just type your question.
faq-topic =
    { $topic ->
        [programme] How the programme works
        [commission] Commission and tiers
        [attribution] Tracking and cookies
        [holding] Holding period
        [payouts] Payouts and minimum
        [disclosure] Marking ads
        [content] Allowed content
       *[contact] Talk to a person
    }
faq-answer-programme =
    How { $programme } works:
    1. Apply with /start; we review applications within a few days.
    2. Once approved, /link gives you tracking links to the products of our campaigns.
    3. When someone buys through your link, the sale is recorded and you earn a commission, shown in /earnings.
    4. After the holding period the commission is confirmed, and /payout sends it to you.
faq-answer-commission =
    Your commission is a percentage of each order's amount. The rate depends on the campaign and on your tier, and each sale keeps the rate it was recorded with.
    Your tier rises with the number of confirmed sales: { $tiers }. /earnings shows your tier and your commission.
faq-answer-attribution =
    A sale counts for you when the buyer clicked your link and then ordered within the campaign's attribution window (usually 30 days), on the same device and browser: the shop recognises the click by a cookie.
    A sale may not be credited when the buyer blocks cookies, orders on another device, clicks another partner's link afterwards, or ordered before clicking.
faq-answer-holding =
    A new sale stays pending for the holding period (usually 14 days after the order, the shop's return period). Cancelled or refunded orders are removed; the others are confirmed and added to your available balance.
    /earnings shows when your pending commission can be confirmed.
faq-answer-payouts =
    You can request a payout with /payout as soon as your confirmed balance reaches the minimum for its currency ({ $minimum }). There you also choose how to be paid, from the methods available in your country (bank transfer, PayPal, bank card, SBP or BLIK, depending on the country). We pay after checking the request, and you receive a message with the payment reference.
faq-answer-disclosure =
    Always mark your posts as advertising, as the law of your market requires:
    • France: “Publicité” or “Collaboration commerciale”
    • Spain: “Publicidad”
    • Poland: “#reklama”
    • Russia: “Реклама” with the advertiser's name
    Put the mark at the start of the post, where it is clearly visible, not among other hashtags. /link gives you the right wording with every link.
faq-answer-content =
    Welcome: your honest reviews, unboxings, try-ons, comparisons and tutorials, with your own photos and videos.
    Not allowed: false or exaggerated claims, invented discounts, spam in comments or private messages, ads on the shop's brand name in search engines, and other people's content without their permission. Breaking these rules may suspend your participation.
faq-answer-contact = To ask a person on our team, send /support and describe your question: the answer comes here, in this chat. You can also write to { $contact }.
faq-helpful = Did this answer your question?
    .yes = Yes, thank you
    .no = No
    .check = Check a sale of mine
faq-glad = Glad to help! Send /faq for other topics.
faq-offer-person = Sorry about that. A person on our team can help you.
    .ask = Ask a person

# "Why wasn't my sale tracked?": the guided check of one day (from /support and the answer on tracking).
salecheck-not-influencer = This check looks at your links and orders, so it is for approved influencers. Send /support to ask a person on our team.
salecheck-day = On which day was the order placed? For example: today, yesterday, 3 November or 2026-11-03.
salecheck-day-unclear = I could not read that as one day. Please write it like this: yesterday, 3 November or 2026-11-03.
salecheck-day-future = That day has not come yet. On which day was the order placed?
salecheck-no-links = You have no tracking link yet, so no sale can be credited to you. Create one with /link and share it.
salecheck-paused = The campaign “{ $campaign }” is paused: its links do not lead to the shop and record no sales for now.
salecheck-ended = The campaign “{ $campaign }” ended before that day: sales after its end are not credited.
salecheck-not-started = The campaign “{ $campaign }” had not started yet on that day.
salecheck-pending = We see your order of { $date }: it is pending, and can be confirmed from { $until }, after the shop's return period.
salecheck-confirmed = We see your order of { $date }, and it is confirmed: it is in your balance (/earnings).
salecheck-reversed = We see an order of { $date }, but the shop cancelled or refunded it, so it earns no commission.
salecheck-outside-window = We see an order of { $date }, but it was placed after the campaign's attribution window for the click had closed, so it earns no commission.
salecheck-before-click = We see an order of { $date } that was placed before the click on your link: only orders placed after a click count.
salecheck-clicks-no-order =
    { $clicks ->
        [one] We see { $clicks } click on your links on { $date } or in the days before, but the shop has reported no order of that day. Shops report orders within a few days; an order placed on another device or browser, or with cookies blocked, cannot be linked to you.
       *[other] We see { $clicks } clicks on your links on { $date } or in the days before, but the shop has reported no order of that day. Shops report orders within a few days; an order placed on another device or browser, or with cookies blocked, cannot be linked to you.
    }
salecheck-no-click = We see no click on your links on { $date } or in the attribution window before it. The buyer may have opened the shop without your link, on another device, or in an app that drops the link.
salecheck-offer-person = If this does not explain it, a person on our team can look into it.
