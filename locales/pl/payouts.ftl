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
    .card = Karta bankowa
    .sbp = System Szybkich Płatności (SBP)
    .blik = BLIK
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

# Metody wypłat według rynku: karta bankowa, rosyjski System Szybkich Płatności (SBP) i BLIK.
payout-no-method-here = Wypłaty do tego kraju nie są jeszcze dostępne. Proszę napisać na { $support } — znajdziemy sposób, by zrealizować wypłatę.
payout-card = Proszę wysłać numer karty bankowej, na którą mają trafiać wypłaty (od 16 do 19 cyfr, tak jak na karcie). Widoczne będą tylko cztery ostatnie cyfry.
payout-card-invalid = Ten numer karty jest nieprawidłowy: proszę sprawdzić cyfry (wypłaty są możliwe na karty Mir, Visa, Mastercard i innych dużych systemów płatniczych).
payout-sbp-bank = Który bank ma otrzymać przelew przez System Szybkich Płatności (SBP)?
    .sber = { payout-bank-sber }
    .tbank = { payout-bank-tbank }
    .vtb = { payout-bank-vtb }
    .alfa = { payout-bank-alfa }
    .gazprombank = { payout-bank-gazprombank }
    .raiffeisen = { payout-bank-raiffeisen }
    .ozon = { payout-bank-ozon }
    .yandex = { payout-bank-yandex }
payout-sbp-phone = Proszę wysłać numer telefonu komórkowego powiązany z tym rachunkiem, na przykład +7 916 123-45-67.
payout-phone-invalid-ru = To nie jest rosyjski numer telefonu komórkowego. Proszę wysłać go z numerem kierunkowym kraju, na przykład +7 916 123-45-67.
payout-blik-phone = Proszę wysłać polski numer telefonu komórkowego zarejestrowany do przelewów BLIK, na przykład +48 512 345 678.
payout-phone-invalid-pl = To nie jest polski numer telefonu komórkowego. Proszę wysłać go z numerem kierunkowym kraju, na przykład +48 512 345 678.
payout-shown-iban = rachunek bankowy { $masked }
payout-shown-paypal = PayPal { $masked }
payout-shown-card = karta { $system } { $masked }
payout-shown-sbp = przelew SBP { $masked } ({ $bank })
payout-shown-blik = BLIK { $masked }
payout-card-system-mir = Mir
payout-card-system-visa = Visa
payout-card-system-mastercard = Mastercard
payout-card-system-maestro = Maestro
payout-card-system-unionpay = UnionPay
payout-card-system-amex = American Express
payout-card-system-jcb = JCB
payout-card-system-other = bankowa
payout-bank-sber = Sberbank
payout-bank-tbank = T-Bank
payout-bank-vtb = VTB
payout-bank-alfa = Alfa-Bank
payout-bank-gazprombank = Gazprombank
payout-bank-raiffeisen = Raiffeisenbank
payout-bank-ozon = Ozon Bank
payout-bank-yandex = Yandex Bank
payout-bank-other = inny bank
payout-owed = W tej chwili nie można zlecić wypłaty: zamówienie zostało zwrócone już po wypłacie prowizji, więc do spłaty pozostaje { $owed }. Najpierw zostanie to rozliczone z kolejnych potwierdzonych sprzedaży, a potem znów będzie można zlecać wypłaty.
payout-change-confirm = Jest otwarty wniosek o wypłatę ({ $requests }). Nowe dane do wypłaty będą dotyczyć również tego wniosku: pieniądze zostaną przelane zgodnie z nowymi danymi. Zmienić dane?
    .confirm = Tak, zmień
    .keep = Nie, zostaw obecne dane
payout-change-kept = Dobrze, dane do wypłaty pozostały bez zmian.
