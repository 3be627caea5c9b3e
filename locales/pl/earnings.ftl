# Zarobki: /earnings, jego przyciski i odpowiedzi na pytania typu „ile zarobiłem w październiku?”.
# Kwoty są podawane osobno dla każdej waluty: różnych walut nigdy się nie sumuje.

earnings-not-registered = To konto nie uczestniczy jeszcze w programie. Aby złożyć zgłoszenie, proszę wysłać /start; po jego akceptacji i pierwszych sprzedażach pojawią się tu zarobki.
earnings-not-approved-pending = Zgłoszenie jest jeszcze rozpatrywane. Po jego akceptacji wystarczy utworzyć link poleceniem /link, a zarobki pojawią się tutaj.
earnings-not-approved-rejected = Zarobki są dostępne dla zaakceptowanych uczestników programu, a to zgłoszenie nie zostało zaakceptowane.
earnings-no-links = Nie ma jeszcze żadnych linków. Link można utworzyć poleceniem /link: każde kliknięcie i każda sprzedaż z niego pojawią się tutaj.
earnings-no-sales =
    Jeszcze nie ma sprzedaży. { $clicks ->
        [0] W tym miesiącu nikt jeszcze nie kliknął w linki.
        [one] W tym miesiącu linki zebrały { $clicks } kliknięcie.
        [few] W tym miesiącu linki zebrały { $clicks } kliknięcia.
        [many] W tym miesiącu linki zebrały { $clicks } kliknięć.
       *[other] W tym miesiącu linki zebrały { $clicks } kliknięcia.
    }
    Warto udostępniać linki (lista w /links) odbiorcom: prowizja pojawi się tutaj, gdy tylko ktoś złoży zamówienie.

# $period to earnings-period; $sections to części poniżej, jedna po drugiej.
earnings-report =
    Zarobki — { $period }

    { $sections }
earnings-period =
    { $kind ->
        [today] dzisiaj, { $range }
        [yesterday] wczoraj, { $range }
        [this_week] ten tydzień, { $range }
        [last_week] poprzedni tydzień, { $range }
        [last_days] { $days ->
            [one] ostatni dzień, { $range }
            [few] ostatnie { $days } dni, { $range }
            [many] ostatnie { $days } dni, { $range }
           *[other] ostatnie { $days } dnia, { $range }
        }
        [this_month] ten miesiąc, { $range }
        [last_month] poprzedni miesiąc, { $range }
        [this_year] ten rok, { $range }
        [last_year] poprzedni rok, { $range }
        [since] od { $range }
        [all] od początku
       *[other] { $range }
    }
earnings-amount = Zarobiono { $total }: { $pending } oczekuje na potwierdzenie, { $confirmed } potwierdzono
earnings-amount-none = W tym okresie nie ma zarobków.
earnings-amount-all = Zarobiono { $total }: { $pending } oczekuje na potwierdzenie, { $confirmed } potwierdzono, { $paid } wypłacono
earnings-stats =
    { $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    } · { $clicks ->
        [one] { $clicks } kliknięcie
        [few] { $clicks } kliknięcia
        [many] { $clicks } kliknięć
       *[other] { $clicks } kliknięcia
    } · konwersja { NUMBER($rate, style: "percent", maximumFractionDigits: 1) }
earnings-stats-no-clicks =
    { $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    } · brak kliknięć
earnings-cancelled =
    { $count ->
        [one] Anulowano { $count } zamówienie (bez prowizji).
        [few] Anulowano { $count } zamówienia (bez prowizji).
        [many] Anulowano { $count } zamówień (bez prowizji).
       *[other] Anulowano { $count } zamówienia (bez prowizji).
    }
earnings-glance =
    W skrócie:
    Dzisiaj: { $today }
    Ostatnie 7 dni: { $week }
    Ten miesiąc: { $month }
    Poprzedni miesiąc: { $lastMonth }
    Od początku: { $all }
earnings-glance-none = jeszcze nic
earnings-balance =
    Saldo:
    { $lines }
earnings-balance-pending = Oczekuje na potwierdzenie: { $amount }
earnings-balance-pending-next = Oczekuje na potwierdzenie: { $amount }, pierwsze potwierdzenia od { DATETIME($date, dateStyle: "long") }
earnings-balance-pending-late = Oczekuje na potwierdzenie: { $amount }, czekamy na potwierdzenie sklepu
earnings-balance-confirmed = Potwierdzono: { $amount }
earnings-balance-confirmed-requested = Potwierdzono: { $amount }, w tym { $requested } we wniosku o wypłatę
earnings-balance-owed = Do rozliczenia: { $amount } (wypłacona już prowizja cofnięta po zwrocie); kwota zostanie potrącona z kolejnych potwierdzonych sprzedaży
earnings-balance-paid = Wypłacono: { $amount }
earnings-tier = Poziom: „{ $tier }”.
earnings-top =
    Najlepsze linki:
    { $lines }
earnings-top-line =
    { $position }. { $code } ({ $campaign }): { $amounts }, { $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    }, { $clicks ->
        [one] { $clicks } kliknięcie
        [few] { $clicks } kliknięcia
        [many] { $clicks } kliknięć
       *[other] { $clicks } kliknięcia
    }
earnings-orders =
    Ostatnie zamówienia:
    { $lines }
earnings-order =
    { DATETIME($date, dateStyle: "medium") }, { $code }: zamówienie na { $amount }, prowizja { $commission } — { $status ->
        [pending] oczekuje na potwierdzenie do { DATETIME($until, dateStyle: "medium") }
        [confirmed] potwierdzona
        [refunded] zwrócone klientowi
        [partly-refunded] { $refunded } zwrócono klientowi
       *[reversed] zamówienie anulowane
    }
earnings-button =
    .today = Dzisiaj
    .week = 7 dni
    .month = Ten miesiąc
    .last-month = Poprzedni miesiąc
    .all = Od początku
    .links = Według linków
    .back = Wstecz

## Według linków

earnings-links =
    Linki — { $period }

    { $lines }
earnings-links-none = W tym okresie linki nie miały ani kliknięć, ani zamówień.
earnings-links-line =
    { $position }. { $code } ({ $campaign }): { $clicks ->
        [one] { $clicks } kliknięcie
        [few] { $clicks } kliknięcia
        [many] { $clicks } kliknięć
       *[other] { $clicks } kliknięcia
    }, { $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    }, { $amounts }
earnings-links-more =
    { $count ->
        [one] …i jeszcze { $count } link.
        [few] …i jeszcze { $count } linki.
        [many] …i jeszcze { $count } linków.
       *[other] …i jeszcze { $count } linku.
    }
earnings-link =
    Link { $code }, kampania { $campaign } — { $period }
    { $url }

    { $sections }
earnings-link-nothing = bez prowizji

## Pytania zadane własnymi słowami

earnings-pending =
    Prowizja oczekująca na potwierdzenie, według daty, od której można ją potwierdzić:
    { $lines }
    Sklep potwierdza zamówienie po upływie terminu na zwrot; wtedy prowizję można wypłacić.
earnings-pending-line =
    { DATETIME($date, dateStyle: "long") }: { $amount } ({ $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    })
earnings-pending-late-line =
    Czeka na potwierdzenie sklepu: { $amount } ({ $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    })
earnings-pending-later =
    Później: { $amount } ({ $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    })
earnings-pending-none = Nic nie oczekuje teraz na potwierdzenie: cała prowizja jest potwierdzona. Saldo pokaże polecenie /earnings.
earnings-payout =
    { $lines }
    Wypłacić można tylko potwierdzoną prowizję: sklep potwierdza zamówienie po upływie terminu na zwrot.
earnings-payout-ready = Potwierdzona prowizja dostępna do wypłaty: { $amount }. Aby zlecić wypłatę, proszę wysłać /payout.
earnings-payout-short = Potwierdzona prowizja dostępna do wypłaty: { $available }. Wypłaty są możliwe od { $minimum }, brakuje więc { $missing }.
earnings-payout-eta = Jeśli oczekujące zamówienia zostaną potwierdzone zgodnie z planem, ta kwota zbierze się { DATETIME($date, dateStyle: "long") }.
earnings-payout-eta-shop = Oczekujące zamówienia wystarczą, gdy tylko sklep je potwierdzi.
earnings-payout-requested = Zlecenie wypłaty { $amount } z { DATETIME($date, dateStyle: "long") } jest w realizacji.
earnings-payout-none = W tej chwili nie ma potwierdzonej prowizji do wypłaty. Prowizja zostaje potwierdzona, gdy sklep potwierdzi zamówienie; pytanie „co czeka na potwierdzenie?” pokaże, kiedy to nastąpi.
earnings-examples =
    Nie udało mi się ustalić, o jaki okres chodzi. Można zapytać na przykład:
    • zarobki dzisiaj
    • zarobki w październiku
    • ile zamówień w zeszłym tygodniu?
    • zarobki od 1 października
    • co czeka na potwierdzenie?
    • kiedy wypłata?
    Można też wysłać /earnings.
earnings-future = Ten okres jeszcze się nie zaczął, więc nie ma czego pokazać. Proszę zapytać o dzisiaj lub wcześniejszy okres albo wysłać /earnings.

## Menu poleceń

command-earnings = Zarobki, kliknięcia i zamówienia
discord-command-earnings = zarobki
