### How the bot recognises a question about one of the /faq topics typed in people's own words.
### Nobody sees these lines: each message is a list of words and phrases, separated by commas.
###   - Letter case and accents do not matter; a word ending in * stands for every word that
###     begins with it (cookie* = cookie, cookies).
###   - The words of a phrase must follow one another as written; the longest phrase wins.
###   - Keep phrases specific: a single everyday word would take ordinary chat for a question.
###     Questions about one's own earnings are answered by earnings-phrases.ftl first.
### tests/support_desk/test_faq.py holds the examples each language must understand.

faq-phrases-programme = how does it work, how does this work, how it works, how does the programme work, how does the program work, how does this programme work, how does this program work, what is this programme, what is this program, what is the programme, what is the program, what is this bot, how do i start, how to start, how do i get started, how to get started, how can i join, how do i join, how to join, how to become a partner, how do i become a partner, explain the programme, explain the program, what do i have to do
faq-phrases-commission = commission rate*, percentage, percent, what rate*, which rate*, what is the rate, tier*, level up, next level, kol, how much do you pay, what do you pay
faq-phrases-attribution = cookie*, attribution, attribut*, tracked, tracking, not tracked, wasn t tracked, didn t track, not counted, not credited, credited, counted for me, other device, another device, sale missing, sale is missing, order missing, order is missing
faq-phrases-holding = holding period, hold period, on hold for, how long pending, why pending, why is it pending, why is my sale pending, still pending, return period, confirmed when, when confirmed, when is it confirmed, when will it be confirmed, confirmation take*
faq-phrases-payouts = minimum payout, minimum withdrawal, payout minimum, minimum amount, how do i get paid, how to get paid, how can i withdraw, how do i withdraw, how to withdraw, payment method*, paypal, iban, bank transfer
faq-phrases-disclosure = disclos*, mark as ad, mark my post*, label as ad, label my post*, ad label, ad mark*, advertising mark*, sponsored, sponsorship, hashtag ad, reklama, publicite, publicidad, say it is an ad, is an advertisement
faq-phrases-content = allowed content, what content, what can i post, can i post, what may i post, which content, content rules, content policy, forbidden, not allowed, is it allowed, am i allowed, allowed to post, rules for posts, can i use, brand bidding, spam
faq-phrases-contact = talk to a person, talk to a human, speak to a person, speak to a human, real person, human, contact support, contact you, contact the team, reach support, reach a person, support team, customer service, manager, operator, help desk
