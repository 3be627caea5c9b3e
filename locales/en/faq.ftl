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
    You can request a payout with /payout as soon as your confirmed balance reaches { $minimum } in its currency. We pay by bank transfer (IBAN) or PayPal after checking the request, and you receive a message with the payment reference.
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
faq-glad = Glad to help! Send /faq for other topics.
faq-offer-person = Sorry about that. A person on our team can help you.
    .ask = Ask a person
