# Zmiany w znanych już sprzedażach, zebrane w jedną wiadomość najwyżej raz na godzinę.

sale-changes =
    Zmiany w sprzedażach:
    { $changes }
sale-change-confirmed = • Zamówienie { $order }: prowizja { $amount } potwierdzona, można ją już wypłacić.
sale-change-reversed = • Zamówienie { $order }: sklep anulował sprzedaż, prowizja { $amount } została cofnięta.
sale-change-refunded = • Zamówienie { $order }: { $whole ->
        [yes] klient otrzymał zwrot całej kwoty ({ $refund })
       *[other] klient otrzymał zwrot { $refund }
    }, więc prowizja jest niższa o { $amount }.
sale-change-amount = • Zamówienie { $order }: sklep potwierdził kwotę zamówienia { $total }, więc prowizja jest { $direction ->
        [up] wyższa
       *[down] niższa
    } o { $amount }.
sale-changes-more = { $count ->
        [one] …i jeszcze { $count } zmiana. Szczegóły: /earnings.
        [few] …i jeszcze { $count } zmiany. Szczegóły: /earnings.
        [many] …i jeszcze { $count } zmian. Szczegóły: /earnings.
       *[other] …i jeszcze { $count } zmiany. Szczegóły: /earnings.
    }
sale-change-owed = Wypłacona już prowizja została cofnięta: do rozliczenia pozostaje { $amount }. Kwota zostanie potrącona z kolejnych potwierdzonych sprzedaży; do tego czasu nie można zlecić wypłaty.
