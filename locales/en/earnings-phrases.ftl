### How the bot recognises questions about earnings typed in people's own words ("how much did
### I earn in October?", "what is pending?"). Nobody sees these lines: each message is a list of
### words and phrases, separated by commas. Write the ways people really ask, informal ones too.
###   - Letter case and accents do not matter: "zarobilem" finds "zarobiłem".
###   - A word ending in * stands for every word that begins with it: earn* = earn, earned, earnings.
###   - # stands for a number: "last # days".
###   - The words of a phrase must follow one another as written; the longest phrase wins.
### tests/earnings/test_questions.py holds the examples each language must understand.

## What the message is about

# Words that on their own make a message a question about earnings.
earnings-phrases-about = earnings, earning, earnigns, income, commission*, comission*, revenue, stats, statistics, total, totals, profit*
# Words about earnings that need a question word or a period beside them ("what did I make today?").
earnings-phrases-earn = earn*, ern*, made, make, making, get, got, order*, sale*, sold, money, cash, brought in, bring in, pulled in
# Question words.
earnings-phrases-ask = what, whats, wat, wht, show, tell, give me, see, anything, is there, any, did i, have i, check
# Asking for an amount: with a period, enough on its own ("how much yesterday?").
earnings-phrases-how-much = how much, how many, hw much, how mch, howmuch
# The balance alone ("what's my balance?"): pending, confirmed and paid, not one period.
earnings-phrases-balance = balance, ballance, balanse, my balance, account balance
# Clicks on the links.
earnings-phrases-clicks = click*, clik*, visits, visitors, traffic
# Asking why ("why was my order cancelled?").
earnings-phrases-why = why, y was, how come, what reason, which reason, reason
# Orders the shop cancelled or refunded.
earnings-phrases-cancelled = cancel*, reversed, reversal*, refund*, returned, charged back, chargeback*
# Asking what still waits for confirmation.
earnings-phrases-pending = pending, on hold, waiting, unconfirmed, not confirmed, not yet confirmed, awaiting confirmation, to be confirmed, locked
# Asking about being paid.
earnings-phrases-payout = payout*, paid, pay, payment*, withdraw*, transfer*, cash out, get my money, pay me, pay day, payday
# Asking when (with a word about payouts or earnings: "when do I get paid?").
earnings-phrases-when = when, wen, whn, how long, how soon, what date, which date, what day, next payout, next payment

## Periods

earnings-phrases-today = today, todays, 2day, tday, so far today
earnings-phrases-yesterday = yesterday, yesterdays, yday, yesterdy, yesteday, ystd
# Weeks start on Monday.
earnings-phrases-this-week = this week, so far this week, current week, this wk
earnings-phrases-last-week = last week, previous week, last wk
# "over the past week": the last 7 days.
earnings-phrases-past-week = past week, the past 7 days, over the past week
earnings-phrases-last-days = last # days, past # days, last # day, past # day
earnings-phrases-this-month = this month, so far this month, current month, month to date, this mnth, since the beginning of the month, since the start of the month
earnings-phrases-last-month = last month, previous month, last mnth
# "over the past month": the last 30 days.
earnings-phrases-past-month = past month, over the past month, the past 30 days
earnings-phrases-this-year = this year, so far this year, current year, year to date, since the beginning of the year, since the start of the year
earnings-phrases-last-year = last year, previous year, past year
earnings-phrases-all-time = all time, in total, overall, so far, ever, altogether, to date, since i joined, since i started, lifetime
# Before a date or a period: from then until today ("since 3 October", "since yesterday").
earnings-phrases-since = since, starting, starting from, as of
# Before a date: from then until today ("from 1 October"). Before a period it changes nothing ("from yesterday").
earnings-phrases-from = from
# "Since the beginning": all time; before a date, from its first day ("since the beginning of March").
earnings-phrases-since-start = since the start, since the beginning, from the start, from the beginning
# "The beginning of" between "since" and a date ("since the start of March").
earnings-phrases-start-of = beginning of, the beginning of, start of, the start of, early
# "The first" as a day of a month ("since the first of October").
earnings-phrases-first-day = first
# Periods the bot cannot answer for, and words that cut a period short or leave part of it out
# ("until", "except today"): a question naming one gets examples instead of a guess.
earnings-phrases-other-periods = day, days, week, weeks, month, months, year, years, quarter*, weekend*, monday*, tuesday*, wednesday*, thursday*, friday*, saturday*, sunday*, holiday*, christmas, easter, summer, winter, spring, autumn, morning, evening, night, tonight, hour*, ago, between, until, till, before, after, tomorrow, birthday, season, except, excluding, not counting, apart from, other than, besides, without, up to

## Dates

# The months, in every form people write them.
earnings-phrases-month-1 = january, jan
earnings-phrases-month-2 = february, feb
earnings-phrases-month-3 = march, mar
earnings-phrases-month-4 = april, apr
earnings-phrases-month-5 = may
earnings-phrases-month-6 = june, jun
earnings-phrases-month-7 = july, jul
earnings-phrases-month-8 = august, aug
earnings-phrases-month-9 = september, sept, sep
earnings-phrases-month-10 = october, oct
earnings-phrases-month-11 = november, nov
earnings-phrases-month-12 = december, dec
# Words written beside a year ("the year 2025").
earnings-phrases-year-words = year, the year
# Words written beside a month ("the month of October"); alone, no month is named.
earnings-phrases-month-words = month, the month
# Small words inside a date ("the 3rd of October").
earnings-phrases-date-words = the, of, on

## Follow-ups

# The only words that may stand beside a period said alone, as a follow-up to an answer
# ("and yesterday?", "what about October?"). Keep them small: "how are you today?" is not a question.
earnings-phrases-follow-up = and, what about, how about, and for, in, for, on, during, the, of, so, then, ok, okay, also, now, please, hi, hello, hey, thanks
