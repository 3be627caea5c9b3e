# Linki śledzące: /link, /links i oznaczenie, którego wymaga post reklamowy.

links-not-registered = To konto nie uczestniczy jeszcze w programie. Aby złożyć zgłoszenie, proszę wysłać /start; po jego akceptacji można tu tworzyć linki.
links-not-approved-pending = Zgłoszenie jest jeszcze rozpatrywane. Linki będzie można tworzyć od razu po jego akceptacji — poinformuję o tym.
links-not-approved-rejected = Linki są dostępne dla zaakceptowanych uczestników programu, a to zgłoszenie nie zostało zaakceptowane.
links-not-approved-suspended = Udział w programie jest zawieszony, więc na razie nie można tworzyć nowych linków.
links-no-campaigns = W tej chwili nie ma otwartych kampanii dla tego kraju. Poinformuję, gdy rozpocznie się nowa.
links-choose = { BLANK($domains) ->
        [yes] Do której kampanii ma być link? Proszę wybrać poniżej.
       *[no] Do której kampanii ma być link? Proszę wybrać poniżej albo wkleić link do strony produktu w { $domains }.
    }
links-created =
    Link do kampanii { $campaign }:
    { $url }

    Proszę umieścić to oznaczenie na początku posta:
    { $disclosure }
links-disclosure = #reklama — współpraca z { $advertiser }
links-none = Nie ma jeszcze żadnych linków. Aby utworzyć pierwszy, proszę wysłać /link.
links-list =
    { $count ->
        [one] Najnowszy link:
        [few] { $count } najnowsze linki:
        [many] { $count } najnowszych linków:
       *[other] { $count } najnowszego linku:
    }
links-item =
    { $labelled ->
        [yes] { $label } — { $campaign }: { $url }
       *[other] { $campaign }: { $url }
    }
    Prowadzi do: { $destination }
    { $clicks ->
        [one] { $clicks } kliknięcie
        [few] { $clicks } kliknięcia
        [many] { $clicks } kliknięć
       *[other] { $clicks } kliknięcia
    }, { $orders ->
        [one] { $orders } zamówienie
        [few] { $orders } zamówienia
        [many] { $orders } zamówień
       *[other] { $orders } zamówienia
    }, prowizja: { $commission }
    .label = Nadaj nazwę
links-to-campaign = strony kampanii
links-which-campaign = Ta strona należy do kilku kampanii. Do której z nich ma być przypisany link?
links-existing =
    Link do tej strony w kampanii { $campaign } już istnieje:
    { $url }

    Proszę umieścić to oznaczenie na początku posta:
    { $disclosure }
links-disclosure-registered = #reklama. Reklamodawca: { $advertiser }, INN { $inn }{ $erid ->
        [none] { "" }
       *[other] . erid: { $erid }
    }
links-label-ask = Proszę wysłać nazwę tego linku, maksymalnie 40 znaków (na przykład gdzie został opublikowany), aby łatwo odróżnić linki w /links.
    .clear = Usuń nazwę
links-label-saved = Zapisano nazwę: „{ $label }”. Będzie widoczna w /links.
links-label-cleared = Nazwa została usunięta.
command-link = Utwórz link śledzący
command-links = Linki i ich wyniki
discord-command-link = link
discord-command-links = linki

## /invite: zapraszanie innych twórców.

invite-link =
    Osobisty link z zaproszeniem:
    { $link }

    Twórcy, którzy zgłoszą się przez ten link, zostaną przypisani do tego konta. Dotąd { $registered ->
        [one] zarejestrowała się { $registered } osoba
        [few] zarejestrowały się { $registered } osoby
        [many] zarejestrowało się { $registered } osób
       *[other] zarejestrowało się { $registered } osoby
    }, zaakceptowano: { $approved }.{ $bonus ->
        [yes] { " " }Gdy zaproszona osoba dokona pierwszej potwierdzonej sprzedaży, należy się premia.
       *[other] { "" }
    }
invite-code =
    Osobisty kod zaproszenia: { $code }
    Twórcy wpisują go razem z /start przy zgłoszeniu. Dotąd { $registered ->
        [one] zarejestrowała się { $registered } osoba
        [few] zarejestrowały się { $registered } osoby
        [many] zarejestrowało się { $registered } osób
       *[other] zarejestrowało się { $registered } osoby
    }, zaakceptowano: { $approved }.{ $bonus ->
        [yes] { " " }Gdy zaproszona osoba dokona pierwszej potwierdzonej sprzedaży, należy się premia.
       *[other] { "" }
    }
command-invite = Zaproś innych twórców
discord-command-invite = zaproś

## Powiadomienia o sprzedaży.

sale-new = Nowa sprzedaż: +{ $amount } prowizji, oczekuje na potwierdzenie do { $until }.
sale-new-confirmed = Nowa sprzedaż: +{ $amount } prowizji, już potwierdzona.
