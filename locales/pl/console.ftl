# Konsola internetowa zespołu (/console na czacie daje jednorazowy link logowania). Widzi ją tylko zespół.

## Na czacie

console-link =
    Osobisty link logowania do konsoli zespołu:
    { $url }

    Działa jeden raz, w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }, i otwiera konsolę z rolami tego konta. Proszę nikomu go nie przekazywać.
console-off = Konsola zespołu nie jest włączona w tym programie (nie ustawiono BOT_CONSOLE_SECRET).

## Logowanie i wylogowanie

console-title = Konsola zespołu
console-login-title = Logowanie do konsoli zespołu
console-login-as = Nastąpi logowanie jako { $account }.
console-login-button = Zaloguj się
console-login-used = Ten link logowania został już użyty. Aby otrzymać nowy, proszę wysłać /console na czacie.
console-login-expired = Ten link logowania wygasł. Aby otrzymać nowy, proszę wysłać /console na czacie.
console-login-unknown = Ten link logowania jest nieprawidłowy. Aby otrzymać nowy, proszę wysłać /console na czacie.
console-refused-title = Odmowa dostępu
console-signed-out = Brak zalogowania albo sesja została zakończona. Aby otrzymać link logowania, proszę wysłać /console na czacie.
console-signed-out-done = Wylogowano. Aby wrócić, wystarczy wysłać /console na czacie.
console-role-missing = Ta strona wymaga roli „{ $role }”, której to konto nie ma. Może ją nadać właściciel programu.
console-csrf = Ten formularz wygasł albo nie pochodzi z konsoli. Proszę ponownie otworzyć stronę i spróbować jeszcze raz.
console-sign-out = Wyloguj się

## Nawigacja

console-nav-overview = Przegląd
console-nav-applications = Zgłoszenia
console-nav-campaigns = Kampanie
console-nav-payouts = Wypłaty
console-nav-broadcasts = Komunikaty
console-nav-staff = Role
console-nav-audit = Dziennik zdarzeń

## Wspólne słowa

console-none = Na razie nic tu nie ma.
console-any = dowolna
console-name = Nazwa
console-country = Kraj
console-countries = Kraje
console-all-countries = wszystkie kraje
console-platforms = Platformy
console-audience = Zasięg
console-submitted = Złożone
console-niche = Tematyka
console-account = Konto
console-role = Rola
console-since = Od
console-by = Kto
console-created = Utworzono
console-state = Stan
console-amount = Kwota
console-reason = Powód
console-reference = Numer referencyjny
console-when = Kiedy
console-action = Działanie
console-subject = Dotyczy
console-details = Szczegóły
console-apply-filters = Pokaż
console-days =
    { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dni
    }
console-requests =
    { $count ->
        [one] { $count } wniosek
        [few] { $count } wnioski
        [many] { $count } wniosków
       *[other] { $count } wniosków
    }
console-status-label = Stan
console-status =
    { $status ->
        [draft] Niezłożone
        [pending] W weryfikacji
        [approved] Zaakceptowane
        [rejected] Odrzucone
        [suspended] Zawieszone
       *[other] { $status }
    }

## Przegląd

console-applications-waiting = Zgłoszenia czekające na weryfikację
console-payouts-waiting = Wypłaty do zrealizowania
console-influencers-by-status = Twórcy według statusu
console-influencers-by-tier = Zaakceptowani twórcy według poziomu
console-last-days = { $days ->
        [1] Ostatni dzień
        [one] Ostatnie { $days } dni
        [few] Ostatnie { $days } dni
        [many] Ostatnie { $days } dni
       *[other] Ostatnie { $days } dnia
    }
console-chart-clicks = Kliknięcia dziennie
console-chart-orders = Zamówienia dziennie
console-chart-commission = Prowizja dziennie ({ $currency })
console-broadcasts-active = Trwające wysyłki komunikatów

## Zgłoszenia

console-applications-claimable =
    { $count ->
        [0] W tej chwili nie ma zgłoszeń do weryfikacji.
        [one] Do weryfikacji jest teraz { $count } zgłoszenie.
        [few] Do weryfikacji są teraz { $count } zgłoszenia.
        [many] Do weryfikacji jest teraz { $count } zgłoszeń.
       *[other] Do weryfikacji jest teraz { $count } zgłoszeń.
    }
console-filter-country = Kraj (dwie litery)
console-filter-platform = Platforma
console-filter-min-audience = Zasięg co najmniej
console-sort = Kolejność
console-sort-oldest = najpierw najstarsze
console-sort-audience = najpierw największy zasięg
console-review = Weryfikuj
console-release = Odłóż do kolejki
console-held-by = Weryfikuje: { $actor }
console-held-until = To zgłoszenie jest zarezerwowane dla tego konta do { $time }.
console-application-taken = To zgłoszenie weryfikuje ktoś inny albo decyzja już zapadła.
console-application-not-held = To zgłoszenie nie jest już zarezerwowane dla tego konta: decyzja już zapadła albo rezerwacja wygasła i zgłoszenie przejęła inna osoba.
console-application-approved = Zgłoszenie zaakceptowane: { $name }. Powiadomienie zostało wysłane.
console-application-rejected = Zgłoszenie odrzucone: { $name }. Powód został wysłany.
console-application-asked = Pytanie zostało wysłane: { $name }. Zgłoszenie wróci do kolejki wraz z odpowiedzią.
console-application-released = Zgłoszenie wróciło do kolejki.
console-reason-missing = Proszę wybrać powód.

## Kampanie

console-campaign-new = Nowa kampania
console-campaign-create = Utwórz kampanię
console-destination = Adres docelowy
console-currency = Waluta
console-rates = Prowizja
console-rate-for = Prowizja dla poziomu { $tier } (w punktach bazowych, 800 = 8%)
console-window = Atrybucja / okres oczekiwania
console-window-days = Okno atrybucji (dni)
console-lock-days = Okres oczekiwania (dni)
console-domains = Dozwolone domeny produktów (oddzielone spacjami)
console-starts = Początek
console-ends = Koniec
console-campaign-state =
    { $active ->
        [yes] Aktywna
       *[no] Wstrzymana
    }
console-campaign-edit = Zmień „{ $name }”
console-campaign-save = Zapisz zmiany
console-campaign-saved = Kampania „{ $name }” została zmieniona; nowe kliknięcia i sprzedaż podlegają nowym warunkom.
console-campaign-figures = { $days ->
        [1] Ostatni dzień
        [one] Ostatnie { $days } dni
        [few] Ostatnie { $days } dni
        [many] Ostatnie { $days } dni
       *[other] Ostatnie { $days } dnia
    }
console-orders-count =
    { $count ->
        [one] { $count } zamówienie
        [few] { $count } zamówienia
        [many] { $count } zamówień
       *[other] { $count } zamówienia
    }
console-campaign-pause = Wstrzymaj
console-campaign-resume = Wznów
console-campaign-added = Kampania „{ $name }” została utworzona.
console-campaign-paused = Kampania „{ $name }” została wstrzymana: jej linki przestaną działać w ciągu kilku sekund.
console-campaign-resumed = Kampania „{ $name }” znowu jest aktywna.
console-campaign-missing = Nie ma kampanii o nazwie „{ $name }”.
console-campaign-exists = Kampania o nazwie „{ $name }” już istnieje.
console-campaign-bad-name = Proszę podać nazwę kampanii.
console-campaign-bad-url = Adres docelowy musi zaczynać się od http:// lub https://.
console-campaign-bad-currency = Waluta to trzyliterowy kod ISO 4217, na przykład EUR.
console-campaign-bad-days = Okno atrybucji i okres oczekiwania nie mogą być ujemne.
console-campaign-bad-ends = Koniec musi przypadać po początku.
console-campaign-bad-domain = „{ $detail }” nie jest nazwą domeny.
console-campaign-bad-rate = Proszę podać prowizję dla co najmniej jednego poziomu, od 0 do 10 000 punktów bazowych.
console-campaign-bad-number = Liczby i daty należy wpisać cyframi (daty w postaci 2026-12-01).

## Wypłaty

console-payouts-empty = Nie ma wniosków o wypłatę.
console-payouts-more =
    { $count ->
        [one] Za nimi czeka jeszcze { $count } wniosek: najpierw proszę wypłacić te albo pobrać CSV.
        [few] Za nimi czekają jeszcze { $count } wnioski: najpierw proszę wypłacić te albo pobrać CSV.
        [many] Za nimi czeka jeszcze { $count } wniosków: najpierw proszę wypłacić te albo pobrać CSV.
       *[other] Za nimi czeka jeszcze { $count } wniosku: najpierw proszę wypłacić te albo pobrać CSV.
    }
console-payout-details = Dane do wypłaty
console-csv = Pobierz kolejkę jako CSV
console-pay = Oznacz jako wypłacone
console-reject = Odrzuć
console-sepa-export = Plik SEPA z wybranych wniosków (zostaną oznaczone jako wypłacone)
console-sepa-off = Pliki SEPA wymagają konta programu: proszę ustawić BOT_SEPA_DEBTOR_NAME i BOT_SEPA_DEBTOR_IBAN.
console-sepa-invalid = Nie udało się utworzyć pliku SEPA: proszę sprawdzić konto programu (BOT_SEPA_DEBTOR_IBAN i BOT_SEPA_DEBTOR_BIC) oraz dane bankowe twórców. Żaden wniosek nie został oznaczony jako wypłacony.
console-sepa-none = Proszę wybrać co najmniej jeden wniosek do pliku SEPA.
console-sepa-not-eligible = Wniosku nr { $id } nie można umieścić w pliku SEPA: trafiają do niego tylko otwarte wnioski w euro na rachunek bankowy.
console-payout-paid = Wniosek nr { $id } został oznaczony jako wypłacony; twórca otrzymał powiadomienie.
console-payout-rejected = Wniosek nr { $id } został odrzucony; środki są znowu dostępne dla twórcy.
console-payout-refused =
    { $reason ->
        [not_found] Nie ma takiego wniosku o wypłatę.
        [already_paid] Ten wniosek został już wypłacony lub rozpatrzony.
        [already_rejected] Ten wniosek został odrzucony: nie można go wypłacić ani ponownie odrzucić.
        [reference_used] Ten numer referencyjny został już użyty dla innej płatności; każda płatność ma własny.
        [insufficient_balance] Potwierdzone saldo twórcy jest teraz niższe niż kwota wniosku (sprzedaż została anulowana): proszę odrzucić wniosek z podaniem powodu.
        [bad_reference] Numer referencyjny to od 1 do 64 znaków drukowalnych.
        [bad_reason] Powód to od 1 do 500 znaków.
       *[other] Nie udało się zapisać wypłaty.
    }

## Komunikaty

console-broadcast-new = Nowy komunikat
console-broadcast-texts = Treści
console-broadcast-fallback = Bez własnej treści czytelnicy w tym języku otrzymają treść w języku
console-broadcast-button = Przycisk z linkiem
console-broadcast-recipients = Odbiorcy
console-registered-since = Zarejestrowani od
console-active-since = Aktywni od
console-send-at = Wyślij (UTC)
console-broadcast-count = Policz odbiorców i pokaż podgląd
console-broadcast-send = Wyślij
console-broadcast-no-text = Proszę napisać treść w co najmniej jednym języku.
console-broadcast-invalid = Z tymi ustawieniami nie da się utworzyć komunikatu; proszę sprawdzić przycisk i języki.
console-broadcast-created = Komunikat nr { $id } został utworzony.
console-broadcast-cancelled = Wysyłka komunikatu nr { $id } została odwołana; wiadomości, które są już w drodze, i tak dotrą.
console-broadcast-title = Komunikat nr { $id }
console-broadcast-cancel = Odwołaj wysyłkę
console-broadcast-state =
    { $state ->
        [scheduled] Zaplanowany
        [running] W trakcie wysyłki
        [cancelled] Odwołany
        [done] Zakończony
       *[other] { $state }
    }
console-sent = Wysłano
console-failed = Błędy
console-blocked = Zablokowany bot
console-skipped = Pominięte
console-unknown = Nieznany wynik
console-cancelled = Niewysłane (odwołanie)
console-remaining = Pozostało
console-cancelled-by = odwołana przez { $actor }

## Role, sesje i dziennik zdarzeń

console-owners = Właściciele: { $owners }
console-roles-change = Nadaj lub odbierz rolę
console-grant = Nadaj
console-revoke = Odbierz
console-bad-account = „{ $account }” nie jest kontem. Proszę wpisać je jako kanał:id, na przykład telegram:123456789.
console-sessions = Zalogowani do konsoli
console-signed-in = Zalogowano
console-last-seen = Ostatnia aktywność
console-signout-all = Zakończ wszystkie sesje tego konta
console-signed-out-account =
    { $count ->
        [0] Konto { $account } nie miało otwartych sesji.
        [one] Zakończono { $count } sesję konta { $account }.
        [few] Zakończono { $count } sesje konta { $account }.
        [many] Zakończono { $count } sesji konta { $account }.
       *[other] Zakończono { $count } sesji konta { $account }.
    }
console-last-days-input = Okres (dni)

## Twórcy

console-nav-influencers = Twórcy
console-search = Nazwa, nick, konto lub kod linku
console-search-short = Nazwy i nicki są wyszukiwane od trzech znaków; krótszy tekst znajduje tylko konta i kody linków.
console-tier = Poziom
console-tier-button = Ustaw poziom
console-tier-invalid = Poziom to od 1 do 16 małych liter, cyfr lub _.
console-tier-set = Poziom to teraz { $tier }.
console-suspend = Zawieś
console-reinstate = Przywróć
console-suspended = Udział twórcy został zawieszony.
console-reinstated = Udział twórcy został przywrócony.
console-status-unchanged = Nic nie zmieniono: ktoś inny zmienił w międzyczasie status.
console-balance = Saldo
console-pending = Oczekujące
console-confirmed = Potwierdzone
console-paid = Wypłacone
console-links = Linki
console-code = Kod
console-clicks = Kliknięcia
console-orders = Zamówienia
console-trail = Notatki i dziennik zdarzeń
console-note = Notatka wewnętrzna (widzi ją tylko zespół)
console-note-button = Dodaj notatkę
console-note-added = Notatka została dodana.

## Kampanie: reguły wiersza poleceń (python -m bot campaign add) sformułowane dla zespołu
console-deeplink = Głęboki link do strony produktu (opcjonalnie)
console-advertiser = Pełna nazwa reklamodawcy (wymagana dla Rosji)
console-advertiser-inn = INN reklamodawcy (rosyjski numer podatkowy, wymagany dla Rosji)
console-erid = Identyfikator reklamy (erid)
console-campaign-bad-name-long = Nazwa może mieć najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
console-campaign-bad-url-long = Adres docelowy może mieć najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
console-campaign-bad-deeplink-long = Głęboki link może mieć najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
console-campaign-bad-deeplink-scheme = Głęboki link musi być adresem zaczynającym się od http:// lub https://.
console-campaign-bad-url-host = Adres docelowy prowadzi do { $host }, a tej domeny nie ma wśród dozwolonych ({ $domains }): linki kampanii nigdy nie mogłyby przekierować. Proszę dodać tę domenę lub poprawić adres.
console-campaign-bad-deeplink-host = Głęboki link prowadzi do { $host }, a tej domeny nie ma wśród dozwolonych ({ $domains }): linki kampanii nigdy nie mogłyby przekierować. Proszę dodać tę domenę lub poprawić adres.
console-campaign-bad-deeplink-page = Głęboki link musi zawierać { $placeholder } w miejscu, w które trafia adres strony produktu.
console-campaign-bad-days-long = Okno atrybucji i okres wstrzymania mogą wynosić najwyżej { $max ->
        [one] { $max } dzień
        [few] { $max } dni
        [many] { $max } dni
       *[other] { $max } dnia
    }.
console-campaign-bad-country = „{ $country }” nie jest dwuliterowym kodem kraju (np. FR).
console-campaign-bad-advertiser = Pełna nazwa reklamodawcy musi mieć od { $min } do { $max ->
        [one] { $max } znaku
        [few] { $max } znaków
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
console-campaign-bad-inn = „{ $inn }” nie jest prawidłowym numerem INN: 10 cyfr dla organizacji lub 12 dla osoby fizycznej, z poprawnymi cyframi kontrolnymi.
console-campaign-bad-erid = Erid musi być identyfikatorem reklamy z rejestru: tylko litery i cyfry, najwyżej 64 znaki.
console-campaign-bad-advertiser-needed = Kampania dla { $markets } wymaga pełnej nazwy i numeru INN reklamodawcy: oznaczenie reklamy musi je tam podawać.

## Wypłaty: dane zmienione niedawno (od tego często zaczynają się oszustwa)
console-payout-details-changed = Dane do wypłaty zmieniono { $when }: przed wypłatą należy potwierdzić je u twórcy.

## Zgłoszenia do wsparcia
console-tickets-open = Otwarte zgłoszenia do wsparcia
console-tickets = Zgłoszenia do wsparcia
console-ticket-subject = Temat
console-ticket-updated = Ostatnia aktywność
console-ticket-state =
    { $state ->
        [open] Czeka na zespół
        [waiting] Czeka na twórcę
       *[closed] Zamknięte
    }
