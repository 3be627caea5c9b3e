### Jak bot rozpoznaje pytania o zarobki zadane własnymi słowami („ile zarobiłem w październiku?”,
### „co czeka na potwierdzenie?”). Nikt nie widzi tych wierszy: każdy komunikat to lista słów
### i wyrażeń rozdzielonych przecinkami. Proszę dopisywać sposoby, w jakie ludzie naprawdę pytają,
### także potoczne.
###   - Wielkość liter i polskie znaki nie mają znaczenia: „zarobilem” znajduje „zarobiłem”.
###   - Słowo zakończone * oznacza wszystkie słowa, które tak się zaczynają: zarob* = zarobiłem, zarobiłam, zarobki.
###   - # oznacza liczbę: „ostatnie # dni”.
###   - Słowa wyrażenia muszą następować po sobie tak, jak zapisano; wygrywa najdłuższe wyrażenie.
### Przykłady, które bot musi rozumieć, są w tests/earnings/test_questions.py.

## O czym jest wiadomość

# Słowa, które same czynią wiadomość pytaniem o zarobki.
earnings-phrases-about = zarobki, zarobkach, zarobkow, zarobek, prowizj*, dochod*, przychod*, statystyk*, bilans
# Słowa o zarobkach, które potrzebują obok słowa pytającego lub okresu („co dostałam dzisiaj?”).
earnings-phrases-earn = zarob*, zarabi*, zaronil*, dostal*, zamowie*, zamowien*, sprzedaz*, sprzedal*, pieniadz*, pieniedzy, kasa, kasy, kase, hajs*, wpadl*, wpadlo, uzbieral*, wyszlo
# Słowa pytające.
earnings-phrases-ask = jaki, jaka, jakie, jakich, co, pokaz*, powiedz, sprawdz*, czy
# Pytanie o kwotę: razem z okresem wystarcza samo („ile wczoraj?”).
earnings-phrases-how-much = ile, ilee, il
# Samo saldo („jakie mam saldo?”): oczekujące, potwierdzone, wypłacone — nie jeden okres.
earnings-phrases-balance = saldo, stan konta, moje saldo
# Kliknięcia w linki.
earnings-phrases-clicks = klikn*, klik*, wejsc*, wyswietle*
# Pytanie „dlaczego” („dlaczego zamówienie zostało anulowane?”).
earnings-phrases-why = dlaczego, czemu, dlaczgo, z jakiego powodu, powod*
# Zamówienia anulowane lub zwrócone przez sklep.
earnings-phrases-cancelled = anul*, zwrot*, zwroc*, zwrocon*, cofniet*, wycofan*
# To, co jeszcze czeka na potwierdzenie.
earnings-phrases-pending = oczekuj*, w oczekiwaniu, czeka na potwierdzenie, czekaja na potwierdzenie, czeka na zatwierdzenie, niepotwierdz*, nie potwierdz*, nie jest potwierdz*, do potwierdzenia, wstrzyman*, zablokowan*, w weryfikacji
# Wypłata.
earnings-phrases-payout = wyplat*, wyplac*, zaplac*, platnos*, przelew*, wyplacon*, przeleje*, przelejecie
# „Kiedy” (ze słowem o wypłacie lub zarobkach: „kiedy dostanę wypłatę?”).
earnings-phrases-when = kiedy, kiedu, kidy, jak szybko, ile czasu, ktorego dnia, jak dlugo, kiedy dostane, nastepn* wyplat*, najblizsz* wyplat*

## Okresy

earnings-phrases-today = dzis, dzisiaj, dzisaj, dzsiaj, dizsiaj, dzisiejsz* dzien, dzisiejsz*
earnings-phrases-yesterday = wczoraj, wczo, wczorja, wczroaj, wcozraj, wczorajsz* dzien, wczorajsz*
# Tydzień zaczyna się w poniedziałek.
earnings-phrases-this-week = w tym tygodniu, tym tygodniu, ten tydzien, biezacy tydzien, biezacym tygodniu, w tym tyg, tym tyg, ten tyg
earnings-phrases-last-week = w zeszlym tygodniu, zeszlym tygodniu, zeszly tydzien, poprzedni tydzien, poprzednim tygodniu, w ubieglym tygodniu, ubieglym tygodniu, ubiegly tydzien, z zeszlego tygodnia, zeszlego tygodnia, z poprzedniego tygodnia, poprzedniego tygodnia, w zeszlym tyg, zeszlym tyg, zeszly tyg, z zeszlego tyg, ubiegly tyg
# „W ostatnim tygodniu”: ostatnie 7 dni.
earnings-phrases-past-week = w ostatnim tygodniu, ostatnim tygodniu, ostatni tydzien, z ostatniego tygodnia, ostatni tyg
earnings-phrases-last-days = ostatni* # dni*, ostatni* # dzien, # ostatni* dni*
earnings-phrases-this-month = w tym miesiacu, tym miesiacu, ten miesiac, biezacy miesiac, biezacym miesiacu, od poczatku miesiaca
earnings-phrases-last-month = w zeszlym miesiacu, zeszlym miesiacu, zeszly miesiac, poprzedni miesiac, poprzednim miesiacu, w ubieglym miesiacu, ubieglym miesiacu, ubiegly miesiac, z zeszlego miesiaca, zeszlego miesiaca, z poprzedniego miesiaca
# „W ostatnim miesiącu”: ostatnie 30 dni.
earnings-phrases-past-month = w ostatnim miesiacu, ostatnim miesiacu, ostatni miesiac, z ostatniego miesiaca
earnings-phrases-this-year = w tym roku, tym roku, ten rok, biezacy rok, biezacym roku, od poczatku roku
earnings-phrases-last-year = w zeszlym roku, zeszlym roku, zeszly rok, poprzedni rok, poprzednim roku, w ubieglym roku, ubieglym roku, ubiegly rok
earnings-phrases-all-time = w sumie, lacznie, do tej pory, dotychczas, ogolem, przez caly czas, od poczatku wspolpracy
# Przed datą lub okresem: od tego momentu do dziś („od 3 października”, „od wczoraj”).
earnings-phrases-since = od, od dnia, poczawszy od
# Przed datą: od tego dnia. Przed okresem niczego nie zmienia.
earnings-phrases-from = liczac od
# „Od początku”: cały czas; przed datą — od jej pierwszego dnia („od początku marca”).
earnings-phrases-since-start = od poczatku, od samego poczatku
# „Początku” między „od” a datą.
earnings-phrases-start-of = poczatku
# „Pierwszego” jako dzień miesiąca („od pierwszego października”).
earnings-phrases-first-day = pierwszego, pierwszy
# Okresy, o które bot nie umie odpowiedzieć, i słowa, które skracają okres lub wyłączają jego część
# („do”, „oprócz dzisiaj”): wtedy pokazuje przykłady zamiast zgadywać.
earnings-phrases-other-periods = dzien, dni, dnia, tydzien, tygodni*, miesiac*, rok, roku, lat, lata, kwartal*, weekend*, poniedzialek, poniedzialku, wtorek, wtorku, sroda, srode, srody, czwartek, czwartku, piatek, piatku, sobota, sobote, soboty, niedziela, niedziele, niedzieli, swiet*, wakacj*, latem, lecie, zima, zime, zimie, zimowy, wiosna, wiosne, wiosnie, jesien, jesieni, rano, wieczor*, noc, nocy, godzin*, temu, miedzy, jutro, przed, oprocz, procz, poza, z wyjatkiem, nie liczac, bez, do

## Daty

# Miesiące we wszystkich formach, w jakich się je pisze.
earnings-phrases-month-1 = styczen, stycznia, styczniu, sty
earnings-phrases-month-2 = luty, lutego, lutym, lut
earnings-phrases-month-3 = marzec, marca, marcu
earnings-phrases-month-4 = kwiecien, kwietnia, kwietniu, kwi
earnings-phrases-month-5 = maj, maja, maju
earnings-phrases-month-6 = czerwiec, czerwca, czerwcu
earnings-phrases-month-7 = lipiec, lipca, lipcu, lip
earnings-phrases-month-8 = sierpien, sierpnia, sierpniu
earnings-phrases-month-9 = wrzesien, wrzesnia, wrzesniu, wrz
earnings-phrases-month-10 = pazdziernik, pazdziernika, pazdzierniku, paz
earnings-phrases-month-11 = listopad, listopada, listopadzie
earnings-phrases-month-12 = grudzien, grudnia, grudniu, gru
# Słowa obok roku („w roku 2025”, „2025 r.”).
earnings-phrases-year-words = rok, roku, r
# Słowa obok miesiąca („w miesiącu październiku”); same nie wskazują miesiąca.
earnings-phrases-month-words = miesiac, miesiacu, miesiaca
# Krótkie słowa wewnątrz daty („od dnia 1 października”).
earnings-phrases-date-words = dnia

## Dopytania

# Jedyne słowa, które mogą stać obok samego okresu, gdy ktoś dopytuje po odpowiedzi
# („a wczoraj?”, „a we wrześniu?”). Tylko krótkie słowa: „jak tam dzisiaj?” to nie pytanie.
earnings-phrases-follow-up = a, i, w, we, z, za, na, a co z, a jak z, to, teraz, tez, prosze, czesc, hej, dzien dobry, siema, witam, dzieki, pls
