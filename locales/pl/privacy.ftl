# Prywatność: /privacy, /export, /delete oraz zgoda na nową wersję regulaminu.

privacy-notice =
    Dane w programie { $programme }

    Co przechowujemy i w jakim celu:
    { $data }

    Okres przechowywania: ewidencja zarobków i wypłat jest przechowywana tak długo, jak wymagają tego przepisy o rachunkowości, również po usunięciu danych (pod pseudonimem). Surowe wiadomości z czatu są usuwane po { $updates_hours ->
        [one] { $updates_hours } godzinie
        [few] { $updates_hours } godzinach
        [many] { $updates_hours } godzinach
       *[other] { $updates_hours } godziny
    }, szczegóły dziennika działań po { $audit_days ->
        [one] { $audit_days } dniu
        [few] { $audit_days } dniach
        [many] { $audit_days } dniach
       *[other] { $audit_days } dnia
    }, wiadomości do wsparcia po { $support_days ->
        [one] { $support_days } dniu
        [few] { $support_days } dniach
        [many] { $support_days } dniach
       *[other] { $support_days } dnia
    }; wszystko inne do momentu usunięcia.

    Prawa: /export wysyła wszystkie te dane w pliku, /delete je usuwa. W razie pytań: { $support }. Pełna polityka prywatności (wersja { $version }): { $privacy_url }
privacy-data-profile = • konta w komunikatorach i język — aby prowadzić rozmowę;
privacy-data-application = • zgłoszenie: imię, kraj, kanały w mediach społecznościowych, liczba obserwujących, tematyka, decyzje i pytania dotyczące zgłoszenia — na potrzeby programu;
privacy-data-links = • linki śledzące i liczba kliknięć — aby przypisywać sprzedaż;
privacy-data-orders = • zamówienia zgłoszone przez sklep dla tych linków — aby naliczać prowizję;
privacy-data-ledger = • ewidencja zarobków i salda — na potrzeby księgowości;
privacy-data-payouts = • dane do wypłaty i wnioski o wypłatę — aby realizować wypłaty;
privacy-data-support = • zgłoszenia do wsparcia i ich wiadomości — aby udzielać pomocy;
privacy-data-consents = • zgody na regulamin wraz z wersjami i datami;
privacy-data-messages = • wiadomości oczekujące na wysłanie i stan naszej rozmowy;
privacy-data-audit = • działania zespołu dotyczące zgłoszenia i wypłat — dla rozliczalności.
privacy-export-ready = Oto wszystkie przechowywane dane w pliku JSON. Dane do wypłaty są zamaskowane; plik nie zawiera niczego o innych osobach.
privacy-delete-confirm =
    Usunąć dane? Zgłoszenie, kanały, linki, dane do wypłaty, wiadomości i zgłoszenia do wsparcia zostaną usunięte, a otwarty wniosek o wypłatę — anulowany. Ewidencja zarobków pozostanie pod pseudonimem, zgodnie z przepisami o rachunkowości. Tej operacji nie można cofnąć.
    .delete = Tak, usuń moje dane
    .keep = Nie, zachowaj je
privacy-delete-kept = Dobrze, niczego nie usunięto.
privacy-deleted = Dane zostały usunięte. Po wysłaniu kolejnej wiadomości rozmowa zacznie się od nowa. Dziękujemy za udział w programie.
privacy-consent-renew =
    Regulamin programu lub polityka prywatności zmieniły się od czasu wyrażenia zgody. Przed kontynuowaniem prosimy o zapoznanie się z nową wersją.

    Regulamin programu: { $terms_url }
    Polityka prywatności: { $privacy_url }
    (wersja { $version })

    Proszę potwierdzić akceptację nowego regulaminu i polityki prywatności.
    .accept = Akceptuję
    .decline = Nie, dziękuję
privacy-consent-thanks = Dziękujemy, zgoda została zapisana.
privacy-consent-declined = Rozumiem. Bez zgody na nowy regulamin nie mogę kontynuować. Nadal można otworzyć /privacy, pobrać dane przez /export lub usunąć je przez /delete. W razie pytań: { $support }.
command-privacy = Jakie dane przechowujemy i dlaczego
command-export = Pobierz wszystkie swoje dane w pliku
command-delete = Usuń swoje dane
discord-command-privacy = prywatnosc
discord-command-export = eksport
discord-command-delete = usun
