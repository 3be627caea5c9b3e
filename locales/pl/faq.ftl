# Odpowiedzi na częste pytania (/faq albo pytanie zadane własnymi słowami; zob. faq-phrases.ftl).

command-faq = Odpowiedzi na częste pytania
discord-command-faq = pytania
faq-menu = Czego chce się Pan/Pani dowiedzieć? Proszę wybrać temat albo po prostu napisać pytanie.
faq-topic =
    { $topic ->
        [programme] Jak działa program
        [commission] Prowizja i poziomy
        [attribution] Śledzenie i pliki cookie
        [holding] Okres wstrzymania
        [payouts] Wypłaty i minimum
        [disclosure] Oznaczanie reklam
        [content] Dozwolone treści
       *[contact] Rozmowa z człowiekiem
    }
faq-answer-programme =
    Jak działa { $programme }:
    1. Zgłoszenie wysyła się poleceniem /start; rozpatrujemy je w ciągu kilku dni.
    2. Po akceptacji polecenie /link tworzy linki śledzące do produktów z naszych kampanii.
    3. Gdy ktoś kupi przez Pana/Pani link, sprzedaż zostaje zapisana, a prowizja pojawia się w /earnings.
    4. Po okresie wstrzymania prowizja zostaje potwierdzona i można ją wypłacić poleceniem /payout.
faq-answer-commission =
    Prowizja to procent od kwoty każdego zamówienia. Stawka zależy od kampanii i od poziomu, a każda sprzedaż zachowuje stawkę, z jaką została zapisana.
    Poziom rośnie wraz z liczbą potwierdzonych sprzedaży: { $tiers }. Poziom i prowizja są widoczne w /earnings.
faq-answer-attribution =
    Sprzedaż jest zaliczana, gdy kupujący kliknął w Pana/Pani link, a potem złożył zamówienie w oknie atrybucji kampanii (zwykle 30 dni) na tym samym urządzeniu i w tej samej przeglądarce: sklep rozpoznaje kliknięcie po pliku cookie.
    Sprzedaż może nie zostać zaliczona, gdy kupujący blokuje pliki cookie, zamawia na innym urządzeniu, później klika w link innego partnera albo zamówił przed kliknięciem.
faq-answer-holding =
    Nowa sprzedaż czeka przez okres wstrzymania (zwykle 14 dni od zamówienia, czyli czas na zwrot w sklepie). Anulowane i zwrócone zamówienia są odejmowane, pozostałe zostają potwierdzone i trafiają do dostępnego salda.
    W /earnings widać, kiedy oczekująca prowizja może zostać potwierdzona.
faq-answer-payouts =
    Wypłatę można zlecić poleceniem /payout, gdy potwierdzone saldo osiągnie { $minimum } w swojej walucie. Płacimy przelewem bankowym (IBAN) lub przez PayPal po sprawdzeniu zlecenia, a potem wysyłamy wiadomość z numerem referencyjnym płatności.
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
faq-glad = Cieszymy się, że mogliśmy pomóc! Inne tematy są pod /faq.
faq-offer-person = Przykro nam. Może pomóc osoba z naszego zespołu.
    .ask = Zapytaj człowieka
