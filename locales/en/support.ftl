# Support: tickets between an influencer and the programme's staff (/support, /tickets, /reply).
# "ticket" is the word for one question to a person; staff see the "support-desk-*" messages.

command-support = Ask a person on our team
discord-command-support = support
support-ask = What is your question? Describe it in one message; a person on our team will answer here.
    .salecheck = Check a missing sale
support-opened = Thank you. Your question is ticket #{ $number }; a person on our team will answer here. Anything else you write now is added to it.
support-already-open = Your ticket #{ $number } is still open: just write here and your message is added to it. Send /close when you no longer need it.
support-added = Added to ticket #{ $number }.
support-reply =
    Answer from our team (ticket #{ $number }):

    { $text }
support-closed = Ticket #{ $number } is closed. How well did we help you? Please rate the answer from 1 to 5.
support-closed-self = Ticket #{ $number } is closed. How well did we help you? Please rate the answer from 1 to 5.
support-rate-choice =
    { $stars ->
        [one] { $stars } star
       *[other] { $stars } stars
    }
support-reopen-choice = Reopen
support-rated = Thank you for your rating ({ $stars } of 5).
support-rate-once = This ticket has already been rated or is open again.
support-reopened = Ticket #{ $number } is open again: write your message here.
support-none-open = You have no open ticket. Send /support to ask a person on our team.

# Staff, in chat and on the command line.
support-state =
    { $state ->
        [open] waiting for staff
        [waiting] waiting for the influencer
       *[closed] closed
    }
support-list-empty = No open tickets.
support-list =
    { $count ->
        [one] { $count } open ticket, oldest first:
       *[other] { $count } open tickets, oldest first:
    }
    { $tickets }

    /tickets N shows one, /reply N text answers it, /close N closes it.
support-list-item = #{ $number } · { $state } · { $locale } · { $channel } · { $subject }
support-show =
    { $ticket }

    { $messages }
support-show-message = { $who }: { $text }
support-author =
    { $direction ->
        [in] Influencer
       *[out] Staff ({ $author })
    }
support-media =
    { $media ->
        [photo] [photo]
        [document] [document]
       *[other] [no text]
    }
support-no-ticket = There is no ticket #{ $number }.
support-reply-usage =
    To answer a ticket, send /reply with its number and your text, for example:
    /reply 12 Your sale is confirmed after the holding period.
support-reply-sent = Sent to the influencer of ticket #{ $number }.
support-ticket-closed = Ticket #{ $number } is closed; the influencer can reopen it.
support-closed-staff = Ticket #{ $number } is closed; the influencer is asked for a rating.
staff-support-summary =
    Support: { $open ->
        [one] { $open } open ticket
       *[other] { $open } open tickets
    }; median first response over the last 30 days: { $median }.
    /tickets — open tickets; /reply N text — answer one; /close N — close it
staff-support-no-median = no answers yet
staff-support-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

# The staff desk (a Telegram forum topic, a Discord private thread).
support-desk-topic = #{ $number } · { $locale } · { $country }
support-card =
    Ticket #{ $number } · { $state }
    { $name } · { $account }
    Application: { $status } · tier { $tier }
    Country: { $country } · language: { $locale }
    Channels: { $channels }
    Balance: { $balance }
    Last orders: { $orders }
    Open payout requests: { $payouts }
    Earlier tickets: { $earlier }

    Reply in this topic to answer; /close closes the ticket.
support-card-none = none
support-desk-user-text = Influencer: { $text }
support-desk-reopened = The influencer reopened the ticket.
support-desk-closed-by-user = The influencer closed the ticket.
support-desk-closed = Ticket closed by { $actor }; the influencer is asked for a rating.
support-desk-rated = The influencer rated the answer { $rating } of 5.
support-desk-denied = Not sent: answering tickets needs the “support” role.
support-desk-blocked = Not delivered: the influencer has blocked the bot.
support-desk-not-ticket = This topic is not an open ticket; nothing was sent.

# Discord: the staff desk is a channel of a staff server (/setup support), one private thread per ticket.
setup-support-done = Done: each new support ticket gets a private thread in { $channel }, with the influencer's card. Staff answer there with /reply.
discord-command-setup-support = Choose the channel where support tickets get their threads
discord-option-support-channel = The staff channel for ticket threads
discord-command-reply = reply
command-reply = Answer the support ticket of this thread
discord-option-reply-text = Your answer, as the influencer will read it
discord-option-support-question = Your question, in one message

# Abuse: rate limits and blocking (/block, /unblock: support staff).
abuse-slow-down =
    { $seconds ->
        [one] You are sending messages too fast. Please wait { $seconds } second and try again.
       *[other] You are sending messages too fast. Please wait { $seconds } seconds and try again.
    }
abuse-blocked = Your access to this bot has been suspended. If you think this is a mistake, write to { $contact }.
abuse-block-usage =
    To block someone, send /block with the account and, if you like, the reason, for example:
    /block telegram:123456789 spam in comments
abuse-unblock-usage =
    To unblock someone, send /unblock with the account, for example:
    /unblock telegram:123456789
abuse-unknown-account = Nobody with the account { $account } has written to the bot.
abuse-not-yourself = You cannot block yourself.
abuse-already-blocked = { $account } is already blocked; nothing has changed.
abuse-not-blocked = { $account } is not blocked; nothing has changed.
abuse-blocked-done =
    { $tickets ->
        [0] Done: { $account } is blocked. Their messages are ignored and broadcasts skip them.
        [one] Done: { $account } is blocked and { $tickets } open ticket was closed. Their messages are ignored and broadcasts skip them.
       *[other] Done: { $account } is blocked and { $tickets } open tickets were closed. Their messages are ignored and broadcasts skip them.
    }
abuse-unblocked-done = Done: { $account } is unblocked and can use the bot again.
