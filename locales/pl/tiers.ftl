# Poziomy programu według potwierdzonych sprzedaży; najwyższy to ścieżka KOL.

tier-name =
    { $tier ->
        [standard] Standard
        [silver] Srebrny
        [gold] Złoty
        [kol] KOL
       *[other] { $tier }
    }
tier-up =
    Gratulacje! Po { $sales ->
        [one] { $sales } potwierdzonej sprzedaży
        [few] { $sales } potwierdzonych sprzedażach
        [many] { $sales } potwierdzonych sprzedażach
       *[other] { $sales } potwierdzonej sprzedaży
    } przyznaję poziom „{ $tier }”. Za nowe sprzedaże naliczane są stawki tego poziomu we wszystkich kampaniach, które je przewidują.
    Do poziomu „{ $next }” { $remaining ->
        [one] brakuje jeszcze { $remaining } potwierdzonej sprzedaży
        [few] brakuje jeszcze { $remaining } potwierdzonych sprzedaży
        [many] brakuje jeszcze { $remaining } potwierdzonych sprzedaży
       *[other] brakuje jeszcze { $remaining } potwierdzonej sprzedaży
    }.
tier-up-kol =
    Gratulacje! Po { $sales ->
        [one] { $sales } potwierdzonej sprzedaży
        [few] { $sales } potwierdzonych sprzedażach
        [many] { $sales } potwierdzonych sprzedażach
       *[other] { $sales } potwierdzonej sprzedaży
    } przyznaję najwyższy poziom programu: „{ $tier }”. Za nowe sprzedaże naliczane są stawki tego poziomu we wszystkich kampaniach, które je przewidują.
    Osobistym opiekunem jest { $manager }: proszę pisać na { $contact }, aby porozmawiać o kampaniach i warunkach na wyłączność.
tier-up-kol-contact =
    Gratulacje! Po { $sales ->
        [one] { $sales } potwierdzonej sprzedaży
        [few] { $sales } potwierdzonych sprzedażach
        [many] { $sales } potwierdzonych sprzedażach
       *[other] { $sales } potwierdzonej sprzedaży
    } przyznaję najwyższy poziom programu: „{ $tier }”. Za nowe sprzedaże naliczane są stawki tego poziomu we wszystkich kampaniach, które je przewidują.
    Od teraz współpracą zajmie się osobisty opiekun: proszę pisać na { $contact }, aby porozmawiać o kampaniach i warunkach na wyłączność.
tier-progress =
    Poziom: „{ $tier }”, { $sales ->
        [one] { $sales } potwierdzona sprzedaż
        [few] { $sales } potwierdzone sprzedaże
        [many] { $sales } potwierdzonych sprzedaży
       *[other] { $sales } potwierdzonej sprzedaży
    }. Do poziomu „{ $next }” { $remaining ->
        [one] brakuje jeszcze { $remaining } sprzedaży
        [few] brakuje jeszcze { $remaining } sprzedaży
        [many] brakuje jeszcze { $remaining } sprzedaży
       *[other] brakuje jeszcze { $remaining } sprzedaży
    }.
tier-progress-top = Poziom: „{ $tier }”, najwyższy w programie. Osobisty opiekun: { $contact }.
