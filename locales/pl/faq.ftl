# Odpowiedzi na częste pytania (/faq albo pytanie zadane własnymi słowami; zob. faq-phrases.ftl).

command-faq = Odpowiedzi na częste pytania
discord-command-faq = pytania
faq-menu = W czym możemy pomóc? Proszę wybrać temat albo po prostu napisać pytanie.
faq-topic =
    { $topic ->
        [programme] Jak działa program
        [commission] Prowizja i poziomy
        [attribution] Śledzenie i pliki cookie
        [holding] Okres oczekiwania
        [payouts] Wypłaty i minimum
        [disclosure] Oznaczanie reklam
        [content] Dozwolone treści
       *[contact] Rozmowa z człowiekiem
    }
faq-answer-programme =
    Jak działa { $programme }:
    1. Zgłoszenie wysyła się poleceniem /start; rozpatrujemy je w ciągu kilku dni.
    2. Po akceptacji polecenie /link tworzy linki śledzące do produktów z naszych kampanii.
    3. Gdy ktoś kupi przez udostępniony link, sprzedaż zostaje zapisana, a prowizja pojawia się w /earnings.
    4. Po okresie oczekiwania prowizja zostaje potwierdzona i można ją wypłacić poleceniem /payout.
faq-answer-commission =
    Prowizja to procent od kwoty każdego zamówienia. Stawka zależy od kampanii i od poziomu, a każda sprzedaż zachowuje stawkę, z jaką została zapisana.
    Poziom rośnie wraz z liczbą potwierdzonych sprzedaży: { $tiers }. Poziom i prowizja są widoczne w /earnings.
faq-answer-attribution =
    Sprzedaż jest zaliczana, gdy kupujący kliknął w udostępniony link, a potem złożył zamówienie w oknie atrybucji kampanii (zwykle 30 dni) na tym samym urządzeniu i w tej samej przeglądarce: sklep rozpoznaje kliknięcie po pliku cookie.
    Sprzedaż może nie zostać zaliczona, gdy kupujący blokuje pliki cookie, zamawia na innym urządzeniu, później klika w link innego partnera albo zamówił przed kliknięciem.
faq-answer-holding =
    Nowa sprzedaż pozostaje niepotwierdzona przez okres oczekiwania (zwykle 14 dni od zamówienia, czyli czas na zwrot w sklepie). Anulowane i zwrócone zamówienia są odejmowane, pozostałe zostają potwierdzone i trafiają do dostępnego salda.
    W /earnings widać, kiedy oczekująca prowizja może zostać potwierdzona.
faq-answer-payouts =
    Wypłatę można zlecić poleceniem /payout, gdy potwierdzone saldo osiągnie minimalną kwotę dla swojej waluty ({ $minimum }). Tam też wybiera się sposób wypłaty spośród dostępnych w danym kraju (przelew bankowy, PayPal, karta płatnicza, SBP lub BLIK – zależnie od kraju). Środki wypłacamy po sprawdzeniu wniosku, a potem wysyłamy wiadomość z numerem referencyjnym płatności.
faq-answer-disclosure =
    Publikacje zawsze trzeba oznaczać jako reklamę, tak jak wymaga tego prawo danego rynku:
    • Francja: „Publicité” lub „Collaboration commerciale”
    • Hiszpania: „Publicidad”
    • Polska: „#reklama”
    • Rosja: „Реклама” z nazwą reklamodawcy
    Oznaczenie powinno być na początku publikacji, dobrze widoczne, a nie ukryte wśród innych hashtagów. Polecenie /link podaje właściwe sformułowanie przy każdym linku.
faq-answer-content =
    Mile widziane: szczere recenzje, unboxingi, przymiarki, porównania i poradniki z własnymi zdjęciami i filmami.
    Niedozwolone: nieprawdziwe lub przesadzone obietnice, wymyślone rabaty, spam w komentarzach i prywatnych wiadomościach, reklamy na nazwę marki sklepu w wyszukiwarkach oraz cudze treści bez zgody autora. Łamanie tych zasad może skutkować zawieszeniem udziału w programie.
faq-answer-contact = Aby zadać pytanie osobie z naszego zespołu, proszę wysłać /support i opisać sprawę: odpowiedź przyjdzie tutaj, na tym czacie. Można też napisać na { $contact }.
faq-helpful = Czy ta odpowiedź pomogła?
    .yes = Tak, dziękuję
    .no = Nie
    .check = Sprawdź moją sprzedaż
faq-glad = Cieszymy się, że mogliśmy pomóc! Inne tematy są pod /faq.
faq-offer-person = Przykro nam. Może pomóc osoba z naszego zespołu.
    .ask = Zapytaj osobę z zespołu

# „Dlaczego moja sprzedaż nie została zaliczona?”: sprawdzenie jednego dnia krok po kroku (z /support i odpowiedzi o śledzeniu).
salecheck-not-influencer = To sprawdzenie dotyczy linków i zamówień, więc jest dostępne dla zaakceptowanych twórców. Aby zapytać osobę z naszego zespołu, proszę wysłać /support.
salecheck-day = Którego dnia złożono zamówienie? Na przykład: dzisiaj, wczoraj, 3 listopada albo 2026-11-03.
salecheck-day-unclear = Nie udało się rozpoznać daty. Proszę napisać ją na przykład tak: wczoraj, 3 listopada albo 2026-11-03.
salecheck-day-future = Ten dzień jeszcze nie nadszedł. Którego dnia złożono zamówienie?
salecheck-no-links = Nie ma jeszcze żadnego linku śledzącego, więc żadna sprzedaż nie może zostać zaliczona. Link można utworzyć poleceniem /link i go udostępnić.
salecheck-paused = Kampania „{ $campaign }” jest wstrzymana: jej linki nie prowadzą teraz do sklepu i nie zapisują sprzedaży.
salecheck-ended = Kampania „{ $campaign }” zakończyła się przed tym dniem: sprzedaż po jej zakończeniu nie jest zaliczana.
salecheck-not-started = Tego dnia kampania „{ $campaign }” jeszcze się nie rozpoczęła.
salecheck-pending = Widzimy zamówienie z { $date }: oczekuje i może zostać potwierdzone od { $until }, po okresie na zwrot w sklepie.
salecheck-confirmed = Widzimy zamówienie z { $date } i jest ono potwierdzone: kwota jest już w saldzie (/earnings).
salecheck-reversed = Widzimy zamówienie z { $date }, ale sklep je anulował lub zwrócił pieniądze, więc prowizja za nie nie przysługuje.
salecheck-outside-window = Widzimy zamówienie z { $date }, ale złożono je po zamknięciu okna atrybucji kampanii dla tego kliknięcia, więc prowizja za nie nie przysługuje.
salecheck-before-click = Widzimy zamówienie z { $date } złożone przed kliknięciem w link: liczą się tylko zamówienia złożone po kliknięciu.
salecheck-clicks-no-order =
    { $clicks ->
        [one] Widzimy { $clicks } kliknięcie w linki w dniu { $date } lub w dniach wcześniejszych, ale sklep nie zgłosił zamówienia z tego dnia. Sklepy zgłaszają zamówienia w ciągu kilku dni; zamówienia złożonego na innym urządzeniu lub w innej przeglądarce albo przy zablokowanych plikach cookie nie da się powiązać z kontem twórcy.
        [few] Widzimy { $clicks } kliknięcia w linki w dniu { $date } lub w dniach wcześniejszych, ale sklep nie zgłosił zamówienia z tego dnia. Sklepy zgłaszają zamówienia w ciągu kilku dni; zamówienia złożonego na innym urządzeniu lub w innej przeglądarce albo przy zablokowanych plikach cookie nie da się powiązać z kontem twórcy.
        [many] Widzimy { $clicks } kliknięć w linki w dniu { $date } lub w dniach wcześniejszych, ale sklep nie zgłosił zamówienia z tego dnia. Sklepy zgłaszają zamówienia w ciągu kilku dni; zamówienia złożonego na innym urządzeniu lub w innej przeglądarce albo przy zablokowanych plikach cookie nie da się powiązać z kontem twórcy.
       *[other] Widzimy { $clicks } kliknięcia w linki w dniu { $date } lub w dniach wcześniejszych, ale sklep nie zgłosił zamówienia z tego dnia. Sklepy zgłaszają zamówienia w ciągu kilku dni; zamówienia złożonego na innym urządzeniu lub w innej przeglądarce albo przy zablokowanych plikach cookie nie da się powiązać z kontem twórcy.
    }
salecheck-no-click = Nie widzimy żadnego kliknięcia w linki w dniu { $date } ani w oknie atrybucji przed nim. Być może kupujący otworzył sklep bez linku, na innym urządzeniu albo w aplikacji, która gubi link.
salecheck-offer-person = Jeśli to nie wyjaśnia sprawy, osoba z naszego zespołu może się temu przyjrzeć.
