# Łączenie kont jednej osoby na dwóch platformach jednorazowym kodem: /connect.

connect-code =
    Jednorazowy kod: { $code }

    Aby połączyć z tym kontem konto na drugiej platformie (Telegram lub Discord), proszę wysłać /connect { $code } z tamtego konta w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }. Od tej chwili oba konta będą miały wspólne zgłoszenie, zarobki i wiadomości. Proszę nikomu nie udostępniać tego kodu.
connect-linked = Gotowe: to konto jest teraz połączone z kontem { $channel ->
        [telegram] w Telegramie
        [discord] na Discordzie
       *[other] w konsoli
    }. Na obu widać to samo zgłoszenie — aby je sprawdzić, wystarczy wysłać /status.
connect-code-wrong = Ten kod jest nieprawidłowy. Proszę go sprawdzić albo wysłać /connect z drugiego konta, aby otrzymać nowy.
connect-code-used = Ten kod został już wykorzystany. Aby otrzymać nowy, proszę wysłać /connect z drugiego konta.
connect-code-expired = Ten kod stracił ważność. Aby otrzymać nowy, proszę wysłać /connect z drugiego konta.
connect-own-code = Ten kod został wydany dla tego samego konta. Proszę wpisać go na koncie na drugiej platformie.
connect-already-linked = To konto jest już połączone z kontem, które wydało kod — nie trzeba nic robić.
connect-same-channel = Ten kod również został wydany { $channel ->
        [telegram] w Telegramie
        [discord] na Discordzie
       *[other] w konsoli
    }. Kod łączy konta na dwóch różnych platformach: proszę wpisać go na koncie na drugiej platformie.
connect-channel-taken = Z kontem, które wydało ten kod, jest już połączone inne konto { $channel ->
        [telegram] w Telegramie
        [discord] na Discordzie
       *[other] w konsoli
    }. Na każdej platformie można połączyć tylko jedno konto; aby je zmienić, proszę napisać do zespołu wsparcia (kontakt jest w /help).
connect-has-application = To konto ma już własne zgłoszenie, więc nie można go połączyć z innym: scalanie dwóch zgłoszeń nie jest tu możliwe. Jeśli trzeba je połączyć, proszę napisać do zespołu wsparcia (kontakt jest w /help).
connect-too-many = Zbyt wiele błędnych kodów. Proszę spróbować ponownie za { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.

command-connect = Połączenie kont w Telegramie i na Discordzie
discord-command-connect = połącz
discord-option-connect-code = Kod z drugiego konta, jeśli już jest
