# Linking a person's accounts on two platforms with a one-time code: /connect.

connect-code =
    Your one-time code: { $code }

    To link your account on the other platform (Telegram or Discord) to this one, send me /connect { $code } from that account within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Both accounts will then share the same application, earnings and messages. Do not share this code with anyone.
connect-linked = Done: this account is now linked to your { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] console
    } account. Both show the same application; send /status to see it.
connect-code-wrong = That code does not work. Please check it, or send /connect from your other account to get a new one.
connect-code-used = That code has already been used. Send /connect from your other account to get a new one.
connect-code-expired = That code has expired. Send /connect from your other account to get a new one.
connect-own-code = This code was issued to this very account. Please enter it from your account on the other platform.
connect-already-linked = This account is already linked to the one that issued the code, so there is nothing to do.
connect-same-channel = This code was issued on { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] the console
    } too. A code links accounts on two different platforms: please enter it from your account on the other one.
connect-channel-taken = Another { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] console
    } account is already linked to the account that issued this code. Only one account per platform can be linked; to replace it, please write to support (the contact is in /help).
connect-has-application = This account already has its own application, so it cannot be linked to another one: merging two applications is not possible here. If you need them combined, please write to support (the contact is in /help).
connect-too-many = Too many wrong codes. Please try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.

command-connect = Link your Telegram and Discord accounts
discord-command-connect = connect
discord-option-connect-code = The code from your other account, if you have one
