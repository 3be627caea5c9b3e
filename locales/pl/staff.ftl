# Role zespołu: nadają je i odbierają właściciele programu (/grant, /revoke, /staff).
# Te wiadomości widzi tylko zespół; identyfikatory ról (admin, reviewer...) wpisuje się bez zmian.

staff-role =
    { $role ->
        [admin] administracja
        [reviewer] weryfikacja zgłoszeń
        [support] wsparcie
        [broadcaster] komunikaty
       *[owner] właściciel programu
    }
staff-role-missing = Do tego potrzebna jest rola „{ $role }”, której to konto nie ma. Może ją nadać właściciel programu.
staff-grant-usage =
    Aby nadać rolę, proszę wysłać /grant z kontem i rolą, na przykład:
    /grant telegram:123456789 reviewer

    Role: admin, reviewer, support, broadcaster. Konto zapisuje się jako kanał:id (telegram, discord lub console); sama liczba oznacza konto na tej platformie.
staff-revoke-usage =
    Aby odebrać rolę, proszę wysłać /revoke z kontem i rolą, na przykład:
    /revoke telegram:123456789 reviewer
staff-bad-account = Nie rozpoznaję „{ $account }” jako konta. Proszę zapisać je jako kanał:id, na przykład telegram:123456789.
staff-bad-role = Nie ma roli „{ $role }”. Dostępne role to admin, reviewer, support i broadcaster.
staff-granted = Gotowe: konto { $account } ma teraz rolę „{ $role }”.
staff-grant-exists = Konto { $account } ma już rolę „{ $role }”; nic się nie zmieniło.
staff-revoked = Gotowe: konto { $account } nie ma już roli „{ $role }”.
staff-revoke-missing = Konto { $account } nie ma roli „{ $role }”; nic się nie zmieniło.
staff-overview =
    Role tego konta: { $roles }.

    Polecenia dla zespołu:
    /review — weryfikacja zgłoszeń (rola weryfikacji zgłoszeń)
    /broadcast — wysyłka komunikatu; /broadcast status i /broadcast cancel — postęp i zatrzymanie (rola komunikatów)
    /staff — to zestawienie
    /console — link logowania do konsoli zespołu w przeglądarce
    /grant i /revoke — nadawanie i odbieranie ról (właściciele programu)
staff-list =
    Właściciele programu: { $owners }

    Nadane role:
    { $grants }
staff-list-item = { $account } — { $role } (od { $date }, nadane przez: { $by })
staff-list-none = na razie brak
staff-notify-granted = To konto ma teraz rolę „{ $role }” w programie { $programme }. Aby zobaczyć dostępne polecenia, wystarczy wysłać /staff.
staff-notify-revoked = Rola „{ $role }” w programie { $programme } została odebrana.
