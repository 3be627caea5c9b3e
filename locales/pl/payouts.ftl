# Wypłaty: /payout, dane do wypłaty i powiadomienia o opłaceniu lub odrzuceniu wniosku.

payout-not-registered = To konto nie uczestniczy jeszcze w programie. Aby złożyć zgłoszenie, proszę wysłać /start; po akceptacji i potwierdzeniu sprzedaży można tu zlecać wypłaty.
payout-not-approved = Wypłaty są dostępne dla zaakceptowanych uczestników programu. W razie pomyłki proszę napisać do { $support }.
payout-nothing-available = Nie ma jeszcze potwierdzonych zarobków do wypłaty. Prowizję można wypłacić, gdy sklep potwierdzi sprzedaż po okresie oczekiwania.
payout-nothing-confirmed = Nic nie jest jeszcze potwierdzone: { $pending } czeka na potwierdzenie sprzedaży przez sklep. Tę kwotę będzie można wypłacić po okresie oczekiwania.
payout-already-requested = Wszystkie potwierdzone zarobki są już objęte wnioskiem o wypłatę ({ $requests }). Poinformuję, gdy tylko zostanie opłacony.
payout-request-line = nr { $id }: { $amount }
payout-below-minimum = Potwierdzone zarobki wynoszą { $available }, a minimalna wypłata to { $minimum }. Wypłatę można zlecić, gdy tylko zostanie osiągnięte minimum.
payout-method-current = Dane do wypłaty: { $method }.
    .change = Zmień dane do wypłaty
payout-method-missing = Dane do wypłaty nie zostały jeszcze podane.
    .add = Podaj dane do wypłaty
payout-method-needed = Aby zlecić wypłatę, muszę wiedzieć, dokąd ją przesłać. Te dane służą wyłącznie do wypłat.
payout-method-kind = Jaka forma wypłaty będzie najwygodniejsza?
    .iban = Przelew bankowy (IBAN)
    .paypal = PayPal
payout-holder = Proszę podać imię i nazwisko właściciela rachunku dokładnie tak, jak widnieją w banku.
payout-holder-invalid = Proszę wpisać imię i nazwisko właściciela rachunku literami, od { $min } do { $max ->
        [one] { $max } znaku
        [few] { $max } znaków
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
payout-iban = Proszę wysłać numer IBAN rachunku, na przykład FR76 3000 6000 0112 3456 7890 189.
payout-iban-invalid = To nie jest prawidłowy numer IBAN: nie zgadza się jego długość lub cyfry kontrolne. Proszę skopiować go ponownie z aplikacji bankowej lub z wyciągu.
payout-paypal = Proszę wysłać adres e-mail konta PayPal.
payout-method-saved = Zapisano: wypłaty będą trafiać na { $method }.
payout-confirm = Zlecić wypłatę { $amounts } na { $method }?
    .confirm = Zleć wypłatę
    .change = Zmień dane do wypłaty
    .cancel = Nie teraz
payout-requested = Wniosek o wypłatę nr { $id } został wysłany: { $amount } na { $method }. Poinformuję, gdy zostanie opłacony.
payout-above-balance = Dostępne saldo zmieniło się od mojego pytania: teraz można zlecić wypłatę { $available }, więc poprzednia kwota nie została zlecona.
payout-cancelled = Dobrze, nic nie zostało zlecone.
payout-paid = Wypłata nr { $id } w wysokości { $amount } została wysłana na { $method }. Numer referencyjny płatności: { $reference }. W zależności od banku środki mogą dotrzeć w ciągu kilku dni roboczych.
payout-rejected = Wniosek o wypłatę nr { $id } na kwotę { $amount } został odrzucony: { $reason }. Środki są znowu dostępne; po rozwiązaniu problemu proszę wysłać /payout, aby je wypłacić.
command-payout = Zleć wypłatę zarobków
discord-command-payout = wypłata
