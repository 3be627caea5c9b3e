# Odpowiedzi na pytania o zarobki zadane własnymi słowami (zob. earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Wyniki z tego miesiąca pokaże polecenie /earnings; można też zapytać o dowolny okres („ile zarobiłem w październiku?”).
earnings-balance-none = Saldo jest jeszcze puste: nie naliczono dotąd żadnej prowizji. Linki pokaże polecenie /links.
earnings-clicks =
    Kliknięcia — { $period }
    { $stats }
earnings-campaign =
    Kampania „{ $campaign }” — { $period }

    { $sections }
earnings-cancelled-orders =
    Zamówienia anulowane i zwrócone, od najnowszych:
    { $lines }

    Sklep anuluje zamówienie, gdy towar zostanie zwrócony, pieniądze oddane albo zamówienie nie zostanie opłacone; prowizja jest wtedy cofana (przy częściowym zwrocie — częściowo).
earnings-cancelled-line = { DATETIME($date, dateStyle: "medium") }, { $code }: zamówienie na { $amount }, { $status ->
        [reversed] anulowane
       *[refunded] zwrot { $refunded }
    } — { $reason }
earnings-cancelled-no-reason = sklep nie podał powodu
earnings-cancelled-none = Żadne zamówienie nie zostało anulowane ani zwrócone.
