# Odpowiedzi na pytania o zarobki zadane własnymi słowami (zob. earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Wyniki z tego miesiąca pokaże polecenie /earnings; można też zapytać o dowolny okres („ile zarobiłem w październiku?”).
earnings-balance-none = Saldo jest jeszcze puste: nie naliczono dotąd żadnej prowizji. Linki pokaże polecenie /links.
