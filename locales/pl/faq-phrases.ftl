### Jak bot rozpoznaje pytanie na jeden z tematów /faq zadane własnymi słowami.
### Nikt nie widzi tych wierszy: każdy komunikat to lista słów i wyrażeń oddzielonych przecinkami.
###   - Wielkość liter i znaki diakrytyczne nie mają znaczenia („zasieg” znajdzie „zasięg”);
###     słowo zakończone * oznacza wszystkie słowa, które tak się zaczynają (cookie* = cookie, cookies).
###   - Słowa wyrażenia muszą następować po sobie tak, jak zapisano; wygrywa najdłuższe wyrażenie.
###   - Wyrażenia mają być konkretne: pojedyncze codzienne słowo wzięłoby zwykłą rozmowę za pytanie.
###     Pytania o własne zarobki rozpoznaje najpierw earnings-phrases.ftl.
### Przykłady, które każdy język musi rozumieć, są w tests/support_desk/test_faq.py.

faq-phrases-programme = jak to dziala, jak dziala program, jak dziala ten program, co to za program, czym jest ten program, co to za bot, jak zaczac, od czego zaczac, jak dolaczyc, jak sie zapisac, jak wziac udzial, jak zostac partnerem, jak zostac tworca, prosze wyjasnic program, wyjasnij program, co mam robic, co trzeba robic
faq-phrases-commission = stawk*, procent*, poziom*, prog*, kol, ile placicie, ile wynosi prowizja
faq-phrases-attribution = cookie*, ciasteczk*, atrybucj*, nie zaliczon*, nie zaliczyl*, nie naliczon*, nie naliczyl*, nie policzon*, nie zostala policzona, nie zostal* zaliczon*, sledzeni*, innym urzadzeniu, innego urzadzenia, innym telefonie, zaginela sprzedaz, brakuje sprzedazy, nie widze sprzedazy, nie widze zamowienia
faq-phrases-holding = okres wstrzymania, okres oczekiwania, wstrzyman*, dlaczego oczekuje, dlaczego nadal oczekuje, dlaczego nie potwierdzon*, jeszcze nie potwierdzon*, nadal nie potwierdzon*, kiedy potwierdz*, kiedy bedzie potwierdzon*, czas na potwierdzenie, czas na zwrot
faq-phrases-payouts = minimaln* wyplat*, minimaln* kwot*, minimum do wyplaty, prog wyplaty, jak wyplacic, jak dostac pieniadze, jak otrzymac wyplate, metod* wyplat*, sposob wyplaty, paypal, iban, przelew*
faq-phrases-disclosure = oznacz* reklam*, oznacz* jako reklam*, oznaczenie reklamy, oznaczenie wspolpracy, oznacz* wspolprac*, oznaczac post*, oznaczyc post*, reklama w poscie, hashtag reklama, reklama, wspolpraca reklamowa, trzeba pisac reklama, czy trzeba oznaczac
faq-phrases-content = jakie tresci, jaki content, jakie posty, co moge publikowac, co wolno publikowac, czego nie wolno, czy moge publikowac, czy mozna publikowac, czy wolno, dozwolone tresci, zasady tresci, zasady publikacji, zabronion*, spam
faq-phrases-contact = porozmawiac z czlowiekiem, rozmawiac z czlowiekiem, z zywym czlowiekiem, prawdziwa osoba, prawdziwym czlowiekiem, czlowiek, kontakt z pomoca, kontakt z zespolem, skontaktowac sie, sie skontaktowac, napisac do pomocy, obsluga klienta, konsultant*, biuro obslugi, wsparcie techniczne
