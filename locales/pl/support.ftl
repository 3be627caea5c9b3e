# Wsparcie: zgłoszenia twórcy do zespołu programu (/support, /tickets, /reply).
# „Zgłoszenie” to jedno pytanie do człowieka; komunikaty „support-desk-*” widzi tylko zespół.

command-support = Zapytaj osobę z naszego zespołu
discord-command-support = wsparcie
support-ask = W czym możemy pomóc? Proszę opisać pytanie w jednej wiadomości; osoba z naszego zespołu odpowie tutaj.
    .salecheck = Sprawdź niezaliczoną sprzedaż
support-opened = Dziękujemy. Pytanie zostało zarejestrowane jako zgłoszenie nr { $number }; osoba z naszego zespołu odpowie tutaj. Wszystko, co zostanie teraz napisane, trafi do tego zgłoszenia.
support-already-open = Zgłoszenie nr { $number } jest nadal otwarte: wystarczy pisać tutaj, a wiadomości zostaną do niego dodane. Gdy sprawa będzie załatwiona, proszę wysłać /close.
support-added = Dodano do zgłoszenia nr { $number }.
support-reply =
    Odpowiedź naszego zespołu (zgłoszenie nr { $number }):

    { $text }
support-closed = Zgłoszenie nr { $number } zostało zamknięte. Na ile nasza pomoc była przydatna? Prosimy ocenić odpowiedź w skali od 1 do 5.
support-closed-self = Zgłoszenie nr { $number } zostało zamknięte. Na ile nasza pomoc była przydatna? Prosimy ocenić odpowiedź w skali od 1 do 5.
support-rate-choice =
    { $stars ->
        [one] { $stars } gwiazdka
        [few] { $stars } gwiazdki
        [many] { $stars } gwiazdek
       *[other] { $stars } gwiazdki
    }
support-reopen-choice = Otwórz ponownie
support-rated = Dziękujemy za ocenę ({ $stars } z 5).
support-rate-once = To zgłoszenie zostało już ocenione lub jest ponownie otwarte.
support-reopened = Zgłoszenie nr { $number } jest ponownie otwarte: proszę napisać wiadomość tutaj.
support-none-open = Brak otwartych zgłoszeń. Aby zapytać osobę z naszego zespołu, proszę wysłać /support.

# Zespół: na czacie i w wierszu poleceń.
support-state =
    { $state ->
        [open] czeka na zespół
        [waiting] czeka na twórcę
       *[closed] zamknięte
    }
support-list-empty = Brak otwartych zgłoszeń.
support-list =
    { $count ->
        [one] { $count } otwarte zgłoszenie, od najstarszego:
        [few] { $count } otwarte zgłoszenia, od najstarszego:
        [many] { $count } otwartych zgłoszeń, od najstarszego:
       *[other] { $count } otwartego zgłoszenia, od najstarszego:
    }
    { $tickets }

    /tickets N pokazuje zgłoszenie, /reply N tekst odpowiada na nie, /close N je zamyka.
support-list-item = nr { $number } · { $state } · { $locale } · { $channel } · { $subject }
support-show =
    { $ticket }

    { $messages }
support-show-message = { $who }: { $text }
support-author =
    { $direction ->
        [in] Twórca
       *[out] Zespół ({ $author })
    }
support-media =
    { $media ->
        [photo] [zdjęcie]
        [document] [dokument]
       *[other] [bez tekstu]
    }
support-no-ticket = Nie ma zgłoszenia nr { $number }.
support-reply-usage =
    Aby odpowiedzieć na zgłoszenie, proszę wysłać /reply z jego numerem i tekstem, na przykład:
    /reply 12 Sprzedaż zostanie potwierdzona po okresie oczekiwania.
support-reply-sent = Wysłano do twórcy zgłoszenia nr { $number }.
support-ticket-closed = Zgłoszenie nr { $number } jest zamknięte; twórca może je ponownie otworzyć.
support-closed-staff = Zgłoszenie nr { $number } zostało zamknięte; twórca został poproszony o ocenę.
staff-support-summary =
    Wsparcie: { $open ->
        [one] { $open } otwarte zgłoszenie
        [few] { $open } otwarte zgłoszenia
        [many] { $open } otwartych zgłoszeń
       *[other] { $open } otwartego zgłoszenia
    }; mediana czasu pierwszej odpowiedzi z ostatnich 30 dni: { $median }.
    /tickets — otwarte zgłoszenia; /reply N tekst — odpowiedź; /close N — zamknięcie
staff-support-no-median = brak odpowiedzi
staff-support-minutes =
    { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }

# Miejsce pracy zespołu (wątek forum w Telegramie, prywatny wątek na Discordzie).
support-desk-topic = nr { $number } · { $locale } · { $country }
support-card =
    Zgłoszenie nr { $number } · { $state }
    { $name } · { $account }
    Zgłoszenie do programu: { $status } · poziom { $tier }
    Kraj: { $country } · język: { $locale }
    Kanały: { $channels }
    Saldo: { $balance }
    Ostatnie zamówienia: { $orders }
    Otwarte wnioski o wypłatę: { $payouts }
    Wcześniejsze zgłoszenia: { $earlier }

    Aby odpowiedzieć, proszę pisać w tym wątku; /close zamyka zgłoszenie.
support-card-none = brak
support-desk-user-text = Twórca: { $text }
support-desk-reopened = Twórca ponownie otworzył zgłoszenie.
support-desk-closed-by-user = Twórca zamknął zgłoszenie.
support-desk-closed = Zgłoszenie zamknięte przez { $actor }; twórca został poproszony o ocenę.
support-desk-rated = Twórca ocenił odpowiedź na { $rating } z 5.
support-desk-denied = Nie wysłano: odpowiadanie na zgłoszenia wymaga roli „support”.
support-desk-blocked = Nie dostarczono: twórca zablokował bota.
support-desk-not-ticket = Ten wątek nie jest otwartym zgłoszeniem; nic nie wysłano.

# Discord: miejsce pracy zespołu to kanał serwera zespołu (/setup support), prywatny wątek na każde zgłoszenie.
setup-support-done = Gotowe: każde nowe zgłoszenie otrzyma prywatny wątek w { $channel } z kartą twórcy. Zespół odpowiada tam poleceniem /reply.
discord-command-setup-support = Wybierz kanał, w którym zgłoszenia do wsparcia mają swoje wątki
discord-option-support-channel = Kanał zespołu na wątki zgłoszeń
discord-command-reply = odpowiedz
command-reply = Odpowiedz na zgłoszenie z tego wątku
discord-option-reply-text = Odpowiedź w takiej formie, w jakiej przeczyta ją twórca
discord-option-support-question = Pytanie w jednej wiadomości

# Nadużycia: limity częstotliwości i blokowanie (/block, /unblock: zespół wsparcia).
abuse-slow-down =
    { $seconds ->
        [one] Wiadomości są wysyłane zbyt szybko. Proszę odczekać { $seconds } sekundę i spróbować ponownie.
        [few] Wiadomości są wysyłane zbyt szybko. Proszę odczekać { $seconds } sekundy i spróbować ponownie.
        [many] Wiadomości są wysyłane zbyt szybko. Proszę odczekać { $seconds } sekund i spróbować ponownie.
       *[other] Wiadomości są wysyłane zbyt szybko. Proszę odczekać { $seconds } sekundy i spróbować ponownie.
    }
abuse-blocked = Dostęp do tego bota został zawieszony. W razie pomyłki prosimy o kontakt: { $contact }.
abuse-block-usage =
    Aby zablokować użytkownika, proszę wysłać /block z kontem i ewentualnie powodem, na przykład:
    /block telegram:123456789 spam w komentarzach
abuse-unblock-usage =
    Aby odblokować użytkownika, proszę wysłać /unblock z kontem, na przykład:
    /unblock telegram:123456789
abuse-unknown-account = Z konta { $account } nikt nie pisał do bota.
abuse-not-yourself = Nie można zablokować samego siebie.
abuse-already-blocked = Konto { $account } jest już zablokowane; nic się nie zmieniło.
abuse-not-blocked = Konto { $account } nie jest zablokowane; nic się nie zmieniło.
abuse-blocked-done =
    { $tickets ->
        [0] Gotowe: konto { $account } zostało zablokowane. Wiadomości z niego są ignorowane, a komunikaty nie są do niego wysyłane.
        [one] Gotowe: konto { $account } zostało zablokowane, zamknięto { $tickets } otwarte zgłoszenie. Wiadomości z niego są ignorowane, a komunikaty nie są do niego wysyłane.
        [few] Gotowe: konto { $account } zostało zablokowane, zamknięto { $tickets } otwarte zgłoszenia. Wiadomości z niego są ignorowane, a komunikaty nie są do niego wysyłane.
        [many] Gotowe: konto { $account } zostało zablokowane, zamknięto { $tickets } otwartych zgłoszeń. Wiadomości z niego są ignorowane, a komunikaty nie są do niego wysyłane.
       *[other] Gotowe: konto { $account } zostało zablokowane, zamknięto { $tickets } otwartego zgłoszenia. Wiadomości z niego są ignorowane, a komunikaty nie są do niego wysyłane.
    }
abuse-unblocked-done = Gotowe: konto { $account } zostało odblokowane i znów może korzystać z bota.
